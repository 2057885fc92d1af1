//! The public-domain tools (CC0, the Public Domain Mark, the retired Public Domain Dedication
//! and Certification) and public-domain wording in several languages.

use super::*;

pub(super) fn cc0() -> License {
    let url = "https://creativecommons.org/publicdomain/zero/1.0/";
    license("CC0-1.0", "cc0", "CC0 1.0 Universal", url)
}

pub(super) fn pdm() -> License {
    let url = "https://creativecommons.org/publicdomain/mark/1.0/";
    license("CC-PDM-1.0", "pdm", "Public Domain Mark 1.0", url)
}

/// The retired Public Domain Dedication and Certification, which certifies public-domain status
/// much as the mark does.
pub(super) fn pddc() -> License {
    let name = "Creative Commons Public Domain Dedication and Certification";
    license(
        "CC-PDDC",
        "pdm",
        name,
        "https://creativecommons.org/licenses/publicdomain/",
    )
}

/// Public-domain wording, read as the Public Domain Mark.
#[rustfmt::skip]
pub(super) const PUBLIC_DOMAIN: &[&str] = &[
    "public domain", "public domain mark", "pdm", "domaine public", "dominio público",
    "dominio publico", "domínio público", "dominio pubblico", "publiek domein", "gemeinfrei",
    "gemeinfreiheit",
];

/// Words that negate public-domain wording a few words later ("not in the public domain").
pub(super) const NEGATIONS: &[&str] = &["not", "nicht", "no", "non", "pas", "kein", "keine"];

pub(super) fn public_domain_at(toks: &[Tok], i: usize) -> Option<License> {
    longest(toks, i, PUBLIC_DOMAIN.iter().map(|&p| (p, ())))?;
    let before = &toks[i.saturating_sub(3)..i];
    let negated = before.iter().any(|t| NEGATIONS.contains(&t.text.as_str()));
    (!negated).then(pdm)
}
