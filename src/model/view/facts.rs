//! The facts that sentences are built from, found once for every language: what the summary,
//! the chart descriptions and the two readings of shorter stays say, and which way a change
//! goes. The languages only put them into words.

use super::chart::RateChart;
use crate::model::calc::{RegionResult, Results};
use crate::model::region::RegionId;
use crate::model::span::Span;

/// What the comparison's description says: the highest and lowest rate after, and the region
/// with the largest fall with its rates before and after.
#[derive(Debug)]
pub struct RateFacts {
    /// Highest rate after.
    pub highest: (RegionId, f64),
    /// Lowest rate after.
    pub lowest: (RegionId, f64),
    /// Largest fall: region, before, after.
    pub largest_fall: (RegionId, f64, f64),
}

/// What the timeline's description says.
#[derive(Debug)]
pub struct TimelineFacts {
    /// The region.
    pub region: RegionId,
    /// First year and its occupied places.
    pub first: (u16, f64),
    /// Last year and its occupied places.
    pub last: (u16, f64),
    /// The announced level after.
    pub after: f64,
    /// Where the last year's activity lies against that level.
    pub relation: Direction,
}

/// What the map's description says: each region's change in per cent, and the region with
/// the largest fall, if any region falls.
#[derive(Debug)]
pub struct MapFacts {
    /// Region and change in per cent, in map order.
    pub changes: Vec<(RegionId, f64)>,
    /// The largest fall.
    pub largest_fall: Option<RegionId>,
}

/// How occupancy was found: reported places nationally, the year of the low estimate, the
/// data year, and occupancy (fractions) low, central and high.
#[derive(Debug)]
pub struct OccupancyFacts {
    /// Reported places nationally.
    pub national_places: f64,
    /// Year of the low estimate.
    pub low_year: u16,
    /// FBV places taken out (low, central, high).
    pub fbv_places: Span,
    /// Year of the activity data.
    pub data_year: u16,
    /// Occupancy as fractions.
    pub span: Span,
}

/// The two readings of shorter stays: stays before, after (months) and their change (per
/// cent); patients a year before, after and their change.
#[derive(Debug)]
pub struct Perspectives {
    /// Stay before, after, change in per cent.
    pub stay: (f64, f64, f64),
    /// Patients a year before, after, change in per cent.
    pub patients: (f64, f64, f64),
    /// Which way the patients a year go, in whole per cent.
    pub patients_direction: Direction,
}

/// What the summary sentence says.
#[derive(Debug)]
pub struct SummaryFacts {
    /// The region.
    pub region: RegionId,
    /// Places lost (negative: gained).
    pub lost: f64,
    /// Which way the places go, in whole places; the reference year itself has no change.
    pub direction: Direction,
    /// The year shown is the reference year.
    pub reference_year: bool,
    /// Places before.
    pub before: f64,
    /// Change in per cent.
    pub change_pct: f64,
    /// The change is an estimate or a range.
    pub approx: bool,
    /// Reference year and the year shown.
    pub years: (u16, u16),
    /// The scenario's name, unless it is the default.
    pub scenario: Option<&'static str>,
    /// Some cuts are not quantified.
    pub partly_unknown: bool,
    /// The year shown is after the last year NPR measured: a projection.
    pub projected: bool,
    /// A change the sources leave open (halted, cancelled, announced) that counts 0 in the
    /// central value though its high bound does not: its label, its region when the sentence is
    /// Norway's, and its last status, written.
    pub counted_zero: Option<(String, Option<RegionId>, String)>,
}

impl RateFacts {
    /// The facts of a comparison: its first and last rows after sorting, and the row with the
    /// largest fall. `None` for an empty chart.
    pub fn of(chart: &RateChart) -> Option<RateFacts> {
        let (first, last) = (chart.rows.first()?, chart.rows.last()?);
        let largest = chart
            .rows
            .iter()
            .min_by(|a, b| a.change.total_cmp(&b.change))
            .unwrap_or(first);
        Some(RateFacts {
            highest: (first.region, first.values.1),
            lowest: (last.region, last.values.1),
            largest_fall: (largest.region, largest.values.0, largest.values.1),
        })
    }
}

impl TimelineFacts {
    /// The first and last observed year against the level after; `None` without observations.
    pub fn of(r: &RegionResult) -> Option<TimelineFacts> {
        let (first, last) = (r.observed.first()?, r.observed.last()?);
        let after = r.after.span.mid;
        Some(TimelineFacts {
            region: r.region,
            first: (first.year, first.places),
            last: (last.year, last.places),
            after,
            relation: Direction::of(last.places - after),
        })
    }
}

impl MapFacts {
    /// Each region's change in per cent, and the largest fall if any region falls.
    pub fn of(results: &Results) -> MapFacts {
        let changes: Vec<(RegionId, f64)> = results
            .regions
            .iter()
            .map(|r| (r.region, r.change_pct.span.mid))
            .collect();
        let largest_fall = changes
            .iter()
            .filter(|(_, pct)| *pct < 0.0)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(region, _)| *region);
        MapFacts {
            changes,
            largest_fall,
        }
    }
}

/// Which way a difference goes, once it is rounded to the whole units a sentence shows: a
/// difference under half a unit either way is no difference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Up by half a unit or more.
    Up,
    /// Down by half a unit or more.
    Down,
    /// Less than half a unit either way.
    Same,
}

impl Direction {
    /// The direction of `difference`.
    pub fn of(difference: f64) -> Direction {
        if difference >= 0.5 {
            Direction::Up
        } else if difference <= -0.5 {
            Direction::Down
        } else {
            Direction::Same
        }
    }
}

/// Percentage change from `before` to `after`; 0 when there was nothing before.
pub fn change_pct(before: f64, after: f64) -> f64 {
    if before > 0.0 {
        (after - before) / before * 100.0
    } else {
        0.0
    }
}

impl Perspectives {
    /// Stays before and after from the assumptions, and the region's patients a year.
    pub fn of(results: &Results, result: &RegionResult) -> Perspectives {
        let (before, after) = (results.stay_before.span.mid, results.stay_after.span.mid);
        let (pb, pa) = (
            result.patients_before.map_or(0.0, |l| l.span.mid),
            result.patients_after.map_or(0.0, |l| l.span.mid),
        );
        let patients_pct = change_pct(pb, pa);
        Perspectives {
            stay: (before, after, change_pct(before, after)),
            patients: (pb, pa, patients_pct),
            patients_direction: Direction::of(patients_pct),
        }
    }
}
