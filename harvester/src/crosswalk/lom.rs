//! IEEE LOM (and its profiles: ScoLOMfr, OBAA, hs-oer-lom-profil, LOM-ES...).
//!
//! Real LOM is loose, so elements are matched by local name, ignoring namespace and ASCII case:
//! some children are unprefixed and sit in the OAI-PMH namespace, the old binding writes
//! `<langstring xml:lang>`, `<centity><vcard>` and lower-case names (`lifecycle`, `taxonpath`).
//! A value can be the 1484.12.3 form (`<string language>`, `<source>`/`<value>` vocabularies), the
//! old form (`langstring`) or flat text; the first non-empty string fills a single-valued field,
//! every string goes into a list.
//!
//! | LOM | field |
//! |---|---|
//! | `general/title`, `general/description` | `title`, `description` (HTML stripped); strings in further languages `alternative_titles`, `alternative_descriptions` |
//! | `general/keyword` | `keywords` |
//! | `general/language` | `languages` |
//! | `general/identifier/entry` | `doi`, `url` (when no `technical/location`; else one made from a DOI or handle), `identifiers` |
//! | `lifeCycle/contribute` author | `creators` (vCard `FN`, or plain names; person or organisation from the vCard's `KIND` or `ORG`, else the name) |
//! | `lifeCycle/contribute` publisher | `publisher`; its date is the issue date |
//! | `lifeCycle/contribute` other roles | `contributors`; their dates are candidates for `date_published` (see [`super::dates`]) |
//! | `technical/location` | `url` |
//! | `technical/format` | `formats` |
//! | `educational/learningResourceType`, `context`, `intendedEndUserRole` | `learning_resource_types`, `educational_levels`, `audience` |
//! | `educational/typicalAgeRange`, `interactivityType`, `typicalLearningTime` | `typical_age_range`, `interactivity_type`, `time_required` |
//! | `rights/description` (and a `copyrightAndOtherRestrictions` that is not yes/no) | `rights` |
//! | `classification` taxon entries and keywords | `subjects`, or `educational_levels` when the purpose is an educational level |
//! | a profile's `accessibility` element | `accessibility` (see [`super::accessibility`]) |
//!
//! Flat OBAA (`obaa:obaaTitle`, `obaa:obaaEntity`... directly in `general`) is mapped by the name
//! after the `obaa` prefix; the n-th `obaaEntity` takes the n-th `obaaRole` (`Autor`, `Publisher`). `metaMetadata` and `annotation` describe other things and
//! are skipped; of `relation`, only `isbasedon`, `haspart` and `ispartof` are kept (the other
//! work's identifier), not previews, thumbnails or versions.

use std::borrow::Cow;

use oerdex_index::model::agent::{Agent, AgentKind};
use oerdex_index::model::RecordMetadata;
use oerdex_index::vocabulary;
use roxmltree::Node;

use super::dates::{DateKind, Dates};
use super::dc::push_split;
use super::text::{entity_agent, strip_html, strip_prefix_ci};
use super::{child, elements, local_is, lrmi, own_text, IdentifierSink};

/// Returns the LOM root to map: `root` itself when it is a `lom` (or `obaa`) element in any
/// namespace, else a `lom` child of a wrapper (hs-oer-lom-profil's `<metadata>`).
pub fn find_root<'a, 'input>(root: Node<'a, 'input>) -> Option<Node<'a, 'input>> {
    if is_lom_element(root) {
        return Some(root);
    }
    elements(root).find(|c| is_lom_element(*c))
}

/// True for a `lom` or `obaa` element.
fn is_lom_element(node: Node<'_, '_>) -> bool {
    local_is(node, "lom") || local_is(node, "obaa")
}

/// Maps a LOM root element.
pub fn map(lom: Node<'_, '_>) -> RecordMetadata {
    let mut walk = Walk::default();
    for category in elements(lom) {
        walk.category(category);
    }
    walk.finish(lom)
}

