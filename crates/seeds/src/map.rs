//! map.toml: the four regions' outlines as SVG paths in a fixed frame, made at dev time by
//! scripts/build/make-map.sh. Checked here so the widget only draws them.

use dognplass_ids::RegionId;

use crate::checker::{region_index, unknown_region};
use crate::error::{Doc, SeedError};
use crate::schema::MapFileToml;
use crate::validated::{MapOut, Texts};

/// Checks one SVG path of the map: rings of `M x y`, then `L x y` at least twice, then `Z`,
/// with whole non-negative numbers inside the frame. Returns the reason it is not.
pub(crate) fn check_path(path: &str, (width, height): (u32, u32)) -> Result<(), String> {
    let bytes = path.as_bytes();
    let mut i = 0;
    let mut rings = 0;
    let number = |i: &mut usize| -> Option<u32> {
        let start = *i;
        while *i < bytes.len() && bytes[*i].is_ascii_digit() {
            *i += 1;
        }
        path.get(start..*i)?.parse().ok()
    };
    while i < bytes.len() {
        if bytes[i] != b'M' {
            return Err(format!("expected M at character {}", i + 1));
        }
        let mut points = 0;
        loop {
            i += 1;
            let at = i;
            let x = number(&mut i);
            let space = i < bytes.len() && bytes[i] == b' ';
            i += usize::from(space);
            let y = number(&mut i);
            match (x, space, y) {
                (Some(x), true, Some(y)) if x <= width && y <= height => points += 1,
                (Some(x), true, Some(y)) => {
                    return Err(format!(
                        "point {x} {y} at character {} lies outside the {width}×{height} frame",
                        at + 1
                    ))
                }
                _ => return Err(format!("expected \"x y\" at character {}", at + 1)),
            }
            match bytes.get(i) {
                Some(b'L') => continue,
                Some(b'Z') => break,
                _ => return Err(format!("expected L or Z at character {}", i + 1)),
            }
        }
        i += 1;
        if points < 3 {
            return Err(format!(
                "a ring ending at character {i} has fewer than 3 points"
            ));
        }
        rings += 1;
    }
    if rings == 0 {
        return Err("empty path".into());
    }
    Ok(())
}

/// Checks seeds/map.toml: a known source, a sane frame, each region once with its 2024
/// counties (none in two regions), a label point inside the frame and a well-formed path.
pub(crate) fn check_map(doc: &Doc, source_ids: &[String]) -> Result<MapOut, Vec<SeedError>> {
    let file: MapFileToml = doc.parse().map_err(|e| vec![e])?;
    let at = file.map.span().start;
    let map = file.map.get_ref();
    let mut errors = Vec::new();
    if !source_ids.contains(&map.source) {
        errors.push(doc.err(at, format!("unknown source id \"{}\" in map", map.source)));
    }
    for (name, text) in [
        ("input", &map.input),
        ("input_sha256", &map.input_sha256),
        ("tool", &map.tool),
        ("method", &map.method),
        ("method_nn", &map.method_nn),
        ("method_en", &map.method_en),
    ] {
        if text.trim().is_empty() {
            errors.push(doc.err(at, format!("empty {name} in map")));
        }
    }
    let size = (map.width, map.height);
    if !(50..=2000).contains(&map.width) || !(50..=2000).contains(&map.height) {
        errors.push(doc.err(
            at,
            format!(
                "map frame {}×{} must be 50 to 2000 units each way",
                map.width, map.height
            ),
        ));
    }
    let mut found: Vec<Option<(String, (u32, u32))>> = vec![None; RegionId::PARTS.len()];
    let mut counties: Vec<&str> = Vec::new();
    for r in &map.region {
        let at = r.span().start;
        let r = r.get_ref();
        let Some(index) = region_index(&r.id) else {
            errors.push(unknown_region(doc, at, &r.id, "map.region"));
            continue;
        };
        if found[index].is_some() {
            errors.push(doc.err(at, format!("region {} drawn twice in map", r.id)));
        }
        for c in &r.counties_2024 {
            if c.len() != 2 || !c.bytes().all(|b| b.is_ascii_digit()) {
                errors.push(doc.err(at, format!("county \"{c}\" of {} is not two digits", r.id)));
            } else if counties.contains(&c.as_str()) {
                errors.push(doc.err(at, format!("county {c} is in two regions of the map")));
            }
            counties.push(c);
        }
        let [x, y] = r.label;
        if x > map.width || y > map.height {
            errors.push(doc.err(
                at,
                format!("label {x} {y} of {} lies outside the map frame", r.id),
            ));
        }
        if let Err(reason) = check_path(&r.path, size) {
            errors.push(doc.err(at, format!("path of {}: {reason}", r.id)));
        }
        found[index] = Some((r.path.clone(), (x, y)));
    }
    for (id, f) in RegionId::PARTS.map(RegionId::slug).iter().zip(&found) {
        if f.is_none() {
            errors.push(doc.err(at, format!("region {id} missing from map")));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(MapOut {
        size,
        source: map.source.clone(),
        method: Texts {
            nb: map.method.clone(),
            nn: map.method_nn.clone(),
            en: map.method_en.clone(),
        },
        regions: found.into_iter().flatten().collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::check_path;

    #[test]
    fn paths_are_closed_rings_of_whole_points_inside_the_frame() {
        assert_eq!(check_path("M0 0L10 0L10 10Z", (10, 10)), Ok(()));
        assert_eq!(check_path("M0 0L1 0L1 1ZM5 5L6 5L6 6Z", (10, 10)), Ok(()));
        assert_eq!(check_path("", (10, 10)), Err("empty path".into()));
        assert_eq!(
            check_path("M0 0L11 0L10 10Z", (10, 10)),
            Err("point 11 0 at character 6 lies outside the 10×10 frame".into())
        );
        assert_eq!(
            check_path("M0 0L1 1Z", (10, 10)),
            Err("a ring ending at character 9 has fewer than 3 points".into())
        );
        assert_eq!(
            check_path("M0 0L1 1", (10, 10)),
            Err("expected L or Z at character 9".into())
        );
        assert_eq!(
            check_path("C0 0", (10, 10)),
            Err("expected M at character 1".into())
        );
        assert_eq!(
            check_path("M0,0L1 0L1 1Z", (10, 10)),
            Err("expected \"x y\" at character 2".into())
        );
    }
}
