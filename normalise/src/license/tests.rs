//! Licence reading, statement by statement and on the real fixtures.

use super::*;

/// Expected `(id, family, [open, commercial, derivatives, share_alike])`, or no licence.
type Expected = Option<(&'static str, &'static str, Flags)>;

/// Rights statements as found in the real fixtures (`/work/shared/fixtures/real/<file>`).
#[rustfmt::skip]
const REAL: &[(&str, Expected)] = &[
    // oaipmh-scythe/list_records_5.xml, _8.xml, _9.xml (dc:rights), _4.xml (rightsURI)
    ("https://creativecommons.org/licenses/by/4.0/legalcode", Some(("CC-BY-4.0", "cc-by", FREE))),
    // oaipmh-scythe/list_records_8.xml
    ("https://creativecommons.org/licenses/by-nc/4.0/legalcode", Some(("CC-BY-NC-4.0", "cc-by-nc", NC))),
    ("Creative Commons Attribution Non Commercial 4.0 International", Some(("CC-BY-NC-4.0", "cc-by-nc", NC))),
    // oaipmh-scythe/list_records_4.xml, _5.xml, _9.xml
    ("Creative Commons Attribution 4.0 International", Some(("CC-BY-4.0", "cc-by", FREE))),
    // oaipmh-scythe/list_records_4.xml (DataCite rights text, rightsIdentifier, rightsURI)
    ("Creative Commons Zero v1.0 Universal", Some(("CC0-1.0", "cc0", FREE))),
    ("Creative Commons Attribution 1.0 Generic", Some(("CC-BY-1.0", "cc-by", FREE))),
    ("cc-by-4.0", Some(("CC-BY-4.0", "cc-by", FREE))),
    ("cc0-1.0", Some(("CC0-1.0", "cc0", FREE))),
    ("cc-by-1.0", Some(("CC-BY-1.0", "cc-by", FREE))),
    ("https://creativecommons.org/licenses/by/1.0/legalcode", Some(("CC-BY-1.0", "cc-by", FREE))),
    // oaipmh-scythe/list_records_4.xml; hs-oer-lom-profil/full-example-a.xml (LOM rights)
    ("https://creativecommons.org/publicdomain/zero/1.0/legalcode", Some(("CC0-1.0", "cc0", FREE))),
    // oaipmh-scythe/get_record_1.xml, get_record_2.xml
    ("apache-2.0", Some(("Apache-2.0", "apache", FREE))),
    ("Apache License 2.0", Some(("Apache-2.0", "apache", FREE))),
    ("http://www.apache.org/licenses/LICENSE-2.0", Some(("Apache-2.0", "apache", FREE))),
    // inroa/metadata/lom1.xml, oai_lom.xml, cesta_complete.xml (LOM rights description; the
    // stray "i" is in the data)
    ("ihttp://creativecommons.org/licenses/by-sa/3.0/br/", Some(("CC-BY-SA-3.0-BR", "cc-by-sa", SA))),
    // inroa/metadata/cesta_complete.xml (rights description, cost and copyright values)
    ("http://creativecommons.org/licenses/by-nc-nd/3.0/br/", Some(("CC-BY-NC-ND-3.0-BR", "cc-by-nc-nd", NC_ND))),
    ("http://creativecommons.org/licenses/by-nc/3.0/br/", Some(("CC-BY-NC-3.0-BR", "cc-by-nc", NC))),
    ("Nao", None),
    ("Sim", None),
    // amb/valid/highered-course.json, highered-course-part.json, highered-figure.json
    ("https://creativecommons.org/licenses/by-sa/4.0/", Some(("CC-BY-SA-4.0", "cc-by-sa", SA))),
    // amb/valid/highered-figure.json
    ("https://creativecommons.org/licenses/by-sa/3.0/", Some(("CC-BY-SA-3.0", "cc-by-sa", SA))),
    // amb/valid/mainEntityOf.json, tutoryExample.json, oerInMultipleLanguages.json,
    // isBasedOn.json; amb/invalid/license-as-string.json
    ("https://creativecommons.org/publicdomain/zero/1.0/", Some(("CC0-1.0", "cc0", FREE))),
    // amb/valid/isBasedOn.json
    ("https://creativecommons.org/licenses/by/4.0/", Some(("CC-BY-4.0", "cc-by", FREE))),
    // hs-oer-lom-profil/full-example-b.xml (langstring x-t-cc-url, with its whitespace)
    ("\n\t\t\t\t\thttps://creativecommons.org/licenses/by-sa/4.0\n\t\t\t\t", Some(("CC-BY-SA-4.0", "cc-by-sa", SA))),
    // phpoaipmh/NamespacedSample.xml
    ("public domain", Some(("CC-PDM-1.0", "pdm", FREE))),
    ("domaine public", Some(("CC-PDM-1.0", "pdm", FREE))),
    // inroa/metadata/lume_erro_null_documento.xml; oaipmh-scythe/*.xml; pyoai/fake*/*.xml
    ("Open Access", None),
    ("info:eu-repo/semantics/openAccess", None),
    // learningregistry/sample-GetRecord-list.xml (dc:rights, dct:accessRights)
    ("Copyright 1999-2010 Elizabeth Stapel", None),
    ("http://www.purplemath.com/terms.htm", None),
    ("Free access", None),
    // lrmi/LRexample01.jsonld (useRightsUrl)
    ("http://www.si.edu/termsofuse/", None),
    // pyoai/fake1/00000.xml (shortened)
    ("Copyright 2001, G. de  Jong, B. Nooteboom, This report in the ERIM Report Series", None),
];

