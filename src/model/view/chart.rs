//! Chart geometry as plain data: scales, ticks, bars, whiskers, label positions, and the map's
//! colour classes. Components only turn these numbers into SVG elements, so every position is
//! computed and tested here, natively.
//!
//! Coordinates are in view-box units with y pointing down, as in SVG. Every function accepts
//! any finite or non-finite input without panicking: non-finite values count as zero.

use crate::model::calc::{Line, RegionResult, Results};
use crate::model::dataset::SourceSet;
use crate::model::region::RegionId;

/// Width of every chart's view box; the charts scale with the column from there.
pub const WIDTH: f64 = 360.0;
/// Font size the label positions are computed for, in view-box units.
pub const FONT: f64 = 11.0;
/// Half the width of a whisker's end caps.
pub const WHISKER_CAP: f64 = 5.0;

pub(super) fn finite(x: f64) -> f64 {
    if x.is_finite() {
        x
    } else {
        0.0
    }
}

/// A linear map from values to positions.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// Lowest value shown.
    pub min: f64,
    /// Highest value shown.
    pub max: f64,
    /// Position of `min`.
    pub from: f64,
    /// Position of `max`.
    pub to: f64,
}

impl Scale {
    /// A scale from the first to the last of `ticks` (never empty, see [`ticks`]), placed
    /// between positions `from` and `to`.
    pub fn fit(ticks: &[f64], from: f64, to: f64) -> Scale {
        Scale {
            min: ticks.first().copied().unwrap_or(0.0),
            max: ticks.last().copied().unwrap_or(1.0),
            from,
            to,
        }
    }

    /// The position of `value`, clamped to the scale's ends.
    pub fn at(&self, value: f64) -> f64 {
        let span = self.max - self.min;
        let t = if span > 0.0 {
            (finite(value) - self.min) / span
        } else {
            0.0
        };
        self.from + t.clamp(0.0, 1.0) * (self.to - self.from)
    }

    /// Grid lines at these values.
    pub fn ticks(&self, values: &[f64]) -> Vec<Tick> {
        values
            .iter()
            .map(|v| Tick {
                at: self.at(*v),
                value: *v,
            })
            .collect()
    }
}

/// A step between ticks that is 1, 2 or 5 times a power of ten, at least `raw`.
fn nice_step(raw: f64) -> f64 {
    let raw = finite(raw).clamp(1e-6, 1e12);
    let mut power = 1.0;
    while power * 10.0 <= raw {
        power *= 10.0;
    }
    while power > raw {
        power /= 10.0;
    }
    [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * power)
        .find(|s| *s >= raw * 0.999_999)
        .unwrap_or(10.0 * power)
}

/// Tick values from `min` to `max` widened to whole steps, at most about `count` of them.
/// The range always includes 0 and is never empty.
pub fn ticks(min: f64, max: f64, count: usize) -> Vec<f64> {
    let lo = finite(min).min(0.0);
    let mut hi = finite(max).max(0.0);
    if hi - lo <= 0.0 {
        hi = 1.0;
    }
    let step = nice_step((hi - lo) / count.max(1) as f64);
    let first = (lo / step).floor();
    let last = (hi / step).ceil();
    // Beyond the step's clamp (ranges over about 1e13) fall back to the two ends.
    let n = (last - first) as i64;
    if !(1..=2 * count.max(1) as i64 + 2).contains(&n) {
        return vec![lo, hi];
    }
    (0..=n).map(|i| (first + i as f64) * step).collect()
}

/// A horizontal grid line with its value.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Position on the value axis.
    pub at: f64,
    /// The value.
    pub value: f64,
}

/// The five steps of the bridge chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// Places before.
    Before,
    /// Lost with FBV.
    Fbv,
    /// Cut in tenders and public cuts.
    Cuts,
    /// Bought to compensate.
    Compensation,
    /// Places after.
    After,
}

impl Step {
    /// In the order drawn.
    pub const ALL: [Step; 5] = [
        Step::Before,
        Step::Fbv,
        Step::Cuts,
        Step::Compensation,
        Step::After,
    ];
}

