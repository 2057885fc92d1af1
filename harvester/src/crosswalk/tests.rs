//! Crosswalk tests against the real fixtures in `../shared/fixtures/real` (read in place, never
//! copied into the repository).

use std::path::PathBuf;

use oerdex_index::model::agent::AgentKind;
use oerdex_index::model::RecordMetadata;
use oerdex_index::{date, resource_type};
use roxmltree::{Document, Node, ParsingOptions};

use super::{crosswalk, crosswalk_fragments, local_is};

/// The shared real-world fixtures: `<workspace>/../shared/fixtures/real`.
fn fixtures_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/fixtures/real");
    assert!(
        dir.is_dir(),
        "shared fixtures not found at {}: the tests need ../shared beside the checkout",
        dir.display()
    );
    dir
}

/// Reads one fixture (path relative to the fixtures directory).
fn read_fixture(name: &str) -> String {
    let path = fixtures_dir().join(name);
    std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read fixture {}: {e}", path.display()))
}

/// Parses `xml`, allowing a DTD.
fn parse(xml: &str) -> Document<'_> {
    let options = ParsingOptions {
        allow_dtd: true,
        ..ParsingOptions::default()
    };
    Document::parse_with_options(xml, options)
        .unwrap_or_else(|e| panic!("fixture does not parse: {e}"))
}

/// The record `<metadata>` elements of an OAI-PMH response (in any namespace: the Learning
/// Registry's are `oai:metadata` under a root in another default namespace).
fn metadata_elements<'a, 'input>(doc: &'a Document<'input>) -> Vec<Node<'a, 'input>> {
    doc.descendants()
        .filter(|n| {
            n.is_element()
                && local_is(*n, "metadata")
                && n.parent_element().is_some_and(|p| local_is(p, "record"))
        })
        .collect()
}

/// Crosswalks every record of an OAI-PMH response the way the harvester does: the first element
/// child of each `<metadata>`. Deleted records (no metadata element child) are skipped.
fn crosswalk_all(name: &str) -> Vec<RecordMetadata> {
    let xml = read_fixture(name);
    let doc = parse(&xml);
    metadata_elements(&doc)
        .into_iter()
        .filter_map(|m| m.first_element_child())
        .map(|root| crosswalk(root).unwrap_or_else(|| panic!("{name}: format not recognised")))
        .collect()
}

/// Crosswalks the single record of a response.
fn crosswalk_one(name: &str) -> RecordMetadata {
    let mut records = crosswalk_all(name);
    assert_eq!(records.len(), 1, "{name}: expected one record");
    records.remove(0)
}

/// Crosswalks a bare metadata document (no OAI-PMH envelope) from its root element.
fn crosswalk_bare(name: &str) -> RecordMetadata {
    let xml = read_fixture(name);
    let doc = parse(&xml);
    crosswalk(doc.root_element()).unwrap_or_else(|| panic!("{name}: format not recognised"))
}

/// Crosswalks an inline XML snippet from its root element.
fn crosswalk_str(xml: &str) -> Option<RecordMetadata> {
    let doc = parse(xml);
    crosswalk(doc.root_element())
}

/// `list` as `&str`s, for comparing with literals.
fn strs<S: AsRef<str>>(list: &[S]) -> Vec<&str> {
    list.iter().map(AsRef::as_ref).collect()
}

// ---- oai_dc and qualified DC ----

#[test]
fn sickle_oai_dc_record() {
    let md = crosswalk_one("sickle/GetRecord.xml");
    assert_eq!(md.title.as_deref(), Some("Sample Title"));
    // The record repeats the same dc:creator twice: exact duplicates are dropped.
    assert_eq!(strs(&md.creators), ["John Doe"]);
    assert_eq!(
        md.url.as_deref(),
        Some("http://test.example.com/publication/1996652")
    );
    assert_eq!(strs(&md.languages), ["eng"]);
    assert_eq!(
        md.publisher.as_ref().map(|p| p.name.as_str()),
        Some("Sample Publisher")
    );
    assert_eq!(md.date_published.as_deref(), Some("2011"));
    assert_eq!(
        strs(&md.learning_resource_types),
        ["info:eu-repo/semantics/article", "doc-type:article", "text"]
    );
}

#[test]
fn sickle_utf8_creator() {
    let md = crosswalk_one("sickle/GetRecord_utf8test.xml");
    assert!(
        md.creators.iter().any(|c| c.name.contains("某人")),
        "{:?}",
        md.creators
    );
}

#[test]
fn nsdl_dc_record() {
    let md = crosswalk_one("phpoaipmh/GoodResponseSingleRecord.xml");
    assert_eq!(
        md.title.as_deref(),
        Some("Molecular Structure of Dinitrophenol")
    );
    assert_eq!(
        md.url.as_deref(),
        Some("http://www.reciprocalnet.org/recipnet/showsample.jsp?sampleId=27344140")
    );
    assert!(md
        .identifiers
        .iter()
        .any(|i| i == "hdl:2200/20080423151356635T"));
    assert!(md
        .identifiers
        .iter()
        .any(|i| i == "oai:reciprocalnet.org:27344140"));
    assert_eq!(
        strs(&md.subjects),
        [
            "diet pill",
            "dyes",
            "explosives",
            "pesticide",
            "Ecology, Forestry and Agriculture",
            "Geoscience"
        ]
    );
    assert_eq!(
        strs(&md.learning_resource_types),
        [
            "Dataset",
            "Interactive Simulation",
            "Instructional Material",
            "Text"
        ]
    );
    // dc:contributor is not folded into the creators (there is no dc:creator here).
    assert!(md.creators.is_empty());
    assert_eq!(
        strs(&md.contributors),
        [
            "Common molecules",
            "Obtained courtesy of the Cambridge Structural Database"
        ]
    );
    assert_eq!(strs(&md.languages), ["English"]);
    assert_eq!(md.date_published.as_deref(), Some("2002-09-19T18:01:07Z"));
    assert!(md
        .description
        .as_deref()
        .is_some_and(|d| d.starts_with("During the 1930s, 2,4-Dinitrophenol")));
    // NSDL's lar:metadataTerms is about the metadata, not the resource.
    assert!(md.rights.is_empty());
}

