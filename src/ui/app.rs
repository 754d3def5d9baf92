//! The root component: holds the one reducer and the memoised results, keeps the address in
//! step with the state, and lays out the widget.

use std::cell::RefCell;
use std::rc::Rc;

use super::assumptions_panel::AssumptionsPanel;
use super::breakdown::Breakdown;
use super::browser;
use super::charts::Charts;
use super::compare_table::CompareTable;
use super::cross_checks::CrossChecks;
use super::downloads::downloads;
use super::embed_builder::EmbedBuilder;
use super::legend::Legend;
use super::observed_table::ObservedTable;
use super::people::People;
use super::props::SharedResults;
use super::region_picker::RegionPicker;
use super::scenario_bar::ScenarioBar;
use super::settings::Settings;
use super::sources::Sources;
use super::steps_table::StepsTable;
use super::summary::Summary;
use crate::data::dataset;
use crate::model::config::contrast::accent;
use crate::model::config::embed::{Part, Theme, View};
use crate::model::config::{merge_queries, parse_query, to_query};
use crate::model::export::{DataFile, Export};
use crate::model::{compute_scenario, Action, Lang, Param, RegionId, Results, Scenario, State};
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

/// Props of the root.
#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The state to start from, e.g. from the address or a pre-render.
    #[prop_or_default]
    pub initial: State,
    /// A configuration problem to show once (e.g. an unknown region in the address).
    #[prop_or_default]
    pub notice: Option<AttrValue>,
    /// Called once, after the first render is in the page (the pre-rendered page's takeover).
    #[prop_or_default]
    pub on_mounted: Option<Callback<()>>,
    /// The query of the state a pre-rendered page shows (its `data-state`). An address without
    /// a query means that state; so the default state is written `?region=norge` there.
    #[prop_or_default]
    pub page_state: Option<AttrValue>,
    /// The widget's root address, for embed code; `None` outside a browser.
    #[prop_or_default]
    pub site_base: Option<AttrValue>,
    /// The page is the widget's own: it keeps the address and history in step with the state and
    /// reports its height to a host frame. Widgets mounted into other pages leave all that alone.
    #[prop_or_default]
    pub owns_address: bool,
    /// The page is the single-file copy for use without a network (`scripts/make-single.mjs`):
    /// it says so, and offers neither embed code nor a copy of itself.
    #[prop_or_default]
    pub offline_copy: bool,
}

/// How the next change of state is written to the address.
#[derive(Clone, Copy, PartialEq, Default)]
enum AddressMode {
    /// A new history entry: one per click, typed value or key press.
    Push,
    /// A slider drag has begun: its first value gets an entry.
    DragStart,
    /// A drag goes on: the address waits for its end. (Writing it at every step cost a history
    /// update each time, and Chromium fetched the page's icon again after each one.)
    Dragging,
    /// A drag has ended: its last value replaces the drag's entry.
    DragEnd,
    /// The state came from the address (load, back, forward): leave the address alone.
    #[default]
    Keep,
}

/// The address's side of the state: how the next change is written, and the address a drag has
/// reached but not written yet.
#[derive(Default)]
struct Address {
    mode: AddressMode,
    pending: Option<String>,
    /// Whether this widget owns the page's address (not when mounted by the JS API).
    owns: bool,
}

impl Address {
    /// Ends a drag that is under way: its last address replaces the drag's entry.
    fn end_drag(&mut self) {
        if let Some(query) = self.pending.take().filter(|_| self.owns) {
            browser::write_query(&query, false);
        }
    }
}

type SharedAddress = Rc<RefCell<Address>>;

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
        {
            let mut a = address.borrow_mut();
            a.end_drag();
            a.mode = AddressMode::Push;
        }
        dispatch.dispatch(make(value));
        dragging.set(false);
    })
}

