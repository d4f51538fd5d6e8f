//! What differs between platforms, behind one shape: where progress is stored and how well it
//! is kept, the clock, and the languages the system prefers. The screens receive a `Boot` with
//! a `StoreClient` and never ask which platform they are on.

mod client;
#[cfg(target_arch = "wasm32")]
mod web;
#[cfg(target_arch = "wasm32")]
pub use web::{boot, in_worker, now, run_store_worker};

pub use client::StoreClient;

use crate::progress::{Profile, ProfileId, Timestamp};
use crate::store::{DeviceSetting, Store, StoreError};

/// Fetches the lesson texts of a language this build does not carry (the web build), as the
/// pack's path and its JSON. Desktop and mobile builds carry every language, so they never ask.
pub async fn fetch_lesson_pack(code: &str) -> Result<(String, String), String> {
    let path = crate::content::pack::pack_path(code, crate::content::ContentFiles::lesson_pack_version());
    #[cfg(target_arch = "wasm32")]
    {
        let text = web::fetch_text(&format!("/{path}")).await?;
        Ok((path, text))
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        Err(format!("{path}: this build carries every language's lessons and fetches no packs"))
    }
}

/// Saves a file for the user (a backup): a download on the web, a file in the downloads folder
/// elsewhere. Returns where it went, to tell the user.
pub fn save_file(name: &str, mime: &str, text: &str) -> Result<String, String> {
    #[cfg(target_arch = "wasm32")]
    {
        web::save_file(name, mime, text)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = mime;
        #[cfg(any(feature = "desktop", feature = "mobile"))]
        let folder = dirs::download_dir().unwrap_or_else(std::env::temp_dir);
        #[cfg(not(any(feature = "desktop", feature = "mobile")))]
        let folder = std::env::temp_dir();
        let path = folder.join(name);
        std::fs::write(&path, text).map_err(|error| format!("{}: {error}", path.display()))?;
        Ok(path.display().to_string())
    }
}

/// The neutral page a quick exit shows on the web: blank, titled like a new tab, and bundled
/// (precached), so it appears at once even offline.
pub const QUICK_EXIT_PAGE: &str = "/blank.html";

/// Leaves the app at once for the neutral page, replacing the current history entry. Returns
/// `false` where there is no page to go to (desktop, mobile): the screens then show a blank one.
pub fn quick_exit() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        web::quick_exit(QUICK_EXIT_PAGE)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        false
    }
}

/// How long progress is kept on this device.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Storage {
    /// Every answer is on disk once recorded.
    Durable,
    /// Kept in the browser's IndexedDB, written back just after each answer.
    Relaxed,
    /// Kept only until the app closes; the screens say so.
    MemoryOnly,
}

impl Storage {
    /// For diagnostics and the browser tests (`data-storage` on the app's root).
    pub fn id(self) -> &'static str {
        match self {
            Storage::Durable => "durable",
            Storage::Relaxed => "relaxed",
            Storage::MemoryOnly => "memory",
        }
    }
}

/// Something the first screen must tell the user about their saved progress.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StartNotice {
    /// Saved progress was unreadable; it was kept aside and a fresh start made.
    Recovered,
    /// Saved progress comes from a newer SafeSteps; it was left untouched.
    NewerVersion,
    /// Nothing could be saved on this device; progress lasts until the app closes.
    MemoryOnly,
}

impl StartNotice {
    pub fn message_id(self) -> &'static str {
        match self {
            StartNotice::Recovered => "store-recovered-notice",
            StartNotice::NewerVersion => "store-newer-version",
            StartNotice::MemoryOnly => "store-memory-only-notice",
        }
    }
}

/// What was saved on this device last time, read once at start.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Saved {
    pub language: Option<String>,
    pub text_size: Option<String>,
    pub reduced_motion: Option<String>,
    pub profile: Option<Profile>,
    pub country: Option<String>,
}

impl Saved {
    /// Reads through the client; anything unreadable counts as never set, so a damaged
    /// setting never stops the app from starting.
    pub async fn read(store: &StoreClient) -> Saved {
        let language = store.setting(DeviceSetting::Language).await.ok().flatten();
        let text_size = store.setting(DeviceSetting::TextSize).await.ok().flatten();
        let reduced_motion = store.setting(DeviceSetting::ReducedMotion).await.ok().flatten();
        let profile_id = store.setting(DeviceSetting::CurrentProfile).await.ok().flatten();
        let country = store.setting(DeviceSetting::Country).await.ok().flatten();
        let profile = match profile_id.and_then(|id| id.parse::<i64>().ok()) {
            Some(id) => store.profile(ProfileId(id)).await.ok(),
            None => None,
        };
        Saved { language, text_size, reduced_motion, profile, country }
    }
}

