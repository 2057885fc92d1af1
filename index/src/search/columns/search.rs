//! Searches answered from the search columns ([`crate::search::columns`]): the text index
//! ([`crate::search::text`]) finds the full-text matches (and scores them), the columns filter
//! them and count the total and the facets in one pass. The page comes from a bounded heap over the matches (with query text) or from a walk of
//! the newest-first order that stops when the page is full (without); a cursor is a position in
//! either, so a deep page costs no more than the first. SQLite then reads only the page's
//! documents. Title order works the same way once the titles are read ([`crate::search::columns::titles`]).
//! Results, cursors and counts are the same as the SQL path's in [`crate::search`] (a test
//! compares the two on random catalogues and queries).

use std::cmp::Ordering;
use std::collections::{BTreeMap, BinaryHeap};
use std::sync::Arc;

use crate::error::{IndexError, Result};
use crate::search::columns::cache::{Counted, Hit};
use crate::search::columns::{
    Columns, SearchColumns, COMMERCIAL_SHIFT, DERIVATIVES_SHIFT, FIELDS, LIVE, OPEN_SHIFT,
};
use crate::search::query::{
    Cursor, Facet, FacetCounts, SearchQuery, SearchResults, Sort, FACET_VALUES,
};
use crate::search::text::TextQuery;
use crate::store::db::Index;
use std::cell::Cell;

/// Answers `q` from the columns, or `None` when they cannot (not loaded, or a title order before
/// the titles are): the caller asks SQLite. `text` is the query's text, parsed, `seen` the
/// connection's last `PRAGMA data_version`.
pub(crate) fn search(
    index: &Index,
    columns: &SearchColumns,
    seen: &Cell<Option<i64>>,
    q: &SearchQuery,
    text: Option<&TextQuery>,
    sort: Sort,
) -> Result<Option<SearchResults>> {
    if !columns.ensure_fresh(index, seen)? {
        return Ok(None);
    }
    let data = columns.data.read().unwrap_or_else(|p| p.into_inner());
    let Some(c) = data.as_ref() else {
        return Ok(None);
    };
    if sort == Sort::Title && !c.titles.loaded {
        // Titles not read yet: SQLite sorts (only in the seconds after the columns load).
        return Ok(None);
    }
    let compiled = Compiled::new(c, q)?;
    let fts = text.map(|t| format!("{}{:?}", t.key(), q.languages));
    let hits = match (text, &fts) {
        (Some(text), Some(key)) => {
            Some(full_text_hits(index, columns, c.generation, text, key, q)?)
        }
        _ => None,
    };

    let key = format!(
        "{:?}",
        (
            fts,
            &q.licenses,
            (q.open, q.commercial, q.derivatives, q.free),
            (&q.languages, &q.types, &q.levels, &q.subjects, &q.sources),
            &q.accessibility,
            &q.updated_since,
            &q.facets,
        )
    );
    let hit_slice = hits.as_ref().map(|h| h.as_slice());
    let cached = lock(columns).counts(c.generation, &key);
    let counted = match cached {
        Some(counted) => counted,
        None => {
            let counted = Arc::new(count(c, &compiled, hit_slice, &q.facets));
            lock(columns).put_counts(c.generation, &key, counted.clone());
            counted
        }
    };

    let (results, next_cursor) = match sort {
        Sort::Title => title_page(index, c, &compiled, hit_slice, q)?,
        _ => page(index, c, &compiled, hit_slice, sort, q)?,
    };
    Ok(Some(SearchResults {
        total: counted.total,
        results,
        facets: counted.facets.clone(),
        next_cursor,
        highlights: Vec::new(),
    }))
}

fn lock(
    columns: &SearchColumns,
) -> std::sync::MutexGuard<'_, crate::search::columns::cache::SearchCache> {
    columns.cache.lock().unwrap_or_else(|p| p.into_inner())
}

/// Every full-text match of `text` with its score, in rowid order (cached per generation under
/// `fts`, the query's key).
fn full_text_hits(
    index: &Index,
    columns: &SearchColumns,
    generation: u64,
    text: &TextQuery,
    fts: &str,
    q: &SearchQuery,
) -> Result<Arc<Vec<Hit>>> {
    if let Some(hits) = lock(columns).hits(generation, fts) {
        return Ok(hits);
    }
    let hits = Arc::new(index.text_hits(text, &q.languages)?);
    lock(columns).put_hits(generation, fts, hits.clone());
    Ok(hits)
}

