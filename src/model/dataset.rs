//! The shape of the shipped dataset: static tables generated at build time from `seeds/`
//! (see build.rs and crates/seeds). Plain data; nothing here computes.

/// Defined in `dognplass-ids` (crates/ids), shared with the build's seed validator.
pub use dognplass_ids::Kind;

use crate::model::lang::Lang;
use crate::model::region::RegionId;

/// A set of sources, as bits over indices into [`Dataset::sources`] (at most 64, checked at
/// build time). Copy, so figures carry their provenance without allocating.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SourceSet(pub u64);

impl SourceSet {
    /// Both sets' sources.
    pub const fn union(self, other: SourceSet) -> SourceSet {
        SourceSet(self.0 | other.0)
    }

    /// Whether no source is cited.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The cited indices into [`Dataset::sources`], ascending.
    pub fn indices(self) -> impl Iterator<Item = usize> {
        (0..64).filter(move |i| (self.0 >> i) & 1 == 1)
    }
}

/// A cited source.
#[derive(Debug, PartialEq)]
pub struct Source {
    /// Stable id cited by figures.
    pub id: &'static str,
    /// Who published it.
    pub publisher: &'static str,
    /// Its title.
    pub title: &'static str,
    /// Publication date, as precise as known (`2024`, `2024-01`, `2024-01-19`).
    pub date: &'static str,
    /// Its address, when one was recorded.
    pub url: Option<&'static str>,
}

/// A text from the seeds in bokmål, nynorsk and English (the build requires all three).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Text {
    /// Bokmål.
    pub nb: &'static str,
    /// Nynorsk.
    pub nn: &'static str,
    /// English.
    pub en: &'static str,
}

impl Text {
    /// No text, in every language.
    pub const EMPTY: Text = Text {
        nb: "",
        nn: "",
        en: "",
    };

    /// The text in `lang`.
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Nb => self.nb,
            Lang::Nn => self.nn,
            Lang::En => self.en,
        }
    }
}

/// A seeded number with its provenance.
#[derive(Debug, PartialEq)]
pub struct Input {
    /// Central value.
    pub value: f64,
    /// Lower bound, when the sources give a range.
    pub low: Option<f64>,
    /// Upper bound, when the sources give a range.
    pub high: Option<f64>,
    /// How it came about.
    pub kind: Kind,
    /// Its sources (at least one).
    pub sources: SourceSet,
    /// A short caveat or quotation summary (bokmål).
    pub note: Option<Text>,
    /// For estimates and assumptions: how the value was chosen (bokmål).
    pub method: Option<Text>,
}

/// A year and month, for when a change took effect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct YearMonth {
    /// Calendar year.
    pub year: u16,
    /// Month, 1–12.
    pub month: u8,
}

/// Defined in `dognplass-ids` (crates/ids), shared with the build's seed validator.
pub use dognplass_ids::State;

/// One dated status of a change, with its own source.
#[derive(Debug, PartialEq)]
pub struct Status {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the source.
    pub date: &'static str,
    /// What happened.
    pub state: State,
    /// Who says so.
    pub sources: SourceSet,
    /// The source's exact words, when quoted (in the source's language).
    pub quote: Option<&'static str>,
    /// An English gloss of the quote, for the English view.
    pub quote_en: Option<&'static str>,
    /// What happened, where the state's one word does not say it.
    pub note: Option<Text>,
}

/// One cut in a tender or a public cut.
#[derive(Debug, PartialEq)]
pub struct Cut {
    /// What was cut (bokmål).
    pub label: Text,
    /// Its short name for a clause (the summary sentence, the status note), when it has one.
    pub short: Option<Text>,
    /// Places removed; `None` when no source gives the size.
    pub places: Option<Input>,
    /// Places before and after, when the source gives both.
    pub before_after: Option<(u32, u32)>,
    /// When it took effect or was planned to.
    pub effective: Option<YearMonth>,
    /// Months over which it is phased in linearly from `effective` (0: all at once).
    pub ramp_months: u8,
    /// Whether its new agreements shorten long-term stays (patients a year apply there).
    pub shortens_stays: bool,
    /// Its dated statuses, oldest first; the last one is where it stands.
    pub status: &'static [Status],
    /// Sources of an unknown cut (a known cut carries them in `places`).
    pub sources: SourceSet,
    /// A caveat.
    pub note: Option<Text>,
}

