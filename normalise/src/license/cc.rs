//! Creative Commons licences: URLs (`creativecommons.org/licenses/by-sa/3.0/de/`) and words
//! ("CC BY-SA 3.0 DE", "Namensnennung - Weitergabe unter gleichen Bedingungen"), with their
//! versions and national ports.

use super::*;

/// The Creative Commons licence versions (2.1 exists only as ports).
pub(super) const CC_VERSIONS: &[&str] = &["1.0", "2.0", "2.1", "2.5", "3.0", "4.0"];
/// The current Creative Commons version (its titles say "NoDerivatives").
pub(super) const CC_LATEST: &str = "4.0";

#[derive(Debug, Clone, Copy)]
pub(super) enum Element {
    By,
    Nc,
    Nd,
    Sa,
}

/// The elements of a Creative Commons licence.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct CcTerms {
    pub(super) by: bool,
    pub(super) nc: bool,
    pub(super) nd: bool,
    pub(super) sa: bool,
}

impl CcTerms {
    fn add(&mut self, element: Element) {
        match element {
            Element::By => self.by = true,
            Element::Nc => self.nc = true,
            Element::Nd => self.nd = true,
            Element::Sa => self.sa = true,
        }
    }

    /// Reads a URL path element such as `by-nc-sa` (or the 1.0 spelling `by-nd-nc`).
    fn from_path(code: &str) -> Option<Self> {
        let mut terms = Self::default();
        for part in code.split('-') {
            terms.add(match part {
                "by" => Element::By,
                "nc" => Element::Nc,
                "nd" => Element::Nd,
                "sa" => Element::Sa,
                _ => return None,
            });
        }
        Some(terms)
    }

    /// The family; `None` without BY or with both ND and SA, which are no licences in use.
    fn family(self) -> Option<&'static str> {
        if !self.by || (self.nd && self.sa) {
            return None;
        }
        Some(match (self.nc, self.nd, self.sa) {
            (false, false, false) => "cc-by",
            (false, false, true) => "cc-by-sa",
            (true, false, false) => "cc-by-nc",
            (true, false, true) => "cc-by-nc-sa",
            (false, true, _) => "cc-by-nd",
            (true, true, _) => "cc-by-nc-nd",
        })
    }

    /// The English title: "Attribution-NonCommercial-ShareAlike".
    fn title(self, version: &str) -> String {
        let nc = if self.nc { "-NonCommercial" } else { "" };
        // 4.0 renamed "NoDerivs" to "NoDerivatives".
        let nd = match (self.nd, version) {
            (false, _) => "",
            (true, "4.0") => "-NoDerivatives",
            (true, _) => "-NoDerivs",
        };
        let sa = if self.sa { "-ShareAlike" } else { "" };
        format!("Attribution{nc}{nd}{sa}")
    }
}

pub(super) fn cc_license(terms: CcTerms, version: &str, port: Option<&str>) -> Option<License> {
    let family = terms.family()?;
    if !CC_VERSIONS.contains(&version) {
        return None;
    }
    let path = &family["cc-".len()..];
    let mut id = format!("CC-{}-{version}", path.to_ascii_uppercase());
    let mut url = format!("https://creativecommons.org/licenses/{path}/{version}/");
    let scope = match port.filter(|_| version != "4.0") {
        Some(code) => {
            id = format!("{id}-{}", code.to_ascii_uppercase());
            url = format!("{url}{code}/");
            port_name(code)
        }
        None if version == "4.0" => "International".to_string(),
        None if version == "3.0" => "Unported".to_string(),
        None => "Generic".to_string(),
    };
    let name = format!(
        "Creative Commons {} {version} {scope}",
        terms.title(version)
    );
    Some(license(id, family, name, &url))
}

/// A Creative Commons licence named without a version ("CC BY-SA", `…/licenses/by-sa/`): its
/// family, with the version unknown (id `CC-BY-SA`, which is no SPDX id, and the URL of the
/// family's licences). Claiming 4.0 would state a version the record does not.
pub(super) fn cc_unversioned(terms: CcTerms) -> Option<License> {
    let family = terms.family()?;
    let path = &family["cc-".len()..];
    let id = format!("CC-{}", path.to_ascii_uppercase());
    let url = format!("https://creativecommons.org/licenses/{path}/");
    let name = format!(
        "Creative Commons {} (version not stated)",
        terms.title(CC_LATEST)
    );
    Some(license(id, family, name, &url))
}

