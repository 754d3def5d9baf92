//! The "Last ned tall" files: for every region, scenario and year the CSV and the JSON
//! hold the numbers the steps table shows, rounded the same way, with a byte-order mark,
//! decimal commas, the release and the cited sources.

#![cfg(not(target_arch = "wasm32"))]

use dognplass::data::dataset;
use dognplass::model::config::{parse_query, to_query};
use dognplass::model::i18n::numbers::{self, NORWEGIAN};
use dognplass::model::{compute_scenario, RegionId, Scenario};
use dognplass::model::{export::Export, view::rows::step_rows};

/// Splits CSV text into records and fields (quotes, doubled quotes, `;`, CRLF).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ';') => record.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
            }
            (false, c) => field.push(c),
        }
    }
    assert!(!quoted, "unterminated quote");
    assert!(field.is_empty() && record.is_empty(), "no final line break");
    records
}

/// The number a table cell shows, written as the CSV writes it: `−1 234,5` → `-1234,5`.
fn as_csv(shown: &str) -> String {
    shown
        .replace(numbers::NBSP, "")
        .replace(numbers::MINUS, "-")
        .trim_start_matches('+')
        .to_owned()
}

#[test]
fn csv_and_json_hold_the_shown_numbers_for_every_region_scenario_and_year() {
    let data = dataset();
    for region in RegionId::ALL {
        for scenario in Scenario::ALL {
            for year in [2022, 2025, 2026] {
                let query = format!(
                    "?region={}&scenario={}&year={year}",
                    region.slug(),
                    scenario.slug()
                );
                let (state, errors) = parse_query(data, &query);
                assert!(errors.is_empty(), "{query}: {errors:?}");
                let results = compute_scenario(data, &state.edits, state.scenario, year);
                let query = to_query(data, &state);
                let export = Export {
                    data,
                    state: &state,
                    results: &results,
                    compared: None,
                    query: &query,
                };
                let csv = export.csv();
                assert!(csv.starts_with('\u{feff}'), "byte-order mark");
                let records = parse_csv(csv.trim_start_matches('\u{feff}'));
                let head = records
                    .iter()
                    .position(|r| r[0] == "Område" && r.len() == 12);
                let head = head.expect("column row");
                let json: serde_json::Value =
                    serde_json::from_str(&export.json()).expect("valid JSON");
                let rows = &json["scenarios"][0]["rows"];
                let strings = state.lang.strings();
                let r = results.get(region);
                for (i, step) in step_rows(strings, data, r, year).iter().enumerate() {
                    let record = &records[head + 1 + i];
                    assert_eq!(record[0], region.name());
                    assert_eq!(record[1], strings.scenario(scenario));
                    assert_eq!(record[2], year.to_string());
                    assert_eq!(record[3], step.id);
                    let shown = if step.signed {
                        numbers::signed(NORWEGIAN, step.line.span.mid, step.decimals)
                    } else {
                        numbers::number(NORWEGIAN, step.line.span.mid, step.decimals)
                    };
                    assert_eq!(record[7], as_csv(&shown), "{query} {}", step.id);
                    let low = numbers::number(NORWEGIAN, step.line.span.low, step.decimals);
                    assert_eq!(record[6], as_csv(&low), "{query} {} low", step.id);
                    assert_eq!(record[9], strings.kind(step.line.kind));
                    // JSON: the same number with a decimal point.
                    let value = rows[i]["value"].as_f64().expect("number");
                    let csv_value: f64 = record[7].replace(',', ".").parse().expect("CSV number");
                    assert_eq!(value, csv_value, "{query} {}", step.id);
                    assert_eq!(rows[i]["id"], step.id);
                }
                // Every source id a row cites is listed with its title.
                let listed: Vec<&str> = records
                    .iter()
                    .skip_while(|r| r[0] != "Kilde-id")
                    .skip(1)
                    .map(|r| r[0].as_str())
                    .collect();
                for record in &records[head + 1..head + 11] {
                    for id in record[11].split(", ").filter(|s| !s.is_empty()) {
                        assert!(listed.contains(&id), "{query}: {id} not listed");
                    }
                }
                assert_eq!(json["sources"].as_array().map(Vec::len), Some(listed.len()));
            }
        }
    }
}

#[test]
fn header_names_release_region_scenarios_and_the_address() {
    let data = dataset();
    let (state, _) = parse_query(data, "?region=helse-vest&compare=stans&fbv=120");
    let results = compute_scenario(data, &state.edits, state.scenario, 2025);
    let compared = compute_scenario(data, &state.edits, Scenario::Stans, 2025);
    let query = to_query(data, &state);
    let export = Export {
        data,
        state: &state,
        results: &results,
        compared: Some(&compared),
        query: &query,
    };
    let records = parse_csv(export.csv().trim_start_matches('\u{feff}'));
    let release = format!("{} ({})", data.release_date, data.release);
    assert_eq!(records[1], ["Datautgave", release.as_str()]);
    assert_eq!(records[2], ["Område", "Helse Vest"]);
    assert_eq!(records[4][0], "Sammenlignet med");
    assert_eq!(
        records[6],
        [
            "Valg (adressens nøkler)",
            "?region=helse-vest&compare=stans&fbv=120"
        ]
    );
    // Both scenarios' rows, ten each.
    let scenarios: Vec<&str> = records
        .iter()
        .filter(|r| r.len() == 12 && r[3] == "after")
        .map(|r| r[1].as_str())
        .collect();
    assert_eq!(scenarios, ["Egne tall", "Stans nedbyggingen"]);
    let json: serde_json::Value = serde_json::from_str(&export.json()).expect("valid JSON");
    assert_eq!(json["release"]["date"], data.release_date);
    assert_eq!(json["scenarios"].as_array().map(Vec::len), Some(2));
}