/// Synthetic statements for every form the module promises to read.
#[rustfmt::skip]
const SYNTHETIC: &[(&str, Expected)] = &[
    // Creative Commons URLs
    ("http://creativecommons.org/licenses/by/4.0", Some(("CC-BY-4.0", "cc-by", FREE))),
    ("http://www.creativecommons.org/licenses/by-nc-sa/4.0/deed.de", Some(("CC-BY-NC-SA-4.0", "cc-by-nc-sa", NC_SA))),
    ("https://creativecommons.org/licenses/by-sa/3.0/de/deed.de", Some(("CC-BY-SA-3.0-DE", "cc-by-sa", SA))),
    ("https://creativecommons.org/licenses/by-sa/4.0/legalcode.de", Some(("CC-BY-SA-4.0", "cc-by-sa", SA))),
    ("https://creativecommons.org/licenses/by/4.0/deed.en_US", Some(("CC-BY-4.0", "cc-by", FREE))),
    ("HTTPS://CreativeCommons.org/Licenses/BY-ND/4.0/", Some(("CC-BY-ND-4.0", "cc-by-nd", ND))),
    ("http://creativecommons.org/licenses/by-nc-sa/2.0/uk/", Some(("CC-BY-NC-SA-2.0-UK", "cc-by-nc-sa", NC_SA))),
    ("http://creativecommons.org/licenses/by/2.5/", Some(("CC-BY-2.5", "cc-by", FREE))),
    ("http://creativecommons.org/licenses/by-sa/2.1/jp/", Some(("CC-BY-SA-2.1-JP", "cc-by-sa", SA))),
    ("http://creativecommons.org/licenses/by-nd/2.0/", Some(("CC-BY-ND-2.0", "cc-by-nd", ND))),
    ("https://creativecommons.org/licenses/by-nd-nc/1.0/", Some(("CC-BY-NC-ND-1.0", "cc-by-nc-nd", NC_ND))),
    ("https://creativecommons.org/licenses/by/3.0/igo/", Some(("CC-BY-3.0-IGO", "cc-by", FREE))),
    ("https://creativecommons.org/licenses/by/3.0/xx/", Some(("CC-BY-3.0-XX", "cc-by", FREE))),
    ("https://creativecommons.org/licenses/by-sa/", Some(("CC-BY-SA", "cc-by-sa", SA))),
    ("This work is licensed under http://creativecommons.org/licenses/by/4.0/ .", Some(("CC-BY-4.0", "cc-by", FREE))),
    ("<a rel=\"license\" href=\"http://creativecommons.org/licenses/by-sa/4.0/\"><img alt=\"Creative Commons License\" src=\"https://i.creativecommons.org/l/by-sa/4.0/88x31.png\" /></a>", Some(("CC-BY-SA-4.0", "cc-by-sa", SA))),
    ("https://licensebuttons.net/l/by-nc/4.0/88x31.png", Some(("CC-BY-NC-4.0", "cc-by-nc", NC))),
    ("http://creativecommons.org/publicdomain/mark/1.0/", Some(("CC-PDM-1.0", "pdm", FREE))),
    ("https://creativecommons.org/licenses/publicdomain/", Some(("CC-PDDC", "pdm", FREE))),
    ("https://creativecommons.org/licenses/by/9.0/", None),
    ("https://creativecommons.org/licenses/sa/1.0/", None),
    ("https://creativecommons.org/about/", None),
    // SPDX ids and registry pages
    ("CC-BY-SA-3.0", Some(("CC-BY-SA-3.0", "cc-by-sa", SA))),
    ("CC-BY-NC-ND-3.0-DE", Some(("CC-BY-NC-ND-3.0-DE", "cc-by-nc-nd", NC_ND))),
    ("CC0-1.0", Some(("CC0-1.0", "cc0", FREE))),
    ("CC-PDM-1.0", Some(("CC-PDM-1.0", "pdm", FREE))),
    ("MIT", Some(("MIT", "mit", FREE))),
    ("Apache-2.0", Some(("Apache-2.0", "apache", FREE))),
    ("GPL-3.0-or-later", Some(("GPL-3.0-or-later", "gpl", SA))),
    ("gpl-2.0-only", Some(("GPL-2.0-only", "gpl", SA))),
    ("GPL-2.0+", Some(("GPL-2.0-or-later", "gpl", SA))),
    ("LGPL-2.1-or-later", Some(("LGPL-2.1-or-later", "lgpl", SA))),
    ("AGPL-3.0-only", Some(("AGPL-3.0-only", "agpl", SA))),
    ("GFDL-1.3-or-later", Some(("GFDL-1.3-or-later", "gfdl", SA))),
    ("MPL-2.0", Some(("MPL-2.0", "mpl", SA))),
    ("BSD-3-Clause", Some(("BSD-3-Clause", "bsd", FREE))),
    ("BSD-2-Clause", Some(("BSD-2-Clause", "bsd", FREE))),
    ("SPDX-License-Identifier: MIT", Some(("MIT", "mit", FREE))),
    ("https://opensource.org/licenses/MIT", Some(("MIT", "mit", FREE))),
    ("https://spdx.org/licenses/CC-BY-SA-4.0.html", Some(("CC-BY-SA-4.0", "cc-by-sa", SA))),
    // Short forms
    ("CC BY-NC-SA 4.0", Some(("CC-BY-NC-SA-4.0", "cc-by-nc-sa", NC_SA))),
    ("CC-BY-SA 4.0", Some(("CC-BY-SA-4.0", "cc-by-sa", SA))),
    ("cc-by", Some(("CC-BY", "cc-by", FREE))),
    ("CC BY", Some(("CC-BY", "cc-by", FREE))),
    ("cc by sa", Some(("CC-BY-SA", "cc-by-sa", SA))),
    ("CC BY-ND 4", Some(("CC-BY-ND-4.0", "cc-by-nd", ND))),
    ("CC-0", Some(("CC0-1.0", "cc0", FREE))),
    ("CC0", Some(("CC0-1.0", "cc0", FREE))),
    ("CC BY-SA 3.0 DE", Some(("CC-BY-SA-3.0-DE", "cc-by-sa", SA))),
    ("CC BY 3.0 AT", Some(("CC-BY-3.0-AT", "cc-by", FREE))),
    ("CC BY 3.0 at the museum", Some(("CC-BY-3.0", "cc-by", FREE))),
    ("CC BY 4.0 DE", Some(("CC-BY-4.0", "cc-by", FREE))),
    ("BY-SA", None),
    ("CC BY 5.0", None),
    ("CC BY-ND-SA", None),
    ("Creative Commons", None),
    // edu-sharing / LOM vocabulary values
    ("CC_BY_SA 4.0", Some(("CC-BY-SA-4.0", "cc-by-sa", SA))),
    ("CC_BY", Some(("CC-BY", "cc-by", FREE))),
    ("CC_BY_NC_ND", Some(("CC-BY-NC-ND", "cc-by-nc-nd", NC_ND))),
    ("CC_0", Some(("CC0-1.0", "cc0", FREE))),
    ("PDM", Some(("CC-PDM-1.0", "pdm", FREE))),
    ("COPYRIGHT_FREE", None),
    // Names, in English and other languages
    ("Creative Commons Attribution-ShareAlike 4.0 International License", Some(("CC-BY-SA-4.0", "cc-by-sa", SA))),
    ("Creative Commons Attribution 3.0 Unported", Some(("CC-BY-3.0", "cc-by", FREE))),
    ("Creative Commons Attribution-ShareAlike 3.0 Germany", Some(("CC-BY-SA-3.0-DE", "cc-by-sa", SA))),
    ("Creative Commons Attribution-NoDerivs 2.0 England and Wales", Some(("CC-BY-ND-2.0-UK", "cc-by-nd", ND))),
    ("Attribution-NonCommercial-NoDerivatives 4.0", Some(("CC-BY-NC-ND-4.0", "cc-by-nc-nd", NC_ND))),
    ("Creative Commons Attribution License, version 4.0", Some(("CC-BY-4.0", "cc-by", FREE))),
    ("Creative Commons Zero", Some(("CC0-1.0", "cc0", FREE))),
    ("Creative Commons CC0 1.0 Universal Public Domain Dedication", Some(("CC0-1.0", "cc0", FREE))),
    ("Creative Commons Public Domain Mark 1.0", Some(("CC-PDM-1.0", "pdm", FREE))),
    ("Public Domain", Some(("CC-PDM-1.0", "pdm", FREE))),
    ("Gemeinfrei", Some(("CC-PDM-1.0", "pdm", FREE))),
    ("Creative Commons Namensnennung - Weitergabe unter gleichen Bedingungen 4.0 International", Some(("CC-BY-SA-4.0", "cc-by-sa", SA))),
    ("Namensnennung - Nicht kommerziell 3.0 Deutschland (CC BY-NC 3.0 DE)", Some(("CC-BY-NC-3.0-DE", "cc-by-nc", NC))),
    ("Creative Commons Attribution - Pas d'Utilisation Commerciale - Partage dans les Mêmes Conditions 4.0 International", Some(("CC-BY-NC-SA-4.0", "cc-by-nc-sa", NC_SA))),
    ("Reconocimiento-NoComercial-CompartirIgual 4.0 Internacional", Some(("CC-BY-NC-SA-4.0", "cc-by-nc-sa", NC_SA))),
    ("Licença Creative Commons Atribuição-NãoComercial-CompartilhaIgual 4.0 Internacional", Some(("CC-BY-NC-SA-4.0", "cc-by-nc-sa", NC_SA))),
    ("Attribution", None),
    ("Attribution by the author is required", None),
    // Software and documentation licence names
    ("MIT License", Some(("MIT", "mit", FREE))),
    ("The MIT License (MIT)", Some(("MIT", "mit", FREE))),
    ("GNU General Public License v3.0 or later", Some(("GPL-3.0-or-later", "gpl", SA))),
    ("GNU General Public License (GPL) version 2", Some(("GPL-2.0-only", "gpl", SA))),
    ("GPLv2", Some(("GPL-2.0-only", "gpl", SA))),
    ("GNU GPL", Some(("GPL-3.0-or-later", "gpl", SA))),
    ("GNU Lesser General Public License v2.1", Some(("LGPL-2.1-only", "lgpl", SA))),
    ("GNU Free Documentation License, Version 1.2", Some(("GFDL-1.2-only", "gfdl", SA))),
    ("https://www.gnu.org/licenses/gpl-3.0.html", Some(("GPL-3.0-only", "gpl", SA))),
    ("https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html", Some(("LGPL-2.1-only", "lgpl", SA))),
    ("GPL 4.0", None),
    ("Mozilla Public License 2.0", Some(("MPL-2.0", "mpl", SA))),
    ("https://www.mozilla.org/en-US/MPL/2.0/", Some(("MPL-2.0", "mpl", SA))),
    ("Apache 2", Some(("Apache-2.0", "apache", FREE))),
    // A licence inside a longer statement
    ("Copyright (c) 2012 Foo. Licensed under CC BY-SA 4.0.", Some(("CC-BY-SA-4.0", "cc-by-sa", SA))),
    ("© 2021 Beispiel-Schule, lizenziert unter CC BY 4.0", Some(("CC-BY-4.0", "cc-by", FREE))),
    // Not licences
    ("", None),
    ("   ", None),
    ("All rights reserved", None),
    ("Alle Rechte vorbehalten", None),
    ("© 2020 Max Mustermann", None),
    ("Copyright (c) 2012 Foo", None),
    ("mit freundlicher Genehmigung des Verlags", None),
    ("Copyright MIT Press", None),
    ("This image is not in the public domain", None),
];

