//! Yew function components. They display what `model` computed; none computes a domain number.
//! One root reducer (`App`) wraps `model::State::apply`; results are memoised at the root and
//! passed down as props.

mod app;
mod assumptions_panel;
mod breakdown;
mod browser;
mod cells;
mod chart_svg;
mod charts;
mod compare_table;
mod cross_checks;
mod downloads;
mod embed_builder;
mod legend;
mod markup;
mod observed_table;
mod param_control;
mod people;
mod props;
mod region_picker;
mod scenario_bar;
mod settings;
mod sources;
mod steps_table;
mod summary;

pub use app::{App, AppProps};
pub use markup::{escape, Markup};
