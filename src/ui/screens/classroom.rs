//! Classroom mode, for a trainer with one laptop or projector and a whole group: ready-made and
//! saved session plans with their timing, a plan builder, team set-up, the presenter (large
//! type, driven by keyboard or clicker, answers shown when the trainer chooses, notes that can be
//! hidden while projecting, a scoreboard that never ranks anyone last), the session's record
//! with a CSV export, and printable handouts and trainer sheets.

use super::{Route, args};
use crate::classroom::{MAX_TEAMS, MIN_TEAMS, Scoreboard, SessionPlan, SessionRecord, Teams, ready_made_plans};
use crate::content::messages::{EXPLANATION, FEEDBACK, LessonText, SITUATION, part_message, question_message};
use crate::content::{Band, Catalog, Lesson, Question, QuestionKind};
use crate::i18n::{FluentValue, Localizer};
use crate::progress::calendar_date;
use crate::store::requests::Failure;
use crate::ui::context::{AppState, save_in_background, use_app_state, use_services};
use crate::ui::state::{Presenter, Slide};
use dioxus::prelude::*;
use std::sync::Arc;

fn minutes(i18n: &Localizer, minutes: u32) -> String {
    i18n.ui_with("classroom-minutes", Some(&args(&[("minutes", FluentValue::from(minutes))])))
}

/// A plan's key in a URL: `ready-<name>`, `saved-<id>` or `lesson-<lesson id>`.
fn plan_key_ready(plan: &SessionPlan) -> String {
    format!("ready-{}", plan.name)
}

/// The name a person reads for a plan; ready-made plans are named by band and part.
fn plan_title(i18n: &Localizer, plan: &SessionPlan, ready: Option<Band>) -> String {
    match ready {
        Some(band) => {
            let part = plan.name.rsplit('-').next().unwrap_or("1").to_owned();
            let band_name = i18n.ui(&format!("band-{}", band.id()));
            i18n.ui_with(
                "classroom-ready-name",
                Some(&args(&[("band", FluentValue::from(band_name)), ("part", FluentValue::from(part))])),
            )
        }
        None => plan.name.clone(),
    }
}

/// Finds the plan behind a URL key; saved plans need the store, so they come in `saved`.
fn resolve_plan(
    catalog: &Catalog,
    i18n: &Localizer,
    key: &str,
    saved: &[(i64, SessionPlan)],
) -> Option<(String, SessionPlan)> {
    if let Some(name) = key.strip_prefix("ready-") {
        return ready_made_plans(catalog)
            .into_iter()
            .find(|(_, plan)| plan.name == name)
            .map(|(band, plan)| (plan_title(i18n, &plan, Some(band)), plan));
    }
    if let Some(id) = key.strip_prefix("lesson-") {
        let lesson = catalog.lesson(id)?;
        let title = i18n.lesson(&LessonText::title(id));
        return Some((title.clone(), SessionPlan { name: title, lessons: vec![lesson.id.clone()] }));
    }
    let id: i64 = key.strip_prefix("saved-")?.parse().ok()?;
    saved.iter().find(|(saved_id, _)| *saved_id == id).map(|(_, plan)| (plan.name.clone(), plan.clone()))
}

