//! JSON text: string literals and numbers as machines read them.

use crate::model::dataset::Source;
use crate::model::i18n::numbers::{plain, round_to};

/// `text` as a JSON string literal.
pub fn json_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                out.push_str("\\u00");
                let n = c as u32;
                for d in [n >> 4, n & 15] {
                    out.push(char::from_digit(d, 16).unwrap_or('0'));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A number for JSON, or `null`.
pub(super) fn json_number(x: f64, decimals: u8) -> String {
    round_to(x, decimals).map_or_else(|| "null".to_owned(), plain)
}

/// The sources of the JSON file, one object a line.
pub(super) fn json_sources<'a>(out: &mut String, sources: impl Iterator<Item = &'a Source>) {
    for (n, s) in sources.enumerate() {
        out.push_str(if n == 0 { "\n" } else { ",\n" });
        out.push_str(&format!(
            "    {{ \"id\": {}, \"publisher\": {}, \"title\": {}, \"date\": {}, \"url\": {} }}",
            json_string(s.id),
            json_string(s.publisher),
            json_string(s.title),
            json_string(s.date),
            s.url.map_or_else(|| "null".to_owned(), json_string)
        ));
    }
}
