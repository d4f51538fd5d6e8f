//! Progress as the domain sees it: profiles, attempts, lesson status, the review queue and the
//! backup format. No SQL here (that is `store`), no screens; just the shapes and their rules.

pub mod backup;
pub mod family;
pub mod gate;

use crate::content::Band;
use crate::quiz::{Answer, LessonResult, Outcome};
use serde::{Deserialize, Serialize};
use std::fmt;

/// Milliseconds since the Unix epoch, UTC. Callers pass it in, so tests control time and the
/// web build can read the browser's clock.
pub type Timestamp = i64;

/// The current time on platforms with a system clock.
#[cfg(not(target_arch = "wasm32"))]
pub fn now() -> Timestamp {
    use std::time::{SystemTime, UNIX_EPOCH};
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |elapsed| elapsed.as_millis() as Timestamp)
}

/// The UTC calendar day of a timestamp, `YYYY-MM-DD` (unambiguous in every language).
pub fn calendar_date(at: Timestamp) -> String {
    // Days since 1970-01-01 to a civil date (H. Hinnant's algorithm, proleptic Gregorian).
    let days = at.div_euclid(86_400_000);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 { month_index + 3 } else { month_index - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

/// Who a profile is for, as chosen on first run by tapping an age band or a role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Audience {
    Explorers,
    Navigators,
    Teens,
    Caregivers,
    Trainers,
}

impl Audience {
    pub const ALL: [Audience; 5] =
        [Audience::Explorers, Audience::Navigators, Audience::Teens, Audience::Caregivers, Audience::Trainers];

    pub fn id(self) -> &'static str {
        match self {
            Audience::Explorers => "explorers",
            Audience::Navigators => "navigators",
            Audience::Teens => "teens",
            Audience::Caregivers => "caregivers",
            Audience::Trainers => "trainers",
        }
    }

    pub fn from_id(id: &str) -> Option<Audience> {
        Audience::ALL.into_iter().find(|audience| audience.id() == id)
    }

    /// The band whose lessons the home screen shows first; trainers choose among all bands.
    pub fn home_band(self) -> Option<Band> {
        match self {
            Audience::Explorers => Some(Band::Explorers),
            Audience::Navigators => Some(Band::Navigators),
            Audience::Teens => Some(Band::Teens),
            Audience::Caregivers => Some(Band::Caregivers),
            Audience::Trainers => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ProfileId(pub i64);

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RunId(pub i64);

/// The longest nickname, in characters: enough for a name, short enough for a badge.
pub const NICKNAME_MAX_CHARS: usize = 24;

/// What first run asks for: no birth date, no other personal data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewProfile {
    pub nickname: String,
    pub avatar: String,
    pub audience: Audience,
    pub locale: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileError {
    EmptyNickname,
    NicknameTooLong { chars: usize },
    NicknameHasControlCharacters,
    BadAvatar(String),
    BadLocale(String),
}

impl fmt::Display for ProfileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ProfileError::EmptyNickname => write!(f, "the nickname is empty"),
            ProfileError::NicknameTooLong { chars } => {
                write!(f, "the nickname has {chars} characters; at most {NICKNAME_MAX_CHARS}")
            }
            ProfileError::NicknameHasControlCharacters => write!(f, "the nickname has invisible control characters"),
            ProfileError::BadAvatar(avatar) => write!(f, "`{avatar}` is not an avatar id"),
            ProfileError::BadLocale(locale) => write!(f, "`{locale}` is not a language tag"),
        }
    }
}

impl std::error::Error for ProfileError {}

impl NewProfile {
    /// The profile as it will be saved: nickname trimmed, everything checked.
    pub fn validated(&self) -> Result<NewProfile, ProfileError> {
        let nickname = self.nickname.trim();
        let chars = nickname.chars().count();
        if chars == 0 {
            return Err(ProfileError::EmptyNickname);
        }
        if chars > NICKNAME_MAX_CHARS {
            return Err(ProfileError::NicknameTooLong { chars });
        }
        if nickname.chars().any(char::is_control) {
            return Err(ProfileError::NicknameHasControlCharacters);
        }
        if !crate::content::validate::is_kebab_id(&self.avatar) {
            return Err(ProfileError::BadAvatar(self.avatar.clone()));
        }
        if self.locale.parse::<unic_langid::LanguageIdentifier>().is_err() || self.locale.is_empty() {
            return Err(ProfileError::BadLocale(self.locale.clone()));
        }
        Ok(NewProfile { nickname: nickname.to_owned(), ..self.clone() })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub id: ProfileId,
    pub nickname: String,
    pub avatar: String,
    pub audience: Audience,
    pub locale: String,
    pub created_at: Timestamp,
}

/// One answer to record: made from a quiz `Outcome`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewAttempt {
    pub question: String,
    pub try_number: u8,
    pub answer: Answer,
    pub correct: bool,
    pub hints_used: u32,
}

