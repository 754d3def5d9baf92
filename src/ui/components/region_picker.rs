//! The region picker: a native radio group, so arrow keys, focus and screen readers work
//! without custom key handling. In the pre-rendered pages each choice is a link to that
//! region's own pre-rendered page instead, so a reader can choose before the wasm has arrived,
//! and without JavaScript; the wasm's render, which takes over the page, has the radios.

use crate::model::config::embed::View;
#[cfg(not(target_arch = "wasm32"))]
use crate::model::publish::page_path;
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
    /// For a pre-rendered page: the way to the widget's root folder (`./`, `../../`) and the
    /// view, so each choice links to its region's page. `None`: radios.
    #[prop_or_default]
    pub links: Option<(AttrValue, View)>,
}

/// Five radio buttons: Norway and the four health regions.
#[component]
pub fn RegionPicker(props: &RegionPickerProps) -> Html {
    let strings = props.lang.strings();
    let options = RegionId::ALL.into_iter().map(|region| {
        let id = format!("region-{}", region.slug());
        // Only the pre-render writes links; the wasm never does, and carries no code for them.
        #[cfg(not(target_arch = "wasm32"))]
        if let Some((root, view)) = &props.links {
            return link(region, id, root, *view, props);
        }
        let on_change = {
            let on_select = props.on_select.clone();
            Callback::from(move |_: Event| on_select.emit(region))
        };
        html! {
            <span class="choice">
                <input type="radio" name="dp-region" id={id.clone()} value={region.slug()}
                    data-testid={id.clone()} checked={region == props.selected} onchange={on_change} />
                <label for={id}>{ strings.region_name(region) }</label>
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

/// A choice as a link to `region`'s pre-rendered page in `view`, drawn as the radio it becomes;
/// www/first.js carries the page's own settings (theme, embed id) along when it is followed
/// before the wasm has taken over.
#[cfg(not(target_arch = "wasm32"))]
fn link(region: RegionId, id: String, root: &str, view: View, props: &RegionPickerProps) -> Html {
    let href = format!("{root}{}", page_path(region, view, props.lang));
    let href = if href.is_empty() {
        String::from("./")
    } else {
        href
    };
    let current = (region == props.selected).then_some("page");
    html! {
        <span class="choice">
            <a {href} data-testid={id} data-region={region.slug()}
                aria-current={current}>
                { props.lang.strings().region_name(region) }
            </a>
        </span>
    }
}
