//! The checks every part of figures.toml shares: sources cited, kinds, figures with their
//! ranges, texts in three languages, months and dated statuses; and the region ids.

use dognplass_ids::{Kind, RegionId, State};
use toml::Spanned;

use crate::error::{Doc, SeedError};
use crate::schema::{FigToml, StatusToml};
use crate::validated::{Figure, StatusOut, Texts};

/// Checks the entries of figures.toml, collecting every error rather than stopping at the
/// first, and noting which sources are cited.
pub(crate) struct Checker<'a> {
    /// The ids sources.toml lists, in its order.
    pub(crate) source_ids: Vec<String>,
    /// Every id cited so far (a source cited nowhere is an error at the end).
    pub(crate) cited: Vec<String>,
    /// Every error so far, in the order found.
    pub(crate) errors: Vec<SeedError>,
    /// figures.toml, which the errors point into.
    pub(crate) doc: &'a Doc<'a>,
}

impl Checker<'_> {
    /// Checks that `ids` are at least one and all known, and notes them as cited.
    pub(crate) fn cite(&mut self, at: usize, path: &str, ids: &[String]) -> bool {
        if ids.is_empty() {
            self.errors
                .push(self.doc.err(at, format!("missing source in {path}")));
            return false;
        }
        let mut ok = true;
        for id in ids {
            if self.source_ids.contains(id) {
                self.cited.push(id.clone());
            } else {
                self.errors.push(
                    self.doc
                        .err(at, format!("unknown source id \"{id}\" in {path}")),
                );
                ok = false;
            }
        }
        ok
    }

    /// The kind named, or `None` (with an error) when missing or unknown.
    pub(crate) fn kind(&mut self, at: usize, path: &str, kind: Option<&str>) -> Option<Kind> {
        match kind {
            None => {
                self.errors
                    .push(self.doc.err(at, format!("missing kind in {path}")));
                None
            }
            Some(k) => {
                let found = Kind::ALL.into_iter().find(|known| known.slug() == k);
                if found.is_none() {
                    let expected = one_of(&Kind::ALL.map(Kind::slug));
                    self.errors.push(self.doc.err(
                        at,
                        format!("unknown kind \"{k}\" in {path} (expected {expected})"),
                    ));
                }
                found
            }
        }
    }

    /// Checks value, range, kind, sources and method; `signed` allows negative values.
    pub(crate) fn figure(
        &mut self,
        fig: &Spanned<FigToml>,
        path: &str,
        signed: bool,
    ) -> Option<Figure> {
        let at = fig.span().start;
        let f = fig.get_ref();
        let kind = self.kind(at, path, f.kind.as_deref());
        let cited = self.cite(at, path, &f.sources);
        let Some(value) = f.value else {
            self.errors
                .push(self.doc.err(at, format!("missing value in {path}")));
            return None;
        };
        let mut ok = kind.is_some() && cited;
        for (name, x) in [("value", Some(value)), ("low", f.low), ("high", f.high)] {
            if let Some(x) = x {
                if !x.is_finite() || (!signed && x < 0.0) {
                    self.errors.push(self.doc.err(
                        at,
                        format!("{name} {x} in {path} must be a finite number of at least 0"),
                    ));
                    ok = false;
                }
            }
        }
        if let Some(low) = f.low.filter(|low| *low > value) {
            self.errors.push(
                self.doc
                    .err(at, format!("low {low} is above value {value} in {path}")),
            );
            ok = false;
        }
        if let Some(high) = f.high.filter(|high| *high < value) {
            self.errors.push(
                self.doc
                    .err(at, format!("value {value} is above high {high} in {path}")),
            );
            ok = false;
        }
        // What is judged or chosen must say how.
        if let Some(k) = kind.filter(|k| matches!(k, Kind::Estimate | Kind::Assumption)) {
            if f.method.as_deref().is_none_or(|m| m.trim().is_empty()) {
                self.errors.push(self.doc.err(
                    at,
                    format!(
                        "missing method in {path} (required for kind \"{}\")",
                        k.slug()
                    ),
                ));
                ok = false;
            }
        }
        let note = self.texts(at, path, "note", [&f.note, &f.note_nn, &f.note_en]);
        let method = self.texts(at, path, "method", [&f.method, &f.method_nn, &f.method_en]);
        ok.then(|| Figure {
            value,
            low: f.low,
            high: f.high,
            kind: kind.unwrap_or(Kind::Reported),
            sources: f.sources.clone(),
            note,
            method,
        })
    }

    /// A text with its nynorsk and English versions, or `None` without the bokmål one. A
    /// missing or empty translation is an error naming the key.
    pub(crate) fn texts(
        &mut self,
        at: usize,
        path: &str,
        key: &str,
        [nb, nn, en]: [&Option<String>; 3],
    ) -> Option<Texts> {
        let nb = nb.clone()?;
        let mut translated = |lang: &str, text: &Option<String>| match text {
            Some(t) if !t.trim().is_empty() => t.clone(),
            _ => {
                self.errors
                    .push(self.doc.err(at, format!("missing {key}_{lang} in {path}")));
                nb.clone()
            }
        };
        let nn = translated("nn", nn);
        let en = translated("en", en);
        Some(Texts { nb, nn, en })
    }

    /// A month written `YYYY-MM`, or `None` with an error.
    pub(crate) fn year_month(&mut self, at: usize, path: &str, text: &str) -> Option<(u16, u8)> {
        let parsed = text.split_once('-').and_then(|(y, m)| {
            let y: u16 = y.parse().ok()?;
            let m: u8 = m.parse().ok()?;
            ((1900..=2100).contains(&y) && (1..=12).contains(&m) && text.len() == 7)
                .then_some((y, m))
        });
        if parsed.is_none() {
            self.errors.push(self.doc.err(
                at,
                format!("invalid month \"{text}\" in {path} (expected YYYY-MM)"),
            ));
        }
        parsed
    }

    /// Checks a list of dated statuses: at least one, known states, dates in order, sources.
    pub(crate) fn statuses(
        &mut self,
        at: usize,
        path: &str,
        list: &[StatusToml],
    ) -> Option<Vec<StatusOut>> {
        if list.is_empty() {
            self.errors.push(self.doc.err(
                at,
                format!("missing status in {path} (at least one dated status with its source)"),
            ));
            return None;
        }
        let mut out = Vec::new();
        let mut ok = true;
        let mut last = String::new();
        for st in list {
            let state = State::parse(&st.state);
            if state.is_none() {
                self.errors.push(self.doc.err(
                    at,
                    format!(
                        "unknown state \"{}\" in {path} (expected {})",
                        st.state,
                        State::ALL.map(State::slug).join(", ")
                    ),
                ));
                ok = false;
            }
            let date_ok = match st.date.len() {
                4 => st.date.parse::<u16>().is_ok(),
                7 => st.date.split_once('-').is_some_and(|(y, m)| {
                    y.parse::<u16>().is_ok() && m.parse::<u8>().is_ok_and(|m| (1..=12).contains(&m))
                }),
                10 => is_iso_date(&st.date),
                _ => false,
            };
            if !date_ok {
                self.errors.push(self.doc.err(
                    at,
                    format!(
                        "invalid status date \"{}\" in {path} (expected YYYY, YYYY-MM or YYYY-MM-DD)",
                        st.date
                    ),
                ));
                ok = false;
            } else if st.date < last && !last.starts_with(st.date.as_str()) {
                // A coarser date that contains the previous one ("2025" after "2025-05-16",
                // for an undated source known to be later that year) is in order.
                self.errors.push(self.doc.err(
                    at,
                    format!("statuses out of order in {path}: {} after {last}", st.date),
                ));
                ok = false;
            }
            last.clone_from(&st.date);
            ok &= self.cite(at, path, &st.sources);
            if st.quote.is_some() != st.quote_en.is_some() {
                self.errors.push(self.doc.err(
                    at,
                    format!("a status quote in {path} needs quote_en, its English gloss"),
                ));
                ok = false;
            }
            if st.quote.as_deref().is_some_and(|q| q.trim().is_empty()) {
                self.errors
                    .push(self.doc.err(at, format!("empty quote in {path}")));
                ok = false;
            }
            let note = self.texts(at, path, "note", [&st.note, &st.note_nn, &st.note_en]);
            if note.is_none() && (st.note_nn.is_some() || st.note_en.is_some()) {
                self.errors.push(
                    self.doc
                        .err(at, format!("status note in {path} has no bokmål text")),
                );
                ok = false;
            }
            out.push(StatusOut {
                date: st.date.clone(),
                state: state.unwrap_or(State::Announced),
                sources: st.sources.clone(),
                quote: st.quote.clone(),
                quote_en: st.quote_en.clone(),
                note,
            });
        }
        ok.then_some(out)
    }
}

