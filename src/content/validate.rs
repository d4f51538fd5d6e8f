//! Checks of one lesson file on its own: it parses, it is the format this app reads, and every
//! question is well formed for its kind. Cross-file checks (messages, locales) are in `catalog`.

use super::error::{ContentError, Place};
use super::guide;
use super::messages::ExpectedMessage;
use super::model::{LESSON_FORMAT, Lesson, QuestionKind};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

/// Parses a lesson file; a serde error keeps its JSON path and line:column.
pub fn parse_lesson(path: &str, text: &str) -> Result<Lesson, ContentError> {
    #[derive(Deserialize)]
    struct FormatOnly {
        format: Option<serde_json::Value>,
    }
    // Read the version first, so a file from a newer app says so instead of listing odd fields.
    if let Ok(FormatOnly { format: Some(format) }) = serde_json::from_str::<FormatOnly>(text)
        && format.as_u64() != Some(u64::from(LESSON_FORMAT))
    {
        let problem = format!("lesson format {format} is not one this app reads (it reads format {LESSON_FORMAT})");
        return Err(ContentError::at_json(path, "format", problem));
    }
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let lesson: Lesson = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|error| json_error(path, error.path().to_string(), error.into_inner()))?;
    deserializer.end().map_err(|error| json_error(path, "(end of file)".to_owned(), error))?;
    Ok(lesson)
}

/// A serde_json error as a content error; its "at line L column C" becomes the place.
/// A syntax error has no JSON path (serde_path_to_error says `?`), so it gets line:column alone.
pub fn json_error(file: &str, json_path: String, error: serde_json::Error) -> ContentError {
    let at = (error.line() > 0).then(|| (error.line(), error.column()));
    let problem = serde_problem(&error);
    let place = match (json_path.as_str(), at) {
        ("?", Some((line, column))) => Place::Text { line, column },
        (".", _) => Place::Json { path: "(top level)".to_owned(), at },
        _ => Place::Json { path: json_path, at },
    };
    let problem = if error.is_syntax() || error.is_eof() { format!("JSON syntax: {problem}") } else { problem };
    ContentError::new(file, place, problem)
}

/// A serde_json error's text without its " at line L column C" tail, for callers that show
/// the place their own way.
pub fn serde_problem(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_owned(),
        None => text,
    }
}

/// Ids are kebab-case so they make valid Fluent ids and tidy URLs.
pub fn is_kebab_id(id: &str) -> bool {
    !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
}

/// Every structural problem of `lesson`, read from `path`; `expected` is
/// `expected_messages(lesson)`, which the caller needs again for the Fluent checks.
pub fn check_lesson(path: &str, lesson: &Lesson, expected: &[ExpectedMessage]) -> Vec<ContentError> {
    let mut check = Checker { path, errors: Vec::new() };
    let expected_id = path.rsplit('/').next().and_then(|name| name.strip_suffix(".json")).unwrap_or(path);
    check.id("id", &lesson.id);
    if lesson.id != expected_id {
        check.error("id", format!("is `{}` but the file is named `{expected_id}.json`; they must match", lesson.id));
    }
    check.id("topic", &lesson.topic);
    if !(1..=30).contains(&lesson.minutes) {
        check.error("minutes", format!("is {}; a lesson takes 1 to 30 minutes", lesson.minutes));
    }
    if lesson.sources.is_empty() {
        check.error("sources", "needs at least one source: the guidance this lesson follows");
    }
    for (i, source) in lesson.sources.iter().enumerate() {
        if source.title.trim().is_empty() {
            check.error(&format!("sources[{i}].title"), "is empty");
        }
        if !is_https_url(&source.url) {
            check.error(&format!("sources[{i}].url"), format!("`{}` is not an https:// address", source.url));
        }
    }
    let limits = guide::limits(lesson.band);
    let band = lesson.band.id();
    if !limits.cards.contains(&lesson.cards.len()) {
        let (min, max) = (limits.cards.start(), limits.cards.end());
        check.error("cards", format!("has {} cards; {band} lessons have {min} to {max}", lesson.cards.len()));
    }
    check.unique_ids("cards", lesson.cards.iter().map(|card| card.id.as_str()));
    if !limits.questions.contains(&lesson.questions.len()) {
        let (min, max) = (limits.questions.start(), limits.questions.end());
        check.error(
            "questions",
            format!("has {} questions; {band} lessons have {min} to {max}", lesson.questions.len()),
        );
    }
    check.unique_ids("questions", lesson.questions.iter().map(|question| question.id.as_str()));
    for (index, question) in lesson.questions.iter().enumerate() {
        check.question(&format!("questions[{index}]"), &question.kind);
    }
    let mut derived: BTreeMap<String, String> = BTreeMap::new();
    for message in expected {
        if let Some(first) = derived.insert(message.id.clone(), message.origin.clone())
            && list_of(&first) != list_of(&message.origin)
        {
            let problem =
                format!("gives the message id `{}`, which {first} gives too; rename one of the ids", message.id);
            check.error(&message.origin, problem);
        }
    }
    check.errors
}

