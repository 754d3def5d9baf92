//! Turns the model's chart geometry into SVG and into tables, as escaped markup. Nothing here
//! computes a position: every coordinate comes from `model::chart`; this file only writes it
//! out (rounded to a tenth of a unit) with the texts and classes the style sheet colours.

use crate::model::calc::{RegionResult, Results};
use crate::model::i18n::numbers::{self, plain};
use crate::model::view::chart::{self, RateChart, Step, Timeline, Waterfall, WIDTH};
use crate::model::view::map::{self, MapView};
use crate::model::{RegionId, Strings};
use crate::ui::html::cells::head_row;
use crate::ui::html::markup::Markup;

/// A coordinate, rounded to a tenth.
fn c(x: f64) -> String {
    plain((x * 10.0).round() / 10.0)
}

fn svg_open(m: &mut Markup, height: f64, label_id: &str, interactive: bool) {
    let view = format!("0 0 {} {}", c(WIDTH), c(height));
    m.open(
        "svg",
        &[
            ("viewBox", &view),
            ("class", "plot"),
            ("role", if interactive { "group" } else { "img" }),
            ("aria-labelledby", label_id),
        ],
    );
}

fn text(m: &mut Markup, x: f64, y: f64, class: &str, content: &str) {
    m.shape("text", class, &[("x", x), ("y", y)], Some(content));
}

fn line(m: &mut Markup, (x1, y1, x2, y2): (f64, f64, f64, f64), class: &str) {
    m.shape(
        "line",
        class,
        &[("x1", x1), ("y1", y1), ("x2", x2), ("y2", y2)],
        None,
    );
}

fn rect(m: &mut Markup, (x, y, w, h): (f64, f64, f64, f64), class: &str) {
    m.shape(
        "rect",
        class,
        &[
            ("x", x),
            ("y", y),
            ("width", w.max(0.0)),
            ("height", h.max(0.0)),
        ],
        None,
    );
}

/// A hatch pattern per bar colour, for estimates; ids carry `prefix` to stay unique.
fn hatches(m: &mut Markup, prefix: &str, kinds: &[&str]) {
    m.open("defs", &[]);
    for kind in kinds {
        let id = format!("{prefix}-{kind}");
        m.open(
            "pattern",
            &[
                ("id", &id),
                ("width", "5"),
                ("height", "5"),
                ("patternUnits", "userSpaceOnUse"),
                ("patternTransform", "rotate(45)"),
            ],
        );
        rect(m, (0.0, 0.0, 5.0, 5.0), "hatch-bg");
        rect(m, (0.0, 0.0, 2.2, 5.0), &format!("fill-{kind}"));
        m.close("pattern");
    }
    m.close("defs");
}

fn grid(m: &mut Markup, strings: &Strings, ticks: &[chart::Tick], x: (f64, f64)) {
    for t in ticks {
        line(m, (x.0, t.at, x.1, t.at), "grid");
        text(
            m,
            x.0 - 4.0,
            t.at + 3.5,
            "tick end",
            &numbers::number(strings.numbers, t.value, decimals_of(ticks)),
        );
    }
}

/// Two decimals when the ticks are closer than 1 apart, else whole numbers.
fn decimals_of(ticks: &[chart::Tick]) -> u8 {
    match ticks {
        [a, b, ..] if (b.value - a.value).abs() < 1.0 => 2,
        _ => 0,
    }
}

/// A legend under a chart: one key (drawn by the style sheet's `class`) and label a line.
fn legend(m: &mut Markup, classes: &[&str], labels: &[&str]) {
    m.open("ul", &[("class", "chart-legend")]);
    for (class, label) in classes.iter().zip(labels) {
        m.open("li", &[]);
        m.el("span", &[("class", class), ("aria-hidden", "true")], "");
        m.text(label);
        m.close("li");
    }
    m.close("ul");
}

