//! Reported national figures beside this calculation's sums: they are cross-checks, not inputs
//! forced to match.

use crate::data::dataset;
use crate::model::dataset::Input;
use crate::model::i18n::numbers;
use crate::model::{Line, RegionId, Strings};
use crate::ui::html::cells::{kind_class, source_cell};
use crate::ui::html::markup::Markup;
use crate::ui::props::RegionViewProps;
use yew::prelude::*;

fn reported(
    m: &mut Markup,
    strings: &Strings,
    testid: &str,
    label: &str,
    input: &Input,
    unit: &str,
) {
    m.open("tr", &[("data-testid", testid)]);
    m.el("th", &[("scope", "row")], label);
    let value = format!("{}{unit}", numbers::number(strings.numbers, input.value, 0));
    m.el("td", &[("class", "val"), ("data-testid", "value")], &value);
    source_cell(m, input.sources);
    m.close("tr");
}

fn computed(m: &mut Markup, strings: &Strings, testid: &str, label: &str, line: &Line, unit: &str) {
    let range = strings
        .range(line.span, 0, false)
        .map(|r| format!(" ({r})"))
        .unwrap_or_default();
    m.open("tr", &[("data-testid", testid)]);
    m.el("th", &[("scope", "row")], label);
    let value = format!("{}{unit}{range}", strings.value(line, 0, false, false));
    m.el(
        "td",
        &[("class", kind_class(line)), ("data-testid", "value")],
        &value,
    );
    source_cell(m, line.sources);
    m.close("tr");
}

/// National cross-checks, and the region's private share when reported.
#[component]
pub fn CrossChecks(props: &RegionViewProps) -> Html {
    let strings = props.lang.strings();
    let national = &dataset().national;
    let r = props.result();
    let pct = if strings.numbers.percent_space {
        "\u{a0}%"
    } else {
        "%"
    };
    let mut m = Markup::new();
    m.open("section", &[("class", "checks")]);
    m.el("h3", &[], strings.checks_heading);
    m.open("div", &[("class", "scroll")]);
    m.open("table", &[("data-testid", "cross-checks")])
        .open("tbody", &[]);
    if r.region == RegionId::Norge {
        reported(
            &mut m,
            strings,
            "check-places",
            strings.check_places,
            &national.places,
            "",
        );
        computed(
            &mut m,
            strings,
            "check-places-sum",
            strings.check_places_sum,
            &r.before_contracted,
            "",
        );
        reported(
            &mut m,
            strings,
            "check-cut-named",
            strings.check_cut_named,
            &national.cut_named,
            "",
        );
        computed(
            &mut m,
            strings,
            "check-lost-sum",
            strings.check_lost_sum,
            &r.lost,
            "",
        );
    }
    if let Some(line) = &r.private_share_pct {
        let label = format!(
            "{} ({})",
            strings.check_private_share,
            strings.region_name(r.region)
        );
        computed(&mut m, strings, "check-private-share", &label, line, pct);
    }
    if r.region != RegionId::Norge {
        let label = format!(
            "{} ({})",
            strings.check_private_share,
            strings.region_name(RegionId::Norge)
        );
        reported(
            &mut m,
            strings,
            "check-private-national",
            &label,
            &national.private_share_pct,
            pct,
        );
    }
    let mnok = format!("\u{a0}{}", strings.million_kroner);
    if let (Some(frame), Some(per_place)) = (&r.contract_frame, &r.frame_per_place) {
        computed(
            &mut m,
            strings,
            "check-frame",
            strings.check_frame.frame,
            frame,
            &mnok,
        );
        let one_place = format!(
            "{} ({} {})",
            strings.check_frame.per_place,
            strings.param_label(crate::model::Param::Cost),
            strings.value(&props.results.0.cost_per_place, 2, false, false)
        );
        m.open("tr", &[("data-testid", "check-frame-per-place")]);
        m.el("th", &[("scope", "row")], &one_place);
        m.el(
            "td",
            &[("class", kind_class(per_place)), ("data-testid", "value")],
            &strings.value(per_place, 2, false, false),
        );
        source_cell(&mut m, per_place.sources);
        m.close("tr");
    }
    reported(
        &mut m,
        strings,
        "check-fbv-payments",
        strings.check_fbv_payments,
        &national.fbv_payments_mnok,
        &mnok,
    );
    m.close("tbody")
        .close("table")
        .close("div")
        .close("section");
    m.into_html()
}
