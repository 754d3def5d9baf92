//! Seed validation and code generation, run by build.rs at build time and by tests/seeds.rs.
//!
//! Not a module of the library: build.rs and the tests include this file with `#[path]`, so
//! the parsers (serde, toml, csv, sha2) stay build- and dev-dependencies and the wasm carries
//! none of them. A broken seed fails the build with `file:line: reason`.

use serde::Deserialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fmt;
use toml::Spanned;

/// The region ids the seeds may use, in the model's `RegionId::PARTS` order.
pub const REGION_IDS: [&str; 4] = [
    "helse-sor-ost",
    "helse-vest",
    "helse-midt-norge",
    "helse-nord",
];
const KINDS: [&str; 4] = ["reported", "derived", "estimate", "assumption"];
const KIND_VARIANTS: [&str; 4] = ["Reported", "Derived", "Estimate", "Assumption"];
/// The states a cut, a purchase or the FBV closure passes through, in the model's
/// `State` order.
pub const STATES: [&str; 6] = [
    "announced",
    "decided",
    "in-force",
    "halted",
    "cancelled",
    "ended",
];
const STATE_VARIANTS: [&str; 6] = [
    "Announced",
    "Decided",
    "InForce",
    "Halted",
    "Cancelled",
    "Ended",
];

/// A reason the seeds cannot ship, with where it was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeedError {
    /// Path relative to the repository, e.g. `seeds/figures.toml`.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong, in lowercase.
    pub message: String,
}

impl fmt::Display for SeedError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// The seed files' contents.
pub struct SeedFiles<'a> {
    /// seeds/sources.toml
    pub sources: &'a str,
    /// seeds/figures.toml
    pub figures: &'a str,
    /// seeds/files.toml
    pub files: &'a str,
    /// seeds/map.toml
    pub map: &'a str,
    /// The raw NPR CSV and the raw population CSV, by file name.
    pub raw: &'a [(&'a str, &'a [u8])],
}

// ---------------------------------------------------------------------------------------------
// The TOML shapes.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourcesToml {
    source: Vec<Spanned<SourceToml>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceToml {
    id: String,
    publisher: String,
    title: String,
    date: String,
    url: Option<String>,
    note: Option<String>,
}

/// One table shape for every figure-like entry; each place checks which fields it needs.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct FigToml {
    value: Option<f64>,
    low: Option<f64>,
    high: Option<f64>,
    kind: Option<String>,
    #[serde(default)]
    sources: Vec<String>,
    note: Option<String>,
    note_nn: Option<String>,
    note_en: Option<String>,
    method: Option<String>,
    method_nn: Option<String>,
    method_en: Option<String>,
    // Places before:
    estimate: Option<String>,
    // Cuts:
    label: Option<String>,
    label_nn: Option<String>,
    label_en: Option<String>,
    #[serde(default)]
    unknown: bool,
    before: Option<u32>,
    after: Option<u32>,
    effective: Option<String>,
    /// Months over which the change is phased in linearly (0 or absent: all at once).
    ramp_months: Option<u8>,
    /// The cut's new agreements shorten long-term stays (patients a year are computed there).
    #[serde(default)]
    shortens_stays: bool,
    /// Dated statuses, oldest first, each with its own source.
    #[serde(default)]
    status: Vec<StatusToml>,
    // Compensation:
    from: Option<String>,
    ends_after: Option<u16>,
    #[serde(default)]
    end_confirmed: bool,
}

