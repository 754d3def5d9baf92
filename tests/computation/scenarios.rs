//! The calculator: golden values per scenario, region and year; invariants under
//! random valid assumptions; refused input; and the state in the address.

use dognplass::data::dataset;
use dognplass::model::config::{parse_query, to_query, ConfigError};
use dognplass::model::{
    compute_scenario, default_of, Action, Edits, InputError, Param, RegionId, Results, Scenario,
    State,
};

use super::close;

fn run(edits: &Edits, scenario: Scenario, year: u16) -> Results {
    compute_scenario(dataset(), edits, scenario, year)
}

/// A small deterministic generator (xorshift64*), so property tests need no extra crate and
/// every failure is reproducible from the seed printed with it.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// A valid value for `param`: on its range, with at most three decimals.
    fn value(&mut self, param: Param) -> f64 {
        let b = param.bounds((2022, 2026));
        if param.whole() {
            return b.min + self.below((b.max - b.min) as u64 + 1) as f64;
        }
        let steps = ((b.max - b.min) * 1000.0) as u64;
        (b.min * 1000.0 + self.below(steps + 1) as f64) / 1000.0
    }

    fn edits(&mut self) -> Edits {
        let mut edits = Edits::default();
        for param in Param::all() {
            if self.below(3) == 0 {
                edits.set(param, Some(self.value(param)));
            }
        }
        // Keep at least one share above zero, as the controls do.
        if (0..4).all(|i| edits.share[i] == Some(0.0)) {
            edits.share[0] = None;
        }
        edits
    }
}

#[test]
fn as_decided_in_2025_keeps_the_published_numbers() {
    let r = run(&Edits::default(), Scenario::Vedtatt, 2025);
    let hso = r.get(RegionId::HelseSorOst);
    // Base 1 139 public and contracted + 120.86 FBV (66 % of 44 500 ÷ 243); the FBV step removes
    // the 120.86; the tender counts 0 centrally and at most 134 × 6/12 = 67 (not before July
    // 2025); Loland's 30 only in the high bound after 2024. Central 1 139, low 1 139 − 67, high
    // 1 139 + 30.
    close(hso.after.span.mid, 1139.0);
    close(hso.after.span.low, 1072.0);
    close(hso.after.span.high, 1169.0);
    // Patients: HSØ's 739 contracted non-profit places, counted as if all were long-term (an
    // outer bound the page says), × occupancy ((649 982 ÷ 365 − 44 500 ÷ 243) ÷ 1 847) × 12 ÷
    // 10.5 months; no tender places are counted centrally, so the central value is unchanged.
    let occupancy = (649_982.0 / 365.0 - 44_500.0 / 243.0) / 1847.0;
    let before = hso.patients_before.expect("HSØ's tender shortens stays");
    close(before.span.mid, 739.0 * occupancy * 12.0 / 10.5);
    close(hso.patients_after.unwrap().span.mid, before.span.mid);
    // Cost: 120.86 FBV places × 1.75 mill. kr; nothing compensated, so restoring costs the same.
    close(hso.cost_lost.span.mid, 44_500.0 / 243.0 * 0.66 * 1.75);
    close(hso.cost_restore.span.mid, 44_500.0 / 243.0 * 0.66 * 1.75);
    // Norway: 2 019.19 base (1 836.06 + 183.13 FBV) − 183.13 − 44 (HV 40, HMN 4) = 1 792.06.
    close(r.norge.after.span.mid, 1792.06);
}

