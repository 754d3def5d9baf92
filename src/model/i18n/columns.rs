//! Words listed in the order they are shown: table columns, legends, buttons and the charts'
//! names. Each group has named fields, and `in_order` gives the order once, for every language.

/// The column headings of a four-column table of figures.
#[derive(Debug)]
pub struct TableColumns {
    /// What the row is.
    pub label: &'static str,
    /// The value, with its range.
    pub value: &'static str,
    /// Its basis (kind and method).
    pub basis: &'static str,
    /// Its sources.
    pub sources: &'static str,
}

/// Column headings of the breakdown of cuts and purchases.
#[derive(Debug)]
pub struct BreakdownColumns {
    /// Region.
    pub region: &'static str,
    /// What.
    pub what: &'static str,
    /// Places, with range.
    pub places: &'static str,
    /// From when.
    pub from: &'static str,
    /// Sources.
    pub sources: &'static str,
}

/// Column headings of the observed activity table.
#[derive(Debug)]
pub struct ObservedColumns {
    /// Year.
    pub year: &'static str,
    /// Inpatient days.
    pub days: &'static str,
    /// Occupied places.
    pub places: &'static str,
    /// The model's places after in the year.
    pub modelled: &'static str,
    /// The occupancy those imply.
    pub implied: &'static str,
}

impl ObservedColumns {
    /// The implied-occupancy table's headings, from left to right.
    pub const fn implied_order(&self) -> [&'static str; 4] {
        [self.year, self.places, self.modelled, self.implied]
    }
}

/// Labels of the three embed codes.
#[derive(Debug)]
pub struct CodeWords {
    /// A plain iframe.
    pub iframe: &'static str,
    /// The iframe with the host script.
    pub script: &'static str,
    /// The oEmbed address.
    pub oembed: &'static str,
}

/// One text per chart, in the order shown.
#[derive(Debug)]
pub struct ChartNames {
    /// From places before to places after.
    pub bridge: &'static str,
    /// Per 100 000 inhabitants.
    pub rates: &'static str,
    /// Measured activity.
    pub timeline: &'static str,
    /// The map.
    pub map: &'static str,
}

/// Short step names under the bridge's bars.
#[derive(Debug)]
pub struct BridgeSteps {
    /// Before.
    pub before: &'static str,
    /// FBV.
    pub fbv: &'static str,
    /// Cuts.
    pub cuts: &'static str,
    /// Bought.
    pub bought: &'static str,
    /// After.
    pub after: &'static str,
}

/// The bridge's legend.
#[derive(Debug)]
pub struct BarLegend {
    /// A reported or derived bar.
    pub reported: &'static str,
    /// An estimated (hatched) bar.
    pub estimate: &'static str,
    /// A range whisker.
    pub range: &'static str,
}

/// A pair of words for before and after.
#[derive(Debug)]
pub struct BeforeAfter {
    /// Before.
    pub before: &'static str,
    /// After.
    pub after: &'static str,
}

/// The timeline's legend.
#[derive(Debug)]
pub struct LineLegend {
    /// Occupied places according to NPR.
    pub observed: &'static str,
    /// Places before.
    pub before: &'static str,
    /// Places after.
    pub after: &'static str,
}

/// Table headings of the comparison.
#[derive(Debug)]
pub struct RateColumns {
    /// Area.
    pub region: &'static str,
    /// Before.
    pub before: &'static str,
    /// After.
    pub after: &'static str,
    /// Change.
    pub change: &'static str,
}

/// Table headings of the timeline.
#[derive(Debug)]
pub struct LineColumns {
    /// Year.
    pub year: &'static str,
    /// Occupied places according to NPR.
    pub observed: &'static str,
}

/// Table headings of the map.
#[derive(Debug)]
pub struct MapColumns {
    /// Region.
    pub region: &'static str,
    /// Change in per cent.
    pub change: &'static str,
    /// Colour class.
    pub class: &'static str,
}

/// The data download buttons.
#[derive(Debug)]
pub struct DataButtons {
    /// CSV.
    pub csv: &'static str,
    /// JSON.
    pub json: &'static str,
}

/// The figure download buttons.
#[derive(Debug)]
pub struct FigureButtons {
    /// SVG.
    pub svg: &'static str,
    /// PNG.
    pub png: &'static str,
}