/// The bridge chart.
pub fn waterfall(m: &mut Markup, strings: &Strings, w: &Waterfall, label_id: &str) {
    let names = strings.charts().steps.in_order();
    svg_open(m, w.height, label_id, false);
    hatches(m, "dp-h", &["total", "loss", "gain"]);
    grid(m, strings, &w.ticks, w.plot_x);
    for (from, to, y) in &w.connectors {
        line(m, (*from, *y, *to, *y), "connector");
    }
    for (i, bar) in w.bars.iter().enumerate() {
        let kind = match bar.step {
            Step::Before | Step::After => "total",
            Step::Compensation => "gain",
            Step::Fbv | Step::Cuts => "loss",
        };
        let class = if bar.estimate {
            format!("bar est-{kind}")
        } else {
            format!("bar fill-{kind}")
        };
        m.open("g", &[("data-step", names[i])]);
        rect(m, (bar.x, bar.y, bar.width, bar.height), &class);
        if let Some((top, bottom)) = bar.whisker {
            let (mid, cap) = (bar.label.0, chart::WHISKER_CAP);
            line(m, (mid, top, mid, bottom), "whisker");
            line(m, (mid - cap, top, mid + cap, top), "whisker");
            line(m, (mid - cap, bottom, mid + cap, bottom), "whisker");
        }
        let sign = match bar.step {
            Step::Fbv | Step::Cuts if bar.value != 0.0 => "\u{2212}",
            Step::Compensation if bar.value != 0.0 => "+",
            _ => "",
        };
        let approx = if bar.estimate { "≈\u{a0}" } else { "" };
        let value = format!(
            "{approx}{sign}{}",
            numbers::number(strings.numbers, bar.value.abs(), 0)
        );
        text(m, bar.label.0, bar.label.1, "value mid", &value);
        text(m, bar.label.0, w.names_y, "name mid", names[i]);
        m.close("g");
    }
    line(m, (w.plot_x.0, w.zero, w.plot_x.1, w.zero), "axis");
    m.close("svg");
}

/// The legend of the bridge: plain, hatched, whisker.
pub fn waterfall_legend(m: &mut Markup, strings: &Strings) {
    legend(
        m,
        &["key-solid", "key-hatched", "key-whisker"],
        &strings.charts().bar_legend.in_order(),
    );
}

/// The comparison of rates; each row selects its region.
pub fn rates(m: &mut Markup, strings: &Strings, chart: &RateChart, label_id: &str) {
    let words = &strings.charts().rate_words;
    svg_open(m, chart.height, label_id, true);
    for t in &chart.ticks {
        line(m, (t.at, 0.0, t.at, chart.height - 16.0), "grid");
        text(
            m,
            t.at,
            chart.height - 4.0,
            "tick mid",
            &numbers::number(strings.numbers, t.value, 0),
        );
    }
    for row in &chart.rows {
        let rate = |x: f64| numbers::number(strings.numbers, x, 1);
        let name = strings.region_name(row.region);
        // Starts with the visible text (name, rate after), as WCAG 2.5.3 asks.
        let aria = format!(
            "{name} {} {}, {} {}",
            rate(row.values.1),
            words.after,
            rate(row.values.0),
            words.before
        );
        let class = if row.selected {
            "row pick on"
        } else {
            "row pick"
        };
        m.open(
            "g",
            &[
                ("class", class),
                ("data-region", row.region.slug()),
                ("role", "button"),
                ("tabindex", "0"),
                ("aria-pressed", if row.selected { "true" } else { "false" }),
                ("aria-label", &aria),
            ],
        );
        rect(m, (0.0, row.y, WIDTH, chart.row), "hit");
        text(m, row.name_at.0, row.name_at.1, "name end", name);
        rect(m, row.before_bar, "rate-before");
        rect(m, row.after_bar, "rate-after");
        m.close("g");
        // Outside the button, hidden from assistive technology: its accessible name already
        // says the rate, and the name must start with the row's visible text (WCAG 2.5.3).
        m.open("g", &[("aria-hidden", "true"), ("class", "ro")]);
        text(
            m,
            row.value_at.0,
            row.value_at.1,
            "value",
            &rate(row.values.1),
        );
        m.close("g");
    }
    m.close("svg");
}

/// The legend of the comparison: before, after.
pub fn rates_legend(m: &mut Markup, strings: &Strings) {
    legend(
        m,
        &["key-before", "key-after"],
        &strings.charts().rate_legend.in_order(),
    );
}

