//! The seed validator (crates/seeds, the crate build.rs runs): the shipped seeds pass, and each
//! kind of broken seed fails with its exact `file:line: reason`.

#![cfg(not(target_arch = "wasm32"))]

use dognplass_seeds::{generate, validate, SeedFiles, Validated};

const SOURCES: &str = include_str!("../seeds/sources.toml");
const FIGURES: &str = include_str!("../seeds/figures.toml");
const FILES: &str = include_str!("../seeds/files.toml");
const MAP: &str = include_str!("../seeds/map.toml");
const CHANGES: &str = include_str!("../seeds/changes.toml");
const NPR_NAME: &str = "npr_tsb.csv";
const NPR: &[u8] = include_bytes!("../seeds/npr_tsb.csv");
const POP_NAME: &str = "ssb_population_by_municipality_2001-2022.csv";
const POP: &[u8] = include_bytes!("../seeds/ssb_population_by_municipality_2001-2022.csv");
const LATER_NAME: &str = "ssb_population_by_county_2023-2026.csv";
const LATER: &[u8] = include_bytes!("../seeds/ssb_population_by_county_2023-2026.csv");

/// The seeds with some texts replaced.
struct Seeds {
    sources: String,
    figures: String,
    files: String,
    map: String,
    changes: String,
    npr: Vec<u8>,
}

impl Seeds {
    fn shipped() -> Seeds {
        Seeds {
            sources: SOURCES.to_owned(),
            figures: FIGURES.to_owned(),
            files: FILES.to_owned(),
            map: MAP.to_owned(),
            changes: CHANGES.to_owned(),
            npr: NPR.to_vec(),
        }
    }

    fn run(&self) -> Result<Validated, Vec<String>> {
        self.run_with_model(&[])
    }

    fn run_with_model(&self, model: &[(&str, &[u8])]) -> Result<Validated, Vec<String>> {
        let raw: [(&str, &[u8]); 3] = [(NPR_NAME, &self.npr), (POP_NAME, POP), (LATER_NAME, LATER)];
        validate(&SeedFiles {
            sources: &self.sources,
            figures: &self.figures,
            files: &self.files,
            map: &self.map,
            changes: &self.changes,
            raw: &raw,
            model,
        })
        .map_err(|errors| errors.iter().map(ToString::to_string).collect())
    }
}

#[track_caller]
/// SHA-256 in lower-case hex, as files.toml writes it.
fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn replaced(text: &str, from: &str, to: &str) -> String {
    assert!(text.contains(from), "seed text to break not found: {from}");
    text.replacen(from, to, 1)
}

/// The line on which `needle` first stands in `text`.
#[track_caller]
fn line_of(text: &str, needle: &str) -> usize {
    let at = text.find(needle).expect("needle in seed");
    text[..at].matches('\n').count() + 1
}

#[track_caller]
fn fails_with(seeds: &Seeds, expected: &str) {
    match seeds.run() {
        Ok(_) => panic!("broken seeds passed; expected: {expected}"),
        Err(errors) => assert_eq!(
            errors.first().map(String::as_str),
            Some(expected),
            "all: {errors:#?}"
        ),
    }
}