#[test]
fn learning_registry_nsdl_dc_with_education_terms() {
    let records = crosswalk_all("learningregistry/sample-GetRecord-list.xml");
    assert_eq!(
        records.len(),
        2,
        "the Learning Registry GetRecord returns two records"
    );
    for md in &records {
        assert_eq!(md.title.as_deref(), Some("Ratios"));
        assert_eq!(
            md.url.as_deref(),
            Some("http://www.purplemath.com/modules/ratio.htm")
        );
        assert_eq!(
            strs(&md.educational_levels),
            ["Middle School", "Grade 6", "Grade 7"]
        );
        assert_eq!(strs(&md.audience), ["Learner"]);
        assert_eq!(md.educational_alignments.len(), 9);
        assert_eq!(
            md.educational_alignments.first().map(String::as_str),
            Some("6.RP.1")
        );
        assert_eq!(
            md.educational_alignments.last().map(String::as_str),
            Some("7.RP.3")
        );
        assert_eq!(
            strs(&md.rights),
            [
                "Copyright 1999-2010 Elizabeth Stapel",
                "http://www.purplemath.com/terms.htm"
            ],
            "dct:accessRights is not a licence"
        );
        assert_eq!(strs(&md.creators), ["Elizabeth Stapel"]);
        assert_eq!(
            md.publisher.as_ref().map(|p| p.name.as_str()),
            Some("Purplemath")
        );
        assert_eq!(strs(&md.languages), ["en-US"]);
        assert_eq!(strs(&md.formats), ["text", "text/html"]);
        assert_eq!(md.date_published.as_deref(), Some("2000"));
        // Repeated subjects are kept once, in order.
        assert_eq!(md.subjects.len(), 6);
        assert_eq!(md.subjects.first().map(String::as_str), Some("Geometry"));
    }
}

#[test]
fn zenodo_oai_dc_with_doubly_escaped_html() {
    let md = crosswalk_one("oaipmh-scythe/get_record_2.xml");
    assert_eq!(
        md.title.as_deref(),
        Some("Research Data Management Organiser (RDMO)")
    );
    assert_eq!(md.doi.as_deref(), Some("10.5281/zenodo.10357859"));
    assert_eq!(
        md.url.as_deref(),
        Some("https://doi.org/10.5281/zenodo.10357859")
    );
    assert_eq!(strs(&md.identifiers), ["oai:zenodo.org:10357859"]);
    assert_eq!(
        strs(&md.rights),
        [
            "info:eu-repo/semantics/openAccess",
            "Apache License 2.0",
            "http://www.apache.org/licenses/LICENSE-2.0"
        ]
    );
    assert_eq!(md.creators.len(), 9);
    assert_eq!(
        md.creators.first().map(|c| c.name.as_str()),
        Some("Klar, Jochen")
    );
    assert_eq!(
        md.publisher.as_ref().map(|p| p.name.as_str()),
        Some("Zenodo")
    );
    let description = md.description.unwrap_or_default();
    assert!(
        description.starts_with("RDMO 2.1.0 (Dec 11, 2023) Refactor progress bar and overview"),
        "{description}"
    );
    assert!(description.contains("Use generic formulations and a \"+\" sign"));
    assert!(
        !description.contains('<')
            && !description.contains("&lt;")
            && !description.contains("&amp;")
    );
}

#[test]
fn zenodo_oai_dc_pages() {
    for name in [
        "oaipmh-scythe/list_records_5.xml",
        "oaipmh-scythe/list_records_8.xml",
    ] {
        let records = crosswalk_all(name);
        assert!(!records.is_empty(), "{name}");
        for md in records {
            assert!(md.title.is_some(), "{name}: {md:?}");
            assert!(
                md.doi.is_some(),
                "{name}: Zenodo gives every record a DOI: {md:?}"
            );
        }
    }
}

#[test]
fn escaped_html_in_set_description() {
    let xml = read_fixture("oaipmh-scythe/list_sets_0.xml");
    let doc = parse(&xml);
    let descriptions: Vec<String> = doc
        .descendants()
        .filter(|n| n.is_element() && local_is(*n, "setDescription"))
        .filter_map(|n| n.first_element_child())
        .filter_map(crosswalk)
        .filter_map(|md| md.description)
        .collect();
    assert!(descriptions.iter().any(|d| d
        == "Radar using a non-linear element with the radar receiver at a multiple of the transmitter frequency."));
    assert!(descriptions.iter().any(|d| d.starts_with(
        "SCIENCEDOMAIN international (SDI) publishes high-quality, OPEN peer reviewed, OPEN access"
    )));
    assert!(descriptions
        .iter()
        .all(|d| !d.contains('<') && !d.contains("&nbsp;")));
}

#[test]
fn pyoai_list_records_counts() {
    let records = crosswalk_all("pyoai/fake2/00002.xml");
    // 81 records, 2 of them deleted (no metadata).
    assert_eq!(records.len(), 79);
    assert_eq!(records.iter().filter(|md| md.title.is_some()).count(), 79);
    assert_eq!(records.iter().filter(|md| md.url.is_some()).count(), 79);
    let first = records.first().cloned().unwrap_or_default();
    assert_eq!(
        first.title.as_deref(),
        Some("The Causality of Supply Relationships")
    );
    assert_eq!(first.url.as_deref(), Some("http://hdl.handle.net/1765/9"));
    assert_eq!(strs(&first.creators), ["Jong, G. de", "Nooteboom, B."]);
    assert_eq!(first.date_published.as_deref(), Some("2001-01-04"));
    assert_eq!(strs(&first.languages), ["en", "en_US"]);
}

#[test]
fn bare_oai_dc_document() {
    let md = crosswalk_bare("pyoai/fake1/00006.xml");
    assert!(md.title.is_some(), "{md:?}");
}