/// Places bought to replace FBV places.
#[derive(Debug, PartialEq)]
pub struct Compensation {
    /// Provider or place (bokmål).
    pub label: Text,
    /// Places bought.
    pub places: Input,
    /// From when.
    pub from: YearMonth,
    /// Last year the places run, when a source says.
    pub ends_after: Option<u16>,
    /// Whether the buyer itself confirmed the end year.
    pub end_confirmed: bool,
    /// Its dated statuses, oldest first.
    pub status: &'static [Status],
}

/// How a region's places before are known.
#[derive(Debug, PartialEq)]
pub enum PlacesBefore {
    /// A source states them.
    Reported(Input),
    /// Estimated from NPR inpatient days and occupancy.
    FromActivity,
}

/// Seeded facts about one region.
#[derive(Debug, PartialEq)]
pub struct RegionSeed {
    /// Inpatient places in the reference year.
    pub places_before: PlacesBefore,
    /// Share of inpatient capacity at private providers, when reported.
    pub private_share_pct: Option<Input>,
    /// The yearly frame of the region's contracted places (million kroner), when reported.
    pub contract_frame_mnok: Option<Input>,
    /// Share of FBV patients (per cent).
    pub fbv_share_pct: Input,
    /// Cuts in tenders and public cuts.
    pub cuts: &'static [Cut],
    /// Compensating purchases.
    pub compensation: &'static [Compensation],
    /// NPR inpatient days (whole year) from `npr_first_year`, one entry a year.
    pub inpatient_days: &'static [u32],
    /// NPR patients in inpatient treatment (whole year) from `npr_first_year`.
    pub inpatients: &'static [u32],
    /// Population 1 January from `population_first_year`, one entry a year.
    pub population: &'static [u32],
}

/// National reference figures, shown beside the sums.
#[derive(Debug, PartialEq)]
pub struct National {
    /// Reported inpatient places nationally.
    pub places: Input,
    /// Places the organisations say are cut.
    pub cut_named: Input,
    /// Private and non-profit share of inpatient capacity (per cent).
    pub private_share_pct: Input,
    /// What FBV in TSB cost a year before it ended (million kroner).
    pub fbv_payments_mnok: Input,
    /// The projection model's change in inpatient stays (per cent).
    pub projection_pct: Input,
}

/// Inputs to the FBV loss.
#[derive(Debug, PartialEq)]
pub struct Fbv {
    /// When the approval scheme ended.
    pub ended: YearMonth,
    /// Months of transition over which the FBV places ran down.
    pub transition_months: u8,
    /// The closure's dated statuses.
    pub status: &'static [Status],
    /// FBV inpatient days in 2021 (leaving out institutions that also held an agreement).
    pub inpatient_days_2021: Input,
    /// FBV inpatient days in January–August 2022, the reference year's own eight months.
    pub inpatient_days_2022_jan_aug: Input,
    /// The lowest loss a source names (a claim, shown on the slider; the model's low bound is
    /// 2021's measured level).
    pub low: Input,
    /// The highest loss a source names.
    pub high: Input,
}

/// Defaults of the assumptions a reader can change, and the years the calculator covers.
#[derive(Debug, PartialEq)]
pub struct AssumptionSeeds {
    /// The first year the year selector offers (the reference year).
    pub first_year: u16,
    /// The last year it offers.
    pub last_year: u16,
    /// Where Helse Sør-Øst writes that long-term treatment should also come as shorter stays.
    pub hso_stay_sources: SourceSet,
    /// Average length of a long-term stay before the tenders, in months.
    pub stay_before_months: Input,
    /// The same after the tenders.
    pub stay_after_months: Input,
    /// Cost of one inpatient place for a year, in million kroner.
    pub cost_per_place_mnok: Input,
}

/// An occupancy level from a count of places and inpatient days.
#[derive(Debug, PartialEq)]
pub struct OccupancyPoint {
    /// Inpatient days in the year.
    pub inpatient_days: u32,
    /// Places in the year.
    pub places: u32,
    /// The year.
    pub year: u16,
    /// Provenance.
    pub sources: SourceSet,
}

