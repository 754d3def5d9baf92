//! The messages a framed widget sends its host page when its height changes, in the three
//! dialects hosts listen for: Pym.js's string, AMP's `embed-size` and our own. Each carries only
//! the height and our id. Pure text; `src/embed/height.rs` posts them.

use crate::model::export::json::json_string;

/// Pym.js's message: `pymxPYMx<id>xPYMxheightxPYMx<px>`.
pub fn pym_message(id: &str, height: u32) -> String {
    format!("pymxPYMx{id}xPYMxheightxPYMx{height}")
}

/// AMP's `embed-size` request, as JSON text (the browser posts it as an object).
pub fn amp_message(height: u32) -> String {
    format!("{{\"sentinel\":\"amp\",\"type\":\"embed-size\",\"height\":{height}}}")
}

/// Our own message (`www/embed.js` listens for it), as JSON text.
pub fn own_message(id: &str, height: u32) -> String {
    format!(
        "{{\"type\":\"dognplass:height\",\"id\":{},\"height\":{height}}}",
        json_string(id)
    )
}

/// The message a host script sends when it starts after our first report.
pub const ASK_HEIGHT: &str = "dognplass:ask-height";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_three_dialects() {
        assert_eq!(pym_message("x1", 640), "pymxPYMxx1xPYMxheightxPYMx640");
        assert_eq!(
            amp_message(640),
            r#"{"sentinel":"amp","type":"embed-size","height":640}"#
        );
        assert_eq!(
            own_message("a\"1", 640),
            r#"{"type":"dognplass:height","id":"a\"1","height":640}"#
        );
    }
}
