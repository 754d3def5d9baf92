//! The figures read from the dataset for a year: activity, population, occupancy, the
//! national FBV loss, and each cut and purchase as far as it is in force.

use super::in_force::{
    current_state, days_in_year, in_force_shares, state_weights, status_sources,
};
use super::lines::{Line, Method, Observed, NPR};
use crate::model::dataset::{Compensation, Cut, Dataset, Input, Kind, PlacesBefore, SourceSet};
use crate::model::span::Span;

pub(super) fn year_of(data: &Dataset, year: u16) -> Option<usize> {
    year.checked_sub(data.npr_first_year).map(usize::from)
}

pub(super) fn days_in(days: &[u32], data: &Dataset, year: u16) -> Option<u32> {
    year_of(data, year).and_then(|i| days.get(i).copied())
}

/// Population 1 January of `year`, or of the last year shipped.
pub(super) fn population_in(people: &[u32], data: &Dataset, year: u16) -> (u32, u16) {
    let last = people.len().saturating_sub(1);
    let i = usize::from(year.saturating_sub(data.population_first_year)).min(last);
    let shown = data.population_first_year + u16::try_from(i).unwrap_or(0);
    (people.get(i).copied().unwrap_or(0), shown)
}

/// The last year NPR has whole-year figures for; later years the picker offers are projected.
pub fn last_measured_year(data: &Dataset) -> u16 {
    let years = data.regions[0].inpatient_days.len();
    data.npr_first_year + u16::try_from(years.saturating_sub(1)).unwrap_or(0)
}

/// FBV inpatient days in the region's share (seeded days × share in per cent).
pub(super) fn fbv_days(data: &Dataset, share_pct: f64) -> f64 {
    data.fbv.inpatient_days_2021.value * share_pct / 100.0
}

/// Occupancy of public and contracted places: national NPR days in the reference year without
/// FBV days ÷ days in the year ÷ the reported national places. The 2004 national level and
/// Helse Sør-Øst's level (reported places) bound it.
pub(super) fn occupancy(data: &Dataset) -> Line {
    let year = data.reference_year;
    let national_days: u32 = data
        .regions
        .iter()
        .filter_map(|r| days_in(r.inpatient_days, data, year))
        .sum();
    let fbv = data.fbv.inpatient_days_2021.value;
    let central =
        (f64::from(national_days) - fbv) / days_in_year(year) / data.national.places.value;
    let low_point = &data.occupancy_low;
    let old = f64::from(low_point.inpatient_days)
        / days_in_year(low_point.year)
        / f64::from(low_point.places);
    let method = Method::Occupancy {
        national_places: data.national.places.value,
        low_year: low_point.year,
        // Seeds are validated as whole, non-negative day counts.
        fbv_days: fbv as u32,
    };
    let mut line = Line::new(Span::exact(central), Kind::Estimate, method);
    let (mut low, mut high) = (central.min(old), central.max(old));
    for region in &data.regions {
        if let (PlacesBefore::Reported(places), Some(days)) = (
            &region.places_before,
            days_in(region.inpatient_days, data, year),
        ) {
            let own = fbv_days(data, region.fbv_share_pct.value);
            let level = (f64::from(days) - own) / days_in_year(year) / places.value;
            low = low.min(level);
            high = high.max(level);
            line.cite(places.sources);
            line.cite(region.fbv_share_pct.sources);
        }
    }
    line.span = Span::new(low, central, high.min(1.0));
    line.cite(data.sources_named(&[NPR]));
    line.cite(data.national.places.sources);
    line.cite(data.fbv.inpatient_days_2021.sources);
    line.cite(low_point.sources);
    line
}

pub(super) fn fbv_national(data: &Dataset) -> Line {
    let fbv = &data.fbv;
    let days = fbv.inpatient_days_2021.value;
    let central = days / days_in_year(2021);
    let mut line = Line::new(
        Span::new(fbv.low.value, central, fbv.high.value),
        Kind::Estimate,
        Method::FbvNational {
            // Seeds are validated as whole, non-negative day counts.
            days: days as u32,
            year_days: days_in_year(2021) as u16,
            places: central,
        },
    );
    line.cite(fbv.inpatient_days_2021.sources);
    line.cite(fbv.low.sources);
    line.cite(fbv.high.sources);
    line
}

