//! figures.toml: the national figures, the assumptions' defaults, the occupancy point, the
//! FBV closure and each region with its cuts and compensating purchases.

use dognplass_ids::{Kind, RegionId};
use toml::Spanned;

use crate::checker::{is_iso_date, region_index, unknown_region, Checker};
use crate::raw::Tables;
use crate::schema::{FigToml, FiguresToml, NprFileToml};
use crate::validated::{CompensationOut, CutOut, Figure, RegionOut, StatusOut};

/// What figures.toml gives outside its regions; `None` where a check failed (its error is
/// in the checker).
pub(crate) struct Checked {
    /// places, cut_named, private_share_pct, fbv_payments_mnok, projection_pct.
    pub(crate) national: [Option<Figure>; 5],
    /// stay_before_months, stay_after_months, cost_per_place_mnok.
    pub(crate) assumptions: [Option<Figure>; 3],
    /// When FBV ended.
    pub(crate) fbv_ended: Option<(u16, u8)>,
    /// The closure's dated statuses.
    pub(crate) fbv_status: Option<Vec<StatusOut>>,
    /// inpatient_days_2021, inpatient_days_2022_jan_aug, low, high.
    pub(crate) fbv: [Option<Figure>; 4],
    /// Each region's share of FBV patients, in `RegionId::PARTS` order.
    pub(crate) fbv_shares: [Option<Figure>; 4],
}

/// Checks everything in figures.toml but the regions (which need the raw files' tables).
pub(crate) fn check_all_but_regions(check: &mut Checker, figures: &FiguresToml) -> Checked {
    let n = figures.national.get_ref();
    let national = [
        check.figure(&n.places, "national.places", false),
        check.figure(&n.cut_named, "national.cut_named", false),
        check.figure(&n.private_share_pct, "national.private_share_pct", false),
        check.figure(&n.fbv_payments_mnok, "national.fbv_payments_mnok", false),
        check.figure(&n.projection_pct, "national.projection_pct", true),
    ];
    let assumptions = check_assumptions(check, figures);
    check_occupancy(check, figures);
    let (fbv_ended, fbv_status, fbv) = check_fbv(check, figures);
    let fbv_shares = check_fbv_shares(check, figures);
    Checked {
        national,
        assumptions,
        fbv_ended,
        fbv_status,
        fbv,
        fbv_shares,
    }
}

/// The assumptions' defaults (stays above 0 months), their sources and the years covered.
fn check_assumptions(check: &mut Checker, figures: &FiguresToml) -> [Option<Figure>; 3] {
    let doc = check.doc;
    let a = figures.assumptions.get_ref();
    let a_at = figures.assumptions.span().start;
    let assumptions = [
        check.figure(
            &a.stay_before_months,
            "assumptions.stay_before_months",
            false,
        ),
        check.figure(&a.stay_after_months, "assumptions.stay_after_months", false),
        check.figure(
            &a.cost_per_place_mnok,
            "assumptions.cost_per_place_mnok",
            false,
        ),
    ];
    check.cite(a_at, "assumptions.hso_stay_sources", &a.hso_stay_sources);
    for (fig, path) in [
        (&a.stay_before_months, "assumptions.stay_before_months"),
        (&a.stay_after_months, "assumptions.stay_after_months"),
    ] {
        let low = fig.get_ref().low.or(fig.get_ref().value);
        if low.is_some_and(|low| low <= 0.0) {
            check
                .errors
                .push(doc.err(fig.span().start, format!("{path} must be above 0 months")));
        }
    }
    if a.first_year != figures.reference_year
        || a.last_year < figures.after_year
        || a.last_year > a.first_year + 10
    {
        check.errors.push(doc.err(
            a_at,
            format!(
                "assumptions years {}–{} must start at the reference year {} and reach the after year {} (at most ten years)",
                a.first_year, a.last_year, figures.reference_year, figures.after_year
            ),
        ));
    }
    assumptions
}