/// The timeline of observed activity with the before and after levels.
pub fn timeline(m: &mut Markup, strings: &Strings, t: &Timeline, label_id: &str) {
    let n = |x: f64| numbers::number(strings.numbers, x, 0);
    svg_open(m, t.height, label_id, false);
    grid(m, strings, &t.ticks, t.plot_x);
    let (x0, x1) = t.plot_x;
    let (low, mid, high, after) = t.after;
    rect(m, (x0, high, x1 - x0, low - high), "band");
    line(m, (x0, mid, x1, mid), "level-after");
    line(m, (x0, t.before.0, x1, t.before.0), "level-before");
    text(m, x1 + 7.0, t.before.0 + 3.5, "value", &n(t.before.1));
    text(m, x1 + 7.0, mid + 3.5, "value after", &n(after));
    let points: Vec<String> = t
        .points
        .iter()
        .map(|(_, x, y, _)| format!("{},{}", c(*x), c(*y)))
        .collect();
    m.el(
        "polyline",
        &[("points", &points.join(" ")), ("class", "observed")],
        "",
    );
    for (i, (year, x, y, _)) in t.points.iter().enumerate() {
        m.shape("circle", "dot", &[("cx", *x), ("cy", *y), ("r", 3.0)], None);
        // Every other year on narrow charts, always the first and last.
        if i % 2 == 0 || i + 1 == t.points.len() {
            text(m, *x, t.years_y, "name mid", &year.to_string());
        }
    }
    m.close("svg");
}

/// The legend of the timeline.
pub fn timeline_legend(m: &mut Markup, strings: &Strings) {
    legend(
        m,
        &["key-line", "key-before-level", "key-band"],
        &strings.charts().line_legend.in_order(),
    );
}

/// The map: each region a focusable button named by its name and change.
pub fn map(m: &mut Markup, strings: &Strings, view: &MapView, label_id: &str) {
    let (w, h) = view.size;
    let box_ = format!("0 0 {} {}", c(w), c(h));
    m.open(
        "svg",
        &[
            ("viewBox", &box_),
            ("class", "plot map"),
            ("role", "group"),
            ("aria-labelledby", label_id),
        ],
    );
    for r in &view.regions {
        let pct = numbers::signed_percent(strings.numbers, r.change_pct, 1);
        let aria = if r.unconfirmed {
            let note = strings.charts().map_unconfirmed.trim_start_matches("* ");
            format!("{}: {pct} ({note})", r.region.name())
        } else {
            format!("{}: {pct}", r.region.name())
        };
        let class = if r.selected {
            format!("area pick on class-{}", r.class)
        } else {
            format!("area pick class-{}", r.class)
        };
        m.open(
            "g",
            &[
                ("class", &class),
                ("data-region", r.region.slug()),
                ("role", "button"),
                ("tabindex", "0"),
                ("aria-pressed", if r.selected { "true" } else { "false" }),
                ("aria-label", &aria),
            ],
        );
        m.el("path", &[("d", r.path)], "");
        m.close("g");
    }
    // Labels above every outline, so a neighbour never covers them.
    for r in &view.regions {
        let mut pct = numbers::signed_percent(strings.numbers, r.change_pct, 1);
        if r.unconfirmed {
            pct.push('*');
        }
        let (x, y) = r.label;
        m.open("g", &[("class", "area-label"), ("aria-hidden", "true")]);
        text(m, x, y, "mid", short_name(r.region));
        text(m, x, y + 13.0, "mid", &pct);
        m.close("g");
    }
    let (lx, ly) = view.legend;
    text(m, lx, ly - 6.0, "legend-title", strings.charts().map_legend);
    for class in 0..5u8 {
        let y = ly + view.legend_row * f64::from(class);
        rect(m, (lx, y, 16.0, 12.0), &format!("swatch class-{class}"));
        text(
            m,
            lx + 22.0,
            y + 10.0,
            "legend",
            &strings.class_label(class),
        );
    }
    m.close("svg");
}

/// Names short enough for the map; the accessible name and the table use the full names.
fn short_name(region: RegionId) -> &'static str {
    match region {
        RegionId::HelseSorOst => "Sør-Øst",
        RegionId::HelseVest => "Vest",
        RegionId::HelseMidtNorge => "Midt-Norge",
        RegionId::HelseNord => "Nord",
        RegionId::Norge => "Norge",
    }
}

