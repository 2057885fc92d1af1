//! `oerdex backup FILE`: SQLite online backup, safe while the catalogue is in use.

use anyhow::{bail, Context};
use oerdex_index::Index;

use crate::cli::BackupArgs;
use crate::config::Settings;
use crate::exit;

/// Copies the catalogue to the file given, then checks the copy.
pub fn run(settings: &Settings, args: BackupArgs) -> anyhow::Result<u8> {
    if args.file.exists() {
        bail!("{} exists; choose a new file", args.file.display());
    }
    let index = Index::open(&settings.db)?;
    index
        .backup_to(&args.file)
        .with_context(|| format!("backup to {} failed", args.file.display()))?;
    let copy = Index::open(&args.file)?;
    let problems = copy.integrity_check()?;
    if !problems.is_empty() {
        bail!(
            "the backup failed its integrity check: {}",
            problems.join("; ")
        );
    }
    println!(
        "backed up {} resources to {} (restore: stop oerdex and copy the file over {})",
        copy.resource_count()?,
        args.file.display(),
        settings.db.display()
    );
    Ok(exit::OK)
}
