//! The lesson model as it is written in `lessons/*.json`: structure and correctness only, no prose.
//! Serde rejects unknown fields so a typo in a field name is an error, not a silently ignored line.

use serde::{Deserialize, Serialize};

/// The only lesson file format this version reads; a later shape gets a new number.
pub const LESSON_FORMAT: u32 = 1;

/// Who a lesson is written for; decides voice, length limits and which prompts it carries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Band {
    /// Ages 5–8, usually with a caregiver reading along.
    Explorers,
    /// Ages 9–12.
    Navigators,
    /// Ages 13–17.
    Teens,
    /// Parents, grandparents, older siblings, teachers.
    Caregivers,
}

impl Band {
    pub const ALL: [Band; 4] = [Band::Explorers, Band::Navigators, Band::Teens, Band::Caregivers];

    /// The id used in files, URLs and the database.
    pub fn id(self) -> &'static str {
        match self {
            Band::Explorers => "explorers",
            Band::Navigators => "navigators",
            Band::Teens => "teens",
            Band::Caregivers => "caregivers",
        }
    }

    pub fn from_id(id: &str) -> Option<Band> {
        Band::ALL.into_iter().find(|band| band.id() == id)
    }

    /// Lessons for young children and for caregivers end with a prompt to talk together.
    pub fn has_talk_together(self) -> bool {
        matches!(self, Band::Explorers | Band::Caregivers)
    }

    /// Lessons for young children can be done together with a grown-up, who gets a prompt
    /// beside each card and a next step for home.
    pub fn has_together_mode(self) -> bool {
        self == Band::Explorers
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    pub format: u32,
    pub id: String,
    pub band: Band,
    /// Kebab-case; its display name is the UI message `topic-<topic>`.
    pub topic: String,
    pub minutes: u32,
    pub sources: Vec<Source>,
    pub cards: Vec<Card>,
    pub questions: Vec<Question>,
}

impl Lesson {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|question| question.id == id)
    }
}

/// The published guidance a lesson follows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub title: String,
    pub url: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Card {
    pub id: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "QuestionInFile", into = "QuestionInFile")]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
}

/// The six kinds of question; each carries what grading needs and nothing a reader sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuestionKind {
    SingleChoice {
        options: Vec<ChoiceOption>,
    },
    /// "Choose all that apply".
    MultipleChoice {
        options: Vec<ChoiceOption>,
    },
    TrueFalse {
        answer: bool,
    },
    /// A situation, then a choice among actions listed best first; several may be good.
    Scenario {
        options: Vec<ScenarioAction>,
    },
    SortIntoGroups {
        groups: Vec<String>,
        items: Vec<SortItem>,
    },
    /// Steps listed in the right order.
    OrderSteps {
        steps: Vec<String>,
    },
}

/// How a question is spelled in JSON: `kind` beside the fields of that kind. Serde cannot deny
/// unknown fields through `flatten`, so the file shape is this tagged enum and the code works
/// with the friendlier `Question { id, kind }`.
#[derive(Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
enum QuestionInFile {
    SingleChoice { id: String, options: Vec<ChoiceOption> },
    MultipleChoice { id: String, options: Vec<ChoiceOption> },
    TrueFalse { id: String, answer: bool },
    Scenario { id: String, options: Vec<ScenarioAction> },
    SortIntoGroups { id: String, groups: Vec<String>, items: Vec<SortItem> },
    OrderSteps { id: String, steps: Vec<String> },
}

impl From<QuestionInFile> for Question {
    fn from(file: QuestionInFile) -> Self {
        let (id, kind) = match file {
            QuestionInFile::SingleChoice { id, options } => (id, QuestionKind::SingleChoice { options }),
            QuestionInFile::MultipleChoice { id, options } => (id, QuestionKind::MultipleChoice { options }),
            QuestionInFile::TrueFalse { id, answer } => (id, QuestionKind::TrueFalse { answer }),
            QuestionInFile::Scenario { id, options } => (id, QuestionKind::Scenario { options }),
            QuestionInFile::SortIntoGroups { id, groups, items } => {
                (id, QuestionKind::SortIntoGroups { groups, items })
            }
            QuestionInFile::OrderSteps { id, steps } => (id, QuestionKind::OrderSteps { steps }),
        };
        Question { id, kind }
    }
}

impl From<Question> for QuestionInFile {
    fn from(Question { id, kind }: Question) -> Self {
        match kind {
            QuestionKind::SingleChoice { options } => QuestionInFile::SingleChoice { id, options },
            QuestionKind::MultipleChoice { options } => QuestionInFile::MultipleChoice { id, options },
            QuestionKind::TrueFalse { answer } => QuestionInFile::TrueFalse { id, answer },
            QuestionKind::Scenario { options } => QuestionInFile::Scenario { id, options },
            QuestionKind::SortIntoGroups { groups, items } => QuestionInFile::SortIntoGroups { id, groups, items },
            QuestionKind::OrderSteps { steps } => QuestionInFile::OrderSteps { id, steps },
        }
    }
}

impl QuestionKind {
    /// The name used in the JSON `kind` field, for messages to authors.
    pub fn name(&self) -> &'static str {
        match self {
            QuestionKind::SingleChoice { .. } => "single_choice",
            QuestionKind::MultipleChoice { .. } => "multiple_choice",
            QuestionKind::TrueFalse { .. } => "true_false",
            QuestionKind::Scenario { .. } => "scenario",
            QuestionKind::SortIntoGroups { .. } => "sort_into_groups",
            QuestionKind::OrderSteps { .. } => "order_steps",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChoiceOption {
    pub id: String,
    #[serde(default)]
    pub correct: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioAction {
    pub id: String,
    pub good: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SortItem {
    pub id: String,
    pub group: String,
}
