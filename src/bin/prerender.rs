//! Pre-renders the widget into the release build: for every region, view and language, Yew's server
//! renderer writes the page (numbers, tables, charts, sources) into a copy of the built
//! index.html, so readers see everything before the wasm arrives, and without JavaScript.
//! The page records the state it shows in `data-state`; the wasm takes over from an identical
//! first render (src/embed). Trunk runs this after each build (Trunk.toml). Usage: `prerender DIR`.

use std::path::Path;
use std::process::ExitCode;

use dognplass::data::dataset;
use dognplass::model::config::parse_query;
use dognplass::model::embed::{page_html, page_path, page_query, PAGE_VIEWS};
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
    for (region, view, lang) in pages {
        let query = page_query(region, view, lang);
        let (initial, errors) = parse_query(dataset(), &query);
        if !errors.is_empty() {
            eprintln!("prerender: {query}: {errors:?}");
            return ExitCode::FAILURE;
        }
        let strings = initial.lang.strings();
        let html = LocalServerRenderer::<App>::with_props(AppProps {
            initial,
            ..AppProps::default()
        })
        .hydratable(false)
        .render()
        .await;
        let mut notice = String::from("<noscript><p class=\"notice\">");
        escape(&mut notice, strings.no_script);
        notice.push_str("</p></noscript>");
        let Some(text) = page_html(&template, region, lang, &query, &format!("{notice}{html}"))
        else {
            eprintln!("prerender: no <main id=\"app\"> in index.html");
            return ExitCode::FAILURE;
        };
        let folder = dir.join(page_path(region, view, lang));
        let written = std::fs::create_dir_all(&folder)
            .and_then(|()| std::fs::write(folder.join("index.html"), text));
        if let Err(e) = written {
            eprintln!("prerender: {}: {e}", folder.display());
            return ExitCode::FAILURE;
        }
    }
    ExitCode::SUCCESS
}
