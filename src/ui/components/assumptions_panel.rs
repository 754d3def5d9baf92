//! "Forutsetninger": every assumption the numbers rest on, grouped, each with its control. For
//! a region, its own assumptions and the national ones; for Norway, those of every region.

use crate::data::dataset;
use crate::model::calc::has_unknown_cuts;
use crate::model::{default_of, Edits, Lang, Param, RegionId};
use crate::ui::components::param_control::ParamControl;
use yew::prelude::*;

/// Props of [`AssumptionsPanel`].
#[derive(Properties, PartialEq, Clone)]
pub struct AssumptionsPanelProps {
    /// The region shown.
    pub region: RegionId,
    /// The reader's edits.
    pub edits: Edits,
    /// Open at first render (e.g. the address carries edits).
    pub open: bool,
    /// Language of the texts.
    pub lang: Lang,
    /// See [`crate::ui::components::param_control::ParamControlProps::on_edit`].
    pub on_edit: Callback<(Param, f64, bool), Option<String>>,
    /// Puts one assumption back.
    pub on_reset: Callback<Param>,
    /// Puts every assumption back.
    pub on_reset_all: Callback<()>,
}

/// The assumptions panel.
#[component]
pub fn AssumptionsPanel(props: &AssumptionsPanelProps) -> Html {
    let strings = props.lang.strings();
    let calc = &strings.calc;
    let data = dataset();
    let years = (data.assumptions.first_year, data.assumptions.last_year);
    // The sources' low and high FBV loss, marked on the FBV scale.
    let marks = vec![
        (data.fbv.low.value, calc.fbv_marks.low),
        (data.fbv.high.value, calc.fbv_marks.high),
    ];
    let regions: Vec<usize> = match props.region.part_index() {
        Some(i) => vec![i],
        None => (0..4).collect(),
    };
    let control = |param: Param, note: Option<AttrValue>| {
        let (default, sources) = default_of(data, param);
        let edit = props.edits.get(param);
        html! {
            <ParamControl key={param.key()} param={param} value={edit.or(default).unwrap_or(0.0)}
                default={default} sources={sources} edited={edit.is_some()} years={years}
                marks={if param == Param::Fbv { marks.clone() } else { Vec::new() }} note={note}
                lang={props.lang} on_edit={props.on_edit.clone()} on_reset={props.on_reset.clone()} />
        }
    };
    let group = |heading: &str, controls: Html| {
        html! {
            <fieldset class="group">
                <legend>{ heading.to_owned() }</legend>
                { controls }
            </fieldset>
        }
    };
    let per_region = |make: fn(usize) -> Param, keep: &dyn Fn(usize) -> bool| -> Html {
        regions
            .iter()
            .copied()
            .filter(|i| keep(*i))
            .map(|i| control(make(i), None))
            .collect()
    };
    let comp_notes = |i: usize| -> Option<AttrValue> {
        data.regions[i]
            .compensation
            .iter()
            .find_map(|c| c.places.note)
            .map(|note| AttrValue::from(note.get(props.lang)))
    };
    let comp_controls: Html = regions
        .iter()
        .map(|&i| {
            html! { <>{ control(Param::Comp(i), None) }{ control(Param::CompEnd(i), comp_notes(i)) }</> }
        })
        .collect();
    let on_reset_all = {
        let cb = props.on_reset_all.clone();
        Callback::from(move |_: MouseEvent| cb.emit(()))
    };
    let share_note = (regions.len() > 1).then(|| AttrValue::from(calc.share_note));
    // The 25 controls exist only while the panel is open: the pre-rendered page and the DOM
    // stay small for the many readers who never open it.
    let shown = use_state(|| props.open);
    let on_toggle = {
        let shown = shown.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            shown.set(details.open());
        })
    };
    if !*shown {
        return html! {
            <details class="panel" data-testid="assumptions" ontoggle={on_toggle}>
                <summary><h2>{ calc.panel_heading }</h2></summary>
            </details>
        };
    }

    html! {
        <details class="panel" data-testid="assumptions" open=true ontoggle={on_toggle}>
            <summary><h2>{ calc.panel_heading }</h2></summary>
            <p class="note">{ calc.panel_lede }</p>
            { group(calc.groups.fbv, html! {<>
                { control(Param::Fbv, None) }
                { per_region(Param::Share, &|_| true) }
                if let Some(note) = share_note { <p class="note">{ note }</p> }
            </>}) }
            { group(calc.groups.cuts, html! {<>
                { per_region(Param::Cut, &|_| true) }
                { per_region(Param::Unknown, &|i| has_unknown_cuts(data, i)) }
            </>}) }
            { group(calc.groups.compensation, comp_controls) }
            { group(calc.groups.stays, html! {<>
                { control(Param::StayBefore, None) }
                { control(Param::StayAfter, None) }
                { control(Param::Occupancy, None) }
            </>}) }
            { group(calc.groups.cost, control(Param::Cost, None)) }
            <button type="button" class="reset-all" data-testid="reset-all"
                disabled={props.edits.is_empty()} onclick={on_reset_all}>{ calc.reset_all }</button>
        </details>
    }
}
