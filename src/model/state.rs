//! The widget's state and the pure transition the root reducer wraps.

use crate::model::calc::assumptions::{Edits, InputError, Param, Scenario};
use crate::model::calc::default_of;
use crate::model::config::embed::{Embed, Theme};
use crate::model::dataset::Dataset;
use crate::model::lang::Lang;
use crate::model::region::RegionId;

/// What the reader has chosen. Everything here is also in the address ([`super::config`]).
#[derive(Clone, Debug, PartialEq, Default)]
pub struct State {
    /// The selected region.
    pub region: RegionId,
    /// The language of the texts.
    pub lang: Lang,
    /// The year shown as "after"; `None` is the dataset's after year.
    pub year: Option<u16>,
    /// The scenario shown.
    pub scenario: Scenario,
    /// A second scenario shown beside it, if any.
    pub compare: Option<Scenario>,
    /// The reader's changes to the assumptions.
    pub edits: Edits,
    /// How the widget is embedded (view, theme, parts, id); set by the address only.
    pub embed: Embed,
}

/// Something the reader did.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Picked a region.
    SelectRegion(RegionId),
    /// Picked a year.
    SelectYear(u16),
    /// Picked a scenario.
    SelectScenario(Scenario),
    /// Picked a scenario to compare with, or none.
    SelectCompare(Option<Scenario>),
    /// Changed an assumption. A value that fails [`State::check_edit`] changes nothing.
    Edit(Param, f64),
    /// Put one assumption back to its default.
    Reset(Param),
    /// Put every assumption back.
    ResetAll,
    /// Picked a language.
    SelectLang(Lang),
    /// Picked a colour theme (the full page's setting; a host sets it with `theme=`).
    SelectTheme(Theme),
    /// Took a whole state from the address (back and forward).
    Replace(Box<State>),
}

impl State {
    /// The year shown.
    pub fn year(&self, data: &Dataset) -> u16 {
        self.year.unwrap_or(data.after_year)
    }

    /// Whether `value` would be accepted for `param`, and why not.
    pub fn check_edit(&self, data: &Dataset, param: Param, value: f64) -> Result<(), InputError> {
        let years = (data.assumptions.first_year, data.assumptions.last_year);
        let shares = data.regions.each_ref().map(|r| r.fbv_share_pct.value);
        self.edits.clone().try_set(param, value, years, shares)
    }

    /// The state after `action`. Pure: no storage, no DOM, no clock.
    pub fn apply(&self, data: &Dataset, action: Action) -> State {
        let mut next = self.clone();
        match action {
            Action::SelectRegion(region) => next.region = region,
            Action::SelectYear(year) => {
                let a = &data.assumptions;
                if (a.first_year..=a.last_year).contains(&year) {
                    next.year = (year != data.after_year).then_some(year);
                }
            }
            Action::SelectScenario(scenario) => next.scenario = scenario,
            Action::SelectCompare(compare) => next.compare = compare,
            Action::SelectLang(lang) => next.lang = lang,
            Action::SelectTheme(theme) => next.embed.theme = theme,
            Action::Edit(param, value) => {
                if self.check_edit(data, param, value).is_ok() {
                    // A value equal to the default is no change: it keeps the address short.
                    let default = default_of(data, param).0;
                    let same = default.is_some_and(|d| (d - value).abs() < 1e-9);
                    next.edits.set(param, (!same).then_some(value));
                    if next.scenario == Scenario::Vedtatt {
                        next.scenario = Scenario::Egne;
                    }
                }
            }
            Action::Reset(param) => next.edits.set(param, None),
            Action::ResetAll => {
                next.edits = Edits::default();
                if next.scenario == Scenario::Egne {
                    next.scenario = Scenario::Vedtatt;
                }
            }
            // Back and forward change what the reader chose, never how the host embedded us.
            // The theme is the reader's too (the full page's setting).
            Action::Replace(state) => {
                let mut embed = next.embed;
                embed.theme = state.embed.theme;
                next = *state;
                next.embed = embed;
            }
        }
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::dataset;

    #[test]
    fn default_is_norway_in_bokmal_as_decided() {
        let s = State::default();
        assert_eq!(s.region, RegionId::Norge);
        assert_eq!(s.lang, Lang::Nb);
        assert_eq!(s.scenario, Scenario::Vedtatt);
        assert_eq!(s.year(dataset()), dataset().after_year);
    }

    #[test]
    fn selecting_a_region_changes_only_the_region() {
        let data = dataset();
        let s = State::default().apply(data, Action::SelectRegion(RegionId::HelseVest));
        assert_eq!(s.region, RegionId::HelseVest);
        assert_eq!(s.lang, Lang::Nb);
        let again = s.apply(data, Action::SelectRegion(RegionId::HelseVest));
        assert_eq!(again, s);
    }

    #[test]
    fn an_edit_switches_to_own_numbers_and_a_bad_one_is_ignored() {
        let data = dataset();
        let s = State::default().apply(data, Action::Edit(Param::Fbv, 120.0));
        assert_eq!(s.scenario, Scenario::Egne);
        assert_eq!(s.edits.fbv, Some(120.0));
        let bad = s.apply(data, Action::Edit(Param::Fbv, f64::INFINITY));
        assert_eq!(bad, s);
        let out = s.apply(data, Action::Edit(Param::Fbv, 301.0));
        assert_eq!(out.edits.fbv, Some(120.0));
        let back = s.apply(data, Action::ResetAll);
        assert_eq!(back, State::default());
    }

    #[test]
    fn the_default_value_is_no_edit_and_years_outside_are_ignored() {
        let data = dataset();
        let s = State::default().apply(data, Action::Edit(Param::Cost, 1.75));
        assert!(s.edits.is_empty());
        let y = State::default().apply(data, Action::SelectYear(2023));
        assert_eq!(y.year, Some(2023));
        assert_eq!(y.apply(data, Action::SelectYear(2025)).year, None);
        assert_eq!(y.apply(data, Action::SelectYear(2040)).year, Some(2023));
    }
}