/// The low occupancy point of 2004.
fn check_occupancy(check: &mut Checker, figures: &FiguresToml) {
    let doc = check.doc;
    let occ = &figures.occupancy.low_2004;
    check.kind(
        occ.span().start,
        "occupancy.low_2004",
        Some(&occ.get_ref().kind),
    );
    check.cite(
        occ.span().start,
        "occupancy.low_2004",
        &occ.get_ref().sources,
    );
    if occ.get_ref().places == 0 {
        check
            .errors
            .push(doc.err(occ.span().start, "occupancy.low_2004 needs places above 0"));
    }
}

/// When FBV ended, the closure's statuses, and inpatient_days_2021, inpatient_days_2022_jan_aug,
/// low and high.
type FbvChecked = (
    Option<(u16, u8)>,
    Option<Vec<StatusOut>>,
    [Option<Figure>; 4],
);

/// The FBV closure: when it ended, its statuses, its transition and its loss figures; and the
/// release date (checked here, between them, as it always was, so errors keep their order).
fn check_fbv(check: &mut Checker, figures: &FiguresToml) -> FbvChecked {
    let doc = check.doc;
    let fbv = figures.fbv.get_ref();
    let fbv_at = figures.fbv.span().start;
    let fbv_ended = check.year_month(fbv_at, "fbv.ended", &fbv.ended);
    let fbv_status = check.statuses(fbv_at, "fbv", &fbv.status);
    if fbv.transition_months > 60 {
        check.errors.push(doc.err(
            fbv_at,
            format!("fbv.transition_months {} is over 60", fbv.transition_months),
        ));
    }
    let release_date = figures.release_date.get_ref();
    if !is_iso_date(release_date) {
        check.errors.push(doc.err(
            figures.release_date.span().start,
            format!("invalid release_date \"{release_date}\" (expected YYYY-MM-DD)"),
        ));
    }
    let checked = figures.sources_checked.get_ref();
    if !is_iso_date(checked) {
        check.errors.push(doc.err(
            figures.sources_checked.span().start,
            format!("invalid sources_checked \"{checked}\" (expected YYYY-MM-DD)"),
        ));
    } else if is_iso_date(release_date) && checked > release_date {
        check.errors.push(doc.err(
            figures.sources_checked.span().start,
            format!("sources_checked {checked} is after the release date {release_date}"),
        ));
    }
    let fbv_figs = [
        check.figure(&fbv.inpatient_days_2021, "fbv.inpatient_days_2021", false),
        check.figure(
            &fbv.inpatient_days_2022_jan_aug,
            "fbv.inpatient_days_2022_jan_aug",
            false,
        ),
        check.figure(&fbv.low, "fbv.low", false),
        check.figure(&fbv.high, "fbv.high", false),
    ];
    for (fig, path) in [
        (&fbv_figs[0], "fbv.inpatient_days_2021"),
        (&fbv_figs[1], "fbv.inpatient_days_2022_jan_aug"),
    ] {
        if fig
            .as_ref()
            .is_some_and(|f| f.value < 0.0 || f.value.fract() != 0.0)
        {
            check.errors.push(doc.err(
                fbv_at,
                format!("{path} must be a whole number of days, not negative"),
            ));
        }
    }
    if let [_, _, Some(low), Some(high)] = &fbv_figs {
        if low.value > high.value {
            check.errors.push(doc.err(
                fbv_at,
                format!("low {} is above high {} in fbv", low.value, high.value),
            ));
        }
    }
    (fbv_ended, fbv_status, fbv_figs)
}

