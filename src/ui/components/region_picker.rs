//! The region picker: a native radio group, so arrow keys, focus and screen readers work
//! without custom key handling.

use crate::model::{Lang, RegionId};
use yew::prelude::*;

/// Props of [`RegionPicker`].
#[derive(Properties, PartialEq)]
pub struct RegionPickerProps {
    /// The region shown now.
    pub selected: RegionId,
    /// Language of the labels.
    pub lang: Lang,
    /// Called with the region the reader picks.
    pub on_select: Callback<RegionId>,
}

/// Five radio buttons: Norway and the four health regions.
#[component]
pub fn RegionPicker(props: &RegionPickerProps) -> Html {
    let strings = props.lang.strings();
    let options = RegionId::ALL.into_iter().map(|region| {
        let id = format!("region-{}", region.slug());
        let on_change = {
            let on_select = props.on_select.clone();
            Callback::from(move |_: Event| on_select.emit(region))
        };
        html! {
            <span class="choice">
                <input type="radio" name="dp-region" id={id.clone()} value={region.slug()}
                    data-testid={id.clone()} checked={region == props.selected} onchange={on_change} />
                <label for={id}>{ props.lang.strings().region_name(region) }</label>
            </span>
        }
    });
    html! {
        <fieldset class="picker" data-testid="region-picker">
            <legend>{ strings.region_legend }</legend>
            { for options }
        </fieldset>
    }
}
