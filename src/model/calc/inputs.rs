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

/// Days from January to the end of `last_month` of `year` (243 for January–August 2022).
pub fn days_through_month(year: u16, last_month: u8) -> u16 {
    let feb = if days_in_year(year) > 365.0 { 29 } else { 28 };
    [31, feb, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        .iter()
        .take(usize::from(last_month.min(12)))
        .sum()
}

/// The months of 2022 the seeded FBV day count covers (January–August).
pub(super) const FBV_2022_MONTHS: u8 = 8;

/// FBV place-equivalents in the reference year, from the seeds alone (low, central, high): the
/// central value is January–August 2022's days ÷ the days of those months, never ÷ 365; the low
/// bound 2021's days ÷ 365; the high the appeal's figure.
pub(super) fn fbv_places(data: &Dataset) -> Span {
    let fbv = &data.fbv;
    let rate_2021 = fbv.inpatient_days_2021.value / days_in_year(2021);
    let rate_2022 = fbv.inpatient_days_2022_jan_aug.value
        / f64::from(days_through_month(2022, FBV_2022_MONTHS));
    Span::new(
        rate_2021.min(rate_2022),
        rate_2022,
        fbv.high.value.max(rate_2022),
    )
}

/// FBV place-equivalents in the region's share (central FBV places × share in per cent).
pub(super) fn fbv_region_places(data: &Dataset, share_pct: f64) -> f64 {
    fbv_places(data).mid * share_pct / 100.0
}

/// Occupancy of public and contracted places: national NPR occupied places in the reference
/// year less the FBV places ÷ the reported national places. The range runs over that level,
/// the 2004 national level and Helse Sør-Øst's level (reported places), each of the first and
/// last with the FBV places at their low, central and high value.
pub(super) fn occupancy(data: &Dataset) -> Line {
    let year = data.reference_year;
    let national_days: u32 = data
        .regions
        .iter()
        .filter_map(|r| days_in(r.inpatient_days, data, year))
        .sum();
    let fbv = fbv_places(data);
    let national = |fbv: f64| {
        (f64::from(national_days) / days_in_year(year) - fbv) / data.national.places.value
    };
    let central = national(fbv.mid);
    let low_point = &data.occupancy_low;
    let old = f64::from(low_point.inpatient_days)
        / days_in_year(low_point.year)
        / f64::from(low_point.places);
    let method = Method::Occupancy {
        national_places: data.national.places.value,
        low_year: low_point.year,
        fbv_places: fbv,
    };
    let mut line = Line::new(Span::exact(central), Kind::Estimate, method);
    let mut levels = vec![old, national(fbv.low), central, national(fbv.high)];
    for region in &data.regions {
        if let (PlacesBefore::Reported(places), Some(days)) = (
            &region.places_before,
            days_in(region.inpatient_days, data, year),
        ) {
            let share = region.fbv_share_pct.value / 100.0;
            let occupied = f64::from(days) / days_in_year(year);
            for f in [fbv.low, fbv.mid, fbv.high] {
                levels.push((occupied - f * share) / places.value);
            }
            line.cite(places.sources);
            line.cite(region.fbv_share_pct.sources);
        }
    }
    let low = levels.iter().copied().fold(central, f64::min);
    let high = levels.iter().copied().fold(central, f64::max);
    line.span = Span::new(low, central, high.min(1.0));
    line.cite(data.sources_named(&[NPR]));
    line.cite(data.national.places.sources);
    line.cite(data.fbv.inpatient_days_2021.sources);
    line.cite(data.fbv.inpatient_days_2022_jan_aug.sources);
    line.cite(data.fbv.high.sources);
    line.cite(low_point.sources);
    line
}

/// FBV places in the reference year, nationally: see [`fbv_places`].
pub(super) fn fbv_national(data: &Dataset) -> Line {
    let fbv = &data.fbv;
    let span = fbv_places(data);
    let mut line = Line::new(
        span,
        Kind::Estimate,
        Method::FbvNational {
            // Seeds are validated as whole, non-negative day counts.
            days_2022: fbv.inpatient_days_2022_jan_aug.value as u32,
            period_days: days_through_month(2022, FBV_2022_MONTHS),
            days_2021: fbv.inpatient_days_2021.value as u32,
            year_days: days_in_year(2021) as u16,
            places: span,
        },
    );
    line.cite(fbv.inpatient_days_2022_jan_aug.sources);
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
            modelled: None,
            implied_occupancy: None,
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
