//! changes.toml: the corrections log of a data release. It holds the previous release's
//! headline figures (central values in whole places, as that release showed them) and one
//! entry for each figure that moved, old → new, with a one-line reason in three languages.
//! Checked here for its shape: every region once, a known figure, a year the previous table
//! has, `old` equal to that table's value, `new` different from it, and all three reasons.
//! That each moved figure has an entry, and each entry's `new` is what the model computes now,
//! is checked by the test command (tests/changes.rs), which can compute the figures.

use dognplass_ids::RegionId;
use std::collections::BTreeSet;

use crate::checker::is_iso_date;
use crate::error::{Doc, SeedError};
use crate::schema::{ChangesToml, PreviousToml};
use crate::validated::{ChangeOut, ChangesOut, Texts};

/// The headline figures a log entry may name.
pub const HEADLINES: [&str; 3] = ["before", "after", "change"];

/// The previous value of a figure in a year (`before` ignores the year).
fn previous_value(prev: &PreviousToml, figure: &str, year: u16) -> Option<f64> {
    match figure {
        "before" => Some(prev.before),
        "after" => prev.after.get(&year.to_string()).copied(),
        "change" => prev.change.get(&year.to_string()).copied(),
        _ => None,
    }
}

/// A reason in bokmål with its nynorsk and English versions, each non-empty.
fn reason(
    doc: &Doc,
    at: usize,
    [nb, nn, en]: [&Option<String>; 3],
    errors: &mut Vec<SeedError>,
) -> Texts {
    let mut get = |key: &str, text: &Option<String>| match text {
        Some(t) if !t.trim().is_empty() => t.clone(),
        _ => {
            errors.push(doc.err(at, format!("missing {key} in change")));
            String::new()
        }
    };
    Texts {
        nb: get("reason", nb),
        nn: get("reason_nn", nn),
        en: get("reason_en", en),
    }
}

/// Checks changes.toml; returns the log, or every error found.
pub(crate) fn check_changes(doc: &Doc, log: &ChangesToml) -> Result<ChangesOut, Vec<SeedError>> {
    let mut errors = Vec::new();
    let previous_release = log.previous_release.get_ref();
    if !is_iso_date(previous_release) {
        errors.push(doc.err(
            log.previous_release.span().start,
            format!("invalid previous_release \"{previous_release}\" (expected YYYY-MM-DD)"),
        ));
    }
    for (slug, prev) in &log.previous {
        if RegionId::parse(slug).is_err() {
            errors.push(doc.err(
                prev.span().start,
                format!("unknown region \"{slug}\" in previous"),
            ));
        }
    }
    for region in RegionId::ALL {
        if !log.previous.contains_key(region.slug()) {
            errors.push(doc.err(
                0,
                format!("missing region \"{}\" in previous", region.slug()),
            ));
        }
    }
    let mut seen = BTreeSet::new();
    let mut entries = Vec::new();
    for entry in &log.change {
        let at = entry.span().start;
        let c = entry.get_ref();
        let region = RegionId::parse(&c.region).ok();
        if region.is_none() {
            errors.push(doc.err(at, format!("unknown region \"{}\" in change", c.region)));
        }
        if !HEADLINES.contains(&c.figure.as_str()) {
            errors.push(doc.err(
                at,
                format!(
                    "unknown figure \"{}\" in change (expected {})",
                    c.figure,
                    HEADLINES.join(", ")
                ),
            ));
        }
        match (c.figure.as_str(), c.years.is_empty()) {
            ("before", false) => {
                errors.push(doc.err(at, "change of \"before\" takes no years (it is 2022's)"))
            }
            ("after" | "change", true) => errors.push(doc.err(
                at,
                format!("change of \"{}\" needs the years it moved in", c.figure),
            )),
            _ => {}
        }
        let prev = log.previous.get(&c.region).map(|p| p.get_ref());
        let years: Vec<u16> = if c.years.is_empty() {
            vec![0]
        } else {
            c.years.clone()
        };
        for year in &years {
            let what = if *year == 0 {
                format!("{} {}", c.region, c.figure)
            } else {
                format!("{} {} {year}", c.region, c.figure)
            };
            if !seen.insert((c.region.clone(), c.figure.clone(), *year)) {
                errors.push(doc.err(at, format!("second change of {what}")));
            }
            if let Some(prev) = prev {
                match previous_value(prev, &c.figure, *year) {
                    Some(old) if (old - c.old).abs() > 1e-9 => errors.push(doc.err(
                        at,
                        format!(
                            "old {} of {what} is not the previous release's {old}",
                            c.old
                        ),
                    )),
                    Some(_) => {}
                    None if HEADLINES.contains(&c.figure.as_str()) => {
                        errors.push(doc.err(at, format!("no previous value of {what}")))
                    }
                    None => {}
                }
            }
        }
        if (c.old - c.new).abs() < 1e-9 {
            errors.push(doc.err(
                at,
                format!("change of {} {} does not move", c.region, c.figure),
            ));
        }
        let reason = reason(
            doc,
            at,
            [&c.reason, &c.reason_nn, &c.reason_en],
            &mut errors,
        );
        if let Some(region) = region {
            entries.push(ChangeOut {
                region,
                figure: c.figure.clone(),
                years: c.years.clone(),
                old: c.old,
                new: c.new,
                reason,
            });
        }
    }
    if errors.is_empty() {
        Ok(ChangesOut {
            previous_release: previous_release.clone(),
            entries,
        })
    } else {
        Err(errors)
    }
}
