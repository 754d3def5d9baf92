//! The messages a framed widget sends its host page when its height changes, in the three
//! dialects hosts listen for. Pure text; `src/embed` posts them.

/// The messages a framed widget sends its host when its height changes: Pym.js's string
/// (`pymxPYMx<id>xPYMxheightxPYMx<px>`), for AMP (`embed-size`, as JSON text the UI turns into an
/// object) and our own. Each carries only the height and our id.
pub fn pym_message(id: &str, height: u32) -> String {
    format!("pymxPYMx{id}xPYMxheightxPYMx{height}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pym() {
        assert_eq!(pym_message("x1", 640), "pymxPYMxx1xPYMxheightxPYMx640");
    }
}
