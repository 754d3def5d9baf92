//! Quotes are the sources' own words. Every «…» in a text of `seeds/figures.toml`, and every
//! status `quote`, whose figure or status cites a document kept here must stand in that
//! document word for word (line breaks and runs of spaces count as one space). Kept here, for
//! this test only (nothing ships from them): the five seed documents, and the quoted passages of
//! the later pages the statuses and definitions rest on, each with its address
//! (`tests/seed-documents/pages/`). Quotes from sources without a copy here are checked by
//! reading.

#![cfg(not(target_arch = "wasm32"))]

use toml::Value;

const FIGURES: &str = include_str!("../seeds/figures.toml");

/// The documents quoted, by the source id that cites them: the seed documents (sources 1–5 of
/// the research notes), then the quoted passages of later pages, each file starting with the
/// page's address (`tests/seed-documents/pages/`).
const DOCUMENTS: [(&str, &str); 12] = [
    ("opprop-2024", include_str!("seed-documents/000.txt")),
    ("rph-horing-2024", include_str!("seed-documents/001.txt")),
    ("hso-behov-2022", include_str!("seed-documents/004.txt")),
    (
        "hdir-samdata-tsb-plasser",
        include_str!("seed-documents/pages/hdir-samdata-tsb-plasser.txt"),
    ),
    (
        "rho-tsb-2021",
        include_str!("seed-documents/pages/rho-tsb-2021.txt"),
    ),
    (
        "rho-fbv-2022",
        include_str!("seed-documents/pages/rho-fbv-2022.txt"),
    ),
    (
        "manifest-tsb-2025",
        include_str!("seed-documents/pages/manifest-tsb-2025.txt"),
    ),
    (
        "stortinget-spm-152-2025",
        include_str!("seed-documents/pages/stortinget-spm-152-2025.txt"),
    ),
    (
        "rho-739-2023",
        include_str!("seed-documents/pages/rho-739-2023.txt"),
    ),
    (
        "dagsavisen-forlengelse-2024",
        include_str!("seed-documents/pages/dagsavisen-forlengelse-2024.txt"),
    ),
    (
        "mp-fbv-2023",
        include_str!("seed-documents/pages/mp-fbv-2023.txt"),
    ),
    (
        "ytresogn-tronvik",
        include_str!("seed-documents/pages/ytresogn-tronvik.txt"),
    ),
];