/// The state of one LOM record's mapping.
#[derive(Default)]
struct Walk<'a> {
    /// The result.
    md: RecordMetadata,
    /// Sorts `technical/location` (first) and the general identifiers into url/doi/identifiers.
    ids: IdentifierSink,
    /// `general/identifier` entries, filed after the walk so that a location wins the URL.
    general_ids: Vec<Cow<'a, str>>,
    /// Contribution dates, by role.
    dates: Dates,
    /// Flat OBAA `obaaEntity` values, in order, paired with `obaa_roles` when the walk ends.
    obaa_entities: Vec<Cow<'a, str>>,
    /// Flat OBAA `obaaRole` values, in order.
    obaa_roles: Vec<Cow<'a, str>>,
    /// An OBAA `resourceDescription`, used when there is no description.
    fallback_description: Option<String>,
}

impl<'a> Walk<'a> {
    /// Maps one LOM category (`general`, `lifeCycle`...).
    fn category(&mut self, category: Node<'a, '_>) {
        let mut buf = [0; NAME_BUF];
        let name = lowercase(category.tag_name().name(), &mut buf).unwrap_or("");
        let handler: fn(&mut Self, Node<'a, '_>) -> bool = match name {
            "general" => Self::general,
            "lifecycle" => Self::life_cycle,
            "technical" => Self::technical,
            "educational" => Self::educational,
            "rights" => Self::rights,
            "classification" => {
                self.classification(category);
                return;
            }
            "relation" => {
                self.relation(category);
                return;
            }
            "metametadata" | "annotation" => return,
            _ => {
                // A flat OBAA element directly under the root, or an unknown category.
                self.flat_obaa(category);
                return;
            }
        };
        for element in elements(category) {
            if !handler(self, element) {
                self.flat_obaa(element);
            }
        }
    }

    /// `relation`: `isbasedon`, `haspart` and `ispartof` name other works by their identifier;
    /// other kinds (versions, previews, thumbnails) are not kept.
    fn relation(&mut self, relation: Node<'a, '_>) {
        let Some(kind) = child(relation, "kind").and_then(vocabulary_value) else {
            return;
        };
        let kind = kind
            .trim()
            .to_ascii_lowercase()
            .replace([' ', '_', '-'], "");
        let list = match kind.as_str() {
            "isbasedon" => &mut self.md.is_based_on,
            "haspart" => &mut self.md.has_part,
            "ispartof" => &mut self.md.is_part_of,
            _ => return,
        };
        let entries = child(relation, "resource")
            .into_iter()
            .flat_map(|resource| resource.descendants())
            .filter(|n| n.is_element() && local_is(*n, "entry"));
        for entry in entries {
            for_each_string(entry, |s| RecordMetadata::push_unique(list, s));
        }
    }

    /// `general/*`; false when the element is not a general element.
    fn general(&mut self, node: Node<'a, '_>) -> bool {
        let name = node.tag_name().name();
        if name.eq_ignore_ascii_case("title") {
            for_each_lang_string(node, |s, lang| self.md.add_title(&strip_html(s), lang));
        } else if name.eq_ignore_ascii_case("description") {
            for_each_lang_string(node, |s, lang| {
                self.md.add_description(&strip_html(s), lang)
            });
        } else if name.eq_ignore_ascii_case("keyword") {
            for_each_string(node, |s| push_split(&mut self.md.keywords, s));
        } else if name.eq_ignore_ascii_case("language") {
            RecordMetadata::push_unique(&mut self.md.languages, &own_text(node));
        } else if name.eq_ignore_ascii_case("identifier") {
            self.general_identifier(node);
        } else {
            return false;
        }
        true
    }

    /// `general/identifier`: its `entry` (or flat text); the catalog is not needed, since DOIs,
    /// URLs and the rest are recognised by their form.
    fn general_identifier(&mut self, node: Node<'a, '_>) {
        let entry = match child(node, "entry") {
            Some(entry) => first_string(entry),
            None => non_empty(own_text(node)),
        };
        if let Some(entry) = entry {
            self.general_ids.push(entry);
        }
    }

