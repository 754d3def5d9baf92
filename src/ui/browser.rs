//! The few browser services the UI uses: the address bar (history), the clipboard, and one
//! same-origin file read (the site's `latest.json`). Called only from effects and event
//! handlers, so server-side renders never reach them.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// The page's query, `?…` or empty.
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Whether the widget runs inside another page's frame. There, history entries would also move
/// the host page's back button, so the address is replaced rather than pushed.
///
/// Only the identity of `window.parent` is compared (a window that is not framed is its own
/// parent): the widget never reads a property of the host's windows, and never touches `top`
/// (the e2e suite checks both).
pub(crate) fn embedded() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    match window.parent() {
        Ok(Some(parent)) => !JsValue::from(parent).loose_eq(&JsValue::from(window)),
        _ => true,
    }
}

/// Writes `query` into the address: a new history entry when `push`, else in place.
pub fn write_query(query: &str, push: bool) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if current_query() == query {
        return;
    }
    let path = window.location().pathname().unwrap_or_default();
    let hash = window.location().hash().unwrap_or_default();
    let url = format!("{path}{query}{hash}");
    if let Ok(history) = window.history() {
        // A refused history call (sandboxed frames) leaves the address as it was; the widget's
        // state is unaffected.
        let _ = if push && !embedded() {
            history.push_state_with_url(&JsValue::NULL, "", Some(&url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(&url))
        };
    }
}

/// Calls `on_change` with the new query whenever back or forward changes the address. The
/// listener lives as long as the returned guard.
pub fn listen_popstate(on_change: impl Fn(String) + 'static) -> PopstateGuard {
    let closure = Closure::<dyn Fn()>::new(move || on_change(current_query()));
    if let Some(window) = web_sys::window() {
        let _ =
            window.add_event_listener_with_callback("popstate", closure.as_ref().unchecked_ref());
    }
    PopstateGuard(closure)
}

/// Keeps the popstate listener; dropping it removes the listener.
pub struct PopstateGuard(Closure<dyn Fn()>);

impl Drop for PopstateGuard {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            let _ = window
                .remove_event_listener_with_callback("popstate", self.0.as_ref().unchecked_ref());
        }
    }
}

/// Copies `text` to the clipboard and calls `done` with whether it worked.
pub fn copy_text(text: &str, done: impl Fn(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        done(false);
        return;
    };
    let promise = window.navigator().clipboard().write_text(text);
    let done = Rc::new(done);
    let failed = done.clone();
    settle(
        &promise,
        Box::new(move |_| done(true)),
        Box::new(move || failed(false)),
    );
}

/// Reads the text of a same-origin file at `url` and calls `done` with it, or with `None`
/// offline, on an error status or on a failed request. Network first (`no-cache`: the
/// server is asked every time), with no cookie and no referrer: the request says nothing about
/// the reader. Used for the site's `latest.json` (model::release), the one data request.
pub fn fetch_text(url: &str, done: impl FnOnce(Option<String>) + 'static) {
    let Some(window) = web_sys::window() else {
        return done(None);
    };
    // Offline the answer is known, and a failed request would only add a line to the console.
    if !window.navigator().on_line() {
        return done(None);
    }
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoCache);
    // No cookie of the host's domain goes with it; the page's `no-referrer` policy keeps the
    // address out of it.
    init.set_credentials(web_sys::RequestCredentials::Omit);
    let promise = window.fetch_with_str_and_init(url, &init);
    let done = Rc::new(RefCell::new(Some(done)));
    let finish = move |text: Option<String>| {
        if let Some(done) = done.borrow_mut().take() {
            done(text);
        }
    };
    let failed = finish.clone();
    settle(
        &promise,
        Box::new(move |value| {
            let response: web_sys::Response = value.unchecked_into();
            match response.text() {
                Ok(text) if response.ok() => {
                    let failed = finish.clone();
                    settle(
                        &text,
                        Box::new(move |t| finish(t.as_string())),
                        Box::new(move || failed(None)),
                    );
                }
                _ => finish(None),
            }
        }),
        Box::new(move || failed(None)),
    );
}