#[test]
fn shipped_seeds_validate() {
    let v = Seeds::shipped().run().expect("shipped seeds are valid");
    assert_eq!(v.regions.len(), 4);
    assert_eq!(v.reference_year, 2022);
    assert_eq!(v.after_year, 2025);
    let populations: Vec<u64> = v.regions.iter().map(|r| r.population[0]).collect();
    assert_eq!(populations, [3_076_276, 1_127_089, 739_979, 481_926]);
    // 1 January 2025, county sums on the 2024 borders (seeds/ssb_population_by_county_2023-2026.csv):
    // HSØ = 03 724 290 + 31 314 407 + 32 740 680 + 33 271 248 + 34 377 556 + 39 258 071
    // + 40 177 863 + 42 322 188; HN = 18 243 582 + 55 170 479 + 56 75 042.
    let in_2025: Vec<u64> = v.regions.iter().map(|r| r.population[3]).collect();
    assert_eq!(in_2025, [3_186_303, 1_159_706, 759_228, 489_103]);
    assert_eq!(in_2025.iter().sum::<u64>(), 5_594_340);
    // NPR 2025 patients in inpatient treatment, Helse Sør-Øst.
    assert_eq!(v.regions[0].inpatients[8], 5_518);
    // NPR 2022 inpatient days, Helse Sør-Øst (line 91 of the CSV).
    assert_eq!(v.regions[0].inpatient_days[5], 407_178);
    // One value per whole NPR year, 2017 to files.toml's last_year (2025 in the export of
    // 2026-08-23; a later export brought in by scripts/release.sh adds years).
    let last_year: usize = FILES
        .split("[population]")
        .next()
        .and_then(|npr| npr.lines().find_map(|l| l.strip_prefix("last_year = ")))
        .and_then(|y| y.parse().ok())
        .expect("[npr] last_year");
    assert_eq!(v.regions[0].inpatient_days.len(), last_year - 2016);
}

#[test]
fn generated_code_is_deterministic() {
    let a = generate(&Seeds::shipped().run().unwrap());
    let b = generate(&Seeds::shipped().run().unwrap());
    assert_eq!(a, b);
    assert!(a.contains("pub static DATASET: Dataset"));
}

#[test]
fn unknown_source_id() {
    let mut s = Seeds::shipped();
    s.figures = replaced(
        &s.figures,
        "sources = [\"rho-politikk-2024\", \"hdir-samdata-tsb-plasser\"]\nnote = \"Om lag 1 847",
        "sources = [\"rho-politikk-2042\", \"hdir-samdata-tsb-plasser\"]\nnote = \"Om lag 1 847",
    );
    let line = line_of(&s.figures, "[national.places]");
    fails_with(
        &s,
        &format!(
            "seeds/figures.toml:{line}: unknown source id \"rho-politikk-2042\" in national.places"
        ),
    );
}

#[test]
fn missing_source() {
    let mut s = Seeds::shipped();
    s.figures = replaced(
        &s.figures,
        "value = 25\nkind = \"reported\"\neffective = \"2024-01\"\nramp_months = 12\nsources = [\"rho-nyttar-2024\"]",
        "value = 25\nkind = \"reported\"\neffective = \"2024-01\"\nramp_months = 12\nsources = []",
    );
    let line = line_of(&s.figures, "label = \"Helse Bergen") - 1;
    fails_with(
        &s,
        &format!("seeds/figures.toml:{line}: missing source in region helse-vest cut 1"),
    );
}

#[test]
fn low_above_value() {
    let mut s = Seeds::shipped();
    s.figures = replaced(
        &s.figures,
        "value = 8\nlow = 5\nhigh = 11",
        "value = 8\nlow = 9\nhigh = 11",
    );
    let line = line_of(&s.figures, "label = \"Ideelle avtaleplasser i anbudet 2022") - 1;
    fails_with(
        &s,
        &format!(
            "seeds/figures.toml:{line}: low 9 is above value 8 in region helse-midt-norge cut 1"
        ),
    );
}

#[test]
fn value_above_high() {
    let mut s = Seeds::shipped();
    s.figures = replaced(
        &s.figures,
        "value = 8\nlow = 5\nhigh = 11",
        "value = 12\nlow = 5\nhigh = 11",
    );
    let line = line_of(&s.figures, "label = \"Ideelle avtaleplasser i anbudet 2022") - 1;
    fails_with(
        &s,
        &format!(
            "seeds/figures.toml:{line}: value 12 is above high 11 in region helse-midt-norge cut 1"
        ),
    );
}

