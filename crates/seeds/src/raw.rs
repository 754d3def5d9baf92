//! files.toml and the raw CSV files it lists: each file is there with its declared checksum,
//! and its rows are read into per-region tables (NPR inpatient days and patients, population
//! per year), with the declared sums checked. A row error names the CSV file and its line.

use dognplass_ids::RegionId;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;

use crate::checker::{region_index, unknown_region, Checker};
use crate::error::{Doc, SeedError};
use crate::schema::{CountyFileToml, FilesToml, NprFileToml, PopulationFileToml};

/// The raw files' rows per region, in `RegionId::PARTS` order; empty when a file failed.
#[derive(Default)]
pub(crate) struct Tables {
    /// NPR whole-year inpatient days from the first NPR year.
    pub(crate) days: Vec<Vec<u32>>,
    /// NPR whole-year patients in inpatient treatment from the first NPR year.
    pub(crate) inpatients: Vec<Vec<u32>>,
    /// NPR's national patients in inpatient treatment (not the regions' sum).
    pub(crate) national_inpatients: Vec<u32>,
    /// Population 1 January from the municipality file's year on.
    pub(crate) population: Vec<Vec<u64>>,
}

/// What the NPR file gives: [`Tables`]' NPR part.
struct NprTables {
    days: Vec<Vec<u32>>,
    inpatients: Vec<Vec<u32>>,
    national_inpatients: Vec<u32>,
}

/// Checks files.toml's sources and years, then each raw file in turn (stopping at the first
/// that fails: its error goes to the checker and the tables stay empty).
pub(crate) fn check_raw(
    check: &mut Checker,
    doc: &Doc,
    files: &FilesToml,
    raw: &[(&str, &[u8])],
) -> Tables {
    let pop = files.population.get_ref();
    let later = files.population_later.get_ref();
    if later.first_year != pop.year + 1 {
        check.errors.push(doc.err(
            files.population_later.span().start,
            format!(
                "population_later must start the year after population ({}), not {}",
                pop.year + 1,
                later.first_year
            ),
        ));
    }
    for (at, id, path) in [
        (files.npr.span().start, &files.npr.get_ref().source, "npr"),
        (files.population.span().start, &pop.source, "population"),
        (
            files.population_later.span().start,
            &later.source,
            "population_later",
        ),
    ] {
        if check.source_ids.contains(id) {
            check.cited.push(id.clone());
        } else {
            check
                .errors
                .push(doc.err(at, format!("unknown source id \"{id}\" in {path}")));
        }
    }
    read_tables(doc, files, raw).unwrap_or_else(|e| {
        check.errors.push(e);
        Tables::default()
    })
}

/// The NPR file, then the municipality population file, then the county file.
fn read_tables(doc: &Doc, files: &FilesToml, raw: &[(&str, &[u8])]) -> Result<Tables, SeedError> {
    let (npr, npr_at) = (files.npr.get_ref(), files.npr.span().start);
    let (pop, pop_at) = (files.population.get_ref(), files.population.span().start);
    let later = files.population_later.get_ref();
    let later_at = files.population_later.span().start;
    let npr_tables = npr_days(npr, raw_bytes(raw, doc, npr_at, &npr.file, &npr.sha256)?)?;
    let people = population(
        pop,
        raw_bytes(raw, doc, pop_at, &pop.file, &pop.sha256)?,
        doc,
        pop_at,
    )?;
    let more = population_later(
        later,
        raw_bytes(raw, doc, later_at, &later.file, &later.sha256)?,
        doc,
        later_at,
    )?;
    let population = (0..4)
        .map(|i| {
            std::iter::once(people[i])
                .chain(more.iter().map(|y| y[i]))
                .collect()
        })
        .collect();
    Ok(Tables {
        days: npr_tables.days,
        inpatients: npr_tables.inpatients,
        national_inpatients: npr_tables.national_inpatients,
        population,
    })
}

/// The SHA-256 of `bytes` in lowercase hex, as files.toml writes it.
fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A raw file's bytes, if it was given and its checksum is the one files.toml declares.
fn raw_bytes<'a>(
    raw: &[(&str, &'a [u8])],
    doc: &Doc,
    at: usize,
    name: &str,
    sha: &str,
) -> Result<&'a [u8], SeedError> {
    let bytes = raw
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, b)| *b)
        .ok_or_else(|| doc.err(at, format!("missing raw file seeds/{name}")))?;
    let found = sha256_hex(bytes);
    if found != sha {
        return Err(doc.err(
            at,
            format!("checksum mismatch for seeds/{name}: expected {sha}, found {found}"),
        ));
    }
    Ok(bytes)
}

/// An error about a row of a raw file. A row that is missing has no line of its own: such
/// errors name line 1, the header.
fn raw_error(file: &str, line: u64, message: String) -> SeedError {
    SeedError {
        file: file.to_owned(),
        line: usize::try_from(line.max(1)).unwrap_or(usize::MAX),
        message,
    }
}

