//! Writes the static oEmbed files into a build output: one per region and language,
//! `oembed/<region>-<lang>.json`, each a `rich` response whose html is the compact iframe with
//! the host script. Trunk runs it after each build (Trunk.toml); the widget's public address
//! comes from `DOGNPLASS_BASE_URL` (default `http://127.0.0.1:8080/`, the serve command's).
//! Usage: `oembed DIR`.

use std::path::Path;
use std::process::ExitCode;

use dognplass::model::config::embed::Theme;
use dognplass::model::publish::{oembed_json, oembed_path, EmbedCode, DEFAULT_HEIGHT};
use dognplass::model::{Lang, RegionId};

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: oembed DIR");
        return ExitCode::from(2);
    };
    let mut base = std::env::var("DOGNPLASS_BASE_URL").unwrap_or_else(|_| {
        eprintln!(
            "oembed: DOGNPLASS_BASE_URL not set; the oEmbed files point at http://127.0.0.1:8080/"
        );
        "http://127.0.0.1:8080/".into()
    });
    if !base.ends_with('/') {
        base.push('/');
    }
    let out = Path::new(&dir).join("oembed");
    if let Err(e) = std::fs::create_dir_all(&out) {
        eprintln!("oembed: {}: {e}", out.display());
        return ExitCode::FAILURE;
    }
    for region in RegionId::ALL {
        for lang in Lang::ALL {
            let code = EmbedCode {
                base: &base,
                region,
                lang,
                theme: Theme::Auto,
                show: None,
                height: DEFAULT_HEIGHT,
            };
            let path = Path::new(&dir).join(oembed_path(region, lang));
            if let Err(e) = std::fs::write(&path, oembed_json(&code)) {
                eprintln!("oembed: {}: {e}", path.display());
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}
