//! Full-text search in PostgreSQL: each resource's text as a `tsvector`, the user's text as a
//! `tsquery`, both built by PostgreSQL's own text search.
//!
//! A resource's vector holds its words twice over: as written (the `simple` configuration:
//! lower-cased, diacritics removed with `unaccent`), which exact and prefix search find, and as
//! stems in the Snowball configuration of its first language that has one ([`config_for`]), which
//! finds other forms of a word (`fraction` finds `fractions` in English). A query word matches
//! either way: as written, or as its stem in any configuration, so a query needs no language;
//! a phrase matches as written.
//! Title, keywords, subjects and description plus creators weigh A, B, C and D for ranking
//! (the SQLite engine's BM25 weights, in PostgreSQL's four classes).
//!
//! User text reaches PostgreSQL only as bound parameters: words and `"phrases"` are split by
//! [`split`], and each becomes `phraseto_tsquery` of its text (no
//! operator in the text means anything) or, for a trailing `*`, a prefix query of quoted words.

/// PostgreSQL's Snowball configurations, by ISO 639-1 (or 639-3) language code.
const CONFIGS: &[(&str, &str)] = &[
    ("ar", "arabic"),
    ("hy", "armenian"),
    ("eu", "basque"),
    ("ca", "catalan"),
    ("da", "danish"),
    ("nl", "dutch"),
    ("en", "english"),
    ("fi", "finnish"),
    ("fr", "french"),
    ("de", "german"),
    ("el", "greek"),
    ("hi", "hindi"),
    ("hu", "hungarian"),
    ("id", "indonesian"),
    ("ga", "irish"),
    ("it", "italian"),
    ("lt", "lithuanian"),
    ("ne", "nepali"),
    ("no", "norwegian"),
    ("nb", "norwegian"),
    ("nn", "norwegian"),
    ("pt", "portuguese"),
    ("ro", "romanian"),
    ("ru", "russian"),
    ("sr", "serbian"),
    ("es", "spanish"),
    ("sv", "swedish"),
    ("ta", "tamil"),
    ("tr", "turkish"),
    ("yi", "yiddish"),
];

/// The configurations a query word is stemmed in, each once (PostgreSQL 15 has them all).
const QUERY_CONFIGS: &[&str] = &[
    "arabic",
    "armenian",
    "basque",
    "catalan",
    "danish",
    "dutch",
    "english",
    "finnish",
    "french",
    "german",
    "greek",
    "hindi",
    "hungarian",
    "indonesian",
    "irish",
    "italian",
    "lithuanian",
    "nepali",
    "norwegian",
    "portuguese",
    "romanian",
    "russian",
    "serbian",
    "spanish",
    "swedish",
    "tamil",
    "turkish",
    "yiddish",
];

/// The Snowball configuration for the first of `languages` that has one, else `simple` (no
/// stemming).
pub fn config_for(languages: &[String]) -> &'static str {
    languages
        .iter()
        .find_map(|code| {
            let code = code.split(['-', '_']).next().unwrap_or_default();
            CONFIGS
                .iter()
                .find(|(c, _)| c.eq_ignore_ascii_case(code))
                .map(|(_, config)| *config)
        })
        .unwrap_or("simple")
}

/// The SQL of a resource's vector from six parameters starting at `$first`: title,
/// description, keywords, subjects, creators (each a text) and the stemming configuration.
pub(crate) fn vector_sql(first: usize) -> String {
    let p = |i: usize| format!("${}", first + i);
    let cfg = format!("{}::text::regconfig", p(5));
    let mut parts = Vec::new();
    for (i, weight) in [(0, 'A'), (1, 'D'), (2, 'B'), (3, 'C'), (4, 'D')] {
        parts.push(format!(
            "setweight(to_tsvector('simple', unaccent({}::text)), '{weight}')",
            p(i)
        ));
        // Names are not stemmed.
        if i != 4 {
            parts.push(format!(
                "setweight(to_tsvector({cfg}, unaccent({}::text)), '{weight}')",
                p(i)
            ));
        }
    }
    parts.join(" || ")
}

/// A query term: the text of a word or phrase, and whether it ends in `*` (a prefix).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Term {
    /// What the user wrote, without quotes or the `*`.
    pub text: String,
    /// Match words that start with the last word.
    pub prefix: bool,
    /// Match what does not have this (`-word`, `-"a phrase"`).
    pub exclude: bool,
}

/// The most distinct terms a query may have (each becomes a small expression of its own; ten
/// thousand would overflow the server's stack).
pub const MAX_TERMS: usize = 64;

