//! The JavaScript API, exported with wasm-bindgen (the page's loader exposes it as
//! `window.wasmBindings`):
//!
//! - `compute(options)` returns the numbers for a region, scenario and year: every step with
//!   value, low, high, kind and source ids, and the cited sources.
//! - `mount(element, options)` mounts a widget into a host element.
//!
//! Options use the address's keys (`{region: "helse-vest", scenario: "stans", year: 2024,
//! fbv: 120, view: "compact"}`) and are checked by the same parser; a bad option is thrown as
//! a JS `Error` naming it, never a panic. For `mount`, the element's `data-*` attributes are
//! read too (`data-region="helse-vest"`): like the address, a bad one keeps its default and
//! shows one notice; options override attributes.

use serde::Serialize;
use wasm_bindgen::prelude::*;
use web_sys::Element;

use crate::data::dataset;
use crate::model::config::parse_query;
use crate::model::dataset::SourceSet;
use crate::model::i18n::numbers::plain;
use crate::model::{compute_scenario, Line};
use crate::ui::AppProps;

/// A figure as JavaScript sees it.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Figure {
    value: f64,
    low: f64,
    high: f64,
    kind: &'static str,
    sources: Vec<&'static str>,
    partly_unknown: bool,
}

/// A cited source.
#[derive(Serialize)]
struct SourceOut {
    id: &'static str,
    publisher: &'static str,
    title: &'static str,
    date: &'static str,
    url: Option<&'static str>,
}

/// What `compute` returns.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Computed {
    region: &'static str,
    region_name: &'static str,
    scenario: &'static str,
    year: u16,
    reference_year: u16,
    release: &'static str,
    before: Figure,
    fbv: Figure,
    cuts: Figure,
    compensation: Figure,
    after: Figure,
    change: Figure,
    change_pct: Figure,
    per100k_before: Figure,
    per100k_after: Figure,
    before_contracted: Figure,
    before_fbv: Figure,
    patients_before: Option<Figure>,
    patients_after: Option<Figure>,
    below_occupied: bool,
    cost_lost_mnok: Figure,
    cost_restore_mnok: Figure,
    sources: Vec<SourceOut>,
}

fn figure(line: &Line, cited: &mut SourceSet) -> Figure {
    let all = dataset().sources;
    *cited = cited.union(line.sources);
    let sources = line
        .sources
        .indices()
        .filter_map(|i| all.get(i).map(|s| s.id))
        .collect();
    Figure {
        value: line.span.mid,
        low: line.span.low,
        high: line.span.high,
        kind: line.kind.slug(),
        sources,
        partly_unknown: line.partly_unknown,
    }
}

/// Escapes what would end a key or value in a query.
fn query_escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '%' => out.push_str("%25"),
            '&' => out.push_str("%26"),
            '=' => out.push_str("%3D"),
            '+' => out.push_str("%2B"),
            '#' => out.push_str("%23"),
            c => out.push(c),
        }
    }
}

/// Appends `key=value` pairs from a JS options object: strings as they are, numbers written
/// exactly; anything else is refused.
fn options_pairs(options: &JsValue, pairs: &mut Vec<(String, String)>) -> Result<(), JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(());
    }
    if !options.is_object() {
        return Err(JsError::new("dognplass: options must be an object"));
    }
    for entry in js_sys::Object::entries(options.unchecked_ref()).iter() {
        let entry: js_sys::Array = entry.unchecked_into();
        let key = entry
            .get(0)
            .as_string()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let value = entry.get(1);
        let text = match (value.as_string(), value.as_f64()) {
            (Some(s), _) => s,
            (None, Some(x)) if x.is_finite() => plain(x),
            _ => {
                return Err(JsError::new(&format!(
                    "dognplass: option \"{key}\" must be a string or a finite number"
                )))
            }
        };
        pairs.retain(|(k, _)| *k != key);
        pairs.push((key, text));
    }
    Ok(())
}