/// One bar of the bridge chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// Which step.
    pub step: Step,
    /// Left edge.
    pub x: f64,
    /// Width.
    pub width: f64,
    /// Top edge.
    pub y: f64,
    /// Height (never negative).
    pub height: f64,
    /// The step's value (places; a loss is positive).
    pub value: f64,
    /// Whether it is an estimate or a range: drawn hatched.
    pub estimate: bool,
    /// The range as a whisker: top and bottom, inside the plot.
    pub whisker: Option<(f64, f64)>,
    /// Centre of the value label (text baseline).
    pub label: (f64, f64),
}

/// The bridge (waterfall) chart of one region.
#[derive(Clone, Debug, PartialEq)]
pub struct Waterfall {
    /// View-box height.
    pub height: f64,
    /// Left and right edge of the plot.
    pub plot_x: (f64, f64),
    /// Position of the zero line.
    pub zero: f64,
    /// Grid lines.
    pub ticks: Vec<Tick>,
    /// Bars in [`Step::ALL`] order.
    pub bars: Vec<Bar>,
    /// Dashed connectors from one bar's end to the next bar: x from, x to, y.
    pub connectors: Vec<(f64, f64, f64)>,
    /// Baseline of the step names under the bars.
    pub names_y: f64,
    /// What the five steps rest on.
    pub sources: SourceSet,
}

/// Everything `lines` rest on: a chart names its sources under it, like every number.
pub(super) fn sources_of<'a>(lines: impl IntoIterator<Item = &'a Line>) -> SourceSet {
    lines
        .into_iter()
        .fold(SourceSet::default(), |set, line| set.union(line.sources))
}

fn is_estimate(line: &Line) -> bool {
    line.kind.is_uncertain() || line.span.is_range()
}

/// Lays out the bridge from places before to places after for `r`.
pub fn waterfall(r: &RegionResult) -> Waterfall {
    let height = 230.0;
    let (top, bottom) = (22.0, height - 30.0);
    let (left, right) = (40.0, WIDTH - 6.0);
    // Running level before each step, with the step's signed change.
    let fbv = finite(r.fbv.span.mid);
    let cuts = finite(r.cuts.span.mid);
    let comp = finite(r.compensation.span.mid);
    let before = finite(r.before.span.mid);
    let after = finite(r.after.span.mid);
    let levels = [
        (0.0, before, &r.before),
        (before, before - fbv, &r.fbv),
        (before - fbv, before - fbv - cuts, &r.cuts),
        (
            before - fbv - cuts,
            before - fbv - cuts + comp,
            &r.compensation,
        ),
        (0.0, after, &r.after),
    ];
    // Whisker ends: for totals the range of the total; for changes the range of the end level.
    let whisker_of = |i: usize| -> Option<(f64, f64)> {
        let (start, _, line) = levels[i];
        let s = line.span;
        if !s.is_range() {
            return None;
        }
        let (a, b) = match i {
            0 | 4 => (s.low, s.high),
            3 => (start + s.low, start + s.high),
            _ => (start - s.low, start - s.high),
        };
        Some((finite(a.min(b)), finite(a.max(b))))
    };
    let mut lo: f64 = 0.0;
    let mut hi: f64 = 0.0;
    for (i, (a, b, _)) in levels.iter().enumerate() {
        lo = lo.min(*a).min(*b);
        hi = hi.max(*a).max(*b);
        if let Some((w0, w1)) = whisker_of(i) {
            lo = lo.min(w0);
            hi = hi.max(w1);
        }
    }
    let values = ticks(lo, hi, 4);
    let scale = Scale::fit(&values, bottom, top);
    let slot = (right - left) / 5.0;
    let width = slot * 0.62;
    let mut bars = Vec::with_capacity(5);
    for (i, step) in Step::ALL.iter().enumerate() {
        let (a, b, line) = levels[i];
        let (y0, y1) = (scale.at(a), scale.at(b));
        let x = left + slot * i as f64 + (slot - width) / 2.0;
        let whisker = whisker_of(i).map(|(w0, w1)| (scale.at(w1), scale.at(w0)));
        let top_y = y0.min(y1).min(whisker.map_or(f64::MAX, |w| w.0));
        // Above the bar and its whisker; inside the bar's top when that would leave the box.
        let label_y = if top_y - 4.0 < FONT + 1.0 {
            top_y + FONT + 2.0
        } else {
            top_y - 4.0
        };
        bars.push(Bar {
            step: *step,
            x,
            width,
            y: y0.min(y1),
            height: (y1 - y0).abs(),
            value: finite(line.span.mid),
            estimate: is_estimate(line),
            whisker,
            label: (x + width / 2.0, label_y),
        });
    }
    let connectors = (0..4)
        .map(|i| {
            let end = levels[i].1;
            (bars[i].x + bars[i].width, bars[i + 1].x, scale.at(end))
        })
        .collect();
    Waterfall {
        height,
        plot_x: (left, right),
        zero: scale.at(0.0),
        ticks: scale.ticks(&values),
        bars,
        connectors,
        names_y: bottom + 16.0,
        sources: sources_of([&r.before, &r.fbv, &r.cuts, &r.compensation, &r.after]),
    }
}

