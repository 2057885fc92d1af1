//! Licence normalisation: turns the rights statements real metadata carries into one canonical
//! [`License`] (SPDX id where SPDX has one, family, canonical URL and permission flags).
//!
//! Records state licences as Creative Commons URLs (http or https, with or without `www`, with
//! `deed.de` or `legalcode` suffixes, national ports such as `/3.0/de/`), SPDX ids (`CC-BY-SA-4.0`,
//! `Apache-2.0`), short forms (`CC BY-NC-SA 4.0`, edu-sharing's `CC_BY_SA`), full names in several
//! languages ("Creative Commons Attribution 4.0 International", "Namensnennung - Weitergabe unter
//! gleichen Bedingungen"), HTML fragments, or copyright lines that grant nothing. [`normalize`]
//! reads one statement; [`normalize_all`] picks the licence out of all of a record's statements.
//!
//! # Approach
//! No regular expressions: the statement is lower-cased and read in two passes.
//!
//! 1. **URLs.** `creativecommons.org/` paths (and the `licensebuttons.net/` badge host) are read
//!    segment by segment: `licenses/<elements>/<version>/<port>/…`, `publicdomain/zero/1.0/`,
//!    `publicdomain/mark/1.0/`. SPDX and OSI pages (`spdx.org/licenses/<id>`,
//!    `opensource.org/licenses/<id>`) and a few official licence URLs are recognised too.
//! 2. **Words.** The text is split into tokens (`CC_BY-SA 3.0-DE` → `cc by sa 3.0 de`) and matched
//!    against small phrase tables. A Creative Commons reader takes a "cc" / "creative commons"
//!    prefix, the licence elements in any order and language (`by`, `attribution`,
//!    `namensnennung`, `nc`, `nd`, `sa`, …), a version and a port. GNU licences are read with
//!    version and `only` / `or later`; other software licences and plain public-domain wording by
//!    name. Creative Commons wins over software licences, which win over public-domain wording.
//!
//! Decisions:
//!
//! * No version: a Creative Commons licence keeps its family with the version unknown (id
//!   `CC-BY-SA`, URL `https://creativecommons.org/licenses/by-sa/`, name "… (version not
//!   stated)"): the record does not say which version, and the versions differ (3.0 has ports,
//!   4.0 changed the terms), so oerdex does not claim one (CC0 and the Public Domain Mark only
//!   have 1.0). A GNU licence means the latest version "or later":
//!   GNU licences let the user pick any version when none is named, so this never claims more
//!   than was granted.
//! * Ports: SPDX has ids for some (`CC-BY-3.0-DE`, `CC-BY-NC-SA-2.0-UK`, `CC-BY-3.0-IGO`); the
//!   others get an id in the same style (`CC-BY-SA-3.0-BR`), which is not an SPDX id. 4.0 has no
//!   ports, so a code after 4.0 is ignored. In free text a port code is read only when written
//!   onto the version (`3.0-de`) or at the end, so "CC BY 3.0 at the museum" is not Austria.
//! * The Public Domain Mark is `CC-PDM-1.0`, its SPDX id since licence list 3.26.0; the earlier
//!   oerdex id `PDM-1.0` is still accepted by [`by_id`]. "Public domain" in words is the mark.
//! * `open` follows the UNESCO 2019 OER Recommendation: public domain, or a licence allowing
//!   no-cost access, re-use, re-purposing, adaptation and redistribution. So no ND licence is
//!   open, while NC licences are open but not `commercial`.
//! * What is not a licence gives `None`: copyright lines, "Open Access", terms-of-use pages, CC
//!   licences without BY (the retired 1.0 `sa`, `nc`, `nd`), ND with SA, unknown versions.

mod cc;
mod public_domain;
mod software;
#[cfg(test)]
mod tests;
mod tokens;

use serde::{Deserialize, Serialize};

use cc::*;
use public_domain::*;
use software::*;
use tokens::*;

