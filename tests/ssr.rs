//! Server-side renders of the whole widget (Yew SSR, native): each region's page carries its
//! numbers, the estimate marks, the legend and the sources, before any wasm runs.

#![cfg(not(target_arch = "wasm32"))]

use dognplass::data::dataset;
use dognplass::model::calc::last_measured_year;
use dognplass::model::{Action, Lang, Param, RegionId, Scenario, State};
use dognplass::ui::{App, AppProps};
use yew::{AttrValue, LocalServerRenderer};

const NBSP: char = '\u{a0}';

async fn render(region: RegionId) -> String {
    let props = AppProps {
        initial: State {
            region,
            ..State::default()
        },
        ..AppProps::default()
    };
    LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// The text of the value cell in the row with this test id.
fn row_value(html: &str, testid: &str) -> String {
    let row_start = html
        .find(&format!("data-testid=\"{testid}\""))
        .unwrap_or_else(|| panic!("row {testid} missing"));
    let row = &html[row_start..];
    let cell =
        row.find("data-testid=\"value\">").expect("value cell") + "data-testid=\"value\">".len();
    let end = row[cell..].find("</").expect("cell end");
    row[cell..cell + end].to_owned()
}

#[tokio::test]
async fn norway_shows_sums_and_cross_checks() {
    let html = render(RegionId::Norge).await;
    assert!(html.contains("data-testid=\"region-name\">Norge<"));
    // 1 836.1 public and contracted + 183.1 FBV places (2022).
    assert_eq!(
        row_value(&html, "step-before"),
        format!("≈{NBSP}2{NBSP}019")
    );
    assert_eq!(row_value(&html, "step-fbv"), format!("≈{NBSP}183"));
    // HV 40 + HMN 4; HV's 2023 agreements are unknown, so a known minimum.
    assert_eq!(row_value(&html, "step-tender"), format!("minst ≈{NBSP}44"));
    assert_eq!(row_value(&html, "step-after"), format!("≈{NBSP}1{NBSP}792"));
    assert!(row_value(&html, "step-change").starts_with(&format!("≈{NBSP}\u{2212}227")));
    assert!(row_value(&html, "step-change").contains(&format!("\u{2212}11,2{NBSP}%")));
    // The organisations' "about 400" beside this calculation's 151–313 (never forced to match).
    assert_eq!(row_value(&html, "check-cut-named"), "400");
    assert_eq!(
        row_value(&html, "check-lost-sum"),
        format!("≈{NBSP}227 (151–313)")
    );
    assert_eq!(row_value(&html, "check-places"), format!("1{NBSP}847"));
    // The reported 1 847 counts public and contracted places: beside the same part of the sum.
    assert!(row_value(&html, "check-places-sum").starts_with(&format!("≈{NBSP}1{NBSP}836")));
    // The projection model's −2 % (stays), as an assumption about places.
    assert!(html.contains(&format!(
        "Hvis plassene fulgte framskrivningen: \u{2212}2{NBSP}%"
    )));
    // Its basis says what the −2 % is and sets NPR's measured change beside it.
    assert!(html.contains(&format!(
        "Målt endring i oppholdsdøgn per dag i Norsk pasientregister 2022–2025: \u{2212}17,1{NBSP}%."
    )));
    // HSØ's tender in the status line, with the announced 134 and its last known status, more
    // than twelve months old at the release; half of it at most in 2025 (from July).
    assert!(html.contains("Status: Helse Sør-Øst, anbudet 2024: kutt på 134 plasser, kunngjort 19. januar 2024, sist kjente status (17. oktober 2025): kunngjort, ny anbudsrunde under forberedelse; regnet som 0 (0–67) plasser i 2025."));
    // The copied sentence carries that the tender counts 0, and why.
    assert!(html.contains("Anbudet 2024 i Helse Sør-Øst er regnet som 0 (ny anbudsrunde under forberedelse, 17. oktober 2025)."));
    // The corrections log under "Kilder og metode", from seeds/changes.toml.
    assert!(html.contains("Endringer i denne datautgaven"));
    assert!(html.contains(&format!(
        "Norge, døgnplasser før (2022): </strong>1{NBSP}983 → 2{NBSP}019 plasser."
    )));
    // The sources were last checked on the date the seeds give.
    assert!(html.contains("Kilder sjekket 8. desember 2026."));
    // The implied occupancy beside the measured years: 1 780.77 ÷ 2 019.19 in 2022.
    let implied = &html[html
        .find("data-testid=\"implied-table\"")
        .expect("implied table")..];
    assert!(implied.contains(&format!("88,2{NBSP}%")));
    // Observed 2022 → 2025 in the patient register.
    assert_eq!(
        row_value(&html, "observed-change"),
        format!("\u{2212}305 (\u{2212}17,1{NBSP}%)")
    );
}

#[tokio::test]
async fn helse_sor_ost_shows_the_tender_and_compensation() {
    let html = render(RegionId::HelseSorOst).await;
    // 1 139 public and contracted + 121 FBV places.
    assert_eq!(
        row_value(&html, "step-before"),
        format!("≈{NBSP}1{NBSP}260")
    );
    // The tender counts 0 in the central value, up to 67 in 2025.
    assert_eq!(row_value(&html, "step-tender"), format!("≈{NBSP}0"));
    assert!(html.contains("Ideelle avtaleplasser i anbudet 2024 (739 → 605)"));
    assert!(html.contains("Blå Kors Loland, Sørlandet"));
    assert!(html.contains(&format!(">64{NBSP}%<")));
    assert_eq!(row_value(&html, "step-comp"), format!("≈{NBSP}0"));
    // Each status with its date and what happened, and the award's «over 100» beside the
    // announced 134; the court's halt, the cancellation of the rest and the new round after it.
    assert!(html.contains("Status: kunngjort 19. januar 2024, anbudet lyst ut med 739 → 605 plasser → vedtatt 21. oktober 2024, tildelt («over 100 døgnplasser») → stanset 11. november 2024"), "statuses");
    assert!(html.contains("→ vedtatt 24. desember 2024, tre delytelser signert → stanset 16. mai 2025, av tingretten"), "statuses");
    assert!(html.contains("→ avlyst 2025, etter dommen (udatert): resten av anskaffelsen; dommen ikke anket («avlyser det som gjenstår av anskaffelsen») → sist kjente status (17. oktober 2025): kunngjort, ny anbudsrunde under forberedelse"), "statuses");
    // The 1.23 bn kr frame as a cross-check of the cost per place: 1 230 ÷ 739 = 1.66.
    assert_eq!(
        row_value(&html, "check-frame"),
        format!("1{NBSP}230{NBSP}mill. kr")
    );
    assert_eq!(row_value(&html, "check-frame-per-place"), "1,66");
    // Patients a year only here, beside NPR's measured patients (5 948 in 2022).
    assert!(html.contains("data-testid=\"patients-before\""));
    assert!(html.contains("data-testid=\"inpatients-before\""));
}

#[tokio::test]
async fn every_region_renders_numbers_marks_and_sources() {
    for region in RegionId::ALL {
        let html = render(region).await;
        assert!(
            html.contains(&format!("data-testid=\"region-name\">{}<", region.name())),
            "{region:?}"
        );
        for row in [
            "step-before",
            "step-fbv",
            "step-tender",
            "step-comp",
            "step-after",
            "step-change",
            "per100k-before",
            "per100k-after",
            "projection",
        ] {
            let value = row_value(&html, row);
            assert!(
                !value.is_empty() && !value.contains("NaN") && !value.contains('–'),
                "{region:?} {row}: {value}"
            );
        }
        // Estimates are marked with ≈ and the dashed class, explained by the legend.
        assert!(html.contains("class=\"val est\""), "{region:?}");
        assert!(html.contains("data-testid=\"legend\""));
        assert!(html.contains("Kilder og metode"));
        assert!(html.contains("id=\"kilde-fhi-npr-520\""));
        assert!(html.contains("https://statistikk-data.fhi.no/api/open/v1/npr/Table/520/data"));
        // Every source cited in the steps is in the list.
        assert!(html.matches("class=\"ref\"").count() >= 9, "{region:?}");
        // The selected radio is checked.
        let id = html
            .find(&format!("id=\"region-{}\"", region.slug()))
            .unwrap();
        let tag_start = html[..id].rfind('<').unwrap();
        let tag_end = id + html[id..].find('>').unwrap();
        assert!(html[tag_start..tag_end].contains(" checked"), "{region:?}");
        let checked_regions = html
            .split('<')
            .filter(|tag| tag.contains("name=\"dp-region\"") && tag.contains(" checked"))
            .count();
        assert_eq!(checked_regions, 1, "{region:?}");
    }
}

#[tokio::test]
async fn regions_differ() {
    let vest = render(RegionId::HelseVest).await;
    let nord = render(RegionId::HelseNord).await;
    assert_eq!(row_value(&vest, "step-before"), format!("≈{NBSP}354"));
    assert_eq!(row_value(&nord, "step-before"), format!("≈{NBSP}196"));
    // Helse Vest's decided cuts are marked as not confirmed in their status lines.
    assert!(vest.contains("sist kjente status (januar 2024): vedtatt, ikke bekreftet gjennomført"));
    // 91 → 87 took effect in May 2021: history, shown but not subtracted.
    assert_eq!(row_value(&nord, "step-tender"), "0");
    assert!(nord.contains("Kjøpte plasser i anbudet 2021 (91 → 87)"));
    assert_eq!(row_value(&vest, "step-tender"), format!("minst ≈{NBSP}40"));
    // No patients a year where no change of stay applies; NPR's measured patients are there.
    assert!(!vest.contains("data-testid=\"patients-before\""));
    assert!(!vest.contains("data-testid=\"perspective-hso\""));
    assert!(vest.contains("data-testid=\"inpatients-before\""));
}

#[tokio::test]
async fn notice_is_shown_once() {
    let props = AppProps {
        initial: State::default(),
        notice: Some(AttrValue::from(
            "Ukjent helseregion «oslo» i adressen. Viser hele landet.",
        )),
        ..AppProps::default()
    };
    let html = LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    assert_eq!(html.matches("data-testid=\"notice\"").count(), 1);
    assert!(html.contains("Ukjent helseregion «oslo»"));
}

async fn render_state(initial: State) -> String {
    LocalServerRenderer::<App>::with_props(AppProps {
        initial,
        notice: None,
        ..AppProps::default()
    })
    .hydratable(false)
    .render()
    .await
}

#[tokio::test]
async fn summary_follows_region_year_and_scenario() {
    let data = dognplass::data::dataset();
    let state = State::default()
        .apply(data, Action::SelectRegion(RegionId::HelseVest))
        .apply(data, Action::SelectYear(2023));
    let html = render_state(state).await;
    // Half of HV's 42 FBV places in 2023 (the twelve-month transition).
    assert!(html.contains(
        "I Helse Vest er det anslagsvis 21 færre døgnplasser i rusbehandlingen i 2023 enn i 2022 (av 354;"
    ));
    // The reference year shows no change.
    let reference = State::default().apply(data, Action::SelectYear(2022));
    let html = render_state(reference).await;
    assert!(html.contains(&format!(
        "I hele landet er det anslagsvis 2{NBSP}019 døgnplasser i rusbehandlingen i 2022, referanseåret."
    )));
    // A year without NPR figures is marked as projected, and says what it rests on (2026 in
    // the shipped export, which ends in 2025; an export with 2026 leaves no year projected).
    if last_measured_year(data) < 2026 {
        let projected = State::default().apply(data, Action::SelectYear(2026));
        let html = render_state(projected).await;
        assert!(html.contains(">2026 (framskrevet)<"));
        assert!(html.contains("2026 er framskrevet:"));
        // The copied sentence says so, in the future tense.
        assert!(html.contains(
            "I hele landet blir det framskrevet anslagsvis 227 færre døgnplasser i rusbehandlingen i 2026 enn i 2022"
        ));
    }
    let stop = State::default().apply(data, Action::SelectScenario(Scenario::Stans));
    let html = render_state(stop).await;
    assert!(
        html.contains("Scenario: «Stans nedbyggingen»"),
        "scenario named"
    );
    assert!(html.contains("data-testid=\"copy\""));
    // The panel starts closed for the defaults and open for an address with edits.
    assert!(!html.contains("data-testid=\"assumptions\" open"));
    let edited = State::default().apply(data, Action::Edit(Param::Fbv, 120.0));
    let html = render_state(edited).await;
    assert!(html.contains("Scenario: «Egne tall»"));
    assert!(html.contains("data-testid=\"assumptions\" open"));
    assert!(html.contains("value=\"120\""));
}

#[tokio::test]
async fn two_scenarios_side_by_side() {
    let data = dognplass::data::dataset();
    let state = State::default()
        .apply(data, Action::SelectRegion(RegionId::HelseSorOst))
        .apply(data, Action::SelectCompare(Some(Scenario::Stans)));
    let html = render_state(state).await;
    let start = html
        .find("data-testid=\"compare-table\"")
        .expect("compare table");
    let table = &html[start..start + html[start..].find("</table>").unwrap()];
    assert!(table.contains("Som vedtatt") && table.contains("Stans nedbyggingen"));
    // Places after differ by the 121 FBV places the additional tender replaces: 1 260 vs 1 139
    // (the tender counts 0 in both).
    assert!(table.contains("class=\"differs\""));
    assert!(table.contains("+121"), "{table}");
    assert!(table.contains(&format!("1{NBSP}139")));
    // Without a comparison there is no table.
    let html = render_state(State::default()).await;
    assert!(!html.contains("compare-table"));
}

/// The markup of the chart with this test id, up to the next chart.
fn chart<'a>(html: &'a str, name: &str) -> &'a str {
    let start = html
        .find(&format!("data-testid=\"chart-{name}\""))
        .unwrap_or_else(|| panic!("chart {name} missing"));
    let rest = &html[start..];
    let end = rest[1..].find("<figure").map_or(rest.len(), |e| e + 1);
    &rest[..end]
}

