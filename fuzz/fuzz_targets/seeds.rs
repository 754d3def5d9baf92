//! The seed validator: one seed file replaced by any bytes (its checksum kept in step).
//! The properties are in ../checks.rs.

#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    // The first byte picks the seed file to replace; the rest is its new content.
    if let Some((which, content)) = data.split_first() {
        let _accepted = dognplass_fuzz::checks::seeds(usize::from(*which), content);
    }
});
