//! Embedding (issue 5), natively: the embed code and the oEmbed responses the build writes.

#![cfg(not(target_arch = "wasm32"))]

use dognplass::data::dataset;
use dognplass::model::config::parse_query;
use dognplass::model::embed::{
    json_string, oembed_json, oembed_path, EmbedCode, Part, Parts, Theme, View, DEFAULT_HEIGHT,
};
use dognplass::model::{Lang, RegionId};

fn code(region: RegionId) -> EmbedCode<'static> {
    EmbedCode {
        base: "https://example.org/dognplass/",
        region,
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
        assert!(html.starts_with(
            "<iframe data-dognplass src=\"https://example.org/dognplass/?view=compact"
        ));
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
        "https://example.org/dognplass/?view=compact&region=helse-nord&theme=dark&show=summary,map"
    );
    let (state, errors) = parse_query(dataset(), url.split_once('?').unwrap().1);
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(state.region, RegionId::HelseNord);
    assert_eq!(state.embed.view, View::Compact);
    assert_eq!(state.embed.theme, Theme::Dark);
    assert_eq!(state.embed.show, c.show);
    // The iframe escapes the ampersands of its address, and carries no tracking.
    let iframe = c.iframe();
    assert!(iframe.contains("?view=compact&amp;region=helse-nord&amp;theme=dark"));
    assert!(!iframe.contains("utm_") && !iframe.contains("cookie"));
}

#[test]
fn json_strings_escape_what_json_needs() {
    assert_eq!(json_string("a\"b\\c\nd\u{1}"), "\"a\\\"b\\\\c\\nd\\u0001\"");
    assert_eq!(json_string("Sør-Øst – «x»"), "\"Sør-Øst – «x»\"");
}