/// `/classroom`: plans to run or print, the plan builder, and past sessions.
#[component]
pub fn Classroom() -> Element {
    let services = use_services();
    let state = use_app_state();
    let i18n = state.i18n.read().clone();
    let catalog = services.catalog;
    let mut changed = use_signal(|| 0_u32);
    let store = services.store.clone();
    let stored = use_resource(move || {
        let store = store.clone();
        let _ = changed();
        async move { (store.plans().await.unwrap_or_default(), store.sessions().await.unwrap_or_default()) }
    });
    let (plans, sessions) = stored.read().clone().unwrap_or_default();
    let ready = ready_made_plans(catalog);
    rsx! {
        section { class: "screen classroom",
            h1 { {i18n.ui("classroom-title")} }
            p { {i18n.ui("classroom-intro")} }
            h2 { {i18n.ui("classroom-ready-made")} }
            ul { class: "plans",
                for (band, plan) in ready {
                    li { key: "{plan.name}",
                        PlanRow { title: plan_title(&i18n, &plan, Some(band)), key_in_url: plan_key_ready(&plan), plan: plan.clone() }
                    }
                }
            }
            h2 { {i18n.ui("classroom-my-plans")} }
            if plans.is_empty() {
                p { {i18n.ui("classroom-no-plans")} }
            }
            ul { class: "plans",
                for (id, plan) in plans {
                    li { key: "{id}",
                        PlanRow { title: plan.name.clone(), key_in_url: format!("saved-{id}"), plan: plan.clone() }
                        button {
                            class: "button subtle",
                            r#type: "button",
                            onclick: {
                                let store = services.store.clone();
                                move |_| {
                                    let store = store.clone();
                                    save_in_background(async move {
                                        if let Err(failure) = store.delete_plan(id).await {
                                            state.report("store-save-failed", &failure);
                                        }
                                        changed += 1;
                                    });
                                }
                            },
                            {i18n.ui_with("classroom-delete-plan", Some(&args(&[("name", FluentValue::from(plan.name.clone()))])))}
                        }
                    }
                }
            }
            PlanBuilder { on_saved: move |_| changed += 1 }
            h2 { {i18n.ui("classroom-sessions")} }
            if sessions.is_empty() {
                p { {i18n.ui("classroom-no-sessions")} }
            }
            ul { class: "sessions",
                for (id, record) in sessions {
                    li { key: "{id}",
                        span {
                            {i18n.ui_with("classroom-session", Some(&args(&[("date", FluentValue::from(record.date.clone())), ("plan", FluentValue::from(record.plan.name.clone()))])))}
                        }
                        " "
                        button {
                            class: "button",
                            r#type: "button",
                            onclick: move |_| export_csv(state, &record, &format!("safesteps-session-{}-{id}.csv", record.date)),
                            {i18n.ui("classroom-export-csv")}
                        }
                    }
                }
            }
        }
    }
}

#[component]
fn PlanRow(title: String, key_in_url: String, plan: SessionPlan) -> Element {
    let services = use_services();
    let i18n = use_app_state().i18n.read().clone();
    let timing = plan.timing(services.catalog);
    rsx! {
        div { class: "plan-row",
            strong { "{title}" }
            " · "
            span { {minutes(&i18n, timing.total)} }
            div { class: "plan-actions",
                Link { class: "button primary", to: Route::RunSession { plan: key_in_url.clone() }, {i18n.ui("classroom-run")} }
                Link { class: "button", to: Route::PrintPlan { plan: key_in_url.clone() }, {i18n.ui("classroom-print-sheet")} }
            }
        }
    }
}