/// A canonical licence as oerdex understands it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct License {
    /// Canonical id: the SPDX id where SPDX has one (`CC-BY-SA-3.0-DE`, `CC0-1.0`, `CC-PDM-1.0`,
    /// `MIT`), else an oerdex id in the same style (`CC-BY-SA-3.0-BR`).
    pub id: String,
    /// The licence family (`cc-by`, `cc-by-sa`, `cc0`, `pdm`, `mit`, ...), one of the families
    /// oerdex knows.
    pub family: String,
    /// Human-readable name ("Creative Commons Attribution-ShareAlike 3.0 Germany").
    pub name: String,
    /// Canonical URL (`https://creativecommons.org/licenses/by-sa/3.0/de/`), if the licence has
    /// one.
    pub url: Option<String>,
    /// Open in the sense of the UNESCO 2019 OER Recommendation.
    pub open: bool,
    /// Commercial use allowed.
    pub commercial: bool,
    /// Adaptation (derivative works) allowed.
    pub derivatives: bool,
    /// Adaptations must be shared under the same licence.
    pub share_alike: bool,
    /// True when the licence came from a source's `default_license`, not the record itself.
    pub inferred: bool,
}

impl License {
    /// True for a free cultural work (the Definition of Free Cultural Works): anyone may use,
    /// adapt and share it for any purpose, commercial included. CC0, the Public Domain Mark,
    /// CC BY, CC BY-SA and the free software and documentation licences are free; the NC and ND
    /// licences are not (NC licences are still open in the UNESCO sense).
    pub fn is_free(&self) -> bool {
        self.commercial && self.derivatives
    }

    /// True for a Creative Commons licence the record named without a version ("CC BY",
    /// `…/licenses/by/`): the family is known, the version is not.
    pub fn version_unknown(&self) -> bool {
        self.family.starts_with("cc-by") && !self.id.contains('.')
    }
}

/// Every licence family oerdex knows, in display order: the six Creative Commons licences from
/// the most to the least permissive, the public-domain tools, then software and documentation
/// licences from permissive to copyleft.
#[rustfmt::skip]
pub const FAMILIES: &[&str] = &[
    "cc-by", "cc-by-sa", "cc-by-nc", "cc-by-nc-sa", "cc-by-nd", "cc-by-nc-nd",
    "cc0", "pdm",
    "mit", "apache", "bsd", "mpl", "lgpl", "gpl", "agpl", "gfdl",
];

/// What a family permits: `[open, commercial, derivatives, share_alike]`.
type Flags = [bool; 4];
const FREE: Flags = [true, true, true, false];
const SA: Flags = [true, true, true, true];
const NC: Flags = [true, false, true, false];
const NC_SA: Flags = [true, false, true, true];
const ND: Flags = [false, true, false, false];
const NC_ND: Flags = [false, false, false, false];

/// Each family's permissions and plain-language label, in [`FAMILIES`] order. MPL counts as
/// share-alike: changed MPL files must stay under the MPL, a file-level copyleft like the LGPL's.
#[rustfmt::skip]
const FAMILY_TABLE: &[(&str, Flags, &str)] = &[
    ("cc-by", FREE, "CC BY: share and adapt, credit the author"),
    ("cc-by-sa", SA, "CC BY-SA: share and adapt, credit the author, share alike"),
    ("cc-by-nc", NC, "CC BY-NC: share and adapt non-commercially, credit the author"),
    ("cc-by-nc-sa", NC_SA, "CC BY-NC-SA: share and adapt non-commercially, credit, share alike"),
    ("cc-by-nd", ND, "CC BY-ND: share unchanged, credit the author"),
    ("cc-by-nc-nd", NC_ND, "CC BY-NC-ND: share unchanged, non-commercially, credit the author"),
    ("cc0", FREE, "CC0: dedicated to the public domain, no conditions"),
    ("pdm", FREE, "Public domain: free of known copyright, no conditions"),
    ("mit", FREE, "MIT: use and adapt freely, keep the copyright notice"),
    ("apache", FREE, "Apache 2.0: use and adapt freely, keep the notices"),
    ("bsd", FREE, "BSD: use and adapt freely, keep the copyright notice"),
    ("mpl", SA, "MPL: use and adapt, changed files stay under the MPL"),
    ("lgpl", SA, "LGPL: use and adapt, changes to the library stay under the LGPL"),
    ("gpl", SA, "GPL: use and adapt, adaptations stay under the GPL"),
    ("agpl", SA, "AGPL: like the GPL, also for software used over a network"),
    ("gfdl", SA, "GNU FDL: share and adapt, adaptations stay under the GFDL"),
];