#[test]
fn golden_values_per_scenario_and_region() {
    // (scenario, year, region, places after, change)
    // Bases (2022), with FBV places 44 500 ÷ 243 = 183.13 and occupancy 86.50 %: HSØ 1 139 +
    // 120.86 FBV = 1 259.86; HV (113 819 − 15 373.6 FBV days) ÷ 365 ÷ 86.50 % + 42.12 = 353.93;
    // HMN 66 175 ÷ 365 ÷ 86.50 % = 209.60; HN (62 810 − 7 352.6) ÷ 365 ÷ 86.50 % + 20.14 =
    // 195.80; Norway 2 019.19.
    let cases: [(Scenario, u16, RegionId, f64, f64); 13] = [
        // HN's 91 → 87 took effect in May 2021: history, no change.
        (Scenario::Vedtatt, 2022, RegionId::HelseNord, 195.80, 0.0),
        // Half the FBV places (60.43, transition through 2023) and 5/12 of Loland's 30.
        (
            Scenario::Vedtatt,
            2023,
            RegionId::HelseSorOst,
            1211.93,
            -47.93,
        ),
        // All FBV places, all of Loland's 30.
        (
            Scenario::Vedtatt,
            2024,
            RegionId::HelseSorOst,
            1169.0,
            -90.86,
        ),
        // FBV 42.12, Helse Bergen 25, Tronvik 15; the 2023 agreements are unknown.
        (Scenario::Vedtatt, 2025, RegionId::HelseVest, 271.81, -82.12),
        // Half of 8 in 2022 already: 4 more.
        (
            Scenario::Vedtatt,
            2026,
            RegionId::HelseMidtNorge,
            205.60,
            -4.0,
        ),
        // The appeal's additional tender in HSØ replaces its FBV places; no cuts anywhere.
        (Scenario::Stans, 2025, RegionId::HelseSorOst, 1259.86, 0.0),
        // Elsewhere the FBV places are not replaced: HV loses its 42.12, no cuts.
        (Scenario::Stans, 2025, RegionId::HelseVest, 311.81, -42.12),
        // Norway: HV 42.12 + HN 20.14 FBV places not replaced.
        (Scenario::Stans, 2025, RegionId::Norge, 1956.92, -62.26),
        (Scenario::Stans, 2022, RegionId::HelseVest, 353.93, 0.0),
        // Half of −2 % of the base centrally (no base year or horizon in the source).
        (
            Scenario::Framskrivning,
            2025,
            RegionId::HelseSorOst,
            1247.27,
            -12.60,
        ),
        (
            Scenario::Framskrivning,
            2025,
            RegionId::Norge,
            1999.0,
            -20.19,
        ),
        (Scenario::Framskrivning, 2022, RegionId::Norge, 2019.19, 0.0),
        (Scenario::Egne, 2025, RegionId::HelseSorOst, 1139.0, -120.86),
    ];
    for (scenario, year, region, after, change) in cases {
        let r = run(&Edits::default(), scenario, year);
        let line = r.get(region);
        close(line.after.span.mid, after);
        close(line.change.span.mid, change);
    }
}

#[test]
fn edits_move_the_numbers_they_should() {
    let mut edits = Edits::default();
    edits.set(Param::Fbv, Some(200.0));
    edits.set(Param::Unknown(0), Some(20.0));
    edits.set(Param::Comp(0), Some(30.0));
    edits.set(Param::CompEnd(0), Some(2026.0));
    edits.set(Param::Cost, Some(2.0));
    let r = run(&edits, Scenario::Egne, 2025);
    let hso = r.get(RegionId::HelseSorOst);
    // FBV 200 × 66 % = 132 in the base and in the step; the halted tender counts 0, plus 20
    // assumed for the public hospitals; compensation 30 through 2026.
    close(hso.fbv.span.mid, 132.0);
    close(hso.cuts.span.mid, 20.0);
    assert!(!hso.cuts.partly_unknown);
    close(hso.compensation.span.mid, 30.0);
    close(hso.after.span.mid, 1139.0 - 20.0 + 30.0);
    close(hso.cost_lost.span.mid, (132.0 + 20.0) * 2.0);
    close(hso.cost_restore.span.mid, (132.0 + 20.0 - 30.0) * 2.0);
    // "Som vedtatt" ignores the edits.
    let decided = run(&edits, Scenario::Vedtatt, 2025);
    close(decided.get(RegionId::HelseSorOst).after.span.mid, 1139.0);
    // An edited cut total follows the sourced dates: Helse Vest's 40 known places (25 phased
    // over 2024, 15 from May 2024) count nothing in 2023, so 102 edited places count 0 then
    // and all 102 from 2025.
    let mut cut = Edits::default();
    cut.set(Param::Cut(1), Some(102.0));
    close(
        run(&cut, Scenario::Egne, 2023)
            .get(RegionId::HelseVest)
            .cuts
            .span
            .mid,
        0.0,
    );
    close(
        run(&cut, Scenario::Egne, 2025)
            .get(RegionId::HelseVest)
            .cuts
            .span
            .mid,
        102.0,
    );
}

