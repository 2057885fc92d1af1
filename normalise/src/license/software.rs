//! Software and documentation licences: the GNU family with its versions and `or later`, the
//! permissive licences (MIT, Apache, BSD, MPL), and their SPDX and OSI pages.

use super::*;

/// A GNU licence family, named with a version and `only` / `or later`.
pub(super) struct Gnu {
    pub(super) family: &'static str,
    pub(super) spdx: &'static str,
    pub(super) title: &'static str,
    /// File name stem on gnu.org (`gpl-3.0.html`).
    pub(super) file: &'static str,
    /// Versions, oldest first; older ones live under `old-licenses/` on gnu.org.
    pub(super) versions: &'static [&'static str],
    /// Names in token form.
    pub(super) names: &'static [&'static str],
}

#[rustfmt::skip]
pub(super) const GNU: &[Gnu] = &[
    Gnu { family: "gpl", spdx: "GPL", title: "GNU General Public License", file: "gpl",
        versions: &["1.0", "2.0", "3.0"],
        names: &["gpl", "gplv", "gnu gpl", "gnu gplv", "gnu general public license",
            "gnu general public licence", "general public license", "gnu public license"] },
    Gnu { family: "lgpl", spdx: "LGPL", title: "GNU Lesser General Public License", file: "lgpl",
        versions: &["2.0", "2.1", "3.0"],
        names: &["lgpl", "lgplv", "gnu lgpl", "gnu lesser general public license",
            "gnu lesser general public licence", "lesser general public license",
            "gnu library general public license"] },
    Gnu { family: "agpl", spdx: "AGPL", title: "GNU Affero General Public License", file: "agpl",
        versions: &["3.0"],
        names: &["agpl", "agplv", "gnu agpl", "gnu affero general public license",
            "affero general public license", "affero gpl"] },
    Gnu { family: "gfdl", spdx: "GFDL", title: "GNU Free Documentation License", file: "fdl",
        versions: &["1.1", "1.2", "1.3"],
        names: &["gfdl", "gfdlv", "fdl", "gnu fdl", "gnu free documentation license",
            "gnu free documentation licence", "free documentation license"] },
];

/// Ways of saying "this version or any later one".
#[rustfmt::skip]
pub(super) const OR_LATER: &[&str] =
    &["+", "or later", "or any later", "or newer", "or higher", "and later", "oder später"];

/// Abbreviations that may follow a GNU licence's full name: "... License (GPL) version 3".
pub(super) const GNU_ABBREVIATIONS: &[&str] = &["gpl", "lgpl", "agpl", "gfdl", "fdl"];

/// Reads a GNU licence starting at token `i`.
pub(super) fn gnu_at(toks: &[Tok], i: usize) -> Option<License> {
    let names = GNU
        .iter()
        .flat_map(|g| g.names.iter().map(move |&name| (name, g)));
    let (gnu, n) = longest(toks, i, names)?;
    let j = skip(toks, skip(toks, i + n, GNU_ABBREVIATIONS), LICENCE_WORDS);
    let (version, or_later) = match toks.get(j).and_then(|t| as_version(&t.text)) {
        Some(version) => (
            version,
            longest(toks, j + 1, OR_LATER.iter().map(|&p| (p, ()))).is_some(),
        ),
        None => (gnu.versions.last()?.to_string(), true),
    };
    let &version = gnu.versions.iter().find(|v| **v == version)?;
    let latest = gnu.versions.last() == Some(&version);
    let old = if latest { "" } else { "old-licenses/" };
    let url = format!(
        "https://www.gnu.org/licenses/{old}{}-{version}.html",
        gnu.file
    );
    let title = match (gnu.family, version) {
        ("lgpl", "2.0") => "GNU Library General Public License",
        _ => gnu.title,
    };
    let (id_suffix, name_suffix) = if or_later {
        ("or-later", "or later")
    } else {
        ("only", "only")
    };
    let name = format!("{title} v{version} {name_suffix}");
    Some(license(
        format!("{}-{version}-{id_suffix}", gnu.spdx),
        gnu.family,
        name,
        &url,
    ))
}

