//! The rows of the steps table, in the order shown: what the table on screen and both data
//! files are built from, so an export holds the numbers the reader sees, rounded the same way.

use crate::model::calc::{Line, RegionResult};
use crate::model::dataset::Dataset;
use crate::model::i18n::numbers;
use crate::model::i18n::strings::Strings;

/// What a row counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Inpatient places.
    Places,
    /// Places per 100 000 inhabitants.
    Rate,
    /// Per cent.
    Percent,
}

/// One row of the steps table.
#[derive(Debug)]
pub struct StepRow<'a> {
    /// Stable id (`before`, `fbv`, … `change-pct`), used in exports and as the test id.
    pub id: &'static str,
    /// The operator shown before the label on screen (`−`, `+`, `=`), or nothing.
    pub op: &'static str,
    /// The label, with the year it refers to.
    pub label: String,
    /// The figure.
    pub line: &'a Line,
    /// Decimals shown.
    pub decimals: u8,
    /// Shown with a sign.
    pub signed: bool,
    /// Reads "minst …" when parts are unknown.
    pub minimum: bool,
    /// What it counts.
    pub unit: Unit,
}

/// The rows of the steps table for one region, in the order shown, followed by the change in
/// per cent (which the table shows beside the change rather than as a row of its own).
pub fn step_rows<'a>(
    strings: &Strings,
    data: &Dataset,
    r: &'a RegionResult,
    year: u16,
) -> [StepRow<'a>; 10] {
    let labels = &strings.steps;
    let from = data.reference_year;
    let fbv_from = strings.month_year(data.fbv.ended.year, data.fbv.ended.month);
    let projection_pct =
        numbers::signed_percent(strings.numbers, data.national.projection_pct.value, 0);
    let row = |id, op, label: String, line, decimals, signed, unit| StepRow {
        id,
        op,
        label,
        line,
        decimals,
        signed,
        minimum: id == "cuts",
        unit,
    };
    [
        row(
            "before",
            "",
            format!("{} ({from})", labels.before),
            &r.before,
            0,
            false,
            Unit::Places,
        ),
        row(
            "fbv",
            "− ",
            format!("{} ({fbv_from})", labels.fbv),
            &r.fbv,
            0,
            false,
            Unit::Places,
        ),
        row(
            "cuts",
            "− ",
            labels.cuts.to_owned(),
            &r.cuts,
            0,
            false,
            Unit::Places,
        ),
        row(
            "compensation",
            "+ ",
            format!("{} ({year})", labels.compensation),
            &r.compensation,
            0,
            false,
            Unit::Places,
        ),
        row(
            "after",
            "= ",
            format!("{} ({year})", labels.after),
            &r.after,
            0,
            false,
            Unit::Places,
        ),
        row(
            "change",
            "",
            labels.change.to_owned(),
            &r.change,
            0,
            true,
            Unit::Places,
        ),
        row(
            "per100k-before",
            "",
            format!("{} ({from})", labels.per_100k_before),
            &r.per_100k_before,
            1,
            false,
            Unit::Rate,
        ),
        row(
            "per100k-after",
            "",
            format!("{} ({year})", labels.per_100k_after),
            &r.per_100k_after,
            1,
            false,
            Unit::Rate,
        ),
        row(
            "projection",
            "",
            format!("{}: {projection_pct}", labels.projection),
            &r.projection,
            0,
            true,
            Unit::Places,
        ),
        row(
            "change-pct",
            "",
            strings.export().change_pct.to_owned(),
            &r.change_pct,
            1,
            true,
            Unit::Percent,
        ),
    ]
}
