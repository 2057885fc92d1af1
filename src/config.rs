//! Configuration: built-in defaults, then the TOML file (`--config FILE`, else `./oerdex.toml`
//! if present), then `OERDEX_*` environment variables, then command-line flags.
//!
//! The file and the environment fill one raw structure ([`RawConfig`], unknown keys refused):
//! each `OERDEX_*` variable sets the key it names, its value read as the key's type (text as
//! written; numbers, booleans and comma-separated lists as they read). One validation then
//! resolves it into typed [`Settings`], so a value is accepted or refused, with the same
//! message naming the key, whichever layer gave it; only where it came from differs. Every
//! default lives in [`Settings::default`]. An `OERDEX_*` variable that names no setting is a
//! warning, not an error: orchestrators inject such variables (Kubernetes sets `OERDEX_PORT`
//! for a service named oerdex).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::Duration;

use oerdex_harvester::HarvestSettings;
use oerdex_index::Source;
use serde::Deserialize;

/// A configuration error: names the key and where it came from.
#[derive(Debug)]
pub struct ConfigError(pub String);

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ConfigError {}

/// The configuration file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawConfig {
    #[serde(default)]
    index: RawIndex,
    #[serde(default)]
    server: RawServer,
    #[serde(default)]
    harvest: RawHarvest,
    #[serde(default)]
    oai: RawOai,
    #[serde(default)]
    source: Vec<SourceConfig>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOai {
    repository_name: Option<String>,
    admin_email: Option<String>,
    repository_identifier: Option<String>,
    base_url: Option<String>,
    page_size: Option<usize>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawIndex {
    path: Option<PathBuf>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawServer {
    bind: Option<String>,
    admin_token: Option<String>,
    rate_limit_per_minute: Option<u32>,
    registrations_per_hour: Option<u32>,
    search_cache: Option<bool>,
    header_timeout_s: Option<u64>,
    idle_timeout_s: Option<u64>,
    body_timeout_s: Option<u64>,
    max_connections: Option<usize>,
    trusted_proxies: Option<Vec<String>>,
    metrics_bind: Option<String>,
    metrics_token: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHarvest {
    concurrency: Option<usize>,
    per_host_delay_ms: Option<u64>,
    timeout_s: Option<u64>,
    retries: Option<u32>,
    retry_base_ms: Option<u64>,
    interval: Option<String>,
    full_interval: Option<String>,
    user_agent: Option<String>,
    max_response_mb: Option<u64>,
    max_memory_mb: Option<u64>,
    allow_private_networks: Option<bool>,
    max_duration: Option<String>,
    proxy: Option<String>,
}

/// A `[[source]]` entry: upserted into the catalogue at start.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct SourceConfig {
    /// Unique name.
    pub name: String,
    /// OAI-PMH base URL.
    pub url: String,
    /// Metadata prefix; when absent the richest format offered is picked at the first harvest.
    pub metadata_prefix: Option<String>,
    /// Sets to harvest.
    #[serde(default)]
    pub sets: Vec<String>,
    /// Harvested or not.
    #[serde(default = "yes")]
    pub enabled: bool,
    /// Licence assumed for records that state none.
    pub default_license: Option<String>,
}

fn yes() -> bool {
    true
}

/// Resolved settings.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The catalogue file.
    pub db: PathBuf,
    /// Address `oerdex serve` listens on.
    pub bind: String,
    /// Token for write endpoints; `None` disables them.
    pub admin_token: Option<String>,
    /// Requests a minute allowed per client address by `oerdex serve`; 0 turns limiting off.
    pub rate_limit_per_minute: u32,
    /// Registration requests an hour allowed per client address; 0 turns that limit off.
    pub registrations_per_hour: u32,
    /// Whether `oerdex serve` caches full-text hits and counts until the next change.
    pub search_cache: bool,
    /// Timeouts and the connection cap of `oerdex serve`.
    pub server_limits: oerdex_api::ServerLimits,
    /// Reverse proxies whose forwarding headers `oerdex serve` believes.
    pub trusted_proxies: oerdex_api::TrustedProxies,
    /// A separate address for `/metrics`; `None` serves it with the API.
    pub metrics_bind: Option<String>,
    /// A bearer token `/metrics` asks for; `None` leaves it open.
    pub metrics_token: Option<String>,
    /// Page data all concurrent harvests keep in memory at most, in MB (bounds each response).
    pub harvest_memory_mb: u64,
    /// Harvester behaviour.
    pub harvest: HarvestSettings,
    /// Period of scheduled harvests in `oerdex serve`.
    pub harvest_interval: Duration,
    /// The OAI-PMH provider of `oerdex serve`.
    pub oai: oerdex_api::OaiConfig,
    /// Sources declared in the file.
    pub sources: Vec<SourceConfig>,
    /// The file the settings came from, if any.
    pub file: Option<PathBuf>,
    /// What was ignored, for standard error (unknown `OERDEX_*` variables).
    pub warnings: Vec<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            db: PathBuf::from("oerdex.db"),
            bind: "127.0.0.1:8080".into(),
            admin_token: None,
            rate_limit_per_minute: 6000,
            registrations_per_hour: 10,
            search_cache: true,
            server_limits: oerdex_api::ServerLimits::default(),
            trusted_proxies: oerdex_api::TrustedProxies::default(),
            metrics_bind: None,
            metrics_token: None,
            harvest_memory_mb: 2048,
            harvest: HarvestSettings::default(),
            harvest_interval: Duration::from_secs(24 * 3600),
            oai: oerdex_api::OaiConfig::default(),
            sources: Vec::new(),
            file: None,
            warnings: Vec::new(),
        }
    }
}

