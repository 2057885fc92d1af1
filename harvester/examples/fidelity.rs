//! Field fidelity of the crosswalks on a folder of real OAI-PMH responses and metadata records.
//!
//! ```sh
//! cargo run -p oerdex-harvester --example fidelity -- ../shared/fixtures/real > docs/fidelity.md
//! ```
//!
//! Every record found (in `ListRecords`/`GetRecord` responses, or a bare LOM, DC, DataCite or
//! MODS document) is crosswalked as a harvest would, and each field is judged against what the
//! record's XML plainly states, read here independently of the crosswalks by element names:
//!
//! * **present**: the record states the field;
//! * **correct**: oerdex kept it as the rule below says;
//! * **wrong**: oerdex holds something else (or something the record does not state);
//! * **dropped**: the record states it and oerdex kept nothing.
//!
//! The rules: the title is one of the record's titles, and every further title is kept as an
//! alternative; the description one of its descriptions or abstracts; the URL one of its http(s)
//! identifiers or locations, else the resolver link of its DOI or handle; every rights statement
//! is kept; every language the record names is among the resource's languages; the date is the
//! issue date, else the earliest plausible date, else the earliest deposit date, in ISO 8601;
//! creators are exactly the authors (`creator`, LOM `author` contributions, DataCite creators,
//! MODS names without another role), contributors the other contributions, the publisher the
//! publisher; every type oerdex knows is faceted and nothing else is; every subject and keyword
//! is kept. A final table lists the first disagreements, so that each can be looked at.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use oerdex_harvester::crosswalk::{self, text};
use oerdex_index::date::PartialDate;
use oerdex_index::model::{collapse_whitespace, RecordMetadata};
use oerdex_index::{date, language, resource_type};
use roxmltree::{Document, Node, ParsingOptions};

/// The fields judged, in table order.
const FIELDS: &[&str] = &[
    "title",
    "alternative titles",
    "description",
    "url",
    "rights",
    "language",
    "date",
    "creators",
    "contributors",
    "publisher",
    "types",
    "subjects",
];

/// How one field of one record fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// The record does not state it, and oerdex holds nothing.
    Absent,
    Correct,
    Wrong,
    Dropped,
}

#[derive(Default)]
struct Tally {
    records: usize,
    /// Per field: present, correct, wrong, dropped.
    fields: BTreeMap<&'static str, [usize; 4]>,
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("../shared/fixtures/real"));
    if !dir.is_dir() {
        eprintln!(
            "{}: not a folder (give the folder of real fixtures, e.g. ../shared/fixtures/real)",
            dir.display()
        );
        std::process::exit(2);
    }
    let mut files = Vec::new();
    collect(&dir, &mut files);
    files.sort();
    let mut tallies: BTreeMap<&'static str, Tally> = BTreeMap::new();
    let mut disagreements: Vec<String> = Vec::new();
    for file in &files {
        let Ok(xml) = std::fs::read_to_string(file) else {
            continue;
        };
        let options = ParsingOptions {
            allow_dtd: true,
            ..ParsingOptions::default()
        };
        let Ok(doc) = Document::parse_with_options(&xml, options) else {
            continue;
        };
        let name = file
            .strip_prefix(&dir)
            .unwrap_or(file)
            .display()
            .to_string();
        for (i, root) in record_roots(&doc).into_iter().enumerate() {
            let Some(md) = crosswalk::crosswalk(root) else {
                continue;
            };
            let format = format_of(root, &name);
            // Sibling `dc:*` fragments (eduCAPES, DSpace XOAI): the record is their container.
            let is_fragment = root
                .tag_name()
                .namespace()
                .is_some_and(|ns| ns.starts_with("http://purl.org/dc/"));
            let scope = match root.parent_element() {
                Some(parent) if is_fragment => parent,
                _ => root,
            };
            let evidence = Evidence::read(scope);
            let tally = tallies.entry(format).or_default();
            tally.records += 1;
            for field in FIELDS {
                let (verdict, note) = judge(field, &evidence, &md);
                let counts = tally.fields.entry(field).or_insert([0; 4]);
                if verdict != Verdict::Absent {
                    counts[0] += 1;
                }
                match verdict {
                    Verdict::Absent => {}
                    Verdict::Correct => counts[1] += 1,
                    Verdict::Wrong => counts[2] += 1,
                    Verdict::Dropped => counts[3] += 1,
                }
                if matches!(verdict, Verdict::Wrong | Verdict::Dropped) && disagreements.len() < 60
                {
                    disagreements.push(format!(
                        "| {name} #{} | {format} | {field} | {verdict:?} | {} |",
                        i + 1,
                        note.replace('|', "/")
                    ));
                }
            }
        }
    }
    print_report(&tallies, &disagreements, files.len());
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "xml") {
            files.push(path);
        }
    }
}