fn check(cases: &[(&str, Expected)]) {
    for (input, expected) in cases {
        let got = normalize(input).map(|l| {
            assert!(!l.inferred, "{input:?}: normalize must not set inferred");
            (
                l.id,
                l.family,
                [l.open, l.commercial, l.derivatives, l.share_alike],
            )
        });
        let expected =
            expected.map(|(id, family, flags)| (id.to_string(), family.to_string(), flags));
        assert_eq!(got, expected, "normalize({input:?})");
    }
}

#[test]
fn free_cultural_works_are_a_stricter_kind_of_open() {
    for (text, open, free) in [
        ("CC0 1.0", true, true),
        ("Public Domain Mark 1.0", true, true),
        ("CC BY 4.0", true, true),
        ("CC BY-SA 3.0", true, true),
        ("MIT", true, true),
        ("GPL-3.0", true, true),
        ("CC BY-NC 4.0", true, false),
        ("CC BY-NC-SA 4.0", true, false),
        ("CC BY-ND 4.0", false, false),
        ("CC BY-NC-ND 4.0", false, false),
    ] {
        let l = normalize(text).unwrap_or_else(|| panic!("{text}"));
        assert_eq!((l.open, l.is_free()), (open, free), "{text}");
    }
}

#[test]
fn reads_real_fixture_statements() {
    check(REAL);
}

