//! Languages: number and date typography per language, every generated sentence in
//! every language for every region and scenario with no placeholder left, notices for every
//! refused value, and the translations really translated.

#![cfg(not(target_arch = "wasm32"))]

use dognplass::data::dataset;
use dognplass::model::calc::last_measured_year;
use dognplass::model::config::{parse_query, ConfigError};
use dognplass::model::i18n::numbers::{self, ENGLISH, NORWEGIAN};
use dognplass::model::region::UnknownRegion;
use dognplass::model::{compute_scenario, InputError, Lang, Param, RegionId, Scenario};

const NBSP: char = '\u{a0}';
const MINUS: char = '\u{2212}';

#[test]
fn number_tables_for_the_three_languages() {
    // (value, decimals, nb/nn, en)
    let cases: [(f64, u8, String, &str); 6] = [
        (1234.5, 1, format!("1{NBSP}234,5"), "1,234.5"),
        (1_847.0, 0, format!("1{NBSP}847"), "1,847"),
        (-20.44, 1, format!("{MINUS}20,4"), "\u{2212}20.4"),
        (0.04, 1, "0,0".to_owned(), "0.0"),
        (1_000_000.0, 0, format!("1{NBSP}000{NBSP}000"), "1,000,000"),
        (f64::NAN, 1, "–".to_owned(), "–"),
    ];
    for (x, d, nb, en) in cases {
        assert_eq!(numbers::number(NORWEGIAN, x, d), nb);
        assert_eq!(numbers::number(ENGLISH, x, d), en);
    }
    assert_eq!(
        numbers::percent(NORWEGIAN, 12.345, 1),
        format!("12,3{NBSP}%")
    );
    assert_eq!(numbers::percent(ENGLISH, 12.345, 1), "12.3%");
    assert_eq!(
        numbers::signed_percent(NORWEGIAN, -26.3, 1),
        format!("{MINUS}26,3{NBSP}%")
    );
    assert_eq!(numbers::signed_percent(ENGLISH, 4.0, 0), "+4%");
    assert_eq!(numbers::signed(ENGLISH, -1234.0, 0), "\u{2212}1,234");
    // Kroner: the amount in the language's style, then its unit.
    for (lang, amount) in [(Lang::Nb, "1,75"), (Lang::Nn, "1,75"), (Lang::En, "1.75")] {
        let s = lang.strings();
        let text = format!(
            "{} {}",
            numbers::number(s.numbers, 1.75, 2),
            s.million_kroner
        );
        assert!(text.starts_with(amount), "{text}");
    }
}

#[test]
fn dates_in_the_three_languages() {
    let date = |lang: Lang, iso: &str| lang.strings().iso_date(iso);
    assert_eq!(date(Lang::Nb, "2026-11-22"), "22. november 2026");
    assert_eq!(date(Lang::Nn, "2026-11-22"), "22. november 2026");
    assert_eq!(date(Lang::En, "2026-11-22"), "22 November 2026");
    assert_eq!(date(Lang::En, "2023-08"), "August 2023");
    assert_eq!(date(Lang::Nn, "2024-01"), "januar 2024");
    assert_eq!(date(Lang::En, "2024"), "2024");
}

/// No template left unfilled, nothing empty, no float noise.
#[track_caller]
fn reads_clean(text: &str, what: &str) {
    assert!(!text.trim().is_empty(), "{what}: empty");
    for bad in ["{", "}", "NaN", "inf", "  "] {
        assert!(!text.contains(bad), "{what}: {bad:?} in {text}");
    }
}