/// The distinct terms of user text (see [`split`]); empty when nothing searchable remains.
pub(crate) fn terms(text: &str) -> Vec<Term> {
    let mut terms: Vec<Term> = Vec::new();
    for term in split(text) {
        // Words AND: a repeated one adds nothing.
        if !terms.contains(&term) {
            terms.push(term);
        }
    }
    terms
}

/// Splits user text into words and `"phrases"` (an unpaired quote quotes to the end), each
/// with a trailing `*` making a prefix and a leading `-` an exclusion, as the embedded engine
/// reads them ([`crate::search::text::TextQuery::parse`]); control characters and quotes inside
/// become spaces, and a part without a letter or digit is dropped. Nothing else is syntax.
fn split(text: &str) -> Vec<Term> {
    let mut terms = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        rest = rest.trim_start();
        let exclude = match rest.strip_prefix('-') {
            Some(after) if !after.is_empty() && !after.starts_with(char::is_whitespace) => {
                rest = after;
                true
            }
            _ => false,
        };
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
        if clean.chars().any(char::is_alphanumeric) {
            terms.push(Term {
                text: clean.to_string(),
                prefix,
                exclude,
            });
        }
    }
    terms
}

/// The `tsquery` text for a prefix term: its words, quoted, in sequence, the last as a prefix
/// (`'linear' <-> 'alg':*`). Quotes and backslashes in the words are escaped.
pub(crate) fn prefix_query(term: &str) -> String {
    let words: Vec<String> = term
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| format!("'{}'", w.replace('\\', "\\\\").replace('\'', "''")))
        .collect();
    match words.split_last() {
        Some((last, [])) => format!("{last}:*"),
        Some((last, before)) => format!("{} <-> {last}:*", before.join(" <-> ")),
        None => String::new(),
    }
}

/// The SQL of the `tsquery` for one term bound as parameter `$n` (its text, or for a prefix
/// term its [`prefix_query`]).
pub(crate) fn term_sql(term: &Term, n: usize) -> String {
    if term.prefix {
        return format!("to_tsquery('simple', unaccent(${n}::text))");
    }
    let as_written = format!("phraseto_tsquery('simple', unaccent(${n}::text))");
    // A phrase matches as written: a configuration that drops one of its words as a stop word
    // (`les` in French) would turn `"les fractions"` into `fraction` alone.
    let words = term
        .text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .count();
    if words > 1 {
        return as_written;
    }
    let mut alternatives = vec![as_written];
    for config in QUERY_CONFIGS {
        alternatives.push(format!(
            "phraseto_tsquery('{config}', unaccent(${n}::text))"
        ));
    }
    format!("({})", alternatives.join(" || "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_pick_their_snowball_configuration() {
        let langs = |l: &[&str]| l.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(config_for(&langs(&["de"])), "german");
        assert_eq!(config_for(&langs(&["xx", "fr"])), "french");
        assert_eq!(config_for(&langs(&["pt-BR"])), "portuguese");
        assert_eq!(config_for(&langs(&["nb"])), "norwegian");
        assert_eq!(config_for(&langs(&["la"])), "simple", "no Latin stemmer");
        for (_, config) in CONFIGS {
            assert!(QUERY_CONFIGS.contains(config), "{config}");
        }
        assert_eq!(config_for(&[]), "simple");
    }

    #[test]
    fn user_text_becomes_terms_and_inert_prefix_queries() {
        let t = |text: &str, prefix| Term {
            exclude: false,
            text: text.into(),
            prefix,
        };
        assert_eq!(
            terms(r#"linear "open educational" photo* x"#),
            [
                t("linear", false),
                t("open educational", false),
                t("photo", true),
                t("x", false)
            ]
        );
        assert_eq!(terms("* ( ) \"\""), []);
        let excluded = terms(r#"-x y - z -"a b""#);
        assert_eq!(
            excluded
                .iter()
                .map(|t| (t.text.as_str(), t.exclude))
                .collect::<Vec<_>>(),
            [("x", true), ("y", false), ("z", false), ("a b", true)]
        );
        assert_eq!(terms(&"a b ".repeat(1000)), [t("a", false), t("b", false)]);
        assert_eq!(prefix_query("fraction"), "'fraction':*");
        assert_eq!(prefix_query("linear alg"), "'linear' <-> 'alg':*");
        assert_eq!(prefix_query("o'neil"), "'o' <-> 'neil':*");
        assert_eq!(prefix_query("!!"), "");
    }
}
