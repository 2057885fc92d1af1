//! What a user types, as a query of the text index: words, `"phrases"`, `prefix*` and
//! `-exclusions`, each analysed as the records are ([`crate::search::analysis`]), then built
//! into a tantivy query.
//!
//! Every word must match, in any of the searched fields, in one of three forms: its exact
//! (folded) form, one of its stems, or (only for words of five letters or more) a typo: one
//! edit for 5–8 letters, two from 9. Exact forms weigh more than stems; typos are a separate,
//! lower tier ([`TextQuery::tolerant`]), so exact and stemmed matches always rank first. A
//! run of Chinese or Japanese characters must match all its bigrams; a phrase matches its words
//! in order; a prefix matches every longer word; an exclusion removes what it would match.

use std::sync::Arc;

use tantivy::query::{AllQuery, BooleanQuery, BoostQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::Term;

use super::automata::{AutomatonQuery, Prefix, Typo};
use super::document::{Fields, FIELD_WEIGHTS};
use crate::search::analysis::{analyse, is_cjk, Stemmers, Token};

/// How much more an exact form weighs than a stem.
const EXACT_BOOST: f32 = 2.0;

/// How much a title holding every word of the query in order adds.
const TITLE_PHRASE_BOOST: f32 = 4.0;

/// One part of the user's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// A word (or a run of unspaced script).
    Word(String),
    /// Words in this order.
    Phrase(String),
    /// Words beginning with this.
    Prefix(String),
}

/// The user's text, parsed: what must match and what must not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextQuery {
    /// Parts every match has.
    pub include: Vec<Part>,
    /// Parts no match has.
    pub exclude: Vec<Part>,
}

impl TextQuery {
    /// Parses user text; `None` when nothing searchable remains. Quotes pair up (an unpaired
    /// one quotes to the end), `-` before a word or phrase excludes it, a trailing `*` makes a
    /// prefix. Nothing else is syntax: `AND`, `title:x` or brackets are plain text.
    pub fn parse(text: &str) -> Option<Self> {
        let mut query = TextQuery {
            include: Vec::new(),
            exclude: Vec::new(),
        };
        let mut rest = text;
        loop {
            rest = rest.trim_start();
            if rest.is_empty() {
                break;
            }
            let (negated, body) = match rest.strip_prefix('-') {
                Some(after) if !after.starts_with(char::is_whitespace) && !after.is_empty() => {
                    (true, after)
                }
                _ => (false, rest),
            };
            let (part, after) = if let Some(quoted) = body.strip_prefix('"') {
                let end = quoted.find('"').unwrap_or(quoted.len());
                let after = quoted.get(end + 1..).unwrap_or("");
                (Part::Phrase(quoted[..end].to_string()), after)
            } else {
                let end = body.find(char::is_whitespace).unwrap_or(body.len());
                let word = &body[..end];
                let part = match word.strip_suffix('*') {
                    Some(stem) if !stem.is_empty() => Part::Prefix(stem.to_string()),
                    _ => Part::Word(word.to_string()),
                };
                (part, &body[end..])
            };
            rest = after;
            if !has_words(&part) {
                continue;
            }
            if negated {
                query.exclude.push(part);
            } else {
                query.include.push(part);
            }
        }
        (!query.include.is_empty() || !query.exclude.is_empty()).then_some(query)
    }

    /// A key naming the query (for caches).
    pub fn key(&self) -> String {
        format!("{:?}", (&self.include, &self.exclude))
    }

    /// The query of the first tier: exact and stemmed forms, no typos.
    pub(crate) fn strict(&self, fields: &Fields, stemmers: &Stemmers) -> Box<dyn Query> {
        self.build(fields, stemmers, false)
    }

    /// The query of the second tier (exact, stemmed and typo forms), or `None` when no word is
    /// long enough for typos (the second tier would find nothing more).
    pub(crate) fn tolerant(&self, fields: &Fields, stemmers: &Stemmers) -> Option<Box<dyn Query>> {
        let any = self.include.iter().any(|part| match part {
            Part::Word(w) => analyse(w, &Stemmers::none())
                .iter()
                .any(|t| typo_distance(&t.exact).is_some()),
            _ => false,
        });
        any.then(|| self.build(fields, stemmers, true))
    }