/// The callbacks of the pickers and settings, made once.
#[derive(Clone)]
struct Picks {
    region: Callback<RegionId>,
    scenario: Callback<Scenario>,
    compare: Callback<Option<Scenario>>,
    year: Callback<u16>,
    lang: Callback<Lang>,
    theme: Callback<Theme>,
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let open_panel = !initial.edits.is_empty();
    let state = use_reducer(move || initial);
    let data = dataset();
    let year = state.year(data);
    let results = use_memo(
        (state.edits.clone(), state.scenario, year),
        |(edits, scenario, year)| compute_scenario(data, edits, *scenario, *year),
    );
    let compared = use_memo(
        (state.edits.clone(), state.compare, year),
        |(edits, compare, year)| compare.map(|c| Rc::new(compute_scenario(data, edits, c, *year))),
    );
    // While a slider is dragged, the charts and the detail tables keep the numbers they showed
    // when the drag began and catch up when it ends; the summary and the steps table follow every
    // step. Redrawing every chart at every step took most of each step (scripts/bench.mjs, P6).
    let dragging = use_state_eq(|| false);
    let frozen = use_mut_ref(|| None::<(SharedResults, Option<Rc<Results>>)>);
    // Set once the browser has run effects: tests and the host page wait for it.
    let mounted = use_state(|| false);
    {
        let (mounted, on_mounted) = (mounted.clone(), props.on_mounted.clone());
        use_effect_with((), move |_| {
            if let Some(cb) = on_mounted {
                cb.emit(());
            }
            // The first result is on screen: the benchmark's "interactive" (scripts/bench.mjs).
            browser::mark("interactive");
            mounted.set(true);
        });
    }

    // The address follows the state; back and forward bring a state back.
    let address = use_mut_ref(|| Address {
        owns: props.owns_address,
        ..Address::default()
    });
    let mut query = to_query(data, &state);
    // On a page pre-rendered for a region, the address applies on top of that region, so
    // Norway, the default, must be named.
    // On a pre-rendered page of a region or language, the address applies on top of the
    // page's own state, so a default region or language must be named.
    let page = use_memo(props.page_state.clone(), |page| {
        let shown = parse_query(dataset(), page.as_deref().unwrap_or("")).0;
        (shown.region, shown.lang)
    });
    {
        let (page_region, page_lang) = *page;
        let mut named = Vec::new();
        if state.region == RegionId::Norge && page_region != RegionId::Norge {
            named.push(format!("region={}", RegionId::Norge.slug()));
        }
        if state.lang == Lang::default() && page_lang != Lang::default() {
            named.push(format!("lang={}", state.lang.tag()));
        }
        if !named.is_empty() {
            query = format!("?{}{}", named.join("&"), query.replacen('?', "&", 1));
        }
    }
    // "Last ned tall": the numbers on screen, as the model writes them out.
    let on_download = {
        let (state, results, compared) = (state.clone(), results.clone(), compared.clone());
        let query = query.clone();
        Callback::from(move |kind: DataFile| {
            let export = Export {
                data: dataset(),
                state: &state,
                results: &results,
                compared: compared.as_deref(),
                query: &query,
            };
            let (name, content) = export.file(kind);
            browser::download(&name, kind.mime(), &content);
        })
    };
    {
        let address = address.clone();
        use_effect_with(query, move |query| {
            let mut a = address.borrow_mut();
            if !a.owns {
                return;
            }
            match a.mode {
                AddressMode::Keep => a.mode = AddressMode::Push,
                AddressMode::Push => browser::write_query(query, true),
                AddressMode::DragStart => {
                    a.pending = None;
                    browser::write_query(query, true);
                    a.mode = AddressMode::Dragging;
                }
                AddressMode::Dragging => a.pending = Some(query.clone()),
                AddressMode::DragEnd => {
                    browser::write_query(query, false);
                    a.mode = AddressMode::Push;
                }
            }
        });
    }
    {
        let (state, address, page_state) =
            (state.clone(), address.clone(), props.page_state.clone());
        let dragging = dragging.setter();
        let owns = props.owns_address;
        use_effect_with((), move |_| {
            let guard = owns.then(|| {
                browser::listen_popstate(move |query| {
                    {
                        let mut a = address.borrow_mut();
                        a.pending = None;
                        a.mode = AddressMode::Keep;
                    }
                    dragging.set(false);
                    let page = page_state.as_deref().unwrap_or("");
                    let (next, _) = parse_query(dataset(), &merge_queries(page, &query));
                    state.dispatch(Action::Replace(Box::new(next)));
                })
            });
            move || drop(guard)
        });
    }

