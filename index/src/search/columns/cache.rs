//! Caches beside the search columns, valid for one generation of them (any commit ends it):
//! the full-text matches of a query text with their BM25 scores, and the total and facet counts
//! of a filter combination. Paging through results, changing the sort, or many teachers asking
//! the same popular question then cost one pass over a few arrays, not a new SQLite query.
//! Like Elasticsearch's request cache, they never serve an answer older than the last refresh.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::Arc;

use crate::search::query::{Facet, FacetCounts};

/// Full-text hits kept at most (16 bytes each: 32 MiB).
const HIT_BUDGET: usize = 2_000_000;

/// Count results kept at most.
const COUNT_ENTRIES: usize = 1_024;

pub(crate) use crate::search::text::Hit;

/// The total and facet counts of one filter combination.
#[derive(Debug, Clone)]
pub(crate) struct Counted {
    pub total: u64,
    pub facets: BTreeMap<Facet, FacetCounts>,
}

/// Entries up to a weight budget, the oldest dropped first.
#[derive(Debug)]
struct Bounded<V> {
    map: HashMap<String, (Arc<V>, usize)>,
    order: VecDeque<String>,
    weight: usize,
    budget: usize,
}

impl<V> Bounded<V> {
    fn new(budget: usize) -> Self {
        Bounded {
            map: HashMap::new(),
            order: VecDeque::new(),
            weight: 0,
            budget,
        }
    }

    fn get(&self, key: &str) -> Option<Arc<V>> {
        self.map.get(key).map(|(v, _)| v.clone())
    }

    fn put(&mut self, key: String, value: Arc<V>, weight: usize) {
        if weight > self.budget || self.map.contains_key(&key) {
            return;
        }
        while self.weight + weight > self.budget {
            let Some(oldest) = self.order.pop_front() else {
                break;
            };
            if let Some((_, w)) = self.map.remove(&oldest) {
                self.weight -= w;
            }
        }
        self.weight += weight;
        self.order.push_back(key.clone());
        self.map.insert(key, (value, weight));
    }

    fn clear(&mut self) {
        self.map.clear();
        self.order.clear();
        self.weight = 0;
    }
}

/// The caches of one [`crate::search::columns::SearchColumns`].
#[derive(Debug)]
pub(crate) struct SearchCache {
    generation: u64,
    hits: Bounded<Vec<Hit>>,
    counts: Bounded<Counted>,
    /// Lookups answered from the cache, and lookups that were not (for the hit ratio).
    found: u64,
    missed: u64,
}

impl Default for SearchCache {
    fn default() -> Self {
        SearchCache {
            generation: 0,
            hits: Bounded::new(HIT_BUDGET),
            counts: Bounded::new(COUNT_ENTRIES),
            found: 0,
            missed: 0,
        }
    }
}

impl SearchCache {
    /// A cache that keeps nothing.
    pub fn disabled() -> Self {
        SearchCache {
            generation: 0,
            hits: Bounded::new(0),
            counts: Bounded::new(0),
            found: 0,
            missed: 0,
        }
    }

    /// Forgets everything when the columns moved on to another generation.
    fn sync(&mut self, generation: u64) {
        if generation != self.generation {
            self.hits.clear();
            self.counts.clear();
            self.generation = generation;
        }
    }

    /// Cached full-text hits of an FTS5 query.
    pub fn hits(&mut self, generation: u64, fts: &str) -> Option<Arc<Vec<Hit>>> {
        self.sync(generation);
        let found = self.hits.get(fts);
        self.tally(found.is_some());
        found
    }

    /// Counts one lookup.
    fn tally(&mut self, found: bool) {
        if found {
            self.found += 1;
        } else {
            self.missed += 1;
        }
    }

    /// Lookups answered from the cache and lookups that were not, since the start.
    pub fn stats(&self) -> (u64, u64) {
        (self.found, self.missed)
    }

    /// Keeps full-text hits.
    pub fn put_hits(&mut self, generation: u64, fts: &str, hits: Arc<Vec<Hit>>) {
        self.sync(generation);
        let weight = hits.len().max(1);
        self.hits.put(fts.to_string(), hits, weight);
    }

    /// Cached counts of a filter combination.
    pub fn counts(&mut self, generation: u64, key: &str) -> Option<Arc<Counted>> {
        self.sync(generation);
        let found = self.counts.get(key);
        self.tally(found.is_some());
        found
    }

    /// Keeps counts.
    pub fn put_counts(&mut self, generation: u64, key: &str, counted: Arc<Counted>) {
        self.sync(generation);
        self.counts.put(key.to_string(), counted, 1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_live_for_one_generation_within_a_budget() {
        let mut cache = SearchCache::default();
        let hits = Arc::new(vec![Hit {
            rowid: 1,
            score: -1.0,
        }]);
        cache.put_hits(1, "\"a\"", hits.clone());
        assert_eq!(cache.hits(1, "\"a\"").unwrap().len(), 1);
        assert!(cache.hits(2, "\"a\"").is_none(), "a new generation forgets");
        assert!(cache.hits(1, "\"a\"").is_none(), "and does not go back");

        let mut small = Bounded::new(3);
        small.put("a".into(), Arc::new(1), 2);
        small.put("b".into(), Arc::new(2), 2);
        assert!(small.get("a").is_none(), "the oldest made room");
        assert_eq!(small.get("b").as_deref(), Some(&2));
        small.put("c".into(), Arc::new(3), 4);
        assert!(small.get("c").is_none(), "heavier than the budget");
        assert_eq!(small.weight, 2);
    }
}
