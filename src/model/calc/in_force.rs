//! When a change counts: days in a year, the share of a year a change is in force, and how
//! much each status counts in the low, central and high estimates.

use crate::model::dataset::{SourceSet, State, Status, YearMonth};

/// Days in a calendar year, for turning inpatient days into occupied places.
pub fn days_in_year(year: u16) -> f64 {
    let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
    if leap {
        366.0
    } else {
        365.0
    }
}

/// The share of `year` in which a change was in force, as an average over the year's twelve
/// months. A change in force from month m counts (13 − m) ⁄ 12 of its first year; one phased in
/// linearly over `ramp` months counts each month at the share reached by its middle. A year's
/// figure is read as an annual average, so the same rule serves every year, the reference year
/// included.
pub fn share_in_force(start: YearMonth, ramp: u8, year: u16) -> f64 {
    let begin = i32::from(start.year) * 12 + i32::from(start.month) - 1;
    let months: f64 = (0..12)
        .map(|m| {
            let k = i32::from(year) * 12 + m;
            if ramp == 0 {
                if k >= begin {
                    1.0
                } else {
                    0.0
                }
            } else {
                ((f64::from(k - begin) + 0.5) / f64::from(ramp)).clamp(0.0, 1.0)
            }
        })
        .sum();
    months / 12.0
}

/// How much of a change each bound counts, from where it stands: (low, central, high).
/// In force: all three. Decided but not confirmed as carried out: central and high. Announced
/// or halted: only the high bound, up to the announced size. Cancelled or ended: none.
pub fn state_weights(state: State) -> (f64, f64, f64) {
    match state {
        State::InForce => (1.0, 1.0, 1.0),
        State::Decided => (0.0, 1.0, 1.0),
        State::Announced | State::Halted => (0.0, 0.0, 1.0),
        State::Cancelled | State::Ended => (0.0, 0.0, 0.0),
    }
}

/// Months from year 0 to the end of a date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a year
/// alone counts as its December), or `None` when it is not such a date.
fn month_index(date: &str) -> Option<i32> {
    let mut parts = date.split('-');
    let year: i32 = parts.next()?.parse().ok()?;
    let month: i32 = parts.next().map_or(Some(12), |m| m.parse().ok())?;
    Some(year * 12 + month - 1)
}

/// Whether a status dated `date` is older than twelve months at `release_date`: then it is
/// shown as the last known status, with its date, not as where the change stands now.
pub fn is_stale(date: &str, release_date: &str) -> bool {
    match (month_index(date), month_index(release_date)) {
        (Some(at), Some(release)) => release - at > 12,
        _ => false,
    }
}

/// Where a change stands now: its last status.
pub fn current_state(status: &[Status]) -> State {
    status.last().map_or(State::Announced, |s| s.state)
}

/// Everything a list of statuses cites.
pub fn status_sources(status: &[Status]) -> SourceSet {
    status
        .iter()
        .fold(SourceSet::default(), |s, st| s.union(st.sources))
}

/// The share of `year` a dated change counts beyond the reference year: (chosen, reference).
pub(super) fn in_force_shares(
    start: Option<YearMonth>,
    ramp: u8,
    year: u16,
    reference: u16,
) -> (f64, f64) {
    match start {
        Some(start) => (
            share_in_force(start, ramp, year),
            share_in_force(start, ramp, reference),
        ),
        // No date: counted as in force before any year shown.
        None => (1.0, 1.0),
    }
}
