//! SafeSteps: offline, multilingual online-safety lessons and quizzes for children, teens,
//! caregivers and trainers. This library is everything a screen needs without any screen:
//! lesson content and its validation, the quiz engine, Fluent localisation and the progress
//! store. Data flows one way: lesson files → catalog → quiz session → progress store.

pub mod classroom;
pub mod content;
pub mod help;
pub mod i18n;
pub mod platform;
pub mod progress;
pub mod quiz;
pub mod store;
pub mod ui;
