//! Code generation: the validated seeds as Rust source for the model's `Dataset`
//! (`dognplass::model::dataset`), written by build.rs to `$OUT_DIR/dataset.rs`. The includer
//! brings the `use` lines; the output depends on nothing but its input.

use dognplass_ids::{Kind, State};

use crate::validated::{Figure, RegionOut, StatusOut, Texts, Validated};

fn lit_f64(x: f64) -> String {
    let s = format!("{x:?}");
    if s.contains('.') || s.contains('e') {
        s
    } else {
        format!("{s}.0")
    }
}

fn lit_opt_f64(x: Option<f64>) -> String {
    x.map_or_else(|| "None".into(), |v| format!("Some({})", lit_f64(v)))
}

fn lit_opt_str(x: &Option<String>) -> String {
    x.as_ref()
        .map_or_else(|| "None".into(), |v| format!("Some({v:?})"))
}

fn lit_text(t: &Texts) -> String {
    format!("Text {{ nb: {:?}, nn: {:?}, en: {:?} }}", t.nb, t.nn, t.en)
}

fn lit_opt_text(x: &Option<Texts>) -> String {
    x.as_ref()
        .map_or_else(|| "None".into(), |t| format!("Some({})", lit_text(t)))
}

fn lit_ym((year, month): (u16, u8)) -> String {
    format!("YearMonth {{ year: {year}, month: {month} }}")
}

/// The model's variant for a kind (an exhaustive match: a new kind must be named here).
fn lit_kind(kind: Kind) -> &'static str {
    match kind {
        Kind::Reported => "Kind::Reported",
        Kind::Derived => "Kind::Derived",
        Kind::Estimate => "Kind::Estimate",
        Kind::Assumption => "Kind::Assumption",
    }
}

/// The Rust path of a state, e.g. `State::InForce`.
fn lit_state(state: State) -> &'static str {
    match state {
        State::Announced => "State::Announced",
        State::Decided => "State::Decided",
        State::InForce => "State::InForce",
        State::Halted => "State::Halted",
        State::Cancelled => "State::Cancelled",
        State::Ended => "State::Ended",
    }
}

/// What generating needs besides the value it writes: the sources in list order, whose
/// positions are the bits of a `SourceSet`.
struct Context<'a> {
    source_order: Vec<&'a str>,
}

impl Context<'_> {
    fn ids(&self, ids: &[String]) -> String {
        let mask = ids
            .iter()
            .filter_map(|id| self.source_order.iter().position(|s| s == id))
            .fold(0u64, |mask, i| mask | (1 << i));
        format!("SourceSet({mask:#x})")
    }

    fn figure(&self, f: &Figure) -> String {
        format!(
            "Input {{ value: {}, low: {}, high: {}, kind: {}, sources: {}, note: {}, method: {} }}",
            lit_f64(f.value),
            lit_opt_f64(f.low),
            lit_opt_f64(f.high),
            lit_kind(f.kind),
            self.ids(&f.sources),
            lit_opt_text(&f.note),
            lit_opt_text(&f.method),
        )
    }

    fn statuses(&self, list: &[StatusOut]) -> String {
        let items: Vec<String> = list
            .iter()
            .map(|st| {
                format!(
                    "Status {{ date: {:?}, state: {}, sources: {}, quote: {}, quote_en: {}, note: {} }}",
                    st.date,
                    lit_state(st.state),
                    self.ids(&st.sources),
                    lit_opt_str(&st.quote),
                    lit_opt_str(&st.quote_en),
                    lit_opt_text(&st.note)
                )
            })
            .collect();
        format!("&[{}]", items.join(", "))
    }

    /// One region's `RegionSeed`, with its cuts, compensation and yearly rows.
    fn region(&self, r: &RegionOut, out: &mut String) {
        let places_before = r.places_before.as_ref().map_or_else(
            || "PlacesBefore::FromActivity".into(),
            |f| format!("PlacesBefore::Reported({})", self.figure(f)),
        );
        let private = r
            .private_share_pct
            .as_ref()
            .map_or_else(|| "None".into(), |f| format!("Some({})", self.figure(f)));
        out.push_str(&format!(
            "        RegionSeed {{ places_before: {places_before}, private_share_pct: {private}, contract_frame_mnok: {}, fbv_share_pct: {},\n            cuts: &[\n",
            r.contract_frame_mnok.as_ref().map_or_else(|| "None".into(), |f| format!("Some({})", self.figure(f))),
            self.figure(&r.fbv_share_pct)
        ));
        for c in &r.cuts {
            out.push_str(&format!(
                "                Cut {{ label: {}, short: {}, places: {}, before_after: {}, effective: {}, ramp_months: {}, shortens_stays: {}, status: {}, sources: {}, note: {} }},\n",
                lit_text(&c.label),
                lit_opt_text(&c.short),
                c.places.as_ref().map_or_else(|| "None".into(), |f| format!("Some({})", self.figure(f))),
                c.before_after.map_or_else(|| "None".into(), |(b, a)| format!("Some(({b}, {a}))")),
                c.effective.map_or_else(|| "None".into(), |ym| format!("Some({})", lit_ym(ym))),
                c.ramp_months,
                c.shortens_stays,
                self.statuses(&c.statuses),
                self.ids(&c.sources),
                lit_opt_text(&c.note),
            ));
        }
        out.push_str("            ],\n            compensation: &[\n");
        for c in &r.compensation {
            out.push_str(&format!(
                "                Compensation {{ label: {}, places: {}, from: {}, ends_after: {}, end_confirmed: {}, status: {} }},\n",
                lit_text(&c.label),
                self.figure(&c.places),
                lit_ym(c.from),
                c.ends_after.map_or_else(|| "None".into(), |y| format!("Some({y})")),
                c.end_confirmed,
                self.statuses(&c.statuses),
            ));
        }
        let days: Vec<String> = r.inpatient_days.iter().map(u32::to_string).collect();
        let people: Vec<String> = r.population.iter().map(u64::to_string).collect();
        let inpatients: Vec<String> = r.inpatients.iter().map(u32::to_string).collect();
        out.push_str(&format!(
            "            ],\n            inpatient_days: &[{}],\n            inpatients: &[{}],\n            population: &[{}],\n        }},\n",
            days.join(", "),
            inpatients.join(", "),
            people.join(", ")
        ));
    }
}

