//! The end of the widget: the legend and the sources (behind one switch in the compact view),
//! the downloads and the embed panel on the full page, and the footer with the data release.

use crate::data::dataset;
use crate::model::export::DataFile;
use crate::model::release::{reserve_date, Newer};
use crate::model::{Lang, RegionId};
use crate::ui::components::downloads::downloads;
use crate::ui::components::embed_builder::EmbedBuilder;
use crate::ui::components::legend::legend;
use crate::ui::components::sources::Sources;
use crate::ui::html::markup::Markup;
use crate::ui::props::SharedResults;
use yew::prelude::*;

/// What [`about`] shows.
pub struct About {
    /// The results the sources are listed for.
    pub results: SharedResults,
    /// The region shown.
    pub region: RegionId,
    /// The language.
    pub lang: Lang,
    /// The compact view.
    pub compact: bool,
    /// The single-file copy (see `AppProps::offline_copy`).
    pub offline_copy: bool,
    /// The widget's root address, for embed code: the shown release's own folder where the
    /// site keeps one (model::release).
    pub site_base: Option<AttrValue>,
    /// A newer data release than the one shown, and the same view in it.
    pub newer: Option<Newer>,
    /// A data download was asked for.
    pub on_download: Callback<DataFile>,
    /// The way from this page to the widget's root folder (`./`, `../../`).
    pub root: AttrValue,
}

/// Legend, sources, downloads, embed panel and footer. A function, not a component: it has no
/// state of its own, and a component's machinery cost wasm bytes for nothing.
pub fn about(props: About) -> Html {
    let (lang, region) = (props.lang, props.region);
    let strings = lang.strings();
    let data = dataset();
    let release_label = if props.offline_copy {
        strings.export().offline_copy
    } else {
        strings.release_label
    };
    // The full page's footer also says when the sources were checked; a compact embed says it
    // in its sources (one line less at a phone's width, P11).
    let mut release = format!(
        "{release_label} {} ({}).",
        strings.iso_date(data.release_date),
        data.release
    );
    if !props.compact {
        release.push_str(&format!(
            " {} {}.",
            strings.sources_checked,
            strings.iso_date(data.sources_checked)
        ));
    }
    html! {
        <>
            if props.compact {
                // In an article column the legend and sources wait behind one switch; a source
                // mark's link still opens them (browsers reveal a fragment inside <details>).
                <details class="about-data" data-testid="about-data">
                    <summary>{ strings.sources_toggle }</summary>
                    { legend(lang) }
                    <Sources results={props.results.clone()} {region} {lang} />
                </details>
            } else {
                { legend(lang) }
                <Sources results={props.results.clone()} {region} {lang} />
                { downloads(lang, props.offline_copy, &props.root, props.on_download.clone()) }
                if !props.offline_copy {
                    <EmbedBuilder {region} {lang} base={props.site_base.clone()} />
                }
            }
            { footer(&release, props.offline_copy, props.newer.as_ref(), props.compact, lang) }
        </>
    }
}

/// The footer: the data release, and after it, except in the single-file copy, the line
/// "Nyere tall finnes (datautgave …) – se oppdatert versjon". The line's room is taken from the
/// first paint, with the longest date it can show and hidden, so that when a newer release turns
/// up the line appears in place and the widget's height does not change (a host page around a
/// frame does not move). Written as markup: it has no events.
fn footer(
    release: &str,
    offline_copy: bool,
    newer: Option<&Newer>,
    compact: bool,
    lang: Lang,
) -> Html {
    let strings = lang.strings();
    let mut m = Markup::new();
    m.open("footer", &[("class", "dp-foot")])
        .open("p", &[("class", "dp-release")])
        .el("span", &[("data-testid", "release")], release);
    if !offline_copy {
        let line = strings.newer_release;
        let date = newer.map_or_else(|| reserve_date(dataset().release_date), |n| n.date.clone());
        let shown = if newer.is_some() { "true" } else { "false" };
        let mut link = Vec::new();
        if let Some(n) = newer {
            link.push(("href", n.href.as_str()));
            // In an article's frame the newer release opens beside the article.
            if compact {
                link.extend([("target", "_blank"), ("rel", "noopener")]);
            }
        }
        m.text(" ")
            .open(
                "span",
                &[
                    ("class", "dp-newer"),
                    ("data-testid", "newer"),
                    ("data-shown", shown),
                ],
            )
            .text(&line.before(strings, &date));
        // Until there is somewhere to go, the words hold the room as plain text: a link without
        // an address is a dead end for keyboards and crawlers.
        if link.is_empty() {
            m.el("span", &[], line.link);
        } else {
            m.el("a", &link, line.link);
        }
        m.close("span");
    }
    m.close("p").el("p", &[], strings.privacy).close("footer");
    m.into_html()
}
