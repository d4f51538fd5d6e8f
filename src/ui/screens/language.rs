//! The list of languages, shared by first run and Settings: each named in itself (so a reader
//! finds their own), in its own direction, with an honest note when its translation is
//! machine-assisted or partial. Choosing one saves it on the device and switches every word.

use crate::content::LocaleStatus;
use crate::store::DeviceSetting;
use crate::ui::context::{save_in_background, use_app_state, use_services};
use dioxus::prelude::*;

/// `labelled_by` is the id of the heading above the list; `on_chosen` runs after the switch.
#[component]
pub fn LanguageList(labelled_by: &'static str, on_chosen: EventHandler<String>) -> Element {
    let services = use_services();
    let mut state = use_app_state();
    let i18n = state.i18n.read().clone();
    let current = i18n.language_tag().to_owned();
    // Each language's status is said in that language, for the reader who is looking for it.
    let locales = use_hook(|| {
        services
            .catalog
            .locales()
            .iter()
            .map(|locale| {
                let meta = locale.meta.clone();
                let note = (meta.status != LocaleStatus::Complete)
                    .then(|| services.localizer(Some(&meta.code)).ui(&format!("locale-status-{}", meta.status.id())));
                (meta, note)
            })
            .collect::<Vec<_>>()
    });
    rsx! {
        ul { class: "choice-list", "aria-labelledby": labelled_by,
            for (meta, note) in locales {
                li { key: "{meta.code}",
                    button {
                        class: "choice",
                        r#type: "button",
                        lang: "{meta.code}",
                        dir: meta.direction.html(),
                        "aria-pressed": if meta.code == current { "true" } else { "false" },
                        onclick: {
                            let services = services.clone();
                            let code = meta.code.clone();
                            move |_| {
                                let store = services.store.clone();
                                let saved = code.clone();
                                save_in_background(async move {
                                    if let Err(failure) = store.set_setting(DeviceSetting::Language, saved).await {
                                        state.report("store-save-failed", &failure);
                                    }
                                });
                                state.i18n.set(services.localizer(Some(&code)));
                                on_chosen.call(code.clone());
                            }
                        },
                        span { class: "choice-name", "{meta.name}" }
                        if let Some(note) = note {
                            span { class: "choice-note", "{note}" }
                        }
                    }
                }
            }
        }
    }
}
