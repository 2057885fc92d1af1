//! The configured catalogue: opened (created and migrated if needed) with the sources the
//! configuration file declares, for every command, the demo and the server.

use std::sync::Arc;

use anyhow::Context;
use oerdex_index::{Source, Store, StoreOptions, Writer};

use crate::config::Settings;

/// Opens the catalogue (creating and migrating it if needed) and upserts the sources the
/// configuration file declares (keeping what Identify said about them and their harvest state).
pub fn open_store(settings: &Settings) -> anyhow::Result<Arc<dyn Store>> {
    let options = StoreOptions {
        search_cache: settings.search_cache,
    };
    let store = oerdex_index::open(&settings.db, &options)
        .with_context(|| format!("cannot open the catalogue {}", settings.db.display()))?;
    let mut index = store.writer()?;
    for declared in &settings.sources {
        let mut source = index
            .source(&declared.name)?
            .unwrap_or_else(|| Source::new(&declared.name, &declared.url, ""));
        if source.url != declared.url {
            // A new endpoint: what the old one said no longer applies.
            source = Source::new(&declared.name, &declared.url, "");
        }
        if let Some(prefix) = &declared.metadata_prefix {
            source.metadata_prefix = prefix.clone();
        }
        source.sets = declared.sets.clone();
        source.enabled = declared.enabled;
        source.default_license = declared.default_license.clone();
        index.put_source(&source)?;
    }
    Ok(store)
}

/// [`open_store`], and a connection on it that reads and writes.
pub fn open_index(settings: &Settings) -> anyhow::Result<Box<dyn Writer>> {
    Ok(open_store(settings)?.writer()?)
}
