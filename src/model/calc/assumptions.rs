//! What a reader can change: the scenarios, the editable assumptions ([`Param`]), the reader's
//! edits ([`Edits`]), and the checking of a typed or addressed value ([`parse_value`]).
//!
//! Every check lives here, so a slider, a number field and a URL parameter refuse the same
//! values with the same typed error.

use std::fmt;

use crate::model::region::RegionId;

/// A named set of assumptions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Hash)]
pub enum Scenario {
    /// The defaults: what was decided and reported.
    #[default]
    Vedtatt,
    /// The open letter's demand: no tender cuts, the FBV places replaced by an additional tender.
    Stans,
    /// The projection model: 2 % fewer inpatient stays than in the reference year.
    Framskrivning,
    /// The reader's own edits on top of the defaults.
    Egne,
}

impl Scenario {
    /// Every scenario, in the order the picker shows them.
    pub const ALL: [Scenario; 4] = [
        Scenario::Vedtatt,
        Scenario::Stans,
        Scenario::Framskrivning,
        Scenario::Egne,
    ];

    /// The stable id used in the address.
    pub const fn slug(self) -> &'static str {
        match self {
            Scenario::Vedtatt => "vedtatt",
            Scenario::Stans => "stans",
            Scenario::Framskrivning => "framskrivning",
            Scenario::Egne => "egne",
        }
    }

    /// The scenario with this id (case-insensitive).
    pub fn parse(text: &str) -> Option<Scenario> {
        Scenario::ALL
            .into_iter()
            .find(|s| s.slug().eq_ignore_ascii_case(text.trim()))
    }

    /// Whether the reader's edits apply. "Som vedtatt" always shows the defaults.
    pub const fn uses_edits(self) -> bool {
        !matches!(self, Scenario::Vedtatt)
    }
}

/// One editable assumption. Regional ones carry the index into [`RegionId::PARTS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Param {
    /// FBV places lost nationally.
    Fbv,
    /// A region's share of the FBV loss (per cent, normalised over the four regions).
    Share(usize),
    /// A region's known tender and public cuts, in places.
    Cut(usize),
    /// An assumed size of a region's cuts that no source puts a number on.
    Unknown(usize),
    /// A region's compensating places.
    Comp(usize),
    /// The last year a region's compensating places are counted.
    CompEnd(usize),
    /// Average long-term stay before, in months.
    StayBefore,
    /// Average long-term stay after, in months.
    StayAfter,
    /// Occupancy, per cent.
    Occupancy,
    /// Cost of a place for a year, million kroner.
    Cost,
}

/// The bounds of a parameter's control.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    /// Smallest accepted value.
    pub min: f64,
    /// Largest accepted value.
    pub max: f64,
    /// Slider step.
    pub step: f64,
}

const REGION_KEYS: [&str; 4] = ["hso", "hv", "hmn", "hn"];

impl Param {
    /// Every parameter, in the order of the address and the panel.
    pub fn all() -> impl Iterator<Item = Param> {
        let regional = |make: fn(usize) -> Param| (0..4).map(make);
        std::iter::once(Param::Fbv)
            .chain(regional(Param::Share))
            .chain(regional(Param::Cut))
            .chain(regional(Param::Unknown))
            .chain(regional(Param::Comp))
            .chain(regional(Param::CompEnd))
            .chain([
                Param::StayBefore,
                Param::StayAfter,
                Param::Occupancy,
                Param::Cost,
            ])
    }

    /// The region a regional parameter belongs to.
    pub fn region(self) -> Option<RegionId> {
        match self {
            Param::Share(i)
            | Param::Cut(i)
            | Param::Unknown(i)
            | Param::Comp(i)
            | Param::CompEnd(i) => RegionId::PARTS.get(i).copied(),
            _ => None,
        }
    }

    /// The key in the address, e.g. `fbv`, `cut-hv`, `stay-after`.
    pub fn key(self) -> String {
        let regional = |stem: &str, i: usize| format!("{stem}-{}", REGION_KEYS[i.min(3)]);
        match self {
            Param::Fbv => "fbv".into(),
            Param::Share(i) => regional("share", i),
            Param::Cut(i) => regional("cut", i),
            Param::Unknown(i) => regional("unknown", i),
            Param::Comp(i) => regional("comp", i),
            Param::CompEnd(i) => regional("comp-end", i),
            Param::StayBefore => "stay-before".into(),
            Param::StayAfter => "stay-after".into(),
            Param::Occupancy => "occupancy".into(),
            Param::Cost => "cost".into(),
        }
    }