/// Command-line overrides (the last layer).
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    /// `--config FILE`.
    pub config: Option<PathBuf>,
    /// `--db FILE`.
    pub db: Option<PathBuf>,
    /// `--bind ADDR`.
    pub bind: Option<String>,
}

/// Loads every layer. `env` is the process environment (passed in so tests can set it).
pub fn load(overrides: &Overrides, env: &[(String, String)]) -> Result<Settings, ConfigError> {
    let file = match &overrides.config {
        Some(path) => Some(path.clone()),
        None => Some(PathBuf::from("oerdex.toml")).filter(|p| p.exists()),
    };
    let mut table = match &file {
        Some(path) => read_file(path)?,
        None => toml::Table::new(),
    };
    let mut origins = Origins {
        file: file
            .as_ref()
            .map(|p| p.display().to_string())
            .unwrap_or_else(|| "built-in defaults".into()),
        variables: HashMap::new(),
    };
    let warnings = apply_env(&mut table, &mut origins, env)?;
    let raw = RawConfig::deserialize(table)
        .map_err(|e| ConfigError(format!("{}: {}", origins.file, e.message())))?;
    let mut settings = resolve(raw, &origins)?;
    settings.file = file;
    settings.warnings = warnings;
    if let Some(db) = &overrides.db {
        settings.db = db.clone();
    }
    if let Some(bind) = &overrides.bind {
        settings.bind = bind.clone();
    }
    bound_page_memory(&mut settings);
    Ok(settings)
}

/// Where each key's value came from: the file (or the defaults), or a variable.
struct Origins {
    /// The file's path, or "built-in defaults".
    file: String,
    /// Keys set by the environment, with the variable that set each.
    variables: HashMap<&'static str, String>,
}

impl Origins {
    /// The error for `key`: where its value came from, the key, what is wrong.
    fn error(&self, key: &str, message: impl std::fmt::Display) -> ConfigError {
        match self.variables.get(key) {
            Some(variable) => ConfigError(format!("environment: {variable}: {key}: {message}")),
            None => ConfigError(format!("{}: {key}: {message}", self.file)),
        }
    }
}

/// Copies of one page a harvest holds at most: the response being read and parsed, the pages
/// queued for the crosswalk and the one being crosswalked.
const PAGE_COPIES: u64 = 6;

/// Lowers `harvest.max_response_mb` so that `harvest.concurrency` harvests, each holding up to
/// [`PAGE_COPIES`] pages, stay within `harvest.max_memory_mb`.
fn bound_page_memory(settings: &mut Settings) {
    let h = &mut settings.harvest;
    let share = settings.harvest_memory_mb / (h.concurrency.max(1) as u64 * PAGE_COPIES);
    let bounded = h.max_response_mb.min(share).max(1);
    if bounded < h.max_response_mb {
        tracing::info!(
            max_response_mb = bounded,
            "responses limited to {bounded} MB so that {} harvests fit in harvest.max_memory_mb",
            h.concurrency
        );
        h.max_response_mb = bounded;
    }
}

