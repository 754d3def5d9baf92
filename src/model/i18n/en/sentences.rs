//! English: the sentences built from numbers and facts, one function each, with the
//! language's own word order.

use crate::model::calc::{Method, RegionResult};
use crate::model::config::ConfigError;
use crate::model::i18n::numbers::{self};
use crate::model::i18n::strings::{Sentences, Strings};
use crate::model::region::RegionId;
use crate::model::view::facts::{
    Direction, MapFacts, OccupancyFacts, Perspectives, RateFacts, SummaryFacts, TimelineFacts,
};
use crate::model::view::map::ClassBounds;

/// The sentences built from numbers.
pub static SENTENCES: Sentences = Sentences {
    method,
    occupancy,
    out_of_range,
    config_notice,
    more_refused,
    perspectives,
    summary,
    class_label,
    describe_waterfall,
    describe_rates,
    describe_timeline,
    describe_map,
};

fn method(s: &Strings, method: &Method, data_year: u16) -> String {
    match method {
        Method::Seeded(text) => text.get(s.lang).to_owned(),
        Method::ActivityOverOccupancy { days, fbv_days, year_days, occupancy } => format!(
            "Estimate of public and contracted places: (inpatient days {data_year} in the Norwegian Patient Registry ({}) − the region's FBV days ({})) ÷ {year_days} days ÷ occupancy rate {}.",
            s.int(f64::from(*days)),
            s.int(f64::from(*fbv_days)),
            s.pct_span(*occupancy),
        ),
        Method::Base { contracted, fbv } => format!(
            "Public and contracted places ({}) + places in free choice of treatment, converted from inpatient days ({}), both in the reference year.",
            s.int(*contracted),
            s.int(*fbv),
        ),
        Method::FramePerPlace { frame, places } => format!(
            "Yearly frame of NOK {} million ÷ {} contracted places; the frame also covers some outpatient work.",
            s.int(*frame),
            s.int(f64::from(*places)),
        ),
        Method::InForce { share, reference_share, state } => format!(
            "Counted for {} of the year ({} in the reference year), as an annual average from the month the change applies. Status: {}.",
            numbers::percent(s.numbers, share * 100.0, 0),
            numbers::percent(s.numbers, reference_share * 100.0, 0),
            s.state(*state),
        ),
        Method::FbvNational {
            days_2022,
            period_days,
            days_2021,
            year_days,
            places,
        } => format!(
            "FBV inpatient days in January–August 2022 ({}) ÷ {period_days} days give about {} places in the reference year (the source: «ca 182 plasser», about 182 places). Low: inpatient days in 2021 ({}) ÷ {year_days} = {} places. High: the appeal's «bortfallet av 200 plasser» (the loss of 200 places). Institutions that also held an agreement with a region are not in the FBV days (2021), so the part is not counted twice.",
            s.int(f64::from(*days_2022)),
            s.int(places.mid),
            s.int(f64::from(*days_2021)),
            s.int(places.low),
        ),
        Method::FbvShare { national, share_pct } => format!(
            "National loss {} × the region’s share of FBV patients in 2020 ({}).",
            s.span_text(*national, 0),
            numbers::percent(s.numbers, *share_pct, 0),
        ),
        Method::KnownCuts => "The sum of the cuts that the sources quantify; cuts without numbers are not included.".to_owned(),
        Method::CompensationInYear { year } => format!(
            "Places bought in as replacement, counted for the part of {year} they apply to. When only one source gives an end date, the places after that date count only in the high estimate."
        ),
        Method::Steps => "Before − lost with FBV − cuts + bought.".to_owned(),
        Method::Change => "After − before, and as a percentage of before.".to_owned(),
        Method::PerCapita { population, year } => format!(
            "Places ÷ population on 1 January {year} ({}) × 100,000.",
            s.int(f64::from(*population)),
        ),
        Method::Projection { pct, measured, year } => {
            let mut text = format!(
                "Assumes places follow the projection model's national change in inpatient stays ({}). The source gives neither a base year nor a horizon, so in a year after 2022 the change can be anything from none of it to all of it: the range runs from 0 to the whole change, and the central value is half, an assumption. The same passage says the cuts «nå tilsvarer nærmere 20 prosent» (now amount to nearly 20 per cent); that concerns places, not stays, and the source does not say of what.",
                numbers::signed_percent(s.numbers, *pct, 0),
            );
            if let Some(m) = measured.filter(|_| *year > data_year) {
                text.push_str(&format!(
                    " Measured change in inpatient days per day in the Norwegian Patient Registry {data_year}–{year}: {}.",
                    numbers::signed_percent(s.numbers, m, 1)
                ));
            }
            text
        }
        Method::Occupied => "Inpatient days ÷ days in the year (366 in leap years).".to_owned(),
        Method::Measured => "Patients in inpatient treatment in the Norwegian Patient Registry, by the patients' home region.".to_owned(),
        Method::SumOfRegions => "The sum of the four regional health authorities.".to_owned(),
        Method::Occupancy { .. } => String::new(),
        Method::Edited => "Your value; the default value and the sources it is based on are given under “Assumptions”.".to_owned(),
        Method::NotInEffect { year } => format!("Not in effect in {year}."),
        Method::EditedCuts => "Your sum for known cuts, spread over the years in the way the sources’ cuts took effect.".to_owned(),
        Method::AssumedUnknown { places } => format!(
            "Known cuts plus {} places you have assumed for cuts that the sources do not quantify.",
            s.int(*places)
        ),
        Method::StopNoCuts => "Scenario “Stop the cuts”: no cuts in any region, as the appeal demands; cuts already carried out are also set to 0 (the widget's simplification).".to_owned(),
        Method::StopTender => "Scenario “Stop the cuts”: the appeal asks for an additional tender in Helse Sør-Øst; its size is the widget's own reading, as many places as the region's FBV loss (at least as many as have already been bought).".to_owned(),
        Method::ProjectionOnly => "Scenario “Projection”: assumes places follow the projection model's change in inpatient stays; with no base year or horizon from the source, anything from none to all of the change is counted, half in the central value.".to_owned(),
        Method::Patients => "The 739 are all of Helse Sør-Øst's non-profit inpatient places, not only long-term places, and no source says how many are long-term. The long-term stay is still applied to all of them: places × occupancy rate × 12 ÷ length of stay in months, with the new agreements' places and stay as far as they are counted. That is an outer bound, which is why the high estimate can reach nearly three times the central one while NPR measures fewer patients in inpatient care.".to_owned(),
        Method::Cost => "Places lost (FBV + cuts) × cost per place per year.".to_owned(),
        Method::CostRestore => "Places not compensated for (before − after) × cost per place per year.".to_owned(),
        Method::NoneFound => "The sources on the cuts in the region mention no purchase of places to compensate; counted as 0.".to_owned(),
    }
}

