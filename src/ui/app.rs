//! The root component: holds the one reducer and the memoised results, lays out the widget.

use std::rc::Rc;

use super::breakdown::Breakdown;
use super::cross_checks::CrossChecks;
use super::legend::Legend;
use super::observed_table::ObservedTable;
use super::props::SharedResults;
use super::region_picker::RegionPicker;
use super::sources::Sources;
use super::steps_table::StepsTable;
use crate::data::dataset;
use crate::model::{compute, Action, State};
use yew::prelude::*;

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// Props of the root.
#[derive(Properties, PartialEq, Clone, Default)]
pub struct AppProps {
    /// The state to start from (region, language), e.g. from the URL or a pre-render.
    #[prop_or_default]
    pub initial: State,
    /// A configuration problem to show once (e.g. an unknown region in the address).
    #[prop_or_default]
    pub notice: Option<AttrValue>,
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let initial = props.initial.clone();
    let state = use_reducer(move || initial);
    let results = use_memo((), |_| compute(dataset()));
    // Set once the browser has run effects: tests and the host page wait for it.
    let mounted = use_state(|| false);
    {
        let mounted = mounted.clone();
        use_effect_with((), move |_| mounted.set(true));
    }
    let strings = state.lang.strings();
    let result = results.get(state.region);
    let shared = SharedResults(results.clone());
    let data = dataset();
    let on_select = {
        let state = state.clone();
        Callback::from(move |region| state.dispatch(Action::SelectRegion(region)))
    };

    html! {
        <div class="dp" data-testid="app" data-mounted={mounted.to_string()} lang={state.lang.tag()}>
            <header class="dp-head">
                <h1>{ strings.title }</h1>
                <p class="lede">{ strings.lede }</p>
            </header>
            if let Some(notice) = props.notice.clone() {
                <p class="notice" role="status" data-testid="notice">{ notice }</p>
            }
            <RegionPicker selected={state.region} lang={state.lang} on_select={on_select} />
            <section class="region" aria-labelledby="region-name">
                <h2 id="region-name" data-testid="region-name">{ state.region.name() }</h2>
                <p class="summary" data-testid="summary" aria-live="polite">
                    { strings.summary(result, data.reference_year, data.after_year) }
                </p>
                <StepsTable results={shared.clone()} region={state.region} lang={state.lang} />
                <Breakdown results={shared.clone()} region={state.region} lang={state.lang} />
                <ObservedTable results={shared.clone()} region={state.region} lang={state.lang} />
                <CrossChecks results={shared.clone()} region={state.region} lang={state.lang} />
            </section>
            <Legend lang={state.lang} />
            <Sources results={shared} region={state.region} lang={state.lang} />
            <footer class="dp-foot">
                <p>{ format!("{} {}. {}", strings.release_label, data.release, strings.privacy) }</p>
            </footer>
        </div>
    }
}