fn normalised(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The «…» segments of a text.
fn quoted(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('«') {
        let after = &rest[open + '«'.len_utf8()..];
        let Some(close) = after.find('»') else { break };
        out.push(&after[..close]);
        rest = &after[close + '»'.len_utf8()..];
    }
    out
}

fn source_ids(table: &toml::Table) -> Vec<&str> {
    table
        .get("sources")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default()
}

/// Every (quote, cited seed documents, where) in a table and the tables inside it.
fn collect<'a>(value: &'a Value, path: &str, out: &mut Vec<(String, Vec<&'a str>, String)>) {
    match value {
        Value::Table(table) => {
            let cited: Vec<&str> = source_ids(table)
                .into_iter()
                .filter_map(|id| DOCUMENTS.iter().find(|(d, _)| *d == id).map(|(_, t)| *t))
                .collect();
            for (key, v) in table {
                let here = format!("{path}.{key}");
                match v {
                    Value::String(text) if !cited.is_empty() => {
                        if key == "quote" {
                            out.push((text.clone(), cited.clone(), here.clone()));
                        }
                        for q in quoted(text) {
                            out.push((q.to_owned(), cited.clone(), here.clone()));
                        }
                    }
                    _ => collect(v, &here, out),
                }
            }
        }
        Value::Array(items) => {
            for (i, v) in items.iter().enumerate() {
                collect(v, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// Status quotes whose sources are none of the seed documents: a note may repeat them (checked
/// by reading, like every quote from other sources).
fn other_quotes(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Table(table) => {
            let ids = source_ids(table);
            if let Some(q) = table.get("quote").and_then(Value::as_str) {
                if !ids.iter().any(|id| DOCUMENTS.iter().any(|(d, _)| d == id)) {
                    out.push(q.to_owned());
                }
            }
            table.values().for_each(|v| other_quotes(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| other_quotes(v, out)),
        _ => {}
    }
}

fn seed_quotes() -> Vec<(String, Vec<&'static str>, String)> {
    let figures: Value = toml::from_str(FIGURES).expect("figures.toml parses");
    // The figures' own table is static for the life of the test.
    let figures: &'static Value = Box::leak(Box::new(figures));
    let mut out = Vec::new();
    collect(figures, "figures", &mut out);
    let mut others = Vec::new();
    other_quotes(figures, &mut others);
    out.retain(|(q, _, _)| !others.iter().any(|o| o.contains(q.as_str())));
    out
}

#[test]
fn every_quote_from_a_seed_document_is_its_exact_words() {
    let quotes = seed_quotes();
    // The headline quotes are among them, so the test reaches what the widget shows.
    for needle in [
        "bortfallet av 200 plasser",
        "Disse plassene varer bare frem til 2024",
        "nedbyggingen av ca 400 døgnbehandlingsplasser",
        "lagt ned eller planlagt lagt ned i løpet av to år",
        "om lag 1,23 milliarder kroner",
        "en nedgang i antall døgnopphold med to prosent",
        "Inkludert i dette ligger IKKE de institusjonene som har avtale med et regionalt helseforetak og er godkjent av Helfo som Fritt behandlingsvalgsinstitusjon.",
        "Omregnet i døgnplasser utgjør 44 500 døgn ca 182 plasser.",
        "avlyser det som gjenstår av anskaffelsen",
        "Helse Sør-Øst utarbeider nå ny behovskartlegging før ny anbudsrunde.",
        "i seks måneder fra årsskiftet",
        "legge ned drifta på Tronvik frå og med 1. mai, 2024",
        "Minst 100 døgnplasser borte",
    ] {
        assert!(
            quotes.iter().any(|(q, _, _)| q == needle),
            "the seeds no longer quote «{needle}»"
        );
    }
    for (quote, documents, place) in &quotes {
        let found = documents
            .iter()
            .any(|doc| normalised(doc).contains(&normalised(quote)));
        assert!(
            found,
            "{place}: «{quote}» is not the words of the seed document it cites"
        );
    }
}

#[test]
fn the_check_would_catch_a_changed_word() {
    // "om lag 200" was once written in quotation marks; the appeal says "bortfallet av 200".
    let appeal = DOCUMENTS[0].1;
    assert!(!normalised(appeal).contains("om lag 200"));
    assert!(normalised(appeal).contains("bortfallet av 200 plasser"));
    assert_eq!(quoted("a «b c» d «e»"), ["b c", "e"]);
}

#[test]
fn helse_sor_ost_is_quoted_from_its_own_page_in_every_language() {
    use dognplass::data::dataset;
    use dognplass::model::{compute, Lang, RegionId};
    let results = compute(dataset());
    let r = results.get(RegionId::HelseSorOst);
    let quote = "kortere innleggelser, sekvensielle behandlinger";
    assert!(normalised(DOCUMENTS[2].1).contains(quote));
    // With the tender halted the count is unchanged; with the reader's own cut in force, the
    // new agreements' places and stay count and the sentence gives both numbers.
    let mut edits = dognplass::model::Edits::default();
    edits.set(dognplass::model::Param::Cut(0), Some(134.0));
    let carried_out = dognplass::model::compute_scenario(
        dataset(),
        &edits,
        dognplass::model::Scenario::Egne,
        2025,
    );
    let r2 = carried_out.get(RegionId::HelseSorOst);
    for lang in [Lang::Nb, Lang::Nn, Lang::En] {
        let [_, hso] = lang.strings().perspectives(&results, r);
        assert!(hso.contains(&format!("«{quote}»")), "{lang:?}: {hso}");
        let [_, changed] = lang.strings().perspectives(&carried_out, r2);
        assert!(
            changed.contains(&format!("«{quote}»")),
            "{lang:?}: {changed}"
        );
        assert_ne!(hso, changed, "{lang:?}");
    }
}
