//! Query parameters: read from the query string, checked, and turned into typed values
//! ([`SearchParams`] → [`SearchQuery`]) before a handler does anything with them.
//!
//! A bad parameter is a 400 naming it and, where there is a short list, the values it takes.
//! Sizes are bounded here (query string, text, values per list) so that no parameter can make
//! a search expensive; the index binds every value, so none can inject SQL or FTS5 syntax.

use axum::http::Uri;
use oerdex_index::license::{self, FAMILIES};
use oerdex_index::model::accessibility::FILTERS as ACCESSIBILITY;
use oerdex_index::search::{Facet, DEFAULT_LIMIT, MAX_LIMIT};
use oerdex_index::{language, timestamp, SearchQuery, Sort};
use utoipa::IntoParams;

use crate::error::ApiError;

/// Longest query string read, in bytes.
pub const MAX_QUERY_BYTES: usize = 16 * 1024;
/// Longest search text, in characters.
pub const MAX_TEXT_CHARS: usize = 1000;
/// Longest single filter value, in characters.
pub const MAX_VALUE_CHARS: usize = 200;
/// Most values one list parameter takes.
pub const MAX_VALUES: usize = 32;
/// Longest cursor, in characters.
pub const MAX_CURSOR_CHARS: usize = 512;

/// The decoded `key=value` pairs of a request's query string, in order.
pub fn query_pairs(uri: &Uri) -> Result<Vec<(String, String)>, ApiError> {
    let raw = uri.query().unwrap_or("");
    if raw.len() > MAX_QUERY_BYTES {
        return Err(ApiError::QueryTooLong {
            length: raw.len(),
            limit: MAX_QUERY_BYTES,
        });
    }
    axum::extract::Query::<Vec<(String, String)>>::try_from_uri(uri)
        .map(|q| q.0)
        .map_err(|_| ApiError::parameter("query", "the query string is not valid"))
}

/// The parameters of `GET /api/v1/resources`. Filters on different fields must all hold; the
/// values of one field are alternatives.
#[derive(Debug, Clone, Default, PartialEq, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SearchParams {
    /// Words to search for in titles, descriptions, keywords, subjects and creators;
    /// `"a phrase"`, `prefix*`. Operators are read as words. At most 1000 characters.
    pub q: Option<String>,
    /// Licence family (`cc-by`, `cc-by-sa`, `cc-by-nc`, `cc-by-nc-sa`, `cc-by-nd`,
    /// `cc-by-nc-nd`, `cc0`, `pdm`, `mit`, `apache`, `bsd`, `mpl`, `lgpl`, `gpl`, `agpl`, `gfdl`)
    /// or exact licence id (`CC-BY-4.0`); repeatable or comma-separated.
    #[param(explode = true, required = false)]
    pub license: Vec<String>,
    /// Only openly licensed resources in the sense of the UNESCO OER Recommendation (`true`):
    /// the licence lets anyone reuse, adapt and redistribute them at no cost, though perhaps
    /// for non-commercial purposes only (CC BY-NC and CC BY-NC-SA are open; licences that forbid
    /// adaptations, ND, are not). `false`: only licensed resources that are not open.
    pub open: Option<bool>,
    /// Only free cultural works (`true`, the Definition of Free Cultural Works): the licence
    /// lets anyone use, adapt and redistribute them for any purpose, commercial included: CC0,
    /// the Public Domain Mark, CC BY, CC BY-SA, and free software and documentation licences
    /// (MIT, Apache, BSD, MPL, GPL, LGPL, AGPL, GFDL). Stricter than `open`: NC licences are
    /// open but not free. `false`: only licensed resources that are not free.
    pub free: Option<bool>,
    /// Licence allows commercial use.
    pub commercial: Option<bool>,
    /// Licence allows adaptation (derivative works).
    pub derivatives: Option<bool>,
    /// Language: ISO 639-1 or 639-3 code, or an English name; repeatable or comma-separated.
    #[param(explode = true, required = false)]
    pub lang: Vec<String>,
    /// Learning resource type, as in the `type` facet; repeatable.
    #[param(rename = "type", explode = true, required = false)]
    pub kind: Vec<String>,
    /// Educational level, as in the `level` facet; repeatable.
    #[param(explode = true, required = false)]
    pub level: Vec<String>,
    /// Subject, as in the `subject` facet; repeatable.
    #[param(explode = true, required = false)]
    pub subject: Vec<String>,
    /// Source name; repeatable.
    #[param(explode = true, required = false)]
    pub source: Vec<String>,
    /// What the resource offers for accessibility, as its records state it (schema.org
    /// `accessibilityFeature` and `accessibilityHazard`): `captions`, `transcript`,
    /// `alternative-text`, `audio-description`, `sign-language`, `structural-navigation`,
    /// `accessible-math`, `no-flashing-hazard`, `no-motion-hazard`, `no-sound-hazard`;
    /// repeatable or comma-separated (alternatives, like every list).
    #[param(explode = true, required = false)]
    pub accessibility: Vec<String>,
    /// Only resources changed at or after this time (`YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ssZ`).
    pub updated_since: Option<String>,
    /// Result order (default `relevance`).
    pub sort: Option<Sort>,
    /// Page size, 1 to 100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<usize>,
    /// `next_cursor` of the previous page.
    pub cursor: Option<String>,
    /// Facets to count, comma-separated (`license`, `language`, `type`, `level`, `source`,
    /// `subject`, `accessibility`); default all, empty for none.
    #[param(explode = false)]
    #[param(value_type = Option<Vec<String>>)]
    pub facets: Option<Vec<Facet>>,
    /// `true`: each result's title and a fragment of its description with the words the query
    /// matched in `<b>…</b>` (HTML, the text escaped), in `highlights`, in the order of
    /// `results`.
    pub highlight: Option<bool>,
}

