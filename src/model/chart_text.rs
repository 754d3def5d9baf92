//! The charts' texts: fixed labels per language, and one generated description per chart that
//! says what it shows and its main finding, from the same numbers the chart draws.

use super::calc::{RegionResult, Results};
use super::chart::RateChart;
use super::region::RegionId;
use super::text::Strings;

/// Fixed texts of the charts.
#[derive(Debug)]
pub struct ChartStrings {
    /// Headings: bridge, comparison, timeline, map.
    pub headings: [&'static str; 4],
    /// Short step names under the bridge's bars.
    pub steps: [&'static str; 5],
    /// The switch to the table and back.
    pub show_table: &'static str,
    /// Label of the map's method in the methods list.
    pub map_method: &'static str,
    /// Legend of the bridge: reported bar, estimated bar, range whisker.
    pub bar_legend: [&'static str; 3],
    /// Legend of the comparison: before, after.
    pub rate_legend: [&'static str; 2],
    /// Words after the rates in a row's accessible name: after, before.
    pub rate_words: [&'static str; 2],
    /// Legend of the timeline: observed, places before, announced after.
    pub line_legend: [&'static str; 3],
    /// Title of the map's legend.
    pub map_legend: &'static str,
    /// Said of a class with no loss or a gain.
    pub no_loss: &'static str,
    /// Table headings of the comparison: region, before, after, change.
    pub rate_columns: [&'static str; 4],
    /// Table headings of the timeline: year, observed places.
    pub line_columns: [&'static str; 2],
    /// Table headings of the map: region, change, colour class.
    pub map_columns: [&'static str; 3],
    /// Hint under clickable charts.
    pub click_hint: &'static str,
    /// Credit under the map.
    pub map_credit: &'static str,
    /// Before a chart's source marks.
    pub sources_label: &'static str,
}

impl Strings {
    /// The chart texts of this language.
    pub fn charts(&self) -> &'static ChartStrings {
        self.charts
    }

    /// The legend text of a map class, e.g. "−10 til −5 %" or "under −15 %".
    pub fn class_label(&self, class: u8) -> String {
        (self.sentences.class_label)(self, class)
    }

    /// What the bridge shows for `r`, ending with the change.
    pub fn describe_waterfall(&self, r: &RegionResult, year: u16, reference_year: u16) -> String {
        (self.sentences.describe_waterfall)(self, r, year, reference_year)
    }

    /// What the comparison shows: the highest and lowest rate after, and the largest fall.
    pub fn describe_rates(&self, chart: &RateChart) -> String {
        let (Some(first), Some(last)) = (chart.rows.first(), chart.rows.last()) else {
            return String::new();
        };
        let largest = chart
            .rows
            .iter()
            .min_by(|a, b| a.change.total_cmp(&b.change))
            .unwrap_or(first);
        (self.sentences.describe_rates)(
            self,
            &RateFacts {
                highest: (first.region, first.values.1),
                lowest: (last.region, last.values.1),
                largest_fall: (largest.region, largest.values.0, largest.values.1),
            },
        )
    }

    /// What the timeline shows: observed activity first and last year against the levels.
    pub fn describe_timeline(&self, r: &RegionResult) -> String {
        let (Some(first), Some(last)) = (r.observed.first(), r.observed.last()) else {
            return String::new();
        };
        (self.sentences.describe_timeline)(
            self,
            &TimelineFacts {
                region: r.region,
                first: (first.year, first.places),
                last: (last.year, last.places),
                after: r.after.span.mid,
            },
        )
    }

    /// What the map shows: each region's change, and the largest fall if any region falls.
    pub fn describe_map(&self, results: &Results) -> String {
        let changes: Vec<(RegionId, f64)> = results
            .regions
            .iter()
            .map(|r| (r.region, r.change_pct.span.mid))
            .collect();
        let largest_fall = changes
            .iter()
            .filter(|(_, pct)| *pct < 0.0)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(region, _)| *region);
        (self.sentences.describe_map)(
            self,
            &MapFacts {
                changes,
                largest_fall,
            },
        )
    }
}

/// What the comparison's description says: the highest and lowest rate after, and the region
/// with the largest fall with its rates before and after.
#[derive(Debug)]
pub struct RateFacts {
    /// Highest rate after.
    pub highest: (RegionId, f64),
    /// Lowest rate after.
    pub lowest: (RegionId, f64),
    /// Largest fall: region, before, after.
    pub largest_fall: (RegionId, f64, f64),
}

/// What the timeline's description says.
#[derive(Debug)]
pub struct TimelineFacts {
    /// The region.
    pub region: RegionId,
    /// First year and its occupied places.
    pub first: (u16, f64),
    /// Last year and its occupied places.
    pub last: (u16, f64),
    /// The announced level after.
    pub after: f64,
}

/// What the map's description says: each region's change in per cent, and the region with
/// the largest fall, if any region falls.
#[derive(Debug)]
pub struct MapFacts {
    /// Region and change in per cent, in map order.
    pub changes: Vec<(RegionId, f64)>,
    /// The largest fall.
    pub largest_fall: Option<RegionId>,
}
