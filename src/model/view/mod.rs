//! What the screen shows, worked out from the results: chart geometry, the steps table's rows,
//! and the facts that sentences are built from. No words; those are in [`super::i18n`].

pub mod chart;
pub mod facts;
pub mod map;
pub mod rows;
