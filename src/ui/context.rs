//! What every screen can reach: the services (catalog, store, clock) that do not change while
//! the app runs, and the app state (language, preferences, profile, a problem to show) that
//! screens change through signals. A store failure becomes a visible, translated notice, never
//! a crash, and nothing already saved is touched by it.

use super::state::{Prefs, TextSize};
use crate::content::{Catalog, ContentFiles, LessonPack};
use crate::i18n::Localizer;
use crate::platform::{Boot, StartNotice, Storage, StoreClient, fetch_lesson_pack};
use crate::progress::{Profile, Timestamp};
use crate::store::requests::Failure;
use dioxus::prelude::*;
use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

#[derive(Clone)]
pub struct Services {
    pub catalog: &'static Catalog,
    pub store: StoreClient,
    pub storage: Storage,
    pub system_languages: Rc<Vec<String>>,
    pub now: fn() -> Timestamp,
    pub lesson_packs: LessonPacks,
}

/// Lesson packs read so far this run, and the languages already asked for, so a pack that
/// cannot be had is asked for once per run, not at every screen.
#[derive(Clone, Default)]
pub struct LessonPacks {
    read: Rc<RefCell<BTreeMap<String, Rc<LessonPack>>>>,
    asked: Rc<RefCell<BTreeSet<String>>>,
}

impl Services {
    pub fn localizer(&self, language: Option<&str>) -> Rc<Localizer> {
        let packs = self.lesson_packs.read.borrow();
        Rc::new(Localizer::with_packs(self.catalog, language, &self.system_languages, &packs))
    }

    /// Fetches the lesson texts the current language still lacks (the web build carries only
    /// English ones); once read and checked, the screens switch to them. Until then, and if
    /// they cannot be had, lessons show in English, marked as English.
    pub fn fetch_missing_lesson_packs(&self, state: AppState) {
        let missing: Vec<String> = state.i18n.peek().missing_packs().into_iter().map(str::to_owned).collect();
        for code in missing {
            if !self.lesson_packs.asked.borrow_mut().insert(code.clone()) {
                continue;
            }
            let services = self.clone();
            spawn(async move { services.read_lesson_pack(state, code).await });
        }
    }

    async fn read_lesson_pack(self, mut state: AppState, code: String) {
        let read = match fetch_lesson_pack(&code).await {
            Ok((path, json)) => self
                .catalog
                .read_lesson_pack(&path, &json, ContentFiles::lesson_pack_version())
                .map_err(|errors| errors.to_string()),
            Err(problem) => Err(problem),
        };
        match read {
            Ok(pack) => {
                self.lesson_packs.read.borrow_mut().insert(code, Rc::new(pack));
                let choice = state.i18n.peek().choice().map(str::to_owned);
                state.i18n.set(self.localizer(choice.as_deref()));
            }
            Err(problem) => {
                state.notice.set(Some(Notice { message_id: "lesson-pack-failed-notice", detail: Some(problem) }));
            }
        }
    }
}

/// A message the shell shows above the current screen until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    pub message_id: &'static str,
    /// The technical detail, for a trainer or a bug report; never shown alone.
    pub detail: Option<String>,
}

#[derive(Clone, Copy)]
pub struct AppState {
    pub i18n: Signal<Rc<Localizer>>,
    pub prefs: Signal<Prefs>,
    pub profile: Signal<Option<Profile>>,
    pub notice: Signal<Option<Notice>>,
    /// When the grown-ups' gate was last passed; it stays open a few minutes.
    pub gate_passed_at: Signal<Option<Timestamp>>,
    /// The country chosen for Help (an ISO 3166 code, or `other`); `None` until chosen.
    pub country: Signal<Option<String>>,
}

impl AppState {
    /// Shows a store failure; the screen stays usable.
    pub fn report(mut self, message_id: &'static str, failure: &Failure) {
        self.notice.set(Some(Notice { message_id, detail: Some(failure.to_string()) }));
    }
}

pub fn use_services() -> Services {
    use_context::<Services>()
}

pub fn use_app_state() -> AppState {
    use_context::<AppState>()
}

/// Builds services and the first state from the platform's start: the saved language,
/// preferences and profile in use, each falling back to a default if unreadable.
pub(super) fn start(boot: Option<Boot>) -> Result<(Services, AppState), String> {
    let boot = boot.ok_or("no storage could be opened, not even in memory")?;
    let catalog = Catalog::embedded().map_err(|errors| errors.to_string())?;
    let saved = boot.saved;
    let prefs = Prefs {
        text_size: saved.text_size.as_deref().map_or(TextSize::Standard, TextSize::from_step),
        reduced_motion: saved.reduced_motion.as_deref() == Some("on"),
    };
    let profile = saved.profile;
    let saved_country = saved.country;
    let language = saved.language;
    let services = Services {
        catalog,
        store: boot.store,
        storage: boot.storage,
        system_languages: Rc::new(boot.system_languages),
        now: boot.now,
        lesson_packs: LessonPacks::default(),
    };
    let chosen = profile.as_ref().map(|profile| profile.locale.clone()).or(language);
    let i18n = services.localizer(chosen.as_deref());
    let notice = boot
        .notice
        .or((boot.storage == Storage::MemoryOnly).then_some(StartNotice::MemoryOnly))
        .map(|notice| Notice { message_id: notice.message_id(), detail: None });
    let state = AppState {
        i18n: Signal::new(i18n),
        prefs: Signal::new(prefs),
        profile: Signal::new(profile),
        notice: Signal::new(notice),
        country: Signal::new(saved_country),
        gate_passed_at: Signal::new(None),
    };
    Ok((services, state))
}

/// Runs a store write to its end even if the screen that asked for it closes at once: a tap
/// that saves and moves to the next screen must still save.
pub fn save_in_background(write: impl std::future::Future<Output = ()> + 'static) {
    dioxus::dioxus_core::spawn_forever(write);
}
