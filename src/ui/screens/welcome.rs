//! First run, step one: pick a language. Each language is named in itself, with an honest
//! note when its translation is machine-assisted or partial.

use super::Route;
use crate::content::LocaleStatus;
use crate::store::DeviceSetting;
use crate::ui::context::{save_in_background, use_app_state, use_services};
use dioxus::prelude::*;

#[component]
pub fn Welcome() -> Element {
    let services = use_services();
    let mut state = use_app_state();
    let navigator = use_navigator();
    let i18n = state.i18n.read().clone();
    let current = i18n.language_tag().to_owned();
    let locales: Vec<_> = services.catalog.locales().iter().map(|locale| locale.meta.clone()).collect();
    rsx! {
        section { class: "screen welcome",
            h1 { {i18n.ui("welcome-title")} }
            p { class: "lead", {i18n.ui("welcome-intro")} }
            h2 { id: "language-heading", {i18n.ui("welcome-choose-language")} }
            ul { class: "choice-list", "aria-labelledby": "language-heading",
                for meta in locales {
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
                                    let saved_code = code.clone();
                                    save_in_background(async move {
                                        if let Err(failure) = store.set_setting(DeviceSetting::Language, saved_code).await {
                                            state.report("store-save-failed", &failure);
                                        }
                                    });
                                    state.i18n.set(services.localizer(Some(&code)));
                                    navigator.push(Route::CreateProfile {});
                                }
                            },
                            span { class: "choice-name", "{meta.name}" }
                            match meta.status {
                                LocaleStatus::Complete => rsx! {},
                                LocaleStatus::MachineAssisted => rsx! { span { class: "choice-note", {i18n.ui("locale-status-machine-assisted")} } },
                                LocaleStatus::Partial => rsx! { span { class: "choice-note", {i18n.ui("locale-status-partial")} } },
                            }
                        }
                    }
                }
            }
            p { class: "privacy-note", {i18n.ui("welcome-privacy")} }
        }
    }
}
