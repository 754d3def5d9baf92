//! The wasm edge: reads the page's address, mounts the widget into `#app`, and falls back to
//! `<body>` when the host page has no such element.

pub mod api;
mod height;

use crate::data::dataset;
use crate::model::config::{merge_queries, parse_query, ConfigError};
use crate::model::publish::page_path;
use crate::model::Lang;
use crate::model::State;
use crate::ui::{App, AppProps, Markup};
use web_sys::Element;
use yew::AttrValue;

/// Replaces the content of `root` with an error box and a link that reloads the same address
/// (so the reader's choices come back). Used by the panic hook; never a dead or blank widget.
pub fn show_crash(root: &Element, lang: Lang) {
    let crashed = &lang.strings().crashed;
    let (message, reload) = (crashed.message, crashed.reload);
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

/// The notice for the first of `errors`, counting the rest.
pub(crate) fn notice_of(state: &State, errors: &[ConfigError]) -> Option<AttrValue> {
    errors
        .first()
        .map(|e| AttrValue::from(state.lang.strings().config_notice(e, errors.len() - 1)))
}

/// Empties `element` and renders the widget into it.
pub(crate) fn render_into(element: Element, props: AppProps) {
    element.set_inner_html("");
    yew::Renderer::<App>::with_root_and_props(element, props).render();
}

/// The widget's root address (`https://host/dir/`): the page's folder, less the pre-rendered
/// page's own sub-folder (`helse-vest/compact/`). Embed code and the host script hang off it.
fn site_base(page_state: Option<&str>) -> Option<AttrValue> {
    let location = web_sys::window()?.location();
    let path = location.pathname().ok()?;
    let mut folder = path.get(..=path.rfind('/')?)?.to_owned();
    if let Some(state) = page_state {
        let shown = parse_query(dataset(), state).0;
        let own = page_path(shown.region, shown.embed.view, shown.lang);
        if !own.is_empty() && folder.ends_with(&own) {
            folder.truncate(folder.len() - own.len());
        }
    }
    Some(AttrValue::from(format!(
        "{}{folder}",
        location.origin().ok()?
    )))
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
        // In the page's language (the widget keeps <html lang> in step with its own).
        let lang = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .and_then(|html| html.get_attribute("lang"))
            .and_then(|tag| Lang::parse(&tag))
            .unwrap_or_default();
        if let Some(root) = root_element() {
            show_crash(&root, lang);
        }
    }));
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let address = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    let root = document.get_element_by_id("app");
    // A pre-rendered page says which state it shows; the address's keys apply on top of it.
    let prerendered = root.as_ref().and_then(|r| r.get_attribute("data-state"));
    let query = merge_queries(prerendered.as_deref().unwrap_or(""), &address);
    let (initial, errors) = parse_query(dataset(), &query);
    let notice = notice_of(&initial, &errors);
    // The same picture as the pre-rendered one (the embed id changes nothing on screen).
    let same = prerendered.as_deref().is_some_and(|p| {
        let mut shown = parse_query(dataset(), p).0;
        shown.embed.id.clone_from(&initial.embed.id);
        errors.is_empty() && shown == initial
    });
    let site_base = site_base(prerendered.as_deref());
    // Height changes reach the host page when the widget runs in a frame; the observer lives as
    // long as the page.
    if let Some(guard) = height::report_height(initial.embed.id.clone()) {
        std::mem::forget(guard);
    }
    // The single-file copy says what it is in a meta element (scripts/build/make-single.mjs).
    let offline_copy = document
        .query_selector("meta[name=\"dognplass-copy\"]")
        .ok()
        .flatten()
        .is_some();
    let mut props = AppProps {
        initial,
        notice,
        page_state: prerendered.map(AttrValue::from),
        site_base,
        owns_address: true,
        offline_copy,
        ..AppProps::default()
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
            props.in_turns = true;
            props.on_mounted = Some(yew::Callback::from(move |()| {
                pre.remove();
                shown.set_id("app");
                let _ = shown.remove_attribute("hidden");
            }));
            yew::Renderer::<App>::with_root_and_props(live, props).render();
        }
        // Replace the pre-rendered or no-JavaScript content with the live widget.
        Some(element) => render_into(element, props),
        None => {
            yew::Renderer::<App>::with_props(props).render();
        }
    }
}