/// Every parameter name [`SearchParams`] reads.
const SEARCH_PARAMETERS: &[&str] = &[
    "q",
    "license",
    "open",
    "free",
    "commercial",
    "derivatives",
    "lang",
    "type",
    "level",
    "subject",
    "source",
    "accessibility",
    "updated_since",
    "sort",
    "limit",
    "cursor",
    "facets",
    "highlight",
];

impl SearchParams {
    /// Reads and checks the search parameters of a request.
    pub fn from_uri(uri: &Uri) -> Result<Self, ApiError> {
        Self::from_pairs(&query_pairs(uri)?)
    }

    /// Reads and checks decoded `key=value` pairs.
    pub fn from_pairs(pairs: &[(String, String)]) -> Result<Self, ApiError> {
        let mut p = SearchParams::default();
        for (key, value) in pairs {
            match key.as_str() {
                "q" => {
                    once(&p.q, "q")?;
                    check_chars("q", value, MAX_TEXT_CHARS)?;
                    p.q = Some(value.clone()).filter(|v| !v.trim().is_empty());
                }
                "license" => {
                    for value in split(value) {
                        push(&mut p.license, "license", license_filter(value)?)?;
                    }
                }
                "open" => p.open = Some(boolean("open", value, p.open)?),
                "free" => p.free = Some(boolean("free", value, p.free)?),
                "commercial" => p.commercial = Some(boolean("commercial", value, p.commercial)?),
                "derivatives" => {
                    p.derivatives = Some(boolean("derivatives", value, p.derivatives)?)
                }
                "highlight" => p.highlight = Some(boolean("highlight", value, p.highlight)?),
                "lang" => {
                    for value in split(value) {
                        let code = language::normalize(value).ok_or_else(|| {
                            ApiError::parameter(
                                "lang",
                                format!(
                                    "{value:?} is not a language oerdex knows; use an ISO 639 code (en, de, fra) or an English name"
                                ),
                            )
                        })?;
                        push(&mut p.lang, "lang", code)?;
                    }
                }
                "type" => push(&mut p.kind, "type", value_of("type", value)?)?,
                "level" => push(&mut p.level, "level", value_of("level", value)?)?,
                "subject" => push(&mut p.subject, "subject", value_of("subject", value)?)?,
                "source" => push(&mut p.source, "source", value_of("source", value)?)?,
                "accessibility" => {
                    for value in split(value) {
                        push(
                            &mut p.accessibility,
                            "accessibility",
                            accessibility_filter(value)?,
                        )?;
                    }
                }
                "updated_since" => {
                    once(&p.updated_since, "updated_since")?;
                    let normalized = timestamp::normalize(value).ok_or_else(|| {
                        ApiError::parameter(
                            "updated_since",
                            format!(
                                "{:?} is not a date; use YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ",
                                clip(value)
                            ),
                        )
                    })?;
                    p.updated_since = Some(normalized);
                }
                "sort" => {
                    once(&p.sort, "sort")?;
                    p.sort = Some(Sort::parse(value).ok_or_else(|| {
                        ApiError::parameter_allowed(
                            "sort",
                            format!("unknown sort {:?}", clip(value)),
                            &Sort::VALUES,
                        )
                    })?);
                }
                "limit" => {
                    once(&p.limit, "limit")?;
                    p.limit = Some(limit(value, MAX_LIMIT)?);
                }
                "cursor" => {
                    once(&p.cursor, "cursor")?;
                    check_chars("cursor", value, MAX_CURSOR_CHARS)?;
                    p.cursor = Some(value.clone()).filter(|v| !v.is_empty());
                }
                "facets" => {
                    let facets = p.facets.get_or_insert_with(Vec::new);
                    for value in split(value) {
                        let facet = Facet::parse(value).ok_or_else(|| {
                            ApiError::parameter_allowed(
                                "facets",
                                format!("unknown facet {:?}", clip(value)),
                                &Facet::NAMES,
                            )
                        })?;
                        if !facets.contains(&facet) {
                            facets.push(facet);
                        }
                    }
                }
                other => return Err(unknown_parameter(other, SEARCH_PARAMETERS)),
            }
        }
        Ok(p)
    }