/// Everything a region's cuts cite: each cut, its figure and its statuses.
pub(super) fn cut_sources(cuts: &[Cut]) -> SourceSet {
    cuts.iter().fold(SourceSet::default(), |s, c| {
        let own = s.union(c.sources).union(status_sources(c.status));
        c.places.as_ref().map_or(own, |p| own.union(p.sources))
    })
}

/// Everything a region's compensating purchases cite.
pub(super) fn compensation_sources(purchases: &[Compensation]) -> SourceSet {
    purchases.iter().fold(SourceSet::default(), |s, c| {
        s.union(c.places.sources).union(status_sources(c.status))
    })
}

/// A cut as counted in `year`: its size × (share in force in the year − in the reference
/// year), bound by bound as far as its status allows.
pub(super) fn cut_in_year(cut: &Cut, input: &Input, year: u16, reference: u16) -> Line {
    let (share, reference_share) = in_force_shares(cut.effective, cut.ramp_months, year, reference);
    let delta = (share - reference_share).max(0.0);
    let state = current_state(cut.status);
    let (wl, wm, wh) = state_weights(state);
    let size = Line::from_input(input);
    let span = Span::new(
        size.span.low * wl * delta,
        size.span.mid * wm * delta,
        size.span.high * wh * delta,
    );
    let mut kind = input.kind;
    if span.is_range() && !size.span.is_range() {
        kind = kind.max(Kind::Estimate);
    }
    let mut line = Line::new(
        span,
        kind,
        Method::InForce {
            share,
            reference_share,
            state,
        },
    );
    line.cite(input.sources);
    line.cite(status_sources(cut.status));
    line
}

/// A seeded compensation as counted in `year`: bought × the share of the year in force beyond
/// the reference year, while its sources say it runs; an end date only one side states leaves
/// the places possible, counted in the high bound.
pub(super) fn compensation_in_year(c: &Compensation, year: u16, reference: u16) -> Line {
    let (share, reference_share) = in_force_shares(Some(c.from), 0, year, reference);
    let delta = (share - reference_share).max(0.0);
    let per_source = c.ends_after.is_none_or(|end| year <= end);
    let possible = per_source || !c.end_confirmed;
    let (wl, wm, wh) = state_weights(current_state(c.status));
    let bought = c.places.value * delta;
    let mid = if per_source { bought * wm } else { 0.0 };
    let low = if per_source { bought * wl } else { 0.0 };
    let high = if possible { bought * wh } else { mid };
    let kind = if high > mid || low < mid {
        Kind::Estimate
    } else {
        c.places.kind
    };
    let mut line = Line::new(
        Span::new(low, mid, high),
        kind,
        Method::CompensationInYear { year },
    );
    line.cite(c.places.sources);
    line.cite(status_sources(c.status));
    line
}

pub(super) fn sum_lines<'a>(lines: impl Iterator<Item = &'a Line>, method: Method) -> Line {
    let lines: Vec<&Line> = lines.collect();
    let span = lines.iter().map(|l| l.span).sum();
    Line::new(span, Kind::Reported, method).rest_on(&lines)
}

pub(super) fn observed(days: &[u32], patients: &[u32], data: &Dataset) -> Vec<Observed> {
    (data.npr_first_year..)
        .zip(days.iter().copied())
        .enumerate()
        .map(|(i, (year, inpatient_days))| Observed {
            year,
            inpatient_days,
            places: f64::from(inpatient_days) / days_in_year(year),
            patients: patients.get(i).copied().unwrap_or(0),
        })
        .collect()
}

/// A line the reader replaced: their value, exact, still citing what the default rested on.
pub(super) fn edited(value: f64, sources: SourceSet) -> Line {
    let mut line = Line::new(Span::exact(value), Kind::Assumption, Method::Edited);
    line.cite(sources);
    line
}

/// A seeded input, or the reader's value in its place.
pub(super) fn input_or_edit(input: &Input, edit: Option<f64>) -> Line {
    match edit {
        Some(value) => edited(value, input.sources),
        None => Line::from_input(input),
    }
}