fn occupancy(s: &Strings, f: &OccupancyFacts) -> String {
    let pct = |x: f64| numbers::percent(s.numbers, x * 100.0, 1);
    format!(
        "Occupancy rate (estimate): (inpatient days in {} ÷ days in the year − {} FBV places) ÷ reported places nationally ({}) = {}. Range: the same with {}–{} FBV places, the level in {} and the occupancy in Helse Sør-Øst, which reports its places ({}–{}). NPR counts where patients live, places where the institutions are; how far that moves Helse Sør-Øst's occupancy is not known.",
        f.data_year,
        s.int(f.fbv_places.mid),
        s.int(f.national_places),
        pct(f.span.mid),
        s.int(f.fbv_places.low),
        s.int(f.fbv_places.high),
        f.low_year,
        pct(f.span.low),
        pct(f.span.high),
    )
}

fn out_of_range(s: &Strings, min: f64, max: f64) -> String {
    format!(
        "Choose a value from {} to {}.",
        numbers::number(s.numbers, min, 2),
        numbers::number(s.numbers, max, 2)
    )
}

fn config_notice(s: &Strings, error: &ConfigError) -> String {
    match error {
        ConfigError::Region(e) => {
            format!(
                "Unknown regional health authority “{}” in the URL. Showing Norway as a whole.",
                e.0
            )
        }
        ConfigError::Year(y) => format!("Unknown year “{y}” in the URL. Showing the default year."),
        ConfigError::Scenario(v) => {
            format!("Unknown scenario “{v}” in the URL. Showing “As decided”.")
        }
        ConfigError::Lang(l) => {
            format!("The language “{l}” is not available. Showing Norwegian Bokmål.")
        }
        ConfigError::Value { param, error } => format!(
            "The value for “{}” in the URL was not used: {} The default value applies.",
            s.param_label(*param),
            s.input_error(error)
        ),
        ConfigError::View(v) => format!("Unknown view “{v}”. Showing the whole page."),
        ConfigError::Theme(t) => {
            format!("Unknown colour theme “{t}”. Following the system setting.")
        }
        ConfigError::Show(p) => format!("Unknown part “{p}” in show= was ignored."),
        ConfigError::Id(i) => format!("Embed id “{i}” cannot be used and was ignored."),
        ConfigError::Accent(a) => {
            format!("“{a}” is not a colour code (such as #1f4e79) and was ignored.")
        }
        ConfigError::AccentContrast(a) => format!(
            "The accent colour {a} has too little contrast with the background and was not used."
        ),
        ConfigError::UnknownKey(k) => format!("Unknown setting “{k}” in the URL was ignored."),
        ConfigError::Repeated(k) => {
            format!("“{k}” appears more than once in the URL. The first value is used.")
        }
        ConfigError::TooLong => {
            "The URL is too long and was ignored. Showing the default view.".to_owned()
        }
        ConfigError::TooMany => "The URL has too many settings; the rest were ignored.".to_owned(),
    }
}

