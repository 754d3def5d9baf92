//! Props shared by the region views: the memoised results, compared by pointer, and the choice.

use std::rc::Rc;

use crate::model::{Lang, RegionId, RegionResult, Results, State};
use yew::{AttrValue, Callback, Properties};

/// The memoised results. They change only when recomputed, so pointer equality is exact and
/// spares a deep comparison of every figure on each render.
#[derive(Clone, Debug)]
pub struct SharedResults(pub Rc<Results>);

impl PartialEq for SharedResults {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Props of every view of the selected region.
#[derive(Properties, PartialEq, Clone)]
pub struct RegionViewProps {
    /// Results for all regions.
    pub results: SharedResults,
    /// The region shown.
    pub region: RegionId,
    /// Language of the texts.
    pub lang: Lang,
}

impl RegionViewProps {
    /// The shown region's results.
    pub fn result(&self) -> &RegionResult {
        self.results.0.get(self.region)
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
    /// The release root (the folder the pre-rendered pages hang from, `https://host/g/` or
    /// `https://host/g/r/<id>/`), for embed code and `latest.json`; `None` outside a browser.
    #[prop_or_default]
    pub site_base: Option<AttrValue>,
    /// The page is the widget's own: it keeps the address and history in step with the state and
    /// reports its height to a host frame. Widgets mounted into other pages leave all that alone.
    #[prop_or_default]
    pub owns_address: bool,
    /// The page is the single-file copy for use without a network (`scripts/build/make-single.mjs`):
    /// it says so, and offers neither embed code nor a copy of itself.
    #[prop_or_default]
    pub offline_copy: bool,
    /// Rendered by the pre-render step (src/bin/prerender.rs) for a page of its own: the region
    /// picker's choices are links to the regions' pre-rendered pages, which work at first paint
    /// and without JavaScript. The wasm's render leaves this off and chooses in place.
    #[prop_or_default]
    pub prerendered: bool,
    /// The wasm's copy of a pre-rendered page, built hidden and swapped in when complete: it is
    /// built a part per turn (`hooks::use_turns`).
    #[prop_or_default]
    pub in_turns: bool,
}
