//! The widget's state in the address: reading a query (`?region=helse-vest&fbv=120`) with
//! typed errors, and writing the query back. Bad values keep the default and produce an error
//! the UI shows once; nothing here panics. The default state writes an empty query.

pub mod contrast;
pub mod embed;

use std::fmt;

use crate::model::calc::assumptions::{parse_value, InputError, Param, Scenario};
use crate::model::config::contrast::{accent, Rgb};
use crate::model::dataset::Dataset;
use crate::model::lang::Lang;
use crate::model::region::{RegionId, UnknownRegion};
use crate::model::state::State;
use embed::{Theme, View};

/// Longest query read at all; a longer one is ignored whole.
pub const MAX_QUERY_LEN: usize = 2048;
/// Most parameters read; the rest are ignored.
pub const MAX_PARAMS: usize = 40;

/// A configuration value that could not be used.
#[derive(Clone, Debug, PartialEq)]
pub enum ConfigError {
    /// `region=` named no region.
    Region(UnknownRegion),
    /// `year=` is not a year the calculator covers.
    Year(String),
    /// `scenario=` or `compare=` named no scenario.
    Scenario(String),
    /// `lang=` named a language the widget does not have.
    Lang(String),
    /// An assumption's value was refused.
    Value {
        /// The parameter.
        param: Param,
        /// Why.
        error: InputError,
    },
    /// `view=` named no view.
    View(String),
    /// `theme=` named no theme.
    Theme(String),
    /// `show=` named a part the widget does not have.
    Show(String),
    /// `id=` or `childId=` is not 1–40 letters, digits, `-` or `_`.
    Id(String),
    /// `accent=` is not a hex colour (`#1f4e79`, `1f4e79`, `#abc`).
    Accent(String),
    /// `accent=` would not reach WCAG AA contrast in the theme(s) in force.
    AccentContrast(String),
    /// A key this version does not know.
    UnknownKey(String),
    /// A key given twice; the first value is used.
    Repeated(String),
    /// The query is too long to be a real address of this widget.
    TooLong,
    /// More parameters than the widget has.
    TooMany,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Region(e) => write!(f, "{e} in the address; showing Norway"),
            ConfigError::Year(y) => write!(f, "unknown year \"{y}\""),
            ConfigError::Scenario(s) => write!(f, "unknown scenario \"{s}\""),
            ConfigError::Lang(l) => write!(f, "unknown language \"{l}\""),
            ConfigError::Value { param, error } => write!(f, "{}: {error}", param.key()),
            ConfigError::View(v) => write!(f, "unknown view \"{v}\""),
            ConfigError::Theme(t) => write!(f, "unknown theme \"{t}\""),
            ConfigError::Show(p) => write!(f, "unknown part \"{p}\" in show"),
            ConfigError::Id(i) => write!(f, "unusable embed id \"{i}\""),
            ConfigError::Accent(a) => write!(f, "\"{a}\" is not a hex colour"),
            ConfigError::AccentContrast(a) => write!(f, "accent {a} has too little contrast"),
            ConfigError::UnknownKey(k) => write!(f, "unknown key \"{k}\""),
            ConfigError::Repeated(k) => write!(f, "\"{k}\" given more than once"),
            ConfigError::TooLong => write!(f, "address too long"),
            ConfigError::TooMany => write!(f, "too many parameters"),
        }
    }
}

/// A shortened copy of text from the address, safe to show in a notice.
fn shown(text: &str) -> String {
    let mut out: String = text.chars().filter(|c| !c.is_control()).take(24).collect();
    if text.chars().count() > 24 {
        out.push('…');
    }
    out
}

/// Decodes `%XX` escapes and `+` (a space in form encoding). A malformed escape is kept as
/// written; bytes that are not UTF-8 become U+FFFD. Never fails.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push((hi * 16 + lo) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Tracking tags hosts add to links, and what Pym.js adds to a frame's address besides the
/// child id (the host page's width, title and address: never read); ignored without a notice.
fn is_ignored(key: &str) -> bool {
    key.starts_with("utm_")
        || matches!(
            key,
            "fbclid" | "gclid" | "mc_cid" | "mc_eid" | "initialwidth" | "parenttitle" | "parenturl"
        )
}