/// A raw CSV's reader, and the positions of the columns it must have, by name.
fn csv_columns<'b, const N: usize>(
    file: &str,
    bytes: &'b [u8],
    delimiter: u8,
    names: [&str; N],
) -> Result<(csv::Reader<&'b [u8]>, [usize; N]), SeedError> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(bytes);
    let headers = reader
        .headers()
        .map_err(|e| raw_error(file, 1, format!("unreadable header: {e}")))?
        .clone();
    let mut positions = [0; N];
    for (slot, name) in positions.iter_mut().zip(names) {
        *slot = headers
            .iter()
            .position(|h| h == name)
            .ok_or_else(|| raw_error(file, 1, format!("missing column \"{name}\"")))?;
    }
    Ok((reader, positions))
}

/// A row of a raw CSV and its line, or why it could not be read.
fn row(
    file: &str,
    record: Result<csv::StringRecord, csv::Error>,
) -> Result<(csv::StringRecord, u64), SeedError> {
    let record = record.map_err(|e| {
        raw_error(
            file,
            e.position().map_or(0, |p| p.line()),
            format!("unreadable row: {e}"),
        )
    })?;
    let line = record.position().map_or(0, |p| p.line());
    Ok((record, line))
}

/// Which region each county belongs to, from a `counties` table of files.toml.
fn county_regions<'a>(
    counties: &'a BTreeMap<String, Vec<String>>,
    doc: &Doc,
    at: usize,
    what: &str,
) -> Result<BTreeMap<&'a str, usize>, SeedError> {
    let mut county_region = BTreeMap::new();
    for (id, list) in counties {
        let index = region_index(id).ok_or_else(|| unknown_region(doc, at, id, what))?;
        for c in list {
            county_region.insert(c.as_str(), index);
        }
    }
    Ok(county_region)
}

/// NPR whole-year inpatient days and patients in inpatient treatment per region from
/// `first_year` to `last_year`; checks that the national row equals the sum of the regions in
/// every year (days only: a patient treated with two home regions in a year is counted once
/// nationally).
fn npr_days(npr: &NprFileToml, bytes: &[u8]) -> Result<NprTables, SeedError> {
    let file = format!("seeds/{}", npr.file);
    let fail = |line: u64, message: String| raw_error(&file, line, message);
    let (mut reader, [c_year, c_period, c_region, c_days, c_patients]) = csv_columns(
        &file,
        bytes,
        b';',
        [
            "År",
            "Periode",
            "Bostedsregion",
            "Antall oppholdsdøgn",
            "Antall pasienter i døgnbehandling",
        ],
    )?;
    let years = usize::from(npr.last_year.saturating_sub(npr.first_year)) + 1;
    // Index 0..4: the regions; 4: the national row (for patients not the regions' sum: a
    // patient with two home regions in a year is one national patient).
    let mut days: Vec<Vec<Option<(u32, u64)>>> = vec![vec![None; years]; 5];
    let mut patients: Vec<Vec<u32>> = vec![vec![0; years]; 5];
    for record in reader.records() {
        let (record, line) = row(&file, record)?;
        if record.get(c_period) != Some("hele året") {
            continue;
        }
        let Some(year) = record.get(c_year).and_then(|y| y.parse::<u16>().ok()) else {
            return Err(fail(line, "year is not a number".to_string()));
        };
        if year < npr.first_year || year > npr.last_year {
            continue;
        }
        let name = record.get(c_region).unwrap_or("");
        let slot = if name == npr.national {
            4
        } else {
            match npr.regions.iter().find(|(_, n)| n.as_str() == name) {
                Some((id, _)) => region_index(id)
                    .ok_or_else(|| fail(line, format!("unknown region \"{id}\"")))?,
                None => return Err(fail(line, format!("unknown home region \"{name}\""))),
            }
        };
        let text = record.get(c_days).unwrap_or("");
        let value: u32 = text.parse().map_err(|_| {
            fail(
                line,
                format!("inpatient days {year} for {name} are \"{text}\", not a whole number"),
            )
        })?;
        days[slot][usize::from(year - npr.first_year)] = Some((value, line));
        {
            let text = record.get(c_patients).unwrap_or("");
            patients[slot][usize::from(year - npr.first_year)] = text.parse().map_err(|_| {
                fail(
                    line,
                    format!("patients in inpatient treatment {year} for {name} are \"{text}\", not a whole number"),
                )
            })?;
        }
    }
    for (i, year) in (npr.first_year..=npr.last_year).enumerate() {
        let mut sum = 0u64;
        for (slot, id) in RegionId::PARTS.map(RegionId::slug).iter().enumerate() {
            match days[slot][i] {
                Some((v, _)) => sum += u64::from(v),
                None => {
                    return Err(fail(
                        1,
                        format!("no whole-year inpatient days for {id} in {year}: no such row"),
                    ))
                }
            }
        }
        match days[4][i] {
            Some((national, line)) if u64::from(national) != sum => {
                return Err(fail(
                    line,
                    format!(
                        "inpatient days {year} for {} ({national}) do not equal the sum of the regions ({sum})",
                        npr.national
                    ),
                ))
            }
            None => return Err(fail(1, format!("no whole-year inpatient days for {} in {year}: no such row", npr.national))),
            _ => {}
        }
    }
    let days = days
        .into_iter()
        .take(4)
        .map(|row| row.into_iter().map(|d| d.map_or(0, |(v, _)| v)).collect())
        .collect();
    let national_inpatients = patients.pop().unwrap_or_default();
    Ok(NprTables {
        days,
        inpatients: patients,
        national_inpatients,
    })
}

