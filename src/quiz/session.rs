//! A quiz session over one lesson: its cards one at a time, then its questions, each with a hint
//! and one retry after a wrong answer, then a result. Plain state with methods, so a screen only
//! renders `step()` and calls the method a button stands for; tests drive it the same way.

use super::grading::{Answer, AnswerError, Feedback, RankedAction, Verdict, grade, solution};
use crate::content::messages::{HINT, SITUATION};
use crate::content::{Lesson, LessonText, QuestionKind};
use std::fmt;
use std::sync::Arc;

/// First-try correct share, in percent, at or above which a lesson counts as mastered.
pub const MASTERY_PERCENT: usize = 80;

/// Tries per question: the first, and one retry after a wrong answer.
pub const MAX_TRIES: u8 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Position {
    Card(usize),
    Question(usize),
    Finished,
}

#[derive(Debug, Clone)]
struct QuestionState {
    /// Options, items or steps in the order shown (shuffled once per session).
    shown_order: Vec<String>,
    hint_shown: bool,
    tries: Vec<Verdict>,
    /// The outcome on screen; `None` while answering.
    outcome: Option<Outcome>,
}

impl QuestionState {
    fn first_try_correct(&self) -> bool {
        self.tries.first() == Some(&Verdict::Correct)
    }

    fn finally_correct(&self) -> bool {
        self.tries.last() == Some(&Verdict::Correct)
    }
}

/// What a submitted answer led to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub question: String,
    /// 1 for the first try, 2 for the retry.
    pub try_number: u8,
    pub answer: Answer,
    pub verdict: Verdict,
    /// Feedback for each chosen option, missed right option, or misplaced item or step.
    pub feedback: Vec<Feedback>,
    /// Scenario only: every action, best first.
    pub ranking: Vec<RankedAction>,
    pub explanation: LessonText,
    /// Hints revealed for this question before this answer.
    pub hints_used: u32,
    /// Whether a retry is still open (wrong first try).
    pub can_retry: bool,
    /// The right answer, once no try is left and it was not found.
    pub solution: Option<Answer>,
}

impl Outcome {
    pub fn is_correct(&self) -> bool {
        self.verdict == Verdict::Correct
    }
}

/// A part of a question (option, item, group, step) with the text to show for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    pub id: String,
    pub label: LessonText,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Phase<'s> {
    Answering { try_number: u8 },
    Answered(&'s Outcome),
}

/// The question on screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionView<'s> {
    /// 0-based, among the lesson's questions.
    pub index: usize,
    pub count: usize,
    pub id: &'s str,
    /// `single_choice`, `multiple_choice`, `true_false`, `scenario`, `sort_into_groups`, `order_steps`.
    pub kind: &'static str,
    pub prompt: LessonText,
    /// Scenario only: the situation shown before the question.
    pub situation: Option<LessonText>,
    /// Options, items or steps in shown order; empty for true/false.
    pub parts: Vec<Part>,
    /// Sort into groups only: the groups, in file order.
    pub groups: Vec<Part>,
    /// The hint, once revealed.
    pub hint: Option<LessonText>,
    pub phase: Phase<'s>,
}

/// What to show now. Built for one render and dropped, so its size does not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step<'s> {
    Card { index: usize, count: usize, text: LessonText },
    Question(QuestionView<'s>),
    Finished(LessonResult),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonResult {
    pub lesson: String,
    pub question_count: usize,
    /// Questions answered correctly in the end (first try or retry).
    pub score: usize,
    pub first_try_correct: usize,
    pub hints_used: u32,
    /// At least 80% of the questions right on the first try.
    pub mastered: bool,
    /// Questions not right on the first try, for later review, in lesson order.
    pub missed: Vec<String>,
}

/// A step the flow does not allow now; the UI hides the buttons that would cause these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FlowError {
    NotAQuestion,
    NotAnsweredYet,
    AlreadyAnswered,
    NoRetryLeft,
    CannotGoBack,
    Finished,
    Answer(AnswerError),
}