/// The metadata root of every record: the element child of each `record/metadata`, or the
/// document's own root when it is a bare metadata document.
fn record_roots<'a, 'input>(doc: &'a Document<'input>) -> Vec<Node<'a, 'input>> {
    let root = doc.root_element();
    if root.tag_name().name() != "OAI-PMH" {
        let bare = ["lom", "obaa", "dc", "resource", "mods", "metadata"];
        return if bare.contains(&root.tag_name().name()) {
            vec![root]
        } else {
            Vec::new()
        };
    }
    doc.descendants()
        .filter(|n| {
            n.is_element()
                && n.tag_name().name() == "metadata"
                && n.parent_element()
                    .is_some_and(|p| p.tag_name().name() == "record")
        })
        .filter_map(|m| m.first_element_child())
        .collect()
}

/// The format a record is in, as the table names it.
fn format_of(root: Node<'_, '_>, file: &str) -> &'static str {
    let name = root.tag_name().name();
    let ns = root.tag_name().namespace().unwrap_or("");
    let xml = |n: Node<'_, '_>| {
        n.descendants()
            .any(|d| d.tag_name().name().starts_with("obaa"))
    };
    if file.starts_with("hs-oer") {
        "LOM (hs-oer-lom-profil)"
    } else if file.starts_with("scolomfr")
        || root.descendants().any(|d| {
            d.tag_name()
                .namespace()
                .is_some_and(|n| n.contains("lom-fr"))
        })
    {
        "LOM (ScoLOMfr)"
    } else if name == "obaa" || xml(root) {
        "OBAA"
    } else if name.eq_ignore_ascii_case("lom") {
        "LOM"
    } else if ns.contains("datacite") || name == "oai_datacite" {
        "DataCite"
    } else if ns.contains("mods") {
        "MODS"
    } else if ns == "http://www.openarchives.org/OAI/2.0/oai_dc/" {
        "oai_dc"
    } else {
        "qualified DC"
    }
}

/// What a record's XML states, read by element names.
#[derive(Debug, Default)]
struct Evidence {
    titles: Vec<String>,
    descriptions: Vec<String>,
    links: Vec<String>,
    resolvable: Vec<String>,
    rights: Vec<String>,
    languages: Vec<String>,
    dates: Vec<(u8, String)>,
    creators: Vec<String>,
    contributors: Vec<String>,
    publishers: Vec<String>,
    types: Vec<String>,
    subjects: Vec<String>,
}

/// Date kinds: 0 issued, 1 other, 2 deposit.
const ISSUED: u8 = 0;
const OTHER: u8 = 1;
const DEPOSIT: u8 = 2;