/// Population 1 January per region for each year of the county file; checks that every row's
/// county belongs to a region and that the counties add up to Norway's declared total.
fn population_later(
    pop: &CountyFileToml,
    bytes: &[u8],
    doc: &Doc,
    at: usize,
) -> Result<Vec<[u64; 4]>, SeedError> {
    let file = format!("seeds/{}", pop.file);
    let fail = |line: u64, message: String| raw_error(&file, line, message);
    let county_region = county_regions(&pop.counties, doc, at, "population_later.counties")?;
    let years = usize::from(pop.last_year.saturating_sub(pop.first_year)) + 1;
    let mut totals = vec![[0u64; 4]; years];
    let mut seen = vec![false; years];
    let (mut reader, [c_year, c_county, c_pop]) =
        csv_columns(&file, bytes, b';', ["year", "county_id", "population"])?;
    for record in reader.records() {
        let (record, line) = row(&file, record)?;
        let text = record.get(c_year).unwrap_or("");
        let year: u16 = text
            .parse()
            .map_err(|_| fail(line, format!("year \"{text}\" is not a number")))?;
        if year < pop.first_year || year > pop.last_year {
            return Err(fail(
                line,
                format!(
                    "year {year} lies outside {}–{}",
                    pop.first_year, pop.last_year
                ),
            ));
        }
        let text = record.get(c_pop).unwrap_or("");
        let n: u64 = text
            .parse()
            .map_err(|_| fail(line, format!("population \"{text}\" is not a whole number")))?;
        let county = record.get(c_county).unwrap_or("");
        let Some(&i) = county_region.get(county) else {
            return Err(fail(
                line,
                format!("county \"{county}\" belongs to no region"),
            ));
        };
        let y = usize::from(year - pop.first_year);
        totals[y][i] += n;
        seen[y] = true;
    }
    for (y, year) in (pop.first_year..=pop.last_year).enumerate() {
        let found: u64 = totals[y].iter().sum();
        match pop.declared_norge.get(&year.to_string()) {
            _ if !seen[y] => {
                return Err(fail(1, format!("no population rows for {year}: no such row")))
            }
            Some(declared) if *declared == found => {}
            Some(declared) => {
                return Err(doc.err(
                    at,
                    format!(
                        "declared sum does not add up in population_later.declared_norge: {year} is {declared}, but the counties sum to {found}"
                    ),
                ))
            }
            None => {
                return Err(doc.err(
                    at,
                    format!("missing {year} in population_later.declared_norge"),
                ))
            }
        }
    }
    Ok(totals)
}

/// Population per region in `pop.year`, from the municipality rows (`ssb_id` starting `K-`).
fn population(
    pop: &PopulationFileToml,
    bytes: &[u8],
    doc: &Doc,
    at: usize,
) -> Result<[u64; 4], SeedError> {
    let file = format!("seeds/{}", pop.file);
    let fail = |line: u64, message: String| raw_error(&file, line, message);
    let county_region = county_regions(&pop.counties, doc, at, "population.counties")?;
    let (mut reader, [c_ssb, c_county, c_year, c_pop]) = csv_columns(
        &file,
        bytes,
        b',',
        ["ssb_id", "county_id", "year", "population"],
    )?;
    let mut totals = [0u64; 4];
    let year = pop.year.to_string();
    for record in reader.records() {
        let (record, line) = row(&file, record)?;
        if record.get(c_year) != Some(year.as_str())
            || !record.get(c_ssb).unwrap_or("").starts_with("K-")
        {
            continue;
        }
        let text = record.get(c_pop).unwrap_or("");
        let n: u64 = text
            .parse()
            .map_err(|_| fail(line, format!("population \"{text}\" is not a whole number")))?;
        let county = record.get(c_county).unwrap_or("");
        match county_region.get(county) {
            Some(&i) => totals[i] += n,
            None if n == 0 => {}
            None => {
                return Err(fail(
                    line,
                    format!("county \"{county}\" belongs to no region but has {n} inhabitants"),
                ))
            }
        }
    }
    let national: u64 = totals.iter().sum();
    for (id, declared) in &pop.declared {
        let found = if id == "norge" {
            national
        } else {
            let i = region_index(id)
                .ok_or_else(|| unknown_region(doc, at, id, "population.declared"))?;
            totals[i]
        };
        if found != *declared {
            return Err(doc.err(
                at,
                format!(
                    "declared sum does not add up in population.declared: {id} is {declared}, but the municipalities of {} sum to {found}",
                    pop.year
                ),
            ));
        }
    }
    Ok(totals)
}
