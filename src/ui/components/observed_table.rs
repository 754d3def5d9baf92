//! Observed activity from the patient register: occupied-place equivalents a year.

use crate::data::dataset;
use crate::model::i18n::numbers;
use crate::ui::html::cells::{head_row, source_marks};
use crate::ui::html::markup::Markup;
use crate::ui::props::RegionViewProps;
use yew::prelude::*;

/// NPR inpatient days and occupied places, 2017–2025, and the change over the same years as
/// the calculation.
#[component]
pub fn ObservedTable(props: &RegionViewProps) -> Html {
    let strings = props.lang.strings();
    let data = dataset();
    let r = props.result();
    let n = |x: f64| numbers::number(strings.numbers, x, 0);
    let mut m = Markup::new();
    m.open("section", &[("class", "observed")]);
    m.open("h3", &[]).text(strings.observed_heading).text(" ");
    source_marks(&mut m, data.sources_named(&[crate::model::calc::NPR]));
    m.close("h3");
    m.el("p", &[("class", "small")], strings.observed_lede);
    m.open("div", &[("class", "scroll")]);
    m.open("table", &[("data-testid", "observed-table")]);
    head_row(&mut m, &strings.observed_columns.in_order(), &[1, 2]);
    m.open("tbody", &[]);
    for o in &r.observed {
        let year = format!("{}", o.year);
        m.open("tr", &[("data-testid", &format!("observed-{year}"))]);
        m.el("th", &[("scope", "row")], &year);
        m.el("td", &[("class", "val")], &n(f64::from(o.inpatient_days)));
        m.el("td", &[("class", "val")], &n(o.places));
        m.close("tr");
    }
    if let (Some(places), Some(pct)) = (&r.observed_change, &r.observed_change_pct) {
        m.open(
            "tr",
            &[("class", "total"), ("data-testid", "observed-change")],
        );
        m.el(
            "th",
            &[("scope", "row")],
            &format!(
                "{} {}–{}",
                strings.observed_change, data.reference_year, props.results.0.year
            ),
        );
        m.el("td", &[], "");
        m.el(
            "td",
            &[("class", "val"), ("data-testid", "value")],
            &format!(
                "{} ({})",
                numbers::signed(strings.numbers, places.span.mid, 0),
                numbers::signed_percent(strings.numbers, pct.span.mid, 1)
            ),
        );
        m.close("tr");
    }
    m.close("tbody").close("table").close("div");
    // Beside the measured years from the reference year on: the model's places after in the
    // year and the occupancy they imply (computed by the model; a fall in it is either cuts the
    // sources do not document or lower occupancy, as the lede says).
    let modelled: Vec<_> = r
        .observed
        .iter()
        .filter_map(|o| Some((o, o.modelled?, o.implied_occupancy?)))
        .collect();
    if !modelled.is_empty() {
        m.el("h4", &[], strings.implied_heading);
        m.open("div", &[("class", "scroll")]);
        m.open("table", &[("data-testid", "implied-table")]);
        head_row(
            &mut m,
            &strings.observed_columns.implied_order(),
            &[1, 2, 3],
        );
        m.open("tbody", &[]);
        for (o, places, implied) in modelled {
            m.open("tr", &[]);
            m.el("th", &[("scope", "row")], &o.year.to_string());
            m.el("td", &[("class", "val")], &n(o.places));
            m.el("td", &[("class", "val")], &n(places));
            m.el(
                "td",
                &[("class", "val"), ("data-testid", "implied-occupancy")],
                &numbers::percent(strings.numbers, implied * 100.0, 1),
            );
            m.close("tr");
        }
        m.close("tbody").close("table").close("div");
    }
    m.close("section");
    m.into_html()
}
