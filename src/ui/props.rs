//! Props shared by the region views: the memoised results, compared by pointer, and the choice.

use std::rc::Rc;

use crate::model::{Lang, RegionId, RegionResult, Results};
use yew::Properties;

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