#[test]
fn unknown_region() {
    let mut s = Seeds::shipped();
    s.figures = replaced(&s.figures, "id = \"helse-nord\"", "id = \"helse-nordland\"");
    let line = line_of(&s.figures, "id = \"helse-nordland\"") - 1;
    fails_with(&s, &format!("seeds/figures.toml:{line}: unknown region \"helse-nordland\" in region (expected helse-sor-ost, helse-vest, helse-midt-norge or helse-nord)"));
}

#[test]
fn missing_region() {
    let mut s = Seeds::shipped();
    let start = s.figures.find("[[region]]\nid = \"helse-nord\"").unwrap();
    s.figures.truncate(start);
    fails_with(&s, "seeds/figures.toml:1: missing region \"helse-nord\"");
}

#[test]
fn unknown_kind() {
    let mut s = Seeds::shipped();
    s.figures = replaced(
        &s.figures,
        "value = 15\nkind = \"reported\"",
        "value = 15\nkind = \"guess\"",
    );
    let line = line_of(&s.figures, "label = \"Tronvik") - 1;
    fails_with(&s, &format!("seeds/figures.toml:{line}: unknown kind \"guess\" in region helse-vest cut 2 (expected reported, derived, estimate or assumption)"));
}

#[test]
fn estimate_without_method() {
    let mut s = Seeds::shipped();
    s.figures = replaced(
        &s.figures,
        "method = \"Midtpunktet i den planlagte reduksjonen på 5–11 plasser.\"\n",
        "",
    );
    let line = line_of(&s.figures, "label = \"Ideelle avtaleplasser i anbudet 2022") - 1;
    fails_with(&s, &format!("seeds/figures.toml:{line}: missing method in region helse-midt-norge cut 1 (required for kind \"estimate\")"));
}

#[test]
fn declared_before_after_does_not_add_up() {
    let mut s = Seeds::shipped();
    s.figures = replaced(
        &s.figures,
        "after = 605\nvalue = 134",
        "after = 609\nvalue = 134",
    );
    let line = line_of(&s.figures, "label = \"Ideelle avtaleplasser i anbudet 2024") - 1;
    fails_with(&s, &format!("seeds/figures.toml:{line}: declared sum does not add up in region helse-sor-ost cut 1: before − after = 739 − 609 = 130, but value is 134"));
}

#[test]
fn fbv_shares_do_not_add_up() {
    let mut s = Seeds::shipped();
    s.figures = replaced(
        &s.figures,
        "helse-nord = { value = 11,",
        "helse-nord = { value = 12,",
    );
    let line = line_of(&s.figures, "[fbv]");
    fails_with(&s, &format!("seeds/figures.toml:{line}: declared sum does not add up in fbv.share: the shares add up to 101, not the declared 100"));
}

#[test]
fn declared_population_does_not_add_up() {
    let mut s = Seeds::shipped();
    s.files = replaced(&s.files, "helse-vest = 1127089", "helse-vest = 1127000");
    let line = line_of(&s.files, "[population]");
    fails_with(&s, &format!("seeds/files.toml:{line}: declared sum does not add up in population.declared: helse-vest is 1127000, but the municipalities of 2022 sum to 1127089"));
}

#[test]
fn checksum_mismatch() {
    let mut s = Seeds::shipped();
    // One digit of one number in the NPR file changes.
    let text = String::from_utf8(s.npr.clone()).unwrap();
    s.npr = replaced(&text, "\"407178\"", "\"407179\"").into_bytes();
    let line = line_of(&s.files, "[npr]");
    // The checksum files.toml holds is the shipped file's (scripts/release.sh writes both).
    let expected = sha256_hex(NPR);
    assert!(s.files.contains(&format!("sha256 = \"{expected}\"")));
    fails_with(&s, &format!("seeds/files.toml:{line}: checksum mismatch for seeds/npr_tsb.csv: expected {expected}, found {}", sha256_hex(&s.npr)));
}

