//! Patients a year and what the places cost: the two readings of shorter stays side by side,
//! and the yearly cost of the places lost and of restoring them, beside FBV's payments.

use crate::data::dataset;
use crate::model::calc::OPEN_LETTER;
use crate::model::Line;
use crate::ui::components::steps_table::{row, Shown, KNOWN_MINIMUM, PLACES};
use crate::ui::html::cells::{head_row_html, source_marks};
use crate::ui::html::markup::Markup;
use crate::ui::props::RegionViewProps;
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
    // The two readings of shorter stays belong where the stay changes: Helse Sør-Øst's tender
    // (and Norway, which holds it).
    if r.patients_after.is_some() {
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
        source_marks(&mut m, data.assumptions.hso_stay_sources);
        m.close("li").close("ul");
    }

    let year = results.year;
    let reference = data.reference_year;
    let money = |label: &str| format!("{label} ({})", strings.million_kroner);
    // Patients a year apply only where a change of stay applies (Helse Sør-Øst's tender);
    // NPR's measured patients stand beside them in every region. Unknown cuts make the costs
    // a known minimum.
    let mut rows: Vec<(&'static str, String, Line, Shown)> = Vec::new();
    if let (Some(before), Some(after)) = (r.patients_before, r.patients_after) {
        rows.push((
            "patients-before",
            format!("{} ({reference})", calc.people_rows.patients_before),
            before,
            PLACES,
        ));
        rows.push((
            "patients-after",
            format!("{} ({year})", calc.people_rows.patients_after),
            after,
            PLACES,
        ));
    }
    if let Some(measured) = r.inpatients_before {
        rows.push((
            "inpatients-before",
            format!("{} ({reference})", calc.people_rows.npr_before),
            measured,
            PLACES,
        ));
    }
    if let Some(measured) = r.inpatients_after.filter(|_| year != reference) {
        rows.push((
            "inpatients-after",
            format!("{} ({year})", calc.people_rows.npr_after),
            measured,
            PLACES,
        ));
    }
    rows.push((
        "cost-lost",
        money(calc.people_rows.cost_lost),
        r.cost_lost,
        KNOWN_MINIMUM,
    ));
    rows.push((
        "cost-restore",
        money(calc.people_rows.cost_restore),
        r.cost_restore,
        KNOWN_MINIMUM,
    ));
    rows.push((
        "fbv-payments",
        money(calc.people_rows.fbv_payments),
        payments,
        PLACES,
    ));
    let rows = rows
        .into_iter()
        .map(|(testid, label, line, shown)| row(strings, testid, label, &line, shown, ""))
        .collect::<Html>();
    html! {
        <section class="people" data-testid="people">
            { m.into_html() }
            <div class="scroll">
                <table class="steps" data-testid="people-table">
                    { head_row_html(&calc.people_columns.in_order(), &[1]) }
                    <tbody>{ rows }</tbody>
                </table>
            </div>
        </section>
    }
}
