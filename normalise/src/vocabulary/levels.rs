//! The KIM educational levels (`https://w3id.org/kim/educationalLevel/`, the values AMB's
//! `educationalLevel` takes), which follow ISCED 2011, with the LOM `context` terms and other
//! words that mean one of them. `secondary school` and `school` name no single level and stay as
//! written.

use super::Term;

/// Every level, in the vocabulary's order.
pub const TERMS: &[Term] = &[
    Term {
        iri: "https://w3id.org/kim/educationalLevel/level_0",
        en: "Early childhood education",
        de: "Elementarbereich",
        aliases: &[
            "elementarstufe",
            "fruhbereich",
            "fruhkindliche bildung",
            "isced 2011 level 0",
            "kindergarten",
            "preschool",
        ],
    },
    Term {
        iri: "https://w3id.org/kim/educationalLevel/level_1",
        en: "Primary education",
        de: "Primarbereich",
        aliases: &[
            "primarstufe",
            "grundschule",
            "primary",
            "primary school",
            "elementary school",
            "isced 2011 level 1",
        ],
    },
    Term {
        iri: "https://w3id.org/kim/educationalLevel/level_2",
        en: "Lower secondary education",
        de: "Sekundarbereich I",
        aliases: &["sekundarstufe i", "lower secondary", "isced 2011 level 2"],
    },
    Term {
        iri: "https://w3id.org/kim/educationalLevel/level_3",
        en: "Upper secondary education",
        de: "Sekundarbereich II",
        aliases: &["sekundarstufe ii", "upper secondary", "isced 2011 level 3"],
    },
    Term {
        iri: "https://w3id.org/kim/educationalLevel/level_4",
        en: "Post-secondary non-tertiary education",
        de: "Postsekundarer nicht-tertiärer Bereich",
        aliases: &[
            "berufliche bildung",
            "vocational education",
            "isced 2011 level 4",
        ],
    },
    Term {
        iri: "https://w3id.org/kim/educationalLevel/level_5",
        en: "Short-cycle tertiary education",
        de: "Kurzes tertiäres Bildungsprogramm",
        aliases: &["isced 2011 level 5"],
    },
    Term {
        iri: "https://w3id.org/kim/educationalLevel/level_678",
        en: "University",
        de: "Hochschule",
        aliases: &["higher education", "tertiary education", "universitat"],
    },
    Term {
        iri: "https://w3id.org/kim/educationalLevel/level_6",
        en: "Bachelor or equivalent",
        de: "Bachelor oder äquivalent",
        aliases: &["bachelor", "isced 2011 level 6"],
    },
    Term {
        iri: "https://w3id.org/kim/educationalLevel/level_7",
        en: "Master or equivalent",
        de: "Master oder äquivalent",
        aliases: &["master", "isced 2011 level 7"],
    },
    Term {
        iri: "https://w3id.org/kim/educationalLevel/level_8",
        en: "Doctoral or equivalent",
        de: "Promotion oder äquivalent",
        aliases: &["doctoral", "phd", "isced 2011 level 8"],
    },
    Term {
        iri: "https://w3id.org/kim/educationalLevel/level_9",
        en: "Preparatory service",
        de: "Vorbereitungsdienst",
        aliases: &["referendariat"],
    },
    Term {
        iri: "https://w3id.org/kim/educationalLevel/level_10",
        en: "Advanced training",
        de: "Fortbildung",
        aliases: &["further training", "weiterbildung"],
    },
];