impl Seeds {
    /// The NPR CSV replaced by `npr`, its checksum in files.toml updated so the CSV reader runs.
    fn with_npr(mut self, npr: String) -> Seeds {
        self.npr = npr.into_bytes();
        self.files = replaced(&self.files, &sha256_hex(NPR), &sha256_hex(&self.npr));
        self
    }
}

#[test]
fn national_row_must_equal_the_sum_of_the_regions() {
    let text = String::from_utf8(NPR.to_vec()).unwrap();
    // The 2022 national inpatient days.
    let s = Seeds::shipped().with_npr(replaced(&text, "\"649982\"", "\"649983\""));
    let line = line_of(&String::from_utf8(s.npr.clone()).unwrap(), "\"649983\"");
    fails_with(&s, &format!("seeds/npr_tsb.csv:{line}: inpatient days 2022 for Landet (649983) do not equal the sum of the regions (649982)"));
}

/// Found by the fuzzer (fuzz/regressions/seeds/): a missing row was reported at line 0.
#[test]
fn missing_npr_row_names_the_header_line() {
    let text = String::from_utf8(NPR.to_vec()).unwrap();
    let row = text
        .lines()
        .find(|l| l.starts_with("\"2017\";\"hele året\"") && l.contains("Region Sør-Øst"))
        .expect("the 2017 row of Helse Sør-Øst");
    let s = Seeds::shipped().with_npr(replaced(&text, &format!("{row}\n"), ""));
    fails_with(
        &s,
        "seeds/npr_tsb.csv:1: no whole-year inpatient days for helse-sor-ost in 2017: no such row",
    );
}

#[test]
fn source_never_cited() {
    let mut s = Seeds::shipped();
    s.sources.push_str(
        "\n[[source]]\nid = \"orphan\"\npublisher = \"X\"\ntitle = \"Y\"\ndate = \"2024\"\n",
    );
    let line = line_of(&s.sources, "id = \"orphan\"") - 1;
    fails_with(
        &s,
        &format!("seeds/sources.toml:{line}: source \"orphan\" is never cited"),
    );
}

#[test]
fn duplicate_source_and_plain_http_are_refused() {
    let mut s = Seeds::shipped();
    s.sources.push_str("\n[[source]]\nid = \"fmr-2004\"\npublisher = \"X\"\ntitle = \"Y\"\ndate = \"2024\"\nurl = \"http://example.org\"\n");
    let line = line_of(&s.sources, "id = \"fmr-2004\"\npublisher = \"X\"") - 1;
    let errors = s.run().unwrap_err();
    assert_eq!(
        errors[0],
        format!("seeds/sources.toml:{line}: duplicate source id \"fmr-2004\"")
    );
    assert_eq!(errors[1], format!("seeds/sources.toml:{line}: url of source \"fmr-2004\" must start with https:// (found \"http://example.org\")"));
}

#[test]
fn unknown_field_is_a_toml_error_with_its_line() {
    let mut s = Seeds::shipped();
    s.figures = replaced(&s.figures, "value = 1139\n", "value = 1139\nvalu = 1\n");
    let line = line_of(&s.figures, "valu = 1");
    let errors = s.run().unwrap_err();
    assert!(
        errors[0].starts_with(&format!("seeds/figures.toml:{line}: unknown field `valu`")),
        "{}",
        errors[0]
    );
}

#[test]
fn malformed_toml_names_its_line() {
    let mut s = Seeds::shipped();
    s.figures = replaced(&s.figures, "value = 400\n", "value = = 400\n");
    let line = line_of(&s.figures, "value = = 400");
    let errors = s.run().unwrap_err();
    assert!(
        errors[0].starts_with(&format!("seeds/figures.toml:{line}: ")),
        "{}",
        errors[0]
    );
}

