//! Home: the lessons of the profile's band as cards, each with its status and minutes, and a
//! way to every other band's lessons (a caregiver may look at what their child learns).

use super::{Picture, Route, fallback_language};
use crate::content::Band;
use crate::content::messages::{LessonText, band_message, topic_message};
use crate::progress::Audience;
use crate::ui::context::{use_app_state, use_services};
use crate::ui::state::{LessonCard, home_band, lesson_cards};
use dioxus::prelude::*;
use fluent_bundle::FluentArgs;

#[component]
pub fn Home() -> Element {
    let state = use_app_state();
    let i18n = state.i18n.read().clone();
    let Some(profile) = state.profile.read().clone() else {
        return rsx! {
            section { class: "screen",
                h1 { {i18n.ui("home-no-profile")} }
                Link { class: "button primary", to: Route::Welcome {}, {i18n.ui("home-start")} }
            }
        };
    };
    let mut args = FluentArgs::new();
    args.set("name", profile.nickname.clone());
    rsx! {
        section { class: "screen home",
            div { class: "greeting",
                Picture { kind: "avatars", name: profile.avatar.clone(), label: None, class: "avatar small" }
                h1 { {i18n.ui_with("home-greeting", Some(&args))} }
            }
            if matches!(profile.audience, Audience::Caregivers | Audience::Trainers) {
                div { class: "grown-up-links",
                    Link { class: "button", to: Route::Family {}, {i18n.ui("family-open")} }
                    Link { class: "button", to: Route::Starters {}, {i18n.ui("family-starters-link")} }
                    if profile.audience == Audience::Trainers {
                        Link { class: "button primary", to: Route::Classroom {}, {i18n.ui("classroom-open")} }
                    }
                }
            }
            BandList { band: home_band(profile.audience), main_heading: false }
        }
    }
}

/// `/lessons/<band>`: another band's lessons.
#[component]
pub fn BandLessons(band: String) -> Element {
    let i18n = use_app_state().i18n.read().clone();
    match Band::from_id(&band) {
        Some(band) => rsx! {
            section { class: "screen home", BandList { band, main_heading: true } }
        },
        None => rsx! {
            section { class: "screen",
                h1 { {i18n.ui("not-found-title")} }
                Link { class: "button primary", to: Route::Start {}, {i18n.ui("not-found-home")} }
            }
        },
    }
}

#[component]
fn BandList(band: Band, main_heading: bool) -> Element {
    let services = use_services();
    let state = use_app_state();
    let i18n = state.i18n.read().clone();
    let store = services.store.clone();
    let progress = use_resource(move || {
        let store = store.clone();
        let profile = state.profile.read().as_ref().map(|profile| profile.id);
        async move {
            match profile {
                Some(profile) => store.lesson_progress(profile).await,
                None => Ok(Vec::new()),
            }
        }
    });
    let (progress, read_failed) = match &*progress.read() {
        Some(Ok(progress)) => (progress.clone(), false),
        Some(Err(_)) => (Vec::new(), true),
        None => (Vec::new(), false),
    };
    let cards = lesson_cards(services.catalog, band, &progress);
    rsx! {
        if read_failed {
            p { class: "notice", role: "status", {i18n.ui("store-read-failed")} }
        }
        if main_heading {
            h1 { id: "band-heading", {i18n.ui(&band_message(band))} }
        } else {
            h2 { id: "band-heading", {i18n.ui(&band_message(band))} }
        }
        ul { class: "lesson-list", "aria-labelledby": "band-heading",
            for card in cards {
                LessonCardView { key: "{card.lesson.id}", card }
            }
        }
        nav { class: "other-bands", "aria-label": i18n.ui("home-other-bands"),
            h2 { {i18n.ui("home-other-bands")} }
            ul {
                for other in Band::ALL.into_iter().filter(|other| *other != band) {
                    li { key: "{other.id()}",
                        Link { to: Route::BandLessons { band: other.id().to_owned() }, {i18n.ui(&band_message(other))} }
                    }
                }
            }
        }
    }
}

#[component]
fn LessonCardView(card: LessonCard) -> Element {
    let i18n = use_app_state().i18n.read().clone();
    let lesson = &card.lesson;
    let (fallback_lang, fallback_dir) = fallback_language(&i18n, &lesson.id);
    let mut minutes = FluentArgs::new();
    minutes.set("minutes", lesson.minutes);
    rsx! {
        li { class: "lesson-card status-{card.status.id()}",
            Link { to: Route::Lesson { id: lesson.id.clone() },
                Picture { kind: "illustrations", name: lesson.id.clone(), label: None, class: "lesson-picture" }
                span { class: "lesson-topic", {i18n.ui(&topic_message(&lesson.topic))} }
                span { class: "lesson-title", lang: fallback_lang, dir: fallback_dir, {i18n.lesson(&LessonText::title(&lesson.id))} }
                span { class: "lesson-summary", lang: fallback_lang, dir: fallback_dir, {i18n.lesson(&LessonText::summary(&lesson.id))} }
                span { class: "lesson-meta",
                    span { class: "lesson-status", {i18n.ui(card.status_message_id())} }
                    " · "
                    span { class: "lesson-minutes", {i18n.ui_with("lesson-minutes", Some(&minutes))} }
                }
            }
        }
    }
}
