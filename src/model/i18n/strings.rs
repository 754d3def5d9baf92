//! Every UI text of a language in one struct, with named fields, so a language that lacks a
//! text, or puts one in the wrong place, does not compile. The words themselves are in
//! `nb.rs`, `nn.rs` and `en.rs`.

use super::chart_strings::ChartStrings;
use super::columns::{BreakdownColumns, ObservedColumns, TableColumns};
use super::embed_strings::EmbedStrings;
use super::export_strings::ExportStrings;
use super::numbers::NumberStyle;
use super::words::{
    CopyWords, CorrectionWords, CountedAs, CrashWords, FbvMarks, FrameCheck, Groups, InputErrors,
    KindWords, Months, ParamWords, PeopleRows, ScenarioWords, StateWords,
};
use crate::model::calc::{Method, RegionResult};
use crate::model::config::ConfigError;
use crate::model::lang::Lang;
use crate::model::view::facts::{
    MapFacts, OccupancyFacts, Perspectives, RateFacts, SummaryFacts, TimelineFacts,
};
use crate::model::view::map::ClassBounds;

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
    pub groups: Groups,
    /// Labels: FBV, share, cut, unknown, comp, comp end, stay before, stay after, occupancy, cost.
    pub labels: ParamWords,
    /// Units in the same order.
    pub units: ParamWords,
    /// Before the default value.
    pub default_word: &'static str,
    /// The default of an unknown cut.
    pub unknown_default: &'static str,
    /// Marks on the FBV scale: the sources' low and high.
    pub fbv_marks: FbvMarks,
    /// Reset one control (followed by its label for screen readers).
    pub reset: &'static str,
    /// Reset every assumption.
    pub reset_all: &'static str,
    /// Legend of the scenario picker.
    pub scenario_legend: &'static str,
    /// Scenario names in [`Scenario::ALL`] order.
    pub scenarios: ScenarioWords,
    /// One line on each scenario.
    pub scenario_notes: ScenarioWords,
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
    pub people_rows: PeopleRows,
    /// Column headers of the patients and cost table (its rows carry their own units).
    pub people_columns: TableColumns,
    /// The copy button, and what it says after copying or failing.
    pub copy: CopyWords,
    /// Refusals of a typed value, by [`InputError`].
    pub errors: InputErrors,
    /// Said of a share edit: shares are scaled to add up to 100 %.
    pub share_note: &'static str,
}