/// The bridge as a table: step and places.
pub fn waterfall_table(m: &mut Markup, strings: &Strings, w: &Waterfall, r: &RegionResult) {
    let names = &strings.steps;
    let lines = [&r.before, &r.fbv, &r.cuts, &r.compensation, &r.after];
    let labels = [
        names.before,
        names.fbv,
        names.cuts,
        names.compensation,
        names.after,
    ];
    m.open("table", &[("class", "chart-table")]);
    head_row(m, &strings.steps_columns.in_order()[..2], &[1]);
    m.open("tbody", &[]);
    for ((bar, line), label) in w.bars.iter().zip(lines).zip(labels) {
        m.open("tr", &[]);
        m.el("th", &[("scope", "row")], label);
        let mut value = strings.value(line, 0, false, false);
        if let Some(range) = strings.range(line.span, 0, false) {
            value.push_str(&format!(" ({range})"));
        }
        let class = if bar.estimate { "val est" } else { "val" };
        m.el("td", &[("class", class)], &value);
        m.close("tr");
    }
    m.close("tbody").close("table");
}

/// The comparison as a table.
pub fn rates_table(m: &mut Markup, strings: &Strings, chart: &RateChart) {
    let cols = &strings.charts().rate_columns.in_order();
    let rate = |x: f64| numbers::number(strings.numbers, x, 1);
    m.open("table", &[("class", "chart-table")]);
    head_row(m, cols, &[1, 2, 3]);
    m.open("tbody", &[]);
    for row in &chart.rows {
        m.open("tr", &[]);
        m.el("th", &[("scope", "row")], strings.region_name(row.region));
        m.el("td", &[("class", "val")], &rate(row.values.0));
        m.el("td", &[("class", "val")], &rate(row.values.1));
        m.el(
            "td",
            &[("class", "val")],
            &numbers::signed(strings.numbers, row.change, 1),
        );
        m.close("tr");
    }
    m.close("tbody").close("table");
}

/// The timeline as a table, with the two levels under it.
pub fn timeline_table(m: &mut Markup, strings: &Strings, t: &Timeline) {
    let cols = &strings.charts().line_columns.in_order();
    let legend = &strings.charts().line_legend;
    let n = |x: f64| numbers::number(strings.numbers, x, 0);
    m.open("table", &[("class", "chart-table")]);
    head_row(m, cols, &[1]);
    m.open("tbody", &[]);
    for (year, _, _, value) in &t.points {
        m.open("tr", &[]);
        m.el("th", &[("scope", "row")], &year.to_string());
        m.el("td", &[("class", "val")], &n(*value));
        m.close("tr");
    }
    for (label, value) in [(legend.before, t.before.1), (legend.after, t.after.3)] {
        m.open("tr", &[]);
        m.el("th", &[("scope", "row")], label);
        m.el("td", &[("class", "val")], &n(value));
        m.close("tr");
    }
    m.close("tbody").close("table");
}

/// The note under the map, in the chart and in its table, when a value is marked: it rests on
/// cuts decided but not confirmed as carried out.
pub fn map_note(m: &mut Markup, strings: &Strings, view: &MapView) {
    if view.regions.iter().any(|r| r.unconfirmed) {
        m.el(
            "p",
            &[("class", "small"), ("data-testid", "map-note")],
            strings.charts().map_unconfirmed,
        );
    }
}

/// The map as a table: region, change and class.
pub fn map_table(m: &mut Markup, strings: &Strings, view: &MapView) {
    let cols = &strings.charts().map_columns.in_order();
    m.open("table", &[("class", "chart-table")]);
    head_row(m, cols, &[1]);
    m.open("tbody", &[]);
    for r in &view.regions {
        m.open("tr", &[]);
        m.el("th", &[("scope", "row")], r.region.name());
        m.el(
            "td",
            &[("class", "val")],
            &format!(
                "{}{}",
                numbers::signed_percent(strings.numbers, r.change_pct, 1),
                if r.unconfirmed { "*" } else { "" }
            ),
        );
        m.el("td", &[], &strings.class_label(r.class));
        m.close("tr");
    }
    m.close("tbody").close("table");
}

/// Every chart's geometry for one render, computed once.
pub struct Geometry {
    /// The bridge of the selected region.
    pub waterfall: Waterfall,
    /// The comparison of all regions.
    pub rates: RateChart,
    /// The timeline of the selected region.
    pub timeline: Timeline,
    /// The map.
    pub map: MapView,
}

impl Geometry {
    /// Lays out all four charts.
    pub fn new(results: &Results, region: RegionId) -> Geometry {
        let r = results.get(region);
        Geometry {
            waterfall: chart::waterfall(r),
            rates: chart::rates(results, region),
            timeline: chart::timeline(r),
            map: map::map(crate::data::dataset(), results, region),
        }
    }
}