/// Reads the file as a table, refusing unknown keys and values of the wrong type with the line
/// they are on.
fn read_file(path: &Path) -> Result<toml::Table, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        ConfigError(format!(
            "{}: cannot read the configuration file: {e}",
            path.display()
        ))
    })?;
    let located = |e: toml::de::Error| {
        let message = e.message().to_string();
        let location = e
            .span()
            .map(|span| {
                let line_start = text[..span.start].rfind('\n').map(|i| i + 1).unwrap_or(0);
                let line_end = text[span.start..]
                    .find('\n')
                    .map(|i| i + span.start)
                    .unwrap_or(text.len());
                let number = text[..line_start].matches('\n').count() + 1;
                format!(" (line {number}: `{}`)", text[line_start..line_end].trim())
            })
            .unwrap_or_default();
        ConfigError(format!("{}{location}: {message}", path.display()))
    };
    toml::from_str::<RawConfig>(&text).map_err(located)?;
    toml::from_str(&text).map_err(located)
}

fn resolve(raw: RawConfig, origins: &Origins) -> Result<Settings, ConfigError> {
    let mut s = Settings::default();
    if let Some(path) = raw.index.path {
        s.db = path;
    }
    if let Some(bind) = raw.server.bind {
        s.bind = bind;
    }
    s.admin_token = raw.server.admin_token.filter(|t| !t.is_empty());
    if let Some(v) = raw.server.rate_limit_per_minute {
        s.rate_limit_per_minute = v;
    }
    if let Some(v) = raw.server.search_cache {
        s.search_cache = v;
    }
    if let Some(v) = raw.server.registrations_per_hour {
        s.registrations_per_hour = v;
    }
    let limits = &mut s.server_limits;
    if let Some(v) = raw.server.header_timeout_s {
        limits.header_timeout = seconds(v, "server.header_timeout_s", origins)?;
    }
    if let Some(v) = raw.server.idle_timeout_s {
        limits.idle_timeout = seconds(v, "server.idle_timeout_s", origins)?;
    }
    if let Some(v) = raw.server.body_timeout_s {
        limits.body_timeout = seconds(v, "server.body_timeout_s", origins)?;
    }
    if let Some(v) = raw.server.max_connections {
        limits.max_connections = positive(v, "server.max_connections", origins)?;
    }
    if let Some(list) = raw.server.trusted_proxies {
        s.trusted_proxies = oerdex_api::TrustedProxies::parse(&list)
            .map_err(|e| origins.error("server.trusted_proxies", e))?;
    }
    s.metrics_bind = raw.server.metrics_bind.filter(|b| !b.is_empty());
    s.metrics_token = raw.server.metrics_token.filter(|t| !t.is_empty());
    let h = raw.harvest;
    let hs = &mut s.harvest;
    if let Some(v) = h.concurrency {
        hs.concurrency = positive(v, "harvest.concurrency", origins)?;
    }
    if let Some(v) = h.per_host_delay_ms {
        hs.per_host_delay = Duration::from_millis(v);
    }
    if let Some(v) = h.timeout_s {
        hs.timeout = seconds(v, "harvest.timeout_s", origins)?;
    }
    if let Some(v) = h.retries {
        hs.retries = v;
    }
    if let Some(v) = h.retry_base_ms {
        hs.retry_base_delay = Duration::from_millis(v);
    }
    if let Some(v) = h.user_agent {
        hs.user_agent = v;
    }
    if let Some(v) = h.max_response_mb {
        hs.max_response_mb = positive(v, "harvest.max_response_mb", origins)?;
    }
    if let Some(v) = h.allow_private_networks {
        hs.allow_private_networks = v;
    }
    if let Some(v) = h.proxy.filter(|p| !p.is_empty()) {
        hs.proxy = Some(proxy_url(&v).map_err(|e| origins.error("harvest.proxy", e))?);
    }
    if let Some(v) = h.max_memory_mb {
        s.harvest_memory_mb = positive(v, "harvest.max_memory_mb", origins)?;
    }
    if let Some(v) = h.full_interval {
        s.harvest.full_harvest_interval = duration(&v, "harvest.full_interval", "7d", origins)?;
    }
    if let Some(v) = h.max_duration {
        s.harvest.max_duration = duration(&v, "harvest.max_duration", "12h", origins)?;
    }
    if let Some(v) = h.interval {
        s.harvest_interval = duration(&v, "harvest.interval", "24h", origins)?;
    }
    resolve_oai(&mut s.oai, raw.oai, origins)?;
    let mut names = HashSet::new();
    for source in &raw.source {
        if !names.insert(source.name.clone()) {
            return Err(origins.error("source", format!("{:?} is declared twice", source.name)));
        }
        Source::check_name(&source.name).map_err(|e| origins.error("source.name", e))?;
        if url::Url::parse(&source.url)
            .map(|u| !matches!(u.scheme(), "http" | "https"))
            .unwrap_or(true)
        {
            return Err(origins.error(
                "source.url",
                format!(
                    "{:?} (source {:?}) is not an http(s) URL",
                    source.url, source.name
                ),
            ));
        }
    }
    s.sources = raw.source;
    Ok(s)
}

