//! First run, step one: what SafeSteps is, that nothing personal is asked, and a language.

use super::Route;
use super::language::LanguageList;
use crate::ui::context::use_app_state;
use dioxus::prelude::*;

#[component]
pub fn Welcome() -> Element {
    let state = use_app_state();
    let navigator = use_navigator();
    let i18n = state.i18n.read().clone();
    rsx! {
        section { class: "screen welcome",
            h1 { {i18n.ui("welcome-title")} }
            p { class: "lead", {i18n.ui("welcome-intro")} }
            h2 { id: "language-heading", {i18n.ui("welcome-choose-language")} }
            LanguageList {
                labelled_by: "language-heading",
                on_chosen: move |_| {
                    navigator.push(Route::CreateProfile {});
                },
            }
            p { class: "privacy-note", {i18n.ui("welcome-privacy")} }
        }
    }
}
