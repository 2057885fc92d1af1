//! Small helpers for writing the provider's XML: escaping and elements with text.
//!
//! Everything written through them is well-formed whatever it holds: characters XML 1.0 does
//! not allow (controls other than tab, line feed and carriage return; U+FFFE, U+FFFF) become
//! U+FFFD before the markup characters are escaped. Request arguments are echoed through them.

use std::borrow::Cow;

use quick_xml::escape;

/// Appends `<name>text</name>` with the text escaped; nothing when the text is empty.
pub fn element(out: &mut String, name: &str, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    out.push('<');
    out.push_str(name);
    out.push('>');
    out.push_str(&escape(text));
    out.push_str("</");
    out.push_str(name);
    out.push('>');
}

/// Appends `<name lang="…">text</name>`-style elements with one attribute.
pub fn element_with(out: &mut String, name: &str, attribute: &str, value: &str, text: &str) {
    if text.trim().is_empty() {
        return;
    }
    out.push('<');
    out.push_str(name);
    out.push(' ');
    out.push_str(attribute);
    out.push_str("=\"");
    out.push_str(&escape(value));
    out.push_str("\">");
    out.push_str(&escape(text));
    out.push_str("</");
    out.push_str(name);
    out.push('>');
}

/// Escapes text for element content or attribute values.
pub fn text(value: &str) -> String {
    escape(value).into_owned()
}

/// `value` with the characters XML forbids replaced, escaped for content or attributes.
fn escape(value: &str) -> Cow<'_, str> {
    let forbidden = |c: char| {
        (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || matches!(c, '\u{FFFE}' | '\u{FFFF}')
    };
    if !value.contains(forbidden) {
        return escape::escape(value);
    }
    let allowed: String = value
        .chars()
        .map(|c| if forbidden(c) { '\u{FFFD}' } else { c })
        .collect();
    Cow::Owned(escape::escape(&allowed).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_characters_never_reach_the_output() {
        for c in (0u32..0x20).chain([0xFFFE, 0xFFFF, 0xD7FF, 0xE000, 0x10FFFF]) {
            let c = char::from_u32(c).unwrap();
            let value = format!("a{c}<&\"'b");
            let escaped = text(&value);
            let xml = format!("<r a=\"{escaped}\">{escaped}</r>");
            assert!(
                roxmltree::Document::parse(&xml).is_ok(),
                "U+{:04X}: {xml:?}",
                c as u32
            );
        }
        assert_eq!(text("plain"), "plain");
        assert_eq!(text("a\u{1}b"), "a\u{FFFD}b");
    }
}
