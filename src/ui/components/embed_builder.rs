//! "Bygg inn": a journalist picks region, theme, parts and height, sees a live preview in a
//! real iframe, and copies (1) a plain iframe, (2) the iframe with the host script, or (3) the
//! oEmbed address. The code itself is written by `model::publish::EmbedCode`.

use crate::model::config::embed::{parse_height, Part, Parts, Theme};
use crate::model::publish::{oembed_path, EmbedCode, DEFAULT_HEIGHT};
use crate::model::{Lang, RegionId};
use crate::ui::browser;
use crate::ui::html::markup::Markup;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Props of [`EmbedBuilder`].
#[derive(Properties, PartialEq, Clone)]
pub struct EmbedBuilderProps {
    /// The region the page shows; the builder starts from it.
    pub region: RegionId,
    /// Language of the texts.
    pub lang: Lang,
    /// The widget's root address; the page's own folder when not given.
    #[prop_or_default]
    pub base: Option<AttrValue>,
}

/// What the journalist has chosen.
#[derive(Clone, PartialEq)]
struct Choice {
    /// The region the form's markup was written with (the page's at first render).
    start: RegionId,
    region: RegionId,
    lang: Lang,
    theme: Theme,
    show: Parts,
    height: u32,
}

const THEMES: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

/// The embed panel, closed until opened; the preview loads only while it is open.
#[component]
pub fn EmbedBuilder(props: &EmbedBuilderProps) -> Html {
    let strings = props.lang.strings();
    let texts = strings.embed();
    let copy = &strings.calc.copy;
    let region = props.region;
    let choice = use_state(move || Choice {
        start: region,
        region,
        lang: props.lang,
        theme: Theme::Auto,
        show: Parts::COMPACT,
        height: DEFAULT_HEIGHT,
    });
    let open = use_state(|| false);
    let height_error = use_state(|| false);
    // Which code was copied last, and whether the browser allowed it.
    let copied = use_state(|| None::<(usize, bool)>);

    let base = props
        .base
        .as_ref()
        .map_or_else(browser::page_base, ToString::to_string);
    let c = (*choice).clone();
    let code = EmbedCode {
        base: &base,
        region: c.region,
        lang: c.lang,
        theme: c.theme,
        show: (!c.show.is_empty()).then_some(c.show),
        height: c.height,
    };
    // Embed code names the widget's absolute address, which only the browser knows: the
    // pre-rendered page leaves the fields empty rather than show a relative one.
    let codes = if base.is_empty() {
        Default::default()
    } else {
        [
            code.iframe(),
            code.iframe_with_script(),
            format!("{base}{}", oembed_path(c.region, c.lang)),
        ]
    };

    // The controls keep their own state in the page (their markup never changes after the
    // first render, so focus stays put); one listener reads whichever changed.
    // `live` (input events) commits a valid height while it is typed, so a click on a copy
    // button right after typing copies the new code; change events check and refuse.
    let handler = |live: bool| {
        let (choice, height_error, copied) = (choice.clone(), height_error.clone(), copied.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::Element>() else {
                return;
            };
            let name = input.get_attribute("name").unwrap_or_default();
            if live && name != "height" {
                return;
            }
            let value = match e.target_dyn_into::<HtmlSelectElement>() {
                Some(select) => select.value(),
                None => e.target_unchecked_into::<HtmlInputElement>().value(),
            };
            let mut next = (*choice).clone();
            match name.as_str() {
                "region" => next.region = RegionId::parse(&value).unwrap_or(next.region),
                "theme" => next.theme = Theme::parse(&value).unwrap_or(next.theme),
                "lang" => {
                    next.lang = Lang::ALL
                        .into_iter()
                        .find(|l| l.tag() == value)
                        .unwrap_or(next.lang)
                }
                "part" => {
                    if let Some(part) = Part::parse(&value) {
                        let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                        next.show = if on {
                            next.show.with(part)
                        } else {
                            next.show.without(part)
                        };
                    }
                }
                "height" => match parse_height(&value) {
                    Some(h) => {
                        next.height = h;
                        let _ = input.remove_attribute("aria-invalid");
                    }
                    None if live => return,
                    None => {
                        let _ = input.set_attribute("aria-invalid", "true");
                        height_error.set(true);
                        return;
                    }
                },
                _ => return,
            }
            if name == "height" {
                height_error.set(false);
            }
            if next != *choice {
                copied.set(None);
                choice.set(next);
            }
        })
    };
    let on_change = handler(false);
    let on_input = {
        let live = handler(true);
        Callback::from(move |e: InputEvent| live.emit(e.into()))
    };
    let on_toggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            open.set(details.open());
        })
    };
    // The form starts from the region the page showed when it first rendered, and stays so.
    let controls = controls(choice.start, props.lang);
    // Copy buttons sit in the codes' markup; one listener finds which was pressed.
    let on_click = {
        let (copied, codes) = (copied.clone(), codes.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(el) = e.target_dyn_into::<web_sys::Element>() else {
                return;
            };
            let Some(n) = el
                .closest("[data-copy]")
                .ok()
                .flatten()
                .and_then(|b| b.get_attribute("data-copy"))
                .and_then(|n| n.parse::<usize>().ok())
                .filter(|n| *n < codes.len())
            else {
                return;
            };
            let copied = copied.clone();
            browser::copy_text(&codes[n], move |ok| copied.set(Some((n, ok))));
        })
    };
    let status = match *copied {
        Some((n, ok)) => format!(
            "{}: {}",
            texts.codes.in_order().get(n).copied().unwrap_or_default(),
            if ok { copy.done } else { copy.failed }
        ),
        None => String::new(),
    };
    let preview = (*open).then(|| (code.url(), code.title()));
    let output = output(&codes, preview, c.height, props.lang);
    html! {
        <details class="panel embed-builder" data-testid="embed-builder" ontoggle={on_toggle}>
            <summary><h2>{ texts.heading }</h2></summary>
            <p class="note">{ texts.lede }</p>
            <div class="controls" onchange={on_change} oninput={on_input}>{ controls }</div>
            if *height_error {
                <p class="error" role="alert" data-testid="embed-height-error">{ texts.bad_height }</p>
            }
            if c.show.is_empty() {
                <p class="note">{ texts.no_parts }</p>
            }
            <div onclick={on_click}>{ output }</div>
            <p class="copy-status" role="status" data-testid="embed-copy-status">{ status }</p>
        </details>
    }
}

