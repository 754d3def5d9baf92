//! Times the model: every region and Norway for one scenario, and prints the median (BUDGETS.md
//! P7). Run with `cargo run --release --no-default-features --features all-langs --example model_bench`.

use std::hint::black_box;
use std::time::Instant;

use dognplass::data::dataset;
use dognplass::model::{compute_scenario, Edits, Param, Scenario};

fn main() {
    let data = dataset();
    let mut edits = Edits::default();
    edits.set(Param::Fbv, Some(150.0));
    edits.set(Param::Unknown(0), Some(20.0));
    edits.set(Param::Cost, Some(2.0));
    let mut samples = Vec::new();
    for round in 0..2_000u32 {
        let scenario = Scenario::ALL[(round % 4) as usize];
        let year = 2022 + (round % 5) as u16;
        let start = Instant::now();
        let results = compute_scenario(black_box(data), black_box(&edits), scenario, year);
        let elapsed = start.elapsed();
        black_box(results);
        samples.push(elapsed.as_nanos());
    }
    samples.sort_unstable();
    let at = |q: f64| samples[((samples.len() - 1) as f64 * q) as usize] as f64 / 1000.0;
    println!(
        "model recomputation, all regions x one scenario: median {:.1} µs, p95 {:.1} µs, max {:.1} µs ({} runs; budget P7: median ≤ 20 µs)",
        at(0.5),
        at(0.95),
        at(1.0),
        samples.len()
    );
}
