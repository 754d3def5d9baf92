//! Norwegian nynorsk: the sentences built from numbers and facts, one function each, with the
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
            "Overslag over offentlege plassar og avtaleplassar: (opphaldsdøgn {data_year} i Norsk pasientregister ({}) − FBV-døgna i regionen ({})) ÷ {year_days} dagar ÷ beleggsprosent {}.",
            s.int(f64::from(*days)),
            s.int(f64::from(*fbv_days)),
            s.pct_span(*occupancy),
        ),
        Method::Base { contracted, fbv } => format!(
            "Offentlege plassar og avtaleplassar ({}) + plassar i fritt behandlingsval, rekna om frå opphaldsdøgn ({}), begge i referanseåret.",
            s.int(*contracted),
            s.int(*fbv),
        ),
        Method::FramePerPlace { frame, places } => format!(
            "Årleg ramme {} mill. kr ÷ {} avtaleplassar; ramma dekkjer òg noko poliklinikk.",
            s.int(*frame),
            s.int(f64::from(*places)),
        ),
        Method::InForce { share, reference_share, state } => format!(
            "Rekna med {} av året ({} i referanseåret), som årsgjennomsnitt etter månaden endringa gjeld frå. Status: {}.",
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
            "FBV-opphaldsdøgn januar–august 2022 ({}) ÷ {period_days} dagar gir om lag {} plassar i referanseåret (kjelda: «ca 182 plasser»). Lågt overslag: opphaldsdøgn 2021 ({}) ÷ {year_days} = {} plassar. Høgt: «bortfallet av 200 plasser» i oppropet. Institusjonar som òg hadde avtale med ein region, er ikkje med i FBV-døgna (2021), så delen blir ikkje talt to gonger.",
            s.int(f64::from(*days_2022)),
            s.int(places.mid),
            s.int(f64::from(*days_2021)),
            s.int(places.low),
        ),
        Method::FbvShare { national, share_pct } => format!(
            "Nasjonalt tap {} × delen regionen hadde av FBV-pasientane i 2020 ({}).",
            s.span_text(*national, 0),
            numbers::percent(s.numbers, *share_pct, 0),
        ),
        Method::KnownCuts => "Summen av kutt som kjeldene gir tal for; kutt utan tal er ikkje med.".to_owned(),
        Method::CompensationInYear { year } => format!(
            "Plassar kjøpte inn som erstatning, rekna med for den delen av {year} dei gjeld. Når berre éi kjelde oppgir sluttdato, er plassane etter den datoen berre med i det høge overslaget."
        ),
        Method::Steps => "Før − tapt med FBV − kutt + kjøpt.".to_owned(),
        Method::Change => "Etter − før, og i prosent av før.".to_owned(),
        Method::PerCapita { population, year } => format!(
            "Plassar ÷ folketal 1. januar {year} ({}) × 100 000.",
            s.int(f64::from(*population)),
        ),
        Method::Projection { pct, measured, year } => {
            let mut text = format!(
                "Går ut frå at plassane følgjer den nasjonale endringa i døgnopphald i framskrivingsmodellen ({}). Kjelda oppgir verken basisår eller tidshorisont, så i eit år etter 2022 kan endringa vere alt frå inga til heile: spennet går frå 0 til heile endringa, og sentralverdien er halvparten, ein føresetnad. Same staden står det at kutta «nå tilsvarer nærmere 20 prosent»; det gjeld plassar, ikkje opphald, og kjelda seier ikkje av kva.",
                numbers::signed_percent(s.numbers, *pct, 0),
            );
            if let Some(m) = measured.filter(|_| *year > data_year) {
                text.push_str(&format!(
                    " Målt endring i opphaldsdøgn per dag i Norsk pasientregister {data_year}–{year}: {}.",
                    numbers::signed_percent(s.numbers, m, 1)
                ));
            }
            text
        }
        Method::Occupied => "Opphaldsdøgn ÷ dagar i året (366 i skotår).".to_owned(),
        Method::Measured => "Pasientar i døgnbehandling i Norsk pasientregister, etter bustadregionen til pasientane.".to_owned(),
        Method::SumOfRegions => "Summen av dei fire helseregionane.".to_owned(),
        Method::Occupancy { .. } => String::new(),
        Method::Edited => "Verdien din; standardverdien og kjeldene han byggjer på, står under «Føresetnader».".to_owned(),
        Method::NotInEffect { year } => format!("Ikkje i kraft i {year}."),
        Method::EditedCuts => "Summen din for kjende kutt, fordelt over åra slik kutta i kjeldene tok til å gjelde.".to_owned(),
        Method::AssumedUnknown { places } => format!(
            "Kjende kutt pluss {} plassar du har rekna med for kutt som kjeldene ikkje gir tal for.",
            s.int(*places)
        ),
        Method::StopNoCuts => "Scenario «Stans nedbygginga»: ingen kutt i nokon region, slik oppropet krev; også kutt som alt var gjennomførte, er sette til 0 (forenkling i kalkulatoren).".to_owned(),
        Method::StopTender => "Scenario «Stans nedbygginga»: oppropet ber om eit tilleggsanbod i Helse Sør-Øst; storleiken er kalkulatoren si eiga lesing, like mange plassar som FBV-tapet i regionen (minst det som alt er kjøpt).".to_owned(),
        Method::ProjectionOnly => "Scenario «Framskriving»: går ut frå at plassane følgjer endringa i døgnopphald i framskrivingsmodellen; utan basisår eller tidshorisont frå kjelda blir det rekna frå inga til heile endringa, halvparten i sentralverdien.".to_owned(),
        Method::Patients => "Dei 739 er alle dei ideelle døgnplassane til Helse Sør-Øst, ikkje berre langtidsplassar, og inga kjelde oppgir kor mange som er langtidsplassar. Liggjetida for langtidsopphald er likevel brukt på alle: plassar × beleggsprosent × 12 ÷ liggjetid i månader, med plassane og liggjetida i dei nye avtalane så langt dei er rekna med. Det er ei ytre grense, og difor kan det høge overslaget bli nesten tre gonger så høgt, medan NPR måler færre pasientar i døgnbehandling.".to_owned(),
        Method::Cost => "Tapte plassar (FBV + kutt) × kostnad per plass og år.".to_owned(),
        Method::CostRestore => "Plassar som ikkje er kompenserte (før − etter) × kostnad per plass og år.".to_owned(),
        Method::NoneFound => "Kjeldene om kutta i regionen nemner ingen kjøp av plassar for å kompensere; rekna som 0.".to_owned(),
    }
}

