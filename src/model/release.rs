//! Pinned data releases (docs/data-release.md): where a page's release stands in the site, the
//! address embed code pins, and whether a newer release exists.
//!
//! A site keeps every release it has published under `r/<id>/` and a copy of the newest at its
//! root; `latest.json` at the root names the newest. A build also carries a `latest.json` of its
//! own, without `path`, so a build served on its own (no `r/`) answers for itself. The browser
//! edge fetches `latest.json` and hands the text here; nothing here touches the network.

/// The newest release, as a site's `latest.json` names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Latest {
    /// The release id, `2026-12-01-1a2b3c4d`.
    pub id: String,
    /// The release date, `2026-12-01`.
    pub date: String,
    /// Its folder under the widget's root (`r/2026-12-01-1a2b3c4d/`) when the site keeps its
    /// releases there; `None` for a build served on its own.
    pub path: Option<String>,
}

impl Latest {
    /// Reads `latest.json`:
    /// `{"release": "2026-12-01-1a2b3c4d", "date": "2026-12-01", "path": "r/2026-12-01-1a2b3c4d/"}`.
    /// Anything else (an HTML error page, a cut-off file, an id of another shape, a path that
    /// is not the id's folder) gives `None`, and the widget shows nothing.
    pub fn parse(text: &str) -> Option<Latest> {
        let id = string_field(text, "release")?;
        let date = string_field(text, "date")?;
        if !is_release_id(&id) || !id.starts_with(&format!("{date}-")) {
            return None;
        }
        let path = match string_field(text, "path") {
            Some(path) if path == folder_of(&id) => Some(path),
            Some(_) => return None,
            None if text.contains("\"path\"") => return None,
            None => None,
        };
        Some(Latest { id, date, path })
    }

    /// `latest.json` for a release: a build's own (`in_site` false) or a site's, which names
    /// the release's folder under `r/`.
    pub fn json(id: &str, date: &str, in_site: bool) -> String {
        let path = if in_site {
            format!(", \"path\": \"{}\"", folder_of(id))
        } else {
            String::new()
        };
        format!("{{\"release\": \"{id}\", \"date\": \"{date}\"{path}}}\n")
    }
}

/// The folder a release is published in, under the widget's root: `r/<id>/`.
pub fn folder_of(id: &str) -> String {
    format!("r/{id}/")
}

/// `2026-12-01-1a2b3c4d`: a date, a hyphen and eight lower-case hex digits.
pub fn is_release_id(id: &str) -> bool {
    let bytes = id.as_bytes();
    bytes.len() == 19
        && bytes.iter().enumerate().all(|(i, b)| match i {
            4 | 7 | 10 => *b == b'-',
            0..=9 => b.is_ascii_digit(),
            _ => b.is_ascii_digit() || (b'a'..=b'f').contains(b),
        })
}

/// The value of `"key": "…"` in a small flat JSON object written by [`Latest::json`] (no
/// escapes in ids, dates or paths, so none are read).
fn string_field(text: &str, key: &str) -> Option<String> {
    let after = &text[text.find(&format!("\"{key}\""))? + key.len() + 2..];
    let value = after.trim_start().strip_prefix(':')?.trim_start();
    let value = value.strip_prefix('"')?;
    let end = value.find('"')?;
    let value = &value[..end];
    (!value.contains('\\')).then(|| value.to_owned())
}

/// Where a page's release stands in the site it was loaded from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Site {
    /// The release's root: the folder its pages hang from (`https://host/g/r/<id>/`, or
    /// `https://host/g/` for the root copy or a build served on its own).
    pub release_root: String,
    /// The widget's root, where `latest.json` is: the release root less `r/<id>/`.
    pub widget_root: String,
    /// Whether the page was loaded from its release's own folder under `r/`.
    pub pinned: bool,
    /// This build's release id.
    pub own: String,
}

impl Site {
    /// The site of a page whose release root is `release_root` (absolute, ending in `/`), in
    /// the build of release `own`.
    pub fn locate(release_root: &str, own: &str) -> Site {
        let folder = folder_of(own);
        let (widget_root, pinned) = match release_root.strip_suffix(&folder) {
            Some(root) if root.ends_with('/') => (root.to_owned(), true),
            _ => (release_root.to_owned(), false),
        };
        Site {
            release_root: release_root.to_owned(),
            widget_root,
            pinned,
            own: own.to_owned(),
        }
    }

    /// Where the newest release is named.
    pub fn latest_url(&self) -> String {
        format!("{}latest.json", self.widget_root)
    }

    /// The root embed code and links name: this release's own folder when the page was loaded
    /// from it, or when `latest` shows the site keeps its releases under `r/`; otherwise the
    /// release root (a build served on its own, or `latest.json` not read).
    pub fn pinned_root(&self, latest: Option<&Latest>) -> String {
        if !self.pinned && latest.is_some_and(|l| l.path.is_some()) {
            format!("{}{}", self.widget_root, folder_of(&self.own))
        } else {
            self.release_root.clone()
        }
    }

    /// The newer release, if `latest` names one: another id, of the same date or later. `page`
    /// is the page's place under its release root with the state's query
    /// (`helse-vest/compact/?theme=dark`), so the link opens the same view in the newer release.
    pub fn newer(&self, own_date: &str, latest: &Latest, page: &str) -> Option<Newer> {
        if latest.id == self.own || latest.date.as_str() < own_date {
            return None;
        }
        let root = format!(
            "{}{}",
            self.widget_root,
            latest.path.as_deref().unwrap_or("")
        );
        Some(Newer {
            date: latest.date.clone(),
            href: format!("{root}{page}"),
        })
    }
}

