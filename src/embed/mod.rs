//! The wasm edge: reads the page's address, mounts the widget into `#app`, and falls back to
//! `<body>` when the host page has no such element.

pub mod api;

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
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let address = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let root = document.get_element_by_id("app");
    // A pre-rendered page says which state it shows; an address with a query asks for its own.
    let prerendered = root.as_ref().and_then(|r| r.get_attribute("data-state"));
    let query = if address.is_empty() {
        prerendered.clone().unwrap_or_default()
    } else {
        address
    };
    let (initial, errors) = parse_query(dataset(), &query);
    let notice = errors
        .first()
        .map(|e| AttrValue::from(initial.lang.strings().config_notice(e, errors.len() - 1)));
    let same = prerendered
        .as_deref()
        .is_some_and(|p| errors.is_empty() && parse_query(dataset(), p).0 == initial);
    let mut props = AppProps {
        initial,
        notice,
        on_mounted: None,
        page_state: prerendered.map(AttrValue::from),
    };
    match root {
        // The page already shows this state: render beside it, hidden, and swap the two in the
        // first effect, before the browser paints, so nothing jumps.
        Some(pre) if same => {
            let Ok(live) = document.create_element("main") else {
                return;
            };
            let _ = live.set_attribute("hidden", "");
            let _ = pre.after_with_node_1(&live);
            let shown = live.clone();
            props.on_mounted = Some(yew::Callback::from(move |()| {
                pre.remove();
                shown.set_id("app");
                let _ = shown.remove_attribute("hidden");
            }));
            yew::Renderer::<App>::with_root_and_props(live, props).render();
        }
        Some(element) => {
            // Replace the pre-rendered or no-JavaScript content with the live widget.
            element.set_inner_html("");
            yew::Renderer::<App>::with_root_and_props(element, props).render();
        }
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}
