//! One assumption's control: a slider and a number field for the same value, its unit, the
//! default with its sources, a reset button, and a refusal message when a typed value is bad.

use crate::model::calc::assumptions::{parse_value, Param};
use crate::model::dataset::SourceSet;
use crate::model::i18n::numbers::plain;
use crate::model::Lang;
use crate::ui::html::cells::source_marks;
use crate::ui::html::markup::Markup;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Props of [`ParamControl`].
#[derive(Properties, PartialEq, Clone)]
pub struct ParamControlProps {
    /// Which assumption.
    pub param: Param,
    /// The value in use (the reader's or the default).
    pub value: f64,
    /// The default; `None` when it is "unknown".
    pub default: Option<f64>,
    /// What the default rests on.
    pub sources: SourceSet,
    /// Whether the reader changed it.
    pub edited: bool,
    /// First and last year, for year-valued assumptions.
    pub years: (u16, u16),
    /// Marks on the scale: value and label.
    #[prop_or_default]
    pub marks: Vec<(f64, &'static str)>,
    /// A note under the control.
    #[prop_or_default]
    pub note: Option<AttrValue>,
    /// Language of the texts.
    pub lang: Lang,
    /// Called with a checked value and whether a slider drag is under way (`true` while the
    /// pointer moves, `false` for a finished change); returns a refusal to show, if any.
    pub on_edit: Callback<(Param, f64, bool), Option<String>>,
    /// Called to put the default back.
    pub on_reset: Callback<Param>,
}

/// The control of one assumption.
#[component]
pub fn ParamControl(props: &ParamControlProps) -> Html {
    let strings = props.lang.strings();
    let param = props.param;
    let key = param.key();
    let id = format!("p-{key}");
    let bounds = param.bounds(props.years);
    // What the reader typed, while it differs from the value in use (e.g. refused).
    let typed = use_state(|| None::<String>);
    let error = use_state(|| None::<String>);
    {
        // A value changed elsewhere (slider, reset, back button) replaces stale typing.
        let (typed, error) = (typed.clone(), error.clone());
        use_effect_with(props.value.to_bits(), move |_| {
            typed.set(None);
            error.set(None);
        });
    }

    let on_slide = {
        let (on_edit, error) = (props.on_edit.clone(), error.clone());
        let years = props.years;
        move |live: bool| {
            let (on_edit, error) = (on_edit.clone(), error.clone());
            Callback::from(move |e: Event| {
                let input: HtmlInputElement = e.target_unchecked_into();
                match parse_value(param, &input.value(), years) {
                    Ok(v) => error.set(on_edit.emit((param, v, live))),
                    Err(_) => error.set(None),
                }
            })
        }
    };
    let on_input = on_slide(true);
    let on_slide_done = on_slide(false);
    let on_type = {
        let (on_edit, typed, error) = (props.on_edit.clone(), typed.clone(), error.clone());
        let years = props.years;
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let text = input.value();
            let refusal = match parse_value(param, &text, years) {
                Ok(v) => on_edit.emit((param, v, false)),
                Err(e) => Some(strings.input_error(&e)),
            };
            typed.set(refusal.is_some().then_some(text));
            error.set(refusal);
        })
    };
    let on_reset = {
        let on_reset = props.on_reset.clone();
        Callback::from(move |_: MouseEvent| on_reset.emit(param))
    };

    let label = strings.param_label(param);
    let unit = strings.param_unit(param);
    let shown = (*typed)
        .clone()
        .unwrap_or_else(|| strings.param_value(param, props.value));
    let list_id = format!("{id}-marks");
    let error_id = format!("{id}-error");

    // The default and its sources, written as escaped markup.
    let mut about = Markup::new();
    about.open("span", &[("class", "default")]);
    about.text(strings.calc.default_word).text(": ");
    match props.default {
        Some(d) => about.text(&format!("{} {unit}", strings.param_value(param, d))),
        None => about.text(strings.calc.unknown_default),
    };
    about.text(" ");
    source_marks(&mut about, props.sources);
    about.close("span");
    if !props.marks.is_empty() {
        let marks: Vec<&str> = props.marks.iter().map(|(_, l)| *l).collect();
        about.el("span", &[("class", "marks")], &marks.join(" · "));
    }

    html! {
        <div class={classes!("control", props.edited.then_some("edited"))} data-testid={format!("control-{key}")}>
            <label for={id.clone()} id={format!("{id}-label")}>{ label.clone() }</label>
            <div class="inputs">
                <input type="range" id={id.clone()} data-testid={format!("slider-{key}")}
                    min={plain(bounds.min)} max={plain(bounds.max)} step={plain(bounds.step)}
                    value={plain(props.value)}
                    aria-valuetext={format!("{} {unit}", strings.param_value(param, props.value))}
                    list={(!props.marks.is_empty()).then(|| list_id.clone())}
                    oninput={Callback::from(move |e: InputEvent| on_input.emit(e.into()))}
                    onchange={on_slide_done.clone()}
                    onpointerup={Callback::from(move |e: PointerEvent| on_slide_done.emit(Event::clone(&e)))} />
                <input type="text" inputmode="decimal" class="num" data-testid={format!("number-{key}")}
                    aria-label={format!("{label} ({unit})")}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={error.is_some().then(|| error_id.clone())}
                    value={shown} onchange={on_type} />
                <span class="unit">{ unit }</span>
                <button type="button" class="reset" data-testid={format!("reset-{key}")}
                    disabled={!props.edited} onclick={on_reset}
                    aria-label={format!("{} {}", strings.calc.reset, label)}>
                    { strings.calc.reset }
                </button>
            </div>
            if !props.marks.is_empty() {
                <datalist id={list_id}>
                    { for props.marks.iter().map(|(v, l)| html! { <option value={plain(*v)} label={*l} /> }) }
                </datalist>
            }
            <div class="about">{ about.into_html() }</div>
            if let Some(note) = props.note.clone() {
                <p class="note">{ note }</p>
            }
            if let Some(message) = (*error).clone() {
                <p class="error" id={error_id} role="alert" data-testid={format!("error-{key}")}>{ message }</p>
            }
        </div>
    }
}
