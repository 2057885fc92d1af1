//! Search: full-text matching with licence and facet filters, facet counts and stable cursor
//! pagination.
//!
//! # Architecture
//! [`query`] is the vocabulary every engine shares, [`analysis`] how text becomes terms (NFKC,
//! case and diacritic folding, Snowball stemming per language, bigrams for unspaced scripts),
//! and [`text`] the text index (tantivy, beside SQLite) that finds and scores the full-text
//! matches. Two engines answer a query with those matches: [`sql`] (filters and counts in SQL)
//! and [`columns`] (a compact in-memory copy of what search filters and counts on). Neither
//! depends on the other; [`Searcher`] (and [`Index::search`], SQLite alone) checks the query,
//! then asks the columns when they are loaded and SQLite otherwise. [`facet_values`] is how a
//! resource's facet values are stored for both.

pub mod analysis;
pub mod columns;
pub(crate) mod facet_values;
pub mod query;
pub mod sql;
pub mod text;

use std::cell::Cell;
use std::ops::Deref;
use std::sync::Arc;

pub use query::{
    Facet, FacetCounts, Highlight, SearchQuery, SearchResults, Sort, DEFAULT_LIMIT, MAX_LIMIT,
};

use crate::error::{IndexError, Result};
use crate::store::db::Index;
use columns::SearchColumns;
use sql::Filters;

impl Index {
    /// Runs a search with SQLite alone: one page of results, the total, the facet counts and
    /// the next cursor.
    pub fn search(&self, q: &SearchQuery) -> Result<SearchResults> {
        run(self, None, q)
    }
}

/// A read connection that searches with the search columns once they are loaded (and SQLite
/// meanwhile). It dereferences to its [`Index`] for every other read.
pub struct Searcher {
    index: Index,
    columns: Option<Arc<SearchColumns>>,
    /// `PRAGMA data_version` when this connection last brought the columns up to date.
    seen_data_version: Cell<Option<i64>>,
}

impl Searcher {
    /// A searcher on `index`, using `columns` (shared by every connection to the catalogue) when
    /// given.
    pub fn new(index: Index, columns: Option<Arc<SearchColumns>>) -> Self {
        Searcher {
            index,
            columns,
            seen_data_version: Cell::new(None),
        }
    }

    /// Runs a search: the columns answer when loaded, SQLite otherwise.
    pub fn search(&self, q: &SearchQuery) -> Result<SearchResults> {
        let columns = self
            .columns
            .as_deref()
            .map(|c| (c, &self.seen_data_version));
        run(&self.index, columns, q)
    }
}

impl Deref for Searcher {
    type Target = Index;

    fn deref(&self) -> &Index {
        &self.index
    }
}

/// Checks `q`, then answers it from the columns when they can, else with SQL.
fn run(
    index: &Index,
    columns: Option<(&SearchColumns, &Cell<Option<i64>>)>,
    q: &SearchQuery,
) -> Result<SearchResults> {
    q.check()?;
    let filters = Filters::new(q)?;
    // Relevance needs query text; without it the newest come first.
    let sort = match (q.sort, &filters.text) {
        (Sort::Relevance, None) => Sort::Updated,
        (sort, _) => sort,
    };
    let mut results = None;
    if let Some((columns, seen)) = columns {
        match columns::search::search(index, columns, seen, q, filters.text.as_ref(), sort) {
            Ok(found) => results = found,
            Err(IndexError::Columns(message)) => {
                tracing::warn!(%message, "search columns given up; searching SQLite alone");
                columns.give_up();
            }
            Err(e) => return Err(e),
        }
    }
    let mut results = match results {
        Some(results) => results,
        None => index.search_sql(q, &filters, sort)?,
    };
    if let (true, Some(text)) = (q.highlight, &filters.text) {
        results.highlights = highlights(index, text, q, &results.results)?;
    }
    Ok(results)
}

/// The highlights of a page's results.
fn highlights(
    index: &Index,
    text: &text::TextQuery,
    q: &SearchQuery,
    results: &[crate::model::Resource],
) -> Result<Vec<Highlight>> {
    let languages = if q.languages.is_empty() {
        index.text.catalogue_languages()?
    } else {
        q.languages.clone()
    };
    let marker = text::highlight::Highlighter::new(text, &languages);
    Ok(results
        .iter()
        .map(|r| Highlight {
            title: r.title.as_deref().and_then(|t| marker.mark(t, false)),
            description: r.description.as_deref().and_then(|d| marker.mark(d, true)),
        })
        .collect())
}