#[test]
fn random_valid_assumptions_keep_the_invariants() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for case in 0..400 {
        let edits = rng.edits();
        let scenario = Scenario::ALL[rng.below(4) as usize];
        let year = 2022 + rng.below(5) as u16;
        let r = run(&edits, scenario, year);
        let ctx = format!("case {case}: {scenario:?} {year} {edits:?}");
        for region in RegionId::ALL {
            let x = r.get(region);
            for line in [
                &x.before,
                &x.fbv,
                &x.cuts,
                &x.compensation,
                &x.after,
                &x.change,
                x.patients_before.as_ref().unwrap_or(&x.before),
                x.patients_after.as_ref().unwrap_or(&x.after),
                &x.cost_lost,
                &x.cost_restore,
            ] {
                let s = line.span;
                assert!(
                    s.low.is_finite() && s.mid.is_finite() && s.high.is_finite(),
                    "{ctx}"
                );
                assert!(
                    s.low <= s.mid + 1e-9 && s.mid <= s.high + 1e-9,
                    "{region:?} {ctx}"
                );
                assert!(!line.sources.is_empty(), "{region:?} {ctx}");
            }
            assert!(x.after.span.low >= 0.0, "{region:?} {ctx}");
            assert!(x.cost_restore.span.low >= 0.0, "{region:?} {ctx}");
        }
        // Norway is the sum of the regions in every scenario.
        for pick in [
            |x: &dognplass::model::RegionResult| x.after.span,
            |x: &dognplass::model::RegionResult| x.fbv.span,
            |x: &dognplass::model::RegionResult| x.cuts.span,
            |x: &dognplass::model::RegionResult| {
                x.patients_after
                    .map_or(dognplass::model::Span::ZERO, |l| l.span)
            },
            |x: &dognplass::model::RegionResult| x.cost_restore.span,
        ] {
            let sum: f64 = r.regions.iter().map(|x| pick(x).mid).sum();
            assert!((pick(&r.norge).mid - sum).abs() < 1e-6, "{ctx}");
        }
    }
}