/// The state a query asks for, and what in it could not be used.
pub fn parse_query(data: &Dataset, query: &str) -> (State, Vec<ConfigError>) {
    let mut state = State::default();
    let mut errors = Vec::new();
    let query = query.trim_start_matches('?');
    if query.len() > MAX_QUERY_LEN {
        return (state, vec![ConfigError::TooLong]);
    }
    let years = (data.assumptions.first_year, data.assumptions.last_year);
    let mut seen: Vec<String> = Vec::new();
    let mut scenario = None;
    for (n, pair) in query.split('&').filter(|p| !p.is_empty()).enumerate() {
        if n == MAX_PARAMS {
            errors.push(ConfigError::TooMany);
            break;
        }
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, value) = (
            percent_decode(key).to_ascii_lowercase(),
            percent_decode(value),
        );
        if is_ignored(&key) {
            continue;
        }
        if seen.contains(&key) {
            errors.push(ConfigError::Repeated(shown(&key)));
            continue;
        }
        seen.push(key.clone());
        match key.as_str() {
            "region" => match RegionId::parse(&value) {
                Ok(region) => state.region = region,
                Err(e) => errors.push(ConfigError::Region(UnknownRegion(shown(&e.0)))),
            },
            "lang" => match Lang::parse(&value.trim().to_ascii_lowercase()) {
                Some(lang) => state.lang = lang,
                None => errors.push(ConfigError::Lang(shown(&value))),
            },
            "year" => match value.trim().parse::<u16>() {
                Ok(y) if (years.0..=years.1).contains(&y) => {
                    state.year = (y != data.after_year).then_some(y);
                }
                _ => errors.push(ConfigError::Year(shown(&value))),
            },
            "view" => match View::parse(value.trim()) {
                Some(v) => state.embed.view = v,
                None => errors.push(ConfigError::View(shown(&value))),
            },
            "theme" => match Theme::parse(value.trim()) {
                Some(t) => state.embed.theme = t,
                None => errors.push(ConfigError::Theme(shown(&value))),
            },
            "show" => {
                let (parts, unknown) = embed::parse_show(&value);
                state.embed.show = parts;
                if let Some(p) = unknown {
                    errors.push(ConfigError::Show(shown(&p)));
                }
            }
            "accent" => match Rgb::parse(value.trim()) {
                Some(colour) => state.embed.accent = Some(colour),
                None => errors.push(ConfigError::Accent(shown(&value))),
            },
            // Pym.js names its frames with `childId`; either key sets the same id.
            "id" | "childid" => {
                if !embed::valid_id(&value) {
                    errors.push(ConfigError::Id(shown(&value)));
                } else if state.embed.id.is_none() {
                    state.embed.id = Some(value.clone());
                }
            }
            "scenario" | "compare" => match Scenario::parse(&value) {
                Some(s) if key == "scenario" => scenario = Some(s),
                Some(s) => state.compare = Some(s),
                None => errors.push(ConfigError::Scenario(shown(&value))),
            },
            _ => match Param::from_key(&key) {
                Some(param) => {
                    let checked = parse_value(param, &value, years)
                        .and_then(|v| state.check_edit(data, param, v).map(|_| v));
                    match checked {
                        Ok(v) => state.edits.set(param, Some(v)),
                        Err(error) => errors.push(ConfigError::Value { param, error }),
                    }
                }
                None => errors.push(ConfigError::UnknownKey(shown(&key))),
            },
        }
    }
    state.scenario = scenario.unwrap_or_else(|| implied_scenario(&state));
    // An accent that neither theme can show readably is dropped, with a notice. One that reads
    // in one theme only is kept: the widget uses it there (the reader may switch themes).
    if let Some(colour) = state.embed.accent {
        let a = accent(colour);
        if a.light.is_none() && a.dark.is_none() {
            errors.push(ConfigError::AccentContrast(colour.hex()));
            state.embed.accent = None;
        }
    }
    (state, errors)
}

/// The query a pre-rendered page's own state (`page`) and the address (`address`) give
/// together: the page's pairs, except keys the address sets, then the address's pairs. So
/// `/helse-vest/?utm_source=x` still shows Helse Vest, and `?region=norge` there shows Norway.
pub fn merge_queries(page: &str, address: &str) -> String {
    let key =
        |pair: &str| percent_decode(pair.split('=').next().unwrap_or("")).to_ascii_lowercase();
    let address: Vec<&str> = address
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .collect();
    let mut pairs: Vec<&str> = page
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !address.iter().any(|a| key(a) == key(p)))
        .collect();
    pairs.extend(address);
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

/// The scenario a query without `scenario=` means: own numbers when anything is edited.
fn implied_scenario(state: &State) -> Scenario {
    if state.edits.is_empty() {
        Scenario::Vedtatt
    } else {
        Scenario::Egne
    }
}

