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

/// The state a query asks for, and what in it could not be used.
pub fn parse_query(query: &str) -> (State, Vec<ConfigError>) {
    let mut state = State::default();
    let mut errors = Vec::new();
    for pair in query.trim_start_matches('?').split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        // Keys this version does not know (later settings, tracking tags) are ignored.
        if key == "region" {
            match RegionId::parse(value) {
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
    fn error_text_names_the_value() {
        let (_, errs) = parse_query("?region=oslo");
        assert_eq!(
            errs[0].to_string(),
            "unknown region \"oslo\" in the address; showing Norway"
        );
    }
}
