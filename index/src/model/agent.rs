//! People and organisations: who made, contributed to or published a resource.
//!
//! Records say it in many ways. The structure tells best (a vCard with `ORG` and no `N`, a
//! DataCite `nameType="Organizational"`, an LRMI `@type`), and the crosswalks use it where it is
//! there. Where only a name is given, [`AgentKind::guess`] looks for the words organisations
//! carry in their names (University, Universität, Universidade, Institut, Ministry, Foundation,
//! GmbH, e.V. ...), so that JSON-LD types them `Organization` and not `Person`.

use std::borrow::Borrow;
use std::fmt;

use serde::{Deserialize, Serialize};

/// Whether an agent is a person or an organisation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "lowercase")]
pub enum AgentKind {
    /// A person (the default where nothing says otherwise).
    #[default]
    Person,
    /// A university, publisher, ministry, project, company...
    Organization,
}

/// Words (lower case, accents kept) that mark a name as an organisation's when they are one of
/// its words.
const ORGANIZATION_WORDS: &[&str] = &[
    // English
    "university",
    "college",
    "institute",
    "institution",
    "school",
    "academy",
    "ministry",
    "department",
    "foundation",
    "association",
    "society",
    "council",
    "agency",
    "office",
    "center",
    "centre",
    "library",
    "museum",
    "press",
    "publishing",
    "publishers",
    "inc",
    "ltd",
    "llc",
    "corporation",
    "company",
    "consortium",
    "network",
    "project",
    "team",
    "committee",
    "organization",
    "organisation",
    "government",
    "group",
    "laboratory",
    "unesco",
    "commission",
    "education",
    "learning",
    "media",
    "services",
    "systems",
    "lab",
    "labs",
    "oer",
    // German
    "universität",
    "hochschule",
    "fachhochschule",
    "institut",
    "ministerium",
    "stiftung",
    "verein",
    "verband",
    "gesellschaft",
    "bibliothek",
    "schule",
    "akademie",
    "zentrum",
    "amt",
    "landesinstitut",
    "gmbh",
    "ag",
    "e.v.",
    "verlag",
    "bundesministerium",
    "projekt",
    // French
    "université",
    "école",
    "ministère",
    "fondation",
    "bibliothèque",
    "académie",
    "centre",
    "institut",
    "laboratoire",
    "réseau",
    "éditions",
    "cnrs",
    // Spanish, Portuguese, Italian
    "universidad",
    "universidade",
    "università",
    "instituto",
    "istituto",
    "ministerio",
    "ministério",
    "fundación",
    "fundação",
    "fondazione",
    "asociación",
    "associação",
    "biblioteca",
    "escuela",
    "escola",
    "colegio",
    "centro",
    "editora",
    "editorial",
    "secretaria",
    "secretaría",
    "faculdade",
    "facultad",
    "núcleo",
    "laboratório",
    "programa",
    "rede",
    "ltda",
    "s.a.",
    // Dutch, Scandinavian
    "universiteit",
    "hogeschool",
    "stichting",
    "universitet",
    "högskola",
    "høgskole",
];

impl AgentKind {
    /// A guess from a name alone: `Organization` when one of its words is one organisations
    /// carry (or it is written in capitals and is an acronym-like single word of at most six
    /// letters, such as `UNESCO` or `CAPES`), else `Person`.
    pub fn guess(name: &str) -> AgentKind {
        let lower = name.to_lowercase();
        let is_organisation_word = |word: &str| {
            let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
            ORGANIZATION_WORDS.contains(&word)
                || ORGANIZATION_WORDS.contains(&word.trim_end_matches('.'))
        };
        let registered_association = lower.contains("e. v.");
        if registered_association
            || lower
                .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '-' | '/'))
                .any(is_organisation_word)
        {
            return AgentKind::Organization;
        }
        let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
        let acronym = !name.contains([' ', ',', '.'])
            && (2..=6).contains(&letters.len())
            && letters.iter().all(|c| c.is_uppercase());
        if acronym {
            AgentKind::Organization
        } else {
            AgentKind::Person
        }
    }
}

