//! The address and embed configuration: any bytes, read as a query.
//! The properties are in ../checks.rs.

#![no_main]

#[path = "../../src/data/validate.rs"]
#[allow(dead_code)]
mod validate;

#[path = "../checks.rs"]
#[allow(dead_code)]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    checks::query(&String::from_utf8_lossy(data));
});
