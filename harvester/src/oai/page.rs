//! Streaming parser for list pages (ListRecords, ListIdentifiers, GetRecord).
//!
//! quick-xml walks the page once: it reads the envelope (responseDate, errors, headers,
//! resumptionToken) and cuts out each record's `<metadata>` content as text, wrapped in a
//! `<metadata>` element that re-declares every namespace in scope, so the record can be parsed on
//! its own (by roxmltree, in the crosswalk) and stored raw. A page that ends before its root
//! element closes is an error, never a short list: a cut-off page must not look like the end of
//! the harvest.

use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::http::Unreadable;

/// Deepest element nesting accepted (real OAI-PMH records stay far below; a hostile page with
/// thousands of levels is refused).
const MAX_DEPTH: usize = 256;

/// The message for an HTML page served where OAI-PMH was expected.
pub const HTML_PAGE: &str = "the server answered with an HTML page, not an OAI-PMH response";

/// An `<error>` element of an OAI-PMH response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OaiError {
    /// The `code` attribute (`noRecordsMatch`, `badResumptionToken`...).
    pub code: String,
    /// The message text.
    pub message: String,
}

/// A `<resumptionToken>` element.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Resumption {
    /// The token, trimmed; empty marks the end of the list.
    pub token: String,
    /// `completeListSize`, if given and numeric.
    pub complete_list_size: Option<u64>,
    /// `cursor`, if given and numeric.
    pub cursor: Option<u64>,
}

/// One record (or header) as found on the page, metadata not yet crosswalked.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct RawRecord {
    /// `header/identifier`.
    pub identifier: String,
    /// `header/datestamp`.
    pub datestamp: String,
    /// `header/setSpec` values.
    pub sets: Vec<String>,
    /// `header/@status = "deleted"`.
    pub deleted: bool,
    /// The `<metadata>` content wrapped with its namespace declarations, if the record has any.
    pub metadata_xml: Option<String>,
}

/// What one page holds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Page {
    /// `responseDate`.
    pub response_date: Option<String>,
    /// OAI-PMH errors (`<error>` elements).
    pub errors: Vec<OaiError>,
    /// Records or headers, in page order.
    pub records: Vec<RawRecord>,
    /// Headers without identifier or datestamp, which cannot be stored.
    pub unidentified: usize,
    /// The resumptionToken element, if present.
    pub resumption: Option<Resumption>,
}

/// Text fields of the envelope collected while parsing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    ResponseDate,
    Error,
    Identifier,
    Datestamp,
    SetSpec,
    Token,
}

/// An open element: its local name and the namespaces it declares.
struct Frame {
    local: String,
    namespaces: Vec<(String, String)>,
}

