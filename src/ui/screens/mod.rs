//! The routes (real URLs: the browser's back button works and a lesson can be opened by link)
//! and the shell around every screen: the page's language and direction, the text size, a
//! notice line, and the Help button that is one tap away everywhere.

mod classroom;
mod family;
mod help;
mod home;
mod language;
mod lesson;
mod profile;
mod settings;
mod welcome;

use super::art;
use super::context::{use_app_state, use_services};
use crate::content::SOURCE_LOCALE;
use crate::content::messages::LessonText;
use crate::i18n::Localizer;
use classroom::{Classroom, PrintLesson, PrintPlan, RunSession};
use dioxus::prelude::*;
use family::{Family, ManageProfiles, Starters};
use help::Help;
use home::{BandLessons, Home};
use lesson::Lesson;
use profile::CreateProfile;
use settings::Settings;
use welcome::Welcome;

#[derive(Routable, Clone, PartialEq, Debug)]
#[rustfmt::skip]
pub enum Route {
    #[layout(Shell)]
        #[route("/")]
        Start {},
        #[route("/welcome")]
        Welcome {},
        #[route("/profile/new")]
        CreateProfile {},
        #[route("/home")]
        Home {},
        #[route("/lessons/:band")]
        BandLessons { band: String },
        #[route("/lesson/:id")]
        Lesson { id: String },
        #[route("/help")]
        Help {},
        #[route("/settings")]
        Settings {},
        #[route("/family")]
        Family {},
        #[route("/family/profiles")]
        ManageProfiles {},
        #[route("/starters")]
        Starters {},
        #[route("/classroom")]
        Classroom {},
        #[route("/classroom/run/:plan")]
        RunSession { plan: String },
        #[route("/print/lesson/:id")]
        PrintLesson { id: String },
        #[route("/print/plan/:plan")]
        PrintPlan { plan: String },
        #[route("/:..segments")]
        NotFound { segments: Vec<String> },
    #[end_layout]
    // Where a quick exit goes when there is no browser page to replace the app with.
    #[route("/blank")]
    Blank {},
}

/// Around every screen. `lang` and `dir` follow the locale; the page's own `<html>` gets them
/// too (see `sync_document_language`), so screen readers pick the right voice.
#[component]
fn Shell() -> Element {
    let state = use_app_state();
    let storage = use_services().storage.id();
    let i18n = state.i18n.read().clone();
    let prefs = *state.prefs.read();
    let lang = i18n.language_tag().to_owned();
    let dir = i18n.direction().html();
    use_effect(move || {
        let i18n = state.i18n.read();
        sync_document_language(i18n.language_tag(), i18n.direction().html(), &i18n.ui("app-name"));
    });
    let notice = state.notice.read().clone();
    // Leaving Help by the app's own links replaces its history entry, so Help is never left
    // behind in Back's history for someone else to find (see `QuickExit`).
    let on_help = matches!(use_route::<Route>(), Route::Help {});
    let navigator = use_navigator();
    let leave_help = move |to: Route| {
        move |_| {
            if on_help {
                navigator.replace(to.clone());
            }
        }
    };
    rsx! {
        div {
            class: prefs.root_class(),
            style: prefs.root_style(),
            lang: "{lang}",
            dir: "{dir}",
            "data-storage": storage,
            a { class: "skip-link", href: "#content", {i18n.ui("shell-skip-to-content")} }
            header { class: "top-bar",
                Link {
                    class: "brand",
                    to: Route::Start {},
                    onclick_only: on_help,
                    onclick: leave_help(Route::Start {}),
                    {i18n.ui("app-name")}
                }
                nav { "aria-label": i18n.ui("shell-nav-label"),
                    Link {
                        class: "top-link",
                        to: Route::Settings {},
                        onclick_only: on_help,
                        onclick: leave_help(Route::Settings {}),
                        {i18n.ui("shell-settings")}
                    }
                }
            }
            main { id: "content", tabindex: "-1",
                if let Some(notice) = notice {
                    div { class: "notice", role: "status",
                        p { {i18n.ui(notice.message_id)} }
                        if let Some(detail) = notice.detail {
                            details {
                                summary { {i18n.ui("notice-details")} }
                                p { class: "notice-detail", "{detail}" }
                            }
                        }
                        button {
                            class: "notice-close",
                            r#type: "button",
                            onclick: move |_| {
                                let mut notice = state.notice;
                                notice.set(None);
                            },
                            {i18n.ui("notice-dismiss")}
                        }
                    }
                }
                Outlet::<Route> {}
            }
            footer { class: "help-dock",
                Link {
                    class: "help-button",
                    to: Route::Help {},
                    // Already on Help: no second Help entry in the history.
                    onclick_only: on_help,
                    "aria-label": i18n.ui("help-button-label"),
                    span { class: "help-button-icon", "aria-hidden": "true", "?" }
                    span { {i18n.ui("help-button")} }
                }
            }
        }
    }
}

