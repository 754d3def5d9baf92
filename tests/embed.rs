//! Embedding, natively: the embed code and the oEmbed responses the build writes.

#![cfg(not(target_arch = "wasm32"))]

use dognplass::data::dataset;
use dognplass::model::config::embed::{Part, Parts, Theme, View};
use dognplass::model::config::parse_query;
use dognplass::model::export::json::json_string;
use dognplass::model::publish::{
    oembed_json, oembed_path, page_html, page_path, page_query, EmbedCode, DEFAULT_HEIGHT,
    PAGE_VIEWS,
};
use dognplass::model::{Lang, RegionId};

fn code(region: RegionId) -> EmbedCode<'static> {
    EmbedCode {
        base: "https://example.org/dognplass/",
        region,
        lang: Lang::Nb,
        theme: Theme::Auto,
        show: None,
        height: DEFAULT_HEIGHT,
    }
}

#[test]
fn oembed_is_a_rich_response_for_each_region() {
    for region in RegionId::ALL {
        let json: serde_json::Value =
            serde_json::from_str(&oembed_json(&code(region))).expect("valid JSON");
        assert_eq!(json["version"], "1.0");
        assert_eq!(json["type"], "rich");
        assert_eq!(json["provider_name"], "Døgnplasskalkulatoren");
        assert_eq!(json["width"], 740);
        assert_eq!(json["height"], DEFAULT_HEIGHT);
        let title = json["title"].as_str().unwrap();
        assert!(title.ends_with(region.name()), "{title}");
        let html = json["html"].as_str().unwrap();
        // The region's pre-rendered compact page, with the full query as well.
        let page = page_path(region, View::Compact, Lang::Nb);
        assert!(
            html.starts_with(&format!(
                "<iframe data-dognplass src=\"https://example.org/dognplass/{page}?"
            )),
            "{html}"
        );
        assert!(html.contains("view=compact"));
        assert!(html.contains(&format!("title=\"{title}\"")));
        assert!(html.contains("loading=\"lazy\" referrerpolicy=\"no-referrer\""));
        assert!(html
            .ends_with("<script src=\"https://example.org/dognplass/embed.js\" defer></script>"));
        assert_eq!(
            html.contains("region="),
            region != RegionId::Norge,
            "{html}"
        );
    }
    assert_eq!(
        oembed_path(RegionId::HelseVest, Lang::Nb),
        "oembed/helse-vest-nb.json"
    );
}

#[test]
fn the_embed_address_gives_back_the_chosen_view() {
    let mut c = code(RegionId::HelseNord);
    c.theme = Theme::Dark;
    c.show = Some(Parts::none().with(Part::Map).with(Part::Summary));
    let url = c.url();
    assert_eq!(
        url,
        "https://example.org/dognplass/helse-nord/compact/?region=helse-nord&view=compact&theme=dark&show=summary,map"
    );
    let (state, errors) = parse_query(dataset(), url.split_once('?').unwrap().1);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(state.region, RegionId::HelseNord);
    assert_eq!(state.embed.view, View::Compact);
    assert_eq!(state.embed.theme, Theme::Dark);
    assert_eq!(state.embed.show, c.show);
    // The iframe escapes the ampersands of its address, and carries no tracking.
    let iframe = c.iframe();
    assert!(iframe.contains("?region=helse-nord&amp;view=compact&amp;theme=dark"));
    assert!(!iframe.contains("utm_") && !iframe.contains("cookie"));
}

#[test]
fn json_strings_escape_what_json_needs() {
    assert_eq!(json_string("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u0001\"");
    assert_eq!(json_string("Sør-Øst – «x»"), "\"Sør-Øst – «x»\"");
}

#[test]
fn pre_rendered_pages_have_distinct_paths_and_their_own_state() {
    let mut paths = Vec::new();
    for region in RegionId::ALL {
        for view in PAGE_VIEWS {
            for lang in Lang::ALL {
                let path = page_path(region, view, lang);
                assert!(!paths.contains(&path), "{path}");
                assert!(path.is_empty() || path.ends_with('/'));
                let (state, errors) = parse_query(dataset(), &page_query(region, view, lang));
                assert!(errors.is_empty());
                assert_eq!(
                    (state.region, state.embed.view, state.lang),
                    (region, view, lang)
                );
                paths.push(path);
            }
        }
    }
    assert_eq!(page_path(RegionId::Norge, View::Full, Lang::Nb), "");
    assert_eq!(
        page_path(RegionId::HelseVest, View::Compact, Lang::Nb),
        "helse-vest/compact/"
    );
    assert_eq!(
        page_path(RegionId::HelseVest, View::Compact, Lang::Nn),
        "nn/helse-vest/compact/"
    );
    assert_eq!(page_path(RegionId::Norge, View::Full, Lang::En), "en/");
    assert_eq!(page_query(RegionId::Norge, View::Full, Lang::Nb), "");
    assert_eq!(
        page_query(RegionId::Norge, View::Compact, Lang::En),
        "?lang=en&view=compact"
    );
}

#[test]
fn a_pre_rendered_page_carries_its_body_state_and_oembed_link() {
    let template = "<!doctype html><html lang=nb><meta charset=utf-8><title>Døgnplasskalkulatoren – nb</title><meta content=\"Hvor mange\" name=description><link href=./oembed/norge-nb.json rel=alternate type=application/json+oembed><body><main id=app><noscript><p>JS</p></noscript></main><script type=\"module\" src=\"./boot.js\"></script></body></html>";
    let page = page_html(
        template,
        "helse-vest/compact/",
        RegionId::HelseVest,
        Lang::Nb,
        "?region=helse-vest&view=compact",
        "<div data-testid=\"app\">323</div>",
    )
    .unwrap();
    assert!(page.contains("<main id=\"app\" data-state=\"?region=helse-vest&amp;view=compact\"><div data-testid=\"app\">323</div></main>"));
    // Two folders down: the build's files and the oEmbed file, relative to the page.
    assert!(page.contains("href=../../oembed/helse-vest-nb.json"));
    assert!(page.ends_with("<script type=\"module\" src=\"../../boot.js\"></script></body></html>"));
    assert!(!page.contains("<p>JS</p>"));
    assert_eq!(
        page_html("<main>no id</main>", "", RegionId::Norge, Lang::Nb, "", ""),
        None
    );
    // In another language: the document's language, title, description and oEmbed file.
    let en = Lang::En.strings();
    let page = page_html(template, "en/", RegionId::Norge, Lang::En, "?lang=en", "").unwrap();
    assert!(
        page.starts_with("<!doctype html><html lang=\"en\">"),
        "{page}"
    );
    assert!(page.contains(&format!("<title>{}</title>", en.page_title)));
    assert!(
        page.contains(&format!(
            "<meta content=\"{}\" name=description>",
            en.page_description.replace('&', "&amp;")
        )),
        "{page}"
    );
    assert!(page.contains("href=../oembed/norge-en.json"));
}