    /// The index query these parameters ask for.
    pub fn into_query(self) -> SearchQuery {
        let mut q = SearchQuery::new();
        q.text = self.q;
        q.licenses = self.license;
        q.open = self.open;
        q.free = self.free;
        q.commercial = self.commercial;
        q.derivatives = self.derivatives;
        q.languages = self.lang;
        q.types = self.kind;
        q.levels = self.level;
        q.subjects = self.subject;
        q.sources = self.source;
        q.accessibility = self.accessibility;
        q.updated_since = self.updated_since;
        q.sort = self.sort.unwrap_or_default();
        q.limit = self.limit.unwrap_or(DEFAULT_LIMIT);
        q.cursor = self.cursor;
        if let Some(facets) = self.facets {
            q.facets = facets;
        }
        q.highlight = self.highlight.unwrap_or(false);
        q.resolve_vocabulary();
        q
    }
}

/// The parameters of `GET /api/v1/sources/{name}/harvests`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct HistoryParams {
    /// How many harvests to list, newest first: 1 to 100 (default 20).
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<usize>,
}

impl HistoryParams {
    /// Reads and checks the parameters of a request.
    pub fn from_uri(uri: &Uri) -> Result<Self, ApiError> {
        let mut p = HistoryParams::default();
        for (key, value) in query_pairs(uri)? {
            match key.as_str() {
                "limit" => {
                    once(&p.limit, "limit")?;
                    p.limit = Some(limit(&value, 100)?);
                }
                other => return Err(unknown_parameter(other, &["limit"])),
            }
        }
        Ok(p)
    }
}

/// The parameters of `POST /api/v1/sources/{name}/harvest`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct HarvestParams {
    /// Harvest everything again instead of what changed since the last harvest.
    pub full: Option<bool>,
}

impl HarvestParams {
    /// Reads and checks the parameters of a request.
    pub fn from_uri(uri: &Uri) -> Result<Self, ApiError> {
        let mut p = HarvestParams::default();
        for (key, value) in query_pairs(uri)? {
            match key.as_str() {
                "full" => p.full = Some(boolean("full", &value, p.full)?),
                other => return Err(unknown_parameter(other, &["full"])),
            }
        }
        Ok(p)
    }
}

/// Refuses every query parameter (endpoints that take none).
pub fn no_parameters(uri: &Uri) -> Result<(), ApiError> {
    match query_pairs(uri)?.first() {
        Some((key, _)) => Err(unknown_parameter(key, &[] as &[&str])),
        None => Ok(()),
    }
}

/// A licence filter value: a family (lower case) or a canonical licence id.
fn license_filter(value: &str) -> Result<String, ApiError> {
    let lower = value.to_ascii_lowercase();
    if FAMILIES.contains(&lower.as_str()) {
        return Ok(lower);
    }
    if value.chars().count() <= MAX_VALUE_CHARS {
        if let Some(license) = license::by_id(value) {
            return Ok(license.id);
        }
    }
    Err(ApiError::parameter_allowed(
        "license",
        format!(
            "{:?} is not a licence family or licence id oerdex knows; use a family or an exact id such as CC-BY-4.0",
            clip(value)
        ),
        FAMILIES,
    ))
}