    /// `lifeCycle/*`.
    fn life_cycle(&mut self, node: Node<'a, '_>) -> bool {
        if !local_is(node, "contribute") {
            return false;
        }
        self.contribute(node);
        true
    }

    /// One `contribute`: role, entities, date.
    fn contribute(&mut self, node: Node<'a, '_>) {
        let role =
            child(node, "role").map_or(Role::Other, |r| Role::of(vocabulary_value(r).as_deref()));
        if let Some(date) = child(node, "date").and_then(date_value) {
            match role {
                Role::Publisher => self.dates.add(DateKind::Issued, &date),
                Role::Author | Role::Other => self.dates.add(DateKind::Other, &date),
                Role::Ignored => {}
            }
        }
        for entity in elements(node).filter(|e| local_is(*e, "entity") || local_is(*e, "centity")) {
            if let Some(agent) = entity_text(entity).as_deref().and_then(entity_agent) {
                self.add_contributor(role, agent);
            }
        }
    }

    /// Files a contributor according to its role.
    fn add_contributor(&mut self, role: Role, agent: Agent) {
        match role {
            Role::Author => RecordMetadata::push_agent(&mut self.md.creators, agent),
            Role::Publisher => self.md.set_publisher_once(as_publisher(agent)),
            Role::Other => RecordMetadata::push_agent(&mut self.md.contributors, agent),
            Role::Ignored => {}
        }
    }

    /// `technical/*`.
    fn technical(&mut self, node: Node<'a, '_>) -> bool {
        if local_is(node, "location") {
            self.ids.add(&mut self.md, &own_text(node));
        } else if local_is(node, "format") {
            push_format(&mut self.md.formats, &own_text(node));
        } else {
            return false;
        }
        true
    }

    /// `educational/*`.
    fn educational(&mut self, node: Node<'a, '_>) -> bool {
        let name = node.tag_name().name();
        let md = &mut self.md;
        if name.eq_ignore_ascii_case("learningResourceType") {
            push_vocabulary_terms(node, &mut md.learning_resource_types);
            label_concept(node, md);
        } else if name.eq_ignore_ascii_case("context") {
            push_concept(node, md, |md| &mut md.educational_levels);
        } else if name.eq_ignore_ascii_case("intendedEndUserRole") {
            push_concept(node, md, |md| &mut md.audience);
        } else if name.eq_ignore_ascii_case("interactivityType") {
            let value = concept_iri(node)
                .map(Cow::Owned)
                .or_else(|| vocabulary_value(node));
            set_from(&mut md.interactivity_type, value);
            label_concept(node, md);
        } else if name.eq_ignore_ascii_case("typicalAgeRange") {
            set_from(&mut md.typical_age_range, first_string(node));
        } else if name.eq_ignore_ascii_case("typicalLearningTime") {
            let duration = child(node, "duration").unwrap_or(node);
            set_from(&mut md.time_required, non_empty(own_text(duration)));
        } else {
            return false;
        }
        true
    }

    /// `rights/*`: the licence is in `description`; `copyrightAndOtherRestrictions` is a yes/no
    /// flag, kept only when a loose record wrote something else (a licence) in it.
    fn rights(&mut self, node: Node<'a, '_>) -> bool {
        let name = node.tag_name().name();
        if name.eq_ignore_ascii_case("description") {
            for_each_string(node, |s| {
                RecordMetadata::push_unique(&mut self.md.rights, s)
            });
        } else if name.eq_ignore_ascii_case("copyrightAndOtherRestrictions")
            || name.eq_ignore_ascii_case("copyright")
        {
            if let Some(value) = vocabulary_value(node).filter(|v| !is_yes_no(v)) {
                RecordMetadata::push_unique(&mut self.md.rights, &value);
            }
        } else {
            return false;
        }
        true
    }

