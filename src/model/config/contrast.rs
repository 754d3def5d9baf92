//! Colours and their contrast by the WCAG 2.2 formula (relative luminance, ratio
//! (L1 + 0.05) / (L2 + 0.05)): the check a host's accent colour (`accent=`) must pass before the
//! widget uses it, and the one the tests run over the style sheet's colours.

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// `#1f4e79`, `1f4e79`, `#abc` or `abc` (case-insensitive); anything else is `None`.
    pub fn parse(text: &str) -> Option<Rgb> {
        let hex = text.strip_prefix('#').unwrap_or(text);
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let digit = |i: usize| u8::from_str_radix(hex.get(i..=i)?, 16).ok();
        match hex.len() {
            3 => Some(Rgb(digit(0)? * 17, digit(1)? * 17, digit(2)? * 17)),
            6 => {
                let byte = |i: usize| Some(digit(i)? * 16 + digit(i + 1)?);
                Some(Rgb(byte(0)?, byte(2)?, byte(4)?))
            }
            _ => None,
        }
    }

    /// `#rrggbb`, lower case.
    pub fn hex(self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut out = String::from("#");
        for byte in [self.0, self.1, self.2] {
            out.push(char::from(DIGITS[usize::from(byte >> 4)]));
            out.push(char::from(DIGITS[usize::from(byte & 15)]));
        }
        out
    }

    /// Relative luminance, 0 (black) to 1 (white).
    pub fn luminance(self) -> f64 {
        let channel = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.040_45 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }
}

/// `x` to the power 2.4 for `x` in 0..=1, from square roots only (the wasm has them as one
/// instruction; `powf` would bring 2 kB of libm): x^2.4 = x² · x^0.4, and 0.4 is
/// 0.0110 0110 0110 0110… in binary, so x^0.4 is the product of x^(2^-k) for those bits, each a
/// repeated square root. Twenty-four bits leave a relative error below 1e-6 on 0.05..=1.
fn pow_2_4(x: f64) -> f64 {
    let mut root = x;
    let mut fraction = 1.0;
    for k in 1..=24 {
        root = root.sqrt();
        // The bits of 0.4 after the point: 0, 1, 1, 0, repeating.
        if k % 4 == 2 || k % 4 == 3 {
            fraction *= root;
        }
    }
    x * x * fraction
}

/// The contrast ratio of two colours, 1 to 21.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (light, dark) = if la > lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

/// WCAG 2.2 AA for normal text (1.4.3).
pub const AA_TEXT: f64 = 4.5;

/// The paper of the light and the dark theme (`--paper` in www/style.css; a test checks they
/// agree).
pub const PAPER: [Rgb; 2] = [Rgb(0xff, 0xff, 0xff), Rgb(0x15, 0x19, 0x1e)];

/// The panel behind the assumptions and the embed panel, light and dark (`--panel`), where the
/// accent is text too.
pub const PANEL: [Rgb; 2] = [Rgb(0xf3, 0xf5, 0xf8), Rgb(0x21, 0x28, 0x30)];

/// Text on an accent-coloured button: the light and the dark choice (`--accent-ink`).
pub const INK: [Rgb; 2] = [Rgb(0xff, 0xff, 0xff), Rgb(0x0b, 0x18, 0x26)];

/// A host's accent colour as the widget may use it in the light and the dark theme: the colour
/// and the text colour on it, or `None` where it would not reach AA on that theme's paper.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Accent {
    /// In the light theme.
    pub light: Option<(Rgb, Rgb)>,
    /// In the dark theme.
    pub dark: Option<(Rgb, Rgb)>,
}

/// Where `colour` can serve as the accent: as text and lines on the paper and on the panel, and
/// as a button's background under the better of the two inks, all at AA.
pub fn accent(colour: Rgb) -> Accent {
    let on = |paper: Rgb, panel: Rgb| {
        let ink = if contrast(INK[0], colour) >= contrast(INK[1], colour) {
            INK[0]
        } else {
            INK[1]
        };
        (contrast(colour, paper) >= AA_TEXT
            && contrast(colour, panel) >= AA_TEXT
            && contrast(ink, colour) >= AA_TEXT)
            .then_some((colour, ink))
    };
    Accent {
        light: on(PAPER[0], PANEL[0]),
        dark: on(PAPER[1], PANEL[1]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_colours_parse_and_print() {
        assert_eq!(Rgb::parse("#1F4E79"), Some(Rgb(0x1f, 0x4e, 0x79)));
        assert_eq!(Rgb::parse("abc"), Some(Rgb(0xaa, 0xbb, 0xcc)));
        assert_eq!(Rgb(0x1f, 0x4e, 0x79).hex(), "#1f4e79");
        for bad in [
            "", "#", "#12", "#12345", "#1234567", "red", "#ggg", "#1f4e7ö", "+1f4e79",
        ] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_power_from_square_roots() {
        for i in 0..=100 {
            let x = 0.05 + 0.95 * f64::from(i) / 100.0;
            let exact = x.powf(2.4);
            assert!((pow_2_4(x) - exact).abs() <= exact * 1e-6, "{x}");
        }
    }

    #[test]
    fn the_wcag_formula() {
        let (black, white) = (Rgb(0, 0, 0), Rgb(255, 255, 255));
        assert!((contrast(black, white) - 21.0).abs() < 1e-9);
        assert!((contrast(white, white) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1.
        assert!((contrast(Rgb(0x76, 0x76, 0x76), white) - 4.54).abs() < 0.01);
    }

    #[test]
    fn an_accent_is_used_only_where_it_reads() {
        // A dark brand blue: fine on white, unreadable on the dark paper.
        let a = accent(Rgb::parse("#003366").unwrap_or(Rgb(0, 0, 0)));
        assert!(a.light.is_some() && a.dark.is_none(), "{a:?}");
        // A light yellow: the reverse, with dark ink on it.
        let a = accent(Rgb::parse("#ffd54f").unwrap_or(Rgb(0, 0, 0)));
        assert_eq!(a.light, None);
        assert_eq!(a.dark.map(|(_, ink)| ink), Some(INK[1]));
        // A mid grey reads on neither.
        assert_eq!(
            accent(Rgb(0x80, 0x80, 0x80)),
            Accent {
                light: None,
                dark: None
            }
        );
        // #767676 reads on white (4.54:1) but not on the light panel: refused there.
        assert_eq!(accent(Rgb(0x76, 0x76, 0x76)).light, None);
    }
}
