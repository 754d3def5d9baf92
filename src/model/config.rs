//! Reading the widget's configuration from a URL query (`?region=helse-vest`). Bad values keep
//! the default and produce a typed error the UI shows once; nothing here panics.

use std::fmt;

use super::region::{RegionId, UnknownRegion};
use super::state::State;

/// A configuration value that could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ConfigError {
    /// `region=` named no region.
    Region(UnknownRegion),
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigError::Region(e) => write!(f, "{e} in the address; showing Norway"),
        }
    }
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

/// The state a query asks for, and what in it could not be used.
pub fn parse_query(query: &str) -> (State, Vec<ConfigError>) {
    let mut state = State::default();
    let mut errors = Vec::new();
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, value) = (percent_decode(key), percent_decode(value));
        // Keys this version does not know (later settings, tracking tags) are ignored.
        if key == "region" {
            match RegionId::parse(&value) {
                Ok(region) => state.region = region,
                Err(e) => errors.push(ConfigError::Region(e)),
            }
        }
    }
    (state, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

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
            let (state, errs) = parse_query(query);
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
            parse_query("?region=helse%2Dnord").0.region,
            RegionId::HelseNord
        );
    }

    #[test]
    fn error_text_names_the_value() {
        let (_, errs) = parse_query("?region=oslo");
        assert_eq!(
            errs[0].to_string(),
            "unknown region \"oslo\" in the address; showing Norway"
        );
    }
}
