//! The content check against the real lessons, the valid fixture base, and every broken
//! fixture in `tests/fixtures/broken/`, each of which must report exactly the errors listed in
//! its `expected.txt` (file and place included).

mod common;

use common::{fixture_catalog, fixture_files, fixtures};
use safesteps::content::coverage::coverage;
use safesteps::content::{Band, Catalog, ContentFiles, LocaleStatus, QuestionKind};
use std::collections::BTreeSet;
use std::path::Path;

#[test]
fn the_embedded_content_is_valid() {
    if let Err(errors) = Catalog::load(&ContentFiles::embedded()) {
        panic!("{errors}");
    }
}

#[test]
fn the_embedded_content_is_what_is_on_disk() {
    let on_disk = ContentFiles::from_dir(Path::new(env!("CARGO_MANIFEST_DIR")));
    let embedded = ContentFiles::embedded();
    let disk: Vec<(&str, &str)> = on_disk.files.iter().map(|f| (f.path.as_str(), f.text.as_ref())).collect();
    let built: Vec<(&str, &str)> = embedded.files.iter().map(|f| (f.path.as_str(), f.text.as_ref())).collect();
    assert_eq!(disk, built);
}

#[test]
fn the_first_lessons_use_every_question_kind_across_three_bands() {
    let catalog = Catalog::embedded().expect("valid content");
    let kinds: BTreeSet<&str> =
        catalog.lessons().iter().flat_map(|l| l.questions.iter().map(|q| q.kind.name())).collect();
    assert_eq!(kinds.len(), 6, "{kinds:?}");
    for band in [Band::Explorers, Band::Navigators, Band::Teens] {
        assert!(catalog.lessons_in(band).count() >= 1, "no {band:?} lesson");
    }
}

#[test]
fn the_fixture_base_is_valid_and_has_every_kind() {
    let catalog = fixture_catalog();
    let lesson = catalog.lesson("explorers-fixture").expect("fixture lesson");
    let kinds: BTreeSet<&str> = lesson.questions.iter().map(|q| q.kind.name()).collect();
    assert_eq!(kinds.len(), 6);
    assert!(matches!(lesson.questions[0].kind, QuestionKind::SingleChoice { .. }));
    assert_eq!(catalog.locales().iter().map(|l| l.meta.code.as_str()).collect::<Vec<_>>(), ["en", "ar", "es"]);
}

