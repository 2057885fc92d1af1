//! Text helpers shared by the crosswalks: HTML stripping and entity decoding, DOI and URL
//! recognition, and vCard name extraction.
//!
//! Everything here works on hostile input: no function panics, and the common case (plain text
//! with nothing to do) returns the input borrowed, without allocating.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use oerdex_index::model::agent::{Agent, AgentKind};

/// At most this many strip-and-decode passes are made over a text, so that HTML escaped twice
/// (`&amp;lt;p&amp;gt;`, as Zenodo writes it) is still cleaned, without looping forever.
const MAX_HTML_PASSES: usize = 3;

/// Removes HTML markup from `input`: tags are dropped (block-level tags become a space), the
/// content of `<script>` and `<style>` is dropped, and character entities are decoded. Escaped
/// HTML (`&lt;p&gt;Text&lt;/p&gt;`) is decoded and then stripped as well.
///
/// White space is not collapsed here; [`RecordMetadata::set_once`] does that when the value is
/// stored.
///
/// [`RecordMetadata::set_once`]: oerdex_index::model::RecordMetadata::set_once
pub fn strip_html(input: &str) -> Cow<'_, str> {
    if !input.contains(['<', '&']) {
        return Cow::Borrowed(input);
    }
    let mut text = strip_pass(input);
    let mut passes = 1;
    while passes < MAX_HTML_PASSES && needs_another_pass(&text) {
        text = strip_pass(&text);
        passes += 1;
    }
    Cow::Owned(text)
}

/// One pass: strip the tags, then decode the entities.
fn strip_pass(input: &str) -> String {
    let stripped = strip_tags(input);
    match decode_entities(&stripped) {
        Cow::Borrowed(_) => stripped.into_owned(),
        Cow::Owned(decoded) => decoded,
    }
}

/// True when `text` still holds a tag or an entity (it was escaped once more than it looked).
fn needs_another_pass(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'<' => text.get(i + 1..).and_then(tag_end).is_some(),
        b'&' => text.get(i + 1..).and_then(entity_at).is_some(),
        _ => false,
    })
}

/// Removes the tags (and comments, scripts, styles) from `input`; a `<` that does not open a tag
/// (`a < b`) is kept.
fn strip_tags(input: &str) -> Cow<'_, str> {
    if !input.contains('<') {
        return Cow::Borrowed(input);
    }
    let mut out = String::with_capacity(input.len());
    let mut copied = 0;
    let mut pos = 0;
    while let Some(offset) = input.get(pos..).and_then(|rest| rest.find('<')) {
        let start = pos + offset;
        let Some((len, tag)) = input.get(start + 1..).and_then(tag_end) else {
            pos = start + 1;
            continue;
        };
        out.push_str(input.get(copied..start).unwrap_or(""));
        if tag.separates {
            out.push(' ');
        }
        pos = start + 1 + len;
        if tag.hides_content {
            pos += closing_tag_offset(input.get(pos..).unwrap_or(""), tag.name);
        }
        copied = pos;
    }
    out.push_str(input.get(copied..).unwrap_or(""));
    Cow::Owned(out)
}

/// What a tag means for the text around it.
struct Tag<'a> {
    /// The tag name (`p`, `br`...), empty for comments and declarations.
    name: &'a str,
    /// True when the tag separates words (block-level tags, `<br>`).
    separates: bool,
    /// True for `<script>` and `<style>`, whose content is not text.
    hides_content: bool,
}

/// Inline tags: removing them must not insert a space (`<b>w</b>ord`).
const INLINE_TAGS: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "em", "font", "i", "kbd", "mark", "q", "s",
    "samp", "small", "span", "strike", "strong", "sub", "sup", "tt", "u", "var",
];