/// One dated status of a change: what happened, when, and who says so.
#[derive(Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
struct StatusToml {
    date: String,
    state: String,
    sources: Vec<String>,
    /// The source's exact words, when the status line quotes them.
    quote: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FiguresToml {
    release_date: Spanned<String>,
    reference_year: u16,
    after_year: u16,
    assumptions: Spanned<AssumptionsToml>,
    national: Spanned<NationalToml>,
    occupancy: OccupancyToml,
    fbv: Spanned<FbvToml>,
    region: Vec<Spanned<RegionToml>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NationalToml {
    places: Spanned<FigToml>,
    cut_named: Spanned<FigToml>,
    private_share_pct: Spanned<FigToml>,
    fbv_payments_mnok: Spanned<FigToml>,
    projection_pct: Spanned<FigToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AssumptionsToml {
    first_year: u16,
    last_year: u16,
    hso_stay_sources: Vec<String>,
    stay_before_months: Spanned<FigToml>,
    stay_after_months: Spanned<FigToml>,
    cost_per_place_mnok: Spanned<FigToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OccupancyToml {
    low_2004: Spanned<OccupancyPointToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OccupancyPointToml {
    inpatient_days: u32,
    places: u32,
    year: u16,
    kind: String,
    sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FbvToml {
    ended: String,
    transition_months: u8,
    status: Vec<StatusToml>,
    inpatient_days_2021: Spanned<FigToml>,
    low: Spanned<FigToml>,
    high: Spanned<FigToml>,
    share_total: f64,
    share: BTreeMap<String, Spanned<FigToml>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RegionToml {
    id: String,
    places_before: Spanned<FigToml>,
    private_share_pct: Option<Spanned<FigToml>>,
    contract_frame_mnok: Option<Spanned<FigToml>>,
    #[serde(default)]
    cut: Vec<Spanned<FigToml>>,
    #[serde(default)]
    compensation: Vec<Spanned<FigToml>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FilesToml {
    npr: Spanned<NprFileToml>,
    population: Spanned<PopulationFileToml>,
    population_later: Spanned<CountyFileToml>,
}

/// Population 1 January per county for the years after the municipality file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountyFileToml {
    file: String,
    sha256: String,
    source: String,
    licence: String,
    first_year: u16,
    last_year: u16,
    counties: BTreeMap<String, Vec<String>>,
    /// Norway's total per year (as a string key), which the counties must add up to.
    declared_norge: BTreeMap<String, u64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MapFileToml {
    map: Spanned<MapToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MapToml {
    source: String,
    input: String,
    input_sha256: String,
    tool: String,
    method: String,
    method_nn: String,
    method_en: String,
    width: u32,
    height: u32,
    region: Vec<Spanned<MapRegionToml>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MapRegionToml {
    id: String,
    counties_2024: Vec<String>,
    label: [u32; 2],
    path: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct NprFileToml {
    file: String,
    sha256: String,
    source: String,
    licence: String,
    national: String,
    regions: BTreeMap<String, String>,
    first_year: u16,
    last_year: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PopulationFileToml {
    file: String,
    sha256: String,
    source: String,
    licence: String,
    year: u16,
    counties: BTreeMap<String, Vec<String>>,
    declared: BTreeMap<String, u64>,
}

// ---------------------------------------------------------------------------------------------
// The validated result.

/// A checked figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Central value.
    pub value: f64,
    /// Lower bound.
    pub low: Option<f64>,
    /// Upper bound.
    pub high: Option<f64>,
    /// Index into KINDS.
    pub kind: usize,
    /// Source ids.
    pub sources: Vec<String>,
    /// Caveat, in bokmål, nynorsk and English.
    pub note: Option<Texts>,
    /// Method, in bokmål, nynorsk and English.
    pub method: Option<Texts>,
}

/// A seed text in bokmål, nynorsk and English (`label`, `label_nn`, `label_en`).
pub type Texts = [String; 3];

/// A checked status: date as written, index into STATES, sources, exact quote.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusOut {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// Index into STATES.
    pub state: usize,
    /// Source ids.
    pub sources: Vec<String>,
    /// The source's words.
    pub quote: Option<String>,
}

/// A checked cut.
#[derive(Debug, Clone, PartialEq)]
pub struct CutOut {
    /// What was cut.
    pub label: Texts,
    /// `None` when unknown.
    pub places: Option<Figure>,
    /// Before and after.
    pub before_after: Option<(u32, u32)>,
    /// Year and month it took effect.
    pub effective: Option<(u16, u8)>,
    /// Months of linear phase-in.
    pub ramp_months: u8,
    /// The new agreements shorten long-term stays.
    pub shortens_stays: bool,
    /// Dated statuses, oldest first.
    pub statuses: Vec<StatusOut>,
    /// Sources of an unknown cut.
    pub sources: Vec<String>,
    /// Caveat.
    pub note: Option<Texts>,
}

/// A checked compensation.
#[derive(Debug, Clone, PartialEq)]
pub struct CompensationOut {
    /// Provider.
    pub label: Texts,
    /// Places.
    pub places: Figure,
    /// Start.
    pub from: (u16, u8),
    /// Last year.
    pub ends_after: Option<u16>,
    /// Confirmed by the buyer.
    pub end_confirmed: bool,
    /// Dated statuses, oldest first.
    pub statuses: Vec<StatusOut>,
}

/// A checked region.
#[derive(Debug, Clone, PartialEq)]
pub struct RegionOut {
    /// Stable id.
    pub id: String,
    /// `None` = estimate from activity.
    pub places_before: Option<Figure>,
    /// Private share.
    pub private_share_pct: Option<Figure>,
    /// The yearly frame of the region's contracted places, million kroner.
    pub contract_frame_mnok: Option<Figure>,
    /// FBV share.
    pub fbv_share_pct: Figure,
    /// Cuts.
    pub cuts: Vec<CutOut>,
    /// Compensation.
    pub compensation: Vec<CompensationOut>,
    /// NPR whole-year inpatient days from the first year on.
    pub inpatient_days: Vec<u32>,
    /// Population 1 January, one entry a year from the municipality file's year on.
    pub population: Vec<u64>,
    /// NPR whole-year patients in inpatient treatment from the first year on.
    pub inpatients: Vec<u32>,
}

/// Everything the build generates the dataset from.
#[derive(Debug, Clone, PartialEq)]
pub struct Validated {
    /// id, publisher, title, date, url, note.
    pub sources: Vec<SourceToOut>,
    /// Reference year.
    pub reference_year: u16,
    /// After year.
    pub after_year: u16,
    /// First and last year of the year selector.
    pub years: (u16, u16),
    /// Sources of Helse Sør-Øst's "at least as many patients".
    pub hso_stay_sources: Vec<String>,
    /// Assumption defaults: stay before, stay after (months), cost per place-year (mill. kr).
    pub assumptions: [Figure; 3],
    /// National figures in the order places, cut_named, private_share_pct,
    /// fbv_payments_mnok, projection_pct.
    pub national: [Figure; 5],
    /// Occupancy 2004: days, places, year, sources.
    pub occupancy_low: (u32, u32, u16, Vec<String>),
    /// FBV end.
    pub fbv_ended: (u16, u8),
    /// Months of transition after the end.
    pub fbv_transition: u8,
    /// The closure's dated statuses.
    pub fbv_status: Vec<StatusOut>,
    /// First year of each region's `population`.
    pub population_first_year: u16,
    /// NPR's national patients in inpatient treatment from the first NPR year.
    pub national_inpatients: Vec<u32>,
    /// FBV inpatient days 2021, low, high.
    pub fbv: [Figure; 3],
    /// Regions in REGION_IDS order.
    pub regions: Vec<RegionOut>,
    /// First NPR year.
    pub npr_first_year: u16,
    /// Raw files: name, sha256, source, licence.
    pub files: Vec<(String, String, String, String)>,
    /// The map's outlines.
    pub map: MapOut,
    /// Short id derived from the seeds' contents.
    pub release: String,
    /// The date this data release was put together, `YYYY-MM-DD`.
    pub release_date: String,
}

/// The checked map: frame size, source, method, and per region (REGION_IDS order) its path
/// and label point.
#[derive(Debug, Clone, PartialEq)]
pub struct MapOut {
    /// Frame width and height in map units.
    pub size: (u32, u32),
    /// The source id of the boundaries.
    pub source: String,
    /// How the outlines were made, in bokmål, nynorsk and English.
    pub method: Texts,
    /// Path data and label point per region.
    pub regions: Vec<(String, (u32, u32))>,
}

/// A checked source.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceToOut {
    /// Stable id.
    pub id: String,
    /// Publisher.
    pub publisher: String,
    /// Title.
    pub title: String,
    /// Date.
    pub date: String,
    /// Address.
    pub url: Option<String>,
    /// For maintainers; kept in the seeds, not shipped (the widget does not show it).
    pub note: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Checking.

struct Doc<'a> {
    file: String,
    text: &'a str,
}

impl Doc<'_> {
    fn line(&self, offset: usize) -> usize {
        self.text
            .get(..offset)
            .map_or(1, |head| head.matches('\n').count() + 1)
    }

    fn err(&self, offset: usize, message: impl Into<String>) -> SeedError {
        SeedError {
            file: self.file.clone(),
            line: self.line(offset),
            message: message.into(),
        }
    }

    fn parse<T: for<'de> Deserialize<'de>>(&self) -> Result<T, SeedError> {
        toml::from_str(self.text).map_err(|e| {
            let offset = e.span().map_or(0, |s| s.start);
            self.err(offset, e.message().trim().to_string())
        })
    }
}

struct Checker<'a> {
    source_ids: Vec<String>,
    cited: Vec<String>,
    errors: Vec<SeedError>,
    doc: &'a Doc<'a>,
}

impl Checker<'_> {
    fn cite(&mut self, at: usize, path: &str, ids: &[String]) -> bool {
        if ids.is_empty() {
            self.errors
                .push(self.doc.err(at, format!("missing source in {path}")));
            return false;
        }
        let mut ok = true;
        for id in ids {
            if self.source_ids.contains(id) {
                self.cited.push(id.clone());
            } else {
                self.errors.push(
                    self.doc
                        .err(at, format!("unknown source id \"{id}\" in {path}")),
                );
                ok = false;
            }
        }
        ok
    }

    fn kind(&mut self, at: usize, path: &str, kind: Option<&str>) -> Option<usize> {
        match kind {
            None => {
                self.errors
                    .push(self.doc.err(at, format!("missing kind in {path}")));
                None
            }
            Some(k) => {
                let found = KINDS.iter().position(|known| *known == k);
                if found.is_none() {
                    self.errors.push(self.doc.err(
                        at,
                        format!(
                            "unknown kind \"{k}\" in {path} (expected reported, derived, estimate or assumption)"
                        ),
                    ));
                }
                found
            }
        }
    }

    /// Checks value, range, kind, sources and method; `signed` allows negative values.
    fn figure(&mut self, fig: &Spanned<FigToml>, path: &str, signed: bool) -> Option<Figure> {
        let at = fig.span().start;
        let f = fig.get_ref();
        let kind = self.kind(at, path, f.kind.as_deref());
        let cited = self.cite(at, path, &f.sources);
        let Some(value) = f.value else {
            self.errors
                .push(self.doc.err(at, format!("missing value in {path}")));
            return None;
        };
        let mut ok = kind.is_some() && cited;
        for (name, x) in [("value", Some(value)), ("low", f.low), ("high", f.high)] {
            if let Some(x) = x {
                if !x.is_finite() || (!signed && x < 0.0) {
                    self.errors.push(self.doc.err(
                        at,
                        format!("{name} {x} in {path} must be a finite number of at least 0"),
                    ));
                    ok = false;
                }
            }
        }
        if let Some(low) = f.low.filter(|low| *low > value) {
            self.errors.push(
                self.doc
                    .err(at, format!("low {low} is above value {value} in {path}")),
            );
            ok = false;
        }
        if let Some(high) = f.high.filter(|high| *high < value) {
            self.errors.push(
                self.doc
                    .err(at, format!("value {value} is above high {high} in {path}")),
            );
            ok = false;
        }
        if let Some(k) = kind.filter(|k| *k >= 2) {
            if f.method.as_deref().is_none_or(|m| m.trim().is_empty()) {
                self.errors.push(self.doc.err(
                    at,
                    format!(
                        "missing method in {path} (required for kind \"{}\")",
                        KINDS[k]
                    ),
                ));
                ok = false;
            }
        }
        let note = self.texts(at, path, "note", [&f.note, &f.note_nn, &f.note_en]);
        let method = self.texts(at, path, "method", [&f.method, &f.method_nn, &f.method_en]);
        ok.then(|| Figure {
            value,
            low: f.low,
            high: f.high,
            kind: kind.unwrap_or(0),
            sources: f.sources.clone(),
            note,
            method,
        })
    }

    /// A text with its nynorsk and English versions, or `None` without the bokmål one. A
    /// missing or empty translation is an error naming the key.
    fn texts(
        &mut self,
        at: usize,
        path: &str,
        key: &str,
        [nb, nn, en]: [&Option<String>; 3],
    ) -> Option<Texts> {
        let nb = nb.clone()?;
        let mut translated = |lang: &str, text: &Option<String>| match text {
            Some(t) if !t.trim().is_empty() => t.clone(),
            _ => {
                self.errors
                    .push(self.doc.err(at, format!("missing {key}_{lang} in {path}")));
                nb.clone()
            }
        };
        let nn = translated("nn", nn);
        let en = translated("en", en);
        Some([nb, nn, en])
    }

    fn year_month(&mut self, at: usize, path: &str, text: &str) -> Option<(u16, u8)> {
        let parsed = text.split_once('-').and_then(|(y, m)| {
            let y: u16 = y.parse().ok()?;
            let m: u8 = m.parse().ok()?;
            ((1900..=2100).contains(&y) && (1..=12).contains(&m) && text.len() == 7)
                .then_some((y, m))
        });
        if parsed.is_none() {
            self.errors.push(self.doc.err(
                at,
                format!("invalid month \"{text}\" in {path} (expected YYYY-MM)"),
            ));
        }
        parsed
    }

    /// Checks a list of dated statuses: at least one, known states, dates in order, sources.
    fn statuses(&mut self, at: usize, path: &str, list: &[StatusToml]) -> Option<Vec<StatusOut>> {
        if list.is_empty() {
            self.errors.push(self.doc.err(
                at,
                format!("missing status in {path} (at least one dated status with its source)"),
            ));
            return None;
        }
        let mut out = Vec::new();
        let mut ok = true;
        let mut last = String::new();
        for st in list {
            let state = STATES.iter().position(|s| *s == st.state);
            if state.is_none() {
                self.errors.push(self.doc.err(
                    at,
                    format!(
                        "unknown state \"{}\" in {path} (expected {})",
                        st.state,
                        STATES.join(", ")
                    ),
                ));
                ok = false;
            }
            let date_ok = match st.date.len() {
                4 => st.date.parse::<u16>().is_ok(),
                7 => st.date.split_once('-').is_some_and(|(y, m)| {
                    y.parse::<u16>().is_ok() && m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
                }),
                10 => is_iso_date(&st.date),
                _ => false,
            };
            if !date_ok {
                self.errors.push(self.doc.err(
                    at,
                    format!(
                        "invalid status date \"{}\" in {path} (expected YYYY, YYYY-MM or YYYY-MM-DD)",
                        st.date
                    ),
                ));
                ok = false;
            } else if st.date < last {
                self.errors.push(self.doc.err(
                    at,
                    format!("statuses out of order in {path}: {} after {last}", st.date),
                ));
                ok = false;
            }
            last.clone_from(&st.date);
            ok &= self.cite(at, path, &st.sources);
            if st.quote.as_deref().is_some_and(|q| q.trim().is_empty()) {
                self.errors
                    .push(self.doc.err(at, format!("empty quote in {path}")));
                ok = false;
            }
            out.push(StatusOut {
                date: st.date.clone(),
                state: state.unwrap_or(0),
                sources: st.sources.clone(),
                quote: st.quote.clone(),
            });
        }
        ok.then_some(out)
    }

    fn cut(&mut self, fig: &Spanned<FigToml>, path: &str) -> Option<CutOut> {
        let at = fig.span().start;
        let f = fig.get_ref();
        let label = f.label.clone().filter(|l| !l.trim().is_empty());
        let Some(label) = self.texts(at, path, "label", [&label, &f.label_nn, &f.label_en]) else {
            self.errors
                .push(self.doc.err(at, format!("missing label in {path}")));
            return None;
        };
        let note = self.texts(at, path, "note", [&f.note, &f.note_nn, &f.note_en]);
        let effective = match f.effective.as_deref() {
            Some(text) => Some(self.year_month(at, path, text)?),
            None => None,
        };
        let statuses = self.statuses(at, path, &f.status)?;
        let ramp_months = f.ramp_months.unwrap_or(0);
        if ramp_months > 60 {
            self.errors.push(self.doc.err(
                at,
                format!("ramp_months {ramp_months} in {path} is over 60"),
            ));
            return None;
        }
        if f.unknown {
            if f.value.is_some() {
                self.errors.push(
                    self.doc
                        .err(at, format!("{path} is marked unknown but has a value")),
                );
                return None;
            }
            self.cite(at, path, &f.sources);
            return Some(CutOut {
                label,
                places: None,
                before_after: None,
                effective,
                ramp_months,
                shortens_stays: f.shortens_stays,
                statuses,
                sources: f.sources.clone(),
                note,
            });
        }
        let places = self.figure(fig, path, false)?;
        let before_after = match (f.before, f.after) {
            (Some(b), Some(a)) => {
                let declared = f64::from(b) - f64::from(a);
                if declared != places.value {
                    self.errors.push(self.doc.err(
                        at,
                        format!(
                            "declared sum does not add up in {path}: before − after = {b} − {a} = {declared}, but value is {}",
                            places.value
                        ),
                    ));
                    return None;
                }
                Some((b, a))
            }
            (None, None) => None,
            _ => {
                self.errors.push(self.doc.err(
                    at,
                    format!("{path} needs both before and after, or neither"),
                ));
                return None;
            }
        };
        Some(CutOut {
            label,
            places: Some(places),
            before_after,
            effective,
            ramp_months,
            shortens_stays: f.shortens_stays,
            statuses,
            sources: Vec::new(),
            note,
        })
    }

    fn compensation(&mut self, fig: &Spanned<FigToml>, path: &str) -> Option<CompensationOut> {
        let at = fig.span().start;
        let f = fig.get_ref();
        let label = self
            .texts(at, path, "label", [&f.label, &f.label_nn, &f.label_en])
            .unwrap_or_default();
        let places = self.figure(fig, path, false)?;
        let Some(from) = f.from.as_deref() else {
            self.errors
                .push(self.doc.err(at, format!("missing from in {path}")));
            return None;
        };
        let from = self.year_month(at, path, from)?;
        let statuses = self.statuses(at, path, &f.status)?;
        Some(CompensationOut {
            label,
            places,
            from,
            ends_after: f.ends_after,
            end_confirmed: f.end_confirmed,
            statuses,
        })
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn region_index(id: &str) -> Option<usize> {
    REGION_IDS.iter().position(|r| *r == id)
}

fn unknown_region(doc: &Doc, at: usize, id: &str, what: &str) -> SeedError {
    doc.err(
        at,
        format!(
            "unknown region \"{id}\" in {what} (expected helse-sor-ost, helse-vest, helse-midt-norge or helse-nord)"
        ),
    )
}

fn raw<'a>(
    files: &SeedFiles<'a>,
    doc: &Doc,
    at: usize,
    name: &str,
    sha: &str,
) -> Result<&'a [u8], SeedError> {
    let bytes = files
        .raw
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, b)| *b)
        .ok_or_else(|| doc.err(at, format!("missing raw file seeds/{name}")))?;
    let found = sha256_hex(bytes);
    if found != sha {
        return Err(doc.err(
            at,
            format!("checksum mismatch for seeds/{name}: expected {sha}, found {found}"),
        ));
    }
    Ok(bytes)
}

/// An error about a row of a raw file. A row that is missing has no line of its own: such
/// errors name line 1, the header.
fn raw_error(file: &str, line: u64, message: String) -> SeedError {
    SeedError {
        file: file.to_owned(),
        line: usize::try_from(line.max(1)).unwrap_or(usize::MAX),
        message,
    }
}

/// A raw CSV's reader, and the positions of the columns it must have, by name.
fn csv_columns<'b, const N: usize>(
    file: &str,
    bytes: &'b [u8],
    delimiter: u8,
    names: [&str; N],
) -> Result<(csv::Reader<&'b [u8]>, [usize; N]), SeedError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(bytes);
    let headers = reader
        .headers()
        .map_err(|e| raw_error(file, 1, format!("unreadable header: {e}")))?
        .clone();
    let mut positions = [0; N];
    for (slot, name) in positions.iter_mut().zip(names) {
        *slot = headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| raw_error(file, 1, format!("missing column \"{name}\"")))?;
    }
    Ok((reader, positions))
}

/// A row of a raw CSV and its line, or why it could not be read.
fn row(
    file: &str,
    record: Result<csv::StringRecord, csv::Error>,
) -> Result<(csv::StringRecord, u64), SeedError> {
    let record = record.map_err(|e| {
        raw_error(
            file,
            e.position().map_or(0, |p| p.line()),
            format!("unreadable row: {e}"),
        )
    })?;
    let line = record.position().map_or(0, |p| p.line());
    Ok((record, line))
}

/// Which region each county belongs to, from a `counties` table of files.toml.
fn county_regions<'a>(
    counties: &'a BTreeMap<String, Vec<String>>,
    doc: &Doc,
    at: usize,
    what: &str,
) -> Result<BTreeMap<&'a str, usize>, SeedError> {
    let mut county_region = BTreeMap::new();
    for (id, list) in counties {
        let index = region_index(id).ok_or_else(|| unknown_region(doc, at, id, what))?;
        for c in list {
            county_region.insert(c.as_str(), index);
        }
    }
    Ok(county_region)
}

