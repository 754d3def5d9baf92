//! Health regions: the stable ids used in URLs and seeds, and their proper names.

use std::fmt;

/// A region the reader can pick: the four regional health authorities and Norway as their sum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum RegionId {
    /// Norway: every computed quantity is the sum of the four regions. The default view.
    #[default]
    Norge,
    /// Helse Sør-Øst RHF.
    HelseSorOst,
    /// Helse Vest RHF.
    HelseVest,
    /// Helse Midt-Norge RHF.
    HelseMidtNorge,
    /// Helse Nord RHF.
    HelseNord,
}

/// An id that names no region; carries the text that was given.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownRegion(pub String);

impl fmt::Display for UnknownRegion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown region \"{}\"", self.0)
    }
}

impl RegionId {
    /// Every choice in picker order: Norway first, then the regions from south to north.
    pub const ALL: [RegionId; 5] = [
        RegionId::Norge,
        RegionId::HelseSorOst,
        RegionId::HelseVest,
        RegionId::HelseMidtNorge,
        RegionId::HelseNord,
    ];

    /// The four regions that add up to Norway.
    pub const PARTS: [RegionId; 4] = [
        RegionId::HelseSorOst,
        RegionId::HelseVest,
        RegionId::HelseMidtNorge,
        RegionId::HelseNord,
    ];

    /// The stable id used in URLs, seeds and test hooks.
    pub const fn slug(self) -> &'static str {
        match self {
            RegionId::Norge => "norge",
            RegionId::HelseSorOst => "helse-sor-ost",
            RegionId::HelseVest => "helse-vest",
            RegionId::HelseMidtNorge => "helse-midt-norge",
            RegionId::HelseNord => "helse-nord",
        }
    }

    /// The proper name; institution names are not translated.
    pub const fn name(self) -> &'static str {
        match self {
            RegionId::Norge => "Norge",
            RegionId::HelseSorOst => "Helse Sør-Øst",
            RegionId::HelseVest => "Helse Vest",
            RegionId::HelseMidtNorge => "Helse Midt-Norge",
            RegionId::HelseNord => "Helse Nord",
        }
    }

    /// Index into [`RegionId::PARTS`]-ordered tables; `None` for Norway.
    pub const fn part_index(self) -> Option<usize> {
        match self {
            RegionId::Norge => None,
            RegionId::HelseSorOst => Some(0),
            RegionId::HelseVest => Some(1),
            RegionId::HelseMidtNorge => Some(2),
            RegionId::HelseNord => Some(3),
        }
    }

    /// Parses a stable id. Surrounding whitespace and ASCII case are forgiven.
    pub fn parse(text: &str) -> Result<RegionId, UnknownRegion> {
        let wanted = text.trim();
        RegionId::ALL
            .into_iter()
            .find(|r| r.slug().eq_ignore_ascii_case(wanted))
            .ok_or_else(|| UnknownRegion(text.to_owned()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip() {
        for r in RegionId::ALL {
            assert_eq!(RegionId::parse(r.slug()), Ok(r));
        }
        assert_eq!(RegionId::parse(" Helse-Vest "), Ok(RegionId::HelseVest));
    }

    #[test]
    fn unknown_region_is_an_error_with_text() {
        let err = RegionId::parse("helse-øst").unwrap_err();
        assert_eq!(err.to_string(), "unknown region \"helse-øst\"");
        assert!(RegionId::parse("").is_err());
    }

    #[test]
    fn part_indices_follow_parts_order() {
        for (i, r) in RegionId::PARTS.into_iter().enumerate() {
            assert_eq!(r.part_index(), Some(i));
        }
        assert_eq!(RegionId::Norge.part_index(), None);
    }
}
