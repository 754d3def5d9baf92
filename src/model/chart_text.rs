//! The charts' texts: fixed labels per language, and one generated description per chart that
//! says what it shows and its main finding, from the same numbers the chart draws.

use super::calc::{RegionResult, Results};
use super::chart::{RateChart, CLASS_BREAKS};
use super::format;
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

/// Bokmål.
pub static NB_CHARTS: ChartStrings = ChartStrings {
    headings: [
        "Fra plasser før til plasser etter",
        "Døgnplasser per 100 000 innbyggere",
        "Målt aktivitet og kunngjort nivå",
        "Endring i døgnplasser per helseregion",
    ],
    steps: ["Før", "FBV", "Kutt", "Kjøpt", "Etter"],
    show_table: "Vis som tabell",
    map_method: "Kartet",
    bar_legend: [
        "Rapportert eller beregnet",
        "Anslag (skravert)",
        "Spenn i kildene",
    ],
    rate_legend: ["Før", "Etter"],
    rate_words: ["etter", "før"],
    line_legend: [
        "Fylte plasser etter NPR (liggedøgn ÷ 365)",
        "Plasser før",
        "Plasser etter (kunngjort, med spenn)",
    ],
    map_legend: "Endring i plasser",
    no_loss: "ingen nedgang",
    rate_columns: ["Område", "Før", "Etter", "Endring"],
    line_columns: ["År", "Fylte plasser (NPR)"],
    map_columns: ["Helseregion", "Endring", "Fargeklasse"],
    click_hint: "Velg et område ved å klikke eller trykke på det.",
    map_credit: "Kart: © Kartverket (CC BY 4.0), forenklet.",
    sources_label: "Kilder:",
};

impl Strings {
    /// The chart texts of this language.
    pub fn charts(&self) -> &'static ChartStrings {
        &NB_CHARTS
    }

    fn place_name(region: RegionId) -> String {
        if region == RegionId::Norge {
            "hele landet".to_owned()
        } else {
            region.name().to_owned()
        }
    }

    /// The legend text of a map class, e.g. "−10 til −5 %" or "under −15 %".
    pub fn class_label(&self, class: u8) -> String {
        let n = |x: f64| format::number(self.numbers, x, 0);
        let i = usize::from(class);
        match i {
            0 => format!("under {} %", n(CLASS_BREAKS[0])),
            _ if i >= CLASS_BREAKS.len() => self.charts().no_loss.to_owned(),
            _ => format!(
                "{} {} {} %",
                n(CLASS_BREAKS[i - 1]),
                self.range_word,
                n(CLASS_BREAKS[i])
            ),
        }
    }

    /// What the bridge shows for `r`, ending with the change.
    pub fn describe_waterfall(&self, r: &RegionResult, year: u16, reference_year: u16) -> String {
        let n = |x: f64| self.int(x);
        format!(
            "Figuren viser {} fra {} døgnplasser i {reference_year} til {} i {year}: {} ved slutten på fritt behandlingsvalg, {} i anbud og offentlige kutt og {} kjøpt for å kompensere. Endringen er {} plasser ({}).",
            Strings::place_name(r.region),
            n(r.before.span.mid),
            n(r.after.span.mid),
            format::signed(self.numbers, -r.fbv.span.mid, 0),
            format::signed(self.numbers, -r.cuts.span.mid, 0),
            format::signed(self.numbers, r.compensation.span.mid, 0),
            format::signed(self.numbers, r.change.span.mid, 0),
            format::signed_percent(self.numbers, r.change_pct.span.mid, 1),
        )
    }

    /// What the comparison shows: the highest and lowest rate after, and the largest fall.
    pub fn describe_rates(&self, chart: &RateChart) -> String {
        let rate = |x: f64| format::number(self.numbers, x, 1);
        let (Some(first), Some(last)) = (chart.rows.first(), chart.rows.last()) else {
            return String::new();
        };
        let largest = chart
            .rows
            .iter()
            .min_by(|a, b| a.change.total_cmp(&b.change))
            .unwrap_or(first);
        format!(
            "Døgnplasser per 100 000 innbyggere før og etter, sortert etter nivået etter. Høyest etter: {} ({}). Lavest etter: {} ({}). Størst nedgang per innbygger: {} ({} til {}).",
            first.region.name(),
            rate(first.values.1),
            last.region.name(),
            rate(last.values.1),
            largest.region.name(),
            rate(largest.values.0),
            rate(largest.values.1),
        )
    }

    /// What the timeline shows: observed activity first and last year against the levels.
    pub fn describe_timeline(&self, r: &RegionResult) -> String {
        let (Some(first), Some(last)) = (r.observed.first(), r.observed.last()) else {
            return String::new();
        };
        let gap = last.places - r.after.span.mid;
        let relation = if gap >= 0.5 {
            format!("{} over", self.int(gap))
        } else if gap <= -0.5 {
            format!("{} under", self.int(-gap))
        } else {
            "på".to_owned()
        };
        format!(
            "Registrert aktivitet i {} (pasientenes bosted) omregnet til fylte døgnplasser: {} i {}, {} i {}. Kunngjort nivå etter kuttene er {} plasser; aktiviteten i {} ligger {} det nivået.",
            Strings::place_name(r.region),
            self.int(first.places),
            first.year,
            self.int(last.places),
            last.year,
            self.int(r.after.span.mid),
            last.year,
            relation,
        )
    }

    /// What the map shows: each region's change, and the largest fall.
    pub fn describe_map(&self, results: &Results) -> String {
        let mut parts = Vec::with_capacity(4);
        let mut largest = &results.regions[0];
        for r in &results.regions {
            parts.push(format!(
                "{} {}",
                r.region.name(),
                format::signed_percent(self.numbers, r.change_pct.span.mid, 1)
            ));
            if r.change_pct.span.mid < largest.change_pct.span.mid {
                largest = r;
            }
        }
        let mut text = format!(
            "Kartet farger helseregionene etter endringen i døgnplasser: {}.",
            parts.join(", ")
        );
        if largest.change_pct.span.mid < 0.0 {
            text.push_str(&format!(" Størst nedgang: {}.", largest.region.name()));
        } else {
            text.push_str(" Ingen region går ned.");
        }
        text
    }
}