#[tokio::test]
async fn charts_render_their_marks_descriptions_and_labels() {
    for region in [RegionId::Norge, RegionId::HelseVest, RegionId::HelseNord] {
        let html = render(region).await;
        let bridge = chart(&html, "waterfall");
        // Five bars, each with its value; the description names the region's before and after.
        assert_eq!(
            bridge.matches("<rect class=\"bar ").count(),
            5,
            "{region:?}"
        );
        assert!(bridge.contains("data-testid=\"description\">Figuren viser"));
        assert!(bridge.contains("viewBox=\"0 0 360 230\""));
        assert!(bridge.contains("role=\"img\" aria-labelledby=\"cap-waterfall\""));
        let rates = chart(&html, "rates");
        assert_eq!(rates.matches("data-region=").count(), 5);
        assert_eq!(rates.matches("aria-pressed=\"true\"").count(), 1);
        let timeline = chart(&html, "timeline");
        // One mark per measured NPR year (nine in the shipped export, 2017–2025).
        let years = last_measured_year(dataset()) - dataset().npr_first_year + 1;
        assert_eq!(timeline.matches("<circle").count(), usize::from(years));
        assert!(timeline.contains("<polyline"));
        let map = chart(&html, "map");
        assert_eq!(map.matches("<path d=\"M").count(), 4);
        assert_eq!(map.matches("role=\"button\" tabindex=\"0\"").count(), 4);
        assert_eq!(map.matches("class=\"swatch class-").count(), 5);
        assert!(map.contains("© Kartverket"));
        // Every chart names its sources with links into the source list.
        for name in ["waterfall", "rates", "timeline", "map"] {
            let c = chart(&html, name);
            let at = c
                .find("data-testid=\"chart-sources\"")
                .expect("sources line");
            assert!(c[at..].contains("class=\"ref\" href=\"#kilde-"), "{name}");
        }
        // Every chart has its table switch.
        for name in ["waterfall", "rates", "timeline", "map"] {
            assert!(html.contains(&format!("data-testid=\"switch-{name}\"")));
        }
        assert!(!html.contains("NaN"));
    }
    let html = render(RegionId::HelseVest).await;
    let map = chart(&html, "map");
    // Helse Vest's change rests on decided cuts no source confirms: marked, in words too.
    assert!(map.contains(&format!(
        "aria-label=\"Helse Vest: \u{2212}23,2{NBSP}% (Bygger på kutt som er vedtatt, men ikke bekreftet gjennomført.)\""
    )));
    assert!(map.contains(&format!("\u{2212}23,2{NBSP}%*")));
    assert!(map.contains("class=\"area pick on class-0\" data-region=\"helse-vest\""));
    let bridge = chart(&html, "waterfall");
    assert!(bridge.contains("Figuren viser Helse Vest fra 354 døgnplasser i 2022 til 272 i 2025"));
    // Hatched estimates and the FBV whisker.
    assert!(bridge.contains("class=\"bar est-loss\""));
    assert!(bridge.contains("class=\"whisker\""));
}