/// Parses one list page. The error says what is wrong in plain words, and whether asking again
/// could help (a DTD or absurd nesting will not go away).
pub fn parse(text: &str) -> Result<Page, Unreadable> {
    if crate::http::decode::looks_like_html(text) {
        return Err(HTML_PAGE.into());
    }
    let mut reader = Reader::from_str(text);
    let mut page = Page::default();
    let mut stack: Vec<Frame> = Vec::new();
    let mut field: Option<(Field, String)> = None;
    let mut current: Option<RawRecord> = None;
    let mut metadata_start: Option<(usize, usize)> = None; // (byte offset, depth)
    let mut error_code = String::new();
    let mut seen_root = false;

    loop {
        let before = reader.buffer_position() as usize;
        let event = reader.read_event().map_err(|e| {
            format!(
                "not well-formed XML near byte {}: {e}",
                reader.error_position()
            )
        })?;
        let after = reader.buffer_position() as usize;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty = matches!(event, Event::Empty(_));
                let local = local_name(e);
                if !seen_root {
                    check_root(&local)?;
                    seen_root = true;
                }
                if stack.len() >= MAX_DEPTH {
                    return Err(Unreadable::permanent(format!(
                        "elements nested deeper than {MAX_DEPTH} levels"
                    )));
                }
                let in_metadata = metadata_start.is_some();
                let parent = stack.last().map(|f| f.local.clone()).unwrap_or_default();
                stack.push(Frame {
                    namespaces: namespace_declarations(e)?,
                    local: local.clone(),
                });
                if !in_metadata {
                    match (parent.as_str(), local.as_str()) {
                        (_, "header") => {
                            current = Some(RawRecord {
                                deleted: attribute(e, "status")?.as_deref() == Some("deleted"),
                                ..Default::default()
                            });
                        }
                        ("record", "metadata") if !empty => {
                            metadata_start = Some((after, stack.len()))
                        }
                        ("OAI-PMH", "responseDate") => {
                            field = Some((Field::ResponseDate, String::new()))
                        }
                        ("OAI-PMH", "error") => {
                            error_code = attribute(e, "code")?.unwrap_or_default();
                            field = Some((Field::Error, String::new()));
                        }
                        ("header", "identifier") => {
                            field = Some((Field::Identifier, String::new()))
                        }
                        ("header", "datestamp") => field = Some((Field::Datestamp, String::new())),
                        ("header", "setSpec") => field = Some((Field::SetSpec, String::new())),
                        (_, "resumptionToken") => {
                            page.resumption = Some(Resumption {
                                token: String::new(),
                                complete_list_size: number_attribute(e, "completeListSize")?,
                                cursor: number_attribute(e, "cursor")?,
                            });
                            field = Some((Field::Token, String::new()));
                        }
                        _ => {}
                    }
                }
                if empty {
                    close(
                        &mut stack,
                        &mut field,
                        &mut current,
                        &mut page,
                        &mut error_code,
                        None,
                    );
                }
            }
            Event::End(_) => {
                let mut metadata = None;
                if let Some((start, depth)) = metadata_start {
                    if stack.len() == depth {
                        metadata = Some(wrap_metadata(&stack, &text[start..before]));
                        metadata_start = None;
                    }
                }
                close(
                    &mut stack,
                    &mut field,
                    &mut current,
                    &mut page,
                    &mut error_code,
                    metadata,
                );
            }
            Event::Text(ref t) => {
                if let Some((_, buf)) = field.as_mut() {
                    buf.push_str(&t.decode().map_err(|e| e.to_string())?);
                }
            }
            Event::CData(ref t) => {
                if let Some((_, buf)) = field.as_mut() {
                    buf.push_str(&t.decode().map_err(|e| e.to_string())?);
                }
            }
            Event::GeneralRef(ref r) => {
                let resolved = match r.resolve_char_ref().map_err(|e| e.to_string())? {
                    Some(c) => c,
                    None => {
                        let name = r.decode().map_err(|e| e.to_string())?;
                        predefined_entity(&name).ok_or_else(|| {
                            format!("undefined entity &{name}; near byte {before}")
                        })?
                    }
                };
                if let Some((_, buf)) = field.as_mut() {
                    buf.push(resolved);
                }
            }
            Event::DocType(_) => {
                return Err(Unreadable::permanent(
                    "document type declarations (DTDs) are not accepted",
                ))
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !seen_root {
        return Err("empty response: no XML element".into());
    }
    if let Some(open) = stack.last() {
        return Err(format!(
            "the page is cut off: it ends inside <{}> ({} elements still open)",
            open.local,
            stack.len()
        )
        .into());
    }
    Ok(page)
}

/// Ends the innermost element: stores a finished text field, header or record.
fn close(
    stack: &mut Vec<Frame>,
    field: &mut Option<(Field, String)>,
    current: &mut Option<RawRecord>,
    page: &mut Page,
    error_code: &mut String,
    metadata: Option<String>,
) {
    let Some(frame) = stack.pop() else { return };
    if let Some(xml) = metadata {
        if let Some(record) = current.as_mut() {
            record.metadata_xml = Some(xml);
        }
        return;
    }
    let parent = stack.last().map(|f| f.local.as_str()).unwrap_or("");
    if let Some((kind, text)) = field.take() {
        let text = text.trim().to_string();
        match kind {
            Field::ResponseDate => page.response_date = Some(text),
            Field::Error => page.errors.push(OaiError {
                code: std::mem::take(error_code),
                message: text.split_whitespace().collect::<Vec<_>>().join(" "),
            }),
            Field::Identifier => set_on(current, |r| r.identifier = text),
            Field::Datestamp => set_on(current, |r| r.datestamp = text),
            Field::SetSpec => set_on(current, |r| r.sets.push(text)),
            Field::Token => {
                if let Some(res) = page.resumption.as_mut() {
                    res.token = text;
                }
            }
        }
        return;
    }
    let finished_record = matches!(
        (parent, frame.local.as_str()),
        (_, "record") | ("ListIdentifiers", "header")
    );
    if finished_record {
        if let Some(record) = current.take() {
            if record.identifier.is_empty() || record.datestamp.is_empty() {
                page.unidentified += 1;
            } else {
                page.records.push(record);
            }
        }
    }
}

fn set_on(current: &mut Option<RawRecord>, f: impl FnOnce(&mut RawRecord)) {
    if let Some(record) = current.as_mut() {
        f(record);
    }
}

/// Checks that a response's root element is `OAI-PMH`, naming an HTML page as such.
pub(crate) fn check_root(local: &str) -> Result<(), String> {
    match local {
        "OAI-PMH" => Ok(()),
        "html" | "HTML" => Err(HTML_PAGE.into()),
        other => Err(format!(
            "not an OAI-PMH response: the root element is <{other}>"
        )),
    }
}

fn local_name(e: &BytesStart<'_>) -> String {
    String::from_utf8_lossy(e.local_name().as_ref()).into_owned()
}

fn attribute(e: &BytesStart<'_>, name: &str) -> Result<Option<String>, String> {
    for attr in e.attributes() {
        let attr = attr.map_err(|err| format!("bad attribute: {err}"))?;
        if attr.key.local_name().as_ref() == name.as_bytes() {
            return Ok(Some(
                attr.unescape_value()
                    .map_err(|err| err.to_string())?
                    .trim()
                    .to_string(),
            ));
        }
    }
    Ok(None)
}

fn number_attribute(e: &BytesStart<'_>, name: &str) -> Result<Option<u64>, String> {
    Ok(attribute(e, name)?.and_then(|v| v.parse().ok()))
}

/// The `xmlns` and `xmlns:p` declarations on an element, as (prefix, URI).
fn namespace_declarations(e: &BytesStart<'_>) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for attr in e.attributes() {
        let attr = attr.map_err(|err| format!("bad attribute: {err}"))?;
        let key = attr.key.as_ref();
        let prefix = if key == b"xmlns" {
            ""
        } else if let Some(p) = key.strip_prefix(b"xmlns:") {
            std::str::from_utf8(p).map_err(|e| e.to_string())?
        } else {
            continue;
        };
        let uri = attr.unescape_value().map_err(|err| err.to_string())?;
        out.push((prefix.to_string(), uri.into_owned()));
    }
    Ok(out)
}

