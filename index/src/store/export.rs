//! Reading the whole catalogue out, in a stable order (by resource id), for `oerdex export`.

use crate::error::Result;
use crate::model::Resource;
use crate::store::db::Index;

impl Index {
    /// Calls `f` with every live resource, ordered by id, stopping at the first error `f` returns.
    pub fn for_each_resource<E>(
        &self,
        mut f: impl FnMut(Resource) -> std::result::Result<(), E>,
    ) -> Result<std::result::Result<(), E>> {
        let mut stmt = self
            .conn
            .prepare("SELECT doc FROM resources WHERE deleted = 0 ORDER BY id")?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let doc: String = row.get(0)?;
            if let Err(e) = f(serde_json::from_str(&doc)?) {
                return Ok(Err(e));
            }
        }
        Ok(Ok(()))
    }

    /// The ids and update times of live resources in id order, `limit` from the `offset`-th
    /// on (read from the id index and the rows, never the documents).
    pub fn resource_stamps(&self, offset: u64, limit: usize) -> Result<Vec<(String, String)>> {
        let mut stmt = self.conn.prepare(
            "SELECT id, updated FROM resources WHERE deleted = 0 ORDER BY id LIMIT ?1 OFFSET ?2",
        )?;
        let rows = stmt.query_map(
            rusqlite::params![i64::try_from(limit).unwrap_or(i64::MAX), offset as i64],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many live resources the catalogue holds.
    pub fn resource_count(&self) -> Result<u64> {
        Ok(self.conn.query_row(
            "SELECT count(*) FROM resources WHERE deleted = 0",
            [],
            |row| row.get(0),
        )?)
    }
}
