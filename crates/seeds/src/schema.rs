//! The shapes of the four TOML seed files, as serde reads them. Unknown keys are refused
//! (`deny_unknown_fields`); `Spanned` keeps the offset an error points to. Nothing here checks
//! a value: the other modules do, with the line of the table the value stands in.

use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

// seeds/sources.toml

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SourcesToml {
    pub(crate) source: Vec<Spanned<SourceToml>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SourceToml {
    pub(crate) id: String,
    pub(crate) publisher: String,
    pub(crate) title: String,
    pub(crate) date: String,
    pub(crate) url: Option<String>,
    pub(crate) note: Option<String>,
}

// seeds/figures.toml

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FiguresToml {
    pub(crate) release_date: Spanned<String>,
    pub(crate) sources_checked: Spanned<String>,
    pub(crate) reference_year: u16,
    pub(crate) after_year: u16,
    pub(crate) assumptions: Spanned<AssumptionsToml>,
    pub(crate) national: Spanned<NationalToml>,
    pub(crate) occupancy: OccupancyToml,
    pub(crate) fbv: Spanned<FbvToml>,
    pub(crate) region: Vec<Spanned<RegionToml>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NationalToml {
    pub(crate) places: Spanned<FigToml>,
    pub(crate) cut_named: Spanned<FigToml>,
    pub(crate) private_share_pct: Spanned<FigToml>,
    pub(crate) fbv_payments_mnok: Spanned<FigToml>,
    pub(crate) projection_pct: Spanned<FigToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AssumptionsToml {
    pub(crate) first_year: u16,
    pub(crate) last_year: u16,
    pub(crate) hso_stay_sources: Vec<String>,
    pub(crate) stay_before_months: Spanned<FigToml>,
    pub(crate) stay_after_months: Spanned<FigToml>,
    pub(crate) cost_per_place_mnok: Spanned<FigToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct OccupancyToml {
    pub(crate) low_2004: Spanned<OccupancyPointToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct OccupancyPointToml {
    pub(crate) inpatient_days: u32,
    pub(crate) places: u32,
    pub(crate) year: u16,
    pub(crate) kind: String,
    pub(crate) sources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FbvToml {
    pub(crate) ended: String,
    pub(crate) transition_months: u8,
    pub(crate) status: Vec<StatusToml>,
    pub(crate) inpatient_days_2021: Spanned<FigToml>,
    /// FBV inpatient days in January–August 2022 (eight months of the reference year).
    pub(crate) inpatient_days_2022_jan_aug: Spanned<FigToml>,
    pub(crate) low: Spanned<FigToml>,
    pub(crate) high: Spanned<FigToml>,
    pub(crate) share_total: f64,
    pub(crate) share: BTreeMap<String, Spanned<FigToml>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RegionToml {
    pub(crate) id: String,
    pub(crate) places_before: Spanned<FigToml>,
    pub(crate) private_share_pct: Option<Spanned<FigToml>>,
    pub(crate) contract_frame_mnok: Option<Spanned<FigToml>>,
    #[serde(default)]
    pub(crate) cut: Vec<Spanned<FigToml>>,
    #[serde(default)]
    pub(crate) compensation: Vec<Spanned<FigToml>>,
}

/// One table shape for every figure-like entry; each place checks which fields it needs.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct FigToml {
    pub(crate) value: Option<f64>,
    pub(crate) low: Option<f64>,
    pub(crate) high: Option<f64>,
    pub(crate) kind: Option<String>,
    #[serde(default)]
    pub(crate) sources: Vec<String>,
    pub(crate) note: Option<String>,
    pub(crate) note_nn: Option<String>,
    pub(crate) note_en: Option<String>,
    pub(crate) method: Option<String>,
    pub(crate) method_nn: Option<String>,
    pub(crate) method_en: Option<String>,
    // Places before:
    pub(crate) estimate: Option<String>,
    // Cuts:
    pub(crate) label: Option<String>,
    pub(crate) label_nn: Option<String>,
    pub(crate) label_en: Option<String>,
    /// A cut's short name for a clause (the summary sentence, the status note), optional.
    pub(crate) short: Option<String>,
    pub(crate) short_nn: Option<String>,
    pub(crate) short_en: Option<String>,
    #[serde(default)]
    pub(crate) unknown: bool,
    pub(crate) before: Option<u32>,
    pub(crate) after: Option<u32>,
    pub(crate) effective: Option<String>,
    /// Months over which the change is phased in linearly (0 or absent: all at once).
    pub(crate) ramp_months: Option<u8>,
    /// The cut's new agreements shorten long-term stays (patients a year are computed there).
    #[serde(default)]
    pub(crate) shortens_stays: bool,
    /// Dated statuses, oldest first, each with its own source.
    #[serde(default)]
    pub(crate) status: Vec<StatusToml>,
    // Compensation:
    pub(crate) from: Option<String>,
    pub(crate) ends_after: Option<u16>,
    #[serde(default)]
    pub(crate) end_confirmed: bool,
}

/// One dated status of a change: what happened, when, and who says so.
#[derive(Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub(crate) struct StatusToml {
    pub(crate) date: String,
    pub(crate) state: String,
    pub(crate) sources: Vec<String>,
    /// The source's exact words, when the status line quotes them.
    pub(crate) quote: Option<String>,
    /// An English gloss of the quote, shown after it in the English view.
    pub(crate) quote_en: Option<String>,
    /// What happened, in a few words (bokmål, with nynorsk and English beside it), where the
    /// state's one word does not say it ("the remainder cancelled, no appeal").
    pub(crate) note: Option<String>,
    pub(crate) note_nn: Option<String>,
    pub(crate) note_en: Option<String>,
}

// seeds/files.toml: the raw files, their checksums and how to read them

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FilesToml {
    pub(crate) npr: Spanned<NprFileToml>,
    pub(crate) population: Spanned<PopulationFileToml>,
    pub(crate) population_later: Spanned<CountyFileToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NprFileToml {
    pub(crate) file: String,
    pub(crate) sha256: String,
    pub(crate) source: String,
    pub(crate) licence: String,
    pub(crate) national: String,
    pub(crate) regions: BTreeMap<String, String>,
    pub(crate) first_year: u16,
    pub(crate) last_year: u16,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PopulationFileToml {
    pub(crate) file: String,
    pub(crate) sha256: String,
    pub(crate) source: String,
    pub(crate) licence: String,
    pub(crate) year: u16,
    pub(crate) counties: BTreeMap<String, Vec<String>>,
    pub(crate) declared: BTreeMap<String, u64>,
}

/// Population 1 January per county for the years after the municipality file.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CountyFileToml {
    pub(crate) file: String,
    pub(crate) sha256: String,
    pub(crate) source: String,
    pub(crate) licence: String,
    pub(crate) first_year: u16,
    pub(crate) last_year: u16,
    pub(crate) counties: BTreeMap<String, Vec<String>>,
    /// Norway's total per year (as a string key), which the counties must add up to.
    pub(crate) declared_norge: BTreeMap<String, u64>,
}

// seeds/changes.toml: the corrections log

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ChangesToml {
    pub(crate) previous_release: Spanned<String>,
    pub(crate) previous: BTreeMap<String, Spanned<PreviousToml>>,
    #[serde(default)]
    pub(crate) change: Vec<Spanned<ChangeToml>>,
}

/// A region's headline figures in the previous release: places before, and places after and
/// the change by year (keys are years).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PreviousToml {
    pub(crate) before: f64,
    pub(crate) after: BTreeMap<String, f64>,
    pub(crate) change: BTreeMap<String, f64>,
}

/// One figure that moved: old → new, and why.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ChangeToml {
    pub(crate) region: String,
    pub(crate) figure: String,
    #[serde(default)]
    pub(crate) years: Vec<u16>,
    pub(crate) old: f64,
    pub(crate) new: f64,
    pub(crate) reason: Option<String>,
    pub(crate) reason_nn: Option<String>,
    pub(crate) reason_en: Option<String>,
}

// seeds/map.toml

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct MapFileToml {
    pub(crate) map: Spanned<MapToml>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct MapToml {
    pub(crate) source: String,
    pub(crate) input: String,
    pub(crate) input_sha256: String,
    pub(crate) tool: String,
    pub(crate) method: String,
    pub(crate) method_nn: String,
    pub(crate) method_en: String,
    pub(crate) width: u32,
    pub(crate) height: u32,
    pub(crate) region: Vec<Spanned<MapRegionToml>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct MapRegionToml {
    pub(crate) id: String,
    pub(crate) counties_2024: Vec<String>,
    pub(crate) label: [u32; 2],
    pub(crate) path: String,
}