    /// The folded words and stems of the included parts (what highlights mark).
    pub fn terms(&self, stemmers: &Stemmers) -> Vec<String> {
        let mut terms = Vec::new();
        for part in &self.include {
            let (Part::Word(text) | Part::Phrase(text) | Part::Prefix(text)) = part;
            for token in analyse(text, stemmers) {
                terms.push(token.exact.clone());
                terms.extend(token.stems);
            }
        }
        terms.sort();
        terms.dedup();
        terms
    }

    /// The prefixes (folded) of the included parts.
    pub fn prefixes(&self) -> Vec<String> {
        self.include
            .iter()
            .filter_map(|part| match part {
                Part::Prefix(p) => analyse(p, &Stemmers::none()).pop().map(|t| t.exact),
                _ => None,
            })
            .collect()
    }

    fn build(&self, fields: &Fields, stemmers: &Stemmers, typos: bool) -> Box<dyn Query> {
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut words: Vec<Token> = Vec::new();
        for part in &self.include {
            for clause in part_clauses(part, fields, stemmers, typos) {
                clauses.push((Occur::Must, clause));
            }
            if let Part::Word(w) = part {
                words.extend(analyse(w, &Stemmers::none()));
            }
        }
        for part in &self.exclude {
            let parts = part_clauses(part, fields, stemmers, false);
            let all: Vec<(Occur, Box<dyn Query>)> =
                parts.into_iter().map(|q| (Occur::Must, q)).collect();
            if !all.is_empty() {
                clauses.push((Occur::MustNot, Box::new(BooleanQuery::new(all))));
            }
        }
        if self.include.is_empty() {
            clauses.push((Occur::Must, Box::new(AllQuery)));
        }
        // A title holding the words in order: the resource is about them.
        if words.len() > 1 {
            let terms = words
                .iter()
                .enumerate()
                .map(|(i, t)| (i, Term::from_field_text(fields.exact[0], &t.exact)))
                .collect();
            clauses.push((
                Occur::Should,
                Box::new(BoostQuery::new(
                    Box::new(PhraseQuery::new_with_offset(terms)),
                    TITLE_PHRASE_BOOST * FIELD_WEIGHTS[0],
                )),
            ));
        }
        Box::new(BooleanQuery::new(clauses))
    }
}

fn has_words(part: &Part) -> bool {
    let (Part::Word(text) | Part::Phrase(text) | Part::Prefix(text)) = part;
    !analyse(text, &Stemmers::none()).is_empty()
}

/// Typo distance allowed for a folded word: one edit for 5–8 letters, two from 9; none for
/// shorter words, numbers and unspaced scripts.
pub(crate) fn typo_distance(word: &str) -> Option<u8> {
    if word.chars().any(|c| c.is_numeric() || is_cjk(c)) {
        return None;
    }
    match word.chars().count() {
        0..=4 => None,
        5..=8 => Some(1),
        _ => Some(2),
    }
}

/// The clauses a part adds (each must match).
fn part_clauses(
    part: &Part,
    fields: &Fields,
    stemmers: &Stemmers,
    typos: bool,
) -> Vec<Box<dyn Query>> {
    match part {
        Part::Word(text) => {
            let tokens = analyse(text, stemmers);
            // "x-ray", "l'élève" or an unspaced run: several tokens, all in order.
            let cjk = text.chars().any(is_cjk);
            if tokens.len() > 1 && !cjk {
                return vec![phrase(&tokens, fields)];
            }
            // One Chinese or Japanese character: the bigrams it begins (it is indexed alone only
            // where it stands alone).
            if let [token] = tokens.as_slice() {
                if token.exact.chars().count() == 1 && token.exact.chars().all(is_cjk) {
                    return vec![prefix(&token.exact, fields)];
                }
            }
            tokens
                .iter()
                .map(|t| word_clause(t, fields, typos && !cjk))
                .collect()
        }
        Part::Phrase(text) => {
            let tokens = analyse(text, stemmers);
            match tokens.len() {
                0 => Vec::new(),
                1 => vec![word_clause(&tokens[0], fields, false)],
                _ => vec![phrase(&tokens, fields)],
            }
        }
        Part::Prefix(text) => match analyse(text, &Stemmers::none()).pop() {
            Some(last) => vec![prefix(&last.exact, fields)],
            None => Vec::new(),
        },
    }
}

