//! The four charts (bridge, comparison per 100 000, timeline, map), each with a description
//! generated from its numbers and a switch to a real table. Geometry comes from
//! `model::chart`; the SVG is written as escaped markup by `chart_svg`. Regions on the map and
//! rows of the comparison select a region by click, Enter or Space through one delegated
//! listener, and keep the keyboard focus when the chart is redrawn.

use std::rc::Rc;

use crate::data::dataset;
use crate::model::config::embed::{Part, Parts};
use crate::model::export::file_stem;
use crate::model::{Lang, RegionId};
use crate::ui::html::cells::source_marks;
use crate::ui::html::chart_svg::{self, Geometry};
use crate::ui::html::markup::Markup;
use crate::ui::props::SharedResults;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

/// Props of [`Charts`].
#[derive(Properties, PartialEq, Clone)]
pub struct ChartsProps {
    /// Results for all regions.
    pub results: SharedResults,
    /// The region shown.
    pub region: RegionId,
    /// The year shown.
    pub year: u16,
    /// Language of the texts.
    pub lang: Lang,
    /// Which parts are on screen; charts not among them are left out.
    pub parts: Parts,
    /// Called with the region a chart selects.
    pub on_select: Callback<RegionId>,
    /// Each chart offers itself as an SVG and PNG file (the full page; `www/export.js` makes
    /// the files).
    #[prop_or_default]
    pub downloads: bool,
}

/// Test ids of the charts, in the order shown.
const NAMES: [&str; 4] = ["waterfall", "rates", "timeline", "map"];
/// The part that shows each chart.
const PARTS: [Part; 4] = [Part::Bridge, Part::Rates, Part::Timeline, Part::Map];

/// What a click or key press in the charts asks for.
enum Hit {
    /// Select a region (map area or comparison row).
    Region(Element, RegionId),
    /// Switch chart `n` between figure and table.
    Switch(Element, usize),
}

/// The region or switch element an event started in, if any.
fn hit_of(e: &Event) -> Option<Hit> {
    let el: Element = e.target()?.dyn_into().ok()?;
    let hit = el.closest("[data-region],[data-switch]").ok()??;
    if let Some(slug) = hit.get_attribute("data-region") {
        let region = RegionId::parse(&slug).ok()?;
        return Some(Hit::Region(hit, region));
    }
    let n = hit.get_attribute("data-switch")?.parse().ok()?;
    Some(Hit::Switch(hit, n))
}

/// A selector for `el` inside its figure, to focus it again after a redraw.
fn selector_of(el: &Element, attribute: &str) -> String {
    let chart = el
        .closest("figure")
        .ok()
        .flatten()
        .and_then(|f| f.get_attribute("data-testid"))
        .unwrap_or_default();
    let value = el.get_attribute(attribute).unwrap_or_default();
    format!("[data-testid=\"{chart}\"] [{attribute}=\"{value}\"]")
}

