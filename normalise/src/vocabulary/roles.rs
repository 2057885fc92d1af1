//! LRMI's educational audience roles and interactivity types
//! (`http://purl.org/dcx/lrmi-vocabs/`), which AMB's `audience` and `interactivityType` take,
//! with LOM's `intendedEndUserRole` terms (`learner` is a student, `manager` an administrator;
//! LOM's `author` names no audience and stays as written).

use super::Term;

/// LRMI educational audience roles.
pub const AUDIENCE: &[Term] = &[
    Term {
        iri: "http://purl.org/dcx/lrmi-vocabs/educationalAudienceRole/administrator",
        en: "administrator",
        de: "Verwaltung",
        aliases: &["manager", "administrators"],
    },
    Term {
        iri: "http://purl.org/dcx/lrmi-vocabs/educationalAudienceRole/generalPublic",
        en: "general public",
        de: "Allgemeinheit",
        aliases: &["generalpublic", "public", "offentlichkeit"],
    },
    Term {
        iri: "http://purl.org/dcx/lrmi-vocabs/educationalAudienceRole/mentor",
        en: "mentor",
        de: "Mentor:in",
        aliases: &["mentors", "mentor"],
    },
    Term {
        iri: "http://purl.org/dcx/lrmi-vocabs/educationalAudienceRole/parent",
        en: "parent",
        de: "Eltern",
        aliases: &["parents"],
    },
    Term {
        iri: "http://purl.org/dcx/lrmi-vocabs/educationalAudienceRole/peerTutor",
        en: "peer tutor",
        de: "Tutor:in",
        aliases: &["peertutor", "tutor"],
    },
    Term {
        iri: "http://purl.org/dcx/lrmi-vocabs/educationalAudienceRole/professional",
        en: "professional",
        de: "Fachleute",
        aliases: &["professionals"],
    },
    Term {
        iri: "http://purl.org/dcx/lrmi-vocabs/educationalAudienceRole/student",
        en: "student",
        de: "Lernende",
        aliases: &[
            "learner",
            "learners",
            "students",
            "pupil",
            "schuler",
            "lernender",
        ],
    },
    Term {
        iri: "http://purl.org/dcx/lrmi-vocabs/educationalAudienceRole/teacher",
        en: "teacher",
        de: "Lehrende",
        aliases: &[
            "teachers",
            "educator",
            "instructor",
            "lehrer",
            "lehrkraft",
            "lehrkrafte",
        ],
    },
];

/// LRMI interactivity types.
pub const INTERACTIVITY: &[Term] = &[
    Term {
        iri: "http://purl.org/dcx/lrmi-vocabs/interactivityType/active",
        en: "active",
        de: "aktiv",
        aliases: &[],
    },
    Term {
        iri: "http://purl.org/dcx/lrmi-vocabs/interactivityType/expositive",
        en: "expositive",
        de: "expositiv",
        aliases: &[],
    },
    Term {
        iri: "http://purl.org/dcx/lrmi-vocabs/interactivityType/mixed",
        en: "mixed",
        de: "gemischt",
        aliases: &[],
    },
];