/// Wraps metadata content in a `<metadata>` element declaring every namespace in scope.
fn wrap_metadata(stack: &[Frame], inner: &str) -> String {
    let mut scope: Vec<(&str, &str)> = Vec::new();
    for frame in stack {
        for (prefix, uri) in &frame.namespaces {
            scope.retain(|(p, _)| p != prefix);
            scope.push((prefix, uri));
        }
    }
    let mut out = String::with_capacity(inner.len() + 200);
    out.push_str("<metadata");
    for (prefix, uri) in scope {
        out.push_str(if prefix.is_empty() {
            " xmlns"
        } else {
            " xmlns:"
        });
        out.push_str(prefix);
        out.push_str("=\"");
        out.push_str(&quick_xml::escape::escape(uri));
        out.push('"');
    }
    out.push('>');
    out.push_str(inner);
    out.push_str("</metadata>");
    out
}

fn predefined_entity(name: &str) -> Option<char> {
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<?xml version="1.0"?>
<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <responseDate>2024-01-02T03:04:05Z</responseDate>
  <request verb="ListRecords">https://example.org/oai</request>
  <ListRecords>
    <record><header><identifier>oai:x:1</identifier><datestamp>2024-01-01</datestamp>
      <setSpec>math</setSpec><setSpec>oer</setSpec></header>
      <metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"><dc:title>A &amp; B</dc:title></oai_dc:dc></metadata></record>
    <record><header status="deleted"><identifier>oai:x:2</identifier><datestamp>2024-01-01</datestamp></header></record>
    <resumptionToken completeListSize="10" cursor="0">tok&amp;1</resumptionToken>
  </ListRecords>
</OAI-PMH>"#;

    #[test]
    fn reads_envelope_records_and_token() {
        let page = parse(PAGE).unwrap();
        assert_eq!(page.response_date.as_deref(), Some("2024-01-02T03:04:05Z"));
        assert_eq!(page.records.len(), 2);
        let first = &page.records[0];
        assert_eq!(first.identifier, "oai:x:1");
        assert_eq!(first.sets, ["math", "oer"]);
        assert!(!first.deleted);
        let xml = first.metadata_xml.as_deref().unwrap();
        // Namespaces declared on the root travel with the record.
        assert!(
            xml.contains(r#"xmlns:dc="http://purl.org/dc/elements/1.1/""#),
            "{xml}"
        );
        assert!(roxmltree::Document::parse(xml).is_ok());
        assert!(page.records[1].deleted);
        assert_eq!(page.records[1].metadata_xml, None);
        let token = page.resumption.unwrap();
        assert_eq!(token.token, "tok&1");
        assert_eq!(token.complete_list_size, Some(10));
    }

    #[test]
    fn a_cut_off_page_is_an_error_not_a_short_list() {
        for cut in [PAGE.len() / 2, PAGE.len() - 12, PAGE.len() - 1] {
            let err = parse(&PAGE[..cut]).unwrap_err();
            assert!(!err.permanent, "a cut-off page may arrive whole next time");
            let err = err.message;
            assert!(
                err.contains("cut off") || err.contains("well-formed"),
                "{cut}: {err}"
            );
        }
    }

    #[test]
    fn html_dtds_and_deep_nesting_are_refused() {
        assert!(
            parse("<!DOCTYPE html><html><body>Error</body></html>")
                .unwrap_err()
                .message
                .contains("DTD")
                || parse("<html><body>Error</body></html>")
                    .unwrap_err()
                    .message
                    .contains("HTML")
        );
        assert!(parse("<html><body>Error</body></html>")
            .unwrap_err()
            .message
            .contains("HTML"));
        let bomb = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><OAI-PMH>&lol2;</OAI-PMH>"#;
        assert!(parse(bomb).unwrap_err().message.contains("DTD"));
        assert!(
            parse(bomb).unwrap_err().permanent,
            "a DTD is not asked for again"
        );
        let deep = format!(
            "<OAI-PMH>{}{}</OAI-PMH>",
            "<a>".repeat(10_000),
            "</a>".repeat(10_000)
        );
        assert!(parse(&deep).unwrap_err().message.contains("nested"));
        assert!(parse(&deep).unwrap_err().permanent);
        assert!(parse("").unwrap_err().message.contains("empty"));
        assert!(parse("<OAI-PMH>&bogus;</OAI-PMH>")
            .unwrap_err()
            .message
            .contains("bogus"));
    }

    #[test]
    fn reads_errors_and_empty_tokens() {
        let page = parse(r#"<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><responseDate>2024-01-01T00:00:00Z</responseDate>
            <error code="noRecordsMatch">No
               records</error></OAI-PMH>"#).unwrap();
        assert_eq!(
            page.errors,
            [OaiError {
                code: "noRecordsMatch".into(),
                message: "No records".into()
            }]
        );
        let page = parse(r#"<OAI-PMH><ListIdentifiers><header><identifier>a</identifier><datestamp>2020-01-01</datestamp></header>
            <resumptionToken completeListSize="1" cursor="0"/></ListIdentifiers></OAI-PMH>"#).unwrap();
        assert_eq!(page.records.len(), 1);
        assert_eq!(page.resumption.unwrap().token, "");
    }
}