/// Facet bit of the licence filter; field `i` of [`FIELDS`] has bit `2 << i` (six fields: the
/// bits fit a byte).
const LICENSE_BIT: u8 = 1;

/// The query's filters against the columns' dictionaries.
struct Compiled {
    /// Flags a row must have under `flag_mask` (always including [`LIVE`]).
    flag_mask: u8,
    flag_value: u8,
    /// Only rows with a licence that does not allow both commercial use and adaptation
    /// (`free=false`; `free=true` is expressed by the mask).
    not_free: bool,
    /// `updated` at or after this (seconds since 1970).
    since: Option<i64>,
    /// Per licence dictionary id: passes the licence filter (`None`: no licence filter).
    license: Option<Vec<bool>>,
    /// Per field: the value ids that pass (`None`: no filter on that field).
    fields: [Option<Vec<u32>>; FIELDS.len()],
}

impl Compiled {
    fn new(c: &Columns, q: &SearchQuery) -> Result<Self> {
        let mut flag_mask = LIVE;
        let mut flag_value = LIVE;
        for (shift, wanted) in [
            (OPEN_SHIFT, q.open),
            (COMMERCIAL_SHIFT, q.commercial),
            (DERIVATIVES_SHIFT, q.derivatives),
        ] {
            if let Some(wanted) = wanted {
                flag_mask |= 3 << shift;
                flag_value |= if wanted { 2 } else { 1 } << shift;
            }
        }
        // A free cultural work allows commercial use and adaptation.
        if q.free == Some(true) {
            for shift in [COMMERCIAL_SHIFT, DERIVATIVES_SHIFT] {
                flag_mask |= 3 << shift;
                flag_value |= 2 << shift;
            }
        }
        let not_free = q.free == Some(false);
        // Validated by the SQL filters already; compared as seconds, which may lie outside
        // what a row can hold.
        let since = q
            .updated_since
            .as_deref()
            .and_then(oerdex_normalise::timestamp::parse)
            .map(|t| t.unix_timestamp());
        let license = (!q.licenses.is_empty()).then(|| {
            let families: Vec<String> = q.licenses.iter().map(|l| l.to_lowercase()).collect();
            let ids: Vec<String> = q.licenses.iter().map(|l| l.to_uppercase()).collect();
            c.licenses
                .iter()
                .map(|key| {
                    key.family.as_ref().is_some_and(|f| families.contains(f))
                        || key
                            .id
                            .as_ref()
                            .is_some_and(|id| ids.contains(&id.to_ascii_uppercase()))
                })
                .collect()
        });
        let mut fields: [Option<Vec<u32>>; FIELDS.len()] = Default::default();
        // In the order of FIELDS.
        for (i, values) in [
            &q.languages,
            &q.types,
            &q.levels,
            &q.subjects,
            &q.sources,
            &q.accessibility,
        ]
        .into_iter()
        .enumerate()
        {
            if !values.is_empty() {
                fields[i] = Some(values.iter().filter_map(|v| c.value_id(i, v)).collect());
            }
        }
        Ok(Compiled {
            flag_mask,
            flag_value,
            not_free,
            since,
            license,
            fields,
        })
    }

    /// `None` when row `r` fails a condition every facet shares (or is not live); otherwise the
    /// facet bits of the filters it fails (0: it matches the query).
    /// True when a row with these flags passes the permission filters.
    #[inline]
    fn flags_pass(&self, flags: u8) -> bool {
        const FREE: u8 = (2 << COMMERCIAL_SHIFT) | (2 << DERIVATIVES_SHIFT);
        const FREE_MASK: u8 = (3 << COMMERCIAL_SHIFT) | (3 << DERIVATIVES_SHIFT);
        const COMMERCIAL_KNOWN: u8 = 3 << COMMERCIAL_SHIFT;
        let not_free = flags & COMMERCIAL_KNOWN != 0 && flags & FREE_MASK != FREE;
        flags & self.flag_mask == self.flag_value && (!self.not_free || not_free)
    }