/// `questions[0].options` for `questions[0].options[2]`: a repeated id within one list is
/// reported as such, not again as a message collision.
fn list_of(origin: &str) -> &str {
    origin.rfind('[').map_or(origin, |bracket| &origin[..bracket])
}

fn is_https_url(url: &str) -> bool {
    url.strip_prefix("https://")
        .and_then(|rest| rest.split('/').next())
        .is_some_and(|host| host.contains('.') && !host.contains(char::is_whitespace))
}

struct Checker<'a> {
    path: &'a str,
    errors: Vec<ContentError>,
}

impl Checker<'_> {
    fn error(&mut self, json_path: &str, problem: impl Into<String>) {
        self.errors.push(ContentError::at_json(self.path, json_path, problem));
    }

    fn id(&mut self, json_path: &str, id: &str) {
        if !is_kebab_id(id) {
            self.error(json_path, format!("`{id}` is not a kebab-case id (a-z, 0-9 and single dashes)"));
        }
    }

    fn unique_ids<'i>(&mut self, json_path: &str, ids: impl Iterator<Item = &'i str>) {
        let mut seen = BTreeSet::new();
        for (index, id) in ids.enumerate() {
            let item_path = format!("{json_path}[{index}]");
            self.id(&item_path, id);
            if !seen.insert(id) {
                self.error(&item_path, format!("id `{id}` is used twice"));
            }
        }
    }

    fn count(&mut self, json_path: &str, count: usize, allowed: std::ops::RangeInclusive<usize>, what: &str) {
        if !allowed.contains(&count) {
            let (min, max) = (allowed.start(), allowed.end());
            self.error(json_path, format!("has {count} {what}; this kind of question takes {min} to {max}"));
        }
    }

    fn question(&mut self, at: &str, kind: &QuestionKind) {
        let field = |name: &str| format!("{at}.{name}");
        match kind {
            QuestionKind::SingleChoice { options } => {
                self.count(&field("options"), options.len(), 2..=6, "options");
                self.unique_ids(&field("options"), options.iter().map(|o| o.id.as_str()));
                let correct = options.iter().filter(|o| o.correct).count();
                if correct != 1 {
                    self.error(
                        &field("options"),
                        format!("single choice needs exactly one correct option, found {correct}"),
                    );
                }
            }
            QuestionKind::MultipleChoice { options } => {
                self.count(&field("options"), options.len(), 3..=8, "options");
                self.unique_ids(&field("options"), options.iter().map(|o| o.id.as_str()));
                if !options.iter().any(|o| o.correct) {
                    self.error(&field("options"), "multiple choice needs at least one correct option");
                }
            }
            QuestionKind::TrueFalse { .. } => {}
            QuestionKind::Scenario { options } => {
                self.count(&field("options"), options.len(), 2..=6, "actions");
                self.unique_ids(&field("options"), options.iter().map(|o| o.id.as_str()));
                if options.first().is_some_and(|best| !best.good) {
                    self.error(&field("options[0]"), "actions are listed best first, so the first must be good");
                }
                let first_unhelpful = options.iter().position(|o| !o.good).unwrap_or(options.len());
                if let Some(late) = options.iter().skip(first_unhelpful).position(|o| o.good) {
                    let index = first_unhelpful + late;
                    self.error(
                        &field(&format!("options[{index}]")),
                        "a good action is listed after an unhelpful one; list best first",
                    );
                }
            }
            QuestionKind::SortIntoGroups { groups, items } => {
                self.count(&field("groups"), groups.len(), 2..=3, "groups");
                self.count(&field("items"), items.len(), 4..=10, "items");
                let parts = groups.iter().map(String::as_str).chain(items.iter().map(|item| item.id.as_str()));
                self.unique_ids(&field("groups+items"), parts);
                for (index, item) in items.iter().enumerate() {
                    if !groups.contains(&item.group) {
                        self.error(
                            &field(&format!("items[{index}].group")),
                            format!("`{}` is not one of the groups", item.group),
                        );
                    }
                }
                for (index, group) in groups.iter().enumerate() {
                    if !items.iter().any(|item| &item.group == group) {
                        self.error(&field(&format!("groups[{index}]")), format!("no item belongs in `{group}`"));
                    }
                }
            }
            QuestionKind::OrderSteps { steps } => {
                self.count(&field("steps"), steps.len(), 3..=6, "steps");
                self.unique_ids(&field("steps"), steps.iter().map(String::as_str));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_ids() {
        assert!(is_kebab_id("my-private-info-2"));
        for bad in ["", "My", "a_b", "-a", "a-", "a--b", "é"] {
            assert!(!is_kebab_id(bad), "{bad}");
        }
    }

    #[test]
    fn https_sources_only() {
        assert!(is_https_url("https://www.nspcc.org.uk/keeping-children-safe/"));
        assert!(!is_https_url("http://example.org"));
        assert!(!is_https_url("https://localhost/"));
    }
}