    /// One `classification`: taxon entries and keywords, filed by purpose.
    fn classification(&mut self, node: Node<'a, '_>) {
        let purpose = child(node, "purpose").map_or(Purpose::Subject, |p| {
            Purpose::of(vocabulary_value(p).as_deref())
        });
        let list: fn(&mut RecordMetadata) -> &mut Vec<String> = match purpose {
            Purpose::Subject => |md| &mut md.subjects,
            Purpose::EducationalLevel => |md| &mut md.educational_levels,
            Purpose::Ignored => return,
        };
        for element in elements(node) {
            if local_is(element, "taxonPath") {
                push_taxa(element, &mut self.md, list);
            } else if local_is(element, "keyword") {
                for_each_string(element, |s| push_split(list(&mut self.md), s));
            }
        }
    }

    /// A flat OBAA element (`obaaTitle`, `obaaEntity`...), mapped by the name after `obaa`.
    fn flat_obaa(&mut self, node: Node<'a, '_>) {
        let Some(name) = strip_prefix_ci(node.tag_name().name(), "obaa") else {
            return;
        };
        let mut buf = [0; NAME_BUF];
        let Some(name) = lowercase(name, &mut buf) else {
            return;
        };
        let text = own_text(node);
        let md = &mut self.md;
        match name {
            "title" => md.add_title(&strip_html(&text), None),
            "description" => md.add_description(&strip_html(&text), None),
            "resourcedescription" => set_from(&mut self.fallback_description, non_empty(text)),
            "keyword" => push_split(&mut md.keywords, &text),
            "language" => RecordMetadata::push_unique(&mut md.languages, &text),
            "entity" => self.obaa_entities.push(text),
            "role" => self.obaa_roles.push(text),
            "date" => self.dates.add(DateKind::Other, &text),
            "location" => self.ids.add(md, &text),
            "identifier" | "entry" => self.general_ids.extend(non_empty(text)),
            "format" => push_format(&mut md.formats, &text),
            "learningresourcetype" => {
                RecordMetadata::push_unique(&mut md.learning_resource_types, &text)
            }
            "intendedenduserrole" => RecordMetadata::push_unique(&mut md.audience, &text),
            "context" => RecordMetadata::push_unique(&mut md.educational_levels, &text),
            "interactivitytype" => RecordMetadata::set_once(&mut md.interactivity_type, &text),
            "typicalagerange" => RecordMetadata::set_once(&mut md.typical_age_range, &text),
            "rightsdescription" => RecordMetadata::push_unique(&mut md.rights, &text),
            _ => {}
        }
    }

    /// Files the deferred values and LRMI properties, and returns the record.
    fn finish(mut self, lom: Node<'_, '_>) -> RecordMetadata {
        for id in &self.general_ids {
            self.ids.add(&mut self.md, id);
        }
        // Flat OBAA lists entities and roles side by side: the n-th role is the n-th entity's;
        // an entity without a role is taken as an author.
        let roles = std::mem::take(&mut self.obaa_roles);
        for (i, entity) in std::mem::take(&mut self.obaa_entities).iter().enumerate() {
            let role = roles
                .get(i)
                .map_or(Role::Author, |r| Role::of(Some(r.as_ref())));
            if let Some(agent) = entity_agent(entity) {
                self.add_contributor(role, agent);
            }
        }
        self.ids.finish(&mut self.md);
        if self.md.description.is_none() {
            self.md.description = self.fallback_description;
        }
        self.md.date_published = self.dates.choose();
        lrmi::apply_all(lom, &mut self.md);
        super::accessibility::apply_lom(lom, &mut self.md);
        self.md
    }
}

/// Room for the longest element name matched through [`lowercase`].
const NAME_BUF: usize = 32;

/// `name` in ASCII lower case, written into `buf` (no allocation); `None` when it is longer than
/// the buffer, which no LOM name is.
fn lowercase<'b>(name: &str, buf: &'b mut [u8; NAME_BUF]) -> Option<&'b str> {
    let dest = buf.get_mut(..name.len())?;
    dest.copy_from_slice(name.as_bytes());
    dest.make_ascii_lowercase();
    std::str::from_utf8(dest).ok()
}