    #[inline]
    fn check(&self, c: &Columns, r: usize) -> Option<u8> {
        if !self.flags_pass(*c.flags.get(r)?) {
            return None;
        }
        if self
            .since
            .is_some_and(|since| i64::from(c.updated[r]) < since)
        {
            return None;
        }
        let mut fails = 0;
        if let Some(ok) = &self.license {
            if !ok[c.license[r] as usize] {
                fails |= LICENSE_BIT;
            }
        }
        for (i, set) in self.fields.iter().enumerate() {
            if let Some(set) = set {
                if !c.values(r).iter().any(|v| set.contains(v)) {
                    fails |= 2 << i;
                }
            }
        }
        Some(fails)
    }
}

/// The total and the facet counts in one pass over the candidates: a row that fails no filter
/// counts everywhere; one that fails exactly one facet's own filter counts for that facet only.
/// Without text, the live counts the columns keep answer filters on licences and permissions
/// alone, and every facet when nothing is filtered.
fn count(c: &Columns, f: &Compiled, hits: Option<&[Hit]>, facets: &[Facet]) -> Counted {
    if hits.is_none() && f.since.is_none() && f.fields.iter().all(Option::is_none) {
        let unfiltered = f.flag_mask == LIVE && !f.not_free && f.license.is_none();
        if unfiltered || facets.iter().all(|facet| *facet == Facet::License) {
            return count_live(c, f, facets, unfiltered);
        }
    }
    let mut wanted = 0u8;
    for facet in facets {
        if *facet == Facet::License {
            wanted |= LICENSE_BIT;
        } else if let Some(i) = FIELDS.iter().position(|x| *x == facet.as_str()) {
            wanted |= 2 << i;
        }
    }
    let mut total = 0u64;
    let mut licenses = vec![0u64; c.licenses.len()];
    let mut values = vec![
        0u64;
        if wanted & !LICENSE_BIT != 0 {
            c.value_text.len()
        } else {
            0
        }
    ];
    let mut visit = |r: usize| {
        let Some(fails) = f.check(c, r) else {
            return;
        };
        if fails == 0 {
            total += 1;
        } else if fails & (fails - 1) != 0 {
            return;
        }
        // The facets this row counts for: all wanted ones, or only the one it fails.
        let counts_for = if fails == 0 { wanted } else { wanted & fails };
        if counts_for & LICENSE_BIT != 0 {
            licenses[c.license[r] as usize] += 1;
        }
        if counts_for & !LICENSE_BIT != 0 {
            for &v in c.values(r) {
                if counts_for & (2 << c.value_field[v as usize]) != 0 {
                    values[v as usize] += 1;
                }
            }
        }
    };
    match hits {
        Some(hits) => hits.iter().for_each(|h| visit(h.rowid as usize)),
        None => (0..c.rows()).for_each(&mut visit),
    }
    facet_lists(c, facets, total, &licenses, &values)
}

/// [`count`] from the live counts, for a query without text that filters on licences and
/// permissions at most; the field facets only when it filters nothing (`unfiltered`).
fn count_live(c: &Columns, f: &Compiled, facets: &[Facet], unfiltered: bool) -> Counted {
    // Per licence: the live rows that pass the permission filters. The licence facet ignores
    // the licence filter, as a facet ignores its own filter; the total does not.
    let mut licenses = vec![0u64; c.licenses.len()];
    for (bucket, &n) in c.live_per_license_flags.iter().enumerate() {
        if n > 0 && f.flags_pass((bucket % 256) as u8) {
            licenses[bucket / 256] += n;
        }
    }
    let total = licenses
        .iter()
        .enumerate()
        .filter(|(id, _)| f.license.as_ref().is_none_or(|ok| ok[*id]))
        .map(|(_, n)| n)
        .sum();
    let values: &[u64] = if unfiltered { &c.live_per_value } else { &[] };
    facet_lists(c, facets, total, &licenses, values)
}

