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

#[cfg(all(any(feature = "desktop", feature = "mobile"), not(target_arch = "wasm32")))]
fn main() {
    // The web build's style sheet, compiled in: the window has no file server.
    let head = format!("<style>{}</style>", include_str!("../assets/web/app.css"));
    #[cfg(feature = "desktop")]
    let config = dioxus::desktop::Config::new()
        .with_custom_head(head)
        .with_menu(None)
        .with_window(dioxus::desktop::WindowBuilder::new().with_title("SafeSteps"));
    #[cfg(all(feature = "mobile", not(feature = "desktop")))]
    let config = dioxus::mobile::Config::new().with_custom_head(head);
    dioxus::LaunchBuilder::new().with_cfg(config).launch(NativeApp);
}

/// Opens the progress file in the platform's data folder on the UI thread, where the store
/// lives (in memory, with a notice, if the folder cannot be used).
#[cfg(all(any(feature = "desktop", feature = "mobile"), not(target_arch = "wasm32")))]
#[component]
fn NativeApp() -> Element {
    use safesteps::platform::{Boot, boot_from_file, data_file, system_languages};
    let cell = use_hook(|| {
        let languages = system_languages();
        let boot = match data_file() {
            Some(path) => boot_from_file(&path, languages),
            None => Boot::in_memory(languages, safesteps::progress::now),
        };
        if let Err(error) = &boot {
            eprintln!("SafeSteps cannot open any storage: {error}");
        }
        BootCell(std::rc::Rc::new(std::cell::RefCell::new(boot.ok())))
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
