//! The quiz engine: grading of every question kind and the flow of one lesson session. Pure
//! Rust over the content model; it returns message references, never text, and saves nothing.

pub mod grading;
pub mod session;

pub use grading::{Answer, AnswerError, Feedback, Grade, RankedAction, Tone, Verdict, grade, solution};
pub use session::{FlowError, LessonResult, MASTERY_PERCENT, Outcome, Part, Phase, QuestionView, QuizSession, Step};
