//! The computation, natively, on the shipped seeds: golden values worked out by hand and the
//! invariants of every result (`golden.rs`); every scenario, year and edit, refused input, the
//! in-force rule and the state in the address (`scenarios.rs`).

#![cfg(not(target_arch = "wasm32"))]

mod golden;
mod scenarios;

/// Asserts that `actual` is `expected` to within 0.05, the rounding of a hand-worked value.
#[track_caller]
fn close(actual: f64, expected: f64) {
    assert!(
        (actual - expected).abs() < 0.05,
        "expected {expected}, got {actual}"
    );
}
