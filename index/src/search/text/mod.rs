//! The text index: a tantivy index of every live resource's text beside the SQLite catalogue,
//! which stays the system of record. Both search engines ([`super::sql`], [`super::columns`])
//! take their full-text matches and scores from it.
//!
//! # Architecture
//! [`document`] is the schema and how a resource becomes a document (analysed by
//! [`crate::search::analysis`]); [`query`] turns user text into tantivy queries; [`automata`]
//! holds the typo and prefix automata those use.
//!
//! The text index follows the catalogue the way the search columns do: by `updated`. Its commit
//! payload records the newest `updated` it holds; [`TextIndex::sync`] indexes the resources
//! changed at or after it (of those at that very time, only the ones that changed since the
//! writer last saw them) (a write transaction
//! shares one `updated` time and writes are serialised, so nothing committed later can carry an
//! older one). The harvest writer calls it after each page, committing every few seconds; a
//! search calls it when SQLite saw a commit since its connection last looked, and commits what
//! is pending. Nothing else needs to be durable: after a crash (a SIGKILL at any moment) the
//! text index holds its last commit, which is behind SQLite, and the next sync replays the
//! difference. A missing index, one made by an older analysis ([`ANALYSIS_VERSION`]) or one
//! ahead of the catalogue (a restored backup) is rebuilt from SQLite, as `oerdex reindex` does.
//!
//! One process writes the text index at a time (tantivy's lock file); a second process on the
//! same catalogue searches the commits of the first.

pub(crate) mod automata;
pub(crate) mod document;
pub mod highlight;
pub mod query;

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, Weak};
use std::time::{Duration, Instant};

use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::Column;
use tantivy::directory::error::LockError;
use tantivy::{DocId, IndexReader, IndexWriter, ReloadPolicy, Score, SegmentReader, TantivyError};

use crate::error::{IndexError, Result};
use crate::model::Resource;
use crate::search::analysis::Stemmers;
use document::Fields;
pub use query::TextQuery;

/// Version of the analysis and schema: an index made by another version is rebuilt.
const ANALYSIS_VERSION: u32 = 1;

/// Memory tantivy's writer buffers documents in before it writes a segment.
const WRITER_MEMORY: usize = 64 * 1024 * 1024;

/// How long indexed resources may wait for a commit while a harvest writes (searches commit
/// at once what they need).
const COMMIT_EVERY: Duration = Duration::from_secs(5);

/// Score a match of the first tier (exact and stemmed forms) gets on top of its BM25 score, so
/// that it ranks above every match found only with typos.
const STRICT_TIER: f64 = 1e6;

/// One full-text match.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// The resource's rowid.
    pub rowid: u32,
    /// Its score, negated so that lower is better (as FTS5's BM25 was): both engines order by
    /// it and page on it.
    pub score: f64,
}

/// Where the index is: a commit's payload, and what a writer has indexed so far.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
struct Mark {
    /// [`ANALYSIS_VERSION`] of the index.
    analysis: u32,
    /// The newest `updated` indexed.
    updated: String,
}

/// The writing side: held while a sync reads SQLite and writes.
struct WriteState {
    writer: Option<IndexWriter>,
    /// What the writer has indexed (committed or not).
    mark: Option<Mark>,
    /// The resources changed at `mark.updated` that the writer indexed, with a hash of their
    /// state: they share the newest time, so the next sync reads them again, and indexes only
    /// those that changed since (a harvest writes many pages in one second).
    frontier: HashMap<i64, u64>,
    /// Documents changed since the last commit.
    pending: usize,
    last_commit: Instant,
    /// Another process holds the index's lock: this one only reads.
    read_only: bool,
}

/// The text index of one catalogue.
pub struct TextIndex {
    index: tantivy::Index,
    /// Opened at the first search (opening it opens every segment: a process that only
    /// writes, or does not search, never pays for it).
    reader: OnceLock<IndexReader>,
    fields: Fields,
    // A std Mutex: a sync is synchronous work (SQLite reads, tantivy writes) that must not
    // interleave with another sync of the same index; nothing awaits while holding it.
    state: Mutex<WriteState>,
}

