//! The screens, in Dioxus: an app shell with a router, one module per screen, and the state
//! behind them as plain structs (`state`). The UI talks to the domain (content, quiz, i18n,
//! progress) and to the store's methods; it knows nothing of SQL or of the platform.

pub mod art;
mod context;
mod screens;
pub mod state;

pub use context::{AppState, Services};
pub use screens::Route;

use crate::platform::Boot;
use dioxus::prelude::*;
use std::cell::RefCell;
use std::rc::Rc;

/// Takes the platform's start once: props of the root must be comparable, the boot is not.
#[derive(Clone)]
pub struct BootCell(pub Rc<RefCell<Option<Boot>>>);

impl PartialEq for BootCell {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl BootCell {
    pub fn new(boot: Boot) -> Self {
        BootCell(Rc::new(RefCell::new(Some(boot))))
    }
}

/// The whole app over a started platform: services and state in context, then the router.
#[component]
pub fn AppWith(boot: BootCell) -> Element {
    let ready = use_hook(|| context::start(boot.0.borrow_mut().take()));
    match ready {
        Ok((services, state)) => {
            use_context_provider(|| services.clone());
            use_context_provider(|| state);
            // Whenever the language changes, fetch its lesson texts if this build lacks them.
            use_effect(move || {
                let _ = state.i18n.read();
                services.fetch_missing_lesson_packs(state);
            });
            rsx! { Router::<Route> {} }
        }
        Err(problem) => rsx! {
            main { class: "fatal", lang: "en",
                h1 { "SafeSteps cannot start" }
                pre { "{problem}" }
            }
        },
    }
}