fn resolve_oai(
    oai: &mut oerdex_api::OaiConfig,
    raw: RawOai,
    origins: &Origins,
) -> Result<(), ConfigError> {
    let p = &mut oai.provider;
    if let Some(v) = raw.repository_name {
        p.repository_name = v;
    }
    if let Some(v) = raw.admin_email {
        p.admin_email = v;
    }
    if let Some(v) = raw.repository_identifier {
        p.repository_identifier = check_repository_identifier(&v)
            .map_err(|e| origins.error("oai.repository_identifier", e))?;
    }
    if let Some(v) = raw.page_size {
        p.page_size = page_size(v).map_err(|e| origins.error("oai.page_size", e))?;
    }
    if let Some(v) = raw.base_url {
        oai.base_url = Some(base_url(&v).map_err(|e| origins.error("oai.base_url", e))?);
    }
    Ok(())
}

/// A repository identifier as the oai-identifier scheme requires: a domain name whose labels
/// start with a letter (`oer.example.org`).
fn check_repository_identifier(value: &str) -> Result<String, String> {
    let labels: Vec<&str> = value.split('.').collect();
    let ok = labels.len() >= 2
        && labels.iter().all(|l| {
            l.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        });
    if ok {
        Ok(value.to_string())
    } else {
        Err(format!(
            "{value:?} is not a domain name like \"oer.example.org\""
        ))
    }
}

fn page_size(value: usize) -> Result<usize, String> {
    if (1..=1000).contains(&value) {
        Ok(value)
    } else {
        Err(format!("{value} is not between 1 and 1000"))
    }
}

fn base_url(value: &str) -> Result<String, String> {
    match url::Url::parse(value) {
        Ok(u) if matches!(u.scheme(), "http" | "https") => Ok(value.to_string()),
        _ => Err(format!("{value:?} is not an http(s) URL")),
    }
}

fn proxy_url(value: &str) -> Result<String, String> {
    match url::Url::parse(value) {
        Ok(u) if matches!(u.scheme(), "http" | "https" | "socks5" | "socks5h") => {
            Ok(value.to_string())
        }
        _ => Err(format!(
            "{value:?} is not a proxy URL like http://proxy.example:3128"
        )),
    }
}

/// A number of seconds, at least 1.
fn seconds(v: u64, key: &str, origins: &Origins) -> Result<Duration, ConfigError> {
    Ok(Duration::from_secs(positive(v, key, origins)?))
}

/// A number that must be at least 1.
fn positive<T: Default + PartialEq>(v: T, key: &str, origins: &Origins) -> Result<T, ConfigError> {
    if v == T::default() {
        return Err(origins.error(key, "must be at least 1"));
    }
    Ok(v)
}

/// A duration such as `30m`, `24h` or `7d`.
fn duration(v: &str, key: &str, example: &str, origins: &Origins) -> Result<Duration, ConfigError> {
    parse_duration(v).ok_or_else(|| {
        origins.error(
            key,
            format!("{v:?} is not a duration like \"{example}\" (s, m, h or d)"),
        )
    })
}