/// Given the text after a `<`, returns the length of the tag up to and including its `>`, or
/// `None` when the `<` does not open a tag.
fn tag_end(after: &str) -> Option<(usize, Tag<'_>)> {
    if let Some(comment) = after.strip_prefix("!--") {
        let len = comment.find("-->").map_or(after.len(), |end| 3 + end + 3);
        return Some((
            len,
            Tag {
                name: "",
                separates: true,
                hides_content: false,
            },
        ));
    }
    let bytes = after.as_bytes();
    let name_start = usize::from(matches!(bytes.first(), Some(b'/')));
    let first = *bytes.get(name_start)?;
    if !(first.is_ascii_alphabetic() || (name_start == 0 && matches!(first, b'!' | b'?'))) {
        return None;
    }
    let len = after.find('>')? + 1;
    let name_len = after
        .get(name_start..)?
        .bytes()
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    let name = after.get(name_start..name_start + name_len).unwrap_or("");
    let closing = name_start == 1;
    let self_closing = after.get(..len).is_some_and(|t| t.ends_with("/>"));
    let hides_content = !closing
        && !self_closing
        && (name.eq_ignore_ascii_case("script") || name.eq_ignore_ascii_case("style"));
    let separates = !INLINE_TAGS.iter().any(|t| t.eq_ignore_ascii_case(name));
    Some((
        len,
        Tag {
            name,
            separates,
            hides_content,
        },
    ))
}

/// The offset just past the `</name ...>` that closes a script or style in `rest`, or the end of
/// `rest` when it is never closed.
fn closing_tag_offset(rest: &str, name: &str) -> usize {
    let bytes = rest.as_bytes();
    let mut from = 0;
    while let Some(offset) = rest.get(from..).and_then(|r| r.find("</")) {
        let start = from + offset;
        let name_end = start + 2 + name.len();
        let matches = bytes
            .get(start + 2..name_end)
            .is_some_and(|n| n.eq_ignore_ascii_case(name.as_bytes()));
        if matches {
            return rest
                .get(name_end..)
                .and_then(|r| r.find('>'))
                .map_or(rest.len(), |gt| name_end + gt + 1);
        }
        from = start + 2;
    }
    rest.len()
}

/// Decodes HTML character references: named ones (all of HTML5's), decimal and hexadecimal.
/// Unknown or malformed references are kept as written.
pub fn decode_entities(input: &str) -> Cow<'_, str> {
    if !input.contains('&') {
        return Cow::Borrowed(input);
    }
    let mut out = String::with_capacity(input.len());
    let mut copied = 0;
    let mut pos = 0;
    while let Some(offset) = input.get(pos..).and_then(|rest| rest.find('&')) {
        let amp = pos + offset;
        pos = amp + 1;
        let Some((len, mut decoded)) = input.get(amp + 1..).and_then(entity_at) else {
            continue;
        };
        out.push_str(input.get(copied..amp).unwrap_or(""));
        out.push_str(decoded.as_str());
        pos = amp + 1 + len;
        copied = pos;
    }
    out.push_str(input.get(copied..).unwrap_or(""));
    Cow::Owned(out)
}

/// A decoded character reference.
enum Decoded {
    /// A numeric reference.
    Char(char, [u8; 4]),
    /// A named reference.
    Str(&'static str),
}

impl Decoded {
    fn from_char(c: char) -> Self {
        Decoded::Char(c, [0; 4])
    }

    fn as_str(&mut self) -> &str {
        match self {
            Decoded::Char(c, buf) => c.encode_utf8(buf),
            Decoded::Str(s) => s,
        }
    }
}

/// Longest entity name we look for (HTML5's longest, `&CounterClockwiseContourIntegral;`, is 31).
const MAX_ENTITY_LEN: usize = 32;

/// Given the text after a `&`, returns the length of the reference including its `;` and what it
/// decodes to, or `None` when it is not a reference we know.
fn entity_at(after: &str) -> Option<(usize, Decoded)> {
    let semi = after
        .bytes()
        .take(MAX_ENTITY_LEN + 2)
        .position(|b| b == b';')?;
    let name = after.get(..semi)?;
    let decoded = if let Some(number) = name.strip_prefix('#') {
        Decoded::from_char(numeric_reference(number)?)
    } else {
        Decoded::Str(named_entity(name)?)
    };
    Some((semi + 1, decoded))
}

/// Decodes the number of `&#123;` or `&#x1F;` (without `&#` and `;`).
fn numeric_reference(number: &str) -> Option<char> {
    let code = match number.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => number.parse::<u32>().ok()?,
    };
    char::from_u32(code).filter(|&c| c != '\0')
}