#[test]
fn gallica_namespaces_on_the_envelope() {
    let records = crosswalk_all("phpoaipmh/NamespacedSample.xml");
    let first = records.first().cloned().unwrap_or_default();
    assert_eq!(
        first.title.as_deref(),
        Some("Le Poème. Publication mensuelle")
    );
    assert_eq!(
        first.url.as_deref(),
        Some("http://gallica.bnf.fr/ark:/12148/bpt6k5440618t")
    );
    assert_eq!(first.date_published.as_deref(), Some("1889-04"));
    assert!(records.iter().all(|md| md.title.is_some()));
}

#[test]
fn lume_oai_dc_page() {
    let records = crosswalk_all("inroa/metadata/lume_erro_null_documento.xml");
    assert_eq!(records.len(), 100);
    assert_eq!(records.iter().filter(|md| md.title.is_some()).count(), 100);
    assert!(records.iter().all(|md| !md.creators.is_empty()));
}

#[test]
fn educapes_sibling_dc_fragments() {
    let name = "inroa/metadata/FEB-capes___dspace10.xml";
    let records = crosswalk_all(name);
    assert_eq!(records.len(), 100);
    assert_eq!(records.iter().filter(|md| md.title.is_some()).count(), 100);
    let first = records.first().cloned().unwrap_or_default();
    assert_eq!(
        first.title.as_deref(),
        Some("História da Educação Brasileira I")
    );
    assert_eq!(
        first.description.as_deref(),
        Some("Analisar a tajetória histórica do Brasil")
    );
    assert_eq!(
        first.url.as_deref(),
        Some("http://www.educapes.capes.gov.br/capes/5365")
    );
    // The university is a contributor and an organisation, not a second author.
    assert_eq!(
        strs(&first.creators),
        ["MACHADO, CHARLITON JOSE DOS SANTOS"]
    );
    assert_eq!(first.creators[0].kind, AgentKind::Person);
    assert_eq!(
        strs(&first.contributors),
        ["UNIVERSIDADE FEDERAL DA PARAIBA"]
    );
    assert_eq!(first.contributors[0].kind, AgentKind::Organization);
    assert_eq!(
        strs(&first.subjects),
        [
            "Período colonial",
            "PEDAGOGIA",
            "História da Educação Brasileira I"
        ]
    );
    assert_eq!(strs(&first.languages), ["pt_BR"]);
    assert_eq!(strs(&first.formats), ["application/pdf"]);

    // The <metadata> element itself gives the same record, through either entry point.
    let xml = read_fixture(name);
    let doc = parse(&xml);
    let metadata = metadata_elements(&doc)
        .into_iter()
        .next()
        .expect("a metadata element");
    assert_eq!(crosswalk_fragments(metadata).as_ref(), Some(&first));
    assert_eq!(crosswalk(metadata).as_ref(), Some(&first));
}

// ---- IEEE LOM ----

#[test]
fn cesta_loose_lom_record() {
    let md = crosswalk_one("inroa/metadata/oai_lom.xml");
    assert_eq!(md.title.as_deref(), Some("Título 1"));
    assert!(md
        .description
        .as_deref()
        .is_some_and(|d| d.starts_with("Animação ilustrando")));
    assert_eq!(strs(&md.keywords), ["TCP", "segurança", "ataque Mitnick"]);
    assert_eq!(
        md.url.as_deref(),
        Some("http://cesta2.cinted.ufrgs.br/xmlui/handle/123456789/57")
    );
    assert_eq!(strs(&md.identifiers), ["baskjikM"]);
    // Unprefixed <role>/<entity> (OAI namespace) still count; the role decides.
    assert_eq!(strs(&md.creators), ["Tarouco, Liane"]);
    assert_eq!(strs(&md.contributors), ["CINTED/UFRGS"]);
    assert_eq!(strs(&md.formats), ["swf"]);
    assert_eq!(strs(&md.learning_resource_types), ["Simulacao"]);
    assert_eq!(
        strs(&md.educational_levels),
        ["Educacao superior"],
        "unprefixed <Context>"
    );
    assert_eq!(strs(&md.audience), ["Aluno"]);
    assert_eq!(md.interactivity_type.as_deref(), Some("Expositivo"));
    assert_eq!(md.typical_age_range.as_deref(), Some("adulto"));
    // copyright "Nao" is a flag, not a licence; the licence is in rights/description.
    assert_eq!(
        strs(&md.rights),
        ["ihttp://creativecommons.org/licenses/by-sa/3.0/br/"]
    );
}

#[test]
fn cesta_complete_page() {
    let records = crosswalk_all("inroa/metadata/cesta_complete.xml");
    assert_eq!(records.len(), 100);
    assert_eq!(records.iter().filter(|md| md.title.is_some()).count(), 100);
    assert_eq!(records.iter().filter(|md| md.url.is_some()).count(), 100);
    assert_eq!(
        records
            .iter()
            .filter(|md| !md.learning_resource_types.is_empty())
            .count(),
        97
    );
}

#[test]
fn bare_lom_document_and_educational_context() {
    let bare = crosswalk_bare("inroa/metadata/lom1.xml");
    assert_eq!(bare.title.as_deref(), Some("Título 1"));
    assert_eq!(strs(&bare.creators), ["Tarouco, Liane"]);
    assert_eq!(strs(&bare.contributors), ["CINTED/UFRGS"]);

    let md = crosswalk_one("inroa/metadata/educationalContext.xml");
    assert_eq!(md.title.as_deref(), Some("EDUCAÇÃO A DISTÂNCIA"));
    assert_eq!(strs(&md.educational_levels), ["higher education"]);
    assert_eq!(
        md.url.as_deref(),
        Some("http://penta3.ufrgs.br/CAEF/PCNeducfisica/")
    );
}

