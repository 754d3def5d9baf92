//! Number typography per language, written without float formatting (`{}` on f64
//! pulls a large formatter into the wasm and rounds differently from what Norwegian readers
//! expect). Rounding is half away from zero on the stored value.

/// No-break space: the Norwegian thousands separator, and the space before `%`.
pub const NBSP: char = '\u{a0}';
/// The typographic minus sign.
pub const MINUS: char = '\u{2212}';

/// Number and date typography of a language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NumberStyle {
    /// Between groups of three digits.
    pub group: char,
    /// Before the decimals.
    pub decimal: char,
    /// A no-break space before `%`: `12,3 %` (Norwegian), `12.3%` (English).
    pub percent_space: bool,
    /// After the day of a date: `22. november 2026`, `22 November 2026`.
    pub after_day: &'static str,
}

/// Norwegian (bokmål and nynorsk): `1 234,5`, `12,3 %`, `22. november 2026`.
pub const NORWEGIAN: NumberStyle = NumberStyle {
    group: NBSP,
    decimal: ',',
    percent_space: true,
    after_day: ". ",
};

/// English: `1,234.5`, `12.3%`, `22 November 2026`.
pub const ENGLISH: NumberStyle = NumberStyle {
    group: ',',
    decimal: '.',
    percent_space: false,
    after_day: " ",
};

fn pow10(decimals: u8) -> u64 {
    10u64.pow(u32::from(decimals.min(6)))
}

/// Rounds to `decimals` places, half away from zero; `None` for NaN and infinities.
fn rounded(x: f64, decimals: u8) -> Option<(bool, u64)> {
    if !x.is_finite() {
        return None;
    }
    let scaled = (x.abs() * pow10(decimals) as f64).round();
    // Beyond 2^53 the value is not a count anyone reads; saturate rather than wrap.
    let scaled = if scaled >= 9.0e15 {
        9_000_000_000_000_000
    } else {
        scaled as u64
    };
    Some((x < 0.0 && scaled != 0, scaled))
}

/// `x` rounded to `decimals` as written for machines (JSON); `None` if not a number.
pub fn round_to(x: f64, decimals: u8) -> Option<f64> {
    let f = 10f64.powi(i32::from(decimals));
    x.is_finite().then(|| (x * f).round() / f)
}

