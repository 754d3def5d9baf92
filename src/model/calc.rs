//! The calculation of DESIGN.md §2: places before, FBV loss, cuts, compensation and places
//! after per region, with ranges, and Norway as the sum of the regions.
//!
//! Pure: everything arrives in the [`Dataset`]; nothing reads a clock, storage or the DOM.

use super::assumptions::{Edits, Param, Scenario};
use super::dataset::{
    Compensation, Cut, Dataset, Input, Kind, PlacesBefore, SourceSet, Text, YearMonth,
};
use super::region::RegionId;
use super::span::Span;

/// Days in a year, for turning inpatient days into occupied places.
const DAYS_PER_YEAR: f64 = 365.0;

/// Source id of the patient register extract (inpatient days).
pub const NPR: &str = "fhi-npr-520";
/// Source id of the population table.
pub const POPULATION: &str = "ssb-07459";

/// How a computed figure was obtained; the text module renders it in the reader's language.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Method {
    /// The seed's own one-line method or note (bokmål).
    Seeded(Text),
    /// NPR inpatient days ÷ 365 ÷ occupancy.
    ActivityOverOccupancy {
        /// Inpatient days in the reference year.
        days: u32,
        /// Occupancy used (low, central, high).
        occupancy: Span,
    },
    /// National FBV loss (FBV days 2021 ÷ 365, range from the sources).
    FbvNational {
        /// FBV inpatient days 2021.
        days: u32,
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
        /// Population 1 January of the reference year.
        population: u32,
    },
    /// The projection model's national rate applied to the places before.
    Projection {
        /// The rate, per cent.
        pct: f64,
    },
    /// NPR inpatient days ÷ 365.
    Occupied,
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
    /// Places × occupancy × 12 ÷ average stay in months.
    Patients,
    /// Places × cost per place-year.
    Cost,
    /// (Lost − compensation) × cost per place-year.
    CostRestore,
    /// Occupancy: national NPR days ÷ 365 ÷ reported national places, with a low and a high
    /// reference.
    Occupancy {
        /// Reported national places.
        national_places: f64,
        /// Year of the low reference.
        low_year: u16,
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
    /// Places removed; `None` when unknown.
    pub places: Option<Line>,
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
    /// Occupied-place equivalents: inpatient days ÷ 365.
    pub places: f64,
}

/// Everything shown for one region.
#[derive(Clone, Debug, PartialEq)]
pub struct RegionResult {
    /// Which region.
    pub region: RegionId,
    /// P0: inpatient places in the reference year.
    pub before: Line,
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
    /// Patients a year in long-term places before (places × occupancy × 12 ÷ stay before).
    pub patients_before: Line,
    /// The same after, with the stay after.
    pub patients_after: Line,
    /// What the places lost (FBV + cuts) cost a year, million kroner.
    pub cost_lost: Line,
    /// What restoring the places not compensated would cost a year, million kroner.
    pub cost_restore: Line,
    /// Population 1 January of the reference year.
    pub population: u32,
    /// Private providers' share of inpatient capacity, when reported for this region.
    pub private_share_pct: Option<Line>,
    /// The cuts one by one.
    pub cut_lines: Vec<CutLine>,
    /// The compensating purchases one by one.
    pub compensation_lines: Vec<CompensationLine>,
    /// Observed activity per year.
    pub observed: Vec<Observed>,
    /// Observed change in occupied places from the reference year to the after year.
    pub observed_change: Option<Line>,
    /// The same, per cent of the reference year.
    pub observed_change_pct: Option<Line>,
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

/// Occupancy: low from the oldest national count, central from the national count of places,
/// high from the regions whose places are reported.
fn occupancy(data: &Dataset) -> Line {
    let year = data.reference_year;
    let national_days: u32 = data
        .regions
        .iter()
        .filter_map(|r| days_in(r.inpatient_days, data, year))
        .sum();
    let central = f64::from(national_days) / DAYS_PER_YEAR / data.national.places.value;
    let low_point = &data.occupancy_low;
    let low = f64::from(low_point.inpatient_days) / DAYS_PER_YEAR / f64::from(low_point.places);
    let method = Method::Occupancy {
        national_places: data.national.places.value,
        low_year: low_point.year,
    };
    let mut line = Line::new(Span::exact(central), Kind::Derived, method);
    let mut high = central;
    for region in &data.regions {
        if let (PlacesBefore::Reported(places), Some(days)) = (
            &region.places_before,
            days_in(region.inpatient_days, data, year),
        ) {
            high = high.max(f64::from(days) / DAYS_PER_YEAR / places.value);
            line.cite(places.sources);
        }
    }
    line.span = Span::new(low, central, high.min(1.0));
    line.cite(data.sources_named(&[NPR]));
    line.cite(data.national.places.sources);
    line.cite(low_point.sources);
    line
}

fn fbv_national(data: &Dataset) -> Line {
    let fbv = &data.fbv;
    let days = fbv.inpatient_days_2021.value;
    let central = days / DAYS_PER_YEAR;
    let mut line = Line::new(
        Span::new(fbv.low.value, central, fbv.high.value),
        Kind::Estimate,
        Method::FbvNational {
            // Seeds are validated as whole, non-negative day counts.
            days: days as u32,
        },
    );
    line.cite(fbv.inpatient_days_2021.sources);
    line.cite(fbv.low.sources);
    line.cite(fbv.high.sources);
    line
}

/// Everything a region's cuts cite: each cut and its figure.
fn cut_sources(cuts: &[Cut]) -> SourceSet {
    cuts.iter().fold(SourceSet::default(), |s, c| {
        let own = s.union(c.sources);
        c.places.as_ref().map_or(own, |p| own.union(p.sources))
    })
}

/// Everything a region's compensating purchases cite.
fn compensation_sources(purchases: &[Compensation]) -> SourceSet {
    purchases
        .iter()
        .fold(SourceSet::default(), |s, c| s.union(c.places.sources))
}

fn in_effect(effective: Option<YearMonth>, year: u16) -> bool {
    effective.is_none_or(|e| e.year <= year)
}

/// A seeded compensation as counted in `year`: in the central value while its sources say it
/// runs; an end date only one side states leaves the places possible, counted in the high bound.
fn compensation_in_year(c: &Compensation, year: u16) -> Line {
    let started = c.from.year <= year;
    let per_source = started && c.ends_after.is_none_or(|end| year <= end);
    let possible = started && (per_source || !c.end_confirmed);
    let bought = c.places.value;
    let mid = if per_source { bought } else { 0.0 };
    let high = if possible { bought } else { mid };
    let kind = if high > mid {
        Kind::Estimate
    } else {
        c.places.kind
    };
    let mut line = Line::new(
        Span::new(mid, mid, high),
        kind,
        Method::CompensationInYear { year },
    );
    line.cite(c.places.sources);
    line
}

fn sum_lines<'a>(lines: impl Iterator<Item = &'a Line>, method: Method) -> Line {
    let lines: Vec<&Line> = lines.collect();
    let span = lines.iter().map(|l| l.span).sum();
    Line::new(span, Kind::Reported, method).rest_on(&lines)
}