#[test]
fn a_table_of_bad_addresses() {
    let data = dataset();
    let cases: [(&str, ConfigError); 11] = [
        (
            "?fbv=abc",
            ConfigError::Value {
                param: Param::Fbv,
                error: InputError::NotANumber,
            },
        ),
        (
            "?fbv=NaN",
            ConfigError::Value {
                param: Param::Fbv,
                error: InputError::NotFinite,
            },
        ),
        (
            "?cost=Infinity",
            ConfigError::Value {
                param: Param::Cost,
                error: InputError::NotFinite,
            },
        ),
        (
            "?fbv=-3",
            ConfigError::Value {
                param: Param::Fbv,
                error: InputError::Negative,
            },
        ),
        (
            "?fbv=",
            ConfigError::Value {
                param: Param::Fbv,
                error: InputError::Empty,
            },
        ),
        (
            "?cut-hv=9999",
            ConfigError::Value {
                param: Param::Cut(1),
                error: InputError::OutOfRange {
                    min: 0.0,
                    max: 500.0,
                },
            },
        ),
        (
            "?comp-end-hso=2024.5",
            ConfigError::Value {
                param: Param::CompEnd(0),
                error: InputError::NotWhole,
            },
        ),
        ("?colour=red", ConfigError::UnknownKey("colour".into())),
        ("?fbv=100&fbv=200", ConfigError::Repeated("fbv".into())),
        ("?year=1999", ConfigError::Year("1999".into())),
        ("?scenario=alt", ConfigError::Scenario("alt".into())),
    ];
    for (query, expected) in cases {
        let (state, errors) = parse_query(data, query);
        assert_eq!(errors, vec![expected], "{query}");
        // Refused values keep the defaults (a repeated key keeps its first value).
        if query != "?fbv=100&fbv=200" {
            assert!(state.edits.is_empty(), "{query}");
        } else {
            assert_eq!(state.edits.fbv, Some(100.0));
        }
    }
    let long = format!("?fbv={}", "1".repeat(30));
    assert_eq!(
        parse_query(data, &long).1,
        vec![ConfigError::Value {
            param: Param::Fbv,
            error: InputError::TooLong
        }]
    );
    let huge = format!("?region=helse-vest&x={}", "a".repeat(5000));
    let (state, errors) = parse_query(data, &huge);
    assert_eq!(errors, vec![ConfigError::TooLong]);
    assert_eq!(state, State::default());
    let many: String = (0..60).map(|i| format!("&utm_x{i}=1&k{i}=1")).collect();
    let (_, errors) = parse_query(data, &many);
    assert!(errors.contains(&ConfigError::TooMany));
    // Tracking tags are ignored without a notice.
    assert!(parse_query(data, "?utm_source=x&fbclid=y").1.is_empty());
}

#[test]
fn the_default_state_has_an_empty_address() {
    let data = dataset();
    assert_eq!(to_query(data, &State::default()), "");
    let s = State::default().apply(data, Action::SelectYear(data.after_year));
    assert_eq!(to_query(data, &s), "");
    let edited = State::default().apply(data, Action::Edit(Param::Fbv, 120.0));
    assert_eq!(to_query(data, &edited), "?fbv=120");
    let vest = State::default().apply(data, Action::SelectRegion(RegionId::HelseVest));
    assert_eq!(to_query(data, &vest), "?region=helse-vest");
}

#[test]
fn random_states_survive_the_address() {
    let data = dataset();
    let mut rng = Rng(42);
    for case in 0..500 {
        let mut edits = rng.edits();
        // The state never holds an edit equal to its default.
        for param in Param::all() {
            if edits.get(param) == default_of(data, param).0 {
                edits.set(param, None);
            }
        }
        let state = State {
            region: RegionId::ALL[rng.below(5) as usize],
            year: [None, Some(2022), Some(2023), Some(2024), Some(2026)][rng.below(5) as usize],
            scenario: Scenario::ALL[rng.below(4) as usize],
            compare: [None, Some(Scenario::Stans), Some(Scenario::Framskrivning)]
                [rng.below(3) as usize],
            edits,
            ..State::default()
        };
        let query = to_query(data, &state);
        let (back, errors) = parse_query(data, &query);
        assert!(errors.is_empty(), "case {case}: {query} {errors:?}");
        assert_eq!(back, state, "case {case}: {query}");
    }
}

#[test]
fn the_reference_year_shows_no_change_in_any_region_scenario_or_edit() {
    // A year's figure is an annual average; the reference year is the base, so every change
    // is zero there by the in-force rule itself (no special case for the year).
    let mut rng = Rng(0x2022_0101_dead_beef);
    for case in 0..300 {
        let edits = if case == 0 {
            Edits::default()
        } else {
            rng.edits()
        };
        for scenario in Scenario::ALL {
            let r = run(&edits, scenario, 2022);
            for region in RegionId::ALL {
                let x = r.get(region);
                let ctx = format!("case {case} {scenario:?} {region:?} {edits:?}");
                for line in [&x.fbv, &x.cuts, &x.compensation, &x.change, &x.lost] {
                    let s = line.span;
                    assert!(
                        s.low.abs() < 1e-9 && s.mid.abs() < 1e-9 && s.high.abs() < 1e-9,
                        "{ctx}: {s:?}"
                    );
                }
                assert!((x.after.span.mid - x.before.span.mid).abs() < 1e-9, "{ctx}");
            }
        }
    }
}