/// The characters a named reference stands for: every HTML5 named character reference (the
/// `entities` crate's table), except invisible formatting characters, which are dropped.
fn named_entity(name: &str) -> Option<&'static str> {
    if matches!(name, "shy" | "zwnj" | "zwj" | "lrm" | "rlm") {
        return Some("");
    }
    static TABLE: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        entities::ENTITIES
            .iter()
            .filter_map(|e| {
                let name = e.entity.strip_prefix('&')?.strip_suffix(';')?;
                Some((name, e.characters))
            })
            .collect()
    });
    table.get(name).copied()
}

/// Prefixes that introduce a DOI, checked case-insensitively.
const DOI_PREFIXES: &[&str] = &[
    "https://doi.org/",
    "http://doi.org/",
    "https://dx.doi.org/",
    "http://dx.doi.org/",
    "https://www.doi.org/",
    "http://www.doi.org/",
    "doi.org/",
    "dx.doi.org/",
    "info:doi/",
    "doi:",
];

/// Returns the bare DOI (`10.1234/abc`) that `value` gives, in any of the forms `doi:10.x/y`,
/// `https://doi.org/10.x/y`, `http://dx.doi.org/10.x/y`, `info:doi/10.x/y` or bare `10.x/y`.
pub fn parse_doi(value: &str) -> Option<&str> {
    let value = value.trim();
    let rest = DOI_PREFIXES
        .iter()
        .find_map(|prefix| strip_prefix_ci(value, prefix))
        .map_or(value, str::trim_start);
    is_bare_doi(rest).then_some(rest)
}

/// True for `10.<digits[.digits]>/<suffix>` with a non-empty suffix and no white space.
fn is_bare_doi(value: &str) -> bool {
    let Some(rest) = value.strip_prefix("10.") else {
        return false;
    };
    let Some((registrant, suffix)) = rest.split_once('/') else {
        return false;
    };
    let registrant_ok = registrant.starts_with(|c: char| c.is_ascii_digit())
        && registrant.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    registrant_ok && !suffix.is_empty() && !suffix.contains(char::is_whitespace)
}

/// Returns the bare handle (`10900.3/OER_ZZxWvFJV`) that `value` gives as `hdl:…`,
/// `info:hdl/…`, or bare with a dotted numeric prefix; DOIs (prefix `10.`) are not handles here.
pub fn parse_handle(value: &str) -> Option<&str> {
    let value = value.trim();
    let (rest, explicit) =
        match strip_prefix_ci(value, "hdl:").or_else(|| strip_prefix_ci(value, "info:hdl/")) {
            Some(rest) => (rest.trim_start(), true),
            None => (value, false),
        };
    let (prefix, suffix) = rest.split_once('/')?;
    let numeric = |p: &str| {
        !p.is_empty()
            && p.starts_with(|c: char| c.is_ascii_digit())
            && p.bytes().all(|b| b.is_ascii_digit() || b == b'.')
    };
    let plausible = numeric(prefix)
        && !suffix.is_empty()
        && !suffix.contains(char::is_whitespace)
        && parse_doi(rest).is_none()
        && (explicit || (prefix.contains('.') && suffix.chars().any(|c| c.is_alphabetic())));
    plausible.then_some(rest)
}

