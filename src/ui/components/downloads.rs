//! "Last ned": the numbers as CSV or JSON, built by `model::export` from the results on screen,
//! and the single-file copy for use without a network (written by the release build,
//! `scripts/build/make-single.mjs`). Figures are downloaded from each chart (`www/export.js`).

use crate::data::dataset;
use crate::model::export::{file_name, DataFile};
use crate::model::Lang;
use crate::ui::html::markup::Markup;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

/// Where the release build puts the single file, in the widget's root folder.
pub const OFFLINE_FILE: &str = "dognplass-offline.html";

/// The download section of the full page. `offline_copy`: this page is the single-file copy,
/// which offers no copy of itself. `root`: the way from this page to the widget's root folder.
/// `on_download` is called with the file the reader asks for. A plain function rather than a
/// component: it has no state of its own.
pub fn downloads(
    lang: Lang,
    offline_copy: bool,
    root: &str,
    on_download: Callback<DataFile>,
) -> Html {
    let texts = lang.strings().export();
    let data = dataset();
    let mut m = Markup::new();
    m.el("h2", &[("id", "downloads-heading")], texts.heading);
    m.el("p", &[], texts.lede);
    m.open("p", &[("class", "download-buttons")]);
    for (kind, label) in ["csv", "json"]
        .iter()
        .zip([texts.data_buttons.csv, texts.data_buttons.json])
    {
        let testid = format!("download-{kind}");
        m.el(
            "button",
            &[
                ("type", "button"),
                ("data-download", kind),
                ("data-testid", &testid),
            ],
            label,
        );
    }
    m.close("p");
    if !offline_copy {
        let name = file_name("kalkulator", None, data.release_date, "html");
        m.open("p", &[]);
        m.el(
            "a",
            &[
                ("href", &format!("{root}{OFFLINE_FILE}")),
                ("download", &name),
                ("data-testid", "download-offline"),
            ],
            texts.offline,
        );
        m.text(" – ").text(texts.offline_note);
        m.close("p");
    }
    let onclick = {
        Callback::from(move |e: MouseEvent| {
            let kind = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|el| el.closest("[data-download]").ok().flatten())
                .and_then(|el| el.get_attribute("data-download"))
                .and_then(|k| DataFile::parse(&k));
            if let Some(kind) = kind {
                on_download.emit(kind);
            }
        })
    };
    html! {
        <section class="downloads" aria-labelledby="downloads-heading" data-testid="downloads" {onclick}>
            { m.into_html() }
        </section>
    }
}