impl Evidence {
    fn read(root: Node<'_, '_>) -> Evidence {
        let mut e = Evidence::default();
        let mut obaa_entities = Vec::new();
        let mut obaa_roles = Vec::new();
        for node in root.descendants().filter(Node::is_element) {
            let name = node.tag_name().name();
            let lower = name.to_ascii_lowercase();
            let lower = lower
                .strip_prefix("obaa")
                .filter(|r| !r.is_empty())
                .unwrap_or(&lower);
            let parent = node
                .parent_element()
                .map(|p| p.tag_name().name().to_ascii_lowercase())
                .unwrap_or_default();
            if in_skipped_category(node) {
                continue;
            }
            let value = leaf_text(node);
            match lower {
                "title" => e.titles.extend(strings(node)),
                "alternative" => e.titles.extend(value),
                "description" | "abstract"
                    if !in_lom_category(node, &["general", "lom", "obaa"]) => {}
                "description" | "abstract" | "resourcedescription" if parent != "rights" => {
                    e.descriptions.extend(strings(node))
                }
                "identifier" | "entry" | "location" | "url" | "alternateidentifier" => {
                    for v in strings(node) {
                        if text::is_http_url(&v) {
                            e.links.push(v.clone());
                        }
                        if let Some(doi) = text::parse_doi(&v) {
                            e.resolvable.push(format!("https://doi.org/{doi}"));
                        } else if let Some(handle) = text::parse_handle(&v) {
                            e.resolvable
                                .push(format!("https://hdl.handle.net/{handle}"));
                        }
                    }
                }
                "rights" | "license" | "accesscondition" | "rightsdescription" => {
                    if let Some(uri) = node.attribute("rightsURI") {
                        e.rights.push(uri.to_string());
                    }
                    if lower == "rights" && parent == "lom" {
                        continue;
                    }
                    e.rights.extend(strings(node));
                }
                "language" | "languageterm" if parent != "string" => e.languages.extend(value),
                "issued" | "dateissued" | "publicationyear" => {
                    e.dates.extend(value.map(|v| (ISSUED, v)))
                }
                "date" if parent == "dates" => {
                    let kind = match node.attribute("dateType") {
                        Some("Issued") => ISSUED,
                        Some("Created") => OTHER,
                        Some("Available" | "Submitted" | "Accepted") => DEPOSIT,
                        _ => continue,
                    };
                    e.dates.extend(value.map(|v| (kind, v)));
                }
                "date" | "created" | "datecreated" | "datecopyrighted" | "copyrightdate" => {
                    if parent == "contribute" {
                        continue; // read with its contribution
                    }
                    e.dates.extend(value.map(|v| (OTHER, v)))
                }
                "available" | "dateaccepted" | "datesubmitted" => {
                    e.dates.extend(value.map(|v| (DEPOSIT, v)))
                }
                "creator" | "creatorname" if parent != "creator" || lower == "creatorname" => {
                    if lower == "creator" && node.children().any(|c| c.is_element()) {
                        continue; // DataCite: the creatorName inside
                    }
                    e.creators.extend(value)
                }
                "contributor" | "contributorname" => {
                    if lower == "contributor" && node.children().any(|c| c.is_element()) {
                        continue;
                    }
                    e.contributors.extend(value)
                }
                "publisher" if parent != "role" => e.publishers.extend(value),
                "contribute" => read_contribution(node, &mut e),
                "entity" if parent == "general" => obaa_entities.extend(value),
                "role" if parent == "general" => obaa_roles.extend(value),
                "type" | "learningresourcetype" | "resourcetype" | "genre" | "typeofresource" => {
                    let values = vocabulary_values(node);
                    // DataCite's general type counts when the repository's own word names no
                    // type oerdex knows.
                    let known = values.iter().any(|v| resource_type::normalize(v).is_some());
                    e.types.extend(values);
                    if let Some(general) = node.attribute("resourceTypeGeneral").filter(|_| !known)
                    {
                        e.types.push(general.to_string());
                    }
                }
                "subject" | "keyword" | "topic" => e.subjects.extend(strings(node)),
                "taxon" => e.subjects.extend(
                    node.children()
                        .filter(|c| c.tag_name().name() == "entry")
                        .flat_map(strings),
                ),
                _ => {}
            }
        }
        for (i, entity) in obaa_entities.into_iter().enumerate() {
            let name = text::entity_name(&entity)
                .map(|n| n.into_owned())
                .unwrap_or(entity);
            match obaa_roles.get(i).map(|r| r.to_lowercase()) {
                Some(r) if r == "publisher" => e.publishers.push(name),
                Some(r) if r == "autor" || r == "author" => e.creators.push(name),
                None => e.creators.push(name),
                Some(_) => e.contributors.push(name),
            }
        }
        e
    }
}

