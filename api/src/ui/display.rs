//! How catalogue values are shown in the page's language: licence names and badges, language
//! names in their own language (with `lang` and `dir`), resource types and levels, dates, short
//! descriptions, and the one rule for links made from harvested metadata ([`safe_url`]).

use maud::{html, Markup};
use oerdex_index::language;
use oerdex_index::license::License;
use oerdex_index::Resource;

use crate::i18n::{labels, Lang, Tr};

/// A harvested URL fit for an `href`: only `http` and `https` URLs, so metadata cannot smuggle
/// in `javascript:` or `data:` links. Escaping is maud's job; this decides whether to link.
pub fn safe_url(url: &str) -> Option<&str> {
    let url = url.trim();
    let scheme_ok = ["http://", "https://"].iter().any(|scheme| {
        url.get(..scheme.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(scheme))
    });
    (scheme_ok && url.len() > 8 && !url.chars().any(char::is_whitespace)).then_some(url)
}

/// The DOI resolver URL of a bare DOI.
pub fn doi_url(doi: &str) -> String {
    format!(
        "https://doi.org/{}",
        super::url::encode(doi).replace("%2F", "/")
    )
}

/// True for the six Creative Commons licences (which ask for attribution).
pub fn is_cc_by(license: &License) -> bool {
    license.family.starts_with("cc-by")
}

/// The short name Creative Commons uses in attributions: `CC BY-SA 3.0 DE`, `CC0 1.0`,
/// `Public Domain Mark 1.0` (translated); other licences by their id (`MIT`,
/// `GPL-3.0-or-later`).
pub fn short_name(tr: Tr, license: &License) -> String {
    let id = license.id.as_str();
    if license.family == "pdm" {
        return tr.t("licence-pdm");
    }
    if let Some(version) = id.strip_prefix("CC0-") {
        return format!("CC0 {version}");
    }
    if let Some(rest) = id.strip_prefix("CC-") {
        let parts: Vec<&str> = rest.split('-').collect();
        let elements = parts
            .iter()
            .take_while(|p| p.chars().all(|c| c.is_ascii_alphabetic()))
            .count();
        let name = format!(
            "CC {} {}",
            parts[..elements].join("-"),
            parts[elements..].join(" ")
        );
        return name.trim_end().to_string();
    }
    id.to_string()
}

/// What a licence lets an educator do, in plain words: "share and adapt, credit the author".
pub fn permissions(tr: Tr, license: &License) -> String {
    labels::family_permissions(tr, &license.family).unwrap_or_else(|| tr.t("family-other"))
}

/// The badge's colour class: free to adapt and share, non-commercial, or more restricted.
fn badge_class(license: Option<&License>) -> &'static str {
    match license {
        Some(l) if l.open && l.commercial => "badge open",
        Some(l) if l.open => "badge nc",
        Some(_) => "badge closed",
        None => "badge none",
    }
}

/// A licence badge: the short name linked to the licence, and what it allows.
pub fn licence_badge(tr: Tr, license: Option<&License>) -> Markup {
    html! {
        span.licence {
            @match license {
                Some(l) => {
                    @match l.url.as_deref().and_then(safe_url) {
                        Some(url) => a class=(badge_class(license)) href=(url) rel="license" { bdi { (short_name(tr, l)) } },
                        None => span class=(badge_class(license)) { bdi { (short_name(tr, l)) } },
                    }
                    " "
                    span.permissions { (permissions(tr, l)) }
                    @if l.inferred {
                        " "
                        span.inferred { (tr.t("badge-inferred")) }
                    }
                }
                None => {
                    span class=(badge_class(None)) { (tr.t("badge-none")) }
                    " "
                    span.permissions { (tr.t("badge-none-hint")) }
                }
            }
        }
    }
}

/// True when the first strongly directional character of `text` belongs to a right-to-left
/// script (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms), as the Unicode
/// bidirectional algorithm decides a paragraph's direction.
pub fn starts_right_to_left(text: &str) -> bool {
    for c in text.chars() {
        let rtl = matches!(c as u32,
            0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x10800..=0x10FFF | 0x1E800..=0x1EFFF);
        if rtl {
            return true;
        }
        if c.is_alphabetic() {
            return false;
        }
    }
    false
}