/// The environment variables read, each with the key it sets.
pub const ENV_KEYS: &[(&str, &str)] = &[
    ("OERDEX_DB", "index.path"),
    ("OERDEX_BIND", "server.bind"),
    ("OERDEX_ADMIN_TOKEN", "server.admin_token"),
    (
        "OERDEX_SERVER_RATE_LIMIT_PER_MINUTE",
        "server.rate_limit_per_minute",
    ),
    ("OERDEX_SERVER_SEARCH_CACHE", "server.search_cache"),
    (
        "OERDEX_SERVER_REGISTRATIONS_PER_HOUR",
        "server.registrations_per_hour",
    ),
    ("OERDEX_SERVER_HEADER_TIMEOUT_S", "server.header_timeout_s"),
    ("OERDEX_SERVER_IDLE_TIMEOUT_S", "server.idle_timeout_s"),
    ("OERDEX_SERVER_BODY_TIMEOUT_S", "server.body_timeout_s"),
    ("OERDEX_SERVER_MAX_CONNECTIONS", "server.max_connections"),
    ("OERDEX_SERVER_TRUSTED_PROXIES", "server.trusted_proxies"),
    ("OERDEX_SERVER_METRICS_BIND", "server.metrics_bind"),
    ("OERDEX_SERVER_METRICS_TOKEN", "server.metrics_token"),
    ("OERDEX_HARVEST_CONCURRENCY", "harvest.concurrency"),
    (
        "OERDEX_HARVEST_PER_HOST_DELAY_MS",
        "harvest.per_host_delay_ms",
    ),
    ("OERDEX_HARVEST_TIMEOUT_S", "harvest.timeout_s"),
    ("OERDEX_HARVEST_RETRIES", "harvest.retries"),
    ("OERDEX_HARVEST_RETRY_BASE_MS", "harvest.retry_base_ms"),
    ("OERDEX_HARVEST_INTERVAL", "harvest.interval"),
    ("OERDEX_HARVEST_FULL_INTERVAL", "harvest.full_interval"),
    ("OERDEX_HARVEST_MAX_DURATION", "harvest.max_duration"),
    ("OERDEX_HARVEST_USER_AGENT", "harvest.user_agent"),
    ("OERDEX_HARVEST_MAX_RESPONSE_MB", "harvest.max_response_mb"),
    ("OERDEX_HARVEST_MAX_MEMORY_MB", "harvest.max_memory_mb"),
    ("OERDEX_HARVEST_PROXY", "harvest.proxy"),
    (
        "OERDEX_HARVEST_ALLOW_PRIVATE_NETWORKS",
        "harvest.allow_private_networks",
    ),
    ("OERDEX_OAI_REPOSITORY_NAME", "oai.repository_name"),
    ("OERDEX_OAI_ADMIN_EMAIL", "oai.admin_email"),
    (
        "OERDEX_OAI_REPOSITORY_IDENTIFIER",
        "oai.repository_identifier",
    ),
    ("OERDEX_OAI_BASE_URL", "oai.base_url"),
    ("OERDEX_OAI_PAGE_SIZE", "oai.page_size"),
];

/// `OERDEX_*` variables that are not settings: the log's filter and format.
const NOT_SETTINGS: &[&str] = &["OERDEX_LOG", "OERDEX_LOG_FORMAT"];

/// Sets each key an `OERDEX_*` variable names in `table`, over the file's value, and records
/// where it came from. Returns a warning for each variable that names no setting.
fn apply_env(
    table: &mut toml::Table,
    origins: &mut Origins,
    env: &[(String, String)],
) -> Result<Vec<String>, ConfigError> {
    let mut warnings = Vec::new();
    for (name, text) in env {
        if !name.starts_with("OERDEX_") || NOT_SETTINGS.contains(&name.as_str()) {
            continue;
        }
        let Some(&(_, key)) = ENV_KEYS.iter().find(|(n, _)| n == name) else {
            warnings.push(unknown_variable(name));
            continue;
        };
        let (section, field) = key.split_once('.').expect("keys are section.field");
        let value = env_value(section, field, text)
            .map_err(|e| ConfigError(format!("environment: {name}: {key}: {e}")))?;
        let section = table
            .entry(section)
            .or_insert_with(|| toml::Value::Table(toml::Table::new()));
        if let toml::Value::Table(section) = section {
            section.insert(field.to_string(), value);
        }
        origins.variables.insert(key, name.clone());
    }
    Ok(warnings)
}

/// The warning for an `OERDEX_*` variable that names no setting, with the closest one.
fn unknown_variable(name: &str) -> String {
    let closest = ENV_KEYS
        .iter()
        .map(|(known, _)| (strsim::levenshtein(name, known), *known))
        .min()
        .filter(|(distance, _)| *distance <= 3)
        .map(|(_, known)| format!(" (did you mean {known}?)"))
        .unwrap_or_default();
    format!(
        "environment: {name} is not an oerdex setting and is ignored{closest}; \
         config/oerdex.example.toml lists every variable"
    )
}

