//! The state behind each screen as plain structs with methods: what the learner has chosen so
//! far, what a lesson card shows, what the preferences are. Components hold these in signals and
//! call one method per tap, so every rule here is unit-tested without a renderer.

use crate::content::{Band, Catalog, Lesson};
use crate::progress::{
    Audience, LessonProgress, LessonStatus, NewAttempt, NewProfile, ProfileError, RunId, RunSummary,
};
use crate::quiz::{Answer, Phase, QuestionView, QuizSession, Step};
use std::collections::BTreeMap;
use std::sync::Arc;

/// Avatars bundled with the app, in the order the picker shows them.
pub const AVATARS: &[&str] = &["fox", "owl", "cat", "turtle", "rabbit", "bear", "robot", "star"];

/// First run's profile form: a nickname, an avatar and who it is for. Nothing else is asked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileForm {
    pub nickname: String,
    pub avatar: String,
    pub audience: Option<Audience>,
}

/// Why the form cannot be saved yet, each with its own message for the screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormProblem {
    NoAudience,
    Profile(ProfileError),
}

impl FormProblem {
    /// The UI message that explains it.
    pub fn message_id(&self) -> &'static str {
        match self {
            FormProblem::NoAudience => "profile-error-no-audience",
            FormProblem::Profile(ProfileError::EmptyNickname) => "profile-error-empty-nickname",
            FormProblem::Profile(ProfileError::NicknameTooLong { .. }) => "profile-error-nickname-too-long",
            FormProblem::Profile(ProfileError::NicknameHasControlCharacters) => "profile-error-nickname-characters",
            FormProblem::Profile(ProfileError::BadAvatar(_) | ProfileError::BadLocale(_)) => "profile-error-other",
        }
    }
}

impl Default for ProfileForm {
    fn default() -> Self {
        ProfileForm { nickname: String::new(), avatar: AVATARS[0].to_owned(), audience: None }
    }
}

impl ProfileForm {
    pub fn to_new_profile(&self, locale: &str) -> Result<NewProfile, FormProblem> {
        let audience = self.audience.ok_or(FormProblem::NoAudience)?;
        let profile = NewProfile {
            nickname: self.nickname.clone(),
            avatar: self.avatar.clone(),
            audience,
            locale: locale.to_owned(),
        };
        profile.validated().map_err(FormProblem::Profile)
    }
}

/// Text size steps, applied to the whole app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum TextSize {
    Standard,
    Large,
    Larger,
    Largest,
}

impl TextSize {
    pub const ALL: [TextSize; 4] = [TextSize::Standard, TextSize::Large, TextSize::Larger, TextSize::Largest];

    pub fn percent(self) -> u32 {
        match self {
            TextSize::Standard => 100,
            TextSize::Large => 118,
            TextSize::Larger => 136,
            TextSize::Largest => 160,
        }
    }

    /// How it is saved.
    pub fn step(self) -> u8 {
        TextSize::ALL.iter().position(|size| *size == self).unwrap_or(0) as u8
    }

    /// Anything unreadable falls back to the standard size rather than failing the start.
    pub fn from_step(saved: &str) -> TextSize {
        saved.parse::<usize>().ok().and_then(|step| TextSize::ALL.get(step).copied()).unwrap_or(TextSize::Standard)
    }

    pub fn message_id(self) -> &'static str {
        match self {
            TextSize::Standard => "settings-text-size-standard",
            TextSize::Large => "settings-text-size-large",
            TextSize::Larger => "settings-text-size-larger",
            TextSize::Largest => "settings-text-size-largest",
        }
    }
}

/// Device preferences the whole app follows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Prefs {
    pub text_size: TextSize,
    pub reduced_motion: bool,
}

impl Default for Prefs {
    fn default() -> Self {
        Prefs { text_size: TextSize::Standard, reduced_motion: false }
    }
}

impl Prefs {
    /// Inline style of the app's root: every size in the style sheet is relative to it.
    pub fn root_style(self) -> String {
        format!("font-size: {}%", self.text_size.percent())
    }

    pub fn root_class(self) -> &'static str {
        if self.reduced_motion { "app reduced-motion" } else { "app" }
    }
}

/// One lesson as its card on the home screen shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LessonCard {
    pub lesson: Arc<Lesson>,
    pub status: LessonStatus,
}

