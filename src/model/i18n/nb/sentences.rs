//! Norwegian bokmål: the sentences built from numbers and facts, one function each, with the
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
            "Anslag over offentlige plasser og avtaleplasser: (oppholdsdøgn {data_year} i Norsk pasientregister ({}) − regionens FBV-døgn ({})) ÷ {year_days} dager ÷ beleggsprosent {}.",
            s.int(f64::from(*days)),
            s.int(f64::from(*fbv_days)),
            s.pct_span(*occupancy),
        ),
        Method::Base { contracted, fbv } => format!(
            "Offentlige plasser og avtaleplasser ({}) + plasser i fritt behandlingsvalg, omregnet fra oppholdsdøgn ({}), begge i referanseåret.",
            s.int(*contracted),
            s.int(*fbv),
        ),
        Method::FramePerPlace { frame, places } => format!(
            "Årlig ramme {} mill. kr ÷ {} avtaleplasser; rammen dekker også noe poliklinikk.",
            s.int(*frame),
            s.int(f64::from(*places)),
        ),
        Method::InForce { share, reference_share, state } => format!(
            "Regnet med {} av året ({} i referanseåret), som årsgjennomsnitt etter måneden endringen gjelder fra. Status: {}.",
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
            "FBV-oppholdsdøgn januar–august 2022 ({}) ÷ {period_days} dager gir om lag {} plasser i referanseåret (kilden: «ca 182 plasser»). Lavt anslag: oppholdsdøgn 2021 ({}) ÷ {year_days} = {} plasser. Høyt: oppropets «bortfallet av 200 plasser». Institusjoner som også hadde avtale med en region, er ikke med i FBV-døgnene (2021), så delen telles ikke to ganger.",
            s.int(f64::from(*days_2022)),
            s.int(places.mid),
            s.int(f64::from(*days_2021)),
            s.int(places.low),
        ),
        Method::FbvShare { national, share_pct } => format!(
            "Nasjonalt tap {} × regionens andel av FBV-pasientene i 2020 ({}).",
            s.span_text(*national, 0),
            numbers::percent(s.numbers, *share_pct, 0),
        ),
        Method::KnownCuts => "Summen av kutt som kildene tallfester; kutt uten tall er ikke med.".to_owned(),
        Method::CompensationInYear { year } => format!(
            "Plasser kjøpt inn som erstatning, regnet med for den delen av {year} de gjelder. Når bare én kilde oppgir sluttdato, er plassene etter den datoen bare med i det høye anslaget."
        ),
        Method::Steps => "Før − tapt med FBV − kutt + kjøpt.".to_owned(),
        Method::Change => "Etter − før, og i prosent av før.".to_owned(),
        Method::PerCapita { population, year } => format!(
            "Plasser ÷ folketall 1. januar {year} ({}) × 100 000.",
            s.int(f64::from(*population)),
        ),
        Method::Projection { pct, measured, year } => {
            let mut text = format!(
                "Antar at plassene følger framskrivningsmodellens nasjonale endring i døgnopphold ({}). Kilden oppgir verken basisår eller tidshorisont, så i et år etter 2022 kan endringen være alt fra ingen til hele: spennet går fra 0 til hele endringen, og sentralverdien er halvparten, en antakelse. Samme sted står det at kuttene «nå tilsvarer nærmere 20 prosent»; det gjelder plasser, ikke opphold, og kilden sier ikke av hva.",
                numbers::signed_percent(s.numbers, *pct, 0),
            );
            if let Some(m) = measured.filter(|_| *year > data_year) {
                text.push_str(&format!(
                    " Målt endring i oppholdsdøgn per dag i Norsk pasientregister {data_year}–{year}: {}.",
                    numbers::signed_percent(s.numbers, m, 1)
                ));
            }
            text
        }
        Method::Occupied => "Oppholdsdøgn ÷ dager i året (366 i skuddår).".to_owned(),
        Method::Measured => "Pasienter i døgnbehandling i Norsk pasientregister, etter pasientenes bostedsregion.".to_owned(),
        Method::SumOfRegions => "Summen av de fire helseregionene.".to_owned(),
        Method::Occupancy { .. } => String::new(),
        Method::Edited => "Din verdi; standardverdien og kildene den bygger på står under «Forutsetninger».".to_owned(),
        Method::NotInEffect { year } => format!("Ikke i kraft i {year}."),
        Method::EditedCuts => "Din sum for kjente kutt, fordelt over årene slik kildenes kutt trådte i kraft.".to_owned(),
        Method::AssumedUnknown { places } => format!(
            "Kjente kutt pluss {} plasser du har antatt for kutt som kildene ikke tallfester.",
            s.int(*places)
        ),
        Method::StopNoCuts => "Scenario «Stans nedbyggingen»: ingen kutt i noen region, slik oppropet krever; også kutt som alt var gjennomført, er satt til 0 (widgetens forenkling).".to_owned(),
        Method::StopTender => "Scenario «Stans nedbyggingen»: oppropet ber om et tilleggsanbud i Helse Sør-Øst; størrelsen er widgetens egen lesning, like mange plasser som FBV-tapet i regionen (minst det som allerede er kjøpt).".to_owned(),
        Method::ProjectionOnly => "Scenario «Framskrivning»: antar at plassene følger framskrivningsmodellens endring i døgnopphold; uten basisår eller tidshorisont fra kilden regnes fra ingen til hele endringen, halvparten i sentralverdien.".to_owned(),
        Method::Patients => "De 739 er alle Helse Sør-Østs ideelle døgnplasser, ikke bare langtidsplasser, og ingen kilde oppgir hvor mange som er langtidsplasser. Liggetiden for langtidsopphold er likevel brukt på alle: plasser × beleggsprosent × 12 ÷ liggetid i måneder, med de nye avtalenes plasser og liggetid så langt de er regnet med. Det er en ytre grense, og derfor kan det høye anslaget bli nesten tre ganger så høyt, mens NPR måler færre pasienter i døgnbehandling.".to_owned(),
        Method::Cost => "Plasser tapt (FBV + kutt) × kostnad per plass og år.".to_owned(),
        Method::CostRestore => "Plasser som ikke er kompensert (før − etter) × kostnad per plass og år.".to_owned(),
        Method::NoneFound => "Kildene om kuttene i regionen nevner ingen kjøp av plasser for å kompensere; regnet som 0.".to_owned(),
    }
}