#[test]
fn reads_every_promised_form() {
    check(SYNTHETIC);
}

#[test]
#[rustfmt::skip]
fn names_and_urls_are_canonical() {
    let cases = [
        ("http://creativecommons.org/licenses/by-sa/3.0/de/deed.de", "Creative Commons Attribution-ShareAlike 3.0 Germany", "https://creativecommons.org/licenses/by-sa/3.0/de/"),
        ("cc by-nc-nd 4.0", "Creative Commons Attribution-NonCommercial-NoDerivatives 4.0 International", "https://creativecommons.org/licenses/by-nc-nd/4.0/"),
        ("CC BY-ND 3.0", "Creative Commons Attribution-NoDerivs 3.0 Unported", "https://creativecommons.org/licenses/by-nd/3.0/"),
        ("CC BY 2.0", "Creative Commons Attribution 2.0 Generic", "https://creativecommons.org/licenses/by/2.0/"),
        ("CC-BY-NC-SA-2.0-UK", "Creative Commons Attribution-NonCommercial-ShareAlike 2.0 England and Wales", "https://creativecommons.org/licenses/by-nc-sa/2.0/uk/"),
        ("https://creativecommons.org/licenses/by/3.0/xx/", "Creative Commons Attribution 3.0 XX", "https://creativecommons.org/licenses/by/3.0/xx/"),
        ("CC0", "CC0 1.0 Universal", "https://creativecommons.org/publicdomain/zero/1.0/"),
        ("Public domain", "Public Domain Mark 1.0", "https://creativecommons.org/publicdomain/mark/1.0/"),
        ("MIT", "MIT License", "https://opensource.org/licenses/MIT"),
        ("Apache-2.0", "Apache License 2.0", "https://www.apache.org/licenses/LICENSE-2.0"),
        ("GPL-3.0-or-later", "GNU General Public License v3.0 or later", "https://www.gnu.org/licenses/gpl-3.0.html"),
        ("LGPL-2.0-only", "GNU Library General Public License v2.0 only", "https://www.gnu.org/licenses/old-licenses/lgpl-2.0.html"),
        ("GFDL-1.2", "GNU Free Documentation License v1.2 only", "https://www.gnu.org/licenses/old-licenses/fdl-1.2.html"),
    ];
    for (input, name, url) in cases {
        let license = normalize(input).unwrap_or_else(|| panic!("normalize({input:?})"));
        assert_eq!((license.name.as_str(), license.url.as_deref()), (name, Some(url)), "{input:?}");
    }
}

