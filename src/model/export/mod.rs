//! The "Last ned tall" files: CSV for spreadsheet apps (UTF-8 with a byte-order mark, `;`
//! between fields, decimal comma, CRLF) and JSON, both built from the steps table's rows
//! ([`step_rows`]), so an export holds the numbers the reader sees, rounded the same way.

pub mod csv;
pub mod json;

use crate::model::calc::Results;
use crate::model::dataset::{Dataset, SourceSet};
use crate::model::i18n::export_strings::ExportStrings;
use crate::model::i18n::strings::Strings;
use crate::model::state::State;
use crate::model::view::rows::{step_rows, Unit};
use csv::{Csv, Field};
use json::{json_number, json_sources, json_string};

/// The ids of a source set, comma-separated.
fn source_ids(data: &Dataset, set: SourceSet) -> String {
    let ids: Vec<&str> = set
        .indices()
        .filter_map(|i| data.sources.get(i).map(|s| s.id))
        .collect();
    ids.join(", ")
}

/// The two data files.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DataFile {
    /// `;`-separated values for spreadsheet apps.
    Csv,
    /// JSON.
    Json,
}

impl DataFile {
    /// From a button's `data-download` value.
    pub fn parse(text: &str) -> Option<DataFile> {
        match text {
            "csv" => Some(DataFile::Csv),
            "json" => Some(DataFile::Json),
            _ => None,
        }
    }

    /// The file name's extension.
    pub const fn ext(self) -> &'static str {
        match self {
            DataFile::Csv => "csv",
            DataFile::Json => "json",
        }
    }

    /// The media type.
    pub const fn mime(self) -> &'static str {
        match self {
            DataFile::Csv => "text/csv;charset=utf-8",
            DataFile::Json => "application/json",
        }
    }
}

/// What is exported: the state, its results and those of the compared scenario.
pub struct Export<'a> {
    /// The data.
    pub data: &'a Dataset,
    /// The widget's state.
    pub state: &'a State,
    /// Results of the state's scenario.
    pub results: &'a Results,
    /// Results of the compared scenario, when one is chosen.
    pub compared: Option<&'a Results>,
    /// The state as the address writes it (`config::to_query`), so the file says how to see
    /// the same numbers again.
    pub query: &'a str,
}