fn observed(days: &[u32], data: &Dataset) -> Vec<Observed> {
    (data.npr_first_year..)
        .zip(days.iter().copied())
        .map(|(year, inpatient_days)| Observed {
            year,
            inpatient_days,
            places: f64::from(inpatient_days) / DAYS_PER_YEAR,
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
    after: Line,
    change: Line,
    change_pct: Line,
    lost: Line,
    per_100k_before: Line,
    per_100k_after: Line,
    projection: Line,
    patients_before: Line,
    patients_after: Line,
    cost_lost: Line,
    cost_restore: Line,
}

/// `replaces_fbv`: the compensation was sized to the FBV loss itself, so the two move together
/// and their difference is taken bound by bound rather than widened.
fn derive(ctx: &Context, parts: [&Line; 4], population: u32, replaces_fbv: bool) -> Derived {
    let [before, fbv, cuts, compensation] = parts;
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
        flow.low.max(-before.span.high),
        flow.mid.max(-before.span.mid),
        flow.high.max(-before.span.low),
    );
    let after = Line::new(
        (before.span + change_span).at_least(0.0),
        Kind::Derived,
        Method::Steps,
    )
    .rest_on(&parts);
    let change = Line::new(change_span, Kind::Derived, Method::Change).rest_on(&parts);
    let change_pct = Line::new(
        change_span.ratio(before.span).scale(100.0),
        Kind::Derived,
        Method::Change,
    )
    .rest_on(&parts);
    let lost = Line::new(fbv.span + cuts.span, Kind::Derived, Method::Steps).rest_on(&[fbv, cuts]);
    let per_capita = |line: &Line| {
        let mut l = Line::new(
            line.span.scale(100_000.0 / f64::from(population.max(1))),
            Kind::Derived,
            Method::PerCapita { population },
        )
        .rest_on(&[line]);
        l.cite(ctx.data.sources_named(&[POPULATION]));
        l
    };
    let per_100k_before = per_capita(before);
    let per_100k_after = per_capita(&after);
    let pct = ctx.data.national.projection_pct.value;
    let mut projection = Line::new(
        before.span.scale(pct / 100.0),
        Kind::Derived,
        Method::Projection { pct },
    )
    .rest_on(&[before]);
    projection.cite(ctx.data.national.projection_pct.sources);
    let patients = |places: &Line, stay: &Line| {
        Line::new(
            places
                .span
                .times(ctx.occupancy.span)
                .scale(12.0)
                .over(stay.span),
            Kind::Derived,
            Method::Patients,
        )
        .rest_on(&[places, &ctx.occupancy, stay])
    };
    let patients_before = patients(before, &ctx.stay_before);
    let patients_after = patients(&after, &ctx.stay_after);
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
        after,
        change,
        change_pct,
        lost,
        per_100k_before,
        per_100k_after,
        projection,
        patients_before,
        patients_after,
        cost_lost,
        cost_restore,
    }
}