#[test]
fn normalize_all_prefers_a_url_then_the_first_licence() {
    let id = |statements: &[&str]| normalize_all(statements).map(|l| l.id);
    // oaipmh-scythe/get_record_2.xml: a name and a URL for the same licence.
    let apache = [
        "Apache License 2.0",
        "http://www.apache.org/licenses/LICENSE-2.0",
    ];
    assert_eq!(id(&apache).as_deref(), Some("Apache-2.0"));
    // phpoaipmh/NamespacedSample.xml: the same statement in two languages.
    assert_eq!(
        id(&["domaine public", "public domain"]).as_deref(),
        Some("CC-PDM-1.0")
    );
    let copyright_and_url = [
        "Copyright 2012 Foo",
        "http://creativecommons.org/licenses/by/3.0/de/",
    ];
    assert_eq!(id(&copyright_and_url).as_deref(), Some("CC-BY-3.0-DE"));
    let text_and_url = [
        "CC BY-SA",
        "https://creativecommons.org/licenses/by-sa/3.0/",
    ];
    assert_eq!(id(&text_and_url).as_deref(), Some("CC-BY-SA-3.0"));
    let gnu = ["GPL-2.0-only", "https://www.gnu.org/licenses/gpl-3.0.html"];
    assert_eq!(id(&gnu).as_deref(), Some("GPL-3.0-only"));
    assert_eq!(id(&["CC BY 4.0", "MIT"]).as_deref(), Some("CC-BY-4.0"));
    assert_eq!(id(&["Open Access", "All rights reserved"]), None);
    assert_eq!(id(&[]), None);
    let owned = vec![String::from("©"), String::from("CC BY-NC 4.0")];
    let license = normalize_all(&owned).expect("a licence");
    assert_eq!(
        (license.id.as_str(), license.inferred),
        ("CC-BY-NC-4.0", false)
    );
}

