//! What must hold for any input to the three parsers that read text from outside: the address
//! and embed configuration (`parse_query`), a typed or addressed assumption value
//! (`parse_value`), and the seed files (`validate`). Each function takes arbitrary input and
//! panics only when a property fails.
//!
//! Shared by the fuzz targets (`fuzz/fuzz_targets/`, run by `scripts/dev/fuzz.sh`) and the
//! proptest properties of the test command (`tests/properties.rs`), so both check the same
//! thing. The seed validator is the crate build.rs runs (crates/seeds).

use dognplass::data::dataset;
use dognplass::model::config::{merge_queries, parse_query, to_query, MAX_PARAMS};
use dognplass::model::{
    calc::assumptions::{check_value, parse_number, parse_value, MAX_VALUE_LEN},
    compute_scenario, Dataset, Param, RegionResult, Results, State,
};

use dognplass_seeds::{generate, validate, SeedFiles};

/// The shipped seed files, in the order `seeds` numbers them.
pub const SEED_NAMES: [&str; 7] = [
    "seeds/sources.toml",
    "seeds/figures.toml",
    "seeds/files.toml",
    "seeds/map.toml",
    "seeds/npr_tsb.csv",
    "seeds/ssb_population_by_municipality_2001-2022.csv",
    "seeds/ssb_population_by_county_2023-2026.csv",
];

/// The shipped corrections log, passed unchanged (it names figures, not inputs).
const CHANGES: &str = include_str!("../seeds/changes.toml");

/// The shipped seeds' contents, in [`SEED_NAMES`] order.
pub const SEEDS: [&[u8]; 7] = [
    include_bytes!("../seeds/sources.toml"),
    include_bytes!("../seeds/figures.toml"),
    include_bytes!("../seeds/files.toml"),
    include_bytes!("../seeds/map.toml"),
    include_bytes!("../seeds/npr_tsb.csv"),
    include_bytes!("../seeds/ssb_population_by_municipality_2001-2022.csv"),
    include_bytes!("../seeds/ssb_population_by_county_2023-2026.csv"),
];

fn years(data: &Dataset) -> (u16, u16) {
    (data.assumptions.first_year, data.assumptions.last_year)
}

/// Every value of every line of one region's result is finite and its range is ordered.
fn assert_finite(r: &RegionResult, context: &str) {
    let lines = [
        ("before", &r.before),
        ("before_contracted", &r.before_contracted),
        ("before_fbv", &r.before_fbv),
        ("fbv", &r.fbv),
        ("cuts", &r.cuts),
        ("compensation", &r.compensation),
        ("after", &r.after),
        ("change", &r.change),
        ("change_pct", &r.change_pct),
        ("lost", &r.lost),
        ("per_100k_before", &r.per_100k_before),
        ("per_100k_after", &r.per_100k_after),
        ("projection", &r.projection),
        ("cost_lost", &r.cost_lost),
    ];
    let patients = [
        ("patients_before", r.patients_before.as_ref()),
        ("patients_after", r.patients_after.as_ref()),
    ];
    let some = patients
        .iter()
        .filter_map(|(name, line)| line.map(|l| (*name, l)));
    for (name, line) in lines.into_iter().chain(some) {
        let s = line.span;
        assert!(
            s.low.is_finite() && s.mid.is_finite() && s.high.is_finite(),
            "{context}: {:?} {name} is not finite: {s:?}",
            r.region
        );
        assert!(
            s.low <= s.mid && s.mid <= s.high,
            "{context}: {:?} {name} is out of order: {s:?}",
            r.region
        );
    }
}

fn assert_results(results: &Results, context: &str) {
    assert_finite(&results.norge, context);
    for r in &results.regions {
        assert_finite(r, context);
    }
}

/// The state is one the widget can show: a covered year, every edit accepted by the validator.
fn assert_valid_state(data: &Dataset, state: &State, context: &str) {
    let years = years(data);
    if let Some(year) = state.year {
        assert!(
            (years.0..=years.1).contains(&year),
            "{context}: year {year} outside {years:?}"
        );
    }
    for (param, value) in state.edits.changed() {
        assert_eq!(
            check_value(param, value, years),
            Ok(value),
            "{context}: {} = {value} was let through",
            param.key()
        );
    }
    if let Some(id) = &state.embed.id {
        assert!(
            dognplass::model::config::embed::valid_id(id),
            "{context}: id {id:?} was let through"
        );
    }
}

/// The address and embed configuration. For any query:
/// - reading it never panics, and gives at most one notice per pair read (plus "too many");
/// - the state it gives is valid, and its numbers are finite and ordered, for it and for the
///   scenario compared;
/// - every notice has a text;
/// - writing the state and reading that back gives the same state without notices, and the
///   same query again (the address is canonical);
/// - merging it with a page's own query gives a query that reads without panicking.
pub fn query(input: &str) {
    let data = dataset();
    let (state, notices) = parse_query(data, input);
    let context = format!("query {input:?}");
    // One notice per pair read at most, and one for a query too long or with too many pairs.
    let pairs = input
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .count();
    assert!(
        notices.len() <= pairs.min(MAX_PARAMS) + 1,
        "{context}: {} notices for {pairs} pairs: {notices:?}",
        notices.len()
    );
    for notice in &notices {
        assert!(!notice.to_string().is_empty(), "{context}: empty notice");
    }
    assert_valid_state(data, &state, &context);
    let results = compute_scenario(data, &state.edits, state.scenario, state.year(data));
    assert_results(&results, &context);
    if let Some(compare) = state.compare {
        let compared = compute_scenario(data, &state.edits, compare, state.year(data));
        assert_results(&compared, &context);
    }

    let written = to_query(data, &state);
    let (again, notices) = parse_query(data, &written);
    assert!(
        notices.is_empty(),
        "{context}: its canonical form {written:?} gives notices {notices:?}"
    );
    assert_eq!(
        again, state,
        "{context}: its canonical form {written:?} gives another state"
    );
    assert_eq!(to_query(data, &again), written, "{context}: not canonical");

    let merged = merge_queries("?region=helse-vest&view=compact", input);
    let (merged_state, _) = parse_query(data, &merged);
    assert_valid_state(data, &merged_state, &format!("merged {merged:?}"));
}

