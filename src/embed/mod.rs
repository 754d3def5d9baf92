//! The wasm edge: reads the page's address, mounts the widget into `#app`, and falls back to
//! `<body>` when the host page has no such element.

use crate::data::dataset;
use crate::model::config::parse_query;
use crate::model::Lang;
use crate::ui::{App, AppProps, Markup};
use web_sys::Element;
use yew::AttrValue;

/// Replaces the content of `root` with an error box and a link that reloads the same address
/// (so the reader's choices come back). Used by the panic hook; never a dead or blank widget.
pub fn show_crash(root: &Element, lang: Lang) {
    let [message, reload] = lang.strings().crashed;
    let mut m = Markup::new();
    m.open("div", &[("class", "dp")]);
    m.open(
        "p",
        &[
            ("class", "notice"),
            ("role", "alert"),
            ("data-testid", "crash"),
        ],
    );
    m.text(message).text(" ");
    m.el("a", &[("href", ""), ("data-testid", "reload")], reload);
    m.close("p").close("div");
    root.set_inner_html(m.as_str());
}

/// Where the widget lives: `#app`, or the body of a page without one.
fn root_element() -> Option<Element> {
    let document = web_sys::window()?.document()?;
    document
        .get_element_by_id("app")
        .or_else(|| document.body().map(Element::from))
}

/// Mounts the widget. Called once from `main` in the browser build.
pub fn start() {
    // A panic anywhere replaces the widget with an error box and a reload link.
    yew::set_custom_panic_hook(Box::new(|_| {
        if let Some(root) = root_element() {
            show_crash(&root, Lang::default());
        }
    }));
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
