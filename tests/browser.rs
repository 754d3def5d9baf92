//! Browser test (wasm-bindgen-test in headless Chromium): mount the widget, choose another
//! region with a real click, and read the new numbers from the DOM.

#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use dognplass::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Document, Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

fn text(root: &Element, selector: &str) -> String {
    root.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_else(|| panic!("nothing at {selector}"))
}

/// Yew renders on its scheduler, which yields to the browser every 16 ms; a debug build on a
/// slow machine needs several turns of the event loop. Wait until `ready` holds, turn by turn,
/// and fail with `what` if it never does (after about ten seconds, far beyond any render).
async fn settle_until(what: &str, ready: impl Fn() -> bool) {
    for _ in 0..500 {
        if ready() {
            return;
        }
        yew::platform::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("never happened: {what}");
}

fn mounted(host: &Element) -> bool {
    host.query_selector("[data-testid=app]")
        .ok()
        .flatten()
        .and_then(|app| app.get_attribute("data-mounted"))
        .as_deref()
        == Some("true")
}

fn region_name(host: &Element) -> Option<String> {
    host.query_selector("[data-testid=region-name]")
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
}

#[wasm_bindgen_test]
async fn choosing_a_region_changes_the_numbers() {
    let doc = document();
    let host = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&host).unwrap();
    yew::Renderer::<App>::with_root(host.clone()).render();
    settle_until("the app is mounted", || mounted(&host)).await;

    assert_eq!(text(&host, "[data-testid=region-name]"), "Norge");
    let norway_after = text(&host, "[data-testid=step-after] [data-testid=value]");
    // Norway, "Som vedtatt" 2025: 2 019 − 183 FBV − 44 cuts (HV 40, HMN 4) = 1 792.
    assert_eq!(norway_after, "≈\u{a0}1\u{a0}792");

    let radio: HtmlElement = host
        .query_selector("[data-testid=region-helse-sor-ost]")
        .unwrap()
        .unwrap()
        .dyn_into()
        .unwrap();
    radio.click();
    settle_until("the region name follows the click", || {
        region_name(&host).as_deref() != Some("Norge")
    })
    .await;

    assert_eq!(text(&host, "[data-testid=region-name]"), "Helse Sør-Øst");
    // 1 139 public and contracted + 121 FBV places; the tender counts 0 (up to 67 in 2025).
    assert_eq!(
        text(&host, "[data-testid=step-before] [data-testid=value]"),
        "≈\u{a0}1\u{a0}260"
    );
    assert_eq!(
        text(&host, "[data-testid=step-tender] [data-testid=value]"),
        "≈\u{a0}0"
    );
    let hso_after = text(&host, "[data-testid=step-after] [data-testid=value]");
    assert_eq!(hso_after, "≈\u{a0}1\u{a0}139");
    assert!(text(&host, "[data-testid=summary]")
        .starts_with("I Helse Sør-Øst er det anslagsvis 121 færre døgnplasser"));
    assert!(text(&host, "[data-testid=status-note]").contains("sist kjente status"));
    host.remove();
}

#[wasm_bindgen_test]
fn a_crash_leaves_an_error_box_with_a_reload_link() {
    let doc = document();
    let host = doc.create_element("div").unwrap();
    host.set_inner_html("<p>widget</p>");
    doc.body().unwrap().append_child(&host).unwrap();
    dognplass::embed::show_crash(&host, dognplass::model::Lang::Nb);
    let alert = host.query_selector("[data-testid=crash]").unwrap().unwrap();
    assert_eq!(alert.get_attribute("role").as_deref(), Some("alert"));
    assert!(text(&host, "[data-testid=crash]").starts_with("Noe gikk galt"));
    let link = host
        .query_selector("[data-testid=reload]")
        .unwrap()
        .unwrap();
    // An empty href reloads the same address, so the reader's choices come back.
    assert_eq!(link.get_attribute("href").as_deref(), Some(""));
    assert!(host
        .query_selector("p:not([data-testid])")
        .unwrap()
        .is_none());
}
