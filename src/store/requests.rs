//! The store's API as plain messages: one request, one reply. On the web the database lives in
//! a worker (origin-private files are only reachable there), so the screens talk to it by
//! message; elsewhere the same messages are answered on the spot. One shape everywhere keeps
//! the screens the same on every platform.

use super::{DeviceSetting, Store, StoreError};
use crate::classroom::{SessionPlan, SessionRecord};
use crate::progress::{
    DeletedProfile, LessonProgress, NewAttempt, NewProfile, Profile, ProfileId, ReviewItem, RunId, RunSummary,
    SafetyCircle, Timestamp,
};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Request {
    Setting { key: DeviceSetting },
    SetSetting { key: DeviceSetting, value: String },
    CreateProfile { profile: NewProfile, at: Timestamp },
    Profiles,
    Profile { id: ProfileId },
    SetProfileLocale { id: ProfileId, locale: String },
    StartRun { profile: ProfileId, lesson: String, at: Timestamp },
    RecordAttempt { run: RunId, attempt: NewAttempt, at: Timestamp },
    FinishRun { run: RunId, summary: RunSummary, at: Timestamp },
    LessonProgress { profile: ProfileId },
    SafetyCircle { profile: ProfileId },
    SetSafetyCircle { profile: ProfileId, circle: SafetyCircle },
    ReviewQueue { profile: ProfileId },
    DeleteProfile { id: ProfileId, at: Timestamp },
    DeletedProfiles { now: Timestamp },
    RestoreProfile { id: ProfileId, now: Timestamp },
    ResetProgress { id: ProfileId, at: Timestamp },
    UndoableReset { id: ProfileId, now: Timestamp },
    UndoReset { id: ProfileId, now: Timestamp },
    PurgeExpired { now: Timestamp },
    ExportBackup { at: Timestamp },
    SavePlan { id: Option<i64>, plan: SessionPlan, at: Timestamp },
    Plans,
    DeletePlan { id: i64 },
    SaveSession { record: SessionRecord, at: Timestamp },
    Sessions,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    Done,
    Setting(Option<String>),
    Profile(Profile),
    Profiles(Vec<Profile>),
    Run(RunId),
    Progress(Vec<LessonProgress>),
    SafetyCircle(SafetyCircle),
    Review(Vec<ReviewItem>),
    Deleted(Vec<DeletedProfile>),
    Time(Option<Timestamp>),
    Flag(bool),
    /// A backup, as its JSON text.
    Backup(String),
    Id(i64),
    Plans(Vec<(i64, SessionPlan)>),
    Sessions(Vec<(i64, SessionRecord)>),
}

/// A request that failed, as it reaches a screen: what went wrong, in words for an adult.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    pub message: String,
}

impl From<StoreError> for Failure {
    fn from(error: StoreError) -> Self {
        Failure { message: error.to_string() }
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl Store {
    /// Answers one request; each write is its own transaction, as with the direct methods.
    pub fn handle(&mut self, request: Request) -> Result<Reply, Failure> {
        let reply = match request {
            Request::Setting { key } => Reply::Setting(self.setting(key)?),
            Request::SetSetting { key, value } => {
                self.set_setting(key, &value)?;
                Reply::Done
            }
            Request::CreateProfile { profile, at } => Reply::Profile(self.create_profile(&profile, at)?),
            Request::Profiles => Reply::Profiles(self.profiles()?),
            Request::Profile { id } => Reply::Profile(self.profile(id)?),
            Request::SetProfileLocale { id, locale } => {
                self.set_profile_locale(id, &locale)?;
                Reply::Done
            }
            Request::StartRun { profile, lesson, at } => Reply::Run(self.start_run(profile, &lesson, at)?),
            Request::RecordAttempt { run, attempt, at } => {
                self.record_attempt(run, &attempt, at)?;
                Reply::Done
            }
            Request::FinishRun { run, summary, at } => {
                self.finish_run(run, &summary, at)?;
                Reply::Done
            }
            Request::LessonProgress { profile } => Reply::Progress(self.lesson_progress(profile)?),
            Request::SafetyCircle { profile } => Reply::SafetyCircle(self.safety_circle(profile)?),
            Request::SetSafetyCircle { profile, circle } => {
                self.set_safety_circle(profile, &circle)?;
                Reply::Done
            }
            Request::ReviewQueue { profile } => Reply::Review(self.review_queue(profile)?),
            Request::DeleteProfile { id, at } => {
                self.delete_profile(id, at)?;
                Reply::Done
            }
            Request::DeletedProfiles { now } => Reply::Deleted(self.deleted_profiles(now)?),
            Request::RestoreProfile { id, now } => Reply::Profile(self.restore_profile(id, now)?),
            Request::ResetProgress { id, at } => {
                self.reset_progress(id, at)?;
                Reply::Done
            }
            Request::UndoableReset { id, now } => Reply::Time(self.undoable_reset(id, now)?),
            Request::UndoReset { id, now } => Reply::Flag(self.undo_reset(id, now)?),
            Request::PurgeExpired { now } => {
                self.purge_expired(now)?;
                Reply::Done
            }
            Request::ExportBackup { at } => Reply::Backup(self.export_backup(at)?.to_json()),
            Request::SavePlan { id, plan, at } => Reply::Id(self.save_plan(id, &plan, at)?),
            Request::Plans => Reply::Plans(self.plans()?),
            Request::DeletePlan { id } => {
                self.delete_plan(id)?;
                Reply::Done
            }
            Request::SaveSession { record, at } => Reply::Id(self.save_session(&record, at)?),
            Request::Sessions => Reply::Sessions(self.sessions()?),
        };
        Ok(reply)
    }
}
