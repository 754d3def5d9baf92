//! The calculation of DESIGN.md §2: places before, FBV loss, cuts, compensation and places
//! after per region, with ranges, and Norway as the sum of the regions.
//!
//! Pure: everything arrives in the [`Dataset`]; nothing reads a clock, storage or the DOM.

pub mod assumptions;
pub mod compare;

use crate::model::calc::assumptions::{Edits, Param, Scenario};
use crate::model::dataset::{
    Compensation, Cut, Dataset, Input, Kind, PlacesBefore, SourceSet, State, Status, Text,
    YearMonth,
};
use crate::model::region::RegionId;
use crate::model::span::Span;

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

/// Source id of the patient register extract (inpatient days).
pub const NPR: &str = "fhi-npr-520";
/// Source id of the population table.
pub const POPULATION: &str = "ssb-07459";
/// Source id of the county population for the years after the reference year.
pub const POPULATION_LATER: &str = "ssb-07459-fylke";

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
    /// National FBV loss (FBV days 2021 ÷ the days in 2021, range from the sources).
    FbvNational {
        /// FBV inpatient days 2021.
        days: u32,
        /// Days in 2021.
        year_days: u16,
        /// The places those days fill over the year.
        places: f64,
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
    /// Occupancy: national NPR days without FBV days ÷ days in the year ÷ reported national
    /// places, bounded by the 2004 level and Helse Sør-Øst's.
    Occupancy {
        /// Reported national places.
        national_places: f64,
        /// Year of the low reference.
        low_year: u16,
        /// FBV inpatient days taken out (2021's, for want of a 2022 figure).
        fbv_days: u32,
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
    fn new(span: Span, kind: Kind, method: Method) -> Line {
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

    fn cite(&mut self, sources: SourceSet) {
        self.sources = self.sources.union(sources);
    }

    /// Takes on the kind, sources and unknown parts of lines this one was computed from.
    fn rest_on(mut self, parts: &[&Line]) -> Line {
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

fn year_of(data: &Dataset, year: u16) -> Option<usize> {
    year.checked_sub(data.npr_first_year).map(usize::from)
}

fn days_in(days: &[u32], data: &Dataset, year: u16) -> Option<u32> {
    year_of(data, year).and_then(|i| days.get(i).copied())
}

/// Population 1 January of `year`, or of the last year shipped.
fn population_in(people: &[u32], data: &Dataset, year: u16) -> (u32, u16) {
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
fn fbv_days(data: &Dataset, share_pct: f64) -> f64 {
    data.fbv.inpatient_days_2021.value * share_pct / 100.0
}

/// Occupancy of public and contracted places: national NPR days in the reference year without
/// FBV days ÷ days in the year ÷ the reported national places. The 2004 national level and
/// Helse Sør-Øst's level (reported places) bound it.
fn occupancy(data: &Dataset) -> Line {
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

fn fbv_national(data: &Dataset) -> Line {
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
fn cut_sources(cuts: &[Cut]) -> SourceSet {
    cuts.iter().fold(SourceSet::default(), |s, c| {
        let own = s.union(c.sources).union(status_sources(c.status));
        c.places.as_ref().map_or(own, |p| own.union(p.sources))
    })
}

/// Everything a region's compensating purchases cite.
fn compensation_sources(purchases: &[Compensation]) -> SourceSet {
    purchases.iter().fold(SourceSet::default(), |s, c| {
        s.union(c.places.sources).union(status_sources(c.status))
    })
}

/// The share of `year` a dated change counts beyond the reference year: (chosen, reference).
fn in_force_shares(start: Option<YearMonth>, ramp: u8, year: u16, reference: u16) -> (f64, f64) {
    match start {
        Some(start) => (
            share_in_force(start, ramp, year),
            share_in_force(start, ramp, reference),
        ),
        // No date: counted as in force before any year shown.
        None => (1.0, 1.0),
    }
}

/// A cut as counted in `year`: its size × (share in force in the year − in the reference
/// year), bound by bound as far as its status allows.
fn cut_in_year(cut: &Cut, input: &Input, year: u16, reference: u16) -> Line {
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
fn compensation_in_year(c: &Compensation, year: u16, reference: u16) -> Line {
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

fn sum_lines<'a>(lines: impl Iterator<Item = &'a Line>, method: Method) -> Line {
    let lines: Vec<&Line> = lines.collect();
    let span = lines.iter().map(|l| l.span).sum();
    Line::new(span, Kind::Reported, method).rest_on(&lines)
}

fn observed(days: &[u32], patients: &[u32], data: &Dataset) -> Vec<Observed> {
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
fn edited(value: f64, sources: SourceSet) -> Line {
    let mut line = Line::new(Span::exact(value), Kind::Assumption, Method::Edited);
    line.cite(sources);
    line
}

/// A seeded input, or the reader's value in its place.
fn input_or_edit(input: &Input, edit: Option<f64>) -> Line {
    match edit {
        Some(value) => edited(value, input.sources),
        None => Line::from_input(input),
    }
}

/// Everything one computation shares across the regions.
struct Context<'a> {
    data: &'a Dataset,
    edits: &'a Edits,
    scenario: Scenario,
    year: u16,
    occupancy: Line,
    fbv_national: Line,
    stay_before: Line,
    stay_after: Line,
    cost: Line,
    /// The regions' FBV shares after the reader's edits, per cent, summing to 100.
    shares: [f64; 4],
}

/// Lines that follow from the four steps, shared by the regions and Norway.
struct Derived {
    before: Line,
    after: Line,
    change: Line,
    change_pct: Line,
    lost: Line,
    per_100k_before: Line,
    per_100k_after: Line,
    projection: Line,
    cost_lost: Line,
    cost_restore: Line,
}

/// The places of one region or Norway: the base in its two parts and the four steps.
struct Steps<'a> {
    contracted: &'a Line,
    fbv_base: &'a Line,
    fbv: &'a Line,
    cuts: &'a Line,
    compensation: &'a Line,
}

/// `replaces_fbv`: the compensation was sized to the FBV loss itself, so the two move together
/// and their difference is taken bound by bound rather than widened. The FBV places left in the
/// base are the base's FBV part less the FBV step, bound by bound, since the step removes that
/// same part.
fn derive(
    ctx: &Context,
    steps: &Steps,
    populations: (u32, u16, u32, u16),
    replaces_fbv: bool,
) -> Derived {
    let (contracted, fbv_base, fbv, cuts, compensation) = (
        steps.contracted,
        steps.fbv_base,
        steps.fbv,
        steps.cuts,
        steps.compensation,
    );
    let parts = [contracted, fbv_base, fbv, cuts, compensation];
    let before_span = contracted.span + fbv_base.span;
    let net = if replaces_fbv {
        let (c, f) = (compensation.span, fbv.span);
        let ends = [c.low - f.low, c.high - f.high];
        Span::new(ends[0].min(ends[1]), c.mid - f.mid, ends[0].max(ends[1]))
    } else {
        compensation.span - fbv.span
    };
    let flow = net - cuts.span;
    // Places cannot go below zero: the change is bounded by losing everything.
    let change_span = Span::new(
        flow.low.max(-before_span.high),
        flow.mid.max(-before_span.mid),
        flow.high.max(-before_span.low),
    );
    let (b, f) = (fbv_base.span, fbv.span);
    let fbv_left = {
        let ends = [b.low - f.low, b.high - f.high];
        Span::new(ends[0].min(ends[1]), b.mid - f.mid, ends[0].max(ends[1])).at_least(0.0)
    };
    let after = Line::new(
        (contracted.span + fbv_left + compensation.span - cuts.span).at_least(0.0),
        Kind::Derived,
        Method::Steps,
    )
    .rest_on(&parts);
    let change = Line::new(change_span, Kind::Derived, Method::Change).rest_on(&parts);
    let before = Line::new(
        before_span,
        Kind::Derived,
        Method::Base {
            contracted: contracted.span.mid,
            fbv: fbv_base.span.mid,
        },
    )
    .rest_on(&[contracted, fbv_base]);
    let change_pct = Line::new(
        change_span.ratio(before_span).scale(100.0),
        Kind::Derived,
        Method::Change,
    )
    .rest_on(&parts);
    let lost = Line::new(fbv.span + cuts.span, Kind::Derived, Method::Steps).rest_on(&[fbv, cuts]);
    let (pop_before, year_before, pop_after, year_after) = populations;
    let per_capita = |line: &Line, population: u32, year: u16| {
        let mut l = Line::new(
            line.span.scale(100_000.0 / f64::from(population.max(1))),
            Kind::Derived,
            Method::PerCapita { population, year },
        )
        .rest_on(&[line]);
        l.cite(ctx.data.sources_named(&[POPULATION]));
        if year > ctx.data.population_first_year {
            l.cite(ctx.data.sources_named(&[POPULATION_LATER]));
        }
        l
    };
    let per_100k_before = per_capita(&before, pop_before, year_before);
    let per_100k_after = per_capita(&after, pop_after, year_after);
    let pct = ctx.data.national.projection_pct.value;
    let mut projection = Line::new(
        before.span.scale(pct / 100.0),
        Kind::Assumption,
        Method::Projection {
            pct,
            measured: None,
            year: ctx.year,
        },
    )
    .rest_on(&[&before]);
    projection.cite(ctx.data.national.projection_pct.sources);
    let cost_lost = Line::new(lost.span.times(ctx.cost.span), Kind::Derived, Method::Cost)
        .rest_on(&[&lost, &ctx.cost]);
    let not_compensated = (-change_span).at_least(0.0);
    let cost_restore = Line::new(
        not_compensated.times(ctx.cost.span),
        Kind::Derived,
        Method::CostRestore,
    )
    .rest_on(&[&change, &ctx.cost]);
    Derived {
        before,
        after,
        change,
        change_pct,
        lost,
        per_100k_before,
        per_100k_after,
        projection,
        cost_lost,
        cost_restore,
    }
}

fn observed_change(
    data: &Dataset,
    observed: &[Observed],
    year: u16,
) -> (Option<Line>, Option<Line>) {
    let at = |year| observed.iter().find(|o| o.year == year).map(|o| o.places);
    match (at(data.reference_year), at(year)) {
        (Some(from), Some(to)) if from > 0.0 => {
            let mut change = Line::new(Span::exact(to - from), Kind::Derived, Method::Occupied);
            change.cite(data.sources_named(&[NPR]));
            let mut pct = change;
            pct.span = Span::exact((to - from) / from * 100.0);
            (Some(change), Some(pct))
        }
        _ => (None, None),
    }
}

/// NPR's patients in inpatient treatment in `year`, as a reported line.
fn measured_patients(data: &Dataset, observed: &[Observed], year: u16) -> Option<Line> {
    let o = observed.iter().find(|o| o.year == year)?;
    let mut line = Line::new(
        Span::exact(f64::from(o.patients)),
        Kind::Reported,
        Method::Measured,
    );
    line.cite(data.sources_named(&[NPR]));
    Some(line)
}

/// Whether the central places fall below NPR's occupied places, in the reference year (the
/// base) or in the chosen year (the places after).
fn below_occupied(
    data: &Dataset,
    observed: &[Observed],
    year: u16,
    before: f64,
    after: f64,
) -> bool {
    let at = |y| observed.iter().find(|o| o.year == y).map(|o| o.places);
    let short = |places: f64, measured: Option<f64>| measured.is_some_and(|m| places + 0.5 < m);
    short(before, at(data.reference_year)) || short(after, at(year))
}

/// A step that is zero in this scenario or year, citing what it would otherwise rest on.
fn zero(method: Method, sources: SourceSet) -> Line {
    let mut line = Line::new(Span::ZERO, Kind::Derived, method);
    line.cite(sources);
    line
}

/// The region's known and unknown cuts counted in the year, with the reader's edits.
fn cuts_line(ctx: &Context, index: usize, cut_lines: &[CutLine], all_cuts: &[Cut]) -> Line {
    let reference = ctx.data.reference_year;
    let mut cuts = match ctx.edits.cut[index].filter(|_| ctx.scenario.uses_edits()) {
        Some(total) => {
            // Spread the reader's total over the years as the sourced cuts take effect, in
            // full, whatever their status: the reader's number replaces the sources' view.
            let known = |c: &Cut| c.places.as_ref().map_or(0.0, |p| p.value);
            let all: f64 = all_cuts.iter().map(known).sum();
            let now: f64 = all_cuts
                .iter()
                .map(|c| {
                    let (share, reference_share) =
                        in_force_shares(c.effective, c.ramp_months, ctx.year, reference);
                    known(c) * (share - reference_share).max(0.0)
                })
                .sum();
            let share = if all > 0.0 { now / all } else { 1.0 };
            let mut line = edited(total * share, cut_sources(all_cuts));
            line.method = Method::EditedCuts;
            line
        }
        None => sum_lines(
            cut_lines.iter().filter_map(|c| c.places.as_ref()),
            Method::KnownCuts,
        ),
    };
    let assumed = ctx.edits.unknown[index].filter(|_| ctx.scenario.uses_edits());
    // An unknown cut makes the central value a known minimum once it counts in the central
    // value: dated after the reference year, reached by the chosen year, and decided or in force.
    // A size the reader assumes applies to every unknown cut dated after the reference year and
    // reached by the chosen year, whatever its status.
    let open: Vec<&CutLine> = cut_lines
        .iter()
        .filter(|c| c.places.is_none() && !c.history)
        .filter(|c| {
            let (share, reference_share) =
                in_force_shares(c.cut.effective, c.cut.ramp_months, ctx.year, reference);
            share > reference_share
        })
        .collect();
    for unknown in &open {
        cuts.cite(unknown.cut.sources);
        cuts.cite(status_sources(unknown.cut.status));
        let counts = state_weights(current_state(unknown.cut.status)).1 > 0.0;
        match assumed {
            Some(_) => cuts.kind = cuts.kind.max(Kind::Assumption),
            None if counts => cuts.partly_unknown = true,
            None => {}
        }
    }
    if let Some(places) = assumed.filter(|_| !open.is_empty()) {
        cuts.span = cuts.span + Span::exact(places);
        cuts.method = Method::AssumedUnknown { places };
    }
    cuts
}

/// The region's compensating places counted in the year, with the reader's edits.
fn compensation_line(ctx: &Context, index: usize, lines: &[CompensationLine], cuts: &Line) -> Line {
    let seeds = &ctx.data.regions[index].compensation;
    let sources = compensation_sources(seeds);
    let places = ctx.edits.comp[index].filter(|_| ctx.scenario.uses_edits());
    let end = ctx.edits.comp_end[index].filter(|_| ctx.scenario.uses_edits());
    if places.is_none() && end.is_none() {
        return if lines.is_empty() {
            // The sources that describe the region's cuts are where a compensating purchase
            // would be named: they are what "none found" rests on.
            let mut none = Line::new(Span::ZERO, Kind::Estimate, Method::NoneFound);
            none.cite(cuts.sources);
            none
        } else {
            sum_lines(
                lines.iter().map(|c| &c.places),
                Method::CompensationInYear { year: ctx.year },
            )
        };
    }
    let bought = places.unwrap_or_else(|| seeds.iter().map(|c| c.places.value).sum());
    let from = seeds
        .iter()
        .map(|c| c.from)
        .min()
        .unwrap_or(ctx.data.fbv.ended);
    // Without an end year, a seeded end is used; with none, the places run to the last year.
    let last = end.unwrap_or_else(|| {
        seeds
            .iter()
            .filter_map(|c| c.ends_after)
            .max()
            .map_or(f64::from(ctx.data.assumptions.last_year), f64::from)
    });
    let (share, reference_share) =
        in_force_shares(Some(from), 0, ctx.year, ctx.data.reference_year);
    let counted = if f64::from(ctx.year) <= last {
        (share - reference_share).max(0.0)
    } else {
        0.0
    };
    let mut line = edited(bought * counted, sources.union(cuts.sources));
    line.method = Method::CompensationInYear { year: ctx.year };
    line
}

/// Patients a year in the long-term places whose stay a cut changes (Helse Sør-Øst's tender):
/// places × occupancy × 12 ÷ stay, before (reference year) and in the chosen year, where the
/// new agreements' places and stay count as far as the cut does.
/// `edited`: the region's cuts as the reader set them, which then stand for the tender's.
fn patients(
    ctx: &Context,
    seed_cuts: &[Cut],
    cut_lines: &[CutLine],
    edited: Option<&Line>,
) -> Option<(Line, Line)> {
    let (cut, seeded) = seed_cuts.iter().zip(cut_lines).find_map(|(c, line)| {
        if !c.shortens_stays || line.history {
            return None;
        }
        Some((c.before_after?, *line.places.as_ref()?))
    })?;
    let counted = edited.copied().unwrap_or(seeded);
    let (old, new) = (f64::from(cut.0), f64::from(cut.1));
    let size = (old - new).max(1.0);
    // The share of the change counted in each bound.
    let f = counted.span;
    let share = |x: f64| (x / size).clamp(0.0, 1.0);
    let (fl, fm, fh) = (share(f.low), share(f.mid), share(f.high));
    let occ = ctx.occupancy.span;
    let (sb, sa) = (ctx.stay_before.span, ctx.stay_after.span);
    let rate = |places: f64, stay: Span| Span::exact(places).times(occ).scale(12.0).over(stay);
    let before_span = rate(old, sb);
    let (p_old, p_new) = (before_span, rate(new, sa));
    let mix = |pick: fn(Span) -> f64, share: f64| pick(p_old) * (1.0 - share) + pick(p_new) * share;
    let ends = [mix(|s| s.low, fl), mix(|s| s.low, fh)];
    let tops = [mix(|s| s.high, fl), mix(|s| s.high, fh)];
    let after_span = Span::new(
        ends[0].min(ends[1]),
        mix(|s| s.mid, fm),
        tops[0].max(tops[1]),
    );
    let mut before = Line::new(before_span, Kind::Derived, Method::Patients)
        .rest_on(&[&ctx.occupancy, &ctx.stay_before]);
    before.cite(counted.sources);
    let after = Line::new(after_span, Kind::Derived, Method::Patients).rest_on(&[
        &ctx.occupancy,
        &ctx.stay_before,
        &ctx.stay_after,
        &counted,
    ]);
    Some((before, after))
}

fn region_result(ctx: &Context, region: RegionId) -> RegionResult {
    let data = ctx.data;
    let index = region.part_index().unwrap_or(0).min(3);
    let seed = &data.regions[index];
    let year = ctx.year;
    let reference = data.reference_year;

    let share_input = &seed.fbv_share_pct;
    let share_pct = ctx.shares[index];
    let mut share = Line::from_input(share_input);
    if ctx.edits.share.iter().any(Option::is_some) && ctx.scenario.uses_edits() {
        share = edited(share_pct, share_input.sources);
    }
    // The FBV places of the base: the national FBV places in the region's share.
    let fbv_base = Line::new(
        ctx.fbv_national.span.scale(share_pct / 100.0),
        Kind::Estimate,
        Method::FbvShare {
            national: ctx.fbv_national.span,
            share_pct,
        },
    )
    .rest_on(&[&ctx.fbv_national, &share]);

    let contracted = match &seed.places_before {
        PlacesBefore::Reported(input) => Line::from_input(input),
        PlacesBefore::FromActivity => {
            let days = days_in(seed.inpatient_days, data, reference).unwrap_or(0);
            let own_fbv = fbv_days(data, share_pct).min(f64::from(days));
            let occupied = Span::exact((f64::from(days) - own_fbv) / days_in_year(reference));
            let mut line = Line::new(
                occupied.over(ctx.occupancy.span),
                Kind::Estimate,
                Method::ActivityOverOccupancy {
                    days,
                    // Whole days: the seeded days are whole and the share is a percentage.
                    fbv_days: own_fbv.round() as u32,
                    year_days: days_in_year(reference) as u16,
                    occupancy: ctx.occupancy.span,
                },
            )
            .rest_on(&[&ctx.occupancy, &share]);
            line.cite(data.fbv.inpatient_days_2021.sources);
            line
        }
    };

    let fbv_status = data.fbv.status;
    let (fbv_share, fbv_reference) = in_force_shares(
        Some(data.fbv.ended),
        data.fbv.transition_months,
        year,
        reference,
    );
    let fbv_delta = (fbv_share - fbv_reference).max(0.0);
    let fbv_state = current_state(fbv_status);
    let fbv = if fbv_delta > 0.0 && ctx.scenario != Scenario::Framskrivning {
        let (wl, wm, wh) = state_weights(fbv_state);
        let b = fbv_base.span;
        let mut line = Line::new(
            Span::new(
                b.low * wl * fbv_delta,
                b.mid * wm * fbv_delta,
                b.high * wh * fbv_delta,
            ),
            Kind::Estimate,
            Method::InForce {
                share: fbv_share,
                reference_share: fbv_reference,
                state: fbv_state,
            },
        )
        .rest_on(&[&fbv_base]);
        line.cite(status_sources(fbv_status));
        line
    } else if fbv_delta > 0.0 {
        zero(Method::ProjectionOnly, data.national.projection_pct.sources)
    } else {
        zero(
            Method::NotInEffect { year },
            ctx.fbv_national.sources.union(status_sources(fbv_status)),
        )
    };

    let cut_lines: Vec<CutLine> = seed
        .cuts
        .iter()
        .map(|cut| {
            let history = cut
                .effective
                .is_none_or(|e| share_in_force(e, cut.ramp_months, reference) >= 1.0);
            CutLine {
                region,
                cut,
                places: cut
                    .places
                    .as_ref()
                    .map(|p| cut_in_year(cut, p, year, reference)),
                history,
            }
        })
        .collect();
    let cut_sources = cut_sources(seed.cuts);
    let seeded_cuts = cuts_line(ctx, index, &cut_lines, seed.cuts);
    let cuts = match ctx.scenario {
        Scenario::Stans => zero(Method::StopNoCuts, data.sources_named(&[OPEN_LETTER])),
        Scenario::Framskrivning if year > reference => {
            let pct = data.national.projection_pct.value;
            let base = contracted.span + fbv_base.span;
            let mut line = Line::new(
                base.scale(-pct / 100.0),
                Kind::Assumption,
                Method::ProjectionOnly,
            )
            .rest_on(&[&contracted, &fbv_base]);
            line.cite(data.national.projection_pct.sources);
            line
        }
        Scenario::Framskrivning => zero(Method::NotInEffect { year }, cut_sources),
        _ => seeded_cuts,
    };

    let compensation_lines: Vec<CompensationLine> = seed
        .compensation
        .iter()
        .map(|c| CompensationLine {
            region,
            compensation: c,
            places: compensation_in_year(c, year, reference),
        })
        .collect();
    let bought = compensation_line(ctx, index, &compensation_lines, &seeded_cuts);
    let fbv_counts = fbv_delta > 0.0;
    let compensation = match ctx.scenario {
        Scenario::Stans if fbv_counts => {
            // The additional tender tops the compensation up to the FBV loss, bound by bound.
            let (c, f) = (bought.span, fbv.span);
            let mut line = Line::new(
                Span::new(c.low.max(f.low), c.mid.max(f.mid), c.high.max(f.high)),
                Kind::Estimate,
                Method::StopTender,
            )
            .rest_on(&[&bought, &fbv]);
            line.cite(data.sources_named(&[OPEN_LETTER]));
            line
        }
        Scenario::Framskrivning => {
            zero(Method::ProjectionOnly, data.national.projection_pct.sources)
        }
        _ => bought,
    };
    let replaces_fbv = ctx.scenario == Scenario::Stans && fbv_counts;

    let (population, pop_year) = population_in(seed.population, data, reference);
    let (population_after, after_pop_year) = population_in(seed.population, data, year);
    let steps = Steps {
        contracted: &contracted,
        fbv_base: &fbv_base,
        fbv: &fbv,
        cuts: &cuts,
        compensation: &compensation,
    };
    let derived = derive(
        ctx,
        &steps,
        (population, pop_year, population_after, after_pop_year),
        replaces_fbv,
    );
    let before = derived.before;
    // The cross-check of the cost per place: the yearly frame of the contracted places over
    // the contracted places the tender started from.
    let frame_per_place = seed.contract_frame_mnok.as_ref().and_then(|frame| {
        let places = seed
            .cuts
            .iter()
            .find(|c| c.shortens_stays)
            .and_then(|c| c.before_after)
            .map(|(b, _)| b)?;
        let mut line = Line::new(
            Span::exact(frame.value / f64::from(places.max(1))),
            Kind::Derived,
            Method::FramePerPlace {
                frame: frame.value,
                places,
            },
        );
        line.cite(frame.sources);
        Some(line)
    });
    let people = match ctx.scenario {
        // The stay changes with the tender; scenarios without it keep the stay as it was.
        Scenario::Stans | Scenario::Framskrivning => None,
        _ => patients(
            ctx,
            seed.cuts,
            &cut_lines,
            Some(&seeded_cuts)
                .filter(|_| ctx.edits.cut[index].is_some() && ctx.scenario.uses_edits()),
        ),
    };
    let observed = observed(seed.inpatient_days, seed.inpatients, data);
    let (observed_change, observed_change_pct) = observed_change(data, &observed, year);
    let below = below_occupied(
        data,
        &observed,
        year,
        before.span.mid,
        derived.after.span.mid,
    );
    let inpatients_before = measured_patients(data, &observed, reference);
    let mut projection = derived.projection;
    projection.method = Method::Projection {
        pct: data.national.projection_pct.value,
        measured: observed_change_pct.map(|l| l.span.mid),
        year,
    };
    let inpatients_after = measured_patients(data, &observed, year);
    RegionResult {
        frame_per_place,
        contract_frame: seed.contract_frame_mnok.as_ref().map(Line::from_input),
        inpatients_before,
        inpatients_after,
        region,
        before,
        before_contracted: contracted,
        before_fbv: fbv_base,
        fbv,
        cuts,
        compensation,
        after: derived.after,
        change: derived.change,
        change_pct: derived.change_pct,
        lost: derived.lost,
        per_100k_before: derived.per_100k_before,
        per_100k_after: derived.per_100k_after,
        projection,
        patients_before: people.map(|p| p.0),
        patients_after: people.map(|p| p.1),
        cost_lost: derived.cost_lost,
        cost_restore: derived.cost_restore,
        population,
        population_after,
        private_share_pct: seed.private_share_pct.as_ref().map(Line::from_input),
        cut_lines,
        compensation_lines,
        observed,
        observed_change,
        observed_change_pct,
        below_occupied: below,
    }
}

fn national_result(ctx: &Context, regions: &[RegionResult]) -> RegionResult {
    let data = ctx.data;
    let sum = |pick: fn(&RegionResult) -> &Line| {
        sum_lines(regions.iter().map(pick), Method::SumOfRegions)
    };
    let before = sum(|r| &r.before);
    let contracted = sum(|r| &r.before_contracted);
    let fbv_base = sum(|r| &r.before_fbv);
    // Norway's FBV loss is the national estimate the regions were split from: say how it
    // was found, not only that it is a sum.
    let mut fbv = sum(|r| &r.fbv);
    if let Some(first) = regions
        .iter()
        .find(|r| r.fbv.span.mid != 0.0)
        .or(regions.first())
    {
        fbv.method = first.fbv.method;
    }
    let cuts = sum(|r| &r.cuts);
    let compensation = sum(|r| &r.compensation);
    let population = regions.iter().map(|r| r.population).sum();
    let population_after = regions.iter().map(|r| r.population_after).sum();
    let (_, pop_year) = population_in(data.regions[0].population, data, data.reference_year);
    let (_, after_pop_year) = population_in(data.regions[0].population, data, ctx.year);
    let steps = Steps {
        contracted: &contracted,
        fbv_base: &fbv_base,
        fbv: &fbv,
        cuts: &cuts,
        compensation: &compensation,
    };
    let derived = derive(
        ctx,
        &steps,
        (population, pop_year, population_after, after_pop_year),
        false,
    );

    let mut observed: Vec<Observed> = Vec::new();
    for region in regions {
        for (i, o) in region.observed.iter().enumerate() {
            match observed.get_mut(i) {
                Some(total) => {
                    total.inpatient_days += o.inpatient_days;
                    total.places += o.places;
                }
                None => observed.push(*o),
            }
        }
    }
    // Patients are counted nationally once, from NPR's own national row.
    for (o, national) in observed.iter_mut().zip(data.national_inpatients) {
        o.patients = *national;
    }
    let (observed_change, observed_change_pct) = observed_change(data, &observed, ctx.year);
    let mut private_share_pct = Line::from_input(&data.national.private_share_pct);
    private_share_pct.method =
        Method::Seeded(data.national.private_share_pct.note.unwrap_or(Text::EMPTY));
    let sum_some = |pick: fn(&RegionResult) -> Option<&Line>| {
        let lines: Vec<&Line> = regions.iter().filter_map(pick).collect();
        (!lines.is_empty()).then(|| sum_lines(lines.into_iter(), Method::SumOfRegions))
    };
    let after = sum(|r| &r.after);
    let below = regions.iter().any(|r| r.below_occupied)
        || below_occupied(data, &observed, ctx.year, before.span.mid, after.span.mid);
    // Additive lines are summed directly, so Norway equals the sum of the regions exactly.
    RegionResult {
        frame_per_place: regions.iter().find_map(|r| r.frame_per_place),
        contract_frame: regions.iter().find_map(|r| r.contract_frame),
        inpatients_before: measured_patients(data, &observed, data.reference_year),
        inpatients_after: measured_patients(data, &observed, ctx.year),
        region: RegionId::Norge,
        before,
        before_contracted: contracted,
        before_fbv: fbv_base,
        fbv,
        cuts,
        compensation,
        after,
        change: sum(|r| &r.change),
        change_pct: derived.change_pct,
        lost: sum(|r| &r.lost),
        per_100k_before: derived.per_100k_before,
        per_100k_after: derived.per_100k_after,
        projection: {
            let mut line = sum(|r| &r.projection);
            line.method = Method::Projection {
                pct: data.national.projection_pct.value,
                measured: observed_change_pct.map(|l| l.span.mid),
                year: ctx.year,
            };
            line
        },
        patients_before: sum_some(|r| r.patients_before.as_ref()),
        patients_after: sum_some(|r| r.patients_after.as_ref()),
        cost_lost: sum(|r| &r.cost_lost),
        cost_restore: sum(|r| &r.cost_restore),
        population,
        population_after,
        private_share_pct: Some(private_share_pct),
        cut_lines: regions.iter().flat_map(|r| r.cut_lines.clone()).collect(),
        compensation_lines: regions
            .iter()
            .flat_map(|r| r.compensation_lines.clone())
            .collect(),
        observed,
        observed_change,
        observed_change_pct,
        below_occupied: below,
    }
}

/// Source id of the open letter whose demand the "Stans nedbyggingen" scenario models.
pub const OPEN_LETTER: &str = "opprop-2024";

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

/// Computes the defaults ("Som vedtatt") for the after year.
pub fn compute(data: &Dataset) -> Results {
    compute_scenario(data, &Edits::default(), Scenario::Vedtatt, data.after_year)
}