impl From<&Outcome> for NewAttempt {
    fn from(outcome: &Outcome) -> Self {
        NewAttempt {
            question: outcome.question.clone(),
            try_number: outcome.try_number,
            answer: outcome.answer.clone(),
            correct: outcome.is_correct(),
            hints_used: outcome.hints_used,
        }
    }
}

/// A finished lesson run's numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunSummary {
    pub question_count: u32,
    pub score: u32,
    pub first_try_correct: u32,
    pub hints_used: u32,
    pub mastered: bool,
}

impl From<&LessonResult> for RunSummary {
    fn from(result: &LessonResult) -> Self {
        RunSummary {
            question_count: result.question_count as u32,
            score: result.score as u32,
            first_try_correct: result.first_try_correct as u32,
            hints_used: result.hints_used,
            mastered: result.mastered,
        }
    }
}

/// Where a learner stands with one lesson, as shown on its card.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum LessonStatus {
    NotStarted,
    InProgress,
    Done,
    Mastered,
}

impl LessonStatus {
    /// The best status a learner has reached: mastering once is not undone by a later try.
    pub fn from_runs(started: bool, finished: bool, mastered: bool) -> LessonStatus {
        match (started, finished, mastered) {
            (_, _, true) => LessonStatus::Mastered,
            (_, true, false) => LessonStatus::Done,
            (true, false, false) => LessonStatus::InProgress,
            (false, false, false) => LessonStatus::NotStarted,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            LessonStatus::NotStarted => "not-started",
            LessonStatus::InProgress => "in-progress",
            LessonStatus::Done => "done",
            LessonStatus::Mastered => "mastered",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LessonProgress {
    pub lesson: String,
    pub status: LessonStatus,
    /// Best final score of a finished run, with that run's question count.
    pub best_score: Option<(u32, u32)>,
    pub last_activity: Timestamp,
}

/// A question to come back to: its newest first try was not right.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReviewItem {
    pub lesson: String,
    pub question: String,
    pub missed_at: Timestamp,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile(nickname: &str) -> NewProfile {
        NewProfile {
            nickname: nickname.into(),
            avatar: "fox".into(),
            audience: Audience::Explorers,
            locale: "en".into(),
        }
    }

    #[test]
    fn nicknames_are_trimmed_and_checked() {
        assert_eq!(profile("  Sam ").validated().unwrap().nickname, "Sam");
        assert_eq!(profile("   ").validated(), Err(ProfileError::EmptyNickname));
        assert_eq!(profile(&"a".repeat(25)).validated(), Err(ProfileError::NicknameTooLong { chars: 25 }));
        assert_eq!(profile("Sa\u{7}m").validated(), Err(ProfileError::NicknameHasControlCharacters));
        assert!(profile("Zoë 🦊").validated().is_ok());
        let bad_avatar = NewProfile { avatar: "../x".into(), ..profile("Sam") };
        assert_eq!(bad_avatar.validated(), Err(ProfileError::BadAvatar("../x".into())));
    }

    #[test]
    fn status_keeps_the_best_reached() {
        assert_eq!(LessonStatus::from_runs(false, false, false), LessonStatus::NotStarted);
        assert_eq!(LessonStatus::from_runs(true, false, false), LessonStatus::InProgress);
        assert_eq!(LessonStatus::from_runs(true, true, false), LessonStatus::Done);
        assert_eq!(LessonStatus::from_runs(true, true, true), LessonStatus::Mastered);
    }

    #[test]
    fn audiences_round_trip_their_ids() {
        for audience in Audience::ALL {
            assert_eq!(Audience::from_id(audience.id()), Some(audience));
        }
        assert_eq!(Audience::Trainers.home_band(), None);
    }
}

/// How long a deleted profile or a reset can be undone. A child's progress is never lost to one
/// mistaken tap or a forgotten gate.
pub const UNDO_DAYS: i64 = 30;
/// `UNDO_DAYS` in milliseconds.
pub const UNDO_WINDOW: Timestamp = UNDO_DAYS * 24 * 60 * 60 * 1000;

/// A profile deleted not long ago, which can still be restored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeletedProfile {
    pub profile: Profile,
    pub deleted_at: Timestamp,
    pub restorable_until: Timestamp,
}

/// The first names or nicknames of up to five grown-ups a child trusts, kept in their profile
/// on this device only. Names are checked when added and again when read back, so a damaged row
/// can never put an empty or endless name on Help.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Vec<String>", into = "Vec<String>")]
pub struct SafetyCircle {
    names: Vec<String>,
}

/// Why a name cannot go in a safety circle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CircleProblem {
    /// The circle already has `SafetyCircle::MAX_PEOPLE` names.
    Full,
    /// Empty, or longer than `SafetyCircle::MAX_NAME_CHARS` characters.
    BadName,
}

