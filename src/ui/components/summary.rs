//! The plain summary sentence for the region, year and scenario, with a button that copies it.
//! Screen readers hear the sentence again once the numbers have settled (a second after the
//! last change), not at every step of a slider.

use crate::model::Lang;
use crate::ui::browser;
use yew::prelude::*;

/// Props of [`Summary`].
#[derive(Properties, PartialEq, Clone)]
pub struct SummaryProps {
    /// The sentence, written by the model's text module.
    pub text: AttrValue,
    /// Language of the button.
    pub lang: Lang,
    /// Where uncertain changes stand, and what a projected year rests on (may be empty).
    #[prop_or_default]
    pub status: AttrValue,
    /// A warning where the places after fall below NPR's occupied places (may be empty).
    #[prop_or_default]
    pub flag: AttrValue,
}

/// The sentence and its copy button.
#[component]
pub fn Summary(props: &SummaryProps) -> Html {
    let copy = &props.lang.strings().calc.copy;
    // None: not copied yet; Some(true) copied; Some(false) the browser refused.
    let copied = use_state(|| None::<bool>);
    {
        let copied = copied.clone();
        use_effect_with(props.text.clone(), move |_| copied.set(None));
    }
    // The polite announcement: the sentence a second after it last changed; not on load.
    let announced = use_state(String::new);
    let timer = use_mut_ref(|| None::<browser::Timeout>);
    let first = use_mut_ref(|| true);
    {
        let announced = announced.clone();
        use_effect_with(props.text.clone(), move |text| {
            if std::mem::replace(&mut *first.borrow_mut(), false) {
                return;
            }
            let text = text.to_string();
            *timer.borrow_mut() = browser::after(1000, move || announced.set(text));
        });
    }
    let on_copy = {
        let (copied, text) = (copied.clone(), props.text.clone());
        Callback::from(move |_: MouseEvent| {
            let copied = copied.clone();
            browser::copy_text(&text, move |ok| copied.set(Some(ok)));
        })
    };
    let status = match *copied {
        Some(true) => copy.done,
        Some(false) => copy.failed,
        None => "",
    };
    html! {
        <div class="summary-box">
            <p class="summary" data-testid="summary">{ props.text.clone() }</p>
            if !props.status.is_empty() {
                <p class="status-note small" data-testid="status-note">{ props.status.clone() }</p>
            }
            if !props.flag.is_empty() {
                <p class="flag" role="note" data-testid="below-occupied">{ props.flag.clone() }</p>
            }
            <p class="sr-only" aria-live="polite" data-testid="announce">{ (*announced).clone() }</p>
            <button type="button" class="copy" data-testid="copy" onclick={on_copy}>{ copy.button }</button>
            <span class="copy-status" role="status" data-testid="copy-status">{ status }</span>
        </div>
    }
}
