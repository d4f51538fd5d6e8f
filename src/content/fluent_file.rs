//! One Fluent file, parsed once into the `FluentResource` the app formats with, plus a summary
//! the checks need (each message's place, comment, attributes, variables, references and plain
//! text). The summary walks the resource's own syntax tree, so nothing is parsed twice.

use super::error::{ContentError, LineIndex, Place};
use fluent_bundle::FluentResource;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// What a check needs to know of one pattern (a message's value or one attribute).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PatternInfo {
    pub variables: BTreeSet<String>,
    pub message_refs: BTreeSet<String>,
    pub term_refs: BTreeSet<String>,
    /// The text a reader sees on the default path, a variable standing as one word. Kept only
    /// for files parsed with `Text::Keep` (English, whose text the guide's checks read).
    pub text: String,
    /// The text of every variant, for checks that must see all of them (`Text::Keep` only).
    pub all_text: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageInfo {
    /// 1-based line and column of the message id.
    pub at: (usize, usize),
    /// Whether a `#` comment for translators stands directly above it.
    pub commented: bool,
    pub value: Option<PatternInfo>,
    /// In file order; a message has a handful at most, so a list beats a map here.
    pub attributes: Vec<(String, PatternInfo)>,
}

impl MessageInfo {
    pub fn pattern(&self, attribute: Option<&str>) -> Option<&PatternInfo> {
        match attribute {
            None => self.value.as_ref(),
            Some(name) => self.attribute(name),
        }
    }

    pub fn attribute(&self, name: &str) -> Option<&PatternInfo> {
        self.attributes.iter().find(|(attribute, _)| attribute == name).map(|(_, pattern)| pattern)
    }

    /// The value and every attribute, each as `(attribute name or None, pattern)`.
    pub fn patterns(&self) -> impl Iterator<Item = (Option<&str>, &PatternInfo)> {
        let value = self.value.iter().map(|pattern| (None, pattern));
        value.chain(self.attributes.iter().map(|(name, pattern)| (Some(name.as_str()), pattern)))
    }
}

/// Whether to keep each pattern's plain text in the summary. Only the source language's text
/// is checked (word limits, banned phrases); skipping it elsewhere keeps start-up fast.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    Keep,
    Skip,
}

/// A parsed `.ftl` file.
#[derive(Debug)]
pub struct FluentFile {
    pub path: String,
    pub resource: Arc<FluentResource>,
    pub messages: BTreeMap<String, MessageInfo>,
    pub terms: BTreeSet<String>,
}

impl FluentFile {
    /// Parses `text`; syntax errors and duplicate ids come back as errors with line:column,
    /// and the rest of the file is still usable.
    pub fn parse(path: &str, text: String, keep: Text) -> (FluentFile, Vec<ContentError>) {
        let (resource, syntax_errors) = match FluentResource::try_new(text) {
            Ok(resource) => (resource, Vec::new()),
            Err((resource, syntax_errors)) => (resource, syntax_errors),
        };
        let mut errors = Vec::new();
        let source = resource.source();
        let lines = LineIndex::new(source);
        for error in syntax_errors {
            // Point at the start of the broken entry, where the author should look first, and
            // say where the parser gave up if that is elsewhere.
            let entry_start = error.slice.as_ref().map_or(error.pos.start, |slice| slice.start);
            let (line, column) = lines.line_column(entry_start);
            let (stop_line, stop_column) = lines.line_column(error.pos.start);
            let mut problem = format!("Fluent syntax: {}", error.kind);
            if (stop_line, stop_column) != (line, column) {
                problem.push_str(&format!(" (noticed at {stop_line}:{stop_column})"));
            }
            errors.push(ContentError::new(path, Place::Text { line, column }, problem));
        }
        let (messages, terms) = summarise(path, &resource, &lines, keep, &mut errors);
        let file = FluentFile { path: path.to_owned(), resource: Arc::new(resource), messages, terms };
        (file, errors)
    }

