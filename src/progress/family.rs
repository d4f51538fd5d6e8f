//! The family view's summary of one child: lessons done and mastered, and the topics worth
//! talking about next, drawn from the questions they missed. It carries lesson ids and topics
//! only, never a question or an answer, so children can answer honestly knowing a grown-up sees
//! what to talk about, not what they got wrong.

use super::{LessonProgress, LessonStatus, ReviewItem};
use crate::content::Lesson;
use std::sync::Arc;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChildSummary {
    /// Lessons finished (mastered or not), in the library's order.
    pub done: Vec<String>,
    /// Of those, the lessons mastered.
    pub mastered: Vec<String>,
    /// Lessons started and not finished.
    pub in_progress: Vec<String>,
    /// Topics of lessons with a question still missed, oldest miss first, each once.
    pub talk_about: Vec<String>,
}

/// Summarises a child's progress and review queue over the library's `lessons`.
pub fn child_summary(lessons: &[Arc<Lesson>], progress: &[LessonProgress], review: &[ReviewItem]) -> ChildSummary {
    let mut summary = ChildSummary::default();
    for lesson in lessons {
        let Some(status) = progress.iter().find(|p| p.lesson == lesson.id).map(|p| p.status) else { continue };
        match status {
            LessonStatus::Mastered => {
                summary.done.push(lesson.id.clone());
                summary.mastered.push(lesson.id.clone());
            }
            LessonStatus::Done => summary.done.push(lesson.id.clone()),
            LessonStatus::InProgress => summary.in_progress.push(lesson.id.clone()),
            LessonStatus::NotStarted => {}
        }
    }
    for item in review {
        let Some(lesson) = lessons.iter().find(|lesson| lesson.id == item.lesson) else { continue };
        if !summary.talk_about.contains(&lesson.topic) {
            summary.talk_about.push(lesson.topic.clone());
        }
    }
    summary
}
