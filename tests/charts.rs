//! Chart geometry, natively: the shipped data's charts, and degenerate inputs — all
//! zero, equal before and after, a gain, a single region, very large and very small values,
//! ranges wider than the bar — with every label inside the view box and monotone scales.

#![cfg(not(target_arch = "wasm32"))]

use dognplass::data::dataset;
use dognplass::model::calc::last_measured_year;
use dognplass::model::view::chart::{self, Step, Waterfall, FONT, WIDTH};
use dognplass::model::view::map::{self, class_of};
use dognplass::model::{compute, RegionId, RegionResult, Span};

/// The shipped result for `region` with the five steps replaced.
fn with(region: RegionId, steps: [Span; 5]) -> RegionResult {
    let mut r = compute(dataset()).get(region).clone();
    let [before, fbv, cuts, comp, after] = steps;
    r.before.span = before;
    r.fbv.span = fbv;
    r.cuts.span = cuts;
    r.compensation.span = comp;
    r.after.span = after;
    r
}

fn exact(x: f64) -> Span {
    Span::exact(x)
}

#[track_caller]
fn inside(w: &Waterfall) {
    for b in &w.bars {
        assert!(b.height >= 0.0 && b.width > 0.0, "{b:?}");
        assert!(b.x >= 0.0 && b.x + b.width <= WIDTH, "{b:?}");
        assert!(b.y >= 0.0 && b.y + b.height <= w.height, "{b:?}");
        let (lx, ly) = b.label;
        assert!(lx > 0.0 && lx < WIDTH, "label x {lx}");
        assert!(ly >= FONT && ly <= w.height, "label y {ly} in {}", w.height);
        if let Some((top, bottom)) = b.whisker {
            assert!(top <= bottom && top >= 0.0 && bottom <= w.height, "{b:?}");
        }
    }
    // Ticks go up the screen as values grow.
    for pair in w.ticks.windows(2) {
        assert!(pair[1].value > pair[0].value && pair[1].at < pair[0].at);
    }
    assert!(w.names_y <= w.height);
}

#[test]
fn shipped_bridge_for_helse_sor_ost() {
    let results = compute(dataset());
    let r = results.get(RegionId::HelseSorOst);
    let w = chart::waterfall(r);
    inside(&w);
    assert_eq!(w.bars.len(), 5);
    assert_eq!(w.bars.iter().map(|b| b.step).collect::<Vec<_>>(), Step::ALL);
    // Before and after stand on the zero line; the after bar is shorter.
    let (before, after) = (&w.bars[0], &w.bars[4]);
    assert!((before.y + before.height - w.zero).abs() < 1e-9);
    assert!((after.y + after.height - w.zero).abs() < 1e-9);
    assert!(after.height < before.height);
    // The FBV bar hangs from the top of the before bar, and the chain ends at the after level.
    assert!((w.bars[1].y - before.y).abs() < 1e-9);
    let last = w.connectors.last().unwrap();
    assert!((last.2 - after.y).abs() < 1.0, "{last:?} vs {}", after.y);
    // FBV is an estimated range: hatched with a whisker.
    assert!(w.bars[1].estimate && w.bars[1].whisker.is_some());
    assert_eq!(w.bars[0].value, r.before.span.mid);
}

#[test]
fn every_region_and_scenario_fits() {
    use dognplass::model::{compute_scenario, Edits, Scenario};
    for scenario in [Scenario::Vedtatt, Scenario::Stans, Scenario::Framskrivning] {
        let results = compute_scenario(dataset(), &Edits::default(), scenario, 2025);
        for region in RegionId::ALL {
            inside(&chart::waterfall(results.get(region)));
            let t = chart::timeline(results.get(region));
            // One point per measured NPR year (2017–2025 in the shipped export; a new export
            // brought in by scripts/release.sh may add years).
            let years = last_measured_year(dataset()) - dataset().npr_first_year + 1;
            assert_eq!(t.points.len(), usize::from(years));
            for (_, x, y, _) in &t.points {
                assert!(*x >= t.plot_x.0 && *x <= t.plot_x.1 && *y >= 0.0 && *y <= t.height);
            }
        }
    }
}