/// NPR whole-year inpatient days and patients in inpatient treatment per region from
/// `first_year` to `last_year`; checks that the national row equals the sum of the regions in
/// every year (days only: a patient treated with two home regions in a year is counted once
/// nationally).
type NprTables = (Vec<Vec<u32>>, Vec<Vec<u32>>);

fn npr_days(npr: &NprFileToml, bytes: &[u8]) -> Result<NprTables, SeedError> {
    let file = format!("seeds/{}", npr.file);
    let fail = |line: u64, message: String| raw_error(&file, line, message);
    let (mut reader, [c_year, c_period, c_region, c_days, c_patients]) = csv_columns(
        &file,
        bytes,
        b';',
        [
            "År",
            "Periode",
            "Bostedsregion",
            "Antall oppholdsdøgn",
            "Antall pasienter i døgnbehandling",
        ],
    )?;
    let years = usize::from(npr.last_year.saturating_sub(npr.first_year)) + 1;
    // Index 0..4: the regions; 4: the national row (for patients not the regions' sum: a
    // patient with two home regions in a year is one national patient).
    let mut days: Vec<Vec<Option<(u32, u64)>>> = vec![vec![None; years]; 5];
    let mut patients: Vec<Vec<u32>> = vec![vec![0; years]; 5];
    for record in reader.records() {
        let (record, line) = row(&file, record)?;
        if record.get(c_period) != Some("hele året") {
            continue;
        }
        let Some(year) = record.get(c_year).and_then(|y| y.parse::<u16>().ok()) else {
            return Err(fail(line, "year is not a number".to_string()));
        };
        if year < npr.first_year || year > npr.last_year {
            continue;
        }
        let name = record.get(c_region).unwrap_or("");
        let slot = if name == npr.national {
            4
        } else {
            match npr.regions.iter().find(|(_, n)| n.as_str() == name) {
                Some((id, _)) => region_index(id)
                    .ok_or_else(|| fail(line, format!("unknown region \"{id}\"")))?,
                None => return Err(fail(line, format!("unknown home region \"{name}\""))),
            }
        };
        let text = record.get(c_days).unwrap_or("");
        let value: u32 = text.parse().map_err(|_| {
            fail(
                line,
                format!("inpatient days {year} for {name} are \"{text}\", not a whole number"),
            )
        })?;
        days[slot][usize::from(year - npr.first_year)] = Some((value, line));
        {
            let text = record.get(c_patients).unwrap_or("");
            patients[slot][usize::from(year - npr.first_year)] = text.parse().map_err(|_| {
                fail(
                    line,
                    format!("patients in inpatient treatment {year} for {name} are \"{text}\", not a whole number"),
                )
            })?;
        }
    }
    for (i, year) in (npr.first_year..=npr.last_year).enumerate() {
        let mut sum = 0u64;
        for (slot, id) in REGION_IDS.iter().enumerate() {
            match days[slot][i] {
                Some((v, _)) => sum += u64::from(v),
                None => {
                    return Err(fail(
                        1,
                        format!("no whole-year inpatient days for {id} in {year}: no such row"),
                    ))
                }
            }
        }
        match days[4][i] {
            Some((national, line)) if u64::from(national) != sum => {
                return Err(fail(
                    line,
                    format!(
                        "inpatient days {year} for {} ({national}) do not equal the sum of the regions ({sum})",
                        npr.national
                    ),
                ))
            }
            None => return Err(fail(1, format!("no whole-year inpatient days for {} in {year}: no such row", npr.national))),
            _ => {}
        }
    }
    let days = days
        .into_iter()
        .take(4)
        .map(|row| row.into_iter().map(|d| d.map_or(0, |(v, _)| v)).collect())
        .collect();
    Ok((days, patients))
}