impl Export<'_> {
    /// The computed scenarios, the shown one first.
    fn scenarios(&self) -> impl Iterator<Item = &Results> {
        std::iter::once(self.results).chain(self.compared)
    }

    /// Every source cited by an exported row.
    fn cited(&self, strings: &Strings) -> SourceSet {
        let mut set = SourceSet::default();
        for results in self.scenarios() {
            let r = results.get(self.state.region);
            for row in step_rows(strings, self.data, r, results.year) {
                set = set.union(row.line.sources);
            }
        }
        set
    }

    /// The file's name and content.
    pub fn file(&self, kind: DataFile) -> (String, String) {
        let name = file_name(
            self.state.region.slug(),
            None,
            self.data.release_date,
            kind.ext(),
        );
        let content = match kind {
            DataFile::Csv => self.csv(),
            DataFile::Json => self.json(),
        };
        (name, content)
    }

    /// The CSV file: a header block, the rows of each scenario, then the cited sources.
    pub fn csv(&self) -> String {
        let strings = self.state.lang.strings();
        let t = strings.export();
        let data = self.data;
        let mut csv = Csv::new(strings.numbers);
        let h = &t.header;
        let release = format!("{} ({})", data.release_date, data.release);
        let year = self.results.year.to_string();
        let query = self.query;
        let scenario = strings.scenario(self.results.scenario);
        let mut header: Vec<[&str; 2]> = vec![
            [h.title, strings.steps_heading],
            [h.release, &release],
            [h.region, strings.region_name(self.state.region)],
            [h.scenario, scenario],
        ];
        if let Some(c) = self.compared {
            header.push([h.compared, strings.scenario(c.scenario)]);
        }
        header.push([h.year, &year]);
        header.push([h.keys, if query.is_empty() { "?" } else { query }]);
        for [k, v] in header {
            csv.record(&[Field::Text(k), Field::Text(v)]);
        }
        csv.out.push_str("\r\n");
        let columns = t.columns.in_order().map(Field::Text);
        csv.record(&columns);
        for results in self.scenarios() {
            let r = results.get(self.state.region);
            let year = results.year.to_string();
            for row in step_rows(strings, data, r, results.year) {
                let s = row.line.span;
                let unknown = if row.line.partly_unknown {
                    t.yes_no.yes
                } else {
                    t.yes_no.no
                };
                let numbers = [s.low, s.mid, s.high].map(|x| csv.number(x, row.decimals));
                let [low, mid, high] = numbers;
                csv.record(&[
                    Field::Text(strings.region_name(self.state.region)),
                    Field::Text(strings.scenario(results.scenario)),
                    Field::Number(year.clone()),
                    Field::Text(row.id),
                    Field::Text(&row.label),
                    Field::Text(unit_word(t, row.unit)),
                    Field::Number(low),
                    Field::Number(mid),
                    Field::Number(high),
                    Field::Text(strings.kind(row.line.kind)),
                    Field::Text(unknown),
                    Field::Text(&source_ids(data, row.line.sources)),
                ]);
            }
        }
        csv.out.push_str("\r\n");
        let cited = self
            .cited(strings)
            .indices()
            .filter_map(|i| data.sources.get(i));
        csv.sources(t, cited);
        csv.out
    }

    /// The JSON file: the same rows and sources, numbers with `.`, rounded as shown.
    pub fn json(&self) -> String {
        let strings = self.state.lang.strings();
        let data = self.data;
        let region = self.state.region;
        let mut out = String::from("{\n");
        out.push_str(&format!(
            "  \"title\": {},\n  \"release\": {{ \"id\": {}, \"date\": {} }},\n  \"lang\": {},\n",
            json_string(strings.title),
            json_string(data.release),
            json_string(data.release_date),
            json_string(self.state.lang.tag())
        ));
        out.push_str(&format!(
            "  \"region\": {{ \"id\": {}, \"name\": {} }},\n  \"year\": {},\n  \"query\": {},\n  \"scenarios\": [",
            json_string(region.slug()),
            json_string(strings.region_name(region)),
            self.results.year,
            json_string(self.query)
        ));
        for (n, results) in self.scenarios().enumerate() {
            let r = results.get(region);
            out.push_str(if n == 0 { "\n" } else { ",\n" });
            out.push_str(&format!(
                "    {{ \"id\": {}, \"name\": {}, \"rows\": [",
                json_string(results.scenario.slug()),
                json_string(strings.scenario(results.scenario))
            ));
            for (i, row) in step_rows(strings, data, r, results.year).iter().enumerate() {
                let s = row.line.span;
                let ids: Vec<String> = row
                    .line
                    .sources
                    .indices()
                    .filter_map(|i| data.sources.get(i).map(|s| json_string(s.id)))
                    .collect();
                out.push_str(if i == 0 { "\n" } else { ",\n" });
                out.push_str(&format!(
                    "      {{ \"id\": {}, \"label\": {}, \"unit\": {}, \"low\": {}, \"value\": {}, \"high\": {}, \"kind\": {}, \"partlyUnknown\": {}, \"sources\": [{}] }}",
                    json_string(row.id),
                    json_string(&row.label),
                    json_string(match row.unit {
                        Unit::Places => "places",
                        Unit::Rate => "per-100k",
                        Unit::Percent => "percent",
                    }),
                    json_number(s.low, row.decimals),
                    json_number(s.mid, row.decimals),
                    json_number(s.high, row.decimals),
                    json_string(row.line.kind.slug()),
                    row.line.partly_unknown,
                    ids.join(", ")
                ));
            }
            out.push_str("\n    ] }");
        }
        out.push_str("\n  ],\n  \"sources\": [");
        json_sources(
            &mut out,
            self.cited(strings)
                .indices()
                .filter_map(|i| data.sources.get(i)),
        );
        out.push_str("\n  ]\n}\n");
        out
    }
}

/// A download's file name: `dognplasser-helse-vest-2026-11.csv`, or with a chart's name,
/// `dognplasser-helse-vest-kart-2026-11.png`. The month comes from the release date.
pub fn file_name(region_slug: &str, what: Option<&str>, release_date: &str, ext: &str) -> String {
    format!("{}.{ext}", file_stem(region_slug, what, release_date))
}

