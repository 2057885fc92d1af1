//! Query strings for links: the search state written back into a URL.
//!
//! Values are encoded as `application/x-www-form-urlencoded`, the way a browser submits the
//! search form, so a link built here and the same state submitted from the form give the same
//! parameters (the order may differ). Parameters come in the order the form lists its controls;
//! the page's `ui` parameter, when the reader chose the language, comes last.

use super::locale::Locale;
use crate::params::SearchParams;

/// Appends `value` form-urlencoded: letters, digits and `*-._` stay, a space becomes `+`, every
/// other byte of its UTF-8 becomes `%XX`.
pub fn encode_into(value: &str, out: &mut String) {
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'*' | b'-' | b'.' | b'_' => {
                out.push(byte as char)
            }
            b' ' => out.push('+'),
            other => out.push_str(&format!("%{other:02X}")),
        }
    }
}

/// `value` form-urlencoded.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    encode_into(value, &mut out);
    out
}

/// `key=value&…` from pairs.
pub fn query_string<K: AsRef<str>, V: AsRef<str>>(pairs: &[(K, V)]) -> String {
    let mut out = String::new();
    for (key, value) in pairs {
        if !out.is_empty() {
            out.push('&');
        }
        encode_into(key.as_ref(), &mut out);
        out.push('=');
        encode_into(value.as_ref(), &mut out);
    }
    out
}

/// The search state as query parameters (facets are not part of the page's state).
pub fn search_pairs(p: &SearchParams) -> Vec<(&'static str, String)> {
    let mut pairs = Vec::new();
    if let Some(q) = &p.q {
        pairs.push(("q", q.clone()));
    }
    if let Some(sort) = p.sort {
        pairs.push(("sort", sort.as_str().to_string()));
    }
    for (key, flag) in [
        ("open", p.open),
        ("free", p.free),
        ("commercial", p.commercial),
        ("derivatives", p.derivatives),
    ] {
        if let Some(flag) = flag {
            pairs.push((key, flag.to_string()));
        }
    }
    let lists: [(&'static str, &Vec<String>); 7] = [
        ("license", &p.license),
        ("lang", &p.lang),
        ("type", &p.kind),
        ("level", &p.level),
        ("accessibility", &p.accessibility),
        ("subject", &p.subject),
        ("source", &p.source),
    ];
    for (key, values) in lists {
        pairs.extend(values.iter().map(|v| (key, v.clone())));
    }
    if let Some(since) = &p.updated_since {
        pairs.push(("updated_since", since.clone()));
    }
    if let Some(limit) = p.limit {
        pairs.push(("limit", limit.to_string()));
    }
    if let Some(cursor) = &p.cursor {
        pairs.push(("cursor", cursor.clone()));
    }
    pairs
}

/// The search page's URL for this state: `/` or `/?…` (with `ui` when the reader chose the
/// page's language).
pub fn search_href(loc: &Locale, p: &SearchParams) -> String {
    let query = query_string(&search_pairs(p));
    if query.is_empty() {
        loc.href("/")
    } else {
        loc.href(&format!("/?{query}"))
    }
}

/// The same search as JSON from the API (the page's state, all facets).
pub fn api_href(p: &SearchParams) -> String {
    let query = query_string(&search_pairs(p));
    if query.is_empty() {
        "/api/v1/resources".to_string()
    } else {
        format!("/api/v1/resources?{query}")
    }
}

/// The page of a resource (a space in a path is `%20`, not `+`).
pub fn resource_href(id: &str) -> String {
    format!("/resources/{}", encode(id).replace('+', "%20"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(query: &str) -> SearchParams {
        let uri: axum::http::Uri = format!("/?{query}").parse().unwrap();
        SearchParams::from_uri(&uri).unwrap()
    }

    #[test]
    fn encodes_like_a_browser_form() {
        let cases = [
            ("photo synthesis", "photo+synthesis"),
            ("a&b=c", "a%26b%3Dc"),
            ("\"exact phrase\" photo*", "%22exact+phrase%22+photo*"),
            ("Übung", "%C3%9Cbung"),
            ("دورة", "%D8%AF%D9%88%D8%B1%D8%A9"),
            ("x~y/z", "x%7Ey%2Fz"),
        ];
        for (value, encoded) in cases {
            assert_eq!(encode(value), encoded, "{value}");
        }
    }

    #[test]
    fn a_state_survives_the_round_trip_through_its_url() {
        let queries = [
            "",
            "q=photo+synthesis",
            "q=%22a+phrase%22&sort=title&open=true&license=cc-by&license=CC-BY-SA-4.0&lang=de\
             &lang=ar&type=video&level=secondary+school&accessibility=captions&subject=Biology+%26+Life&source=cat\
             &updated_since=2024-01-02&limit=5&cursor=abc",
        ];
        let en = Locale::english();
        for query in queries {
            let state = parse(query);
            let href = search_href(&en, &state);
            let again = parse(href.trim_start_matches('/').trim_start_matches('?'));
            assert_eq!(again, state, "{query} -> {href}");
        }
        assert_eq!(search_href(&en, &SearchParams::default()), "/");
        assert_eq!(
            search_href(&en, &parse("lang=German&q=x")),
            "/?q=x&lang=de",
            "values are written normalised"
        );
        let arabic = Locale::fixed(crate::i18n::Lang::Ar, true);
        assert_eq!(search_href(&arabic, &SearchParams::default()), "/?ui=ar");
        assert_eq!(
            search_href(&arabic, &parse("q=x&accessibility=captions")),
            "/?q=x&accessibility=captions&ui=ar"
        );
    }

    #[test]
    fn resource_ids_are_encoded_in_paths() {
        assert_eq!(
            resource_href("77855a891582182d"),
            "/resources/77855a891582182d"
        );
        assert_eq!(resource_href("a/b?c d+"), "/resources/a%2Fb%3Fc%20d%2B");
    }
}