impl LessonCard {
    pub fn status_message_id(&self) -> &'static str {
        match self.status {
            LessonStatus::NotStarted => "lesson-status-not-started",
            LessonStatus::InProgress => "lesson-status-in-progress",
            LessonStatus::Done => "lesson-status-done",
            LessonStatus::Mastered => "lesson-status-mastered",
        }
    }
}

/// The lessons of one band, each with the learner's status, in catalog order.
pub fn lesson_cards(catalog: &Catalog, band: Band, progress: &[LessonProgress]) -> Vec<LessonCard> {
    let status: BTreeMap<&str, LessonStatus> =
        progress.iter().map(|lesson| (lesson.lesson.as_str(), lesson.status)).collect();
    catalog
        .lessons_in(band)
        .map(|lesson| LessonCard {
            lesson: lesson.clone(),
            status: status.get(lesson.id.as_str()).copied().unwrap_or(LessonStatus::NotStarted),
        })
        .collect()
}

/// The band a profile starts on; trainers start with the youngest band and pick another.
pub fn home_band(audience: Audience) -> Band {
    audience.home_band().unwrap_or(Band::Explorers)
}

/// The answer being put together for the question on screen, before it is checked.
/// Sorting and ordering are tap-to-place: tap an item, then its group; tap steps in order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Draft {
    pub chosen: Vec<String>,
    pub truth: Option<bool>,
    /// Sort into groups: the item picked up, waiting for a group.
    pub holding: Option<String>,
    pub placed: BTreeMap<String, String>,
    /// Order steps: the steps placed so far, first first.
    pub order: Vec<String>,
}

impl Draft {
    /// Single choice and scenario: one option at a time.
    pub fn choose(&mut self, option: &str) {
        self.chosen = vec![option.to_owned()];
    }

    /// Multiple choice: tap to choose, tap again to unchoose.
    pub fn toggle(&mut self, option: &str) {
        if let Some(at) = self.chosen.iter().position(|chosen| chosen == option) {
            self.chosen.remove(at);
        } else {
            self.chosen.push(option.to_owned());
        }
    }

    pub fn set_truth(&mut self, value: bool) {
        self.truth = Some(value);
    }

    /// Picks an item up (or puts it down if it was already held); a placed item is picked up
    /// again so it can move to another group.
    pub fn hold(&mut self, item: &str) {
        if self.holding.as_deref() == Some(item) {
            self.holding = None;
        } else {
            self.placed.remove(item);
            self.holding = Some(item.to_owned());
        }
    }

    /// Puts the held item into `group`; nothing happens if no item is held.
    pub fn place_in(&mut self, group: &str) {
        if let Some(item) = self.holding.take() {
            self.placed.insert(item, group.to_owned());
        }
    }

    pub fn unplace(&mut self, item: &str) {
        self.placed.remove(item);
    }

    /// Adds a step at the end of the order, or takes it out if it is already placed.
    pub fn tap_step(&mut self, step: &str) {
        if let Some(at) = self.order.iter().position(|placed| placed == step) {
            self.order.remove(at);
        } else {
            self.order.push(step.to_owned());
        }
    }

    /// The answer to check, once it is complete enough to check.
    pub fn answer(&self, question: &QuestionView<'_>) -> Option<Answer> {
        match question.kind {
            "single_choice" | "scenario" => self.chosen.first().map(|option| Answer::Choice(option.clone())),
            "multiple_choice" => (!self.chosen.is_empty()).then(|| Answer::Choices(self.chosen.clone())),
            "true_false" => self.truth.map(Answer::Truth),
            "sort_into_groups" => {
                (self.placed.len() == question.parts.len()).then(|| Answer::Groups(self.placed.clone()))
            }
            "order_steps" => (self.order.len() == question.parts.len()).then(|| Answer::Order(self.order.clone())),
            _ => None,
        }
    }
}

/// A lesson being played: the quiz session plus the answer in progress.
#[derive(Debug, Clone)]
pub struct LessonPlay {
    pub session: QuizSession,
    pub draft: Draft,
}

impl LessonPlay {
    pub fn new(lesson: Arc<Lesson>, seed: u64) -> Self {
        LessonPlay { session: QuizSession::new(lesson, seed), draft: Draft::default() }
    }

    /// Whether the question on screen has an answer ready to check.
    pub fn can_check(&self) -> bool {
        match self.session.step() {
            Step::Question(question) => {
                matches!(question.phase, Phase::Answering { .. }) && self.draft.answer(&question).is_some()
            }
            _ => false,
        }
    }