#[test]
fn unknown_cut_with_a_value_is_refused() {
    let mut s = Seeds::shipped();
    s.figures = replaced(
        &s.figures,
        "unknown = true\neffective = \"2025-01\"\nsources = [\"opprop-2024\"]",
        "unknown = true\nvalue = 0\neffective = \"2025-01\"\nsources = [\"opprop-2024\"]",
    );
    let line = line_of(&s.figures, "label = \"Kutt ved de offentlige sykehusene\"") - 1;
    fails_with(&s, &format!("seeds/figures.toml:{line}: region helse-sor-ost cut 2 is marked unknown but has a value"));
}

#[test]
fn shipped_map_has_four_regions_inside_its_frame() {
    let v = Seeds::shipped().run().unwrap();
    assert_eq!(v.map.source, "kartverket-fylker-2024");
    assert_eq!(v.map.regions.len(), 4);
    let (w, h) = v.map.size;
    for (path, (x, y)) in &v.map.regions {
        assert!(path.starts_with('M') && path.ends_with('Z'));
        assert!(*x <= w && *y <= h);
    }
}

#[test]
fn map_region_drawn_twice() {
    let mut s = Seeds::shipped();
    s.map = replaced(&s.map, "id = \"helse-nord\"", "id = \"helse-vest\"");
    let line = line_of(&s.map, "id = \"helse-vest\"\ncounties_2024 = [\"18\"") - 1;
    fails_with(
        &s,
        &format!("seeds/map.toml:{line}: region helse-vest drawn twice in map"),
    );
}

#[test]
fn map_path_outside_the_frame() {
    let mut s = Seeds::shipped();
    let start = s.map.find("path = \"M").unwrap() + "path = \"M".len();
    let end = start + s.map[start..].find('L').unwrap();
    let first = s.map[start..end].to_owned();
    s.map = format!("{}9999 0{}", &s.map[..start], &s.map[end..]);
    let line = line_of(&s.map, "id = \"helse-sor-ost\"") - 1;
    assert!(!first.is_empty());
    fails_with(
        &s,
        &format!(
            "seeds/map.toml:{line}: path of helse-sor-ost: point 9999 0 at character 2 lies outside the 392×500 frame"
        ),
    );
}

#[test]
fn map_path_with_a_foreign_command() {
    let mut s = Seeds::shipped();
    let at = s.map.find("path = \"M").unwrap() + "path = \"M".len();
    s.map.insert(at, 'C');
    let line = line_of(&s.map, "id = \"helse-sor-ost\"") - 1;
    fails_with(
        &s,
        &format!("seeds/map.toml:{line}: path of helse-sor-ost: expected \"x y\" at character 2"),
    );
}

#[test]
fn map_county_in_two_regions() {
    let mut s = Seeds::shipped();
    s.map = replaced(
        &s.map,
        "counties_2024 = [\"11\", \"46\"]",
        "counties_2024 = [\"11\", \"03\"]",
    );
    let line = line_of(&s.map, "id = \"helse-vest\"") - 1;
    fails_with(
        &s,
        &format!("seeds/map.toml:{line}: county 03 is in two regions of the map"),
    );
}

#[test]
fn map_unknown_source() {
    let mut s = Seeds::shipped();
    s.map = replaced(
        &s.map,
        "source = \"kartverket-fylker-2024\"",
        "source = \"kartverket-1999\"",
    );
    let line = line_of(&s.map, "[map]");
    fails_with(
        &s,
        &format!("seeds/map.toml:{line}: unknown source id \"kartverket-1999\" in map"),
    );
}

#[test]
fn impossible_release_date() {
    for bad in ["2026-02-30", "2026-13-01", "22.11.2026", "2026-11"] {
        let mut s = Seeds::shipped();
        // The shipped date is whatever scripts/release.sh last wrote.
        let shipped = s
            .figures
            .lines()
            .find(|l| l.starts_with("release_date = "))
            .expect("a release_date line")
            .to_owned();
        s.figures = replaced(&s.figures, &shipped, &format!("release_date = \"{bad}\""));
        let line = line_of(&s.figures, "release_date =");
        fails_with(
            &s,
            &format!(
                "seeds/figures.toml:{line}: invalid release_date \"{bad}\" (expected YYYY-MM-DD)"
            ),
        );
    }
}

