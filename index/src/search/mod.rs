//! Search: full-text matching with licence and facet filters, facet counts and stable cursor
//! pagination.
//!
//! # Architecture
//! [`query`] is the vocabulary every engine shares. Two engines answer a query: [`sql`] (SQLite
//! alone: FTS5 with BM25, filters and counts in SQL) and [`columns`] (a compact in-memory copy of
//! what search filters and counts on, with the full-text matches still from FTS5, through
//! [`fulltext`]). Neither depends on the other; [`Searcher`] (and [`Index::search`], SQLite alone)
//! checks the query, then asks the columns when they are loaded and SQLite otherwise.
//! [`facet_values`] is how a resource's facet values are stored for both.

pub mod analysis;
pub mod columns;
pub(crate) mod facet_values;
pub mod fulltext;
pub mod query;
pub mod sql;

use std::cell::Cell;
use std::ops::Deref;
use std::sync::Arc;

pub use query::{Facet, FacetCounts, SearchQuery, SearchResults, Sort, DEFAULT_LIMIT, MAX_LIMIT};

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
    let sort = match (q.sort, &filters.fts) {
        (Sort::Relevance, None) => Sort::Updated,
        (sort, _) => sort,
    };
    if let Some((columns, seen)) = columns {
        match columns::search::search(index, columns, seen, q, filters.fts.as_deref(), sort) {
            Ok(Some(results)) => return Ok(results),
            Ok(None) => {}
            Err(IndexError::Columns(message)) => {
                tracing::warn!(%message, "search columns given up; searching SQLite alone");
                columns.give_up();
            }
            Err(e) => return Err(e),
        }
    }
    index.search_sql(q, &filters, sort)
}
