//! Help, one tap from every screen and the strongest screen of the app: a quick exit, that it is
//! never your fault, short step lists for what is happening now (in the voice of the profile's
//! age band), the helplines of the chosen country as tap-to-call links with their source, the
//! child's own safety circle, the universal steps, and Child Helpline International's directory.
//! Everything is compiled in or kept on the device: Help never needs the network, and nothing
//! typed here leaves the device.

use super::QuickExit;
use crate::help::{Contact, Country, Directory, SITUATIONS, Voice, country_message, situation_messages, steps_of};
use crate::i18n::{FluentValue, Localizer};
use crate::progress::{CircleProblem, SafetyCircle};
use crate::store::DeviceSetting;
use crate::ui::context::{AppState, Services, save_in_background, use_app_state, use_services};
use dioxus::prelude::*;
use fluent_bundle::FluentArgs;

/// The universal steps, in the order to take them.
const STEPS: &[&str] = &[
    "help-step-stop",
    "help-step-dont-reply",
    "help-step-save",
    "help-step-block",
    "help-step-report",
    "help-step-tell",
];

/// The country picker's value for "my country is not in the list".
const OTHER_COUNTRY: &str = "other";

#[component]
pub fn Help() -> Element {
    let services = use_services();
    let state = use_app_state();
    let i18n = state.i18n.read().clone();
    let voice = Voice::for_audience(state.profile.read().as_ref().map(|profile| profile.audience));
    let directory = Directory::embedded().ok();
    let country = directory.and_then(|directory| {
        let code = country_in_use(state, &services, directory)?;
        directory.country(&code)
    });
    rsx! {
        section { class: "screen help",
            div { class: "help-head",
                h1 { {i18n.ui("help-title")} }
                QuickExit {}
            }
            p { class: "lead never-your-fault", {i18n.ui("help-never-your-fault")} }

            section { class: "help-now", "aria-labelledby": "help-now-title",
                h2 { id: "help-now-title", {i18n.ui("help-now-title")} }
                p { {i18n.ui("help-now-intro")} }
                for situation in SITUATIONS {
                    Situation { key: "{situation}", situation, voice: voice.id() }
                }
            }

            section { class: "help-contacts", "aria-labelledby": "help-contacts-title",
                h2 { id: "help-contacts-title",
                    match country {
                        Some(country) => i18n.ui_with("help-contacts-title", Some(&country_args(&i18n, country))),
                        None => i18n.ui("help-helplines-title"),
                    }
                }
                if let Some(directory) = directory {
                    CountryPicker { directory }
                }
                match country {
                    Some(country) => rsx! {
                        ul { class: "contacts",
                            for (index, contact) in country.contacts.iter().enumerate() {
                                li { key: "{index}", ContactCard { contact: contact.clone() } }
                            }
                        }
                    },
                    None => rsx! {
                        p { class: "contacts-none", {i18n.ui("help-contacts-none")} }
                    },
                }
            }

            SafetyCircleEditor {}

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

/// The country chosen in Settings or here; if none was chosen, the first region of the app's
/// language or the system's languages that the directory covers. `other` stays `other`.
fn country_in_use(state: AppState, services: &Services, directory: &Directory) -> Option<String> {
    if let Some(chosen) = state.country.read().clone() {
        return Some(chosen);
    }
    let i18n = state.i18n.read();
    let languages = std::iter::once(i18n.language_tag()).chain(services.system_languages.iter().map(String::as_str));
    directory.default_country(languages).map(|country| country.code.clone())
}

fn country_args<'a>(i18n: &Localizer, country: &Country) -> FluentArgs<'a> {
    let mut args = FluentArgs::new();
    args.set("country", FluentValue::from(i18n.ui(&country.name_message())));
    args
}

fn one_arg<'a>(name: &'a str, value: &str) -> FluentArgs<'a> {
    super::args(&[(name, FluentValue::from(value.to_owned()))])
}

/// One situation of "What to do now": its title opens its steps.
#[component]
fn Situation(situation: &'static str, voice: &'static str) -> Element {
    let i18n = use_app_state().i18n.read().clone();
    let voice = Voice::ALL.into_iter().find(|candidate| candidate.id() == voice).unwrap_or(Voice::Navigators);
    let (title, steps) = situation_messages(situation, voice);
    let steps = i18n.ui(&steps);
    rsx! {
        details { class: "situation", "data-situation": situation,
            summary { {i18n.ui(&title)} }
            ol { class: "situation-steps",
                for (index, step) in steps_of(&steps).into_iter().enumerate() {
                    li { key: "{index}", "{step}" }
                }
            }
        }
    }
}

/// The country list, by name in the current language, then "not in the list". Saved at once.
#[component]
pub fn CountryPicker(directory: &'static Directory) -> Element {
    let services = use_services();
    let mut state = use_app_state();
    let i18n = state.i18n.read().clone();
    let selected = country_in_use(state, &services, directory).unwrap_or_default();
    let mut countries: Vec<(String, String)> = directory
        .countries
        .iter()
        .map(|country| (country.code.clone(), i18n.ui(&country_message(&country.code))))
        .collect();
    countries.sort_by_key(|country| country.1.to_lowercase());
    let store = services.store.clone();
    rsx! {
        div { class: "country-picker",
            label { r#for: "country", {i18n.ui("help-country-label")} }
            select {
                id: "country",
                onchange: move |event: FormEvent| {
                    let code = event.value();
                    if code.is_empty() {
                        return;
                    }
                    state.country.set(Some(code.clone()));
                    let store = store.clone();
                    save_in_background(async move {
                        if let Err(failure) = store.set_setting(DeviceSetting::Country, code).await {
                            state.report("store-save-failed", &failure);
                        }
                    });
                },
                if selected.is_empty() {
                    option { value: "", selected: true, {i18n.ui("help-country-choose")} }
                }
                for (code, name) in countries {
                    option { key: "{code}", value: "{code}", selected: selected == code, "{name}" }
                }
                option { value: OTHER_COUNTRY, selected: selected == OTHER_COUNTRY, {i18n.ui("help-country-other")} }
            }
        }
    }
}

/// A helpline or reporting service: what it is for, its number large enough to read out, and a
/// link for each way to reach it, with where the details come from.
#[component]
fn ContactCard(contact: Contact) -> Element {
    let i18n = use_app_state().i18n.read().clone();
    let mut facts = Vec::new();
    if contact.hours.is_some() {
        facts.push(i18n.ui("help-hours-always"));
    }
    if contact.free == Some(true) {
        facts.push(i18n.ui("help-cost-free"));
    }
    let facts = facts.join(" · ");
    let mut source_args = one_arg("source", &contact.source);
    source_args.set("date", FluentValue::from(contact.checked.clone()));
    rsx! {
        article { class: "contact",
            h3 { "{contact.name}" }
            ul { class: "purposes",
                for purpose in contact.purposes.iter() {
                    li { key: "{purpose.id()}", class: "purpose purpose-{purpose.id()}",
                        {i18n.ui(&format!("help-purpose-{}", purpose.id()))}
                    }
                }
            }
            if let Some(phone) = &contact.phone {
                p { class: "contact-number", dir: "ltr", "{phone}" }
            }
            div { class: "contact-actions",
                if let (Some(phone), Some(link)) = (&contact.phone, contact.tel_link()) {
                    a { class: "button primary", href: "{link}", {i18n.ui_with("help-call", Some(&one_arg("number", phone)))} }
                }
                if let (Some(line), Some(link)) = (&contact.sms, contact.sms_link()) {
                    a { class: "button", href: "{link}",
                        match &line.keyword {
                            Some(keyword) => {
                                let mut args = one_arg("keyword", keyword);
                                args.set("number", FluentValue::from(line.number.clone()));
                                i18n.ui_with("help-text-keyword", Some(&args))
                            }
                            None => i18n.ui_with("help-text", Some(&one_arg("number", &line.number))),
                        }
                    }
                }
                if let (Some(number), Some(link)) = (&contact.whatsapp, contact.whatsapp_link()) {
                    a { class: "button", href: "{link}", rel: "noopener",
                        {i18n.ui_with("help-whatsapp", Some(&one_arg("number", number)))}
                    }
                }
                if let Some(url) = &contact.url {
                    a { class: "button", href: "{url}", rel: "noopener", {i18n.ui("help-website")} }
                }
            }
            if !facts.is_empty() {
                p { class: "contact-facts", "{facts}" }
            }
            p { class: "help-source", {i18n.ui_with("help-check-number", Some(&source_args))} }
        }
    }
}

/// The child's safety circle: up to five first names, kept in their profile on this device.
#[component]
fn SafetyCircleEditor() -> Element {
    let services = use_services();
    let state = use_app_state();
    let i18n = state.i18n.read().clone();
    let profile = state.profile.read().clone();
    let edited = use_signal(|| None::<SafetyCircle>);
    let mut draft = use_signal(String::new);
    let mut problem = use_signal(|| None::<&'static str>);
    let store = services.store.clone();
    let profile_id = profile.as_ref().map(|profile| profile.id);
    let saved = use_resource(move || {
        let store = store.clone();
        async move {
            match profile_id {
                Some(id) => store.safety_circle(id).await.ok(),
                None => None,
            }
        }
    });
    let Some(profile_id) = profile_id else {
        return rsx! {
            section { class: "safety-circle", "aria-labelledby": "circle-title",
                h2 { id: "circle-title", {i18n.ui("circle-title")} }
                p { {i18n.ui("circle-no-profile")} }
            }
        };
    };
    let circle = edited.read().clone().or_else(|| saved.read().clone().flatten()).unwrap_or_default();
    let circle_store = services.store.clone();
    let save = move |changed: SafetyCircle| {
        let mut edited = edited;
        edited.set(Some(changed.clone()));
        let store = circle_store.clone();
        save_in_background(async move {
            if let Err(failure) = store.set_safety_circle(profile_id, changed).await {
                state.report("store-save-failed", &failure);
            }
        });
    };
    let add = {
        let circle = circle.clone();
        let save = save.clone();
        move |event: FormEvent| {
            event.prevent_default();
            let name = draft.read().clone();
            match circle.with_added(&name) {
                Ok(changed) => {
                    save(changed);
                    draft.set(String::new());
                    problem.set(None);
                }
                Err(CircleProblem::Full) => problem.set(Some("circle-full")),
                Err(CircleProblem::BadName) => problem.set(Some("circle-name-invalid")),
            }
        }
    };
    rsx! {
        section { class: "safety-circle", "aria-labelledby": "circle-title",
            h2 { id: "circle-title", {i18n.ui("circle-title")} }
            p { {i18n.ui("circle-intro")} }
            if circle.is_empty() {
                p { class: "circle-empty", {i18n.ui("circle-empty")} }
            } else {
                ul { class: "circle-names",
                    for (index, name) in circle.names().iter().enumerate() {
                        li { key: "{index}-{name}",
                            span { class: "circle-name", "{name}" }
                            button {
                                class: "circle-remove",
                                r#type: "button",
                                "aria-label": i18n.ui_with("circle-remove", Some(&one_arg("name", name))),
                                onclick: {
                                    let circle = circle.clone();
                                    let save = save.clone();
                                    move |_| {
                                        save(circle.without(index));
                                        problem.set(None);
                                    }
                                },
                                span { "aria-hidden": "true", "×" }
                            }
                        }
                    }
                }
            }
            if circle.is_full() {
                p { class: "circle-full", {i18n.ui("circle-full")} }
            } else {
                form { class: "circle-form", onsubmit: add, novalidate: true,
                    label { r#for: "circle-name", {i18n.ui("circle-name-label")} }
                    input {
                        id: "circle-name",
                        r#type: "text",
                        autocomplete: "off",
                        maxlength: "{SafetyCircle::MAX_NAME_CHARS}",
                        value: "{draft}",
                        "aria-describedby": if problem.read().is_some() { "circle-problem" },
                        oninput: move |event: FormEvent| draft.set(event.value()),
                    }
                    button { class: "button", r#type: "submit", {i18n.ui("circle-add")} }
                }
            }
            if let Some(message) = *problem.read() {
                p { id: "circle-problem", class: "form-problem", role: "alert", {i18n.ui(message)} }
            }
        }
    }
}