#[tokio::test]
async fn charts_follow_the_scenario() {
    let mut state = State {
        region: RegionId::HelseSorOst,
        ..State::default()
    };
    state = state.apply(
        dognplass::data::dataset(),
        Action::SelectScenario(Scenario::Stans),
    );
    let html = render_state(state).await;
    let bridge = chart(&html, "waterfall");
    // Stopping the cuts: no cut bar value, and after equals before.
    assert!(
        bridge.contains("Endringen er 0 plasser"),
        "{}",
        &bridge[..bridge.len().min(600)]
    );
}

#[tokio::test]
async fn the_embed_panel_is_on_the_full_page_only_and_loads_no_preview_while_closed() {
    let full = render(RegionId::HelseVest).await;
    assert!(full.contains("data-testid=\"embed-builder\""));
    assert!(!full.contains("data-testid=\"embed-preview\""));
    // Outside a browser the widget's address is unknown, and a relative code would be wrong on
    // any page but the root: the code fields are there, empty, until the live widget fills them
    // with absolute addresses (tests/embed.rs checks the code itself).
    let at = full
        .find("data-testid=\"embed-code-0\"")
        .expect("the plain iframe code");
    let code = &full[at..at + 400];
    assert!(!code.contains("<iframe"), "{code}");
    assert!(
        !full.contains("compact/?region=helse-vest"),
        "no relative embed code"
    );
    let (compact, errors) = dognplass::model::config::parse_query(
        dognplass::data::dataset(),
        "?view=compact&region=helse-vest",
    );
    assert!(errors.is_empty());
    let html = render_state(compact).await;
    assert!(!html.contains("embed-builder"));
    assert!(html.contains("data-testid=\"about-data\""));
    assert!(!html.contains("data-testid=\"assumptions\""));
    assert!(html.contains("data-testid=\"chart-waterfall\""));
    assert!(!html.contains("data-testid=\"chart-map\""));
}