/// A newer release than the one shown: its date, and the same view in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Newer {
    /// The newer release's date, `YYYY-MM-DD`.
    pub date: String,
    /// The same page and query in the newer release.
    pub href: String,
}

/// The date the footer reserves the newer-figures line's room with before `latest.json` has
/// been read: the 30th of September of the release's year, the longest date the line can show
/// in each language (`30. september 2026`), so the line, when it comes, fits the room.
pub fn reserve_date(own_date: &str) -> String {
    format!("{}-09-30", own_date.get(..4).unwrap_or("2026"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const OWN: &str = "2026-11-22-1a2b3c4d";

    #[test]
    fn reads_what_it_writes() {
        for in_site in [false, true] {
            let json = Latest::json("2026-12-01-00ff00ff", "2026-12-01", in_site);
            let latest = Latest::parse(&json).expect("parses");
            assert_eq!(latest.id, "2026-12-01-00ff00ff");
            assert_eq!(latest.date, "2026-12-01");
            assert_eq!(
                latest.path.as_deref(),
                in_site.then_some("r/2026-12-01-00ff00ff/")
            );
        }
    }

    #[test]
    fn refuses_what_is_not_latest_json() {
        for text in [
            "",
            "<!doctype html><title>Not found</title>",
            "{\"release\": \"2026-12-01-00ff00ff\"",
            "{\"release\": \"2026-12-01-00FF00FF\", \"date\": \"2026-12-01\"}",
            "{\"release\": \"2026-12-01-00ff00ff\", \"date\": \"2026-12-02\"}",
            "{\"release\": \"../../x\", \"date\": \"2026-12-01\"}",
            "{\"release\": \"2026-12-01-00ff00ff\", \"date\": \"2026-12-01\", \"path\": \"https://elsewhere/\"}",
            "{\"release\": \"2026-12-01-00ff00ff\", \"date\": \"2026-12-01\", \"path\": 3}",
        ] {
            assert_eq!(Latest::parse(text), None, "{text}");
        }
    }

    #[test]
    fn finds_the_widget_root() {
        let inside = Site::locate(&format!("https://a.no/g/r/{OWN}/"), OWN);
        assert!(inside.pinned);
        assert_eq!(inside.widget_root, "https://a.no/g/");
        assert_eq!(inside.latest_url(), "https://a.no/g/latest.json");
        let root = Site::locate("https://a.no/g/", OWN);
        assert!(!root.pinned);
        assert_eq!(root.latest_url(), "https://a.no/g/latest.json");
        // Another release's folder is not this one's.
        let other = Site::locate("https://a.no/g/r/2026-01-01-00000000/", OWN);
        assert!(!other.pinned);
        assert_eq!(
            other.latest_url(),
            "https://a.no/g/r/2026-01-01-00000000/latest.json"
        );
    }

    #[test]
    fn pins_embed_code_where_the_site_keeps_releases() {
        let site_json = Latest::json(OWN, "2026-11-22", true);
        let in_site = Latest::parse(&site_json);
        let alone = Latest::parse(&Latest::json(OWN, "2026-11-22", false));
        let root = Site::locate("https://a.no/g/", OWN);
        let pinned = format!("https://a.no/g/r/{OWN}/");
        assert_eq!(root.pinned_root(in_site.as_ref()), pinned);
        assert_eq!(root.pinned_root(alone.as_ref()), "https://a.no/g/");
        assert_eq!(root.pinned_root(None), "https://a.no/g/");
        let inside = Site::locate(&pinned, OWN);
        assert_eq!(inside.pinned_root(None), pinned);
    }

    #[test]
    fn a_newer_release_links_to_the_same_view() {
        let inside = Site::locate(&format!("https://a.no/g/r/{OWN}/"), OWN);
        let newer = Latest::parse(&Latest::json("2026-12-24-aaaaaaaa", "2026-12-24", true))
            .expect("parses");
        assert_eq!(
            inside.newer("2026-11-22", &newer, "helse-vest/compact/?theme=dark"),
            Some(Newer {
                date: "2026-12-24".to_owned(),
                href: "https://a.no/g/r/2026-12-24-aaaaaaaa/helse-vest/compact/?theme=dark"
                    .to_owned()
            })
        );
        // The same release, or an older one, is not newer.
        let same = Latest::parse(&Latest::json(OWN, "2026-11-22", true)).expect("parses");
        assert_eq!(inside.newer("2026-11-22", &same, ""), None);
        let older = Latest::parse(&Latest::json("2026-10-01-bbbbbbbb", "2026-10-01", true))
            .expect("parses");
        assert_eq!(inside.newer("2026-11-22", &older, ""), None);
        // A model change on the same day is a newer release.
        let same_day = Latest::parse(&Latest::json("2026-11-22-cccccccc", "2026-11-22", false))
            .expect("parses");
        assert_eq!(
            inside.newer("2026-11-22", &same_day, "").map(|n| n.href),
            Some("https://a.no/g/".to_owned())
        );
    }

    #[test]
    fn reserves_room_for_the_longest_date() {
        assert_eq!(reserve_date("2026-11-22"), "2026-09-30");
    }
}
