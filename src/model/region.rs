//! Health regions: the stable ids used in URLs and seeds, and their proper names.

/// Defined in `dognplass-ids` (crates/ids), shared with the build's seed validator.
pub use dognplass_ids::{RegionId, UnknownRegion};
