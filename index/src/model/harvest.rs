//! A harvest's bookkeeping as every engine records it: where a running harvest stands
//! ([`Checkpoint`]), how the next one starts ([`StartPoint`]), what a page or a harvest did
//! ([`Counts`]) and the history of harvests ([`HarvestLog`]).

use serde::Serialize;

/// Where a harvest stands after a committed page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Checkpoint {
    /// The harvest this checkpoint belongs to.
    pub harvest_id: i64,
    /// The resumptionToken that fetches the next page of the current list; `None` when the
    /// current list (set) has not started yet, or when [`Checkpoint::complete`] is set.
    pub token: Option<String>,
    /// The set being harvested (selective harvesting), `None` for the whole repository.
    pub set: Option<String>,
    /// True once every list of the harvest has been committed.
    pub complete: bool,
    /// The `from` argument the harvest started with.
    pub from: Option<String>,
    /// Whether this is a full harvest (deletions by absence are applied at its end).
    pub full: bool,
    /// The `responseDate` of the harvest's first page: the next incremental harvest starts there.
    pub response_date: Option<String>,
}

/// One harvest of one source, as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema), schema(as = Harvest))]
pub struct HarvestLog {
    /// Harvest number.
    pub id: i64,
    /// Source name.
    pub source: String,
    /// When it started.
    pub started: String,
    /// When it ended, if it has.
    pub ended: Option<String>,
    /// `running`, `ok`, `failed` or `interrupted`.
    pub status: String,
    /// Whether it was a full harvest.
    pub full: bool,
    /// The `from` it asked for, if incremental.
    pub from: Option<String>,
    /// Records added.
    pub added: u64,
    /// Records updated.
    pub updated: u64,
    /// Records deleted.
    pub deleted: u64,
    /// Records that could not be crosswalked (kept raw).
    pub failed: u64,
    /// Pages committed.
    pub pages: u64,
    /// What went wrong, in plain words, if it failed.
    pub error: Option<String>,
    /// Records (among the others) whose over-long fields were clipped to the size limits.
    pub clipped: u64,
}

/// How a source's next harvest should start.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartPoint {
    /// Continue an interrupted harvest from its checkpoint.
    Resume(Checkpoint),
    /// Start a new harvest (`from` is `None` for a full one).
    Fresh {
        /// `responseDate` of the last complete harvest, if any.
        last_response_date: Option<String>,
        /// When the last complete full harvest ended, if any.
        last_full_harvest: Option<String>,
    },
}

/// What one page (or a whole harvest) did to the catalogue.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Records new to this source (or revived after a deletion).
    pub added: u64,
    /// Records whose datestamp or metadata changed.
    pub updated: u64,
    /// Records the repository reported deleted.
    pub deleted: u64,
    /// Records harvested again with nothing changed.
    pub unchanged: u64,
    /// Deletion notices for records the catalogue does not hold (deleted before, or never
    /// harvested).
    pub already_gone: u64,
    /// Records kept only as raw XML because no crosswalk understood them.
    pub failed: u64,
    /// Of the records above, those this harvest had already received on an earlier page (a
    /// list started again, overlapping sets, or a repository that repeats itself).
    pub relisted: u64,
    /// Of the records above, those whose publication date could not be read (it is left out of
    /// the resource and its JSON-LD).
    pub unreadable_dates: u64,
    /// Records (among the others) whose over-long fields were clipped to the
    /// [`crate::write::limits`].
    pub clipped: u64,
}

impl Counts {
    /// Adds another page's counts to these.
    pub fn add(&mut self, other: &Counts) {
        self.added += other.added;
        self.updated += other.updated;
        self.deleted += other.deleted;
        self.unchanged += other.unchanged;
        self.already_gone += other.already_gone;
        self.failed += other.failed;
        self.relisted += other.relisted;
        self.unreadable_dates += other.unreadable_dates;
        self.clipped += other.clipped;
    }

    /// Records seen in all.
    pub fn total(&self) -> u64 {
        self.added + self.updated + self.deleted + self.unchanged + self.already_gone + self.failed
    }

    /// Records this harvest had not received before.
    pub fn new_in_harvest(&self) -> u64 {
        self.total().saturating_sub(self.relisted)
    }
}
