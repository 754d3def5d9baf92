//! What the fuzz targets share: the properties in ../checks.rs, which tests/properties.rs
//! checks with proptest as well (the seed validator they call is crates/seeds, as in build.rs).

#[path = "../checks.rs"]
pub mod checks;