/// Population 1 January per region for each year of the county file; checks that every row's
/// county belongs to a region and that the counties add up to Norway's declared total.
fn population_later(
    pop: &CountyFileToml,
    bytes: &[u8],
    doc: &Doc,
    at: usize,
) -> Result<Vec<[u64; 4]>, SeedError> {
    let file = format!("seeds/{}", pop.file);
    let fail = |line: u64, message: String| raw_error(&file, line, message);
    let county_region = county_regions(&pop.counties, doc, at, "population_later.counties")?;
    let years = usize::from(pop.last_year.saturating_sub(pop.first_year)) + 1;
    let mut totals = vec![[0u64; 4]; years];
    let mut seen = vec![false; years];
    let (mut reader, [c_year, c_county, c_pop]) =
        csv_columns(&file, bytes, b';', ["year", "county_id", "population"])?;
    for record in reader.records() {
        let (record, line) = row(&file, record)?;
        let text = record.get(c_year).unwrap_or("");
        let year: u16 = text
            .parse()
            .map_err(|_| fail(line, format!("year \"{text}\" is not a number")))?;
        if year < pop.first_year || year > pop.last_year {
            return Err(fail(
                line,
                format!(
                    "year {year} lies outside {}–{}",
                    pop.first_year, pop.last_year
                ),
            ));
        }
        let text = record.get(c_pop).unwrap_or("");
        let n: u64 = text
            .parse()
            .map_err(|_| fail(line, format!("population \"{text}\" is not a whole number")))?;
        let county = record.get(c_county).unwrap_or("");
        let Some(&i) = county_region.get(county) else {
            return Err(fail(
                line,
                format!("county \"{county}\" belongs to no region"),
            ));
        };
        let y = usize::from(year - pop.first_year);
        totals[y][i] += n;
        seen[y] = true;
    }
    for (y, year) in (pop.first_year..=pop.last_year).enumerate() {
        let found: u64 = totals[y].iter().sum();
        match pop.declared_norge.get(&year.to_string()) {
            _ if !seen[y] => {
                return Err(fail(1, format!("no population rows for {year}: no such row")))
            }
            Some(declared) if *declared == found => {}
            Some(declared) => {
                return Err(doc.err(
                    at,
                    format!(
                        "declared sum does not add up in population_later.declared_norge: {year} is {declared}, but the counties sum to {found}"
                    ),
                ))
            }
            None => {
                return Err(doc.err(
                    at,
                    format!("missing {year} in population_later.declared_norge"),
                ))
            }
        }
    }
    Ok(totals)
}