/// When a sync commits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Commit {
    /// Now, if anything is pending (before a search, at the end of a harvest).
    Now,
    /// When enough has waited ([`COMMIT_EVERY`]): a harvest's pages.
    Soon,
}

impl TextIndex {
    /// The text index of the catalogue file `catalogue` (the directory `<file>.text`), shared by
    /// every connection of this process; `None` for an in-memory catalogue, which gets one of
    /// its own in memory.
    pub fn shared(catalogue: Option<&Path>) -> Result<Arc<TextIndex>> {
        let Some(catalogue) = catalogue else {
            return Ok(Arc::new(TextIndex::open(None)?));
        };
        // A std Mutex around the registry: held only to look up or insert an entry.
        static OPEN: Mutex<Vec<(PathBuf, Weak<TextIndex>)>> = Mutex::new(Vec::new());
        let dir = text_dir(catalogue);
        let mut open = OPEN.lock().unwrap_or_else(|p| p.into_inner());
        open.retain(|(_, weak)| weak.strong_count() > 0);
        if let Some(index) = open
            .iter()
            .find(|(path, _)| *path == dir)
            .and_then(|(_, weak)| weak.upgrade())
        {
            return Ok(index);
        }
        let index = Arc::new(TextIndex::open(Some(&dir))?);
        open.push((dir, Arc::downgrade(&index)));
        Ok(index)
    }

    /// Opens (creating if needed) the text index in `dir`, or in memory. An index that cannot
    /// be opened (damaged, or made by another schema) is cleared: it is derived from the
    /// catalogue, and the next sync rebuilds it.
    fn open(dir: Option<&Path>) -> Result<Self> {
        let (schema, fields) = Fields::schema();
        let index = match dir {
            None => tantivy::Index::create_in_ram(schema.clone()),
            Some(dir) => match open_dir(dir, &schema) {
                Ok(index) if index.schema() == schema => index,
                opened => {
                    let problem = match opened {
                        Ok(_) => "made with another schema".to_string(),
                        Err(e) => e.to_string(),
                    };
                    tracing::warn!(dir = %dir.display(), %problem, "text index cleared; it is rebuilt from the catalogue");
                    std::fs::remove_dir_all(dir).map_err(|source| IndexError::Io {
                        context: format!("clearing the text index {}", dir.display()),
                        source,
                    })?;
                    open_dir(dir, &schema)?
                }
            },
        };
        Ok(TextIndex {
            index,
            reader: OnceLock::new(),
            fields,
            state: Mutex::new(WriteState {
                writer: None,
                mark: None,
                frontier: HashMap::new(),
                pending: 0,
                last_commit: Instant::now(),
                read_only: false,
            }),
        })
    }

    /// The mark of the last commit.
    fn committed_mark(&self) -> Result<Option<Mark>> {
        let payload = self.index.load_metas()?.payload;
        Ok(payload
            .and_then(|p| serde_json::from_str::<Mark>(&p).ok())
            .filter(|m| m.analysis == ANALYSIS_VERSION))
    }

    /// Brings the text index up to what `conn` sees of the catalogue: indexes the resources
    /// changed since it last did (all of them when the index is new, from another analysis, or
    /// ahead of the catalogue), and commits as `commit` says. Another process writing the
    /// index: reloads its commits instead.
    pub fn sync(&self, conn: &Connection, commit: Commit) -> Result<()> {
        self.sync_or_rebuild(conn, commit, false)
    }

    /// Drops the index's content and indexes every resource again (`oerdex reindex`).
    pub fn rebuild(&self, conn: &Connection) -> Result<()> {
        self.sync_or_rebuild(conn, Commit::Now, true)
    }