/// What a contributor's role means for the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    /// Author: a creator, listed first.
    Author,
    /// Publisher.
    Publisher,
    /// Any other role (editor, designer, unknown...): a creator, listed after the authors.
    Other,
    /// Validators and terminators did not make the resource.
    Ignored,
}

impl Role {
    /// Classifies a role value (`author`, `Autor`, `http://.../concept/publisher`...).
    fn of(value: Option<&str>) -> Self {
        let Some(value) = value else {
            return Role::Other;
        };
        let term = last_segment(value).to_lowercase();
        match term.as_str() {
            "author" | "autor" | "auteur" | "autore" | "autor(a)" | "autora" => Role::Author,
            "publisher" | "editora" | "éditeur" | "editeur" | "herausgeber" => Role::Publisher,
            "validator" | "technical validator" | "educational validator" | "terminator" => {
                Role::Ignored
            }
            _ => Role::Other,
        }
    }
}

/// Where a classification's taxa go, by its purpose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Purpose {
    /// Discipline, idea, competency, educational objective, no purpose...: subjects.
    Subject,
    /// Educational level: educational levels.
    EducationalLevel,
    /// Accessibility restrictions, security level: not about the content.
    Ignored,
}

impl Purpose {
    /// Classifies a purpose value (`discipline`, `educational level`, a ScoLOMfr concept URI...).
    fn of(value: Option<&str>) -> Self {
        let Some(value) = value else {
            return Purpose::Subject;
        };
        let term = last_segment(value).to_lowercase().replace(['_', '-'], " ");
        match term.as_str() {
            "educational level" => Purpose::EducationalLevel,
            "accessibility restrictions" | "accessibility" | "security level" => Purpose::Ignored,
            _ => Purpose::Subject,
        }
    }
}

/// The last segment of a vocabulary URI (`http://x/concept/publisher` → `publisher`), trimmed.
fn last_segment(value: &str) -> &str {
    let value = value.trim().trim_end_matches(['/', '#']);
    value.rsplit(['/', '#']).next().unwrap_or(value).trim()
}

/// True for the yes/no values of `copyrightAndOtherRestrictions` (also ScoLOMfr's `yes_2`, and
/// Portuguese, Spanish, French and German forms).
fn is_yes_no(value: &str) -> bool {
    let term = last_segment(value).to_lowercase();
    let term = term.trim_end_matches(|c: char| c.is_ascii_digit() || c == '_');
    matches!(
        term,
        "" | "yes"
            | "no"
            | "sim"
            | "não"
            | "nao"
            | "si"
            | "sí"
            | "oui"
            | "non"
            | "ja"
            | "nein"
            | "true"
            | "false"
    )
}

/// Pushes every taxon of a `taxonPath` (taxa may nest, in loose records): its `id` when it is an
/// IRI (a Hochschulfächersystematik concept), with its `entry` as the record's label for it,
/// else its entry (a DDC number is no IRI: its label is the subject).
fn push_taxa(
    taxon_path: Node<'_, '_>,
    md: &mut RecordMetadata,
    list: fn(&mut RecordMetadata) -> &mut Vec<String>,
) {
    for taxon in taxon_path
        .descendants()
        .filter(|n| n.is_element() && local_is(*n, "taxon"))
    {
        if concept_iri(taxon).is_some() {
            push_concept(taxon, md, list);
            continue;
        }
        match child(taxon, "entry") {
            Some(entry) => for_each_string(entry, |s| RecordMetadata::push_unique(list(md), s)),
            None => RecordMetadata::push_unique(list(md), &own_text(taxon)),
        }
    }
}

/// The `id` of a vocabulary element or taxon, when it is an IRI.
fn concept_iri(node: Node<'_, '_>) -> Option<String> {
    child(node, "id")
        .and_then(first_string)
        .map(|id| id.trim().to_string())
        .filter(|id| vocabulary::is_iri(id))
}