/// The index of a region id into `RegionId::PARTS`-ordered tables; exact, as the seeds write it.
pub(crate) fn region_index(id: &str) -> Option<usize> {
    RegionId::PARTS.iter().position(|r| r.slug() == id)
}

pub(crate) fn unknown_region(doc: &Doc, at: usize, id: &str, what: &str) -> SeedError {
    let expected = one_of(&RegionId::PARTS.map(RegionId::slug));
    doc.err(
        at,
        format!("unknown region \"{id}\" in {what} (expected {expected})"),
    )
}

/// `a, b, c or d`.
fn one_of(names: &[&str]) -> String {
    match names.split_last() {
        Some((last, [])) => (*last).to_owned(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    }
}

/// A calendar date written `YYYY-MM-DD` (days checked against the month, leap years included).
pub(crate) fn is_iso_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return false;
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return false;
    }
    let (y, m, d): (u32, u32, u32) = match (y.parse(), m.parse(), d.parse()) {
        (Ok(y), Ok(m), Ok(d)) => (y, m, d),
        _ => return false,
    };
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1900..=2100).contains(&y) && (1..=days).contains(&d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_know_month_lengths_and_leap_years() {
        for good in ["2024-02-29", "2000-02-29", "2026-12-31", "1900-01-01"] {
            assert!(is_iso_date(good), "{good}");
        }
        for bad in [
            "2023-02-29",
            "1900-02-29",
            "2026-04-31",
            "2026-13-01",
            "2026-1-01",
            "26-01-01",
            "2026-01-01x",
            "2101-01-01",
        ] {
            assert!(!is_iso_date(bad), "{bad}");
        }
    }

    #[test]
    fn lists_end_with_or() {
        assert_eq!(one_of(&["a"]), "a");
        assert_eq!(one_of(&["a", "b", "c"]), "a, b or c");
        assert_eq!(one_of(&[]), "");
    }

    #[test]
    fn region_ids_are_exact_and_exclude_norway() {
        assert_eq!(region_index("helse-vest"), Some(1));
        assert_eq!(region_index("Helse-Vest"), None);
        assert_eq!(region_index("norge"), None);
    }
}