#[test]
fn all_zero_draws_flat_bars_without_dividing_by_zero() {
    let r = with(RegionId::HelseVest, [exact(0.0); 5]);
    let w = chart::waterfall(&r);
    inside(&w);
    assert!(w.bars.iter().all(|b| b.height == 0.0 && b.y.is_finite()));
    assert!(w.ticks.len() >= 2);
}

#[test]
fn equal_before_and_after() {
    let r = with(
        RegionId::HelseNord,
        [
            exact(150.0),
            exact(10.0),
            exact(0.0),
            exact(10.0),
            exact(150.0),
        ],
    );
    let w = chart::waterfall(&r);
    inside(&w);
    assert_eq!(w.bars[0].height, w.bars[4].height);
    assert_eq!(w.bars[2].height, 0.0);
}

#[test]
fn a_gain_goes_up_and_a_loss_below_zero_extends_the_axis() {
    // More bought than lost: the after bar is taller than the before bar.
    let gain = with(
        RegionId::HelseMidtNorge,
        [
            exact(100.0),
            exact(5.0),
            exact(0.0),
            exact(40.0),
            exact(135.0),
        ],
    );
    let w = chart::waterfall(&gain);
    inside(&w);
    assert!(w.bars[4].height > w.bars[0].height);
    // Losses larger than the places before: the running level dips below zero.
    let dip = with(
        RegionId::HelseNord,
        [
            exact(50.0),
            exact(80.0),
            exact(10.0),
            exact(0.0),
            exact(0.0),
        ],
    );
    let w = chart::waterfall(&dip);
    inside(&w);
    assert!(w.ticks[0].value < 0.0);
    assert!(w.zero < w.height - 30.0 + 1e-9);
}

#[test]
fn very_large_and_very_small_values() {
    let big = with(
        RegionId::Norge,
        [
            exact(2.0e9),
            exact(1.0e9),
            exact(0.0),
            exact(0.0),
            exact(1.0e9),
        ],
    );
    inside(&chart::waterfall(&big));
    let tiny = with(
        RegionId::Norge,
        [
            exact(0.004),
            exact(0.001),
            exact(0.0),
            exact(0.0),
            exact(0.003),
        ],
    );
    let w = chart::waterfall(&tiny);
    inside(&w);
    assert!(
        w.bars[0].height > 10.0,
        "small values still get a visible scale"
    );
    let nan = with(
        RegionId::Norge,
        [
            exact(f64::NAN),
            exact(f64::INFINITY),
            exact(0.0),
            exact(0.0),
            exact(1.0),
        ],
    );
    inside(&chart::waterfall(&nan));
}

#[test]
fn a_range_wider_than_its_bar_stays_inside_the_plot() {
    let r = with(
        RegionId::HelseVest,
        [
            Span::new(180.0, 200.0, 260.0),
            Span::new(0.0, 5.0, 190.0),
            exact(0.0),
            exact(0.0),
            Span::new(0.0, 195.0, 260.0),
        ],
    );
    let w = chart::waterfall(&r);
    inside(&w);
    let (top, bottom) = w.bars[1].whisker.unwrap();
    assert!(bottom - top > w.bars[1].height * 10.0);
}

#[test]
fn rates_are_sorted_highlighted_and_work_for_a_single_region() {
    let results = compute(dataset());
    let chart = chart::rates(&results, RegionId::HelseVest);
    assert_eq!(chart.rows.len(), 5);
    for pair in chart.rows.windows(2) {
        assert!(pair[0].values.1 >= pair[1].values.1);
        assert!(pair[0].y < pair[1].y);
    }
    let selected: Vec<_> = chart.rows.iter().filter(|r| r.selected).collect();
    assert_eq!(selected.len(), 1);
    assert_eq!(selected[0].region, RegionId::HelseVest);
    for row in &chart.rows {
        let (bx, by, bw, bh) = row.before_bar;
        let (_, ay, aw, _) = row.after_bar;
        assert!(bx == chart.zero && bx + bw <= WIDTH && bw >= 0.0 && aw >= 0.0);
        assert!(by >= row.y && ay >= by + bh - 1e-9 && row.y + chart.row <= chart.height);
        assert!(row.value_at.0 > bx + bw.max(aw) && row.value_at.0 < WIDTH);
        assert_eq!(row.change, row.values.1 - row.values.0);
        // Longer bars for larger rates.
        assert_eq!(row.values.0 > row.values.1, bw > aw);
    }
    let one = chart::rates_of(vec![results.get(RegionId::HelseNord)], RegionId::Norge);
    assert_eq!(one.rows.len(), 1);
    assert!(one.rows.iter().all(|r| !r.selected));
    assert!(one.height > one.row);
}

