//! What the calculation gives: a figure with its range, kind, method and sources ([`Line`]),
//! and the results per region and for Norway.

use super::assumptions::Scenario;
use crate::model::dataset::{Compensation, Cut, Input, Kind, SourceSet, State, Text};
use crate::model::region::RegionId;
use crate::model::span::Span;

/// Source id of the patient register extract (inpatient days).
pub const NPR: &str = "fhi-npr-520";
/// Source id of the population table.
pub const POPULATION: &str = "ssb-07459";
/// Source id of the county population for the years after the reference year.
pub const POPULATION_LATER: &str = "ssb-07459-fylke";

/// Source id of the open letter whose demand the "Stans nedbyggingen" scenario models.
pub const OPEN_LETTER: &str = "opprop-2024";

/// How a computed figure was obtained; the text module renders it in the reader's language.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Method {
    /// The seed's own one-line method or note (bokmål).
    Seeded(Text),
    /// (NPR inpatient days − the region's FBV days) ÷ days in the year ÷ occupancy: public and
    /// contracted places.
    ActivityOverOccupancy {
        /// Inpatient days in the reference year.
        days: u32,
        /// The region's FBV days taken out.
        fbv_days: u32,
        /// Days in the reference year.
        year_days: u16,
        /// Occupancy used (low, central, high).
        occupancy: Span,
    },
    /// Public and contracted places + the FBV places of the base.
    Base {
        /// Public and contracted places (central).
        contracted: f64,
        /// FBV place-equivalents (central).
        fbv: f64,
    },
    /// A region's yearly frame for its contracted places ÷ those places.
    FramePerPlace {
        /// The frame, million kroner.
        frame: f64,
        /// The contracted places it pays for.
        places: u32,
    },
    /// The change's size × the share of the year in force, less the same in the reference year.
    InForce {
        /// Share of the chosen year in force (0–1), central.
        share: f64,
        /// Share of the reference year in force (0–1).
        reference_share: f64,
        /// Where the change stands.
        state: State,
    },
    /// FBV places in the reference year: January–August 2022 days ÷ the days of those months;
    /// low, 2021's days ÷ the days of 2021; high, the appeal's figure.
    FbvNational {
        /// FBV inpatient days January–August 2022.
        days_2022: u32,
        /// Days in January–August 2022.
        period_days: u16,
        /// FBV inpatient days 2021.
        days_2021: u32,
        /// Days in 2021.
        year_days: u16,
        /// The places (low, central, high).
        places: Span,
    },
    /// National FBV loss × the region's share of FBV patients.
    FbvShare {
        /// The national loss.
        national: Span,
        /// The region's share, per cent.
        share_pct: f64,
    },
    /// The sum of the known cuts; unknown cuts are left out.
    KnownCuts,
    /// Compensation counted in the after year according to its end date.
    CompensationInYear {
        /// The year counted.
        year: u16,
    },
    /// Before − FBV − cuts + compensation.
    Steps,
    /// After − before, and as a share of before.
    Change,
    /// Places ÷ population × 100 000.
    PerCapita {
        /// Population 1 January.
        population: u32,
        /// The year of that population.
        year: u16,
    },
    /// The projection model's national rate applied to the places before, beside NPR's
    /// measured change in inpatient days per day over the same years.
    Projection {
        /// The rate, per cent.
        pct: f64,
        /// NPR's measured change from the reference year to the chosen year, per cent.
        measured: Option<f64>,
        /// The chosen year.
        year: u16,
    },
    /// NPR inpatient days ÷ days in the year.
    Occupied,
    /// Patients in inpatient treatment as NPR counts them, by the patients' home region.
    Measured,
    /// The sum of the four regions.
    SumOfRegions,
    /// No source names a purchase of this kind for the region: zero, as an estimate.
    NoneFound,
    /// A value the reader set, replacing a default that rests on the cited sources.
    Edited,
    /// Not in effect in the year shown.
    NotInEffect {
        /// The year shown.
        year: u16,
    },
    /// The reader's cut total, spread over the years as the sourced cuts took effect.
    EditedCuts,
    /// Cuts whose size no source gives, at a size the reader assumed.
    AssumedUnknown {
        /// Places assumed.
        places: f64,
    },
    /// "Stans nedbyggingen": no tender cuts.
    StopNoCuts,
    /// "Stans nedbyggingen": an additional tender replaces the FBV places.
    StopTender,
    /// "Framskrivning": the flow is the projection model's change alone.
    ProjectionOnly,
    /// Helse Sør-Øst's contracted long-term places in the tender × occupancy × 12 ÷ average
    /// stay in months, with the new agreements' places and stay counted as far as they are in
    /// force.
    Patients,
    /// Places × cost per place-year.
    Cost,
    /// (Lost − compensation) × cost per place-year.
    CostRestore,
    /// Occupancy: national NPR occupied places less the FBV places ÷ reported national
    /// places; the range over the FBV places' range, the 2004 level and Helse Sør-Øst's.
    Occupancy {
        /// Reported national places.
        national_places: f64,
        /// Year of the 2004 reference level.
        low_year: u16,
        /// FBV places taken out (low, central, high).
        fbv_places: Span,
    },
}

