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
    // lesson-title, card-one, q-pick and its hint out of the fixture lesson's units.
    assert_eq!(spanish.lessons.translated, 4);
    assert_eq!(spanish.lessons.total, 60);
    assert_eq!(spanish.ui.translated, 2);
    let arabic = rows.iter().find(|row| row.code == "ar").expect("ar row");
    assert_eq!(arabic.lessons.translated, 0);
}
