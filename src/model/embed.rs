//! How the widget is embedded: the view (full page or compact), the colour theme, which parts
//! show, and the id its height messages carry. Read from the address with the rest of the
//! state (`view=compact&theme=dark&show=summary,bridge&id=a1`) and written back with it.

use super::text::Lang;

/// The layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum View {
    /// The whole page: every part, the scenario bar and the assumptions.
    #[default]
    Full,
    /// For an article column (320–740 px): the parts in [`Embed::show`], no page chrome.
    Compact,
}

/// The colour theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    /// The reader's system setting.
    #[default]
    Auto,
    /// Light, whatever the system says.
    Light,
    /// Dark, whatever the system says.
    Dark,
}

/// A part of the widget that `show=` can name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The summary sentence and its copy button.
    Summary,
    /// The region picker.
    Picker,
    /// The scenario, year and comparison choices.
    Scenarios,
    /// The bridge chart.
    Bridge,
    /// The comparison per 100 000.
    Rates,
    /// The timeline of measured activity.
    Timeline,
    /// The map.
    Map,
    /// The steps table.
    Table,
    /// The assumptions panel.
    Assumptions,
    /// Patients and cost.
    People,
    /// The cut-by-cut breakdown, measured activity and cross-checks.
    Details,
}

impl Part {
    /// Every part, in page order.
    pub const ALL: [Part; 11] = [
        Part::Picker,
        Part::Scenarios,
        Part::Summary,
        Part::Bridge,
        Part::Rates,
        Part::Timeline,
        Part::Map,
        Part::Table,
        Part::Assumptions,
        Part::People,
        Part::Details,
    ];

    /// The name in `show=`.
    pub const fn slug(self) -> &'static str {
        match self {
            Part::Summary => "summary",
            Part::Picker => "picker",
            Part::Scenarios => "scenarios",
            Part::Bridge => "bridge",
            Part::Rates => "rates",
            Part::Timeline => "timeline",
            Part::Map => "map",
            Part::Table => "table",
            Part::Assumptions => "assumptions",
            Part::People => "people",
            Part::Details => "details",
        }
    }

    /// The part named `slug`.
    pub fn parse(slug: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.slug() == slug)
    }

    const fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// A set of parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Parts(u16);

impl Parts {
    /// What a compact embed shows unless told otherwise: picker, summary, bridge and table.
    pub const COMPACT: Parts =
        Parts(Part::Picker.bit() | Part::Summary.bit() | Part::Bridge.bit() | Part::Table.bit());
    /// Everything.
    pub const ALL: Parts = Parts((1 << Part::ALL.len()) - 1);

    /// Whether `part` is in the set.
    pub const fn has(self, part: Part) -> bool {
        self.0 & part.bit() != 0
    }

    /// The set with `part` added.
    pub const fn with(self, part: Part) -> Parts {
        Parts(self.0 | part.bit())
    }

    /// The set without `part`.
    pub const fn without(self, part: Part) -> Parts {
        Parts(self.0 & !part.bit())
    }

    /// The empty set.
    pub const fn none() -> Parts {
        Parts(0)
    }

    /// Whether no part is in the set.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// Longest embed id kept; ids are our own short tags, never content.
pub const MAX_ID_LEN: usize = 40;

/// Everything about how the widget is embedded.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Embed {
    /// The layout.
    pub view: View,
    /// The colour theme.
    pub theme: Theme,
    /// The parts shown in the compact view; `None` is [`Parts::COMPACT`]. The full view shows all.
    pub show: Option<Parts>,
    /// The id height messages carry (`id=`, or Pym.js's `childId=`).
    pub id: Option<String>,
    /// The host's accent colour (`accent=`), kept only where it reaches AA contrast.
    pub accent: Option<super::contrast::Rgb>,
}

impl Embed {
    /// The parts on screen.
    pub fn parts(&self) -> Parts {
        match self.view {
            View::Full => Parts::ALL,
            View::Compact => self.show.unwrap_or(Parts::COMPACT),
        }
    }
}

impl View {
    /// The name in `view=`.
    pub const fn slug(self) -> &'static str {
        match self {
            View::Full => "full",
            View::Compact => "compact",
        }
    }

    /// The view named `slug`.
    pub fn parse(slug: &str) -> Option<View> {
        [View::Full, View::Compact]
            .into_iter()
            .find(|v| v.slug() == slug)
    }
}