/// A computed figure with its provenance.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Line {
    /// Low, central and high value.
    pub span: Span,
    /// The softest kind of anything it rests on.
    pub kind: Kind,
    /// Its sources.
    pub sources: SourceSet,
    /// How it was obtained.
    pub method: Method,
    /// True when some part is unknown and left out (the value is then a known minimum).
    pub partly_unknown: bool,
}

impl Line {
    pub(super) fn new(span: Span, kind: Kind, method: Method) -> Line {
        Line {
            span,
            kind,
            sources: SourceSet::default(),
            method,
            partly_unknown: false,
        }
    }

    /// A seeded input as a line: its value, range, kind, sources and method.
    pub fn from_input(input: &Input) -> Line {
        let span = Span::new(
            input.low.unwrap_or(input.value),
            input.value,
            input.high.unwrap_or(input.value),
        );
        let method = Method::Seeded(input.method.or(input.note).unwrap_or(Text::EMPTY));
        let mut line = Line::new(span, input.kind, method);
        line.cite(input.sources);
        line
    }

    pub(super) fn cite(&mut self, sources: SourceSet) {
        self.sources = self.sources.union(sources);
    }

    /// Takes on the kind, sources and unknown parts of lines this one was computed from.
    pub(super) fn rest_on(mut self, parts: &[&Line]) -> Line {
        for part in parts {
            self.kind = self.kind.max(part.kind);
            self.cite(part.sources);
            self.partly_unknown |= part.partly_unknown;
        }
        self
    }
}

/// One cut, as shown in the breakdown.
#[derive(Clone, Debug, PartialEq)]
pub struct CutLine {
    /// The region it belongs to.
    pub region: RegionId,
    /// The seeded cut.
    pub cut: &'static Cut,
    /// Places removed in the chosen year compared with the reference year; `None` when
    /// unknown. Zero for a cut in force before the reference year (history) or not yet.
    pub places: Option<Line>,
    /// Whether it took effect in full before the reference year: shown, not subtracted.
    pub history: bool,
}

/// One compensating purchase, as counted in the after year.
#[derive(Clone, Debug, PartialEq)]
pub struct CompensationLine {
    /// The region it belongs to.
    pub region: RegionId,
    /// The seeded purchase.
    pub compensation: &'static Compensation,
    /// Places counted in the after year.
    pub places: Line,
}

/// Observed activity in one year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Observed {
    /// Calendar year.
    pub year: u16,
    /// Inpatient days (NPR, patients' home region).
    pub inpatient_days: u32,
    /// Occupied-place equivalents: inpatient days ÷ days in the year.
    pub places: f64,
    /// Patients in inpatient treatment (NPR, patients' home region).
    pub patients: u32,
    /// The model's central places after in this year (same scenario and edits), from the
    /// reference year on.
    pub modelled: Option<f64>,
    /// Occupancy the model implies: occupied places ÷ the model's places after.
    pub implied_occupancy: Option<f64>,
}

