//! Grading of every question kind: an answer in, a verdict and the feedback to show out. Pure
//! functions over the lesson model; the feedback is `LessonText` for the UI to localise.

use crate::content::messages::{EXPLANATION, FEEDBACK, truth_part};
use crate::content::{LessonText, Question, QuestionKind};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// What a learner answered. Serialised into the progress store as JSON.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// Single choice, or the action chosen in a scenario.
    Choice(String),
    /// Multiple choice: every option chosen.
    Choices(Vec<String>),
    Truth(bool),
    /// Sort into groups: item id → group id, one entry per item.
    Groups(BTreeMap<String, String>),
    /// Order steps: step ids, first step first.
    Order(Vec<String>),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Correct,
    /// Some of it right (multiple choice, sorting, ordering); counts as not correct.
    Partial,
    Incorrect,
}

/// How a piece of feedback relates to the answer, so the UI can mark it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// A chosen option that is right, or an action that is good.
    Right,
    /// A chosen option that is wrong, or a misplaced item or step.
    Wrong,
    /// A right option that was not chosen.
    Missed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Feedback {
    /// The option, item or step it is about (`true`/`false` for true/false).
    pub part: String,
    pub tone: Tone,
    pub text: LessonText,
}

/// One action of a scenario, in rank order, so the feedback can show which choices were best.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RankedAction {
    pub action: String,
    /// 1 is best.
    pub rank: usize,
    pub good: bool,
    pub chosen: bool,
    pub feedback: LessonText,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grade {
    pub verdict: Verdict,
    pub feedback: Vec<Feedback>,
    /// Scenario only: every action, best first.
    pub ranking: Vec<RankedAction>,
    pub explanation: LessonText,
}

/// An answer that does not fit its question: a UI bug, never the learner's fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    WrongShape { question: String, expected: &'static str },
    UnknownPart { question: String, part: String },
    Repeated { question: String, part: String },
    Incomplete { question: String, missing: Vec<String> },
    NothingChosen { question: String },
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerError::WrongShape { question, expected } => write!(f, "question `{question}` takes {expected}"),
            AnswerError::UnknownPart { question, part } => write!(f, "question `{question}` has no `{part}`"),
            AnswerError::Repeated { question, part } => write!(f, "question `{question}`: `{part}` is given twice"),
            AnswerError::Incomplete { question, missing } => {
                write!(f, "question `{question}`: not placed yet: {}", missing.join(", "))
            }
            AnswerError::NothingChosen { question } => write!(f, "question `{question}`: nothing chosen"),
        }
    }
}

impl std::error::Error for AnswerError {}

/// The right answer, to show once the learner has used their tries.
pub fn solution(question: &Question) -> Answer {
    match &question.kind {
        QuestionKind::SingleChoice { options } => {
            Answer::Choice(options.iter().find(|o| o.correct).map(|o| o.id.clone()).unwrap_or_default())
        }
        QuestionKind::MultipleChoice { options } => {
            Answer::Choices(options.iter().filter(|o| o.correct).map(|o| o.id.clone()).collect())
        }
        QuestionKind::TrueFalse { answer } => Answer::Truth(*answer),
        QuestionKind::Scenario { options } => Answer::Choice(options.first().map(|o| o.id.clone()).unwrap_or_default()),
        QuestionKind::SortIntoGroups { items, .. } => {
            Answer::Groups(items.iter().map(|item| (item.id.clone(), item.group.clone())).collect())
        }
        QuestionKind::OrderSteps { steps } => Answer::Order(steps.clone()),
    }
}