    /// The parameter an address key names (case-insensitive).
    pub fn from_key(key: &str) -> Option<Param> {
        Param::all().find(|p| p.key().eq_ignore_ascii_case(key))
    }

    /// The accepted range and the slider step. `years` is the calculator's first and last year.
    pub fn bounds(self, years: (u16, u16)) -> Bounds {
        let b = |min, max, step| Bounds { min, max, step };
        match self {
            Param::Fbv => b(0.0, 300.0, 1.0),
            Param::Share(_) => b(0.0, 100.0, 1.0),
            Param::Cut(_) => b(0.0, 500.0, 1.0),
            Param::Unknown(_) | Param::Comp(_) => b(0.0, 300.0, 1.0),
            Param::CompEnd(_) => b(f64::from(years.0), f64::from(years.1), 1.0),
            Param::StayBefore | Param::StayAfter => b(0.5, 24.0, 0.5),
            Param::Occupancy => b(50.0, 100.0, 0.1),
            Param::Cost => b(0.5, 5.0, 0.05),
        }
    }

    /// Whether the value is a count or a year, so a fraction is refused.
    pub const fn whole(self) -> bool {
        matches!(self, Param::CompEnd(_))
    }
}

/// Why a value was refused.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputError {
    /// Nothing was given.
    Empty,
    /// More characters than any number needs.
    TooLong,
    /// Not a number.
    NotANumber,
    /// NaN or an infinity, spelled out or by overflow.
    NotFinite,
    /// Below zero where only positive amounts make sense.
    Negative,
    /// A fraction where a whole year is needed.
    NotWhole,
    /// Outside the accepted range.
    OutOfRange {
        /// Smallest accepted value.
        min: f64,
        /// Largest accepted value.
        max: f64,
    },
    /// Every region's share of the FBV loss would be zero.
    NoShareLeft,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::Empty => write!(f, "empty"),
            InputError::TooLong => write!(f, "too long"),
            InputError::NotANumber => write!(f, "not a number"),
            InputError::NotFinite => write!(f, "not a finite number"),
            InputError::Negative => write!(f, "negative"),
            InputError::NotWhole => write!(f, "not a whole year"),
            // Our own number writer: Rust's float formatting would add ~15 kB to the wasm.
            InputError::OutOfRange { min, max } => {
                write!(
                    f,
                    "outside {}–{}",
                    crate::model::i18n::numbers::plain(*min),
                    crate::model::i18n::numbers::plain(*max)
                )
            }
            InputError::NoShareLeft => write!(f, "every share would be zero"),
        }
    }
}

/// The longest value text accepted; no valid value needs more.
pub const MAX_VALUE_LEN: usize = 24;

/// Reads a typed or addressed number: a decimal comma or point, spaces (also no-break) as
/// thousands separators. Refuses with a typed error; never panics.
pub fn parse_number(text: &str) -> Result<f64, InputError> {
    if text.len() > MAX_VALUE_LEN * 4 || text.chars().count() > MAX_VALUE_LEN {
        return Err(InputError::TooLong);
    }
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ' ' | '\u{a0}' | '\u{202f}'))
        .map(|c| match c {
            ',' => '.',
            '\u{2212}' => '-',
            c => c,
        })
        .collect();
    if cleaned.is_empty() {
        return Err(InputError::Empty);
    }
    let lower = cleaned.to_ascii_lowercase();
    if lower.contains("nan") || lower.contains("inf") {
        return Err(InputError::NotFinite);
    }
    // Only plain decimals: no hexadecimal, no exponent beyond what overflow would show.
    let plain = cleaned
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || c == '.' || (i == 0 && (c == '-' || c == '+')));
    if !plain || cleaned.matches('.').count() > 1 {
        return Err(InputError::NotANumber);
    }
    // Read by hand (no float parser in the wasm), kept to three decimals like the address.
    let (sign, digits) = match cleaned.strip_prefix('-') {
        Some(rest) => (-1.0, rest),
        None => (1.0, cleaned.trim_start_matches('+')),
    };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
    if whole.is_empty() && fraction.is_empty() {
        return Err(InputError::NotANumber);
    }
    let mut value = 0.0_f64;
    for d in whole.bytes() {
        value = value * 10.0 + f64::from(d - b'0');
    }
    let mut scale = 1.0;
    let mut thousandths = 0.0;
    for d in fraction.bytes().take(6) {
        scale *= 10.0;
        thousandths += f64::from(d - b'0') * 1000.0 / scale;
    }
    let milli = (value * 1000.0 + thousandths).round();
    Ok(sign * milli / 1000.0)
}

