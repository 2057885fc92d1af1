//! Registering a source: ask the repository who it is (Identify) and what it offers
//! (ListMetadataFormats, ListSets), check the requested format and sets exist, and pick the
//! richest format when none was asked for.

use oerdex_index::Source;

use crate::error::{HarvestError, Result};
use crate::http::Fetcher;
use crate::oai::{richest_format, OaiClient, READABLE_FORMATS};

/// What the operator asks for when registering.
#[derive(Debug, Clone, Default)]
pub struct Registration {
    /// Source name.
    pub name: String,
    /// OAI-PMH base URL.
    pub url: String,
    /// Metadata prefix; `None` picks the richest the repository offers.
    pub metadata_prefix: Option<String>,
    /// Sets to harvest.
    pub sets: Vec<String>,
    /// Licence to assume for records without one.
    pub default_license: Option<String>,
}

/// Validates a registration live against the repository and returns the source to store.
pub async fn inspect(fetcher: &Fetcher, registration: &Registration) -> Result<Source> {
    let client = OaiClient::new(fetcher, &registration.url)?;
    let identify = client.identify().await?;
    let formats = client.list_metadata_formats().await?;
    let offered: Vec<&str> = formats.iter().map(|f| f.prefix.as_str()).collect();
    let prefix = match &registration.metadata_prefix {
        Some(prefix) if offered.contains(&prefix.as_str()) => prefix.clone(),
        Some(prefix) => {
            return Err(HarvestError::Unsupported {
                url: registration.url.clone(),
                message: format!(
                    "the repository does not offer metadata format {prefix:?}; it offers: {}",
                    offered.join(", ")
                ),
            })
        }
        None => match richest_format(&formats) {
            Some(format) => format.prefix.clone(),
            None => {
                return Err(HarvestError::Unsupported {
                    url: registration.url.clone(),
                    message: format!(
                        "the repository offers no format oerdex reads; it offers: {}; oerdex reads: {READABLE_FORMATS} (choose one with --prefix if it is offered under another name)",
                        offered.join(", ")
                    ),
                })
            }
        },
    };
    if !registration.sets.is_empty() {
        let sets = client.list_sets().await?;
        for wanted in &registration.sets {
            if !sets.iter().any(|s| &s.spec == wanted) {
                return Err(HarvestError::Unsupported {
                    url: registration.url.clone(),
                    message: format!("the repository has no set {wanted:?}"),
                });
            }
        }
    }
    let mut source = Source::new(&registration.name, &registration.url, &prefix);
    source.sets = registration.sets.clone();
    source.default_license = registration.default_license.clone();
    source.repository_name = Some(identify.repository_name).filter(|n| !n.is_empty());
    source.granularity = Some(identify.granularity).filter(|g| !g.is_empty());
    source.earliest_datestamp = identify.earliest_datestamp;
    source.deleted_record = Some(identify.deleted_record).filter(|d| !d.is_empty());
    source.formats = offered.iter().map(|s| s.to_string()).collect();
    Ok(source)
}