#[test]
fn timeline_marks_before_and_after_levels() {
    let results = compute(dataset());
    let r = results.get(RegionId::HelseSorOst);
    let t = chart::timeline(r);
    assert_eq!(t.points.first().unwrap().0, dataset().npr_first_year);
    assert_eq!(t.points.last().unwrap().0, last_measured_year(dataset()));
    // After is below before on the page's scale (a larger y).
    assert!(t.after.1 > t.before.0);
    assert!(t.after.0 >= t.after.1 && t.after.1 >= t.after.2);
    for pair in t.points.windows(2) {
        assert!(pair[1].1 > pair[0].1);
    }
    let mut single = r.clone();
    single.observed.truncate(1);
    let t = chart::timeline(&single);
    assert_eq!(t.points.len(), 1);
    assert!((t.points[0].1 - (t.plot_x.0 + t.plot_x.1) / 2.0).abs() < 1e-9);
    single.observed.clear();
    assert!(chart::timeline(&single).points.is_empty());
}

#[test]
fn map_classes_follow_each_region_change() {
    let results = compute(dataset());
    let m = map::map(dataset(), &results, RegionId::HelseVest);
    assert_eq!(m.regions.len(), 4);
    assert_eq!(m.size, (392.0, 500.0));
    for r in &m.regions {
        assert_eq!(r.class, class_of(results.get(r.region).change_pct.span.mid));
        assert!(r.label.0 <= m.size.0 && r.label.1 <= m.size.1);
        assert!(r.path.starts_with('M'));
        assert_eq!(r.selected, r.region == RegionId::HelseVest);
    }
    // Helse Vest (−21 %: FBV 34, Helse Bergen 25, Tronvik 15) is in the darkest class, Helse
    // Midt-Norge (−2 %) in the lightest of those that fall.
    let hv = &m.regions[1];
    assert!(m.regions.iter().all(|r| r.class >= hv.class));
    assert!(m.regions[2].class > hv.class);
    // Every chart names its sources; the map also its outlines' source.
    let map_source = dataset().map.sources.0;
    assert_eq!(m.sources.0 & map_source, map_source);
    let r = results.get(RegionId::HelseVest);
    assert!(!chart::waterfall(r).sources.is_empty());
    assert!(!chart::timeline(r).sources.is_empty());
    assert!(!chart::rates(&results, RegionId::Norge).sources.is_empty());
    // The legend sits inside the frame with room for five rows.
    assert!(m.legend.0 < m.size.0 && m.legend.1 + 6.0 * m.legend_row <= m.size.1);
}

#[test]
fn descriptions_name_the_numbers() {
    let results = compute(dataset());
    let strings = dognplass::model::Lang::Nb.strings();
    let r = results.get(RegionId::HelseSorOst);
    let text = strings.describe_waterfall(r, 2025, 2022);
    assert!(text.contains("Helse Sør-Øst"), "{text}");
    // 1 259.86 → 1 139 (1 139 + 120.86 FBV places, all gone by 2025).
    assert!(
        text.contains("1\u{a0}260") && text.contains("1\u{a0}139"),
        "{text}"
    );
    let map = strings.describe_map(&results);
    assert!(map.contains("Størst nedgang: Helse Vest"), "{map}");
    assert!(map.contains("Helse Sør-Øst \u{2212}9,6\u{a0}%"), "{map}");
    let rates = strings.describe_rates(&chart::rates(&results, RegionId::Norge));
    assert!(rates.contains("Høyest etter"), "{rates}");
    let line = strings.describe_timeline(r);
    let (first, last) = (dataset().npr_first_year, last_measured_year(dataset()));
    assert!(
        line.contains(&first.to_string()) && line.contains(&last.to_string()),
        "{line}"
    );
    assert_eq!(strings.class_label(0), "under \u{2212}15\u{a0}%");
    assert_eq!(strings.class_label(4), "ingen nedgang");
}
