//! Tells a host page the widget's height when it runs in a frame, so the frame fits its content.
//! The messages' text is the model's (`model::host`); this posts them and answers a host script
//! that asks again.

use std::rc::Rc;

use crate::model::host;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

/// While framed, sends the host page our height whenever it changes, in three dialects:
/// Pym.js's string, AMP's `embed-size` and our own `{"type":"dognplass:height"}`. Each message
/// carries only the height and our id (checked by the address parser to be `[A-Za-z0-9_-]`).
/// Nothing is sent outside a frame. The observer lives as long as the returned guard.
pub fn report_height(id: Option<String>) -> Option<HeightGuard> {
    if !crate::ui::embedded() {
        return None;
    }
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    let body = window.document()?.body()?;
    let id = id.unwrap_or_default();
    let last = Rc::new(std::cell::Cell::new(0u32));
    let measured = body.clone();
    let to = parent.clone();
    let report = {
        let last = last.clone();
        Rc::new(move || {
            // The body's own box: the frame's viewport would never let the page shrink.
            let height = measured.get_bounding_client_rect().height().ceil() as u32;
            if height == 0 || height == last.replace(height) {
                return;
            }
            let pym = host::pym_message(&id, height);
            let (amp, own) = (host::amp_message(height), host::own_message(&id, height));
            let _ = to.post_message(&JsValue::from_str(&pym), "*");
            for json in [amp, own] {
                if let Ok(message) = js_sys::JSON::parse(&json) {
                    let _ = to.post_message(&message, "*");
                }
            }
        })
    };
    let send = {
        let report = report.clone();
        Closure::<dyn Fn()>::new(move || report())
    };
    // A host script that starts after our first report asks again ({"type":"dognplass:ask-height"}
    // from the parent window only).
    let asked = Closure::<dyn Fn(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let from_parent = e
            .source()
            .is_some_and(|s| JsValue::from(s).loose_eq(&JsValue::from(&parent)));
        let kind = js_sys::Reflect::get(&e.data(), &JsValue::from_str("type")).ok();
        if from_parent && kind.and_then(|k| k.as_string()).as_deref() == Some(host::ASK_HEIGHT) {
            last.set(0);
            report();
        }
    });
    let _ = window.add_event_listener_with_callback("message", asked.as_ref().unchecked_ref());
    let observer = web_sys::ResizeObserver::new(send.as_ref().unchecked_ref()).ok()?;
    observer.observe(&body);
    Some(HeightGuard {
        observer,
        _send: send,
        asked,
    })
}

/// Keeps the height observer; dropping it stops the messages.
pub struct HeightGuard {
    observer: web_sys::ResizeObserver,
    _send: Closure<dyn Fn()>,
    asked: Closure<dyn Fn(web_sys::MessageEvent)>,
}

impl Drop for HeightGuard {
    fn drop(&mut self) {
        self.observer.disconnect();
        if let Some(window) = web_sys::window() {
            let _ = window.remove_event_listener_with_callback(
                "message",
                self.asked.as_ref().unchecked_ref(),
            );
        }
    }
}
