//! The address and embed configuration: any bytes, read as a query.
//! The properties are in ../checks.rs.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    dognplass_fuzz::checks::query(&String::from_utf8_lossy(data));
});
