//! The Fluent message ids a lesson's JSON implies (`card-<id>`, `q-<id>`, `q-<id>-<option>` …),
//! shared by the validator, which demands them, and the quiz engine, which hands them to the UI.
//! Deriving them keeps every id written once, in the JSON.

use super::model::{Band, Lesson, QuestionKind};

pub const LESSON_TITLE: &str = "lesson-title";
pub const LESSON_SUMMARY: &str = "lesson-summary";
pub const TALK_TOGETHER: &str = "talk-together";
pub const TRAINER_PROMPT: &str = "trainer-prompt";
pub const HINT: &str = "hint";
pub const EXPLANATION: &str = "explanation";
pub const SITUATION: &str = "situation";
pub const FEEDBACK: &str = "feedback";
/// On each card of a lesson with together mode: what the grown-up beside the child can ask, what
/// a good answer sounds like, and how to react calmly.
pub const TOGETHER: &str = "together";
/// A next step to try at home, for lessons with together mode.
pub const AT_HOME: &str = "at-home";

/// UI messages the library itself hands to screens; the content check demands them in English.
pub const LIBRARY_UI_MESSAGES: &[&str] = &[
    "app-name",
    "text-missing",
    "quiz-true",
    "quiz-false",
    "band-explorers",
    "band-navigators",
    "band-teens",
    "band-caregivers",
    "band-trainers",
    "locale-status-machine-assisted",
    "locale-status-partial",
    "store-recovered-notice",
    "store-newer-version",
    "store-memory-only-notice",
    "lesson-pack-failed-notice",
];

/// The UI message naming a topic.
pub fn topic_message(topic: &str) -> String {
    format!("topic-{topic}")
}

pub fn band_message(band: Band) -> String {
    format!("band-{}", band.id())
}

pub fn card_message(card: &str) -> String {
    format!("card-{card}")
}

pub fn question_message(question: &str) -> String {
    format!("q-{question}")
}

/// An option, item, group or step of a question; true/false use `true` and `false`.
pub fn part_message(question: &str, part: &str) -> String {
    format!("q-{question}-{part}")
}

pub fn truth_part(value: bool) -> &'static str {
    if value { "true" } else { "false" }
}

/// A piece of lesson text for the UI to look up: a message of one lesson's Fluent file.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LessonText {
    pub lesson: String,
    pub message: String,
    pub attribute: Option<&'static str>,
}

impl LessonText {
    pub fn new(lesson: &str, message: String, attribute: Option<&'static str>) -> Self {
        LessonText { lesson: lesson.to_owned(), message, attribute }
    }

    pub fn title(lesson: &str) -> Self {
        LessonText::new(lesson, LESSON_TITLE.to_owned(), None)
    }

    pub fn summary(lesson: &str) -> Self {
        LessonText::new(lesson, LESSON_SUMMARY.to_owned(), None)
    }

    pub fn talk_together(lesson: &str) -> Self {
        LessonText::new(lesson, TALK_TOGETHER.to_owned(), None)
    }

    pub fn trainer_prompt(lesson: &str) -> Self {
        LessonText::new(lesson, TRAINER_PROMPT.to_owned(), None)
    }

    pub fn card(lesson: &str, card: &str) -> Self {
        LessonText::new(lesson, card_message(card), None)
    }

    /// The grown-up's prompt beside a card, in together mode.
    pub fn together(lesson: &str, card: &str) -> Self {
        LessonText::new(lesson, card_message(card), Some(TOGETHER))
    }

    pub fn at_home(lesson: &str) -> Self {
        LessonText::new(lesson, AT_HOME.to_owned(), None)
    }

    pub fn question(lesson: &str, question: &str, attribute: Option<&'static str>) -> Self {
        LessonText::new(lesson, question_message(question), attribute)
    }

    pub fn part(lesson: &str, question: &str, part: &str, attribute: Option<&'static str>) -> Self {
        LessonText::new(lesson, part_message(question, part), attribute)
    }
}

/// One message a lesson needs in its English file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpectedMessage {
    pub id: String,
    /// Whether the message needs a value (true/false feedback messages have only an attribute).
    pub needs_value: bool,
    pub attributes: Vec<&'static str>,
    /// The JSON path that asks for it, for error messages.
    pub origin: String,
    /// Patterns held to the band's per-card word limit (None = the value).
    pub word_limited: Vec<Option<&'static str>>,
}

impl ExpectedMessage {
    fn new(id: String, origin: String) -> Self {
        ExpectedMessage { id, needs_value: true, attributes: Vec::new(), origin, word_limited: Vec::new() }
    }

    fn with(mut self, attributes: &[&'static str]) -> Self {
        self.attributes.extend_from_slice(attributes);
        self
    }
}

/// Every message `lesson` refers to, in the order a reader meets them.
pub fn expected_messages(lesson: &Lesson) -> Vec<ExpectedMessage> {
    let mut expected = vec![
        ExpectedMessage::new(LESSON_TITLE.to_owned(), "id".to_owned()),
        ExpectedMessage::new(LESSON_SUMMARY.to_owned(), "id".to_owned()),
    ];
    for (index, card) in lesson.cards.iter().enumerate() {
        let mut message = ExpectedMessage::new(card_message(&card.id), format!("cards[{index}]"));
        message.word_limited.push(None);
        if lesson.band.has_together_mode() {
            message.attributes.push(TOGETHER);
        }
        expected.push(message);
    }
    for (index, question) in lesson.questions.iter().enumerate() {
        let origin = format!("questions[{index}]");
        let mut prompt =
            ExpectedMessage::new(question_message(&question.id), origin.clone()).with(&[HINT, EXPLANATION]);
        if matches!(question.kind, QuestionKind::Scenario { .. }) {
            prompt.attributes.push(SITUATION);
            prompt.word_limited.push(Some(SITUATION));
        }
        expected.push(prompt);
        let part = |part: &str, field: String| {
            ExpectedMessage::new(part_message(&question.id, part), format!("{origin}.{field}"))
        };
        match &question.kind {
            QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options } => {
                for (i, option) in options.iter().enumerate() {
                    expected.push(part(&option.id, format!("options[{i}]")).with(&[FEEDBACK]));
                }
            }
            QuestionKind::Scenario { options } => {
                for (i, option) in options.iter().enumerate() {
                    expected.push(part(&option.id, format!("options[{i}]")).with(&[FEEDBACK]));
                }
            }
            QuestionKind::TrueFalse { .. } => {
                for value in [true, false] {
                    let mut feedback = part(truth_part(value), "answer".to_owned()).with(&[FEEDBACK]);
                    feedback.needs_value = false;
                    expected.push(feedback);
                }
            }
            QuestionKind::SortIntoGroups { groups, items } => {
                for (i, group) in groups.iter().enumerate() {
                    expected.push(part(group, format!("groups[{i}]")));
                }
                for (i, item) in items.iter().enumerate() {
                    expected.push(part(&item.id, format!("items[{i}]")).with(&[FEEDBACK]));
                }
            }
            QuestionKind::OrderSteps { steps } => {
                for (i, step) in steps.iter().enumerate() {
                    expected.push(part(step, format!("steps[{i}]")).with(&[FEEDBACK]));
                }
            }
        }
    }
    if lesson.band.has_talk_together() {
        expected.push(ExpectedMessage::new(TALK_TOGETHER.to_owned(), "band".to_owned()));
    }
    if lesson.band.has_together_mode() {
        expected.push(ExpectedMessage::new(AT_HOME.to_owned(), "band".to_owned()));
    }
    expected.push(ExpectedMessage::new(TRAINER_PROMPT.to_owned(), "id".to_owned()));
    expected
}