fn occupancy(s: &Strings, f: &OccupancyFacts) -> String {
    let pct = |x: f64| numbers::percent(s.numbers, x * 100.0, 1);
    format!(
        "Beleggsprosent (overslag): (opphaldsdøgn {} ÷ dagar i året − {} FBV-plassar) ÷ rapporterte plassar nasjonalt ({}) = {}. Spenn: det same med {}–{} FBV-plassar, nivået i {} og belegget i Helse Sør-Øst, som har rapportert plasstal ({}–{}). NPR tel etter kvar pasientane bur, plassane etter kvar institusjonane ligg; kor mykje det flyttar belegget i Helse Sør-Øst, er ikkje kjent.",
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
        "Vel ein verdi frå {} til {}.",
        numbers::number(s.numbers, min, 2),
        numbers::number(s.numbers, max, 2)
    )
}

fn config_notice(s: &Strings, error: &ConfigError) -> String {
    match error {
        ConfigError::Region(e) => {
            format!(
                "Ukjend helseregion «{}» i adressa. Viser heile landet.",
                e.0
            )
        }
        ConfigError::Year(y) => format!("Ukjent år «{y}» i adressa. Viser standardåret."),
        ConfigError::Scenario(v) => {
            format!("Ukjent scenario «{v}» i adressa. Viser «Som vedteke».")
        }
        ConfigError::Lang(l) => format!("Språket «{l}» finst ikkje. Viser bokmål."),
        ConfigError::Value { param, error } => format!(
            "Verdien for «{}» i adressa vart ikkje brukt: {} Standardverdien gjeld.",
            s.param_label(*param),
            s.input_error(error)
        ),
        ConfigError::View(v) => format!("Ukjend vising «{v}». Viser heile sida."),
        ConfigError::Theme(t) => format!("Ukjent fargetema «{t}». Følgjer systemet."),
        ConfigError::Show(p) => format!("Ukjend del «{p}» i show= vart hoppa over."),
        ConfigError::Id(i) => format!("Innbyggings-id «{i}» kan ikkje brukast og vart hoppa over."),
        ConfigError::Accent(a) => {
            format!("«{a}» er ikkje ein fargekode (som #1f4e79) og vart hoppa over.")
        }
        ConfigError::AccentContrast(a) => {
            format!("Aksentfargen {a} gir for låg kontrast mot bakgrunnen og vart ikkje brukt.")
        }
        ConfigError::UnknownKey(k) => {
            format!("Ukjend innstilling «{k}» i adressa vart hoppa over.")
        }
        ConfigError::Repeated(k) => {
            format!("«{k}» står fleire gonger i adressa. Den første verdien er brukt.")
        }
        ConfigError::TooLong => {
            "Adressa er for lang og vart hoppa over. Viser standardvisinga.".to_owned()
        }
        ConfigError::TooMany => {
            "Adressa har for mange innstillingar; resten vart hoppa over.".to_owned()
        }
    }
}

fn more_refused(_: &Strings, more: usize) -> String {
    format!("({more} til kunne heller ikkje brukast.)")
}

