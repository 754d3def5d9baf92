//! Every text the widget shows, in bokmål, nynorsk and English.
//!
//! - [`strings`] and the `*_strings` modules: the shape of a language's texts, named fields only.
//! - `nb.rs`, `nn.rs`, `en.rs`: the words and word order of each language, nothing else.
//! - [`text`] and [`chart_text`]: sentences and labels built from numbers and facts.
//! - [`numbers`]: number typography per language.

pub mod chart_strings;
pub mod chart_text;
pub mod columns;
pub mod embed_strings;
pub mod en;
pub mod export_strings;
pub mod nb;
pub mod nn;
pub mod numbers;
pub mod ranges;
pub mod strings;
pub mod text;
pub mod words;

pub use strings::Strings;

use super::lang::Lang;

impl Lang {
    /// This language's texts.
    pub const fn strings(self) -> &'static Strings {
        match self {
            Lang::Nb => &nb::STRINGS,
            Lang::Nn => &nn::STRINGS,
            Lang::En => &en::STRINGS,
        }
    }
}