#[test]
fn every_broken_fixture_reports_exactly_its_expected_errors() {
    let broken = fixtures().join("broken");
    let mut cases: Vec<_> = std::fs::read_dir(&broken).expect("fixtures/broken").flatten().map(|e| e.path()).collect();
    cases.sort();
    assert!(cases.len() >= 20, "expected the full set of broken fixtures, found {}", cases.len());
    let mut failures = Vec::new();
    for case in cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let (_, errors) = Catalog::build(&fixture_files(Some(&name)));
        let mut actual: Vec<String> = errors.iter().map(ToString::to_string).collect();
        actual.sort();
        let expected_text = std::fs::read_to_string(case.join("expected.txt")).unwrap_or_default();
        let mut expected: Vec<String> =
            expected_text.lines().filter(|l| !l.trim().is_empty()).map(str::to_owned).collect();
        expected.sort();
        if expected.is_empty() || actual != expected {
            failures.push(format!(
                "{name}:\n  expected:\n    {}\n  actual:\n    {}",
                expected.join("\n    "),
                actual.join("\n    ")
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn coverage_counts_values_and_attributes_per_locale() {
    let rows = coverage(&fixture_catalog());
    let english = &rows[0];
    assert_eq!((english.code.as_str(), english.ui.percent(), english.lessons.percent()), ("en", 100, 100));
    let spanish = rows.iter().find(|row| row.code == "es").expect("es row");
    assert_eq!(spanish.status, LocaleStatus::Partial);
    // lesson-title, card-one, q-pick and its hint out of the fixture lesson's units (each card
    // also has its together-mode prompt, and the lesson a next step at home).
    assert_eq!(spanish.lessons.translated, 4);
    assert_eq!(spanish.lessons.total, 64);
    assert_eq!(spanish.ui.translated, 2);
    let arabic = rows.iter().find(|row| row.code == "ar").expect("ar row");
    assert_eq!(arabic.lessons.translated, 0);
}

#[test]
fn a_translated_locale_may_not_leave_words_in_english() {
    use safesteps::content::ContentFile;
    let file = |path: &str, text: &str| ContentFile { path: path.to_owned(), text: text.to_owned().into() };
    let meta = |code: &str, status: &str, same: &str| {
        format!(
            r#"{{ "format": 1, "code": "{code}", "name": "X", "direction": "ltr", "status": "{status}", "translated_by": "test"{same} }}"#
        )
    };
    let english = "# a\nwelcome-title = Welcome\n# b\nshell-settings = Settings\n# c\nlesson-minutes = { $minutes }\n# d\nhelp-button = Help\n    .label = Help me\n";
    let french = "welcome-title = Bienvenue\nshell-settings = Settings\nlesson-minutes = { $minutes }\nhelp-button = Aide\n    .label = Help me\n";
    let files = |status: &str, same: &str| ContentFiles {
        files: vec![
            file("locales/en/locale.json", &meta("en", "complete", "")),
            file("locales/en/ui.ftl", english),
            file("locales/fr/locale.json", &meta("fr", status, same)),
            file("locales/fr/ui.ftl", french),
        ],
        ..ContentFiles::default()
    };
    let left_in_english = |files: ContentFiles| -> Vec<String> {
        let (_, errors) = Catalog::build(&files);
        let mut found: Vec<String> = errors
            .iter()
            .filter(|error| error.to_string().contains("same as in English"))
            .map(|error| error.to_string())
            .collect();
        found.sort();
        found
    };
    let found = left_in_english(files("machine-assisted", ""));
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found[1].starts_with("locales/fr/ui.ftl:4:1: message `help-button`: `.label` is the same"), "{found:#?}");
    assert!(
        found[0].starts_with("locales/fr/ui.ftl:2:1: message `shell-settings`: its text is the same"),
        "{found:#?}"
    );
    // `{ $minutes }` has no word: a number alone passes.
    let listed =
        left_in_english(files("machine-assisted", r#", "same_as_english": ["shell-settings", "help-button"]"#));
    assert!(listed.is_empty(), "{listed:#?}");
    assert!(left_in_english(files("partial", "")).is_empty(), "a partial locale may still show English");
}

#[test]
fn compare_locales_knows_every_translated_locale() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let config = std::fs::read_to_string(root.join("l10n/l10n.toml")).expect("l10n/l10n.toml");
    let line = config.lines().find(|line| line.starts_with("locales = ")).expect("a `locales = [...]` line");
    let listed: BTreeSet<String> = line
        .trim_start_matches("locales = ")
        .trim_matches(['[', ']'])
        .split(',')
        .map(|code| code.trim().trim_matches('"').to_owned())
        .filter(|code| !code.is_empty())
        .collect();
    let on_disk: BTreeSet<String> = std::fs::read_dir(root.join("locales"))
        .unwrap()
        .flatten()
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|code| code != "en")
        .collect();
    assert_eq!(listed, on_disk, "l10n/l10n.toml must list every locale folder but English");
}

#[test]
fn the_app_start_up_loads_the_same_catalog_with_fewer_checks() {
    let files = ContentFiles::embedded();
    let full = Catalog::load(&files).expect("every authoring check passes");
    let app = Catalog::embedded().expect("the start-up checks pass");
    let ids = |catalog: &Catalog| catalog.lessons().iter().map(|lesson| lesson.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(app), ids(&full));
    let codes = |catalog: &Catalog| catalog.locales().iter().map(|locale| locale.meta.code.clone()).collect::<Vec<_>>();
    assert_eq!(codes(app), codes(&full));
    // A guide rule is an authoring check only; a missing message is caught at start-up too.
    let (_, errors) = Catalog::build_with(&fixture_files(Some("reading-level")), safesteps::content::Checks::Structure);
    assert!(errors.is_empty(), "{errors:?}");
    let (_, errors) = Catalog::build_with(&fixture_files(Some("missing-hint")), safesteps::content::Checks::Structure);
    assert!(!errors.is_empty());
}
