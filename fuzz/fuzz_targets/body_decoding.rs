//! Response body handling on arbitrary bytes: decompression (bounded), charset decoding and
//! stripping of characters XML forbids. No panic; the output never holds a forbidden character.
#![no_main]

use libfuzzer_sys::fuzz_target;
use oerdex_harvester::http::decode;

fuzz_target!(|data: &[u8]| {
    let encoding = match data.first() {
        Some(b) if b % 3 == 0 => Some("gzip"),
        Some(b) if b % 3 == 1 => Some("deflate"),
        _ => None,
    };
    let Ok(bytes) = decode::decompress(data.to_vec(), encoding, 1 << 20) else { return };
    let (text, _) = decode::to_text(&bytes, Some("iso-8859-1"));
    let (clean, _) = decode::strip_invalid_chars(text);
    assert!(!clean.chars().any(|c| (c < ' ' && !matches!(c, '\t' | '\n' | '\r')) || c == '\u{FFFE}' || c == '\u{FFFF}'));
});