/// Reads and checks a value for `param`.
pub fn parse_value(param: Param, text: &str, years: (u16, u16)) -> Result<f64, InputError> {
    check_value(param, parse_number(text)?, years)
}

/// Checks a number for `param`: finite, not negative, whole where needed, within bounds.
pub fn check_value(param: Param, value: f64, years: (u16, u16)) -> Result<f64, InputError> {
    if !value.is_finite() {
        return Err(InputError::NotFinite);
    }
    let bounds = param.bounds(years);
    if value < 0.0 {
        return Err(InputError::Negative);
    }
    if value < bounds.min || value > bounds.max {
        return Err(InputError::OutOfRange {
            min: bounds.min,
            max: bounds.max,
        });
    }
    if param.whole() && value.fract() != 0.0 {
        return Err(InputError::NotWhole);
    }
    Ok(value)
}

/// The reader's changes to the defaults: `None` keeps the default.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Edits {
    /// FBV places lost nationally.
    pub fbv: Option<f64>,
    /// Shares of the FBV loss, per region.
    pub share: [Option<f64>; 4],
    /// Known cuts, per region.
    pub cut: [Option<f64>; 4],
    /// Assumed size of unknown cuts, per region.
    pub unknown: [Option<f64>; 4],
    /// Compensating places, per region.
    pub comp: [Option<f64>; 4],
    /// Last year compensating places are counted, per region.
    pub comp_end: [Option<f64>; 4],
    /// Long-term stay before, months.
    pub stay_before: Option<f64>,
    /// Long-term stay after, months.
    pub stay_after: Option<f64>,
    /// Occupancy, per cent.
    pub occupancy: Option<f64>,
    /// Cost per place-year, million kroner.
    pub cost: Option<f64>,
}

impl Edits {
    fn slot(&mut self, param: Param) -> &mut Option<f64> {
        match param {
            Param::Fbv => &mut self.fbv,
            Param::Share(i) => &mut self.share[i.min(3)],
            Param::Cut(i) => &mut self.cut[i.min(3)],
            Param::Unknown(i) => &mut self.unknown[i.min(3)],
            Param::Comp(i) => &mut self.comp[i.min(3)],
            Param::CompEnd(i) => &mut self.comp_end[i.min(3)],
            Param::StayBefore => &mut self.stay_before,
            Param::StayAfter => &mut self.stay_after,
            Param::Occupancy => &mut self.occupancy,
            Param::Cost => &mut self.cost,
        }
    }

    /// The edited value of `param`, if any.
    pub fn get(&self, param: Param) -> Option<f64> {
        match param {
            Param::Fbv => self.fbv,
            Param::Share(i) => self.share[i.min(3)],
            Param::Cut(i) => self.cut[i.min(3)],
            Param::Unknown(i) => self.unknown[i.min(3)],
            Param::Comp(i) => self.comp[i.min(3)],
            Param::CompEnd(i) => self.comp_end[i.min(3)],
            Param::StayBefore => self.stay_before,
            Param::StayAfter => self.stay_after,
            Param::Occupancy => self.occupancy,
            Param::Cost => self.cost,
        }
    }

    /// Sets or clears one value. Values are not checked here; see [`Edits::try_set`].
    pub fn set(&mut self, param: Param, value: Option<f64>) {
        *self.slot(param) = value;
    }

    /// Checks `value` and sets it, or leaves everything as it was and says why.
    pub fn try_set(
        &mut self,
        param: Param,
        value: f64,
        years: (u16, u16),
        default_shares: [f64; 4],
    ) -> Result<(), InputError> {
        let value = check_value(param, value, years)?;
        if let Param::Share(i) = param {
            let total: f64 = (0..4)
                .map(|k| {
                    if k == i {
                        value
                    } else {
                        self.share[k].unwrap_or(default_shares[k])
                    }
                })
                .sum();
            if total <= 0.0 {
                return Err(InputError::NoShareLeft);
            }
        }
        self.set(param, Some(value));
        Ok(())
    }

    /// Whether nothing was changed.
    pub fn is_empty(&self) -> bool {
        Param::all().all(|p| self.get(p).is_none())
    }