impl fmt::Display for CircleProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CircleProblem::Full => write!(f, "a safety circle holds at most {} names", SafetyCircle::MAX_PEOPLE),
            CircleProblem::BadName => {
                write!(f, "a name in a safety circle has 1 to {} characters", SafetyCircle::MAX_NAME_CHARS)
            }
        }
    }
}

impl std::error::Error for CircleProblem {}

impl SafetyCircle {
    pub const MAX_PEOPLE: usize = 5;
    pub const MAX_NAME_CHARS: usize = 30;

    pub fn names(&self) -> &[String] {
        &self.names
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    pub fn is_full(&self) -> bool {
        self.names.len() >= SafetyCircle::MAX_PEOPLE
    }

    /// The circle with `name` (trimmed) added at the end.
    pub fn with_added(&self, name: &str) -> Result<SafetyCircle, CircleProblem> {
        let name = name.trim();
        if name.is_empty() || name.chars().count() > SafetyCircle::MAX_NAME_CHARS || name.chars().any(char::is_control)
        {
            return Err(CircleProblem::BadName);
        }
        if self.is_full() {
            return Err(CircleProblem::Full);
        }
        let mut names = self.names.clone();
        names.push(name.to_owned());
        Ok(SafetyCircle { names })
    }

    /// The circle without the name at `index` (unchanged if there is none).
    pub fn without(&self, index: usize) -> SafetyCircle {
        let mut names = self.names.clone();
        if index < names.len() {
            names.remove(index);
        }
        SafetyCircle { names }
    }
}

impl TryFrom<Vec<String>> for SafetyCircle {
    type Error = CircleProblem;

    fn try_from(names: Vec<String>) -> Result<Self, Self::Error> {
        names.iter().try_fold(SafetyCircle::default(), |circle, name| circle.with_added(name))
    }
}

impl From<SafetyCircle> for Vec<String> {
    fn from(circle: SafetyCircle) -> Self {
        circle.names
    }
}

#[cfg(test)]
mod safety_circle_tests {
    use super::*;

    #[test]
    fn calendar_dates_are_utc_days() {
        assert_eq!(calendar_date(0), "1970-01-01");
        assert_eq!(calendar_date(951_782_400_000), "2000-02-29");
        assert_eq!(calendar_date(1_795_392_000_000 - 1), "2026-11-22");
        assert_eq!(calendar_date(1_795_392_000_000), "2026-11-23");
        assert_eq!(calendar_date(-86_400_000), "1969-12-31");
    }

    #[test]
    fn a_circle_takes_five_trimmed_names_and_no_more() {
        let mut circle = SafetyCircle::default();
        for name in ["  Mum ", "Grandpa Joe", "Ms Wanjiru", "Uncle Ade", "Coach"] {
            circle = circle.with_added(name).expect("room for five");
        }
        assert_eq!(circle.names()[0], "Mum");
        assert!(circle.is_full());
        assert_eq!(circle.with_added("Aunt May"), Err(CircleProblem::Full));
        let fewer = circle.without(1);
        assert_eq!(fewer.names(), ["Mum", "Ms Wanjiru", "Uncle Ade", "Coach"]);
        assert_eq!(fewer.without(9), fewer);
    }

    #[test]
    fn empty_long_or_control_names_are_refused() {
        let circle = SafetyCircle::default();
        assert_eq!(circle.with_added("   "), Err(CircleProblem::BadName));
        assert_eq!(circle.with_added(&"a".repeat(31)), Err(CircleProblem::BadName));
        assert!(circle.with_added(&"é".repeat(30)).is_ok(), "30 characters, not bytes");
        assert_eq!(circle.with_added("Mum\u{0}"), Err(CircleProblem::BadName));
        assert!(SafetyCircle::try_from(vec!["".to_owned()]).is_err());
        assert!(SafetyCircle::try_from(vec!["x".to_owned(); 6]).is_err());
    }
}
