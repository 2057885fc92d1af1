//! Turning a response body into XML text: undeclared or declared gzip/deflate, byte-order marks,
//! the XML declaration's encoding (it wins over the HTTP header), and characters XML forbids.

use std::borrow::Cow;
use std::io::Read;

use flate2::read::{DeflateDecoder, GzDecoder, ZlibDecoder};

/// Why a body could not be decoded.
#[derive(Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Decompressed, the body is larger than the limit (bytes).
    TooLarge(u64),
    /// The compressed stream is broken.
    BadCompression(String),
}

/// Decompresses `body` if it is gzip or zlib/deflate, declared or not, refusing output beyond
/// `limit` bytes (so a small compressed bomb cannot fill memory).
pub fn decompress(
    body: Vec<u8>,
    content_encoding: Option<&str>,
    limit: u64,
) -> Result<Vec<u8>, DecodeError> {
    let declared = content_encoding.unwrap_or("").to_ascii_lowercase();
    let gzip = body.starts_with(&[0x1f, 0x8b]);
    let zlib = body.len() >= 2
        && body[0] & 0x0f == 8
        && (u16::from(body[0]) << 8 | u16::from(body[1])) % 31 == 0;
    let reader: Box<dyn Read + '_> = if gzip {
        Box::new(GzDecoder::new(&body[..]))
    } else if zlib {
        Box::new(ZlibDecoder::new(&body[..]))
    } else if declared.contains("deflate") && !looks_like_text(&body) {
        Box::new(DeflateDecoder::new(&body[..]))
    } else {
        return Ok(body);
    };
    let mut out = Vec::new();
    reader
        .take(limit + 1)
        .read_to_end(&mut out)
        .map_err(|e| DecodeError::BadCompression(e.to_string()))?;
    if out.len() as u64 > limit {
        return Err(DecodeError::TooLarge(limit));
    }
    Ok(out)
}

fn looks_like_text(body: &[u8]) -> bool {
    body.iter()
        .find(|b| !b.is_ascii_whitespace())
        .is_some_and(|&b| b == b'<' || b == 0xef)
}

/// Decodes XML bytes to text. Order of evidence: a byte-order mark, then the XML declaration's
/// `encoding`, then the HTTP `charset` (only when the bytes are not valid UTF-8), then UTF-8.
/// Returns the text and how many undecodable bytes were replaced.
pub fn to_text<'a>(bytes: &'a [u8], header_charset: Option<&str>) -> (Cow<'a, str>, usize) {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return (text, usize::from(had_errors));
    }
    // UTF-16 without a byte-order mark shows itself by the zero bytes around `<?` (XML 1.0,
    // appendix F).
    let utf16 = match bytes {
        [b'<', 0, b'?', 0, ..] => Some(encoding_rs::UTF_16LE),
        [0, b'<', 0, b'?', ..] => Some(encoding_rs::UTF_16BE),
        _ => None,
    };
    if let Some(encoding) = utf16 {
        let (text, had_errors) = encoding.decode_without_bom_handling(bytes);
        return (text, usize::from(had_errors));
    }
    // A declaration read as ASCII cannot be telling the truth when it says UTF-16 (in UTF-16
    // without a byte-order mark, the declaration itself would not read as ASCII): such servers
    // send UTF-8 and copy a template's declaration, so it is ignored, as browsers do.
    let declared = declared_encoding(bytes)
        .and_then(|label| encoding_rs::Encoding::for_label(label.as_bytes()))
        .filter(|e| *e != encoding_rs::UTF_16LE && *e != encoding_rs::UTF_16BE);
    let encoding = match declared {
        Some(e) => e,
        None => match std::str::from_utf8(bytes) {
            Ok(text) => return (Cow::Borrowed(text), 0),
            Err(_) => header_charset
                .and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes()))
                .unwrap_or(encoding_rs::UTF_8),
        },
    };
    if encoding == encoding_rs::UTF_8 {
        if let Ok(text) = std::str::from_utf8(bytes) {
            return (Cow::Borrowed(text), 0);
        }
        let text = String::from_utf8_lossy(bytes);
        let replaced = text.matches('\u{FFFD}').count();
        return (text, replaced);
    }
    let (text, _, had_errors) = encoding.decode(bytes);
    (text, usize::from(had_errors))
}

/// The `encoding` of an `<?xml …?>` declaration at the start, if any.
fn declared_encoding(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(256)];
    let head = String::from_utf8_lossy(head);
    let decl = head.trim_start().strip_prefix("<?xml")?;
    let decl = &decl[..decl.find("?>")?];
    let at = decl.find("encoding")?;
    let rest = decl[at + "encoding".len()..]
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let value = &rest[1..];
    Some(value[..value.find(quote)?].trim().to_string())
}

/// True when the text is an HTML page (a web page or an error page served instead of OAI-PMH).
pub fn looks_like_html(text: &str) -> bool {
    let mut rest = text.trim_start_matches('\u{feff}').trim_start();
    // Skip an XML declaration, processing instructions and comments.
    while rest.starts_with("<?") || rest.starts_with("<!--") {
        let end = if rest.starts_with("<?") {
            rest.find("?>").map(|i| i + 2)
        } else {
            rest.find("-->").map(|i| i + 3)
        };
        match end {
            Some(end) => rest = rest[end..].trim_start(),
            None => return false,
        }
    }
    let head: String = rest
        .chars()
        .take(14)
        .collect::<String>()
        .to_ascii_lowercase();
    head.starts_with("<!doctype html") || head.starts_with("<html")
}