#[test]
fn froac_spanish_lom() {
    let records = crosswalk_all("inroa/metadata/FEB-froac1.xml");
    assert_eq!(records.len(), 8);
    assert!(records
        .iter()
        .all(|md| md.title.is_some() && md.url.is_some()));
    let first = records.first().cloned().unwrap_or_default();
    assert_eq!(
        first.title.as_deref(),
        Some("Test TAAC Simulacion Paralela")
    );
    assert_eq!(
        first.description.as_deref(),
        Some("Test para evaluar la Técnica de Auditoria ( TAAC - CAAT) Simulación Paralela")
    );
    // The location is padded with a space in the record.
    assert_eq!(
        first.url.as_deref(),
        Some("http://froac.manizales.unal.edu.co/roap/control/dowloads.php?id=8")
    );
    assert_eq!(
        strs(&first.keywords),
        [
            "Auditoría de Sistemas",
            "TAAC",
            "CAAT",
            "TAAC Simulación Paralela"
        ]
    );
    assert_eq!(strs(&first.creators), ["universidad nacional"]);
    assert_eq!(strs(&first.audience), ["Estudiante"]);
    assert_eq!(strs(&first.educational_levels), ["escuela"]);
    // copyright "no" and an empty <Description/>: no rights.
    assert!(first.rights.is_empty());
}

#[test]
fn ifrs_flat_obaa() {
    let records = crosswalk_all("inroa/fedIFRS-records.xml");
    assert_eq!(records.len(), 2);
    let first = records.first().cloned().unwrap_or_default();
    assert_eq!(first.title.as_deref(), Some("A Ela"));
    assert_eq!(
        first.description.as_deref(),
        Some("Poema narrado A Ela de Machado de Assis")
    );
    assert_eq!(strs(&first.creators), ["Julia", "Ana Paula Scariot"]);
    assert_eq!(
        first.url.as_deref(),
        Some("http://repositorio.canoas.ifrs.edu.br/repositorio/documents/101")
    );
    assert_eq!(strs(&first.languages), ["pt-BR"]);
    assert_eq!(strs(&first.learning_resource_types), ["narrative_text"]);
    assert_eq!(strs(&first.keywords), ["Poema"]);
    assert_eq!(first.date_published.as_deref(), Some("30-04-2012"));
    let second = records.get(1).cloned().unwrap_or_default();
    assert_eq!(strs(&second.audience), ["teacher", "learner"]);
    assert_eq!(second.interactivity_type.as_deref(), Some("expositive"));
    assert_eq!(strs(&second.languages), ["Português"]);
}

#[test]
fn feb_obaa_page() {
    let records = crosswalk_all("inroa/oai-feb2.1.xml");
    assert_eq!(records.len(), 4);
    let first = records.first().cloned().unwrap_or_default();
    // The first of two obaaTitle values, its line breaks collapsed.
    assert_eq!(
        first.title.as_deref(),
        Some("A semantically secure public key algorithm based on elliptic curves")
    );
    assert_eq!(
        first.url.as_deref(),
        Some("http://hdl.handle.net/10183/394")
    );
    assert_eq!(
        strs(&first.identifiers),
        ["oai:www.lume.ufrgs.br:10183/394", "000578214"]
    );
    assert_eq!(
        strs(&first.formats),
        ["application/pdf"],
        "sizes are not formats"
    );
    assert_eq!(strs(&first.creators), ["Araujo Neto, Afonso Comba de"]);
    assert_eq!(strs(&first.learning_resource_types), ["Dissertação"]);
    assert!(first
        .keywords
        .iter()
        .any(|k| k == "Cryptographically strong pseudorandom bit generators"));
    // No obaaDescription: the obaaResourceDescription stands in.
    let second = records.get(1).cloned().unwrap_or_default();
    assert_eq!(second.description.as_deref(), Some("Caderno de farmácia"));
    assert_eq!(second.creators.len(), 2);
}

#[test]
fn fiocruz_obaa_page() {
    let records = crosswalk_all("inroa/FEB-fiocruz6.xml");
    assert_eq!(records.len(), 84);
    assert_eq!(records.iter().filter(|md| md.title.is_some()).count(), 84);
    let article = records
        .iter()
        .find(|md| md.doi.is_some())
        .cloned()
        .unwrap_or_default();
    assert_eq!(article.doi.as_deref(), Some("10.1155/2011/214174"));
    assert_eq!(
        article.url.as_deref(),
        Some("http://arca.icict.fiocruz.br/handle/icict/3710")
    );
    assert_eq!(strs(&article.rights), ["Hindawi Publishing Corporation"]);
    assert_eq!(strs(&article.languages), ["en"]);
}

#[test]
fn scolomfr_bare_lom() {
    let md = crosswalk_bare("scolomfr3utils/echanges.xml");
    assert_eq!(md.title.as_deref(), Some("Échanges organes sang"));
    assert!(md.description.as_deref().is_some_and(
        |d| d.starts_with("Un être vivant échange de la matière avec son environnement.")
    ));
    assert_eq!(
        strs(&md.languages),
        ["http://id.loc.gov/vocabulary/iso639-2/fre"]
    );
    assert_eq!(md.keywords.len(), 8);
    // The vCard in CDATA gives the publisher's name; its role is publisher, not author.
    assert_eq!(
        md.publisher.as_ref().map(|p| p.name.as_str()),
        Some("EDUMEDIA")
    );
    assert!(md.creators.is_empty());
    assert_eq!(md.date_published.as_deref(), Some("2015-12-02"));
    assert_eq!(
        md.url.as_deref(),
        Some("http://www.edumedia-sciences.com/docs/men-ao/echanges-organes-sang.html")
    );
    assert_eq!(
        strs(&md.identifiers),
        ["https://notices.neteduc-cloud.fr/content/resource/877b0870-9299-431f-9900-11fe3ff58f75?format=xml"]
    );
    assert_eq!(
        strs(&md.learning_resource_types),
        ["http://data.education.fr/voc/scolomfr/concept/simulation"]
    );
    assert_eq!(
        strs(&md.audience),
        ["http://data.education.fr/voc/scolomfr/concept/learner"]
    );
    // copyrightAndOtherRestrictions is "yes_2": a flag, no licence.
    assert!(md.rights.is_empty());
    // A taxon with an IRI id is kept as the IRI, its entry as the record's label for it.
    let science = "http://data.education.fr/voc/scolomfr/concept/scolomfr-voc-015-num-107";
    assert!(
        md.subjects.iter().any(|s| s == science),
        "{:?}",
        md.subjects
    );
    assert!(!md
        .subjects
        .iter()
        .any(|s| s == "sciences expérimentales et technologie"));
    assert!(md
        .vocabulary_labels
        .iter()
        .any(|l| l.iri == science && l.label == "sciences expérimentales et technologie"));
    assert!(md.subjects.iter().any(|s| s == "Cycle 3"));
    // The educational_level classification goes to educational levels, not subjects.
    let college = "http://data.education.fr/voc/scolomfr/concept/scolomfr-voc-022-num-016";
    assert_eq!(
        strs(&md.educational_levels),
        [
            college,
            "http://data.education.fr/voc/scolomfr/concept/scolomfr-voc-022-num-018"
        ]
    );
    assert!(md
        .vocabulary_labels
        .iter()
        .any(|l| l.iri == college && l.label == "collège"));
    assert!(!md.subjects.iter().any(|s| s == college || s == "collège"));
    // Relations (preview, thumbnail) and metaMetadata identifiers are not the resource's.
    assert!(!md
        .identifiers
        .iter()
        .any(|i| i.contains("thumbs") || i.contains("/meta/")));
}

