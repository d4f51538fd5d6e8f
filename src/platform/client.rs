//! The screens' way to the progress store: typed, asynchronous calls that are answered on the
//! spot by a store in this thread (desktop, mobile, the browser's IndexedDB, memory) or by
//! message from the store's worker (the browser's origin-private files). A failure comes back
//! as a `Failure` to show, never as a panic.

use crate::classroom::{SessionPlan, SessionRecord};
use crate::progress::{
    DeletedProfile, LessonProgress, NewAttempt, NewProfile, Profile, ProfileId, ReviewItem, RunId, RunSummary,
    SafetyCircle, Timestamp,
};
use crate::store::requests::{Failure, Reply, Request};
use crate::store::{DeviceSetting, Store};
use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

#[derive(Clone)]
pub struct StoreClient {
    backend: Backend,
}

#[derive(Clone)]
enum Backend {
    Local(Rc<RefCell<Store>>),
    #[cfg(target_arch = "wasm32")]
    Worker(Rc<super::web::WorkerLink>),
}

impl StoreClient {
    pub fn local(store: Store) -> Self {
        StoreClient { backend: Backend::Local(Rc::new(RefCell::new(store))) }
    }

    #[cfg(target_arch = "wasm32")]
    pub(super) fn worker(link: Rc<super::web::WorkerLink>) -> Self {
        StoreClient { backend: Backend::Worker(link) }
    }

    pub async fn call(&self, request: Request) -> Result<Reply, Failure> {
        match &self.backend {
            Backend::Local(store) => match store.try_borrow_mut() {
                Ok(mut store) => store.handle(request),
                Err(_) => Err(Failure { message: "the store is busy with an earlier request".to_owned() }),
            },
            #[cfg(target_arch = "wasm32")]
            Backend::Worker(link) => link.call(request).await,
        }
    }

    pub async fn setting(&self, key: DeviceSetting) -> Result<Option<String>, Failure> {
        match self.call(Request::Setting { key }).await? {
            Reply::Setting(value) => Ok(value),
            other => Err(unexpected(other)),
        }
    }

    pub async fn set_setting(&self, key: DeviceSetting, value: impl Into<String>) -> Result<(), Failure> {
        self.done(Request::SetSetting { key, value: value.into() }).await
    }

    pub async fn create_profile(&self, profile: NewProfile, at: Timestamp) -> Result<Profile, Failure> {
        match self.call(Request::CreateProfile { profile, at }).await? {
            Reply::Profile(profile) => Ok(profile),
            other => Err(unexpected(other)),
        }
    }

    pub async fn profiles(&self) -> Result<Vec<Profile>, Failure> {
        match self.call(Request::Profiles).await? {
            Reply::Profiles(profiles) => Ok(profiles),
            other => Err(unexpected(other)),
        }
    }

    pub async fn profile(&self, id: ProfileId) -> Result<Profile, Failure> {
        match self.call(Request::Profile { id }).await? {
            Reply::Profile(profile) => Ok(profile),
            other => Err(unexpected(other)),
        }
    }

    pub async fn set_profile_locale(&self, id: ProfileId, locale: impl Into<String>) -> Result<(), Failure> {
        self.done(Request::SetProfileLocale { id, locale: locale.into() }).await
    }

    pub async fn start_run(
        &self,
        profile: ProfileId,
        lesson: impl Into<String>,
        at: Timestamp,
    ) -> Result<RunId, Failure> {
        match self.call(Request::StartRun { profile, lesson: lesson.into(), at }).await? {
            Reply::Run(run) => Ok(run),
            other => Err(unexpected(other)),
        }
    }

    pub async fn record_attempt(&self, run: RunId, attempt: NewAttempt, at: Timestamp) -> Result<(), Failure> {
        self.done(Request::RecordAttempt { run, attempt, at }).await
    }

    pub async fn finish_run(&self, run: RunId, summary: RunSummary, at: Timestamp) -> Result<(), Failure> {
        self.done(Request::FinishRun { run, summary, at }).await
    }

    pub async fn lesson_progress(&self, profile: ProfileId) -> Result<Vec<LessonProgress>, Failure> {
        match self.call(Request::LessonProgress { profile }).await? {
            Reply::Progress(progress) => Ok(progress),
            other => Err(unexpected(other)),
        }
    }

    pub async fn safety_circle(&self, profile: ProfileId) -> Result<SafetyCircle, Failure> {
        match self.call(Request::SafetyCircle { profile }).await? {
            Reply::SafetyCircle(circle) => Ok(circle),
            other => Err(unexpected(other)),
        }
    }

    pub async fn set_safety_circle(&self, profile: ProfileId, circle: SafetyCircle) -> Result<(), Failure> {
        self.done(Request::SetSafetyCircle { profile, circle }).await
    }

    pub async fn review_queue(&self, profile: ProfileId) -> Result<Vec<ReviewItem>, Failure> {
        match self.call(Request::ReviewQueue { profile }).await? {
            Reply::Review(items) => Ok(items),
            other => Err(unexpected(other)),
        }
    }

