//! The command line.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// oerdex: harvest Open Educational Resources metadata over OAI-PMH into one searchable,
/// licence-aware catalogue.
#[derive(Debug, Parser)]
#[command(name = "oerdex", version, about, long_about = None)]
pub struct Cli {
    /// Configuration file (default: ./oerdex.toml if present).
    #[arg(long, global = true, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Catalogue database: a SQLite file or a postgres:// URL (overrides index.path, index.url
    /// and OERDEX_DB).
    #[arg(long, global = true, value_name = "FILE|URL")]
    pub db: Option<PathBuf>,
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Register, list or remove OAI-PMH sources.
    #[command(subcommand)]
    Sources(SourcesCommand),
    /// Repositories submitted for registration: list, approve or reject them.
    #[command(subcommand)]
    Registrations(RegistrationsCommand),
    /// Harvest sources (all enabled ones unless named), incrementally unless --full.
    Harvest(HarvestArgs),
    /// Search the catalogue.
    Search(SearchArgs),
    /// Write every resource as JSON lines or LRMI JSON-LD.
    Export(ExportArgs),
    /// Show how oerdex reads rights statements (licence id, family, permissions).
    License(LicenseArgs),
    /// Re-crosswalk stored raw records (after a crosswalk improved) without harvesting.
    Reindex(ReindexArgs),
    /// Copy the catalogue to FILE with SQLite's online backup (safe while harvesting).
    Backup(BackupArgs),
    /// Serve the HTTP API and harvest on schedule, until Ctrl-C or SIGTERM.
    Serve(ServeArgs),
    /// Run the whole pipeline on bundled sample repositories, offline, then serve the API.
    Demo(DemoArgs),
}

/// `oerdex sources …`
#[derive(Debug, Subcommand)]
pub enum SourcesCommand {
    /// Register an endpoint (checked live with Identify and ListMetadataFormats).
    Add(SourcesAddArgs),
    /// List registered sources.
    List {
        /// Print JSON.
        #[arg(long)]
        json: bool,
    },
    /// Remove a source and its contributions (resources other sources hold stay).
    Remove {
        /// Source name.
        name: String,
    },
    /// List the sets a repository offers.
    Sets {
        /// OAI-PMH base URL.
        url: String,
    },
    /// Show a source's metadata quality: how many records have a licence, a language, a URL,
    /// a description, a type and a level, and the values oerdex could not read.
    Report {
        /// Source name.
        name: String,
        /// Print JSON (the API's report).
        #[arg(long)]
        json: bool,
    },
}

/// `oerdex registrations …`
#[derive(Debug, Subcommand)]
pub enum RegistrationsCommand {
    /// List the requests, newest first (waiting ones only unless --all).
    List {
        /// Decided ones too.
        #[arg(long)]
        all: bool,
        /// Print JSON (as GET /api/v1/registrations).
        #[arg(long)]
        json: bool,
    },
    /// Approve a request: its repository becomes a source (harvested by the next `oerdex
    /// harvest`, or at once by a running `oerdex serve`).
    Approve {
        /// Request number.
        id: i64,
    },
    /// Reject a request.
    Reject {
        /// Request number.
        id: i64,
        /// Why, for the record.
        #[arg(long)]
        reason: Option<String>,
    },
}

/// `oerdex sources add`
#[derive(Debug, Args)]
pub struct SourcesAddArgs {
    /// Short unique name (letters, digits, `-`, `_`, `.`).
    pub name: String,
    /// OAI-PMH base URL.
    pub url: String,
    /// Metadata prefix (default: the richest format the repository offers).
    #[arg(long = "prefix", value_name = "PREFIX")]
    pub prefix: Option<String>,
    /// Harvest only this set (repeatable).
    #[arg(long = "set", value_name = "SET")]
    pub sets: Vec<String>,
    /// Licence assumed for records that state none (marked as inferred).
    #[arg(long, value_name = "LICENSE")]
    pub default_license: Option<String>,
    /// Store without contacting the repository.
    #[arg(long)]
    pub no_check: bool,
}

/// `oerdex harvest`
#[derive(Debug, Args)]
pub struct HarvestArgs {
    /// Sources to harvest (default: every enabled source).
    pub names: Vec<String>,
    /// Harvest everything again, not only what changed.
    #[arg(long)]
    pub full: bool,
}

