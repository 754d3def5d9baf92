//! The rows of the steps table, and the "Last ned tall" files built from them: CSV for
//! spreadsheet apps (UTF-8 with a byte-order mark, `;` between fields, decimal comma, CRLF) and
//! JSON. The table on screen and both files take their rows from [`step_rows`], so an export
//! holds the numbers the reader sees, rounded the same way.

use super::calc::{Line, RegionResult, Results};
use super::dataset::{Dataset, Source, SourceSet};
use super::embed::json_string;
use super::format::{self, plain, NumberStyle};
use super::state::State;
use super::text::Strings;

/// What a row counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Inpatient places.
    Places,
    /// Places per 100 000 inhabitants.
    Rate,
    /// Per cent.
    Percent,
}

/// One row of the steps table.
#[derive(Debug)]
pub struct StepRow<'a> {
    /// Stable id (`before`, `fbv`, … `change-pct`), used in exports and as the test id.
    pub id: &'static str,
    /// The operator shown before the label on screen (`−`, `+`, `=`), or nothing.
    pub op: &'static str,
    /// The label, with the year it refers to.
    pub label: String,
    /// The figure.
    pub line: &'a Line,
    /// Decimals shown.
    pub decimals: u8,
    /// Shown with a sign.
    pub signed: bool,
    /// Reads "minst …" when parts are unknown.
    pub minimum: bool,
    /// What it counts.
    pub unit: Unit,
}

/// The rows of the steps table for one region, in the order shown, followed by the change in
/// per cent (which the table shows beside the change rather than as a row of its own).
pub fn step_rows<'a>(
    strings: &Strings,
    data: &Dataset,
    r: &'a RegionResult,
    year: u16,
) -> [StepRow<'a>; 10] {
    let labels = &strings.steps;
    let from = data.reference_year;
    let fbv_from = format::month_year(strings, data.fbv.ended.year, data.fbv.ended.month);
    let projection_pct =
        format::signed_percent(strings.numbers, data.national.projection_pct.value, 0);
    let row = |id, op, label: String, line, decimals, signed, unit| StepRow {
        id,
        op,
        label,
        line,
        decimals,
        signed,
        minimum: id == "cuts",
        unit,
    };
    [
        row(
            "before",
            "",
            format!("{} ({from})", labels.before),
            &r.before,
            0,
            false,
            Unit::Places,
        ),
        row(
            "fbv",
            "− ",
            format!("{} ({fbv_from})", labels.fbv),
            &r.fbv,
            0,
            false,
            Unit::Places,
        ),
        row(
            "cuts",
            "− ",
            labels.cuts.to_owned(),
            &r.cuts,
            0,
            false,
            Unit::Places,
        ),
        row(
            "compensation",
            "+ ",
            format!("{} ({year})", labels.compensation),
            &r.compensation,
            0,
            false,
            Unit::Places,
        ),
        row(
            "after",
            "= ",
            format!("{} ({year})", labels.after),
            &r.after,
            0,
            false,
            Unit::Places,
        ),
        row(
            "change",
            "",
            labels.change.to_owned(),
            &r.change,
            0,
            true,
            Unit::Places,
        ),
        row(
            "per100k-before",
            "",
            format!("{} ({from})", labels.per_100k_before),
            &r.per_100k_before,
            1,
            false,
            Unit::Rate,
        ),
        row(
            "per100k-after",
            "",
            format!("{} ({year})", labels.per_100k_after),
            &r.per_100k_after,
            1,
            false,
            Unit::Rate,
        ),
        row(
            "projection",
            "",
            format!("{}: {projection_pct}", labels.projection),
            &r.projection,
            0,
            true,
            Unit::Places,
        ),
        row(
            "change-pct",
            "",
            strings.export().change_pct.to_owned(),
            &r.change_pct,
            1,
            true,
            Unit::Percent,
        ),
    ]
}