/// Common Creative Commons port codes and the names CC gives them; other codes are shown
/// upper-cased.
#[rustfmt::skip]
pub(super) const PORTS: &[(&str, &str)] = &[
    ("ar", "Argentina"), ("at", "Austria"), ("au", "Australia"), ("be", "Belgium"),
    ("br", "Brazil"), ("ca", "Canada"), ("ch", "Switzerland"), ("cl", "Chile"),
    ("cn", "China Mainland"), ("co", "Colombia"), ("cz", "Czech Republic"), ("de", "Germany"),
    ("dk", "Denmark"), ("es", "Spain"), ("fi", "Finland"), ("fr", "France"), ("gr", "Greece"),
    ("hk", "Hong Kong"), ("hr", "Croatia"), ("ie", "Ireland"), ("igo", "IGO"), ("il", "Israel"),
    ("in", "India"), ("it", "Italy"), ("jp", "Japan"), ("kr", "Korea"), ("lu", "Luxembourg"),
    ("mx", "Mexico"), ("nl", "Netherlands"), ("no", "Norway"), ("nz", "New Zealand"),
    ("pe", "Peru"), ("ph", "Philippines"), ("pl", "Poland"), ("pt", "Portugal"),
    ("ro", "Romania"), ("rs", "Serbia"), ("scotland", "Scotland"), ("se", "Sweden"),
    ("sg", "Singapore"), ("si", "Slovenia"), ("tw", "Taiwan"), ("uk", "England and Wales"),
    ("us", "United States"), ("za", "South Africa"),
];

/// Port names in free text besides the English ones in [`PORTS`], in token form.
#[rustfmt::skip]
pub(super) const PORT_NAMES: &[(&str, &str)] = &[
    ("deutschland", "de"), ("österreich", "at"), ("schweiz", "ch"), ("brasil", "br"),
    ("españa", "es"), ("united kingdom", "uk"),
];

pub(super) fn port_name(code: &str) -> String {
    match PORTS.iter().find(|(c, _)| *c == code) {
        Some((_, name)) => name.to_string(),
        None => code.to_ascii_uppercase(),
    }
}

/// Reads the first Creative Commons URL in the text that names a licence.
pub(super) fn cc_url(text: &str) -> Option<License> {
    ["creativecommons.org/", "licensebuttons.net/"]
        .iter()
        .flat_map(|host| {
            text.match_indices(host)
                .map(move |(at, _)| &text[at + host.len()..])
        })
        .find_map(|rest| cc_path(&rest[..rest.find(ends_url).unwrap_or(rest.len())]))
}

pub(super) fn ends_url(c: char) -> bool {
    c.is_whitespace() || "\"'<>()[],;?#|`".contains(c)
}

/// Reads a path such as `licenses/by-sa/3.0/de/deed.de` or `publicdomain/zero/1.0/legalcode`
/// (`l/` and `p/` are the badge hosts' spellings).
pub(super) fn cc_path(path: &str) -> Option<License> {
    let segments: Vec<&str> = path
        .split('/')
        .map(|s| s.trim_end_matches('.'))
        .filter(|s| !s.is_empty())
        .collect();
    match segments.as_slice() {
        ["publicdomain" | "p", "zero", ..] => Some(cc0()),
        ["publicdomain" | "p", "mark", ..] => Some(pdm()),
        ["licenses" | "l", "publicdomain", ..] => Some(pddc()),
        ["licenses" | "l", code, rest @ ..] => {
            let terms = CcTerms::from_path(code)?;
            // Without a version the URL still names the licence; a port needs a version.
            let Some(version) = rest.first().and_then(|s| as_version(s)) else {
                return cc_unversioned(terms);
            };
            let port = rest.get(1).copied().filter(|s| is_port_segment(s));
            cc_license(terms, &version, port)
        }
        _ => None,
    }
}

/// A port segment is a short lower-case code, not `deed.xx`, `legalcode` or a badge file name.
pub(super) fn is_port_segment(segment: &str) -> bool {
    (2..=8).contains(&segment.len())
        && segment.chars().all(|c| c.is_ascii_lowercase())
        && !segment.starts_with("deed")
        && !segment.starts_with("legal")
}

