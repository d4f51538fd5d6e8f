//! For grown-ups, behind a gate a young child will not pass by tapping: the family view (what
//! each child has done and the topics to talk about, never their answers), profile management
//! (reset and delete, each confirmed through a fresh gate question, with a backup offered first
//! and undo for 30 days), and conversation starters by topic from the lessons' prompts.

use super::{Picture, Route, args};
use crate::content::messages::LessonText;
use crate::content::{Band, Catalog};
use crate::i18n::FluentValue;
use crate::progress::family::child_summary;
use crate::progress::gate::{GateChallenge, GateLevel};
use crate::progress::{Audience, Profile, calendar_date};
use crate::store::DeviceSetting;
use crate::ui::context::{AppState, Services, save_in_background, use_app_state, use_services};
use dioxus::prelude::*;

/// How long a passed gate stays open while a grown-up moves between the family pages.
const GATE_OPEN_FOR: i64 = 10 * 60 * 1000;

fn is_child(profile: &Profile) -> bool {
    matches!(profile.audience, Audience::Explorers | Audience::Navigators | Audience::Teens)
}

fn band_of(audience: Audience) -> Option<Band> {
    match audience {
        Audience::Explorers => Some(Band::Explorers),
        Audience::Navigators => Some(Band::Navigators),
        Audience::Teens => Some(Band::Teens),
        Audience::Caregivers | Audience::Trainers => None,
    }
}

/// The gate's level from the device settings (standard until set).
fn use_gate_level(services: &Services) -> Signal<GateLevel> {
    let mut level = use_signal(GateLevel::default);
    let store = services.store.clone();
    use_future(move || {
        let store = store.clone();
        async move {
            if let Ok(Some(id)) = store.setting(DeviceSetting::GateLevel).await
                && let Some(saved) = GateLevel::from_id(&id)
            {
                level.set(saved);
            }
        }
    });
    level
}

fn seed(services: &Services, tries: u64) -> u64 {
    ((services.now)() as u64).wrapping_add(tries.wrapping_mul(7919))
}