impl fmt::Display for FlowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FlowError::NotAQuestion => write!(f, "the current step is not a question"),
            FlowError::NotAnsweredYet => write!(f, "the question has not been answered yet"),
            FlowError::AlreadyAnswered => write!(f, "the question has already been answered"),
            FlowError::NoRetryLeft => write!(f, "there is no retry left for this question"),
            FlowError::CannotGoBack => write!(f, "cannot go back from here"),
            FlowError::Finished => write!(f, "the lesson is finished"),
            FlowError::Answer(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for FlowError {}

#[derive(Debug, Clone)]
pub struct QuizSession {
    lesson: Arc<Lesson>,
    position: Position,
    questions: Vec<QuestionState>,
}

impl QuizSession {
    /// Starts at the first card. `seed` decides the shown order of options, items and steps:
    /// random per session in the app, fixed in tests.
    pub fn new(lesson: Arc<Lesson>, seed: u64) -> Self {
        let mut rng = fastrand::Rng::with_seed(seed);
        let questions = lesson
            .questions
            .iter()
            .map(|question| QuestionState {
                shown_order: shuffled_parts(&question.kind, &mut rng),
                hint_shown: false,
                tries: Vec::new(),
                outcome: None,
            })
            .collect();
        let position = if !lesson.cards.is_empty() {
            Position::Card(0)
        } else if !lesson.questions.is_empty() {
            Position::Question(0)
        } else {
            Position::Finished
        };
        QuizSession { lesson, position, questions }
    }

    pub fn lesson(&self) -> &Arc<Lesson> {
        &self.lesson
    }

    pub fn is_finished(&self) -> bool {
        self.position == Position::Finished
    }

    /// What to show now.
    pub fn step(&self) -> Step<'_> {
        let lesson = &self.lesson;
        match self.position {
            Position::Card(index) => Step::Card {
                index,
                count: lesson.cards.len(),
                text: LessonText::card(&lesson.id, &lesson.cards[index].id),
            },
            Position::Question(index) => Step::Question(self.question_view(index)),
            Position::Finished => Step::Finished(self.result()),
        }
    }

    fn question_view(&self, index: usize) -> QuestionView<'_> {
        let lesson = &self.lesson.id;
        let question = &self.lesson.questions[index];
        let state = &self.questions[index];
        let part = |id: &str| Part { id: id.to_owned(), label: LessonText::part(lesson, &question.id, id, None) };
        let groups = match &question.kind {
            QuestionKind::SortIntoGroups { groups, .. } => groups.iter().map(|group| part(group)).collect(),
            _ => Vec::new(),
        };
        let phase = match &state.outcome {
            Some(outcome) => Phase::Answered(outcome),
            None => Phase::Answering { try_number: state.tries.len() as u8 + 1 },
        };
        QuestionView {
            index,
            count: self.questions.len(),
            id: &question.id,
            kind: question.kind.name(),
            prompt: LessonText::question(lesson, &question.id, None),
            situation: matches!(question.kind, QuestionKind::Scenario { .. })
                .then(|| LessonText::question(lesson, &question.id, Some(SITUATION))),
            parts: state.shown_order.iter().map(|id| part(id)).collect(),
            groups,
            hint: state.hint_shown.then(|| LessonText::question(lesson, &question.id, Some(HINT))),
            phase,
        }
    }

    /// Moves on: to the next card, from the last card to the first question, from an answered
    /// question to the next (declining a retry that is still open), from the last to the result.
    pub fn advance(&mut self) -> Result<(), FlowError> {
        self.position = match self.position {
            Position::Card(index) if index + 1 < self.lesson.cards.len() => Position::Card(index + 1),
            Position::Card(_) => self.question_or_finished(0),
            Position::Question(index) => {
                if self.questions[index].outcome.is_none() {
                    return Err(FlowError::NotAnsweredYet);
                }
                self.question_or_finished(index + 1)
            }
            Position::Finished => return Err(FlowError::Finished),
        };
        Ok(())
    }

    fn question_or_finished(&self, index: usize) -> Position {
        if index < self.questions.len() { Position::Question(index) } else { Position::Finished }
    }

    /// Back through the cards, and from an untouched first question to the last card.
    pub fn back(&mut self) -> Result<(), FlowError> {
        self.position = match self.position {
            Position::Card(index) if index > 0 => Position::Card(index - 1),
            Position::Question(0) if self.questions[0].tries.is_empty() && !self.lesson.cards.is_empty() => {
                Position::Card(self.lesson.cards.len() - 1)
            }
            _ => return Err(FlowError::CannotGoBack),
        };
        Ok(())
    }

    /// Reveals the current question's hint; counted once per question.
    pub fn show_hint(&mut self) -> Result<LessonText, FlowError> {
        let index = self.current_question()?;
        self.questions[index].hint_shown = true;
        Ok(LessonText::question(&self.lesson.id, &self.lesson.questions[index].id, Some(HINT)))
    }

    /// Grades an answer to the current question and keeps the outcome on screen.
    pub fn submit(&mut self, answer: Answer) -> Result<Outcome, FlowError> {
        let index = self.current_question()?;
        let state = &self.questions[index];
        if state.outcome.is_some() {
            return Err(FlowError::AlreadyAnswered);
        }
        let question = &self.lesson.questions[index];
        let grade = grade(&self.lesson.id, question, &answer).map_err(FlowError::Answer)?;
        let try_number = state.tries.len() as u8 + 1;
        let correct = grade.verdict == Verdict::Correct;
        let can_retry = !correct && try_number < MAX_TRIES;
        let outcome = Outcome {
            question: question.id.clone(),
            try_number,
            answer,
            verdict: grade.verdict,
            feedback: grade.feedback,
            ranking: grade.ranking,
            explanation: grade.explanation,
            hints_used: u32::from(state.hint_shown),
            can_retry,
            solution: (!correct && !can_retry).then(|| solution(question)),
        };
        let state = &mut self.questions[index];
        state.tries.push(outcome.verdict);
        state.outcome = Some(outcome.clone());
        Ok(outcome)
    }

    /// Clears a wrong first answer so the learner can try once more.
    pub fn retry(&mut self) -> Result<(), FlowError> {
        let index = self.current_question()?;
        let state = &mut self.questions[index];
        match &state.outcome {
            None => Err(FlowError::NotAnsweredYet),
            Some(outcome) if !outcome.can_retry => Err(FlowError::NoRetryLeft),
            Some(_) => {
                state.outcome = None;
                Ok(())
            }
        }
    }

    /// The result so far; final once `is_finished()`.
    pub fn result(&self) -> LessonResult {
        let count = self.questions.len();
        let first_try_correct = self.questions.iter().filter(|q| q.first_try_correct()).count();
        let missed = self
            .lesson
            .questions
            .iter()
            .zip(&self.questions)
            .filter(|(_, state)| !state.first_try_correct())
            .map(|(question, _)| question.id.clone())
            .collect();
        LessonResult {
            lesson: self.lesson.id.clone(),
            question_count: count,
            score: self.questions.iter().filter(|q| q.finally_correct()).count(),
            first_try_correct,
            hints_used: self.questions.iter().map(|q| u32::from(q.hint_shown)).sum(),
            mastered: count > 0 && first_try_correct * 100 >= MASTERY_PERCENT * count,
            missed,
        }
    }

    fn current_question(&self) -> Result<usize, FlowError> {
        match self.position {
            Position::Question(index) => Ok(index),
            Position::Finished => Err(FlowError::Finished),
            Position::Card(_) => Err(FlowError::NotAQuestion),
        }
    }
}

/// The parts of a question in the order to show them. Steps never start out already in order,
/// or the question would answer itself.
fn shuffled_parts(kind: &QuestionKind, rng: &mut fastrand::Rng) -> Vec<String> {
    let mut parts: Vec<String> = match kind {
        QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options } => {
            options.iter().map(|o| o.id.clone()).collect()
        }
        QuestionKind::Scenario { options } => options.iter().map(|o| o.id.clone()).collect(),
        QuestionKind::SortIntoGroups { items, .. } => items.iter().map(|i| i.id.clone()).collect(),
        QuestionKind::OrderSteps { steps } => steps.clone(),
        QuestionKind::TrueFalse { .. } => Vec::new(),
    };
    rng.shuffle(&mut parts);
    if let QuestionKind::OrderSteps { steps } = kind
        && parts == *steps
    {
        parts.rotate_left(1);
    }
    parts
}
