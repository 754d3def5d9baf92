//! How a figure came about, with the stable names the seeds and the exports use.

/// How a figure came about. Ordered from firmest to softest: combining figures takes the softest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A number a source states.
    Reported,
    /// Arithmetic on reported numbers.
    Derived,
    /// A judgement within a range.
    Estimate,
    /// A choice the reader may change.
    Assumption,
}

impl Kind {
    /// Every kind, firmest first.
    pub const ALL: [Kind; 4] = [
        Kind::Reported,
        Kind::Derived,
        Kind::Estimate,
        Kind::Assumption,
    ];

    /// The stable name used in seeds and exports.
    pub const fn slug(self) -> &'static str {
        match self {
            Kind::Reported => "reported",
            Kind::Derived => "derived",
            Kind::Estimate => "estimate",
            Kind::Assumption => "assumption",
        }
    }

    /// Whether the UI marks the figure as uncertain (≈ and a dashed mark).
    pub const fn is_uncertain(self) -> bool {
        matches!(self, Kind::Estimate | Kind::Assumption)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_is_ordered_firmest_first_with_distinct_slugs() {
        for pair in Kind::ALL.windows(2) {
            assert!(pair[0] < pair[1], "{pair:?}");
        }
        for (i, a) in Kind::ALL.iter().enumerate() {
            for b in &Kind::ALL[i + 1..] {
                assert_ne!(a.slug(), b.slug());
            }
        }
    }

    #[test]
    fn estimates_and_assumptions_are_uncertain() {
        let uncertain: Vec<Kind> = Kind::ALL.into_iter().filter(|k| k.is_uncertain()).collect();
        assert_eq!(uncertain, [Kind::Estimate, Kind::Assumption]);
    }
}