    fn sync_or_rebuild(&self, conn: &Connection, commit: Commit, rebuild: bool) -> Result<()> {
        let mut state = self.state.lock().unwrap_or_else(|p| p.into_inner());
        if state.writer.is_none() {
            match self.index.writer_with_num_threads(1, WRITER_MEMORY) {
                Ok(writer) => {
                    state.writer = Some(writer);
                    state.mark = self.committed_mark()?;
                    state.read_only = false;
                }
                Err(TantivyError::LockFailure(LockError::LockBusy, _)) => {
                    if !state.read_only {
                        tracing::info!(
                            "the text index is written by another process; reading its commits"
                        );
                        state.read_only = true;
                    }
                    return self.reload();
                }
                Err(e) => return Err(e.into()),
            }
        }
        // One read transaction: the newest time and the rows read agree.
        let tx = conn.unchecked_transaction()?;
        let newest: String = tx.query_row(
            "SELECT coalesce(max(updated), '') FROM resources INDEXED BY resources_changes",
            [],
            |row| row.get(0),
        )?;
        let state = &mut *state;
        let rebuild = rebuild
            || match &state.mark {
                None => true,
                Some(mark) => mark.updated > newest,
            };
        let writer = state.writer.as_mut().expect("opened above");
        let since = match (&state.mark, rebuild) {
            (Some(old), false) => old.updated.clone(),
            _ => String::new(),
        };
        if rebuild {
            writer.delete_all_documents()?;
            state.pending += 1;
            state.frontier.clear();
        }
        // Streamed: a rebuild reads every resource, and must not hold them all.
        let mut stmt = tx.prepare_cached(
            "SELECT rowid, deleted, updated, doc FROM resources INDEXED BY resources_changes
             WHERE updated >= ?1",
        )?;
        let mut rows = stmt.query([&since])?;
        let mut frontier = HashMap::new();
        while let Some(row) = rows.next()? {
            let rowid: i64 = row.get(0)?;
            let deleted: bool = row.get(1)?;
            let updated: String = row.get(2)?;
            let doc: String = row.get(3)?;
            let state_hash = {
                let mut hasher = std::collections::hash_map::DefaultHasher::new();
                (deleted, &doc).hash(&mut hasher);
                hasher.finish()
            };
            if updated == newest {
                frontier.insert(rowid, state_hash);
            }
            if updated == since && state.frontier.get(&rowid) == Some(&state_hash) {
                continue; // indexed by an earlier sync, unchanged since
            }
            let id = u64::try_from(rowid).unwrap_or_default();
            writer.delete_term(tantivy::Term::from_field_u64(self.fields.rowid, id));
            if !deleted {
                let resource: Resource = serde_json::from_str(&doc)?;
                writer.add_document(self.fields.document(id, &resource))?;
            }
            state.pending += 1;
        }
        state.frontier = frontier;
        state.mark = Some(Mark {
            analysis: ANALYSIS_VERSION,
            updated: newest,
        });
        let due = state.last_commit.elapsed() >= COMMIT_EVERY;
        if state.pending > 0 && (commit == Commit::Now || due) {
            let payload = serde_json::to_string(&state.mark)?;
            let mut prepared = writer.prepare_commit()?;
            prepared.set_payload(&payload);
            prepared.commit()?;
            tracing::debug!(documents = state.pending, "text index committed");
            state.pending = 0;
            state.last_commit = Instant::now();
            self.reload()?;
        }
        Ok(())
    }

    fn reload(&self) -> Result<()> {
        if let Some(reader) = self.reader.get() {
            reader.reload()?;
        }
        Ok(())
    }

