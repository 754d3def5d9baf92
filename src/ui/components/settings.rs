//! The full page's settings: the language (links to each language's pre-rendered page, so they
//! work without JavaScript; with it they switch in place and keep every choice) and the colour
//! theme (the reader's setting, light or dark).

use crate::model::config::embed::{Theme, View};
use crate::model::publish::page_path;
use crate::model::{Lang, RegionId};
use crate::ui::html::markup::Markup;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlSelectElement};
use yew::prelude::*;

/// Props of [`Settings`].
#[derive(Properties, PartialEq, Clone)]
pub struct SettingsProps {
    /// The language shown.
    pub lang: Lang,
    /// The theme in force.
    pub theme: Theme,
    /// The region shown (the language links lead to its page).
    pub region: RegionId,
    /// The way from this page to the widget's root folder (`./`, `../../`).
    pub root: AttrValue,
    /// Called with the language the reader picks.
    pub on_lang: Callback<Lang>,
    /// Called with the theme the reader picks.
    pub on_theme: Callback<Theme>,
}

/// Language links and the theme picker.
#[component]
pub fn Settings(props: &SettingsProps) -> Html {
    let texts = props.lang.strings().embed();
    let mut links = Markup::new();
    links.open("ul", &[("class", "langs")]);
    for lang in Lang::ALL {
        let href = format!(
            "{}{}",
            props.root,
            page_path(props.region, View::Full, lang)
        );
        let testid = format!("lang-{}", lang.tag());
        let mut attrs = vec![
            ("href", href.as_str()),
            ("hreflang", lang.tag()),
            ("lang", lang.tag()),
            ("data-lang", lang.tag()),
            ("data-testid", testid.as_str()),
        ];
        if lang == props.lang {
            attrs.push(("aria-current", "true"));
        }
        links
            .open("li", &[])
            .el("a", &attrs, lang.name())
            .close("li");
    }
    links.close("ul");
    let on_lang = props.on_lang.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        let lang = e
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.closest("[data-lang]").ok().flatten())
            .and_then(|el| el.get_attribute("data-lang"))
            .and_then(|tag| Lang::parse(&tag));
        // Plain clicks switch in place; a new tab or window still opens the language's page.
        if let Some(lang) = lang.filter(|_| !(e.ctrl_key() || e.meta_key() || e.shift_key())) {
            e.prevent_default();
            on_lang.emit(lang);
        }
    });
    let on_theme = props.on_theme.clone();
    let onchange = Callback::from(move |e: Event| {
        let theme = e
            .target()
            .and_then(|t| t.dyn_into::<HtmlSelectElement>().ok())
            .and_then(|s| Theme::parse(&s.value()));
        if let Some(theme) = theme {
            on_theme.emit(theme);
        }
    });
    let options = [Theme::Auto, Theme::Light, Theme::Dark]
        .into_iter()
        .map(|theme| {
            let label = texts.themes.of(theme);
            html! { <option value={theme.slug()} selected={theme == props.theme}>{ label }</option> }
        })
        .collect::<Html>();
    html! {
        <div class="settings" data-testid="settings">
            <nav aria-label={texts.labels.lang} {onclick}>{ links.into_html() }</nav>
            <span class="theme-pick">
                <label for="dp-theme">{ texts.labels.theme }</label>
                <select id="dp-theme" data-testid="theme" {onchange}>{ options }</select>
            </span>
        </div>
    }
}