/// Population per region in `pop.year`, from the municipality rows (`ssb_id` starting `K-`).
fn population(
    pop: &PopulationFileToml,
    bytes: &[u8],
    doc: &Doc,
    at: usize,
) -> Result<[u64; 4], SeedError> {
    let file = format!("seeds/{}", pop.file);
    let fail = |line: u64, message: String| raw_error(&file, line, message);
    let county_region = county_regions(&pop.counties, doc, at, "population.counties")?;
    let (mut reader, [c_ssb, c_county, c_year, c_pop]) = csv_columns(
        &file,
        bytes,
        b',',
        ["ssb_id", "county_id", "year", "population"],
    )?;
    let mut totals = [0u64; 4];
    let year = pop.year.to_string();
    for record in reader.records() {
        let (record, line) = row(&file, record)?;
        if record.get(c_year) != Some(year.as_str())
            || !record.get(c_ssb).unwrap_or("").starts_with("K-")
        {
            continue;
        }
        let text = record.get(c_pop).unwrap_or("");
        let n: u64 = text
            .parse()
            .map_err(|_| fail(line, format!("population \"{text}\" is not a whole number")))?;
        let county = record.get(c_county).unwrap_or("");
        match county_region.get(county) {
            Some(&i) => totals[i] += n,
            None if n == 0 => {}
            None => {
                return Err(fail(
                    line,
                    format!("county \"{county}\" belongs to no region but has {n} inhabitants"),
                ))
            }
        }
    }
    let national: u64 = totals.iter().sum();
    for (id, declared) in &pop.declared {
        let found = if id == "norge" {
            national
        } else {
            let i = region_index(id)
                .ok_or_else(|| unknown_region(doc, at, id, "population.declared"))?;
            totals[i]
        };
        if found != *declared {
            return Err(doc.err(
                at,
                format!(
                    "declared sum does not add up in population.declared: {id} is {declared}, but the municipalities of {} sum to {found}",
                    pop.year
                ),
            ));
        }
    }
    Ok(totals)
}

