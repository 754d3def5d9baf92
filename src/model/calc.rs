//! The calculation of DESIGN.md §2: places before, FBV loss, cuts, compensation and places
//! after per region, with ranges, and Norway as the sum of the regions.
//!
//! Pure: everything arrives in the [`Dataset`]; nothing reads a clock, storage or the DOM.

use super::dataset::{Compensation, Cut, Dataset, Input, Kind, PlacesBefore, SourceSet, YearMonth};
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
    Seeded(&'static str),
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

    fn from_input(input: &Input) -> Line {
        let span = Span::new(
            input.low.unwrap_or(input.value),
            input.value,
            input.high.unwrap_or(input.value),
        );
        let method = Method::Seeded(input.method.or(input.note).unwrap_or(""));
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

/// Results for every region and for Norway.
#[derive(Clone, Debug, PartialEq)]
pub struct Results {
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

fn in_effect(effective: Option<YearMonth>, year: u16) -> bool {
    effective.is_none_or(|e| e.year <= year)
}

fn compensation_in_year(c: &Compensation, year: u16) -> Line {
    let started = c.from.year <= year;
    let per_source = started && c.ends_after.is_none_or(|end| year <= end);
    // An end date only one side states leaves the places possible: count them in the high bound.
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

/// Lines that follow from before/after, shared by the regions and Norway.
struct Derived {
    after: Line,
    change: Line,
    change_pct: Line,
    lost: Line,
    per_100k_before: Line,
    per_100k_after: Line,
    projection: Line,
}

fn derive(data: &Dataset, parts: [&Line; 4], population: u32) -> Derived {
    let [before, fbv, cuts, compensation] = parts;
    let flow = compensation.span - fbv.span - cuts.span;
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
        l.cite(data.sources_named(&[POPULATION]));
        l
    };
    let per_100k_before = per_capita(before);
    let per_100k_after = per_capita(&after);
    let pct = data.national.projection_pct.value;
    let mut projection = Line::new(
        before.span.scale(pct / 100.0),
        Kind::Derived,
        Method::Projection { pct },
    )
    .rest_on(&[before]);
    projection.cite(data.national.projection_pct.sources);
    Derived {
        after,
        change,
        change_pct,
        lost,
        per_100k_before,
        per_100k_after,
        projection,
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

fn region_result(
    data: &Dataset,
    region: RegionId,
    occupancy: &Line,
    fbv_national: &Line,
) -> RegionResult {
    let index = region.part_index().unwrap_or(0);
    let seed = &data.regions[index.min(3)];
    let year = data.after_year;

    let before = match &seed.places_before {
        PlacesBefore::Reported(input) => Line::from_input(input),
        PlacesBefore::FromActivity => {
            let days = days_in(seed.inpatient_days, data, data.reference_year).unwrap_or(0);
            let occupied = Span::exact(f64::from(days) / DAYS_PER_YEAR);
            Line::new(
                occupied.over(occupancy.span),
                Kind::Estimate,
                Method::ActivityOverOccupancy {
                    days,
                    occupancy: occupancy.span,
                },
            )
            .rest_on(&[occupancy])
        }
    };

    let share = Line::from_input(&seed.fbv_share_pct);
    let fbv = Line::new(
        fbv_national.span.scale(share.span.mid / 100.0),
        Kind::Estimate,
        Method::FbvShare {
            national: fbv_national.span,
            share_pct: share.span.mid,
        },
    )
    .rest_on(&[fbv_national, &share]);

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
    let mut cuts = sum_lines(
        cut_lines.iter().filter_map(|c| c.places.as_ref()),
        Method::KnownCuts,
    );
    for unknown in cut_lines.iter().filter(|c| c.places.is_none()) {
        cuts.partly_unknown = true;
        cuts.cite(unknown.cut.sources);
    }

    let compensation_lines: Vec<CompensationLine> = seed
        .compensation
        .iter()
        .map(|c| CompensationLine {
            region,
            compensation: c,
            places: compensation_in_year(c, year),
        })
        .collect();
    let compensation = if compensation_lines.is_empty() {
        // The sources that describe the region's cuts are where a compensating purchase would
        // be named: they are what "none found" rests on.
        let mut none = Line::new(Span::ZERO, Kind::Estimate, Method::NoneFound);
        none.cite(cuts.sources);
        none
    } else {
        sum_lines(
            compensation_lines.iter().map(|c| &c.places),
            Method::CompensationInYear { year },
        )
    };

    let derived = derive(data, [&before, &fbv, &cuts, &compensation], seed.population);
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
        population: seed.population,
        private_share_pct: seed.private_share_pct.as_ref().map(Line::from_input),
        cut_lines,
        compensation_lines,
        observed,
        observed_change,
        observed_change_pct,
    }
}

fn national_result(data: &Dataset, regions: &[RegionResult]) -> RegionResult {
    let sum = |pick: fn(&RegionResult) -> &Line| {
        sum_lines(regions.iter().map(pick), Method::SumOfRegions)
    };
    let before = sum(|r| &r.before);
    // Norway's FBV loss is the national estimate the regions were split from: say how it
    // was found, not only that it is a sum.
    let mut fbv = sum(|r| &r.fbv);
    // Seeds are validated as whole, non-negative day counts.
    fbv.method = Method::FbvNational {
        days: data.fbv.inpatient_days_2021.value as u32,
    };
    let cuts = sum(|r| &r.cuts);
    let compensation = sum(|r| &r.compensation);
    let population = regions.iter().map(|r| r.population).sum();
    let derived = derive(data, [&before, &fbv, &cuts, &compensation], population);
    // Sum the additive lines directly, so Norway equals the sum of the regions exactly.
    let after = sum(|r| &r.after);
    let change = sum(|r| &r.change);
    let lost = sum(|r| &r.lost);
    let projection = sum(|r| &r.projection);

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
    private_share_pct.method = Method::Seeded(data.national.private_share_pct.note.unwrap_or(""));
    RegionResult {
        region: RegionId::Norge,
        before,
        fbv,
        cuts,
        compensation,
        after,
        change,
        change_pct: derived.change_pct,
        lost,
        per_100k_before: derived.per_100k_before,
        per_100k_after: derived.per_100k_after,
        projection,
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

/// Computes every region and Norway from the dataset.
pub fn compute(data: &Dataset) -> Results {
    let occupancy = occupancy(data);
    let fbv_national = fbv_national(data);
    let regions: Vec<RegionResult> = RegionId::PARTS
        .into_iter()
        .map(|r| region_result(data, r, &occupancy, &fbv_national))
        .collect();
    let norge = national_result(data, &regions);
    Results {
        norge,
        regions,
        occupancy,
        fbv_national,
    }
}