/// One typed or addressed value, for every assumption. For any text:
/// - reading never panics;
/// - an accepted value is finite, within the assumption's bounds, whole where it must be, and
///   accepted again as a number;
/// - written back with three decimals (point or comma, with a space as thousands separator) it
///   reads as the same value;
/// - a refusal has a text.
pub fn value(input: &str) {
    let data = dataset();
    let years = years(data);
    let number = parse_number(input);
    if let Ok(n) = number {
        assert!(n.is_finite(), "number {input:?} read as {n}");
    }
    for param in Param::all() {
        let context = format!("{} = {input:?}", param.key());
        match parse_value(param, input, years) {
            Ok(v) => {
                assert_eq!(Ok(v), number, "{context}: value and number disagree");
                let b = param.bounds(years);
                assert!(
                    v.is_finite() && v >= b.min && v <= b.max,
                    "{context}: {v} let through"
                );
                assert!(
                    !param.whole() || v.fract() == 0.0,
                    "{context}: {v} is not whole"
                );
                assert_eq!(check_value(param, v, years), Ok(v), "{context}");
                for written in [
                    format!("{v:.3}"),
                    format!("{v:.3}").replace('.', ","),
                    grouped(v),
                ] {
                    assert_eq!(
                        parse_value(param, &written, years),
                        Ok(v),
                        "{context}: written back as {written:?}"
                    );
                }
            }
            Err(error) => {
                assert!(!error.to_string().is_empty(), "{context}: empty refusal");
            }
        }
    }
    if input.chars().count() > MAX_VALUE_LEN {
        assert!(number.is_err(), "{input:?} is too long to accept");
    }
}

/// `v` as a Norwegian reader types it: no-break space between thousands, decimal comma.
fn grouped(v: f64) -> String {
    let text = format!("{v:.3}");
    let (whole, fraction) = text.split_once('.').unwrap_or((&text, ""));
    let digits: Vec<char> = whole.chars().collect();
    let mut out = String::new();
    for (i, c) in digits.iter().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(*c);
    }
    format!("{out},{fraction}")
}

/// Any number, for every assumption: the check accepts it unchanged or refuses it; what it
/// accepts is finite and within bounds.
pub fn number(value: f64) {
    let data = dataset();
    let years = years(data);
    for param in Param::all() {
        match check_value(param, value, years) {
            Ok(v) => {
                let b = param.bounds(years);
                assert_eq!(v.to_bits(), value.to_bits(), "{}", param.key());
                assert!(
                    v.is_finite() && v >= b.min && v <= b.max,
                    "{} {v}",
                    param.key()
                );
            }
            Err(e) => assert!(!e.to_string().is_empty()),
        }
    }
}

/// The seed files with file `which` (an index into [`SEED_NAMES`], modulo 7) replaced by
/// `content`. When a raw CSV file is replaced, its checksum in files.toml is updated too, so
/// the CSV reader itself is reached. Whatever the content:
/// - the validator never panics;
/// - it accepts, or refuses with at least one error, each naming a file under `seeds/`, a line
///   that exists in that file (or 1 past its end), and a reason;
/// - what it accepts generates the dataset's code without panicking.
///
/// Returns whether the seeds were accepted.
pub fn seeds(which: usize, content: &[u8]) -> bool {
    let which = which % SEEDS.len();
    let mut files: Vec<Vec<u8>> = SEEDS.iter().map(|f| f.to_vec()).collect();
    files[which] = content.to_vec();
    if which >= 4 {
        let old = sha256_hex(SEEDS[which]);
        let new = sha256_hex(content);
        let index = String::from_utf8_lossy(&files[2]).replace(&old, &new);
        files[2] = index.into_bytes();
    }
    let texts: Vec<String> = files[..4]
        .iter()
        .map(|f| String::from_utf8_lossy(f).into_owned())
        .collect();
    let raw: [(&str, &[u8]); 3] = [
        (&SEED_NAMES[4]["seeds/".len()..], &files[4]),
        (&SEED_NAMES[5]["seeds/".len()..], &files[5]),
        (&SEED_NAMES[6]["seeds/".len()..], &files[6]),
    ];
    let result = validate(&SeedFiles {
        sources: &texts[0],
        figures: &texts[1],
        files: &texts[2],
        map: &texts[3],
        changes: CHANGES,
        raw: &raw,
        model: &[],
    });
    match result {
        Ok(validated) => {
            let code = generate(&validated);
            assert!(!code.is_empty());
            true
        }
        Err(errors) => {
            assert!(!errors.is_empty(), "refused without an error");
            for e in &errors {
                assert!(e.file.starts_with("seeds/"), "error without its file: {e}");
                assert!(!e.message.is_empty(), "error without a reason: {e}");
                assert!(e.line >= 1, "error without its line: {e}");
                if let Some(i) = SEED_NAMES.iter().position(|n| *n == e.file) {
                    // Counting the (possibly empty) text after the last line break as a line.
                    let lines = files[i].iter().filter(|b| **b == b'\n').count() + 1;
                    assert!(e.line <= lines, "{e}: line {} of {lines}", e.line);
                }
            }
            false
        }
    }
}

fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
