//! Norwegian nynorsk: every text of the widget, and the sentences it builds from numbers.
//! `nb.rs` and `en.rs` have the same shape; the compiler checks that none lacks a text.

use super::chart_strings::ChartStrings;
use super::embed_strings::EmbedStrings;
use super::export_strings::ExportStrings;
use super::numbers::{self, NORWEGIAN};
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

/// Every text in nynorsk.
pub static STRINGS: Strings = Strings {
    lang: Lang::Nn,
    charts: &CHARTS,
    embed: &EMBED,
    export: &EXPORT,
    sentences: &SENTENCES,
    calc: CalcStrings {
        panel_heading: "Føresetnader",
        panel_lede: "Endre det tala byggjer på, og sjå følgjene med ein gong. Standardverdien og kjeldene står ved kvar kontroll.",
        groups: Groups {
            fbv: "Fritt behandlingsval (FBV)",
            cuts: "Kutt gjennom anbod og ved offentlege sjukehus",
            compensation: "Kjøpt inn som erstatning",
            stays: "Liggetid og belegg",
            cost: "Kostnad",
        },
        labels: ParamWords {
            fbv: "Tapte FBV-plassar nasjonalt",
            share: "Prosentdel av FBV-tapet",
            cut: "Kjende kutt",
            unknown: "Rekn med ein storleik på ukjende kutt",
            comp: "Kompenserande plassar",
            comp_end: "Siste år plassane blir talde med",
            stay_before: "Liggetid i langtidsopphald før",
            stay_after: "Liggetid i langtidsopphald etter",
            occupancy: "Beleggsprosent",
            cost: "Kostnad per plass og år",
        },
        units: ParamWords {
            fbv: "plassar",
            share: "%",
            cut: "plassar",
            unknown: "plassar",
            comp: "plassar",
            comp_end: "",
            stay_before: "månader",
            stay_after: "månader",
            occupancy: "%",
            cost: "mill. kr",
        },
        default_word: "standard",
        unknown_default: "ukjend, ikkje med",
        fbv_marks: FbvMarks {
            low: "«minst 100»",
            high: "200 ifølgje oppropet",
        },
        reset: "Tilbakestill",
        reset_all: "Tilbakestill alle føresetnader",
        scenario_legend: "Scenario",
        scenarios: ScenarioWords {
            vedtatt: "Som vedteke",
            stans: "Stans nedbygginga",
            framskrivning: "Framskriving",
            egne: "Eigne tal",
        },
        scenario_notes: ScenarioWords {
            vedtatt: "Det som gjeld i året som blir vist, etter status og datoar i kjeldene. Stansa og berre kunngjorde kutt tel berre i det høge overslaget.",
            stans: "Kravet i oppropet: ingen kutt i anbod, og eit tilleggsanbod som erstattar FBV-plassane.",
            framskrivning: "Framskrivingsmodellen ventar 2 % færre døgnopphald, utan oppgitt basisår eller tidshorisont. Her går vi ut frå at plassane følgjer opphalda, utan andre endringar.",
            egne: "Endringane dine i føresetnadene.",
        },
        compare_label: "Samanlikn med",
        compare_none: "ingen",
        year_label: "År",
        compare_heading: "Scenario side om side",
        difference: "Skilnad",
        no_difference: "Dei to scenarioa gir dei same tala.",
        people_heading: "Pasientar og kostnad",
        people_rows: PeopleRows {
            patients_before: "Pasientar per år i langtidsplassane til Helse Sør-Øst i anbodet",
            patients_after: "Pasientar per år i dei same plassane",
            cost_lost: "Årleg kostnad for plassane som er tapte",
            cost_restore: "Årleg kostnad for å gjenopprette plassane som ikkje er kompenserte",
            fbv_payments: "Utbetalingar gjennom godkjenningsordninga i fritt behandlingsval i TSB før ho vart avvikla",
            npr_before: "Pasientar i døgnbehandling ifølgje NPR, etter bustadregion",
            npr_after: "Pasientar i døgnbehandling ifølgje NPR, etter bustadregion",
        },
        people_columns: TableColumns {
            label: "Storleik",
            value: "Verdi (spenn)",
            basis: "Grunnlag",
            sources: "Kjelder",
        },
        copy: CopyWords {
            button: "Kopier setninga",
            done: "Kopiert",
            failed: "Kunne ikkje kopiere. Merk teksten og kopier han sjølv.",
        },
        errors: InputErrors {
            empty: "Skriv inn eit tal.",
            too_long: "For langt til å vere eit tal.",
            not_a_number: "Ikkje eit tal.",
            not_finite: "Ikkje eit endeleg tal.",
            negative: "Kan ikkje vere negativt.",
            not_whole: "Skriv eit heilt årstal.",
            no_share_left: "Minst éin region må ha ein prosentdel av FBV-tapet.",
        },
        share_note: "Delane blir skalerte slik at dei summerer seg til 100 %.",
    },
    numbers: NORWEGIAN,
    range_word: "til",
    months: Months {
        january: "januar",
        february: "februar",
        march: "mars",
        april: "april",
        may: "mai",
        june: "juni",
        july: "juli",
        august: "august",
        september: "september",
        october: "oktober",
        november: "november",
        december: "desember",
    },
    page_title: "Døgnplasskalkulatoren – døgnplassar i rusbehandlinga per helseregion",
    page_description: "Kor mange døgnplassar i tverrfagleg spesialisert rusbehandling (TSB) vart lagde ned då godkjenningsordninga i fritt behandlingsval vart avvikla og anbod kutta plassar? Tal per helseregion, med kjelder.",
    norway: "Noreg",
    title: "Døgnplasskalkulatoren",
    lede: "Kor mange døgnplassar i rusbehandlinga (TSB) vart lagde ned eller er planlagt lagde ned då godkjenningsordninga i fritt behandlingsval vart avvikla og anbod kutta plassar – og kor mange vart kjøpte inn som erstatning? Vel ein helseregion. Alle tal er rekna ut i nettlesaren, og kvart tal viser kvar det kjem frå.",
    region_legend: "Vel helseregion",
    steps_heading: "Døgnplassar steg for steg",
    states: StateWords {
        announced: "kunngjort",
        decided: "vedteke",
        in_force: "gjeld",
        halted: "stansa",
        cancelled: "avlyst",
        ended: "avslutta",
        status: "Status",
    },
    steps_columns: TableColumns {
        label: "Steg",
        value: "Plassar (spenn)",
        basis: "Grunnlag",
        sources: "Kjelder",
    },
    steps: StepLabels {
        before: "Døgnplassar før",
        fbv: "Tapt då FBV-godkjenninga vart avvikla",
        cuts: "Kutta gjennom anbod og ved offentlege sjukehus",
        compensation: "Kjøpt inn som erstatning",
        after: "Døgnplassar etter",
        change: "Endring",
        per_100k_before: "Per 100 000 innbyggjarar før",
        per_100k_after: "Per 100 000 innbyggjarar etter",
        projection: "Om plassane følgde framskrivinga",
    },
    unknown: "ukjend",
    at_least: "minst",
    unknown_note: "For nokre kutt gir ikkje kjeldene noko tal, og dei er ikkje med; det verkelege talet kan vere høgare.",
    approx: "≈",
    kinds: KindWords {
        reported: "rapportert",
        derived: "utrekna",
        estimate: "overslag",
        assumption: "føresetnad",
    },
    kind_explanations: KindWords {
        reported: "eit tal ei kjelde oppgir",
        derived: "rekna ut frå rapporterte tal",
        estimate: "eit overslag innanfor eit spenn; merkt med ≈ og stipla linje",
        assumption: "eit val du kan endre; merkt med ≈ og stipla linje",
    },
    legend_heading: "Slik les du tala",
    breakdown_heading: "Kutt og kjøp, eitt for eitt",
    breakdown_columns: BreakdownColumns {
        region: "Region",
        what: "Kva",
        places: "Plassar (spenn)",
        from: "Frå",
        sources: "Kjelder",
    },
    observed_heading: "Målt aktivitet",
    observed_lede: "Opphaldsdøgn i Norsk pasientregister delt på dagane i året (366 i skotår) gir belagde plassar i snitt gjennom året. Det er eit mål på bruk, ikkje på avtalte plassar. NPR tel etter bustadregionen til pasientane, medan plassane blir talde der institusjonane ligg; pasientar som blir behandla i ein annan region, gjer samanlikninga omtrentleg.",
    observed_columns: ObservedColumns {
        year: "År",
        days: "Opphaldsdøgn (døgn)",
        places: "Belagde plassar (plassar)",
    },
    observed_change: "Endring",
    checks_heading: "Til samanlikning",
    check_places: "Døgnplassar i TSB nasjonalt, ifølgje Rusfeltets hovedorganisasjon",
    check_places_sum: "Offentlege plassar og avtaleplassar, sum av regionane i denne utrekninga (utan FBV)",
    check_cut_named: "Plassar lagde ned eller planlagt lagde ned på to år, ifølgje oppropet og Rådet for psykisk helse",
    check_lost_sum: "Tapt med FBV pluss kjende kutt i denne utrekninga",
    check_private_share: "Delen av døgnkapasiteten som private og ideelle aktørar har",
    check_fbv_payments: "Utbetalingar gjennom godkjenningsordninga i fritt behandlingsval i TSB",
    million_kroner: "mill. kr",
    sources_heading: "Kjelder og metode",
    sources_toggle: "Forklaring, kjelder og metode",
    crashed: CrashWords {
        message: "Noko gjekk gale i kalkulatoren, så tala kan ikkje visast no.",
        reload: "Last inn på nytt",
    },
    no_script: "Utan JavaScript blir tala og kjeldene nedanfor viste slik dei er rekna ut på førehand. Å velje region, endre føresetnader og byte mellom figur og tabell krev JavaScript.",
    methods_heading: "Slik er tala rekna ut",
    source_list_heading: "Kjelder",
    no_link: "lenkje ikkje registrert",
    release_label: "Datautgåve",
    privacy: "Rekna ut i nettlesaren din. Ingenting blir sendt nokon stad, og ingen informasjonskapslar blir brukte.",
    no_date: "–",
    regions_heading: "Regionane",
    place_definition: "Ein døgnplass er ein plass for døgnbehandling i TSB, rekna som gjennomsnitt over året. Plassane før (2022) er offentlege plassar (helseføretaka) og avtaleplassar (ideelle og private med avtale med regionen), pluss plassar i fritt behandlingsval (FBV), som ikkje hadde avtale med regionen, rekna om frå opphaldsdøgn. FBV-plassane står som eigen del, og det er den delen avviklinga fjernar. Rapporterte tal (1 139 i Helse Sør-Øst, om lag 1 847 nasjonalt) gjeld offentlege plassar og avtaleplassar.",
    in_force_rule: "Kvart år er eit gjennomsnitt over månadene i året. Ei endring som gjeld frå månad m, tel (13 − m)/12 av det første året sitt; ei nedtrapping tel månad for månad. Ei endring som gjaldt før 2022, er historikk og blir ikkje trekt frå. Status tel slik: gjeld i alle overslag, vedteke i sentralverdi og høgt overslag, kunngjort eller stansa berre i høgt overslag, avlyst ikkje. Sjå docs/method.md.",
    counted_as: CountedAs {
        counted: "rekna som",
        places: "plassar",
        in_year: "plassar i",
    },
    projected: "framskrive",
    projected_note: "{year} er framskrive: kutt og kjøp slik kjeldene kjende dei ved datautgåva, folketal 1. januar {year}, og ingen målte tal frå NPR enno.",
    below_occupied: "Merk: Det utrekna talet på plassar er lågare enn talet på belagde plassar NPR målte (etter bustadregion). Då er anten kutta rekna for høgt, eller plassane og NPR-tala dekkjer ikkje det same.",
    check_frame: FrameCheck {
        frame: "Årleg ramme i Helse Sør-Øst for avtalar med private avtalepartar, 2022",
        per_place: "Ramma delt på 739 ideelle avtaleplassar (mill. kr per plass, poliklinikk medrekna)",
    },
};

