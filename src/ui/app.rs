//! The root component: holds the one reducer and the memoised results, and lays out the widget.
//! Its state machinery (callbacks, the address) is in `hooks.rs`.

use std::rc::Rc;

use crate::data::dataset;
use crate::model::calc::last_measured_year;
use crate::model::config::embed::{Part, Theme, View};
use crate::model::export::{DataFile, Export};
use crate::model::publish::page_folder;
use crate::model::release::Site;
use crate::model::{compute_scenario, compute_with_implied, Results};
use crate::ui::browser;
use crate::ui::components::about::{about, About};
use crate::ui::components::assumptions_panel::AssumptionsPanel;
use crate::ui::components::breakdown::Breakdown;
use crate::ui::components::charts::Charts;
use crate::ui::components::compare_table::CompareTable;
use crate::ui::components::cross_checks::CrossChecks;
use crate::ui::components::observed_table::ObservedTable;
use crate::ui::components::people::People;
use crate::ui::components::region_picker::RegionPicker;
use crate::ui::components::scenario_bar::ScenarioBar;
use crate::ui::components::settings::Settings;
use crate::ui::components::steps_table::StepsTable;
use crate::ui::components::summary::Summary;
use crate::ui::hooks::{
    use_accent, use_address, use_document_lang, use_latest, use_panel, use_picks, use_turns,
    PanelCallbacks, Picks, TURNS,
};
use crate::ui::props::{AppProps, SharedResults};
use yew::prelude::*;

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
    // step. Redrawing every chart at every step took most of each step (scripts/dev/bench.mjs, P6).
    let dragging = use_state_eq(|| false);
    let frozen = use_mut_ref(|| None::<(SharedResults, Option<Rc<Results>>)>);
    // The detail tables also show, per measured year, the occupancy the model's places imply:
    // that computes each year once more, so it is done only when no drag is under way.
    let detailed = use_memo(
        (state.edits.clone(), state.scenario, year, *dragging),
        |(edits, scenario, year, drag)| {
            (!drag).then(|| Rc::new(compute_with_implied(data, edits, *scenario, *year)))
        },
    );
    // A takeover builds the page a part per turn: 1 the top and the summary, 2 the charts, 3
    // the steps table and the panel, 4 the detail tables, 5 the end of the page.
    let built = use_turns(props.in_turns);
    // `data-mounted` turns "true" once the browser has run effects on the whole page: tests and
    // the host page wait for it. Written on the element, so it costs no second render.
    let root = use_node_ref();
    {
        let (root, on_mounted) = (root.clone(), props.on_mounted.clone());
        use_effect_with(built == TURNS, move |&whole| {
            if whole {
                if let Some(cb) = on_mounted {
                    cb.emit(());
                }
                // The first result is on screen: the benchmark's "interactive" (scripts/dev/bench.mjs).
                browser::mark("interactive");
                if let Some(element) = root.cast::<web_sys::Element>() {
                    let _ = element.set_attribute("data-mounted", "true");
                }
            }
        });
    }
    let (address, query, to_root) = use_address(
        &state,
        &dragging,
        props.owns_address,
        props.page_state.clone(),
    );
    let Picks {
        region: on_select,
        scenario: on_scenario,
        compare: on_compare,
        year: on_year,
        lang: on_lang,
        theme: on_theme,
    } = use_picks(&state, &address, &dragging);
    let PanelCallbacks {
        reset: on_reset,
        reset_all: on_reset_all,
        edit: on_edit,
    } = use_panel(&state, &address, &dragging);
    // Where this release stands among the site's releases; the single-file copy asks nothing.
    let site = use_memo(props.site_base.clone(), |base| {
        base.as_deref().map(|b| Site::locate(b, data.release_id))
    });
    let latest = use_latest(
        (*site)
            .as_ref()
            .filter(|_| !props.offline_copy)
            .map(Site::latest_url),
        built == TURNS,
    );
    // The same view in a newer release, and the address embed code pins.
    let newer = (*site).as_ref().zip(latest.as_deref()).and_then(|(s, l)| {
        let page = format!("{}{query}", page_folder(data, props.page_state.as_deref()));
        s.newer(data.release_date, l, &page)
    });
    let pinned = (*site)
        .as_ref()
        .map(|s| AttrValue::from(s.pinned_root(latest.as_deref())));
    // "Last ned tall": the numbers on screen, as the model writes them out.
    let on_download = {
        let (state, results, compared) = (state.clone(), results.clone(), compared.clone());
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

    let strings = state.lang.strings();
    let result = results.get(state.region);
    let shared = SharedResults(results.clone());
    // `frozen` holds what the detail parts showed last when no drag was under way, so the first
    // step of a drag redraws none of them either.
    let (detail, detail_compared) = {
        let mut f = frozen.borrow_mut();
        match &*f {
            Some(shown) if *dragging => shown.clone(),
            _ => {
                let whole = (*detailed)
                    .clone()
                    .map_or_else(|| shared.clone(), SharedResults);
                f.insert((whole, (*compared).clone())).clone()
            }
        }
    };
    let summary = strings.summary(
        result,
        (data.reference_year, year),
        state.scenario,
        last_measured_year(data),
    );

    let flag = if result.below_occupied {
        strings.below_occupied
    } else {
        ""
    };

    let parts = state.embed.parts();
    let show = |part: Part| parts.has(part);
    let compact = state.embed.view == View::Compact;
    let status_note = strings.status_note(
        result,
        year,
        last_measured_year(data),
        data.release_date,
        compact,
    );
    let root_class = classes!(
        "dp",
        compact.then_some("compact"),
        match state.embed.theme {
            Theme::Auto => None,
            Theme::Light => Some("theme-light"),
            Theme::Dark => Some("theme-dark"),
        }
    );
    use_document_lang(props.owns_address, state.lang);
    use_accent(&root, state.embed.accent);

    let steps = (built >= 3 && show(Part::Table)).then(|| {
        html! { <StepsTable results={shared.clone()} region={state.region} lang={state.lang} /> }
    });
    html! {
        <div class={root_class} ref={root} data-testid="app" data-mounted="false" lang={state.lang.tag()}>
            <header class="dp-head">
                if !compact {
                    <Settings lang={state.lang} theme={state.embed.theme} region={state.region}
                        root={to_root.clone()} {on_lang} {on_theme} />
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
                <RegionPicker selected={state.region} lang={state.lang} on_select={on_select.clone()}
                    links={props.prerendered.then(|| (to_root.clone(), state.embed.view))} />
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
                if built >= 2 {
                    <Charts results={detail.clone()} region={state.region} year={year} lang={state.lang}
                        parts={parts} on_select={on_select} downloads={!compact} />
                }
                // In an article column the chart above already shows the steps; their table
                // (with each step's range, basis and sources) opens below it in one click, so the
                // compact view fits a phone screen or two (shared/BUDGETS.md P11).
                if let Some(steps) = steps {
                    if compact && show(Part::Bridge) {
                        <details class="steps-more" data-testid="steps-more">
                            <summary>{ strings.steps_more }</summary>
                            { steps }
                        </details>
                    } else {
                        { steps }
                    }
                }
                if show(Part::Assumptions) && built >= 3 {
                    <AssumptionsPanel region={state.region} edits={state.edits.clone()} open={open_panel}
                        lang={state.lang} on_edit={on_edit} on_reset={on_reset} on_reset_all={on_reset_all} />
                }
                if let Some(b) = detail_compared.filter(|_| show(Part::Scenarios) && built >= 3) {
                    <CompareTable a={detail.clone()} b={SharedResults(b)} region={state.region} lang={state.lang} />
                }
                if show(Part::People) && built >= 4 {
                    <People results={detail.clone()} region={state.region} lang={state.lang} />
                }
                if show(Part::Details) && built >= 4 {
                    <Breakdown results={detail.clone()} region={state.region} lang={state.lang} />
                    <ObservedTable results={detail.clone()} region={state.region} lang={state.lang} />
                    <CrossChecks results={detail.clone()} region={state.region} lang={state.lang} />
                }
            </section>
            if built >= 5 {
                { about(About {
                    results: detail,
                    region: state.region,
                    lang: state.lang,
                    compact,
                    offline_copy: props.offline_copy,
                    site_base: pinned,
                    newer,
                    on_download,
                    root: to_root,
                }) }
            }
        </div>
    }
}
