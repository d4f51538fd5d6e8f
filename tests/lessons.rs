//! The real lessons, played end to end: every right answer grades correct, and every piece of
//! text the engine hands to a screen (cards, prompts, parts, hints, feedback, explanations)
//! exists in English, so no child ever sees a fallback placeholder.

use safesteps::content::{Catalog, LessonText, QuestionKind};
use safesteps::i18n::Localizer;
use safesteps::quiz::{Answer, Phase, QuizSession, Step, Verdict, grade, solution};

fn assert_text(localizer: &Localizer, text: &LessonText) {
    assert!(localizer.has_own_lesson_text(text), "no English text for {text:?}");
    assert!(!localizer.lesson(text).trim().is_empty(), "empty text for {text:?}");
}

/// Every single answer worth trying: each option alone, each truth value; for sorting and
/// ordering, the solution and the solution with two parts swapped.
fn answers_to_try(kind: &QuestionKind, right: &Answer) -> Vec<Answer> {
    match (kind, right) {
        (QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options }, _) => options
            .iter()
            .map(|o| {
                if matches!(right, Answer::Choices(_)) {
                    Answer::Choices(vec![o.id.clone()])
                } else {
                    Answer::Choice(o.id.clone())
                }
            })
            .collect(),
        (QuestionKind::Scenario { options }, _) => options.iter().map(|o| Answer::Choice(o.id.clone())).collect(),
        (QuestionKind::TrueFalse { .. }, _) => vec![Answer::Truth(true), Answer::Truth(false)],
        (QuestionKind::SortIntoGroups { groups, .. }, Answer::Groups(placed)) => {
            let mut all_in_first = placed.clone();
            all_in_first.values_mut().for_each(|group| *group = groups[0].clone());
            vec![right.clone(), Answer::Groups(all_in_first)]
        }
        (QuestionKind::OrderSteps { .. }, Answer::Order(steps)) => {
            let mut swapped = steps.clone();
            swapped.swap(0, 1);
            vec![right.clone(), Answer::Order(swapped)]
        }
        _ => unreachable!("solution() matches the question kind"),
    }
}

#[test]
fn every_lesson_plays_through_with_every_text_present() {
    let catalog = Catalog::embedded().expect("valid content");
    let english = Localizer::new(catalog, Some("en"), &[]);
    assert!(!catalog.lessons().is_empty());
    for lesson in catalog.lessons() {
        assert_text(&english, &LessonText::title(&lesson.id));
        assert_text(&english, &LessonText::summary(&lesson.id));
        assert_text(&english, &LessonText::trainer_prompt(&lesson.id));
        if lesson.band.has_talk_together() {
            assert_text(&english, &LessonText::talk_together(&lesson.id));
        }
        for question in &lesson.questions {
            let right = solution(question);
            for answer in answers_to_try(&question.kind, &right) {
                let graded = grade(&lesson.id, question, &answer).expect("well-formed answer");
                if answer == right {
                    assert_eq!(graded.verdict, Verdict::Correct, "{}: the solution must grade correct", question.id);
                }
                graded.feedback.iter().for_each(|f| assert_text(&english, &f.text));
                graded.ranking.iter().for_each(|a| assert_text(&english, &a.feedback));
                assert_text(&english, &graded.explanation);
            }
        }

        let mut session = QuizSession::new(lesson.clone(), 11);
        while let Step::Card { text, .. } = session.step() {
            assert_text(&english, &text);
            session.advance().unwrap();
        }
        while let Step::Question(view) = session.step() {
            assert_eq!(view.phase, Phase::Answering { try_number: 1 });
            assert_text(&english, &view.prompt);
            view.situation.iter().for_each(|s| assert_text(&english, s));
            view.parts.iter().chain(&view.groups).for_each(|p| assert_text(&english, &p.label));
            let id = view.id.to_owned();
            assert_text(&english, &session.show_hint().unwrap());
            let outcome = session.submit(solution(lesson.question(&id).unwrap())).unwrap();
            assert!(outcome.is_correct());
            session.advance().unwrap();
        }
        let Step::Finished(result) = session.step() else { panic!("{} did not finish", lesson.id) };
        assert_eq!((result.score, result.first_try_correct), (lesson.questions.len(), lesson.questions.len()));
        assert!(result.mastered && result.missed.is_empty());
    }
}