/// Checks every seed file; returns the dataset to generate, or every error found.
pub fn validate(files: &SeedFiles) -> Result<Validated, Vec<SeedError>> {
    let src_doc = Doc {
        file: "seeds/sources.toml".into(),
        text: files.sources,
    };
    let fig_doc = Doc {
        file: "seeds/figures.toml".into(),
        text: files.figures,
    };
    let files_doc = Doc {
        file: "seeds/files.toml".into(),
        text: files.files,
    };
    let map_doc = Doc {
        file: "seeds/map.toml".into(),
        text: files.map,
    };
    let sources_toml: SourcesToml = src_doc.parse().map_err(|e| vec![e])?;
    let figures: FiguresToml = fig_doc.parse().map_err(|e| vec![e])?;
    let raw_files: FilesToml = files_doc.parse().map_err(|e| vec![e])?;

    let mut errors = Vec::new();
    let mut sources = Vec::new();
    for s in &sources_toml.source {
        let at = s.span().start;
        let s = s.get_ref();
        if sources.iter().any(|known: &SourceToOut| known.id == s.id) {
            errors.push(src_doc.err(at, format!("duplicate source id \"{}\"", s.id)));
        }
        if let Some(url) = s.url.as_deref().filter(|u| !u.starts_with("https://")) {
            errors.push(src_doc.err(
                at,
                format!(
                    "url of source \"{}\" must start with https:// (found \"{url}\")",
                    s.id
                ),
            ));
        }
        for (name, text) in [
            ("publisher", &s.publisher),
            ("title", &s.title),
            ("date", &s.date),
        ] {
            if text.trim().is_empty() {
                errors.push(src_doc.err(at, format!("empty {name} in source \"{}\"", s.id)));
            }
        }
        sources.push(SourceToOut {
            id: s.id.clone(),
            publisher: s.publisher.clone(),
            title: s.title.clone(),
            date: s.date.clone(),
            url: s.url.clone(),
            note: s.note.clone(),
        });
    }

    // The model keeps a figure's sources as bits of a u64.
    if sources.len() > 64 {
        errors.push(src_doc.err(
            0,
            format!(
                "{} sources listed; at most 64 fit the model's source sets",
                sources.len()
            ),
        ));
    }
    let mut check = Checker {
        source_ids: sources.iter().map(|s| s.id.clone()).collect(),
        cited: Vec::new(),
        errors,
        doc: &fig_doc,
    };

    let n = figures.national.get_ref();
    let national = [
        check.figure(&n.places, "national.places", false),
        check.figure(&n.cut_named, "national.cut_named", false),
        check.figure(&n.private_share_pct, "national.private_share_pct", false),
        check.figure(&n.fbv_payments_mnok, "national.fbv_payments_mnok", false),
        check.figure(&n.projection_pct, "national.projection_pct", true),
    ];

    let a = figures.assumptions.get_ref();
    let a_at = figures.assumptions.span().start;
    let assumptions = [
        check.figure(
            &a.stay_before_months,
            "assumptions.stay_before_months",
            false,
        ),
        check.figure(&a.stay_after_months, "assumptions.stay_after_months", false),
        check.figure(
            &a.cost_per_place_mnok,
            "assumptions.cost_per_place_mnok",
            false,
        ),
    ];
    check.cite(a_at, "assumptions.hso_stay_sources", &a.hso_stay_sources);
    for (fig, path) in [
        (&a.stay_before_months, "assumptions.stay_before_months"),
        (&a.stay_after_months, "assumptions.stay_after_months"),
    ] {
        let low = fig.get_ref().low.or(fig.get_ref().value);
        if low.is_some_and(|low| low <= 0.0) {
            check
                .errors
                .push(fig_doc.err(fig.span().start, format!("{path} must be above 0 months")));
        }
    }
    if a.first_year != figures.reference_year
        || a.last_year < figures.after_year
        || a.last_year > a.first_year + 10
    {
        check.errors.push(fig_doc.err(
            a_at,
            format!(
                "assumptions years {}–{} must start at the reference year {} and reach the after year {} (at most ten years)",
                a.first_year, a.last_year, figures.reference_year, figures.after_year
            ),
        ));
    }

    let occ = &figures.occupancy.low_2004;
    check.kind(
        occ.span().start,
        "occupancy.low_2004",
        Some(&occ.get_ref().kind),
    );
    check.cite(
        occ.span().start,
        "occupancy.low_2004",
        &occ.get_ref().sources,
    );
    if occ.get_ref().places == 0 {
        check
            .errors
            .push(fig_doc.err(occ.span().start, "occupancy.low_2004 needs places above 0"));
    }

    let fbv = figures.fbv.get_ref();
    let fbv_at = figures.fbv.span().start;
    let fbv_ended = check.year_month(fbv_at, "fbv.ended", &fbv.ended);
    let fbv_status = check.statuses(fbv_at, "fbv", &fbv.status);
    if fbv.transition_months > 60 {
        check.errors.push(fig_doc.err(
            fbv_at,
            format!("fbv.transition_months {} is over 60", fbv.transition_months),
        ));
    }
    let release_date = figures.release_date.get_ref();
    if !is_iso_date(release_date) {
        check.errors.push(fig_doc.err(
            figures.release_date.span().start,
            format!("invalid release_date \"{release_date}\" (expected YYYY-MM-DD)"),
        ));
    }
    let fbv_figs = [
        check.figure(&fbv.inpatient_days_2021, "fbv.inpatient_days_2021", false),
        check.figure(&fbv.low, "fbv.low", false),
        check.figure(&fbv.high, "fbv.high", false),
    ];
    if let [_, Some(low), Some(high)] = &fbv_figs {
        if low.value > high.value {
            check.errors.push(fig_doc.err(
                fbv_at,
                format!("low {} is above high {} in fbv", low.value, high.value),
            ));
        }
    }
    let mut shares: [Option<Figure>; 4] = Default::default();
    for (id, fig) in &fbv.share {
        let path = format!("fbv.share.{id}");
        match region_index(id) {
            Some(i) => shares[i] = check.figure(fig, &path, false),
            None => check
                .errors
                .push(unknown_region(&fig_doc, fig.span().start, id, "fbv.share")),
        }
    }
    let share_sum: f64 = shares.iter().flatten().map(|f| f.value).sum();
    if shares.iter().all(Option::is_some) && (share_sum - fbv.share_total).abs() > 1e-9 {
        check.errors.push(fig_doc.err(
            fbv_at,
            format!("declared sum does not add up in fbv.share: the shares add up to {share_sum}, not the declared {}", fbv.share_total),
        ));
    }
    for (i, id) in REGION_IDS.iter().enumerate() {
        if shares[i].is_none() && !fbv.share.contains_key(*id) {
            check
                .errors
                .push(fig_doc.err(fbv_at, format!("missing region \"{id}\" in fbv.share")));
        }
    }

    // Raw files before regions, which need their tables.
    let npr = raw_files.npr.get_ref();
    let pop = raw_files.population.get_ref();
    let later = raw_files.population_later.get_ref();
    let npr_at = raw_files.npr.span().start;
    let pop_at = raw_files.population.span().start;
    let later_at = raw_files.population_later.span().start;
    if later.first_year != pop.year + 1 {
        check.errors.push(files_doc.err(
            later_at,
            format!(
                "population_later must start the year after population ({}), not {}",
                pop.year + 1,
                later.first_year
            ),
        ));
    }
    for (at, id, path) in [
        (npr_at, &npr.source, "npr"),
        (pop_at, &pop.source, "population"),
        (later_at, &later.source, "population_later"),
    ] {
        if check.source_ids.contains(id) {
            check.cited.push(id.clone());
        } else {
            check
                .errors
                .push(files_doc.err(at, format!("unknown source id \"{id}\" in {path}")));
        }
    }
    let tables = raw(files, &files_doc, npr_at, &npr.file, &npr.sha256)
        .and_then(|b| npr_days(npr, b))
        .and_then(|npr_tables| {
            raw(files, &files_doc, pop_at, &pop.file, &pop.sha256)
                .and_then(|b| population(pop, b, &files_doc, pop_at))
                .map(|people| (npr_tables, people))
        })
        .and_then(|(npr_tables, people)| {
            raw(files, &files_doc, later_at, &later.file, &later.sha256)
                .and_then(|b| population_later(later, b, &files_doc, later_at))
                .map(|more| {
                    let by_region: Vec<Vec<u64>> = (0..4)
                        .map(|i| {
                            std::iter::once(people[i])
                                .chain(more.iter().map(|y| y[i]))
                                .collect()
                        })
                        .collect();
                    (npr_tables, by_region)
                })
        });
    let ((days, mut inpatients), people) = match tables {
        Ok(t) => t,
        Err(e) => {
            check.errors.push(e);
            (
                (vec![Vec::new(); 4], vec![Vec::new(); 4]),
                vec![Vec::new(); 4],
            )
        }
    };

    let national_inpatients = if inpatients.len() > 4 {
        inpatients.remove(4)
    } else {
        Vec::new()
    };
    let mut regions: [Option<RegionOut>; 4] = Default::default();
    for region in &figures.region {
        let at = region.span().start;
        let r = region.get_ref();
        let Some(i) = region_index(&r.id) else {
            check
                .errors
                .push(unknown_region(&fig_doc, at, &r.id, "region"));
            continue;
        };
        if regions[i].is_some() {
            check
                .errors
                .push(fig_doc.err(at, format!("region \"{}\" is listed twice", r.id)));
            continue;
        }
        let path = |what: &str| format!("region {} {what}", r.id);
        let pb = r.places_before.get_ref();
        let places_before = match (pb.estimate.as_deref(), pb.value) {
            (Some("activity"), None) => None,
            (Some(other), None) => {
                check.errors.push(fig_doc.err(
                    r.places_before.span().start,
                    format!(
                        "unknown estimate \"{other}\" in {} (expected \"activity\")",
                        path("places_before")
                    ),
                ));
                None
            }
            _ => check.figure(&r.places_before, &path("places_before"), false),
        };
        let private_share_pct = r
            .private_share_pct
            .as_ref()
            .and_then(|f| check.figure(f, &path("private_share_pct"), false));
        let contract_frame_mnok = r
            .contract_frame_mnok
            .as_ref()
            .and_then(|f| check.figure(f, &path("contract_frame_mnok"), false));
        let cuts = r
            .cut
            .iter()
            .enumerate()
            .filter_map(|(k, c)| check.cut(c, &path(&format!("cut {}", k + 1))))
            .collect();
        let compensation = r
            .compensation
            .iter()
            .enumerate()
            .filter_map(|(k, c)| check.compensation(c, &path(&format!("compensation {}", k + 1))))
            .collect();
        regions[i] = Some(RegionOut {
            id: r.id.clone(),
            places_before,
            private_share_pct,
            contract_frame_mnok,
            fbv_share_pct: shares[i].clone().unwrap_or(Figure {
                value: 0.0,
                low: None,
                high: None,
                kind: 0,
                sources: Vec::new(),
                note: None,
                method: None,
            }),
            cuts,
            compensation,
            inpatient_days: days.get(i).cloned().unwrap_or_default(),
            population: people.get(i).cloned().unwrap_or_default(),
            inpatients: inpatients.get(i).cloned().unwrap_or_default(),
        });
    }
    for (i, id) in REGION_IDS.iter().enumerate() {
        if regions[i].is_none() && !figures.region.iter().any(|r| r.get_ref().id == *id) {
            check
                .errors
                .push(fig_doc.err(1, format!("missing region \"{id}\"")));
        }
    }
    if figures.after_year < figures.reference_year
        || figures.reference_year < npr.first_year
        || figures.after_year > npr.last_year
    {
        check.errors.push(fig_doc.err(
            1,
            format!(
                "years {}–{} must lie within the NPR years {}–{}",
                figures.reference_year, figures.after_year, npr.first_year, npr.last_year
            ),
        ));
    }

    let map = match check_map(&map_doc, &check.source_ids) {
        Ok(map) => {
            check.cited.push(map.source.clone());
            Some(map)
        }
        Err(errs) => {
            check.errors.extend(errs);
            None
        }
    };
    for s in &sources_toml.source {
        let id = &s.get_ref().id;
        if !check.cited.contains(id) {
            check
                .errors
                .push(src_doc.err(s.span().start, format!("source \"{id}\" is never cited")));
        }
    }

    let a_years = (a.first_year, a.last_year);
    let a_sources = a.hso_stay_sources.clone();
    let Checker { errors, .. } = check;
    if !errors.is_empty() {
        return Err(errors);
    }
    let flat = |f: Option<Figure>| f.ok_or_else(Vec::new);
    let national = national.map(flat);
    let fbv_figs = fbv_figs.map(flat);
    let [a, b, c, d, e] = national;
    let [f, g, h] = fbv_figs;
    let [sb, sa, cost] = assumptions.map(flat);
    let release = {
        let mut hasher = Sha256::new();
        for part in [
            files.sources.as_bytes(),
            files.figures.as_bytes(),
            files.files.as_bytes(),
            files.map.as_bytes(),
        ] {
            hasher.update(part);
        }
        let hex: String = hasher
            .finalize()
            .iter()
            .take(4)
            .map(|b| format!("{b:02x}"))
            .collect();
        hex
    };
    Ok(Validated {
        sources,
        reference_year: figures.reference_year,
        after_year: figures.after_year,
        years: (a_years.0, a_years.1),
        hso_stay_sources: a_sources,
        assumptions: [sb?, sa?, cost?],
        national: [a?, b?, c?, d?, e?],
        occupancy_low: (
            occ.get_ref().inpatient_days,
            occ.get_ref().places,
            occ.get_ref().year,
            occ.get_ref().sources.clone(),
        ),
        fbv_ended: fbv_ended.unwrap_or((0, 1)),
        fbv_transition: fbv.transition_months,
        fbv_status: fbv_status.unwrap_or_default(),
        population_first_year: pop.year,
        national_inpatients,
        fbv: [f?, g?, h?],
        regions: regions.into_iter().flatten().collect(),
        npr_first_year: npr.first_year,
        files: vec![
            (
                npr.file.clone(),
                npr.sha256.clone(),
                npr.source.clone(),
                npr.licence.clone(),
            ),
            (
                pop.file.clone(),
                pop.sha256.clone(),
                pop.source.clone(),
                pop.licence.clone(),
            ),
            (
                later.file.clone(),
                later.sha256.clone(),
                later.source.clone(),
                later.licence.clone(),
            ),
        ],
        map: map.ok_or_else(Vec::new)?,
        release,
        release_date: figures.release_date.get_ref().clone(),
    })
}