/// Other software licences, named by phrase (in token form), by URL, or by a bare word that must
/// be the whole statement (the German "mit" means "with").
pub(super) struct Software {
    pub(super) id: &'static str,
    pub(super) family: &'static str,
    pub(super) name: &'static str,
    pub(super) url: &'static str,
    pub(super) names: &'static [&'static str],
    pub(super) urls: &'static [&'static str],
    pub(super) bare: &'static [&'static str],
}

/// Plain "BSD licence" is read as the 3-clause licence; both have the same flags.
#[rustfmt::skip]
pub(super) const SOFTWARE: &[Software] = &[
    Software { id: "MIT", family: "mit", name: "MIT License",
        url: "https://opensource.org/licenses/MIT",
        names: &["mit license", "mit licence", "mit lizenz", "expat license"],
        urls: &[], bare: &["mit", "expat"] },
    Software { id: "Apache-2.0", family: "apache", name: "Apache License 2.0",
        url: "https://www.apache.org/licenses/LICENSE-2.0",
        names: &["apache 2.0", "apache license", "apache license 2.0", "apache software license",
            "apache software license 2.0", "asl 2.0"],
        urls: &["apache.org/licenses/license-2.0"], bare: &["apache"] },
    Software { id: "BSD-3-Clause", family: "bsd",
        name: "BSD 3-Clause \"New\" or \"Revised\" License",
        url: "https://opensource.org/licenses/BSD-3-Clause",
        names: &["bsd 3 clause", "3 clause bsd", "new bsd", "revised bsd", "modified bsd",
            "bsd license", "bsd licence"],
        urls: &[], bare: &["bsd"] },
    Software { id: "BSD-2-Clause", family: "bsd", name: "BSD 2-Clause \"Simplified\" License",
        url: "https://opensource.org/licenses/BSD-2-Clause",
        names: &["bsd 2 clause", "2 clause bsd", "simplified bsd", "freebsd license"],
        urls: &[], bare: &[] },
    Software { id: "MPL-2.0", family: "mpl", name: "Mozilla Public License 2.0",
        url: "https://mozilla.org/MPL/2.0/",
        names: &["mpl", "mpl 2.0", "mplv 2.0", "mozilla public license",
            "mozilla public license 2.0"],
        urls: &["mozilla.org/mpl/2.0", "mozilla.org/en-us/mpl/2.0"], bare: &[] },
    Software { id: "MPL-1.1", family: "mpl", name: "Mozilla Public License 1.1",
        url: "https://www.mozilla.org/MPL/1.1/",
        names: &["mpl 1.1", "mplv 1.1", "mozilla public license 1.1"],
        urls: &["mozilla.org/mpl/1.1"], bare: &[] },
];

impl Software {
    pub(super) fn license(&self) -> License {
        license(self.id, self.family, self.name, self.url)
    }
}

/// Reads a GNU or other software licence starting at token `i`.
pub(super) fn software_at(toks: &[Tok], i: usize) -> Option<License> {
    if let Some(license) = gnu_at(toks, i) {
        return Some(license);
    }
    let names = SOFTWARE
        .iter()
        .flat_map(|s| s.names.iter().map(move |&name| (name, s)));
    longest(toks, i, names).map(|(software, _)| software.license())
}

/// Licence registry pages whose last path segment is an SPDX id.
pub(super) const REGISTRY_PAGES: &[&str] = &[
    "spdx.org/licenses/",
    "opensource.org/licenses/",
    "opensource.org/license/",
];

/// Reads SPDX and OSI licence pages and the official URLs of [`SOFTWARE`].
pub(super) fn registry_url(text: &str) -> Option<License> {
    for page in REGISTRY_PAGES {
        for (at, _) in text.match_indices(page) {
            let rest = &text[at + page.len()..];
            let segment = rest
                .split(|c| c == '/' || ends_url(c))
                .next()
                .unwrap_or_default();
            let id = [".html", ".php", ".json", ".txt"]
                .iter()
                .find_map(|ext| segment.strip_suffix(ext))
                .unwrap_or(segment);
            if let Some(license) = from_words(&tokenize(id)) {
                return Some(license);
            }
        }
    }
    SOFTWARE
        .iter()
        .find(|s| s.urls.iter().any(|url| text.contains(url)))
        .map(Software::license)
}