fn perspectives(s: &Strings, p: &Perspectives) -> [String; 2] {
    let n = |x: f64| numbers::number(s.numbers, x, 1);
    let pct = |x: f64| numbers::signed_percent(s.numbers, x, 0);
    [
        format!(
            "Oppropet legg vekt på at kvar pasient får kortare behandling: langtidsopphald går ned frå 9–12 til 3–9 månader, her {} til {} månader ({}).",
            n(p.stay.0),
            n(p.stay.1),
            pct(p.stay.2),
        ),
        if p.patients_direction == Direction::Same {
            format!(
                "Helse Sør-Øst skriv at langtidsbehandling òg bør kunne vere «kortere innleggelser, sekvensielle behandlinger». Langtidsplassane i anbodet gir om lag {} pasientar i året; så lenge ingen plassar i anbodet er rekna som kutta, er talet uendra.",
                s.int(p.patients.1),
            )
        } else {
            format!(
                "Helse Sør-Øst skriv at langtidsbehandling òg bør kunne vere «kortere innleggelser, sekvensielle behandlinger». Med liggjetidene over gir langtidsplassane i anbodet om lag {} pasientar i året, mot {} i referanseåret ({}).",
                s.int(p.patients.1),
                s.int(p.patients.0),
                pct(p.patients.2),
            )
        },
    ]
}

fn summary(s: &Strings, f: &SummaryFacts) -> String {
    let approx = if f.approx { "om lag " } else { "" };
    let place = if f.region == RegionId::Norge {
        "I heile landet".to_owned()
    } else {
        format!("I {}", s.region_name(f.region))
    };
    let (from, to) = f.years;
    let count = s.int(f.lost.abs());
    let before = s.int(f.before);
    let pct = numbers::signed_percent(s.numbers, f.change_pct, 1);
    let mut text = if f.reference_year {
        format!(
            "{place} er det {approx}{before} døgnplassar i rusbehandlinga i {from}, referanseåret."
        )
    } else if f.projected && f.direction == Direction::Down {
        format!("{place} blir det framskrive {approx}{count} færre døgnplassar i rusbehandlinga i {to} enn i {from} (av {before}; {pct}).")
    } else if f.projected && f.direction == Direction::Up {
        format!("{place} kjem det framskrive {approx}til {count} døgnplassar i rusbehandlinga frå {from} til {to} (frå {before}; {pct}).")
    } else if f.projected {
        format!("{place} blir talet på døgnplassar i rusbehandlinga framskrive {approx}uendra frå {from} til {to} ({before}).")
    } else if f.direction == Direction::Down {
        format!("{place} er det {approx}{count} færre døgnplassar i rusbehandlinga i {to} enn i {from} (av {before}; {pct}).")
    } else if f.direction == Direction::Up {
        format!("{place} kjem det {approx}til {count} døgnplassar i rusbehandlinga frå {from} til {to} (frå {before}; {pct}).")
    } else {
        format!("{place} er talet på døgnplassar i rusbehandlinga {approx}uendra frå {from} til {to} ({before}).")
    };
    if let Some(name) = f.scenario {
        text.push_str(&format!(" Scenario: «{name}»."));
    }
    if let Some((label, region, status)) = &f.counted_zero {
        let place = region.map_or_else(String::new, |r| format!(" i {}", r.name()));
        text.push_str(&format!(" {label}{place} er rekna som 0 ({status})."));
    }
    if f.partly_unknown {
        text.push_str(" Nokre kutt har ikkje tal i kjeldene, så nedgangen kan vere større.");
    }
    text
}

fn place_name(region: RegionId) -> &'static str {
    if region == RegionId::Norge {
        "heile landet"
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
        "Figuren viser korleis døgnplassane i {} går frå {} i {reference_year} til {} i {year}: {} då godkjenningsordninga i fritt behandlingsval vart avvikla, {} gjennom anbod og ved offentlege sjukehus og {} kjøpte inn som erstatning. Endringa er {} plassar ({}).",
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
        "Døgnplassar per 100 000 innbyggjarar før og etter, sorterte etter nivået etter. Høgast etter: {} ({}). Lågast etter: {} ({}). Størst nedgang per innbyggjar: {} ({} til {}).",
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
        "Registrert aktivitet i {} (bustaden til pasientane) rekna om til belagde plassar: {} i {}, {} i {}. Utrekna nivå etter kutta er {} plassar; aktiviteten i {} ligg {relation} det nivået.",
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
        "Kartet fargar helseregionane etter endringa i døgnplassar: {}.",
        parts.join(", ")
    );
    match largest_fall {
        Some(region) => text.push_str(&format!(" Størst nedgang: {}.", s.region_name(region))),
        None => text.push_str(" Ingen region går ned."),
    }
    text
}