/// Words beginning with `start` (folded), in any field.
fn prefix(start: &str, fields: &Fields) -> Box<dyn Query> {
    let automaton = Arc::new(Prefix::new(start));
    let any = fields
        .exact
        .iter()
        .zip(FIELD_WEIGHTS)
        .map(|(&field, weight)| {
            boosted(
                Box::new(AutomatonQuery::new(field, automaton.clone())),
                weight,
            )
        })
        .collect();
    should(any)
}

/// One word in any field: exact form, stems, and (second tier) typos.
fn word_clause(token: &Token, fields: &Fields, typos: bool) -> Box<dyn Query> {
    let mut any = Vec::new();
    let typo = if typos {
        typo_distance(&token.exact).map(|d| Arc::new(Typo::new(&token.exact, d)))
    } else {
        None
    };
    for (i, weight) in FIELD_WEIGHTS.iter().enumerate() {
        any.push(boosted(
            term(fields.exact[i], &token.exact),
            weight * EXACT_BOOST,
        ));
        // The word itself too: a stemmer of another catalogue language may change a word
        // this resource's stemmer leaves alone ("cell" in Hungarian).
        for stem in
            std::iter::once(token.exact.as_str()).chain(token.stems.iter().map(String::as_str))
        {
            any.push(boosted(term(fields.stem[i], stem), *weight));
        }
        if let Some(typo) = &typo {
            // Typo matches score a constant: their term statistics say nothing about the
            // word the user meant.
            any.push(boosted(
                Box::new(AutomatonQuery::new(fields.exact[i], typo.clone())),
                weight * 0.1,
            ));
        }
    }
    should(any)
}

/// Words in this order, in any field.
fn phrase(tokens: &[Token], fields: &Fields) -> Box<dyn Query> {
    let any = fields
        .exact
        .iter()
        .zip(FIELD_WEIGHTS)
        .map(|(&field, weight)| {
            let terms = tokens
                .iter()
                .enumerate()
                .map(|(i, t)| (i, Term::from_field_text(field, &t.exact)))
                .collect();
            boosted(
                Box::new(PhraseQuery::new_with_offset(terms)),
                weight * EXACT_BOOST,
            )
        })
        .collect();
    should(any)
}

fn term(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    ))
}

fn boosted(query: Box<dyn Query>, boost: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(query, boost))
}

fn should(queries: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(
        queries.into_iter().map(|q| (Occur::Should, q)).collect(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(w: &str) -> Part {
        Part::Word(w.into())
    }

    #[test]
    fn user_text_parses_into_words_phrases_prefixes_and_exclusions() {
        let q =
            TextQuery::parse(r#"solar "solar system" photo* -moon -"dark side" x-ray"#).unwrap();
        assert_eq!(
            q.include,
            [
                word("solar"),
                Part::Phrase("solar system".into()),
                Part::Prefix("photo".into()),
                word("x-ray"),
            ]
        );
        assert_eq!(q.exclude, [word("moon"), Part::Phrase("dark side".into())]);
    }

    #[test]
    fn syntax_of_other_engines_is_plain_text() {
        let q = TextQuery::parse("NOT OR AND NEAR( title:foo").unwrap();
        assert_eq!(
            q.include,
            [
                word("NOT"),
                word("OR"),
                word("AND"),
                word("NEAR("),
                word("title:foo")
            ]
        );
        let q = TextQuery::parse(r#"unbalanced "quote"#).unwrap();
        assert_eq!(
            q.include,
            [word("unbalanced"), Part::Phrase("quote".into())]
        );
    }

    #[test]
    fn text_without_words_is_no_query() {
        for text in ["", "   ", "* - ( ) \"\"", "-", "--", "\u{0}"] {
            assert_eq!(TextQuery::parse(text), None, "{text:?}");
        }
        // A lone dash is not an exclusion.
        assert_eq!(
            TextQuery::parse("a - b").unwrap().include,
            [word("a"), word("b")]
        );
    }

    #[test]
    fn typos_are_allowed_by_word_length() {
        for (w, d) in [
            ("plan", None),
            ("plans", Some(1)),
            ("fraction", Some(1)),
            ("fractions", Some(2)),
            ("photosyntesis", Some(2)),
            ("2024x", None),
            ("光合作用光合作用", None),
        ] {
            assert_eq!(typo_distance(w), d, "{w}");
        }
    }
}
