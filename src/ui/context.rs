//! What every screen can reach: the services (catalog, store, clock) that do not change while
//! the app runs, and the app state (language, preferences, profile, a problem to show) that
//! screens change through signals. A store failure becomes a visible, translated notice, never
//! a crash, and nothing already saved is touched by it.

use super::state::{Prefs, TextSize};
use crate::content::Catalog;
use crate::i18n::Localizer;
use crate::platform::{Boot, StartNotice, Storage};
use crate::progress::{Profile, ProfileId, Timestamp};
use crate::store::{DeviceSetting, Store, StoreError};
use dioxus::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone)]
pub struct Services {
    pub catalog: &'static Catalog,
    store: Rc<RefCell<Store>>,
    pub storage: Storage,
    pub system_languages: Rc<Vec<String>>,
    pub now: fn() -> Timestamp,
}

impl Services {
    /// Runs one store call. Its error is for the caller to show; it is never a panic.
    pub fn with_store<T>(&self, call: impl FnOnce(&mut Store) -> Result<T, StoreError>) -> Result<T, StoreError> {
        match self.store.try_borrow_mut() {
            Ok(mut store) => call(&mut store),
            Err(_) => {
                Err(StoreError::Sqlite { during: "waiting for an earlier save", source: rusqlite::Error::InvalidQuery })
            }
        }
    }

    pub fn localizer(&self, language: Option<&str>) -> Rc<Localizer> {
        Rc::new(Localizer::new(self.catalog, language, &self.system_languages))
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
}

impl AppState {
    /// Shows a store failure; the screen stays usable.
    pub fn report(mut self, message_id: &'static str, error: &StoreError) {
        self.notice.set(Some(Notice { message_id, detail: Some(error.to_string()) }));
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
    let boot = boot.ok_or("the app was started twice")?;
    let catalog = Catalog::embedded().map_err(|errors| errors.to_string())?;
    let store = boot.store;
    let setting = |key| store.setting(key).ok().flatten();
    let language = setting(DeviceSetting::Language);
    let prefs = Prefs {
        text_size: setting(DeviceSetting::TextSize).map_or(TextSize::Standard, |step| TextSize::from_step(&step)),
        reduced_motion: setting(DeviceSetting::ReducedMotion).as_deref() == Some("on"),
    };
    let profile = setting(DeviceSetting::CurrentProfile)
        .and_then(|id| id.parse::<i64>().ok())
        .and_then(|id| store.profile(ProfileId(id)).ok());
    let services = Services {
        catalog,
        store: Rc::new(RefCell::new(store)),
        storage: boot.storage,
        system_languages: Rc::new(boot.system_languages),
        now: boot.now,
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
    };
    Ok((services, state))
}