#[test]
fn families_are_listed_once_in_table_order() {
    let keys: Vec<&str> = FAMILY_TABLE.iter().map(|f| f.0).collect();
    assert_eq!(keys, FAMILIES);
    for family in FAMILIES {
        assert_ne!(family_label(family), "Other licence", "{family}");
        let license = by_id(family).unwrap_or_else(|| panic!("by_id({family:?})"));
        assert_eq!(license.family, *family);
    }
    assert_eq!(
        family_label("cc-by"),
        "CC BY: share and adapt, credit the author"
    );
    assert_eq!(family_label("wtfpl"), "Other licence");
}

#[test]
fn by_id_finds_every_canonical_id_and_only_those() {
    for (_, expected) in REAL.iter().chain(SYNTHETIC) {
        let Some((id, ..)) = expected else { continue };
        if *id == "CC-BY-3.0-XX" {
            continue; // an unknown port code is not read back from free text
        }
        assert_eq!(
            by_id(id).map(|l| l.id).as_deref(),
            Some(*id),
            "by_id({id:?})"
        );
        assert_eq!(
            by_id(&id.to_lowercase()).map(|l| l.id).as_deref(),
            Some(*id)
        );
    }
    assert_eq!(by_id("cc-by-sa").map(|l| l.id).as_deref(), Some("CC-BY-SA"));
    let unversioned = by_id("CC-BY-NC-ND").unwrap();
    assert!(unversioned.version_unknown());
    assert_eq!(
        unversioned.name,
        "Creative Commons Attribution-NonCommercial-NoDerivatives (version not stated)"
    );
    assert_eq!(
        unversioned.url.as_deref(),
        Some("https://creativecommons.org/licenses/by-nc-nd/")
    );
    assert!(!by_id("CC-BY-NC-ND-4.0").unwrap().version_unknown());
    assert_eq!(
        by_id("gpl").map(|l| l.id).as_deref(),
        Some("GPL-3.0-or-later")
    );
    assert_eq!(
        by_id("PDM-1.0").map(|l| l.id).as_deref(),
        Some("CC-PDM-1.0")
    );
    assert_eq!(
        by_id("Creative Commons Attribution 4.0 International"),
        None
    );
    assert_eq!(by_id("unknown"), None);
}

