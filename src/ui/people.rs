//! Patients a year and what the places cost: the two readings of shorter stays side by side,
//! and the yearly cost of the places lost and of restoring them, beside FBV's payments.

use super::cells::{head_row_html, source_marks};
use super::markup::Markup;
use super::props::RegionViewProps;
use super::steps_table::{row, Shown, KNOWN_MINIMUM, PLACES};
use crate::data::dataset;
use crate::model::calc::OPEN_LETTER;
use crate::model::Line;
use yew::prelude::*;

/// The patients and cost section.
#[component]
pub fn People(props: &RegionViewProps) -> Html {
    let strings = props.lang.strings();
    let calc = &strings.calc;
    let data = dataset();
    let results = &props.results.0;
    let r = props.result();
    let payments = Line::from_input(&data.national.fbv_payments_mnok);

    let mut m = Markup::new();
    m.el("h3", &[], calc.people_heading);
    let [organisations, health_region] = strings.perspectives(results, r);
    m.open("ul", &[("class", "perspectives")]);
    m.open("li", &[("data-testid", "perspective-letter")])
        .text(&organisations)
        .text(" ");
    source_marks(
        &mut m,
        data.sources_named(&[OPEN_LETTER])
            .union(results.stay_after.sources),
    );
    m.close("li");
    m.open("li", &[("data-testid", "perspective-hso")])
        .text(&health_region)
        .text(" ");
    source_marks(
        &mut m,
        data.assumptions
            .as_many_patients_sources
            .union(r.patients_after.sources),
    );
    m.close("li").close("ul");

    let year = results.year;
    let money = |label: &str| format!("{label} ({})", strings.million_kroner);
    // Unknown cuts make the costs a known minimum; patients after are then at most.
    let rows: [(&'static str, String, &Line, Shown); 5] = [
        (
            "patients-before",
            format!("{} ({})", calc.people_rows[0], data.reference_year),
            &r.patients_before,
            PLACES,
        ),
        (
            "patients-after",
            format!("{} ({year})", calc.people_rows[1]),
            &r.patients_after,
            PLACES,
        ),
        (
            "cost-lost",
            money(calc.people_rows[2]),
            &r.cost_lost,
            KNOWN_MINIMUM,
        ),
        (
            "cost-restore",
            money(calc.people_rows[3]),
            &r.cost_restore,
            KNOWN_MINIMUM,
        ),
        (
            "fbv-payments",
            money(calc.people_rows[4]),
            &payments,
            PLACES,
        ),
    ];
    let rows = rows
        .into_iter()
        .map(|(testid, label, line, shown)| row(strings, testid, label, line, shown, ""))
        .collect::<Html>();
    html! {
        <section class="people" data-testid="people">
            { m.into_html() }
            <div class="scroll">
                <table class="steps" data-testid="people-table">
                    { head_row_html(&strings.steps_columns, &[1]) }
                    <tbody>{ rows }</tbody>
                </table>
            </div>
        </section>
    }
}
