//! A small escaping HTML writer for the widget's static parts (tables, legend, sources).
//!
//! Why: each `html!` element compiles to its own VDOM-building code, and the tables here have
//! hundreds of cells. Writing them as escaped text and handing Yew one raw node per component
//! cut the wasm by a third (measured in the commit that introduced this). Interactive parts
//! (the region picker) stay real Yew elements with listeners.

use yew::{AttrValue, Html};

/// HTML text under construction; every text and attribute value passes through [`escape`].
#[derive(Default)]
pub struct Markup {
    out: String,
}

/// Appends `text` with `& < > " '` escaped, safe in element content and quoted attributes.
pub fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

impl Markup {
    /// An empty document fragment.
    pub fn new() -> Markup {
        Markup::default()
    }

    /// `<tag a="v" …>`; attribute names are our own literals, values are escaped.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Markup {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            escape(&mut self.out, value);
            self.out.push('"');
        }
        self.out.push('>');
        self
    }

    /// `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Markup {
        self.out.push_str("</");
        self.out.push_str(tag);
        self.out.push('>');
        self
    }

    /// Escaped text.
    pub fn text(&mut self, text: &str) -> &mut Markup {
        escape(&mut self.out, text);
        self
    }

    /// An element with text content.
    pub fn el(&mut self, tag: &str, attrs: &[(&str, &str)], text: &str) -> &mut Markup {
        self.open(tag, attrs).text(text).close(tag)
    }

    /// An SVG element with numeric attributes, written straight into the text (one tenth of a
    /// unit is enough for any chart): `<rect class="bar" x="4.5" y="10">`. With `text`, the
    /// element gets that content and is closed; without, it is closed empty (`/>`).
    pub fn shape(
        &mut self,
        tag: &str,
        class: &str,
        numbers: &[(&str, f64)],
        text: Option<&str>,
    ) -> &mut Markup {
        self.out.push('<');
        self.out.push_str(tag);
        if !class.is_empty() {
            self.out.push_str(" class=\"");
            escape(&mut self.out, class);
            self.out.push('"');
        }
        for (name, value) in numbers {
            self.out.push(' ');
            self.out.push_str(name);
            self.out.push_str("=\"");
            self.out.push_str(&crate::model::i18n::numbers::plain(
                (value * 10.0).round() / 10.0,
            ));
            self.out.push('"');
        }
        match text {
            Some(t) => {
                self.out.push('>');
                escape(&mut self.out, t);
                self.close(tag)
            }
            None => {
                self.out.push_str("/>");
                self
            }
        }
    }

    /// The text written so far.
    pub fn as_str(&self) -> &str {
        &self.out
    }

    /// One raw node for Yew; the text is ours and escaped, so no script can enter through it.
    pub fn into_html(self) -> Html {
        Html::from_html_unchecked(AttrValue::from(self.out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes() {
        let mut m = Markup::new();
        m.open("a", &[("title", "\"x\" & <y>")])
            .text("1 < 2 & 'ok'")
            .close("a");
        assert_eq!(
            m.as_str(),
            "<a title=\"&quot;x&quot; &amp; &lt;y&gt;\">1 &lt; 2 &amp; &#39;ok&#39;</a>"
        );
    }

    #[test]
    fn keeps_unicode_as_is() {
        let mut m = Markup::new();
        m.el("td", &[], "\u{2212}1\u{a0}139 ≈ Sør-Øst");
        assert_eq!(m.as_str(), "<td>\u{2212}1\u{a0}139 ≈ Sør-Øst</td>");
    }
}
