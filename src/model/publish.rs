//! What a newsroom publishes: the embed code (iframe, host script), the oEmbed files, and the
//! pre-rendered page built from the HTML template.

use crate::model::config::embed::{show_text, Parts, Theme, View};
use crate::model::config::parse_query;
use crate::model::dataset::Dataset;
use crate::model::export::json::json_string;
use crate::model::lang::Lang;
use crate::model::region::RegionId;

/// What the "Bygg inn" panel and the oEmbed files build embed code from.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedCode<'a> {
    /// The widget's public address without query, e.g. `https://example.org/dognplass/`.
    pub base: &'a str,
    /// The region shown first.
    pub region: RegionId,
    /// The language.
    pub lang: Lang,
    /// The theme.
    pub theme: Theme,
    /// The parts; `None` is the compact default.
    pub show: Option<Parts>,
    /// The frame's fixed height in CSS pixels, used until (or without) the host script.
    pub height: u32,
}

/// A height that fits the compact default on a phone, 360 px wide (measured 2026-12-02: the
/// regions 876–982 px, Norway 974 px, in all three languages; narrower than any article column,
/// so wider frames need less), so a plain iframe does not scroll until a reader opens the steps
/// table. shared/BUDGETS.md P11 holds the compact view to it (tests/e2e/budgets.test.mjs).
pub const DEFAULT_HEIGHT: u32 = 1000;

/// The views the build pre-renders for every region.
pub const PAGE_VIEWS: [View; 2] = [View::Full, View::Compact];

/// Where the pre-rendered page of `region` in `view` and `lang` lives, relative to the
/// widget's base: `""` (Norway, full page, bokmål), `compact/`, `helse-vest/`,
/// `helse-vest/compact/`, and the same under `nn/` and `en/`.
pub fn page_path(region: RegionId, view: View, lang: Lang) -> String {
    let mut path = String::new();
    if lang != Lang::default() {
        path.push_str(lang.tag());
        path.push('/');
    }
    if region != RegionId::Norge {
        path.push_str(region.slug());
        path.push('/');
    }
    if view == View::Compact {
        path.push_str("compact/");
    }
    path
}

