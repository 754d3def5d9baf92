//! The texts of the "Bygg inn" (embed) panel.

use super::columns::CodeWords;
use super::words::{EmbedLabels, PartWords, ThemeWords};
/// Texts of the embed panel.
#[derive(Debug)]
pub struct EmbedStrings {
    /// The panel's heading (its switch).
    pub heading: &'static str,
    /// What the panel is for.
    pub lede: &'static str,
    /// Labels: region, theme, parts, height, language.
    pub labels: EmbedLabels,
    /// Theme choices: the reader's setting, light, dark.
    pub themes: ThemeWords,
    /// Names of the parts, in `Part::ALL` order.
    pub parts: PartWords,
    /// Said when no part is ticked.
    pub no_parts: &'static str,
    /// Refusal of a height outside 200–6 000 px or not a whole number.
    pub bad_height: &'static str,
    /// Heading of the preview.
    pub preview: &'static str,
    /// Labels of the three codes: plain iframe, iframe with the host script, oEmbed address.
    pub codes: CodeWords,
    /// The copy buttons.
    pub copy: &'static str,
}
