//! The wasm edge: reads the page's address, mounts the widget into `#app`, and falls back to
//! `<body>` when the host page has no such element.

use crate::data::dataset;
use crate::model::config::parse_query;
use crate::ui::{App, AppProps};
use yew::AttrValue;

/// Mounts the widget. Called once from `main` in the browser build.
pub fn start() {
    let window = web_sys::window();
    let query = window
        .as_ref()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let (initial, errors) = parse_query(dataset(), &query);
    let notice = errors
        .first()
        .map(|e| AttrValue::from(initial.lang.strings().config_notice(e, errors.len() - 1)));
    let props = AppProps { initial, notice };
    let root = window
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(element) => {
            // Replace the no-JavaScript fallback with the live widget.
            element.set_inner_html("");
            yew::Renderer::<App>::with_root_and_props(element, props).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}
