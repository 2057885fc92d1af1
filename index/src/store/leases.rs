//! Leases on harvesting a source: at most one harvester holds a source's lease at a time, and a
//! lease its holder stops renewing expires, so another process can take the source over and
//! resume it from its last committed checkpoint.
//!
//! In SQLite the lease is one row per source, taken and extended in one immediate transaction
//! (SQLite serialises writers), so two processes on one catalogue file never both win it.

use std::time::Duration;

use rusqlite::{params, OptionalExtension};

use crate::error::Result;
use crate::store::db::Index;

impl Index {
    /// Takes (or, for the same `holder`, extends) the lease on `source` for `ttl`; `false` when
    /// another holder's lease has not expired and `gone` does not say that holder has gone.
    pub fn acquire_lease(
        &mut self,
        source: &str,
        holder: &str,
        ttl: Duration,
        gone: &dyn Fn(&str) -> bool,
    ) -> Result<bool> {
        let now = now_ms();
        let expires = now.saturating_add(i64::try_from(ttl.as_millis()).unwrap_or(i64::MAX));
        let tx = self.write_transaction()?;
        let current: Option<(String, i64)> = tx
            .query_row(
                "SELECT holder, expires FROM leases WHERE source = ?1",
                [source],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        let free = match &current {
            None => true,
            Some((other, until)) => other == holder || *until <= now || gone(other),
        };
        if free {
            tx.execute(
                "INSERT INTO leases (source, holder, expires) VALUES (?1, ?2, ?3)
                 ON CONFLICT(source) DO UPDATE SET holder = ?2, expires = ?3",
                params![source, holder, expires],
            )?;
        }
        tx.commit()?;
        Ok(free)
    }

    /// Gives the lease on `source` up, if `holder` holds it.
    pub fn release_lease(&mut self, source: &str, holder: &str) -> Result<()> {
        self.conn.execute(
            "DELETE FROM leases WHERE source = ?1 AND holder = ?2",
            params![source, holder],
        )?;
        Ok(())
    }
}

/// Milliseconds since 1970 (a lease's clock; leases compare within one machine's or one
/// database's notion of time, and expire on the order of seconds).
fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_holder_at_a_time_until_the_lease_expires() {
        let dir = std::env::temp_dir().join(format!("oerdex-leases-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("leases.db");
        let _ = std::fs::remove_file(&path);
        let mut a = Index::open(&path).unwrap();
        let mut b = Index::open(&path).unwrap();
        let long = Duration::from_secs(60);
        let alive = |_: &str| false;
        assert!(a.acquire_lease("s", "node-a", long, &alive).unwrap());
        assert!(
            !b.acquire_lease("s", "node-b", long, &alive).unwrap(),
            "held by a"
        );
        assert!(
            a.acquire_lease("s", "node-a", long, &alive).unwrap(),
            "a renews"
        );
        assert!(
            b.acquire_lease("other", "node-b", long, &alive).unwrap(),
            "per source"
        );
        b.release_lease("s", "node-b").unwrap();
        assert!(
            !b.acquire_lease("s", "node-b", long, &alive).unwrap(),
            "b cannot release a's"
        );
        // A holder known to be gone (a dead process) loses its lease at once.
        assert!(b
            .acquire_lease("s", "node-b", long, &|h: &str| h == "node-a")
            .unwrap());
        b.release_lease("s", "node-b").unwrap();
        assert!(a
            .acquire_lease("s", "node-a", Duration::ZERO, &alive)
            .unwrap());
        // An expired lease goes to whoever asks next.
        assert!(b.acquire_lease("s", "node-b", long, &alive).unwrap());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