#[test]
fn status_with_an_unknown_state() {
    let mut s = Seeds::shipped();
    s.figures = replaced(
        &s.figures,
        "{ date = \"2024-11-11\", state = \"halted\"",
        "{ date = \"2024-11-11\", state = \"paused\"",
    );
    let line = line_of(&s.figures, "label = \"Ideelle avtaleplasser i anbudet 2024") - 1;
    fails_with(
        &s,
        &format!("seeds/figures.toml:{line}: unknown state \"paused\" in region helse-sor-ost cut 1 (expected announced, decided, in-force, halted, cancelled, ended)"),
    );
}

#[test]
fn statuses_out_of_order() {
    let mut s = Seeds::shipped();
    s.figures = replaced(
        &s.figures,
        "{ date = \"2024-11-11\", state = \"halted\"",
        "{ date = \"2023-11-11\", state = \"halted\"",
    );
    let line = line_of(&s.figures, "label = \"Ideelle avtaleplasser i anbudet 2024") - 1;
    fails_with(
        &s,
        &format!("seeds/figures.toml:{line}: statuses out of order in region helse-sor-ost cut 1: 2023-11-11 after 2024-10-21"),
    );
}

#[test]
fn cut_without_a_status() {
    let mut s = Seeds::shipped();
    s.figures = replaced(
        &s.figures,
        "status = [\n  { date = \"2024-01\", state = \"decided\", sources = [\"rho-nyttar-2024\"] },\n]\nnote = \"25 ",
        "note = \"25 ",
    );
    let line = line_of(
        &s.figures,
        "label = \"Helse Bergen, avdeling for rusmedisin\"",
    ) - 1;
    fails_with(
        &s,
        &format!("seeds/figures.toml:{line}: missing status in region helse-vest cut 1 (at least one dated status with its source)"),
    );
}

#[test]
fn status_without_a_source() {
    let mut s = Seeds::shipped();
    s.figures = replaced(
        &s.figures,
        "{ date = \"2025-10-17\", state = \"announced\", sources = [\"stortinget-spm-152-2025\", \"manifest-tsb-2025\"]",
        "{ date = \"2025-10-17\", state = \"announced\", sources = []",
    );
    let line = line_of(&s.figures, "label = \"Ideelle avtaleplasser i anbudet 2024") - 1;
    fails_with(
        &s,
        &format!("seeds/figures.toml:{line}: missing source in region helse-sor-ost cut 1"),
    );
}

#[test]
fn status_without_a_date() {
    let mut s = Seeds::shipped();
    s.figures = replaced(
        &s.figures,
        "{ date = \"2025-10-17\", state = \"announced\",",
        "{ state = \"announced\",",
    );
    let line = line_of(
        &s.figures,
        "{ state = \"announced\", sources = [\"stortinget-spm-152-2025\"",
    );
    fails_with(
        &s,
        &format!("seeds/figures.toml:{line}: missing field `date`"),
    );
}

#[test]
fn status_note_without_its_translation() {
    let mut s = Seeds::shipped();
    s.figures = replaced(
        &s.figures,
        ", note_nn = \"ny anbodsrunde under førebuing\"",
        "",
    );
    let line = line_of(&s.figures, "label = \"Ideelle avtaleplasser i anbudet 2024") - 1;
    fails_with(
        &s,
        &format!("seeds/figures.toml:{line}: missing note_nn in region helse-sor-ost cut 1"),
    );
}

