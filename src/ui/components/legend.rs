//! What reported, derived, estimate and assumption mean, and how each is marked.

use crate::model::{Kind, Lang};
use crate::ui::html::markup::Markup;
use yew::Html;

/// The legend of kinds and marks. A function, not a component: it is fixed text per language,
/// and a component's machinery cost more wasm than rebuilding it costs time.
pub fn legend(lang: Lang) -> Html {
    let strings = lang.strings();
    let mut m = Markup::new();
    m.open("section", &[("class", "legend"), ("data-testid", "legend")]);
    m.el("h2", &[], strings.legend_heading);
    m.open("dl", &[]);
    for kind in [
        Kind::Reported,
        Kind::Derived,
        Kind::Estimate,
        Kind::Assumption,
    ] {
        let (class, sample) = if kind.is_uncertain() {
            ("val est", format!("{}\u{a0}123", strings.approx))
        } else {
            ("val", "123".to_owned())
        };
        m.open("div", &[("class", "legend-item")]).open("dt", &[]);
        m.el("span", &[("class", class)], &sample)
            .text(" ")
            .text(strings.kind(kind));
        m.close("dt");
        m.el("dd", &[], strings.kind_explanation(kind));
        m.close("div");
    }
    m.close("dl");
    m.el(
        "p",
        &[("class", "small")],
        &format!("{} …: {}", strings.at_least, strings.unknown_note),
    );
    m.close("section");
    m.into_html()
}
