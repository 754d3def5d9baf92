//! Markup written as text, without hooks: the writer ([`markup`]), table cells and source marks
//! ([`cells`]) and the charts' SVG ([`chart_svg`]).

pub mod cells;
pub mod chart_svg;
pub mod markup;
