//! The end of the widget: the legend and the sources (behind one switch in the compact view),
//! the downloads and the embed panel on the full page, and the footer with the data release.

use crate::data::dataset;
use crate::model::export::DataFile;
use crate::model::{Lang, RegionId};
use crate::ui::components::downloads::downloads;
use crate::ui::components::embed_builder::EmbedBuilder;
use crate::ui::components::legend::legend;
use crate::ui::components::sources::Sources;
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
    /// The widget's root address, for embed code.
    pub site_base: Option<AttrValue>,
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
            <footer class="dp-foot">
                <p>
                    <span data-testid="release">{ format!(
                        "{release_label} {} ({}).",
                        strings.iso_date(data.release_date),
                        data.release
                    ) }</span>
                    { " " }{ strings.privacy }
                </p>
            </footer>
        </>
    }
}
