//! The catalog: every lesson and every locale, loaded once and validated as a whole. A catalog
//! with any error is refused, so a broken lesson never reaches a child; the content tool and the
//! tests list all errors at once, each naming the file and the place.

use super::error::{ContentError, ContentErrors, Place};
use super::fluent_file::{FluentFile, Text};
use super::guide;
use super::locale::{Direction, LOCALE_FORMAT, LocaleMeta};
use super::messages::{
    ExpectedMessage, LIBRARY_UI_MESSAGES, band_message, card_message, expected_messages, question_message,
    topic_message,
};
use super::model::{Band, Lesson};
use super::source::ContentFiles;
use super::validate::{check_lesson, json_error, parse_lesson};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, OnceLock};
use unic_langid::{CharacterDirection, LanguageIdentifier};

/// The source language: complete by definition, and the end of every fallback chain.
pub const SOURCE_LOCALE: &str = "en";

/// One locale's files.
#[derive(Debug)]
pub struct LocaleContent {
    pub meta: LocaleMeta,
    pub language: LanguageIdentifier,
    pub ui: Option<FluentFile>,
    /// Keyed by lesson id.
    pub lessons: BTreeMap<String, FluentFile>,
    /// The lesson texts are not in this build but come as a pack (the web build); `lessons` is
    /// then empty until a pack is read with `Catalog::read_lesson_pack`.
    pub lessons_in_pack: bool,
}

impl LocaleContent {
    pub fn ui_path(code: &str) -> String {
        format!("locales/{code}/ui.ftl")
    }

    pub fn lesson_path(code: &str, lesson: &str) -> String {
        format!("locales/{code}/lessons/{lesson}.ftl")
    }
}

#[derive(Debug)]
pub struct Catalog {
    lessons: Vec<Arc<Lesson>>,
    /// The source locale first, then the others by code.
    locales: Vec<LocaleContent>,
}

static EMBEDDED: OnceLock<Result<Catalog, ContentErrors>> = OnceLock::new();

/// How much to check. The app at start-up needs only what keeps a lesson working (structure,
/// every message present, variables that match); the guide's rules for writing and translating
/// (reading grade, word limits, banned phrases, "not your fault", comments for translators, text
/// left in English) hold for the embedded content because the tests and the content tool apply
/// them to exactly these files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Checks {
    /// What a working app needs.
    Structure,
    /// Structure and every authoring rule: the content tool and the tests.
    Authoring,
}

impl Catalog {
    /// The catalog compiled into this binary, loaded and validated on first use.
    pub fn embedded() -> Result<&'static Catalog, &'static ContentErrors> {
        EMBEDDED.get_or_init(|| Catalog::load_with(&ContentFiles::embedded(), Checks::Structure)).as_ref()
    }

    /// Loads and applies every check; refuses the whole catalog if anything is wrong.
    pub fn load(files: &ContentFiles) -> Result<Catalog, ContentErrors> {
        Catalog::load_with(files, Checks::Authoring)
    }

    pub fn load_with(files: &ContentFiles, checks: Checks) -> Result<Catalog, ContentErrors> {
        let (catalog, errors) = Catalog::build_with(files, checks);
        if errors.is_empty() { Ok(catalog) } else { Err(ContentErrors(errors)) }
    }

    /// Loads what can be loaded and lists every problem; for the content tool's reports.
    pub fn build(files: &ContentFiles) -> (Catalog, Vec<ContentError>) {
        Catalog::build_with(files, Checks::Authoring)
    }

