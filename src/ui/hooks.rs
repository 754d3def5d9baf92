//! The root's state machinery as hooks: the reducer, the callbacks of the pickers and the
//! assumptions panel (made once, so parts with equal props skip their render), and the address
//! kept in step with the state (`model::address` decides what to write; this writes it).

use std::cell::RefCell;
use std::rc::Rc;

use crate::data::dataset;
use crate::model::address::{query_for, Address};
use crate::model::config::contrast::{accent, Rgb};
use crate::model::config::embed::Theme;
use crate::model::config::{merge_queries, parse_query};
use crate::model::publish::page_root;
use crate::model::release::Latest;
use crate::model::{Action, Lang, Param, RegionId, Scenario, State};
use crate::ui::browser;
use yew::prelude::*;

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = self.apply(dataset(), action);
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}

/// The address machine, shared by the callbacks and the effects of one widget.
pub type SharedAddress = Rc<RefCell<Address>>;

/// Writes the last address of a drag that ended in place of the drag's entry.
fn end_drag(query: Option<String>) {
    if let Some(query) = query {
        browser::write_query(&query, false);
    }
}

/// A callback that dispatches `make(value)` as one new history entry. It also ends any slider
/// drag, so a drag whose end the browser never reported cannot keep the charts frozen.
fn dispatcher<T: 'static>(
    dispatch: &UseReducerDispatcher<State>,
    address: &SharedAddress,
    dragging: &UseStateSetter<bool>,
    make: fn(T) -> Action,
) -> Callback<T> {
    let (dispatch, address, dragging) = (dispatch.clone(), address.clone(), dragging.clone());
    Callback::from(move |value| {
        end_drag(address.borrow_mut().pick());
        dispatch.dispatch(make(value));
        dragging.set(false);
    })
}

/// The callbacks of the pickers and settings.
#[derive(Clone)]
pub struct Picks {
    /// A region.
    pub region: Callback<RegionId>,
    /// A scenario.
    pub scenario: Callback<Scenario>,
    /// A scenario to compare with, or none.
    pub compare: Callback<Option<Scenario>>,
    /// A year.
    pub year: Callback<u16>,
    /// A language.
    pub lang: Callback<Lang>,
    /// A colour theme.
    pub theme: Callback<Theme>,
}

/// The callbacks of the assumptions panel: reset one, reset all, and an edit (which answers
/// with the refusal's text, or `None`).
#[derive(Clone)]
pub struct PanelCallbacks {
    /// Reset one assumption.
    pub reset: Callback<Param>,
    /// Reset every assumption.
    pub reset_all: Callback<()>,
    /// An edit: the assumption, its value, and whether a slider drag goes on.
    pub edit: Callback<(Param, f64, bool), Option<String>>,
}

/// The pickers' callbacks, made once.
#[hook]
pub fn use_picks(
    state: &UseReducerHandle<State>,
    address: &SharedAddress,
    dragging: &UseStateHandle<bool>,
) -> Picks {
    let (d, a, drag) = (state.dispatcher(), address.clone(), dragging.setter());
    let picks = use_memo((), move |()| Picks {
        region: dispatcher(&d, &a, &drag, Action::SelectRegion),
        scenario: dispatcher(&d, &a, &drag, Action::SelectScenario),
        compare: dispatcher(&d, &a, &drag, Action::SelectCompare),
        year: dispatcher(&d, &a, &drag, Action::SelectYear),
        lang: dispatcher(&d, &a, &drag, Action::SelectLang),
        theme: dispatcher(&d, &a, &drag, Action::SelectTheme),
    });
    (*picks).clone()
}

/// The assumptions panel's callbacks, made once: its controls see equal props and only the one
/// that changed redraws. They read the state of the latest render.
#[hook]
pub fn use_panel(
    state: &UseReducerHandle<State>,
    address: &SharedAddress,
    dragging: &UseStateHandle<bool>,
) -> PanelCallbacks {
    let latest = use_mut_ref(State::default);
    latest.borrow_mut().clone_from(state);
    let (dispatch, address) = (state.dispatcher(), address.clone());
    let dragging = dragging.setter();
    let callbacks = use_memo((), move |()| {
        let reset = dispatcher(&dispatch, &address, &dragging, Action::Reset);
        let reset_all = dispatcher(&dispatch, &address, &dragging, |()| Action::ResetAll);
        let edit = Callback::from(move |(param, value, live): (Param, f64, bool)| {
            let state = latest.borrow();
            if let Err(e) = state.check_edit(dataset(), param, value) {
                return Some(state.lang.strings().input_error(&e));
            }
            end_drag(address.borrow_mut().edit(live));
            dispatch.dispatch(Action::Edit(param, value));
            dragging.set(live);
            None
        });
        PanelCallbacks {
            reset,
            reset_all,
            edit,
        }
    });
    (*callbacks).clone()
}

