//! "Kilder og metode": the one-line method of every figure shown, and every source with
//! publisher, title, date and address.

use crate::data::dataset;
use crate::ui::html::cells::{source_anchor, source_marks};
use crate::ui::html::markup::Markup;
use crate::ui::props::RegionViewProps;
use yew::prelude::*;

/// Methods and the source list.
#[component]
pub fn Sources(props: &RegionViewProps) -> Html {
    let strings = props.lang.strings();
    let data = dataset();
    let r = props.result();
    let labels = &strings.steps;
    let calc = &strings.calc;
    let results = &props.results.0;
    let mut m = Markup::new();
    m.open(
        "section",
        &[
            ("class", "sources"),
            ("data-testid", "sources"),
            ("id", "kilder"),
        ],
    );
    m.el("h2", &[], strings.sources_heading);
    m.el("h3", &[], strings.methods_heading);
    m.el(
        "p",
        &[("data-testid", "place-definition")],
        strings.place_definition,
    );
    m.el(
        "p",
        &[("data-testid", "in-force-rule")],
        strings.in_force_rule,
    );
    m.open("ul", &[("class", "methods"), ("data-testid", "methods")]);
    let patients = r.patients_after.unwrap_or(r.cost_restore);
    let mut rows = vec![
        (labels.before, &r.before),
        (labels.before, &r.before_contracted),
        (labels.fbv, &r.before_fbv),
        (labels.fbv, &r.fbv),
        (labels.cuts, &r.cuts),
        (labels.compensation, &r.compensation),
        (labels.after, &r.after),
        (labels.change, &r.change),
        (labels.per_100k_after, &r.per_100k_after),
        (labels.projection, &r.projection),
        (calc.labels.stay_before, &results.stay_before),
        (calc.labels.stay_after, &results.stay_after),
        (calc.labels.cost, &results.cost_per_place),
        (calc.people_rows.cost_restore, &r.cost_restore),
    ];
    if r.patients_after.is_some() {
        rows.insert(10, (calc.people_rows.patients_after, &patients));
    }
    for (label, line) in rows {
        m.open("li", &[]);
        m.el(
            "strong",
            &[],
            &format!("{label} ({}): ", strings.kind(line.kind)),
        );
        m.text(&strings.method(&line.method, data.reference_year));
        m.close("li");
    }
    m.open("li", &[]);
    m.el("strong", &[], &format!("{}: ", strings.charts().map_method));
    m.text(data.map.method.get(props.lang)).text(" ");
    source_marks(&mut m, data.map.sources);
    m.close("li");
    m.close("ul");
    m.el(
        "p",
        &[("class", "small"), ("data-testid", "occupancy-note")],
        &strings.occupancy(&props.results.0.occupancy, data.reference_year),
    );
    let log = &data.changes;
    if !log.entries.is_empty() {
        let w = &strings.corrections;
        m.el("h3", &[("id", "endringer")], w.heading);
        m.el(
            "p",
            &[],
            &w.lede
                .replace("{date}", &strings.iso_date(log.previous_release)),
        );
        m.open(
            "ul",
            &[("class", "corrections"), ("data-testid", "corrections")],
        );
        for c in log.entries {
            let (what, text) = strings.correction(c, data.reference_year);
            m.open("li", &[])
                .el("strong", &[], &what)
                .text(&text)
                .close("li");
        }
        m.close("ul");
    }
    m.el("h3", &[], strings.source_list_heading);
    m.el(
        "p",
        &[("class", "small"), ("data-testid", "sources-checked")],
        &format!(
            "{} {}.",
            strings.sources_checked,
            strings.iso_date(data.sources_checked)
        ),
    );
    m.open("ol", &[("class", "source-list")]);
    for s in data.sources {
        m.open("li", &[("id", &source_anchor(s.id))]);
        // Titles stand in the quotation marks of the page's language.
        let (open, close) = if s.title.starts_with('[') {
            ("", "")
        } else if props.lang == crate::model::Lang::En {
            ("\u{201c}", "\u{201d}")
        } else {
            ("«", "»")
        };
        m.text(&format!(
            "{}: {open}{}{close}. {}. ",
            s.publisher,
            s.title,
            strings.iso_date(s.date)
        ));
        match s.url {
            Some(url) => m.el(
                "a",
                &[
                    ("href", url),
                    ("rel", "noreferrer noopener"),
                    ("target", "_blank"),
                ],
                url,
            ),
            None => m.el(
                "span",
                &[("class", "small")],
                &format!("({})", strings.no_link),
            ),
        };
        m.close("li");
    }
    m.close("ol");
    m.open("ul", &[("class", "small files")]);
    for f in data.files {
        m.open("li", &[]).el("code", &[], f.file);
        m.text(&format!(" – {}, SHA-256 {}", f.licence, f.sha256))
            .close("li");
    }
    m.close("ul").close("section");
    m.into_html()
}
