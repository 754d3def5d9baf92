//! Norwegian bokmål: every text of the widget, and the sentences it builds from numbers.
//! `nn.rs` and `en.rs` have the same shape; the compiler checks that none lacks a text.

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

/// Every text in bokmål.
pub static STRINGS: Strings = Strings {
    lang: Lang::Nb,
    charts: &CHARTS,
    embed: &EMBED,
    export: &EXPORT,
    sentences: &SENTENCES,
    calc: CalcStrings {
        panel_heading: "Forutsetninger",
        panel_lede: "Endre det tallene bygger på, og se følgene med en gang. Standardverdien og kildene står ved hver kontroll.",
        groups: Groups {
            fbv: "Fritt behandlingsvalg (FBV)",
            cuts: "Kutt gjennom anbud og ved offentlige sykehus",
            compensation: "Kjøpt inn som erstatning",
            stays: "Liggetid og belegg",
            cost: "Kostnad",
        },
        labels: ParamWords {
            fbv: "FBV-plasser tapt nasjonalt",
            share: "Andel av FBV-tapet",
            cut: "Kjente kutt",
            unknown: "Anta størrelse på ukjente kutt",
            comp: "Kompenserende plasser",
            comp_end: "Siste år plassene telles",
            stay_before: "Liggetid i langtidsopphold før",
            stay_after: "Liggetid i langtidsopphold etter",
            occupancy: "Beleggsprosent",
            cost: "Kostnad per plass og år",
        },
        units: ParamWords {
            fbv: "plasser",
            share: "%",
            cut: "plasser",
            unknown: "plasser",
            comp: "plasser",
            comp_end: "",
            stay_before: "måneder",
            stay_after: "måneder",
            occupancy: "%",
            cost: "mill. kr",
        },
        default_word: "standard",
        unknown_default: "ukjent, ikke med",
        fbv_marks: FbvMarks {
            low: "«minst 100»",
            high: "200 ifølge oppropet",
        },
        reset: "Tilbakestill",
        reset_all: "Tilbakestill alle forutsetninger",
        scenario_legend: "Scenario",
        scenarios: ScenarioWords {
            vedtatt: "Som vedtatt",
            stans: "Stans nedbyggingen",
            framskrivning: "Framskrivning",
            egne: "Egne tall",
        },
        scenario_notes: ScenarioWords {
            vedtatt: "Det som er i kraft i året som vises, etter kildenes status og datoer. Stansede og bare kunngjorte kutt teller bare i det høye anslaget.",
            stans: "Oppropets krav: ingen kutt i anbud, og et tilleggsanbud som erstatter FBV-plassene.",
            framskrivning: "Framskrivningsmodellen venter 2 % færre døgnopphold, uten oppgitt basisår eller tidshorisont. Her er det antatt at plassene følger oppholdene, uten andre endringer.",
            egne: "Dine endringer i forutsetningene.",
        },
        compare_label: "Sammenlign med",
        compare_none: "ingen",
        year_label: "År",
        compare_heading: "Scenarier side om side",
        difference: "Forskjell",
        no_difference: "De to scenariene gir de samme tallene.",
        people_heading: "Pasienter og kostnad",
        people_rows: PeopleRows {
            patients_before: "Pasienter per år i Helse Sør-Østs langtidsplasser i anbudet",
            patients_after: "Pasienter per år i de samme plassene",
            cost_lost: "Årlig kostnad for plassene som er tapt",
            cost_restore: "Årlig kostnad for å gjenopprette plassene som ikke er kompensert",
            fbv_payments: "Utbetalinger gjennom godkjenningsordningen i fritt behandlingsvalg i TSB før den ble avviklet",
            npr_before: "Pasienter i døgnbehandling ifølge NPR, etter bostedsregion",
            npr_after: "Pasienter i døgnbehandling ifølge NPR, etter bostedsregion",
        },
        people_columns: TableColumns {
            label: "Størrelse",
            value: "Verdi (spenn)",
            basis: "Grunnlag",
            sources: "Kilder",
        },
        copy: CopyWords {
            button: "Kopier setningen",
            done: "Kopiert",
            failed: "Kunne ikke kopiere. Merk teksten og kopier den selv.",
        },
        errors: InputErrors {
            empty: "Skriv inn et tall.",
            too_long: "For langt til å være et tall.",
            not_a_number: "Ikke et tall.",
            not_finite: "Ikke et endelig tall.",
            negative: "Kan ikke være negativt.",
            not_whole: "Skriv et helt årstall.",
            no_share_left: "Minst én region må ha en andel av FBV-tapet.",
        },
        share_note: "Andelene skaleres så de summerer til 100 %.",
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
    page_title: "Døgnplasskalkulatoren – døgnplasser i rusbehandlingen per helseregion",
    page_description: "Hvor mange døgnplasser i tverrfaglig spesialisert rusbehandling (TSB) ble lagt ned da godkjenningsordningen i fritt behandlingsvalg ble avviklet og anbud kuttet plasser? Tall per helseregion, med kilder.",
    norway: "Norge",
    title: "Døgnplasskalkulatoren",
    lede: "Hvor mange døgnplasser i rusbehandlingen (TSB) ble lagt ned eller planlagt lagt ned da godkjenningsordningen i fritt behandlingsvalg ble avviklet og anbud kuttet plasser – og hvor mange ble kjøpt inn som erstatning? Velg en helseregion. Alle tall er regnet ut i nettleseren, og hvert tall viser hvor det kommer fra.",
    region_legend: "Velg helseregion",
    steps_heading: "Døgnplasser steg for steg",
    states: StateWords {
        announced: "kunngjort",
        decided: "vedtatt",
        in_force: "i kraft",
        halted: "stanset",
        cancelled: "avlyst",
        ended: "avsluttet",
        status: "Status",
    },
    steps_columns: TableColumns {
        label: "Steg",
        value: "Plasser (spenn)",
        basis: "Grunnlag",
        sources: "Kilder",
    },
    steps: StepLabels {
        before: "Døgnplasser før",
        fbv: "Tapt da FBV-godkjenningen ble avviklet",
        cuts: "Kuttet gjennom anbud og ved offentlige sykehus",
        compensation: "Kjøpt inn som erstatning",
        after: "Døgnplasser etter",
        change: "Endring",
        per_100k_before: "Per 100 000 innbyggere før",
        per_100k_after: "Per 100 000 innbyggere etter",
        projection: "Hvis plassene fulgte framskrivningen",
    },
    unknown: "ukjent",
    at_least: "minst",
    unknown_note: "Noen kutt er ikke tallfestet i kildene og er ikke med; det virkelige tallet kan være høyere.",
    approx: "≈",
    kinds: KindWords {
        reported: "rapportert",
        derived: "beregnet",
        estimate: "anslag",
        assumption: "forutsetning",
    },
    kind_explanations: KindWords {
        reported: "et tall en kilde oppgir",
        derived: "regnet ut av rapporterte tall",
        estimate: "et anslag innenfor et spenn; merket med ≈ og stiplet linje",
        assumption: "et valg du kan endre; merket med ≈ og stiplet linje",
    },
    legend_heading: "Slik leser du tallene",
    breakdown_heading: "Kutt og kjøp, ett for ett",
    breakdown_columns: BreakdownColumns {
        region: "Region",
        what: "Hva",
        places: "Plasser (spenn)",
        from: "Fra",
        sources: "Kilder",
    },
    observed_heading: "Målt aktivitet",
    observed_lede: "Oppholdsdøgn i Norsk pasientregister delt på dagene i året (366 i skuddår) gir belagte plasser i snitt gjennom året. Det er et mål på bruk, ikke på avtalte plasser. NPR teller etter pasientenes bostedsregion, mens plassene telles der institusjonene ligger; pasienter som behandles i en annen region, gjør sammenligningen omtrentlig.",
    observed_columns: ObservedColumns {
        year: "År",
        days: "Oppholdsdøgn (døgn)",
        places: "Belagte plasser (plasser)",
    },
    observed_change: "Endring",
    checks_heading: "Til sammenligning",
    check_places: "Døgnplasser i TSB nasjonalt, ifølge Rusfeltets hovedorganisasjon",
    check_places_sum: "Offentlige plasser og avtaleplasser, sum av regionene i denne beregningen (uten FBV)",
    check_cut_named: "Plasser lagt ned eller planlagt lagt ned på to år, ifølge oppropet og Rådet for psykisk helse",
    check_lost_sum: "Tapt med FBV pluss kjente kutt i denne beregningen",
    check_private_share: "Private og ideelle aktørers andel av døgnkapasiteten",
    check_fbv_payments: "Utbetalinger gjennom godkjenningsordningen i fritt behandlingsvalg i TSB",
    million_kroner: "mill. kr",
    sources_heading: "Kilder og metode",
    sources_toggle: "Forklaring, kilder og metode",
    crashed: CrashWords {
        message: "Noe gikk galt i kalkulatoren, så tallene kan ikke vises nå.",
        reload: "Last inn på nytt",
    },
    no_script: "Uten JavaScript vises tallene og kildene under som de er regnet ut på forhånd. Å velge region, endre forutsetninger og bytte mellom figur og tabell krever JavaScript.",
    methods_heading: "Slik er tallene regnet",
    source_list_heading: "Kilder",
    no_link: "lenke ikke registrert",
    release_label: "Datautgave",
    privacy: "Beregnet i nettleseren din. Ingenting sendes noe sted, og ingen informasjonskapsler brukes.",
    no_date: "–",
    regions_heading: "Regionene",
    place_definition: "En døgnplass er en plass for døgnbehandling i TSB, regnet som gjennomsnitt over året. Plassene før (2022) er offentlige plasser (helseforetakene) og avtaleplasser (ideelle og private med avtale med regionen), pluss plasser i fritt behandlingsvalg (FBV), som ikke hadde avtale med regionen, omregnet fra oppholdsdøgn. FBV-plassene står som egen del, og det er den delen avviklingen fjerner. Rapporterte tall (1 139 i Helse Sør-Øst, om lag 1 847 nasjonalt) gjelder offentlige plasser og avtaleplasser.",
    in_force_rule: "Hvert år er et gjennomsnitt over årets måneder. En endring som gjelder fra måned m, teller (13 − m)/12 av sitt første år; en nedtrapping teller måned for måned. En endring som gjaldt før 2022, er historikk og trekkes ikke fra. Status teller slik: i kraft i alle anslag, vedtatt i sentralverdi og høyt anslag, kunngjort eller stanset bare i høyt anslag, avlyst ikke. Se docs/method.md.",
    counted_as: CountedAs {
        counted: "regnet som",
        places: "plasser",
        in_year: "plasser i",
    },
    projected: "framskrevet",
    projected_note: "{year} er framskrevet: kutt og kjøp slik kildene kjente dem ved datautgaven, folketall 1. januar {year}, og ingen målte tall fra NPR ennå.",
    below_occupied: "Merk: Beregnet antall plasser er lavere enn antall belagte plasser NPR målte (etter bostedsregion). Da er enten kuttene regnet for høyt, eller plassene og NPR-tallene dekker ikke det samme.",
    check_frame: FrameCheck {
        frame: "Helse Sør-Østs årlige ramme for avtaler med private avtaleparter, 2022",
        per_place: "Rammen delt på 739 ideelle avtaleplasser (mill. kr per plass, poliklinikk medregnet)",
    },
};

/// The charts' texts.
pub static CHARTS: ChartStrings = ChartStrings {
    headings: ChartNames {
        bridge: "Fra plasser før til plasser etter",
        rates: "Døgnplasser per 100 000 innbyggere",
        timeline: "Målt aktivitet og beregnet nivå",
        map: "Endring i døgnplasser per helseregion",
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
        reported: "Rapportert eller beregnet",
        estimate: "Anslag (skravert)",
        range: "Spenn i kildene",
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
        observed: "Belagte plasser ifølge NPR (oppholdsdøgn ÷ dager i året, etter bostedsregion)",
        before: "Plasser før",
        after: "Plasser etter (beregnet, med spenn)",
    },
    map_legend: "Endring i plasser",
    no_loss: "ingen nedgang",
    rate_columns: RateColumns {
        region: "Område",
        before: "Før (per 100 000)",
        after: "Etter (per 100 000)",
        change: "Endring (per 100 000)",
    },
    line_columns: LineColumns {
        year: "År",
        observed: "Belagte plasser ifølge NPR",
    },
    map_columns: MapColumns {
        region: "Helseregion",
        change: "Endring (%)",
        class: "Fargeklasse",
    },
    click_hint: "Velg et område ved å klikke eller trykke på det.",
    map_credit: "Kart: © Kartverket (CC BY 4.0), forenklet.",
    sources_label: "Kilder:",
};

/// The embed panel's texts.
pub static EMBED: EmbedStrings = EmbedStrings {
    heading: "Bygg inn i en artikkel",
    lede: "Velg hva leserne skal se, og kopier koden. Forhåndsvisningen viser kalkulatoren slik den blir i artikkelen. Koden har ingen sporing og setter ingen informasjonskapsler.",
    labels: EmbedLabels {
        region: "Område",
        theme: "Fargetema",
        parts: "Deler som vises",
        height: "Høyde uten skript (piksler)",
        lang: "Språk",
    },
    themes: ThemeWords {
        auto: "Følg leserens innstilling",
        light: "Lyst",
        dark: "Mørkt",
    },
    parts: PartWords {
        picker: "Velg område",
        scenarios: "Scenario og år",
        summary: "Oppsummering",
        bridge: "Fra før til etter (figur)",
        rates: "Per 100 000 innbyggere (figur)",
        timeline: "Målt aktivitet (figur)",
        map: "Kart",
        table: "Tabell steg for steg",
        assumptions: "Forutsetninger",
        people: "Pasienter og kostnad",
        details: "Detaljer og kontroller",
    },
    no_parts: "Ingen deler er valgt; standardutvalget vises.",
    bad_height: "Skriv en høyde i hele piksler fra 200 til 6 000.",
    preview: "Forhåndsvisning",
    codes: CodeWords {
        iframe: "Iframe med fast høyde",
        script: "Iframe med skript som tilpasser høyden (anbefalt)",
        oembed: "oEmbed-adresse (områdets standardvisning)",
    },
    copy: "Kopier",
};

/// The downloads' texts.
pub static EXPORT: ExportStrings = ExportStrings {
    heading: "Last ned",
    lede: "Tallene slik de vises nå, med spenn, grunnlag og kilder. Filene lages i nettleseren; ingenting sendes noe sted.",
    data_buttons: DataButtons {
        csv: "Tall som CSV (regneark)",
        json: "Tall som JSON",
    },
    figure_label: "Last ned figur:",
    figure_buttons: FigureButtons {
        svg: "SVG",
        png: "PNG",
    },
    figure_failed: "Figuren kunne ikke lages i denne nettleseren.",
    figure_files: ChartNames {
        bridge: "fra-for-til-etter",
        rates: "per-100-000",
        timeline: "aktivitet",
        map: "kart",
    },
    offline: "Last ned for bruk uten nett",
    offline_note: "Hele kalkulatoren i én HTML-fil som virker uten nett, også åpnet rett fra disk.",
    offline_copy: "Nedlastet kopi for bruk uten nett. Den oppdateres ikke. Datautgave",
    change_pct: "Endring i prosent",
    header: ExportHeader {
        title: "Døgnplasskalkulatoren",
        release: "Datautgave",
        region: "Område",
        scenario: "Scenario",
        compared: "Sammenlignet med",
        year: "År",
        keys: "Valg (adressens nøkler)",
    },
    columns: ExportColumns {
        region: "Område",
        scenario: "Scenario",
        year: "År",
        step_id: "Steg-id",
        step: "Steg",
        unit: "Enhet",
        low: "Lav",
        central: "Sentral",
        high: "Høy",
        basis: "Grunnlag",
        partly_unknown: "Delvis ukjent",
        sources: "Kilder",
    },
    units: UnitWords {
        places: "plasser",
        rate: "per 100 000 innbyggere",
        percent: "prosent",
    },
    yes_no: YesNo {
        yes: "ja",
        no: "nei",
    },
    sources: SourceColumns {
        heading: "Kilder",
        id: "Kilde-id",
        publisher: "Utgiver",
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
            days,
            year_days,
            places,
        } => format!(
            "FBV-oppholdsdøgn 2021 ({}) ÷ {year_days} gir om lag {} plasser; kildene sier «minst 100» og «bortfallet av 200 plasser».",
            s.int(f64::from(*days)),
            s.int(*places),
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
                "Antar at plassene følger framskrivningsmodellens nasjonale endring i døgnopphold ({}); kilden oppgir verken basisår eller tidshorisont.",
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
        Method::StopNoCuts => "Scenario «Stans nedbyggingen»: ingen kutt i anbud, slik oppropet krever.".to_owned(),
        Method::StopTender => "Scenario «Stans nedbyggingen»: et tilleggsanbud kjøper like mange plasser som FBV-tapet (minst det som allerede er kjøpt).".to_owned(),
        Method::ProjectionOnly => "Scenario «Framskrivning»: antar at plassene følger framskrivningsmodellens endring i døgnopphold, uten basisår eller tidshorisont fra kilden.".to_owned(),
        Method::Patients => "Helse Sør-Østs langtidsplasser i anbudet × beleggsprosent × 12 ÷ liggetid i måneder; de nye avtalenes plasser og liggetid regnes med så langt de er i kraft.".to_owned(),
        Method::Cost => "Plasser tapt (FBV + kutt) × kostnad per plass og år.".to_owned(),
        Method::CostRestore => "Plasser som ikke er kompensert (før − etter) × kostnad per plass og år.".to_owned(),
        Method::NoneFound => "Kildene om kuttene i regionen nevner ingen kjøp av plasser for å kompensere; regnet som 0.".to_owned(),
    }
}

fn occupancy(s: &Strings, f: &OccupancyFacts) -> String {
    let pct = |x: f64| numbers::percent(s.numbers, x * 100.0, 1);
    format!(
        "Beleggsprosent (anslag): oppholdsdøgn {} uten FBV-døgn ({} fra 2021, siden 2022-tallet mangler) ÷ dager i året ÷ rapporterte offentlige plasser og avtaleplasser nasjonalt ({}) = {}. Spenn: nivået i {} og belegget i Helse Sør-Øst, som har rapportert plasstall ({}–{}). Fylkene er fordelt på helseregioner; noen kommuner i grenseområder hører til en annen regions sykehus.",
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
                "Helse Sør-Øst skriver at langtidsbehandling også bør kunne bestå av «kortere innleggelser, sekvensielle behandlinger». Langtidsplassene i anbudet gir om lag {} pasienter i året; så lenge anbudet er stanset, regnes de gamle avtalene, og tallet er uendret.",
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
