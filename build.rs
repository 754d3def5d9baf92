//! Validates `seeds/` and generates the static dataset (`$OUT_DIR/dataset.rs`) with the seed
//! validator (crates/seeds). A broken seed stops the build with `file:line: reason`; nothing is
//! generated from data that fails a check. This file only reads the files and writes the code.

use dognplass_seeds::{generate, validate, SeedFiles};
use std::path::Path;
use std::process::ExitCode;

fn read(path: &Path) -> Result<Vec<u8>, String> {
    std::fs::read(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))
}

/// The code that computes and shows the figures: its sources go into the release id with the
/// seeds, so a change in how a number is computed makes a new release (docs/data-release.md).
const MODEL: [&str; 3] = ["src/model", "crates/ids/src", "crates/seeds/src"];

/// Every `.rs` file under `folder`, by its path with `/` separators.
fn sources_in(folder: &Path, out: &mut Vec<(String, Vec<u8>)>) -> Result<(), String> {
    let entries = std::fs::read_dir(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    for entry in entries {
        let path = entry
            .map_err(|e| format!("{}: {e}", folder.display()))?
            .path();
        if path.is_dir() {
            sources_in(&path, out)?;
        } else if path.extension().is_some_and(|x| x == "rs") {
            let name = path
                .components()
                .map(|c| c.as_os_str().to_string_lossy())
                .collect::<Vec<_>>()
                .join("/");
            out.push((name, read(&path)?));
        }
    }
    Ok(())
}

fn run() -> Result<(), Vec<String>> {
    let seeds = Path::new("seeds");
    println!("cargo:rerun-if-changed=seeds");
    println!("cargo:rerun-if-changed=crates/seeds");
    println!("cargo:rerun-if-changed=crates/ids");
    println!("cargo:rerun-if-changed=src/model");
    let text = |name: &str| {
        read(&seeds.join(name))
            .and_then(|b| String::from_utf8(b).map_err(|_| format!("seeds/{name}: not UTF-8")))
    };
    let (sources, figures, files, map, changes) = match (
        text("sources.toml"),
        text("figures.toml"),
        text("files.toml"),
        text("map.toml"),
        text("changes.toml"),
    ) {
        (Ok(s), Ok(f), Ok(l), Ok(m), Ok(c)) => (s, f, l, m, c),
        (a, b, c, d, e) => {
            return Err([a.err(), b.err(), c.err(), d.err(), e.err()]
                .into_iter()
                .flatten()
                .collect())
        }
    };
    let mut raw = Vec::new();
    for entry in std::fs::read_dir(seeds).map_err(|e| vec![format!("seeds: {e}")])? {
        let path = entry.map_err(|e| vec![format!("seeds: {e}")])?.path();
        if path.extension().is_some_and(|x| x == "csv") {
            let name = path
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or("")
                .to_owned();
            raw.push((name, read(&path).map_err(|e| vec![e])?));
        }
    }
    let raw_refs: Vec<(&str, &[u8])> = raw
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let mut model = Vec::new();
    for folder in MODEL {
        sources_in(Path::new(folder), &mut model).map_err(|e| vec![e])?;
    }
    model.sort();
    let model_refs: Vec<(&str, &[u8])> = model
        .iter()
        .map(|(n, b)| (n.as_str(), b.as_slice()))
        .collect();
    let seed_files = SeedFiles {
        sources: &sources,
        figures: &figures,
        files: &files,
        map: &map,
        changes: &changes,
        raw: &raw_refs,
        model: &model_refs,
    };
    let valid = validate(&seed_files)
        .map_err(|errs| errs.iter().map(ToString::to_string).collect::<Vec<_>>())?;
    let out = std::env::var("OUT_DIR").map_err(|e| vec![format!("OUT_DIR: {e}")])?;
    std::fs::write(Path::new(&out).join("dataset.rs"), generate(&valid))
        .map_err(|e| vec![format!("writing dataset.rs: {e}")])
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(errors) => {
            for e in errors {
                eprintln!("error: {e}");
            }
            ExitCode::FAILURE
        }
    }
}