    /// Checks the draft; the outcome is for the caller to record.
    pub fn check(&mut self) -> Option<crate::quiz::Outcome> {
        let answer = match self.session.step() {
            Step::Question(question) => self.draft.answer(&question)?,
            _ => return None,
        };
        self.session.submit(answer).ok()
    }

    /// After a wrong first try: answer again from a clean draft.
    pub fn retry(&mut self) {
        if self.session.retry().is_ok() {
            self.draft = Draft::default();
        }
    }

    /// Next card, next question or the result. Returns whether the lesson just finished.
    pub fn advance(&mut self) -> bool {
        let was_finished = self.session.is_finished();
        if self.session.advance().is_ok() {
            self.draft = Draft::default();
        }
        !was_finished && self.session.is_finished()
    }

    pub fn back(&mut self) {
        if self.session.back().is_ok() {
            self.draft = Draft::default();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_needs_an_audience_and_a_real_nickname() {
        let mut form = ProfileForm::default();
        assert_eq!(form.to_new_profile("en"), Err(FormProblem::NoAudience));
        form.audience = Some(Audience::Navigators);
        assert_eq!(form.to_new_profile("en").unwrap_err().message_id(), "profile-error-empty-nickname");
        form.nickname = "  Sam  ".to_owned();
        let profile = form.to_new_profile("en").unwrap();
        assert_eq!(profile.nickname, "Sam");
        assert_eq!(profile.avatar, "fox");
        form.nickname = "x".repeat(40);
        assert_eq!(form.to_new_profile("en").unwrap_err().message_id(), "profile-error-nickname-too-long");
    }

    #[test]
    fn text_size_round_trips_and_unreadable_falls_back() {
        for size in TextSize::ALL {
            assert_eq!(TextSize::from_step(&size.step().to_string()), size);
        }
        assert_eq!(TextSize::from_step("9"), TextSize::Standard);
        assert_eq!(TextSize::from_step("big"), TextSize::Standard);
        assert!(TextSize::Largest.percent() > TextSize::Standard.percent());
    }

    #[test]
    fn tap_to_place_moves_items_between_groups() {
        let mut draft = Draft::default();
        draft.place_in("keep");
        assert!(draft.placed.is_empty(), "nothing held, nothing placed");
        draft.hold("address");
        draft.place_in("keep");
        assert_eq!(draft.placed.get("address").map(String::as_str), Some("keep"));
        assert_eq!(draft.holding, None);
        draft.hold("address");
        assert!(draft.placed.is_empty(), "picking it up again takes it out of its group");
        draft.place_in("share");
        assert_eq!(draft.placed.get("address").map(String::as_str), Some("share"));
        draft.hold("colour");
        draft.hold("colour");
        assert_eq!(draft.holding, None, "a second tap puts it down");
    }

    #[test]
    fn steps_are_tapped_in_order_and_tapped_again_to_take_out() {
        let mut draft = Draft::default();
        for step in ["stop", "save", "tell"] {
            draft.tap_step(step);
        }
        draft.tap_step("save");
        assert_eq!(draft.order, vec!["stop", "tell"]);
        let mut chosen = Draft::default();
        chosen.toggle("a");
        chosen.toggle("b");
        chosen.toggle("a");
        assert_eq!(chosen.chosen, vec!["b"]);
        chosen.choose("c");
        assert_eq!(chosen.chosen, vec!["c"]);
    }
}

/// What a lesson run asks the store to keep.
#[derive(Debug, Clone, PartialEq)]
pub enum Recording {
    Attempt(NewAttempt),
    Finish(RunSummary),
}

/// The run a lesson records into. The store gives the run its id a moment after the lesson
/// opens; anything answered before that waits here, in order, so nothing is lost or reordered.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct RunRecorder {
    slot: RunSlot,
    waiting: Vec<Recording>,
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
enum RunSlot {
    #[default]
    Starting,
    Started(RunId),
    /// No profile, or the store refused the run: the lesson plays, nothing is kept.
    NotSaving,
}

impl RunRecorder {
    pub fn not_saving() -> Self {
        RunRecorder { slot: RunSlot::NotSaving, waiting: Vec::new() }
    }

    /// The store has the run: everything that waited, to send now, in order.
    pub fn started(&mut self, run: RunId) -> Vec<(RunId, Recording)> {
        self.slot = RunSlot::Started(run);
        self.waiting.drain(..).map(|recording| (run, recording)).collect()
    }

    pub fn failed(&mut self) {
        self.slot = RunSlot::NotSaving;
        self.waiting.clear();
    }

    /// What to send now, if the run is known; otherwise it waits (or is not kept at all).
    pub fn record(&mut self, recording: Recording) -> Option<(RunId, Recording)> {
        match self.slot {
            RunSlot::Started(run) => Some((run, recording)),
            RunSlot::Starting => {
                self.waiting.push(recording);
                None
            }
            RunSlot::NotSaving => None,
        }
    }
}

#[cfg(test)]
mod recorder_tests {
    use super::*;
    use crate::quiz::Answer;

    fn attempt(question: &str) -> Recording {
        Recording::Attempt(NewAttempt {
            question: question.into(),
            try_number: 1,
            answer: Answer::Truth(true),
            correct: true,
            hints_used: 0,
        })
    }

    #[test]
    fn answers_before_the_run_starts_wait_and_go_in_order() {
        let mut recorder = RunRecorder::default();
        assert_eq!(recorder.record(attempt("a")), None);
        assert_eq!(recorder.record(attempt("b")), None);
        let flushed = recorder.started(RunId(7));
        assert_eq!(flushed, vec![(RunId(7), attempt("a")), (RunId(7), attempt("b"))]);
        assert_eq!(recorder.record(attempt("c")), Some((RunId(7), attempt("c"))));
        assert!(recorder.started(RunId(7)).is_empty(), "nothing is sent twice");
    }

    #[test]
    fn a_run_that_cannot_be_kept_drops_quietly() {
        let mut recorder = RunRecorder::default();
        recorder.record(attempt("a"));
        recorder.failed();
        assert_eq!(recorder.record(attempt("b")), None);
        assert_eq!(RunRecorder::not_saving().record(attempt("c")), None);
    }
}

/// One step of a classroom session on the projected screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slide {
    Card { lesson: usize, card: usize },
    Question { lesson: usize, question: usize },
    End,
}

/// Where a trainer is in a session: every card and question of the plan's lessons in order,
/// then the end; whether the current answer is shown, and whether the notes are.
#[derive(Debug, Clone, PartialEq)]
pub struct Presenter {
    slides: Vec<Slide>,
    position: usize,
    pub revealed: bool,
    pub notes: bool,
}

impl Presenter {
    pub fn new(lessons: &[Arc<Lesson>]) -> Presenter {
        let mut slides = Vec::new();
        for (index, lesson) in lessons.iter().enumerate() {
            slides.extend((0..lesson.cards.len()).map(|card| Slide::Card { lesson: index, card }));
            slides.extend((0..lesson.questions.len()).map(|question| Slide::Question { lesson: index, question }));
        }
        slides.push(Slide::End);
        Presenter { slides, position: 0, revealed: false, notes: true }
    }