/// Appends the decimal digits of `n`, with `group` between groups of three when given.
pub(super) fn push_digits(out: &mut String, mut n: u64, group: Option<char>) {
    let mut digits = [0u8; 20];
    let mut len = 0;
    loop {
        digits[len] = b'0' + (n % 10) as u8;
        len += 1;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for i in (0..len).rev() {
        out.push(char::from(digits[i]));
        if let Some(g) = group.filter(|_| i > 0 && i % 3 == 0) {
            out.push(g);
        }
    }
}

/// Formats `x` with `decimals` places: `1 139`, `−20,4`, `0`. Not a number gives `–`.
pub fn number(style: NumberStyle, x: f64, decimals: u8) -> String {
    format_with_sign(style, x, decimals, false)
}

/// Like [`number`] but always with a sign except for zero: `+30`, `−134`.
pub fn signed(style: NumberStyle, x: f64, decimals: u8) -> String {
    format_with_sign(style, x, decimals, true)
}

fn format_with_sign(style: NumberStyle, x: f64, decimals: u8, plus: bool) -> String {
    let Some((negative, scaled)) = rounded(x, decimals) else {
        return "–".to_owned();
    };
    let mut out = String::new();
    if negative {
        out.push(MINUS);
    } else if plus && scaled != 0 {
        out.push('+');
    }
    let unit = pow10(decimals);
    push_digits(&mut out, scaled / unit, Some(style.group));
    if decimals > 0 {
        out.push(style.decimal);
        // Adding `unit` keeps the leading zeros of the fraction: 5 → "105" → "05".
        let mut frac = String::new();
        push_digits(&mut frac, unit + scaled % unit, None);
        out.push_str(frac.get(1..).unwrap_or(""));
    }
    out
}

/// A number for machines (the address, HTML attributes): `-`, `.`, at most three decimals,
/// no trailing zeros: `148.42`, `2024`, `0.05`. Written by hand, like [`number`], so the wasm
/// carries no float formatter. Not a number gives `0`.
pub fn plain(x: f64) -> String {
    let Some((negative, scaled)) = rounded(x, 3) else {
        return "0".to_owned();
    };
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    push_digits(&mut out, scaled / 1000, None);
    let frac = scaled % 1000;
    if frac != 0 {
        let mut digits = String::new();
        push_digits(&mut digits, 1000 + frac, None);
        out.push('.');
        out.push_str(digits.get(1..).unwrap_or("").trim_end_matches('0'));
    }
    out
}

/// A percentage: `12,3 %` (no-break space before the sign).
pub fn percent(style: NumberStyle, x: f64, decimals: u8) -> String {
    let mut s = number(style, x, decimals);
    if style.percent_space {
        s.push(NBSP);
    }
    s.push('%');
    s
}

/// A signed percentage: `−20,4 %`, `+1,0 %`.
pub fn signed_percent(style: NumberStyle, x: f64, decimals: u8) -> String {
    let mut s = signed(style, x, decimals);
    if style.percent_space {
        s.push(NBSP);
    }
    s.push('%');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(x: f64, d: u8) -> String {
        number(NORWEGIAN, x, d)
    }

    #[test]
    fn zero_and_negative_zero() {
        assert_eq!(n(0.0, 0), "0");
        assert_eq!(n(-0.0, 0), "0");
        assert_eq!(n(-0.4, 0), "0");
        assert_eq!(n(0.0, 1), "0,0");
        assert_eq!(signed(NORWEGIAN, 0.0, 0), "0");
        assert_eq!(signed(NORWEGIAN, -0.04, 1), "0,0");
    }

    #[test]
    fn thousands_use_no_break_space() {
        assert_eq!(n(1139.0, 0), "1\u{a0}139");
        assert_eq!(n(5_425_270.0, 0), "5\u{a0}425\u{a0}270");
        assert_eq!(n(999.0, 0), "999");
        assert_eq!(n(1_000_000.0, 0), "1\u{a0}000\u{a0}000");
    }

    #[test]
    fn negatives_use_the_minus_sign() {
        assert_eq!(n(-134.0, 0), "\u{2212}134");
        assert_eq!(signed(NORWEGIAN, -1234.0, 0), "\u{2212}1\u{a0}234");
        assert_eq!(signed(NORWEGIAN, 30.0, 0), "+30");
    }

    #[test]
    fn decimals_use_a_comma_and_keep_zeros() {
        assert_eq!(n(12.345, 1), "12,3");
        assert_eq!(n(0.05, 2), "0,05");
        assert_eq!(n(1.0, 2), "1,00");
        assert_eq!(n(1234.5, 1), "1\u{a0}234,5");
    }

    #[test]
    fn halves_round_away_from_zero() {
        assert_eq!(n(0.5, 0), "1");
        assert_eq!(n(1.5, 0), "2");
        assert_eq!(n(2.5, 0), "3");
        assert_eq!(n(-2.5, 0), "\u{2212}3");
        assert_eq!(n(0.25, 1), "0,3");
        assert_eq!(n(-0.125, 2), "\u{2212}0,13");
    }

    #[test]
    fn percent_has_a_no_break_space() {
        assert_eq!(percent(NORWEGIAN, 12.345, 1), "12,3\u{a0}%");
        assert_eq!(signed_percent(NORWEGIAN, -20.36, 1), "\u{2212}20,4\u{a0}%");
        assert_eq!(signed_percent(NORWEGIAN, -2.0, 0), "\u{2212}2\u{a0}%");
    }

    #[test]
    fn not_a_number_is_a_dash_never_nan() {
        assert_eq!(n(f64::NAN, 0), "–");
        assert_eq!(n(f64::INFINITY, 1), "–");
        assert_eq!(percent(NORWEGIAN, f64::NAN, 1), "–\u{a0}%");
    }

    #[test]
    fn huge_values_saturate() {
        assert!(n(1e300, 0).starts_with('9'));
    }
}
