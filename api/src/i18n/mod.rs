//! The languages the pages speak and the labels the API can give: Arabic, Chinese
//! (Simplified), English, French, Russian and Spanish (UNESCO's six official languages), German
//! and Portuguese.
//!
//! # Architecture
//! Every sentence lives in one [Fluent](https://projectfluent.org/) message file per language,
//! `api/locales/<lang>/main.ftl`, compiled into the binary. Fluent's selectors give each
//! language its own plural forms (Arabic has six, Russian three, Chinese one) and word order;
//! [`Tr`] formats a message in one language. Numbers given to a message are written with the
//! language's digits and digit grouping ([`format`]), dates with its month names and order
//! (from the message files). A test checks that every language has every message English has,
//! with the same placeholders.
//!
//! - [`negotiate`]: which language a request asks for (`Accept-Language` with quality values,
//!   the pages' `ui` parameter).
//! - [`format`]: numbers and dates.
//! - [`labels`]: licence names, permissions, languages, resource types, educational levels and
//!   accessibility filters in a language, for the pages and the JSON API's `label`s.
//!
//! Placeables are not wrapped in Unicode isolation marks: HTML gives direction with `dir` and
//! `<bdi>`, and marks copied with an attribution would only confuse its reader.

pub mod format;
pub mod labels;
pub mod negotiate;

use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use maud::{html, Markup, PreEscaped};

/// A language oerdex's pages are written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Arabic (right to left).
    Ar,
    /// Chinese, Simplified script.
    Zh,
    /// English, the default.
    En,
    /// French.
    Fr,
    /// Russian.
    Ru,
    /// Spanish.
    Es,
    /// German.
    De,
    /// Portuguese.
    Pt,
}

impl Lang {
    /// Every shipped language, UNESCO's six official languages first, in the order the
    /// language menu lists them.
    pub const ALL: [Lang; 8] = [
        Lang::Ar,
        Lang::Zh,
        Lang::En,
        Lang::Fr,
        Lang::Ru,
        Lang::Es,
        Lang::De,
        Lang::Pt,
    ];

    /// The language when a request asks for none oerdex has.
    pub const DEFAULT: Lang = Lang::En;

    /// The code used in the `ui` parameter and the message folders (`ar`, `zh`…).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Ar => "ar",
            Lang::Zh => "zh",
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::Ru => "ru",
            Lang::Es => "es",
            Lang::De => "de",
            Lang::Pt => "pt",
        }
    }

    /// The BCP 47 tag for `lang` attributes and `Content-Language` (`zh-Hans` names the
    /// script, so browsers pick Simplified Chinese glyphs).
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-Hans",
            other => other.code(),
        }
    }

    /// The language's name in itself, as the language menu lists it.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Ar => "العربية",
            Lang::Zh => "简体中文",
            Lang::En => "English",
            Lang::Fr => "Français",
            Lang::Ru => "Русский",
            Lang::Es => "Español",
            Lang::De => "Deutsch",
            Lang::Pt => "Português",
        }
    }

    /// True for Arabic, written right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::Ar
    }

    /// The `dir` attribute of a page in this language.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }

    /// The language of a code or BCP 47 tag: `fr`, `pt-BR`, `zh-Hans-CN`, `zh-TW` (Simplified
    /// is the Chinese oerdex has), `AR`. `None` for any other language.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// The language's messages.
    fn bundle(self) -> &'static Bundle {
        &BUNDLES[Lang::ALL.iter().position(|l| *l == self).unwrap_or(2)]
    }
}

type Bundle = FluentBundle<FluentResource>;

/// Each language's message file, in [`Lang::ALL`] order.
pub(crate) const SOURCES: [(Lang, &str); 8] = [
    (Lang::Ar, include_str!("../../locales/ar/main.ftl")),
    (Lang::Zh, include_str!("../../locales/zh/main.ftl")),
    (Lang::En, include_str!("../../locales/en/main.ftl")),
    (Lang::Fr, include_str!("../../locales/fr/main.ftl")),
    (Lang::Ru, include_str!("../../locales/ru/main.ftl")),
    (Lang::Es, include_str!("../../locales/es/main.ftl")),
    (Lang::De, include_str!("../../locales/de/main.ftl")),
    (Lang::Pt, include_str!("../../locales/pt/main.ftl")),
];

