//! Full-text matching: user text as an FTS5 query over the `resources_fts` table both engines
//! read their matches from.
//!
//! Every word or phrase of the user's text becomes a quoted FTS5 string, so no input can inject
//! FTS5 syntax; the query always reaches SQLite as a bound parameter.

/// Builds an FTS5 query from user text: each word or `"phrase"` becomes a quoted FTS5 string (so
/// operators and punctuation are inert); a trailing `*` keeps prefix search. `None` when nothing
/// searchable remains.
pub fn fts_query(text: &str) -> Option<String> {
    let mut terms = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        rest = rest.trim_start();
        let (term, after) = if let Some(stripped) = rest.strip_prefix('"') {
            match stripped.find('"') {
                Some(end) => (&stripped[..end], &stripped[end + 1..]),
                None => (stripped, ""),
            }
        } else {
            let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
            (&rest[..end], &rest[end..])
        };
        rest = after;
        let prefix = term.ends_with('*');
        let clean: String = term
            .chars()
            .map(|c| if c.is_control() || c == '"' { ' ' } else { c })
            .collect();
        let clean = clean.trim_end_matches('*').trim();
        if !clean.chars().any(char::is_alphanumeric) {
            continue;
        }
        let mut fts = format!("\"{clean}\"");
        if prefix {
            fts.push_str(" *");
        }
        terms.push(fts);
    }
    (!terms.is_empty()).then(|| terms.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_becomes_inert_fts_terms() {
        let cases = [
            ("fractions", Some(r#""fractions""#)),
            ("linear algebra", Some(r#""linear" "algebra""#)),
            (
                r#""open educational" resources"#,
                Some(r#""open educational" "resources""#),
            ),
            ("photo*", Some(r#""photo" *"#)),
            ("NOT OR AND NEAR(", Some(r#""NOT" "OR" "AND" "NEAR(""#)),
            ("title:foo", Some(r#""title:foo""#)),
            (r#"unbalanced "quote"#, Some(r#""unbalanced" "quote""#)),
            ("a\0b", Some(r#""a b""#)),
            ("* - ( ) \"\"", None),
            ("", None),
        ];
        for (input, expected) in cases {
            assert_eq!(fts_query(input).as_deref(), expected, "{input:?}");
        }
    }
}