/// `oerdex search`
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// Words to search for (`"a phrase"`, `prefix*`).
    pub query: Vec<String>,
    /// Licence family (cc-by, cc-by-sa, cc0, pdm, …) or exact id (CC-BY-4.0); repeatable.
    #[arg(long = "license", value_name = "LICENSE")]
    pub licenses: Vec<String>,
    /// Only openly licensed resources (UNESCO OER Recommendation: anyone may reuse, adapt and
    /// share them, perhaps only non-commercially).
    #[arg(long)]
    pub open: bool,
    /// Only free cultural works: CC0, public domain, CC BY, CC BY-SA and free software licences
    /// (any use, commercial included; stricter than --open).
    #[arg(long)]
    pub free: bool,
    /// Only resources whose licence allows commercial use.
    #[arg(long)]
    pub commercial: bool,
    /// Only resources whose licence allows adaptation.
    #[arg(long)]
    pub derivatives: bool,
    /// Language (ISO 639 code or name); repeatable.
    #[arg(long = "lang", value_name = "LANG")]
    pub languages: Vec<String>,
    /// Learning resource type, as the type facet lists it (`worksheet`); repeatable.
    #[arg(long = "type", value_name = "TYPE")]
    pub types: Vec<String>,
    /// Educational level, as the level facet lists it; repeatable.
    #[arg(long = "level", value_name = "LEVEL")]
    pub levels: Vec<String>,
    /// Subject, as the subject facet lists it; repeatable.
    #[arg(long = "subject", value_name = "SUBJECT")]
    pub subjects: Vec<String>,
    /// Source name; repeatable.
    #[arg(long = "source", value_name = "SOURCE")]
    pub sources: Vec<String>,
    /// Order of the results.
    #[arg(long, value_enum, default_value_t = SortArg::Relevance)]
    pub sort: SortArg,
    /// Results per page (1-100).
    #[arg(long, default_value_t = 10)]
    pub limit: usize,
    /// Cursor from a previous page's next_cursor.
    #[arg(long)]
    pub cursor: Option<String>,
    /// Print the same JSON document as GET /api/v1/resources.
    #[arg(long)]
    pub json: bool,
}

/// Orders of search results (the API's `sort`).
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum SortArg {
    /// Best match first (newest first without words to search for).
    Relevance,
    /// Most recently changed first.
    Updated,
    /// By title, A to Z.
    Title,
}

/// Export formats.
#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ExportFormat {
    /// One resource (oerdex model) per line.
    Jsonl,
    /// One LRMI JSON-LD document per line.
    Jsonld,
}

/// `oerdex export`
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Jsonl)]
    pub format: ExportFormat,
    /// Output file (default: standard output).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

/// `oerdex license`
#[derive(Debug, Args)]
pub struct LicenseArgs {
    /// Rights statements to read, one per argument.
    #[arg(required = true)]
    pub texts: Vec<String>,
    /// One JSON object per line (the API's `license` object, or null).
    #[arg(long)]
    pub json: bool,
}

/// `oerdex reindex`
#[derive(Debug, Args)]
pub struct ReindexArgs {
    /// Sources to reindex (default: all).
    pub names: Vec<String>,
}

/// `oerdex backup`
#[derive(Debug, Args)]
pub struct BackupArgs {
    /// Where to write the copy.
    pub file: PathBuf,
}

/// `oerdex serve`
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on (overrides server.bind and OERDEX_BIND); port 0 picks a free one.
    #[arg(long, value_name = "ADDR")]
    pub bind: Option<String>,
    /// Serve only: no scheduled harvests on this node (another process, such as `oerdex
    /// harvest` from cron or another node, harvests into the same catalogue). Harvests an
    /// operator asks for through the API still run.
    #[arg(long)]
    pub no_harvest: bool,
}

/// `oerdex demo`
#[derive(Debug, Args)]
pub struct DemoArgs {
    /// The demo's own catalogue file; never the configured one (index.path, OERDEX_DB, --db).
    #[arg(long, value_name = "FILE", default_value = "oerdex-demo.db")]
    pub catalogue: PathBuf,
    /// Stop after the example searches instead of serving the API.
    #[arg(long)]
    pub no_serve: bool,
    /// Address the API listens on (overrides server.bind and OERDEX_BIND).
    #[arg(long, value_name = "ADDR")]
    pub bind: Option<String>,
}