/// True when `value` (already trimmed) is an absolute http or https URL without white space.
pub fn is_http_url(value: &str) -> bool {
    let rest = strip_prefix_ci(value, "https://").or_else(|| strip_prefix_ci(value, "http://"));
    rest.is_some_and(|rest| !rest.is_empty() && !rest.contains(char::is_whitespace))
}

/// `value` without `prefix`, compared ASCII-case-insensitively.
pub(crate) fn strip_prefix_ci<'a>(value: &'a str, prefix: &str) -> Option<&'a str> {
    let head = value.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| value.get(prefix.len()..))
        .flatten()
}

/// True when `haystack` contains `needle` (ASCII), ignoring ASCII case.
pub(crate) fn contains_ci(haystack: &str, needle: &str) -> bool {
    let needle = needle.as_bytes();
    !needle.is_empty()
        && haystack
            .as_bytes()
            .windows(needle.len())
            .any(|window| window.eq_ignore_ascii_case(needle))
}

/// The name a LOM `entity` gives: the vCard's `FN` (else its `N`, else its `ORG`) when the text is
/// a vCard, else the text itself. `None` when there is no name.
pub fn entity_name(text: &str) -> Option<Cow<'_, str>> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    if contains_ci(text, "BEGIN:VCARD") {
        vcard_name(text)
    } else {
        Some(Cow::Borrowed(text))
    }
}

/// The person or organisation a LOM `entity` names (see [`entity_name`]). A vCard says which it
/// is by its `KIND` (vCard 4), else by an `ORG` without a personal name (`N` with a given name);
/// a plain name, or a vCard that says neither, is guessed from the name
/// ([`AgentKind::guess`]).
pub fn entity_agent(text: &str) -> Option<Agent> {
    let name = entity_name(text)?;
    let text = text.trim();
    if !contains_ci(text, "BEGIN:VCARD") {
        return Some(Agent::named(&name));
    }
    let kind = vcard_property(text, "KIND").map(|k| k.trim().to_ascii_lowercase());
    let kind = match kind.as_deref() {
        Some("org" | "organization" | "organisation" | "group") => AgentKind::Organization,
        Some("individual") => AgentKind::Person,
        _ => {
            let has_given_name = vcard_property(text, "N")
                .and_then(|n| n.split(';').nth(1))
                .is_some_and(|given| !given.trim().is_empty());
            let has_org = vcard_property(text, "ORG").is_some_and(|o| !o.trim().is_empty());
            if has_given_name {
                AgentKind::Person
            } else if has_org {
                AgentKind::Organization
            } else {
                AgentKind::guess(&name)
            }
        }
    };
    Some(Agent::of_kind(&name, kind))
}

/// The formatted name of a vCard: `FN`, else the structured `N` (`Family;Given` → `Given
/// Family`), else the first component of `ORG`. Handles vCards folded onto one line (`BEGIN:VCARD
/// VERSION:3.0 FN:Name END:VCARD`, as found inside CDATA).
pub fn vcard_name(vcard: &str) -> Option<Cow<'_, str>> {
    if let Some(fn_value) = vcard_property(vcard, "FN").filter(|v| !v.trim().is_empty()) {
        return Some(unescape_vcard(fn_value.trim()));
    }
    if let Some(name) = vcard_property(vcard, "N").and_then(structured_name) {
        return Some(Cow::Owned(name));
    }
    let org = vcard_property(vcard, "ORG")?;
    let first = org.split(';').map(str::trim).find(|s| !s.is_empty())?;
    Some(unescape_vcard(first))
}

