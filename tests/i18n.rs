//! Locale negotiation (user's choice, then system languages, always ending in English), text
//! direction, and fallback: a missing message shows English, never a raw id.

mod common;

use common::fixture_catalog;
use safesteps::content::{Direction, LessonText, LocaleStatus};
use safesteps::i18n::{FluentValue, Localizer, negotiate};

fn langs(tags: &[&str]) -> Vec<String> {
    tags.iter().map(|tag| (*tag).to_owned()).collect()
}

#[test]
fn the_users_choice_leads_then_the_system_languages_then_english() {
    let catalog = fixture_catalog();
    assert_eq!(negotiate(&catalog, None, &[]), ["en"]);
    assert_eq!(negotiate(&catalog, Some("es"), &[]), ["es", "en"]);
    assert_eq!(negotiate(&catalog, Some("ar"), &langs(&["es-MX", "en-US"])), ["ar", "es", "en"]);
    assert_eq!(negotiate(&catalog, None, &langs(&["es-MX", "en-US"])), ["es", "en"]);
    assert_eq!(negotiate(&catalog, None, &langs(&["en-GB", "es"])), ["es", "en"], "English always falls to the end");
}

#[test]
fn regional_posix_and_unknown_tags_are_understood_or_skipped() {
    let catalog = fixture_catalog();
    assert_eq!(negotiate(&catalog, None, &langs(&["ar_EG.UTF-8"])), ["en"], "an unparsable tag is skipped");
    assert_eq!(negotiate(&catalog, None, &langs(&["ar_EG"])), ["ar", "en"]);
    assert_eq!(negotiate(&catalog, None, &langs(&["de-DE", "*", ""])), ["en"]);
    assert_eq!(negotiate(&catalog, Some("not a tag!"), &langs(&["es-419"])), ["es", "en"]);
}

#[test]
fn direction_and_language_follow_the_first_locale() {
    let catalog = fixture_catalog();
    let arabic = Localizer::new(&catalog, Some("ar"), &[]);
    assert_eq!((arabic.language_tag(), arabic.direction()), ("ar", Direction::Rtl));
    assert_eq!(arabic.locale().unwrap().status, LocaleStatus::Partial);
    assert_eq!(arabic.locale().unwrap().name, "العربية");
    let spanish = Localizer::new(&catalog, Some("es"), &[]);
    assert_eq!((spanish.language_tag(), spanish.direction().html()), ("es", "ltr"));
}

#[test]
fn missing_messages_fall_back_to_english_and_never_show_an_id() {
    let catalog = fixture_catalog();
    let spanish = Localizer::new(&catalog, Some("es"), &[]);
    assert_eq!(spanish.chain(), ["es", "en"]);
    assert_eq!(spanish.ui("quiz-true"), "Verdadero");
    assert_eq!(spanish.ui("quiz-false"), "False", "not translated: English");

    let title = LessonText::title("explorers-fixture");
    assert_eq!(spanish.lesson(&title), "Lección de prueba");
    assert!(spanish.has_own_lesson_text(&title));
    let summary = LessonText::summary("explorers-fixture");
    assert_eq!(spanish.lesson(&summary), "A lesson for tests.");
    assert!(!spanish.has_own_lesson_text(&summary));
    let hint = LessonText::question("explorers-fixture", "pick", Some("hint"));
    assert_eq!(spanish.lesson(&hint), "Piensa.");
    let explanation = LessonText::question("explorers-fixture", "pick", Some("explanation"));
    assert_eq!(spanish.lesson(&explanation), "Yes is right.");

    let english_missing = Localizer::new(&catalog, None, &[]).ui("text-missing");
    assert_eq!(spanish.ui("no-such-message"), english_missing);
    assert_eq!(spanish.lesson(&LessonText::title("no-such-lesson")), english_missing);
    assert!(!english_missing.contains("text-missing"));
}

#[test]
fn variables_are_formatted_with_isolation_marks_for_mixed_direction_text() {
    let catalog = fixture_catalog();
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("current", FluentValue::from(2));
    args.set("total", FluentValue::from(6));
    let arabic = Localizer::new(&catalog, Some("ar"), &[]);
    assert_eq!(arabic.ui_with("quiz-progress", Some(&args)), "السؤال \u{2068}2\u{2069} من \u{2068}6\u{2069}");
    let english = Localizer::new(&catalog, Some("en"), &[]);
    assert_eq!(english.ui_with("quiz-progress", Some(&args)), "Question \u{2068}2\u{2069} of \u{2068}6\u{2069}");
    let newer = english.ui("store-newer-version");
    assert_eq!(newer.matches("SafeSteps").count(), 1, "the brand term resolves: {newer}");
}