/// The answer from per-licence-id and per-value-id counts (`values` may be empty when no facet
/// but the licence is wanted): each facet's most frequent values.
fn facet_lists(
    c: &Columns,
    facets: &[Facet],
    total: u64,
    licenses: &[u64],
    values: &[u64],
) -> Counted {
    let mut out = BTreeMap::new();
    for facet in facets {
        let list: Vec<(String, u64)> = if *facet == Facet::License {
            let mut by_family: BTreeMap<&str, u64> = BTreeMap::new();
            for (id, n) in licenses.iter().enumerate().filter(|(_, n)| **n > 0) {
                if let Some(family) = &c.licenses[id].family {
                    *by_family.entry(family).or_default() += n;
                }
            }
            let mut list: Vec<(String, u64)> = by_family
                .into_iter()
                .map(|(k, n)| (k.to_string(), n))
                .collect();
            keep_first(&mut list, FACET_VALUES, |a, b| {
                b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0))
            });
            list
        } else {
            let field = FIELDS
                .iter()
                .position(|x| *x == facet.as_str())
                .unwrap_or(0) as u8;
            let mut ids: Vec<(usize, u64)> = values
                .iter()
                .enumerate()
                .filter(|(v, n)| **n > 0 && c.value_field[*v] == field)
                .map(|(v, n)| (v, *n))
                .collect();
            // Only the values shown are copied: a field may have tens of thousands.
            keep_first(&mut ids, FACET_VALUES, |a, b| {
                b.1.cmp(&a.1)
                    .then_with(|| c.value_text[a.0].cmp(&c.value_text[b.0]))
            });
            ids.into_iter()
                .map(|(v, n)| (c.value_text[v].clone(), n))
                .collect()
        };
        out.insert(*facet, FacetCounts(list));
    }
    Counted { total, facets: out }
}

/// Leaves the first `k` items of `items` by `order`, sorted, without sorting the rest.
fn keep_first<T>(items: &mut Vec<T>, k: usize, mut order: impl FnMut(&T, &T) -> Ordering) {
    if items.len() > k {
        items.select_nth_unstable_by(k, &mut order);
        items.truncate(k);
    }
    items.sort_unstable_by(order);
}

type Key = (u64, u32);

/// Maps an `f64` to a `u64` with the same order.
fn ordered_bits(x: f64) -> u64 {
    let bits = x.to_bits();
    if bits >> 63 == 1 {
        !bits
    } else {
        bits | (1 << 63)
    }
}

/// Best BM25 score first (lower is better), then the smaller rowid (as the SQL path orders).
fn relevance_key(score: f64, rowid: u32) -> Key {
    (ordered_bits(score), rowid)
}

/// The `(sort key text, rowid)` of a cursor for `sort`.
fn decode_cursor(text: &str, sort: Sort) -> Result<(String, u32)> {
    let cursor = Cursor::decode(text, sort)?;
    let rowid = u32::try_from(cursor.r).map_err(|_| damaged_cursor())?;
    Ok((cursor.k, rowid))
}

fn damaged_cursor() -> IndexError {
    IndexError::InvalidQuery {
        parameter: "cursor",
        message: "damaged cursor".into(),
    }
}

/// The cursor after row `rowid`, whose sort key reads `k`.
fn encode_cursor(sort: Sort, k: String, rowid: u32) -> String {
    Cursor {
        s: sort,
        k,
        r: i64::from(rowid),
    }
    .encode()
}

/// The first `keep` rows of `order` from `start` on that match the query.
fn walk(c: &Columns, f: &Compiled, order: &[u32], start: usize, keep: usize) -> Vec<u32> {
    order[start..]
        .iter()
        .copied()
        .filter(|&r| f.check(c, r as usize) == Some(0))
        .take(keep)
        .collect()
}

