//! An assumption value: any bytes, read as typed text, for every assumption.
//! The properties are in ../checks.rs.

#![no_main]

#[path = "../../src/data/validate.rs"]
#[allow(dead_code)]
mod validate;

#[path = "../checks.rs"]
#[allow(dead_code)]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    checks::value(&String::from_utf8_lossy(data));
});
