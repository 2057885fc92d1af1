//! The ready-to-copy attribution of a resource, in the form Creative Commons recommends: TASL,
//! the Title, the Author, the Source (where the work is found) and the Licence, each linked
//! where there is a link: “Photosynthesis” by Amina Njoroge is licensed under CC BY 4.0.
//!
//! It is written in the page's language, as Creative Commons' own translations word it
//! (« Photosynthèse » de Amina Njoroge est mis à disposition selon les termes de la licence
//! CC BY 4.0.), with the language's quotation marks; the licence keeps its short name, which
//! is the same everywhere.
//!
//! Creative Commons licences require it; for CC0 and the Public Domain Mark it is a courtesy
//! ("is marked with CC0 1.0"); other licences (software, GNU FDL) get the same credit line with
//! a note to follow their own terms; a resource without a licence gets none, since it may not
//! be reused without permission. The HTML form is built with maud, so titles and names from
//! harvested metadata are escaped, and only `http(s)` URLs become links.

use maud::{html, Markup};
use oerdex_index::license::License;
use oerdex_index::Resource;

use super::display::{doi_url, is_cc_by, join_names, safe_url, short_name};
use crate::i18n::Tr;

/// What kind of licence the attribution is for, which decides the note shown with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A Creative Commons licence: attribution is a condition of reuse.
    CreativeCommons,
    /// CC0 or the Public Domain Mark: no conditions; credit is good practice.
    PublicDomain,
    /// Another licence (MIT, GPL, GNU FDL…): its own terms say how to credit.
    Other,
}

/// An attribution ready to copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Attribution {
    /// The licence kind.
    pub kind: Kind,
    /// Plain text, links written out in parentheses.
    pub text: String,
    /// HTML to paste into a web page.
    pub html: String,
    /// What the reader should know about crediting under this licence, in plain words.
    pub note: String,
}

/// The message of the note shown with an attribution.
fn note(kind: Kind, derivatives: bool) -> &'static str {
    match (kind, derivatives) {
        (Kind::CreativeCommons, true) => "attribution-note-cc",
        (Kind::CreativeCommons, false) => "attribution-note-cc-nd",
        (Kind::PublicDomain, _) => "attribution-note-public-domain",
        (Kind::Other, _) => "attribution-note-other",
    }
}

/// The parts of TASL, taken from a resource.
struct Parts<'a> {
    title: String,
    author: Option<String>,
    source: Option<String>,
    licence_name: String,
    licence_url: Option<&'a str>,
    /// The sentence: "licensed under" or "marked with", with or without an author.
    message: &'static str,
}

impl<'a> Parts<'a> {
    fn new(tr: Tr, resource: &'a Resource, license: &'a License) -> Self {
        let author = if resource.creators.is_empty() {
            resource.publisher.as_ref().map(|p| p.name.clone())
        } else {
            Some(join_names(tr, &resource.creators))
        };
        let author = author.filter(|a| !a.trim().is_empty());
        let source = resource
            .url
            .as_deref()
            .and_then(safe_url)
            .map(str::to_string)
            .or_else(|| resource.doi.as_deref().map(doi_url));
        let marked = matches!(license.family.as_str(), "cc0" | "pdm");
        let message = match (marked, author.is_some()) {
            (false, true) => "attribution-licensed",
            (false, false) => "attribution-licensed-anonymous",
            (true, true) => "attribution-marked",
            (true, false) => "attribution-marked-anonymous",
        };
        Parts {
            title: resource
                .title
                .as_deref()
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map_or_else(|| tr.t("untitled"), str::to_string),
            author,
            source,
            // "CC BY-SA (version not stated)": the record named no version, and the credit line
            // must not claim one.
            licence_name: if license.version_unknown() {
                tr.t_args(
                    "licence-version-unknown",
                    &[("licence", short_name(tr, license).into())],
                )
            } else {
                short_name(tr, license)
            },
            licence_url: license.url.as_deref().and_then(safe_url),
            message,
        }
    }

    fn text(&self, tr: Tr) -> String {
        let mut title = tr.t_args(
            "attribution-quoted",
            &[("title", self.title.as_str().into())],
        );
        if let Some(source) = &self.source {
            title.push_str(&format!(" ({source})"));
        }
        let mut licence = self.licence_name.clone();
        if let Some(url) = self.licence_url {
            licence.push_str(&format!(" ({url})"));
        }
        let mut args = vec![("title", title.into()), ("licence", licence.into())];
        if let Some(author) = &self.author {
            args.push(("author", author.as_str().into()));
        }
        tr.t_args(self.message, &args)
    }

