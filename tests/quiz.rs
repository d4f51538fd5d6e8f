//! The quiz engine: grading of every question kind (right, wrong, partly right), the session's
//! flow (cards, hints, one retry, results, review list) and the seeded shuffle.

mod common;

use common::fixture_catalog;
use safesteps::content::{Lesson, LessonText};
use safesteps::quiz::{Answer, AnswerError, FlowError, Phase, QuizSession, Step, Tone, Verdict, grade};
use std::collections::BTreeMap;
use std::sync::Arc;

const LESSON: &str = "explorers-fixture";

fn lesson() -> Arc<Lesson> {
    Arc::clone(fixture_catalog().lesson(LESSON).expect("fixture lesson"))
}

fn grade_of(question: &str, answer: Answer) -> Result<safesteps::quiz::Grade, AnswerError> {
    let lesson = lesson();
    grade(LESSON, lesson.question(question).expect("question"), &answer)
}

fn choice(id: &str) -> Answer {
    Answer::Choice(id.to_owned())
}

fn choices(ids: &[&str]) -> Answer {
    Answer::Choices(ids.iter().map(|id| (*id).to_owned()).collect())
}

fn groups(pairs: &[(&str, &str)]) -> Answer {
    Answer::Groups(
        pairs.iter().map(|(item, group)| ((*item).to_owned(), (*group).to_owned())).collect::<BTreeMap<_, _>>(),
    )
}

fn order(ids: &[&str]) -> Answer {
    Answer::Order(ids.iter().map(|id| (*id).to_owned()).collect())
}

fn feedback_parts(grade: &safesteps::quiz::Grade) -> Vec<(&str, Tone)> {
    grade.feedback.iter().map(|f| (f.part.as_str(), f.tone)).collect()
}

#[test]
fn single_choice_right_and_wrong() {
    let right = grade_of("pick", choice("yes")).unwrap();
    assert_eq!(right.verdict, Verdict::Correct);
    assert_eq!(feedback_parts(&right), [("yes", Tone::Right)]);
    assert_eq!(right.feedback[0].text, LessonText::part(LESSON, "pick", "yes", Some("feedback")));
    assert_eq!(right.explanation, LessonText::question(LESSON, "pick", Some("explanation")));
    let wrong = grade_of("pick", choice("no")).unwrap();
    assert_eq!(wrong.verdict, Verdict::Incorrect);
    assert_eq!(feedback_parts(&wrong), [("no", Tone::Wrong)]);
}

#[test]
fn multiple_choice_right_partial_and_wrong() {
    let right = grade_of("many", choices(&["b", "a"])).unwrap();
    assert_eq!(right.verdict, Verdict::Correct);
    assert_eq!(feedback_parts(&right), [("a", Tone::Right), ("b", Tone::Right)]);

    let partial = grade_of("many", choices(&["a", "c"])).unwrap();
    assert_eq!(partial.verdict, Verdict::Partial);
    assert_eq!(feedback_parts(&partial), [("a", Tone::Right), ("b", Tone::Missed), ("c", Tone::Wrong)]);

    let only_some = grade_of("many", choices(&["a"])).unwrap();
    assert_eq!(only_some.verdict, Verdict::Partial);

    let wrong = grade_of("many", choices(&["c"])).unwrap();
    assert_eq!(wrong.verdict, Verdict::Incorrect);
    assert_eq!(feedback_parts(&wrong), [("a", Tone::Missed), ("b", Tone::Missed), ("c", Tone::Wrong)]);
}

#[test]
fn true_false_gives_feedback_for_the_answer_chosen() {
    let right = grade_of("truth", Answer::Truth(true)).unwrap();
    assert_eq!((right.verdict, feedback_parts(&right)), (Verdict::Correct, vec![("true", Tone::Right)]));
    let wrong = grade_of("truth", Answer::Truth(false)).unwrap();
    assert_eq!((wrong.verdict, feedback_parts(&wrong)), (Verdict::Incorrect, vec![("false", Tone::Wrong)]));
    assert_eq!(wrong.feedback[0].text.message, "q-truth-false");
}

#[test]
fn scenario_accepts_any_good_action_and_ranks_them_all() {
    let best = grade_of("act", choice("tell")).unwrap();
    assert_eq!(best.verdict, Verdict::Correct);
    let also_good = grade_of("act", choice("block")).unwrap();
    assert_eq!(also_good.verdict, Verdict::Correct);
    let ranking: Vec<_> = also_good.ranking.iter().map(|a| (a.action.as_str(), a.rank, a.good, a.chosen)).collect();
    assert_eq!(ranking, [("tell", 1, true, false), ("block", 2, true, true), ("reply", 3, false, false)]);
    let unhelpful = grade_of("act", choice("reply")).unwrap();
    assert_eq!(unhelpful.verdict, Verdict::Incorrect);
    assert_eq!(feedback_parts(&unhelpful), [("reply", Tone::Wrong)]);
}

