//! What one response may bring into memory: text and attribute values longer than
//! [`MAX_TEXT_BYTES`] are cut before the page is parsed.
//!
//! A page is parsed into records whose metadata is cut out as text, crosswalked and stored; a
//! single 60 MB title would otherwise be copied several times on its way (the page, the record,
//! the crosswalked field, the stored raw XML), each copy as large as the first, times
//! `harvest.concurrency` harvests at once. Cut here, the page's largest value is small before
//! any copy is made, and the stored raw XML holds the same cut text, so a reindex reads what the
//! harvest read. The crosswalked fields are clipped further to the catalogue's own limits
//! (`oerdex_index::write::limits`), which are all smaller than this one, so every record cut here is
//! counted as clipped by the harvest.
//!
//! Pages whose every stretch between two `<` is short (almost all) are returned as they are
//! after one scan; only the others are re-read and rewritten.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

/// Longest text (of one element) or attribute value kept, in bytes.
pub const MAX_TEXT_BYTES: usize = 64 * 1024;

/// The mark left where a text was cut.
const CUT: &str = "…";

/// `page` with every text and attribute value cut to [`MAX_TEXT_BYTES`]; the page itself when
/// nothing is that long, or when it is not well-formed (its parser then says why).
pub fn bound_page(page: String) -> String {
    if page
        .split('<')
        .all(|stretch| stretch.len() <= MAX_TEXT_BYTES)
    {
        return page;
    }
    match rewrite(&page) {
        Some(bounded) => bounded,
        None => page,
    }
}

/// Copies `page`, cutting long texts, attribute values and comments; `None` on an XML error.
fn rewrite(page: &str) -> Option<String> {
    let mut reader = Reader::from_str(page);
    let mut out = String::with_capacity(MAX_TEXT_BYTES * 4);
    // Text bytes written for the element being read; past the limit the rest is left out.
    let mut text = 0usize;
    loop {
        let before = reader.buffer_position() as usize;
        let event = reader.read_event().ok()?;
        let after = reader.buffer_position() as usize;
        let raw = page.get(before..after)?;
        match event {
            Event::Eof => return Some(out),
            Event::Start(ref e) | Event::Empty(ref e) => {
                text = 0;
                if raw.len() <= MAX_TEXT_BYTES {
                    out.push_str(raw);
                } else {
                    start_tag(e, matches!(event, Event::Empty(_)), &mut out)?;
                }
            }
            Event::End(_) => {
                text = 0;
                out.push_str(raw);
            }
            Event::Text(_) | Event::GeneralRef(_) => {
                push_text(raw, &mut text, &mut out);
            }
            Event::CData(_) => {
                let content = raw.strip_prefix("<![CDATA[")?.strip_suffix("]]>")?;
                out.push_str("<![CDATA[");
                push_text(content, &mut text, &mut out);
                out.push_str("]]>");
            }
            Event::Comment(_) if raw.len() > MAX_TEXT_BYTES => {}
            // Declarations, processing instructions, comments and doctypes as they are (a
            // doctype is refused by the page parser; it must reach it).
            _ => out.push_str(raw),
        }
    }
}

/// Appends (escaped) text within the element's budget, marking a cut.
fn push_text(raw: &str, used: &mut usize, out: &mut String) {
    if *used >= MAX_TEXT_BYTES {
        return;
    }
    let room = MAX_TEXT_BYTES - *used;
    if raw.len() <= room {
        out.push_str(raw);
        *used += raw.len();
    } else {
        out.push_str(cut(raw, room.saturating_sub(CUT.len())));
        out.push_str(CUT);
        *used = MAX_TEXT_BYTES;
    }
}

/// `raw` (escaped text) cut to at most `limit` bytes, at a character boundary and outside any
/// character or entity reference.
fn cut(raw: &str, limit: usize) -> &str {
    let mut end = limit.min(raw.len());
    while !raw.is_char_boundary(end) {
        end -= 1;
    }
    let head = &raw[..end];
    match head.rfind('&') {
        Some(amp) if !head[amp..].contains(';') => &raw[..amp],
        _ => head,
    }
}

/// Writes a start tag whose attribute values are cut to the limit.
fn start_tag(e: &BytesStart<'_>, empty: bool, out: &mut String) -> Option<()> {
    out.push('<');
    out.push_str(std::str::from_utf8(e.name().as_ref()).ok()?);
    for attribute in e.attributes().with_checks(false) {
        let attribute = attribute.ok()?;
        let value = std::str::from_utf8(&attribute.value).ok()?;
        let short = cut(value, MAX_TEXT_BYTES.saturating_sub(CUT.len()));
        out.push(' ');
        out.push_str(std::str::from_utf8(attribute.key.as_ref()).ok()?);
        out.push_str("=\"");
        out.push_str(&short.replace('"', "&quot;"));
        if short.len() < value.len() {
            out.push_str(CUT);
        }
        out.push('"');
    }
    out.push_str(if empty { "/>" } else { ">" });
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_pages_are_returned_untouched() {
        let page = "<a x=\"1\"><b>text &amp; more</b><![CDATA[x]]><!-- c --></a>".to_string();
        let pointer = page.as_ptr();
        let bounded = bound_page(page);
        assert_eq!(bounded.as_ptr(), pointer, "not even copied");
    }

    #[test]
    fn long_texts_attributes_and_comments_are_cut_and_the_page_stays_well_formed() {
        let long = "word &amp; ".repeat(20_000);
        let page = format!(
            "<?xml version=\"1.0\"?><r xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\
             <dc:title lang=\"en\">{long}</dc:title><dc:identifier>keep me</dc:identifier>\
             <link href=\"{}\"/><c><![CDATA[{}]]></c><!--{}--><d>{}é</d></r>",
            "h".repeat(100_000),
            "x".repeat(100_000),
            "y".repeat(100_000),
            "é".repeat(50_000),
        );
        let bounded = bound_page(page.clone());
        assert!(bounded.len() < 5 * MAX_TEXT_BYTES, "{}", bounded.len());
        let doc = roxmltree::Document::parse(&bounded).unwrap();
        let texts: Vec<&str> = doc
            .descendants()
            .filter(|n| n.is_element())
            .map(|n| n.text().unwrap_or(""))
            .collect();
        let title = doc.descendants().find(|n| n.has_tag_name("title")).unwrap();
        let title_text: String = title.children().filter_map(|c| c.text()).collect();
        assert!(title_text.starts_with("word & word & ") && title_text.ends_with('…'));
        assert!(title_text.len() <= MAX_TEXT_BYTES);
        assert_eq!(title.attribute("lang"), Some("en"));
        assert!(texts.contains(&"keep me"));
        let link = doc.descendants().find(|n| n.has_tag_name("link")).unwrap();
        assert!(link.attribute("href").unwrap().len() <= MAX_TEXT_BYTES);
        assert!(!bounded.contains("yyyy"), "the long comment is left out");
    }

    #[test]
    fn a_doctype_and_broken_xml_reach_the_parser_as_they_are() {
        let long = "z".repeat(MAX_TEXT_BYTES + 10);
        let with_dtd = format!("<!DOCTYPE r [<!ENTITY e \"x\">]><r>{long}</r>");
        assert!(bound_page(with_dtd).starts_with("<!DOCTYPE"));
        let broken = format!("<r><a>{long}</b></r>");
        assert_eq!(bound_page(broken.clone()), broken);
    }
}