/// The charts' texts.
pub static CHARTS: ChartStrings = ChartStrings {
    headings: ChartNames {
        bridge: "Frå plassar før til plassar etter",
        rates: "Døgnplassar per 100 000 innbyggjarar",
        timeline: "Målt aktivitet og utrekna nivå",
        map: "Endring i døgnplassar per helseregion",
    },
    steps: BridgeSteps {
        before: "Før",
        fbv: "FBV",
        cuts: "Kutt",
        bought: "Kjøpt",
        after: "Etter",
    },
    show_table: "Vis som tabell",
    map_method: "Kartet",
    bar_legend: BarLegend {
        reported: "Rapportert eller utrekna",
        estimate: "Overslag (skravert)",
        range: "Spenn i kjeldene",
    },
    rate_legend: BeforeAfter {
        before: "Før",
        after: "Etter",
    },
    rate_words: BeforeAfter {
        after: "etter",
        before: "før",
    },
    line_legend: LineLegend {
        observed: "Belagde plassar ifølgje NPR (opphaldsdøgn ÷ dagar i året, etter bustadregion)",
        before: "Plassar før",
        after: "Plassar etter (utrekna, med spenn)",
    },
    map_legend: "Endring i plassar",
    no_loss: "ingen nedgang",
    rate_columns: RateColumns {
        region: "Område",
        before: "Før (per 100 000)",
        after: "Etter (per 100 000)",
        change: "Endring (per 100 000)",
    },
    line_columns: LineColumns {
        year: "År",
        observed: "Belagde plassar ifølgje NPR",
    },
    map_columns: MapColumns {
        region: "Helseregion",
        change: "Endring (%)",
        class: "Fargeklasse",
    },
    click_hint: "Vel eit område ved å klikke eller trykkje på det.",
    map_credit: "Kart: © Kartverket (CC BY 4.0), forenkla.",
    sources_label: "Kjelder:",
};

