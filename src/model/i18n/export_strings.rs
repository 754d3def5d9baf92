//! The texts of the downloads.

use super::columns::{
    ChartNames, DataButtons, ExportColumns, ExportHeader, FigureButtons, SourceColumns, UnitWords,
    YesNo,
};
/// Texts of the downloads.
#[derive(Debug)]
pub struct ExportStrings {
    /// Heading of the download section.
    pub heading: &'static str,
    /// What the downloads hold.
    pub lede: &'static str,
    /// Buttons: CSV, JSON.
    pub data_buttons: DataButtons,
    /// Before the figure buttons of each chart.
    pub figure_label: &'static str,
    /// The figure buttons: SVG, PNG.
    pub figure_buttons: FigureButtons,
    /// Said when a figure could not be made.
    pub figure_failed: &'static str,
    /// The charts' names in file names, in the order shown.
    pub figure_files: ChartNames,
    /// The single-file download's link.
    pub offline: &'static str,
    /// What the single file is.
    pub offline_note: &'static str,
    /// Shown in the single file itself, before the release date.
    pub offline_copy: &'static str,
    /// Label of the change in per cent.
    pub change_pct: &'static str,
    /// Header block: title, release, region, scenario, compared with, year, the address's keys.
    pub header: ExportHeader,
    /// Columns of the rows.
    pub columns: ExportColumns,
    /// Units in [`Unit`] order.
    pub units: UnitWords,
    /// Yes and no.
    pub yes_no: YesNo,
    /// Heading and columns of the source list.
    pub sources: SourceColumns,
}