    pub fn build_with(files: &ContentFiles, checks: Checks) -> (Catalog, Vec<ContentError>) {
        let mut errors = files.errors.clone();
        let mut lessons = Vec::new();
        let mut metas: BTreeMap<String, LocaleMeta> = BTreeMap::new();
        let mut uis: BTreeMap<String, FluentFile> = BTreeMap::new();
        let mut lesson_texts: BTreeMap<String, BTreeMap<String, FluentFile>> = BTreeMap::new();
        let mut locale_dirs: BTreeSet<String> = BTreeSet::new();
        // Lesson files that exist, even unparsable ones, so their texts are not called orphans.
        let mut lesson_files: BTreeSet<String> = BTreeSet::new();

        for file in &files.files {
            let path = file.path.as_str();
            let parts: Vec<&str> = path.split('/').collect();
            match parts.as_slice() {
                ["lessons", name] if name.ends_with(".json") => {
                    lesson_files.insert(name.trim_end_matches(".json").to_owned());
                    match parse_lesson(path, &file.text) {
                        Ok(lesson) => {
                            let expected = expected_messages(&lesson);
                            errors.extend(check_lesson(path, &lesson, &expected));
                            lessons.push((lesson, expected));
                        }
                        Err(error) => errors.push(error),
                    }
                }
                ["locales", code, "locale.json"] => {
                    locale_dirs.insert((*code).to_owned());
                    if let Some(meta) = parse_locale_meta(path, code, &file.text, &mut errors) {
                        metas.insert((*code).to_owned(), meta);
                    }
                }
                ["locales", code, "ui.ftl"] => {
                    locale_dirs.insert((*code).to_owned());
                    let (parsed, parse_errors) =
                        FluentFile::parse(path, file.text.to_string(), text_kept_for(code, checks));
                    errors.extend(parse_errors);
                    uis.insert((*code).to_owned(), parsed);
                }
                ["locales", code, "lessons", name] if name.ends_with(".ftl") => {
                    locale_dirs.insert((*code).to_owned());
                    let lesson_id = name.trim_end_matches(".ftl").to_owned();
                    let (parsed, parse_errors) =
                        FluentFile::parse(path, file.text.to_string(), text_kept_for(code, checks));
                    errors.extend(parse_errors);
                    lesson_texts.entry((*code).to_owned()).or_default().insert(lesson_id, parsed);
                }
                _ => errors.push(ContentError::in_file(
                    path,
                    "is not where content goes: lessons/<id>.json, locales/<code>/locale.json, \
                     locales/<code>/ui.ftl or locales/<code>/lessons/<id>.ftl",
                )),
            }
        }

        lessons.sort_by(|(a, _), (b, _)| (a.band, &a.id).cmp(&(b.band, &b.id)));
        let mut ids = BTreeSet::new();
        for (lesson, _) in &lessons {
            if !ids.insert(lesson.id.as_str()) {
                let problem = format!("lesson id `{}` is used by another lesson file", lesson.id);
                errors.push(ContentError::at_json(format!("lessons/{}.json", lesson.id), "id", problem));
            }
        }

        let mut locales = Vec::new();
        for code in &locale_dirs {
            let Some(meta) = metas.remove(code) else {
                errors.push(ContentError::in_file(
                    format!("locales/{code}/locale.json"),
                    "is missing: every locale needs one",
                ));
                continue;
            };
            let Ok(language) = code.parse::<LanguageIdentifier>() else { continue };
            let ui = uis.remove(code);
            let lessons = lesson_texts.remove(code).unwrap_or_default();
            let lessons_in_pack = files.lessons_in_packs.contains(code);
            locales.push(LocaleContent { meta, language, ui, lessons, lessons_in_pack });
        }
        locales.sort_by_key(|locale| (locale.meta.code != SOURCE_LOCALE, locale.meta.code.clone()));

        let (lessons, expected): (Vec<Lesson>, Vec<Vec<ExpectedMessage>>) = lessons.into_iter().unzip();
        let catalog = Catalog { lessons: lessons.into_iter().map(Arc::new).collect(), locales };
        catalog.check_messages(&expected, &lesson_files, checks, &mut errors);
        (catalog, errors)
    }

    pub fn lessons(&self) -> &[Arc<Lesson>] {
        &self.lessons
    }

    pub fn lesson(&self, id: &str) -> Option<&Arc<Lesson>> {
        self.lessons.iter().find(|lesson| lesson.id == id)
    }

    pub fn lessons_in(&self, band: Band) -> impl Iterator<Item = &Arc<Lesson>> {
        self.lessons.iter().filter(move |lesson| lesson.band == band)
    }

    pub fn locales(&self) -> &[LocaleContent] {
        &self.locales
    }

    pub fn locale(&self, code: &str) -> Option<&LocaleContent> {
        self.locales.iter().find(|locale| locale.meta.code == code)
    }

    pub fn source_locale(&self) -> Option<&LocaleContent> {
        self.locale(SOURCE_LOCALE)
    }