#[test]
fn hs_oer_lom_profile_wrapper() {
    let md = crosswalk_bare("hs-oer-lom-profil/full-example-a.xml");
    assert_eq!(
        md.title.as_deref(),
        Some("Introduction to Difference Equations")
    );
    assert_eq!(
        md.description.as_deref(),
        Some("Vorbereitung auf einen Kurs zur Zeitreihenanalyse")
    );
    assert_eq!(md.doi.as_deref(), Some("10.1137/S0036144500378302"));
    assert_eq!(
        strs(&md.identifiers),
        [
            "c0a478bd-b5f0-4d67-89c5-4a49dfefddcf",
            "10900.3/OER_ZZxWvFJV"
        ]
    );
    assert_eq!(
        md.url.as_deref(),
        Some("https://www.oerbw.de/edu-sharing/components/render/c0a478bd-b5f0-4d67-89c5-4a49dfefddcf/1.7")
    );
    assert_eq!(strs(&md.languages), ["de", "en"]);
    assert_eq!(
        strs(&md.keywords),
        ["Differenzengleichung", "Difference Equation"]
    );
    // Author from <centity><vcard>; the metametadata contributors are not the resource's.
    assert_eq!(strs(&md.creators), ["Thomas Dacher"]);
    assert_eq!(
        strs(&md.rights),
        ["https://creativecommons.org/publicdomain/zero/1.0/legalcode"]
    );
    assert_eq!(strs(&md.formats), ["video/mp4"]);
    // The vocabulary's IRIs are kept beside its labels (the index maps both onto one type).
    assert_eq!(
        strs(&md.learning_resource_types),
        [
            "https://w3id.org/kim/hcrt/video",
            "Video",
            "https://w3id.org/kim/hcrt/course",
            "Lernkurs"
        ]
    );
    // Hochschulfächersystematik taxa keep their IRIs (regression: `vocabulary_value` kept the
    // entry only, so the IRI was lost), with the entries as the record's labels.
    assert_eq!(md.subjects.len(), 5);
    assert_eq!(
        md.subjects.first().map(String::as_str),
        Some("http://w3id.org/kim/hochschulfaechersystematik/n4")
    );
    assert!(md.vocabulary_labels.iter().any(|l| l.iri
        == "http://w3id.org/kim/hochschulfaechersystematik/n4"
        && l.label == "Mathematik, Naturwissenschaften"));

    let b = crosswalk_bare("hs-oer-lom-profil/full-example-b.xml");
    assert_eq!(
        b.title.as_deref(),
        Some("Baustein 5 Classroom Action Research")
    );
    assert_eq!(
        strs(&b.rights),
        ["https://creativecommons.org/licenses/by-sa/4.0"]
    );
    assert_eq!(
        strs(&b.creators),
        ["Dr. Annika Kolb", "Ingrid Vonrhein", "Marita Schocker"]
    );
}

#[test]
fn hs_oer_lom_snippets() {
    let classification = crosswalk_bare("hs-oer-lom-profil/classification-example.xml");
    assert!(!classification.subjects.is_empty(), "{classification:?}");
    let educational = crosswalk_bare("hs-oer-lom-profil/educational-example.xml");
    assert!(
        !educational.learning_resource_types.is_empty(),
        "{educational:?}"
    );
}

// ---- DataCite ----

#[test]
fn zenodo_datacite_record() {
    let md = crosswalk_one("oaipmh-scythe/get_record_1.xml");
    assert_eq!(
        md.title.as_deref(),
        Some("Research Data Management Organiser (RDMO)")
    );
    assert_eq!(md.doi.as_deref(), Some("10.5281/zenodo.10357859"));
    assert_eq!(md.creators.len(), 9);
    assert_eq!(
        md.creators.get(3).map(|c| c.name.as_str()),
        Some("Schröder, Max")
    );
    assert!(md
        .rights
        .iter()
        .any(|r| r == "http://www.apache.org/licenses/LICENSE-2.0"));
    assert_eq!(md.date_published.as_deref(), Some("2023-12-11"));
    assert_eq!(
        md.publisher.as_ref().map(|p| p.name.as_str()),
        Some("Zenodo")
    );
    assert_eq!(strs(&md.learning_resource_types), ["Software"]);
    assert!(md
        .description
        .as_deref()
        .is_some_and(|d| d.starts_with("RDMO 2.1.0 (Dec 11, 2023)")));
}

#[test]
fn zenodo_datacite_page() {
    let records = crosswalk_all("oaipmh-scythe/list_records_4.xml");
    assert_eq!(records.len(), 50);
    assert!(records
        .iter()
        .all(|md| md.title.is_some() && md.doi.is_some()));
}

// ---- Deleted records, LRMI, MODS, hostile input ----

#[test]
fn deleted_records_have_no_metadata() {
    assert!(crosswalk_all("inroa/delete.xml").is_empty());
}