/// Description of a shipped raw file.
#[derive(Debug, PartialEq)]
pub struct RawFile {
    /// File name in `seeds/`.
    pub file: &'static str,
    /// Its SHA-256, verified at build time.
    pub sha256: &'static str,
    /// The source id it comes from.
    pub source: &'static str,
    /// Its licence.
    pub licence: &'static str,
}

/// One region's outline on the map.
#[derive(Debug, PartialEq)]
pub struct MapShape {
    /// SVG path data in map units (`M x y L x y … Z`, whole numbers, checked at build time).
    pub path: &'static str,
    /// A point inside the region for its label.
    pub label: (u16, u16),
}

/// The map of the four regions, made at dev time by `scripts/build/make-map.sh` and checked at build
/// time; the widget only draws it.
#[derive(Debug, PartialEq)]
pub struct RegionMap {
    /// Frame width in map units.
    pub width: u16,
    /// Frame height in map units.
    pub height: u16,
    /// Where the boundaries come from.
    pub sources: SourceSet,
    /// How the outlines were made.
    pub method: Text,
    /// Outlines in [`crate::model::RegionId::PARTS`] order.
    pub regions: [MapShape; 4],
}

/// The whole dataset.
#[derive(Debug, PartialEq)]
pub struct Dataset {
    /// Year of the "before" figures.
    pub reference_year: u16,
    /// Year of the "after" figures.
    pub after_year: u16,
    /// Every cited source.
    pub sources: &'static [Source],
    /// Assumption defaults and the years covered.
    pub assumptions: AssumptionSeeds,
    /// National cross-checks.
    pub national: National,
    /// Low occupancy reference point.
    pub occupancy_low: OccupancyPoint,
    /// FBV inputs.
    pub fbv: Fbv,
    /// The four regions in [`crate::model::RegionId::PARTS`] order.
    pub regions: [RegionSeed; 4],
    /// First year of `inpatient_days`.
    pub npr_first_year: u16,
    /// First year of each region's `population`.
    pub population_first_year: u16,
    /// NPR's national patients in inpatient treatment from `npr_first_year` (not the regions'
    /// sum: a patient with two home regions in a year counts once nationally).
    pub national_inpatients: &'static [u32],
    /// The raw files, with checksums.
    pub files: &'static [RawFile],
    /// Outlines of the four regions for the map.
    pub map: RegionMap,
    /// The corrections log: the headline figures that moved since the previous release.
    pub changes: Changes,
    /// A short hash of the data release: of the seeds and the model's sources (8 hex digits).
    pub release: &'static str,
    /// The date the data release was put together (`YYYY-MM-DD`, from `seeds/figures.toml`).
    pub release_date: &'static str,
    /// When the sources' statuses were last checked (`YYYY-MM-DD`), at or before the release.
    pub sources_checked: &'static str,
    /// The release id, date and hash (`2026-11-22-1a2b3c4d`): the folder `r/<id>/` it is
    /// published in, and the id `latest.json` names (docs/data-release.md).
    pub release_id: &'static str,
}

impl Dataset {
    /// The source with this id.
    pub fn source(&self, id: &str) -> Option<&'static Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    /// The set of the sources with these ids; unknown ids are left out.
    pub fn sources_named(&self, ids: &[&str]) -> SourceSet {
        let mut set = SourceSet::default();
        for (i, s) in self.sources.iter().enumerate().take(64) {
            if ids.contains(&s.id) {
                set.0 |= 1 << i;
            }
        }
        set
    }
}

/// A headline figure the corrections log names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Headline {
    /// Places before (the reference year).
    Before,
    /// Places after, in the years named.
    After,
    /// The change from the reference year, in the years named.
    Change,
}

/// One headline figure that moved since the previous release, and why.
#[derive(Debug, PartialEq)]
pub struct Correction {
    /// The region, or Norway.
    pub region: RegionId,
    /// Which figure.
    pub figure: Headline,
    /// The years it moved in (empty for places before).
    pub years: &'static [u16],
    /// The previous release's central value.
    pub old: f64,
    /// This release's central value.
    pub new: f64,
    /// Why it moved.
    pub reason: Text,
}

/// The corrections log of a data release (seeds/changes.toml).
#[derive(Debug, PartialEq)]
pub struct Changes {
    /// The date of the release compared with.
    pub previous_release: &'static str,
    /// The figures that moved.
    pub entries: &'static [Correction],
}