    /// Cross-file checks: English has every message the lessons and the library need; other
    /// locales match English; no English text uses a phrase the content guide bans.
    /// `expected[i]` holds the messages `self.lessons[i]` refers to.
    fn check_messages(
        &self,
        expected: &[Vec<ExpectedMessage>],
        lesson_files: &BTreeSet<String>,
        checks: Checks,
        errors: &mut Vec<ContentError>,
    ) {
        let Some(english) = self.source_locale() else {
            errors.push(ContentError::in_file(
                format!("locales/{SOURCE_LOCALE}/locale.json"),
                "is missing: English is the source locale and must exist",
            ));
            return;
        };
        self.check_english_ui(english, checks, errors);
        for (lesson, expected) in self.lessons.iter().zip(expected) {
            let path = LocaleContent::lesson_path(SOURCE_LOCALE, &lesson.id);
            match english.lessons.get(&lesson.id) {
                Some(file) => check_english_lesson(lesson, expected, file, checks, errors),
                None => errors.push(ContentError::in_file(path, "is missing: every lesson needs its English text")),
            }
        }
        // English text per file, read once however many locales compare against it.
        let mut english_texts = BTreeMap::new();
        for locale in &self.locales {
            for file in locale.ui.iter().chain(locale.lessons.values()) {
                check_references(file, errors);
            }
            for (lesson_id, file) in &locale.lessons {
                if !lesson_files.contains(lesson_id) {
                    let problem = format!("has no lesson: there is no lessons/{lesson_id}.json");
                    errors.push(ContentError::in_file(&file.path, problem));
                }
            }
            if locale.meta.code == SOURCE_LOCALE {
                continue;
            }
            let pairs = [(locale.ui.as_ref(), english.ui.as_ref(), LocaleContent::ui_path(&locale.meta.code))];
            let lesson_pairs = self.lessons.iter().map(|lesson| {
                let path = LocaleContent::lesson_path(&locale.meta.code, &lesson.id);
                (locale.lessons.get(&lesson.id), english.lessons.get(&lesson.id), path)
            });
            for (translated, source, path) in pairs.into_iter().chain(lesson_pairs) {
                let Some(source) = source else { continue };
                match translated {
                    Some(translated) => {
                        check_translation(locale, translated, source, checks, &mut english_texts, errors)
                    }
                    None if locale.meta.status.requires_every_message() && !locale.lessons_in_pack => {
                        let problem = format!("is missing, but the locale is marked {}", locale.meta.status.id());
                        errors.push(ContentError::in_file(path, problem));
                    }
                    None => {}
                }
            }
        }
    }

    fn check_english_ui(&self, english: &LocaleContent, checks: Checks, errors: &mut Vec<ContentError>) {
        let path = LocaleContent::ui_path(SOURCE_LOCALE);
        let Some(ui) = &english.ui else {
            errors.push(ContentError::in_file(path, "is missing: English UI text is required"));
            return;
        };
        let topics = self
            .lessons
            .iter()
            .map(|lesson| (topic_message(&lesson.topic), format!("topic of lessons/{}.json", lesson.id)));
        let bands = Band::ALL.into_iter().map(|band| (band_message(band), "a lesson band".to_owned()));
        let library = LIBRARY_UI_MESSAGES.iter().map(|id| ((*id).to_owned(), "used by the app".to_owned()));
        for (id, why) in library.chain(bands).chain(topics) {
            if !ui.has(&id, None) {
                errors.push(ContentError::at_message(&path, id, None, format!("is missing ({why})")));
            }
        }
        if checks == Checks::Structure {
            return;
        }
        for (id, message) in &ui.messages {
            if !message.commented {
                errors.push(ContentError::at_message(
                    &path,
                    id,
                    Some(message.at),
                    "needs a `#` comment for translators",
                ));
            }
            check_banned_phrases(&path, id, message, errors);
        }
    }
}

/// The guide's text checks read the source language only.
fn text_kept_for(code: &str, checks: Checks) -> Text {
    if checks == Checks::Structure {
        return Text::Skip;
    }
    if code == SOURCE_LOCALE { Text::Keep } else { Text::Skip }
}

