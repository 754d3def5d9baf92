//! English: every text of the widget, and the sentences it builds from numbers.
//! `nb.rs` and `nn.rs` have the same shape; the compiler checks that none lacks a text.

use super::chart_strings::ChartStrings;
use super::embed_strings::EmbedStrings;
use super::export_strings::ExportStrings;
use super::numbers::{self, ENGLISH};
use super::strings::{CalcStrings, Sentences, StepLabels, Strings};
use super::words::{
    BarLegend, BeforeAfter, BreakdownColumns, BridgeSteps, ChartNames, CodeWords, CopyWords,
    CountedAs, CrashWords, DataButtons, EmbedLabels, ExportColumns, ExportHeader, FbvMarks,
    FigureButtons, FrameCheck, Groups, InputErrors, KindWords, LineColumns, LineLegend, MapColumns,
    Months, ObservedColumns, ParamWords, PartWords, PeopleRows, RateColumns, ScenarioWords,
    SourceColumns, StateWords, TableColumns, ThemeWords, UnitWords, YesNo,
};
use crate::model::calc::{Method, RegionResult};
use crate::model::config::ConfigError;
use crate::model::lang::Lang;
use crate::model::region::RegionId;
use crate::model::view::chart::ClassBounds;
use crate::model::view::facts::{
    Direction, MapFacts, OccupancyFacts, Perspectives, RateFacts, SummaryFacts, TimelineFacts,
};

