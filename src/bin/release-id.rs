//! Prints the data release this build holds: its id (the release date and a hash of the seeds
//! and the model, model::release) and its date, as `2026-11-22-1a2b3c4d 2026-11-22`. Building
//! it runs the seed validator (build.rs), so a broken seed stops it with file, line and reason.
//! Used by scripts/release.sh.

use dognplass::data::dataset;

fn main() {
    let data = dataset();
    println!("{} {}", data.release_id, data.release_date);
}
