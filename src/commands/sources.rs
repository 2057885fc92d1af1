//! `oerdex sources add | list | remove | sets`.

use anyhow::{bail, Context};
use oerdex_harvester::oai::OaiClient;
use oerdex_harvester::register::{inspect, Registration};
use oerdex_harvester::Fetcher;
use oerdex_index::{HarvestLog, Source};
use serde::Serialize;

use crate::catalogue::open_index;
use crate::cli::SourcesAddArgs;
use crate::config::Settings;
use crate::exit;

/// `oerdex sources add`.
pub async fn add(settings: &Settings, args: SourcesAddArgs) -> anyhow::Result<u8> {
    Source::check_name(&args.name).map_err(anyhow::Error::msg)?;
    if let Some(license) = &args.default_license {
        if oerdex_index::license::normalize(license).is_none() {
            bail!("--default-license {license:?} is not a licence oerdex knows (try `oerdex license {license:?}`)");
        }
    }
    let mut index = open_index(settings)?;
    if index.source(&args.name)?.is_some() {
        bail!(
            "a source named {:?} already exists (remove it first)",
            args.name
        );
    }
    let source = if args.no_check {
        let url =
            url::Url::parse(&args.url).with_context(|| format!("{:?} is not a URL", args.url))?;
        if !matches!(url.scheme(), "http" | "https") {
            bail!("{:?} is not an http(s) URL", args.url);
        }
        let mut source = Source::new(&args.name, &args.url, args.prefix.as_deref().unwrap_or(""));
        source.sets = args.sets;
        source.default_license = args.default_license;
        source
    } else {
        let fetcher = Fetcher::new(settings.harvest.clone())?;
        let registration = Registration {
            name: args.name.clone(),
            url: args.url.clone(),
            metadata_prefix: args.prefix,
            sets: args.sets,
            default_license: args.default_license,
        };
        inspect(&fetcher, &registration)
            .await
            .with_context(|| format!("cannot register {}", args.url))?
    };
    index.add_source(&source)?;
    println!(
        "added source {} ({}) format {}{}",
        source.name,
        source.repository_name.as_deref().unwrap_or(&source.url),
        if source.metadata_prefix.is_empty() {
            "(chosen at first harvest)"
        } else {
            &source.metadata_prefix
        },
        if source.sets.is_empty() {
            String::new()
        } else {
            format!(", sets {}", source.sets.join(", "))
        }
    );
    Ok(exit::OK)
}

/// A source with its record count and last harvest, as listed.
#[derive(Serialize)]
struct Listed {
    #[serde(flatten)]
    source: Source,
    records: u64,
    last_harvest: Option<HarvestLog>,
}

/// `oerdex sources list`.
pub fn list(settings: &Settings, json: bool) -> anyhow::Result<u8> {
    let index = open_index(settings)?;
    let mut listed = Vec::new();
    for mut source in index.sources()? {
        let last_harvest = index.harvest_history(&source.name, 1)?.pop();
        // Listings get pasted into tickets: no credentials in them.
        source.url = source.public_url();
        listed.push(Listed {
            records: index.source_record_count(&source.name)?,
            last_harvest,
            source,
        });
    }
    if json {
        println!("{}", serde_json::to_string_pretty(&listed)?);
        return Ok(exit::OK);
    }
    if listed.is_empty() {
        println!("no sources; add one with `oerdex sources add NAME URL`");
        return Ok(exit::OK);
    }
    println!(
        "{:<16} {:<8} {:>8}  {:<24} URL",
        "NAME", "FORMAT", "RECORDS", "LAST HARVEST"
    );
    for l in &listed {
        let last = match &l.last_harvest {
            Some(h) => format!("{} {}", h.status, h.ended.as_deref().unwrap_or(&h.started)),
            None => "never".into(),
        };
        let name = if l.source.enabled {
            l.source.name.clone()
        } else {
            format!("{} (off)", l.source.name)
        };
        println!(
            "{:<16} {:<8} {:>8}  {:<24} {}",
            name, l.source.metadata_prefix, l.records, last, l.source.url
        );
    }
    Ok(exit::OK)
}

/// `oerdex sources remove`.
pub fn remove(settings: &Settings, name: &str) -> anyhow::Result<u8> {
    if settings.sources.iter().any(|s| s.name == name) {
        bail!("source {name:?} is declared in the configuration file; remove it there");
    }
    let mut index = open_index(settings)?;
    index.remove_source(name)?;
    println!("removed source {name}");
    Ok(exit::OK)
}

/// `oerdex sources sets`.
pub async fn sets(settings: &Settings, url: &str) -> anyhow::Result<u8> {
    let fetcher = Fetcher::new(settings.harvest.clone())?;
    let client = OaiClient::new(&fetcher, url)?;
    for set in client.list_sets().await? {
        println!("{}\t{}", set.spec, set.name);
    }
    Ok(exit::OK)
}