/// Sets `<html lang dir>` and the tab title on the web. Elsewhere there is no document.
fn sync_document_language(lang: &str, dir: &str, title: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        if let Some(document) = web_sys::window().and_then(|window| window.document()) {
            if let Some(root) = document.document_element() {
                let _ = root.set_attribute("lang", lang);
                let _ = root.set_attribute("dir", dir);
            }
            document.set_title(title);
            // The page's own "loading" line, shown until the app first draws.
            if let Some(loading) = document.get_element_by_id("boot-loading") {
                loading.remove();
                // Navigation to this point is the app's start-up time (scripts/measure-web).
                if let Some(performance) = web_sys::window().and_then(|window| window.performance()) {
                    let _ = performance.mark("safesteps-first-screen");
                }
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (lang, dir, title);
}

/// `/`: the home screen for a profile, or the language picker on first run.
#[component]
fn Start() -> Element {
    let state = use_app_state();
    if state.profile.read().is_some() {
        rsx! { Home {} }
    } else {
        rsx! { Welcome {} }
    }
}

/// Replaces the app at once with a blank page, for a child who is not alone: on the web the
/// page itself is replaced (Back then shows the screen before, never this one); elsewhere a blank
/// screen takes the place of this one.
#[component]
pub(super) fn QuickExit() -> Element {
    let i18n = use_app_state().i18n.read().clone();
    let navigator = use_navigator();
    rsx! {
        button {
            class: "quick-exit",
            r#type: "button",
            // A description, not a name: the name stays the words on the button (WCAG 2.5.3).
            title: i18n.ui("quick-exit-label"),
            onclick: move |_| {
                if !crate::platform::quick_exit() {
                    navigator.replace(Route::Blank {});
                }
            },
            {i18n.ui("quick-exit")}
        }
    }
}

/// The neutral screen a quick exit leaves on desktop and mobile: nothing at all.
#[component]
fn Blank() -> Element {
    rsx! {
        div { class: "blank" }
    }
}

#[component]
fn NotFound(segments: Vec<String>) -> Element {
    let _ = segments;
    let i18n = use_app_state().i18n.read().clone();
    rsx! {
        section { class: "screen",
            h1 { {i18n.ui("not-found-title")} }
            p { {i18n.ui("not-found-body")} }
            Link { class: "button primary", to: Route::Start {}, {i18n.ui("not-found-home")} }
        }
    }
}

/// A bundled SVG, decorative or labelled. Our own files, compiled in: safe to inline.
#[component]
fn Picture(kind: &'static str, name: String, label: Option<String>, class: &'static str) -> Element {
    let Some(svg) = art::svg(kind, &name) else { return rsx! {} };
    match label {
        Some(label) => rsx! {
            div { class: "picture {class}", role: "img", "aria-label": "{label}", dangerous_inner_html: svg }
        },
        None => rsx! {
            div { class: "picture {class}", "aria-hidden": "true", dangerous_inner_html: svg }
        },
    }
}

/// Fluent arguments from `(name, value)` pairs.
pub(super) fn args<'a>(pairs: &[(&'a str, crate::i18n::FluentValue<'a>)]) -> fluent_bundle::FluentArgs<'a> {
    let mut args = fluent_bundle::FluentArgs::new();
    for (name, value) in pairs {
        args.set(*name, value.clone());
    }
    args
}

/// Lesson text not yet translated shows in English: marked so, for screen readers and for
/// right-to-left pages. `(lang, dir)` to put on elements that hold lesson text only.
pub(super) fn fallback_language(i18n: &Localizer, lesson: &str) -> (Option<&'static str>, Option<&'static str>) {
    if i18n.language_tag() == SOURCE_LOCALE || i18n.has_own_lesson_text(&LessonText::title(lesson)) {
        (None, None)
    } else {
        (Some(SOURCE_LOCALE), Some("ltr"))
    }
}
