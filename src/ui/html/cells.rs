//! Markup helpers shared by the tables: a figure's value cell, its range and its source marks.

use crate::data::dataset;
use crate::model::dataset::SourceSet;
use crate::model::{Line, Strings};
use crate::ui::html::markup::Markup;
use yew::prelude::*;

/// The anchor id of a source in the source list.
pub fn source_anchor(id: &str) -> String {
    format!("kilde-{id}")
}

/// Numbered links to the cited sources, `[4] [12]`, numbered as in the source list.
pub fn source_marks(m: &mut Markup, set: SourceSet) {
    if set.is_empty() {
        return;
    }
    let sources = dataset().sources;
    m.open("span", &[("class", "refs")]);
    for n in set.indices() {
        if let Some(source) = sources.get(n) {
            let href = format!("#{}", source_anchor(source.id));
            m.el(
                "a",
                &[
                    ("class", "ref"),
                    ("href", &href),
                    ("title", source.publisher),
                ],
                &format!("[{}]", n + 1),
            );
        }
    }
    m.close("span");
}

/// A table cell with the sources of a figure.
pub fn source_cell(m: &mut Markup, set: SourceSet) {
    m.open("td", &[("class", "src")]);
    source_marks(m, set);
    m.close("td");
}

/// Class of a value cell: estimates get a dashed mark.
pub fn kind_class(line: &Line) -> &'static str {
    if line.kind.is_uncertain() {
        "val est"
    } else {
        "val"
    }
}

/// The range of a line as text, or nothing when it has none at the shown precision.
pub fn range_text(strings: &Strings, line: &Line, decimals: u8, with_sign: bool) -> String {
    strings
        .range(line.span, decimals, with_sign)
        .unwrap_or_default()
}

/// `<thead>` with one `<th scope="col">` per heading; the columns in `numeric` hold numbers and
/// get their heading aligned with them.
pub fn head_row(m: &mut Markup, headings: &[&str], numeric: &[usize]) {
    m.open("thead", &[]).open("tr", &[]);
    for (i, h) in headings.iter().enumerate() {
        if numeric.contains(&i) {
            m.el("th", &[("scope", "col"), ("class", "val")], h);
        } else {
            m.el("th", &[("scope", "col")], h);
        }
    }
    m.close("tr").close("thead");
}

/// [`head_row`] as Yew nodes, for tables built from nodes (the steps and the people tables).
pub fn head_row_html(headings: &[&'static str], numeric: &[usize]) -> Html {
    html! {
        <thead>
            <tr>
                { for headings.iter().enumerate().map(|(i, h)| html! {
                    <th scope="col" class={numeric.contains(&i).then_some("val")}>{ *h }</th>
                }) }
            </tr>
        </thead>
    }
}