    /// Every match of `query`, in rowid order: words stemmed with the stemmers of `languages`
    /// (when the search filters by language) or of the catalogue's languages.
    pub fn search(&self, query: &TextQuery, languages: &[String]) -> Result<Vec<Hit>> {
        let searcher = self.reader()?.searcher();
        let languages = if languages.is_empty() {
            self.languages(&searcher)?
        } else {
            languages.to_vec()
        };
        let stemmers = Stemmers::of(languages.iter().map(String::as_str));
        let collector = AllHits {
            field: "rowid".into(),
        };
        let strict = query.strict(&self.fields, &stemmers);
        let mut hits: Vec<Hit> = searcher
            .search(strict.as_ref(), &collector)?
            .into_iter()
            .map(|(rowid, score)| Hit {
                rowid,
                score: -(STRICT_TIER + f64::from(score)),
            })
            .collect();
        hits.sort_unstable_by_key(|h| h.rowid);
        if let Some(tolerant) = query.tolerant(&self.fields, &stemmers) {
            let found: HashMap<u32, ()> = hits.iter().map(|h| (h.rowid, ())).collect();
            hits.extend(
                searcher
                    .search(tolerant.as_ref(), &collector)?
                    .into_iter()
                    .filter(|(rowid, _)| !found.contains_key(rowid))
                    .map(|(rowid, score)| Hit {
                        rowid,
                        score: -f64::from(score),
                    }),
            );
            hits.sort_unstable_by_key(|h| h.rowid);
        }
        Ok(hits)
    }

    /// The languages of the catalogue: the terms of the language field.
    fn languages(&self, searcher: &tantivy::Searcher) -> Result<Vec<String>> {
        let mut languages = Vec::new();
        for segment in searcher.segment_readers() {
            let inverted = segment.inverted_index(self.fields.language)?;
            let mut terms = inverted
                .terms()
                .stream()
                .map_err(|e| text_error(e.to_string()))?;
            while terms.advance() {
                if let Ok(language) = std::str::from_utf8(terms.key()) {
                    if !languages.iter().any(|l| l == language) {
                        languages.push(language.to_string());
                    }
                }
            }
        }
        Ok(languages)
    }

    /// The languages of the catalogue (those of the resources in the last commit).
    pub fn catalogue_languages(&self) -> Result<Vec<String>> {
        self.languages(&self.reader()?.searcher())
    }

    /// Documents in the index's last commit (tests and status).
    pub fn documents(&self) -> Result<u64> {
        Ok(self.reader()?.searcher().num_docs())
    }

    /// The reader, opened on first use.
    fn reader(&self) -> Result<&IndexReader> {
        if let Some(reader) = self.reader.get() {
            return Ok(reader);
        }
        let reader = self
            .index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(self.reader.get_or_init(|| reader))
    }
}

/// Opens or creates the text index in `dir`.
fn open_dir(dir: &Path, schema: &tantivy::schema::Schema) -> Result<tantivy::Index> {
    std::fs::create_dir_all(dir).map_err(|source| IndexError::Io {
        context: format!("creating the text index {}", dir.display()),
        source,
    })?;
    let directory = tantivy::directory::MmapDirectory::open(dir)
        .map_err(|e| text_error(format!("opening {}: {e}", dir.display())))?;
    Ok(tantivy::Index::open_or_create(directory, schema.clone())?)
}

/// The directory of a catalogue file's text index.
pub fn text_dir(catalogue: &Path) -> PathBuf {
    let mut dir = catalogue.as_os_str().to_owned();
    dir.push(".text");
    PathBuf::from(dir)
}

fn text_error(message: String) -> IndexError {
    IndexError::Text(message)
}

impl From<TantivyError> for IndexError {
    fn from(e: TantivyError) -> Self {
        IndexError::Text(e.to_string())
    }
}

/// Collects every match: its rowid and score.
struct AllHits {
    field: String,
}

struct SegmentHits {
    rowids: Column<u64>,
    hits: Vec<(u32, Score)>,
}

impl Collector for AllHits {
    type Fruit = Vec<(u32, Score)>;
    type Child = SegmentHits;

    fn for_segment(&self, _: u32, segment: &SegmentReader) -> tantivy::Result<SegmentHits> {
        Ok(SegmentHits {
            rowids: segment.fast_fields().u64(&self.field)?,
            hits: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Vec<(u32, Score)>>) -> tantivy::Result<Self::Fruit> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

impl SegmentCollector for SegmentHits {
    type Fruit = Vec<(u32, Score)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        if let Some(rowid) = self.rowids.first(doc).and_then(|r| u32::try_from(r).ok()) {
            self.hits.push((rowid, score));
        }
    }

    fn harvest(self) -> Self::Fruit {
        self.hits
    }
}
