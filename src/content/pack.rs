//! One language's lesson texts, delivered apart from the app (which files, and the names, are in
//! `pack_files`): the pack's JSON shape, and reading a pack against the catalog with the same
//! checks the embedded texts get at start-up. A stale or broken pack is refused with an error
//! naming the pack, the lesson and the message, and the lessons stay readable in English.

use super::Checks;
use super::catalog::{Catalog, TextsByFile, check_references, check_translation};
use super::error::{ContentError, ContentErrors};
use super::fluent_file::{FluentFile, Text};
use super::source::ContentFiles;
use super::validate::json_error;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

pub use super::pack_files::{PACK_FOLDER, pack_path, separate_lesson_file, version, without_comments};

/// The shape of a pack file; a later shape gets a new number.
pub const PACK_FORMAT: u32 = 1;

/// `packs/<code>.<version>.json` as the web build writes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackFile {
    pub format: u32,
    pub code: String,
    /// The fingerprint of every separate lesson file of the build that wrote it.
    pub version: String,
    /// Lesson id → the lesson's Fluent text in this language.
    pub lessons: BTreeMap<String, String>,
}

/// Splits content as the web build does: the files it embeds (every interface, English lessons),
/// and one pack per other language, as `xtask build-web` writes them.
pub fn split_for_web(mut files: ContentFiles) -> (ContentFiles, BTreeMap<String, PackFile>) {
    let (separate, embedded): (Vec<_>, Vec<_>) =
        files.files.into_iter().partition(|file| separate_lesson_file(&file.path).is_some());
    files.files = embedded;
    let version = version(separate.iter().map(|file| (file.path.as_str(), file.text.as_ref())));
    let mut packs: BTreeMap<String, PackFile> = BTreeMap::new();
    for file in &separate {
        let Some((code, lesson)) = separate_lesson_file(&file.path) else { continue };
        let pack = packs.entry(code.to_owned()).or_insert_with(|| PackFile {
            format: PACK_FORMAT,
            code: code.to_owned(),
            version: version.clone(),
            lessons: BTreeMap::new(),
        });
        pack.lessons.insert(lesson.to_owned(), without_comments(&file.text));
    }
    files.lessons_in_packs = packs.keys().cloned().collect();
    (files, packs)
}

/// A pack that passed the checks: its lesson texts, ready for the localizer.
#[derive(Debug)]
pub struct LessonPack {
    pub code: String,
    /// Keyed by lesson id, like `LocaleContent::lessons`.
    pub lessons: BTreeMap<String, FluentFile>,
}

impl Catalog {
    /// Reads the pack at `path` (for error messages) for a locale whose lessons come in a pack,
    /// checking it as start-up checks embedded texts: every lesson present (unless the locale is
    /// partial), valid Fluent, the same messages, attributes and variables as English.
    pub fn read_lesson_pack(
        &self,
        path: &str,
        json: &str,
        expected_version: &str,
    ) -> Result<LessonPack, ContentErrors> {
        let refuse = |error: ContentError| ContentErrors(vec![error]);
        let mut deserializer = serde_json::Deserializer::from_str(json);
        let pack: PackFile = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
            let json_path = error.path().to_string();
            refuse(json_error(path, json_path, error.into_inner()))
        })?;
        if pack.format != PACK_FORMAT {
            let problem = format!("is {}; this app reads format {PACK_FORMAT}", pack.format);
            return Err(refuse(ContentError::at_json(path, "format", problem)));
        }
        if pack.version != expected_version {
            let problem = format!("is {}, but this app was built with lesson texts {expected_version}", pack.version);
            return Err(refuse(ContentError::at_json(path, "version", problem)));
        }
        let Some(locale) = self.locale(&pack.code).filter(|locale| locale.lessons_in_pack) else {
            let problem = format!("is `{}`, which has no lesson pack in this app", pack.code);
            return Err(refuse(ContentError::at_json(path, "code", problem)));
        };
        let english = self.source_locale().map(|english| &english.lessons);
        let mut errors = Vec::new();
        let mut lessons = BTreeMap::new();
        for (lesson_id, text) in pack.lessons {
            let place = format!("{path}#{lesson_id}");
            let Some(source) = english.and_then(|english| english.get(&lesson_id)) else {
                errors.push(ContentError::at_json(path, format!("lessons.{lesson_id}"), "is not a lesson of this app"));
                continue;
            };
            let (file, parse_errors) = FluentFile::parse(&place, text, Text::Skip);
            errors.extend(parse_errors);
            check_references(&file, &mut errors);
            check_translation(locale, &file, source, Checks::Structure, &mut TextsByFile::new(), &mut errors);
            lessons.insert(lesson_id, file);
        }
        if locale.meta.status.requires_every_message() {
            for lesson in self.lessons().iter().filter(|lesson| !lessons.contains_key(&lesson.id)) {
                let problem = format!("is missing, but {} is marked {}", pack.code, locale.meta.status.id());
                errors.push(ContentError::at_json(path, format!("lessons.{}", lesson.id), problem));
            }
        }
        if errors.is_empty() { Ok(LessonPack { code: pack.code, lessons }) } else { Err(ContentErrors(errors)) }
    }
}