/// Everything the app needs from its platform to start.
pub struct Boot {
    pub store: StoreClient,
    pub storage: Storage,
    pub notice: Option<StartNotice>,
    pub system_languages: Vec<String>,
    pub now: fn() -> Timestamp,
    pub saved: Saved,
}

impl Boot {
    /// A start over a store in this thread (desktop, mobile, the browser's IndexedDB, memory).
    pub fn local(
        store: Store,
        storage: Storage,
        notice: Option<StartNotice>,
        system_languages: Vec<String>,
        now: fn() -> Timestamp,
    ) -> Boot {
        let store = StoreClient::local(store);
        let saved = client::ready(Saved::read(&store));
        Boot { store, storage, notice, system_languages, now, saved }
    }

    /// A start with nothing kept: the last resort, and the screens' tests.
    pub fn in_memory(system_languages: Vec<String>, now: fn() -> Timestamp) -> Result<Boot, StoreError> {
        let store = Store::open_in_memory()?;
        Ok(Boot::local(store, Storage::MemoryOnly, None, system_languages, now))
    }

    /// After a failure to open saved progress: carry on in memory and say why.
    fn fallback(
        notice: StartNotice,
        system_languages: Vec<String>,
        now: fn() -> Timestamp,
    ) -> Result<Boot, StoreError> {
        let mut boot = Boot::in_memory(system_languages, now)?;
        boot.notice = Some(notice);
        Ok(boot)
    }
}

/// Opens the database file at `path` (desktop and mobile): durable, with the store's guards.
#[cfg(not(target_arch = "wasm32"))]
pub fn boot_from_file(path: &std::path::Path, system_languages: Vec<String>) -> Result<Boot, StoreError> {
    use crate::store::OpenNotice;
    let now = crate::progress::now;
    if let Some(dir) = path.parent()
        && std::fs::create_dir_all(dir).is_err()
    {
        return Boot::fallback(StartNotice::MemoryOnly, system_languages, now);
    }
    match Store::open(path, now()) {
        Ok(opened) => {
            let notice = opened.notice.map(|OpenNotice::RecoveredFromCorruption { .. }| StartNotice::Recovered);
            Ok(Boot::local(opened.store, Storage::Durable, notice, system_languages, now))
        }
        Err(StoreError::NewerVersion { .. }) => Boot::fallback(StartNotice::NewerVersion, system_languages, now),
        Err(_) => Boot::fallback(StartNotice::MemoryOnly, system_languages, now),
    }
}

/// Where desktop and mobile keep progress: the platform's per-user data folder.
#[cfg(all(not(target_arch = "wasm32"), any(feature = "desktop", feature = "mobile")))]
pub fn data_file() -> Option<std::path::PathBuf> {
    dirs::data_dir().map(|dir| dir.join("SafeSteps").join("progress.db"))
}

/// The languages the operating system prefers, from the usual environment variables.
#[cfg(not(target_arch = "wasm32"))]
pub fn system_languages() -> Vec<String> {
    ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .flat_map(|value| value.split(':').map(str::to_owned).collect::<Vec<_>>())
        .map(|tag| tag.split(['.', '@']).next().unwrap_or_default().replace('_', "-"))
        .filter(|tag| !tag.is_empty() && tag != "C" && tag != "POSIX")
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_newer_database_is_left_alone_and_the_app_runs_in_memory() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("progress.db");
        {
            let conn = rusqlite::Connection::open(&path).unwrap();
            conn.pragma_update(None, "user_version", 999).unwrap();
        }
        let before = std::fs::read(&path).unwrap();
        let boot = boot_from_file(&path, Vec::new()).unwrap();
        assert_eq!(boot.storage, Storage::MemoryOnly);
        assert_eq!(boot.notice, Some(StartNotice::NewerVersion));
        assert_eq!(std::fs::read(&path).unwrap(), before);
    }

    #[test]
    fn a_fresh_folder_gets_a_durable_database() {
        let dir = tempfile::tempdir().unwrap();
        let boot = boot_from_file(&dir.path().join("nested").join("progress.db"), vec!["es".into()]).unwrap();
        assert_eq!(boot.storage, Storage::Durable);
        assert_eq!(boot.notice, None);
    }
}