/// Pushes a vocabulary element's concept into a list: its IRI `id` (the hs-oer-lom-profil's
/// `source`/`id`/`entry` form), with the `entry` as the record's label for it, else its value
/// as [`vocabulary_value`] reads it. The IRI is what the record means; the label is kept beside.
fn push_concept(
    node: Node<'_, '_>,
    md: &mut RecordMetadata,
    list: fn(&mut RecordMetadata) -> &mut Vec<String>,
) {
    match concept_iri(node) {
        Some(iri) => {
            RecordMetadata::push_unique(list(md), &iri);
            label_concept(node, md);
        }
        None => {
            if let Some(value) = vocabulary_value(node) {
                RecordMetadata::push_unique(list(md), &value);
            }
        }
    }
}

/// Records the `entry` strings of an element with an IRI `id` as the record's labels for it.
fn label_concept(node: Node<'_, '_>, md: &mut RecordMetadata) {
    let (Some(iri), Some(entry)) = (concept_iri(node), child(node, "entry")) else {
        return;
    };
    for_each_lang_string(entry, |label, language| {
        let language = language.filter(|l| !l.starts_with("x-"));
        md.label_concept(&iri, label, language);
    });
}

/// Pushes a format, unless it is a file size (OBAA writes `506857 bytes` there).
fn push_format(list: &mut Vec<String>, value: &str) {
    let value = value.trim();
    let is_size = value
        .strip_suffix("bytes")
        .is_some_and(|n| n.trim().bytes().all(|b| b.is_ascii_digit()));
    if !is_size {
        RecordMetadata::push_unique(list, value);
    }
}

/// Pushes a vocabulary value (`value`, else `entry`, else `id`).
fn push_vocabulary(node: Node<'_, '_>, list: &mut Vec<String>) {
    if let Some(value) = vocabulary_value(node) {
        RecordMetadata::push_unique(list, &value);
    }
}

/// Pushes every term a vocabulary element gives: its `id` (an IRI such as
/// `https://w3id.org/kim/hcrt/course`) and its `entry` label, or its `value`, so that a type the
/// index knows by IRI is not lost for a label it does not know.
fn push_vocabulary_terms(node: Node<'_, '_>, list: &mut Vec<String>) {
    let mut any = false;
    for name in ["id", "value", "entry"] {
        if let Some(term) = child(node, name).and_then(first_string) {
            RecordMetadata::push_unique(list, &term);
            any = true;
        }
    }
    if !any {
        push_vocabulary(node, list);
    }
}

/// The value of a vocabulary element: `value` (of a `source`/`value` pair), else `entry` (the
/// hs-oer-lom-profil `source`/`id`/`entry` form), else `id`, else its flat text.
fn vocabulary_value<'a>(node: Node<'a, '_>) -> Option<Cow<'a, str>> {
    ["value", "entry", "id"]
        .iter()
        .find_map(|name| child(node, name).and_then(first_string))
        .or_else(|| non_empty(own_text(node)))
}

/// The date of a `contribute`: its `dateTime` (or `datetime`), else its flat text.
fn date_value<'a>(date: Node<'a, '_>) -> Option<Cow<'a, str>> {
    match child(date, "dateTime") {
        Some(date_time) => non_empty(own_text(date_time)),
        None => non_empty(own_text(date)),
    }
}

/// The text of an `entity` (flat, CDATA) or `centity` (`<vcard>` child).
fn entity_text<'a>(entity: Node<'a, '_>) -> Option<Cow<'a, str>> {
    non_empty(own_text(entity))
        .or_else(|| child(entity, "vcard").and_then(|v| non_empty(own_text(v))))
}