/// True unless the node sits in a LOM category other than `allowed` (a description in
/// `educational` says how to use the resource, not what it is).
fn in_lom_category(node: Node<'_, '_>, allowed: &[&str]) -> bool {
    const CATEGORIES: &[&str] = &[
        "general",
        "lifecycle",
        "technical",
        "educational",
        "rights",
        "classification",
    ];
    node.ancestors().skip(1).all(|a| {
        let n = a.tag_name().name().to_ascii_lowercase();
        !CATEGORIES.contains(&n.as_str()) || allowed.contains(&n.as_str())
    })
}

/// LOM categories that describe something else than the resource.
fn in_skipped_category(node: Node<'_, '_>) -> bool {
    node.ancestors().any(|a| {
        let n = a.tag_name().name().to_ascii_lowercase();
        matches!(
            n.as_str(),
            "metametadata" | "relation" | "annotation" | "relateditems" | "relatedidentifiers"
        ) || (n == "classification"
            && a.descendants().any(|d| {
                d.tag_name().name() == "purpose"
                    && leaf_text(d).is_some_and(|p| {
                        let p = p.to_lowercase();
                        p.contains("accessibility") || p.contains("security")
                    })
            }))
    })
}

/// A LOM `contribute`: its role sorts its entities; a publisher's date is an issue date.
fn read_contribution(node: Node<'_, '_>, e: &mut Evidence) {
    let role = node
        .children()
        .find(|c| c.tag_name().name().eq_ignore_ascii_case("role"))
        .and_then(|r| vocabulary_values(r).into_iter().next())
        .map(|r| {
            r.rsplit(['/', '#'])
                .next()
                .unwrap_or("")
                .trim()
                .to_lowercase()
        })
        .unwrap_or_default();
    let names: Vec<String> = node
        .children()
        .filter(|c| {
            matches!(
                c.tag_name().name().to_ascii_lowercase().as_str(),
                "entity" | "centity"
            )
        })
        .filter_map(|c| {
            let t = c
                .descendants()
                .filter(Node::is_text)
                .filter_map(|t| t.text())
                .collect::<String>();
            text::entity_name(&t).map(|n| collapse_whitespace(&n))
        })
        .collect();
    let date = node
        .descendants()
        .find(|d| matches!(d.tag_name().name(), "dateTime" | "datetime"))
        .or_else(|| node.children().find(|c| c.tag_name().name() == "date"))
        .and_then(leaf_text);
    match role.as_str() {
        "author" | "autor" | "auteur" | "autore" | "autora" => e.creators.extend(names),
        "publisher" | "editora" | "éditeur" | "editeur" | "herausgeber" => {
            e.publishers.extend(names);
            e.dates.extend(date.map(|d| (ISSUED, d)));
            return;
        }
        "validator" | "technical validator" | "educational validator" | "terminator" => return,
        _ => e.contributors.extend(names),
    }
    e.dates.extend(date.map(|d| (OTHER, d)));
}

/// The text an element holds directly, white space collapsed, HTML decoded; `None` when blank.
fn leaf_text(node: Node<'_, '_>) -> Option<String> {
    let t: String = node
        .children()
        .filter(Node::is_text)
        .filter_map(|t| t.text())
        .collect();
    let t = collapse_whitespace(&text::strip_html(&t));
    (!t.is_empty()).then_some(t)
}

/// The strings of a LangString (`string`/`langstring` children), else the element's own text.
fn strings(node: Node<'_, '_>) -> Vec<String> {
    let children: Vec<String> = node
        .children()
        .filter(|c| matches!(c.tag_name().name(), "string" | "langstring"))
        .filter_map(leaf_text)
        .collect();
    if children.is_empty() {
        leaf_text(node).into_iter().collect()
    } else {
        children
    }
}

/// A vocabulary element's values: its `value`/`entry`/`id` children, else its strings.
fn vocabulary_values(node: Node<'_, '_>) -> Vec<String> {
    let named: Vec<String> = node
        .children()
        .filter(|c| matches!(c.tag_name().name(), "value" | "entry" | "id"))
        .flat_map(strings)
        .collect();
    if named.is_empty() {
        strings(node)
    } else {
        named
    }
}

fn same(a: &str, b: &str) -> bool {
    collapse_whitespace(a) == collapse_whitespace(b)
}

