//! The calculation of DESIGN.md §2: places before, FBV loss, cuts, compensation and places
//! after per region, with ranges, and Norway as the sum of the regions.
//!
//! Pure: everything arrives in the [`Dataset`]; nothing reads a clock, storage or the DOM.

pub mod assumptions;
pub mod compare;
mod in_force;
mod inputs;
mod lines;
mod region;
mod steps;

pub use in_force::{
    current_state, days_in_year, is_stale, share_in_force, state_weights, status_sources,
};
use inputs::{compensation_sources, cut_sources, edited, fbv_national, input_or_edit, occupancy};
pub use inputs::{days_through_month, last_measured_year};
pub use lines::{
    CompensationLine, CutLine, Line, Method, Observed, RegionResult, Results, NPR, OPEN_LETTER,
    POPULATION, POPULATION_LATER,
};
use region::{national_result, region_result};
use steps::Context;

use crate::model::calc::assumptions::{Edits, Param, Scenario};
use crate::model::dataset::{Dataset, SourceSet};
use crate::model::region::RegionId;

/// The default of an editable assumption, and the sources it rests on. `None` for an unknown
/// cut, whose default is "unknown".
pub fn default_of(data: &Dataset, param: Param) -> (Option<f64>, SourceSet) {
    let a = &data.assumptions;
    let region = |i: usize| &data.regions[i.min(3)];
    let cut_sources = |i: usize| cut_sources(region(i).cuts);
    let comp_sources = |i: usize| compensation_sources(region(i).compensation);
    match param {
        Param::Fbv => {
            let line = fbv_national(data);
            (Some(line.span.mid), line.sources)
        }
        Param::Share(i) => (
            Some(region(i).fbv_share_pct.value),
            region(i).fbv_share_pct.sources,
        ),
        Param::Cut(i) => (
            Some(
                region(i)
                    .cuts
                    .iter()
                    .filter_map(|c| c.places.as_ref())
                    .map(|p| p.value)
                    .sum(),
            ),
            cut_sources(i),
        ),
        Param::Unknown(i) => (None, cut_sources(i)),
        Param::Comp(i) => (
            Some(region(i).compensation.iter().map(|c| c.places.value).sum()),
            comp_sources(i).union(cut_sources(i)),
        ),
        Param::CompEnd(i) => (
            Some(
                region(i)
                    .compensation
                    .iter()
                    .filter_map(|c| c.ends_after)
                    .max()
                    .map_or(f64::from(a.last_year), f64::from),
            ),
            comp_sources(i).union(cut_sources(i)),
        ),
        Param::StayBefore => (
            Some(a.stay_before_months.value),
            a.stay_before_months.sources,
        ),
        Param::StayAfter => (Some(a.stay_after_months.value), a.stay_after_months.sources),
        Param::Occupancy => {
            let line = occupancy(data);
            (Some(line.span.mid * 100.0), line.sources)
        }
        Param::Cost => (
            Some(a.cost_per_place_mnok.value),
            a.cost_per_place_mnok.sources,
        ),
    }
}

/// Whether a region has cuts no source puts a number on (so "assume N" applies).
pub fn has_unknown_cuts(data: &Dataset, index: usize) -> bool {
    data.regions[index.min(3)]
        .cuts
        .iter()
        .any(|c| c.places.is_none())
}

/// Fills in, for each measured year from the reference year on, the model's central places
/// after in that year (same scenario and edits) and the occupancy they imply: NPR's occupied
/// places ÷ those places. So the gap between the model and NPR is measured, year by year. It
/// computes every such year once more, so the widget asks for it only where the detail tables
/// are drawn, not at every step of a drag.
pub fn fill_implied_occupancy(
    data: &Dataset,
    edits: &Edits,
    scenario: Scenario,
    results: &mut Results,
) {
    let (first, last) = (data.reference_year, last_measured_year(data));
    for y in first..=last.min(data.assumptions.last_year) {
        let other;
        let at = if y == results.year {
            &*results
        } else {
            other = compute_scenario(data, edits, scenario, y);
            &other
        };
        let after: Vec<(RegionId, f64)> = std::iter::once(&at.norge)
            .chain(&at.regions)
            .map(|r| (r.region, r.after.span.mid))
            .collect();
        for (region, places) in after {
            let shown = if region == RegionId::Norge {
                &mut results.norge
            } else {
                match results.regions.iter_mut().find(|r| r.region == region) {
                    Some(r) => r,
                    None => continue,
                }
            };
            if let Some(o) = shown.observed.iter_mut().find(|o| o.year == y) {
                o.modelled = Some(places);
                o.implied_occupancy = (places > 0.0).then(|| o.places / places);
            }
        }
    }
}

/// [`compute_scenario`] with [`fill_implied_occupancy`]: the whole picture of one view.
pub fn compute_with_implied(
    data: &Dataset,
    edits: &Edits,
    scenario: Scenario,
    year: u16,
) -> Results {
    let mut results = compute_scenario(data, edits, scenario, year);
    fill_implied_occupancy(data, edits, scenario, &mut results);
    results
}

/// Computes every region and Norway for a scenario and year. Edits apply in every scenario but
/// "Som vedtatt"; the year is held within the years the dataset covers.
pub fn compute_scenario(data: &Dataset, edits: &Edits, scenario: Scenario, year: u16) -> Results {
    let a = &data.assumptions;
    let year = year.clamp(a.first_year, a.last_year);
    let use_edits = scenario.uses_edits();
    let pick = |edit: Option<f64>| edit.filter(|_| use_edits);
    let mut occupancy = occupancy(data);
    if let Some(pct) = pick(edits.occupancy) {
        occupancy = edited(pct / 100.0, occupancy.sources);
    }
    let mut fbv_national = fbv_national(data);
    if let Some(places) = pick(edits.fbv) {
        fbv_national = edited(places, fbv_national.sources);
    }
    let mut shares: [f64; 4] = std::array::from_fn(|i| {
        pick(edits.share[i]).unwrap_or(data.regions[i].fbv_share_pct.value)
    });
    let total: f64 = shares.iter().sum();
    if total > 0.0 {
        shares = shares.map(|s| s / total * 100.0);
    } else {
        shares = data.regions.each_ref().map(|r| r.fbv_share_pct.value);
    }
    let ctx = Context {
        data,
        edits,
        scenario,
        year,
        occupancy,
        fbv_national,
        stay_before: input_or_edit(&a.stay_before_months, pick(edits.stay_before)),
        stay_after: input_or_edit(&a.stay_after_months, pick(edits.stay_after)),
        cost: input_or_edit(&a.cost_per_place_mnok, pick(edits.cost)),
        shares,
    };
    let regions: Vec<RegionResult> = RegionId::PARTS
        .into_iter()
        .map(|r| region_result(&ctx, r))
        .collect();
    let norge = national_result(&ctx, &regions);
    Results {
        scenario,
        year,
        stay_before: ctx.stay_before,
        stay_after: ctx.stay_after,
        cost_per_place: ctx.cost,
        norge,
        regions,
        occupancy: ctx.occupancy,
        fbv_national: ctx.fbv_national,
    }
}

/// Computes the defaults ("Som vedtatt") for the after year, with the implied occupancy.
pub fn compute(data: &Dataset) -> Results {
    compute_with_implied(data, &Edits::default(), Scenario::Vedtatt, data.after_year)
}