/// The three codes with their copy buttons, and the live preview while the panel is open.
fn output(codes: &[String; 3], preview: Option<(String, String)>, height: u32, lang: Lang) -> Html {
    let texts = lang.strings().embed();
    let names = texts.codes.in_order();
    let mut m = Markup::new();
    for ((i, text), name) in codes.iter().enumerate().zip(names) {
        let id = format!("embed-code-{i}");
        let n = i.to_string();
        let aria = format!("{} {name}", texts.copy);
        let testid = format!("embed-copy-{i}");
        m.open("div", &[("class", "code")]);
        m.el("label", &[("for", &id)], name);
        m.el(
            "textarea",
            &[
                ("id", &id),
                ("data-testid", &id),
                ("readonly", ""),
                ("rows", "4"),
            ],
            text,
        );
        m.el(
            "button",
            &[
                ("type", "button"),
                ("data-copy", &n),
                ("data-testid", &testid),
                ("aria-label", &aria),
            ],
            texts.copy,
        );
        m.close("div");
    }
    m.el("h3", &[], texts.preview);
    if let Some((url, title)) = preview {
        // The height attribute, not a style: the page runs under a CSP without inline styles.
        let height = height.min(900).to_string();
        m.el(
            "iframe",
            &[
                ("class", "preview"),
                ("data-testid", "embed-preview"),
                ("src", &url),
                ("title", &title),
                ("height", &height),
                ("loading", "lazy"),
                ("referrerpolicy", "no-referrer"),
            ],
            "",
        );
    }
    m.into_html()
}

/// The panel's form as markup: region, theme, height and the parts, starting from `region` and
/// the compact defaults. Written once; the browser keeps what the journalist changes.
fn controls(region: RegionId, lang: Lang) -> Html {
    let texts = lang.strings().embed();
    let mut m = Markup::new();
    m.open("div", &[("class", "selects")]);
    m.open("label", &[]).text(texts.labels.region).text(" ");
    m.open(
        "select",
        &[("name", "region"), ("data-testid", "embed-region")],
    );
    for r in RegionId::ALL {
        if r == region {
            m.open("option", &[("value", r.slug()), ("selected", "")]);
        } else {
            m.open("option", &[("value", r.slug())]);
        }
        m.text(lang.strings().region_name(r)).close("option");
    }
    m.close("select").close("label");
    m.open("label", &[]).text(texts.labels.lang).text(" ");
    m.open("select", &[("name", "lang"), ("data-testid", "embed-lang")]);
    for l in Lang::ALL {
        m.el("option", &[("value", l.tag())], l.name());
    }
    m.close("select").close("label");
    m.open("label", &[]).text(texts.labels.theme).text(" ");
    m.open(
        "select",
        &[("name", "theme"), ("data-testid", "embed-theme")],
    );
    for t in THEMES.iter() {
        m.el("option", &[("value", t.slug())], texts.themes.of(*t));
    }
    m.close("select").close("label");
    m.open("label", &[]).text(texts.labels.height).text(" ");
    let height = DEFAULT_HEIGHT.to_string();
    // A void element: opened, never closed.
    m.open(
        "input",
        &[
            ("name", "height"),
            ("type", "text"),
            ("inputmode", "numeric"),
            ("class", "num"),
            ("data-testid", "embed-height"),
            ("value", &height),
        ],
    );
    m.close("label").close("div");
    m.open("fieldset", &[("class", "group parts")]);
    m.el("legend", &[], texts.labels.parts);
    for part in Part::ALL.iter() {
        let id = format!("embed-part-{}", part.slug());
        m.open("label", &[("class", "check")]);
        let mut attrs = vec![
            ("type", "checkbox"),
            ("name", "part"),
            ("value", part.slug()),
            ("id", id.as_str()),
            ("data-testid", id.as_str()),
        ];
        if Parts::COMPACT.has(*part) {
            attrs.push(("checked", ""));
        }
        m.open("input", &attrs);
        m.text(texts.parts.of(*part)).close("label");
    }
    m.close("fieldset");
    m.into_html()
}