/// Ways of saying "Creative Commons" before the elements.
pub(super) const CC_PREFIXES: &[&str] = &["creative commons", "creativecommons", "cc"];

/// Licence elements in token form, in English, German, French, Spanish and Portuguese.
#[rustfmt::skip]
pub(super) const ELEMENTS: &[(Element, &[&str])] = &[
    (Element::By, &["by", "attribution", "namensnennung", "paternité", "reconocimiento",
        "atribución", "atribuição"]),
    (Element::Nc, &["nc", "noncommercial", "non commercial", "nicht kommerziell",
        "nichtkommerziell", "pas d utilisation commerciale", "no comercial", "nocomercial",
        "não comercial", "nãocomercial"]),
    (Element::Nd, &["nd", "noderivatives", "noderivs", "no derivatives", "no derivative works",
        "keine bearbeitung", "keine bearbeitungen", "pas de modification", "sin obra derivada",
        "sin obras derivadas", "sem derivações", "semderivações"]),
    (Element::Sa, &["sa", "sharealike", "share alike", "weitergabe unter gleichen bedingungen",
        "partage dans les mêmes conditions", "compartir igual", "compartirigual",
        "compartilha igual", "compartilhaigual"]),
];

/// Builds one of the public-domain tools.
type Tool = fn() -> License;

/// Creative Commons public-domain tools named after a prefix ("CC0", "CC Zero", "CC PDM").
#[rustfmt::skip]
pub(super) const CC_TOOLS: &[(&str, Tool)] = &[
    ("0", cc0), ("zero", cc0), ("public domain dedication", cc0),
    ("pdm", pdm), ("public domain mark", pdm), ("pddc", pddc),
];

/// Words for "licence" that may stand between the parts of a name.
pub(super) const LICENCE_WORDS: &[&str] = &[
    "license", "licence", "lizenz", "licencia", "licença", "licenza", "licentie", "cc",
];

/// Reads a Creative Commons licence starting at token `i`.
pub(super) fn cc_at(toks: &[Tok], i: usize) -> Option<License> {
    let prefix = longest(toks, i, CC_PREFIXES.iter().map(|&p| (p, ())));
    let mut j = match prefix {
        Some((_, n)) => skip(toks, i + n, LICENCE_WORDS),
        // Without a prefix only a spelled-out attribution element ("Attribution-ShareAlike
        // 4.0") may start a licence name, never the bare word "by".
        None if toks[i].text != "by" && matches!(element_at(toks, i), Some((Element::By, _))) => i,
        None => return None,
    };
    if let Some((tool, _)) = longest(toks, j, CC_TOOLS.iter().copied()) {
        return Some(tool());
    }
    let mut terms = CcTerms::default();
    while let Some((element, n)) = element_at(toks, j) {
        terms.add(element);
        j += n;
    }
    j = skip(toks, j, LICENCE_WORDS);
    let Some(version) = toks.get(j).and_then(|t| as_version(&t.text)) else {
        // "Attribution" alone, without "CC", a version or another element, is no licence.
        if prefix.is_none() && !(terms.nc || terms.nd || terms.sa) {
            return None;
        }
        return cc_unversioned(terms);
    };
    cc_license(terms, &version, port_at(toks, j + 1).as_deref())
}

pub(super) fn element_at(toks: &[Tok], i: usize) -> Option<(Element, usize)> {
    let phrases = ELEMENTS
        .iter()
        .flat_map(|&(e, names)| names.iter().map(move |&n| (n, e)));
    longest(toks, i, phrases)
}

/// A port after the version: a known code written onto it (`3.0-de`) or ending the statement,
/// or a country name.
pub(super) fn port_at(toks: &[Tok], i: usize) -> Option<String> {
    let tok = toks.get(i)?;
    if (tok.joined || i + 1 == toks.len()) && PORTS.iter().any(|(code, _)| *code == tok.text) {
        return Some(tok.text.clone());
    }
    let english: Vec<(String, &str)> = PORTS
        .iter()
        .map(|&(code, name)| (name.to_lowercase(), code))
        .collect();
    let names = english.iter().map(|(name, code)| (name.as_str(), *code));
    let names = names.chain(PORT_NAMES.iter().copied());
    longest(toks, i, names).map(|(code, _)| code.to_string())
}
