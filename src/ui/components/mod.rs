//! One component per part of the widget, in the order the page shows them.

pub mod about;
pub mod assumptions_panel;
pub mod breakdown;
pub mod charts;
pub mod compare_table;
pub mod cross_checks;
pub mod downloads;
pub mod embed_builder;
pub mod legend;
pub mod observed_table;
pub mod param_control;
pub mod people;
pub mod region_picker;
pub mod scenario_bar;
pub mod settings;
pub mod sources;
pub mod steps_table;
pub mod summary;
