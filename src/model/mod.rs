//! The pure core: region ids, the dataset's shape, the calculation with ranges, the widget
//! state, and number and text formatting. No web crate, clock, storage or DOM is reachable
//! from here; `cargo test --no-default-features` builds this ring without any of them.

pub mod assumptions;
pub mod calc;
pub mod chart;
pub mod chart_text;
pub mod compare;
pub mod config;
pub mod contrast;
pub mod dataset;
pub mod embed;
pub mod embed_text;
pub mod export;
pub mod format;
pub mod lang_en;
pub mod lang_nb;
pub mod lang_nn;
pub mod region;
pub mod span;
pub mod state;
pub mod text;

pub use assumptions::{Edits, InputError, Param, Scenario};
pub use calc::{compute, compute_scenario, default_of, Line, Method, RegionResult, Results};
pub use dataset::{Dataset, Kind};
pub use region::RegionId;
pub use span::Span;
pub use state::{Action, State};
pub use text::{Lang, Strings};