/// Each region's share of FBV patients, in `RegionId::PARTS` order, adding up to the total.
fn check_fbv_shares(check: &mut Checker, figures: &FiguresToml) -> [Option<Figure>; 4] {
    let doc = check.doc;
    let fbv = figures.fbv.get_ref();
    let fbv_at = figures.fbv.span().start;
    let mut shares: [Option<Figure>; 4] = Default::default();
    for (id, fig) in &fbv.share {
        let path = format!("fbv.share.{id}");
        match region_index(id) {
            Some(i) => shares[i] = check.figure(fig, &path, false),
            None => check
                .errors
                .push(unknown_region(doc, fig.span().start, id, "fbv.share")),
        }
    }
    let share_sum: f64 = shares.iter().flatten().map(|f| f.value).sum();
    if shares.iter().all(Option::is_some) && (share_sum - fbv.share_total).abs() > 1e-9 {
        check.errors.push(doc.err(
            fbv_at,
            format!("declared sum does not add up in fbv.share: the shares add up to {share_sum}, not the declared {}", fbv.share_total),
        ));
    }
    for (i, id) in RegionId::PARTS.map(RegionId::slug).iter().enumerate() {
        if shares[i].is_none() && !fbv.share.contains_key(*id) {
            check
                .errors
                .push(doc.err(fbv_at, format!("missing region \"{id}\" in fbv.share")));
        }
    }
    shares
}

/// Checks each region, its cuts and its compensation, and that every region is there once;
/// the regions in `RegionId::PARTS` order, with their rows from the raw files.
pub(crate) fn check_regions(
    check: &mut Checker,
    figures: &FiguresToml,
    shares: &[Option<Figure>; 4],
    tables: &Tables,
) -> Vec<RegionOut> {
    let doc = check.doc;
    let mut regions: [Option<RegionOut>; 4] = Default::default();
    for region in &figures.region {
        let at = region.span().start;
        let r = region.get_ref();
        let Some(i) = region_index(&r.id) else {
            check.errors.push(unknown_region(doc, at, &r.id, "region"));
            continue;
        };
        if regions[i].is_some() {
            check
                .errors
                .push(doc.err(at, format!("region \"{}\" is listed twice", r.id)));
            continue;
        }
        let path = |what: &str| format!("region {} {what}", r.id);
        let pb = r.places_before.get_ref();
        let places_before = match (pb.estimate.as_deref(), pb.value) {
            (Some("activity"), None) => None,
            (Some(other), None) => {
                check.errors.push(doc.err(
                    r.places_before.span().start,
                    format!(
                        "unknown estimate \"{other}\" in {} (expected \"activity\")",
                        path("places_before")
                    ),
                ));
                None
            }
            _ => check.figure(&r.places_before, &path("places_before"), false),
        };
        let private_share_pct = r
            .private_share_pct
            .as_ref()
            .and_then(|f| check.figure(f, &path("private_share_pct"), false));
        let contract_frame_mnok = r
            .contract_frame_mnok
            .as_ref()
            .and_then(|f| check.figure(f, &path("contract_frame_mnok"), false));
        let cuts = r
            .cut
            .iter()
            .enumerate()
            .filter_map(|(k, c)| cut(check, c, &path(&format!("cut {}", k + 1))))
            .collect();
        let compensation = r
            .compensation
            .iter()
            .enumerate()
            .filter_map(|(k, c)| compensation(check, c, &path(&format!("compensation {}", k + 1))))
            .collect();
        regions[i] = Some(RegionOut {
            id: RegionId::PARTS[i],
            places_before,
            private_share_pct,
            contract_frame_mnok,
            fbv_share_pct: shares[i].clone().unwrap_or(Figure {
                value: 0.0,
                low: None,
                high: None,
                kind: Kind::Reported,
                sources: Vec::new(),
                note: None,
                method: None,
            }),
            cuts,
            compensation,
            inpatient_days: tables.days.get(i).cloned().unwrap_or_default(),
            population: tables.population.get(i).cloned().unwrap_or_default(),
            inpatients: tables.inpatients.get(i).cloned().unwrap_or_default(),
        });
    }
    for (i, id) in RegionId::PARTS.map(RegionId::slug).iter().enumerate() {
        if regions[i].is_none() && !figures.region.iter().any(|r| r.get_ref().id == *id) {
            check
                .errors
                .push(doc.err(1, format!("missing region \"{id}\"")));
        }
    }
    regions.into_iter().flatten().collect()
}