#[test]
fn sorting_right_partial_and_wrong_names_each_misplaced_item() {
    let all_right = groups(&[("colour", "share"), ("address", "private"), ("food", "share"), ("password", "private")]);
    let right = grade_of("sort", all_right).unwrap();
    assert_eq!((right.verdict, right.feedback.len()), (Verdict::Correct, 0));

    let one_off = groups(&[("colour", "share"), ("address", "share"), ("food", "share"), ("password", "private")]);
    let partial = grade_of("sort", one_off).unwrap();
    assert_eq!(partial.verdict, Verdict::Partial);
    assert_eq!(feedback_parts(&partial), [("address", Tone::Wrong)]);

    let swapped = groups(&[("colour", "private"), ("address", "share"), ("food", "private"), ("password", "share")]);
    let wrong = grade_of("sort", swapped).unwrap();
    assert_eq!(wrong.verdict, Verdict::Incorrect);
    assert_eq!(wrong.feedback.len(), 4);
}

#[test]
fn ordering_right_partial_and_wrong_names_each_misplaced_step() {
    assert_eq!(grade_of("steps", order(&["stop", "block", "tell"])).unwrap().verdict, Verdict::Correct);
    let partial = grade_of("steps", order(&["stop", "tell", "block"])).unwrap();
    assert_eq!(partial.verdict, Verdict::Partial);
    assert_eq!(feedback_parts(&partial), [("tell", Tone::Wrong), ("block", Tone::Wrong)]);
    let wrong = grade_of("steps", order(&["tell", "stop", "block"])).unwrap();
    assert_eq!(wrong.verdict, Verdict::Incorrect);
}

#[test]
fn answers_that_do_not_fit_are_errors_not_panics() {
    assert!(matches!(grade_of("pick", Answer::Truth(true)), Err(AnswerError::WrongShape { .. })));
    assert!(matches!(grade_of("pick", choice("maybe")), Err(AnswerError::UnknownPart { part, .. }) if part == "maybe"));
    assert!(matches!(grade_of("many", choices(&[])), Err(AnswerError::NothingChosen { .. })));
    assert!(matches!(grade_of("many", choices(&["a", "a"])), Err(AnswerError::Repeated { .. })));
    let missing = grade_of("sort", groups(&[("colour", "share")]));
    assert!(
        matches!(missing, Err(AnswerError::Incomplete { missing, .. }) if missing == ["address", "food", "password"])
    );
    assert!(matches!(grade_of("sort", groups(&[("colour", "secret")])), Err(AnswerError::UnknownPart { .. })));
    assert!(matches!(grade_of("steps", order(&["stop", "block"])), Err(AnswerError::Incomplete { .. })));
}

fn answer_current(session: &mut QuizSession, right: bool) -> safesteps::quiz::Outcome {
    let Step::Question(view) = session.step() else { panic!("not on a question") };
    let id = view.id.to_owned();
    let answer = match (id.as_str(), right) {
        ("pick", true) => choice("yes"),
        ("pick", false) => choice("no"),
        ("many", true) => choices(&["a", "b"]),
        ("many", false) => choices(&["c"]),
        ("truth", r) => Answer::Truth(r),
        ("sort", true) => {
            groups(&[("colour", "share"), ("address", "private"), ("food", "share"), ("password", "private")])
        }
        ("sort", false) => {
            groups(&[("colour", "private"), ("address", "share"), ("food", "private"), ("password", "share")])
        }
        ("act", true) => choice("tell"),
        ("act", false) => choice("reply"),
        ("steps", true) => order(&["stop", "block", "tell"]),
        ("steps", false) => order(&["tell", "stop", "block"]),
        _ => unreachable!(),
    };
    session.submit(answer).expect("a well-formed answer")
}