/// The embed panel's texts.
pub static EMBED: EmbedStrings = EmbedStrings {
    heading: "Bygg inn i ein artikkel",
    lede: "Vel kva lesarane skal sjå, og kopier koden. Førehandsvisinga viser kalkulatoren slik han blir i artikkelen. Koden har inga sporing og set ingen informasjonskapslar.",
    labels: EmbedLabels {
        region: "Område",
        theme: "Fargetema",
        parts: "Delar som blir viste",
        height: "Høgd utan skript (pikslar)",
        lang: "Språk",
    },
    themes: ThemeWords {
        auto: "Følg innstillinga til lesaren",
        light: "Lyst",
        dark: "Mørkt",
    },
    parts: PartWords {
        picker: "Vel område",
        scenarios: "Scenario og år",
        summary: "Oppsummering",
        bridge: "Frå før til etter (figur)",
        rates: "Per 100 000 innbyggjarar (figur)",
        timeline: "Målt aktivitet (figur)",
        map: "Kart",
        table: "Tabell steg for steg",
        assumptions: "Føresetnader",
        people: "Pasientar og kostnad",
        details: "Detaljar og kontrollar",
    },
    no_parts: "Ingen delar er valde; standardutvalet blir vist.",
    bad_height: "Skriv ei høgd i heile pikslar frå 200 til 6 000.",
    preview: "Førehandsvising",
    codes: CodeWords {
        iframe: "Iframe med fast høgd",
        script: "Iframe med skript som tilpassar høgda (tilrådd)",
        oembed: "oEmbed-adresse (standardvisinga for området)",
    },
    copy: "Kopier",
};

