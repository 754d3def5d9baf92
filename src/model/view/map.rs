//! The map: each region coloured by its change in per cent, in classes with fixed limits.

use super::chart::{finite, sources_of};
use crate::model::calc::{current_state, RegionResult, Results};
use crate::model::dataset::State;
use crate::model::dataset::{Dataset, SourceSet};
use crate::model::region::RegionId;

/// Upper class limits of the map's colour scale, in per cent change of places; a change
/// above the last limit falls in the last class ("no loss").
pub const CLASS_BREAKS: [f64; 4] = [-15.0, -10.0, -5.0, 0.0];

/// The map class of a change in per cent: 0 is the largest loss, 4 no loss or a gain.
pub fn class_of(change_pct: f64) -> u8 {
    let x = finite(change_pct);
    CLASS_BREAKS.iter().take_while(|b| x >= **b).count() as u8
}

/// What a map class covers, in per cent change of places.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ClassBounds {
    /// Below this limit: the largest losses.
    Below(f64),
    /// From the first limit up to the second.
    Between(f64, f64),
    /// No loss, or a gain.
    NoLoss,
}

/// The bounds of map class `class` (see [`class_of`]), for its legend.
pub fn class_bounds(class: u8) -> ClassBounds {
    let i = usize::from(class);
    match (
        i.checked_sub(1).map(|j| CLASS_BREAKS[j]),
        CLASS_BREAKS.get(i),
    ) {
        (None, Some(high)) => ClassBounds::Below(*high),
        (Some(low), Some(high)) => ClassBounds::Between(low, *high),
        _ => ClassBounds::NoLoss,
    }
}

/// One region on the map.
#[derive(Clone, Debug, PartialEq)]
pub struct MapRegion {
    /// The region.
    pub region: RegionId,
    /// Its outline (SVG path data in map units).
    pub path: &'static str,
    /// Its colour class (see [`class_of`]).
    pub class: u8,
    /// The change in per cent it is coloured by.
    pub change_pct: f64,
    /// Label anchor: name on this baseline, value on the next.
    pub label: (f64, f64),
    /// Whether it is selected.
    pub selected: bool,
    /// Whether its central change counts a cut that is decided but that no source confirms as
    /// carried out (marked on the map, with a note under the legend).
    pub unconfirmed: bool,
}

/// The map: the regions coloured by change, and a legend in the free space to the east.
#[derive(Clone, Debug, PartialEq)]
pub struct MapView {
    /// View-box width and height (the seed's frame).
    pub size: (f64, f64),
    /// The regions, in [`RegionId::PARTS`] order.
    pub regions: Vec<MapRegion>,
    /// Legend: top-left corner of the first swatch; swatches stack downwards.
    pub legend: (f64, f64),
    /// Height of one legend row.
    pub legend_row: f64,
    /// What the changes rest on, and the map's outlines.
    pub sources: SourceSet,
}

/// Whether a region's central change counts a cut whose last status is a decision no source
/// confirms as carried out.
pub fn rests_on_unconfirmed(r: &RegionResult) -> bool {
    r.cut_lines.iter().any(|c| {
        current_state(c.cut.status) == State::Decided
            && c.places.as_ref().is_some_and(|l| l.span.mid > 0.0)
    }) && r.cuts.span.mid > 0.0
}

/// Colours the regions of the map by their change in places.
pub fn map(data: &Dataset, results: &Results, selected: RegionId) -> MapView {
    let m = &data.map;
    let regions = RegionId::PARTS
        .iter()
        .zip(&m.regions)
        .map(|(id, shape)| {
            let pct = finite(results.get(*id).change_pct.span.mid);
            MapRegion {
                region: *id,
                path: shape.path,
                class: class_of(pct),
                change_pct: pct,
                label: (f64::from(shape.label.0), f64::from(shape.label.1)),
                selected: *id == selected,
                unconfirmed: rests_on_unconfirmed(results.get(*id)),
            }
        })
        .collect();
    let (w, h) = (f64::from(m.width), f64::from(m.height));
    MapView {
        size: (w, h),
        regions,
        legend: (w * 0.52, h * 0.56),
        legend_row: 18.0,
        sources: sources_of(results.regions.iter().map(|r| &r.change_pct)).union(m.sources),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_follow_the_breaks() {
        assert_eq!(class_of(-40.0), 0);
        assert_eq!(class_of(-15.0), 1);
        assert_eq!(class_of(-12.0), 1);
        assert_eq!(class_of(-7.0), 2);
        assert_eq!(class_of(-0.1), 3);
        assert_eq!(class_of(0.0), 4);
        assert_eq!(class_of(12.0), 4);
        assert_eq!(class_of(f64::NAN), 4);
    }
}