    pub fn has(&self, id: &str, attribute: Option<&str>) -> bool {
        self.messages.get(id).and_then(|message| message.pattern(attribute)).is_some()
    }

    /// The text of every message's value and attributes (all variants), keyed by
    /// `(message id, attribute)`, read from the parsed resource whatever `Text` was chosen.
    pub fn texts(&self) -> BTreeMap<(String, Option<String>), String> {
        let mut texts = BTreeMap::new();
        for entry in self.resource.entries() {
            let ast::Entry::Message(message) = entry else { continue };
            let id = message.id.name.to_owned();
            if let Some(value) = &message.value {
                texts.insert((id.clone(), None), pattern_info(value, Text::Keep).all_text);
            }
            for attribute in &message.attributes {
                let key = (id.clone(), Some(attribute.id.name.to_owned()));
                texts.insert(key, pattern_info(&attribute.value, Text::Keep).all_text);
            }
        }
        texts
    }

    /// How many translatable units (values and attributes) the file holds.
    pub fn unit_count(&self) -> usize {
        self.messages.values().map(|message| message.patterns().count()).sum()
    }
}

type Summary = (BTreeMap<String, MessageInfo>, BTreeSet<String>);

fn summarise(
    path: &str,
    resource: &FluentResource,
    lines: &LineIndex,
    keep: Text,
    errors: &mut Vec<ContentError>,
) -> Summary {
    let text = resource.source();
    let mut messages = BTreeMap::new();
    let mut terms = BTreeSet::new();
    for entry in resource.entries() {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name;
                let offset = offset_in(text, id);
                let at = lines.line_column(offset);
                let info = MessageInfo {
                    at,
                    commented: is_message_comment(lines.line(at.0 - 1)),
                    value: message.value.as_ref().map(|value| pattern_info(value, keep)),
                    attributes: message
                        .attributes
                        .iter()
                        .map(|attribute| (attribute.id.name.to_owned(), pattern_info(&attribute.value, keep)))
                        .collect(),
                };
                if let Some(first) = messages.insert(id.to_owned(), info) {
                    let problem = format!("defined twice (first at line {})", first.at.0);
                    errors.push(ContentError::at_message(path, id, Some(at), problem));
                }
            }
            ast::Entry::Term(term) => {
                terms.insert(term.id.name.to_owned());
            }
            ast::Entry::Junk { .. }
            | ast::Entry::Comment(_)
            | ast::Entry::GroupComment(_)
            | ast::Entry::ResourceComment(_) => {}
        }
    }
    // fluent-bundle keeps messages and terms in one table: `x` and `-x` cannot both exist.
    for entry in resource.entries() {
        match entry {
            ast::Entry::Term(term) if messages.contains_key(term.id.name) => {
                let at = lines.line_column(offset_in(text, term.id.name).saturating_sub(1));
                let problem = format!("term `-{0}` has the same name as message `{0}`; rename one", term.id.name);
                errors.push(ContentError::new(path, Place::Text { line: at.0, column: at.1 }, problem));
            }
            _ => {}
        }
    }
    (messages, terms)
}

/// Fluent attaches a comment to a message only when its last line (`#`, not `##` or `###`)
/// stands directly above the message; the runtime parser skips comments, so read the line.
fn is_message_comment(line_above: &str) -> bool {
    line_above == "#" || line_above.starts_with("# ")
}

/// Byte offset of a slice the parser borrowed from `text`.
fn offset_in(text: &str, slice: &str) -> usize {
    (slice.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

/// Where the walk is: on the default variant path, and whether text is being kept at all.
#[derive(Clone, Copy)]
struct Walk {
    default_path: bool,
    keep: Text,
}

impl Walk {
    fn off_default(self) -> Walk {
        Walk { default_path: false, ..self }
    }
}

fn pattern_info(pattern: &ast::Pattern<&str>, keep: Text) -> PatternInfo {
    let mut info = PatternInfo::default();
    walk_pattern(pattern, &mut info, Walk { default_path: true, keep });
    info
}

fn walk_pattern(pattern: &ast::Pattern<&str>, info: &mut PatternInfo, walk: Walk) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => push_text(info, value, walk),
            ast::PatternElement::Placeable { expression } => walk_expression(expression, info, walk),
        }
    }
}

