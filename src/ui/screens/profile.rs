//! First run, step two (and "add profile" later): a nickname, an avatar, and who it is for,
//! chosen by tapping an age band or a role. No birth date, no other personal data.

use super::{Picture, Route};
use crate::progress::Audience;
use crate::store::DeviceSetting;
use crate::ui::context::{save_in_background, use_app_state, use_services};
use crate::ui::state::{AVATARS, ProfileForm};
use dioxus::prelude::*;

#[component]
pub fn CreateProfile() -> Element {
    let services = use_services();
    let mut state = use_app_state();
    let navigator = use_navigator();
    let mut form = use_signal(ProfileForm::default);
    let mut problem = use_signal(|| None::<&'static str>);
    let i18n = state.i18n.read().clone();
    let current = form.read().clone();
    let save = {
        let services = services.clone();
        let i18n = i18n.clone();
        move |event: FormEvent| {
            event.prevent_default();
            let new_profile = match form.read().to_new_profile(i18n.language_tag()) {
                Ok(profile) => profile,
                Err(form_problem) => {
                    problem.set(Some(form_problem.message_id()));
                    return;
                }
            };
            let now = (services.now)();
            let store = services.store.clone();
            save_in_background(async move {
                let saved = async {
                    let profile = store.create_profile(new_profile, now).await?;
                    store.set_setting(DeviceSetting::CurrentProfile, profile.id.0.to_string()).await?;
                    Ok::<_, crate::store::requests::Failure>(profile)
                };
                match saved.await {
                    Ok(profile) => {
                        state.profile.set(Some(profile));
                        navigator.push(Route::Home {});
                    }
                    Err(failure) => state.report("store-save-failed", &failure),
                }
            });
        }
    };
    rsx! {
        section { class: "screen profile",
            h1 { {i18n.ui("profile-title")} }
            form { onsubmit: save, novalidate: true,
                label { r#for: "nickname", {i18n.ui("profile-nickname-label")} }
                p { id: "nickname-help", class: "help-text", {i18n.ui("profile-nickname-help")} }
                input {
                    id: "nickname",
                    r#type: "text",
                    autocomplete: "off",
                    maxlength: "24",
                    "aria-describedby": "nickname-help",
                    value: "{current.nickname}",
                    oninput: move |event: FormEvent| form.write().nickname = event.value(),
                }
                fieldset { class: "avatar-picker",
                    legend { {i18n.ui("profile-avatar-label")} }
                    div { class: "avatar-grid",
                        for avatar in AVATARS.iter().copied() {
                            button {
                                key: "{avatar}",
                                class: "avatar-choice",
                                r#type: "button",
                                "aria-pressed": if current.avatar == avatar { "true" } else { "false" },
                                "aria-label": i18n.ui(&format!("avatar-{avatar}")),
                                onclick: move |_| form.write().avatar = avatar.to_owned(),
                                Picture { kind: "avatars", name: avatar.to_owned(), label: None, class: "avatar" }
                            }
                        }
                    }
                }
                fieldset { class: "audience-picker",
                    legend { {i18n.ui("profile-audience-label")} }
                    for audience in Audience::ALL {
                        button {
                            key: "{audience.id()}",
                            class: "choice",
                            r#type: "button",
                            "aria-pressed": if current.audience == Some(audience) { "true" } else { "false" },
                            onclick: move |_| form.write().audience = Some(audience),
                            {i18n.ui(&format!("profile-audience-{}", audience.id()))}
                        }
                    }
                }
                if let Some(message) = problem() {
                    p { class: "form-problem", role: "alert", {i18n.ui(message)} }
                }
                button { class: "button primary", r#type: "submit", {i18n.ui("profile-save")} }
            }
        }
    }
}