/// A trainer's own plan: a name and lessons of any band, with the time it will take.
#[component]
fn PlanBuilder(on_saved: EventHandler<()>) -> Element {
    let services = use_services();
    let state = use_app_state();
    let i18n = state.i18n.read().clone();
    let mut name = use_signal(String::new);
    let mut chosen = use_signal(Vec::<String>::new);
    let mut problem = use_signal(|| None::<&'static str>);
    let catalog = services.catalog;
    let plan = SessionPlan { name: name(), lessons: chosen() };
    let total = plan.timing(catalog).total;
    rsx! {
        form {
            class: "plan-builder",
            novalidate: true,
            onsubmit: {
                let store = services.store.clone();
                let now = services.now;
                move |event: FormEvent| {
                    event.prevent_default();
                    let plan = SessionPlan { name: name().trim().to_owned(), lessons: chosen() };
                    match plan.check(catalog) {
                        Err(crate::classroom::PlanProblem::NoName) => problem.set(Some("classroom-plan-needs-name")),
                        Err(_) => problem.set(Some("classroom-plan-needs-lessons")),
                        Ok(()) => {
                            problem.set(None);
                            let store = store.clone();
                            spawn(async move {
                                match store.save_plan(None, plan, now()).await {
                                    Ok(_) => {
                                        name.set(String::new());
                                        chosen.set(Vec::new());
                                        on_saved.call(());
                                    }
                                    Err(failure) => state.report("store-save-failed", &failure),
                                }
                            });
                        }
                    }
                }
            },
            h2 { {i18n.ui("classroom-new-plan")} }
            label { r#for: "plan-name", {i18n.ui("classroom-plan-name")} }
            input {
                id: "plan-name",
                r#type: "text",
                autocomplete: "off",
                maxlength: "60",
                value: "{name}",
                oninput: move |event: FormEvent| name.set(event.value()),
            }
            for band in Band::ALL {
                fieldset { key: "{band.id()}", class: "plan-lessons",
                    legend { {i18n.ui(&format!("band-{}", band.id()))} }
                    for lesson in catalog.lessons_in(band) {
                        label { key: "{lesson.id}", class: "check",
                            input {
                                r#type: "checkbox",
                                checked: chosen.read().contains(&lesson.id),
                                onchange: {
                                    let id = lesson.id.clone();
                                    move |event: FormEvent| {
                                        let mut list = chosen.write();
                                        list.retain(|existing| existing != &id);
                                        if event.checked() {
                                            list.push(id.clone());
                                        }
                                    }
                                },
                            }
                            span { {i18n.lesson(&LessonText::title(&lesson.id))} }
                            span { class: "choice-note", " · " {minutes(&i18n, lesson.minutes)} }
                        }
                    }
                }
            }
            p { class: "plan-total", role: "status",
                {i18n.ui_with("classroom-plan-total", Some(&args(&[("minutes", FluentValue::from(total))])))}
            }
            if let Some(message) = problem() {
                p { class: "form-problem", role: "alert", {i18n.ui(message)} }
            }
            button { class: "button primary", r#type: "submit", {i18n.ui("classroom-save-plan")} }
        }
    }
}

/// A plan found from its URL key, with its lessons.
struct FoundPlan {
    title: String,
    plan: SessionPlan,
    lessons: Vec<Arc<Lesson>>,
}

/// The plan behind a URL key: `None` while the saved plans load, then `Some(None)` if there is
/// no such plan.
fn use_plan(key: String) -> Option<Option<FoundPlan>> {
    let services = use_services();
    let i18n = use_app_state().i18n.read().clone();
    let store = services.store.clone();
    let saved = use_resource(move || {
        let store = store.clone();
        async move { store.plans().await.unwrap_or_default() }
    });
    let saved = saved.read().clone()?;
    Some(resolve_plan(services.catalog, &i18n, &key, &saved).map(|(title, plan)| {
        let lessons = plan.lessons.iter().filter_map(|id| services.catalog.lesson(id)).cloned().collect();
        FoundPlan { title, plan, lessons }
    }))
}

/// `/classroom/run/<plan>`: teams, then the presenter, then the results.
#[component]
pub fn RunSession(plan: String) -> Element {
    match use_plan(plan) {
        None => rsx! {},
        Some(None) => rsx! { super::NotFound { segments: vec![] } },
        Some(Some(found)) => rsx! {
            Session { title: found.title, plan: found.plan, lessons: LessonList(found.lessons) }
        },
    }
}

/// Lessons as a prop, compared by identity (the catalog never changes while the app runs).
#[derive(Clone)]
struct LessonList(Vec<Arc<Lesson>>);

impl PartialEq for LessonList {
    fn eq(&self, other: &Self) -> bool {
        self.0.len() == other.0.len() && self.0.iter().zip(&other.0).all(|(a, b)| Arc::ptr_eq(a, b))
    }
}

#[component]
fn Session(title: String, plan: SessionPlan, lessons: LessonList) -> Element {
    let i18n = use_app_state().i18n.read().clone();
    let mut board = use_signal(|| None::<Scoreboard>);
    let mut count = use_signal(|| 3_usize);
    let mut names = use_signal(|| vec![String::new(); MAX_TEAMS]);
    let mut problem = use_signal(|| false);
    if let Some(scoreboard) = board() {
        return rsx! { Presenting { title, plan, lessons, teams: scoreboard.teams.clone() } };
    }
    let defaults: Vec<String> = (1..=MAX_TEAMS)
        .map(|number| i18n.ui_with("classroom-team-default", Some(&args(&[("number", FluentValue::from(number))]))))
        .collect();
    rsx! {
        section { class: "screen session-setup",
            h1 { "{title}" }
            form {
                novalidate: true,
                onsubmit: {
                    let defaults = defaults.clone();
                    move |event: FormEvent| {
                        event.prevent_default();
                        let chosen: Vec<String> = (0..count())
                            .map(|index| {
                                let typed = names.read()[index].trim().to_owned();
                                if typed.is_empty() { defaults[index].clone() } else { typed }
                            })
                            .collect();
                        match Teams::new(&chosen) {
                            Ok(teams) => board.set(Some(Scoreboard::new(teams))),
                            Err(_) => problem.set(true),
                        }
                    }
                },
                h2 { {i18n.ui("classroom-teams-title")} }
                label { r#for: "team-count", {i18n.ui("classroom-team-count")} }
                select {
                    id: "team-count",
                    onchange: move |event: FormEvent| {
                        if let Ok(number) = event.value().parse::<usize>() {
                            count.set(number.clamp(MIN_TEAMS, MAX_TEAMS));
                        }
                    },
                    for number in MIN_TEAMS..=MAX_TEAMS {
                        option { key: "{number}", value: "{number}", selected: number == count(), "{number}" }
                    }
                }
                for index in 0..count() {
                    div { key: "{index}",
                        label { r#for: "team-{index}",
                            {i18n.ui_with("classroom-team-name", Some(&args(&[("number", FluentValue::from(index + 1))])))}
                        }
                        input {
                            id: "team-{index}",
                            r#type: "text",
                            autocomplete: "off",
                            maxlength: "24",
                            placeholder: "{defaults[index]}",
                            value: "{names.read()[index]}",
                            oninput: move |event: FormEvent| names.write()[index] = event.value(),
                        }
                    }
                }
                if problem() {
                    p { class: "form-problem", role: "alert", {i18n.ui("classroom-teams-problem")} }
                }
                button { class: "button primary", r#type: "submit", {i18n.ui("classroom-start")} }
            }
        }
    }
}

/// The texts of a question for the projected screen: the prompt (with a scenario's situation),
/// the choices as the group sees them, and the answer for when the trainer shows it.
struct QuestionTexts {
    prompt: Vec<String>,
    choices: Vec<String>,
    answer: Vec<String>,
    notes: Vec<String>,
}

fn question_texts(i18n: &Localizer, lesson: &Lesson, question: &Question) -> QuestionTexts {
    let text = |message: String, attribute: Option<&'static str>| {
        i18n.lesson(&LessonText { lesson: lesson.id.clone(), message, attribute })
    };
    let part = |part: &str| text(part_message(&question.id, part), None);
    let mut prompt = vec![text(question_message(&question.id), None)];
    let mut notes = vec![text(question_message(&question.id), Some(EXPLANATION))];
    let (choices, answer) = match &question.kind {
        QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options } => (
            options.iter().map(|option| part(&option.id)).collect(),
            options.iter().filter(|option| option.correct).map(|option| part(&option.id)).collect(),
        ),
        QuestionKind::TrueFalse { answer } => (
            vec![i18n.ui("quiz-true"), i18n.ui("quiz-false")],
            vec![i18n.ui(if *answer { "quiz-true" } else { "quiz-false" })],
        ),
        QuestionKind::Scenario { options } => {
            prompt.insert(0, text(question_message(&question.id), Some(SITUATION)));
            let best = options.first().map(|option| {
                notes.push(text(part_message(&question.id, &option.id), Some(FEEDBACK)));
                part(&option.id)
            });
            (options.iter().map(|option| part(&option.id)).collect(), best.into_iter().collect())
        }
        QuestionKind::SortIntoGroups { groups, items } => {
            let mut choices: Vec<String> = items.iter().map(|item| part(&item.id)).collect();
            choices.sort();
            let answer = groups
                .iter()
                .map(|group| {
                    let members: Vec<String> =
                        items.iter().filter(|item| &item.group == group).map(|item| part(&item.id)).collect();
                    format!("{}: {}", part(group), members.join(" · "))
                })
                .collect();
            (choices, answer)
        }
        QuestionKind::OrderSteps { steps } => {
            // Shown in a neutral order (alphabetical), so the screen does not give the answer.
            let mut choices: Vec<String> = steps.iter().map(|step| part(step)).collect();
            choices.sort();
            let answer = steps.iter().enumerate().map(|(n, step)| format!("{}. {}", n + 1, part(step))).collect();
            (choices, answer)
        }
    };
    QuestionTexts { prompt, choices, answer, notes }
}

/// The record of a session as it stands now, dated today.
fn session_record(now: fn() -> i64, title: &str, lessons: &[String], scoreboard: Scoreboard) -> SessionRecord {
    SessionRecord {
        date: calendar_date(now()),
        plan: SessionPlan { name: title.to_owned(), lessons: lessons.to_vec() },
        scoreboard,
    }
}

/// Saves a session's CSV for the trainer's report; a failure is shown, never lost.
fn export_csv(state: AppState, record: &SessionRecord, name: &str) {
    if let Err(problem) = crate::platform::save_file(name, "text/csv", &record.to_csv()) {
        state.report("classroom-export-failed", &Failure { message: problem });
    }
}

/// The projected screen. Keys: → Space PageDown next; ← PageUp back; R answer; N notes; 1–6 a
/// team got it right (clickers send PageDown and PageUp).
#[component]
fn Presenting(title: String, plan: SessionPlan, lessons: LessonList, teams: Teams) -> Element {
    let services = use_services();
    let state = use_app_state();
    let i18n = state.i18n.read().clone();
    let lessons = lessons.0;
    let mut presenter = use_signal({
        let lessons = lessons.clone();
        move || Presenter::new(&lessons)
    });
    let mut board = use_signal({
        let teams = teams.clone();
        move || Scoreboard::new(teams)
    });
    let mut saved = use_signal(|| false);
    // After each move: a question the class has seen counts even if no team gets it, and the
    // session is kept on the device the first time the end is reached.
    use_effect({
        let lessons = lessons.clone();
        let services = services.clone();
        let (title, plan_lessons) = (title.clone(), plan.lessons.clone());
        move || match presenter.read().slide() {
            Slide::Question { lesson, question } => {
                board.write().asked(&lessons[lesson].id, &lessons[lesson].questions[question].id);
            }
            Slide::End if !*saved.peek() => {
                saved.set(true);
                let record = session_record(services.now, &title, &plan_lessons, board.peek().clone());
                let store = services.store.clone();
                let now = services.now;
                save_in_background(async move {
                    if let Err(failure) = store.save_session(record, now()).await {
                        state.report("store-save-failed", &failure);
                    }
                });
            }
            _ => {}
        }
    });
    let slide = presenter.read().slide();
    let question_ids = match slide {
        Slide::Question { lesson, question } => {
            Some((lessons[lesson].id.clone(), lessons[lesson].questions[question].id.clone()))
        }
        _ => None,
    };
    let onkeydown = {
        let question_ids = question_ids.clone();
        move |event: KeyboardEvent| {
            let key = event.key();
            let handled = match &key {
                Key::ArrowRight | Key::PageDown => {
                    presenter.write().next();
                    true
                }
                Key::ArrowLeft | Key::PageUp => {
                    presenter.write().back();
                    true
                }
                Key::Character(text) if text == " " => {
                    presenter.write().next();
                    true
                }
                Key::Character(text) if text.eq_ignore_ascii_case("r") => {
                    presenter.write().revealed = true;
                    true
                }
                Key::Character(text) if text.eq_ignore_ascii_case("n") => {
                    let shown = presenter.read().notes;
                    presenter.write().notes = !shown;
                    true
                }
                Key::Character(text) => match (text.parse::<usize>(), &question_ids) {
                    (Ok(number @ 1..=6), Some((lesson, question))) => {
                        board.write().toggle(lesson, question, number - 1);
                        true
                    }
                    _ => false,
                },
                _ => false,
            };
            if handled {
                event.prevent_default();
            }
        }
    };
    let (current, total) = presenter.read().progress();
    let position = i18n.ui_with(
        "presenter-progress",
        Some(&args(&[("current", FluentValue::from(current)), ("total", FluentValue::from(total))])),
    );
    let revealed = presenter.read().revealed;
    let notes_shown = presenter.read().notes;
    let points = board.read().points();
    let team_names = board.read().teams.names().to_vec();
    let body = match slide {
        Slide::Card { lesson, card } => {
            let lesson = &lessons[lesson];
            let text = i18n.lesson(&LessonText::card(&lesson.id, &lesson.cards[card].id));
            rsx! {
                h1 { class: "presenter-lesson", {i18n.lesson(&LessonText::title(&lesson.id))} }
                div { class: "presenter-text",
                    for (n, line) in text.lines().filter(|line| !line.trim().is_empty()).enumerate() {
                        p { key: "{n}", "{line}" }
                    }
                }
            }
        }
        Slide::Question { lesson, question } => {
            let lesson = &lessons[lesson];
            let question = &lesson.questions[question];
            let texts = question_texts(&i18n, lesson, question);
            let (lesson_id, question_id) = (lesson.id.clone(), question.id.clone());
            rsx! {
                h1 { class: "presenter-lesson", {i18n.lesson(&LessonText::title(&lesson.id))} }
                div { class: "presenter-text",
                    for (n, line) in texts.prompt.iter().enumerate() {
                        p { key: "{n}", class: if n + 1 == texts.prompt.len() { "presenter-question" } else { "" }, "{line}" }
                    }
                    ul { class: "presenter-choices",
                        for (n, choice) in texts.choices.iter().enumerate() {
                            li { key: "{n}", "{choice}" }
                        }
                    }
                    if revealed {
                        section { class: "presenter-answer",
                            h2 { {i18n.ui("presenter-answer")} }
                            ul {
                                for (n, answer) in texts.answer.iter().enumerate() {
                                    li { key: "{n}", "{answer}" }
                                }
                            }
                        }
                    }
                }
                section { class: "presenter-teams",
                    h2 { {i18n.ui("presenter-who-got-it")} }
                    div { class: "team-buttons",
                        for (index, team) in team_names.iter().enumerate() {
                            button {
                                key: "{index}",
                                class: "chip team-button",
                                r#type: "button",
                                "aria-pressed": if board.read().is_right(&lesson_id, &question_id, index) { "true" } else { "false" },
                                onclick: {
                                    let (lesson_id, question_id) = (lesson_id.clone(), question_id.clone());
                                    move |_| board.write().toggle(&lesson_id, &question_id, index)
                                },
                                "{index + 1}. {team}"
                            }
                        }
                    }
                }
                if notes_shown {
                    aside { class: "presenter-notes",
                        h2 { {i18n.ui("presenter-notes")} }
                        for (n, note) in texts.notes.iter().enumerate() {
                            p { key: "{n}", "{note}" }
                        }
                        h3 { {i18n.ui("presenter-discussion")} }
                        p { {i18n.lesson(&LessonText::trainer_prompt(&lesson.id))} }
                    }
                }
            }
        }
        Slide::End => rsx! {
            h1 { {i18n.ui("presenter-end")} }
            p { class: "presenter-text", {i18n.ui("presenter-end-body")} }
            table { class: "session-results",
                thead {
                    tr {
                        th { scope: "col", {i18n.ui("classroom-teams-title")} }
                        for lesson in lessons.iter() {
                            th { key: "{lesson.id}", scope: "col", {i18n.lesson(&LessonText::title(&lesson.id))} }
                        }
                    }
                }
                tbody {
                    for (index, team) in team_names.iter().enumerate() {
                        tr { key: "{index}",
                            th { scope: "row", "{team}" }
                            for lesson in lessons.iter() {
                                td { key: "{lesson.id}", "{board.read().lesson_points(&lesson.id)[index]}" }
                            }
                        }
                    }
                }
            }
            div { class: "nav-buttons",
                button {
                    class: "button primary",
                    r#type: "button",
                    onclick: {
                        let title = title.clone();
                        let plan = plan.clone();
                        move |_| {
                            let record = session_record(services.now, &title, &plan.lessons, board.read().clone());
                            export_csv(state, &record, &format!("safesteps-session-{}.csv", record.date));
                        }
                    },
                    {i18n.ui("classroom-export-csv")}
                }
                Link { class: "button", to: Route::Classroom {}, {i18n.ui("classroom-title")} }
            }
        },
    };
    rsx! {
        section {
            class: "presenter",
            tabindex: "0",
            "aria-label": "{title}",
            onkeydown,
            onmounted: move |event: MountedEvent| async move {
                let _ = event.set_focus(true).await;
            },
            div { class: "presenter-bar",
                span { class: "presenter-position", "{position}" }
                span { class: "presenter-keys", {i18n.ui("presenter-keys")} }
            }
            {body}
            if slide != Slide::End {
                section { class: "presenter-scoreboard",
                    h2 { {i18n.ui("presenter-scoreboard")} }
                    ul {
                        for (index, team) in team_names.iter().enumerate() {
                            li { key: "{index}",
                                {i18n.ui_with("presenter-points", Some(&args(&[("team", FluentValue::from(team.clone())), ("points", FluentValue::from(points[index]))])))}
                            }
                        }
                    }
                }
                div { class: "nav-buttons presenter-controls",
                    button { class: "button", r#type: "button", onclick: move |_| presenter.write().back(), {i18n.ui("presenter-back")} }
                    if matches!(slide, Slide::Question { .. }) && !revealed {
                        button { class: "button", r#type: "button", onclick: move |_| presenter.write().revealed = true, {i18n.ui("presenter-reveal")} }
                    }
                    button {
                        class: "button",
                        r#type: "button",
                        "aria-pressed": if notes_shown { "true" } else { "false" },
                        onclick: move |_| {
                            let shown = presenter.read().notes;
                            presenter.write().notes = !shown;
                        },
                        {i18n.ui("presenter-notes-toggle")}
                    }
                    button { class: "button primary", r#type: "button", onclick: move |_| presenter.write().next(), {i18n.ui("presenter-next")} }
                }
            }
        }
    }
}

/// `/print/lesson/<id>`: a one-page handout of a lesson, in the current language.
#[component]
pub fn PrintLesson(id: String) -> Element {
    let services = use_services();
    let i18n = use_app_state().i18n.read().clone();
    let Some(lesson) = services.catalog.lesson(&id) else {
        return rsx! { super::NotFound { segments: vec![] } };
    };
    rsx! {
        article { class: "screen printable handout",
            PrintButton {}
            h1 { {i18n.lesson(&LessonText::title(&lesson.id))} }
            p { class: "lead", {i18n.lesson(&LessonText::summary(&lesson.id))} }
            for card in lesson.cards.iter() {
                div { key: "{card.id}", class: "handout-card",
                    for (n, line) in i18n.lesson(&LessonText::card(&lesson.id, &card.id)).lines().filter(|l| !l.trim().is_empty()).enumerate() {
                        p { key: "{n}", "{line}" }
                    }
                }
            }
            h2 { {i18n.ui("print-questions")} }
            ol { class: "handout-questions",
                for question in lesson.questions.iter() {
                    li { key: "{question.id}",
                        {question_texts(&i18n, lesson, question).prompt.join(" ")}
                    }
                }
            }
            h2 { {i18n.ui("results-someone-title")} }
            p { {i18n.ui("results-someone-body")} }
        }
    }
}

/// `/print/plan/<plan>`: the trainer's sheet for a plan, with timing, prompts and answers.
#[component]
pub fn PrintPlan(plan: String) -> Element {
    let services = use_services();
    let i18n = use_app_state().i18n.read().clone();
    let found = use_plan(plan);
    let Some(found) = found else { return rsx! {} };
    let Some(FoundPlan { title, plan, lessons }) = found else {
        return rsx! { super::NotFound { segments: vec![] } };
    };
    let timing = plan.timing(services.catalog);
    rsx! {
        article { class: "screen printable trainer-sheet",
            PrintButton {}
            h1 { {i18n.ui_with("print-plan-title", Some(&args(&[("plan", FluentValue::from(title.clone()))])))} }
            p { {i18n.ui_with("classroom-plan-total", Some(&args(&[("minutes", FluentValue::from(timing.total))])))} }
            for (index, lesson) in lessons.iter().enumerate() {
                section { key: "{lesson.id}", class: "sheet-lesson",
                    h2 { {i18n.lesson(&LessonText::title(&lesson.id))} " · " {minutes(&i18n, timing.per_lesson[index])} }
                    h3 { {i18n.ui("presenter-discussion")} }
                    p { {i18n.lesson(&LessonText::trainer_prompt(&lesson.id))} }
                    h3 { {i18n.ui("print-answers")} }
                    ol {
                        for question in lesson.questions.iter() {
                            li { key: "{question.id}",
                                {
                                    let texts = question_texts(&i18n, lesson, question);
                                    format!("{} — {}", texts.prompt.last().cloned().unwrap_or_default(), texts.answer.join("; "))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[component]
fn PrintButton() -> Element {
    let i18n = use_app_state().i18n.read().clone();
    rsx! {
        button {
            class: "button no-print",
            r#type: "button",
            onclick: move |_| {
                // The browser's (or the desktop web view's) own print dialog, which can save a PDF.
                document::eval("window.print()");
            },
            {i18n.ui("print-button")}
        }
    }
}