#[test]
fn sources_checked_after_the_release() {
    let mut s = Seeds::shipped();
    s.figures = replaced(
        &s.figures,
        "sources_checked = \"2026-12-08\"",
        "sources_checked = \"2027-01-01\"",
    );
    let line = line_of(&s.figures, "sources_checked = ");
    fails_with(
        &s,
        &format!("seeds/figures.toml:{line}: sources_checked 2027-01-01 is after the release date 2026-12-08"),
    );
}

#[test]
fn corrections_log_with_a_wrong_old_value() {
    let mut s = Seeds::shipped();
    s.changes = replaced(
        &s.changes,
        "figure = \"before\"\nold = 1237",
        "figure = \"before\"\nold = 1236",
    );
    let line = line_of(&s.changes, "old = 1236") - 3;
    fails_with(
        &s,
        &format!("seeds/changes.toml:{line}: old 1236 of helse-sor-ost before is not the previous release's 1237"),
    );
}

#[test]
fn corrections_log_without_a_translation() {
    let mut s = Seeds::shipped();
    s.changes = replaced(
        &s.changes,
        "reason_en = \"The FBV loss is 20 places from the 2022 figure (was 16).\"\n",
        "",
    );
    let line = line_of(&s.changes, "reason = \"FBV-tapet er 20 plasser") - 6;
    fails_with(
        &s,
        &format!("seeds/changes.toml:{line}: missing reason_en in change"),
    );
}

#[test]
fn status_date_that_is_no_date() {
    let mut s = Seeds::shipped();
    s.figures = replaced(&s.figures, "date = \"2024-12-12\"", "date = \"2024-13\"");
    let line = line_of(&s.figures, "label = \"Ideelle avtaleplasser i anbudet 2024") - 1;
    fails_with(
        &s,
        &format!("seeds/figures.toml:{line}: invalid status date \"2024-13\" in region helse-sor-ost cut 1 (expected YYYY, YYYY-MM or YYYY-MM-DD)"),
    );
}

#[test]
fn later_population_that_does_not_add_up() {
    let mut s = Seeds::shipped();
    s.files = replaced(&s.files, "\"2025\" = 5594340", "\"2025\" = 5594341");
    let line = line_of(&s.files, "[population_later]");
    fails_with(
        &s,
        &format!("seeds/files.toml:{line}: declared sum does not add up in population_later.declared_norge: 2025 is 5594341, but the counties sum to 5594340"),
    );
}

#[test]
fn the_release_id_follows_the_seeds_and_the_model() {
    let id = |s: &Seeds, model: &[(&str, &[u8])]| {
        let v = s.run_with_model(model).expect("valid");
        assert_eq!(v.release_id(), format!("{}-{}", v.release_date, v.release));
        v.release_id()
    };
    let shipped = Seeds::shipped();
    let model: [(&str, &[u8]); 2] = [
        ("src/model/calc/mod.rs", b"fn a() {}"),
        ("src/model/lang.rs", b"fn b() {}"),
    ];
    let base = id(&shipped, &model);
    assert_eq!(base.len(), 19, "{base}");
    // The same inputs give the same id.
    assert_eq!(id(&shipped, &model), base);
    // A change in how a figure is computed is a new release, as is a byte moved between files.
    let changed: [(&str, &[u8]); 2] = [
        ("src/model/calc/mod.rs", b"fn a() { }"),
        ("src/model/lang.rs", b"fn b() {}"),
    ];
    assert_ne!(id(&shipped, &changed), base);
    let moved: [(&str, &[u8]); 2] = [
        ("src/model/calc/mod.rs", b"fn a() {}f"),
        ("src/model/lang.rs", b"n b() {}"),
    ];
    assert_ne!(id(&shipped, &moved), base);
    // A change in a seeded figure is a new release too, on the same date.
    let mut edited = Seeds::shipped();
    edited.figures = edited.figures.replacen("value = 15\n", "value = 25\n", 1);
    assert_ne!(edited.figures, shipped.figures);
    let other = id(&edited, &model);
    assert_ne!(other, base);
    assert_eq!(other[..11], base[..11]);
}
