//! Term-dictionary automata for the text index: typo candidates (a Levenshtein DFA with the
//! first letter fixed) and prefixes, as tantivy queries matching every term they accept.
//!
//! Tantivy's own `FuzzyTermQuery` runs the bare Levenshtein DFA over the dictionary; it prunes
//! so little that the walk is nearly a scan (48–74 ms a query at 1,000,000 records in the
//! engine comparison, BENCHMARKS.md). Requiring the first letter as typed (Lucene's
//! `prefix_length` 1) confines the walk to one branch of the dictionary (0.3 ms).

use std::sync::{Arc, OnceLock};

use levenshtein_automata::{Distance, LevenshteinAutomatonBuilder, DFA, SINK_STATE};
use tantivy::query::{AutomatonWeight, EnableScoring, Query, Weight};
use tantivy::schema::Field;
use tantivy_fst::Automaton;

/// Terms within `distance` edits of a word (a transposition counts as one) that begin with the
/// word's first letter.
pub(crate) struct Typo {
    dfa: DFA,
    first: Vec<u8>,
}

impl Typo {
    /// The automaton of `word` (folded) at `distance` edits (at most 2).
    pub(crate) fn new(word: &str, distance: u8) -> Self {
        static BUILDERS: [OnceLock<LevenshteinAutomatonBuilder>; 3] =
            [OnceLock::new(), OnceLock::new(), OnceLock::new()];
        let distance = distance.min(2);
        let builder = BUILDERS[usize::from(distance)]
            .get_or_init(|| LevenshteinAutomatonBuilder::new(distance, true));
        let first = word.chars().next().map(String::from).unwrap_or_default();
        Typo {
            dfa: builder.build_dfa(word),
            first: first.into_bytes(),
        }
    }
}

impl Automaton for Typo {
    /// (DFA state, bytes read so far, capped past the first letter).
    type State = (u32, u32);

    fn start(&self) -> Self::State {
        (self.dfa.initial_state(), 0)
    }

    fn is_match(&self, state: &Self::State) -> bool {
        state.1 as usize >= self.first.len()
            && matches!(self.dfa.distance(state.0), Distance::Exact(_))
    }

    fn can_match(&self, state: &Self::State) -> bool {
        state.0 != SINK_STATE
    }

    fn accept(&self, state: &Self::State, byte: u8) -> Self::State {
        let read = state.1 as usize;
        if read < self.first.len() && self.first[read] != byte {
            return (SINK_STATE, 0);
        }
        let read = if read < self.first.len() {
            state.1 + 1
        } else {
            state.1
        };
        (self.dfa.transition(state.0, byte), read)
    }
}

/// Terms that begin with a prefix.
pub(crate) struct Prefix(Vec<u8>);

impl Prefix {
    pub(crate) fn new(prefix: &str) -> Self {
        Prefix(prefix.as_bytes().to_vec())
    }
}

impl Automaton for Prefix {
    /// Bytes of the prefix matched so far, or `None` once a byte differed.
    type State = Option<usize>;

    fn start(&self) -> Self::State {
        Some(0)
    }

    fn is_match(&self, state: &Self::State) -> bool {
        state.is_some_and(|read| read >= self.0.len())
    }

    fn can_match(&self, state: &Self::State) -> bool {
        state.is_some()
    }

    fn will_always_match(&self, state: &Self::State) -> bool {
        self.is_match(state)
    }

    fn accept(&self, state: &Self::State, byte: u8) -> Self::State {
        let read = (*state)?;
        match self.0.get(read) {
            None => Some(read),
            Some(&b) if b == byte => Some(read + 1),
            Some(_) => None,
        }
    }
}

/// A query matching the documents that hold any term of `field` the automaton accepts, every
/// one with the same score (the boost it is given).
pub(crate) struct AutomatonQuery<A> {
    field: Field,
    automaton: Arc<A>,
}

impl<A> AutomatonQuery<A> {
    pub(crate) fn new(field: Field, automaton: Arc<A>) -> Self {
        AutomatonQuery { field, automaton }
    }
}

impl<A> Clone for AutomatonQuery<A> {
    fn clone(&self) -> Self {
        AutomatonQuery {
            field: self.field,
            automaton: self.automaton.clone(),
        }
    }
}

impl<A> std::fmt::Debug for AutomatonQuery<A> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AutomatonQuery")
            .field("field", &self.field)
            .finish_non_exhaustive()
    }
}

impl<A> Query for AutomatonQuery<A>
where
    A: Automaton + Send + Sync + 'static,
    A::State: Clone,
{
    fn weight(&self, _scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        Ok(Box::new(AutomatonWeight::<A>::new(
            self.field,
            self.automaton.clone(),
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepts<A: Automaton>(automaton: &A, term: &str) -> bool {
        let mut state = automaton.start();
        for &b in term.as_bytes() {
            if !automaton.can_match(&state) {
                return false;
            }
            state = automaton.accept(&state, b);
        }
        automaton.is_match(&state)
    }

    #[test]
    fn typos_within_the_distance_and_with_the_first_letter_match() {
        let one = Typo::new("photosyntesis", 1);
        assert!(accepts(&one, "photosynthesis"));
        assert!(accepts(&one, "photosyntesis"));
        assert!(!accepts(&one, "photosynthèses"));
        let two = Typo::new("fotosynthesis", 2);
        // The first letter is not an edit the automaton allows.
        assert!(!accepts(&two, "photosynthesis"));
        let swap = Typo::new("fractoin", 1);
        assert!(accepts(&swap, "fraction"), "a transposition is one edit");
        assert!(!accepts(&Typo::new("equation", 1), "equations2x"));
    }

    #[test]
    fn typo_automata_work_on_multibyte_letters() {
        let t = Typo::new("élève", 1);
        assert!(accepts(&t, "élèves"));
        assert!(!accepts(&t, "eleve"), "é is the first letter");
        assert!(accepts(&Typo::new("уравнение", 1), "уравнения"));
    }

    #[test]
    fn prefixes_match_every_longer_term() {
        let p = Prefix::new("photo");
        for (term, expected) in [
            ("photo", true),
            ("photosynthesis", true),
            ("phot", false),
            ("aphoto", false),
        ] {
            assert_eq!(accepts(&p, term), expected, "{term}");
        }
    }
}
