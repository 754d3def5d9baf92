//! The seed validator and the dataset generator of Døgnplasskalkulatoren.
//!
//! [`validate`] checks the seed files (`seeds/*.toml` and the raw CSV files they list) and
//! returns what the dataset is generated from, or every error found, each printed as
//! `file:line: reason`; [`generate`] writes the dataset as Rust source for the model's
//! `Dataset`. The widget's build.rs runs both, so a broken seed stops the build and the wasm
//! carries the numbers, not a parser. The broken-seed tests (tests/seeds.rs), the property
//! tests (tests/properties.rs) and the fuzz targets (fuzz/) call the same functions.
//!
//! No I/O, clock or global state: the files' contents arrive as [`SeedFiles`], and the same
//! seeds always give the same errors and the same code. Region ids and figure kinds come from
//! `dognplass-ids`, the crate the model uses too.
//!
//! One module per job: `schema` (the TOML shapes), `sources`, `figures` (with `checker`, the
//! checks its entries share), `raw` (files.toml and the CSV files), `map` (the SVG outlines),
//! `validated` (the checked result) and `codegen`.

#![warn(missing_docs)]

mod changes;
mod checker;
mod codegen;
mod error;
mod figures;
mod map;
mod raw;
mod schema;
mod sources;
mod validated;

use sha2::{Digest, Sha256};

use crate::checker::Checker;
use crate::error::Doc;
use crate::schema::{ChangesToml, FiguresToml, FilesToml, SourcesToml};

pub use changes::HEADLINES;
pub use codegen::generate;
pub use error::SeedError;
pub use validated::{
    ChangeOut, ChangesOut, CompensationOut, CutOut, Figure, MapOut, RegionOut, SourceToOut,
    StatusOut, Texts, Validated,
};

/// The seed files' contents.
pub struct SeedFiles<'a> {
    /// seeds/sources.toml
    pub sources: &'a str,
    /// seeds/figures.toml
    pub figures: &'a str,
    /// seeds/files.toml
    pub files: &'a str,
    /// seeds/map.toml
    pub map: &'a str,
    /// seeds/changes.toml, the corrections log
    pub changes: &'a str,
    /// The raw NPR CSV and the raw population CSVs, by file name.
    pub raw: &'a [(&'a str, &'a [u8])],
    /// The sources of the code that computes and shows the figures from the seeds (the model,
    /// the ids and this validator), by path, in a fixed order: they go into the release id with
    /// the seeds, so that a change in how a figure is computed makes a new release.
    pub model: &'a [(&'a str, &'a [u8])],
}

