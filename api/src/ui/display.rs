//! How catalogue values are shown: licence names and badges, language names in their own
//! language (with `lang` and `dir`), dates, short descriptions, and the one rule for links made
//! from harvested metadata ([`safe_url`]).

use maud::{html, Markup};
use oerdex_index::language;
use oerdex_index::license::{self, License};
use oerdex_index::Resource;

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
/// `Public Domain Mark 1.0`; other licences by their id (`MIT`, `GPL-3.0-or-later`).
pub fn short_name(license: &License) -> String {
    let id = license.id.as_str();
    if license.family == "pdm" {
        return "Public Domain Mark 1.0".to_string();
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

/// What a licence lets an educator do, in plain words (the family's label without its
/// abbreviation): "share and adapt, credit the author".
pub fn permissions(license: &License) -> &'static str {
    let label = license::family_label(&license.family);
    label.split_once(": ").map_or(label, |(_, words)| words)
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
pub fn licence_badge(license: Option<&License>) -> Markup {
    html! {
        span.licence {
            @match license {
                Some(l) => {
                    @match l.url.as_deref().and_then(safe_url) {
                        Some(url) => a class=(badge_class(license)) href=(url) rel="license" { (short_name(l)) },
                        None => span class=(badge_class(license)) { (short_name(l)) },
                    }
                    " "
                    span.permissions { (permissions(l)) }
                    @if l.inferred {
                        " "
                        span.inferred { "(assumed from the repository's default licence)" }
                    }
                }
                None => {
                    span class=(badge_class(None)) { "No licence stated" }
                    " "
                    span.permissions { "ask the author before you reuse it" }
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

/// The `lang` and `dir` attributes for a resource's `text` (its title or description).
///
/// Metadata says which languages a resource is in, not which language each field is written
/// in, and repositories often describe Arabic resources in English. So the direction comes from
/// the text itself (`dir="rtl"` when it starts with right-to-left letters), and the resource's
/// first language is claimed for the text only when its direction agrees.
pub fn text_attrs<'a>(
    resource: &'a Resource,
    text: &str,
) -> (Option<&'a str>, Option<&'static str>) {
    let rtl = starts_right_to_left(text);
    let lang = resource
        .languages
        .first()
        .map(String::as_str)
        .filter(|l| language::is_rtl(l) == rtl);
    (lang, rtl.then_some("rtl"))
}

/// A language's name in its own language (with `lang` and, for Arabic and others, `dir="rtl"`)
/// followed by its English name when that differs.
pub fn language_name(code: &str) -> Markup {
    let native = language::native_name(code).unwrap_or(code);
    let english = language::english_name(code);
    let dir = language::is_rtl(code).then_some("rtl");
    html! {
        span lang=(code) dir=[dir] { (native) }
        @if let Some(english) = english.filter(|e| !e.eq_ignore_ascii_case(native)) {
            " " span.english { "(" (english) ")" }
        }
    }
}

/// A list of languages, comma-separated.
pub fn language_list(codes: &[String]) -> Markup {
    html! {
        @for (i, code) in codes.iter().enumerate() {
            @if i > 0 { ", " }
            (language_name(code))
        }
    }
}

/// Names joined for reading: "A", "A and B", "A, B and C".
pub fn join_names<S: AsRef<str>>(names: &[S]) -> String {
    match names {
        [] => String::new(),
        [one] => one.as_ref().to_string(),
        [init @ .., last] => {
            let init: Vec<&str> = init.iter().map(AsRef::as_ref).collect();
            format!("{} and {}", init.join(", "), last.as_ref())
        }
    }
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A catalogue timestamp (`2026-11-25T08:00:30Z` or `2024-01-13`) for reading:
/// "25 Nov 2026, 08:00 UTC", "13 Jan 2024"; anything else as written.
pub fn readable_time(raw: &str) -> String {
    let date = raw.get(..10).unwrap_or("");
    let parts: Vec<&str> = date.split('-').collect();
    let (Some(year), Some(month), Some(day)) = (
        parts.first().filter(|y| y.len() == 4),
        parts
            .get(1)
            .and_then(|m| m.parse::<usize>().ok())
            .filter(|m| (1..=12).contains(m)),
        parts.get(2).and_then(|d| d.parse::<u32>().ok()),
    ) else {
        return raw.to_string();
    };
    let mut text = format!("{day} {} {year}", MONTHS[month - 1]);
    if let Some(clock) = raw
        .get(11..16)
        .filter(|_| raw.as_bytes().get(10) == Some(&b'T'))
    {
        text.push_str(&format!(", {clock} UTC"));
    }
    text
}

/// A `<time>` element for a catalogue timestamp.
pub fn time(raw: &str) -> Markup {
    html! { time datetime=(raw) { (readable_time(raw)) } }
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
pub fn format_name(prefix: &str) -> String {
    let name = match prefix {
        "oai_dc" => "Dublin Core",
        "lom" | "oai_lom" | "lom_ieee" => "IEEE LOM",
        "lrmi" | "oai_lrmi" => "LRMI",
        "qdc" | "oai_qdc" => "qualified Dublin Core",
        _ => return prefix.to_string(),
    };
    format!("{name} ({prefix})")
}

#[cfg(test)]
mod tests {
    use super::*;

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
            assert_eq!(short_name(&license), name, "{id}");
        }
    }

    #[test]
    fn readable_times() {
        assert_eq!(
            readable_time("2026-11-25T08:00:30Z"),
            "25 Nov 2026, 08:00 UTC"
        );
        assert_eq!(readable_time("2024-01-13"), "13 Jan 2024");
        assert_eq!(readable_time("2023"), "2023");
        assert_eq!(readable_time("2023-13-01"), "2023-13-01");
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
        assert_eq!(text_attrs(&r, "دورة الماء"), (Some("ar"), Some("rtl")));
        assert_eq!(text_attrs(&r, "The water cycle"), (None, None));
        r.languages = vec!["de".into()];
        assert_eq!(text_attrs(&r, "Der Wasserkreislauf"), (Some("de"), None));
        assert_eq!(text_attrs(&r, "دورة الماء"), (None, Some("rtl")));
    }

    #[test]
    fn names_and_languages() {
        assert_eq!(join_names(&["A", "B", "C"]), "A, B and C");
        assert_eq!(join_names(&["A"]), "A");
        let arabic = language_name("ar").into_string();
        assert!(arabic.contains(r#"lang="ar" dir="rtl""#), "{arabic}");
        assert!(arabic.contains("(Arabic)"), "{arabic}");
        let german = language_name("de").into_string();
        assert!(
            german.contains(r#"<span lang="de">Deutsch</span>"#),
            "{german}"
        );
        let english = language_name("en").into_string();
        assert!(!english.contains("(English)"), "{english}");
    }
}
