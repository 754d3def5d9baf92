//! The ids the seeds and the model share: the health regions ([`RegionId`]), how a figure
//! came about ([`Kind`]) and where a change stands ([`State`]). One definition, used by the model (`dognplass::model`) and by the
//! seed validator the build runs (`dognplass-seeds`), so the two cannot drift apart.
//!
//! No dependencies and no I/O: it builds for the host and for wasm32 alike.

#![warn(missing_docs)]

mod kind;
mod region;
mod state;

pub use kind::Kind;
pub use region::{RegionId, UnknownRegion};
pub use state::State;