/// The value of the first `name` property (`NAME:value` or `NAME;PARAM=x:value`) in `vcard`.
fn vcard_property<'a>(vcard: &'a str, name: &str) -> Option<&'a str> {
    let bytes = vcard.as_bytes();
    let mut from = 0;
    while let Some(offset) = find_ci(vcard.get(from..)?, name) {
        let start = from + offset;
        from = start + 1;
        let at_line_start = start == 0 || bytes.get(start - 1).is_some_and(u8::is_ascii_whitespace);
        let after = start + name.len();
        if !at_line_start || !matches!(bytes.get(after), Some(b':' | b';')) {
            continue;
        }
        let line = vcard.get(after..)?;
        let colon = line.find(':')?;
        let value = line.get(colon + 1..)?;
        return Some(value.get(..property_value_end(value)).unwrap_or(value));
    }
    None
}

/// The position of the first `needle` (ASCII) in `haystack`, ignoring ASCII case.
fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    let needle = needle.as_bytes();
    if needle.is_empty() {
        return None;
    }
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|window| window.eq_ignore_ascii_case(needle))
}

/// Where a property value ends: at a line break, or, in a vCard folded onto one line, where the
/// next property (white space, then an upper-case name and `:` or `;`) starts.
fn property_value_end(value: &str) -> usize {
    let bytes = value.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'\n' || b == b'\r' {
            return i;
        }
        if b.is_ascii_whitespace() && starts_property(bytes.get(i + 1..).unwrap_or(&[])) {
            return i;
        }
    }
    value.len()
}

/// True when `bytes` starts with an upper-case vCard property name followed by `:` or `;`.
fn starts_property(bytes: &[u8]) -> bool {
    let len = bytes
        .iter()
        .take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || **b == b'-')
        .count();
    len > 0
        && bytes.first().is_some_and(u8::is_ascii_uppercase)
        && matches!(bytes.get(len), Some(b':' | b';'))
}

/// `Family;Given;Additional;Prefix;Suffix` → `Given Additional Family` (prefixes and suffixes
/// dropped); `None` when every part is empty.
fn structured_name(value: &str) -> Option<String> {
    let mut parts = value.split(';').map(str::trim);
    let family = parts.next().unwrap_or("");
    let given = parts.next().unwrap_or("");
    let additional = parts.next().unwrap_or("");
    let name = [given, additional, family]
        .iter()
        .filter(|p| !p.is_empty())
        .map(|p| unescape_vcard(p))
        .collect::<Vec<_>>()
        .join(" ");
    (!name.is_empty()).then_some(name)
}