#[test]
fn lom_relations_that_name_other_works_are_kept() {
    let md = crosswalk_str(
        r#"<lom xmlns="http://ltsc.ieee.org/xsd/LOM">
            <general><title><string language="en">Part two</string></title></general>
            <relation>
                <kind><source>LOMv1.0</source><value>ispartof</value></kind>
                <resource><identifier><catalog>URI</catalog><entry>https://oer.example/course</entry></identifier></resource>
            </relation>
            <relation>
                <kind><source>LOMv1.0</source><value>isbasedon</value></kind>
                <resource><identifier><catalog>URI</catalog><entry>https://oer.example/original</entry></identifier></resource>
            </relation>
            <relation>
                <kind><source>LOMv1.0</source><value>isversionof</value></kind>
                <resource><identifier><catalog>URI</catalog><entry>https://oer.example/v1</entry></identifier></resource>
            </relation>
        </lom>"#,
    )
    .unwrap();
    assert_eq!(md.is_part_of, ["https://oer.example/course"]);
    assert_eq!(md.is_based_on, ["https://oer.example/original"]);
    assert!(md.has_part.is_empty());
    assert!(!md.identifiers.iter().any(|i| i.contains("oer.example/")));
}

#[test]
fn lrmi_terms_inside_dc() {
    let md = crosswalk_str(
        r#"<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
              xmlns:dc="http://purl.org/dc/elements/1.1/"
              xmlns:dcterms="http://purl.org/dc/terms/"
              xmlns:lrmi="http://purl.org/dcx/lrmi-terms/"
              xmlns:schema="https://schema.org/"
              xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <dc:title>&lt;b&gt;Fractions&lt;/b&gt; for beginners</dc:title>
            <dc:identifier>doi:10.1234/ABC</dc:identifier>
            <dc:identifier>https://example.org/fractions</dc:identifier>
            <dc:subject>Maths; Fractions ;; </dc:subject>
            <dcterms:license rdf:resource="https://creativecommons.org/licenses/by/4.0/"/>
            <dcterms:accessRights>Free access</dcterms:accessRights>
            <lrmi:learningResourceType>worksheet</lrmi:learningResourceType>
            <lrmi:educationalAlignment>
                <lrmi:targetName>KS2 Maths</lrmi:targetName>
                <lrmi:targetUrl>https://example.org/ks2</lrmi:targetUrl>
            </lrmi:educationalAlignment>
            <lrmi:typicalAgeRange>7-11</lrmi:typicalAgeRange>
            <lrmi:timeRequired>PT1H</lrmi:timeRequired>
            <lrmi:educationalUse>assignment</lrmi:educationalUse>
            <schema:interactivityType>active</schema:interactivityType>
            <schema:educationalLevel>primary</schema:educationalLevel>
            <schema:audience><schema:EducationalAudience><schema:educationalRole>student</schema:educationalRole></schema:EducationalAudience></schema:audience>
            <schema:license>https://creativecommons.org/licenses/by/4.0/</schema:license>
        </oai_dc:dc>"#,
    )
    .unwrap_or_default();
    assert_eq!(md.title.as_deref(), Some("Fractions for beginners"));
    assert_eq!(md.doi.as_deref(), Some("10.1234/ABC"));
    assert_eq!(md.url.as_deref(), Some("https://example.org/fractions"));
    assert!(md.identifiers.is_empty());
    assert_eq!(strs(&md.subjects), ["Maths", "Fractions"]);
    assert_eq!(
        strs(&md.rights),
        ["https://creativecommons.org/licenses/by/4.0/"]
    );
    assert_eq!(strs(&md.learning_resource_types), ["worksheet"]);
    assert_eq!(
        strs(&md.educational_alignments),
        ["KS2 Maths", "https://example.org/ks2"]
    );
    assert_eq!(md.typical_age_range.as_deref(), Some("7-11"));
    assert_eq!(md.time_required.as_deref(), Some("PT1H"));
    assert_eq!(strs(&md.educational_uses), ["assignment"]);
    assert_eq!(md.interactivity_type.as_deref(), Some("active"));
    assert_eq!(strs(&md.educational_levels), ["primary"]);
    assert_eq!(strs(&md.audience), ["student"]);
}

#[test]
fn doi_resolver_url_is_the_url_of_last_resort() {
    let md = crosswalk_str(
        r#"<dc xmlns="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
            <dc:identifier>https://doi.org/10.1/a</dc:identifier>
            <dc:identifier>info:doi/10.2/b</dc:identifier>
            <dc:identifier>http://example.org/landing</dc:identifier>
            <dc:identifier>http://example.org/second</dc:identifier>
            <dc:identifier>urn:nbn:de:1</dc:identifier>
        </dc>"#,
    )
    .unwrap_or_default();
    assert_eq!(md.doi.as_deref(), Some("10.1/a"));
    assert_eq!(md.url.as_deref(), Some("http://example.org/landing"));
    assert_eq!(
        strs(&md.identifiers),
        [
            "info:doi/10.2/b",
            "http://example.org/second",
            "urn:nbn:de:1"
        ]
    );
}