#[test]
fn a_session_goes_through_cards_then_questions_then_a_result() {
    let mut session = QuizSession::new(lesson(), 7);
    assert!(matches!(session.step(), Step::Card { index: 0, count: 3, .. }));
    assert_eq!(session.back(), Err(FlowError::CannotGoBack));
    assert_eq!(session.show_hint(), Err(FlowError::NotAQuestion));
    session.advance().unwrap();
    session.advance().unwrap();
    session.back().unwrap();
    assert!(matches!(session.step(), Step::Card { index: 1, text, .. } if text.message == "card-two"));
    session.advance().unwrap();
    session.advance().unwrap();
    let Step::Question(view) = session.step() else { panic!("expected the first question") };
    assert_eq!((view.index, view.count, view.id, view.kind), (0, 6, "pick", "single_choice"));
    assert_eq!(view.phase, Phase::Answering { try_number: 1 });
    assert_eq!(view.hint, None);
    // Back from an untouched first question returns to the last card.
    session.back().unwrap();
    assert!(matches!(session.step(), Step::Card { index: 2, .. }));
    session.advance().unwrap();
    assert_eq!(session.advance(), Err(FlowError::NotAnsweredYet));

    // Question 1: hint, wrong, retry, right.
    let hint = session.show_hint().unwrap();
    assert_eq!(hint, LessonText::question(LESSON, "pick", Some("hint")));
    let first = answer_current(&mut session, false);
    assert!(first.can_retry && first.solution.is_none());
    assert_eq!(first.hints_used, 1);
    assert_eq!(session.submit(choice("yes")), Err(FlowError::AlreadyAnswered));
    session.retry().unwrap();
    let Step::Question(view) = session.step() else { panic!() };
    assert_eq!(view.phase, Phase::Answering { try_number: 2 });
    assert!(view.hint.is_some(), "the revealed hint stays visible on the retry");
    let second = answer_current(&mut session, true);
    assert_eq!((second.try_number, second.verdict, second.can_retry), (2, Verdict::Correct, false));
    assert_eq!(session.retry(), Err(FlowError::NoRetryLeft));
    session.advance().unwrap();

    // Question 2: wrong twice; the solution is shown after the last try.
    answer_current(&mut session, false);
    session.retry().unwrap();
    let last = answer_current(&mut session, false);
    assert!(!last.can_retry);
    assert_eq!(last.solution, Some(choices(&["a", "b"])));
    session.advance().unwrap();

    // Question 3: wrong, retry declined by moving on.
    answer_current(&mut session, false);
    session.advance().unwrap();

    // Questions 4–6 right first time.
    for _ in 0..3 {
        assert!(answer_current(&mut session, true).is_correct());
        session.advance().unwrap();
    }
    assert!(session.is_finished());
    let Step::Finished(result) = session.step() else { panic!("expected the result") };
    assert_eq!(result.question_count, 6);
    assert_eq!(result.score, 4, "pick (on retry) and the last three");
    assert_eq!(result.first_try_correct, 3);
    assert_eq!(result.hints_used, 1);
    assert!(!result.mastered);
    assert_eq!(result.missed, ["pick", "many", "truth"]);
    assert_eq!(session.advance(), Err(FlowError::Finished));
}

#[test]
fn mastery_needs_eighty_percent_right_on_the_first_try() {
    for (wrong_first, mastered) in [(0, true), (1, true), (2, false)] {
        let mut session = QuizSession::new(lesson(), 1);
        while matches!(session.step(), Step::Card { .. }) {
            session.advance().unwrap();
        }
        for index in 0..6 {
            let outcome = answer_current(&mut session, index >= wrong_first);
            if outcome.can_retry {
                session.retry().unwrap();
                answer_current(&mut session, true);
            }
            session.advance().unwrap();
        }
        let result = session.result();
        // 5 of 6 is 83%, 4 of 6 is 67%.
        assert_eq!(result.mastered, mastered, "{wrong_first} wrong first");
        assert_eq!(result.score, 6);
        assert_eq!(result.first_try_correct, 6 - wrong_first);
    }
}

fn shown_orders(seed: u64) -> Vec<Vec<String>> {
    let mut session = QuizSession::new(lesson(), seed);
    while matches!(session.step(), Step::Card { .. }) {
        session.advance().unwrap();
    }
    let mut orders = Vec::new();
    while let Step::Question(view) = session.step() {
        orders.push(view.parts.iter().map(|part| part.id.clone()).collect());
        answer_current(&mut session, true);
        session.advance().unwrap();
    }
    orders
}

#[test]
fn shuffling_is_deterministic_under_a_seed_and_differs_between_seeds() {
    assert_eq!(shown_orders(42), shown_orders(42));
    let distinct: std::collections::BTreeSet<_> = (0..20).map(shown_orders).collect();
    assert!(distinct.len() > 1, "twenty seeds all gave the same order");
}

#[test]
fn steps_never_start_in_the_right_order() {
    for seed in 0..200 {
        let orders = shown_orders(seed);
        assert_ne!(orders[5], ["stop", "block", "tell"], "seed {seed}");
        assert!(orders[2].is_empty(), "true/false has no parts to shuffle");
    }
}