fn parse_locale_meta(path: &str, code: &str, text: &str, errors: &mut Vec<ContentError>) -> Option<LocaleMeta> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let meta: LocaleMeta = match serde_path_to_error::deserialize(&mut deserializer) {
        Ok(meta) => meta,
        Err(error) => {
            let json_path = error.path().to_string();
            errors.push(json_error(path, json_path, error.into_inner()));
            return None;
        }
    };
    if meta.format != LOCALE_FORMAT {
        errors.push(ContentError::at_json(
            path,
            "format",
            format!("is {}; this app reads format {LOCALE_FORMAT}", meta.format),
        ));
    }
    if meta.code != code {
        errors.push(ContentError::at_json(path, "code", format!("is `{}` but the folder is `{code}`", meta.code)));
    }
    if meta.name.trim().is_empty() {
        errors.push(ContentError::at_json(path, "name", "is empty: give the language's name in itself"));
    }
    match code.parse::<LanguageIdentifier>() {
        Ok(language) => {
            let expected = match language.character_direction() {
                CharacterDirection::RTL => Direction::Rtl,
                _ => Direction::Ltr,
            };
            if meta.direction != expected {
                let problem = format!("is {} but {code} is written {}", meta.direction.html(), expected.html());
                errors.push(ContentError::at_json(path, "direction", problem));
            }
        }
        Err(_) => errors.push(ContentError::at_json(path, "code", format!("`{code}` is not a BCP 47 language tag"))),
    }
    if code == SOURCE_LOCALE && meta.status != super::locale::LocaleStatus::Complete {
        errors.push(ContentError::at_json(path, "status", "English is the source and must be complete"));
    }
    Some(meta)
}

fn check_english_lesson(
    lesson: &Lesson,
    expected: &[ExpectedMessage],
    file: &FluentFile,
    checks: Checks,
    errors: &mut Vec<ContentError>,
) {
    let path = file.path.as_str();
    let limit = guide::limits(lesson.band).words_per_card;
    // Only a problem pays for formatting its context: this runs for every message at start-up.
    let wanted_by =
        |message: &super::messages::ExpectedMessage| format!("{} in lessons/{}.json", message.origin, lesson.id);
    for message in expected {
        let Some(found) = file.messages.get(&message.id) else {
            let problem = format!("is missing (for {})", wanted_by(message));
            errors.push(ContentError::at_message(path, &message.id, None, problem));
            continue;
        };
        let at = Some(found.at);
        if message.needs_value && found.value.is_none() {
            let problem = format!("needs a value (for {})", wanted_by(message));
            errors.push(ContentError::at_message(path, &message.id, at, problem));
        }
        for attribute in &message.attributes {
            if found.attribute(attribute).is_none() {
                errors.push(ContentError::at_message(
                    path,
                    &message.id,
                    at,
                    format!("needs a `.{attribute}` attribute"),
                ));
            }
        }
        for attribute in message.word_limited.iter().filter(|_| checks == Checks::Authoring) {
            let Some(pattern) = found.pattern(*attribute) else { continue };
            let words = guide::word_count(&pattern.text);
            if words > limit {
                let what = attribute.map_or("text".to_owned(), |name| format!("`.{name}`"));
                let problem = format!("{what} has {words} words; {} cards have at most {limit}", lesson.band.id());
                errors.push(ContentError::at_message(path, &message.id, at, problem));
            }
        }
    }
    let expected_ids: BTreeSet<&str> = expected.iter().map(|message| message.id.as_str()).collect();
    for (id, message) in &file.messages {
        let at = Some(message.at);
        if !expected_ids.contains(id.as_str()) {
            let problem =
                format!("is not used by lessons/{}.json (a typo, or a card or question that was removed?)", lesson.id);
            errors.push(ContentError::at_message(path, id, at, problem));
        }
        if checks == Checks::Structure {
            continue;
        }
        if !message.commented {
            errors.push(ContentError::at_message(path, id, at, "needs a `#` comment for translators"));
        }
        check_banned_phrases(path, id, message, errors);
    }
    if checks == Checks::Structure {
        return;
    }
    check_reading_level(lesson, expected, file, errors);
    check_question_texts_differ(lesson, file, errors);
    if guide::HARM_TOPICS.contains(&lesson.topic.as_str())
        && !file.messages.values().any(|message| message.patterns().any(|(_, p)| guide::says_not_at_fault(&p.text)))
    {
        let problem = format!(
            "is about harm (topic `{}`) but never says plainly that it is not the child's fault \
             (content guide, principle 1)",
            lesson.topic
        );
        errors.push(ContentError::in_file(path, problem));
    }
}