/// Every text in English.
pub static STRINGS: Strings = Strings {
    lang: Lang::En,
    charts: &CHARTS,
    embed: &EMBED,
    export: &EXPORT,
    sentences: &SENTENCES,
    calc: CalcStrings {
        panel_heading: "Assumptions",
        panel_lede: "Change what the numbers are based on and see the effect at once. The default value and its sources are given by each control.",
        groups: Groups {
            fbv: "Free choice of treatment (FBV)",
            cuts: "Cuts via tenders and at public hospitals",
            compensation: "Bought in as replacement",
            stays: "Length of stay and occupancy",
            cost: "Cost",
        },
        labels: ParamWords {
            fbv: "FBV places lost nationally",
            share: "Share of the FBV loss",
            cut: "Known cuts",
            unknown: "Assume a size for unknown cuts",
            comp: "Compensating places",
            comp_end: "Final year the places count",
            stay_before: "Length of long-term stays before",
            stay_after: "Length of long-term stays after",
            occupancy: "Occupancy rate",
            cost: "Cost per place per year",
        },
        units: ParamWords {
            fbv: "places",
            share: "%",
            cut: "places",
            unknown: "places",
            comp: "places",
            comp_end: "",
            stay_before: "months",
            stay_after: "months",
            occupancy: "%",
            cost: "NOK million",
        },
        default_word: "default",
        unknown_default: "unknown, not included",
        fbv_marks: FbvMarks {
            low: "«minst 100» (at least 100)",
            high: "200 per the appeal",
        },
        reset: "Reset",
        reset_all: "Reset all assumptions",
        scenario_legend: "Scenario",
        scenarios: ScenarioWords {
            vedtatt: "As decided",
            stans: "Stop the cuts",
            framskrivning: "Projection",
            egne: "Your own numbers",
        },
        scenario_notes: ScenarioWords {
            vedtatt: "What is in force in the year shown, by the sources' statuses and dates. Halted and merely announced cuts count only in the high estimate.",
            stans: "The appeal's demands: no cuts in tenders, and an additional tender that replaces the FBV places.",
            framskrivning: "The projection model expects 2% fewer inpatient stays, with no base year or horizon stated. Here places are assumed to follow stays, with no other changes.",
            egne: "Your changes to the assumptions.",
        },
        compare_label: "Compare with",
        compare_none: "none",
        year_label: "Year",
        compare_heading: "Scenarios side by side",
        difference: "Difference",
        no_difference: "The two scenarios give the same numbers.",
        people_heading: "Patients and cost",
        people_rows: PeopleRows {
            patients_before: "Patients a year in Helse Sør-Øst's long-term places in the tender",
            patients_after: "Patients a year in the same places",
            cost_lost: "Yearly cost of the places lost",
            cost_restore: "Yearly cost of restoring the places not compensated for",
            fbv_payments: "Payments through the approval scheme of free choice of treatment in TSB before it ended",
            npr_before: "Patients in inpatient treatment according to NPR, by home region",
            npr_after: "Patients in inpatient treatment according to NPR, by home region",
        },
        people_columns: TableColumns {
            label: "Measure",
            value: "Value (range)",
            basis: "Basis",
            sources: "Sources",
        },
        copy: CopyWords {
            button: "Copy the sentence",
            done: "Copied",
            failed: "Could not copy. Select the text and copy it yourself.",
        },
        errors: InputErrors {
            empty: "Enter a number.",
            too_long: "Too long to be a number.",
            not_a_number: "Not a number.",
            not_finite: "Not a finite number.",
            negative: "Cannot be negative.",
            not_whole: "Enter a whole year.",
            no_share_left: "At least one region must have a share of the FBV loss.",
        },
        share_note: "The shares are scaled so that they add up to 100%.",
    },
    numbers: ENGLISH,
    range_word: "to",
    months: Months {
        january: "January",
        february: "February",
        march: "March",
        april: "April",
        may: "May",
        june: "June",
        july: "July",
        august: "August",
        september: "September",
        october: "October",
        november: "November",
        december: "December",
    },
    page_title: "Døgnplasskalkulatoren – inpatient places in substance-use treatment by regional health authority",
    page_description: "How many inpatient places in Norway's interdisciplinary specialised treatment for substance use disorders (TSB) were closed when the approval scheme of free choice of treatment ended and tenders cut places? Figures by regional health authority, with sources.",
    norway: "Norway",
    title: "Døgnplasskalkulatoren",
    lede: "How many inpatient places in interdisciplinary specialised treatment for substance use disorders (TSB) were closed or planned for closure when the approval scheme of free choice of treatment ended and tenders cut places – and how many were bought in as replacement? Choose a regional health authority: Helse Sør-Øst (South-Eastern Norway), Helse Vest (Western Norway), Helse Midt-Norge (Central Norway) or Helse Nord (Northern Norway). Døgnplasskalkulatoren (“the inpatient places calculator”) works out every number in your browser, and each number shows where it comes from.",
    region_legend: "Choose a regional health authority",
    steps_heading: "Inpatient places step by step",
    states: StateWords {
        announced: "announced",
        decided: "decided",
        in_force: "in force",
        halted: "halted",
        cancelled: "cancelled",
        ended: "ended",
        status: "Status",
    },
    steps_columns: TableColumns {
        label: "Step",
        value: "Places (range)",
        basis: "Basis",
        sources: "Sources",
    },
    steps: StepLabels {
        before: "Inpatient places before",
        fbv: "Lost when the FBV approval scheme ended",
        cuts: "Cut via tenders and at public hospitals",
        compensation: "Bought in as replacement",
        after: "Inpatient places after",
        change: "Change",
        per_100k_before: "Per 100,000 residents before",
        per_100k_after: "Per 100,000 residents after",
        projection: "If places followed the projection",
    },
    unknown: "unknown",
    at_least: "at least",
    unknown_note: "Some cuts are not quantified in the sources and are not included; the real number may be higher.",
    approx: "≈",
    kinds: KindWords {
        reported: "reported",
        derived: "derived",
        estimate: "estimate",
        assumption: "assumption",
    },
    kind_explanations: KindWords {
        reported: "a number given by a source",
        derived: "calculated from reported numbers",
        estimate: "an estimate within a range; marked with ≈ and a dashed line",
        assumption: "a choice you can change; marked with ≈ and a dashed line",
    },
    legend_heading: "How to read the numbers",
    breakdown_heading: "Cuts and purchases, one by one",
    breakdown_columns: BreakdownColumns {
        region: "Region",
        what: "What",
        places: "Places (range)",
        from: "From",
        sources: "Sources",
    },
    observed_heading: "Measured activity",
    observed_lede: "Inpatient days in the Norwegian Patient Registry (NPR) divided by the days in the year (366 in leap years) give the average number of occupied places over the year. This is a measure of use, not of contracted places. NPR counts by the patients' home region, while places are counted where the institutions are; patients treated in another region make the comparison approximate.",
    observed_columns: ObservedColumns {
        year: "Year",
        days: "Inpatient days (days)",
        places: "Occupied places (places)",
    },
    observed_change: "Change",
    checks_heading: "For comparison",
    check_places: "Inpatient places in TSB nationally, according to Rusfeltets hovedorganisasjon (the main organisation of the substance-use field)",
    check_places_sum: "Public and contracted places, sum of the regions in this calculation (without FBV)",
    check_cut_named: "Places closed or planned for closure within two years, according to the appeal and Rådet for psykisk helse",
    check_lost_sum: "Lost with FBV plus known cuts in this calculation",
    check_private_share: "Commercial and non-profit providers' share of inpatient capacity",
    check_fbv_payments: "Payments through the approval scheme of free choice of treatment in TSB",
    million_kroner: "NOK million",
    sources_heading: "Sources and method",
    sources_toggle: "Explanation, sources and method",
    crashed: CrashWords {
        message: "Something went wrong in the calculator, so the numbers cannot be shown right now.",
        reload: "Reload",
    },
    no_script: "Without JavaScript, the numbers and sources below are shown as calculated in advance. Choosing a region, changing assumptions and switching between chart and table require JavaScript.",
    methods_heading: "How the numbers are calculated",
    source_list_heading: "Sources",
    no_link: "link not recorded",
    release_label: "Data release",
    privacy: "Calculated in your browser. Nothing is sent anywhere, and no cookies are used.",
    no_date: "–",
    regions_heading: "The regions",
    place_definition: "An inpatient place is a place for inpatient treatment in TSB, counted as an average over the year. The places before (2022) are public places (the health trusts) and contracted places (non-profit and commercial providers with an agreement with the region), plus places in free choice of treatment (FBV), which had no agreement with the region, converted from inpatient days. The FBV places are a part of their own, and that part is what the closure removes. Reported counts (1,139 in Helse Sør-Øst, about 1,847 nationally) cover public and contracted places.",
    in_force_rule: "Each year is an average over its months. A change in force from month m counts (13 − m)/12 of its first year; a run-down counts month by month. A change in force before 2022 is history and is not subtracted. Statuses count like this: in force in every estimate, decided in the central and high estimates, announced or halted only in the high estimate, cancelled not at all. See docs/method.md.",
    counted_as: CountedAs {
        counted: "counted as",
        places: "places",
        in_year: "places in",
    },
    projected: "projected",
    projected_note: "{year} is projected: cuts and purchases as the sources knew them at the data release, population on 1 January {year}, and no measured NPR figures yet.",
    below_occupied: "Note: the calculated number of places is below the number of places NPR measured as occupied (by home region). Either the cuts are counted too high, or the places and the NPR figures do not cover the same thing.",
    check_frame: FrameCheck {
        frame: "Helse Sør-Øst's yearly frame for agreements with private contracted providers, 2022",
        per_place: "The frame divided by 739 non-profit contracted places (NOK million a place, outpatient work included)",
    },
};