/// Undoes vCard escaping (`\,` `\;` `\\` `\n`).
fn unescape_vcard(value: &str) -> Cow<'_, str> {
    if !value.contains('\\') {
        return Cow::Borrowed(value);
    }
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n' | 'N') => out.push(' '),
            Some(other) => out.push(other),
            None => {}
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed() {
        assert!(matches!(
            strip_html("Plain text"),
            Cow::Borrowed("Plain text")
        ));
        assert!(matches!(decode_entities("no refs"), Cow::Borrowed(_)));
    }

    #[test]
    fn strips_tags_and_decodes_entities() {
        let html = "<p>Caf&eacute; &amp; <b>bold</b>ness</p><p>Second&nbsp;para &#8211; &#x41;</p>";
        assert_eq!(
            strip_html(html)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            "Café & boldness Second para \u{2013} A"
        );
    }

    #[test]
    fn strips_escaped_and_double_escaped_html() {
        assert_eq!(
            strip_html("&lt;p&gt;Hello &lt;i&gt;world&lt;/i&gt;&lt;/p&gt;").trim(),
            "Hello world"
        );
        let zenodo = "&amp;lt;h2&amp;gt;RDMO&amp;lt;/h2&amp;gt;&amp;lt;p&amp;gt;Use a &amp;quot;+&amp;quot; sign&amp;lt;/p&amp;gt;";
        let once = decode_entities(zenodo);
        assert_eq!(
            strip_html(&once)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            "RDMO Use a \"+\" sign"
        );
    }

    #[test]
    fn decodes_every_html5_named_reference() {
        assert_eq!(
            strip_html("&gamma;-rays &rarr; &Gamma; &hellip; &eacute;t&eacute; &frac12;"),
            "γ-rays → Γ … été ½"
        );
        assert_eq!(strip_html("a&shy;b"), "ab");
        assert_eq!(strip_html("&nbsp;").trim(), "");
    }

    #[test]
    fn keeps_lone_angle_brackets_and_unknown_entities() {
        assert_eq!(strip_html("a < b and c > d"), "a < b and c > d");
        assert_eq!(strip_html("x <3 y"), "x <3 y");
        assert_eq!(
            strip_html("AT&T &bogus; &#xZZ; & done"),
            "AT&T &bogus; &#xZZ; & done"
        );
        assert_eq!(strip_html("unclosed <b"), "unclosed <b");
        assert_eq!(strip_html("&#0; &#1114112;"), "&#0; &#1114112;");
    }

    #[test]
    fn drops_scripts_styles_and_comments() {
        let html = "A<script type=\"x\">alert('<b>')</script>B<style>p{}</STYLE>C<!-- note -->D";
        assert_eq!(
            strip_html(html).split_whitespace().collect::<String>(),
            "ABCD"
        );
        assert_eq!(strip_html("x<script>never closed").trim(), "x");
        assert_eq!(strip_html("x<!-- never closed").trim(), "x");
    }

    #[test]
    fn survives_multibyte_and_truncated_input() {
        for input in [
            "<", "&", "&#", "&#x", "<é>", "é<", "&é;", "<!--", "</", "<a", "&amp", "ü&lt;ü",
        ] {
            let _ = strip_html(input);
        }
        assert_eq!(strip_html("über <i>Straße</i>"), "über Straße");
    }

    #[test]
    fn parses_doi_forms() {
        assert_eq!(
            parse_doi("10.1137/S0036144500378302"),
            Some("10.1137/S0036144500378302")
        );
        assert_eq!(parse_doi("doi:10.5281/zenodo.1"), Some("10.5281/zenodo.1"));
        assert_eq!(parse_doi("DOI: 10.5281/zenodo.1"), Some("10.5281/zenodo.1"));
        assert_eq!(
            parse_doi("https://doi.org/10.5281/zenodo.10357859"),
            Some("10.5281/zenodo.10357859")
        );
        assert_eq!(
            parse_doi("http://dx.doi.org/10.1155/2011/214174"),
            Some("10.1155/2011/214174")
        );
        assert_eq!(parse_doi("info:doi/10.1000/182"), Some("10.1000/182"));
        assert_eq!(parse_doi("  10.1000.10/abc  "), Some("10.1000.10/abc"));
    }

    #[test]
    fn rejects_non_dois() {
        assert_eq!(parse_doi("10900.3/OER_ZZxWvFJV"), None);
        assert_eq!(parse_doi("10./x"), None);
        assert_eq!(parse_doi("10.1234/"), None);
        assert_eq!(parse_doi("10.12a4/x"), None);
        assert_eq!(parse_doi("https://example.org/10.1234/x"), None);
        assert_eq!(parse_doi("doi:"), None);
        assert_eq!(parse_doi("é"), None);
    }

    #[test]
    fn parses_handles() {
        assert_eq!(
            parse_handle("10900.3/OER_ZZxWvFJV"),
            Some("10900.3/OER_ZZxWvFJV")
        );
        assert_eq!(parse_handle("hdl:10183/394"), Some("10183/394"));
        assert_eq!(parse_handle("info:hdl/1765/315"), Some("1765/315"));
        assert_eq!(parse_handle("10.1234/abc"), None, "a DOI");
        assert_eq!(parse_handle("2006/05"), None);
        assert_eq!(parse_handle("000578214"), None);
        assert_eq!(parse_handle("BR526.1; R303.4833, A994u"), None);
    }

    #[test]
    fn recognises_http_urls() {
        assert!(is_http_url("http://example.org/x"));
        assert!(is_http_url("HTTPS://example.org"));
        assert!(!is_http_url("https://"));
        assert!(!is_http_url("ftp://example.org"));
        assert!(!is_http_url(
            "ihttp://creativecommons.org/licenses/by-sa/3.0/br/"
        ));
        assert!(!is_http_url("http://exa mple.org"));
        assert!(!is_http_url("oai:zenodo.org:1"));
    }

    #[test]
    fn extracts_vcard_names() {
        let multi = "BEGIN:VCARD\n\t\tVERSION:4.0\n\t\tN:Dacher;Thomas\n\t\tFN:Thomas Dacher\n\t\tURL:https://orcid.org/0\n\t\tEND:VCARD";
        assert_eq!(vcard_name(multi).as_deref(), Some("Thomas Dacher"));
        let one_line = "BEGIN:VCARD VERSION:3.0 N:EDUMEDIA FN:EDUMEDIA END:VCARD";
        assert_eq!(vcard_name(one_line).as_deref(), Some("EDUMEDIA"));
        let one_line_two_words =
            "BEGIN:VCARD VERSION:3.0 FN:Jean Dupont EMAIL;TYPE=INTERNET:j@x.fr END:VCARD";
        assert_eq!(
            vcard_name(one_line_two_words).as_deref(),
            Some("Jean Dupont")
        );
        let params = "BEGIN:VCARD\r\nFN;CHARSET=UTF-8:Jos\\, Ana\r\nEND:VCARD";
        assert_eq!(vcard_name(params).as_deref(), Some("Jos, Ana"));
        let n_only = "BEGIN:VCARD\nVERSION:3.0\nN:Doe;Jane;;Dr.;\nEND:VCARD";
        assert_eq!(vcard_name(n_only).as_deref(), Some("Jane Doe"));
        let org_only = "BEGIN:VCARD\nORG:Universität Tübingen;Institut\nEND:VCARD";
        assert_eq!(
            vcard_name(org_only).as_deref(),
            Some("Universität Tübingen")
        );
        assert_eq!(vcard_name("BEGIN:VCARD\nVERSION:3.0\nEND:VCARD"), None);
        assert_eq!(vcard_name("BEGIN:VCARD FN:"), None);
        assert_eq!(vcard_name("FN"), None);
    }

    #[test]
    fn entities_are_people_or_organisations() {
        let kind = |text: &str| entity_agent(text).map(|a| a.kind);
        let org = "BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:Universität Tübingen\nEND:VCARD";
        assert_eq!(kind(org), Some(AgentKind::Organization));
        let person = "BEGIN:VCARD\nVERSION:4.0\nKIND:individual\nN:Dacher;Thomas\nFN:Thomas Dacher\nEND:VCARD";
        assert_eq!(kind(person), Some(AgentKind::Person));
        let org_only = "BEGIN:VCARD\nVERSION:3.0\nFN:Landesbildungsserver\nORG:Landesbildungsserver\nEND:VCARD";
        assert_eq!(kind(org_only), Some(AgentKind::Organization));
        let n_with_given =
            "BEGIN:VCARD\nN:Doe;Jane\nFN:Jane Doe\nORG:Example University\nEND:VCARD";
        assert_eq!(
            kind(n_with_given),
            Some(AgentKind::Person),
            "a person with an affiliation"
        );
        assert_eq!(kind("Fundação Oswaldo Cruz"), Some(AgentKind::Organization));
        assert_eq!(kind("Tarouco, Liane"), Some(AgentKind::Person));
        assert_eq!(kind("   "), None);
    }

    #[test]
    fn entity_names_pass_plain_text_through() {
        assert_eq!(
            entity_name("  Tarouco, Liane ").as_deref(),
            Some("Tarouco, Liane")
        );
        assert_eq!(entity_name("   "), None);
        assert_eq!(
            entity_name("begin:vcard\nfn:Lower Case\nend:vcard").as_deref(),
            Some("Lower Case")
        );
    }
}
