//! Two scenarios side by side: the rows compared and their differences.

use crate::model::calc::{Line, RegionResult};

/// A row of the side-by-side view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    /// Places before.
    Before,
    /// Lost with FBV.
    Fbv,
    /// Cut in tenders.
    Cuts,
    /// Bought to compensate.
    Compensation,
    /// Places after.
    After,
    /// After − before.
    Change,
    /// Patients a year before.
    PatientsBefore,
    /// Patients a year after.
    PatientsAfter,
    /// Yearly cost of the places lost.
    CostLost,
    /// Yearly cost of restoring the places not compensated.
    CostRestore,
}

/// One compared quantity.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CompareRow {
    /// Which quantity.
    pub row: Row,
    /// In the first scenario.
    pub a: Line,
    /// In the second.
    pub b: Line,
    /// Second − first, central values.
    pub difference: f64,
    /// Whether the difference shows at the precision displayed (whole places, patients and
    /// million kroner).
    pub differs: bool,
}

/// The rows of the side-by-side view for one region.
pub fn compare(a: &RegionResult, b: &RegionResult) -> Vec<CompareRow> {
    // Patients a year exist only where a change of stay applies; elsewhere the rows are left out.
    let pick = |r: &RegionResult, row: Row| -> Option<Line> {
        match row {
            Row::Before => Some(r.before),
            Row::Fbv => Some(r.fbv),
            Row::Cuts => Some(r.cuts),
            Row::Compensation => Some(r.compensation),
            Row::After => Some(r.after),
            Row::Change => Some(r.change),
            Row::PatientsBefore => r.patients_before,
            Row::PatientsAfter => r.patients_after,
            Row::CostLost => Some(r.cost_lost),
            Row::CostRestore => Some(r.cost_restore),
        }
    };
    [
        Row::Before,
        Row::Fbv,
        Row::Cuts,
        Row::Compensation,
        Row::After,
        Row::Change,
        Row::PatientsBefore,
        Row::PatientsAfter,
        Row::CostLost,
        Row::CostRestore,
    ]
    .into_iter()
    .filter_map(|row| {
        let (a, b) = (pick(a, row)?, pick(b, row)?);
        let difference = b.span.mid - a.span.mid;
        Some(CompareRow {
            row,
            a,
            b,
            difference,
            differs: a.span.mid.round() != b.span.mid.round(),
        })
    })
    .collect()
}