/// Calls `ok` with the value `promise` fulfils with, or `failed` when it rejects. Boxed, so that
/// one copy of the machinery serves every caller.
fn settle(promise: &js_sys::Promise, ok: Box<dyn FnOnce(JsValue)>, failed: Box<dyn FnOnce()>) {
    let ok = Closure::once(move |value: JsValue| ok(value));
    let failed = Closure::once(move |_: JsValue| failed());
    let _ = promise.then2(&ok, &failed);
    // The promise settles later; the closures must outlive this call. Each runs at most once,
    // and the pair is freed with the page.
    KEEP.with(|keep| keep.borrow_mut().push((ok, failed)));
}

type Pair = (Closure<dyn FnMut(JsValue)>, Closure<dyn FnMut(JsValue)>);

thread_local! {
    static KEEP: RefCell<Vec<Pair>> = const { RefCell::new(Vec::new()) };
}

/// The page's address without query or fragment (`https://host/path/`), the base of embed
/// code; empty outside a browser (server-side renders call this while rendering).
pub fn page_base() -> String {
    if !cfg!(target_arch = "wasm32") {
        return String::new();
    }
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            let path = l.pathname().ok()?;
            // The folder of the page: `/a/index.html` gives `/a/`.
            let folder = path.get(..=path.rfind('/')?)?;
            Some(format!("{}{folder}", l.origin().ok()?))
        })
        .unwrap_or_default()
}

/// Offers `text` as a file download named `name` (a Blob and a temporary link; nothing leaves
/// the browser). A refused download (a sandboxed frame) changes nothing.
pub fn download(name: &str, mime: &str, text: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(link) = document.create_element("a") {
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", name);
        link.unchecked_into::<web_sys::HtmlElement>().click();
    }
    // The browser has taken the file once the click's task is over; free the Blob after that.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(window) = web_sys::window() {
        let _ = window
            .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
}

/// Sets the document's `lang` attribute and title (the widget's own page only).
pub fn set_document_lang(tag: &str, title: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", tag);
    }
    document.set_title(title);
}

/// A callback run once after `ms` milliseconds, unless the returned handle is dropped first.
pub fn after(ms: i32, run: impl FnOnce() + 'static) -> Option<Timeout> {
    let window = web_sys::window()?;
    let closure = Closure::once(run);
    let id = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(closure.as_ref().unchecked_ref(), ms)
        .ok()?;
    Some(Timeout {
        id,
        _closure: closure,
    })
}

/// A pending [`after`]; dropping it cancels the call.
pub struct Timeout {
    id: i32,
    _closure: Closure<dyn FnMut()>,
}

impl Drop for Timeout {
    fn drop(&mut self) {
        if let Some(window) = web_sys::window() {
            window.clear_timeout_with_handle(self.id);
        }
    }
}

/// Sets the widget's `--brand-*` colours from a checked accent: per theme the colour and the
/// text on it, or nothing where it would not read (the style sheet's accent holds there).
pub fn set_accent(
    root: &web_sys::HtmlElement,
    accent: Option<crate::model::config::contrast::Accent>,
) {
    let style = root.style();
    let themes = accent.map_or([None, None], |a| [a.light, a.dark]);
    for (theme, colours) in ["light", "dark"].iter().zip(themes) {
        let (colour, ink) = (format!("--brand-{theme}"), format!("--brand-ink-{theme}"));
        match colours {
            Some((c, i)) => {
                let _ = style.set_property(&colour, &c.hex());
                let _ = style.set_property(&ink, &i.hex());
            }
            None => {
                let _ = style.remove_property(&colour);
                let _ = style.remove_property(&ink);
            }
        }
    }
}

/// A performance mark named `name` (read by the benchmark; no effect otherwise).
pub fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