/// An environment variable's text as a value of `section.field`'s type: the first reading the
/// key accepts of, in order, the text as a TOML value (`4`, `true`), the text itself, a
/// boolean written `yes`/`no`/`on`/`off`/`1`/`0`, and a comma-separated list. When none fits,
/// says why the first reading does not.
fn env_value(section: &str, field: &str, text: &str) -> Result<toml::Value, String> {
    let fits = |value: &toml::Value| {
        let mut inner = toml::Table::new();
        inner.insert(field.to_string(), value.clone());
        let mut outer = toml::Table::new();
        outer.insert(section.to_string(), toml::Value::Table(inner));
        RawConfig::deserialize(outer)
            .map(drop)
            .map_err(|e| e.message().to_string())
    };
    let mut readings = Vec::new();
    if let Ok(mut literal) = toml::from_str::<toml::Table>(&format!("v = {text}")) {
        readings.extend(literal.remove("v"));
    }
    readings.push(toml::Value::String(text.to_string()));
    match text.trim().to_ascii_lowercase().as_str() {
        "yes" | "on" | "1" => readings.push(toml::Value::Boolean(true)),
        "no" | "off" | "0" => readings.push(toml::Value::Boolean(false)),
        _ => {}
    }
    readings.push(toml::Value::Array(
        text.split(',')
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(|v| toml::Value::String(v.to_string()))
            .collect(),
    ));
    let mut why = None;
    for reading in readings {
        match fits(&reading) {
            Ok(()) => return Ok(reading),
            Err(e) => {
                why.get_or_insert(e);
            }
        }
    }
    Err(why.unwrap_or_else(|| format!("{text:?} is not a valid value")))
}