fn names(list: &[oerdex_index::model::agent::Agent]) -> Vec<String> {
    list.iter().map(|a| collapse_whitespace(&a.name)).collect()
}

/// Compares two lists of names as sets.
fn same_names(found: &[String], kept: &[String]) -> bool {
    let norm = |v: &[String]| {
        let mut v: Vec<String> = v.iter().map(|s| collapse_whitespace(s)).collect();
        v.sort();
        v.dedup();
        v
    };
    norm(found) == norm(kept)
}

/// The date the rule picks from the record's dates, in ISO 8601.
fn expected_date(dates: &[(u8, String)]) -> Option<String> {
    let readable = |kind: u8| {
        dates
            .iter()
            .filter(move |(k, _)| *k == kind)
            .filter_map(|(_, v)| PartialDate::parse(v).filter(PartialDate::is_plausible))
    };
    readable(ISSUED)
        .max_by_key(|d| (d.month.is_some(), d.day.is_some(), std::cmp::Reverse(*d)))
        .or_else(|| readable(OTHER).min())
        .or_else(|| readable(DEPOSIT).min())
        .map(|d| d.to_string())
}

fn judge(field: &str, e: &Evidence, md: &RecordMetadata) -> (Verdict, String) {
    use Verdict::*;
    let verdict = |stated: bool, kept: bool, right: bool| match (stated, kept) {
        (false, false) => Absent,
        (true, false) => Dropped,
        (_, true) if right => Correct,
        _ => Wrong,
    };
    match field {
        "title" => {
            let right = md
                .title
                .as_deref()
                .is_some_and(|t| e.titles.iter().any(|x| same(x, t)));
            (
                verdict(!e.titles.is_empty(), md.title.is_some(), right),
                format!("{:?} / {:?}", e.titles.first(), md.title),
            )
        }
        "alternative titles" => {
            let mut distinct: Vec<&String> = Vec::new();
            for t in &e.titles {
                if !distinct.iter().any(|d| same(d, t)) {
                    distinct.push(t);
                }
            }
            let extra = distinct.len().saturating_sub(1);
            let kept = md.alternative_titles.len();
            let right = kept == extra;
            (
                verdict(extra > 0, kept > 0, right),
                format!("{extra} further title(s), {kept} kept"),
            )
        }
        "description" => {
            let right = md
                .description
                .as_deref()
                .is_some_and(|d| e.descriptions.iter().any(|x| same(x, d)));
            (
                verdict(!e.descriptions.is_empty(), md.description.is_some(), right),
                format!("{} stated", e.descriptions.len()),
            )
        }
        "url" => {
            let stated = !e.links.is_empty() || !e.resolvable.is_empty();
            let right = md.url.as_deref().is_some_and(|u| {
                e.links.iter().any(|l| same(l, u))
                    || (e.links.is_empty() || e.links.iter().all(|l| text::parse_doi(l).is_some()))
                        && e.resolvable.iter().any(|r| r == u)
            });
            (
                verdict(stated, md.url.is_some(), right),
                format!(
                    "{:?} / {:?}",
                    e.links.first().or(e.resolvable.first()),
                    md.url
                ),
            )
        }
        "rights" => {
            let right = e
                .rights
                .iter()
                .all(|r| md.rights.iter().any(|k| same(k, r)));
            (
                verdict(!e.rights.is_empty(), !md.rights.is_empty(), right),
                format!("{:?} / {:?}", e.rights, md.rights),
            )
        }
        "language" => {
            let codes: Vec<String> = e
                .languages
                .iter()
                .filter_map(|l| language::normalize(l))
                .collect();
            let kept: Vec<String> = md
                .languages
                .iter()
                .filter_map(|l| language::normalize(l))
                .collect();
            let right =
                codes.iter().all(|c| kept.contains(c)) && kept.iter().all(|k| codes.contains(k));
            // A value that names no language (`other`) states nothing.
            (
                verdict(!codes.is_empty(), !kept.is_empty(), right),
                format!("{:?} / {:?}", e.languages, md.languages),
            )
        }
        "date" => {
            let expected = expected_date(&e.dates);
            let kept = md.date_published.as_deref().and_then(date::normalize);
            let stated = !e.dates.is_empty();
            let right = kept == expected;
            match (&expected, &kept) {
                // Only unreadable dates: leaving them out is right.
                (None, None) if stated => (Correct, String::new()),
                _ => (
                    verdict(stated, kept.is_some(), right),
                    format!("{expected:?} / {kept:?} from {:?}", e.dates),
                ),
            }
        }
        "creators" => {
            let kept = names(&md.creators);
            let right = same_names(&e.creators, &kept);
            (
                verdict(!e.creators.is_empty(), !kept.is_empty(), right),
                format!("{:?} / {:?}", e.creators, kept),
            )
        }
        "contributors" => {
            let kept = names(&md.contributors);
            let right = same_names(&e.contributors, &kept);
            (
                verdict(!e.contributors.is_empty(), !kept.is_empty(), right),
                format!("{:?} / {:?}", e.contributors, kept),
            )
        }
        "publisher" => {
            let kept = md.publisher.as_ref().map(|p| collapse_whitespace(&p.name));
            let right = kept
                .as_deref()
                .is_some_and(|k| e.publishers.iter().any(|p| same(p, k)));
            (
                verdict(!e.publishers.is_empty(), kept.is_some(), right),
                format!("{:?} / {kept:?}", e.publishers),
            )
        }
        "types" => {
            let known: Vec<&str> = e
                .types
                .iter()
                .filter_map(|t| resource_type::normalize(t))
                .collect();
            let faceted: Vec<&str> = md
                .learning_resource_types
                .iter()
                .filter_map(|t| resource_type::normalize(t))
                .collect();
            let right = known.iter().all(|k| faceted.contains(k))
                && faceted.iter().all(|f| known.contains(f));
            let stated = !known.is_empty();
            match (stated, faceted.is_empty()) {
                // Values that name no type: keeping them out of the facet is right.
                (false, true) if !e.types.is_empty() => (Correct, String::new()),
                _ => (
                    verdict(stated, !faceted.is_empty(), right),
                    format!("{:?} / {faceted:?}", e.types),
                ),
            }
        }
        "subjects" => {
            // Classification entries whose purpose is an educational level are kept as levels;
            // a taxon with an IRI is kept as the IRI, its entry as the record's label for it.
            let kept: Vec<&String> = md
                .subjects
                .iter()
                .chain(&md.keywords)
                .chain(&md.educational_levels)
                .chain(md.vocabulary_labels.iter().map(|l| &l.label))
                .collect();
            let missing: Vec<&String> = e
                .subjects
                .iter()
                .filter(|s| !kept.iter().any(|k| same(k, s) || s.contains(k.as_str())))
                .collect();
            (
                verdict(!e.subjects.is_empty(), !kept.is_empty(), missing.is_empty()),
                format!("missing {missing:?}"),
            )
        }
        _ => (Absent, String::new()),
    }
}