/// The downloads' texts.
pub static EXPORT: ExportStrings = ExportStrings {
    heading: "Last ned",
    lede: "Tala slik dei blir viste no, med spenn, grunnlag og kjelder. Filene blir laga i nettlesaren; ingenting blir sendt nokon stad.",
    data_buttons: DataButtons {
        csv: "Tal som CSV (rekneark)",
        json: "Tal som JSON",
    },
    figure_label: "Last ned figur:",
    figure_buttons: FigureButtons {
        svg: "SVG",
        png: "PNG",
    },
    figure_failed: "Figuren kunne ikkje lagast i denne nettlesaren.",
    figure_files: ChartNames {
        bridge: "fra-for-til-etter",
        rates: "per-100-000",
        timeline: "aktivitet",
        map: "kart",
    },
    offline: "Last ned for bruk utan nett",
    offline_note: "Heile kalkulatoren i éi HTML-fil som verkar utan nett, òg når ho er opna rett frå disken.",
    offline_copy: "Nedlasta kopi for bruk utan nett. Han blir ikkje oppdatert. Datautgåve",
    change_pct: "Endring i prosent",
    header: ExportHeader {
        title: "Døgnplasskalkulatoren",
        release: "Datautgåve",
        region: "Område",
        scenario: "Scenario",
        compared: "Samanlikna med",
        year: "År",
        keys: "Val (nøklane i adressa)",
    },
    columns: ExportColumns {
        region: "Område",
        scenario: "Scenario",
        year: "År",
        step_id: "Steg-id",
        step: "Steg",
        unit: "Eining",
        low: "Låg",
        central: "Sentral",
        high: "Høg",
        basis: "Grunnlag",
        partly_unknown: "Delvis ukjend",
        sources: "Kjelder",
    },
    units: UnitWords {
        places: "plassar",
        rate: "per 100 000 innbyggjarar",
        percent: "prosent",
    },
    yes_no: YesNo {
        yes: "ja",
        no: "nei",
    },
    sources: SourceColumns {
        heading: "Kjelder",
        id: "Kjelde-id",
        publisher: "Utgivar",
        title: "Tittel",
        date: "Dato",
        url: "Adresse",
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
            days,
            year_days,
            places,
        } => format!(
            "FBV-opphaldsdøgn 2021 ({}) ÷ {year_days} gir om lag {} plassar; kjeldene seier «minst 100» og «bortfallet av 200 plasser».",
            s.int(f64::from(*days)),
            s.int(*places),
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
                "Går ut frå at plassane følgjer den nasjonale endringa i døgnopphald i framskrivingsmodellen ({}); kjelda oppgir verken basisår eller tidshorisont.",
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
        Method::StopNoCuts => "Scenario «Stans nedbygginga»: ingen kutt i anbod, slik oppropet krev.".to_owned(),
        Method::StopTender => "Scenario «Stans nedbygginga»: eit tilleggsanbod kjøper like mange plassar som FBV-tapet (minst det som alt er kjøpt).".to_owned(),
        Method::ProjectionOnly => "Scenario «Framskriving»: går ut frå at plassane følgjer endringa i døgnopphald i framskrivingsmodellen, utan basisår eller tidshorisont frå kjelda.".to_owned(),
        Method::Patients => "Langtidsplassane til Helse Sør-Øst i anbodet × beleggsprosent × 12 ÷ liggjetid i månader; plassane og liggjetida i dei nye avtalane er rekna med så langt dei gjeld.".to_owned(),
        Method::Cost => "Tapte plassar (FBV + kutt) × kostnad per plass og år.".to_owned(),
        Method::CostRestore => "Plassar som ikkje er kompenserte (før − etter) × kostnad per plass og år.".to_owned(),
        Method::NoneFound => "Kjeldene om kutta i regionen nemner ingen kjøp av plassar for å kompensere; rekna som 0.".to_owned(),
    }
}

fn occupancy(s: &Strings, f: &OccupancyFacts) -> String {
    let pct = |x: f64| numbers::percent(s.numbers, x * 100.0, 1);
    format!(
        "Beleggsprosent (overslag): opphaldsdøgn {} utan FBV-døgn ({} frå 2021, sidan talet for 2022 manglar) ÷ dagar i året ÷ rapporterte offentlege plassar og avtaleplassar nasjonalt ({}) = {}. Spenn: nivået i {} og belegget i Helse Sør-Øst, som har rapportert plasstal ({}–{}). Fylka er fordelte på helseregionar; nokre kommunar i grenseområde høyrer til sjukehuset i ein annan region.",
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
                "Helse Sør-Øst skriv at langtidsbehandling òg bør kunne vere «kortere innleggelser, sekvensielle behandlinger». Langtidsplassane i anbodet gir om lag {} pasientar i året; så lenge anbodet er stansa, blir dei gamle avtalane rekna, og talet er uendra.",
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