#[test]
fn the_in_force_rule_gives_fixed_values_per_region_and_year() {
    // (region, year, FBV step, cuts, compensation, change), central values, "Som vedtatt".
    // FBV: the closure of 1 January 2023 with twelve months of transition counts half a year's
    // average in 2023 and all from 2024 (HSØ 120.86, HV 42.12, HN 20.14 FBV places).
    // HSØ: Loland's 30 from August 2023 count 5/12 × 30 = 12.5 in 2023 and 30 in 2024; after
    // 2024 only the high bound (the appeal's end date, unconfirmed). The tender: 0 centrally.
    // HV: Helse Bergen's 25 phased over 2024 (12.5 in 2024) and Tronvik's 15 from May 2024
    // (8/12 × 15 = 10 in 2024).
    // HMN: 8 from July 2022, half of it already in the 2022 base: 4 more from 2023.
    // HN: 91 → 87 in May 2021, history: nothing.
    let cases: [(RegionId, u16, f64, f64, f64, f64); 12] = [
        (RegionId::HelseSorOst, 2023, 60.43, 0.0, 12.5, -47.93),
        (RegionId::HelseSorOst, 2024, 120.86, 0.0, 30.0, -90.86),
        (RegionId::HelseSorOst, 2025, 120.86, 0.0, 0.0, -120.86),
        (RegionId::HelseVest, 2023, 21.06, 0.0, 0.0, -21.06),
        (RegionId::HelseVest, 2024, 42.12, 22.5, 0.0, -64.62),
        (RegionId::HelseVest, 2025, 42.12, 40.0, 0.0, -82.12),
        (RegionId::HelseMidtNorge, 2023, 0.0, 4.0, 0.0, -4.0),
        (RegionId::HelseMidtNorge, 2024, 0.0, 4.0, 0.0, -4.0),
        (RegionId::HelseMidtNorge, 2025, 0.0, 4.0, 0.0, -4.0),
        (RegionId::HelseNord, 2023, 10.07, 0.0, 0.0, -10.07),
        (RegionId::HelseNord, 2024, 20.14, 0.0, 0.0, -20.14),
        (RegionId::HelseNord, 2025, 20.14, 0.0, 0.0, -20.14),
    ];
    for (region, year, fbv, cuts, comp, change) in cases {
        let r = run(&Edits::default(), Scenario::Vedtatt, year);
        let x = r.get(region);
        close(x.fbv.span.mid, fbv);
        close(x.cuts.span.mid, cuts);
        close(x.compensation.span.mid, comp);
        close(x.change.span.mid, change);
    }
}

#[test]
fn places_after_cover_the_places_npr_measured_as_occupied() {
    // In every scenario's default view, for every year with NPR figures, the central places
    // after are at least NPR's occupied places (inpatient days ÷ days in the year), and no flag
    // shows.
    for scenario in Scenario::ALL {
        for year in 2022..=2025 {
            let r = run(&Edits::default(), scenario, year);
            for region in RegionId::ALL {
                let x = r.get(region);
                let occupied = x
                    .observed
                    .iter()
                    .find(|o| o.year == year)
                    .map(|o| o.places)
                    .expect("NPR has the year");
                assert!(
                    x.after.span.mid >= occupied,
                    "{scenario:?} {region:?} {year}: {} < {occupied}",
                    x.after.span.mid
                );
                assert!(!x.below_occupied, "{scenario:?} {region:?} {year}");
            }
        }
    }
    // Under 300 random edits, places after never fall below the occupied places without the
    // flag the page shows.
    let mut rng = Rng(0x0cc0_9a7e_d5ee_d123);
    for case in 0..300 {
        let edits = rng.edits();
        let scenario = Scenario::ALL[rng.below(4) as usize];
        let year = 2022 + rng.below(4) as u16;
        let r = run(&edits, scenario, year);
        for region in RegionId::ALL {
            let x = r.get(region);
            let occupied = x
                .observed
                .iter()
                .find(|o| o.year == year)
                .map_or(0.0, |o| o.places);
            assert!(
                x.after.span.mid + 0.5 >= occupied || x.below_occupied,
                "case {case} {scenario:?} {year} {region:?} {edits:?}"
            );
        }
    }
    // The flag does show when a reader's numbers fall below: 500 of HSØ's places cut, of which
    // half counts in 2025 (the tender's dates: from July), 1 139 − 250 < 919 occupied.
    let mut edits = Edits::default();
    edits.set(Param::Cut(0), Some(500.0));
    let r = run(&edits, Scenario::Egne, 2025);
    assert!(r.get(RegionId::HelseSorOst).below_occupied);
    assert!(r.norge.below_occupied);
}

