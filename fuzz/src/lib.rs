//! What the fuzz targets share: the seed validator (the file build.rs runs) and the properties
//! in ../checks.rs, which tests/properties.rs checks with proptest as well.

#[path = "../../src/data/validate.rs"]
#[allow(dead_code)]
mod validate;

#[path = "../checks.rs"]
pub mod checks;
