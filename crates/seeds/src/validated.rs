//! What the validator hands the generator: the seeds after every check, in plain owned
//! values. Regions are in `RegionId::PARTS` order, sources in list order.

use dognplass_ids::{Kind, RegionId, State};

/// A checked figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Central value.
    pub value: f64,
    /// Lower bound.
    pub low: Option<f64>,
    /// Upper bound.
    pub high: Option<f64>,
    /// How it came about.
    pub kind: Kind,
    /// Source ids.
    pub sources: Vec<String>,
    /// Caveat, in bokmål, nynorsk and English.
    pub note: Option<Texts>,
    /// Method, in bokmål, nynorsk and English.
    pub method: Option<Texts>,
}

/// A seed text in bokmål, nynorsk and English (`label`, `label_nn`, `label_en`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Texts {
    /// Bokmål.
    pub nb: String,
    /// Nynorsk.
    pub nn: String,
    /// English.
    pub en: String,
}

/// A checked status: date as written, state, sources, exact quote.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusOut {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub date: String,
    /// The state.
    pub state: State,
    /// Source ids.
    pub sources: Vec<String>,
    /// The source's words.
    pub quote: Option<String>,
    /// Their English gloss.
    pub quote_en: Option<String>,
    /// What happened, where the state's word does not say it.
    pub note: Option<Texts>,
}

/// A checked cut.
#[derive(Debug, Clone, PartialEq)]
pub struct CutOut {
    /// What was cut.
    pub label: Texts,
    /// Its short name for a clause, when it has one.
    pub short: Option<Texts>,
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
    /// Which region.
    pub id: RegionId,
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
    /// FBV inpatient days 2021, in January–August 2022, low, high.
    pub fbv: [Figure; 4],
    /// Regions in `RegionId::PARTS` order.
    pub regions: Vec<RegionOut>,
    /// First NPR year.
    pub npr_first_year: u16,
    /// Raw files: name, sha256, source, licence.
    pub files: Vec<(String, String, String, String)>,
    /// The map's outlines.
    pub map: MapOut,
    /// Short hash of the seeds and the model's sources (8 hex digits).
    pub release: String,
    /// The date this data release was put together, `YYYY-MM-DD`.
    pub release_date: String,
    /// When the sources' statuses were last checked (YYYY-MM-DD), at or before the release.
    pub sources_checked: String,
    /// The corrections log.
    pub changes: ChangesOut,
}

/// The checked corrections log.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangesOut {
    /// The date of the release the figures are compared with.
    pub previous_release: String,
    /// The figures that moved.
    pub entries: Vec<ChangeOut>,
}

/// One figure that moved since the previous release.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeOut {
    /// The region (or Norway).
    pub region: RegionId,
    /// `before`, `after` or `change`.
    pub figure: String,
    /// The years it moved in (empty for `before`).
    pub years: Vec<u16>,
    /// The previous release's central value.
    pub old: f64,
    /// This release's.
    pub new: f64,
    /// Why, in bokmål, nynorsk and English.
    pub reason: Texts,
}

impl Validated {
    /// The release id: the release date and the hash, `2026-11-22-1a2b3c4d`. A release is
    /// published under `r/<id>/`; a change in the seeds or in the model gives a new id.
    pub fn release_id(&self) -> String {
        format!("{}-{}", self.release_date, self.release)
    }
}

/// The checked map: frame size, source, method, and per region (`RegionId::PARTS` order) its path
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
