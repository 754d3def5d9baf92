//! Døgnplasskalkulatoren: inpatient places in Norwegian substance-abuse treatment (TSB) per
//! health region, before and after free choice of treatment ended and tenders cut places.
//!
//! Rings, dependencies pointing inward only (shared DESIGN.md §3):
//! - [`model`]: pure Rust, deterministic, natively tested; no web crate is reachable.
//! - [`data`]: the dataset generated from `seeds/` at build time.
//! - `ui`: Yew components that display what the model computed (feature `ui`).
//! - `embed`: the wasm edge that mounts the widget (wasm32 only).

#![warn(missing_docs)]

pub mod data;
pub mod model;

#[cfg(feature = "ui")]
pub mod ui;

#[cfg(all(feature = "ui", target_arch = "wasm32"))]
pub mod embed;