fn more_refused(_: &Strings, more: usize) -> String {
    format!("({more} more could not be used either.)")
}

fn perspectives(s: &Strings, p: &Perspectives) -> [String; 2] {
    let n = |x: f64| numbers::number(s.numbers, x, 1);
    let pct = |x: f64| numbers::signed_percent(s.numbers, x, 0);
    [
        format!(
            "The appeal stresses that each patient gets shorter treatment: long-term stays are cut from 9–12 to 3–9 months, here {} to {} months ({}).",
            n(p.stay.0),
            n(p.stay.1),
            pct(p.stay.2),
        ),
        if p.patients_direction == Direction::Same {
            format!(
                "Helse Sør-Øst writes that long-term treatment should also be possible as «kortere innleggelser, sekvensielle behandlinger» (shorter admissions, sequential treatments). The tender's long-term places serve about {} patients a year; as long as no place in the tender is counted as cut, the number is unchanged.",
                s.int(p.patients.1),
            )
        } else {
            format!(
                "Helse Sør-Øst writes that long-term treatment should also be possible as «kortere innleggelser, sekvensielle behandlinger» (shorter admissions, sequential treatments). With the stays above, the tender's long-term places serve about {} patients a year, against {} in the reference year ({}).",
                s.int(p.patients.1),
                s.int(p.patients.0),
                pct(p.patients.2),
            )
        },
    ]
}

fn summary(s: &Strings, f: &SummaryFacts) -> String {
    let approx = if f.approx { "an estimated " } else { "" };
    let place = if f.region == RegionId::Norge {
        "Across Norway".to_owned()
    } else {
        format!("In {}", s.region_name(f.region))
    };
    let (from, to) = f.years;
    let count = s.int(f.lost.abs());
    let before = s.int(f.before);
    let pct = numbers::signed_percent(s.numbers, f.change_pct, 1);
    // English needs a different word order for each case.
    let mut text = if f.reference_year {
        format!("{place}, there are {approx}{before} inpatient places in substance-use treatment in {from}, the reference year.")
    } else if f.projected && f.direction == Direction::Down {
        format!("{place}, projected, {approx}{count} inpatient places in substance-use treatment would be lost between {from} and {to} (of {before}; {pct}).")
    } else if f.projected && f.direction == Direction::Up {
        format!("{place}, projected, inpatient places in substance-use treatment would rise by {approx}{count} from {before} between {from} and {to} ({pct}).")
    } else if f.projected {
        format!("{place}, projected, inpatient places in substance-use treatment would stay at about {before} from {from} to {to}.")
    } else if f.direction == Direction::Down {
        format!("{place}, {approx}{count} inpatient places in substance-use treatment are lost between {from} and {to} (of {before}; {pct}).")
    } else if f.direction == Direction::Up {
        format!("{place}, inpatient places in substance-use treatment rise by {approx}{count} from {before} between {from} and {to} ({pct}).")
    } else {
        format!("{place}, inpatient places in substance-use treatment stay at about {before} from {from} to {to}.")
    };
    if let Some(name) = f.scenario {
        text.push_str(&format!(" Scenario: “{name}”."));
    }
    if let Some((label, region, status)) = &f.counted_zero {
        let place = region.map_or_else(String::new, |r| format!(" in {}", r.name()));
        text.push_str(&format!(" {label}{place} is counted as 0 ({status})."));
    }
    if f.partly_unknown {
        text.push_str(" Some cuts are not quantified, so the fall may be larger.");
    }
    text
}