fn observed_change(data: &Dataset, observed: &[Observed]) -> (Option<Line>, Option<Line>) {
    let at = |year| observed.iter().find(|o| o.year == year).map(|o| o.places);
    match (at(data.reference_year), at(data.after_year)) {
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

/// A step that is zero in this scenario or year, citing what it would otherwise rest on.
fn zero(method: Method, sources: SourceSet) -> Line {
    let mut line = Line::new(Span::ZERO, Kind::Derived, method);
    line.cite(sources);
    line
}

/// The region's known and unknown cuts in effect in the year, with the reader's edits.
fn cuts_line(ctx: &Context, index: usize, cut_lines: &[CutLine], all_cuts: &[Cut]) -> Line {
    let mut cuts = match ctx.edits.cut[index].filter(|_| ctx.scenario.uses_edits()) {
        Some(total) => {
            // Spread the reader's total over the years as the sourced cuts took effect.
            let known = |c: &&Cut| c.places.as_ref().map_or(0.0, |p| p.value);
            let all: f64 = all_cuts.iter().map(|c| known(&c)).sum();
            let now: f64 = cut_lines.iter().map(|c| known(&c.cut)).sum();
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
    for unknown in cut_lines.iter().filter(|c| c.places.is_none()) {
        cuts.cite(unknown.cut.sources);
        match assumed {
            Some(_) => cuts.kind = cuts.kind.max(Kind::Assumption),
            None => cuts.partly_unknown = true,
        }
    }
    if let Some(places) = assumed.filter(|_| cut_lines.iter().any(|c| c.places.is_none())) {
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
        .map(|c| c.from.year)
        .min()
        .unwrap_or(ctx.data.fbv.ended.year);
    // Without an end year, a seeded end is used; with none, the places run to the last year.
    let last = end.unwrap_or_else(|| {
        seeds
            .iter()
            .filter_map(|c| c.ends_after)
            .max()
            .map_or(f64::from(ctx.data.assumptions.last_year), f64::from)
    });
    let counted = from <= ctx.year && f64::from(ctx.year) <= last;
    let mut line = edited(
        if counted { bought } else { 0.0 },
        sources.union(cuts.sources),
    );
    line.method = Method::CompensationInYear { year: ctx.year };
    line
}

fn region_result(ctx: &Context, region: RegionId) -> RegionResult {
    let data = ctx.data;
    let index = region.part_index().unwrap_or(0).min(3);
    let seed = &data.regions[index];
    let year = ctx.year;

    let before = match &seed.places_before {
        PlacesBefore::Reported(input) => Line::from_input(input),
        PlacesBefore::FromActivity => {
            let days = days_in(seed.inpatient_days, data, data.reference_year).unwrap_or(0);
            let occupied = Span::exact(f64::from(days) / DAYS_PER_YEAR);
            Line::new(
                occupied.over(ctx.occupancy.span),
                Kind::Estimate,
                Method::ActivityOverOccupancy {
                    days,
                    occupancy: ctx.occupancy.span,
                },
            )
            .rest_on(&[&ctx.occupancy])
        }
    };

    let share_input = &seed.fbv_share_pct;
    let share_pct = ctx.shares[index];
    let mut share = Line::from_input(share_input);
    if ctx.edits.share.iter().any(Option::is_some) && ctx.scenario.uses_edits() {
        share = edited(share_pct, share_input.sources);
    }
    let fbv_counts = year >= data.fbv.ended.year;
    let fbv = if fbv_counts && ctx.scenario != Scenario::Framskrivning {
        Line::new(
            ctx.fbv_national.span.scale(share_pct / 100.0),
            Kind::Estimate,
            Method::FbvShare {
                national: ctx.fbv_national.span,
                share_pct,
            },
        )
        .rest_on(&[&ctx.fbv_national, &share])
    } else if fbv_counts {
        zero(Method::ProjectionOnly, data.national.projection_pct.sources)
    } else {
        zero(Method::NotInEffect { year }, ctx.fbv_national.sources)
    };

    let cut_lines: Vec<CutLine> = seed
        .cuts
        .iter()
        .filter(|c| in_effect(c.effective, year))
        .map(|cut| CutLine {
            region,
            cut,
            places: cut.places.as_ref().map(Line::from_input),
        })
        .collect();
    let cut_sources = cut_sources(seed.cuts);
    let seeded_cuts = cuts_line(ctx, index, &cut_lines, seed.cuts);
    let cuts = match ctx.scenario {
        Scenario::Stans => zero(Method::StopNoCuts, data.sources_named(&[OPEN_LETTER])),
        Scenario::Framskrivning if year > data.reference_year => {
            let pct = data.national.projection_pct.value;
            let mut line = Line::new(
                before.span.scale(-pct / 100.0),
                Kind::Derived,
                Method::ProjectionOnly,
            )
            .rest_on(&[&before]);
            line.cite(data.national.projection_pct.sources);
            line
        }
        Scenario::Framskrivning => zero(Method::NotInEffect { year }, cut_sources),
        _ if cut_lines.is_empty() => zero(Method::NotInEffect { year }, cut_sources),
        _ => seeded_cuts,
    };

    let compensation_lines: Vec<CompensationLine> = seed
        .compensation
        .iter()
        .map(|c| CompensationLine {
            region,
            compensation: c,
            places: compensation_in_year(c, year),
        })
        .collect();
    let bought = compensation_line(ctx, index, &compensation_lines, &seeded_cuts);
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

    let derived = derive(
        ctx,
        [&before, &fbv, &cuts, &compensation],
        seed.population,
        replaces_fbv,
    );
    let observed = observed(seed.inpatient_days, data);
    let (observed_change, observed_change_pct) = observed_change(data, &observed);
    RegionResult {
        region,
        before,
        fbv,
        cuts,
        compensation,
        after: derived.after,
        change: derived.change,
        change_pct: derived.change_pct,
        lost: derived.lost,
        per_100k_before: derived.per_100k_before,
        per_100k_after: derived.per_100k_after,
        projection: derived.projection,
        patients_before: derived.patients_before,
        patients_after: derived.patients_after,
        cost_lost: derived.cost_lost,
        cost_restore: derived.cost_restore,
        population: seed.population,
        private_share_pct: seed.private_share_pct.as_ref().map(Line::from_input),
        cut_lines,
        compensation_lines,
        observed,
        observed_change,
        observed_change_pct,
    }
}

fn national_result(ctx: &Context, regions: &[RegionResult]) -> RegionResult {
    let data = ctx.data;
    let sum = |pick: fn(&RegionResult) -> &Line| {
        sum_lines(regions.iter().map(pick), Method::SumOfRegions)
    };
    let before = sum(|r| &r.before);
    // Norway's FBV loss is the national estimate the regions were split from: say how it
    // was found, not only that it is a sum.
    let mut fbv = sum(|r| &r.fbv);
    if regions.iter().any(|r| r.fbv.span.mid != 0.0) {
        fbv.method = match ctx.fbv_national.method {
            Method::Edited => Method::Edited,
            // Seeds are validated as whole, non-negative day counts.
            _ => Method::FbvNational {
                days: data.fbv.inpatient_days_2021.value as u32,
            },
        };
    } else if let Some(first) = regions.first() {
        fbv.method = first.fbv.method;
    }
    let cuts = sum(|r| &r.cuts);
    let compensation = sum(|r| &r.compensation);
    let population = regions.iter().map(|r| r.population).sum();
    let derived = derive(
        ctx,
        [&before, &fbv, &cuts, &compensation],
        population,
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
    let (observed_change, observed_change_pct) = observed_change(data, &observed);
    let mut private_share_pct = Line::from_input(&data.national.private_share_pct);
    private_share_pct.method =
        Method::Seeded(data.national.private_share_pct.note.unwrap_or(Text::EMPTY));
    // Additive lines are summed directly, so Norway equals the sum of the regions exactly.
    RegionResult {
        region: RegionId::Norge,
        before,
        fbv,
        cuts,
        compensation,
        after: sum(|r| &r.after),
        change: sum(|r| &r.change),
        change_pct: derived.change_pct,
        lost: sum(|r| &r.lost),
        per_100k_before: derived.per_100k_before,
        per_100k_after: derived.per_100k_after,
        projection: sum(|r| &r.projection),
        patients_before: sum(|r| &r.patients_before),
        patients_after: sum(|r| &r.patients_after),
        cost_lost: sum(|r| &r.cost_lost),
        cost_restore: sum(|r| &r.cost_restore),
        population,
        private_share_pct: Some(private_share_pct),
        cut_lines: regions.iter().flat_map(|r| r.cut_lines.clone()).collect(),
        compensation_lines: regions
            .iter()
            .flat_map(|r| r.compensation_lines.clone())
            .collect(),
        observed,
        observed_change,
        observed_change_pct,
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
