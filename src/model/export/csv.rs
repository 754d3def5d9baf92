//! A CSV file in a language's conventions.

use crate::model::dataset::Source;
use crate::model::i18n::export_strings::ExportStrings;
use crate::model::i18n::numbers::{self, NumberStyle};

/// A CSV file being written in a language's conventions: Norwegian spreadsheet apps read `;`
/// between fields and a decimal comma, English ones `,` and a decimal point.
pub(super) struct Csv {
    pub(super) out: String,
    style: NumberStyle,
    separator: char,
}

impl Csv {
    /// An empty file (just the byte-order mark) for `style`.
    pub(super) fn new(style: NumberStyle) -> Csv {
        Csv {
            out: String::from('\u{feff}'),
            style,
            separator: if style.decimal == ',' { ';' } else { ',' },
        }
    }

    /// A number with the decimals the screen shows: the language's decimal mark, ASCII minus,
    /// no grouping; empty if not a number.
    pub(super) fn number(&self, x: f64, decimals: u8) -> String {
        if !x.is_finite() {
            return String::new();
        }
        numbers::number(self.style, x, decimals)
            .chars()
            .filter(|c| *c != self.style.group)
            .map(|c| if c == numbers::MINUS { '-' } else { c })
            .collect()
    }

    /// One field: quoted when it holds the separator, a quote or a line break (quotes doubled);
    /// text a spreadsheet would read as a formula (`=`, `+`, `-`, `@` first) gets a leading
    /// apostrophe.
    pub(super) fn field(&mut self, text: &str) {
        let formula = text.starts_with(['=', '+', '-', '@']);
        let quote = formula || text.contains([self.separator, '"', '\n', '\r']);
        if quote {
            self.out.push('"');
        }
        if formula {
            self.out.push('\'');
        }
        for c in text.chars() {
            if c == '"' {
                self.out.push('"');
            }
            self.out.push(c);
        }
        if quote {
            self.out.push('"');
        }
    }

    /// One record; numbers come already written and are not guarded as formulas.
    pub(super) fn record(&mut self, fields: &[Field]) {
        for (i, f) in fields.iter().enumerate() {
            if i > 0 {
                self.out.push(self.separator);
            }
            match f {
                Field::Text(t) => self.field(t),
                Field::Number(n) => self.out.push_str(n),
            }
        }
        self.out.push_str("\r\n");
    }

    /// The source list: a heading, column names, a source a line.
    pub(super) fn sources<'a>(
        &mut self,
        t: &ExportStrings,
        sources: impl Iterator<Item = &'a Source>,
    ) {
        self.record(&[Field::Text(t.sources.heading)]);
        let columns = t.sources.in_order().map(Field::Text);
        self.record(&columns);
        for s in sources {
            self.record(&[
                Field::Text(s.id),
                Field::Text(s.publisher),
                Field::Text(s.title),
                Field::Text(s.date),
                Field::Text(s.url.unwrap_or("")),
            ]);
        }
    }
}

pub(super) enum Field<'a> {
    Text(&'a str),
    Number(String),
}
