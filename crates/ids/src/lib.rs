//! The ids the seeds and the model share: the health regions ([`RegionId`]) and how a figure
//! came about ([`Kind`]). One definition, used by the model (`dognplass::model`) and by the
//! seed validator the build runs (`dognplass-seeds`), so the two cannot drift apart.
//!
//! No dependencies and no I/O: it builds for the host and for wasm32 alike.

#![warn(missing_docs)]

mod kind;
mod region;

pub use kind::Kind;
pub use region::{RegionId, UnknownRegion};