/// The dataset as Rust source; `use` lines are the includer's.
pub fn generate(v: &Validated) -> String {
    let cx = Context {
        source_order: v.sources.iter().map(|s| s.id.as_str()).collect(),
    };
    let mut out = String::from("// Generated by build.rs from seeds/. Do not edit.\n/// The dataset, validated at build time.\n");
    out.push_str("pub static DATASET: Dataset = Dataset {\n");
    out.push_str(&format!(
        "    reference_year: {},\n    after_year: {},\n",
        v.reference_year, v.after_year
    ));
    out.push_str("    sources: &[\n");
    for s in &v.sources {
        out.push_str(&format!(
            "        Source {{ id: {:?}, publisher: {:?}, title: {:?}, date: {:?}, url: {} }},\n",
            s.id,
            s.publisher,
            s.title,
            s.date,
            lit_opt_str(&s.url)
        ));
    }
    out.push_str("    ],\n");
    let [places, cut_named, private, payments, projection] = &v.national;
    out.push_str(&format!(
        "    national: National {{ places: {}, cut_named: {}, private_share_pct: {}, fbv_payments_mnok: {}, projection_pct: {} }},\n",
        cx.figure(places), cx.figure(cut_named), cx.figure(private), cx.figure(payments), cx.figure(projection)
    ));
    let [stay_before, stay_after, cost] = &v.assumptions;
    out.push_str(&format!(
        "    assumptions: AssumptionSeeds {{ first_year: {}, last_year: {}, hso_stay_sources: {}, stay_before_months: {}, stay_after_months: {}, cost_per_place_mnok: {} }},\n",
        v.years.0, v.years.1, cx.ids(&v.hso_stay_sources), cx.figure(stay_before), cx.figure(stay_after), cx.figure(cost)
    ));
    let (days, places, year, sources) = &v.occupancy_low;
    out.push_str(&format!(
        "    occupancy_low: OccupancyPoint {{ inpatient_days: {days}, places: {places}, year: {year}, sources: {} }},\n",
        cx.ids(sources)
    ));
    let [fbv_days, fbv_days_2022, fbv_low, fbv_high] = &v.fbv;
    out.push_str(&format!(
        "    fbv: Fbv {{ ended: {}, transition_months: {}, status: {}, inpatient_days_2021: {}, inpatient_days_2022_jan_aug: {}, low: {}, high: {} }},\n",
        lit_ym(v.fbv_ended),
        v.fbv_transition,
        cx.statuses(&v.fbv_status),
        cx.figure(fbv_days),
        cx.figure(fbv_days_2022),
        cx.figure(fbv_low),
        cx.figure(fbv_high)
    ));
    out.push_str("    regions: [\n");
    for r in &v.regions {
        cx.region(r, &mut out);
    }
    out.push_str("    ],\n");
    out.push_str(&format!(
        "    npr_first_year: {},\n    population_first_year: {},\n    national_inpatients: &[{}],\n    files: &[\n",
        v.npr_first_year,
        v.population_first_year,
        v.national_inpatients
            .iter()
            .map(u32::to_string)
            .collect::<Vec<_>>()
            .join(", ")
    ));
    for (file, sha, source, licence) in &v.files {
        out.push_str(&format!(
            "        RawFile {{ file: {file:?}, sha256: {sha:?}, source: {source:?}, licence: {licence:?} }},\n"
        ));
    }
    let (width, height) = v.map.size;
    out.push_str(&format!(
        "    ],\n    map: RegionMap {{ width: {width}, height: {height}, sources: {}, method: {}, regions: [\n",
        cx.ids(std::slice::from_ref(&v.map.source)),
        lit_text(&v.map.method)
    ));
    for (path, (x, y)) in &v.map.regions {
        out.push_str(&format!(
            "        MapShape {{ path: {path:?}, label: ({x}, {y}) }},\n"
        ));
    }
    out.push_str("    ] },\n    changes: Changes {\n");
    out.push_str(&format!(
        "        previous_release: {:?},\n        entries: &[\n",
        v.changes.previous_release
    ));
    for c in &v.changes.entries {
        let figure = match c.figure.as_str() {
            "before" => "Headline::Before",
            "after" => "Headline::After",
            _ => "Headline::Change",
        };
        let years: Vec<String> = c.years.iter().map(u16::to_string).collect();
        out.push_str(&format!(
            "            Correction {{ region: RegionId::{:?}, figure: {figure}, years: &[{}], old: {}, new: {}, reason: {} }},\n",
            c.region,
            years.join(", "),
            lit_f64(c.old),
            lit_f64(c.new),
            lit_text(&c.reason)
        ));
    }
    out.push_str("        ],\n");
    out.push_str(&format!(
        "    }},\n    release: {:?},\n    release_date: {:?},\n    sources_checked: {:?},\n    release_id: {:?},\n}};\n",
        v.release,
        v.release_date,
        v.sources_checked,
        v.release_id()
    ));
    out
}