/// Everything shown for one region.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionResult {
    /// Which region.
    pub region: RegionId,
    /// P0: inpatient places in the reference year, public, contracted and FBV.
    pub before: Line,
    /// The public and contracted places of P0 (health trusts and agreements with the region).
    pub before_contracted: Line,
    /// The FBV places of P0 (place-equivalents at FBV-approved providers).
    pub before_fbv: Line,
    /// F: places lost when FBV ended.
    pub fbv: Line,
    /// T: places cut in tenders and public cuts (known cuts).
    pub cuts: Line,
    /// C: compensating places counted in the after year.
    pub compensation: Line,
    /// P1 = P0 − F − T + C, not below zero.
    pub after: Line,
    /// P1 − P0.
    pub change: Line,
    /// (P1 − P0) ÷ P0, per cent.
    pub change_pct: Line,
    /// F + T: all places named as lost.
    pub lost: Line,
    /// P0 per 100 000 inhabitants.
    pub per_100k_before: Line,
    /// P1 per 100 000 inhabitants.
    pub per_100k_after: Line,
    /// The projection model's change applied to P0, in places.
    pub projection: Line,
    /// Patients a year in the long-term places whose stay the tender changes, in the reference
    /// year; `None` where no change of stay applies.
    pub patients_before: Option<Line>,
    /// The same in the chosen year.
    pub patients_after: Option<Line>,
    /// The region's reported yearly frame for its contracted places (million kroner).
    pub contract_frame: Option<Line>,
    /// That frame per contracted place (million kroner), a cross-check of the cost per place.
    pub frame_per_place: Option<Line>,
    /// Patients in inpatient treatment measured by NPR in the reference year.
    pub inpatients_before: Option<Line>,
    /// The same in the chosen year, when NPR has it.
    pub inpatients_after: Option<Line>,
    /// What the places lost (FBV + cuts) cost a year, million kroner.
    pub cost_lost: Line,
    /// What restoring the places not compensated would cost a year, million kroner.
    pub cost_restore: Line,
    /// Population 1 January of the reference year.
    pub population: u32,
    /// Population 1 January of the chosen year.
    pub population_after: u32,
    /// Private providers' share of inpatient capacity, when reported for this region.
    pub private_share_pct: Option<Line>,
    /// The cuts one by one.
    pub cut_lines: Vec<CutLine>,
    /// The compensating purchases one by one.
    pub compensation_lines: Vec<CompensationLine>,
    /// Observed activity per year.
    pub observed: Vec<Observed>,
    /// Observed change in occupied places from the reference year to the chosen year.
    pub observed_change: Option<Line>,
    /// The same, per cent of the reference year (also the change in inpatient days per day).
    pub observed_change_pct: Option<Line>,
    /// Whether the central places after fall below the places NPR measured as occupied in the
    /// chosen year (or the base below the reference year's).
    pub below_occupied: bool,
}

/// Results for every region and for Norway, for one scenario and year.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
    /// The scenario computed.
    pub scenario: Scenario,
    /// The year whose places are shown as "after".
    pub year: u16,
    /// Average long-term stay before, months.
    pub stay_before: Line,
    /// Average long-term stay after, months.
    pub stay_after: Line,
    /// Cost of one place for a year, million kroner.
    pub cost_per_place: Line,
    /// Norway, the sum of the regions.
    pub norge: RegionResult,
    /// The four regions in [`RegionId::PARTS`] order.
    pub regions: Vec<RegionResult>,
    /// Occupancy used for estimated places (low, central, high).
    pub occupancy: Line,
    /// The national FBV loss before it is split.
    pub fbv_national: Line,
}

impl Results {
    /// The result for one region, or Norway.
    pub fn get(&self, region: RegionId) -> &RegionResult {
        region
            .part_index()
            .and_then(|i| self.regions.get(i))
            .unwrap_or(&self.norge)
    }
}
