//! The first edition of the lesson library as the content guide's curriculum asks for it: 28
//! lessons across the four bands, at least 200 questions, question kinds that suit each age, the
//! guide's topics, and one small text-free illustration per lesson. (Reading grade, word limits,
//! banned phrases, hints, feedback and "not your fault" are checked for every lesson by the
//! catalog itself, which these tests load.)

use safesteps::content::{Band, Catalog, QuestionKind};
use safesteps::ui::art;
use std::collections::{BTreeMap, BTreeSet};

fn catalog() -> &'static Catalog {
    Catalog::embedded().expect("the embedded content is valid")
}

fn kinds(band: Band) -> BTreeMap<&'static str, usize> {
    let mut kinds = BTreeMap::new();
    for lesson in catalog().lessons_in(band) {
        for question in &lesson.questions {
            *kinds.entry(question.kind.name()).or_default() += 1;
        }
    }
    kinds
}

#[test]
fn the_curriculum_has_its_lessons_per_band_and_enough_questions() {
    let per_band: Vec<usize> = Band::ALL.iter().map(|band| catalog().lessons_in(*band).count()).collect();
    assert_eq!(per_band, vec![6, 8, 8, 6], "explorers, navigators, teens, caregivers");
    let questions: usize = catalog().lessons().iter().map(|lesson| lesson.questions.len()).sum();
    assert!(questions >= 200, "{questions} questions; the first edition needs at least 200");
}

#[test]
fn question_kinds_suit_each_age() {
    let explorers = kinds(Band::Explorers);
    let allowed: BTreeSet<&str> = ["single_choice", "true_false", "sort_into_groups"].into();
    assert!(explorers.keys().all(|kind| allowed.contains(kind)), "explorers use simple kinds only: {explorers:?}");
    for lesson in catalog().lessons_in(Band::Explorers) {
        for question in &lesson.questions {
            if let QuestionKind::SortIntoGroups { groups, .. } = &question.kind {
                assert_eq!(groups.len(), 2, "{}: young children sort into two groups", question.id);
            }
        }
    }
    for band in [Band::Teens, Band::Caregivers] {
        let used = kinds(band);
        for kind in ["scenario", "order_steps", "single_choice", "multiple_choice", "true_false"] {
            assert!(used.contains_key(kind), "{band:?} lessons use {kind}: {used:?}");
        }
    }
    let navigators = kinds(Band::Navigators);
    assert!(navigators.contains_key("scenario") && navigators.contains_key("sort_into_groups"), "{navigators:?}");
}

#[test]
fn the_seed_topics_are_all_covered_at_the_right_age() {
    let topics = |band: Band| -> BTreeSet<String> {
        catalog().lessons_in(band).map(|lesson| lesson.topic.clone()).collect::<BTreeSet<_>>()
    };
    let expect = |band: Band, wanted: &[&str]| {
        let have = topics(band);
        for topic in wanted {
            assert!(have.contains(*topic), "{band:?} lacks a lesson on {topic}: {have:?}");
        }
    };
    expect(Band::Explorers, &["privacy", "trusted-adults", "secrets", "images", "kindness", "feeling-unsafe"]);
    expect(
        Band::Navigators,
        &[
            "passwords",
            "settings",
            "online-friends",
            "grooming",
            "images",
            "blocking-reporting",
            "cyberbullying",
            "getting-help",
        ],
    );
    expect(
        Band::Teens,
        &[
            "footprint",
            "images",
            "relationships",
            "sextortion",
            "livestreaming",
            "grooming",
            "blocking-reporting",
            "helping-friends",
        ],
    );
    expect(Band::Caregivers, &["targeting", "warning-signs", "talking", "supervision", "sextortion", "reporting"]);
    // Sextortion is for teens and caregivers only.
    for band in [Band::Explorers, Band::Navigators] {
        assert!(!topics(band).contains("sextortion"), "{band:?} must not carry the sextortion lesson");
    }
}

#[test]
fn every_lesson_has_a_small_self_contained_picture_without_words() {
    for lesson in catalog().lessons() {
        let svg = art::svg("illustrations", &lesson.id).unwrap_or_else(|| panic!("{} has no illustration", lesson.id));
        check_svg(&format!("illustrations/{}", lesson.id), svg, 8_000);
    }
    for avatar in safesteps::ui::state::AVATARS {
        let svg = art::svg("avatars", avatar).unwrap_or_else(|| panic!("avatar {avatar} is missing"));
        check_svg(&format!("avatars/{avatar}"), svg, 2_500);
    }
    let lessons: BTreeSet<String> =
        catalog().lessons().iter().map(|lesson| format!("illustrations/{}", lesson.id)).collect();
    for (key, _) in art::all() {
        assert!(key.starts_with("avatars/") || lessons.contains(*key), "{key} belongs to no lesson");
    }
}

/// Inlined into the page, so it must carry nothing but shapes: no words to translate, nothing
/// fetched from elsewhere, nothing that runs.
fn check_svg(name: &str, svg: &str, max_bytes: usize) {
    assert!(svg.len() <= max_bytes, "{name} is {} bytes; at most {max_bytes}", svg.len());
    assert!(svg.trim_start().starts_with("<svg"), "{name} must start with <svg>");
    let lower = svg.to_ascii_lowercase();
    for forbidden in
        ["<text", "<tspan", "<title", "<desc", "<script", "<foreignobject", "<image", "<style", " on", "@import"]
    {
        assert!(!lower.contains(forbidden), "{name} contains `{forbidden}`");
    }
    let references: Vec<&str> =
        lower.match_indices("http").map(|(at, _)| &lower[at..(at + 30).min(lower.len())]).collect();
    assert!(
        references.iter().all(|reference| reference.starts_with("http://www.w3.org/2000/svg")),
        "{name} refers outside itself: {references:?}"
    );
}

#[test]
fn the_report_counts_the_library_and_finds_its_hardest_reading() {
    let summaries = safesteps::content::report::summarize(catalog());
    let questions: usize = summaries.iter().map(|summary| summary.questions).sum();
    let total: usize = catalog().lessons().iter().map(|lesson| lesson.questions.len()).sum();
    assert_eq!(questions, total);
    for summary in &summaries {
        let limit = safesteps::content::guide::limits(summary.band).max_grade;
        for hardest in [&summary.hardest_card, &summary.hardest_question] {
            let hardest = hardest.as_ref().expect("every band has cards and questions");
            assert!(hardest.grade <= limit, "{:?}: {hardest:?}", summary.band);
            assert!(catalog().lesson(&hardest.lesson).is_some_and(|lesson| lesson.band == summary.band));
        }
        assert_eq!(summary.kinds.values().sum::<usize>(), summary.questions);
    }
}
