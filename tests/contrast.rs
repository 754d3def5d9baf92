//! Contrast of both themes, computed by the WCAG formula from the colours the style sheet
//! actually declares (www/style.css, `--name: light-dark(<light>, <dark>)`), not eyeballed:
//! text and its paper at 4.5:1 (WCAG 1.4.3), chart marks against the paper at 3:1 (1.4.11).

#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

use dognplass::model::config::contrast::{contrast, Rgb, AA_TEXT, INK, PANEL, PAPER};

/// Every `--name: light-dark(…)` of the style sheet's custom properties, as (light, dark). A
/// `var(--x, #hex)` inside counts as its fallback (the colour in force unless a host's accent
/// replaces it, which the model checks separately).
fn theme_colours() -> HashMap<String, [Rgb; 2]> {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/style.css"))
        .expect("www/style.css");
    let mut colours = HashMap::new();
    for declaration in css.split(';') {
        let Some((name, value)) = declaration.trim().rsplit_once('\n').map_or_else(
            || declaration.trim().split_once(':'),
            |(_, last)| last.trim().split_once(':'),
        ) else {
            continue;
        };
        let (name, value) = (name.trim(), value.trim());
        if !name.starts_with("--") || !value.starts_with("light-dark(") {
            continue;
        }
        let hexes: Vec<Rgb> = value
            .split('#')
            .skip(1)
            .filter_map(|rest| {
                let hex: String = rest.chars().take_while(char::is_ascii_hexdigit).collect();
                Rgb::parse(&hex)
            })
            .collect();
        assert_eq!(hexes.len(), 2, "{name}: {value}");
        let key = name.rsplit(['{', ' ']).next().unwrap_or(name).to_owned();
        colours.insert(key, [hexes[0], hexes[1]]);
    }
    colours
}

#[test]
fn text_and_marks_reach_aa_in_both_themes() {
    let c = theme_colours();
    let get = |name: &str| {
        *c.get(name)
            .unwrap_or_else(|| panic!("{name} not in the style sheet"))
    };
    let text_pairs = [
        ("--ink", "--paper"),
        ("--muted", "--paper"),
        ("--accent", "--paper"),
        ("--est", "--paper"),
        ("--bad", "--paper"),
        ("--ink", "--panel"),
        ("--muted", "--panel"),
        ("--accent", "--panel"),
        ("--ink", "--notice"),
        ("--accent-ink", "--accent"),
        ("--c-total", "--paper"),
        ("--c-loss", "--paper"),
    ];
    let mut failures = Vec::new();
    for (theme, i) in [("light", 0), ("dark", 1)] {
        for (fg, bg) in text_pairs {
            let ratio = contrast(get(fg)[i], get(bg)[i]);
            if ratio < AA_TEXT {
                failures.push(format!("{theme}: {fg} on {bg} is {ratio:.2}:1"));
            }
        }
        // Chart marks (bars, lines) against the paper: 3:1 for graphics.
        for mark in ["--c-total", "--c-loss", "--c-gain", "--m0", "--m1"] {
            let ratio = contrast(get(mark)[i], get("--paper")[i]);
            if ratio < 3.0 {
                failures.push(format!("{theme}: {mark} on --paper is {ratio:.2}:1"));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

#[test]
fn the_model_checks_accents_against_the_style_sheets_paper_and_ink() {
    let c = theme_colours();
    assert_eq!(c["--paper"], PAPER);
    assert_eq!(c["--panel"], PANEL);
    assert_eq!(c["--accent-ink"], INK);
}