/// Every text of one language. Each language (`lang_nb`, `lang_nn`, `lang_en`) fills in every
/// field, so a missing text does not compile.
#[derive(Debug)]
pub struct Strings {
    /// The language these are the texts of.
    pub lang: Lang,
    /// The charts' texts.
    pub charts: &'static ChartStrings,
    /// The embed panel's texts.
    pub embed: &'static EmbedStrings,
    /// The downloads' texts.
    pub export: &'static ExportStrings,
    /// The sentences built from numbers.
    pub sentences: &'static Sentences,
    /// The calculator's texts.
    pub calc: CalcStrings,
    /// Number typography.
    pub numbers: NumberStyle,
    /// Between two bounds when a dash would read as a minus.
    pub range_word: &'static str,
    /// Month names, January first.
    pub months: Months,
    /// Page and widget title.
    pub title: &'static str,
    /// The name of Norway (the other regions' names are the same in every language).
    pub norway: &'static str,
    /// The page's `<title>`.
    pub page_title: &'static str,
    /// The page's description (`<meta name="description">`).
    pub page_description: &'static str,
    /// One paragraph under the title.
    pub lede: &'static str,
    /// Label of the region picker.
    pub region_legend: &'static str,
    /// Heading of the steps table (before the years).
    pub steps_heading: &'static str,
    /// The switch that opens the steps table in the compact view, where the chart above shows
    /// the same steps: the table adds each step's range, basis and sources.
    pub steps_more: &'static str,
    /// Column headings: step, places (with range), basis, sources.
    pub steps_columns: TableColumns,
    /// Where a change stands, in `State` order, and the word before a status line.
    pub states: StateWords,
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
    pub kinds: KindWords,
    /// One-line explanation of each kind, for the legend.
    pub kind_explanations: KindWords,
    /// Heading of the legend.
    pub legend_heading: &'static str,
    /// Heading of the breakdown of cuts and purchases.
    pub breakdown_heading: &'static str,
    /// Column headings of the breakdown: region, what, places, from, sources.
    pub breakdown_columns: BreakdownColumns,
    /// Heading of the observed activity table.
    pub observed_heading: &'static str,
    /// Text under the observed heading.
    pub observed_lede: &'static str,
    /// Column headings: year, inpatient days, occupied places.
    pub observed_columns: ObservedColumns,
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
    pub crashed: CrashWords,
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
    /// "Sources last checked", before the date the statuses were last checked.
    pub sources_checked: &'static str,
    /// The corrections log's words.
    pub corrections: CorrectionWords,
    /// The heading of the table of occupancy the model's places imply.
    pub implied_heading: &'static str,
    /// Footer on privacy.
    pub privacy: &'static str,
    /// The footer's line when a newer data release exists.
    pub newer_release: NewerRelease,
    /// Said of a cut's effective date when none is given.
    pub no_date: &'static str,
    /// Label: region breakdown for Norway.
    pub regions_heading: &'static str,
    /// "Kilder og metode": what one place is, and which providers each count holds.
    pub place_definition: &'static str,
    /// "Kilder og metode": how dates and statuses count in a year.
    pub in_force_rule: &'static str,
    /// Status notes: "counted as", the word for places, and "in" before the year.
    pub counted_as: CountedAs,
    /// After a year with no NPR data yet, in the year picker.
    pub projected: &'static str,
    /// What a projected year rests on (`{year}` is replaced).
    pub projected_note: &'static str,
    /// Shown where the places after fall below the places NPR measured as occupied.
    pub below_occupied: &'static str,
    /// Cross-check: Helse Sør-Øst's yearly frame for private contracted providers, and that
    /// frame per contracted place.
    pub check_frame: FrameCheck,
}

/// The sentences a language builds from numbers, one function each, so every language writes
/// its own word order. The facts are computed here, once, for all languages.
#[derive(Debug)]
pub struct Sentences {
    /// The one-line method of a computed figure (seeded methods are the seeds' own text).
    pub method: fn(&Strings, &Method, u16) -> String,
    /// How occupancy was found.
    pub occupancy: fn(&Strings, &OccupancyFacts) -> String,
    /// Refusal of a value outside `min`–`max`.
    pub out_of_range: fn(&Strings, f64, f64) -> String,
    /// The notice for a value in the address that could not be used.
    pub config_notice: fn(&Strings, &ConfigError) -> String,
    /// Added to that notice when `n` more values were not used either.
    pub more_refused: fn(&Strings, usize) -> String,
    /// The open letter's and Helse Sør-Øst's readings of shorter stays.
    pub perspectives: fn(&Strings, &Perspectives) -> [String; 2],
    /// The sentence that sums up a region.
    pub summary: fn(&Strings, &SummaryFacts) -> String,
    /// The legend text of a map class.
    pub class_label: fn(&Strings, ClassBounds) -> String,
    /// The bridge's description: region, year, reference year.
    pub describe_waterfall: fn(&Strings, &RegionResult, u16, u16) -> String,
    /// The comparison's description.
    pub describe_rates: fn(&Strings, &RateFacts) -> String,
    /// The timeline's description.
    pub describe_timeline: fn(&Strings, &TimelineFacts) -> String,
    /// The map's description: each region's change in per cent, and the largest fall if any.
    pub describe_map: fn(&Strings, &MapFacts) -> String,
}

/// The footer's line when a newer data release exists (model::release).
#[derive(Debug, Clone, Copy)]
pub struct NewerRelease {
    /// The text before the link, with `{date}` for the newer release's date.
    pub before: &'static str,
    /// The link's words; the link opens the same view in the newer release.
    pub link: &'static str,
}

impl NewerRelease {
    /// The text before the link for a newer release of `date` (`YYYY-MM-DD`).
    pub fn before(&self, strings: &Strings, date: &str) -> String {
        self.before.replace("{date}", &strings.iso_date(date))
    }
}
