//! The browser. Progress is real SQLite compiled to wasm, kept, best first:
//! 1. in origin-private files (OPFS, the `sahpool` VFS), fully durable. Browsers offer them only
//!    to a worker and only in a secure context (localhost, https), so the database lives in a
//!    dedicated module worker running this same wasm, and the screens talk to it by message;
//! 2. in IndexedDB (the `relaxed-idb` VFS), which works everywhere, including a phone opening the
//!    app over plain http on the local network; each commit is written back just after it;
//! 3. in memory, with a notice that nothing will be kept.

use super::{Boot, Saved, StartNotice, Storage, StoreClient};
use crate::progress::Timestamp;
use crate::store::requests::{Failure, Reply, Request};
use crate::store::{BrowserDurability, Store, StoreError};
use futures_channel::oneshot;
use serde::{Deserialize, Serialize};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

const DATABASE: &str = "safesteps-progress.db";
/// The JS glue the build writes beside the page; the worker loads the same app from it.
const GLUE: &str = "/safesteps.js";

pub fn now() -> Timestamp {
    js_sys::Date::now() as Timestamp
}

fn system_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else { return Vec::new() };
    window.navigator().languages().iter().filter_map(|value| value.as_string()).collect()
}

pub async fn boot() -> Result<Boot, StoreError> {
    let languages = system_languages();
    let secure = web_sys::window().is_some_and(|window| window.is_secure_context());
    if secure && let Ok(link) = WorkerLink::start().await {
        let store = StoreClient::worker(Rc::new(link));
        let saved = Saved::read(&store).await;
        return Ok(Boot { store, storage: Storage::Durable, notice: None, system_languages: languages, now, saved });
    }
    if sqlite_wasm_vfs::relaxed_idb::install::<sqlite_wasm_rs::WasmOsCallback>(
        &sqlite_wasm_vfs::relaxed_idb::RelaxedIdbCfg::default(),
        true,
    )
    .await
    .is_err()
    {
        return Boot::fallback(StartNotice::MemoryOnly, languages, now);
    }
    match Store::open_in_browser(DATABASE, BrowserDurability::Relaxed) {
        Ok(store) => Ok(Boot::local(store, Storage::Relaxed, None, languages, now)),
        Err(StoreError::NewerVersion { .. }) => Boot::fallback(StartNotice::NewerVersion, languages, now),
        Err(_) => Boot::fallback(StartNotice::MemoryOnly, languages, now),
    }
}

/// What crosses between the page and the store's worker, as JSON text.
#[derive(Serialize, Deserialize)]
enum ToWorker {
    Call { id: u64, request: Request },
}

#[derive(Serialize, Deserialize)]
enum FromWorker {
    Ready,
    /// The worker could not open durable storage; the page falls back.
    Unavailable {
        reason: String,
    },
    Answer {
        id: u64,
        result: Result<Reply, Failure>,
    },
}

/// Requests sent to the worker and not answered yet, by id.
type Waiting = Rc<RefCell<HashMap<u64, oneshot::Sender<Result<Reply, Failure>>>>>;

/// The page's side of the store's worker: requests go out with an id, answers come back to
/// whoever is waiting for that id.
pub struct WorkerLink {
    worker: web_sys::Worker,
    waiting: Waiting,
    next_id: Cell<u64>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
}

impl WorkerLink {
    async fn start() -> Result<WorkerLink, String> {
        let origin = web_sys::window().ok_or("no window")?.location().origin().map_err(|_| "no origin")?;
        let script =
            format!("import init, {{ store_worker }} from \"{origin}{GLUE}\";\nawait init();\nstore_worker();\n");
        let parts = js_sys::Array::of1(&JsValue::from_str(&script));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("text/javascript");
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(describe)?;
        let worker_options = web_sys::WorkerOptions::new();
        worker_options.set_type(web_sys::WorkerType::Module);
        let worker = web_sys::Worker::new_with_options(&url, &worker_options).map_err(describe)?;
        let _ = web_sys::Url::revoke_object_url(&url);

        let waiting: Waiting = Rc::default();
        let (ready_tx, ready_rx) = oneshot::channel::<Result<(), String>>();
        let ready_tx = RefCell::new(Some(ready_tx));
        let answers = waiting.clone();
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let Some(text) = event.data().as_string() else { return };
            match serde_json::from_str::<FromWorker>(&text) {
                Ok(FromWorker::Ready) => {
                    if let Some(tx) = ready_tx.borrow_mut().take() {
                        let _ = tx.send(Ok(()));
                    }
                }
                Ok(FromWorker::Unavailable { reason }) => {
                    if let Some(tx) = ready_tx.borrow_mut().take() {
                        let _ = tx.send(Err(reason));
                    }
                }
                Ok(FromWorker::Answer { id, result }) => {
                    if let Some(tx) = answers.borrow_mut().remove(&id) {
                        let _ = tx.send(result);
                    }
                }
                Err(_) => {}
            }
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let link = WorkerLink { worker, waiting, next_id: Cell::new(1), _on_message: on_message };
        match ready_rx.await {
            Ok(Ok(())) => Ok(link),
            Ok(Err(reason)) => {
                link.worker.terminate();
                Err(reason)
            }
            Err(_) => {
                link.worker.terminate();
                Err("the store's worker stopped".to_owned())
            }
        }
    }

