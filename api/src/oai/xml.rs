//! Small helpers for writing the provider's XML: escaping and elements with text.

use quick_xml::escape::escape;

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