/// One region's row in the comparison of places per 100 000 inhabitants.
#[derive(Clone, Debug, PartialEq)]
pub struct RateRow {
    /// The region.
    pub region: RegionId,
    /// Top of the row.
    pub y: f64,
    /// The "before" bar: x, y, width, height.
    pub before_bar: (f64, f64, f64, f64),
    /// The "after" bar, under it.
    pub after_bar: (f64, f64, f64, f64),
    /// Baseline end of the region's name (right-aligned before the bars).
    pub name_at: (f64, f64),
    /// Baseline start of the rate after, right of the longer bar.
    pub value_at: (f64, f64),
    /// Places per 100 000 before and after.
    pub values: (f64, f64),
    /// After minus before, per 100 000.
    pub change: f64,
    /// Whether it is the selected region.
    pub selected: bool,
}

/// Places per 100 000 before and after for the four regions and Norway, sorted.
#[derive(Clone, Debug, PartialEq)]
pub struct RateChart {
    /// View-box height.
    pub height: f64,
    /// Where bars start (value 0).
    pub zero: f64,
    /// Height of one row.
    pub row: f64,
    /// Grid lines (positions along x).
    pub ticks: Vec<Tick>,
    /// Rows, highest "after" rate first.
    pub rows: Vec<RateRow>,
    /// What the rates rest on.
    pub sources: SourceSet,
}

/// Lays out the comparison of places per 100 000 for the four regions and Norway.
pub fn rates(results: &Results, selected: RegionId) -> RateChart {
    let mut all: Vec<&RegionResult> = results.regions.iter().collect();
    all.push(&results.norge);
    rates_of(all, selected)
}

/// Lays out the comparison for any set of regions, highest rate after first.
pub fn rates_of(mut all: Vec<&RegionResult>, selected: RegionId) -> RateChart {
    let (left, right) = (118.0, WIDTH - 44.0);
    let row = 34.0;
    // Insertion sort, stable, highest rate after first: five rows need no general sort (and
    // the wasm then carries none).
    let rate = |r: &RegionResult| finite(r.per_100k_after.span.mid);
    for i in 1..all.len() {
        let mut j = i;
        while j > 0 && rate(all[j - 1]) < rate(all[j]) {
            all.swap(j - 1, j);
            j -= 1;
        }
    }
    let max = all.iter().fold(0.0_f64, |m, r| {
        m.max(finite(r.per_100k_before.span.mid))
            .max(finite(r.per_100k_after.span.mid))
    });
    let values = ticks(0.0, max, 4);
    let scale = Scale::fit(&values, left, right);
    let sources = sources_of(
        all.iter()
            .flat_map(|r| [&r.per_100k_before, &r.per_100k_after]),
    );
    let rows: Vec<RateRow> = all
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (b, a) = (
                finite(r.per_100k_before.span.mid),
                finite(r.per_100k_after.span.mid),
            );
            let y = 4.0 + row * i as f64;
            let h = (row - 10.0) / 2.0;
            let (bx, ax) = (scale.at(b), scale.at(a));
            RateRow {
                region: r.region,
                y,
                before_bar: (left, y + 4.0, bx - left, h),
                after_bar: (left, y + 4.0 + h, ax - left, h),
                name_at: (left - 6.0, y + 19.0),
                value_at: (bx.max(ax) + 4.0, y + 4.0 + h + 3.5),
                values: (b, a),
                change: a - b,
                selected: r.region == selected,
            }
        })
        .collect();
    RateChart {
        height: 4.0 + row * rows.len() as f64 + 18.0,
        zero: left,
        row,
        ticks: scale.ticks(&values),
        rows,
        sources,
    }
}

