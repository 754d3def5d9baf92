//! A central value with a low and a high bound, and the arithmetic that keeps them ordered.

use std::ops::{Add, Neg, Sub};

/// `low ≤ mid ≤ high`, kept by every operation here.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Span {
    /// Lower bound.
    pub low: f64,
    /// Central value.
    pub mid: f64,
    /// Upper bound.
    pub high: f64,
}

impl Span {
    /// A value without a range.
    pub const fn exact(value: f64) -> Span {
        Span {
            low: value,
            mid: value,
            high: value,
        }
    }

    /// Zero, the neutral element of a sum.
    pub const ZERO: Span = Span::exact(0.0);

    /// A range; the bounds are widened to include `mid` if a source put it outside.
    pub fn new(low: f64, mid: f64, high: f64) -> Span {
        Span {
            low: low.min(mid),
            mid,
            high: high.max(mid),
        }
    }

    /// Whether the bounds differ (after rounding to the shown precision, the UI decides).
    pub fn is_range(self) -> bool {
        self.low < self.high
    }

    /// Multiplies by an exact factor of either sign; a negative factor swaps the bounds.
    pub fn scale(self, factor: f64) -> Span {
        let (a, b) = (self.low * factor, self.high * factor);
        Span::new(a.min(b), self.mid * factor, a.max(b))
    }

    /// Multiplies by a factor that is itself uncertain (both non-negative).
    pub fn times(self, other: Span) -> Span {
        Span::new(
            self.low * other.low,
            self.mid * other.mid,
            self.high * other.high,
        )
    }

    /// Divides by a positive, possibly uncertain, divisor: the low bound uses the high divisor.
    pub fn over(self, divisor: Span) -> Span {
        Span::new(
            self.low / divisor.high,
            self.mid / divisor.mid,
            self.high / divisor.low,
        )
    }

    /// Ratio of a signed numerator to a positive uncertain base: the extremes over all bound pairs.
    pub fn ratio(self, base: Span) -> Span {
        let pairs = [
            self.low / base.low,
            self.low / base.high,
            self.high / base.low,
            self.high / base.high,
        ];
        let low = pairs.iter().copied().fold(f64::INFINITY, f64::min);
        let high = pairs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        Span::new(low, self.mid / base.mid, high)
    }

    /// Raises every bound to at least `floor` (places cannot go below zero).
    pub fn at_least(self, floor: f64) -> Span {
        Span::new(
            self.low.max(floor),
            self.mid.max(floor),
            self.high.max(floor),
        )
    }
}

impl Add for Span {
    type Output = Span;
    fn add(self, rhs: Span) -> Span {
        Span::new(self.low + rhs.low, self.mid + rhs.mid, self.high + rhs.high)
    }
}

impl Neg for Span {
    type Output = Span;
    fn neg(self) -> Span {
        Span::new(-self.high, -self.mid, -self.low)
    }
}

impl Sub for Span {
    type Output = Span;
    /// The low bound subtracts the other's high bound: ranges widen, never cancel.
    fn sub(self, rhs: Span) -> Span {
        self + (-rhs)
    }
}

impl std::iter::Sum for Span {
    fn sum<I: Iterator<Item = Span>>(iter: I) -> Span {
        iter.fold(Span::ZERO, Add::add)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn subtraction_widens() {
        let a = Span::new(10.0, 12.0, 14.0);
        let b = Span::new(1.0, 2.0, 5.0);
        assert_eq!(a - b, Span::new(5.0, 10.0, 13.0));
    }

    #[test]
    fn division_by_uncertain_divisor_swaps_bounds() {
        let s = Span::exact(100.0).over(Span::new(0.5, 1.0, 2.0));
        assert_eq!(s, Span::new(50.0, 100.0, 200.0));
    }

    #[test]
    fn ratio_of_negative_change_orders_bounds() {
        let change = Span::new(-30.0, -20.0, -10.0);
        let base = Span::new(90.0, 100.0, 120.0);
        let r = change.ratio(base);
        assert!((r.low - (-30.0 / 90.0)).abs() < 1e-12);
        assert!((r.mid - (-0.2)).abs() < 1e-12);
        assert!((r.high - (-10.0 / 120.0)).abs() < 1e-12);
    }

    #[test]
    fn new_keeps_mid_inside() {
        let s = Span::new(5.0, 3.0, 4.0);
        assert!(s.low <= s.mid && s.mid <= s.high);
    }

    #[test]
    fn floor_applies_to_all_bounds() {
        assert_eq!(
            Span::new(-5.0, 2.0, 8.0).at_least(0.0),
            Span::new(0.0, 2.0, 8.0)
        );
    }
}