/// The address query that state of a pre-rendered page has:
/// `?region=helse-vest&lang=nn&view=compact`.
pub fn page_query(region: RegionId, view: View, lang: Lang) -> String {
    let mut parts = Vec::new();
    if region != RegionId::Norge {
        parts.push(format!("region={}", region.slug()));
    }
    if lang != Lang::default() {
        parts.push(format!("lang={}", lang.tag()));
    }
    if view != View::Full {
        parts.push(format!("view={}", view.slug()));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// `&`, `<`, `>` and `"` escaped for an HTML attribute value.
fn attr_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Sets `attribute` to `value` on the first `<tag …>` in `html` whose text contains `marker`
/// (attributes quoted or not, in any order, as the minifier left them); `html` unchanged when
/// there is no such element or attribute.
fn set_attribute(html: &str, tag: &str, marker: &str, attribute: &str, value: &str) -> String {
    let open = format!("<{tag} ");
    let mut from = 0;
    while let Some(found) = html[from..].find(&open) {
        let start = from + found;
        let Some(length) = html[start..].find('>') else {
            break;
        };
        let end = start + length;
        let element = &html[start..end];
        from = end;
        if !element.contains(marker) {
            continue;
        }
        let Some(at) = element.find(&format!(" {attribute}=")) else {
            return html.to_owned();
        };
        let value_start = start + at + attribute.len() + 2;
        let rest = &html[value_start..end];
        let value_end = match rest.chars().next() {
            Some(q @ ('"' | '\'')) => {
                value_start + 1 + rest[1..].find(q).map_or(rest.len() - 1, |i| i + 1)
            }
            _ => value_start + rest.find(' ').unwrap_or(rest.len()),
        };
        return format!(
            "{}\"{}\"{}",
            &html[..value_start],
            attr_escape(value),
            &html[value_end..]
        );
    }
    html.to_owned()
}

/// The title of the widget showing `region`, for frames and oEmbed links:
/// `Døgnplasskalkulatoren – Helse Vest`.
pub fn frame_title(lang: Lang, region: RegionId) -> String {
    format!(
        "Døgnplasskalkulatoren – {}",
        lang.strings().region_name(region)
    )
}

/// The way from the page in folder `page` (a [`page_path`]) back to the widget's root: `./`
/// for the front page, `../../` for `helse-vest/compact/`.
pub fn root_from(page: &str) -> String {
    match page.matches('/').count() {
        0 => "./".to_owned(),
        depth => "../".repeat(depth),
    }
}

/// The pre-rendered page whose state is `page_state` (its `data-state`), as its folder under the
/// widget's root (`helse-vest/compact/`); empty for the root page or without one.
pub fn page_folder(data: &Dataset, page_state: Option<&str>) -> String {
    page_state.map_or_else(String::new, |state| {
        let shown = parse_query(data, state).0;
        page_path(shown.region, shown.embed.view, shown.lang)
    })
}

/// The way back to the widget's root from the pre-rendered page whose state is `page_state`
/// (its `data-state`, e.g. `?region=helse-vest&view=compact`); `./` without one.
pub fn page_root(data: &Dataset, page_state: Option<&str>) -> String {
    root_from(&page_folder(data, page_state))
}

/// `html` with every `href` and `src` that starts at the widget's root (`./x`, as the build
/// writes them) made relative to a page `root` (see [`root_from`]) away from it.
fn from_root(html: &str, root: &str) -> String {
    if root == "./" {
        return html.to_owned();
    }
    ["href=", "src="]
        .iter()
        .fold(html.to_owned(), |text, attr| {
            text.replace(&format!("{attr}\"./"), &format!("{attr}\"{root}"))
                .replace(&format!("{attr}./"), &format!("{attr}{root}"))
        })
}

/// A pre-rendered page: the built `template` (index.html) in `lang` (the document's `lang`,
/// title and description), with `body` as the content of `<main id="app">`, the state it shows
/// in `data-state`, and its oEmbed link pointing at `region`'s file in `lang`. The page lives in
/// folder `page` (a [`page_path`]); its links to the build's files, relative to the root in the
/// template, are made relative to that folder, so the site works at any path. `None` when the
/// template has no `<main id="app">…</main>`.
pub fn page_html(
    template: &str,
    page: &str,
    region: RegionId,
    lang: Lang,
    state: &str,
    body: &str,
) -> Option<String> {
    let (open, len) = ["<main id=app>", "<main id=\"app\">"]
        .iter()
        .find_map(|tag| template.find(tag).map(|at| (at, tag.len())))?;
    let close = open + len + template[open + len..].find("</main>")?;
    let root = root_from(page);
    let oembed = format!("{root}{}", oembed_path(region, lang));
    let strings = lang.strings();
    let mut head = from_root(&template[..open], &root)
        .replace(
            &format!("href={root}oembed/norge-nb.json"),
            &format!("href={oembed}"),
        )
        .replace(
            &format!("href=\"{root}oembed/norge-nb.json\""),
            &format!("href=\"{oembed}\""),
        );
    head = set_attribute(&head, "html", "", "lang", lang.tag());
    head = set_attribute(
        &head,
        "link",
        "json+oembed",
        "title",
        &frame_title(lang, region),
    );
    head = set_attribute(
        &head,
        "meta",
        "description",
        "content",
        strings.page_description,
    );
    if let (Some(a), Some(b)) = (head.find("<title>"), head.find("</title>")) {
        head = format!(
            "{}<title>{}{}",
            &head[..a],
            attr_escape(strings.page_title),
            &head[b..]
        );
    }
    Some(format!(
        "{head}<main id=\"app\" data-state=\"{}\">{body}{}",
        attr_escape(state),
        from_root(&template[close..], &root)
    ))
}

impl EmbedCode<'_> {
    /// The frame's address: the region's pre-rendered compact page (numbers on screen before
    /// the wasm arrives), with the full query, so a host that strips the path still gets the
    /// same view.
    pub fn url(&self) -> String {
        let mut url = format!(
            "{}{}{}",
            self.base,
            page_path(self.region, View::Compact, self.lang),
            page_query(self.region, View::Compact, self.lang)
        );
        if self.theme != Theme::Auto {
            url.push_str("&theme=");
            url.push_str(self.theme.slug());
        }
        if let Some(show) = self.show.filter(|s| *s != Parts::COMPACT) {
            url.push_str("&show=");
            url.push_str(&show_text(show));
        }
        url
    }

    /// The frame's title: the widget and the region.
    pub fn title(&self) -> String {
        frame_title(self.lang, self.region)
    }

    /// A plain iframe with a fixed height: no script, no tracking.
    pub fn iframe(&self) -> String {
        format!(
            "<iframe data-dognplass src=\"{}\" title=\"{}\" style=\"width:100%;max-width:740px;border:0;height:{}px\" loading=\"lazy\" referrerpolicy=\"no-referrer\"></iframe>",
            attr_escape(&self.url()),
            attr_escape(&self.title()),
            self.height
        )
    }

    /// The iframe and the host script that sizes it to its content.
    pub fn iframe_with_script(&self) -> String {
        format!(
            "{}\n<script src=\"{}embed.js\" defer></script>",
            self.iframe(),
            attr_escape(self.base)
        )
    }
}

/// The oEmbed response (type `rich`) for `code`: the iframe with the host script.
pub fn oembed_json(code: &EmbedCode) -> String {
    format!(
        "{{\"version\":\"1.0\",\"type\":\"rich\",\"provider_name\":\"Døgnplasskalkulatoren\",\"title\":{},\"html\":{},\"width\":740,\"height\":{}}}\n",
        json_string(&code.title()),
        json_string(&code.iframe_with_script()),
        code.height
    )
}

/// The oEmbed file of a region in a language, relative to the build output.
pub fn oembed_path(region: RegionId, lang: Lang) -> String {
    format!("oembed/{}-{}.json", region.slug(), lang.tag())
}