#[test]
fn every_scenario_respects_the_statuses() {
    let hso = |scenario, year| {
        run(&Edits::default(), scenario, year)
            .get(RegionId::HelseSorOst)
            .cuts
            .span
    };
    // "Som vedtatt": the tender, its remainder cancelled and a new round in preparation, is a
    // range up to the announced 134, never central; not before July 2025, so half of it in
    // 2025's high bound and all of it in 2026's.
    let decided = hso(Scenario::Vedtatt, 2025);
    close(decided.mid, 0.0);
    close(decided.high, 67.0);
    close(decided.low, 0.0);
    close(hso(Scenario::Vedtatt, 2026).high, 134.0);
    // "Stans nedbyggingen": no cut in any bound.
    let stop = hso(Scenario::Stans, 2025);
    close(stop.high, 0.0);
    // Helse Bergen is decided, not confirmed: in the central value, not in the low bound.
    let hv = run(&Edits::default(), Scenario::Vedtatt, 2025);
    let bergen = hv
        .get(RegionId::HelseVest)
        .cut_lines
        .iter()
        .find(|c| c.cut.label.nb.starts_with("Helse Bergen"))
        .and_then(|c| c.places)
        .expect("Helse Bergen");
    close(bergen.span.low, 0.0);
    close(bergen.span.mid, 25.0);
    // Helse Nord's 2021 cut is history in every year.
    for year in 2022..=2026 {
        let r = run(&Edits::default(), Scenario::Vedtatt, year);
        assert!(r
            .get(RegionId::HelseNord)
            .cut_lines
            .iter()
            .all(|c| c.history));
        close(r.get(RegionId::HelseNord).cuts.span.high, 0.0);
    }
}

#[test]
fn shares_in_force_by_month() {
    use dognplass::model::calc::{share_in_force, state_weights};
    use dognplass::model::dataset::{State, YearMonth};
    let ym = |year, month| YearMonth { year, month };
    // From July: (13 − 7) ⁄ 12 of the first year.
    close(share_in_force(ym(2022, 7), 0, 2022), 0.5);
    close(share_in_force(ym(2023, 8), 0, 2023), 5.0 / 12.0);
    close(share_in_force(ym(2021, 5), 0, 2022), 1.0);
    close(share_in_force(ym(2025, 1), 0, 2024), 0.0);
    // A twelve-month run-down from January: each month at its middle, half the year.
    close(share_in_force(ym(2023, 1), 12, 2023), 0.5);
    close(share_in_force(ym(2023, 1), 12, 2024), 1.0);
    assert_eq!(state_weights(State::Halted), (0.0, 0.0, 1.0));
    assert_eq!(state_weights(State::Cancelled), (0.0, 0.0, 0.0));
    assert_eq!(state_weights(State::Decided), (0.0, 1.0, 1.0));
    assert_eq!(state_weights(State::InForce), (1.0, 1.0, 1.0));
}
