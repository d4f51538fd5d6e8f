//! Starts SafeSteps on the platform chosen at build time: `--features web` (the browser,
//! the main target), `desktop`, or `mobile`. Built with none of them it explains how to build.

#[cfg(any(feature = "web", feature = "desktop", feature = "mobile"))]
use dioxus::prelude::*;
#[cfg(any(feature = "web", feature = "desktop", feature = "mobile"))]
use safesteps::ui::{AppWith, BootCell};

#[cfg(all(feature = "web", target_arch = "wasm32"))]
fn main() {
    // The same wasm also runs the store's worker, which has no page to draw.
    if safesteps::platform::in_worker() {
        return;
    }
    dioxus::launch(WebApp);
}

/// The store's worker enters here (see `platform::web`).
#[cfg(all(feature = "web", target_arch = "wasm32"))]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn store_worker() {
    safesteps::platform::run_store_worker();
}

/// The browser opens its storage asynchronously; until then the page's own loading text stays.
#[cfg(all(feature = "web", target_arch = "wasm32"))]
#[component]
fn WebApp() -> Element {
    let boot = use_resource(|| async {
        safesteps::platform::boot().await.map(BootCell::new).map_err(|error| error.to_string())
    });
    let started = boot.read().clone();
    match started {
        None => rsx! {},
        Some(Ok(cell)) => rsx! { AppWith { boot: cell } },
        Some(Err(problem)) => rsx! { p { class: "fatal", "SafeSteps cannot start: {problem}" } },
    }
}

/// The platform's start, handed to the root component once (launch takes a plain function).
#[cfg(all(any(feature = "desktop", feature = "mobile"), not(target_arch = "wasm32")))]
static BOOT: std::sync::Mutex<Option<safesteps::platform::Boot>> = std::sync::Mutex::new(None);

#[cfg(all(any(feature = "desktop", feature = "mobile"), not(target_arch = "wasm32")))]
fn main() {
    use safesteps::platform::{Boot, boot_from_file, data_file, system_languages};
    let languages = system_languages();
    let boot = match data_file() {
        Some(path) => boot_from_file(&path, languages),
        None => Boot::in_memory(languages, safesteps::progress::now),
    };
    match boot {
        Ok(boot) => *BOOT.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(boot),
        Err(error) => {
            eprintln!("SafeSteps cannot start: {error}");
            std::process::exit(1);
        }
    }
    dioxus::launch(NativeApp);
}

#[cfg(all(any(feature = "desktop", feature = "mobile"), not(target_arch = "wasm32")))]
#[component]
fn NativeApp() -> Element {
    let cell = use_hook(|| {
        let boot = BOOT.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).take();
        BootCell(std::rc::Rc::new(std::cell::RefCell::new(boot)))
    });
    rsx! { AppWith { boot: cell } }
}

#[cfg(not(any(feature = "web", feature = "desktop", feature = "mobile")))]
fn main() {
    eprintln!(
        "This build has no screen. Run the web app with `scripts/run` (see README.md), or build with \
         `--features desktop`."
    );
    std::process::exit(2);
}