    pub async fn delete_profile(&self, id: ProfileId, at: Timestamp) -> Result<(), Failure> {
        self.done(Request::DeleteProfile { id, at }).await
    }

    pub async fn deleted_profiles(&self, now: Timestamp) -> Result<Vec<DeletedProfile>, Failure> {
        match self.call(Request::DeletedProfiles { now }).await? {
            Reply::Deleted(deleted) => Ok(deleted),
            other => Err(unexpected(other)),
        }
    }

    pub async fn restore_profile(&self, id: ProfileId, now: Timestamp) -> Result<Profile, Failure> {
        match self.call(Request::RestoreProfile { id, now }).await? {
            Reply::Profile(profile) => Ok(profile),
            other => Err(unexpected(other)),
        }
    }

    pub async fn reset_progress(&self, id: ProfileId, at: Timestamp) -> Result<(), Failure> {
        self.done(Request::ResetProgress { id, at }).await
    }

    pub async fn undoable_reset(&self, id: ProfileId, now: Timestamp) -> Result<Option<Timestamp>, Failure> {
        match self.call(Request::UndoableReset { id, now }).await? {
            Reply::Time(at) => Ok(at),
            other => Err(unexpected(other)),
        }
    }

    pub async fn undo_reset(&self, id: ProfileId, now: Timestamp) -> Result<bool, Failure> {
        match self.call(Request::UndoReset { id, now }).await? {
            Reply::Flag(undone) => Ok(undone),
            other => Err(unexpected(other)),
        }
    }

    pub async fn purge_expired(&self, now: Timestamp) -> Result<(), Failure> {
        self.done(Request::PurgeExpired { now }).await
    }

    /// Every profile's progress as backup JSON.
    pub async fn export_backup(&self, at: Timestamp) -> Result<String, Failure> {
        match self.call(Request::ExportBackup { at }).await? {
            Reply::Backup(json) => Ok(json),
            other => Err(unexpected(other)),
        }
    }

    pub async fn save_plan(&self, id: Option<i64>, plan: SessionPlan, at: Timestamp) -> Result<i64, Failure> {
        match self.call(Request::SavePlan { id, plan, at }).await? {
            Reply::Id(id) => Ok(id),
            other => Err(unexpected(other)),
        }
    }

    pub async fn plans(&self) -> Result<Vec<(i64, SessionPlan)>, Failure> {
        match self.call(Request::Plans).await? {
            Reply::Plans(plans) => Ok(plans),
            other => Err(unexpected(other)),
        }
    }

    pub async fn delete_plan(&self, id: i64) -> Result<(), Failure> {
        self.done(Request::DeletePlan { id }).await
    }

    pub async fn save_session(&self, record: SessionRecord, at: Timestamp) -> Result<i64, Failure> {
        match self.call(Request::SaveSession { record, at }).await? {
            Reply::Id(id) => Ok(id),
            other => Err(unexpected(other)),
        }
    }

    pub async fn sessions(&self) -> Result<Vec<(i64, SessionRecord)>, Failure> {
        match self.call(Request::Sessions).await? {
            Reply::Sessions(sessions) => Ok(sessions),
            other => Err(unexpected(other)),
        }
    }

    async fn done(&self, request: Request) -> Result<(), Failure> {
        match self.call(request).await? {
            Reply::Done => Ok(()),
            other => Err(unexpected(other)),
        }
    }
}

fn unexpected(reply: Reply) -> Failure {
    Failure { message: format!("the store answered with an unexpected reply: {reply:?}") }
}

/// The value of a future that completes at its first poll, as every call to a store in this
/// thread does. Used to read the saved state before the first screen is drawn.
pub(super) fn ready<T>(future: impl Future<Output = T>) -> T {
    let mut future = std::pin::pin!(future);
    let mut context = Context::from_waker(Waker::noop());
    loop {
        // A local store never waits; should one ever, polling again is still correct.
        if let Poll::Ready(value) = future.as_mut().poll(&mut context) {
            return value;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Audience;

    #[test]
    fn local_calls_reach_the_store_and_report_its_errors() {
        let client = StoreClient::local(Store::open_in_memory().unwrap());
        let profile =
            NewProfile { nickname: "Ana".into(), avatar: "cat".into(), audience: Audience::Teens, locale: "es".into() };
        let created = ready(client.create_profile(profile, 1)).unwrap();
        assert_eq!(ready(client.profiles()).unwrap(), vec![created.clone()]);
        ready(client.set_setting(DeviceSetting::Language, "es")).unwrap();
        assert_eq!(ready(client.setting(DeviceSetting::Language)).unwrap().as_deref(), Some("es"));
        let missing = ready(client.profile(ProfileId(99))).unwrap_err();
        assert!(missing.message.contains("99"), "{missing}");
        let blank =
            NewProfile { nickname: " ".into(), avatar: "cat".into(), audience: Audience::Teens, locale: "es".into() };
        assert!(ready(client.create_profile(blank, 1)).is_err());
    }
}