fn occupancy(s: &Strings, f: &OccupancyFacts) -> String {
    let pct = |x: f64| numbers::percent(s.numbers, x * 100.0, 1);
    format!(
        "Beleggsprosent (anslag): (oppholdsdøgn {} ÷ dager i året − {} FBV-plasser) ÷ rapporterte plasser nasjonalt ({}) = {}. Spenn: det samme med {}–{} FBV-plasser, nivået i {} og belegget i Helse Sør-Øst, som har rapportert plasstall ({}–{}). NPR teller etter hvor pasientene bor, plassene etter hvor institusjonene ligger; hvor mye det flytter belegget i Helse Sør-Øst, er ikke kjent.",
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
        "Velg en verdi fra {} til {}.",
        numbers::number(s.numbers, min, 2),
        numbers::number(s.numbers, max, 2)
    )
}

fn config_notice(s: &Strings, error: &ConfigError) -> String {
    match error {
        ConfigError::Region(e) => {
            format!(
                "Ukjent helseregion «{}» i adressen. Viser hele landet.",
                e.0
            )
        }
        ConfigError::Year(y) => format!("Ukjent år «{y}» i adressen. Viser standardåret."),
        ConfigError::Scenario(v) => {
            format!("Ukjent scenario «{v}» i adressen. Viser «Som vedtatt».")
        }
        ConfigError::Lang(l) => format!("Språket «{l}» finnes ikke. Viser bokmål."),
        ConfigError::Value { param, error } => format!(
            "Verdien for «{}» i adressen ble ikke brukt: {} Standardverdien gjelder.",
            s.param_label(*param),
            s.input_error(error)
        ),
        ConfigError::View(v) => format!("Ukjent visning «{v}». Viser hele siden."),
        ConfigError::Theme(t) => format!("Ukjent fargetema «{t}». Følger systemet."),
        ConfigError::Show(p) => format!("Ukjent del «{p}» i show= ble oversett."),
        ConfigError::Id(i) => format!("Innbyggings-id «{i}» kan ikke brukes og ble oversett."),
        ConfigError::Accent(a) => {
            format!("«{a}» er ikke en fargekode (som #1f4e79) og ble oversett.")
        }
        ConfigError::AccentContrast(a) => {
            format!("Aksentfargen {a} gir for lav kontrast mot bakgrunnen og ble ikke brukt.")
        }
        ConfigError::UnknownKey(k) => format!("Ukjent innstilling «{k}» i adressen ble oversett."),
        ConfigError::Repeated(k) => {
            format!("«{k}» står flere ganger i adressen. Den første verdien er brukt.")
        }
        ConfigError::TooLong => {
            "Adressen er for lang og ble oversett. Viser standardvisningen.".to_owned()
        }
        ConfigError::TooMany => {
            "Adressen har for mange innstillinger; resten ble oversett.".to_owned()
        }
    }
}

fn more_refused(_: &Strings, more: usize) -> String {
    format!("({more} til ble heller ikke brukt.)")
}

