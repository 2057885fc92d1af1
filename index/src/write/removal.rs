//! Removing a source: its records go, and every resource they contributed to is rebuilt from the
//! records that remain (resources no other source holds become tombstones).

use crate::error::{IndexError, Result};
use crate::store::db::Index;

impl Index {
    /// Removes a source and its contributions; resources also held by other sources stay, the
    /// others become tombstones.
    pub fn remove_source(&mut self, name: &str) -> Result<()> {
        if self.source(name)?.is_none() {
            return Err(IndexError::UnknownSource(name.to_string()));
        }
        let now = self.now();
        let tx = self.write_transaction()?;
        let affected: Vec<String> = {
            let mut stmt = tx.prepare(
                "SELECT DISTINCT resource_id FROM records WHERE source = ?1 AND resource_id IS NOT NULL",
            )?;
            let rows = stmt.query_map([name], |row| row.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        tx.execute("DELETE FROM records WHERE source = ?1", [name])?;
        tx.execute("DELETE FROM harvest_state WHERE source = ?1", [name])?;
        tx.execute("DELETE FROM sources WHERE name = ?1", [name])?;
        for id in affected {
            crate::write::merge::rebuild_resource(&tx, &id, &now)?;
        }
        tx.commit()?;
        Ok(())
    }
}