/// Removes characters XML 1.0 forbids (U+0000–U+001F except tab, newline and carriage return;
/// U+FFFE; U+FFFF) and character references to them, returning the text and how many were removed.
pub fn strip_invalid_chars(text: Cow<'_, str>) -> (Cow<'_, str>, usize) {
    let bad_char = |c: char| {
        (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFE}' || c == '\u{FFFF}'
    };
    if !text.chars().any(bad_char) && !text.contains("&#") {
        return (text, 0);
    }
    let mut out = String::with_capacity(text.len());
    let mut removed = 0;
    let mut rest: &str = &text;
    while let Some(c) = rest.chars().next() {
        if c == '&' && rest.starts_with("&#") {
            if let Some((value, len)) = char_reference(rest) {
                if value.is_none_or(bad_char) {
                    removed += 1;
                    rest = &rest[len..];
                    continue;
                }
            }
        }
        if bad_char(c) {
            removed += 1;
        } else {
            out.push(c);
        }
        rest = &rest[c.len_utf8()..];
    }
    (Cow::Owned(out), removed)
}

/// Parses `&#NN;` or `&#xHH;` at the start of `text`: the character (or `None` if out of range)
/// and the reference's length.
fn char_reference(text: &str) -> Option<(Option<char>, usize)> {
    let end = text.find(';')?;
    if end > 12 {
        return None;
    }
    let body = &text[2..end];
    let value = match body.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => body.parse::<u32>().ok()?,
    };
    Some((char::from_u32(value), end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn gzip_and_deflate_are_undone_declared_or_not() {
        let xml = b"<OAI-PMH/>".to_vec();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(&xml).unwrap();
        let gz = gz.finish().unwrap();
        assert_eq!(decompress(gz.clone(), None, 1000).unwrap(), xml);
        assert_eq!(decompress(gz, Some("gzip"), 1000).unwrap(), xml);
        let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        z.write_all(&xml).unwrap();
        assert_eq!(
            decompress(z.finish().unwrap(), Some("deflate"), 1000).unwrap(),
            xml
        );
        let mut raw =
            flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        raw.write_all(&xml).unwrap();
        assert_eq!(
            decompress(raw.finish().unwrap(), Some("deflate"), 1000).unwrap(),
            xml
        );
        assert_eq!(decompress(xml.clone(), Some("gzip"), 1000).unwrap(), xml);
    }

    #[test]
    fn a_compressed_bomb_is_cut_at_the_limit() {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gz.write_all(&vec![b' '; 10_000_000]).unwrap();
        let gz = gz.finish().unwrap();
        assert!(gz.len() < 100_000);
        assert_eq!(
            decompress(gz, None, 1_000_000),
            Err(DecodeError::TooLarge(1_000_000))
        );
    }

    #[test]
    fn the_xml_declaration_wins_over_the_header() {
        let latin1 = b"<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><t>Caf\xe9</t>";
        assert_eq!(
            to_text(latin1, Some("utf-8")).0,
            "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><t>Café</t>"
        );
        let utf8 = "<?xml version='1.0' encoding='UTF-8'?><t>Café</t>".as_bytes();
        assert_eq!(
            to_text(utf8, Some("iso-8859-1")).0,
            "<?xml version='1.0' encoding='UTF-8'?><t>Café</t>"
        );
        // No declaration, bytes not UTF-8: the header's charset is used.
        assert_eq!(
            to_text(b"<t>Caf\xe9</t>", Some("windows-1252")).0,
            "<t>Café</t>"
        );
        let bom = b"\xef\xbb\xbf<t>x</t>";
        assert_eq!(to_text(bom, None).0, "<t>x</t>");
    }

    #[test]
    fn a_utf16_declaration_over_ascii_bytes_is_read_as_utf8() {
        let lying = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><t>Café</t>";
        assert_eq!(to_text(lying.as_bytes(), None), (Cow::Borrowed(lying), 0));
        let lying_le = lying.replace("UTF-16", "utf-16le");
        assert_eq!(to_text(lying_le.as_bytes(), Some("utf-16")).0, lying_le);
        // Real UTF-16, with or without a byte-order mark, is still read as UTF-16.
        let utf16le: Vec<u8> = lying.encode_utf16().flat_map(u16::to_le_bytes).collect();
        assert_eq!(to_text(&utf16le, None).0, lying);
        let utf16be: Vec<u8> = lying.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(to_text(&utf16be, None).0, lying);
        let mut with_bom = vec![0xff, 0xfe];
        with_bom.extend_from_slice(&utf16le);
        assert_eq!(to_text(&with_bom, None).0, lying);
    }

    #[test]
    fn html_pages_are_recognised() {
        assert!(looks_like_html(
            "<!DOCTYPE html><html><body>502</body></html>"
        ));
        assert!(looks_like_html("\u{feff}\n  <HTML><head>"));
        assert!(looks_like_html(
            "<?xml version=\"1.0\"?><!-- x --><html xmlns=\"http://www.w3.org/1999/xhtml\">"
        ));
        assert!(!looks_like_html("<?xml version=\"1.0\"?><OAI-PMH>"));
        assert!(!looks_like_html(
            "<?xml-stylesheet type='text/xsl' href='x'?><OAI-PMH>"
        ));
    }

    #[test]
    fn forbidden_characters_and_references_are_stripped() {
        let (text, n) = strip_invalid_chars(Cow::Borrowed(
            "a\u{0}b\u{1b}c\u{FFFE}\td&#x1F;e&#0;f&#233;&amp;",
        ));
        assert_eq!(text, "abc\tdef&#233;&amp;");
        assert_eq!(n, 5);
        let (text, n) = strip_invalid_chars(Cow::Borrowed("clean\n"));
        assert!(matches!(text, Cow::Borrowed(_)));
        assert_eq!(n, 0);
    }
}
