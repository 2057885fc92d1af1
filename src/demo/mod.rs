//! `oerdex demo`: the whole pipeline on a machine with no internet. Two sample repositories are
//! served from inside the process on a loopback port; the real harvester harvests them into the
//! demo's own catalogue (by default `oerdex-demo.db`, never the configured one); then a few
//! example searches run, and the API
//! serves the catalogue (with the sample repositories still up, so on-demand harvests work)
//! until Ctrl-C, unless `--no-serve`.

mod catalogue;
mod provider;

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use oerdex_harvester::register::{inspect, Registration};
use oerdex_harvester::{harvest_sources, Fetcher, HarvestOptions};
use oerdex_index::search::Facet;
use oerdex_index::{Reader, SearchQuery};

use crate::catalogue::{open_index, open_store};
use crate::config::Settings;
use crate::exit;
use crate::progress::print_report;
use crate::progress::Display;

/// Runs the demo; serves the API afterwards when `serve` is set.
pub async fn run(settings: Settings, serve: bool) -> anyhow::Result<u8> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .context("cannot open a loopback port for the sample repositories")?;
    let address = listener.local_addr()?;
    let app = provider::router(vec![
        ("school", catalogue::school_repository()),
        ("university", catalogue::university_repository()),
    ]);
    let server = tokio::spawn(async move { axum::serve(listener, app).await });
    println!("sample repositories serving OAI-PMH at http://{address}/school/oai and http://{address}/university/oai");

    // The demo talks only to its own loopback server, so private addresses are allowed here.
    let mut harvest = settings.harvest.clone();
    harvest.allow_private_networks = true;
    harvest.per_host_delay = Duration::ZERO;
    harvest.retry_base_delay = Duration::from_millis(200);
    let fetcher = Arc::new(Fetcher::new(harvest.clone())?);

    let mut sources = Vec::new();
    for (name, path, default_license) in [
        ("demo-school", "school", None),
        ("demo-university", "university", Some("CC-BY-4.0")),
    ] {
        let registration = Registration {
            name: name.into(),
            url: format!("http://{address}/{path}/oai"),
            metadata_prefix: None,
            sets: Vec::new(),
            default_license: default_license.map(str::to_string),
        };
        let mut source = inspect(&fetcher, &registration).await?;
        let mut index = open_index(&settings)?;
        if let Some(existing) = index.source(name)? {
            source.added_at = existing.added_at;
        }
        index.put_source(&source)?;
        println!(
            "registered {name}: {} ({}, granularity {})",
            source.repository_name.as_deref().unwrap_or("?"),
            source.metadata_prefix,
            source.granularity.as_deref().unwrap_or("?")
        );
        sources.push(source);
    }

    let display = Arc::new(Display::plain());
    let store = open_store(&settings)?;
    let outcomes = harvest_sources(
        fetcher,
        &store,
        sources,
        &HarvestOptions::default(),
        display,
    )
    .await;
    println!();
    let index = store.reader()?;
    print_report(index.as_ref(), &outcomes)?;

    println!(
        "\nthe catalogue {} now holds {} resources",
        store.location(),
        index.resource_count()?
    );
    let example = example_searches(index.as_ref())?;
    drop(index);
    let code = if outcomes.iter().all(|(_, o)| o.is_ok()) {
        exit::OK
    } else {
        exit::PARTIAL
    };
    if serve {
        let listener = crate::serve::bind(&settings.bind).await?;
        print_urls(listener.local_addr()?, example.as_deref());
        crate::serve::run(&settings, listener, &harvest).await?;
    }
    server.abort();
    Ok(code)
}

/// Example requests against the demo's API.
fn print_urls(address: std::net::SocketAddr, resource: Option<&str>) {
    let base = format!("http://{address}");
    println!("\nthe search page is at {base}/ (and the sources page at {base}/sources);");
    println!("the API serves the demo catalogue too; try:");
    println!("  curl '{base}/api/v1/resources?q=fractions&open=true'");
    println!("  curl '{base}/api/v1/resources?license=cc-by-sa&lang=de&facets=license,language'");
    if let Some(id) = resource {
        println!("  curl '{base}/api/v1/resources/{id}'");
        println!("  curl -H 'Accept: application/ld+json' '{base}/api/v1/resources/{id}'");
    }
    println!("  curl '{base}/api/v1/licenses'");
    println!("  curl '{base}/api/v1/sources'");
    println!("  curl '{base}/api/v1/openapi.json'");
    println!();
}

/// Runs and prints the example searches; returns the id of the first resource found.
fn example_searches(index: &dyn Reader) -> anyhow::Result<Option<String>> {
    type Example = (&'static str, fn(&mut SearchQuery));
    let examples: [Example; 4] = [
        ("oerdex search fractions", |q| {
            q.text = Some("fractions".into())
        }),
        ("oerdex search --open climate", |q| {
            q.text = Some("climate".into());
            q.open = Some(true);
        }),
        ("oerdex search --license cc-by-sa --lang de", |q| {
            q.licenses = vec!["cc-by-sa".into()];
            q.languages = vec!["de".into()];
        }),
        (
            "oerdex search --commercial --derivatives photosynthesis",
            |q| {
                q.text = Some("photosynthesis".into());
                q.commercial = Some(true);
                q.derivatives = Some(true);
            },
        ),
    ];
    let mut first = None;
    for (command, build) in examples {
        let mut query = SearchQuery::new();
        query.limit = 3;
        query.facets = vec![Facet::License];
        build(&mut query);
        let results = index.search(&query)?;
        println!("\n$ {command}\n{} resources match", results.total);
        if first.is_none() {
            first = results.results.first().map(|r| r.id.clone());
        }
        for r in &results.results {
            println!(
                "- {} [{}] ({}){}",
                r.title.as_deref().unwrap_or("(untitled)"),
                r.license
                    .as_ref()
                    .map(|l| l.id.as_str())
                    .unwrap_or("no licence"),
                r.languages.join(", "),
                if r.sources.len() > 1 {
                    format!(", merged from {} sources", r.sources.len())
                } else {
                    String::new()
                }
            );
        }
        if let Some(counts) = results.facets.get("license") {
            let top: Vec<String> = counts
                .0
                .iter()
                .take(6)
                .map(|(f, n)| format!("{f} {n}"))
                .collect();
            println!("  by licence: {}", top.join(", "));
        }
    }
    Ok(first)
}
