//! Yew function components. They display what `model` computed; none computes a domain number.
//! One root reducer (`App`) wraps `model::State::apply`; results are memoised at the root and
//! passed down as props.
//!
//! - [`app`]: the root component and its layout; [`hooks`]: its state, callbacks and address.
//! - `components/`: one component per part of the widget.
//! - `html/`: markup written as text without hooks (tables, cells, the charts' SVG), shared by
//!   the components and the pre-render.
//! - [`browser`]: the few calls into the browser (address, history, downloads, clipboard).

mod app;
mod browser;
mod components;
mod hooks;
mod html;
mod props;

pub use app::App;
pub use html::markup::{escape, Markup};
pub use props::AppProps;

#[cfg(target_arch = "wasm32")]
pub(crate) use browser::embedded;
