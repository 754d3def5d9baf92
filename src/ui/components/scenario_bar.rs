//! The scenario, the scenario to compare with, and the year: native radios and selects.

use crate::data::dataset;
use crate::model::{Lang, Scenario};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`ScenarioBar`].
#[derive(Properties, PartialEq, Clone)]
pub struct ScenarioBarProps {
    /// The scenario shown.
    pub scenario: Scenario,
    /// The scenario compared with, if any.
    pub compare: Option<Scenario>,
    /// The year shown.
    pub year: u16,
    /// Language of the texts.
    pub lang: Lang,
    /// A scenario was picked.
    pub on_scenario: Callback<Scenario>,
    /// A comparison was picked.
    pub on_compare: Callback<Option<Scenario>>,
    /// A year was picked.
    pub on_year: Callback<u16>,
}

/// Scenario radios, then the comparison and year selects.
#[component]
pub fn ScenarioBar(props: &ScenarioBarProps) -> Html {
    let strings = props.lang.strings();
    let calc = &strings.calc;
    let data = dataset();
    let radios = Scenario::ALL.into_iter().map(|s| {
        let id = format!("scenario-{}", s.slug());
        let on_scenario = props.on_scenario.clone();
        html! {
            <span class="choice">
                <input type="radio" name="dp-scenario" id={id.clone()} data-testid={id.clone()}
                    value={s.slug()} checked={s == props.scenario}
                    onchange={Callback::from(move |_: Event| on_scenario.emit(s))} />
                <label for={id} title={calc.scenario_notes.of(s)}>{ calc.scenarios.of(s) }</label>
            </span>
        }
    });
    let on_compare = {
        let cb = props.on_compare.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            cb.emit(Scenario::parse(&select.value()));
        })
    };
    let on_year = {
        let cb = props.on_year.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            if let Ok(year) = select.value().parse() {
                cb.emit(year);
            }
        })
    };
    let years = data.assumptions.first_year..=data.assumptions.last_year;
    let last_measured = crate::model::calc::last_measured_year(data);
    html! {
        <div class="scenario-bar">
            <fieldset class="picker" data-testid="scenario-picker">
                <legend>{ calc.scenario_legend }</legend>
                { for radios }
            </fieldset>
            <p class="note" data-testid="scenario-note">{ calc.scenario_notes.of(props.scenario) }</p>
            <div class="selects">
                <label>{ calc.year_label }{ " " }
                    <select data-testid="year" onchange={on_year}>
                        { for years.map(|y| html! { <option value={y.to_string()} selected={y == props.year}>{ strings.year_option(y, last_measured) }</option> }) }
                    </select>
                </label>
                <label>{ calc.compare_label }{ " " }
                    <select data-testid="compare" onchange={on_compare}>
                        <option value="" selected={props.compare.is_none()}>{ calc.compare_none }</option>
                        { for Scenario::ALL.into_iter().map(|s| html! {
                            <option value={s.slug()} selected={props.compare == Some(s)}>{ calc.scenarios.of(s) }</option>
                        }) }
                    </select>
                </label>
            </div>
        </div>
    }
}