#[test]
fn mods_record() {
    let md = crosswalk_str(
        r#"<mods xmlns="http://www.loc.gov/mods/v3" xmlns:xlink="http://www.w3.org/1999/xlink">
            <titleInfo><nonSort>The</nonSort><title>Open Book</title><subTitle>A Study</subTitle></titleInfo>
            <titleInfo type="translated"><title>Das offene Buch</title></titleInfo>
            <name><namePart type="family">Doe</namePart><namePart type="given">Jane</namePart></name>
            <name><displayForm>ACME University</displayForm></name>
            <abstract>&lt;p&gt;About books.&lt;/p&gt;</abstract>
            <subject><topic>Books</topic><topic>Reading</topic></subject>
            <language><languageTerm type="code">eng</languageTerm></language>
            <accessCondition type="use and reproduction" xlink:href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</accessCondition>
            <identifier type="doi">10.5555/book</identifier>
            <location><url>https://example.org/book</url></location>
            <originInfo><publisher>ACME Press</publisher><dateIssued>2020</dateIssued></originInfo>
            <genre>book</genre>
            <physicalDescription><internetMediaType>application/pdf</internetMediaType></physicalDescription>
        </mods>"#,
    )
    .unwrap_or_default();
    assert_eq!(md.title.as_deref(), Some("The Open Book: A Study"));
    assert_eq!(strs(&md.creators), ["Doe, Jane", "ACME University"]);
    assert_eq!(md.description.as_deref(), Some("About books."));
    assert_eq!(strs(&md.subjects), ["Books", "Reading"]);
    assert_eq!(strs(&md.languages), ["eng"]);
    assert_eq!(
        strs(&md.rights),
        ["https://creativecommons.org/licenses/by/4.0/", "CC BY 4.0"]
    );
    assert_eq!(md.doi.as_deref(), Some("10.5555/book"));
    assert_eq!(md.url.as_deref(), Some("https://example.org/book"));
    assert_eq!(
        md.publisher.as_ref().map(|p| p.name.as_str()),
        Some("ACME Press")
    );
    assert_eq!(md.date_published.as_deref(), Some("2020"));
    assert_eq!(strs(&md.learning_resource_types), ["book"]);
    assert_eq!(strs(&md.formats), ["application/pdf"]);
}

#[test]
fn unknown_formats_are_none() {
    assert_eq!(
        crosswalk_str(r#"<foo xmlns="urn:x"><bar>1</bar></foo>"#),
        None
    );
    assert_eq!(
        crosswalk_str(r#"<metadata xmlns="http://www.openarchives.org/OAI/2.0/"><x/></metadata>"#),
        None
    );
    let xml = "<a>text</a>";
    let doc = parse(xml);
    let text_node = doc.root_element().first_child().expect("a text node");
    assert_eq!(crosswalk(text_node), None);
}

#[test]
fn hostile_input_does_not_panic() {
    let cases = [
        r#"<oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title/><dc:title>   </dc:title><dc:description>&lt;</dc:description><dc:identifier>doi:</dc:identifier><dc:identifier>10.</dc:identifier><dc:subject>;;;</dc:subject></oai_dc:dc>"#,
        r#"<lom><general><title><string/></title><identifier/></general><lifeCycle><contribute><role/><entity><![CDATA[BEGIN:VCARD]]></entity><date/></contribute><contribute/></lifeCycle><classification><purpose/><taxonPath><taxon/></taxonPath></classification><rights><copyrightAndOtherRestrictions/><description/></rights><educational><typicalLearningTime/></educational></lom>"#,
        r#"<obaa><obaa/><obaaTitle/><obaa:x xmlns:obaa="urn:o"/></obaa>"#,
        r#"<metadata xmlns="https://www.oerbw.de/hsoerlom"><lom><lifecycle><contribute><centity><vcard>FN:</vcard></centity></contribute></lifecycle></lom></metadata>"#,
        r#"<resource xmlns="http://datacite.org/schema/kernel-4"><titles/><rightsList><rights/></rightsList><resourceType/></resource>"#,
        r#"<mods xmlns="http://www.loc.gov/mods/v3"><titleInfo/><name/><subject/></mods>"#,
        r#"<dc:title xmlns:dc="http://purl.org/dc/elements/1.1/">Lone fragment</dc:title>"#,
    ];
    for xml in cases {
        let md = crosswalk_str(xml);
        assert!(md.is_some(), "{xml}");
    }
    let lone = crosswalk_str(cases[6]).unwrap_or_default();
    assert_eq!(lone.title.as_deref(), Some("Lone fragment"));
}

#[test]
#[ignore = "prints every fixture's crosswalk, for eyeballing"]
fn dump() {
    for name in [
        "sickle/GetRecord.xml",
        "phpoaipmh/GoodResponseSingleRecord.xml",
        "inroa/metadata/oai_lom.xml",
    ] {
        println!("== {name}\n{:#?}", crosswalk_all(name));
    }
}

// ---- fields read wrong before (issue: honest dates, agents and types) ----

/// The record of `records` whose title starts with `title`.
fn titled<'a>(records: &'a [RecordMetadata], title: &str) -> &'a RecordMetadata {
    records
        .iter()
        .find(|r| r.title.as_deref().is_some_and(|t| t.starts_with(title)))
        .unwrap_or_else(|| panic!("no record titled {title:?}"))
}

#[test]
fn dspace_issue_years_beat_accession_timestamps() {
    // LUME (DSpace) lists dc:date accession first (2007-06-04T11:33:20Z), then the issue year.
    let records = crosswalk_all("inroa/metadata/lume_erro_null_documento.xml");
    let md = titled(&records, "Um algoritmo de criptografia");
    assert_eq!(md.date_published.as_deref(), Some("2006"));
    // Across the page: no record takes its accession timestamp when it gives an earlier year.
    let readable = records
        .iter()
        .filter_map(|r| r.date_published.as_deref())
        .filter(|d| date::normalize(d).is_some())
        .count();
    let with_time = records
        .iter()
        .filter_map(|r| r.date_published.as_deref())
        .filter(|d| d.contains('T'))
        .count();
    assert_eq!(
        readable,
        records.len(),
        "every date is ISO 8601 or readable"
    );
    assert_eq!(with_time, 0, "no deposit timestamp chosen over a year");
}