    /// The changed parameters with their values, in address order.
    pub fn changed(&self) -> impl Iterator<Item = (Param, f64)> + '_ {
        Param::all().filter_map(|p| self.get(p).map(|v| (p, v)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const YEARS: (u16, u16) = (2022, 2026);

    #[test]
    fn keys_are_unique_and_round_trip() {
        let keys: Vec<String> = Param::all().map(Param::key).collect();
        for (i, k) in keys.iter().enumerate() {
            assert!(!keys[i + 1..].contains(k), "{k} twice");
            assert_eq!(
                Param::from_key(k).map(Param::key).as_deref(),
                Some(k.as_str())
            );
        }
        assert_eq!(keys.len(), 25);
        assert_eq!(Param::from_key("CUT-HV"), Some(Param::Cut(1)));
        assert_eq!(Param::from_key("cut-oslo"), None);
    }

    #[test]
    fn numbers_in_norwegian_and_english_notation() {
        assert_eq!(parse_number("1,75"), Ok(1.75));
        assert_eq!(parse_number(" 1.75 "), Ok(1.75));
        assert_eq!(parse_number("1\u{a0}139"), Ok(1139.0));
        assert_eq!(parse_number("\u{2212}2"), Ok(-2.0));
        assert_eq!(parse_number("+3"), Ok(3.0));
        assert_eq!(parse_number(".5"), Ok(0.5));
        assert_eq!(parse_number("96,4"), Ok(96.4));
        assert_eq!(parse_number("0.0004"), Ok(0.0));
        assert_eq!(parse_number("1.2345"), Ok(1.235));
        assert_eq!(parse_number("."), Err(InputError::NotANumber));
    }

    #[test]
    fn table_of_bad_values() {
        let long = "1".repeat(MAX_VALUE_LEN + 1);
        let cases: [(Param, &str, InputError); 14] = [
            (Param::Fbv, "", InputError::Empty),
            (Param::Fbv, "   ", InputError::Empty),
            (Param::Fbv, "abc", InputError::NotANumber),
            (Param::Fbv, "0x10", InputError::NotANumber),
            (Param::Fbv, "1e3", InputError::NotANumber),
            (Param::Fbv, "1.2.3", InputError::NotANumber),
            (Param::Fbv, "NaN", InputError::NotFinite),
            (Param::Fbv, "-inf", InputError::NotFinite),
            (Param::Fbv, "Infinity", InputError::NotFinite),
            (Param::Fbv, &long, InputError::TooLong),
            (Param::Fbv, "-5", InputError::Negative),
            (
                Param::Fbv,
                "301",
                InputError::OutOfRange {
                    min: 0.0,
                    max: 300.0,
                },
            ),
            (Param::CompEnd(0), "2024.5", InputError::NotWhole),
            (
                Param::StayAfter,
                "0,2",
                InputError::OutOfRange {
                    min: 0.5,
                    max: 24.0,
                },
            ),
        ];
        for (param, text, expected) in cases {
            assert_eq!(parse_value(param, text, YEARS), Err(expected), "{text:?}");
        }
        assert_eq!(parse_value(Param::Cost, "2,3", YEARS), Ok(2.3));
        assert_eq!(parse_value(Param::CompEnd(0), "2025", YEARS), Ok(2025.0));
        // A huge number of digits overflows to infinity: too long first, never inf.
        assert_eq!(parse_number(&"9".repeat(400)), Err(InputError::TooLong));
    }

    #[test]
    fn a_refused_value_keeps_the_last_good_one() {
        let shares = [66.0, 23.0, 0.0, 11.0];
        let mut edits = Edits::default();
        assert_eq!(edits.try_set(Param::Fbv, 120.0, YEARS, shares), Ok(()));
        assert_eq!(
            edits.try_set(Param::Fbv, f64::NAN, YEARS, shares),
            Err(InputError::NotFinite)
        );
        assert_eq!(edits.fbv, Some(120.0));
        edits.try_set(Param::Share(0), 0.0, YEARS, shares).unwrap();
        edits.try_set(Param::Share(1), 0.0, YEARS, shares).unwrap();
        assert_eq!(
            edits.try_set(Param::Share(3), 0.0, YEARS, shares),
            Err(InputError::NoShareLeft)
        );
        assert_eq!(edits.share, [Some(0.0), Some(0.0), None, None]);
    }

    #[test]
    fn scenario_slugs_round_trip() {
        for s in Scenario::ALL {
            assert_eq!(Scenario::parse(s.slug()), Some(s));
        }
        assert_eq!(Scenario::parse("STANS"), Some(Scenario::Stans));
        assert_eq!(Scenario::parse("x"), None);
    }
}
