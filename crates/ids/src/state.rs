//! Where a change (a cut, a purchase, the FBV closure) stands, with the stable names the seeds
//! use.

/// Where a change stands, in the order a change usually passes through the states.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum State {
    /// Announced or planned, not decided.
    Announced,
    /// Decided or awarded, not confirmed as carried out.
    Decided,
    /// In force: a source says it took effect.
    InForce,
    /// Halted (put on hold, stopped by a court).
    Halted,
    /// Cancelled: it will not happen.
    Cancelled,
    /// Ended: what was in force no longer is.
    Ended,
}

impl State {
    /// Every state, in order.
    pub const ALL: [State; 6] = [
        State::Announced,
        State::Decided,
        State::InForce,
        State::Halted,
        State::Cancelled,
        State::Ended,
    ];

    /// The stable name used in the seeds.
    pub const fn slug(self) -> &'static str {
        match self {
            State::Announced => "announced",
            State::Decided => "decided",
            State::InForce => "in-force",
            State::Halted => "halted",
            State::Cancelled => "cancelled",
            State::Ended => "ended",
        }
    }

    /// The state with this stable name.
    pub fn parse(slug: &str) -> Option<State> {
        State::ALL.into_iter().find(|s| s.slug() == slug)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_in_order() {
        for s in State::ALL {
            assert_eq!(State::parse(s.slug()), Some(s));
        }
        assert!(State::ALL.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(State::parse("in force"), None);
    }
}