/// Texts of the downloads.
#[derive(Debug)]
pub struct ExportStrings {
    /// Heading of the download section.
    pub heading: &'static str,
    /// What the downloads hold.
    pub lede: &'static str,
    /// Buttons: CSV, JSON.
    pub data_buttons: [&'static str; 2],
    /// Before the figure buttons of each chart.
    pub figure_label: &'static str,
    /// The figure buttons: SVG, PNG.
    pub figure_buttons: [&'static str; 2],
    /// Said when a figure could not be made.
    pub figure_failed: &'static str,
    /// The charts' names in file names, in the order shown.
    pub figure_files: [&'static str; 4],
    /// The single-file download's link.
    pub offline: &'static str,
    /// What the single file is.
    pub offline_note: &'static str,
    /// Shown in the single file itself, before the release date.
    pub offline_copy: &'static str,
    /// Label of the change in per cent.
    pub change_pct: &'static str,
    /// Header block: title, release, region, scenario, compared with, year, the address's keys.
    pub header: [&'static str; 7],
    /// Columns of the rows.
    pub columns: [&'static str; 12],
    /// Units in [`Unit`] order.
    pub units: [&'static str; 3],
    /// Yes and no.
    pub yes_no: [&'static str; 2],
    /// Heading and columns of the source list.
    pub sources: [&'static str; 6],
}

impl Strings {
    /// The download texts of this language.
    pub fn export(&self) -> &'static ExportStrings {
        self.export
    }
}

/// `x` rounded to `decimals` as written for machines: `.` and `-`; `None` if not a number.
fn rounded(x: f64, decimals: u8) -> Option<f64> {
    let f = 10f64.powi(i32::from(decimals));
    x.is_finite().then(|| (x * f).round() / f)
}

/// A CSV file being written in a language's conventions: Norwegian spreadsheet apps read `;`
/// between fields and a decimal comma, English ones `,` and a decimal point.
struct Csv {
    out: String,
    style: NumberStyle,
    separator: char,
}

impl Csv {
    /// An empty file (just the byte-order mark) for `style`.
    fn new(style: NumberStyle) -> Csv {
        Csv {
            out: String::from('\u{feff}'),
            style,
            separator: if style.decimal == ',' { ';' } else { ',' },
        }
    }

    /// A number with the decimals the screen shows: the language's decimal mark, ASCII minus,
    /// no grouping; empty if not a number.
    fn number(&self, x: f64, decimals: u8) -> String {
        if !x.is_finite() {
            return String::new();
        }
        format::number(self.style, x, decimals)
            .chars()
            .filter(|c| *c != self.style.group)
            .map(|c| if c == format::MINUS { '-' } else { c })
            .collect()
    }

    /// One field: quoted when it holds the separator, a quote or a line break (quotes doubled);
    /// text a spreadsheet would read as a formula (`=`, `+`, `-`, `@` first) gets a leading
    /// apostrophe.
    fn field(&mut self, text: &str) {
        let formula = text.starts_with(['=', '+', '-', '@']);
        let quote = formula || text.contains([self.separator, '"', '\n', '\r']);
        if quote {
            self.out.push('"');
        }
        if formula {
            self.out.push('\'');
        }
        for c in text.chars() {
            if c == '"' {
                self.out.push('"');
            }
            self.out.push(c);
        }
        if quote {
            self.out.push('"');
        }
    }

    /// One record; numbers come already written and are not guarded as formulas.
    fn record(&mut self, fields: &[Field]) {
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                self.out.push(self.separator);
            }
            match f {
                Field::Text(t) => self.field(t),
                Field::Number(n) => self.out.push_str(n),
            }
        }
        self.out.push_str("\r\n");
    }

    /// The source list: a heading, column names, a source a line.
    fn sources<'a>(&mut self, t: &ExportStrings, sources: impl Iterator<Item = &'a Source>) {
        self.record(&[Field::Text(t.sources[0])]);
        let columns: Vec<Field> = t.sources[1..].iter().map(|c| Field::Text(c)).collect();
        self.record(&columns);
        for s in sources {
            self.record(&[
                Field::Text(s.id),
                Field::Text(s.publisher),
                Field::Text(s.title),
                Field::Text(s.date),
                Field::Text(s.url.unwrap_or("")),
            ]);
        }
    }
}

/// A number for JSON, or `null`.
fn json_number(x: f64, decimals: u8) -> String {
    rounded(x, decimals).map_or_else(|| "null".to_owned(), plain)
}

enum Field<'a> {
    Text(&'a str),
    Number(String),
}

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
            [h[0], strings.steps_heading],
            [h[1], &release],
            [h[2], strings.region_name(self.state.region)],
            [h[3], scenario],
        ];
        if let Some(c) = self.compared {
            header.push([h[4], strings.scenario(c.scenario)]);
        }
        header.push([h[5], &year]);
        header.push([h[6], if query.is_empty() { "?" } else { query }]);
        for [k, v] in header {
            csv.record(&[Field::Text(k), Field::Text(v)]);
        }
        csv.out.push_str("\r\n");
        let columns: Vec<Field> = t.columns.iter().map(|c| Field::Text(c)).collect();
        csv.record(&columns);
        for results in self.scenarios() {
            let r = results.get(self.state.region);
            let year = results.year.to_string();
            for row in step_rows(strings, data, r, results.year) {
                let s = row.line.span;
                let unknown = t.yes_no[usize::from(!row.line.partly_unknown)];
                let numbers = [s.low, s.mid, s.high].map(|x| csv.number(x, row.decimals));
                let [low, mid, high] = numbers;
                csv.record(&[
                    Field::Text(strings.region_name(self.state.region)),
                    Field::Text(strings.scenario(results.scenario)),
                    Field::Number(year.clone()),
                    Field::Text(row.id),
                    Field::Text(&row.label),
                    Field::Text(t.units[row.unit as usize]),
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

/// The sources of the JSON file, one object a line.
fn json_sources<'a>(out: &mut String, sources: impl Iterator<Item = &'a Source>) {
    for (n, s) in sources.enumerate() {
        out.push_str(if n == 0 { "\n" } else { ",\n" });
        out.push_str(&format!(
            "    {{ \"id\": {}, \"publisher\": {}, \"title\": {}, \"date\": {}, \"url\": {} }}",
            json_string(s.id),
            json_string(s.publisher),
            json_string(s.title),
            json_string(s.date),
            s.url.map_or_else(|| "null".to_owned(), json_string)
        ));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn field(text: &str) -> String {
        let mut csv = Csv::new(format::NORWEGIAN);
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
        let mut en = Csv::new(format::ENGLISH);
        en.record(&[Field::Text("a;b"), Field::Text("c, d")]);
        assert_eq!(en.out, "\u{feff}a;b,\"c, d\"\r\n");
    }

    #[test]
    fn numbers_use_a_decimal_comma_and_round_like_the_screen() {
        let nb = Csv::new(format::NORWEGIAN);
        assert_eq!(nb.number(1234.5, 0), "1235");
        assert_eq!(nb.number(-20.44, 1), "-20,4");
        assert_eq!(nb.number(-0.04, 1), "0,0");
        assert_eq!(nb.number(-22.0, 1), "-22,0");
        assert_eq!(nb.number(f64::NAN, 1), "");
        let en = Csv::new(format::ENGLISH);
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
        let mut writer = Csv::new(format::NORWEGIAN);
        writer.sources(&crate::model::lang_nb::EXPORT, std::iter::once(&awkward));
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
