//! The charts' generated descriptions: what each chart shows and its main finding, from the
//! same numbers the chart draws; plus the accessors of the texts' sections.

use super::chart_strings::ChartStrings;
use super::embed_strings::EmbedStrings;
use super::export_strings::ExportStrings;
use super::strings::Strings;
use crate::model::calc::{RegionResult, Results};
use crate::model::view::chart::RateChart;
use crate::model::view::facts::{MapFacts, RateFacts, TimelineFacts};
use crate::model::view::map::class_bounds;

impl Strings {
    /// The chart texts of this language.
    pub fn charts(&self) -> &'static ChartStrings {
        self.charts
    }

    /// The legend text of a map class, e.g. "−10 til −5 %" or "under −15 %".
    pub fn class_label(&self, class: u8) -> String {
        (self.sentences.class_label)(self, class_bounds(class))
    }

    /// What the bridge shows for `r`, ending with the change.
    pub fn describe_waterfall(&self, r: &RegionResult, year: u16, reference_year: u16) -> String {
        (self.sentences.describe_waterfall)(self, r, year, reference_year)
    }

    /// What the comparison shows: the highest and lowest rate after, and the largest fall.
    pub fn describe_rates(&self, chart: &RateChart) -> String {
        RateFacts::of(chart).map_or_else(String::new, |f| (self.sentences.describe_rates)(self, &f))
    }

    /// What the timeline shows: observed activity first and last year against the levels.
    pub fn describe_timeline(&self, r: &RegionResult) -> String {
        TimelineFacts::of(r).map_or_else(String::new, |f| {
            (self.sentences.describe_timeline)(self, &f)
        })
    }

    /// What the map shows: each region's change, and the largest fall if any region falls.
    pub fn describe_map(&self, results: &Results) -> String {
        (self.sentences.describe_map)(self, &MapFacts::of(results))
    }
}

impl Strings {
    /// The embed panel's texts in this language.
    pub fn embed(&self) -> &'static EmbedStrings {
        self.embed
    }
}

impl Strings {
    /// The download texts of this language.
    pub fn export(&self) -> &'static ExportStrings {
        self.export
    }
}
