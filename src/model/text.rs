//! Every UI text of a language in one struct, so a language that lacks a text does not
//! compile; plus the sentences built from numbers (summary, methods), which live here rather
//! than in components so they can be tested natively.

use super::assumptions::{InputError, Param, Scenario};
use super::calc::{Line, Method, RegionResult, Results};
use super::config::ConfigError;
use super::dataset::Kind;
use super::format::{self, NumberStyle, NORWEGIAN};
use super::region::RegionId;

/// A language of the widget.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    /// Norwegian bokmål, the default.
    #[default]
    Nb,
}

impl Lang {
    /// Every language the widget has.
    pub const ALL: [Lang; 1] = [Lang::Nb];

    /// The language's own name, for choosers.
    pub const fn name(self) -> &'static str {
        match self {
            Lang::Nb => "Bokmål",
        }
    }

    /// The BCP 47 tag for the document's `lang` attribute.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::Nb => "nb",
        }
    }

    /// This language's texts.
    pub const fn strings(self) -> &'static Strings {
        match self {
            Lang::Nb => &NB,
        }
    }
}

/// The labels of the calculation steps, in table order.
#[derive(Debug)]
pub struct StepLabels {
    /// P0.
    pub before: &'static str,
    /// F.
    pub fbv: &'static str,
    /// T.
    pub cuts: &'static str,
    /// C.
    pub compensation: &'static str,
    /// P1.
    pub after: &'static str,
    /// P1 − P0.
    pub change: &'static str,
    /// Per 100 000, before.
    pub per_100k_before: &'static str,
    /// Per 100 000, after.
    pub per_100k_after: &'static str,
    /// The projection model beside the computed change.
    pub projection: &'static str,
}