/// The charts' texts.
pub static CHARTS: ChartStrings = ChartStrings {
    headings: ChartNames {
        bridge: "From places before to places after",
        rates: "Inpatient places per 100,000 residents",
        timeline: "Measured activity and calculated level",
        map: "Change in inpatient places by regional health authority",
    },
    steps: BridgeSteps {
        before: "Before",
        fbv: "FBV",
        cuts: "Cuts",
        bought: "Bought",
        after: "After",
    },
    show_table: "Show as table",
    map_method: "The map",
    bar_legend: BarLegend {
        reported: "Reported or derived",
        estimate: "Estimate (hatched)",
        range: "Range in the sources",
    },
    rate_legend: BeforeAfter {
        before: "Before",
        after: "After",
    },
    rate_words: BeforeAfter {
        after: "after",
        before: "before",
    },
    line_legend: LineLegend {
        observed:
            "Occupied places according to NPR (inpatient days ÷ days in the year, by home region)",
        before: "Places before",
        after: "Places after (calculated, with range)",
    },
    map_legend: "Change in places",
    no_loss: "no decrease",
    rate_columns: RateColumns {
        region: "Area",
        before: "Before (per 100,000)",
        after: "After (per 100,000)",
        change: "Change (per 100,000)",
    },
    line_columns: LineColumns {
        year: "Year",
        observed: "Occupied places according to NPR",
    },
    map_columns: MapColumns {
        region: "Regional health authority",
        change: "Change (%)",
        class: "Colour class",
    },
    click_hint: "Choose an area by clicking or tapping it.",
    map_credit: "Map: © Kartverket (Norwegian Mapping Authority, CC BY 4.0), simplified.",
    sources_label: "Sources:",
};

/// The embed panel's texts.
pub static EMBED: EmbedStrings = EmbedStrings {
    heading: "Embed in an article",
    lede: "Choose what readers will see, and copy the code. The preview shows the calculator as it will appear in the article. The code has no tracking and sets no cookies.",
    labels: EmbedLabels {
        region: "Area",
        theme: "Colour theme",
        parts: "Parts shown",
        height: "Height without script (pixels)",
        lang: "Language",
    },
    themes: ThemeWords {
        auto: "Follow the reader’s setting",
        light: "Light",
        dark: "Dark",
    },
    parts: PartWords {
        picker: "Choose area",
        scenarios: "Scenario and year",
        summary: "Summary",
        bridge: "From before to after (chart)",
        rates: "Per 100,000 residents (chart)",
        timeline: "Measured activity (chart)",
        map: "Map",
        table: "Step-by-step table",
        assumptions: "Assumptions",
        people: "Patients and cost",
        details: "Details and controls",
    },
    no_parts: "No parts are selected; the default selection is shown.",
    bad_height: "Enter a height in whole pixels from 200 to 6,000.",
    preview: "Preview",
    codes: CodeWords {
        iframe: "Iframe with fixed height",
        script: "Iframe with a script that adjusts the height (recommended)",
        oembed: "oEmbed URL (the area’s default view)",
    },
    copy: "Copy",
};

