//! The shipped dataset: static tables generated at build time from the validated `seeds/`
//! (build.rs, with the seed validator in crates/seeds). The wasm carries the numbers, not a
//! parser.

use crate::model::dataset::{
    AssumptionSeeds, Changes, Compensation, Correction, Cut, Dataset, Fbv, Headline, Input, Kind,
    MapShape, National, OccupancyPoint, PlacesBefore, RawFile, RegionMap, RegionSeed, Source,
    SourceSet, State, Status, Text, YearMonth,
};
use crate::model::region::RegionId;

include!(concat!(env!("OUT_DIR"), "/dataset.rs"));

/// The dataset every view computes from.
pub fn dataset() -> &'static Dataset {
    &DATASET
}