/// [`file_name`] without the extension, for files whose type the browser picks (the figures:
/// SVG or PNG, `www/export.js`).
pub fn file_stem(region_slug: &str, what: Option<&str>, release_date: &str) -> String {
    let month = release_date.get(..7).unwrap_or(release_date);
    match what {
        Some(what) => format!("dognplasser-{region_slug}-{what}-{month}"),
        None => format!("dognplasser-{region_slug}-{month}"),
    }
}

/// A unit's word in a data file.
fn unit_word(t: &ExportStrings, unit: Unit) -> &'static str {
    match unit {
        Unit::Places => t.units.places,
        Unit::Rate => t.units.rate,
        Unit::Percent => t.units.percent,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::dataset::Source;
    use crate::model::i18n::numbers;

    fn field(text: &str) -> String {
        let mut csv = Csv::new(numbers::NORWEGIAN);
        csv.field(text);
        csv.out.trim_start_matches('\u{feff}').to_owned()
    }

    #[test]
    fn csv_fields_are_quoted_when_they_must_be() {
        assert_eq!(field("Helse Vest"), "Helse Vest");
        assert_eq!(field("a;b"), "\"a;b\"");
        assert_eq!(field("sa \"nei\""), "\"sa \"\"nei\"\"\"");
        assert_eq!(field("to\nlinjer"), "\"to\nlinjer\"");
        assert_eq!(field("=SUM(A1)"), "\"'=SUM(A1)\"");
        assert_eq!(field("+ 30"), "\"'+ 30\"");
        assert_eq!(field("− 30"), "− 30");
        // In English the separator is a comma, and a comma is what needs quotes.
        let mut en = Csv::new(numbers::ENGLISH);
        en.record(&[Field::Text("a;b"), Field::Text("c, d")]);
        assert_eq!(en.out, "\u{feff}a;b,\"c, d\"\r\n");
    }

    #[test]
    fn numbers_use_a_decimal_comma_and_round_like_the_screen() {
        let nb = Csv::new(numbers::NORWEGIAN);
        assert_eq!(nb.number(1234.5, 0), "1235");
        assert_eq!(nb.number(-20.44, 1), "-20,4");
        assert_eq!(nb.number(-0.04, 1), "0,0");
        assert_eq!(nb.number(-22.0, 1), "-22,0");
        assert_eq!(nb.number(f64::NAN, 1), "");
        let en = Csv::new(numbers::ENGLISH);
        assert_eq!(en.number(1234.5, 1), "1234.5");
        assert_eq!(en.number(-20.44, 1), "-20.4");
        assert_eq!(json_number(-20.44, 1), "-20.4");
        assert_eq!(json_number(f64::INFINITY, 0), "null");
    }

    #[test]
    fn source_titles_with_separators_quotes_and_line_breaks_survive() {
        let awkward = Source {
            id: "x-2024",
            publisher: "Helse; Vest",
            title: "Svar på \"spørsmål\"\nom anbud",
            date: "2024-01",
            url: None,
        };
        let mut writer = Csv::new(numbers::NORWEGIAN);
        writer.sources(
            crate::model::lang::Lang::Nb.strings().export(),
            std::iter::once(&awkward),
        );
        let csv = writer.out;
        assert!(
            csv.ends_with(
                "x-2024;\"Helse; Vest\";\"Svar på \"\"spørsmål\"\"\nom anbud\";2024-01;\r\n"
            ),
            "{csv}"
        );
        let mut json = String::new();
        json_sources(&mut json, std::iter::once(&awkward));
        assert!(
            json.contains(r#""title": "Svar på \"spørsmål\"\nom anbud""#),
            "{json}"
        );
        assert!(json.contains(r#""url": null"#), "{json}");
    }

    #[test]
    fn file_names_carry_region_chart_and_month() {
        assert_eq!(
            file_name("helse-vest", None, "2026-11-22", "csv"),
            "dognplasser-helse-vest-2026-11.csv"
        );
        assert_eq!(
            file_name("norge", Some("kart"), "2026-11-22", "png"),
            "dognplasser-norge-kart-2026-11.png"
        );
    }
}