#[test]
fn obaa_dates_roles_and_second_titles() {
    let feb = crosswalk_all("inroa/oai-feb2.1.xml");
    let first = &feb[0];
    assert_eq!(first.date_published.as_deref(), Some("2006"));
    // Two obaaTitle: the second is kept as an alternative title, not dropped.
    assert_eq!(
        first.title.as_deref(),
        Some("A semantically secure public key algorithm based on elliptic curves")
    );
    assert_eq!(
        strs(
            &first
                .alternative_titles
                .iter()
                .map(|t| t.text.as_str())
                .collect::<Vec<_>>()
        ),
        ["Título 1"]
    );

    // Fiocruz: the entity whose obaaRole is Publisher is the publisher, not a second author.
    let fiocruz = crosswalk_all("inroa/FEB-fiocruz6.xml");
    let md = titled(&fiocruz, "Vinte anos de atividade");
    assert_eq!(strs(&md.creators), ["FARIA, NIELI RODRIGUES DA COSTA"]);
    let publisher = md.publisher.as_ref().expect("publisher");
    assert_eq!(publisher.name, "Fundação Oswaldo Cruz");
    assert_eq!(publisher.kind, AgentKind::Organization);
    assert_eq!(md.date_published.as_deref(), Some("2010"));
    let with_publisher = fiocruz.iter().filter(|r| r.publisher.is_some()).count();
    assert_eq!(with_publisher, 12, "every Publisher role is read");
    assert!(
        fiocruz.iter().all(|r| r
            .creators
            .iter()
            .all(|c| r.publisher.as_ref().is_none_or(|p| p.name != c.name))),
        "no publisher among the creators"
    );

    // Day-first dates (30-04-2012, 06/06/2012) are read.
    let ifrs = crosswalk_all("inroa/fedIFRS-records.xml");
    let dates: Vec<Option<String>> = ifrs
        .iter()
        .map(|r| r.date_published.as_deref().and_then(date::normalize))
        .collect();
    assert_eq!(
        dates,
        [
            Some("2012-04-30".to_string()),
            Some("2012-06-06".to_string())
        ]
    );
}

#[test]
fn comma_packed_obaa_keywords_are_split() {
    let records = crosswalk_all("inroa/fedIFRS-records.xml");
    let all: Vec<&str> = records
        .iter()
        .flat_map(|r| r.keywords.iter().map(String::as_str))
        .collect();
    assert!(all.contains(&"Objetos de aprendizagem"), "{all:?}");
    assert!(all.contains(&"Informática"), "{all:?}");
    assert!(!all.iter().any(|k| k.contains("Sociologia,")));
}

#[test]
fn datacite_dois_and_handles_become_urls() {
    // Zenodo's DataCite records give a DOI and no other link: 50 of 50 had no URL.
    let records = crosswalk_all("oaipmh-scythe/list_records_4.xml");
    assert_eq!(records.len(), 50);
    let mut from_doi = 0;
    for r in &records {
        let doi = r.doi.as_deref().expect("a DOI");
        let url = r.url.as_deref().expect("every record has a URL");
        if url == format!("https://doi.org/{doi}") {
            from_doi += 1;
        } else {
            // A link the record gives itself wins (Plazi treatment pages).
            assert!(
                r.identifiers.iter().all(|i| !i.starts_with("http")) || url.starts_with("http")
            );
        }
    }
    assert!(from_doi >= 40, "{from_doi} of 50 from their DOI");
    // DataCite says who is a person.
    assert!(records
        .iter()
        .flat_map(|r| &r.creators)
        .all(|c| c.kind == AgentKind::Person));
    // A LOM record whose only link is a handle.
    let md = crosswalk_str(
        r#"<lom xmlns="http://ltsc.ieee.org/xsd/LOM"><general><identifier><catalog>HDL</catalog>
        <entry>10900.3/OER_ZZxWvFJV</entry></identifier><title><string>T</string></title></general></lom>"#,
    )
    .unwrap();
    assert_eq!(
        md.url.as_deref(),
        Some("https://hdl.handle.net/10900.3/OER_ZZxWvFJV")
    );
}

#[test]
fn vcards_say_person_or_organisation() {
    // hs-oer-lom-profil vCards say KIND:individual.
    let md = crosswalk_bare("hs-oer-lom-profil/full-example-b.xml");
    assert_eq!(
        strs(&md.creators),
        ["Dr. Annika Kolb", "Ingrid Vonrhein", "Marita Schocker"]
    );
    assert!(md.creators.iter().all(|c| c.kind == AgentKind::Person));
    // An author that is an organisation (vCard 4 KIND:org), and a publisher by name only.
    let md = crosswalk_str(
        r#"<lom xmlns="http://ltsc.ieee.org/xsd/LOM"><lifeCycle>
        <contribute><role><value>author</value></role><entity>BEGIN:VCARD
VERSION:4.0
KIND:org
FN:Universität Tübingen
END:VCARD</entity></contribute>
        <contribute><role><value>publisher</value></role><entity>ZUM-Unterrichten</entity>
        <date><dateTime>2019-03-01</dateTime></date></contribute></lifeCycle></lom>"#,
    )
    .unwrap();
    assert_eq!(md.creators[0].kind, AgentKind::Organization);
    let publisher = md.publisher.unwrap();
    assert_eq!(
        (publisher.name.as_str(), publisher.kind),
        ("ZUM-Unterrichten", AgentKind::Organization)
    );
    assert_eq!(md.date_published.as_deref(), Some("2019-03-01"));
}

#[test]
fn html_entities_of_every_kind_are_decoded() {
    let records = crosswalk_all("oaipmh-scythe/list_records_8.xml");
    let text: String = records
        .iter()
        .filter_map(|r| r.description.as_deref())
        .collect();
    assert!(
        !text.contains("&gamma;") && !text.contains("&amp;"),
        "{text}"
    );
    assert!(text.contains('γ'), "{text}");
}

#[test]
fn non_types_stay_out_of_the_type_facet() {
    // eduCAPES and LUME write publication scopes and repository genres into dc:type.
    let mut unknown = std::collections::BTreeSet::new();
    let mut known = std::collections::BTreeSet::new();
    for name in [
        "inroa/metadata/lume_erro_null_documento.xml",
        "inroa/FEB-fiocruz6.xml",
        "oaipmh-scythe/list_records_4.xml",
        "pyoai/fake2/00002.xml",
    ] {
        for r in crosswalk_all(name) {
            for t in &r.learning_resource_types {
                match resource_type::normalize(t) {
                    Some(label) => known.insert(label),
                    None => unknown.insert(t.clone()),
                };
            }
        }
    }
    assert!(unknown.contains("Nacional"), "{unknown:?}");
    assert!(!known.contains("Nacional"));
    for label in ["article", "thesis", "conference paper", "data"] {
        assert!(known.contains(label), "{label}: {known:?}");
    }
}