/// A gate question; `on_pass` runs once it is answered right. A wrong answer gives a new one.
#[component]
fn GateQuestion(id: &'static str, level: GateLevel, on_pass: EventHandler<()>) -> Element {
    let services = use_services();
    let i18n = use_app_state().i18n.read().clone();
    let mut tries = use_signal(|| 0_u64);
    let mut challenge = use_signal(|| GateChallenge::new(level, seed(&services, 0)));
    let mut typed = use_signal(String::new);
    let mut wrong = use_signal(|| false);
    let now = challenge();
    let question = i18n.ui_with(
        "gate-question",
        Some(&args(&[("left", FluentValue::from(now.left)), ("right", FluentValue::from(now.right))])),
    );
    let input_id = format!("{id}-answer");
    rsx! {
        form {
            class: "gate",
            novalidate: true,
            onsubmit: move |event: FormEvent| {
                event.prevent_default();
                if challenge().accepts(&typed.read()) {
                    wrong.set(false);
                    on_pass.call(());
                } else {
                    tries += 1;
                    challenge.set(GateChallenge::new(level, seed(&services, tries())));
                    typed.set(String::new());
                    wrong.set(true);
                }
            },
            p { class: "gate-question", "{question}" }
            label { r#for: "{input_id}", {i18n.ui("gate-answer-label")} }
            input {
                id: "{input_id}",
                r#type: "text",
                inputmode: "numeric",
                autocomplete: "off",
                value: "{typed}",
                oninput: move |event: FormEvent| typed.set(event.value()),
            }
            if wrong() {
                p { class: "form-problem", role: "alert", {i18n.ui("gate-wrong")} }
            }
            button { class: "button primary", r#type: "submit", {i18n.ui("gate-continue")} }
        }
    }
}

/// Shows `children` once the gate was passed in the last few minutes; the gate otherwise.
#[component]
fn Gated(children: Element) -> Element {
    let services = use_services();
    let mut state = use_app_state();
    let i18n = state.i18n.read().clone();
    let level = use_gate_level(&services);
    let open = state.gate_passed_at.read().is_some_and(|at| (services.now)() - at < GATE_OPEN_FOR);
    if open {
        return children;
    }
    let now = services.now;
    rsx! {
        section { class: "screen gate-screen",
            h1 { {i18n.ui("gate-title")} }
            GateQuestion {
                key: "{level().id()}",
                id: "gate",
                level: level(),
                on_pass: move |_| state.gate_passed_at.set(Some(now())),
            }
        }
    }
}

#[component]
pub fn Family() -> Element {
    rsx! {
        Gated { FamilyView {} }
    }
}

#[component]
fn FamilyView() -> Element {
    let services = use_services();
    let state = use_app_state();
    let i18n = state.i18n.read().clone();
    let store = services.store.clone();
    let profiles = use_resource(move || {
        let store = store.clone();
        async move { store.profiles().await.unwrap_or_default() }
    });
    let children: Vec<Profile> = profiles.read().clone().unwrap_or_default().into_iter().filter(is_child).collect();
    rsx! {
        section { class: "screen family",
            h1 { {i18n.ui("family-title")} }
            p { {i18n.ui("family-intro")} }
            if children.is_empty() {
                p { {i18n.ui("family-no-children")} }
            }
            ul { class: "family-children",
                for child in children {
                    li { key: "{child.id.0}", ChildCard { child: child.clone() } }
                }
            }
            div { class: "nav-buttons",
                Link { class: "button", to: Route::Starters {}, {i18n.ui("family-starters-link")} }
                Link { class: "button", to: Route::ManageProfiles {}, {i18n.ui("family-manage-link")} }
            }
        }
    }
}

#[component]
fn ChildCard(child: Profile) -> Element {
    let services = use_services();
    let i18n = use_app_state().i18n.read().clone();
    let catalog: &'static Catalog = services.catalog;
    let store = services.store.clone();
    let id = child.id;
    let summary = use_resource(move || {
        let store = store.clone();
        async move {
            let progress = store.lesson_progress(id).await.unwrap_or_default();
            let review = store.review_queue(id).await.unwrap_or_default();
            child_summary(catalog.lessons(), &progress, &review)
        }
    });
    let summary = summary.read().clone().unwrap_or_default();
    let total = band_of(child.audience).map_or(0, |band| catalog.lessons_in(band).count());
    let counts = args(&[
        ("done", FluentValue::from(summary.done.len())),
        ("total", FluentValue::from(total)),
        ("mastered", FluentValue::from(summary.mastered.len())),
    ]);
    rsx! {
        article { class: "child-summary",
            h2 {
                Picture { kind: "avatars", name: child.avatar.clone(), label: None, class: "avatar small" }
                span { "{child.nickname}" }
            }
            p { {i18n.ui_with("family-progress", Some(&counts))} }
            if !summary.done.is_empty() {
                h3 { {i18n.ui("family-done-title")} }
                ul { class: "done-lessons",
                    for lesson in summary.done.iter() {
                        li { key: "{lesson}",
                            {i18n.lesson(&LessonText::title(lesson))}
                            if summary.mastered.contains(lesson) {
                                span { class: "mastered-mark", " ★" }
                            }
                        }
                    }
                }
            }
            h3 { {i18n.ui("family-talk-about")} }
            if summary.talk_about.is_empty() {
                p { {i18n.ui("family-talk-nothing")} }
            } else {
                ul { class: "talk-topics",
                    for topic in summary.talk_about.iter() {
                        li { key: "{topic}",
                            Link { to: format!("/starters#topic-{topic}"), {i18n.ui(&format!("topic-{topic}"))} }
                        }
                    }
                }
            }
        }
    }
}

/// A change waiting for confirmation on the manage screen.
#[derive(Clone, Copy, PartialEq)]
enum Pending {
    Delete(crate::progress::ProfileId),
    Reset(crate::progress::ProfileId),
}

#[component]
pub fn ManageProfiles() -> Element {
    rsx! {
        Gated { ManageView {} }
    }
}

#[component]
fn ManageView() -> Element {
    let services = use_services();
    let state = use_app_state();
    let i18n = state.i18n.read().clone();
    let mut changed = use_signal(|| 0_u32);
    let mut pending = use_signal(|| None::<Pending>);
    // The last backup's outcome: where it went, or why it failed.
    let mut backup_note = use_signal(|| None::<Result<String, String>>);
    let level = use_gate_level(&services);
    let now = services.now;
    let store = services.store.clone();
    let lists = use_resource(move || {
        let store = store.clone();
        let _ = changed();
        async move {
            let _ = store.purge_expired(now()).await;
            let profiles = store.profiles().await.unwrap_or_default();
            let mut undoable = Vec::new();
            for profile in &profiles {
                if let Ok(Some(_)) = store.undoable_reset(profile.id, now()).await {
                    undoable.push(profile.id);
                }
            }
            let deleted = store.deleted_profiles(now()).await.unwrap_or_default();
            (profiles, undoable, deleted)
        }
    });
    let (profiles, undoable, deleted) = lists.read().clone().unwrap_or_default();
    let run = move |services: Services, state: AppState, action: Pending| {
        save_in_background(async move {
            let store = services.store.clone();
            let result = match action {
                Pending::Delete(id) => store.delete_profile(id, (services.now)()).await,
                Pending::Reset(id) => store.reset_progress(id, (services.now)()).await,
            };
            match result {
                Ok(()) => {
                    if let Pending::Delete(id) = action {
                        let mut profile = state.profile;
                        if profile.read().as_ref().is_some_and(|current| current.id == id) {
                            profile.set(None);
                        }
                    }
                }
                Err(failure) => state.report("store-save-failed", &failure),
            }
            changed += 1;
        });
    };
    let save_backup = {
        let services = services.clone();
        move |_| {
            let store = services.store.clone();
            let now = services.now;
            spawn(async move {
                let saved = match store.export_backup(now()).await {
                    Ok(json) => {
                        let name = format!("safesteps-backup-{}.json", calendar_date(now()));
                        crate::platform::save_file(&name, "application/json", &json)
                    }
                    Err(failure) => Err(failure.to_string()),
                };
                backup_note.set(Some(saved));
            });
        }
    };
    rsx! {
        section { class: "screen manage",
            h1 { {i18n.ui("manage-title")} }
            ul { class: "manage-profiles",
                for profile in profiles.iter().cloned() {
                    li { key: "{profile.id.0}", class: "manage-profile",
                        div { class: "manage-name",
                            Picture { kind: "avatars", name: profile.avatar.clone(), label: None, class: "avatar small" }
                            span { "{profile.nickname}" }
                        }
                        if pending() == Some(Pending::Delete(profile.id)) || pending() == Some(Pending::Reset(profile.id)) {
                            div { class: "confirm", role: "group",
                                p {
                                    {
                                        let name = args(&[("name", FluentValue::from(profile.nickname.clone()))]);
                                        let id = if pending() == Some(Pending::Delete(profile.id)) { "manage-confirm-delete" } else { "manage-confirm-reset" };
                                        i18n.ui_with(id, Some(&name))
                                    }
                                }
                                button { class: "button", r#type: "button", onclick: save_backup.clone(), {i18n.ui("manage-backup-first")} }
                                match backup_note() {
                                    Some(Ok(file)) => rsx! {
                                        p { role: "status",
                                            {i18n.ui_with("manage-backup-saved", Some(&args(&[("file", FluentValue::from(file))])))}
                                        }
                                    },
                                    Some(Err(_)) => rsx! {
                                        p { role: "alert", {i18n.ui("manage-backup-failed")} }
                                    },
                                    None => rsx! {},
                                }
                                GateQuestion {
                                    id: "confirm",
                                    level: level(),
                                    on_pass: {
                                        let services = services.clone();
                                        move |_| {
                                            if let Some(action) = pending() {
                                                run(services.clone(), state, action);
                                            }
                                            pending.set(None);
                                            backup_note.set(None);
                                        }
                                    },
                                }
                                button { class: "button subtle", r#type: "button", onclick: move |_| pending.set(None), {i18n.ui("manage-cancel")} }
                            }
                        } else {
                            div { class: "manage-actions",
                                button { class: "button", r#type: "button", onclick: move |_| { backup_note.set(None); pending.set(Some(Pending::Reset(profile.id))) }, {i18n.ui("manage-reset")} }
                                if undoable.contains(&profile.id) {
                                    button {
                                        class: "button",
                                        r#type: "button",
                                        onclick: {
                                            let services = services.clone();
                                            move |_| {
                                                let store = services.store.clone();
                                                let now = services.now;
                                                save_in_background(async move {
                                                    if let Err(failure) = store.undo_reset(profile.id, now()).await {
                                                        state.report("store-save-failed", &failure);
                                                    }
                                                    changed += 1;
                                                });
                                            }
                                        },
                                        {i18n.ui("manage-undo-reset")}
                                    }
                                }
                                button { class: "button", r#type: "button", onclick: move |_| { backup_note.set(None); pending.set(Some(Pending::Delete(profile.id))) }, {i18n.ui("manage-delete")} }
                            }
                        }
                    }
                }
            }
            h2 { {i18n.ui("manage-deleted-title")} }
            if deleted.is_empty() {
                p { {i18n.ui("manage-none-deleted")} }
            }
            ul { class: "deleted-profiles",
                for gone in deleted.iter().cloned() {
                    li { key: "{gone.profile.id.0}",
                        p { {i18n.ui_with("manage-restorable-until", Some(&args(&[("date", FluentValue::from(calendar_date(gone.restorable_until)))])))} }
                        button {
                            class: "button",
                            r#type: "button",
                            onclick: {
                                let services = services.clone();
                                let id = gone.profile.id;
                                move |_| {
                                    let store = services.store.clone();
                                    let now = services.now;
                                    save_in_background(async move {
                                        if let Err(failure) = store.restore_profile(id, now()).await {
                                            state.report("store-save-failed", &failure);
                                        }
                                        changed += 1;
                                    });
                                }
                            },
                            {i18n.ui_with("manage-restore", Some(&args(&[("name", FluentValue::from(gone.profile.nickname.clone()))])))}
                        }
                    }
                }
            }
            section { class: "settings-group",
                h2 { id: "gate-level", {i18n.ui("gate-level")} }
                div { class: "segmented", role: "group", "aria-labelledby": "gate-level",
                    for choice in [GateLevel::Standard, GateLevel::Harder] {
                        button {
                            key: "{choice.id()}",
                            class: "choice",
                            r#type: "button",
                            "aria-pressed": if level() == choice { "true" } else { "false" },
                            onclick: {
                                let store = services.store.clone();
                                let mut level = level;
                                move |_| {
                                    level.set(choice);
                                    let store = store.clone();
                                    save_in_background(async move {
                                        if let Err(failure) = store.set_setting(DeviceSetting::GateLevel, choice.id()).await {
                                            state.report("store-save-failed", &failure);
                                        }
                                    });
                                }
                            },
                            {i18n.ui(&format!("gate-level-{}", choice.id()))}
                        }
                    }
                }
            }
            Link { class: "button", to: Route::Family {}, {i18n.ui("family-title")} }
        }
    }
}

/// Conversation starters by topic: each lesson's talk-together prompt (young children and
/// caregivers) and its discussion prompt for groups, in curriculum order.
#[component]
pub fn Starters() -> Element {
    let services = use_services();
    let i18n = use_app_state().i18n.read().clone();
    let mut topics: Vec<&str> = Vec::new();
    for lesson in services.catalog.lessons() {
        if !topics.contains(&lesson.topic.as_str()) {
            topics.push(&lesson.topic);
        }
    }
    rsx! {
        section { class: "screen starters",
            h1 { {i18n.ui("starters-title")} }
            p { {i18n.ui("starters-intro")} }
            for topic in topics {
                section { key: "{topic}", id: "topic-{topic}", class: "starter-topic",
                    h2 { {i18n.ui(&format!("topic-{topic}"))} }
                    ul { class: "starters",
                        for (key, label, text) in starters_of(&i18n, services.catalog, topic) {
                            li { key: "{key}",
                                strong { "{label}" }
                                " "
                                "{text}"
                            }
                        }
                    }
                }
            }
        }
    }
}

/// One topic's prompts: `(key, label, text)`, talk-together prompts first where a lesson has one.
fn starters_of(i18n: &crate::i18n::Localizer, catalog: &Catalog, topic: &str) -> Vec<(String, String, String)> {
    let mut starters = Vec::new();
    for lesson in catalog.lessons().iter().filter(|lesson| lesson.topic == topic) {
        if lesson.band.has_talk_together() {
            let label = if lesson.band == Band::Explorers { "starters-with-child" } else { "starters-for-caregivers" };
            starters.push((
                format!("{}-talk", lesson.id),
                i18n.ui(label),
                i18n.lesson(&LessonText::talk_together(&lesson.id)),
            ));
        }
        let band = i18n.ui(&format!("band-{}", lesson.band.id()));
        starters.push((
            format!("{}-group", lesson.id),
            i18n.ui_with("starters-with-group", Some(&args(&[("band", FluentValue::from(band))]))),
            i18n.lesson(&LessonText::trainer_prompt(&lesson.id)),
        ));
    }
    starters
}