/// The `lang` and `dir` attributes for a resource's `text` (its title or description) on a
/// page in `page`'s language.
///
/// Metadata says which languages a resource is in, not which language each field is written
/// in, and repositories often describe Arabic resources in English. So the direction comes from
/// the text itself, set wherever it differs from the page's (`dir="rtl"` for Arabic text on an
/// English page, `dir="ltr"` for English text on an Arabic one), and the resource's first
/// language is claimed for the text only when its direction agrees.
pub fn text_attrs<'a>(
    resource: &'a Resource,
    text: &str,
    page: Lang,
) -> (Option<&'a str>, Option<&'static str>) {
    let rtl = starts_right_to_left(text);
    let lang = resource
        .languages
        .first()
        .map(String::as_str)
        .filter(|l| language::is_rtl(l) == rtl);
    let dir = (rtl != page.is_rtl()).then_some(if rtl { "rtl" } else { "ltr" });
    (lang, dir)
}

/// A language's name in its own language (with `lang` and, for Arabic and others, `dir="rtl"`)
/// followed by its name in the page's language when that differs and is known.
pub fn language_name(tr: Tr, code: &str) -> Markup {
    let native = language::native_name(code).unwrap_or(code);
    let ours = labels::language_name(tr, code);
    let dir = if language::is_rtl(code) { "rtl" } else { "ltr" };
    html! {
        span lang=(code) dir=[(dir == "rtl" || tr.lang().is_rtl()).then_some(dir)] { (native) }
        @if let Some(ours) = ours.filter(|o| !o.eq_ignore_ascii_case(native)) {
            " " span.english { "(" (ours) ")" }
        }
    }
}

/// A list of languages, separated as the page's language separates lists.
pub fn language_list(tr: Tr, codes: &[String]) -> Markup {
    let separator = tr.t("list-separator");
    html! {
        @for (i, code) in codes.iter().enumerate() {
            @if i > 0 { (separator) }
            (language_name(tr, code))
        }
    }
}

/// Values joined with the page's list separator.
pub fn list(tr: Tr, values: &[String]) -> String {
    values.join(&tr.t("list-separator"))
}

/// Values in whatever language and direction (repository names, say), each isolated with
/// `<bdi>` so that a right-to-left page does not reorder their punctuation.
pub fn isolated_list(tr: Tr, values: &[String]) -> Markup {
    let separator = tr.t("list-separator");
    html! {
        @for (i, value) in values.iter().enumerate() {
            @if i > 0 { (separator) }
            bdi { (value) }
        }
    }
}

/// Resource types or educational levels in the page's language where the vocabulary term is
/// known, else as written.
pub fn vocabulary_list(tr: Tr, values: &[String], label: fn(Tr, &str) -> Option<String>) -> String {
    let shown: Vec<String> = values
        .iter()
        .map(|v| label(tr, v).unwrap_or_else(|| v.clone()))
        .collect();
    list(tr, &shown)
}

/// Names joined for reading: "A", "A and B", "A, B and C" (in the page's language).
pub fn join_names<S: AsRef<str>>(tr: Tr, names: &[S]) -> String {
    match names {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            tr.t_args(
                "list-and",
                &[
                    ("init", init.join(&tr.t("list-separator")).into()),
                    ("last", last.as_ref().into()),
                ],
            )
        }
    }
}

/// A `<time>` element for a catalogue timestamp, written for reading in the page's language.
pub fn time(tr: Tr, raw: &str) -> Markup {
    html! { time datetime=(raw) { (crate::i18n::format::time(tr, raw)) } }
}

/// At most `max` characters of `text`, cut at a word boundary with "…".
pub fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(space) if space > max / 2 => &cut[..space],
        _ => cut.as_str(),
    };
    format!(
        "{}…",
        cut.trim_end_matches(|c: char| c.is_whitespace() || c == ',')
    )
}

/// A metadata format for reading: "IEEE LOM (lom)".
pub fn format_name(tr: Tr, prefix: &str) -> String {
    let name = match prefix {
        "oai_dc" => "Dublin Core".to_string(),
        "lom" | "oai_lom" | "lom_ieee" => "IEEE LOM".to_string(),
        "lrmi" | "oai_lrmi" => "LRMI".to_string(),
        "qdc" | "oai_qdc" => tr.t("format-qdc"),
        _ => return prefix.to_string(),
    };
    format!("{name} ({prefix})")
}

#[cfg(test)]
mod tests {
    use super::*;
    use oerdex_index::license;

    #[test]
    fn only_web_urls_are_linked() {
        let cases = [
            ("https://oer.example.org/a", true),
            ("HTTP://oer.example.org/a", true),
            ("  https://oer.example.org/a ", true),
            ("javascript:alert(1)", false),
            ("JaVaScRiPt:alert(1)", false),
            ("data:text/html,<script>alert(1)</script>", false),
            ("//evil.example.net/", false),
            ("https://", false),
            ("https://a b", false),
            ("ftp://files.example.org/x", false),
        ];
        for (url, linked) in cases {
            assert_eq!(safe_url(url).is_some(), linked, "{url}");
        }
    }

