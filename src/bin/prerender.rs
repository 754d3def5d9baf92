//! Pre-renders the widget into the release build: for every region, view and language, Yew's server
//! renderer writes the page (numbers, tables, charts, sources) into a copy of the built
//! index.html, so readers see everything before the wasm arrives, and without JavaScript.
//! The page records the state it shows in `data-state`; the wasm takes over from an identical
//! first render (src/embed). A post-build step (scripts/build/post-build.sh); it adds the pages it
//! wrote and the copy's base page to the build manifest (src/bin/build-manifest.rs).
//! Usage: `prerender DIR`.

use std::path::Path;
use std::process::ExitCode;

use dognplass::data::dataset;
use dognplass::model::config::embed::View;
use dognplass::model::config::parse_query;
use dognplass::model::export::json::json_string;
use dognplass::model::publish::{page_html, page_path, page_query, PAGE_VIEWS};
use dognplass::model::{Lang, RegionId};
use dognplass::ui::{escape, App, AppProps};
use yew::LocalServerRenderer;

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: prerender DIR");
        return ExitCode::from(2);
    };
    let dir = Path::new(&dir);
    let template = match std::fs::read_to_string(dir.join("index.html")) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("prerender: {}: {e}", dir.join("index.html").display());
            return ExitCode::FAILURE;
        }
    };
    let pages = RegionId::ALL.into_iter().flat_map(|region| {
        PAGE_VIEWS
            .into_iter()
            .flat_map(move |view| Lang::ALL.into_iter().map(move |lang| (region, view, lang)))
    });
    let mut written_pages = Vec::new();
    for (region, view, lang) in pages {
        let Some(text) = page(&template, region, view, lang, false).await else {
            return ExitCode::FAILURE;
        };
        let path = page_path(region, view, lang);
        let folder = dir.join(&path);
        let written = std::fs::create_dir_all(&folder)
            .and_then(|()| std::fs::write(folder.join("index.html"), text));
        if let Err(e) = written {
            eprintln!("prerender: {}: {e}", folder.display());
            return ExitCode::FAILURE;
        }
        written_pages.push(path);
    }
    // The front page as the single-file copy shows it (no embed panel, no link to itself, and
    // so no oEmbed link either), for scripts/build/make-single.mjs, which inlines it and removes
    // this file.
    let Some(copy_template) = without_oembed_link(&template) else {
        eprintln!("prerender: no oEmbed link (<link … json+oembed …>) in index.html");
        return ExitCode::FAILURE;
    };
    let Some(text) = page(&copy_template, RegionId::Norge, View::Full, Lang::Nb, true).await else {
        return ExitCode::FAILURE;
    };
    if let Err(e) = std::fs::write(dir.join(OFFLINE_BASE), text) {
        eprintln!("prerender: {OFFLINE_BASE}: {e}");
        return ExitCode::FAILURE;
    }
    if let Err(e) = record(dir, &written_pages) {
        eprintln!("prerender: {e}");
        return ExitCode::FAILURE;
    }
    ExitCode::SUCCESS
}

/// The single-file copy's page before make-single.mjs inlines what it needs.
const OFFLINE_BASE: &str = "offline-base.html";

/// `template` without its oEmbed discovery link (the element page_html gives each page's own
/// address); `None` when it has none.
fn without_oembed_link(template: &str) -> Option<String> {
    let mut from = 0;
    while let Some(start) = template[from..].find("<link ").map(|i| from + i) {
        let end = start + template[start..].find('>')? + 1;
        if template[start..end].contains("json+oembed") {
            return Some(format!("{}{}", &template[..start], &template[end..]));
        }
        from = end;
    }
    None
}

/// Adds the folders of the pages written (relative to the build, `""` for the front page) and
/// the copy's base page to the build manifest, which build-manifest wrote as a JSON object.
fn record(dir: &Path, pages: &[String]) -> Result<(), String> {
    let path = dir.join("build-manifest.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let Some(fields) = text.strip_suffix("\n}\n") else {
        return Err(format!(
            "{}: not a JSON object ending in a line \"}}\"",
            path.display()
        ));
    };
    let list: Vec<String> = pages.iter().map(|p| json_string(p)).collect();
    let added = format!(
        "{fields},\n  \"pages\": [{}],\n  \"offline_base\": {}\n}}\n",
        list.join(", "),
        json_string(OFFLINE_BASE)
    );
    std::fs::write(&path, added).map_err(|e| format!("{}: {e}", path.display()))
}

/// One pre-rendered page: the widget in `region`, `view` and `lang` (as the single-file copy
/// when `offline_copy`) inside the built `template`. `None`, said on stderr, when it cannot be.
async fn page(
    template: &str,
    region: RegionId,
    view: View,
    lang: Lang,
    offline_copy: bool,
) -> Option<String> {
    let query = page_query(region, view, lang);
    let (initial, errors) = parse_query(dataset(), &query);
    if !errors.is_empty() {
        eprintln!("prerender: {query}: {errors:?}");
        return None;
    }
    let strings = initial.lang.strings();
    let html = LocalServerRenderer::<App>::with_props(AppProps {
        initial,
        offline_copy,
        // The single-file copy has no pages to link to; its wasm is in the file.
        prerendered: !offline_copy,
        page_state: Some(query.clone().into()),
        ..AppProps::default()
    })
    .hydratable(false)
    .render()
    .await;
    let mut notice = String::from("<noscript><p class=\"notice\">");
    escape(&mut notice, strings.no_script);
    notice.push_str("</p></noscript>");
    let folder = page_path(region, view, lang);
    let text = page_html(
        template,
        &folder,
        region,
        lang,
        &query,
        &format!("{notice}{html}"),
    );
    if text.is_none() {
        eprintln!("prerender: no <main id=\"app\"> in index.html");
    }
    text
}