    fn html(&self, tr: Tr) -> Markup {
        let linked = html! {
            @match &self.source {
                Some(source) => a href=(source) { (self.title) },
                None => (self.title),
            }
        };
        let title = tr.rich("attribution-quoted", &[], &[("title", linked)]);
        let licence = html! {
            @match self.licence_url {
                Some(url) => a href=(url) rel="license" { (self.licence_name) },
                None => (self.licence_name),
            }
        };
        let mut parts = vec![("title", title), ("licence", licence)];
        if let Some(author) = &self.author {
            parts.push(("author", html! { (author) }));
        }
        tr.rich(self.message, &[], &parts)
    }
}

/// The attribution of a resource in `tr`'s language; `None` when it has no licence (it may not
/// be reused).
pub fn attribution(tr: Tr, resource: &Resource) -> Option<Attribution> {
    let license = resource.license.as_ref()?;
    let kind = if is_cc_by(license) {
        Kind::CreativeCommons
    } else if matches!(license.family.as_str(), "cc0" | "pdm") {
        Kind::PublicDomain
    } else {
        Kind::Other
    };
    let parts = Parts::new(tr, resource, license);
    Some(Attribution {
        kind,
        text: parts.text(tr),
        html: parts.html(tr).into_string(),
        note: tr.t(note(kind, license.derivatives)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use oerdex_index::license;

    const EN: Tr = Tr(Lang::En);

    fn attribution(resource: &Resource) -> Option<Attribution> {
        super::attribution(EN, resource)
    }

    fn resource(title: &str, license_id: Option<&str>) -> Resource {
        Resource {
            id: "0123456789abcdef".into(),
            title: Some(title.into()),
            description: None,
            url: Some("https://oer.example.org/en/photosynthesis".into()),
            doi: None,
            license: license_id.map(|id| license::by_id(id).expect("known licence")),
            rights: Vec::new(),
            languages: vec!["en".into()],
            subjects: Vec::new(),
            keywords: Vec::new(),
            learning_resource_types: Vec::new(),
            educational_levels: Vec::new(),
            audience: Vec::new(),
            typical_age_range: None,
            creators: vec!["Beatriz Souza".into(), "Amina Njoroge".into()],
            publisher: Some("Open School Network".into()),
            date_published: None,
            updated: "2026-11-25T08:00:30Z".into(),
            sources: Vec::new(),
            ..Resource::default()
        }
    }

    #[test]
    fn creative_commons_attribution_names_title_author_source_and_licence() {
        let a = attribution(&resource("Photosynthesis", Some("CC-BY-4.0"))).unwrap();
        assert_eq!(a.kind, Kind::CreativeCommons);
        assert!(a.note.contains("If you change it, say so"), "{}", a.note);
        assert_eq!(
            a.text,
            "“Photosynthesis” (https://oer.example.org/en/photosynthesis) by Beatriz Souza and \
             Amina Njoroge is licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)."
        );
        assert_eq!(
            a.html,
            "“<a href=\"https://oer.example.org/en/photosynthesis\">Photosynthesis</a>” by \
             Beatriz Souza and Amina Njoroge is licensed under \
             <a href=\"https://creativecommons.org/licenses/by/4.0/\" rel=\"license\">CC BY 4.0</a>."
        );
    }

    #[test]
    fn a_licence_without_a_version_says_so_and_claims_none() {
        let a = attribution(&resource("Photosynthesis", Some("CC-BY-SA"))).unwrap();
        assert_eq!(a.kind, Kind::CreativeCommons);
        assert!(
            a.text.ends_with(
                "is licensed under CC BY-SA (version not stated) \
                 (https://creativecommons.org/licenses/by-sa/)."
            ),
            "{}",
            a.text
        );
        let de =
            super::attribution(Tr(Lang::De), &resource("Photosynthese", Some("CC-BY-SA"))).unwrap();
        assert!(
            de.text.contains("CC BY-SA (Version nicht angegeben)"),
            "{}",
            de.text
        );
        assert!(!a.text.contains("4.0"));
    }

    #[test]
    fn ported_and_share_alike_licences_use_their_short_names() {
        let a = attribution(&resource("Wasserkreislauf", Some("CC-BY-SA-3.0-DE"))).unwrap();
        assert!(
            a.text.ends_with(
                "is licensed under CC BY-SA 3.0 DE (https://creativecommons.org/licenses/by-sa/3.0/de/)."
            ),
            "{}",
            a.text
        );
    }

    #[test]
    fn without_creators_the_publisher_is_credited_and_without_either_no_one() {
        let mut r = resource("Fractions", Some("CC-BY-4.0"));
        r.creators.clear();
        let a = attribution(&r).unwrap();
        assert!(
            a.text.contains(" by Open School Network is licensed"),
            "{}",
            a.text
        );
        r.publisher = None;
        r.url = None;
        let a = attribution(&r).unwrap();
        assert_eq!(
            a.text,
            "“Fractions” is licensed under CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)."
        );
        assert!(!a.html.contains("oer.example.org"), "{}", a.html);
    }

    #[test]
    fn no_derivatives_licences_say_changed_versions_may_not_be_shared() {
        let a = attribution(&resource("Lecture", Some("CC-BY-NC-ND-4.0"))).unwrap();
        assert_eq!(a.kind, Kind::CreativeCommons);
        assert!(
            a.text.contains("is licensed under CC BY-NC-ND 4.0"),
            "{}",
            a.text
        );
        assert!(a
            .note
            .contains("does not allow you to share changed versions"));
    }

    #[test]
    fn public_domain_tools_are_marked_not_licensed() {
        let a = attribution(&resource("Old map", Some("CC0-1.0"))).unwrap();
        assert_eq!(a.kind, Kind::PublicDomain);
        assert!(a.text.contains("is marked with CC0 1.0"), "{}", a.text);
        let a = attribution(&resource("Old map", Some("CC-PDM-1.0"))).unwrap();
        assert!(
            a.text.contains("is marked with Public Domain Mark 1.0"),
            "{}",
            a.text
        );
        assert!(a.note.contains("No attribution is required"));
    }

    #[test]
    fn other_licences_get_a_credit_line_and_a_note() {
        let a = attribution(&resource("Plotting tool", Some("MIT"))).unwrap();
        assert_eq!(a.kind, Kind::Other);
        assert!(a.text.contains("is licensed under MIT"), "{}", a.text);
        assert!(a.note.contains("not a Creative Commons licence"));
    }

    #[test]
    fn unlicensed_resources_get_no_attribution() {
        assert!(attribution(&resource("All rights reserved", None)).is_none());
    }

    #[test]
    fn attributions_are_written_in_the_pages_language() {
        let r = resource("Photosynthèse", Some("CC-BY-SA-4.0"));
        let fr = super::attribution(Tr(Lang::Fr), &r).unwrap();
        assert_eq!(
            fr.text,
            "«\u{a0}Photosynthèse\u{a0}» (https://oer.example.org/en/photosynthesis) par Beatriz Souza et \
             Amina Njoroge est mis à disposition selon les termes de la licence CC BY-SA 4.0 \
             (https://creativecommons.org/licenses/by-sa/4.0/)."
        );
        let de = super::attribution(Tr(Lang::De), &r).unwrap();
        assert!(
            de.html.starts_with(
                "„<a href=\"https://oer.example.org/en/photosynthesis\">Photosynthèse</a>“ von \
                 Beatriz Souza und Amina Njoroge ist lizenziert unter"
            ),
            "{}",
            de.html
        );
        let ar = super::attribution(Tr(Lang::Ar), &resource("Old map", Some("CC0-1.0"))).unwrap();
        assert!(ar.text.contains("CC0 1.0"), "{}", ar.text);
        assert!(ar.text.starts_with('«'), "{}", ar.text);
        for lang in Lang::ALL {
            let a = super::attribution(Tr(lang), &r).unwrap();
            assert!(a.text.contains("CC BY-SA 4.0") && a.html.contains("rel=\"license\""));
            assert!(!a.note.is_empty());
        }
    }

    #[test]
    fn hostile_titles_and_links_are_escaped_in_the_html() {
        let mut r = resource(
            "<script>alert(\"x\")</script> & <img src=x onerror=alert(1)>",
            Some("CC-BY-4.0"),
        );
        r.creators = vec!["<b>Mallory</b>".into()];
        r.url = Some("javascript:alert(document.cookie)".into());
        let a = attribution(&r).unwrap();
        assert!(!a.html.contains("<script"), "{}", a.html);
        assert!(!a.html.contains("<img"), "{}", a.html);
        assert!(!a.html.contains("<b>"), "{}", a.html);
        assert!(!a.html.contains("javascript:"), "{}", a.html);
        assert!(
            a.html.starts_with(
                "“&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x"
            ),
            "{}",
            a.html
        );
        assert!(
            a.text.starts_with("“<script>"),
            "plain text is text: {}",
            a.text
        );
        assert!(!a.text.contains("javascript:"), "{}", a.text);
    }
}