fn push_text(info: &mut PatternInfo, text: &str, walk: Walk) {
    if walk.keep == Text::Skip {
        return;
    }
    if walk.default_path {
        info.text.push_str(text);
    }
    info.all_text.push_str(text);
}

fn walk_expression(expression: &ast::Expression<&str>, info: &mut PatternInfo, walk: Walk) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, info, walk),
        ast::Expression::Select { selector, variants } => {
            walk_inline(selector, info, walk.off_default());
            for variant in variants {
                push_text(info, "\n", walk.off_default());
                let variant_walk = Walk { default_path: walk.default_path && variant.default, ..walk };
                walk_pattern(&variant.value, info, variant_walk);
            }
        }
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, info: &mut PatternInfo, walk: Walk) {
    match inline {
        ast::InlineExpression::StringLiteral { value } => push_text(info, value, walk),
        ast::InlineExpression::NumberLiteral { value } => push_text(info, value, walk),
        ast::InlineExpression::VariableReference { id } => {
            info.variables.insert(id.name.to_owned());
            push_text(info, "X", walk);
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            info.message_refs.insert(id.name.to_owned());
        }
        ast::InlineExpression::TermReference { id, arguments, .. } => {
            info.term_refs.insert(id.name.to_owned());
            if let Some(arguments) = arguments {
                walk_arguments(arguments, info, walk);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            walk_arguments(arguments, info, walk);
            push_text(info, "X", walk);
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, info, walk),
    }
}

fn walk_arguments(arguments: &ast::CallArguments<&str>, info: &mut PatternInfo, walk: Walk) {
    let named = arguments.named.iter().map(|argument| &argument.value);
    for argument in arguments.positional.iter().chain(named) {
        walk_inline(argument, info, walk.off_default());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_keeps_places_comments_variables_and_text() {
        let text = "\
# Shown on the home screen.
home-greeting = Hello, { $name }!
    .title = Welcome
plain = No comment here
## A group comment documents a group, not the message under it.
grouped = Under a group comment
count = { $n ->
    [one] One lesson
   *[other] { $n } lessons
}
";
        let (file, errors) = FluentFile::parse("ui.ftl", text.to_owned(), Text::Keep);
        assert!(errors.is_empty(), "{errors:?}");
        let greeting = &file.messages["home-greeting"];
        assert_eq!(greeting.at, (2, 1));
        assert!(greeting.commented);
        assert!(!file.messages["plain"].commented);
        assert!(!file.messages["grouped"].commented);
        assert_eq!(greeting.value.as_ref().unwrap().variables, BTreeSet::from(["name".to_owned()]));
        assert_eq!(greeting.attribute("title").unwrap().text, "Welcome");
        let count = file.messages["count"].value.as_ref().unwrap();
        assert_eq!(count.text, "X lessons");
        assert!(count.all_text.contains("One lesson"));
        assert_eq!(file.unit_count(), 5);
    }

    #[test]
    fn syntax_errors_and_duplicates_have_line_and_column() {
        let text = "ok = fine\nbroken = { $x\nok = again\n";
        let (file, errors) = FluentFile::parse("x.ftl", text.to_owned(), Text::Keep);
        assert!(file.messages.contains_key("ok"));
        let rendered: Vec<_> = errors.iter().map(ToString::to_string).collect();
        assert!(rendered.iter().any(|e| e.starts_with("x.ftl:2:") && e.contains("Fluent syntax")), "{rendered:?}");
        assert!(
            rendered.contains(&"x.ftl:3:1: message `ok`: defined twice (first at line 1)".to_owned()),
            "{rendered:?}"
        );
    }
}
