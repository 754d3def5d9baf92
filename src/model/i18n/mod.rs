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
#[cfg(feature = "en")]
pub mod en;
pub mod export_strings;
#[cfg(feature = "nb")]
pub mod nb;
#[cfg(feature = "nn")]
pub mod nn;
pub mod numbers;
pub mod ranges;
pub mod strings;
pub mod text;
pub mod words;

pub use strings::Strings;

use super::lang::Lang;

#[cfg(not(any(feature = "nb", feature = "nn", feature = "en")))]
compile_error!("no language to build: enable at least one of the features nb, nn, en (all-langs)");

impl Lang {
    /// This language's texts. Each language is a Cargo feature (all three by default); in a
    /// build without this one, the texts of the first language that is built.
    pub const fn strings(self) -> &'static Strings {
        match self {
            #[cfg(feature = "nb")]
            Lang::Nb => &nb::STRINGS,
            #[cfg(feature = "nn")]
            Lang::Nn => &nn::STRINGS,
            #[cfg(feature = "en")]
            Lang::En => &en::STRINGS,
            #[allow(unreachable_patterns)]
            _ => first_built(),
        }
    }
}

/// The texts of the first language in the build.
const fn first_built() -> &'static Strings {
    #[cfg(feature = "nb")]
    return &nb::STRINGS;
    #[cfg(all(not(feature = "nb"), feature = "nn"))]
    return &nn::STRINGS;
    #[cfg(all(not(feature = "nb"), not(feature = "nn"), feature = "en"))]
    return &en::STRINGS;
}
