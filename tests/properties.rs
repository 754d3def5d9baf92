//! Property tests (proptest) of the three parsers that read outside text: the address and
//! embed configuration, assumption values, and the seed files. The properties themselves are
//! in fuzz/checks.rs, shared with the fuzz targets; here proptest feeds them generated input,
//! both arbitrary and shaped like the real thing. Any input the fuzzer once crashed on is kept
//! in fuzz/regressions/<target>/ and replayed by `fuzz_regressions_stay_fixed`.

#![cfg(not(target_arch = "wasm32"))]

#[path = "../fuzz/checks.rs"]
mod checks;

use std::path::Path;

use proptest::prelude::*;

/// Keys the address knows, some in odd case, and a few it does not.
const KEYS: &[&str] = &[
    "region",
    "REGION",
    "year",
    "scenario",
    "compare",
    "lang",
    "view",
    "theme",
    "show",
    "id",
    "childId",
    "accent",
    "fbv",
    "share-hso",
    "share-hv",
    "share-hmn",
    "share-hn",
    "cut-hso",
    "cut-hv",
    "cut-hmn",
    "cut-hn",
    "unknown-hso",
    "unknown-hn",
    "comp-hso",
    "comp-hv",
    "comp-end-hmn",
    "comp-end-hn",
    "stay-before",
    "stay-after",
    "occupancy",
    "cost",
    "utm_source",
    "fbclid",
    "initialWidth",
    "parentUrl",
    "x",
    "",
];

/// Values that are valid somewhere, and near misses.
const VALUES: &[&str] = &[
    "helse-vest",
    "helse-sor-ost",
    "helse-s%C3%B8r-%C3%B8st",
    "norge",
    "HELSE-NORD",
    "2022",
    "2024",
    "2026",
    "2030",
    "stans",
    "vedtatt",
    "framskrivning",
    "egne",
    "nb",
    "nn",
    "en",
    "compact",
    "full",
    "dark",
    "light",
    "picker,summary",
    "bridge,map,,table",
    "c00000",
    "#abc",
    "767676",
    "0",
    "120",
    "12,5",
    "1 234,5",
    "-3",
    "1e9",
    "NaN",
    "inf",
    "0x10",
    "%",
    "%zz",
    "%E2%88%92",
    "ab_c-1",
    "<script>",
    "",
];

fn known_pair() -> impl Strategy<Value = String> {
    (
        prop::sample::select(KEYS),
        prop::sample::select(VALUES),
        prop::bool::ANY,
    )
        .prop_map(|(k, v, eq)| {
            if eq {
                format!("{k}={v}")
            } else {
                k.to_string()
            }
        })
}

/// Queries of 0–45 pairs from the keys and values above, or of arbitrary text.
fn query() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(known_pair(), 0..45)
            .prop_map(|pairs| format!("?{}", pairs.join("&"))),
        prop::collection::vec(
            prop_oneof![known_pair(), "[^&]{0,12}".prop_map(String::from)],
            0..12
        )
        .prop_map(|pairs| pairs.join("&")),
        any::<String>(),
        "[?&=%0-9a-fA-F,.# -]{0,80}",
    ]
}

/// Typed values: numbers in the forms readers write, and arbitrary text.
fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        (0u64..2_000_000, 0u32..1000).prop_map(|(w, f)| format!("{w},{f:03}")),
        (0u64..2_000_000).prop_map(|w| w.to_string()),
        (-1e7f64..1e7).prop_map(|x| format!("{x}")),
        "[ +\\-\u{2212}\u{a0}0-9.,eE]{0,30}",
        any::<String>(),
    ]
}

/// A seed file, edited: a span replaced by other text, at a place picked by `at`.
fn edited_seed() -> impl Strategy<Value = (usize, Vec<u8>)> {
    (
        0usize..6,
        any::<prop::sample::Index>(),
        0usize..40,
        prop_oneof![
            "[0-9.\\-]{0,6}",
            "[\\[\\]\"=\n a-z_]{0,12}",
            any::<String>(),
        ],
    )
        .prop_map(|(which, at, len, insert)| {
            let mut text = checks::SEEDS[which].to_vec();
            let start = at.index(text.len());
            let end = (start + len).min(text.len());
            text.splice(start..end, insert.into_bytes());
            (which, text)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn any_query_reads_to_a_valid_canonical_state(q in query()) {
        checks::query(&q);
    }

    #[test]
    fn any_typed_value_is_refused_or_valid(text in typed()) {
        checks::value(&text);
    }

    #[test]
    fn any_number_is_refused_or_within_bounds(x in prop_oneof![
        any::<f64>(),
        -10.0f64..10_000.0,
        Just(f64::NAN),
        Just(f64::INFINITY),
        Just(-0.0),
    ]) {
        checks::number(x);
    }
}

proptest! {
    // Each case validates the 700 kB of seeds once.
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_edited_seed_is_accepted_or_refused_with_file_and_line((which, text) in edited_seed()) {
        checks::seeds(which, &text);
    }

    #[test]
    fn any_replaced_seed_is_accepted_or_refused_with_file_and_line(
        which in 0usize..6,
        text in prop::collection::vec(any::<u8>(), 0..400),
    ) {
        checks::seeds(which, &text);
    }
}

/// Inputs the fuzzer once found failing, kept as files, replayed through the same checks.
#[test]
fn fuzz_regressions_stay_fixed() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut replayed = 0;
    for target in ["query", "value", "seeds"] {
        let Ok(dir) = std::fs::read_dir(root.join(target)) else {
            continue;
        };
        for entry in dir {
            let path = entry.expect("regression entry").path();
            let bytes = std::fs::read(&path).expect("regression file");
            match target {
                "query" => checks::query(&String::from_utf8_lossy(&bytes)),
                "value" => checks::value(&String::from_utf8_lossy(&bytes)),
                _ => {
                    let (which, content) = bytes.split_first().unwrap_or((&0, &[]));
                    checks::seeds(usize::from(*which), content);
                }
            }
            replayed += 1;
        }
    }
    // fuzz/regressions/seeds/ holds the input that found the line-0 error (see tests/seeds.rs).
    assert!(
        replayed >= 1,
        "no fuzz regression input found under {root:?}"
    );
    // The shipped seeds go through the same check unchanged, and are accepted.
    for (which, seed) in checks::SEEDS.iter().enumerate() {
        assert!(
            checks::seeds(which, seed),
            "shipped {} refused",
            checks::SEED_NAMES[which]
        );
    }
}
