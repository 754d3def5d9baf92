//! sources.toml: every source once, with a publisher, title, date and an https address; and,
//! once everything else is checked, every source cited somewhere.

use crate::error::{Doc, SeedError};
use crate::schema::SourcesToml;
use crate::validated::SourceToOut;

/// The sources in list order, and what is wrong with them.
pub(crate) fn check_sources(doc: &Doc, toml: &SourcesToml) -> (Vec<SourceToOut>, Vec<SeedError>) {
    let mut errors = Vec::new();
    let mut sources = Vec::new();
    for s in &toml.source {
        let at = s.span().start;
        let s = s.get_ref();
        if sources.iter().any(|known: &SourceToOut| known.id == s.id) {
            errors.push(doc.err(at, format!("duplicate source id \"{}\"", s.id)));
        }
        if let Some(url) = s.url.as_deref().filter(|u| !u.starts_with("https://")) {
            errors.push(doc.err(
                at,
                format!(
                    "url of source \"{}\" must start with https:// (found \"{url}\")",
                    s.id
                ),
            ));
        }
        for (name, text) in [
            ("publisher", &s.publisher),
            ("title", &s.title),
            ("date", &s.date),
        ] {
            if text.trim().is_empty() {
                errors.push(doc.err(at, format!("empty {name} in source \"{}\"", s.id)));
            }
        }
        sources.push(SourceToOut {
            id: s.id.clone(),
            publisher: s.publisher.clone(),
            title: s.title.clone(),
            date: s.date.clone(),
            url: s.url.clone(),
            note: s.note.clone(),
        });
    }

    // The model keeps a figure's sources as bits of a u64.
    if sources.len() > 64 {
        errors.push(doc.err(
            0,
            format!(
                "{} sources listed; at most 64 fit the model's source sets",
                sources.len()
            ),
        ));
    }
    (sources, errors)
}

/// An error for each listed source that no figure, status, raw file or map cites.
pub(crate) fn check_cited(
    doc: &Doc,
    toml: &SourcesToml,
    cited: &[String],
    errors: &mut Vec<SeedError>,
) {
    for s in &toml.source {
        let id = &s.get_ref().id;
        if !cited.contains(id) {
            errors.push(doc.err(s.span().start, format!("source \"{id}\" is never cited")));
        }
    }
}
