//! How the widget is embedded: the view (full page or compact), the colour theme, which parts
//! show, and the id its height messages carry. Read from the address with the rest of the
//! state (`view=compact&theme=dark&show=summary,bridge&id=a1`) and written back with it.

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
    pub accent: Option<crate::model::config::contrast::Rgb>,
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

/// The frame heights the embed panel accepts, in CSS pixels.
pub const HEIGHTS: std::ops::RangeInclusive<u32> = 200..=6000;

/// A typed frame height: a whole number of pixels within [`HEIGHTS`].
pub fn parse_height(text: &str) -> Option<u32> {
    text.trim().parse().ok().filter(|h| HEIGHTS.contains(h))
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
    fn ids() {
        assert!(valid_id("dp-1_A"));
        assert!(!valid_id(""));
        assert!(!valid_id("a b"));
        assert!(!valid_id("<x>"));
        assert!(!valid_id(&"a".repeat(41)));
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