/// A person or organisation, by name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(from = "AgentForm")]
pub struct Agent {
    /// The name as the record writes it (white space collapsed).
    pub name: String,
    /// Person or organisation.
    #[serde(rename = "type")]
    pub kind: AgentKind,
}

/// What stored JSON may hold for an agent: the object this version writes, or a bare name as
/// catalogues written before agents had a kind hold.
#[derive(Deserialize)]
#[serde(untagged)]
enum AgentForm {
    Object {
        name: String,
        #[serde(rename = "type", default)]
        kind: Option<AgentKind>,
    },
    Name(String),
}

impl From<AgentForm> for Agent {
    fn from(form: AgentForm) -> Self {
        match form {
            AgentForm::Object { name, kind } => Agent {
                kind: kind.unwrap_or_else(|| AgentKind::guess(&name)),
                name,
            },
            AgentForm::Name(name) => Agent::named(&name),
        }
    }
}

impl Agent {
    /// An agent known only by name; its kind is guessed from the name.
    pub fn named(name: &str) -> Agent {
        Agent {
            kind: AgentKind::guess(name),
            name: name.to_string(),
        }
    }

    /// A publisher known only by name: an organisation unless the name reads as a person's
    /// (organisation words decide first; `Family, Given` is a person).
    pub fn publisher(name: &str) -> Agent {
        let kind = match AgentKind::guess(name) {
            AgentKind::Person if name.contains(',') => AgentKind::Person,
            _ => AgentKind::Organization,
        };
        Agent {
            name: name.to_string(),
            kind,
        }
    }

    /// An agent whose kind the record states.
    pub fn of_kind(name: &str, kind: AgentKind) -> Agent {
        Agent {
            name: name.to_string(),
            kind,
        }
    }

    /// True for an organisation.
    pub fn is_organization(&self) -> bool {
        self.kind == AgentKind::Organization
    }
}

impl fmt::Display for Agent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)
    }
}

/// An agent known only by name (see [`Agent::named`]).
impl From<&str> for Agent {
    fn from(name: &str) -> Self {
        Agent::named(name)
    }
}

impl AsRef<str> for Agent {
    fn as_ref(&self) -> &str {
        &self.name
    }
}

/// Lets a list of agents be joined like a list of names (`creators.join(", ")`).
impl Borrow<str> for Agent {
    fn borrow(&self) -> &str {
        &self.name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn organisations_are_told_from_people_by_their_names() {
        for name in [
            "UNIVERSIDADE FEDERAL DA PARAIBA",
            "Fundação Oswaldo Cruz",
            "Universität Tübingen",
            "Open School Network",
            "Ministerio de Educación",
            "ZUM e.V.",
            "Serlo Education e. V.",
            "UNESCO",
            "CAPES",
            "Institut für Lehrerbildung",
            "Acme Learning GmbH",
            "Example University OER",
        ] {
            assert_eq!(AgentKind::guess(name), AgentKind::Organization, "{name}");
        }
        for name in [
            "Beatriz Souza",
            "MACHADO, CHARLITON JOSE DOS SANTOS",
            "Araujo Neto, Afonso Comba de",
            "Jean Dupont",
            "Amina Njoroge",
            "某人",
            "Ada",
            "Max Mustermann",
            "Schoolcraft, Henry",
        ] {
            assert_eq!(AgentKind::guess(name), AgentKind::Person, "{name}");
        }
    }

    #[test]
    fn reads_old_bare_names_and_new_objects() {
        let old: Vec<Agent> = serde_json::from_str(r#"["Ada Lovelace", "CAPES"]"#).unwrap();
        assert_eq!(old[0], Agent::of_kind("Ada Lovelace", AgentKind::Person));
        assert_eq!(old[1], Agent::of_kind("CAPES", AgentKind::Organization));
        let new = serde_json::to_string(&Agent::of_kind("Ada", AgentKind::Person)).unwrap();
        assert_eq!(new, r#"{"name":"Ada","type":"person"}"#);
        let back: Agent = serde_json::from_str(&new).unwrap();
        assert_eq!(back.name, "Ada");
        let names = [Agent::named("Ada"), Agent::named("Grace")].join(", ");
        assert_eq!(names, "Ada, Grace");
    }
}