#[test]
fn table_phrases_are_in_token_form() {
    let phrases = CC_PREFIXES
        .iter()
        .chain(ELEMENTS.iter().flat_map(|(_, names)| names.iter()))
        .chain(CC_TOOLS.iter().map(|(p, _)| p))
        .chain(LICENCE_WORDS)
        .chain(OR_LATER)
        .chain(GNU_ABBREVIATIONS)
        .chain(PUBLIC_DOMAIN)
        .chain(NEGATIONS)
        .chain(BARE_PREFIX)
        .chain(PORT_NAMES.iter().map(|(p, _)| p))
        .chain(GNU.iter().flat_map(|g| g.names))
        .chain(SOFTWARE.iter().flat_map(|s| s.names.iter().chain(s.bare)));
    for phrase in phrases {
        let words: Vec<String> = tokenize(phrase).into_iter().map(|t| t.text).collect();
        assert_eq!(
            words.join(" "),
            *phrase,
            "phrase {phrase:?} would never match"
        );
    }
}

#[test]
fn tokenizer_splits_and_joins() {
    let toks = tokenize("CC_BY-SA 3.0-DE, GPLv3+ cc0 v1.0.");
    let words: Vec<(&str, bool)> = toks.iter().map(|t| (t.text.as_str(), t.joined)).collect();
    let expected = [
        ("cc", false),
        ("by", true),
        ("sa", true),
        ("3.0", false),
        ("de", true),
        ("gplv", false),
        ("3", true),
        ("+", true),
        ("cc", false),
        ("0", true),
        ("1.0", true),
    ];
    assert_eq!(words, expected);
}

#[test]
fn license_round_trips_through_json() {
    let license = normalize("CC BY-SA 3.0 DE").expect("a licence");
    let json = serde_json::to_string(&license).expect("serialises");
    assert_eq!(
        serde_json::from_str::<License>(&json).expect("deserialises"),
        license
    );
}