/// An accessibility filter value: one of [`ACCESSIBILITY`], case ignored.
fn accessibility_filter(value: &str) -> Result<String, ApiError> {
    let lower = value.to_ascii_lowercase();
    match ACCESSIBILITY.iter().find(|f| **f == lower) {
        Some(filter) => Ok(filter.to_string()),
        None => Err(ApiError::parameter_allowed(
            "accessibility",
            format!("unknown accessibility filter {:?}", clip(value)),
            ACCESSIBILITY,
        )),
    }
}

pub(crate) fn unknown_parameter(name: &str, known: &[&str]) -> ApiError {
    if known.is_empty() {
        return ApiError::parameter(
            clip(name),
            "unknown parameter; this endpoint takes no parameters",
        );
    }
    ApiError::parameter_allowed(clip(name), "unknown parameter", known)
}

/// Comma-separated values, trimmed, empty ones dropped.
fn split(value: &str) -> impl Iterator<Item = &str> {
    value.split(',').map(str::trim).filter(|v| !v.is_empty())
}

fn push(list: &mut Vec<String>, parameter: &str, value: String) -> Result<(), ApiError> {
    if list.len() >= MAX_VALUES {
        return Err(ApiError::parameter(
            parameter,
            format!("at most {MAX_VALUES} values are accepted"),
        ));
    }
    if !list.contains(&value) {
        list.push(value);
    }
    Ok(())
}

fn value_of(parameter: &str, value: &str) -> Result<String, ApiError> {
    check_chars(parameter, value, MAX_VALUE_CHARS)?;
    Ok(value.trim().to_string())
}

fn check_chars(parameter: &str, value: &str, max: usize) -> Result<(), ApiError> {
    if value.chars().count() > max {
        return Err(ApiError::parameter(
            parameter,
            format!("longer than {max} characters"),
        ));
    }
    Ok(())
}

pub(crate) fn once<T>(slot: &Option<T>, parameter: &str) -> Result<(), ApiError> {
    if slot.is_some() {
        return Err(ApiError::parameter(
            parameter,
            "given more than once; it takes one value",
        ));
    }
    Ok(())
}

fn boolean(parameter: &str, value: &str, previous: Option<bool>) -> Result<bool, ApiError> {
    once(&previous, parameter)?;
    match value.trim().to_ascii_lowercase().as_str() {
        "true" | "1" | "yes" => Ok(true),
        "false" | "0" | "no" => Ok(false),
        _ => Err(ApiError::parameter_allowed(
            parameter,
            format!("{:?} is not a boolean", clip(value)),
            &["true", "false"],
        )),
    }
}

fn limit(value: &str, max: usize) -> Result<usize, ApiError> {
    match value.trim().parse::<usize>() {
        Ok(n) if (1..=max).contains(&n) => Ok(n),
        _ => Err(ApiError::parameter(
            "limit",
            format!("{:?} is not a whole number from 1 to {max}", clip(value)),
        )),
    }
}