#[test]
fn every_sentence_in_every_language_for_every_region_and_scenario() {
    let data = dataset();
    for lang in Lang::ALL {
        let s = lang.strings();
        assert_eq!(s.lang, lang);
        for scenario in Scenario::ALL {
            for year in [2022, 2025, 2026] {
                let results = compute_scenario(data, &Default::default(), scenario, year);
                for region in RegionId::ALL {
                    let r = results.get(region);
                    let what = format!("{lang:?} {scenario:?} {year} {region:?}");
                    let summary = s.summary(
                        r,
                        (data.reference_year, year),
                        scenario,
                        last_measured_year(data),
                    );
                    reads_clean(&summary, &what);
                    assert!(
                        summary.contains(region.name()) || region == RegionId::Norge,
                        "{what}: {summary}"
                    );
                    for p in s.perspectives(&results, r) {
                        reads_clean(&p, &what);
                    }
                    reads_clean(&s.describe_waterfall(r, year, data.reference_year), &what);
                    reads_clean(&s.describe_timeline(r), &what);
                    for line in [
                        &r.before,
                        &r.fbv,
                        &r.cuts,
                        &r.compensation,
                        &r.after,
                        &r.change,
                        &r.per_100k_after,
                        &r.projection,
                        r.patients_after.as_ref().unwrap_or(&r.cost_lost),
                        &r.cost_lost,
                    ] {
                        let method = s.method(&line.method, data.reference_year);
                        if !matches!(line.method, dognplass::model::Method::Occupancy { .. }) {
                            reads_clean(&method, &format!("{what} method {:?}", line.method));
                        }
                    }
                }
                reads_clean(&s.describe_map(&results), &format!("{lang:?} map"));
                reads_clean(
                    &s.occupancy(&results.occupancy, data.reference_year),
                    &format!("{lang:?} occupancy"),
                );
            }
        }
        for class in 0..5 {
            reads_clean(&s.class_label(class), &format!("{lang:?} class {class}"));
        }
    }
}

#[test]
fn every_notice_in_every_language() {
    let errors = [
        ConfigError::Region(UnknownRegion("oslo".into())),
        ConfigError::Year("1999".into()),
        ConfigError::Scenario("x".into()),
        ConfigError::Lang("se".into()),
        ConfigError::Value {
            param: Param::Fbv,
            error: InputError::OutOfRange {
                min: 0.0,
                max: 300.0,
            },
        },
        ConfigError::View("x".into()),
        ConfigError::Theme("x".into()),
        ConfigError::Show("x".into()),
        ConfigError::Id("x y".into()),
        ConfigError::Accent("red".into()),
        ConfigError::AccentContrast("#808080".into()),
        ConfigError::UnknownKey("x".into()),
        ConfigError::Repeated("x".into()),
        ConfigError::TooLong,
        ConfigError::TooMany,
    ];
    for lang in Lang::ALL {
        let s = lang.strings();
        for e in &errors {
            reads_clean(&s.config_notice(e, 2), &format!("{lang:?} {e:?}"));
        }
        for e in [
            InputError::Empty,
            InputError::TooLong,
            InputError::NotANumber,
            InputError::NotFinite,
            InputError::Negative,
            InputError::NotWhole,
            InputError::NoShareLeft,
        ] {
            reads_clean(&s.input_error(&e), &format!("{lang:?} {e:?}"));
        }
    }
}

#[test]
fn the_translations_are_translated() {
    let [nb, nn, en] = Lang::ALL.map(Lang::strings);
    for other in [nn, en] {
        assert_ne!(nb.lede, other.lede);
        assert_ne!(
            nb.calc.panel_heading, other.calc.panel_heading,
            "{:?}",
            other.lang
        );
        assert_ne!(nb.steps.after, other.steps.after, "{:?}", other.lang);
        assert_ne!(
            nb.charts().headings.in_order(),
            other.charts().headings.in_order(),
            "{:?}",
            other.lang
        );
        assert_ne!(
            nb.embed().heading,
            other.embed().heading,
            "{:?}",
            other.lang
        );
        assert_ne!(nb.export().lede, other.export().lede, "{:?}", other.lang);
        assert_ne!(
            nb.page_description, other.page_description,
            "{:?}",
            other.lang
        );
    }
    assert_eq!(en.numbers, ENGLISH);
    assert_eq!(nn.numbers, NORWEGIAN);
    // The seeds' texts come in all three languages.
    let data = dataset();
    for region in &data.regions {
        for cut in region.cuts {
            let label = cut.label;
            assert!(!label.nb.is_empty() && !label.nn.is_empty() && !label.en.is_empty());
        }
    }
    assert_ne!(data.map.method.get(Lang::Nb), data.map.method.get(Lang::En));
}

#[test]
fn the_address_carries_the_language() {
    let data = dataset();
    for lang in Lang::ALL {
        let (state, errors) = parse_query(data, &format!("?lang={}", lang.tag()));
        assert!(errors.is_empty());
        assert_eq!(state.lang, lang);
        let query = dognplass::model::config::to_query(data, &state);
        assert_eq!(parse_query(data, &query).0, state);
    }
    let (state, errors) = parse_query(data, "?lang=se");
    assert_eq!(state.lang, Lang::Nb);
    assert_eq!(errors, [ConfigError::Lang("se".into())]);
}