/// The page by relevance or newest first: the `limit + 1` first matching rows after the cursor,
/// by a bounded max-heap over the full-text matches, or a walk of the newest-first order.
fn page(
    index: &Index,
    c: &Columns,
    f: &Compiled,
    hits: Option<&[Hit]>,
    sort: Sort,
    q: &SearchQuery,
) -> Result<(Vec<crate::model::Resource>, Option<String>)> {
    let after: Option<Key> = match &q.cursor {
        Some(text) => {
            let (k, rowid) = decode_cursor(text, sort)?;
            Some(match sort {
                Sort::Relevance => {
                    let bits = u64::from_str_radix(&k, 16).map_err(|_| damaged_cursor())?;
                    relevance_key(f64::from_bits(bits), rowid)
                }
                _ => crate::search::columns::newest_first_key(
                    oerdex_normalise::timestamp::epoch_seconds(&k).ok_or_else(damaged_cursor)?,
                    rowid,
                ),
            })
        }
        None => None,
    };
    let keep = q.limit + 1;
    // (place in the order, rowid, BM25 score's bits)
    let mut chosen: Vec<(Key, u32, u64)> = match hits {
        Some(hits) => {
            let mut heap = BinaryHeap::with_capacity(keep + 1);
            for h in hits {
                let r = h.rowid as usize;
                if f.check(c, r) != Some(0) {
                    continue;
                }
                let key = match sort {
                    Sort::Relevance => relevance_key(h.score, h.rowid),
                    _ => c.order_key(r),
                };
                if after.is_some_and(|a| key <= a) {
                    continue;
                }
                if heap.len() < keep {
                    heap.push((key, h.rowid, h.score.to_bits()));
                } else if heap.peek().is_some_and(|(worst, _, _)| key < *worst) {
                    heap.pop();
                    heap.push((key, h.rowid, h.score.to_bits()));
                }
            }
            heap.into_sorted_vec()
        }
        // Without text the order is newest first: walk it from the cursor until the page is full.
        None => {
            let start = match after {
                Some(a) => c
                    .by_updated
                    .partition_point(|&r| c.order_key(r as usize) <= a),
                None => 0,
            };
            walk(c, f, &c.by_updated, start, keep)
                .into_iter()
                .map(|r| (c.order_key(r as usize), r, 0))
                .collect()
        }
    };
    let more = chosen.len() > q.limit;
    chosen.truncate(q.limit);

    let rowids: Vec<u32> = chosen.iter().map(|&(_, r, _)| r).collect();
    let results = documents(index, &rowids)?;
    let next_cursor = match (more, chosen.last()) {
        (true, Some(&(_, r, score_bits))) => {
            let k = match sort {
                Sort::Relevance => format!("{score_bits:x}"),
                _ => oerdex_normalise::timestamp::format_epoch_seconds(c.updated[r as usize]),
            };
            Some(encode_cursor(sort, k, r))
        }
        _ => None,
    };
    Ok((results, next_cursor))
}

/// The documents of `rowids`, in that order. A resource tombstoned since the columns were last
/// refreshed is left out.
fn documents(index: &Index, rowids: &[u32]) -> Result<Vec<crate::model::Resource>> {
    let mut stmt = index
        .conn
        .prepare_cached("SELECT doc FROM resources WHERE rowid = ?1 AND deleted = 0")?;
    let mut results = Vec::with_capacity(rowids.len());
    for &rowid in rowids {
        let mut rows = stmt.query([i64::from(rowid)])?;
        if let Some(row) = rows.next()? {
            let doc = crate::search::columns::text_at(row, 0)?;
            results.push(serde_json::from_str(doc)?);
        }
    }
    Ok(results)
}

/// A page in title order (`title_sort`, then rowid, bytewise as SQLite compares them): a walk of
/// the title order from the cursor without query text, the first matches by title with it.
fn title_page(
    index: &Index,
    c: &Columns,
    f: &Compiled,
    hits: Option<&[Hit]>,
    q: &SearchQuery,
) -> Result<(Vec<crate::model::Resource>, Option<String>)> {
    let after: Option<(Vec<u8>, u32)> = match &q.cursor {
        Some(text) => {
            let (k, rowid) = decode_cursor(text, Sort::Title)?;
            Some((k.into_bytes(), rowid))
        }
        None => None,
    };
    let t = &c.titles;
    let is_after = |r: usize| match &after {
        Some((k, rowid)) => t.key(r) > (k.as_slice(), *rowid),
        None => true,
    };
    let keep = q.limit + 1;
    let chosen: Vec<usize> = match hits {
        None => {
            let start = match &after {
                Some((k, rowid)) => t
                    .order
                    .partition_point(|&r| t.key(r as usize) <= (k.as_slice(), *rowid)),
                None => 0,
            };
            walk(c, f, &t.order, start, keep)
                .into_iter()
                .map(|r| r as usize)
                .collect()
        }
        Some(hits) => {
            let mut matching: Vec<usize> = hits
                .iter()
                .map(|h| h.rowid as usize)
                .filter(|&r| f.check(c, r) == Some(0) && is_after(r))
                .collect();
            keep_first(&mut matching, keep, |a, b| t.key(*a).cmp(&t.key(*b)));
            matching
        }
    };
    let more = chosen.len() > q.limit;
    let page = &chosen[..chosen.len().min(q.limit)];
    let rowids: Vec<u32> = page.iter().map(|&r| r as u32).collect();
    let results = documents(index, &rowids)?;
    let next_cursor = match (more, page.last()) {
        (true, Some(&r)) => Some(encode_cursor(
            Sort::Title,
            String::from_utf8_lossy(t.get(r)).into_owned(),
            r as u32,
        )),
        _ => None,
    };
    Ok((results, next_cursor))
}