    pub async fn call(&self, request: Request) -> Result<Reply, Failure> {
        let id = self.next_id.get();
        self.next_id.set(id + 1);
        let (tx, rx) = oneshot::channel();
        self.waiting.borrow_mut().insert(id, tx);
        let message = serde_json::to_string(&ToWorker::Call { id, request })
            .map_err(|error| Failure { message: format!("cannot send the request: {error}") })?;
        if let Err(error) = self.worker.post_message(&JsValue::from_str(&message)) {
            self.waiting.borrow_mut().remove(&id);
            return Err(Failure { message: format!("cannot reach the store's worker: {}", describe(error)) });
        }
        rx.await.unwrap_or_else(|_| Err(Failure { message: "the store's worker stopped".to_owned() }))
    }
}

fn describe(value: JsValue) -> String {
    value
        .as_string()
        .or_else(|| js_sys::JSON::stringify(&value).ok().and_then(|text| text.as_string()))
        .unwrap_or_default()
}

/// The worker's side: opens the database in origin-private files and answers requests in the
/// order they arrive. Called by the worker script that `WorkerLink::start` writes.
pub fn run_store_worker() {
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    wasm_bindgen_futures::spawn_local(async move {
        let post = |message: FromWorker| {
            if let Ok(text) = serde_json::to_string(&message) {
                let _ = scope.post_message(&JsValue::from_str(&text));
            }
        };
        let installed = sqlite_wasm_vfs::sahpool::install::<sqlite_wasm_rs::WasmOsCallback>(
            &sqlite_wasm_vfs::sahpool::OpfsSAHPoolCfg::default(),
            true,
        )
        .await;
        if let Err(error) = installed {
            post(FromWorker::Unavailable { reason: format!("origin-private files are not available: {error:?}") });
            return;
        }
        let store = match Store::open_in_browser(DATABASE, BrowserDurability::Full) {
            Ok(store) => Rc::new(RefCell::new(store)),
            Err(error) => {
                post(FromWorker::Unavailable { reason: error.to_string() });
                return;
            }
        };
        let answering_scope = scope.clone();
        let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |event: web_sys::MessageEvent| {
            let Some(text) = event.data().as_string() else { return };
            let Ok(ToWorker::Call { id, request }) = serde_json::from_str::<ToWorker>(&text) else { return };
            let result = store.borrow_mut().handle(request);
            if let Ok(answer) = serde_json::to_string(&FromWorker::Answer { id, result }) {
                let _ = answering_scope.post_message(&JsValue::from_str(&answer));
            }
        });
        scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        // The worker lives as long as the page; so does its handler.
        on_message.forget();
        post(FromWorker::Ready);
    });
}

/// Whether this wasm instance runs in the store's worker rather than in the page.
pub fn in_worker() -> bool {
    js_sys::global().dyn_into::<web_sys::DedicatedWorkerGlobalScope>().is_ok()
}

/// Fetches a file of the built app as text (a lesson pack); the service worker answers from its
/// cache when the device is offline.
pub async fn fetch_text(path: &str) -> Result<String, String> {
    use wasm_bindgen_futures::JsFuture;
    let window = web_sys::window().ok_or("there is no window to fetch from")?;
    let response = JsFuture::from(window.fetch_with_str(path)).await.map_err(describe)?;
    let response: web_sys::Response = response.dyn_into().map_err(describe)?;
    if !response.ok() {
        return Err(format!("the server answered {} {}", response.status(), response.status_text()));
    }
    let text = JsFuture::from(response.text().map_err(describe)?).await.map_err(describe)?;
    text.as_string().ok_or_else(|| "the answer was not text".to_owned())
}

/// Replaces the app with a blank page in this tab's history entry, so Back does not show the
/// screen that was open. Returns whether the page is being replaced.
pub fn quick_exit(page: &str) -> bool {
    web_sys::window().is_some_and(|window| window.location().replace(page).is_ok())
}

/// Hands a file to the browser to save (a download), named `name`.
pub fn save_file(name: &str, mime: &str, text: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("there is no window")?;
    let document = window.document().ok_or("there is no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(describe)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(describe)?;
    let link: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(describe)?.dyn_into().map_err(|_| "not a link".to_owned())?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(name.to_owned())
}
