//! The message files: each parses, and every language has every message English has, with the
//! same placeholders (a translation that drops `$count` or invents `$name` is a bug), and
//! nothing English lacks.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentResource, FluentValue};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

use super::{Lang, Tr, SOURCES};

/// Message id (`id` or `id.attribute`) → the variables its pattern uses.
type Catalogue = BTreeMap<String, BTreeSet<String>>;

fn catalogue(lang: Lang, source: &str) -> Catalogue {
    let resource = FluentResource::try_new(source.to_string())
        .unwrap_or_else(|(_, e)| panic!("locales/{}/main.ftl: {e:?}", lang.code()));
    let mut out = Catalogue::new();
    for entry in resource.entries() {
        match entry {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(value) = &m.value {
                    pattern_vars(value, &mut vars);
                }
                let id = m.id.name.to_string();
                assert!(
                    out.insert(id.clone(), vars).is_none(),
                    "{id} twice in {}",
                    lang.code()
                );
                for attribute in &m.attributes {
                    let mut vars = BTreeSet::new();
                    pattern_vars(&attribute.value, &mut vars);
                    out.insert(format!("{id}.{}", attribute.id.name), vars);
                }
            }
            Entry::Junk { content } => panic!("junk in {}: {content}", lang.code()),
            _ => {}
        }
    }
    out
}

fn pattern_vars(pattern: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_vars(expression, vars);
        }
    }
}

fn expression_vars(expression: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => inline_vars(inline, vars),
        Expression::Select { selector, variants } => {
            inline_vars(selector, vars);
            for variant in variants {
                pattern_vars(&variant.value, vars);
            }
        }
    }
}

fn inline_vars(inline: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, vars),
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_vars(argument, vars);
            }
            for named in &arguments.named {
                inline_vars(&named.value, vars);
            }
        }
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_placeholders() {
    let english = catalogue(Lang::En, SOURCES[2].1);
    assert!(english.len() > 100, "{} messages", english.len());
    let mut problems = Vec::new();
    for (lang, source) in SOURCES {
        let messages = catalogue(lang, source);
        for (id, vars) in &english {
            match messages.get(id) {
                None => problems.push(format!("{}: {id} is missing", lang.code())),
                Some(theirs) if theirs != vars => problems.push(format!(
                    "{}: {id} uses {theirs:?}, English {vars:?}",
                    lang.code()
                )),
                Some(_) => {}
            }
        }
        for id in messages.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{}: {id} is not in English", lang.code()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_formats_in_every_language() {
    let english = catalogue(Lang::En, SOURCES[2].1);
    for lang in Lang::ALL {
        let tr = Tr(lang);
        for (id, vars) in english.iter().filter(|(id, _)| !id.contains('.')) {
            // Numbers for every variable: plurals select on them, text takes them too.
            for n in [0u64, 1, 2, 5, 11, 101] {
                let args: Vec<(&str, FluentValue)> =
                    vars.iter().map(|v| (v.as_str(), n.into())).collect();
                let text = tr.t_args(id, &args);
                assert!(!text.trim().is_empty(), "{}: {id} is empty", lang.code());
            }
        }
    }
}

#[test]
fn rich_messages_escape_their_text_and_splice_their_parts() {
    let tr = Tr(Lang::En);
    let link = maud::html! { a href="/api" { "API" } };
    let html = tr
        .rich("search-invalid", &[], &[("detail", maud::html! { "<b>&" })])
        .into_string();
    assert_eq!(html, "This search cannot be run: &lt;b&gt;&amp;");
    let html = tr.rich("api-same", &[], &[("link", link)]).into_string();
    assert_eq!(html, "The same search as JSON: <a href=\"/api\">API</a>");
}

#[test]
fn languages_are_read_from_tags() {
    assert_eq!(Lang::from_tag("zh-Hans-CN"), Some(Lang::Zh));
    assert_eq!(Lang::from_tag("pt_BR"), Some(Lang::Pt));
    assert_eq!(Lang::from_tag("en"), Some(Lang::En));
    assert_eq!(Lang::from_tag("eng"), None);
    assert_eq!(Lang::from_tag(""), None);
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        assert_eq!(lang.is_rtl(), lang == Lang::Ar);
    }
}