/// The first non-empty string of a LangString: a `string` or `langstring` child, or flat text.
fn first_string<'a>(node: Node<'a, '_>) -> Option<Cow<'a, str>> {
    let mut found = None;
    let has_strings = visit_strings(node, &mut |s| {
        if found.is_none() {
            found = non_empty(s);
        }
    });
    if has_strings {
        found
    } else {
        non_empty(own_text(node))
    }
}

/// A publisher is an organisation unless its record says it is a person (a vCard with a
/// personal name) or its name reads as one (see [`Agent::publisher`]).
fn as_publisher(agent: Agent) -> Agent {
    match agent.kind {
        AgentKind::Organization => agent,
        AgentKind::Person => Agent::publisher(&agent.name),
    }
}

/// Calls `f` with each string of a LangString and its `language` attribute (`string`/
/// `langstring` children, else the flat text without a language).
fn for_each_lang_string(node: Node<'_, '_>, mut f: impl FnMut(&str, Option<&str>)) {
    let mut any = false;
    for string in elements(node).filter(|c| local_is(*c, "string") || local_is(*c, "langstring")) {
        any = true;
        let language = string
            .attribute("language")
            .or_else(|| string.attribute(("http://www.w3.org/XML/1998/namespace", "lang")));
        f(&own_text(string), language);
    }
    if !any {
        f(&own_text(node), None);
    }
}

/// Calls `f` with each string of a LangString (`string`/`langstring` children, else the flat
/// text).
fn for_each_string(node: Node<'_, '_>, mut f: impl FnMut(&str)) {
    if !visit_strings(node, &mut |s| f(&s)) {
        f(&own_text(node));
    }
}

/// Calls `f` with the text of each `string`/`langstring` child; false when there is none.
fn visit_strings<'a>(node: Node<'a, '_>, f: &mut dyn FnMut(Cow<'a, str>)) -> bool {
    let mut any = false;
    for string in elements(node).filter(|c| local_is(*c, "string") || local_is(*c, "langstring")) {
        any = true;
        f(own_text(string));
    }
    any
}

/// `Some(text)` unless it is blank.
fn non_empty<'a>(text: Cow<'a, str>) -> Option<Cow<'a, str>> {
    (!text.trim().is_empty()).then_some(text)
}

/// Sets `slot` from `value` unless the slot is filled (see [`RecordMetadata::set_once`]).
fn set_from<S: AsRef<str>>(slot: &mut Option<String>, value: Option<S>) {
    if let Some(value) = value {
        RecordMetadata::set_once(slot, value.as_ref());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classifies_roles() {
        assert_eq!(Role::of(Some("author")), Role::Author);
        assert_eq!(Role::of(Some(" Autor ")), Role::Author);
        assert_eq!(
            Role::of(Some(
                "http://data.education.fr/voc/scolomfr/concept/publisher\n"
            )),
            Role::Publisher
        );
        assert_eq!(Role::of(Some("Other")), Role::Other);
        assert_eq!(Role::of(Some("technical validator")), Role::Ignored);
        assert_eq!(Role::of(None), Role::Other);
        assert_eq!(Role::of(Some("")), Role::Other);
    }

    #[test]
    fn classifies_purposes_and_yes_no() {
        assert_eq!(Purpose::of(Some("Discipline")), Purpose::Subject);
        assert_eq!(
            Purpose::of(Some(
                "http://data.education.fr/voc/scolomfr/concept/educational_level"
            )),
            Purpose::EducationalLevel
        );
        assert_eq!(Purpose::of(Some("security level")), Purpose::Ignored);
        assert!(is_yes_no(
            "http://data.education.fr/voc/scolomfr/concept/yes_2"
        ));
        assert!(is_yes_no("Nao"));
        assert!(is_yes_no("no"));
        assert!(!is_yes_no("http://creativecommons.org/licenses/by/4.0/"));
    }

    #[test]
    fn skips_sizes_in_formats() {
        let mut formats = Vec::new();
        push_format(&mut formats, "506857 bytes");
        push_format(&mut formats, "application/pdf");
        assert_eq!(formats, ["application/pdf"]);
    }
}
