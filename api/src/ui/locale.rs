//! The language of one page and how its links keep it.
//!
//! A page is in the language the `ui` parameter names (`/?ui=ar`, `/sources?ui=zh`), else the
//! one `Accept-Language` prefers, else English. When `ui` was given, every link and form of the
//! page carries it on ([`Locale::href`], [`Locale::keep`]), so the reader stays in the language
//! they chose; the language menu links to the same page with another `ui`.

use std::ops::Deref;

use axum::http::{HeaderMap, Uri};
use maud::{html, Markup};

use super::url::query_string;
use crate::i18n::negotiate;
use crate::i18n::{Lang, Tr};
use crate::params::query_pairs;

/// The query parameter that chooses the pages' language.
pub const UI_PARAMETER: &str = "ui";

/// A page's language, and what its links need to keep it.
#[derive(Debug, Clone)]
pub struct Locale {
    tr: Tr,
    /// The `ui` parameter chose the language: links carry it.
    chosen: bool,
    /// The page's path and its query parameters other than `ui`, for the language menu.
    path: String,
    query: Vec<(String, String)>,
}

impl Deref for Locale {
    type Target = Tr;

    fn deref(&self) -> &Tr {
        &self.tr
    }
}

impl Locale {
    /// The language of a request: `ui`, then `Accept-Language`, then English. An unknown `ui`
    /// value is ignored rather than refused: it only chooses a language.
    pub fn from_request(uri: &Uri, headers: &HeaderMap) -> Self {
        let pairs = query_pairs(uri).unwrap_or_default();
        let chosen = pairs
            .iter()
            .filter(|(k, _)| k == UI_PARAMETER)
            .find_map(|(_, v)| Lang::from_tag(v));
        let lang = chosen
            .or_else(|| negotiate::from_headers(headers))
            .unwrap_or(Lang::DEFAULT);
        Locale {
            tr: Tr(lang),
            chosen: chosen.is_some(),
            path: uri.path().to_string(),
            query: pairs
                .into_iter()
                .filter(|(k, _)| k != UI_PARAMETER)
                .collect(),
        }
    }

    /// English, as chosen by nothing (for tests and callers without a request).
    pub fn english() -> Self {
        Locale::fixed(Lang::En, false)
    }

    /// A page in `lang`; `chosen` as if the `ui` parameter had named it.
    pub fn fixed(lang: Lang, chosen: bool) -> Self {
        Locale {
            tr: Tr(lang),
            chosen,
            path: "/".to_string(),
            query: Vec::new(),
        }
    }

    /// The messages.
    pub fn tr(&self) -> Tr {
        self.tr
    }

    /// The query pairs of the request without `ui` (what the page itself reads).
    pub fn query(&self) -> &[(String, String)] {
        &self.query
    }

    /// `href` with `ui=<lang>` added when the reader chose the language (before any `#`).
    pub fn href(&self, href: &str) -> String {
        if !self.chosen {
            return href.to_string();
        }
        let (base, fragment) = match href.find('#') {
            Some(at) => href.split_at(at),
            None => (href, ""),
        };
        let join = if base.contains('?') { '&' } else { '?' };
        format!(
            "{base}{join}{UI_PARAMETER}={}{fragment}",
            self.tr.lang().code()
        )
    }

    /// A hidden field that keeps the chosen language in a form.
    pub fn keep(&self) -> Markup {
        html! {
            @if self.chosen {
                input type="hidden" name=(UI_PARAMETER) value=(self.tr.lang().code());
            }
        }
    }

    /// This page in `lang`: the same path and parameters, with `ui=<lang>`.
    pub fn switch_href(&self, lang: Lang) -> String {
        let mut pairs: Vec<(&str, &str)> = self
            .query
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        pairs.push((UI_PARAMETER, lang.code()));
        format!("{}?{}", self.path, query_string(&pairs))
    }

    /// A number for reading.
    pub fn num(&self, n: u64) -> String {
        self.tr.num(n)
    }

    /// A catalogue timestamp for reading.
    pub fn time(&self, raw: &str) -> String {
        crate::i18n::format::time(self.tr, raw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::{header, HeaderValue};

    fn locale(uri: &str, accept: Option<&'static str>) -> Locale {
        let mut headers = HeaderMap::new();
        if let Some(a) = accept {
            headers.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static(a));
        }
        Locale::from_request(&uri.parse().unwrap(), &headers)
    }

    #[test]
    fn the_ui_parameter_wins_and_links_keep_it() {
        let l = locale("/?q=water&ui=ar&lang=de", Some("fr"));
        assert_eq!(l.lang(), Lang::Ar);
        assert_eq!(l.href("/sources#source-x"), "/sources?ui=ar#source-x");
        assert_eq!(l.href("/?q=a"), "/?q=a&ui=ar");
        assert_eq!(l.switch_href(Lang::Zh), "/?q=water&lang=de&ui=zh");
        assert!(l.keep().into_string().contains(r#"name="ui" value="ar""#));

        let l = locale("/?q=water", Some("de-AT, en;q=0.5"));
        assert_eq!(l.lang(), Lang::De);
        assert_eq!(
            l.href("/sources"),
            "/sources",
            "a header's choice needs no parameter"
        );
        assert_eq!(l.keep().into_string(), "");

        let l = locale("/?ui=klingon", Some("es"));
        assert_eq!(l.lang(), Lang::Es, "an unknown ui value is ignored");
        assert_eq!(locale("/", None).lang(), Lang::En);
    }
}
