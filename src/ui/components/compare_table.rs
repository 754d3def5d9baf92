//! Two scenarios side by side for the shown region; rows that differ are marked in text and
//! weight, not by colour alone.

use crate::model::calc::compare::{compare, Row};
use crate::model::i18n::numbers;
use crate::model::{Lang, RegionId, Scenario};
use crate::ui::html::cells::{head_row, kind_class, source_cell};
use crate::ui::html::markup::Markup;
use crate::ui::props::SharedResults;
use yew::prelude::*;

/// Props of [`CompareTable`].
#[derive(Properties, PartialEq, Clone)]
pub struct CompareTableProps {
    /// The shown scenario's results.
    pub a: SharedResults,
    /// The compared scenario's results.
    pub b: SharedResults,
    /// The region shown.
    pub region: RegionId,
    /// Language of the texts.
    pub lang: Lang,
}

/// The side-by-side table.
#[component]
pub fn CompareTable(props: &CompareTableProps) -> Html {
    let strings = props.lang.strings();
    let calc = &strings.calc;
    let (ra, rb) = (&props.a.0, &props.b.0);
    let (sa, sb): (Scenario, Scenario) = (ra.scenario, rb.scenario);
    let rows = compare(ra.get(props.region), rb.get(props.region));
    let steps = &strings.steps;
    let label = |row: Row| match row {
        Row::Before => steps.before,
        Row::Fbv => steps.fbv,
        Row::Cuts => steps.cuts,
        Row::Compensation => steps.compensation,
        Row::After => steps.after,
        Row::Change => steps.change,
        Row::PatientsBefore => calc.people_rows.patients_before,
        Row::PatientsAfter => calc.people_rows.patients_after,
        Row::CostLost => calc.people_rows.cost_lost,
        Row::CostRestore => calc.people_rows.cost_restore,
    };
    // Unknown cuts make these a known minimum; places and patients after are then at most.
    let known_minimum = |row: Row| matches!(row, Row::Cuts | Row::CostLost | Row::CostRestore);
    let money = |row: Row| matches!(row, Row::CostLost | Row::CostRestore);

    let mut m = Markup::new();
    m.open("div", &[("class", "scroll")]);
    m.open(
        "table",
        &[("class", "compare"), ("data-testid", "compare-table")],
    );
    m.el(
        "caption",
        &[],
        &format!("{} ({})", calc.compare_heading, ra.year),
    );
    let headings = [
        "",
        strings.scenario(sa),
        strings.scenario(sb),
        calc.difference,
        strings.steps_columns.sources,
    ];
    head_row(&mut m, &headings, &[1, 2, 3]);
    m.open("tbody", &[]);
    for r in &rows {
        let class = if r.differs { "differs" } else { "" };
        m.open("tr", &[("class", class)]);
        let mut name = label(r.row).to_owned();
        if money(r.row) {
            name.push_str(&format!(" ({})", strings.million_kroner));
        }
        m.el("th", &[("scope", "row")], &name);
        for line in [&r.a, &r.b] {
            m.el(
                "td",
                &[("class", kind_class(line))],
                &strings.value(line, 0, r.row == Row::Change, known_minimum(r.row)),
            );
        }
        let diff = if r.differs {
            numbers::signed(strings.numbers, r.difference, 0)
        } else {
            "=".to_owned()
        };
        m.el("td", &[("class", "val diff")], &diff);
        source_cell(&mut m, r.a.sources.union(r.b.sources));
        m.close("tr");
    }
    m.close("tbody").close("table").close("div");
    if rows.iter().all(|r| !r.differs) {
        m.el("p", &[("class", "note")], calc.no_difference);
    }
    m.into_html()
}
