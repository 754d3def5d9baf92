//! Golden values of the calculation on the shipped seeds, and its invariants.
//!
//! Golden values are worked out by hand from the seeds (shown in each comment), so a change to
//! the seeds or the arithmetic that moves a published number fails here first.

#![cfg(not(target_arch = "wasm32"))]

use dognplass::data::dataset;
use dognplass::model::{compute, Kind, Line, RegionId, Results};

fn results() -> Results {
    compute(dataset())
}

#[track_caller]
fn close(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() < 0.05,
        "expected {expected}, got {actual}"
    );
}

#[track_caller]
fn span(line: &Line, low: f64, mid: f64, high: f64) {
    close(line.span.low, low);
    close(line.span.mid, mid);
    close(line.span.high, high);
}

#[test]
fn occupancy_from_npr_and_reported_places() {
    let r = results();
    // low: 480 700 / 365 / 1 490 (2004); mid: 649 982 / 365 / 1 847; high: 407 178 / 365 / 1 139.
    close(r.occupancy.span.low * 1000.0, 883.9);
    close(r.occupancy.span.mid * 1000.0, 964.1);
    close(r.occupancy.span.high * 1000.0, 979.4);
}

#[test]
fn fbv_national_reaches_both_source_figures() {
    let r = results();
    // 54 175 FBV days in 2021 / 365 = 148.4; "minst 100" and "om lag 200".
    span(&r.fbv_national, 100.0, 148.4, 200.0);
    assert_eq!(r.fbv_national.kind, Kind::Estimate);
}

#[test]
fn helse_sor_ost_golden() {
    let r = results();
    let x = r.get(RegionId::HelseSorOst);
    span(&x.before, 1139.0, 1139.0, 1139.0);
    assert_eq!(x.before.kind, Kind::Reported);
    // 148.4 × 66 % = 98.0 (range 66–132).
    span(&x.fbv, 66.0, 97.96, 132.0);
    // 739 → 605, plus public cuts without a number.
    span(&x.cuts, 134.0, 134.0, 134.0);
    assert!(x.cuts.partly_unknown);
    // 30 places from August 2023, "only until 2024" per the open letter, unconfirmed by HSØ.
    span(&x.compensation, 0.0, 0.0, 30.0);
    span(&x.after, 873.0, 907.04, 969.0);
    span(&x.change, -266.0, -231.96, -170.0);
    close(x.change_pct.span.mid, -20.37);
    close(x.per_100k_before.span.mid, 37.03);
    close(x.per_100k_after.span.mid, 29.48);
    close(x.projection.span.mid, -22.78);
    close(
        x.private_share_pct.as_ref().map_or(0.0, |l| l.span.mid),
        64.0,
    );
    assert_eq!(x.population, 3_076_276);
}

#[test]
fn helse_vest_golden() {
    let x = results().get(RegionId::HelseVest).clone();
    // 113 819 / 365 = 311.8 occupied places ÷ occupancy (0.979, 0.964, 0.884).
    span(&x.before, 318.39, 323.43, 352.80);
    assert_eq!(x.before.kind, Kind::Estimate);
    span(&x.fbv, 23.0, 34.14, 46.0);
    // Helse Bergen 25 + Tronvik 15 + non-profit 11, and an unknown tender result.
    span(&x.cuts, 51.0, 51.0, 51.0);
    assert!(x.cuts.partly_unknown);
    span(&x.compensation, 0.0, 0.0, 0.0);
    span(&x.after, 221.39, 238.29, 278.80);
    close(x.change_pct.span.mid, -26.32);
}

#[test]
fn helse_midt_norge_golden() {
    let x = results().get(RegionId::HelseMidtNorge).clone();
    span(&x.before, 185.11, 188.04, 205.12);
    span(&x.fbv, 0.0, 0.0, 0.0);
    // A planned reduction of 5–11 non-profit places.
    span(&x.cuts, 5.0, 8.0, 11.0);
    assert!(!x.cuts.partly_unknown);
    span(&x.after, 174.11, 180.04, 200.12);
}

#[test]
fn helse_nord_golden() {
    let x = results().get(RegionId::HelseNord).clone();
    span(&x.before, 175.70, 178.48, 194.69);
    span(&x.fbv, 11.0, 16.33, 22.0);
    // 91 → 87.
    span(&x.cuts, 4.0, 4.0, 4.0);
    span(&x.after, 149.70, 158.16, 179.69);
    close(x.per_100k_before.span.mid, 37.04);
}

