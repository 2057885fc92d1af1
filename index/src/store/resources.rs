//! Reading one resource by its id.

use rusqlite::OptionalExtension;

use crate::error::Result;
use crate::model::Resource;
use crate::store::db::Index;

impl Index {
    /// The resource with this id, live or tombstoned (`Ok(None)` if never seen).
    pub fn resource(&self, id: &str) -> Result<Option<(Resource, bool)>> {
        let row: Option<(String, bool)> = self
            .conn
            .query_row(
                "SELECT doc, deleted FROM resources WHERE id = ?1",
                [id],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        match row {
            Some((doc, deleted)) => Ok(Some((serde_json::from_str(&doc)?, deleted))),
            None => Ok(None),
        }
    }
}
