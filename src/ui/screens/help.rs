//! Help, one tap from every screen: what to do when something online feels wrong, that it is
//! never your fault, and where to find a helpline. The per-country directory comes later; until
//! then Child Helpline International's directory is the way to a local line.

use crate::ui::context::use_app_state;
use dioxus::prelude::*;

/// The universal steps, in the order to take them.
const STEPS: &[&str] = &[
    "help-step-stop",
    "help-step-dont-reply",
    "help-step-save",
    "help-step-block",
    "help-step-report",
    "help-step-tell",
];

#[component]
pub fn Help() -> Element {
    let i18n = use_app_state().i18n.read().clone();
    rsx! {
        section { class: "screen help",
            h1 { {i18n.ui("help-title")} }
            p { class: "lead never-your-fault", {i18n.ui("help-never-your-fault")} }
            h2 { {i18n.ui("help-steps-title")} }
            ol { class: "help-steps",
                for id in STEPS.iter().copied() {
                    li { key: "{id}", {i18n.ui(id)} }
                }
            }
            h2 { {i18n.ui("help-someone-title")} }
            p { {i18n.ui("help-trusted-adult")} }
            p { {i18n.ui("help-emergency")} }
            h2 { {i18n.ui("help-helplines-title")} }
            p { {i18n.ui("help-helplines-body")} }
            p {
                a { class: "external-link", href: "https://childhelplineinternational.org/helplines/", rel: "noopener",
                    {i18n.ui("help-helplines-link")}
                }
            }
            p { class: "help-source", {i18n.ui("help-helplines-source")} }
        }
    }
}
