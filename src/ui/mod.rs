//! Yew function components. They display what `model` computed; none computes a domain number.
//! One root reducer (`App`) wraps `model::State::apply`; results are memoised at the root and
//! passed down as props.

mod app;
mod breakdown;
mod cells;
mod cross_checks;
mod legend;
mod markup;
mod observed_table;
mod props;
mod region_picker;
mod sources;
mod steps_table;

pub use app::{App, AppProps};
pub use markup::{escape, Markup};