/// The query that gives `state`: empty for the default state, otherwise `?` and only what
/// differs from the defaults. [`parse_query`] of it gives `state` back.
pub fn to_query(data: &Dataset, state: &State) -> String {
    let mut parts: Vec<String> = Vec::new();
    if state.region != RegionId::Norge {
        parts.push(format!("region={}", state.region.slug()));
    }
    if let Some(year) = state.year.filter(|y| *y != data.after_year) {
        parts.push(format!("year={year}"));
    }
    if state.scenario != implied_scenario(state) {
        parts.push(format!("scenario={}", state.scenario.slug()));
    }
    if let Some(compare) = state.compare {
        parts.push(format!("compare={}", compare.slug()));
    }
    if state.lang != Lang::default() {
        parts.push(format!("lang={}", state.lang.tag()));
    }
    let e = &state.embed;
    if e.view != View::Full {
        parts.push(format!("view={}", e.view.slug()));
    }
    if e.theme != Theme::Auto {
        parts.push(format!("theme={}", e.theme.slug()));
    }
    if let Some(show) = e.show {
        parts.push(format!("show={}", embed::show_text(show)));
    }
    if let Some(id) = &e.id {
        parts.push(format!("id={id}"));
    }
    if let Some(colour) = e.accent {
        // Without the `#`, which would start the address's fragment.
        parts.push(format!("accent={}", &colour.hex()[1..]));
    }
    for (param, value) in state.edits.changed() {
        // Values hold at most three decimals (parse_number), which `plain` writes exactly.
        parts.push(format!(
            "{}={}",
            param.key(),
            crate::model::i18n::numbers::plain(value)
        ));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;

    #[test]
    fn table_of_queries() {
        let cases: [(&str, RegionId, usize); 8] = [
            ("", RegionId::Norge, 0),
            ("?", RegionId::Norge, 0),
            ("?region=helse-vest", RegionId::HelseVest, 0),
            ("region=helse-nord&lang=nb", RegionId::HelseNord, 0),
            (
                "?utm_source=x&region=HELSE-MIDT-NORGE",
                RegionId::HelseMidtNorge,
                0,
            ),
            ("?region=", RegionId::Norge, 1),
            ("?region=oslo", RegionId::Norge, 1),
            (
                "?region=helse-vest&region=%3Cscript%3E",
                RegionId::HelseVest,
                1,
            ),
        ];
        for (query, region, errors) in cases {
            let (state, errs) = parse_query(dataset(), query);
            assert_eq!(state.region, region, "{query}");
            assert_eq!(errs.len(), errors, "{query}");
        }
    }

    #[test]
    fn percent_escapes_are_decoded() {
        assert_eq!(percent_decode("%3Cscript%3E"), "<script>");
        assert_eq!(percent_decode("helse%2Dvest"), "helse-vest");
        assert_eq!(percent_decode("S%C3%B8r+%C3%98st"), "Sør Øst");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
        assert_eq!(percent_decode("%FF"), "\u{fffd}");
        assert_eq!(
            parse_query(dataset(), "?region=helse%2Dnord").0.region,
            RegionId::HelseNord
        );
    }

    #[test]
    fn embed_keys() {
        use crate::model::config::embed::{Part, Theme, View};
        let data = dataset();
        let q = "?view=compact&theme=dark&show=summary,map&id=art-1&region=helse-vest";
        let (state, errs) = parse_query(data, q);
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(state.embed.view, View::Compact);
        assert_eq!(state.embed.theme, Theme::Dark);
        assert!(state.embed.parts().has(Part::Map));
        assert!(!state.embed.parts().has(Part::Table));
        assert_eq!(state.embed.id.as_deref(), Some("art-1"));
        // Written back in a fixed order, and read again to the same state.
        let written = to_query(data, &state);
        assert_eq!(
            written,
            "?region=helse-vest&view=compact&theme=dark&show=summary,map&id=art-1"
        );
        assert_eq!(parse_query(data, &written), (state, vec![]));
        // Pym.js's own keys: the child id is used, the host's width, title and address ignored.
        let pym = "?view=compact&initialWidth=620&childId=dp_2&parentTitle=Avis&parentUrl=https%3A%2F%2Fx.no%2F";
        let (state, errs) = parse_query(data, pym);
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(state.embed.id.as_deref(), Some("dp_2"));
        // Bad values: defaults kept, one error each.
        let bad = "?view=tiny&theme=pink&show=summary,nope&id=%3Cscript%3E";
        let (state, errs) = parse_query(data, bad);
        assert_eq!(state.embed.view, View::Full);
        assert_eq!(state.embed.theme, Theme::Auto);
        assert_eq!(state.embed.id, None);
        assert_eq!(
            errs,
            vec![
                ConfigError::View("tiny".into()),
                ConfigError::Theme("pink".into()),
                ConfigError::Show("nope".into()),
                ConfigError::Id("<script>".into()),
            ]
        );
    }

    #[test]
    fn page_state_and_address_merge() {
        let page = "?region=helse-vest&view=compact";
        assert_eq!(merge_queries(page, ""), page);
        assert_eq!(
            merge_queries(page, "?utm_source=x&childId=p1"),
            "?region=helse-vest&view=compact&utm_source=x&childId=p1"
        );
        assert_eq!(
            merge_queries(page, "?REGION=norge"),
            "?view=compact&REGION=norge"
        );
        assert_eq!(merge_queries("", "?fbv=120"), "?fbv=120");
        assert_eq!(merge_queries("", ""), "");
        let (state, errors) = parse_query(dataset(), &merge_queries(page, "?fbclid=1"));
        assert!(errors.is_empty());
        assert_eq!(state.region, RegionId::HelseVest);
    }

    #[test]
    fn error_text_names_the_value() {
        let (_, errs) = parse_query(dataset(), "?region=oslo");
        assert_eq!(
            errs[0].to_string(),
            "unknown region \"oslo\" in the address; showing Norway"
        );
    }
}
