//! The browser: real SQLite compiled to wasm, kept in IndexedDB through the `relaxed-idb` VFS,
//! which works in every context, including a phone opening the app over plain http on the local
//! network. Each commit is written back to IndexedDB right after it (relaxed durability). If
//! IndexedDB is unavailable (some private modes), the app runs in memory and says so.

use super::{Boot, StartNotice, Storage};
use crate::progress::Timestamp;
use crate::store::{BrowserDurability, Store, StoreError};
use sqlite_wasm_vfs::relaxed_idb::{RelaxedIdbCfg, install};

const DATABASE: &str = "safesteps-progress.db";

pub fn now() -> Timestamp {
    js_sys::Date::now() as Timestamp
}

fn system_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    window.navigator().languages().iter().filter_map(|value| value.as_string()).collect()
}

pub async fn boot() -> Result<Boot, StoreError> {
    let languages = system_languages();
    if install::<sqlite_wasm_rs::WasmOsCallback>(&RelaxedIdbCfg::default(), true).await.is_err() {
        return Boot::fallback(StartNotice::MemoryOnly, languages, now);
    }
    match Store::open_in_browser(DATABASE, BrowserDurability::Relaxed) {
        Ok(store) => Ok(Boot { store, storage: Storage::Relaxed, notice: None, system_languages: languages, now }),
        Err(StoreError::NewerVersion { .. }) => Boot::fallback(StartNotice::NewerVersion, languages, now),
        Err(_) => Boot::fallback(StartNotice::MemoryOnly, languages, now),
    }
}