#[tokio::test]
async fn downloads_on_the_full_page_none_in_an_embed_and_no_self_copy_in_a_copy() {
    let html = render(RegionId::HelseVest).await;
    for testid in [
        "downloads",
        "download-csv",
        "download-json",
        "download-offline",
    ] {
        assert!(
            html.contains(&format!("data-testid=\"{testid}\"")),
            "{testid}"
        );
    }
    // One SVG and one PNG button per chart, named for the chart, with the file's name.
    for name in ["waterfall", "rates", "timeline", "map"] {
        assert!(
            html.contains(&format!("data-testid=\"export-{name}-svg\"")),
            "{name}"
        );
        assert!(
            html.contains(&format!("data-testid=\"export-{name}-png\"")),
            "{name}"
        );
    }
    // File names carry the release's month; the footer its date (scripts/release.sh sets it).
    let release = dataset().release_date;
    assert!(html.contains(&format!(
        "data-file=\"dognplasser-helse-vest-kart-{}\"",
        &release[..7]
    )));
    assert!(html.contains("aria-label=\"PNG: "));
    let date = Lang::Nb.strings().iso_date(release);
    assert!(html.contains(&format!("Datautgave {date} (")), "{date}");

    let (compact, _) = dognplass::model::config::parse_query(
        dognplass::data::dataset(),
        "?view=compact&show=picker,bridge,map,table",
    );
    let html = render_state(compact).await;
    assert!(!html.contains("data-testid=\"downloads\""));
    assert!(!html.contains("data-export="));

    let props = AppProps {
        offline_copy: true,
        ..AppProps::default()
    };
    let html = LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await;
    assert!(html.contains("data-testid=\"download-csv\""));
    assert!(!html.contains("data-testid=\"download-offline\""));
    assert!(!html.contains("data-testid=\"embed-builder\""));
    assert!(html.contains("Nedlastet kopi for bruk uten nett"));
}