    #[test]
    fn short_licence_names() {
        let cases = [
            ("CC-BY-4.0", "CC BY 4.0"),
            ("CC-BY-SA-3.0-DE", "CC BY-SA 3.0 DE"),
            ("CC-BY-NC-ND-4.0", "CC BY-NC-ND 4.0"),
            ("CC-BY-3.0-IGO", "CC BY 3.0 IGO"),
            ("CC0-1.0", "CC0 1.0"),
            ("CC-PDM-1.0", "Public Domain Mark 1.0"),
            ("MIT", "MIT"),
        ];
        for (id, name) in cases {
            let license = license::by_id(id).unwrap_or_else(|| panic!("{id} is known"));
            assert_eq!(short_name(Tr(Lang::En), &license), name, "{id}");
        }
    }

    #[test]
    fn readable_times() {
        let html = time(Tr(Lang::En), "2026-11-25T08:00:30Z").into_string();
        assert_eq!(
            html,
            r#"<time datetime="2026-11-25T08:00:30Z">25 Nov 2026, 08:00 UTC</time>"#
        );
    }

    #[test]
    fn shortening_cuts_at_words() {
        assert_eq!(shorten("short", 10), "short");
        assert_eq!(shorten("one two three four", 12), "one two…");
        assert_eq!(shorten("ثلاثة أربعة خمسة ستة", 12), "ثلاثة أربعة…");
    }

    #[test]
    fn direction_comes_from_the_text_and_language_only_when_they_agree() {
        assert!(starts_right_to_left("الاحتمالات – textbook chapter"));
        assert!(starts_right_to_left("« שלום »"));
        assert!(!starts_right_to_left("Probability: الاحتمالات"));
        assert!(!starts_right_to_left("2024"));
        let mut r: Resource = serde_json::from_value(serde_json::json!({
            "id": "x", "title": null, "description": null, "url": null, "doi": null,
            "license": null, "rights": [], "languages": ["ar"], "subjects": [], "keywords": [],
            "learning_resource_types": [], "educational_levels": [], "audience": [],
            "typical_age_range": null, "creators": [], "publisher": null,
            "date_published": null, "updated": "2026-01-01T00:00:00Z", "sources": []
        }))
        .unwrap();
        let en = Lang::En;
        assert_eq!(text_attrs(&r, "دورة الماء", en), (Some("ar"), Some("rtl")));
        assert_eq!(text_attrs(&r, "The water cycle", en), (None, None));
        assert_eq!(text_attrs(&r, "دورة الماء", Lang::Ar), (Some("ar"), None));
        r.languages = vec!["de".into()];
        assert_eq!(
            text_attrs(&r, "Der Wasserkreislauf", en),
            (Some("de"), None)
        );
        assert_eq!(
            text_attrs(&r, "Der Wasserkreislauf", Lang::Ar),
            (Some("de"), Some("ltr")),
            "left-to-right text on a right-to-left page"
        );
        assert_eq!(text_attrs(&r, "دورة الماء", en), (None, Some("rtl")));
    }

    #[test]
    fn names_and_languages() {
        let en = Tr(Lang::En);
        assert_eq!(join_names(en, &["A", "B", "C"]), "A, B and C");
        assert_eq!(join_names(en, &["A"]), "A");
        assert_eq!(join_names(Tr(Lang::De), &["A", "B", "C"]), "A, B und C");
        assert_eq!(join_names(Tr(Lang::Ar), &["A", "B", "C"]), "A، B وC");
        let arabic = language_name(en, "ar").into_string();
        assert!(arabic.contains(r#"lang="ar" dir="rtl""#), "{arabic}");
        assert!(arabic.contains("(Arabic)"), "{arabic}");
        let german = language_name(en, "de").into_string();
        assert!(
            german.contains(r#"<span lang="de">Deutsch</span>"#),
            "{german}"
        );
        let english = language_name(en, "en").into_string();
        assert!(!english.contains("(English)"), "{english}");
        let in_french = language_name(Tr(Lang::Fr), "de").into_string();
        assert!(in_french.contains("(allemand)"), "{in_french}");
        let in_arabic = language_name(Tr(Lang::Ar), "de").into_string();
        assert!(in_arabic.contains(r#"lang="de" dir="ltr""#), "{in_arabic}");
    }
}
