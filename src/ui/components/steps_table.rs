//! The five steps from places before to places after, with change, per 100 000 and the
//! projection model beside them. Operators stand in the label column; values stay positive.

use crate::data::dataset;
use crate::model::i18n::numbers;
use crate::model::view::rows::{step_rows, Unit};
use crate::model::{Line, Strings};
use crate::ui::html::cells::{head_row_html, kind_class, range_text, source_marks};
use crate::ui::html::markup::Markup;
use crate::ui::props::RegionViewProps;
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

/// One row as Yew nodes: label, value with its range under it, kind and sources. While a slider
/// is dragged only the value and range change, so the browser updates two text nodes instead of
/// parsing a new table and laying the page out again (scripts/dev/bench.mjs, P6).
pub(super) fn row(
    strings: &Strings,
    testid: &'static str,
    label: String,
    line: &Line,
    shown: Shown,
    extra: &str,
) -> Html {
    let class = (testid == "step-after").then_some("total");
    // The range sits under the value in the same cell, so narrow screens need no scrolling.
    let mut value = strings.value(line, shown.decimals, shown.signed, shown.minimum);
    if !extra.is_empty() {
        value.push_str(&format!(" ({extra})"));
    }
    let range = range_text(strings, line, shown.decimals, shown.signed);
    // The marks change only with the sources; equal markup costs Yew no DOM work.
    let mut marks = Markup::new();
    source_marks(&mut marks, line.sources);
    html! {
        <tr key={testid} data-testid={testid} {class}>
            <th scope="row">{ label }</th>
            <td class={kind_class(line)}>
                <span data-testid="value">{ value }</span>
                if !range.is_empty() {
                    <span class="range">{ range }</span>
                }
            </td>
            <td class="kind">{ strings.kind(line.kind) }</td>
            <td class="src">{ marks.into_html() }</td>
        </tr>
    }
}

/// The test id of a row, from its export id.
fn testid(id: &'static str) -> &'static str {
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

/// The steps table of one region: the rows `model::view::rows::step_rows` gives (the downloads
/// take theirs from the same place), the change in per cent beside the change.
#[component]
pub fn StepsTable(props: &RegionViewProps) -> Html {
    let strings = props.lang.strings();
    let data = dataset();
    let r = props.result();
    let (from, to) = (data.reference_year, props.results.0.year);
    let change_pct = numbers::signed_percent(strings.numbers, r.change_pct.span.mid, 1);

    let rows = step_rows(strings, data, r, to)
        .iter()
        .filter(|s| s.unit != Unit::Percent)
        .map(|step| {
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
            let label = format!("{}{}", step.op, step.label);
            row(strings, testid(step.id), label, step.line, shown, extra)
        })
        .collect::<Html>();
    html! {
        <div class="steps-wrap">
            <div class="scroll">
                <table class="steps" data-testid="steps-table">
                    <caption>{ format!("{} {from}–{to}", strings.steps_heading) }</caption>
                    { head_row_html(&strings.steps_columns.in_order(), &[1]) }
                    <tbody>{ rows }</tbody>
                </table>
            </div>
            if r.cuts.partly_unknown {
                <p class="note" data-testid="unknown-note">{ strings.unknown_note }</p>
            }
        </div>
    }
}