/// Grades `answer` to `question` of lesson `lesson`.
pub fn grade(lesson: &str, question: &Question, answer: &Answer) -> Result<Grade, AnswerError> {
    let grader = Grader { lesson, question: &question.id };
    let (verdict, feedback, ranking) = match (&question.kind, answer) {
        (QuestionKind::SingleChoice { options }, Answer::Choice(chosen)) => {
            let option = options.iter().find(|o| &o.id == chosen).ok_or_else(|| grader.unknown(chosen))?;
            let verdict = if option.correct { Verdict::Correct } else { Verdict::Incorrect };
            let tone = if option.correct { Tone::Right } else { Tone::Wrong };
            (verdict, vec![grader.feedback(chosen, tone)], Vec::new())
        }
        (QuestionKind::MultipleChoice { options }, Answer::Choices(chosen)) => {
            let chosen = grader.distinct_known(chosen, options.iter().map(|o| o.id.as_str()))?;
            if chosen.is_empty() {
                return Err(AnswerError::NothingChosen { question: question.id.clone() });
            }
            let mut feedback = Vec::new();
            let (mut right, mut wrong, mut missed) = (0, 0, 0);
            for option in options {
                let tone = match (chosen.contains(option.id.as_str()), option.correct) {
                    (true, true) => Some(Tone::Right),
                    (true, false) => Some(Tone::Wrong),
                    (false, true) => Some(Tone::Missed),
                    (false, false) => None,
                };
                match tone {
                    Some(Tone::Right) => right += 1,
                    Some(Tone::Wrong) => wrong += 1,
                    Some(Tone::Missed) => missed += 1,
                    None => {}
                }
                if let Some(tone) = tone {
                    feedback.push(grader.feedback(&option.id, tone));
                }
            }
            (partial_verdict(right, wrong + missed), feedback, Vec::new())
        }
        (QuestionKind::TrueFalse { answer: truth }, Answer::Truth(given)) => {
            let correct = truth == given;
            let verdict = if correct { Verdict::Correct } else { Verdict::Incorrect };
            let tone = if correct { Tone::Right } else { Tone::Wrong };
            (verdict, vec![grader.feedback(truth_part(*given), tone)], Vec::new())
        }
        (QuestionKind::Scenario { options }, Answer::Choice(chosen)) => {
            let action = options.iter().find(|o| &o.id == chosen).ok_or_else(|| grader.unknown(chosen))?;
            let verdict = if action.good { Verdict::Correct } else { Verdict::Incorrect };
            let tone = if action.good { Tone::Right } else { Tone::Wrong };
            let ranking = options
                .iter()
                .enumerate()
                .map(|(index, option)| RankedAction {
                    action: option.id.clone(),
                    rank: index + 1,
                    good: option.good,
                    chosen: &option.id == chosen,
                    feedback: grader.text(&option.id),
                })
                .collect();
            (verdict, vec![grader.feedback(chosen, tone)], ranking)
        }
        (QuestionKind::SortIntoGroups { groups, items }, Answer::Groups(placed)) => {
            for (item, group) in placed {
                if !items.iter().any(|known| &known.id == item) {
                    return Err(grader.unknown(item));
                }
                if !groups.contains(group) {
                    return Err(grader.unknown(group));
                }
            }
            let missing: Vec<String> =
                items.iter().filter(|i| !placed.contains_key(&i.id)).map(|i| i.id.clone()).collect();
            if !missing.is_empty() {
                return Err(AnswerError::Incomplete { question: question.id.clone(), missing });
            }
            let misplaced: Vec<&str> =
                items.iter().filter(|i| placed[&i.id] != i.group).map(|i| i.id.as_str()).collect();
            let feedback = misplaced.iter().map(|item| grader.feedback(item, Tone::Wrong)).collect();
            (partial_verdict(items.len() - misplaced.len(), misplaced.len()), feedback, Vec::new())
        }
        (QuestionKind::OrderSteps { steps }, Answer::Order(given)) => {
            let distinct = grader.distinct_known(given, steps.iter().map(String::as_str))?;
            let missing: Vec<String> = steps.iter().filter(|s| !distinct.contains(s.as_str())).cloned().collect();
            if !missing.is_empty() {
                return Err(AnswerError::Incomplete { question: question.id.clone(), missing });
            }
            let misplaced: Vec<&str> = given
                .iter()
                .zip(steps)
                .filter(|(given, right)| given != right)
                .map(|(given, _)| given.as_str())
                .collect();
            let feedback = misplaced.iter().map(|step| grader.feedback(step, Tone::Wrong)).collect();
            (partial_verdict(steps.len() - misplaced.len(), misplaced.len()), feedback, Vec::new())
        }
        (kind, _) => {
            let expected = match kind {
                QuestionKind::SingleChoice { .. } | QuestionKind::Scenario { .. } => "one choice",
                QuestionKind::MultipleChoice { .. } => "a list of choices",
                QuestionKind::TrueFalse { .. } => "true or false",
                QuestionKind::SortIntoGroups { .. } => "a group for every item",
                QuestionKind::OrderSteps { .. } => "the steps in an order",
            };
            return Err(AnswerError::WrongShape { question: question.id.clone(), expected });
        }
    };
    let explanation = LessonText::question(lesson, &question.id, Some(EXPLANATION));
    Ok(Grade { verdict, feedback, ranking, explanation })
}

fn partial_verdict(right: usize, wrong: usize) -> Verdict {
    match (right, wrong) {
        (_, 0) => Verdict::Correct,
        (0, _) => Verdict::Incorrect,
        _ => Verdict::Partial,
    }
}

struct Grader<'a> {
    lesson: &'a str,
    question: &'a str,
}

impl Grader<'_> {
    fn text(&self, part: &str) -> LessonText {
        LessonText::part(self.lesson, self.question, part, Some(FEEDBACK))
    }

    fn feedback(&self, part: &str, tone: Tone) -> Feedback {
        Feedback { part: part.to_owned(), tone, text: self.text(part) }
    }

    fn unknown(&self, part: &str) -> AnswerError {
        AnswerError::UnknownPart { question: self.question.to_owned(), part: part.to_owned() }
    }

    /// The given ids as a set, refusing unknown or repeated ones.
    fn distinct_known<'g, 'k>(
        &self,
        given: &'g [String],
        known: impl Iterator<Item = &'k str>,
    ) -> Result<BTreeSet<&'g str>, AnswerError> {
        let known: BTreeSet<&str> = known.collect();
        let mut distinct = BTreeSet::new();
        for part in given {
            if !known.contains(part.as_str()) {
                return Err(self.unknown(part));
            }
            if !distinct.insert(part.as_str()) {
                return Err(AnswerError::Repeated { question: self.question.to_owned(), part: part.clone() });
            }
        }
        Ok(distinct)
    }
}
