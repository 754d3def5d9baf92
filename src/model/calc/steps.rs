//! The steps of one region's calculation: the context shared by all regions, and the lines
//! for cuts, compensation and patients a year.

use super::assumptions::{Edits, Scenario};
use super::in_force::{current_state, in_force_shares, state_weights, status_sources};
use super::inputs::{compensation_sources, cut_sources, edited, sum_lines};
use super::lines::{
    CompensationLine, CutLine, Line, Method, Observed, NPR, POPULATION, POPULATION_LATER,
};
use crate::model::dataset::{Cut, Dataset, Kind, SourceSet};
use crate::model::span::Span;

/// Everything one computation shares across the regions.
pub(super) struct Context<'a> {
    pub(super) data: &'a Dataset,
    pub(super) edits: &'a Edits,
    pub(super) scenario: Scenario,
    pub(super) year: u16,
    pub(super) occupancy: Line,
    pub(super) fbv_national: Line,
    pub(super) stay_before: Line,
    pub(super) stay_after: Line,
    pub(super) cost: Line,
    /// The regions' FBV shares after the reader's edits, per cent, summing to 100.
    pub(super) shares: [f64; 4],
}

/// Lines that follow from the four steps, shared by the regions and Norway.
pub(super) struct Derived {
    pub(super) before: Line,
    pub(super) after: Line,
    pub(super) change: Line,
    pub(super) change_pct: Line,
    pub(super) lost: Line,
    pub(super) per_100k_before: Line,
    pub(super) per_100k_after: Line,
    pub(super) projection: Line,
    pub(super) cost_lost: Line,
    pub(super) cost_restore: Line,
}

/// The places of one region or Norway: the base in its two parts and the four steps.
pub(super) struct Steps<'a> {
    pub(super) contracted: &'a Line,
    pub(super) fbv_base: &'a Line,
    pub(super) fbv: &'a Line,
    pub(super) cuts: &'a Line,
    pub(super) compensation: &'a Line,
}

/// `replaces_fbv`: the compensation was sized to the FBV loss itself, so the two move together
/// and their difference is taken bound by bound rather than widened. The FBV places left in the
/// base are the base's FBV part less the FBV step, bound by bound, since the step removes that
/// same part.
pub(super) fn derive(
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
        projected_change(before.span, pct),
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

/// The projection model's change of `pct` per cent applied to `base`, in a year after the
/// reference year. The source gives neither a base year nor a horizon, so in any such year the
/// change lies between none of it and all of it: the range runs from 0 to the whole change (on
/// the bound that makes it widest), and the central value is half of it, an assumption.
pub(super) fn projected_change(base: Span, pct: f64) -> Span {
    let full = base.scale(pct / 100.0);
    let ends = [0.0, full.low, full.high];
    Span::new(
        ends.iter().copied().fold(0.0, f64::min),
        full.mid / 2.0,
        ends.iter().copied().fold(0.0, f64::max),
    )
}

pub(super) fn observed_change(
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
pub(super) fn measured_patients(data: &Dataset, observed: &[Observed], year: u16) -> Option<Line> {
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
pub(super) fn below_occupied(
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
pub(super) fn zero(method: Method, sources: SourceSet) -> Line {
    let mut line = Line::new(Span::ZERO, Kind::Derived, method);
    line.cite(sources);
    line
}

/// The region's known and unknown cuts counted in the year, with the reader's edits.
pub(super) fn cuts_line(
    ctx: &Context,
    index: usize,
    cut_lines: &[CutLine],
    all_cuts: &[Cut],
) -> Line {
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
pub(super) fn compensation_line(
    ctx: &Context,
    index: usize,
    lines: &[CompensationLine],
    cuts: &Line,
) -> Line {
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
pub(super) fn patients(
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
