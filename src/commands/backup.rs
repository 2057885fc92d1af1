//! `oerdex backup FILE`: the catalogue's online backup, safe while it is in use.

use anyhow::{bail, Context};
use oerdex_index::StoreOptions;

use crate::catalogue::open_store;

use crate::cli::BackupArgs;
use crate::config::Settings;
use crate::exit;

/// Copies the catalogue to the file given, then checks the copy.
pub fn run(settings: &Settings, args: BackupArgs) -> anyhow::Result<u8> {
    if args.file.exists() {
        bail!("{} exists; choose a new file", args.file.display());
    }
    let store = open_store(settings)?;
    store
        .backup(&args.file)
        .with_context(|| format!("backup to {} failed", args.file.display()))?;
    let copy = oerdex_index::open(&args.file, &StoreOptions::default())?.reader()?;
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
        store.location()
    );
    Ok(exit::OK)
}