/// The timeline of observed activity with the before and after levels.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    /// View-box height.
    pub height: f64,
    /// Left and right edge of the plot.
    pub plot_x: (f64, f64),
    /// Grid lines.
    pub ticks: Vec<Tick>,
    /// Observed points: year, x, y, value.
    pub points: Vec<(u16, f64, f64, f64)>,
    /// The places before (reference year): y and value.
    pub before: (f64, f64),
    /// The announced level after: y of low, mid and high, and the value.
    pub after: (f64, f64, f64, f64),
    /// Baseline of the year labels.
    pub years_y: f64,
    /// What the observed activity and the two levels rest on.
    pub sources: SourceSet,
}

/// Lays out observed occupied-place equivalents by year with the before and after levels.
pub fn timeline(r: &RegionResult) -> Timeline {
    let height = 200.0;
    let (top, bottom) = (14.0, height - 26.0);
    let (left, right) = (40.0, WIDTH - 54.0);
    let max = r
        .observed
        .iter()
        .fold(0.0_f64, |m, o| m.max(finite(o.places)));
    let max = max
        .max(finite(r.before.span.high))
        .max(finite(r.after.span.high));
    let values = ticks(0.0, max, 4);
    let y = Scale::fit(&values, bottom, top);
    let n = r.observed.len();
    let x_at = |i: usize| {
        if n > 1 {
            left + (right - left) * i as f64 / (n - 1) as f64
        } else {
            (left + right) / 2.0
        }
    };
    let s = r.after.span;
    Timeline {
        height,
        plot_x: (left, right),
        ticks: y.ticks(&values),
        points: r
            .observed
            .iter()
            .enumerate()
            .map(|(i, o)| (o.year, x_at(i), y.at(o.places), finite(o.places)))
            .collect(),
        before: (y.at(r.before.span.mid), finite(r.before.span.mid)),
        after: (y.at(s.low), y.at(s.mid), y.at(s.high), finite(s.mid)),
        years_y: bottom + 16.0,
        sources: sources_of(r.observed_change.iter().chain([&r.before, &r.after])),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_steps() {
        assert_eq!(nice_step(0.3), 0.5);
        assert_eq!(nice_step(1.0), 1.0);
        assert_eq!(nice_step(23.0), 50.0);
        assert_eq!(nice_step(240.0), 500.0);
        assert_eq!(nice_step(101.0), 200.0);
        assert_eq!(nice_step(f64::NAN), nice_step(1e-6));
    }

    #[test]
    fn ticks_cover_the_range_from_zero() {
        assert_eq!(ticks(0.0, 907.0, 4), vec![0.0, 500.0, 1000.0]);
        assert_eq!(ticks(0.0, 0.0, 4), vec![0.0, 0.5, 1.0]);
        let t = ticks(-30.0, 120.0, 4);
        assert!(t[0] <= -30.0 && *t.last().unwrap() >= 120.0 && t.contains(&0.0));
    }

    #[test]
    fn scale_clamps_and_survives_an_empty_domain() {
        let s = Scale {
            min: 0.0,
            max: 10.0,
            from: 100.0,
            to: 0.0,
        };
        assert_eq!(s.at(5.0), 50.0);
        assert_eq!(s.at(20.0), 0.0);
        assert_eq!(s.at(f64::INFINITY), 100.0);
        let empty = Scale { max: 0.0, ..s };
        assert_eq!(empty.at(3.0), 100.0);
    }
}