fn place_name(region: RegionId) -> &'static str {
    if region == RegionId::Norge {
        "Norway as a whole"
    } else {
        region.name()
    }
}

fn class_label(s: &Strings, bounds: ClassBounds) -> String {
    let n = |x: f64| numbers::percent(s.numbers, x, 0);
    match bounds {
        ClassBounds::Below(high) => format!("below {}", n(high)),
        ClassBounds::Between(low, high) => format!(
            "{} {} {}",
            numbers::number(s.numbers, low, 0),
            s.range_word,
            n(high)
        ),
        ClassBounds::NoLoss => s.charts().no_loss.to_owned(),
    }
}

fn describe_waterfall(s: &Strings, r: &RegionResult, year: u16, reference_year: u16) -> String {
    let signed = |x: f64| numbers::signed(s.numbers, x, 0);
    format!(
        "The chart follows {} from {} inpatient places in {reference_year} to {} in {year}: {} when the approval scheme of free choice of treatment ended, {} via tenders and at public hospitals and {} bought in as replacement. The change is {} places ({}).",
        place_name(r.region),
        s.int(r.before.span.mid),
        s.int(r.after.span.mid),
        signed(-r.fbv.span.mid),
        signed(-r.cuts.span.mid),
        signed(r.compensation.span.mid),
        signed(r.change.span.mid),
        numbers::signed_percent(s.numbers, r.change_pct.span.mid, 1),
    )
}

fn describe_rates(s: &Strings, f: &RateFacts) -> String {
    let rate = |x: f64| numbers::number(s.numbers, x, 1);
    format!(
        "Inpatient places per 100,000 residents before and after, sorted by the level after the cuts. Highest after: {} ({}). Lowest after: {} ({}). Largest decrease per 100,000 residents: {} ({} to {}).",
        s.region_name(f.highest.0),
        rate(f.highest.1),
        s.region_name(f.lowest.0),
        rate(f.lowest.1),
        s.region_name(f.largest_fall.0),
        rate(f.largest_fall.1),
        rate(f.largest_fall.2),
    )
}

fn describe_timeline(s: &Strings, f: &TimelineFacts) -> String {
    let gap = (f.last.1 - f.after).abs();
    let relation = match f.relation {
        Direction::Up => format!("{} above", s.int(gap)),
        Direction::Down => format!("{} below", s.int(gap)),
        Direction::Same => "at".to_owned(),
    };
    format!(
        "Recorded activity in {} (by the patients' home region) converted into occupied inpatient places: {} in {}, {} in {}. The calculated level after the cuts is {} places; activity in {} is {relation} that level.",
        place_name(f.region),
        s.int(f.first.1),
        f.first.0,
        s.int(f.last.1),
        f.last.0,
        s.int(f.after),
        f.last.0,
    )
}

fn describe_map(s: &Strings, f: &MapFacts) -> String {
    let (changes, largest_fall) = (&f.changes, f.largest_fall);
    let parts: Vec<String> = changes
        .iter()
        .map(|(region, pct)| {
            format!(
                "{} {}",
                s.region_name(*region),
                numbers::signed_percent(s.numbers, *pct, 1)
            )
        })
        .collect();
    let mut text = format!(
        "The map colours the regional health authorities by the change in inpatient places: {}.",
        parts.join(", ")
    );
    match largest_fall {
        Some(region) => text.push_str(&format!(" Largest decrease: {}.", s.region_name(region))),
        None => text.push_str(" No region goes down."),
    }
    text
}