    let strings = state.lang.strings();
    let result = results.get(state.region);
    let shared = SharedResults(results.clone());
    // `frozen` holds what the detail parts showed last when no drag was under way, so the first
    // step of a drag redraws none of them either.
    let (detail, detail_compared) = {
        let mut f = frozen.borrow_mut();
        match &*f {
            Some(shown) if *dragging => shown.clone(),
            _ => f.insert((shared.clone(), (*compared).clone())).clone(),
        }
    };
    // Every callback is made once, so a part whose other props did not change skips its render:
    // new callbacks at each slider step made the charts and pickers redraw (scripts/bench.mjs).
    let picks = {
        let (d, a, drag) = (state.dispatcher(), address.clone(), dragging.setter());
        use_memo((), move |()| Picks {
            region: dispatcher(&d, &a, &drag, Action::SelectRegion),
            scenario: dispatcher(&d, &a, &drag, Action::SelectScenario),
            compare: dispatcher(&d, &a, &drag, Action::SelectCompare),
            year: dispatcher(&d, &a, &drag, Action::SelectYear),
            lang: dispatcher(&d, &a, &drag, Action::SelectLang),
            theme: dispatcher(&d, &a, &drag, Action::SelectTheme),
        })
    };
    let Picks {
        region: on_select,
        scenario: on_scenario,
        compare: on_compare,
        year: on_year,
        lang: on_lang,
        theme: on_theme,
    } = (*picks).clone();
    // The assumptions panel's callbacks: its 25 controls see equal props and only the one that
    // changed redraws. They read the state of the latest render.
    let latest = use_mut_ref(State::default);
    latest.borrow_mut().clone_from(&state);
    let panel_callbacks = {
        let (dispatch, address, latest) = (state.dispatcher(), address.clone(), latest.clone());
        let dragging = dragging.setter();
        use_memo((), move |()| {
            let on_reset = dispatcher(&dispatch, &address, &dragging, Action::Reset);
            let on_reset_all = dispatcher(&dispatch, &address, &dragging, |()| Action::ResetAll);
            let on_edit = Callback::from(move |(param, value, live): (Param, f64, bool)| {
                let state = latest.borrow();
                if let Err(e) = state.check_edit(dataset(), param, value) {
                    return Some(state.lang.strings().input_error(&e));
                }
                {
                    let mut a = address.borrow_mut();
                    a.mode = match (live, a.mode) {
                        (true, AddressMode::Dragging | AddressMode::DragStart) => a.mode,
                        (true, _) => AddressMode::DragStart,
                        // The end of a drag that has written its entry: the last value replaces
                        // it, also when it did not change (then no render writes it).
                        (false, AddressMode::Dragging) => {
                            a.end_drag();
                            AddressMode::DragEnd
                        }
                        // A single step whose entry is not written yet (input and change in
                        // one task), a typed value, or a key press: a new entry.
                        (false, _) => AddressMode::Push,
                    };
                }
                dispatch.dispatch(Action::Edit(param, value));
                dragging.set(live);
                None
            });
            (on_reset, on_reset_all, on_edit)
        })
    };
    let (on_reset, on_reset_all, on_edit) = (*panel_callbacks).clone();
    let summary = strings.summary(result, data.reference_year, year, state.scenario);
    let last_measured = crate::model::calc::last_measured_year(data);
    let status_note = strings.status_note(result, year, last_measured);
    let flag = if result.below_occupied {
        strings.below_occupied
    } else {
        ""
    };