/// A value cut to a length fit for an error message.
fn clip(value: &str) -> String {
    const SHOWN: usize = 60;
    if value.chars().count() <= SHOWN {
        value.to_string()
    } else {
        let mut cut: String = value.chars().take(SHOWN).collect();
        cut.push('…');
        cut
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(query: &str) -> Result<SearchParams, ApiError> {
        let uri: Uri = format!("/api/v1/resources?{query}").parse().unwrap();
        SearchParams::from_uri(&uri)
    }

    fn bad_parameter(query: &str) -> (String, Vec<String>) {
        match parse(query) {
            Err(ApiError::InvalidParameter {
                parameter, allowed, ..
            }) => (parameter, allowed),
            other => panic!("{query}: expected a bad parameter, got {other:?}"),
        }
    }

    #[test]
    fn reads_every_search_parameter() {
        let p = parse(
            "q=photo%2A+synthesis&license=cc-by,CC-BY-SA-4.0&license=cc0&open=true&free=1&commercial=0\
             &derivatives=yes&lang=de,English&type=video&type=worksheet&level=secondary\
             &subject=Biology&source=zoerr&accessibility=Captions,no-flashing-hazard\
             &updated_since=2024-01-02&sort=title&limit=5&cursor=abc&facets=license,language",
        )
        .unwrap();
        assert_eq!(p.q.as_deref(), Some("photo* synthesis"));
        assert_eq!(p.license, ["cc-by", "CC-BY-SA-4.0", "cc0"]);
        assert_eq!(
            (p.open, p.free, p.commercial, p.derivatives),
            (Some(true), Some(true), Some(false), Some(true))
        );
        assert_eq!(p.lang, ["de", "en"]);
        assert_eq!(p.kind, ["video", "worksheet"]);
        assert_eq!(p.accessibility, ["captions", "no-flashing-hazard"]);
        assert_eq!(p.updated_since.as_deref(), Some("2024-01-02T00:00:00Z"));
        assert_eq!(p.sort, Some(Sort::Title));
        let q = p.into_query();
        assert_eq!(q.limit, 5);
        assert_eq!(q.facets, [Facet::License, Facet::Language]);
        assert_eq!(q.levels, ["secondary"]);
        assert_eq!(q.sources, ["zoerr"]);
    }

    #[test]
    fn defaults_and_empty_values() {
        let q = parse("").unwrap().into_query();
        assert_eq!(q.limit, DEFAULT_LIMIT);
        assert_eq!(q.facets.len(), Facet::ALL.len());
        assert_eq!(q.sort, Sort::Relevance);
        let q = parse("q=%20%20&facets=&cursor=").unwrap().into_query();
        assert!(q.text.is_none() && q.cursor.is_none());
        assert!(q.facets.is_empty(), "an empty facets list counts none");
    }

    #[test]
    fn bad_parameters_are_named_with_their_allowed_values() {
        let (parameter, allowed) = bad_parameter("license=cc-by-xyz");
        assert_eq!(parameter, "license");
        assert!(allowed.contains(&"cc-by-sa".to_string()) && allowed.contains(&"pdm".into()));
        assert_eq!(
            bad_parameter("sort=random").1,
            ["relevance", "updated", "title"]
        );
        assert_eq!(
            bad_parameter("open=maybe"),
            ("open".into(), vec!["true".into(), "false".into()])
        );
        assert_eq!(bad_parameter("facets=color").1.len(), Facet::ALL.len());
        assert_eq!(
            bad_parameter("accessibility=braille").1.len(),
            ACCESSIBILITY.len()
        );
        let cases = [
            ("limit=0", "limit"),
            ("limit=101", "limit"),
            ("limit=-1", "limit"),
            ("limit=ten", "limit"),
            ("limit=1&limit=2", "limit"),
            ("lang=klingonish", "lang"),
            ("updated_since=yesterday", "updated_since"),
            ("q=a&q=b", "q"),
            ("licence=cc-by", "licence"),
        ];
        for (query, parameter) in cases {
            assert_eq!(bad_parameter(query).0, parameter, "{query}");
        }
    }

    #[test]
    fn sizes_are_bounded() {
        let long_q = format!("q={}", "a".repeat(MAX_TEXT_CHARS + 1));
        assert_eq!(bad_parameter(&long_q).0, "q");
        let many: String = (0..=MAX_VALUES).map(|i| format!("&type=t{i}")).collect();
        assert_eq!(bad_parameter(&many).0, "type");
        let huge: Uri = format!("/?q={}", "a".repeat(MAX_QUERY_BYTES))
            .parse()
            .unwrap();
        assert!(matches!(
            SearchParams::from_uri(&huge),
            Err(ApiError::QueryTooLong { .. })
        ));
        let cursor = format!("cursor={}", "x".repeat(MAX_CURSOR_CHARS + 1));
        assert_eq!(bad_parameter(&cursor).0, "cursor");
    }

    #[test]
    fn odd_text_is_accepted_as_text() {
        for q in [
            "%00",
            "NEAR(a%20b)",
            "%22%22%22",
            "a%20OR%20b",
            "%F0%9F%98%80",
            "%FF%FE",
            "*",
        ] {
            assert!(parse(&format!("q={q}")).is_ok(), "{q}");
        }
    }

    #[test]
    fn other_endpoints_parameters() {
        let uri: Uri = "/x?limit=3".parse().unwrap();
        assert_eq!(HistoryParams::from_uri(&uri).unwrap().limit, Some(3));
        let uri: Uri = "/x?full=true".parse().unwrap();
        assert_eq!(HarvestParams::from_uri(&uri).unwrap().full, Some(true));
        let uri: Uri = "/x?fast=true".parse().unwrap();
        assert!(HarvestParams::from_uri(&uri).is_err());
        assert!(no_parameters(&"/x".parse().unwrap()).is_ok());
        assert!(no_parameters(&"/x?a=1".parse().unwrap()).is_err());
    }
}