/// The four charts of the selected region.
#[component]
pub fn Charts(props: &ChartsProps) -> Html {
    let strings = props.lang.strings();
    let texts = strings.charts();
    let as_table = use_state(|| [false; 4]);
    let geometry = use_memo(
        (props.results.clone(), props.region),
        |(results, region)| Geometry::new(&results.0, *region),
    );
    // After a redraw, focus goes back to the element the reader chose with the keyboard.
    let section = use_node_ref();
    let refocus = use_mut_ref(|| None::<String>);
    {
        let (section, refocus) = (section.clone(), refocus.clone());
        use_effect(move || {
            let selector = refocus.borrow_mut().take();
            if let (Some(selector), Some(root)) = (selector, section.cast::<Element>()) {
                if let Ok(Some(el)) = root.query_selector(&selector) {
                    el.unchecked_into::<HtmlElement>().focus().ok();
                }
            }
        });
    }
    let act = {
        let (on_select, refocus, as_table) =
            (props.on_select.clone(), refocus.clone(), as_table.clone());
        Rc::new(move |hit: Hit, keyboard: bool| {
            let (el, attribute) = match &hit {
                Hit::Region(el, _) => (el, "data-region"),
                Hit::Switch(el, _) => (el, "data-switch"),
            };
            // Switches are buttons and keep focus for mouse users too; map areas only for keys.
            if keyboard || matches!(hit, Hit::Switch(..)) {
                *refocus.borrow_mut() = Some(selector_of(el, attribute));
            }
            match hit {
                Hit::Region(_, region) => on_select.emit(region),
                Hit::Switch(_, n) if n < NAMES.len() => {
                    let mut next = *as_table;
                    next[n] = !next[n];
                    as_table.set(next);
                }
                Hit::Switch(..) => {}
            }
        })
    };
    let onclick = {
        let act = act.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(hit) = hit_of(&e) {
                act(hit, false);
            }
        })
    };
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        // Buttons answer Enter and Space themselves (as a click); map areas and rows need it.
        if matches!(e.key().as_str(), "Enter" | " ") {
            if let Some(hit @ Hit::Region(..)) = hit_of(&e) {
                e.prevent_default();
                act(hit, true);
            }
        }
    });

    let results = &props.results.0;
    let r = results.get(props.region);
    let data = dataset();
    let descriptions = [
        strings.describe_waterfall(r, props.year, data.reference_year),
        strings.describe_rates(&geometry.rates),
        strings.describe_timeline(r),
        strings.describe_map(results),
    ];
    let g = &*geometry;
    let exports = strings.export();
    let headings = texts.headings.in_order();
    let files = exports.figure_files.in_order();
    let mut m = Markup::new();
    for (i, name) in NAMES.iter().enumerate() {
        if !props.parts.has(PARTS[i]) {
            continue;
        }
        let caption_id = format!("cap-{name}");
        let table = as_table[i];
        let class = format!("chart chart-{name}");
        let testid = format!("chart-{name}");
        m.open("figure", &[("class", &class), ("data-testid", &testid)]);
        m.open("figcaption", &[("id", &caption_id)]);
        m.el("strong", &[], headings[i]);
        m.el(
            "span",
            &[("class", "desc"), ("data-testid", "description")],
            &descriptions[i],
        );
        if (i == 1 || i == 3) && !table {
            m.el("span", &[("class", "hint")], texts.click_hint);
        }
        if i == 3 {
            m.el("span", &[("class", "hint credit")], texts.map_credit);
        }
        let sources = match i {
            0 => g.waterfall.sources,
            1 => g.rates.sources,
            2 => g.timeline.sources,
            _ => g.map.sources,
        };
        m.open(
            "span",
            &[("class", "chart-sources"), ("data-testid", "chart-sources")],
        );
        m.text(texts.sources_label).text(" ");
        source_marks(&mut m, sources);
        m.close("span");
        m.close("figcaption");
        let switch = format!("switch-{name}");
        m.el(
            "button",
            &[
                ("type", "button"),
                ("class", "switch"),
                ("data-switch", &i.to_string()),
                ("data-testid", &switch),
                ("aria-pressed", if table { "true" } else { "false" }),
            ],
            texts.show_table,
        );
        m.open("div", &[("class", "chart-body")]);
        match (i, table) {
            (0, false) => {
                chart_svg::waterfall(&mut m, strings, &g.waterfall, &caption_id);
                chart_svg::waterfall_legend(&mut m, strings);
            }
            (0, true) => chart_svg::waterfall_table(&mut m, strings, &g.waterfall, r),
            (1, false) => {
                chart_svg::rates(&mut m, strings, &g.rates, &caption_id);
                chart_svg::rates_legend(&mut m, strings);
            }
            (1, true) => chart_svg::rates_table(&mut m, strings, &g.rates),
            (2, false) => {
                chart_svg::timeline(&mut m, strings, &g.timeline, &caption_id);
                chart_svg::timeline_legend(&mut m, strings);
            }
            (2, true) => chart_svg::timeline_table(&mut m, strings, &g.timeline),
            (_, false) => {
                chart_svg::map(&mut m, strings, &g.map, &caption_id);
                chart_svg::map_note(&mut m, strings, &g.map);
            }
            (_, true) => {
                chart_svg::map_table(&mut m, strings, &g.map);
                chart_svg::map_note(&mut m, strings, &g.map);
            }
        }
        m.close("div");
        if props.downloads && !table {
            // The file's name; www/export.js takes title, legend, sources and the data release
            // from the page itself.
            let file = file_stem(props.region.slug(), Some(files[i]), data.release_date);
            m.open(
                "p",
                &[
                    ("class", "figure-files"),
                    ("data-file", &file),
                    ("data-failed", exports.figure_failed),
                ],
            );
            m.text(exports.figure_label);
            for (kind, label) in ["svg", "png"]
                .iter()
                .zip([exports.figure_buttons.svg, exports.figure_buttons.png])
            {
                let testid = format!("export-{name}-{kind}");
                // Four charts, four pairs of buttons: the name says which chart.
                let aria = format!("{label}: {}", headings[i]);
                m.text(" ");
                m.el(
                    "button",
                    &[
                        ("type", "button"),
                        ("data-export", kind),
                        ("data-testid", &testid),
                        ("aria-label", &aria),
                    ],
                    label,
                );
            }
            m.el("span", &[("class", "status"), ("role", "status")], "");
            m.close("p");
        }
        m.close("figure");
    }
    html! {
        <section class="charts" ref={section} data-testid="charts" {onclick} {onkeydown}>
            { m.into_html() }
        </section>
    }
}