    let parts = state.embed.parts();
    let show = |part: Part| parts.has(part);
    let compact = state.embed.view == View::Compact;
    let root_class = classes!(
        "dp",
        compact.then_some("compact"),
        match state.embed.theme {
            Theme::Auto => None,
            Theme::Light => Some("theme-light"),
            Theme::Dark => Some("theme-dark"),
        }
    );
    // The page's own language and title follow the widget's (not a host page's).
    {
        let owns = props.owns_address;
        use_effect_with(state.lang, move |lang| {
            if owns {
                browser::set_document_lang(lang.tag(), lang.strings().page_title);
            }
        });
    }
    // A host's accent colour, on the widget itself, for the themes where it reads (the model
    // checked it); the style sheet's defaults hold elsewhere.
    let root = use_node_ref();
    {
        let root = root.clone();
        use_effect_with(state.embed.accent, move |colour| {
            if let Some(el) = root.cast::<web_sys::HtmlElement>() {
                browser::set_accent(&el, colour.map(accent));
            }
        });
    }
    // Height changes reach the host page when the widget runs in a frame.
    {
        let (id, owns) = (state.embed.id.clone(), props.owns_address);
        use_effect_with((), move |_| {
            let guard = owns.then(|| browser::report_height(id)).flatten();
            move || drop(guard)
        });
    }

    html! {
        <div class={root_class} ref={root} data-testid="app" data-mounted={mounted.to_string()} lang={state.lang.tag()}>
            <header class="dp-head">
                if !compact {
                    <Settings lang={state.lang} theme={state.embed.theme} region={state.region}
                        {on_lang} {on_theme} />
                }
                <h1>{ strings.title }</h1>
                if !compact {
                    <p class="lede">{ strings.lede }</p>
                }
            </header>
            if let Some(notice) = props.notice.clone() {
                <p class="notice" role="status" data-testid="notice">{ notice }</p>
            }
            if show(Part::Picker) {
                <RegionPicker selected={state.region} lang={state.lang} on_select={on_select.clone()} />
            }
            if show(Part::Scenarios) {
                <ScenarioBar scenario={state.scenario} compare={state.compare} year={year} lang={state.lang}
                    on_scenario={on_scenario} on_compare={on_compare} on_year={on_year} />
            }
            <section class="region" aria-labelledby="region-name">
                <h2 id="region-name" data-testid="region-name">{ strings.region_name(state.region) }</h2>
                if show(Part::Summary) {
                    <Summary text={AttrValue::from(summary)} lang={state.lang}
                        status={AttrValue::from(status_note)} flag={AttrValue::from(flag)} />
                }
                <Charts results={detail.clone()} region={state.region} year={year} lang={state.lang}
                    parts={parts} on_select={on_select} downloads={!compact} />
                if show(Part::Table) {
                    <StepsTable results={shared.clone()} region={state.region} lang={state.lang} />
                }
                if show(Part::Assumptions) {
                    <AssumptionsPanel region={state.region} edits={state.edits.clone()} open={open_panel}
                        lang={state.lang} on_edit={on_edit} on_reset={on_reset} on_reset_all={on_reset_all} />
                }
                if let Some(b) = detail_compared.filter(|_| show(Part::Scenarios)) {
                    <CompareTable a={detail.clone()} b={SharedResults(b)} region={state.region} lang={state.lang} />
                }
                if show(Part::People) {
                    <People results={detail.clone()} region={state.region} lang={state.lang} />
                }
                if show(Part::Details) {
                    <Breakdown results={detail.clone()} region={state.region} lang={state.lang} />
                    <ObservedTable results={detail.clone()} region={state.region} lang={state.lang} />
                    <CrossChecks results={detail.clone()} region={state.region} lang={state.lang} />
                }
            </section>
            if compact {
                // In an article column the legend and sources wait behind one switch; a source
                // mark's link still opens them (browsers reveal a fragment inside <details>).
                <details class="about-data" data-testid="about-data">
                    <summary>{ strings.sources_toggle }</summary>
                    <Legend lang={state.lang} />
                    <Sources results={detail.clone()} region={state.region} lang={state.lang} />
                </details>
            } else {
                <Legend lang={state.lang} />
                <Sources results={detail} region={state.region} lang={state.lang} />
                { downloads(state.lang, props.offline_copy, on_download) }
                if !props.offline_copy {
                    <EmbedBuilder region={state.region} lang={state.lang} base={props.site_base.clone()} />
                }
            }
            <footer class="dp-foot">
                <p>
                    <span data-testid="release">{ format!(
                        "{} {} ({}).",
                        if props.offline_copy { strings.export().offline_copy } else { strings.release_label },
                        strings.iso_date(data.release_date),
                        data.release
                    ) }</span>
                    { " " }{ strings.privacy }
                </p>
            </footer>
        </div>
    }
}