/// A calendar date written `YYYY-MM-DD` (days checked against the month, leap years included).
fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return false;
    }
    let (y, m, d): (u32, u32, u32) = match (y.parse(), m.parse(), d.parse()) {
        (Ok(y), Ok(m), Ok(d)) => (y, m, d),
        _ => return false,
    };
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1900..=2100).contains(&y) && (1..=days).contains(&d)
}

/// Checks one SVG path of the map: rings of `M x y`, then `L x y` at least twice, then `Z`,
/// with whole non-negative numbers inside the frame. Returns the reason it is not.
fn check_path(path: &str, (width, height): (u32, u32)) -> Result<(), String> {
    let bytes = path.as_bytes();
    let mut i = 0;
    let mut rings = 0;
    let number = |i: &mut usize| -> Option<u32> {
        let start = *i;
        while *i < bytes.len() && bytes[*i].is_ascii_digit() {
            *i += 1;
        }
        path.get(start..*i)?.parse().ok()
    };
    while i < bytes.len() {
        if bytes[i] != b'M' {
            return Err(format!("expected M at character {}", i + 1));
        }
        let mut points = 0;
        loop {
            i += 1;
            let at = i;
            let x = number(&mut i);
            let space = i < bytes.len() && bytes[i] == b' ';
            i += usize::from(space);
            let y = number(&mut i);
            match (x, space, y) {
                (Some(x), true, Some(y)) if x <= width && y <= height => points += 1,
                (Some(x), true, Some(y)) => {
                    return Err(format!(
                        "point {x} {y} at character {} lies outside the {width}×{height} frame",
                        at + 1
                    ))
                }
                _ => return Err(format!("expected \"x y\" at character {}", at + 1)),
            }
            match bytes.get(i) {
                Some(b'L') => continue,
                Some(b'Z') => break,
                _ => return Err(format!("expected L or Z at character {}", i + 1)),
            }
        }
        i += 1;
        if points < 3 {
            return Err(format!(
                "a ring ending at character {i} has fewer than 3 points"
            ));
        }
        rings += 1;
    }
    if rings == 0 {
        return Err("empty path".into());
    }
    Ok(())
}