fn to_query(pairs: &[(String, String)]) -> String {
    let mut query = String::new();
    for (key, value) in pairs {
        query.push(if query.is_empty() { '?' } else { '&' });
        query_escape(&mut query, key);
        query.push('=');
        query_escape(&mut query, value);
    }
    query
}

/// Checks `options` alone and throws on the first bad one.
fn checked_options(options: &JsValue) -> Result<Vec<(String, String)>, JsError> {
    let mut pairs = Vec::new();
    options_pairs(options, &mut pairs)?;
    let (_, errors) = parse_query(dataset(), &to_query(&pairs));
    match errors.first() {
        Some(e) => Err(JsError::new(&format!("dognplass: {e}"))),
        None => Ok(pairs),
    }
}

/// The numbers for the region, scenario and year in `options`.
#[wasm_bindgen]
pub fn compute(options: JsValue) -> Result<JsValue, JsError> {
    let pairs = checked_options(&options)?;
    let data = dataset();
    let (state, _) = parse_query(data, &to_query(&pairs));
    let year = state.year(data);
    let results = compute_scenario(data, &state.edits, state.scenario, year);
    let r = results.get(state.region);
    let mut cited = SourceSet::default();
    let mut f = |line: &Line| figure(line, &mut cited);
    let out = Computed {
        region: state.region.slug(),
        region_name: state.lang.strings().region_name(state.region),
        scenario: state.scenario.slug(),
        year,
        reference_year: data.reference_year,
        release: data.release,
        before: f(&r.before),
        fbv: f(&r.fbv),
        cuts: f(&r.cuts),
        compensation: f(&r.compensation),
        after: f(&r.after),
        change: f(&r.change),
        change_pct: f(&r.change_pct),
        per100k_before: f(&r.per_100k_before),
        per100k_after: f(&r.per_100k_after),
        before_contracted: f(&r.before_contracted),
        before_fbv: f(&r.before_fbv),
        patients_before: r.patients_before.as_ref().map(&mut f),
        patients_after: r.patients_after.as_ref().map(&mut f),
        below_occupied: r.below_occupied,
        cost_lost_mnok: f(&r.cost_lost),
        cost_restore_mnok: f(&r.cost_restore),
        sources: Vec::new(),
    };
    // In the order of the source list, as the page numbers them.
    let out = Computed {
        sources: cited
            .indices()
            .filter_map(|i| data.sources.get(i))
            .map(|s| SourceOut {
                id: s.id,
                publisher: s.publisher,
                title: s.title,
                date: s.date,
                url: s.url,
            })
            .collect(),
        ..out
    };
    serde_wasm_bindgen::to_value(&out).map_err(|e| JsError::new(&e.to_string()))
}

/// Mounts a widget into `element`, configured by its `data-*` attributes and `options`. The
/// widget leaves the page's address, history and size to the page.
#[wasm_bindgen]
pub fn mount(element: JsValue, options: JsValue) -> Result<(), JsError> {
    let Ok(element) = element.dyn_into::<Element>() else {
        return Err(JsError::new("dognplass: mount needs an element"));
    };
    let options = checked_options(&options)?;
    let mut pairs: Vec<(String, String)> = Vec::new();
    for name in element.get_attribute_names().iter() {
        let Some(name) = name.as_string() else {
            continue;
        };
        // Test hooks and our embed marker are not settings.
        let key = name
            .strip_prefix("data-")
            .filter(|k| !matches!(*k, "testid" | "dognplass"));
        if let (Some(key), Some(value)) = (key, element.get_attribute(&name)) {
            pairs.push((key.to_owned(), value));
        }
    }
    for (key, value) in options {
        pairs.retain(|(k, _)| *k != key);
        pairs.push((key, value));
    }
    let (initial, errors) = parse_query(dataset(), &to_query(&pairs));
    let notice = super::notice_of(&initial, &errors);
    super::render_into(
        element,
        AppProps {
            initial,
            notice,
            ..AppProps::default()
        },
    );
    Ok(())
}
