//! The titles of the search columns, for `sort=title`: each live resource's `title_sort` (the
//! lower-cased title) back to back in one arena, and the live rows in title order. SQLite keeps
//! no index on titles (one more randomly updated B-tree would slow every harvest), so without
//! this copy a title-ordered page of a large catalogue sorts every row (about a second at a
//! million resources, far more with a cold disk cache).
//!
//! Titles are read after the rest of the columns (they need a pass over the table itself, which
//! carries the documents); until then title-ordered pages come from SQLite.

use rusqlite::Connection;

use crate::error::{IndexError, Result};

/// Titles of the rows, and the live rows in title order.
#[derive(Debug, Default)]
pub(crate) struct Titles {
    /// Whether every live row's title has been read.
    pub loaded: bool,
    bytes: Vec<u8>,
    start: Vec<u32>,
    len: Vec<u32>,
    /// Arena bytes no row points at any more.
    garbage: usize,
    /// Live rows by title, then rowid (SQLite's `ORDER BY title_sort, rowid`: bytewise).
    pub order: Vec<u32>,
}

impl Titles {
    /// Row `r`'s title (empty for a row without one).
    pub fn get(&self, r: usize) -> &[u8] {
        match (self.start.get(r), self.len.get(r)) {
            (Some(&start), Some(&len)) => &self.bytes[start as usize..(start + len) as usize],
            _ => &[],
        }
    }

    /// Row `r`'s place in title order: smaller comes first.
    pub fn key(&self, r: usize) -> (&[u8], u32) {
        (self.get(r), r as u32)
    }

    /// Sets row `r`'s title (`None`: the row is gone).
    pub fn set(&mut self, r: usize, title: Option<&str>) -> Result<()> {
        if r >= self.start.len() {
            self.start.resize(r + 1, 0);
            self.len.resize(r + 1, 0);
        }
        self.garbage += self.len[r] as usize;
        self.len[r] = 0;
        if let Some(title) = title {
            let too_long = || IndexError::Columns("titles too long".into());
            self.start[r] = u32::try_from(self.bytes.len()).map_err(|_| too_long())?;
            self.len[r] = u32::try_from(title.len()).map_err(|_| too_long())?;
            self.bytes.extend_from_slice(title.as_bytes());
        }
        if self.garbage > self.bytes.len() / 2 {
            self.compact();
        }
        Ok(())
    }

    fn compact(&mut self) {
        let mut bytes = Vec::with_capacity(self.bytes.len() - self.garbage);
        for r in 0..self.start.len() {
            let start = bytes.len() as u32;
            bytes.extend_from_slice(self.get(r));
            self.start[r] = start;
        }
        self.bytes = bytes;
        self.garbage = 0;
    }

    /// Reads every live row's title and sorts `live` (the live rows) into title order.
    pub fn load(&mut self, conn: &Connection, live: impl Fn(usize) -> bool) -> Result<()> {
        let mut stmt = conn.prepare("SELECT rowid, title_sort FROM resources WHERE deleted = 0")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let Ok(r) = usize::try_from(row.get::<_, i64>(0)?) else {
                continue;
            };
            self.set(r, Some(crate::search::columns::text_at(row, 1)?))?;
        }
        let mut order: Vec<u32> = (0..self.start.len())
            .filter(|&r| live(r))
            .map(|r| r as u32)
            .collect();
        order.sort_unstable_by(|&a, &b| self.key(a as usize).cmp(&self.key(b as usize)));
        self.order = order;
        self.loaded = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_survive_replacement_and_compaction() {
        let mut t = Titles::default();
        t.set(3, Some("zebra")).unwrap();
        t.set(1, Some("apple")).unwrap();
        for n in 0..20 {
            t.set(1, Some(&format!("apple {n}"))).unwrap();
        }
        assert!(t.garbage <= t.bytes.len() / 2, "compacted as it went");
        assert_eq!(t.get(1), b"apple 19");
        assert_eq!(t.get(3), b"zebra");
        assert_eq!(t.get(2), b"");
        assert_eq!(t.get(99), b"");
        t.set(3, None).unwrap();
        assert_eq!(t.get(3), b"");
        assert!(t.key(3) < t.key(1), "an empty title sorts first");
        t.set(0, Some("apple 19")).unwrap();
        assert!(t.key(0) < t.key(1), "equal titles by rowid");
    }
}