/// Checks every seed file; returns the dataset to generate, or every error found.
///
/// A TOML file that does not parse stops the check with that one error; otherwise every
/// error is collected, in the order: sources.toml, figures.toml outside the regions,
/// files.toml and the raw files, the regions, map.toml, sources cited nowhere, and
/// changes.toml.
pub fn validate(files: &SeedFiles) -> Result<Validated, Vec<SeedError>> {
    let src_doc = Doc {
        file: "seeds/sources.toml",
        text: files.sources,
    };
    let fig_doc = Doc {
        file: "seeds/figures.toml",
        text: files.figures,
    };
    let files_doc = Doc {
        file: "seeds/files.toml",
        text: files.files,
    };
    let map_doc = Doc {
        file: "seeds/map.toml",
        text: files.map,
    };
    let sources_toml: SourcesToml = src_doc.parse().map_err(|e| vec![e])?;
    let figures: FiguresToml = fig_doc.parse().map_err(|e| vec![e])?;
    let files_toml: FilesToml = files_doc.parse().map_err(|e| vec![e])?;

    let (sources, errors) = sources::check_sources(&src_doc, &sources_toml);
    let mut check = Checker {
        source_ids: sources.iter().map(|s| s.id.clone()).collect(),
        cited: Vec::new(),
        errors,
        doc: &fig_doc,
    };
    let checked = figures::check_all_but_regions(&mut check, &figures);
    // The raw files before the regions, which need their tables.
    let tables = raw::check_raw(&mut check, &files_doc, &files_toml, files.raw);
    let regions = figures::check_regions(&mut check, &figures, &checked.fbv_shares, &tables);
    let npr = files_toml.npr.get_ref();
    figures::check_years(&mut check, &figures, npr);
    let map = match map::check_map(&map_doc, &check.source_ids) {
        Ok(map) => {
            check.cited.push(map.source.clone());
            Some(map)
        }
        Err(errs) => {
            check.errors.extend(errs);
            None
        }
    };
    sources::check_cited(&src_doc, &sources_toml, &check.cited, &mut check.errors);
    let changes_doc = Doc {
        file: "seeds/changes.toml",
        text: files.changes,
    };
    let changes = match changes_doc.parse::<ChangesToml>() {
        Ok(log) => changes::check_changes(&changes_doc, &log),
        Err(e) => Err(vec![e]),
    };
    let changes = match changes {
        Ok(c) => Some(c),
        Err(errs) => {
            check.errors.extend(errs);
            None
        }
    };
    if !check.errors.is_empty() {
        return Err(check.errors);
    }

    // Without errors every check gave its value; an empty error list is unreachable.
    let flat = |f: Option<Figure>| f.ok_or_else(Vec::new);
    let [a, b, c, d, e] = checked.national.map(flat);
    let [f, f2, g, h] = checked.fbv.map(flat);
    let [sb, sa, cost] = checked.assumptions.map(flat);
    let assumptions = figures.assumptions.get_ref();
    let occ = figures.occupancy.low_2004.get_ref();
    let fbv = figures.fbv.get_ref();
    let pop = files_toml.population.get_ref();
    let later = files_toml.population_later.get_ref();
    let raw_file = |file: &String, sha: &String, source: &String, licence: &String| {
        (file.clone(), sha.clone(), source.clone(), licence.clone())
    };
    Ok(Validated {
        sources,
        reference_year: figures.reference_year,
        after_year: figures.after_year,
        years: (assumptions.first_year, assumptions.last_year),
        hso_stay_sources: assumptions.hso_stay_sources.clone(),
        assumptions: [sb?, sa?, cost?],
        national: [a?, b?, c?, d?, e?],
        occupancy_low: (
            occ.inpatient_days,
            occ.places,
            occ.year,
            occ.sources.clone(),
        ),
        fbv_ended: checked.fbv_ended.unwrap_or((0, 1)),
        fbv_transition: fbv.transition_months,
        fbv_status: checked.fbv_status.unwrap_or_default(),
        population_first_year: pop.year,
        national_inpatients: tables.national_inpatients,
        fbv: [f?, f2?, g?, h?],
        regions,
        npr_first_year: npr.first_year,
        files: vec![
            raw_file(&npr.file, &npr.sha256, &npr.source, &npr.licence),
            raw_file(&pop.file, &pop.sha256, &pop.source, &pop.licence),
            raw_file(&later.file, &later.sha256, &later.source, &later.licence),
        ],
        map: map.ok_or_else(Vec::new)?,
        release: release_hash(files),
        release_date: figures.release_date.get_ref().clone(),
        sources_checked: figures.sources_checked.get_ref().clone(),
        changes: changes.ok_or_else(Vec::new)?,
    })
}

/// The data release's short hash: the first 4 bytes of the SHA-256 of the five TOML files and
/// the model's sources, in hex (the raw files are covered by their checksums in files.toml). The
/// release id is the release date, a hyphen and this hash (`Validated::release_id`).
fn release_hash(files: &SeedFiles) -> String {
    let mut hasher = Sha256::new();
    for part in [
        files.sources,
        files.figures,
        files.files,
        files.map,
        files.changes,
    ] {
        hasher.update(part.as_bytes());
    }
    for (path, bytes) in files.model {
        // The path and the length first, so that moving bytes between files changes the hash.
        hasher.update(path.as_bytes());
        hasher.update((bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
    }
    hasher
        .finalize()
        .iter()
        .take(4)
        .map(|b| format!("{b:02x}"))
        .collect()
}