impl Theme {
    /// The name in `theme=`.
    pub const fn slug(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The theme named `slug`.
    pub fn parse(slug: &str) -> Option<Theme> {
        [Theme::Auto, Theme::Light, Theme::Dark]
            .into_iter()
            .find(|t| t.slug() == slug)
    }
}

/// Reads `show=`: comma-separated part names. Returns the set and the first unknown name.
/// An empty list or one with only unknown names gives `None` (the default parts).
pub fn parse_show(text: &str) -> (Option<Parts>, Option<String>) {
    let mut parts = Parts::none();
    let mut unknown = None;
    for name in text.split(',').map(str::trim).filter(|n| !n.is_empty()) {
        match Part::parse(&name.to_ascii_lowercase()) {
            Some(p) => parts = parts.with(p),
            None => {
                if unknown.is_none() {
                    unknown = Some(name.to_owned());
                }
            }
        }
    }
    ((!parts.is_empty()).then_some(parts), unknown)
}

/// Writes a set of parts for `show=`.
pub fn show_text(parts: Parts) -> String {
    let names: Vec<&str> = Part::ALL
        .iter()
        .filter(|p| parts.has(**p))
        .map(|p| p.slug())
        .collect();
    names.join(",")
}

/// Whether `id` is a usable embed id: 1–40 letters, digits, `-` or `_`.
pub fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The messages a framed widget sends its host when its height changes: Pym.js's string
/// (`pymxPYMx<id>xPYMxheightxPYMx<px>`), for AMP (`embed-size`, as JSON text the UI turns into an
/// object) and our own. Each carries only the height and our id.
pub fn pym_message(id: &str, height: u32) -> String {
    format!("pymxPYMx{id}xPYMxheightxPYMx{height}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn show_lists() {
        assert_eq!(parse_show(""), (None, None));
        let (parts, bad) = parse_show("summary, MAP ,bogus,table");
        let parts = parts.unwrap();
        assert!(parts.has(Part::Summary) && parts.has(Part::Map) && parts.has(Part::Table));
        assert!(!parts.has(Part::Bridge));
        assert_eq!(bad.as_deref(), Some("bogus"));
        assert_eq!(show_text(parts), "summary,map,table");
        assert_eq!(parse_show("x,y"), (None, Some("x".to_owned())));
        assert_eq!(parse_show(&show_text(Parts::ALL)).0, Some(Parts::ALL));
    }

    #[test]
    fn ids_and_messages() {
        assert!(valid_id("dp-1_A"));
        assert!(!valid_id(""));
        assert!(!valid_id("a b"));
        assert!(!valid_id("<x>"));
        assert!(!valid_id(&"a".repeat(41)));
        assert_eq!(pym_message("x1", 640), "pymxPYMxx1xPYMxheightxPYMx640");
    }

    #[test]
    fn parts_by_view() {
        let mut e = Embed::default();
        assert_eq!(e.parts(), Parts::ALL);
        e.view = View::Compact;
        assert_eq!(e.parts(), Parts::COMPACT);
        e.show = Some(Parts::none().with(Part::Map));
        assert!(e.parts().has(Part::Map) && !e.parts().has(Part::Table));
    }
}

/// What the "Bygg inn" panel and the oEmbed files build embed code from.
#[derive(Clone, Debug, PartialEq)]
pub struct EmbedCode<'a> {
    /// The widget's public address without query, e.g. `https://example.org/dognplass/`.
    pub base: &'a str,
    /// The region shown first.
    pub region: super::region::RegionId,
    /// The language.
    pub lang: super::text::Lang,
    /// The theme.
    pub theme: Theme,
    /// The parts; `None` is the compact default.
    pub show: Option<Parts>,
    /// The frame's fixed height in CSS pixels, used until (or without) the host script.
    pub height: u32,
}

/// A height that fits the compact default at an article column's width (680 px measured:
/// Norway 1 857 px, the regions 1 641–1 708 px), so a plain iframe rarely scrolls.
pub const DEFAULT_HEIGHT: u32 = 1900;

/// The views the build pre-renders for every region.
pub const PAGE_VIEWS: [View; 2] = [View::Full, View::Compact];

/// Where the pre-rendered page of `region` in `view` and `lang` lives, relative to the
/// widget's base: `""` (Norway, full page, bokmål), `compact/`, `helse-vest/`,
/// `helse-vest/compact/`, and the same under `nn/` and `en/`.
pub fn page_path(region: super::region::RegionId, view: View, lang: Lang) -> String {
    let mut path = String::new();
    if lang != Lang::default() {
        path.push_str(lang.tag());
        path.push('/');
    }
    if region != super::region::RegionId::Norge {
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
pub fn page_query(region: super::region::RegionId, view: View, lang: Lang) -> String {
    let mut parts = Vec::new();
    if region != super::region::RegionId::Norge {
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
pub fn frame_title(lang: Lang, region: super::region::RegionId) -> String {
    format!(
        "Døgnplasskalkulatoren – {}",
        lang.strings().region_name(region)
    )
}

/// A pre-rendered page: the built `template` (index.html) in `lang` (the document's `lang`,
/// title and description), with `body` as the content of `<main id="app">`, the state it shows
/// in `data-state`, and its oEmbed link pointing at `region`'s file in `lang` by an absolute
/// path (pages live in sub-folders). `None` when the template has no `<main id="app">…</main>`.
pub fn page_html(
    template: &str,
    region: super::region::RegionId,
    lang: Lang,
    state: &str,
    body: &str,
) -> Option<String> {
    let (open, len) = ["<main id=app>", "<main id=\"app\">"]
        .iter()
        .find_map(|tag| template.find(tag).map(|at| (at, tag.len())))?;
    let close = open + len + template[open + len..].find("</main>")?;
    let oembed = format!("/{}", oembed_path(region, lang));
    let strings = lang.strings();
    let mut head = template[..open]
        .replace("href=oembed/norge-nb.json", &format!("href={oembed}"))
        .replace(
            "href=\"oembed/norge-nb.json\"",
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
        &template[close..]
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

/// The frame heights the embed panel accepts, in CSS pixels.
pub const HEIGHTS: std::ops::RangeInclusive<u32> = 200..=6000;

/// A typed frame height: a whole number of pixels within [`HEIGHTS`].
pub fn parse_height(text: &str) -> Option<u32> {
    text.trim().parse().ok().filter(|h| HEIGHTS.contains(h))
}

/// `text` as a JSON string literal.
pub fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                let n = c as u32;
                for d in [n >> 4, n & 15] {
                    out.push(char::from_digit(d, 16).unwrap_or('0'));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
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
pub fn oembed_path(region: super::region::RegionId, lang: super::text::Lang) -> String {
    format!("oembed/{}-{}.json", region.slug(), lang.tag())
}
