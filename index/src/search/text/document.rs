//! The text index's schema and how a resource becomes one of its documents.
//!
//! Five searched fields, weighted as the FTS5 columns were (title 10, description 1, keywords
//! 5, subjects 3, creators 2), each twice: the exact (folded) words with their positions, for
//! exact matches and phrases, and their stems in the resource's languages. Besides: the rowid
//! (indexed, to replace a document; a fast field, to hand matches to SQLite and the columns)
//! and the resource's languages (their terms list the catalogue's languages, whose stemmers a
//! query uses).

use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, FAST, INDEXED, STRING,
};
use tantivy::tokenizer::{PreTokenizedString, Token as TantivyToken};
use tantivy::TantivyDocument;

use crate::model::Resource;
use crate::search::analysis::{analyse, Stemmers, Token};

/// Field names, in the order of [`FIELD_WEIGHTS`].
const NAMES: [&str; 5] = ["title", "description", "keywords", "subjects", "creators"];

/// Weight of each searched field in the score.
pub(crate) const FIELD_WEIGHTS: [f32; 5] = [10.0, 1.0, 5.0, 3.0, 2.0];

/// The text index's fields.
#[derive(Debug, Clone)]
pub(crate) struct Fields {
    pub rowid: Field,
    pub language: Field,
    /// Exact forms, per searched field.
    pub exact: [Field; 5],
    /// Stems, per searched field.
    pub stem: [Field; 5],
}

impl Fields {
    /// The schema and its fields.
    pub(crate) fn schema() -> (Schema, Fields) {
        let mut builder = Schema::builder();
        let rowid = builder.add_u64_field("rowid", INDEXED | FAST);
        let language = builder.add_text_field("language", STRING);
        let with_positions = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("raw")
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let with_freqs = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("raw")
                .set_index_option(IndexRecordOption::WithFreqs),
        );
        let exact = NAMES.map(|name| builder.add_text_field(name, with_positions.clone()));
        let stem =
            NAMES.map(|name| builder.add_text_field(&format!("{name}_stem"), with_freqs.clone()));
        (
            builder.build(),
            Fields {
                rowid,
                language,
                exact,
                stem,
            },
        )
    }

    /// The document of a live resource.
    pub(crate) fn document(&self, rowid: u64, resource: &Resource) -> TantivyDocument {
        let mut doc = TantivyDocument::new();
        doc.add_u64(self.rowid, rowid);
        let mut languages: Vec<&str> = resource.languages.iter().map(String::as_str).collect();
        let alternatives = resource
            .alternative_titles
            .iter()
            .chain(&resource.alternative_descriptions);
        languages.extend(alternatives.filter_map(|a| a.language.as_deref()));
        languages.sort_unstable();
        languages.dedup();
        for language in &languages {
            doc.add_text(
                self.language,
                language.split('-').next().unwrap_or(language),
            );
        }
        let stemmers = Stemmers::of(languages.iter().copied());
        let texts: [Vec<&str>; 5] = [
            std::iter::once(resource.title.as_deref().unwrap_or_default())
                .chain(resource.alternative_titles.iter().map(|a| a.text.as_str()))
                .collect(),
            std::iter::once(resource.description.as_deref().unwrap_or_default())
                .chain(
                    resource
                        .alternative_descriptions
                        .iter()
                        .map(|a| a.text.as_str()),
                )
                .collect(),
            resource.keywords.iter().map(String::as_str).collect(),
            resource.subjects.iter().map(String::as_str).collect(),
            resource
                .creators
                .iter()
                .chain(&resource.contributors)
                .map(|a| a.name.as_str())
                .collect(),
        ];
        for (i, texts) in texts.iter().enumerate() {
            for text in texts.iter().filter(|t| !t.is_empty()) {
                let tokens = analyse(text, &stemmers);
                doc.add_pre_tokenized_text(self.exact[i], exact_tokens(text, &tokens));
                doc.add_pre_tokenized_text(self.stem[i], stem_tokens(text, &tokens));
            }
        }
        doc
    }
}

fn tantivy_token(token: &Token, text: String) -> TantivyToken {
    TantivyToken {
        offset_from: token.offsets.start,
        offset_to: token.offsets.end,
        position: token.position as usize,
        text,
        position_length: 1,
    }
}

fn exact_tokens(text: &str, tokens: &[Token]) -> PreTokenizedString {
    PreTokenizedString {
        text: text.to_string(),
        tokens: tokens
            .iter()
            .map(|t| tantivy_token(t, t.exact.clone()))
            .collect(),
    }
}

fn stem_tokens(text: &str, tokens: &[Token]) -> PreTokenizedString {
    PreTokenizedString {
        text: text.to_string(),
        tokens: tokens
            .iter()
            .flat_map(|t| t.stems_or_exact().map(|s| tantivy_token(t, s.to_string())))
            .collect(),
    }
}
