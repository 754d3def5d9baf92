//! The pure core: region ids, the dataset's shape, the calculation with ranges, the widget
//! state, and number and text formatting. No web crate, clock, storage or DOM is reachable
//! from here; `cargo test --no-default-features --features all-langs` builds this ring without any of them.
//!
//! The folders, from the data inward to what is shown (docs/architecture.md):
//! - [`lang`], [`region`], [`span`], [`dataset`]: the basic types and the data's shape.
//! - [`calc`]: the computation, its assumptions and scenarios, and the comparison of two.
//! - [`state`], [`address`], [`config`]: the widget's state, how it is written to the page's
//!   address, and the settings read from it (query, embed options, contrast).
//! - [`view`]: what the screen shows, worked out from the results (charts, table rows, facts).
//! - [`i18n`]: every text in three languages, and number typography.
//! - [`export`], [`publish`], [`host`], [`release`]: the data files, the embed code and pages,
//!   the messages to a host page, and where a page's data release stands among the others.
//!
//! No module here refers back to one that refers to it; `scripts/check/module-cycles.mjs`
//! checks that in the test command.

pub mod address;
pub mod calc;
pub mod config;
pub mod dataset;
pub mod export;
pub mod host;
pub mod i18n;
pub mod lang;
pub mod publish;
pub mod region;
pub mod release;
pub mod span;
pub mod state;
pub mod view;

pub use calc::assumptions::{Edits, InputError, Param, Scenario};
pub use calc::{
    compute, compute_scenario, compute_with_implied, default_of, fill_implied_occupancy, Line,
    Method, RegionResult, Results,
};
pub use dataset::{Dataset, Kind};
pub use i18n::Strings;
pub use lang::Lang;
pub use region::RegionId;
pub use span::Span;
pub use state::{Action, State};