/// The address follows the state, and back and forward bring a state back. Returns the machine
/// (for the callbacks), the state's query as the address shows it, and the way from the page
/// to the widget's root folder (`./`, `../../`), for links to other pages and files.
#[hook]
pub fn use_address(
    state: &UseReducerHandle<State>,
    dragging: &UseStateHandle<bool>,
    owns: bool,
    page_state: Option<AttrValue>,
) -> (SharedAddress, String, AttrValue) {
    let address = use_mut_ref(|| Address::new(owns));
    // On a page pre-rendered for a region or language, the address applies on top of the
    // page's own state.
    let page = use_memo(page_state.clone(), |page| {
        let shown = parse_query(dataset(), page.as_deref().unwrap_or("")).0;
        let root = AttrValue::from(page_root(dataset(), page.as_deref()));
        ((shown.region, shown.lang), root)
    });
    let query = query_for(dataset(), state, page.0);
    {
        let address = address.clone();
        use_effect_with(query.clone(), move |query| {
            if let Some(push) = address.borrow_mut().show(query) {
                browser::write_query(query, push);
            }
        });
    }
    {
        let (state, address) = (state.clone(), address.clone());
        let dragging = dragging.setter();
        use_effect_with((), move |_| {
            let guard = owns.then(|| {
                browser::listen_popstate(move |query| {
                    address.borrow_mut().restored();
                    dragging.set(false);
                    let page = page_state.as_deref().unwrap_or("");
                    let (next, _) = parse_query(dataset(), &merge_queries(page, &query));
                    state.dispatch(Action::Replace(Box::new(next)));
                })
            });
            move || drop(guard)
        });
    }
    (address, query, page.1.clone())
}

/// The page's own language and title follow the widget's (not a host page's).
#[hook]
pub fn use_document_lang(owns: bool, lang: Lang) {
    use_effect_with(lang, move |lang| {
        if owns {
            browser::set_document_lang(lang.tag(), lang.strings().page_title);
        }
    });
}

/// A host's accent colour, on the widget's root, for the themes where it reads (the model
/// checked it); the style sheet's defaults hold elsewhere.
#[hook]
pub fn use_accent(root: &NodeRef, colour: Option<Rgb>) {
    let root = root.clone();
    use_effect_with(colour, move |colour| {
        if let Some(el) = root.cast::<web_sys::HtmlElement>() {
            browser::set_accent(&el, colour.map(accent));
        }
    });
}

/// The newest release, as the site's `latest.json` at `url` names it (model::release), read
/// once when the page is whole (`ready`), after it has become interactive; `None` until then,
/// without a `url` (the single-file copy), offline, and when the file is missing or not one.
#[hook]
pub fn use_latest(url: Option<String>, ready: bool) -> Option<Rc<Latest>> {
    let latest = use_state(|| None::<Rc<Latest>>);
    {
        let setter = latest.setter();
        use_effect_with(ready, move |&ready| {
            if let Some(url) = url.filter(|_| ready) {
                browser::fetch_text(&url, move |text| {
                    if let Some(found) = text.as_deref().and_then(Latest::parse) {
                        setter.set(Some(Rc::new(found)));
                    }
                });
            }
        });
    }
    (*latest).clone()
}

/// How many turns the page is built in when the wasm takes over a pre-rendered page: the
/// takeover builds its copy hidden, behind the pre-rendered one, so it can build a part per
/// turn of the event loop and let the browser answer the reader in between, instead of holding
/// the page for the whole build (shared/BUDGETS.md P10, total blocking time).
pub const TURNS: u8 = 5;

/// The parts built so far, 1 to [`TURNS`]: all at once unless `in_turns`. Each turn after the
/// first comes in a task of its own (a zero timer).
#[hook]
pub fn use_turns(in_turns: bool) -> u8 {
    let built = use_state_eq(|| if in_turns { 1 } else { TURNS });
    {
        let built = built.clone();
        use_effect_with(*built, move |&done| {
            let next = (done < TURNS)
                .then(|| browser::after(0, move || built.set(done + 1)))
                .flatten();
            // Dropped when the page goes before the turn comes: no turn for a gone page.
            move || drop(next)
        });
    }
    *built
}
