//! Highlights: the words of a title or description that a query matched, marked in bold.
//!
//! The text is analysed as it was indexed, and a word is marked when its exact form or one of
//! its stems is one the query searched, when it begins with one of the query's prefixes, or when
//! it is within the query word's typo distance. The result is HTML: the text escaped, the
//! matched words in `<b>…</b>`; a long description is cut to a window around its first match.

use std::fmt::Write;

use tantivy_fst::Automaton;

use super::automata::Typo;
use super::query::{typo_distance, Part, TextQuery};
use crate::search::analysis::{analyse, Stemmers};

/// Longest description fragment, in characters (before the marks).
const FRAGMENT_CHARS: usize = 240;

/// Characters of context kept before a description's first match.
const CONTEXT_BEFORE: usize = 60;

/// What a query marks in a text.
pub struct Highlighter {
    terms: Vec<String>,
    prefixes: Vec<String>,
    typos: Vec<Typo>,
    stemmers: Stemmers,
}

impl Highlighter {
    /// The highlighter of `query`, its words stemmed with the stemmers of `languages`.
    pub fn new(query: &TextQuery, languages: &[String]) -> Self {
        let stemmers = || Stemmers::of(languages.iter().map(String::as_str));
        let typos = query
            .include
            .iter()
            .filter_map(|part| match part {
                Part::Word(w) => Some(analyse(w, &Stemmers::none())),
                _ => None,
            })
            .flatten()
            .filter_map(|t| typo_distance(&t.exact).map(|d| Typo::new(&t.exact, d)))
            .collect();
        Highlighter {
            terms: query.terms(&stemmers()),
            prefixes: query.prefixes(),
            typos,
            stemmers: stemmers(),
        }
    }

    /// `text` as HTML with the matched words in bold, or `None` when nothing in it matched.
    /// With `fragment`, only a window of the text around the first match.
    pub fn mark(&self, text: &str, fragment: bool) -> Option<String> {
        let tokens = analyse(text, &self.stemmers);
        let mut matched: Vec<std::ops::Range<usize>> = tokens
            .iter()
            .filter(|t| {
                t.stems_or_exact()
                    .chain(std::iter::once(t.exact.as_str()))
                    .any(|form| {
                        self.terms
                            .binary_search_by(|x| x.as_str().cmp(form))
                            .is_ok()
                    })
                    || self
                        .prefixes
                        .iter()
                        .any(|p| t.exact.starts_with(p.as_str()))
                    || self.typos.iter().any(|typo| accepts(typo, &t.exact))
            })
            .map(|t| t.offsets.clone())
            .collect();
        // Overlapping bigrams (and words NFKC split) make one mark.
        matched.sort_by_key(|r| r.start);
        matched.dedup_by(|next, prev| {
            if next.start < prev.end {
                prev.end = prev.end.max(next.end);
                true
            } else {
                false
            }
        });
        let first = matched.first()?.start;
        let (start, end) = if fragment {
            window(text, first)
        } else {
            (0, text.len())
        };
        let mut html = String::new();
        if start > 0 {
            html.push('…');
        }
        let mut at = start;
        for range in matched.iter().filter(|r| r.start >= start && r.end <= end) {
            escape(&mut html, &text[at..range.start]);
            html.push_str("<b>");
            escape(&mut html, &text[range.clone()]);
            html.push_str("</b>");
            at = range.end;
        }
        escape(&mut html, &text[at..end]);
        if end < text.len() {
            html.push('…');
        }
        Some(html)
    }
}

/// The byte range of a fragment of at most [`FRAGMENT_CHARS`] around byte `first`.
fn window(text: &str, first: usize) -> (usize, usize) {
    let before: Vec<usize> = text[..first].char_indices().map(|(i, _)| i).collect();
    let mut start = before
        .len()
        .checked_sub(CONTEXT_BEFORE)
        .map_or(0, |i| before[i]);
    // Start at a word.
    if start > 0 {
        if let Some(space) = text[start..first].find(char::is_whitespace) {
            start += space + 1;
        }
    }
    let end = text[start..]
        .char_indices()
        .nth(FRAGMENT_CHARS)
        .map_or(text.len(), |(i, _)| start + i);
    (start, end)
}

fn accepts(automaton: &Typo, word: &str) -> bool {
    let mut state = automaton.start();
    for &b in word.as_bytes() {
        if !automaton.can_match(&state) {
            return false;
        }
        state = automaton.accept(&state, b);
    }
    automaton.is_match(&state)
}

fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => {
                let _ = out.write_char(c);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(query: &str, languages: &[&str], text: &str) -> Option<String> {
        let languages: Vec<String> = languages.iter().map(|l| l.to_string()).collect();
        Highlighter::new(&TextQuery::parse(query).unwrap(), &languages).mark(text, false)
    }

    #[test]
    fn exact_stemmed_prefixed_and_misspelt_words_are_marked() {
        let cases = [
            (
                "fraction",
                "en",
                "Adding fractions",
                "Adding <b>fractions</b>",
            ),
            (
                "Bruch",
                "de",
                "Brüche – Unterricht",
                "<b>Brüche</b> – Unterricht",
            ),
            (
                "eleve",
                "fr",
                "Carnet de l'élève",
                "Carnet de l&#39;<b>élève</b>",
            ),
            (
                "photo*",
                "en",
                "Photosynthesis lab",
                "<b>Photosynthesis</b> lab",
            ),
            (
                "photosyntesis",
                "en",
                "The photosynthesis lab",
                "The <b>photosynthesis</b> lab",
            ),
            (
                "光合作用",
                "zh",
                "植物的光合作用实验",
                "植物的<b>光合作用</b>实验",
            ),
        ];
        for (query, language, text, expected) in cases {
            assert_eq!(
                mark(query, &[language], text).as_deref(),
                Some(expected),
                "{query}"
            );
        }
    }

    #[test]
    fn text_is_escaped_and_unmatched_text_is_none() {
        assert_eq!(
            mark("fish", &["en"], "<script>fish</script>").as_deref(),
            Some("&lt;script&gt;<b>fish</b>&lt;/script&gt;")
        );
        assert_eq!(mark("fish", &["en"], "Birds and trees"), None);
        assert_eq!(mark("-fish", &["en"], "fish"), None);
    }

    #[test]
    fn a_long_description_is_cut_around_its_first_match() {
        let text = format!(
            "{} photosynthesis {}",
            "word ".repeat(100),
            "end ".repeat(100)
        );
        let languages = vec!["en".to_string()];
        let html = Highlighter::new(&TextQuery::parse("photosynthesis").unwrap(), &languages)
            .mark(&text, true)
            .unwrap();
        assert!(html.starts_with('…') && html.ends_with('…'), "{html}");
        assert!(html.contains("<b>photosynthesis</b>"));
        assert!(html.chars().count() < 300, "{html}");
    }
}