#[test]
fn norway_golden_and_cross_checks() {
    let r = results();
    let x = r.get(RegionId::Norge);
    span(&x.before, 1818.20, 1828.96, 1891.61);
    span(&x.fbv, 100.0, 148.42, 200.0);
    span(&x.cuts, 194.0, 197.0, 200.0);
    // F + T beside the organisations' "about 400".
    span(&x.lost, 294.0, 345.42, 400.0);
    close(x.change_pct.span.mid, -18.89);
    close(x.projection.span.mid, -36.58);
    // Observed: NPR occupied places 2022 → 2025, 1 780.8 → 1 475.8.
    close(
        x.observed_change.as_ref().map_or(0.0, |l| l.span.mid),
        -304.95,
    );
    close(
        x.observed_change_pct.as_ref().map_or(0.0, |l| l.span.mid),
        -17.12,
    );
    assert_eq!(x.population, 5_425_270);
    let d = dataset();
    assert_eq!(d.national.places.value, 1847.0);
    assert_eq!(d.national.cut_named.value, 400.0);
    assert_eq!(d.national.projection_pct.value, -2.0);
}

#[test]
fn norway_is_the_sum_of_the_regions() {
    let r = results();
    let pick: [fn(&dognplass::model::RegionResult) -> &Line; 8] = [
        |x| &x.before,
        |x| &x.fbv,
        |x| &x.cuts,
        |x| &x.compensation,
        |x| &x.after,
        |x| &x.change,
        |x| &x.lost,
        |x| &x.projection,
    ];
    for (i, f) in pick.iter().enumerate() {
        let national = f(&r.norge).span;
        let sum = r
            .regions
            .iter()
            .map(|x| f(x).span)
            .fold((0.0, 0.0, 0.0), |a, s| {
                (a.0 + s.low, a.1 + s.mid, a.2 + s.high)
            });
        assert!((national.low - sum.0).abs() < 1e-9, "quantity {i} low");
        assert!((national.mid - sum.1).abs() < 1e-9, "quantity {i} mid");
        assert!((national.high - sum.2).abs() < 1e-9, "quantity {i} high");
    }
    assert_eq!(
        r.norge.population,
        r.regions.iter().map(|x| x.population).sum::<u32>()
    );
    for (year_index, o) in r.norge.observed.iter().enumerate() {
        let sum: u32 = r
            .regions
            .iter()
            .map(|x| x.observed[year_index].inpatient_days)
            .sum();
        assert_eq!(o.inpatient_days, sum, "year {}", o.year);
    }
}

#[test]
fn bounds_are_ordered_and_places_never_negative() {
    let r = results();
    for id in RegionId::ALL {
        let x = r.get(id);
        for line in [
            &x.before,
            &x.fbv,
            &x.cuts,
            &x.compensation,
            &x.after,
            &x.change,
            &x.change_pct,
            &x.lost,
            &x.per_100k_before,
            &x.per_100k_after,
            &x.projection,
        ] {
            let s = line.span;
            assert!(s.low <= s.mid && s.mid <= s.high, "{id:?}: {s:?}");
            assert!(s.low.is_finite() && s.high.is_finite(), "{id:?}: {s:?}");
        }
        assert!(x.after.span.low >= 0.0);
        assert!(!x.before.sources.is_empty() && !x.after.sources.is_empty());
    }
}

#[test]
fn every_cited_source_exists() {
    let d = dataset();
    let r = results();
    for id in RegionId::ALL {
        let x = r.get(id);
        for line in [
            &x.before,
            &x.fbv,
            &x.cuts,
            &x.compensation,
            &x.after,
            &x.change,
            &x.per_100k_before,
            &x.per_100k_after,
            &x.projection,
        ] {
            // Every number carries its sources; a "none found" zero cites the sources that
            // describe the region's cuts, where a compensating purchase would have been named.
            assert!(!line.sources.is_empty(), "{id:?}: {line:?}");
            if line.method == dognplass::model::Method::NoneFound {
                assert_eq!(line.kind, Kind::Estimate);
                assert_eq!(line.sources, x.cuts.sources, "{id:?}");
            }
            for i in line.sources.indices() {
                assert!(i < d.sources.len(), "{id:?} cites source index {i}");
            }
        }
    }
}

#[test]
fn observed_series_covers_2017_to_2025() {
    let r = results();
    let years: Vec<u16> = r.norge.observed.iter().map(|o| o.year).collect();
    assert_eq!(years, (2017..=2025).collect::<Vec<_>>());
    // 2022 national: 649 982 inpatient days.
    assert_eq!(r.norge.observed[5].inpatient_days, 649_982);
}
