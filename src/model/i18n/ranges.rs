//! Ranges and dates in a language's words: `312–353`, `−266 til −170`, `19. januar 2024`.

use super::numbers;
use super::strings::Strings;
use crate::model::span::Span;

impl Strings {
    /// The bounds of a span, or `None` when they round to the same text.
    pub fn range(&self, span: Span, decimals: u8, with_sign: bool) -> Option<String> {
        let style = self.numbers;
        let fmt = |x| {
            if with_sign {
                numbers::signed(style, x, decimals)
            } else {
                numbers::number(style, x, decimals)
            }
        };
        let (low, high) = (fmt(span.low), fmt(span.high));
        if low == high {
            return None;
        }
        // A dash between two negative numbers reads as a minus; use a word then.
        if span.low < 0.0 || with_sign {
            Some(format!("{low} {} {high}", self.range_word))
        } else {
            Some(format!("{low}–{high}"))
        }
    }

    /// A calendar month and year: `august 2023`.
    pub fn month_year(&self, year: u16, month: u8) -> String {
        let name = self.months.get(month).unwrap_or("");
        let mut out = String::from(name);
        out.push(' ');
        numbers::push_digits(&mut out, u64::from(year), None);
        out
    }

    /// A date from an ISO text (`2024`, `2024-01`, `2024-01-19`): `2024`, `januar 2024`,
    /// `19. januar 2024`. Text that is not such a date is returned as it is.
    pub fn iso_date(&self, iso: &str) -> String {
        let parts: Vec<&str> = iso.split('-').collect();
        let num = |s: &str| s.parse::<u16>().ok();
        match parts.as_slice() {
            [y] if num(y).is_some() => (*y).to_owned(),
            [y, m] => match (num(y), num(m)) {
                (Some(y), Some(m @ 1..=12)) => self.month_year(y, m as u8),
                _ => iso.to_owned(),
            },
            [y, m, d] => match (num(y), num(m), num(d)) {
                (Some(y), Some(m @ 1..=12), Some(d @ 1..=31)) => {
                    let mut out = String::new();
                    numbers::push_digits(&mut out, u64::from(d), None);
                    out.push_str(self.numbers.after_day);
                    out.push_str(&self.month_year(y, m as u8));
                    out
                }
                _ => iso.to_owned(),
            },
            _ => iso.to_owned(),
        }
    }
}

#[cfg(all(test, feature = "nb"))]
mod tests {
    use crate::model::i18n::nb::STRINGS as NB;
    use crate::model::span::Span;

    #[test]
    fn ranges_collapse_when_they_round_alike() {
        assert_eq!(
            NB.range(Span::new(311.8, 323.4, 352.8), 0, false)
                .as_deref(),
            Some("312–353")
        );
        assert_eq!(NB.range(Span::new(29.6, 30.0, 30.4), 0, false), None);
        assert_eq!(
            NB.range(Span::new(-266.0, -232.0, -170.0), 0, false)
                .as_deref(),
            Some("\u{2212}266 til \u{2212}170")
        );
    }

    #[test]
    fn dates_in_bokmal() {
        assert_eq!(NB.iso_date("2026-11-22"), "22. november 2026");
        assert_eq!(NB.iso_date("2023-08"), "august 2023");
        assert_eq!(NB.iso_date("2024"), "2024");
        assert_eq!(NB.iso_date("c. 2022"), "c. 2022");
        assert_eq!(NB.iso_date("2024-13"), "2024-13");
        assert_eq!(NB.month_year(2025, 1), "januar 2025");
    }
}
