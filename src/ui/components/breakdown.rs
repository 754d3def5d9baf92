//! Each cut and each compensating purchase on its own row, with its date and sources.

use crate::data::dataset;
use crate::model::dataset::YearMonth;
use crate::model::{RegionId, Strings};
use crate::ui::html::cells::{head_row, kind_class, source_cell};
use crate::ui::html::markup::Markup;
use crate::ui::props::RegionViewProps;
use yew::prelude::*;

fn when(strings: &Strings, ym: Option<YearMonth>) -> String {
    ym.map_or_else(
        || strings.no_date.to_owned(),
        |ym| strings.month_year(ym.year, ym.month),
    )
}

fn what(m: &mut Markup, label: &str, note: Option<&str>, status: &str) {
    m.open("td", &[]).text(label);
    if let Some(note) = note {
        m.el("span", &[("class", "small")], note);
    }
    if !status.is_empty() {
        m.el(
            "span",
            &[("class", "small status"), ("data-testid", "status-line")],
            status,
        );
    }
    m.close("td");
}

fn start_row(m: &mut Markup, testid: &str, region: RegionId) {
    m.open("tr", &[("data-testid", testid)]);
    m.el("td", &[], region.name());
}

/// The cuts and purchases behind the steps.
#[component]
pub fn Breakdown(props: &RegionViewProps) -> Html {
    let strings = props.lang.strings();
    let r = props.result();
    let mut m = Markup::new();
    m.open("section", &[("class", "breakdown")]);
    m.el("h3", &[], strings.breakdown_heading);
    m.open("div", &[("class", "scroll")]);
    m.open("table", &[("data-testid", "breakdown-table")]);
    head_row(&mut m, &strings.breakdown_columns.in_order(), &[2]);
    m.open("tbody", &[]);
    for c in &r.cut_lines {
        start_row(&mut m, "cut-row", c.region);
        // An estimated cut shows how it was estimated; a reported one its caveat.
        let method = c.cut.places.as_ref().and_then(|p| p.method);
        let lang = props.lang;
        what(
            &mut m,
            c.cut.label.get(lang),
            method.or(c.cut.note).map(|t| t.get(lang)),
            &strings.status_line(c.cut.status, dataset().release_date),
        );
        match &c.places {
            Some(line) => {
                m.el(
                    "td",
                    &[("class", kind_class(line))],
                    &format!("− {}", strings.value(line, 0, false, false)),
                );
            }
            None => {
                m.el("td", &[("class", "val unknown")], strings.unknown);
            }
        }
        m.el("td", &[], &when(strings, c.cut.effective));
        match &c.places {
            Some(line) => source_cell(&mut m, line.sources),
            None => source_cell(&mut m, c.cut.sources),
        }
        m.close("tr");
    }
    for c in &r.compensation_lines {
        let places = &c.compensation.places;
        start_row(&mut m, "compensation-row", c.region);
        what(
            &mut m,
            c.compensation.label.get(props.lang),
            places.note.map(|t| t.get(props.lang)),
            &strings.status_line(c.compensation.status, dataset().release_date),
        );
        m.el(
            "td",
            &[("class", "val")],
            &format!("+ {}", strings.value(&c.places, 0, false, false)),
        );
        m.el("td", &[], &when(strings, Some(c.compensation.from)));
        source_cell(&mut m, c.places.sources);
        m.close("tr");
    }
    m.close("tbody")
        .close("table")
        .close("div")
        .close("section");
    m.into_html()
}
