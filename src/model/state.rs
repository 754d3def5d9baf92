//! The widget's state and the pure transition the root reducer wraps.

use super::region::RegionId;
use super::text::Lang;

/// What the reader has chosen.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct State {
    /// The selected region.
    pub region: RegionId,
    /// The language of the texts.
    pub lang: Lang,
}

/// Something the reader did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Picked a region.
    SelectRegion(RegionId),
}

impl State {
    /// The state after `action`. Pure: no storage, no DOM, no clock.
    pub fn apply(&self, action: Action) -> State {
        match action {
            Action::SelectRegion(region) => State {
                region,
                ..self.clone()
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_is_norway_in_bokmal() {
        let s = State::default();
        assert_eq!(s.region, RegionId::Norge);
        assert_eq!(s.lang, Lang::Nb);
    }

    #[test]
    fn selecting_a_region_changes_only_the_region() {
        let s = State::default().apply(Action::SelectRegion(RegionId::HelseVest));
        assert_eq!(s.region, RegionId::HelseVest);
        assert_eq!(s.lang, Lang::Nb);
        let again = s.apply(Action::SelectRegion(RegionId::HelseVest));
        assert_eq!(again, s);
    }
}