/// Parses `90s`, `30m`, `24h`, `7d` (a number and a unit).
pub fn parse_duration(text: &str) -> Option<Duration> {
    let text = text.trim();
    let split = text.find(|c: char| !c.is_ascii_digit())?;
    let (number, unit) = text.split_at(split);
    let n: u64 = number.parse().ok()?;
    let seconds = match unit.trim() {
        "s" => n,
        "m" => n * 60,
        "h" => n * 3600,
        "d" => n * 86_400,
        _ => return None,
    };
    (seconds > 0).then(|| Duration::from_secs(seconds))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_text(text: &str, env: &[(&str, &str)]) -> Result<Settings, ConfigError> {
        let dir = std::env::temp_dir().join(format!(
            "oerdex-config-{}-{}",
            std::process::id(),
            fastrand_suffix()
        ));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("oerdex.toml");
        std::fs::write(&path, text).unwrap();
        let env: Vec<(String, String)> = env
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        load(
            &Overrides {
                config: Some(path),
                ..Default::default()
            },
            &env,
        )
    }

    fn fastrand_suffix() -> u64 {
        use std::sync::atomic::{AtomicU64, Ordering};
        static N: AtomicU64 = AtomicU64::new(0);
        N.fetch_add(1, Ordering::Relaxed)
    }

    #[test]
    fn layers_override_in_order() {
        let s = load_text(
            "[index]\npath = \"file.db\"\n[harvest]\nretries = 2\ninterval = \"12h\"\nfull_interval = \"30d\"\n",
            &[],
        )
        .unwrap();
        assert_eq!(s.db, PathBuf::from("file.db"));
        assert_eq!(s.harvest.retries, 2);
        assert_eq!(s.harvest_interval, Duration::from_secs(12 * 3600));
        assert_eq!(
            s.harvest.full_harvest_interval,
            Duration::from_secs(30 * 86_400)
        );
        assert_eq!(s.bind, "127.0.0.1:8080", "default kept");
        let s = load_text(
            "[index]\npath = \"file.db\"\n",
            &[("OERDEX_DB", "env.db"), ("OERDEX_HARVEST_RETRIES", "7")],
        )
        .unwrap();
        assert_eq!(s.db, PathBuf::from("env.db"));
        assert_eq!(s.harvest.retries, 7);
        let s = load_text("", &[("OERDEX_HARVEST_FULL_INTERVAL", "2d")]).unwrap();
        assert_eq!(
            s.harvest.full_harvest_interval,
            Duration::from_secs(2 * 86_400)
        );
        assert!(load_text("", &[("OERDEX_HARVEST_FULL_INTERVAL", "often")]).is_err());
        assert!(load_text("", &[]).unwrap().search_cache);
        let off = load_text(
            "[server]\nsearch_cache = true",
            &[("OERDEX_SERVER_SEARCH_CACHE", "false")],
        );
        assert!(
            !off.unwrap().search_cache,
            "the environment wins over the file"
        );
        assert!(
            !load_text("[server]\nsearch_cache = false", &[])
                .unwrap()
                .search_cache
        );
        let err = load_text("", &[("OERDEX_SERVER_SEARCH_CACHE", "sometimes")]).unwrap_err();
        assert!(
            err.to_string().contains("OERDEX_SERVER_SEARCH_CACHE"),
            "{err}"
        );
    }

    #[test]
    fn unknown_keys_and_bad_values_name_the_key_and_file() {
        let err = load_text("[harvest]\nretries = 2\nretires = 3\n", &[])
            .unwrap_err()
            .0;
        assert!(
            err.contains("oerdex.toml") && err.contains("retires"),
            "{err}"
        );
        let err = load_text("[harvest]\ninterval = \"soon\"\n", &[])
            .unwrap_err()
            .0;
        assert!(
            err.contains("harvest.interval") && err.contains("oerdex.toml"),
            "{err}"
        );
        let err = load_text("[harvest]\nconcurrency = \"four\"\n", &[])
            .unwrap_err()
            .0;
        assert!(
            err.contains("concurrency") && err.contains("line 2"),
            "{err}"
        );
        let err = load_text("", &[("OERDEX_HARVEST_RETRIES", "many")])
            .unwrap_err()
            .0;
        assert!(err.contains("OERDEX_HARVEST_RETRIES"), "{err}");
        let err = load_text("[[source]]\nname = \"a\"\nurl = \"ftp://x\"\n", &[])
            .unwrap_err()
            .0;
        assert!(err.contains("not an http(s) URL"), "{err}");
    }

    /// The message of an error, with where the value came from cut off (the part before the
    /// key).
    fn from_key(err: &ConfigError, key: &str) -> String {
        let at = err
            .0
            .find(key)
            .unwrap_or_else(|| panic!("{key} not named: {err}"));
        err.0[at..].to_string()
    }

    #[test]
    fn the_file_and_the_environment_give_the_same_error_naming_the_key() {
        for (key, variable, value) in [
            ("harvest.concurrency", "OERDEX_HARVEST_CONCURRENCY", "0"),
            ("harvest.timeout_s", "OERDEX_HARVEST_TIMEOUT_S", "0"),
            (
                "harvest.max_response_mb",
                "OERDEX_HARVEST_MAX_RESPONSE_MB",
                "0",
            ),
            ("harvest.max_memory_mb", "OERDEX_HARVEST_MAX_MEMORY_MB", "0"),
            (
                "server.max_connections",
                "OERDEX_SERVER_MAX_CONNECTIONS",
                "0",
            ),
            ("server.idle_timeout_s", "OERDEX_SERVER_IDLE_TIMEOUT_S", "0"),
            ("harvest.interval", "OERDEX_HARVEST_INTERVAL", "\"soon\""),
            ("oai.page_size", "OERDEX_OAI_PAGE_SIZE", "5000"),
            ("oai.base_url", "OERDEX_OAI_BASE_URL", "\"ftp://x\""),
            ("harvest.proxy", "OERDEX_HARVEST_PROXY", "\"gopher://x\""),
        ] {
            let (section, field) = key.split_once('.').unwrap();
            let from_file =
                load_text(&format!("[{section}]\n{field} = {value}\n"), &[]).expect_err(key);
            let from_env = load_text("", &[(variable, value.trim_matches('"'))]).expect_err(key);
            assert!(from_file.0.contains("oerdex.toml"), "{from_file}");
            assert!(
                from_env
                    .0
                    .starts_with(&format!("environment: {variable}: ")),
                "{from_env}"
            );
            assert_eq!(from_key(&from_file, key), from_key(&from_env, key));
        }
        // Out of range for the type: refused by both, never truncated.
        let err = load_text("", &[("OERDEX_HARVEST_RETRIES", "5000000000")]).unwrap_err();
        assert!(err.0.contains("harvest.retries"), "{err}");
        assert!(load_text("[harvest]\nretries = 5000000000\n", &[]).is_err());
        assert!(load_text("", &[("OERDEX_HARVEST_RETRIES", "-1")]).is_err());
        // Text keys take digits as text; lists are comma-separated; booleans read as before.
        let s = load_text(
            "",
            &[
                ("OERDEX_ADMIN_TOKEN", "12345"),
                ("OERDEX_HARVEST_USER_AGENT", "true"),
                ("OERDEX_SERVER_TRUSTED_PROXIES", "10.0.0.0/8, 192.168.1.1"),
                ("OERDEX_HARVEST_ALLOW_PRIVATE_NETWORKS", "yes"),
                ("OERDEX_HARVEST_RETRIES", "3"),
            ],
        )
        .unwrap();
        assert_eq!(s.admin_token.as_deref(), Some("12345"));
        assert_eq!(s.harvest.user_agent, "true");
        assert!(s.harvest.allow_private_networks);
        assert_eq!(s.harvest.retries, 3);
        assert!(s.warnings.is_empty(), "{:?}", s.warnings);
    }

    #[test]
    fn unknown_variables_are_warnings_and_misspelt_file_keys_errors() {
        let s = load_text(
            "",
            &[
                ("OERDEX_PORT", "tcp://10.0.0.1:80"),
                ("OERDEX_SERVICE_HOST", "10.0.0.1"),
                ("OERDEX_HARVEST_RETIRES", "1"),
                ("OERDEX_LOG", "debug"),
            ],
        )
        .expect("unknown variables do not stop the process");
        assert_eq!(s.warnings.len(), 3, "{:?}", s.warnings);
        assert!(s.warnings[0].contains("OERDEX_PORT is not an oerdex setting"));
        assert!(
            s.warnings[2].contains("did you mean OERDEX_HARVEST_RETRIES?"),
            "{}",
            s.warnings[2]
        );
        let err = load_text("[harvest]\nretires = 1\n", &[]).unwrap_err();
        assert!(
            err.0.contains("retires") && err.0.contains("line 2"),
            "{err}"
        );
    }

    #[test]
    fn sources_are_read() {
        let s = load_text(
            "[[source]]\nname = \"zoerr\"\nurl = \"https://example.org/oai\"\nmetadata_prefix = \"lom\"\nsets = [\"default\"]\ndefault_license = \"CC-BY-4.0\"\n",
            &[],
        )
        .unwrap();
        assert_eq!(s.sources.len(), 1);
        assert_eq!(s.sources[0].sets, ["default"]);
        assert!(s.sources[0].enabled);
    }

    #[test]
    fn the_example_configuration_is_valid_documents_every_key_and_harvests_nothing() {
        let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("config/oerdex.example.toml");
        let s = load(
            &Overrides {
                config: Some(path.clone()),
                ..Default::default()
            },
            &[],
        )
        .unwrap();
        assert!(s.sources.is_empty(), "copied as it is, it harvests nothing");
        assert!(!s.harvest.allow_private_networks);
        assert!(
            s.admin_token.is_none(),
            "an empty token disables write endpoints"
        );
        let text = std::fs::read_to_string(&path).unwrap();
        for (variable, key) in ENV_KEYS {
            let (section, name) = key.split_once('.').unwrap();
            let section = if section == "index" { "index" } else { section };
            let documented = text.contains(&format!("[{section}]"))
                && text.lines().any(|l| {
                    let l = l.trim_start_matches("# ").trim();
                    l.starts_with(&format!("{name} =")) || l.starts_with(&format!("{name}="))
                });
            assert!(documented, "{key} is not in the example");
            let named = text.contains(variable)
                || (variable.starts_with("OERDEX_OAI_") && text.contains("OERDEX_OAI_<KEY>"));
            assert!(named, "{variable} is not named in the example");
        }
        // The example sources are valid once uncommented.
        let (settings, examples) = text.split_once("# Real public OER endpoints").unwrap();
        let uncommented: String = examples
            .lines()
            .skip(2)
            .map(|l| l.strip_prefix("# ").unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n");
        let uncommented = format!("{settings}\n{uncommented}");
        let with_sources = load_text(&uncommented, &[]).unwrap();
        assert!(
            with_sources.sources.len() >= 5,
            "{}",
            with_sources.sources.len()
        );
    }

    #[test]
    fn responses_shrink_so_concurrent_harvests_fit_the_memory_limit() {
        let s = load_text("", &[]).unwrap();
        assert_eq!(
            s.harvest.max_response_mb, 64,
            "the defaults fit: 4 × 6 × 64 < 2048"
        );
        let s = load_text("[harvest]\nconcurrency = 16\n", &[]).unwrap();
        assert_eq!(s.harvest.max_response_mb, 2048 / (16 * 6));
        let s = load_text(
            "[harvest]\nconcurrency = 2\nmax_memory_mb = 120\nmax_response_mb = 500\n",
            &[("OERDEX_HARVEST_CONCURRENCY", "4")],
        )
        .unwrap();
        assert_eq!(
            s.harvest.max_response_mb, 5,
            "the environment's concurrency counts"
        );
        let s = load_text("[harvest]\nmax_memory_mb = 1\n", &[]).unwrap();
        assert_eq!(s.harvest.max_response_mb, 1, "never below 1 MB");
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration("24h"), Some(Duration::from_secs(86_400)));
        assert_eq!(parse_duration("7d"), Some(Duration::from_secs(7 * 86_400)));
        assert_eq!(parse_duration("90s"), Some(Duration::from_secs(90)));
        assert_eq!(parse_duration("0h"), None);
        assert_eq!(parse_duration("h"), None);
        assert_eq!(parse_duration("5 years"), None);
    }
}
