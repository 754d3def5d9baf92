//! One region's result, and Norway's as the sum of the regions.

use super::assumptions::Scenario;
use super::in_force::{
    current_state, days_in_year, in_force_shares, share_in_force, state_weights, status_sources,
};
use super::inputs::{
    compensation_in_year, cut_in_year, cut_sources, days_in, edited, fbv_region_places, observed,
    population_in, sum_lines,
};
use super::lines::{CompensationLine, CutLine, Line, Method, Observed, RegionResult, OPEN_LETTER};
use super::steps::{
    below_occupied, compensation_line, cuts_line, derive, measured_patients, observed_change,
    patients, projected_change, zero, Context, Steps,
};

/// The region the appeal asks an additional tender of: «snarest pålegge Helse Sør-Øst å utlyse
/// et tilleggsanbud» (opprop-2024). Its size is the widget's reading: the region's FBV loss.
const STOP_TENDER_REGION: RegionId = RegionId::HelseSorOst;
use crate::model::dataset::{Kind, PlacesBefore, Text};
use crate::model::region::RegionId;
use crate::model::span::Span;

pub(super) fn region_result(ctx: &Context, region: RegionId) -> RegionResult {
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
            let year_days = days_in_year(reference);
            let own_fbv = (fbv_region_places(data, share_pct) * year_days).min(f64::from(days));
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
            line.cite(data.fbv.inpatient_days_2022_jan_aug.sources);
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
                Span::ZERO - projected_change(base, pct),
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
        // The appeal asks for an additional tender in Helse Sør-Øst only.
        Scenario::Stans if fbv_counts && region == STOP_TENDER_REGION => {
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
    let replaces_fbv =
        ctx.scenario == Scenario::Stans && fbv_counts && region == STOP_TENDER_REGION;

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

pub(super) fn national_result(ctx: &Context, regions: &[RegionResult]) -> RegionResult {
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
