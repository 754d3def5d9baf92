//! An assumption value: any bytes, read as typed text, for every assumption.
//! The properties are in ../checks.rs.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    dognplass_fuzz::checks::value(&String::from_utf8_lossy(data));
});