static BUNDLES: LazyLock<Vec<Bundle>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|(lang, source)| bundle(*lang, source))
        .collect()
});

/// Builds one language's bundle. The message files are part of the build and a test parses
/// them, so a broken one is a bug caught before release: it panics.
fn bundle(lang: Lang, source: &str) -> Bundle {
    let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(_, errors)| {
        panic!(
            "locales/{}/main.ftl does not parse: {errors:?}",
            lang.code()
        )
    });
    let id = lang
        .tag()
        .parse()
        .unwrap_or_else(|_| panic!("{} is a language tag", lang.tag()));
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format::formatter(lang)));
    if let Err(errors) = bundle.add_resource(resource) {
        panic!("locales/{}/main.ftl: {errors:?}", lang.code());
    }
    bundle
}

/// Messages in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tr(pub Lang);

/// Marks a placeable of a rich message in the formatted text: private-use characters, which
/// only the message files' own text could contain (harvested text never goes through Fluent).
const MARK_START: char = '\u{E000}';
const MARK_END: char = '\u{E001}';

impl Tr {
    /// The language.
    pub fn lang(self) -> Lang {
        self.0
    }

    /// True when the language has the message `id` (labels are optional; page text is not).
    pub fn has(self, id: &str) -> bool {
        self.0.bundle().has_message(id)
    }

    /// The message `id`.
    pub fn t(self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with arguments (numbers for plurals, strings).
    pub fn t_args(self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let args: FluentArgs = args.iter().map(|(k, v)| (*k, v.clone())).collect();
        self.format(id, Some(&args))
    }

    /// The message `id` as HTML, its text escaped and each `$name` of `parts` replaced by that
    /// markup (a link, a value in another language); `values` are plain arguments (numbers for
    /// plurals).
    pub fn rich(
        self,
        id: &str,
        values: &[(&str, FluentValue<'_>)],
        parts: &[(&str, Markup)],
    ) -> Markup {
        let mut args: FluentArgs = values.iter().map(|(k, v)| (*k, v.clone())).collect();
        for (i, (name, _)) in parts.iter().enumerate() {
            args.set(*name, format!("{MARK_START}{i}{MARK_END}"));
        }
        let text = self.format(id, Some(&args));
        let mut out = String::with_capacity(text.len() + 64);
        let mut rest = text.as_str();
        while let Some(start) = rest.find(MARK_START) {
            out.push_str(&html! { (&rest[..start]) }.into_string());
            let after = &rest[start + MARK_START.len_utf8()..];
            let end = after.find(MARK_END).unwrap_or(after.len());
            if let Some((_, part)) = after[..end]
                .parse::<usize>()
                .ok()
                .and_then(|i| parts.get(i))
            {
                out.push_str(&part.0);
            }
            rest = after.get(end + MARK_END.len_utf8()..).unwrap_or("");
        }
        out.push_str(&html! { (rest) }.into_string());
        PreEscaped(out)
    }

    /// A count with the language's digits and grouping: `12,345`, `12 345`, `١٢٬٣٤٥`.
    pub fn num(self, n: u64) -> String {
        format::number(self.0, n)
    }

    fn format(self, id: &str, args: Option<&FluentArgs>) -> String {
        let bundle = self.0.bundle();
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return missing(self.0, id, "no such message");
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            return missing(self.0, id, &format!("{errors:?}"));
        }
        text.into_owned()
    }
}

/// A message that cannot be formatted: a bug (the test of the message files and the page
/// tests catch them), so debug builds panic; a release logs it and shows the id.
fn missing(lang: Lang, id: &str, why: &str) -> String {
    if cfg!(debug_assertions) {
        panic!("message {id} in {}: {why}", lang.code());
    }
    tracing::warn!(lang = lang.code(), id, why, "message missing");
    id.to_string()
}

#[cfg(test)]
mod tests;
