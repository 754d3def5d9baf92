//! The five steps from places before to places after, with change, per 100 000 and the
//! projection model beside them. Operators stand in the label column; values stay positive.

use super::cells::{head_row, kind_class, range_text, source_cell};
use super::markup::Markup;
use super::props::RegionViewProps;
use crate::data::dataset;
use crate::model::export::{step_rows, Unit};
use crate::model::format;
use crate::model::{Line, Strings};
use yew::prelude::*;

/// How a row shows its value.
#[derive(Clone, Copy)]
pub(super) struct Shown {
    decimals: u8,
    signed: bool,
    minimum: bool,
}

pub(super) const PLACES: Shown = Shown {
    decimals: 0,
    signed: false,
    minimum: false,
};
pub(super) const KNOWN_MINIMUM: Shown = Shown {
    decimals: 0,
    signed: false,
    minimum: true,
};

/// One row: label, value with its range under it, kind and sources.
pub(super) fn row(
    m: &mut Markup,
    strings: &Strings,
    testid: &str,
    label: &str,
    line: &Line,
    shown: Shown,
    extra: &str,
) {
    let class = if testid == "step-after" { "total" } else { "" };
    m.open("tr", &[("data-testid", testid), ("class", class)]);
    m.el("th", &[("scope", "row")], label);
    // The range sits under the value in the same cell, so narrow screens need no scrolling.
    let mut value = strings.value(line, shown.decimals, shown.signed, shown.minimum);
    if !extra.is_empty() {
        value.push_str(&format!(" ({extra})"));
    }
    m.open("td", &[("class", kind_class(line))]);
    m.el("span", &[("data-testid", "value")], &value);
    let range = range_text(strings, line, shown.decimals, shown.signed);
    if !range.is_empty() {
        m.el("span", &[("class", "range")], &range);
    }
    m.close("td");
    m.el("td", &[("class", "kind")], strings.kind(line.kind));
    source_cell(m, line.sources);
    m.close("tr");
}

/// The test id of a row, from its export id.
fn testid(id: &str) -> &str {
    match id {
        "before" => "step-before",
        "fbv" => "step-fbv",
        "cuts" => "step-tender",
        "compensation" => "step-comp",
        "after" => "step-after",
        "change" => "step-change",
        other => other,
    }
}

/// The steps table of one region: the rows `model::export::step_rows` gives (the downloads
/// take theirs from the same place), the change in per cent beside the change.
#[component]
pub fn StepsTable(props: &RegionViewProps) -> Html {
    let strings = props.lang.strings();
    let data = dataset();
    let r = props.result();
    let (from, to) = (data.reference_year, props.results.0.year);
    let change_pct = format::signed_percent(strings.numbers, r.change_pct.span.mid, 1);

    let mut m = Markup::new();
    m.open("div", &[("class", "steps-wrap")]);
    m.open("div", &[("class", "scroll")]);
    m.open(
        "table",
        &[("class", "steps"), ("data-testid", "steps-table")],
    );
    m.el(
        "caption",
        &[],
        &format!("{} {from}–{to}", strings.steps_heading),
    );
    head_row(&mut m, &strings.steps_columns, &[1]);
    m.open("tbody", &[]);
    for step in step_rows(strings, data, r, to)
        .iter()
        .filter(|s| s.unit != Unit::Percent)
    {
        let shown = Shown {
            decimals: step.decimals,
            signed: step.signed,
            minimum: step.minimum,
        };
        let extra = if step.id == "change" {
            &change_pct[..]
        } else {
            ""
        };
        row(
            &mut m,
            strings,
            testid(step.id),
            &format!("{}{}", step.op, step.label),
            step.line,
            shown,
            extra,
        );
    }
    m.close("tbody").close("table").close("div");
    if r.cuts.partly_unknown {
        m.el(
            "p",
            &[("class", "note"), ("data-testid", "unknown-note")],
            strings.unknown_note,
        );
    }
    m.close("div");
    m.into_html()
}