/// Checks seeds/map.toml: a known source, a sane frame, each region once with its 2024
/// counties (none in two regions), a label point inside the frame and a well-formed path.
fn check_map(doc: &Doc, source_ids: &[String]) -> Result<MapOut, Vec<SeedError>> {
    let file: MapFileToml = doc.parse().map_err(|e| vec![e])?;
    let at = file.map.span().start;
    let map = file.map.get_ref();
    let mut errors = Vec::new();
    if !source_ids.contains(&map.source) {
        errors.push(doc.err(at, format!("unknown source id \"{}\" in map", map.source)));
    }
    for (name, text) in [
        ("input", &map.input),
        ("input_sha256", &map.input_sha256),
        ("tool", &map.tool),
        ("method", &map.method),
        ("method_nn", &map.method_nn),
        ("method_en", &map.method_en),
    ] {
        if text.trim().is_empty() {
            errors.push(doc.err(at, format!("empty {name} in map")));
        }
    }
    let size = (map.width, map.height);
    if !(50..=2000).contains(&map.width) || !(50..=2000).contains(&map.height) {
        errors.push(doc.err(
            at,
            format!(
                "map frame {}×{} must be 50 to 2000 units each way",
                map.width, map.height
            ),
        ));
    }
    let mut found: Vec<Option<(String, (u32, u32))>> = vec![None; REGION_IDS.len()];
    let mut counties: Vec<&str> = Vec::new();
    for r in &map.region {
        let at = r.span().start;
        let r = r.get_ref();
        let Some(index) = region_index(&r.id) else {
            errors.push(unknown_region(doc, at, &r.id, "map.region"));
            continue;
        };
        if found[index].is_some() {
            errors.push(doc.err(at, format!("region {} drawn twice in map", r.id)));
        }
        for c in &r.counties_2024 {
            if c.len() != 2 || !c.bytes().all(|b| b.is_ascii_digit()) {
                errors.push(doc.err(at, format!("county \"{c}\" of {} is not two digits", r.id)));
            } else if counties.contains(&c.as_str()) {
                errors.push(doc.err(at, format!("county {c} is in two regions of the map")));
            }
            counties.push(c);
        }
        let [x, y] = r.label;
        if x > map.width || y > map.height {
            errors.push(doc.err(
                at,
                format!("label {x} {y} of {} lies outside the map frame", r.id),
            ));
        }
        if let Err(reason) = check_path(&r.path, size) {
            errors.push(doc.err(at, format!("path of {}: {reason}", r.id)));
        }
        found[index] = Some((r.path.clone(), (x, y)));
    }
    for (id, f) in REGION_IDS.iter().zip(&found) {
        if f.is_none() {
            errors.push(doc.err(at, format!("region {id} missing from map")));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(MapOut {
        size,
        source: map.source.clone(),
        method: [
            map.method.clone(),
            map.method_nn.clone(),
            map.method_en.clone(),
        ],
        regions: found.into_iter().flatten().collect(),
    })
}

// ---------------------------------------------------------------------------------------------
// Code generation: Rust source for `crate::model::dataset::Dataset`.

fn lit_f64(x: f64) -> String {
    let s = format!("{x:?}");
    if s.contains('.') || s.contains('e') {
        s
    } else {
        format!("{s}.0")
    }
}

fn lit_opt_f64(x: Option<f64>) -> String {
    x.map_or_else(|| "None".into(), |v| format!("Some({})", lit_f64(v)))
}

fn lit_opt_str(x: &Option<String>) -> String {
    x.as_ref()
        .map_or_else(|| "None".into(), |v| format!("Some({v:?})"))
}

fn lit_text(t: &Texts) -> String {
    format!("Text {{ nb: {:?}, nn: {:?}, en: {:?} }}", t[0], t[1], t[2])
}

fn lit_opt_text(x: &Option<Texts>) -> String {
    x.as_ref()
        .map_or_else(|| "None".into(), |t| format!("Some({})", lit_text(t)))
}

thread_local! {
    /// Source ids in list order, for turning cited ids into `SourceSet` bits while generating.
    static SOURCE_ORDER: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn lit_ids(ids: &[String]) -> String {
    let mask = SOURCE_ORDER.with(|order| {
        let order = order.borrow();
        ids.iter()
            .filter_map(|id| order.iter().position(|s| s == id))
            .fold(0u64, |mask, i| mask | (1 << i))
    });
    format!("SourceSet({mask:#x})")
}

fn lit_figure(f: &Figure) -> String {
    format!(
        "Input {{ value: {}, low: {}, high: {}, kind: Kind::{}, sources: {}, note: {}, method: {} }}",
        lit_f64(f.value),
        lit_opt_f64(f.low),
        lit_opt_f64(f.high),
        KIND_VARIANTS[f.kind],
        lit_ids(&f.sources),
        lit_opt_text(&f.note),
        lit_opt_text(&f.method),
    )
}

fn lit_ym((year, month): (u16, u8)) -> String {
    format!("YearMonth {{ year: {year}, month: {month} }}")
}

fn lit_statuses(list: &[StatusOut]) -> String {
    let items: Vec<String> = list
        .iter()
        .map(|st| {
            format!(
                "Status {{ date: {:?}, state: State::{}, sources: {}, quote: {} }}",
                st.date,
                STATE_VARIANTS[st.state],
                lit_ids(&st.sources),
                lit_opt_str(&st.quote)
            )
        })
        .collect();
    format!("&[{}]", items.join(", "))
}

/// The dataset as Rust source; `use` lines are the includer's.
pub fn generate(v: &Validated) -> String {
    SOURCE_ORDER
        .with(|order| *order.borrow_mut() = v.sources.iter().map(|s| s.id.clone()).collect());
    let mut out = String::from("// Generated by build.rs from seeds/. Do not edit.\n/// The dataset, validated at build time.\n");
    out.push_str("pub static DATASET: Dataset = Dataset {\n");
    out.push_str(&format!(
        "    reference_year: {},\n    after_year: {},\n",
        v.reference_year, v.after_year
    ));
    out.push_str("    sources: &[\n");
    for s in &v.sources {
        out.push_str(&format!(
            "        Source {{ id: {:?}, publisher: {:?}, title: {:?}, date: {:?}, url: {} }},\n",
            s.id,
            s.publisher,
            s.title,
            s.date,
            lit_opt_str(&s.url)
        ));
    }
    out.push_str("    ],\n");
    let [places, cut_named, private, payments, projection] = &v.national;
    out.push_str(&format!(
        "    national: National {{ places: {}, cut_named: {}, private_share_pct: {}, fbv_payments_mnok: {}, projection_pct: {} }},\n",
        lit_figure(places), lit_figure(cut_named), lit_figure(private), lit_figure(payments), lit_figure(projection)
    ));
    let [stay_before, stay_after, cost] = &v.assumptions;
    out.push_str(&format!(
        "    assumptions: AssumptionSeeds {{ first_year: {}, last_year: {}, hso_stay_sources: {}, stay_before_months: {}, stay_after_months: {}, cost_per_place_mnok: {} }},\n",
        v.years.0, v.years.1, lit_ids(&v.hso_stay_sources), lit_figure(stay_before), lit_figure(stay_after), lit_figure(cost)
    ));
    let (days, places, year, sources) = &v.occupancy_low;
    out.push_str(&format!(
        "    occupancy_low: OccupancyPoint {{ inpatient_days: {days}, places: {places}, year: {year}, sources: {} }},\n",
        lit_ids(sources)
    ));
    let [fbv_days, fbv_low, fbv_high] = &v.fbv;
    out.push_str(&format!(
        "    fbv: Fbv {{ ended: {}, transition_months: {}, status: {}, inpatient_days_2021: {}, low: {}, high: {} }},\n",
        lit_ym(v.fbv_ended),
        v.fbv_transition,
        lit_statuses(&v.fbv_status),
        lit_figure(fbv_days),
        lit_figure(fbv_low),
        lit_figure(fbv_high)
    ));
    out.push_str("    regions: [\n");
    for r in &v.regions {
        let places_before = r.places_before.as_ref().map_or_else(
            || "PlacesBefore::FromActivity".into(),
            |f| format!("PlacesBefore::Reported({})", lit_figure(f)),
        );
        let private = r
            .private_share_pct
            .as_ref()
            .map_or_else(|| "None".into(), |f| format!("Some({})", lit_figure(f)));
        out.push_str(&format!(
            "        RegionSeed {{ places_before: {places_before}, private_share_pct: {private}, contract_frame_mnok: {}, fbv_share_pct: {},\n            cuts: &[\n",
            r.contract_frame_mnok.as_ref().map_or_else(|| "None".into(), |f| format!("Some({})", lit_figure(f))),
            lit_figure(&r.fbv_share_pct)
        ));
        for c in &r.cuts {
            out.push_str(&format!(
                "                Cut {{ label: {}, places: {}, before_after: {}, effective: {}, ramp_months: {}, shortens_stays: {}, status: {}, sources: {}, note: {} }},\n",
                lit_text(&c.label),
                c.places.as_ref().map_or_else(|| "None".into(), |f| format!("Some({})", lit_figure(f))),
                c.before_after.map_or_else(|| "None".into(), |(b, a)| format!("Some(({b}, {a}))")),
                c.effective.map_or_else(|| "None".into(), |ym| format!("Some({})", lit_ym(ym))),
                c.ramp_months,
                c.shortens_stays,
                lit_statuses(&c.statuses),
                lit_ids(&c.sources),
                lit_opt_text(&c.note),
            ));
        }
        out.push_str("            ],\n            compensation: &[\n");
        for c in &r.compensation {
            out.push_str(&format!(
                "                Compensation {{ label: {}, places: {}, from: {}, ends_after: {}, end_confirmed: {}, status: {} }},\n",
                lit_text(&c.label),
                lit_figure(&c.places),
                lit_ym(c.from),
                c.ends_after.map_or_else(|| "None".into(), |y| format!("Some({y})")),
                c.end_confirmed,
                lit_statuses(&c.statuses),
            ));
        }
        let days: Vec<String> = r.inpatient_days.iter().map(u32::to_string).collect();
        let people: Vec<String> = r.population.iter().map(u64::to_string).collect();
        let inpatients: Vec<String> = r.inpatients.iter().map(u32::to_string).collect();
        out.push_str(&format!(
            "            ],\n            inpatient_days: &[{}],\n            inpatients: &[{}],\n            population: &[{}],\n        }},\n",
            days.join(", "),
            inpatients.join(", "),
            people.join(", ")
        ));
    }
    out.push_str("    ],\n");
    out.push_str(&format!(
        "    npr_first_year: {},\n    population_first_year: {},\n    national_inpatients: &[{}],\n    files: &[\n",
        v.npr_first_year,
        v.population_first_year,
        v.national_inpatients
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    ));
    for (file, sha, source, licence) in &v.files {
        out.push_str(&format!(
            "        RawFile {{ file: {file:?}, sha256: {sha:?}, source: {source:?}, licence: {licence:?} }},\n"
        ));
    }
    let (width, height) = v.map.size;
    out.push_str(&format!(
        "    ],\n    map: RegionMap {{ width: {width}, height: {height}, sources: {}, method: {}, regions: [\n",
        lit_ids(std::slice::from_ref(&v.map.source)),
        lit_text(&v.map.method)
    ));
    for (path, (x, y)) in &v.map.regions {
        out.push_str(&format!(
            "        MapShape {{ path: {path:?}, label: ({x}, {y}) }},\n"
        ));
    }
    out.push_str(&format!(
        "    ] }},\n    release: {:?},\n    release_date: {:?},\n}};\n",
        v.release, v.release_date
    ));
    out
}