#[tokio::test]
async fn each_language_renders_its_lang_title_and_headings() {
    use dognplass::model::Lang;
    let data = dognplass::data::dataset();
    for (lang, steps, norway) in [
        (Lang::Nb, "Døgnplasser steg for steg", "Norge"),
        (Lang::Nn, "Døgnplassar steg for steg", "Noreg"),
        (Lang::En, "Inpatient places step by step", "Norway"),
    ] {
        let (state, errors) =
            dognplass::model::config::parse_query(data, &format!("?lang={}", lang.tag()));
        assert!(errors.is_empty());
        let html = render_state(state).await;
        let strings = lang.strings();
        assert!(
            html.contains(&format!("lang=\"{}\"", lang.tag())),
            "{lang:?}"
        );
        assert!(html.contains(&format!("<h1>{}</h1>", strings.title)));
        assert!(html.contains(&format!("<caption>{steps} ")), "{lang:?}");
        assert!(
            html.contains(&format!("data-testid=\"region-name\">{norway}</h2>")),
            "{lang:?}"
        );
        for heading in strings.charts().headings.in_order() {
            assert!(html.contains(heading), "{lang:?}: {heading}");
        }
        assert!(html.contains(strings.calc.panel_heading), "{lang:?}");
        // The language links, the current one marked.
        assert!(html.contains(&format!(
            "data-testid=\"lang-{}\" aria-current=\"true\"",
            lang.tag()
        )));
    }
}