    pub fn slide(&self) -> Slide {
        self.slides[self.position]
    }

    /// `(current, total)`, counting from 1, the end not counted.
    pub fn progress(&self) -> (usize, usize) {
        (self.position + 1, self.slides.len() - 1)
    }

    pub fn next(&mut self) {
        if self.position + 1 < self.slides.len() {
            self.position += 1;
            self.revealed = false;
        }
    }

    pub fn back(&mut self) {
        if self.position > 0 {
            self.position -= 1;
            self.revealed = false;
        }
    }
}

#[cfg(test)]
mod presenter_tests {
    use super::*;
    use crate::content::Catalog;

    #[test]
    fn a_session_walks_every_card_and_question_of_each_lesson_then_ends() {
        let catalog = Catalog::embedded().expect("catalog");
        let lessons: Vec<Arc<Lesson>> = ["explorers-my-private-info", "navigators-block-and-report"]
            .iter()
            .map(|id| catalog.lesson(id).unwrap().clone())
            .collect();
        let steps: usize = lessons.iter().map(|lesson| lesson.cards.len() + lesson.questions.len()).sum();
        let mut presenter = Presenter::new(&lessons);
        assert_eq!(presenter.progress(), (1, steps));
        presenter.back();
        assert_eq!(presenter.slide(), Slide::Card { lesson: 0, card: 0 });
        presenter.revealed = true;
        for _ in 0..lessons[0].cards.len() {
            presenter.next();
        }
        assert_eq!(presenter.slide(), Slide::Question { lesson: 0, question: 0 });
        assert!(!presenter.revealed, "a new slide starts hidden");
        for _ in 0..steps + 5 {
            presenter.next();
        }
        assert_eq!(presenter.slide(), Slide::End);
        presenter.back();
        assert_eq!(presenter.slide(), Slide::Question { lesson: 1, question: lessons[1].questions.len() - 1 });
    }
}
