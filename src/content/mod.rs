//! Lesson content: the JSON model, the Fluent files that hold every word, and the validated
//! catalog built from both. Knows nothing of screens or storage.

pub mod catalog;
pub mod coverage;
pub mod error;
pub mod fluent_file;
pub mod guide;
pub mod locale;
pub mod messages;
pub mod model;
pub mod pack;
mod pack_files;
pub mod report;
pub mod source;
pub mod validate;

pub use catalog::{Catalog, Checks, LocaleContent, SOURCE_LOCALE};
pub use error::{ContentError, ContentErrors, Place};
pub use locale::{Direction, LocaleMeta, LocaleStatus};
pub use messages::LessonText;
pub use model::{Band, Card, ChoiceOption, Lesson, Question, QuestionKind, ScenarioAction, SortItem, Source};
pub use pack::{LessonPack, PackFile};
pub use source::{ContentFile, ContentFiles};