/// The reference and after years lie within the NPR file's years.
pub(crate) fn check_years(check: &mut Checker, figures: &FiguresToml, npr: &NprFileToml) {
    let doc = check.doc;
    if figures.after_year < figures.reference_year
        || figures.reference_year < npr.first_year
        || figures.after_year > npr.last_year
    {
        check.errors.push(doc.err(
            1,
            format!(
                "years {}–{} must lie within the NPR years {}–{}",
                figures.reference_year, figures.after_year, npr.first_year, npr.last_year
            ),
        ));
    }
}

/// One cut: its label in three languages, when it took effect, its statuses, and either
/// `unknown = true` with sources or a figure (whose before − after, when given, is its value).
fn cut(check: &mut Checker, fig: &Spanned<FigToml>, path: &str) -> Option<CutOut> {
    let doc = check.doc;
    let at = fig.span().start;
    let f = fig.get_ref();
    let label = f.label.clone().filter(|l| !l.trim().is_empty());
    let Some(label) = check.texts(at, path, "label", [&label, &f.label_nn, &f.label_en]) else {
        check
            .errors
            .push(doc.err(at, format!("missing label in {path}")));
        return None;
    };
    let short = check.texts(at, path, "short", [&f.short, &f.short_nn, &f.short_en]);

    let note = check.texts(at, path, "note", [&f.note, &f.note_nn, &f.note_en]);
    let effective = match f.effective.as_deref() {
        Some(text) => Some(check.year_month(at, path, text)?),
        None => None,
    };
    let statuses = check.statuses(at, path, &f.status)?;
    let ramp_months = f.ramp_months.unwrap_or(0);
    if ramp_months > 60 {
        check.errors.push(doc.err(
            at,
            format!("ramp_months {ramp_months} in {path} is over 60"),
        ));
        return None;
    }
    if f.unknown {
        if f.value.is_some() {
            check
                .errors
                .push(doc.err(at, format!("{path} is marked unknown but has a value")));
            return None;
        }
        check.cite(at, path, &f.sources);
        return Some(CutOut {
            label,
            short,
            places: None,
            before_after: None,
            effective,
            ramp_months,
            shortens_stays: f.shortens_stays,
            statuses,
            sources: f.sources.clone(),
            note,
        });
    }
    let places = check.figure(fig, path, false)?;
    let before_after = match (f.before, f.after) {
        (Some(b), Some(a)) => {
            let declared = f64::from(b) - f64::from(a);
            if declared != places.value {
                check.errors.push(doc.err(
                    at,
                    format!(
                        "declared sum does not add up in {path}: before − after = {b} − {a} = {declared}, but value is {}",
                        places.value
                    ),
                ));
                return None;
            }
            Some((b, a))
        }
        (None, None) => None,
        _ => {
            check.errors.push(doc.err(
                at,
                format!("{path} needs both before and after, or neither"),
            ));
            return None;
        }
    };
    Some(CutOut {
        label,
        short,
        places: Some(places),
        before_after,
        effective,
        ramp_months,
        shortens_stays: f.shortens_stays,
        statuses,
        sources: Vec::new(),
        note,
    })
}

/// One compensating purchase: its label, places, start month and statuses.
fn compensation(
    check: &mut Checker,
    fig: &Spanned<FigToml>,
    path: &str,
) -> Option<CompensationOut> {
    let doc = check.doc;
    let at = fig.span().start;
    let f = fig.get_ref();
    let label = check
        .texts(at, path, "label", [&f.label, &f.label_nn, &f.label_en])
        .unwrap_or_default();
    let places = check.figure(fig, path, false)?;
    let Some(from) = f.from.as_deref() else {
        check
            .errors
            .push(doc.err(at, format!("missing from in {path}")));
        return None;
    };
    let from = check.year_month(at, path, from)?;
    let statuses = check.statuses(at, path, &f.status)?;
    Some(CompensationOut {
        label,
        places,
        from,
        ends_after: f.ends_after,
        end_confirmed: f.end_confirmed,
        statuses,
    })
}
