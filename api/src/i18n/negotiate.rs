//! Which language a request asks for.
//!
//! `Accept-Language` (RFC 9110 12.5.4) lists language ranges with quality values:
//! `fr-CH, fr;q=0.9, en;q=0.8, *;q=0.5`. The highest-quality range that names a shipped
//! language wins (ties keep the header's order); `q=0` refuses a language; `*` asks for nothing
//! in particular. The pages' `ui` parameter overrides the header.

use axum::http::{header, HeaderMap};

use super::Lang;

/// Longest `Accept-Language` value read, in bytes, and most ranges read from it: a hostile
/// header costs nothing.
const MAX_HEADER_BYTES: usize = 1024;
const MAX_RANGES: usize = 32;

/// The shipped language `Accept-Language` prefers, if it names one.
pub fn accept_language(value: &str) -> Option<Lang> {
    let value = value.get(..MAX_HEADER_BYTES).unwrap_or(value);
    let mut ranges: Vec<(f32, Lang)> = Vec::new();
    let mut refused: Vec<Lang> = Vec::new();
    for item in value.split(',').take(MAX_RANGES) {
        let mut parts = item.split(';');
        let range = parts.next().unwrap_or("").trim();
        let quality = parts
            .filter_map(|p| {
                let (key, value) = p.split_once('=')?;
                key.trim()
                    .eq_ignore_ascii_case("q")
                    .then(|| value.trim().parse::<f32>().ok())?
            })
            .next()
            .unwrap_or(1.0);
        let Some(lang) = Lang::from_tag(range) else {
            continue;
        };
        if quality.is_nan() || quality <= 0.0 {
            refused.push(lang);
        } else {
            ranges.push((quality.min(1.0), lang));
        }
    }
    // Stable: equal qualities keep the header's order.
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0));
    ranges
        .into_iter()
        .map(|(_, lang)| lang)
        .find(|lang| !refused.contains(lang))
}

/// The language a request's `Accept-Language` header prefers, if any.
pub fn from_headers(headers: &HeaderMap) -> Option<Lang> {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .and_then(accept_language)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quality_values_decide() {
        let cases = [
            ("fr", Some(Lang::Fr)),
            (
                "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5",
                Some(Lang::Fr),
            ),
            ("en;q=0.5, ar", Some(Lang::Ar)),
            ("ja, zh-CN;q=0.8, en;q=0.7", Some(Lang::Zh)),
            ("zh-Hant-TW", Some(Lang::Zh)),
            ("pt-BR,pt;q=0.9", Some(Lang::Pt)),
            ("RU", Some(Lang::Ru)),
            ("de;q=0.5, es;q=0.5", Some(Lang::De)),
            ("es;q=0, es-MX;q=0.8, en;q=0.1", Some(Lang::En)),
            ("ja, ko", None),
            ("*", None),
            ("", None),
            ("de;q=garbage", Some(Lang::De)),
            ("fr;q=2", Some(Lang::Fr)),
            (";;;,,,=", None),
        ];
        for (header, lang) in cases {
            assert_eq!(accept_language(header), lang, "{header:?}");
        }
        let long = format!("{}fr", "xx;q=0.1,".repeat(500));
        assert_eq!(
            accept_language(&long),
            None,
            "the tail of a huge header is not read"
        );
    }
}