/// One card's, or one question's, reading grade (Flesch–Kincaid) in English.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadingGrade {
    /// The card's or the question's message id (`card-…`, `q-…`).
    pub message: String,
    /// Whether it is a question read with its hint, options and feedback, or a card.
    pub question: bool,
    pub grade: f64,
}

/// The grade of each card, and of each question read with its hint, options, feedback and
/// explanation, as a reader meets them.
pub fn reading_grades(lesson: &Lesson, expected: &[ExpectedMessage], file: &FluentFile) -> Vec<ReadingGrade> {
    let grade_of = |messages: &[&str]| {
        let texts = messages
            .iter()
            .filter_map(|id| file.messages.get(*id))
            .flat_map(|message| message.patterns().map(|(_, pattern)| pattern.text.as_str()));
        guide::reading_grade(texts)
    };
    let mut grades = Vec::new();
    for card in &lesson.cards {
        let id = card_message(&card.id);
        // The child reads the card's value; its together-mode prompt is for the grown-up.
        let value = file.messages.get(&id).and_then(|message| message.value.as_ref());
        let grade = guide::reading_grade(value.map(|pattern| pattern.text.as_str()));
        grades.push(ReadingGrade { grade, message: id, question: false });
    }
    for (index, question) in lesson.questions.iter().enumerate() {
        let origin = format!("questions[{index}]");
        let part_origin = format!("{origin}.");
        let messages: Vec<&str> = expected
            .iter()
            .filter(|message| message.origin == origin || message.origin.starts_with(&part_origin))
            .map(|message| message.id.as_str())
            .collect();
        grades.push(ReadingGrade {
            grade: grade_of(&messages),
            message: question_message(&question.id),
            question: true,
        });
    }
    grades
}

/// Each card and each question must stay within the band's reading grade.
fn check_reading_level(
    lesson: &Lesson,
    expected: &[ExpectedMessage],
    file: &FluentFile,
    errors: &mut Vec<ContentError>,
) {
    let max_grade = guide::limits(lesson.band).max_grade;
    for reading in reading_grades(lesson, expected, file) {
        if reading.grade > max_grade {
            let what = match reading.message.strip_prefix("q-") {
                Some(question) if reading.question => {
                    format!("question `{question}` with its hint, options and feedback")
                }
                _ => "the card".to_owned(),
            };
            let at = file.messages.get(&reading.message).map(|message| message.at);
            let problem = format!(
                "{what} reads at Flesch–Kincaid grade {:.1}; {} text stays at {max_grade} or below \
                 (shorter sentences, shorter words)",
                reading.grade,
                lesson.band.id()
            );
            errors.push(ContentError::at_message(&file.path, &reading.message, at, problem));
        }
    }
}

/// Two questions asking the same thing read as a mistake to a child, and skew the score.
fn check_question_texts_differ(lesson: &Lesson, file: &FluentFile, errors: &mut Vec<ContentError>) {
    let mut seen: BTreeMap<String, &str> = BTreeMap::new();
    for question in &lesson.questions {
        let id = question_message(&question.id);
        let Some(message) = file.messages.get(&id) else { continue };
        let Some(value) = &message.value else { continue };
        let normalized = value.text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        if let Some(first) = seen.get(&normalized) {
            let problem = format!("asks the same as question `{first}`; each question needs its own text");
            errors.push(ContentError::at_message(file.path.as_str(), &id, Some(message.at), problem));
        } else {
            seen.insert(normalized, question.id.as_str());
        }
    }
}

fn check_banned_phrases(
    path: &str,
    id: &str,
    message: &super::fluent_file::MessageInfo,
    errors: &mut Vec<ContentError>,
) {
    for (_, pattern) in message.patterns() {
        for phrase in guide::banned_phrases_in(&pattern.all_text) {
            let problem = format!("uses \"{phrase}\", which the content guide bans");
            errors.push(ContentError::at_message(path, id, Some(message.at), problem));
        }
    }
}