fn perspectives(s: &Strings, p: &Perspectives) -> [String; 2] {
    let n = |x: f64| numbers::number(s.numbers, x, 1);
    let pct = |x: f64| numbers::signed_percent(s.numbers, x, 0);
    [
        format!(
            "Oppropet vektlegger at hver pasient får kortere behandling: langtidsopphold går ned fra 9–12 til 3–9 måneder, her {} til {} måneder ({}).",
            n(p.stay.0),
            n(p.stay.1),
            pct(p.stay.2),
        ),
        if p.patients_direction == Direction::Same {
            format!(
                "Helse Sør-Øst skriver at langtidsbehandling også bør kunne bestå av «kortere innleggelser, sekvensielle behandlinger». Langtidsplassene i anbudet gir om lag {} pasienter i året; så lenge ingen plasser i anbudet er regnet som kuttet, er tallet uendret.",
                s.int(p.patients.1),
            )
        } else {
            format!(
                "Helse Sør-Øst skriver at langtidsbehandling også bør kunne bestå av «kortere innleggelser, sekvensielle behandlinger». Med liggetidene over gir langtidsplassene i anbudet om lag {} pasienter i året, mot {} i referanseåret ({}).",
                s.int(p.patients.1),
                s.int(p.patients.0),
                pct(p.patients.2),
            )
        },
    ]
}

fn summary(s: &Strings, f: &SummaryFacts) -> String {
    let approx = if f.approx { "anslagsvis " } else { "" };
    let place = if f.region == RegionId::Norge {
        "I hele landet".to_owned()
    } else {
        format!("I {}", s.region_name(f.region))
    };
    let (from, to) = f.years;
    let count = s.int(f.lost.abs());
    let before = s.int(f.before);
    let pct = numbers::signed_percent(s.numbers, f.change_pct, 1);
    let mut text = if f.reference_year {
        format!("{place} er det {approx}{before} døgnplasser i rusbehandlingen i {from}, referanseåret.")
    } else if f.projected && f.direction == Direction::Down {
        format!("{place} blir det framskrevet {approx}{count} færre døgnplasser i rusbehandlingen i {to} enn i {from} (av {before}; {pct}).")
    } else if f.projected && f.direction == Direction::Up {
        format!("{place} kommer det framskrevet {approx}til {count} døgnplasser i rusbehandlingen fra {from} til {to} (fra {before}; {pct}).")
    } else if f.projected {
        format!("{place} blir antallet døgnplasser i rusbehandlingen framskrevet {approx}uendret fra {from} til {to} ({before}).")
    } else if f.direction == Direction::Down {
        format!("{place} er det {approx}{count} færre døgnplasser i rusbehandlingen i {to} enn i {from} (av {before}; {pct}).")
    } else if f.direction == Direction::Up {
        format!("{place} kommer det {approx}til {count} døgnplasser i rusbehandlingen fra {from} til {to} (fra {before}; {pct}).")
    } else {
        format!("{place} er antallet døgnplasser i rusbehandlingen {approx}uendret fra {from} til {to} ({before}).")
    };
    if let Some(name) = f.scenario {
        text.push_str(&format!(" Scenario: «{name}»."));
    }
    if let Some((label, region, status)) = &f.counted_zero {
        let place = region.map_or_else(String::new, |r| format!(" i {}", r.name()));
        text.push_str(&format!(" {label}{place} er regnet som 0 ({status})."));
    }
    if f.partly_unknown {
        text.push_str(" Noen kutt er ikke tallfestet, så nedgangen kan være større.");
    }
    text
}

fn place_name(region: RegionId) -> &'static str {
    if region == RegionId::Norge {
        "hele landet"
    } else {
        region.name()
    }
}

fn class_label(s: &Strings, bounds: ClassBounds) -> String {
    let n = |x: f64| numbers::percent(s.numbers, x, 0);
    match bounds {
        ClassBounds::Below(high) => format!("under {}", n(high)),
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
        "Figuren viser {} fra {} døgnplasser i {reference_year} til {} i {year}: {} da godkjenningsordningen i fritt behandlingsvalg ble avviklet, {} gjennom anbud og ved offentlige sykehus og {} kjøpt inn som erstatning. Endringen er {} plasser ({}).",
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
        "Døgnplasser per 100 000 innbyggere før og etter, sortert etter nivået etter kuttene. Høyest etter: {} ({}). Lavest etter: {} ({}). Størst nedgang per 100 000 innbyggere: {} ({} til {}).",
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
        Direction::Up => format!("{} over", s.int(gap)),
        Direction::Down => format!("{} under", s.int(gap)),
        Direction::Same => "på".to_owned(),
    };
    format!(
        "Registrert aktivitet i {} (pasientenes bosted) omregnet til belagte plasser: {} i {}, {} i {}. Beregnet nivå etter kuttene er {} plasser; aktiviteten i {} ligger {relation} det nivået.",
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
        "Kartet farger helseregionene etter endringen i døgnplasser: {}.",
        parts.join(", ")
    );
    match largest_fall {
        Some(region) => text.push_str(&format!(" Størst nedgang: {}.", s.region_name(region))),
        None => text.push_str(" Ingen region går ned."),
    }
    text
}
