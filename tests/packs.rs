//! Lesson packs, the web build's one-file-per-language lesson texts: built from the real files
//! as the web build does, read back as the app reads them, and refused with an error naming the
//! pack, the lesson and the message when stale or broken. The browser tests fetch the packs the
//! real build writes.

use safesteps::content::pack::{pack_path, separate_lesson_file, split_for_web, version, without_comments};
use safesteps::content::{Catalog, Checks, ContentFiles, LessonPack, LessonText, PackFile};
use safesteps::i18n::Localizer;
use std::collections::BTreeMap;
use std::path::Path;
use std::rc::Rc;

struct WebBuild {
    catalog: Catalog,
    version: String,
    packs: BTreeMap<String, PackFile>,
}

/// The project's content split as the web build splits it: English lessons and every interface
/// embedded, other languages' lesson texts in packs.
fn web_build() -> WebBuild {
    let (files, packs) = split_for_web(ContentFiles::from_dir(Path::new(env!("CARGO_MANIFEST_DIR"))));
    let catalog = Catalog::load_with(&files, Checks::Structure).expect("the web build's catalog loads");
    let version = packs.values().next().map(|pack| pack.version.clone()).expect("packs");
    WebBuild { catalog, version, packs }
}

impl WebBuild {
    fn read(&self, code: &str, pack: &PackFile) -> Result<LessonPack, String> {
        let json = serde_json::to_string(pack).expect("a pack serializes");
        self.catalog
            .read_lesson_pack(&pack_path(code, &self.version), &json, &self.version)
            .map_err(|errors| errors.to_string())
    }

    fn spanish(&self) -> PackFile {
        self.packs.get("es").expect("Spanish lessons are translated").clone()
    }
}

#[test]
fn the_build_script_names_the_packs_as_the_web_build_writes_them() {
    let build = web_build();
    assert_eq!(ContentFiles::lesson_pack_version(), build.version);
    assert_eq!(
        build.packs.keys().map(String::as_str).collect::<Vec<_>>(),
        ["ar", "es", "fil", "fr", "id", "pt-BR", "sw"]
    );
}

#[test]
fn every_pack_reads_back_and_its_language_replaces_english_in_lessons() {
    let build = web_build();
    let lesson = build.catalog.lessons().first().expect("a lesson").clone();
    let title = LessonText::title(&lesson.id);
    let english_title = Localizer::new(&build.catalog, Some("en"), &[]).lesson(&title);
    for (code, pack) in &build.packs {
        let before = Localizer::new(&build.catalog, Some(code), &[]);
        assert_eq!(before.missing_packs(), [code.as_str()], "{code} waits for its pack");
        assert_eq!(before.lesson(&title), english_title, "{code}: English until the pack is read");
        assert!(!before.has_own_lesson_text(&title));

        let read = build.read(code, pack).unwrap_or_else(|problem| panic!("{code}: {problem}"));
        assert_eq!(read.lessons.len(), build.catalog.lessons().len(), "{code}: every lesson");
        let packs = BTreeMap::from([(code.clone(), Rc::new(read))]);
        let after = Localizer::with_packs(&build.catalog, Some(code), &[], &packs);
        assert!(after.missing_packs().is_empty());
        assert!(after.has_own_lesson_text(&title), "{code}");
        assert_ne!(after.lesson(&title), english_title, "{code}: the title is translated");
        assert_eq!(after.choice(), Some(code.as_str()));
    }
}

#[test]
fn a_pack_missing_a_message_is_refused_naming_the_pack_the_lesson_and_the_message() {
    let build = web_build();
    let mut pack = build.spanish();
    let lesson = "explorers-my-private-info";
    let text = pack.lessons.get_mut(lesson).expect("the lesson is in the pack");
    *text = text.lines().filter(|line| !line.starts_with("lesson-summary")).collect::<Vec<_>>().join("\n");
    let problem = build.read("es", &pack).expect_err("a message is missing");
    let place = format!("{}#{lesson}", pack_path("es", &build.version));
    assert!(problem.contains(&place), "{problem}");
    assert!(problem.contains("lesson-summary") && problem.contains("missing"), "{problem}");
}

#[test]
fn a_pack_missing_a_lesson_or_with_an_unknown_one_is_refused() {
    let build = web_build();
    let mut pack = build.spanish();
    let text = pack.lessons.remove("teens-livestreaming").expect("the lesson is in the pack");
    pack.lessons.insert("teens-no-such-lesson".to_owned(), text);
    let problem = build.read("es", &pack).expect_err("a lesson is missing and one is unknown");
    assert!(problem.contains("lessons.teens-livestreaming") && problem.contains("is missing"), "{problem}");
    assert!(problem.contains("lessons.teens-no-such-lesson") && problem.contains("not a lesson"), "{problem}");
}

#[test]
fn a_pack_of_another_build_or_language_or_not_json_is_refused() {
    let build = web_build();
    let mut stale = build.spanish();
    stale.version = "000000000000".to_owned();
    let problem = build.read("es", &stale).expect_err("another build's pack");
    assert!(problem.contains("at version: is 000000000000, but this app was built with lesson texts"), "{problem}");
    assert!(problem.contains(&build.version), "{problem}");

    let mut english = build.spanish();
    english.code = "en".to_owned();
    let problem = build.read("en", &english).expect_err("English has no pack");
    assert!(problem.contains("has no lesson pack"), "{problem}");

    let path = pack_path("es", &build.version);
    let problem = build
        .catalog
        .read_lesson_pack(&path, "<!doctype html><title>SafeSteps</title>", &build.version)
        .expect_err("an HTML page is not a pack")
        .to_string();
    assert!(problem.contains(&format!("{path}:1:1: at (top level): JSON syntax")), "{problem}");
}

#[test]
fn only_other_languages_lesson_texts_go_in_packs() {
    assert_eq!(separate_lesson_file("locales/es/lessons/teens-livestreaming.ftl"), Some(("es", "teens-livestreaming")));
    assert_eq!(separate_lesson_file("locales/pt-BR/lessons/x.ftl"), Some(("pt-BR", "x")));
    assert_eq!(separate_lesson_file("locales/en/lessons/teens-livestreaming.ftl"), None);
    assert_eq!(separate_lesson_file("locales/es/ui.ftl"), None);
    assert_eq!(separate_lesson_file("locales/es/locale.json"), None);
    assert_eq!(separate_lesson_file("lessons/teens-livestreaming.json"), None);
}

#[test]
fn the_version_follows_every_text_and_no_order() {
    let a = [("locales/es/lessons/a.ftl", "a = uno\n"), ("locales/fr/lessons/a.ftl", "a = un\n")];
    let reordered = [a[1], a[0]];
    let edited = [a[0], ("locales/fr/lessons/a.ftl", "a = une\n")];
    assert_eq!(version(a), version(reordered));
    assert_ne!(version(a), version(edited));
    assert_eq!(version(a).len(), 12);
}

#[test]
fn comments_are_left_out_and_values_kept() {
    let text = "# SafeSteps\n\n## Cards\n# Card 1.\ncard-one =\n    Line one.\n    # not a comment: part of the value\nq-x = Q\n    .hint = H\n";
    assert_eq!(
        without_comments(text),
        "\ncard-one =\n    Line one.\n    # not a comment: part of the value\nq-x = Q\n    .hint = H\n"
    );
}