/// The texts of the calculator: assumptions, scenarios, years, patients and cost.
#[derive(Debug)]
pub struct CalcStrings {
    /// Heading of the assumptions panel.
    pub panel_heading: &'static str,
    /// One line under it.
    pub panel_lede: &'static str,
    /// Group headings: FBV, cuts, compensation, stays and occupancy, cost.
    pub groups: [&'static str; 5],
    /// Labels: FBV, share, cut, unknown, comp, comp end, stay before, stay after, occupancy, cost.
    pub labels: [&'static str; 10],
    /// Units in the same order.
    pub units: [&'static str; 10],
    /// Before the default value.
    pub default_word: &'static str,
    /// The default of an unknown cut.
    pub unknown_default: &'static str,
    /// Marks on the FBV scale: the sources' low and high.
    pub fbv_marks: [&'static str; 2],
    /// Reset one control (followed by its label for screen readers).
    pub reset: &'static str,
    /// Reset every assumption.
    pub reset_all: &'static str,
    /// Legend of the scenario picker.
    pub scenario_legend: &'static str,
    /// Scenario names in [`Scenario::ALL`] order.
    pub scenarios: [&'static str; 4],
    /// One line on each scenario.
    pub scenario_notes: [&'static str; 4],
    /// Label of the comparison picker.
    pub compare_label: &'static str,
    /// Its "none" option.
    pub compare_none: &'static str,
    /// Label of the year picker.
    pub year_label: &'static str,
    /// Heading of the side-by-side view.
    pub compare_heading: &'static str,
    /// Column heading of the difference.
    pub difference: &'static str,
    /// Said when the two scenarios give the same numbers.
    pub no_difference: &'static str,
    /// Heading of patients and cost.
    pub people_heading: &'static str,
    /// Row labels: patients before, after; cost lost, cost restore, FBV payments.
    pub people_rows: [&'static str; 5],
    /// The copy button, and what it says after copying or failing.
    pub copy: [&'static str; 3],
    /// Refusals of a typed value, by [`InputError`].
    pub errors: [&'static str; 7],
    /// Said of a share edit: shares are scaled to add up to 100 %.
    pub share_note: &'static str,
}

/// Every text of one language.
#[derive(Debug)]
pub struct Strings {
    /// The calculator's texts.
    pub calc: CalcStrings,
    /// Number typography.
    pub numbers: NumberStyle,
    /// Between two bounds when a dash would read as a minus.
    pub range_word: &'static str,
    /// Month names, January first.
    pub months: [&'static str; 12],
    /// Page and widget title.
    pub title: &'static str,
    /// One paragraph under the title.
    pub lede: &'static str,
    /// Label of the region picker.
    pub region_legend: &'static str,
    /// Heading of the steps table (before the years).
    pub steps_heading: &'static str,
    /// Column headings: step, places (with range), basis, sources.
    pub steps_columns: [&'static str; 4],
    /// Row labels.
    pub steps: StepLabels,
    /// Shown instead of a number that no source gives.
    pub unknown: &'static str,
    /// Marks a value that leaves unknown parts out.
    pub at_least: &'static str,
    /// Explains [`Strings::at_least`].
    pub unknown_note: &'static str,
    /// Mark before an estimated value.
    pub approx: &'static str,
    /// Name of each kind, for the basis column and the legend.
    pub kinds: [&'static str; 4],
    /// One-line explanation of each kind, for the legend.
    pub kind_explanations: [&'static str; 4],
    /// Heading of the legend.
    pub legend_heading: &'static str,
    /// Heading of the breakdown of cuts and purchases.
    pub breakdown_heading: &'static str,
    /// Column headings of the breakdown: region, what, places, from, sources.
    pub breakdown_columns: [&'static str; 5],
    /// Heading of the observed activity table.
    pub observed_heading: &'static str,
    /// Text under the observed heading.
    pub observed_lede: &'static str,
    /// Column headings: year, inpatient days, occupied places.
    pub observed_columns: [&'static str; 3],
    /// Label of the observed change row.
    pub observed_change: &'static str,
    /// Heading of the national cross-checks.
    pub checks_heading: &'static str,
    /// Label: reported places nationally.
    pub check_places: &'static str,
    /// Label: sum of the regions' places before.
    pub check_places_sum: &'static str,
    /// Label: places named as cut nationally.
    pub check_cut_named: &'static str,
    /// Label: FBV + cuts in this calculation.
    pub check_lost_sum: &'static str,
    /// Label: private share of capacity.
    pub check_private_share: &'static str,
    /// Label: FBV payments.
    pub check_fbv_payments: &'static str,
    /// Unit after million kroner.
    pub million_kroner: &'static str,
    /// Heading of the sources section.
    pub sources_heading: &'static str,
    /// The compact view's switch that opens the legend, methods and sources.
    pub sources_toggle: &'static str,
    /// Shown instead of the widget after a crash: what happened, and the reload link.
    pub crashed: [&'static str; 2],
    /// Above a pre-rendered page for readers without JavaScript.
    pub no_script: &'static str,
    /// Heading of the method list.
    pub methods_heading: &'static str,
    /// Heading of the source list.
    pub source_list_heading: &'static str,
    /// Said of a source whose address was not recorded.
    pub no_link: &'static str,
    /// Text before the data release id.
    pub release_label: &'static str,
    /// Footer on privacy.
    pub privacy: &'static str,
    /// Said of a cut's effective date when none is given.
    pub no_date: &'static str,
    /// Label: region breakdown for Norway.
    pub regions_heading: &'static str,
}

/// The index of a parameter's label and unit.
const fn param_slot(param: Param) -> usize {
    match param {
        Param::Fbv => 0,
        Param::Share(_) => 1,
        Param::Cut(_) => 2,
        Param::Unknown(_) => 3,
        Param::Comp(_) => 4,
        Param::CompEnd(_) => 5,
        Param::StayBefore => 6,
        Param::StayAfter => 7,
        Param::Occupancy => 8,
        Param::Cost => 9,
    }
}

/// Norwegian bokmål.
pub static NB: Strings = Strings {
    calc: CalcStrings {
        panel_heading: "Forutsetninger",
        panel_lede: "Endre det tallene bygger på, og se følgene med en gang. Standardverdien og kildene står ved hver kontroll.",
        groups: ["Fritt behandlingsvalg (FBV)", "Kutt i anbud og offentlige kutt", "Kjøpt for å kompensere", "Liggetid og belegg", "Kostnad"],
        labels: [
            "FBV-plasser tapt nasjonalt",
            "Andel av FBV-tapet",
            "Kjente kutt",
            "Anta størrelse på ukjente kutt",
            "Kompenserende plasser",
            "Siste år plassene telles",
            "Liggetid i langtidsopphold før",
            "Liggetid i langtidsopphold etter",
            "Beleggsprosent",
            "Kostnad per plass og år",
        ],
        units: ["plasser", "%", "plasser", "plasser", "plasser", "", "måneder", "måneder", "%", "mill. kr"],
        default_word: "standard",
        unknown_default: "ukjent, ikke med",
        fbv_marks: ["«minst 100»", "«om lag 200»"],
        reset: "Tilbakestill",
        reset_all: "Tilbakestill alle forutsetninger",
        scenario_legend: "Scenario",
        scenarios: ["Som vedtatt", "Stans nedbyggingen", "Framskrivning", "Egne tall"],
        scenario_notes: [
            "Standardverdiene: det som er vedtatt og rapportert.",
            "Oppropets krav: ingen kutt i anbud, og et tilleggsanbud som erstatter FBV-plassene.",
            "Framskrivningsmodellen: 2 % færre døgnopphold enn i 2022, uten andre endringer.",
            "Dine endringer i forutsetningene.",
        ],
        compare_label: "Sammenlign med",
        compare_none: "ingen",
        year_label: "År",
        compare_heading: "Scenarier side om side",
        difference: "Forskjell",
        no_difference: "De to scenariene gir de samme tallene.",
        people_heading: "Pasienter og kostnad",
        people_rows: [
            "Pasienter per år i langtidsplasser før",
            "Pasienter per år i langtidsplasser etter",
            "Årlig kostnad for plassene som er tapt",
            "Årlig kostnad for å gjenopprette plassene som ikke er kompensert",
            "Fritt behandlingsvalg i TSB før avviklingen",
        ],
        copy: ["Kopier setningen", "Kopiert", "Kunne ikke kopiere. Merk teksten og kopier den selv."],
        errors: [
            "Skriv inn et tall.",
            "For langt til å være et tall.",
            "Ikke et tall.",
            "Ikke et endelig tall.",
            "Kan ikke være negativt.",
            "Skriv et helt årstall.",
            "Minst én region må ha en andel av FBV-tapet.",
        ],
        share_note: "Andelene skaleres så de summerer til 100 %.",
    },
    numbers: NORWEGIAN,
    range_word: "til",
    months: [
        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september",
        "oktober", "november", "desember",
    ],
    title: "Døgnplasskalkulatoren",
    lede: "Hvor mange døgnplasser i rusbehandlingen (TSB) forsvant da godkjenningsordningen i fritt behandlingsvalg ble avviklet og anbud kuttet plasser – og hvor mange ble kjøpt tilbake? Velg en helseregion. Alle tall er regnet ut i nettleseren, og hvert tall viser hvor det kommer fra.",
    region_legend: "Velg helseregion",
    steps_heading: "Døgnplasser steg for steg",
    steps_columns: ["Steg", "Plasser (spenn)", "Grunnlag", "Kilder"],
    steps: StepLabels {
        before: "Døgnplasser før",
        fbv: "Tapt da fritt behandlingsvalg ble avviklet",
        cuts: "Kuttet i anbud og offentlige kutt",
        compensation: "Kjøpt for å kompensere",
        after: "Døgnplasser etter",
        change: "Endring",
        per_100k_before: "Per 100 000 innbyggere før",
        per_100k_after: "Per 100 000 innbyggere etter",
        projection: "Framskrivningsmodellen til sammenligning",
    },
    unknown: "ukjent",
    at_least: "minst",
    unknown_note: "Noen kutt er ikke tallfestet i kildene og er ikke med; det virkelige tallet kan være høyere.",
    approx: "≈",
    kinds: ["rapportert", "beregnet", "anslag", "forutsetning"],
    kind_explanations: [
        "et tall en kilde oppgir",
        "regnet ut av rapporterte tall",
        "et anslag innenfor et spenn; merket med ≈ og stiplet linje",
        "et valg du kan endre; merket med ≈ og stiplet linje",
    ],
    legend_heading: "Slik leser du tallene",
    breakdown_heading: "Kutt og kjøp, ett for ett",
    breakdown_columns: ["Region", "Hva", "Plasser", "Fra", "Kilder"],
    observed_heading: "Målt aktivitet",
    observed_lede: "Oppholdsdøgn i Norsk pasientregister (etter pasientens bosted) delt på 365 gir antall belagte plasser i snitt gjennom året. Det er et mål på bruk, ikke på avtalte plasser.",
    observed_columns: ["År", "Oppholdsdøgn", "Belagte plasser"],
    observed_change: "Endring",
    checks_heading: "Til sammenligning",
    check_places: "Døgnplasser i TSB nasjonalt, ifølge Rusfeltets hovedorganisasjon",
    check_places_sum: "Sum av regionene i denne beregningen",
    check_cut_named: "Plasser som forsvinner, ifølge organisasjonene",
    check_lost_sum: "Tapt med FBV pluss kjente kutt i denne beregningen",
    check_private_share: "Private og ideelle aktørers andel av døgnkapasiteten",
    check_fbv_payments: "Fritt behandlingsvalg i TSB før avviklingen",
    million_kroner: "mill. kr",
    sources_heading: "Kilder og metode",
    sources_toggle: "Forklaring, kilder og metode",
    crashed: [
        "Noe gikk galt i kalkulatoren, så tallene kan ikke vises nå.",
        "Last inn på nytt",
    ],
    no_script: "Uten JavaScript vises tallene og kildene under som de er regnet ut på forhånd. Å velge region, endre forutsetninger og bytte mellom figur og tabell krever JavaScript.",
    methods_heading: "Slik er tallene regnet",
    source_list_heading: "Kilder",
    no_link: "lenke ikke registrert",
    release_label: "Datautgave",
    privacy: "Beregnet i nettleseren din. Ingenting sendes noe sted, og ingen informasjonskapsler brukes.",
    no_date: "–",
    regions_heading: "Regionene",
};

impl Strings {
    /// The name of a kind.
    pub fn kind(&self, kind: Kind) -> &'static str {
        self.kinds[kind as usize]
    }

    /// The explanation of a kind.
    pub fn kind_explanation(&self, kind: Kind) -> &'static str {
        self.kind_explanations[kind as usize]
    }

    pub(super) fn int(&self, x: f64) -> String {
        format::number(self.numbers, x, 0)
    }

    fn span_text(&self, line_span: super::span::Span, decimals: u8) -> String {
        let mid = format::number(self.numbers, line_span.mid, decimals);
        match format::range(self, line_span, decimals, false) {
            Some(r) => format!("{mid} ({r})"),
            None => mid,
        }
    }

    /// The one-line method of a computed figure.
    pub fn method(&self, method: &Method, data_year: u16) -> String {
        match method {
            Method::Seeded(text) => (*text).to_owned(),
            Method::ActivityOverOccupancy { days, occupancy } => format!(
                "Anslag: oppholdsdøgn {data_year} i Norsk pasientregister ({}) ÷ 365 ÷ beleggsprosent {}.",
                self.int(f64::from(*days)),
                self.pct_span(*occupancy),
            ),
            Method::FbvNational { days } => format!(
                "FBV-oppholdsdøgn 2021 ({}) ÷ 365 gir om lag {} plasser; kildene sier «minst 100» og «om lag 200».",
                self.int(f64::from(*days)),
                self.int(f64::from(*days) / 365.0),
            ),
            Method::FbvShare { national, share_pct } => format!(
                "Nasjonalt tap {} × regionens andel av FBV-pasientene i 2020 ({}).",
                self.span_text(*national, 0),
                format::percent(self.numbers, *share_pct, 0),
            ),
            Method::KnownCuts => "Summen av kutt som kildene tallfester; kutt uten tall er ikke med.".to_owned(),
            Method::CompensationInYear { year } => format!(
                "Plasser som kjøpes i {year}. Er sluttdatoen bare oppgitt av én side, regnes plassene med i høyt anslag."
            ),
            Method::Steps => "Før − tapt med FBV − kutt + kjøpt.".to_owned(),
            Method::Change => "Etter − før, og i prosent av før.".to_owned(),
            Method::PerCapita { population } => format!(
                "Plasser ÷ folketall 1. januar {data_year} ({}) × 100 000.",
                self.int(f64::from(*population)),
            ),
            Method::Projection { pct } => format!(
                "Framskrivningsmodellens nasjonale endring i døgnopphold ({}) brukt på plassene før.",
                format::signed_percent(self.numbers, *pct, 0),
            ),
            Method::Occupied => "Oppholdsdøgn ÷ 365.".to_owned(),
            Method::SumOfRegions => "Summen av de fire helseregionene.".to_owned(),
            Method::Occupancy { .. } => String::new(),
            Method::Edited => "Din verdi; standardverdien og kildene den bygger på står under «Forutsetninger».".to_owned(),
            Method::NotInEffect { year } => format!("Ikke i kraft i {year}."),
            Method::EditedCuts => "Din sum for kjente kutt, fordelt over årene slik kildenes kutt trådte i kraft.".to_owned(),
            Method::AssumedUnknown { places } => format!(
                "Kjente kutt pluss {} plasser du har antatt for kutt som kildene ikke tallfester.",
                self.int(*places)
            ),
            Method::StopNoCuts => "Scenario «Stans nedbyggingen»: ingen kutt i anbud, slik oppropet krever.".to_owned(),
            Method::StopTender => "Scenario «Stans nedbyggingen»: et tilleggsanbud kjøper like mange plasser som FBV-tapet (minst det som allerede er kjøpt).".to_owned(),
            Method::ProjectionOnly => "Scenario «Framskrivning»: bare framskrivningsmodellens endring i døgnopphold, brukt på plassene før.".to_owned(),
            Method::Patients => "Plasser × beleggsprosent × 12 ÷ gjennomsnittlig liggetid i måneder, som om alle plassene var langtidsplasser.".to_owned(),
            Method::Cost => "Plasser tapt (FBV + kutt) × kostnad per plass og år.".to_owned(),
            Method::CostRestore => "Plasser som ikke er kompensert (før − etter) × kostnad per plass og år.".to_owned(),
            Method::NoneFound => "Kildene om kuttene i regionen nevner ingen kjøp av plasser for å kompensere; regnet som 0.".to_owned(),
        }
    }

    /// How occupancy was found, with its values.
    pub fn occupancy(&self, line: &Line, data_year: u16) -> String {
        let Method::Occupancy {
            national_places,
            low_year,
        } = line.method
        else {
            return String::new();
        };
        let pct = |x: f64| format::percent(self.numbers, x * 100.0, 1);
        format!(
            "Beleggsprosent: oppholdsdøgn {data_year} ÷ 365 ÷ rapporterte døgnplasser nasjonalt ({}) = {}. Lavt anslag: nivået i {low_year} ({}). Høyt anslag: regionene med rapporterte plasser ({}). Fylkene er fordelt på helseregioner etter fylkesinndelingen 2020–2023; noen kommuner i grenseområder hører til en annen regions sykehus.",
            self.int(national_places),
            pct(line.span.mid),
            pct(line.span.low),
            pct(line.span.high),
        )
    }

    /// Why a typed or addressed value was refused.
    pub fn input_error(&self, error: &InputError) -> String {
        let e = &self.calc.errors;
        match error {
            InputError::Empty => e[0].to_owned(),
            InputError::TooLong => e[1].to_owned(),
            InputError::NotANumber => e[2].to_owned(),
            InputError::NotFinite => e[3].to_owned(),
            InputError::Negative => e[4].to_owned(),
            InputError::NotWhole => e[5].to_owned(),
            InputError::NoShareLeft => e[6].to_owned(),
            InputError::OutOfRange { min, max } => format!(
                "Velg en verdi fra {} til {}.",
                format::number(self.numbers, *min, 2),
                format::number(self.numbers, *max, 2)
            ),
        }
    }

    /// The label of a parameter, with the region for regional ones.
    pub fn param_label(&self, param: Param) -> String {
        let label = self.calc.labels[param_slot(param)];
        match param.region() {
            Some(region) => format!("{label}, {}", region.name()),
            None => label.to_owned(),
        }
    }

    /// The unit of a parameter.
    pub fn param_unit(&self, param: Param) -> &'static str {
        self.calc.units[param_slot(param)]
    }

    /// A parameter's value as shown beside its control.
    pub fn param_value(&self, param: Param, value: f64) -> String {
        let decimals = match param {
            Param::StayBefore | Param::StayAfter | Param::Occupancy => 1,
            Param::Cost => 2,
            Param::CompEnd(_) => return format::plain(value),
            _ => 0,
        };
        format::number(self.numbers, value, decimals)
    }

    /// The name of a scenario.
    pub fn scenario(&self, scenario: Scenario) -> &'static str {
        self.calc.scenarios[scenario as usize]
    }

    /// The notice shown for the first value in the address that could not be used; `more`
    /// counts the others.
    pub fn config_notice(&self, error: &ConfigError, more: usize) -> String {
        let mut out = match error {
            ConfigError::Region(e) => {
                format!(
                    "Ukjent helseregion «{}» i adressen. Viser hele landet.",
                    e.0
                )
            }
            ConfigError::Year(y) => format!("Ukjent år «{y}» i adressen. Viser standardåret."),
            ConfigError::Scenario(s) => {
                format!("Ukjent scenario «{s}» i adressen. Viser «Som vedtatt».")
            }
            ConfigError::Lang(l) => format!("Språket «{l}» finnes ikke. Viser bokmål."),
            ConfigError::Value { param, error } => format!(
                "Verdien for «{}» i adressen ble ikke brukt: {} Standardverdien gjelder.",
                self.param_label(*param),
                self.input_error(error)
            ),
            ConfigError::View(v) => format!("Ukjent visning «{v}». Viser hele siden."),
            ConfigError::Theme(t) => format!("Ukjent fargetema «{t}». Følger systemet."),
            ConfigError::Show(p) => format!("Ukjent del «{p}» i show= ble oversett."),
            ConfigError::Id(i) => format!("Innbyggings-id «{i}» kan ikke brukes og ble oversett."),
            ConfigError::UnknownKey(k) => {
                format!("Ukjent innstilling «{k}» i adressen ble oversett.")
            }
            ConfigError::Repeated(k) => {
                format!("«{k}» står flere ganger i adressen. Den første verdien er brukt.")
            }
            ConfigError::TooLong => {
                "Adressen er for lang og ble oversett. Viser standardvisningen.".to_owned()
            }
            ConfigError::TooMany => {
                "Adressen har for mange innstillinger; resten ble oversett.".to_owned()
            }
        };
        if more > 0 {
            out.push_str(&format!(" ({more} til ble heller ikke brukt.)"));
        }
        out
    }

    /// The two readings of shorter stays, side by side and without a verdict: the open
    /// letter's shorter treatment per person, and Helse Sør-Øst's at least as many patients.
    pub fn perspectives(&self, results: &Results, result: &RegionResult) -> [String; 2] {
        let (before, after) = (results.stay_before.span.mid, results.stay_after.span.mid);
        let stay_change = if before > 0.0 {
            (after - before) / before * 100.0
        } else {
            0.0
        };
        let (pb, pa) = (
            result.patients_before.span.mid,
            result.patients_after.span.mid,
        );
        let patients_change = if pb > 0.0 {
            (pa - pb) / pb * 100.0
        } else {
            0.0
        };
        [
            format!(
                "Oppropet vektlegger at hver pasient får kortere behandling: langtidsopphold går fra {} til {} måneder ({}).",
                format::number(self.numbers, before, 1),
                format::number(self.numbers, after, 1),
                format::signed_percent(self.numbers, stay_change, 0),
            ),
            format!(
                "Helse Sør-Øst vektlegger at minst like mange pasienter skal få behandling: med disse liggetidene gir plassene om lag {} pasienter i året mot {} før ({}).",
                self.int(pa),
                self.int(pb),
                format::signed_percent(self.numbers, patients_change, 0),
            ),
        ]
    }

    fn pct_span(&self, span: super::span::Span) -> String {
        self.span_text(span.scale(100.0), 1) + "\u{a0}%"
    }

    /// The plain sentence that sums up a region.
    pub fn summary(
        &self,
        result: &RegionResult,
        reference_year: u16,
        after_year: u16,
        scenario: Scenario,
    ) -> String {
        let change = &result.change;
        let approx = if change.kind.is_uncertain() || change.span.is_range() {
            "anslagsvis "
        } else {
            ""
        };
        let lost = -change.span.mid;
        let verb = if lost >= 0.5 {
            "forsvinner"
        } else if lost <= -0.5 {
            "kommer til"
        } else {
            "endres med"
        };
        let place = if result.region == RegionId::Norge {
            "I hele landet".to_owned()
        } else {
            format!("I {}", result.region.name())
        };
        let mut s = format!(
            "{place} {verb} {approx}{} av {} døgnplasser i rusbehandlingen {} ({}).",
            self.int(lost.abs()),
            self.int(result.before.span.mid),
            if after_year > reference_year {
                format!("fra {reference_year} til {after_year}")
            } else {
                format!("i løpet av {reference_year}")
            },
            format::signed_percent(self.numbers, result.change_pct.span.mid, 1),
        );
        if scenario != Scenario::Vedtatt {
            s.push_str(&format!(" Scenario: «{}».", self.scenario(scenario)));
        }
        if result.cuts.partly_unknown {
            s.push_str(" Noen kutt er ikke tallfestet, så tapet kan være større.");
        }
        s
    }

    /// The value of a line as shown in a cell: `≈ 323`, `1 139`; with `minimum`, a line that
    /// leaves unknown parts out reads `minst 134`.
    pub fn value(&self, line: &Line, decimals: u8, with_sign: bool, minimum: bool) -> String {
        let number = if with_sign {
            format::signed(self.numbers, line.span.mid, decimals)
        } else {
            format::number(self.numbers, line.span.mid, decimals)
        };
        let mut out = String::new();
        if minimum && line.partly_unknown {
            out.push_str(self.at_least);
            out.push(' ');
        }
        if line.kind.is_uncertain() {
            out.push_str(self.approx);
            out.push('\u{a0}');
        }
        out.push_str(&number);
        out
    }
}
