//! The library at a glance, per band: lessons, cards, questions, question kinds, and the
//! hardest-reading card and question in English. For authors (`safesteps-content report`) and
//! for the numbers a release note gives.

use super::catalog::{ReadingGrade, reading_grades};
use super::messages::expected_messages;
use super::{Band, Catalog};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq)]
pub struct BandSummary {
    pub band: Band,
    pub lessons: usize,
    pub cards: usize,
    pub questions: usize,
    /// Question kind → how many.
    pub kinds: BTreeMap<&'static str, usize>,
    pub hardest_card: Option<Hardest>,
    pub hardest_question: Option<Hardest>,
}

/// The highest reading grade found, and where.
#[derive(Debug, Clone, PartialEq)]
pub struct Hardest {
    pub lesson: String,
    pub message: String,
    pub grade: f64,
}

pub fn summarize(catalog: &Catalog) -> Vec<BandSummary> {
    let english = catalog.source_locale();
    Band::ALL
        .into_iter()
        .map(|band| {
            let mut summary = BandSummary {
                band,
                lessons: 0,
                cards: 0,
                questions: 0,
                kinds: BTreeMap::new(),
                hardest_card: None,
                hardest_question: None,
            };
            for lesson in catalog.lessons_in(band) {
                summary.lessons += 1;
                summary.cards += lesson.cards.len();
                summary.questions += lesson.questions.len();
                for question in &lesson.questions {
                    *summary.kinds.entry(question.kind.name()).or_default() += 1;
                }
                let Some(file) = english.and_then(|locale| locale.lessons.get(&lesson.id)) else { continue };
                for ReadingGrade { message, question, grade } in
                    reading_grades(lesson, &expected_messages(lesson), file)
                {
                    let slot = if question { &mut summary.hardest_question } else { &mut summary.hardest_card };
                    if slot.as_ref().is_none_or(|hardest| grade > hardest.grade) {
                        *slot = Some(Hardest { lesson: lesson.id.clone(), message, grade });
                    }
                }
            }
            summary
        })
        .collect()
}