/// The downloads' texts.
pub static EXPORT: ExportStrings = ExportStrings {
    heading: "Download",
    lede: "The numbers as currently shown, with ranges, basis and sources. The files are made in your browser; nothing is sent anywhere.",
    data_buttons: DataButtons {
        csv: "Numbers as CSV (spreadsheet)",
        json: "Numbers as JSON",
    },
    figure_label: "Download chart:",
    figure_buttons: FigureButtons {
        svg: "SVG",
        png: "PNG",
    },
    figure_failed: "The chart could not be made in this browser.",
    figure_files: ChartNames {
        bridge: "before-to-after",
        rates: "per-100000",
        timeline: "activity",
        map: "map",
    },
    offline: "Download for offline use",
    offline_note: "The whole calculator in one HTML file that works offline, even when opened directly from disk.",
    offline_copy: "Downloaded copy for offline use. It is not updated. Data release",
    change_pct: "Percentage change",
    header: ExportHeader {
        title: "Døgnplasskalkulatoren",
        release: "Data release",
        region: "Area",
        scenario: "Scenario",
        compared: "Compared with",
        year: "Year",
        keys: "Choices (URL keys)",
    },
    columns: ExportColumns {
        region: "Area",
        scenario: "Scenario",
        year: "Year",
        step_id: "Step id",
        step: "Step",
        unit: "Unit",
        low: "Low",
        central: "Central",
        high: "High",
        basis: "Basis",
        partly_unknown: "Partly unknown",
        sources: "Sources",
    },
    units: UnitWords {
        places: "places",
        rate: "per 100,000 residents",
        percent: "per cent",
    },
    yes_no: YesNo {
        yes: "yes",
        no: "no",
    },
    sources: SourceColumns {
        heading: "Sources",
        id: "Source id",
        publisher: "Publisher",
        title: "Title",
        date: "Date",
        url: "URL",
    },
};

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
            days,
            year_days,
            places,
        } => format!(
            "FBV inpatient days in 2021 ({}) ÷ {year_days} give about {} places; the sources say «minst 100» (at least 100) and «bortfallet av 200 plasser» (the loss of 200 places).",
            s.int(f64::from(*days)),
            s.int(*places),
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
                "Assumes places follow the projection model's national change in inpatient stays ({}); the source gives neither a base year nor a horizon.",
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
        Method::StopNoCuts => "Scenario “Stop the cuts”: no cuts in tenders, as the appeal demands.".to_owned(),
        Method::StopTender => "Scenario “Stop the cuts”: an additional tender buys as many places as the FBV loss (at least as many as have already been bought).".to_owned(),
        Method::ProjectionOnly => "Scenario “Projection”: assumes places follow the projection model's change in inpatient stays, with no base year or horizon from the source.".to_owned(),
        Method::Patients => "Helse Sør-Øst's long-term places in the tender × occupancy rate × 12 ÷ length of stay in months; the new agreements' places and stay count as far as they are in force.".to_owned(),
        Method::Cost => "Places lost (FBV + cuts) × cost per place per year.".to_owned(),
        Method::CostRestore => "Places not compensated for (before − after) × cost per place per year.".to_owned(),
        Method::NoneFound => "The sources on the cuts in the region mention no purchase of places to compensate; counted as 0.".to_owned(),
    }
}

fn occupancy(s: &Strings, f: &OccupancyFacts) -> String {
    let pct = |x: f64| numbers::percent(s.numbers, x * 100.0, 1);
    format!(
        "Occupancy rate (estimate): inpatient days in {} without FBV days ({} from 2021, as the 2022 figure is missing) ÷ days in the year ÷ reported public and contracted places nationally ({}) = {}. Range: the level in {} and the occupancy in Helse Sør-Øst, which reports its places ({}–{}). Counties are assigned to regional health authorities; some municipalities in border areas belong to a hospital in another region.",
        f.data_year,
        s.int(f64::from(f.fbv_days)),
        s.int(f.national_places),
        pct(f.span.mid),
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
                "Helse Sør-Øst writes that long-term treatment should also be possible as «kortere innleggelser, sekvensielle behandlinger» (shorter admissions, sequential treatments). The tender's long-term places serve about {} patients a year; while the tender is halted, the old agreements are counted and the number is unchanged.",
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