fn print_report(tallies: &BTreeMap<&'static str, Tally>, disagreements: &[String], files: usize) {
    let records: usize = tallies.values().map(|t| t.records).sum();
    println!("# Crosswalk fidelity on real records\n");
    println!(
        "{records} records in {files} files, read by `cargo run -p oerdex-harvester --example fidelity -- ../shared/fixtures/real`.\n\
         Each cell is present / correct / wrong / dropped (see the example's documentation for the rules).\n"
    );
    let formats: Vec<&&str> = tallies.keys().collect();
    print!("| field |");
    for f in &formats {
        print!(" {f} ({}) |", tallies[**f].records);
    }
    println!();
    print!("|---|");
    for _ in &formats {
        print!("---|");
    }
    println!();
    for field in FIELDS {
        print!("| {field} |");
        for f in &formats {
            let c = tallies[**f].fields.get(field).copied().unwrap_or_default();
            print!(" {} / {} / {} / {} |", c[0], c[1], c[2], c[3]);
        }
        println!();
    }
    println!("\n## The first disagreements\n");
    if disagreements.is_empty() {
        println!("None.");
        return;
    }
    println!("| record | format | field | verdict | stated / kept |\n|---|---|---|---|---|");
    for line in disagreements {
        println!("{line}");
    }
}