/// A plain-language label for a family ("CC BY: share and adapt, credit the author"), or
/// "Other licence" for a family oerdex does not know.
pub fn family_label(family: &str) -> &'static str {
    FAMILY_TABLE
        .iter()
        .find(|f| f.0 == family)
        .map_or("Other licence", |f| f.2)
}

/// Looks up a licence by canonical id (`CC-BY-SA-3.0-DE`, `mit`; case-insensitive) or by family,
/// which gives the family's licence without a version for Creative Commons (`cc-by-sa` →
/// `CC-BY-SA`, whose id is the family's name) and the current licence for the others (`gpl` →
/// `GPL-3.0-or-later`). The superseded id `PDM-1.0` gives `CC-PDM-1.0`. Free text gives `None`;
/// use [`normalize`] for that.
pub fn by_id(id: &str) -> Option<License> {
    let id = id.trim();
    if id.eq_ignore_ascii_case("PDM-1.0") {
        return Some(pdm());
    }
    let license = normalize(id)?;
    (license.id.eq_ignore_ascii_case(id) || license.family.eq_ignore_ascii_case(id))
        .then_some(license)
}

/// Reads one rights statement; `None` when it names no licence oerdex knows.
pub fn normalize(statement: &str) -> Option<License> {
    detect(statement).map(|(license, _)| license)
}

/// Reads all of a record's rights statements and returns the licence they state, if any.
///
/// Statements naming no licence (copyright lines, "Open Access") are skipped. When several name
/// one, the first found in a URL wins (a Creative Commons, SPDX or OSI link, or a statement that
/// is a URL): a link names version and port exactly, where "CC BY-SA" leaves them to defaults.
/// Without a URL the first statement naming a licence wins.
pub fn normalize_all<S: AsRef<str>>(statements: &[S]) -> Option<License> {
    let mut first = None;
    for statement in statements {
        match detect(statement.as_ref()) {
            Some((license, true)) => return Some(license),
            Some((license, false)) => {
                first.get_or_insert(license);
            }
            None => {}
        }
    }
    first
}

/// The licence a statement names, and whether it was given as a URL.
fn detect(statement: &str) -> Option<(License, bool)> {
    let text = statement.trim().to_lowercase();
    if let Some(license) = cc_url(&text).or_else(|| registry_url(&text)) {
        return Some((license, true));
    }
    let is_url = ["http://", "https://", "www."]
        .iter()
        .any(|p| text.starts_with(p));
    from_words(&tokenize(&text)).map(|license| (license, is_url))
}

fn license(id: impl Into<String>, family: &str, name: impl Into<String>, url: &str) -> License {
    // Every family passed here is a literal from this file; a test checks each one is known.
    let (key, [open, commercial, derivatives, share_alike], _) = *FAMILY_TABLE
        .iter()
        .find(|f| f.0 == family)
        .expect("family missing from FAMILY_TABLE");
    License {
        id: id.into(),
        family: key.to_string(),
        name: name.into(),
        url: Some(url.to_string()),
        open,
        commercial,
        derivatives,
        share_alike,
        inferred: false,
    }
}

/// Words that may precede a bare licence word ("SPDX-License-Identifier: MIT", "License: MIT").
const BARE_PREFIX: &[&str] = &[
    "spdx",
    "license",
    "licence",
    "lizenz",
    "identifier",
    "licensed",
    "under",
    "the",
];

fn bare_name(toks: &[Tok]) -> Option<License> {
    let [word] = &toks[skip(toks, 0, BARE_PREFIX)..] else {
        return None;
    };
    SOFTWARE
        .iter()
        .find(|s| s.bare.contains(&word.text.as_str()))
        .map(Software::license)
}

/// Reads a licence from the words of a statement, by the priorities in the module docs.
fn from_words(toks: &[Tok]) -> Option<License> {
    let first =
        |read: fn(&[Tok], usize) -> Option<License>| (0..toks.len()).find_map(|i| read(toks, i));
    first(cc_at)
        .or_else(|| first(software_at))
        .or_else(|| first(public_domain_at))
        .or_else(|| bare_name(toks))
}