/// Message and term references must resolve inside the same file: each file is its own bundle.
pub(super) fn check_references(file: &FluentFile, errors: &mut Vec<ContentError>) {
    for (id, message) in &file.messages {
        for (_, pattern) in message.patterns() {
            for reference in pattern.message_refs.iter().filter(|r| !file.messages.contains_key(*r)) {
                let problem = format!("refers to message `{reference}`, which this file does not define");
                errors.push(ContentError::at_message(&file.path, id, Some(message.at), problem));
            }
            for term in pattern.term_refs.iter().filter(|t| !file.terms.contains(*t)) {
                let problem = format!("refers to term `-{term}`, which this file does not define");
                errors.push(ContentError::at_message(&file.path, id, Some(message.at), problem));
            }
        }
    }
}

/// A translation has only messages English has, with the same variables, and (when its locale
/// claims to be finished) every one of them.
/// Each English file's texts by `(message, attribute)`, keyed by the file's path.
pub(super) type TextsByFile = BTreeMap<String, BTreeMap<(String, Option<String>), String>>;

pub(super) fn check_translation(
    locale: &LocaleContent,
    translated: &FluentFile,
    source: &FluentFile,
    checks: Checks,
    english_texts: &mut TextsByFile,
    errors: &mut Vec<ContentError>,
) {
    let path = translated.path.as_str();
    for (id, message) in &translated.messages {
        let at = Some(message.at);
        let Some(english) = source.messages.get(id) else {
            errors.push(ContentError::at_message(
                path,
                id,
                at,
                format!("is not in {} (renamed or removed?)", source.path),
            ));
            continue;
        };
        for (attribute, pattern) in message.patterns() {
            let what = attribute.map_or("its value".to_owned(), |name| format!("`.{name}`"));
            let Some(english_pattern) = english.pattern(attribute) else {
                errors.push(ContentError::at_message(path, id, at, format!("{what} is not in {}", source.path)));
                continue;
            };
            if pattern.variables != english_pattern.variables {
                let problem = format!(
                    "{what} uses variables {} but English uses {}",
                    variable_list(&pattern.variables),
                    variable_list(&english_pattern.variables)
                );
                errors.push(ContentError::at_message(path, id, at, problem));
            }
        }
    }
    if locale.meta.status.requires_every_message() {
        if checks == Checks::Authoring {
            let english = english_texts.entry(source.path.clone()).or_insert_with(|| source.texts());
            check_not_left_in_english(locale, translated, english, errors);
        }
        for (id, english) in &source.messages {
            for (attribute, _) in english.patterns() {
                if !translated.has(id, attribute) {
                    let what = attribute.map_or(String::new(), |name| format!("`.{name}` "));
                    let problem = format!("{what}is missing, but the locale is marked {}", locale.meta.status.id());
                    errors.push(ContentError::new(path, Place::Message { id: id.clone(), at: None }, problem));
                }
            }
        }
    }
}

/// In a locale that says it is translated, a message that reads exactly as in English was most
/// likely forgotten, unless it holds no words (a name in a term, a number) or the locale lists it
/// in `same_as_english`.
fn check_not_left_in_english(
    locale: &LocaleContent,
    translated: &FluentFile,
    english: &BTreeMap<(String, Option<String>), String>,
    errors: &mut Vec<ContentError>,
) {
    for ((id, attribute), text) in translated.texts() {
        let Some(english_text) = english.get(&(id.clone(), attribute.clone())) else { continue };
        let has_words = text.split(|c: char| !c.is_alphabetic()).any(|word| word.chars().count() > 1);
        if text.trim() == english_text.trim() && has_words && !locale.meta.same_as_english.contains(&id) {
            let what = attribute.map_or("its text".to_owned(), |name| format!("`.{name}`"));
            let problem = format!(
                "{what} is the same as in English; translate it, or list `{id}` under same_as_english in \
                 locales/{}/locale.json if that is right",
                locale.meta.code
            );
            let at = translated.messages.get(&id).map(|message| message.at);
            errors.push(ContentError::at_message(&translated.path, &id, at, problem));
        }
    }
}

fn variable_list(variables: &BTreeSet<String>) -> String {
    if variables.is_empty() {
        return "none".to_owned();
    }
    variables.iter().map(|name| format!("${name}")).collect::<Vec<_>>().join(", ")
}
