//! Writes `build-manifest.json` and the build's own `latest.json` (model::release) into a
//! build's staging folder, the first post-build step (scripts/build/post-build.sh). The manifest
//! holds the data release, the names Trunk gave the JS glue, the wasm, the style sheet and the icon (found in the folder by prefix and suffix), and the exact
//! elements of index.html that refer to them. The later steps take names from it, and edit the
//! HTML only by these exact strings; none reads the seeds or searches the HTML by pattern.
//! `make-boot.mjs` adds the loader, `prerender` the pages it wrote, `make-single.mjs` the copy;
//! post-build.sh removes the file before the build is shipped. It lives in the staging folder,
//! not in target/, so it always describes this build and no other (a `trunk serve` rebuilding
//! beside a `trunk build` has a folder of its own). Usage: `build-manifest DIR`.

use std::path::Path;
use std::process::ExitCode;

use dognplass::data::dataset;
use dognplass::model::export::json::json_string;
use dognplass::model::release::Latest;

fn main() -> ExitCode {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: build-manifest DIR");
        return ExitCode::from(2);
    };
    // Trunk passes its public URL to hooks; the built page's addresses start with it.
    let public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into());
    let write = |name: &str, text: String| {
        let path = Path::new(&dir).join(name);
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))
    };
    // The build's own latest.json: served on its own, a build answers for itself that it is the
    // newest; a site's (scripts/deploy/publish.mjs) names its folder under r/ too.
    let data = dataset();
    let written = manifest(Path::new(&dir), &public_url)
        .and_then(|text| write("build-manifest.json", text))
        .and_then(|()| {
            write(
                "latest.json",
                Latest::json(data.release_id, data.release_date, false),
            )
        });
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("build-manifest: {e}");
            ExitCode::FAILURE
        }
    }
}

/// The manifest of the build in `dir`, as JSON.
fn manifest(dir: &Path, public_url: &str) -> Result<String, String> {
    let names: Vec<String> = std::fs::read_dir(dir)
        .and_then(|entries| {
            entries
                .map(|entry| entry.map(|e| e.file_name().to_string_lossy().into_owned()))
                .collect()
        })
        .map_err(|e| format!("{}: {e}", dir.display()))?;
    // Trunk names each file `<source stem>-<hash>.<ext>` (filehash in Trunk.toml): the glue and
    // the wasm after the binary (data-bin in index.html), the style sheet and the icon after
    // www/style.css and www/favicon.svg.
    let glue = hashed(&names, "dognplass-", ".js", "JS glue")?;
    let wasm = hashed(&names, "dognplass-", "_bg.wasm", "wasm")?;
    let style = hashed(&names, "style-", ".css", "style sheet")?;
    let icon = hashed(&names, "favicon-", ".svg", "icon")?;
    let index = dir.join("index.html");
    let html = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    // Each element is the one of its kind that names the file, whatever the order and quoting of
    // its attributes: Trunk's inline loader imports the glue; the preloads, the style sheet link,
    // the icon link and the web app manifest link name their files.
    let elements = [
        ("loader", element(&html, "script", glue)?),
        ("glue_preload", element(&html, "link", glue)?),
        ("wasm_preload", element(&html, "link", wasm)?),
        ("style", element(&html, "link", style)?),
        ("icon", element(&html, "link", icon)?),
        (
            "web_manifest",
            element(&html, "link", "manifest.webmanifest")?,
        ),
    ];
    let data = dataset();
    let files = [
        ("glue", glue),
        ("wasm", wasm),
        ("style", style),
        ("icon", icon),
    ];
    Ok(format!(
        "{{\n  \"public_url\": {},\n  \"release\": {{ \"id\": {}, \"date\": {} }},\n  \"files\": {},\n  \"html\": {}\n}}\n",
        json_string(public_url),
        json_string(data.release_id),
        json_string(data.release_date),
        object(&files),
        object(&elements),
    ))
}

/// The one file in `names` that is `prefix`, a hex hash and `suffix`.
fn hashed<'a>(
    names: &'a [String],
    prefix: &str,
    suffix: &str,
    what: &str,
) -> Result<&'a str, String> {
    let found: Vec<&str> = names
        .iter()
        .map(String::as_str)
        .filter(|name| {
            name.strip_prefix(prefix)
                .and_then(|rest| rest.strip_suffix(suffix))
                .is_some_and(|hash| !hash.is_empty() && hash.bytes().all(|b| b.is_ascii_hexdigit()))
        })
        .collect();
    match found[..] {
        [name] => Ok(name),
        _ => Err(format!(
            "expected one {what} ({prefix}<hash>{suffix}) in the build, found {}",
            found.len()
        )),
    }
}

/// The one `<tag …>` element of `html` (up to its `</tag>` for a script) that contains `marker`.
fn element<'a>(html: &'a str, tag: &str, marker: &str) -> Result<&'a str, String> {
    let open = format!("<{tag}");
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(at) = html[from..].find(&open).map(|i| from + i) {
        let after = at + open.len();
        from = after;
        // `<linker` is not a `<link`.
        if !html[after..].starts_with(|c: char| c.is_ascii_whitespace() || c == '>') {
            continue;
        }
        let end = if tag == "script" {
            html[after..]
                .find("</script>")
                .map(|i| after + i + "</script>".len())
        } else {
            tag_end(html, after)
        };
        let Some(end) = end else {
            return Err(format!("index.html: a <{tag}> element does not end"));
        };
        if html[at..end].contains(marker) {
            found.push(&html[at..end]);
        }
        from = end;
    }
    match found[..] {
        [one] => Ok(one),
        _ => Err(format!(
            "index.html: expected one <{tag}> naming {marker}, found {}",
            found.len()
        )),
    }
}

/// The index just after the `>` that closes the tag whose attributes start at `from`; a `>`
/// inside a quoted attribute value does not close it.
fn tag_end(html: &str, from: usize) -> Option<usize> {
    let mut quote = None;
    for (i, c) in html[from..].char_indices() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '>') => return Some(from + i + 1),
            _ => {}
        }
    }
    None
}

/// `pairs` as a JSON object, one key a line.
fn object(pairs: &[(&str, &str)]) -> String {
    let lines: Vec<String> = pairs
        .iter()
        .map(|(key, value)| format!("    {}: {}", json_string(key), json_string(value)))
        .collect();
    format!("{{\n{}\n  }}", lines.join(",\n"))
}