/// The header block of a data file.
#[derive(Debug)]
pub struct ExportHeader {
    /// The title.
    pub title: &'static str,
    /// The data release.
    pub release: &'static str,
    /// The region.
    pub region: &'static str,
    /// The scenario.
    pub scenario: &'static str,
    /// Compared with.
    pub compared: &'static str,
    /// The year.
    pub year: &'static str,
    /// The address's keys.
    pub keys: &'static str,
}

/// The columns of a data file's rows.
#[derive(Debug)]
pub struct ExportColumns {
    /// Area.
    pub region: &'static str,
    /// Scenario.
    pub scenario: &'static str,
    /// Year.
    pub year: &'static str,
    /// Step id.
    pub step_id: &'static str,
    /// Step.
    pub step: &'static str,
    /// Unit.
    pub unit: &'static str,
    /// Low.
    pub low: &'static str,
    /// Central.
    pub central: &'static str,
    /// High.
    pub high: &'static str,
    /// Basis.
    pub basis: &'static str,
    /// Partly unknown.
    pub partly_unknown: &'static str,
    /// Sources.
    pub sources: &'static str,
}

/// Units of a data file (see `Unit`).
#[derive(Debug)]
pub struct UnitWords {
    /// Places.
    pub places: &'static str,
    /// Per 100 000 inhabitants.
    pub rate: &'static str,
    /// Per cent.
    pub percent: &'static str,
}

/// Yes and no.
#[derive(Debug)]
pub struct YesNo {
    /// Yes.
    pub yes: &'static str,
    /// No.
    pub no: &'static str,
}

/// The source list of a data file: its heading and columns.
#[derive(Debug)]
pub struct SourceColumns {
    /// The heading.
    pub heading: &'static str,
    /// Source id.
    pub id: &'static str,
    /// Publisher.
    pub publisher: &'static str,
    /// Title.
    pub title: &'static str,
    /// Date.
    pub date: &'static str,
    /// Address.
    pub url: &'static str,
}

impl ChartNames {
    /// The four texts in the order the charts are shown.
    pub const fn in_order(&self) -> [&'static str; 4] {
        [self.bridge, self.rates, self.timeline, self.map]
    }
}

impl TableColumns {
    /// The headings from left to right.
    pub const fn in_order(&self) -> [&'static str; 4] {
        [self.label, self.value, self.basis, self.sources]
    }
}

impl BreakdownColumns {
    /// The headings from left to right.
    pub const fn in_order(&self) -> [&'static str; 5] {
        [self.region, self.what, self.places, self.from, self.sources]
    }
}

impl ObservedColumns {
    /// The headings from left to right.
    pub const fn in_order(&self) -> [&'static str; 3] {
        [self.year, self.days, self.places]
    }
}

impl RateColumns {
    /// The headings from left to right.
    pub const fn in_order(&self) -> [&'static str; 4] {
        [self.region, self.before, self.after, self.change]
    }
}

impl LineColumns {
    /// The headings from left to right.
    pub const fn in_order(&self) -> [&'static str; 2] {
        [self.year, self.observed]
    }
}

impl MapColumns {
    /// The headings from left to right.
    pub const fn in_order(&self) -> [&'static str; 3] {
        [self.region, self.change, self.class]
    }
}

impl ExportColumns {
    /// The columns from left to right.
    pub const fn in_order(&self) -> [&'static str; 12] {
        [
            self.region,
            self.scenario,
            self.year,
            self.step_id,
            self.step,
            self.unit,
            self.low,
            self.central,
            self.high,
            self.basis,
            self.partly_unknown,
            self.sources,
        ]
    }
}

impl SourceColumns {
    /// The columns from left to right (without the heading).
    pub const fn in_order(&self) -> [&'static str; 5] {
        [self.id, self.publisher, self.title, self.date, self.url]
    }
}

impl BridgeSteps {
    /// The names from left to right.
    pub const fn in_order(&self) -> [&'static str; 5] {
        [self.before, self.fbv, self.cuts, self.bought, self.after]
    }
}

impl BarLegend {
    /// The keys in the order shown.
    pub const fn in_order(&self) -> [&'static str; 3] {
        [self.reported, self.estimate, self.range]
    }
}

impl BeforeAfter {
    /// Before, then after.
    pub const fn in_order(&self) -> [&'static str; 2] {
        [self.before, self.after]
    }
}

impl LineLegend {
    /// The keys in the order shown.
    pub const fn in_order(&self) -> [&'static str; 3] {
        [self.observed, self.before, self.after]
    }
}

impl CodeWords {
    /// The three codes in the order shown.
    pub const fn in_order(&self) -> [&'static str; 3] {
        [self.iframe, self.script, self.oembed]
    }
}
