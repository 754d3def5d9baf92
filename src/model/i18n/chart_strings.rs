//! The charts' fixed texts.

use super::columns::{
    BarLegend, BeforeAfter, BridgeSteps, ChartNames, LineColumns, LineLegend, MapColumns,
    RateColumns,
};
/// Fixed texts of the charts.
#[derive(Debug)]
pub struct ChartStrings {
    /// Headings: bridge, comparison, timeline, map.
    pub headings: ChartNames,
    /// Short step names under the bridge's bars.
    pub steps: BridgeSteps,
    /// The switch to the table and back.
    pub show_table: &'static str,
    /// Label of the map's method in the methods list.
    pub map_method: &'static str,
    /// Legend of the bridge: reported bar, estimated bar, range whisker.
    pub bar_legend: BarLegend,
    /// Legend of the comparison: before, after.
    pub rate_legend: BeforeAfter,
    /// Words after the rates in a row's accessible name: after, before.
    pub rate_words: BeforeAfter,
    /// Legend of the timeline: observed, places before, announced after.
    pub line_legend: LineLegend,
    /// Title of the map's legend.
    pub map_legend: &'static str,
    /// The note under the map's legend for a value marked with an asterisk.
    pub map_unconfirmed: &'static str,
    /// Said of a class with no loss or a gain.
    pub no_loss: &'static str,
    /// Table headings of the comparison: region, before, after, change.
    pub rate_columns: RateColumns,
    /// Table headings of the timeline: year, observed places.
    pub line_columns: LineColumns,
    /// Table headings of the map: region, change, colour class.
    pub map_columns: MapColumns,
    /// Hint under clickable charts.
    pub click_hint: &'static str,
    /// Credit under the map.
    pub map_credit: &'static str,
    /// Before a chart's source marks.
    pub sources_label: &'static str,
}
