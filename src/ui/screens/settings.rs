//! Settings: language, the country for Help, the profile in use (switch or add), text size and
//! reduced motion.
//! Each change is saved on the device at once and applied everywhere.

use super::help::CountryPicker;
use super::language::LanguageList;
use super::{Picture, Route};
use crate::help::Directory;
use crate::progress::Profile;
use crate::store::DeviceSetting;
use crate::ui::context::{save_in_background, use_app_state, use_services};
use crate::ui::state::TextSize;
use dioxus::prelude::*;

#[component]
pub fn Settings() -> Element {
    let services = use_services();
    let mut state = use_app_state();
    let i18n = state.i18n.read().clone();
    let prefs = *state.prefs.read();
    let current_profile = state.profile.read().as_ref().map(|profile| profile.id);
    let profiles_store = services.store.clone();
    let profiles = use_resource(move || {
        let store = profiles_store.clone();
        // Read so the list refreshes when the profile in use changes.
        let _ = state.profile.read();
        async move { store.profiles().await }
    });
    let (profiles, read_failed) = match &*profiles.read() {
        Some(Ok(profiles)) => (profiles.clone(), false),
        Some(Err(_)) => (Vec::new(), true),
        None => (Vec::new(), false),
    };
    let save = {
        let store = services.store.clone();
        move |key: DeviceSetting, value: String| {
            let store = store.clone();
            save_in_background(async move {
                if let Err(failure) = store.set_setting(key, value).await {
                    state.report("store-save-failed", &failure);
                }
            });
        }
    };
    rsx! {
        section { class: "screen settings",
            h1 { {i18n.ui("settings-title")} }
            section { class: "settings-group",
                h2 { id: "settings-language", {i18n.ui("settings-language")} }
                LanguageList {
                    labelled_by: "settings-language",
                    on_chosen: {
                        let services = services.clone();
                        move |code: String| {
                            // The profile in use keeps its language, for the next time it is picked.
                            let profile = state.profile.read().clone();
                            if let Some(profile) = profile {
                                let store = services.store.clone();
                                save_in_background(async move {
                                    match store.set_profile_locale(profile.id, code.clone()).await {
                                        Ok(()) => state.profile.set(Some(Profile { locale: code, ..profile })),
                                        Err(failure) => state.report("store-save-failed", &failure),
                                    }
                                });
                            }
                        }
                    },
                }
            }
            if let Ok(directory) = Directory::embedded() {
                section { class: "settings-group",
                    CountryPicker { directory }
                }
            }
            section { class: "settings-group",
                h2 { id: "settings-profiles", {i18n.ui("settings-profiles")} }
                if read_failed {
                    p { class: "notice", role: "status", {i18n.ui("store-read-failed")} }
                }
                ul { class: "choice-list", "aria-labelledby": "settings-profiles",
                    for profile in profiles {
                        li { key: "{profile.id.0}",
                            button {
                                class: "choice profile-choice",
                                r#type: "button",
                                "aria-pressed": if Some(profile.id) == current_profile { "true" } else { "false" },
                                onclick: {
                                    let services = services.clone();
                                    let save = save.clone();
                                    let profile = profile.clone();
                                    move |_| {
                                        save(DeviceSetting::CurrentProfile, profile.id.0.to_string());
                                        state.i18n.set(services.localizer(Some(&profile.locale)));
                                        state.profile.set(Some(profile.clone()));
                                    }
                                },
                                Picture { kind: "avatars", name: profile.avatar.clone(), label: None, class: "avatar small" }
                                span { class: "choice-name", "{profile.nickname}" }
                                span { class: "choice-note", {i18n.ui(&format!("profile-audience-{}", profile.audience.id()))} }
                            }
                        }
                    }
                }
                Link { class: "button", to: Route::CreateProfile {}, {i18n.ui("settings-add-profile")} }
                Link { class: "button", to: Route::Family {}, {i18n.ui("family-open")} }
                Link { class: "button", to: Route::Classroom {}, {i18n.ui("classroom-open")} }
            }
            section { class: "settings-group",
                h2 { id: "settings-text-size", {i18n.ui("settings-text-size")} }
                div { class: "segmented", role: "group", "aria-labelledby": "settings-text-size",
                    for size in TextSize::ALL {
                        button {
                            key: "{size.step()}",
                            class: "choice",
                            r#type: "button",
                            "aria-pressed": if prefs.text_size == size { "true" } else { "false" },
                            onclick: {
                                let save = save.clone();
                                move |_| {
                                    save(DeviceSetting::TextSize, size.step().to_string());
                                    state.prefs.write().text_size = size;
                                }
                            },
                            {i18n.ui(size.message_id())}
                        }
                    }
                }
            }
            section { class: "settings-group",
                h2 { id: "settings-motion", {i18n.ui("settings-motion")} }
                label { class: "toggle",
                    input {
                        r#type: "checkbox",
                        checked: prefs.reduced_motion,
                        onchange: {
                            let save = save.clone();
                            move |event: FormEvent| {
                                let on = event.checked();
                                save(DeviceSetting::ReducedMotion, if on { "on" } else { "off" }.to_owned());
                                state.prefs.write().reduced_motion = on;
                            }
                        },
                    }
                    span { {i18n.ui("settings-reduced-motion")} }
                }
            }
        }
    }
}
