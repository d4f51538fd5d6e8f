//! The lesson player: cards one at a time with back and next and progress dots, then the quiz
//! (every question kind, by tapping; sorting and ordering are tap-to-place), a feedback panel
//! after each answer, a hint, one retry, and the results with someone to talk to. Every answer
//! is recorded as it is given, so closing the app mid-lesson keeps what was done.

use super::{Picture, QuickExit, Route, fallback_language};
use crate::content::guide::{ABUSE_TOPICS, TELLING_TOPICS};
use crate::content::messages::{LessonText, TOGETHER};
use crate::content::{Band, Lesson as LessonModel};
use crate::progress::{Audience, NewAttempt, RunId, RunSummary};
use crate::quiz::{Answer, Feedback, LessonResult, Outcome, Phase, QuestionView, Step, Tone, Verdict};
use crate::ui::context::{AppState, Services, save_in_background, use_app_state, use_services};
use crate::ui::state::{LessonPlay, Recording, RunRecorder};
use dioxus::prelude::*;
use fluent_bundle::FluentArgs;
use std::sync::Arc;

#[component]
pub fn Lesson(id: String) -> Element {
    let services = use_services();
    let i18n = use_app_state().i18n.read().clone();
    match services.catalog.lesson(&id) {
        Some(lesson) => rsx! { Player { key: "{id}", lesson: LessonRef(lesson.clone()) } },
        None => rsx! {
            section { class: "screen",
                h1 { {i18n.ui("not-found-title")} }
                p { {i18n.ui("lesson-not-found")} }
                Link { class: "button primary", to: Route::Start {}, {i18n.ui("not-found-home")} }
            }
        },
    }
}

/// A lesson as a prop: compared by identity, as the catalog never changes while the app runs.
#[derive(Clone)]
struct LessonRef(Arc<LessonModel>);

impl PartialEq for LessonRef {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// Sends recordings to the store, in order; a failure is shown and the lesson goes on.
fn send(services: &Services, state: AppState, batch: Vec<(RunId, Recording)>) {
    if batch.is_empty() {
        return;
    }
    let store = services.store.clone();
    let now = (services.now)();
    save_in_background(async move {
        for (run, recording) in batch {
            let saved = match recording {
                Recording::Attempt(attempt) => store.record_attempt(run, attempt, now).await,
                Recording::Finish(summary) => store.finish_run(run, summary, now).await,
            };
            if let Err(failure) = saved {
                state.report("store-save-failed", &failure);
            }
        }
    });
}

/// Records one thing now, or once the run has its id.
fn record(services: &Services, state: AppState, mut recorder: Signal<RunRecorder>, recording: Recording) {
    let ready = recorder.write().record(recording);
    send(services, state, ready.into_iter().collect());
}

#[component]
fn Player(lesson: LessonRef) -> Element {
    let services = use_services();
    let state = use_app_state();
    let lesson = lesson.0;
    let seed = (services.now)() as u64;
    let mut play = use_signal(|| LessonPlay::new(lesson.clone(), seed));
    // Together mode: a grown-up beside a young child gets a prompt with each card.
    let mut together = use_signal(|| false);
    // A run starts when the lesson opens, for the profile in use (none: play without saving).
    let profile = state.profile.peek().as_ref().map(|profile| profile.id);
    let mut recorder =
        use_signal(|| if profile.is_some() { RunRecorder::default() } else { RunRecorder::not_saving() });
    use_hook(|| {
        let Some(profile) = profile else { return };
        let services = services.clone();
        let lesson_id = lesson.id.clone();
        save_in_background(async move {
            let now = (services.now)();
            match services.store.start_run(profile, lesson_id, now).await {
                Ok(run) => {
                    let waiting = recorder.write().started(run);
                    send(&services, state, waiting);
                }
                Err(failure) => {
                    recorder.write().failed();
                    state.report("store-save-failed", &failure);
                }
            }
        });
    });
    let i18n = state.i18n.read().clone();
    let (fallback_lang, fallback_dir) = fallback_language(&i18n, &lesson.id);
    let title = i18n.lesson(&LessonText::title(&lesson.id));
    let play_now = play.read();
    let body = match play_now.session.step() {
        Step::Card { index, count, text } => {
            let paragraphs: Vec<String> =
                i18n.lesson(&text).lines().map(str::to_owned).filter(|line| !line.trim().is_empty()).collect();
            let mut position = FluentArgs::new();
            position.set("current", index + 1);
            position.set("total", count);
            rsx! {
                article { class: "lesson-card-view",
                    if index == 0 {
                        Picture { kind: "illustrations", name: lesson.id.clone(), label: None, class: "lesson-picture large" }
                    }
                    if lesson.band.has_together_mode() && index == 0 {
                        button {
                            class: "chip together-toggle",
                            r#type: "button",
                            "aria-pressed": if together() { "true" } else { "false" },
                            onclick: move |_| together.toggle(),
                            {i18n.ui("together-toggle")}
                        }
                    }
                    div { class: "card-text", "aria-live": "polite", lang: fallback_lang, dir: fallback_dir,
                        for (n, paragraph) in paragraphs.into_iter().enumerate() {
                            p { key: "{n}", "{paragraph}" }
                        }
                    }
                    if together() {
                        aside { class: "together-prompt",
                            h2 { {i18n.ui("together-label")} }
                            p { lang: fallback_lang, dir: fallback_dir,
                                {i18n.lesson(&LessonText { attribute: Some(TOGETHER), ..text.clone() })}
                            }
                        }
                    }
                    ol { class: "progress-dots", "aria-label": i18n.ui_with("lesson-card-position", Some(&position)),
                        for dot in 0..count {
                            li {
                                key: "{dot}",
                                class: if dot == index { "dot current" } else if dot < index { "dot seen" } else { "dot" },
                                "aria-hidden": "true",
                            }
                        }
                    }
                    div { class: "nav-buttons",
                        if index > 0 {
                            button { class: "button", r#type: "button", onclick: move |_| play.write().back(), {i18n.ui("lesson-back")} }
                        }
                        button {
                            class: "button primary",
                            r#type: "button",
                            onclick: move |_| { play.write().advance(); },
                            if index + 1 == count { {i18n.ui("lesson-start-quiz")} } else { {i18n.ui("lesson-next")} }
                        }
                    }
                }
            }
        }
        Step::Question(question) => rsx! {
            QuestionScreen { key: "{question.id}", question: QuestionProps::from(&question), play, recorder }
        },
        Step::Finished(result) => rsx! { Results { lesson: LessonRef(lesson.clone()), result, together: together() } },
    };
    drop(play_now);
    rsx! {
        section { class: "screen lesson",
            div { class: "lesson-head",
                h1 { class: "lesson-heading", lang: fallback_lang, dir: fallback_dir, "{title}" }
                if ABUSE_TOPICS.contains(&lesson.topic.as_str()) {
                    QuickExit {}
                }
            }
            if state.profile.read().as_ref().is_some_and(|profile| profile.audience == Audience::Trainers) {
                div { class: "trainer-links",
                    Link { class: "button", to: Route::RunSession { plan: format!("lesson-{}", lesson.id) }, {i18n.ui("classroom-run")} }
                    Link { class: "button", to: Route::PrintLesson { id: lesson.id.clone() }, {i18n.ui("classroom-print-handout")} }
                }
            }
            {body}
        }
    }
}

/// What the question screen needs of a `QuestionView`, owned so it can be a prop.
#[derive(Clone, PartialEq)]
struct QuestionProps {
    index: usize,
    count: usize,
    id: String,
    kind: &'static str,
    prompt: LessonText,
    situation: Option<LessonText>,
    parts: Vec<(String, LessonText)>,
    groups: Vec<(String, LessonText)>,
    hint: Option<LessonText>,
    try_number: u8,
    outcome: Option<Outcome>,
}

impl From<&QuestionView<'_>> for QuestionProps {
    fn from(view: &QuestionView<'_>) -> Self {
        let (try_number, outcome) = match &view.phase {
            Phase::Answering { try_number } => (*try_number, None),
            Phase::Answered(outcome) => (outcome.try_number, Some((*outcome).clone())),
        };
        QuestionProps {
            index: view.index,
            count: view.count,
            id: view.id.to_owned(),
            kind: view.kind,
            prompt: view.prompt.clone(),
            situation: view.situation.clone(),
            parts: view.parts.iter().map(|part| (part.id.clone(), part.label.clone())).collect(),
            groups: view.groups.iter().map(|group| (group.id.clone(), group.label.clone())).collect(),
            hint: view.hint.clone(),
            try_number,
            outcome,
        }
    }
}

#[component]
fn QuestionScreen(question: QuestionProps, play: Signal<LessonPlay>, recorder: Signal<RunRecorder>) -> Element {
    let state = use_app_state();
    let i18n = state.i18n.read().clone();
    let (fallback_lang, fallback_dir) = fallback_language(&i18n, &question.prompt.lesson);
    let services = use_services();
    let mut position = FluentArgs::new();
    position.set("current", question.index + 1);
    position.set("total", question.count);
    let answered = question.outcome.is_some();
    let can_check = play.read().can_check();
    let check = {
        let services = services.clone();
        move |_| {
            let outcome = play.write().check();
            if let Some(outcome) = outcome {
                record(&services, state, recorder, Recording::Attempt(NewAttempt::from(&outcome)));
            }
        }
    };
    let next = move |_| {
        let finished = play.write().advance();
        if finished {
            let result = play.read().session.result();
            record(&services, state, recorder, Recording::Finish(RunSummary::from(&result)));
        }
    };
    rsx! {
        article { class: "question", "aria-labelledby": "question-prompt",
            p { class: "question-position", {i18n.ui_with("quiz-progress", Some(&position))} }
            if let Some(situation) = &question.situation {
                p { class: "situation", lang: fallback_lang, dir: fallback_dir, {i18n.lesson(situation)} }
            }
            h2 {
                id: "question-prompt",
                class: "prompt",
                lang: fallback_lang,
                dir: fallback_dir,
                tabindex: "-1",
                // A new question takes the focus, so keyboard and screen-reader users start there.
                onmounted: move |element: MountedEvent| async move {
                    let _ = element.set_focus(true).await;
                },
                {i18n.lesson(&question.prompt)}
            }
            if question.try_number == 2 && !answered {
                p { class: "retry-note", {i18n.ui("quiz-second-try")} }
            }
            Controls { question: question.clone(), play, disabled: answered }
            if !answered {
                div { class: "hint-area", "aria-live": "polite",
                    match &question.hint {
                        Some(hint) => rsx! { p { class: "hint", strong { {i18n.ui("quiz-hint-label")} } " " {i18n.lesson(hint)} } },
                        None => rsx! {
                            button { class: "button subtle", r#type: "button", onclick: move |_| { let _ = play.write().session.show_hint(); }, {i18n.ui("quiz-show-hint")} }
                        },
                    }
                }
                button { class: "button primary", r#type: "button", disabled: !can_check, onclick: check, {i18n.ui("quiz-check")} }
                if !can_check {
                    p { class: "help-text", {i18n.ui(&format!("quiz-how-{}", question.kind.replace('_', "-")))} }
                }
            }
            if let Some(outcome) = &question.outcome {
                FeedbackPanel { outcome: outcome.clone(), question: question.clone(), play, on_next: next }
            }
        }
    }
}

/// The answer controls for each kind, all buttons with `aria-pressed`, so they work by touch,
/// keyboard and screen reader alike.
#[component]
fn Controls(question: QuestionProps, play: Signal<LessonPlay>, disabled: bool) -> Element {
    let i18n = use_app_state().i18n.read().clone();
    let (fallback_lang, fallback_dir) = fallback_language(&i18n, &question.prompt.lesson);
    let draft = play.read().draft.clone();
    let label = |text: &LessonText| i18n.lesson(text);
    match question.kind {
        "single_choice" | "scenario" | "multiple_choice" => {
            let multiple = question.kind == "multiple_choice";
            rsx! {
                if multiple { p { class: "help-text", {i18n.ui("quiz-choose-all")} } }
                ul { class: "options", role: "list",
                    for (id, text) in question.parts.iter().cloned() {
                        li { key: "{id}",
                            button {
                                class: "option",
                                r#type: "button",
                                lang: fallback_lang,
                                dir: fallback_dir,
                                disabled,
                                "data-part": "{id}",
                                "aria-pressed": if draft.chosen.contains(&id) { "true" } else { "false" },
                                onclick: move |_| if multiple { play.write().draft.toggle(&id) } else { play.write().draft.choose(&id) },
                                {label(&text)}
                            }
                        }
                    }
                }
            }
        }
        "true_false" => rsx! {
            div { class: "options truth", role: "group",
                for value in [true, false] {
                    button {
                        key: "{value}",
                        class: "option",
                        r#type: "button",
                        disabled,
                        "data-part": "{value}",
                        "aria-pressed": if draft.truth == Some(value) { "true" } else { "false" },
                        onclick: move |_| play.write().draft.set_truth(value),
                        {i18n.ui(if value { "quiz-true" } else { "quiz-false" })}
                    }
                }
            }
        },
        "sort_into_groups" => {
            let unplaced: Vec<(String, LessonText)> =
                question.parts.iter().filter(|(id, _)| !draft.placed.contains_key(id)).cloned().collect();
            rsx! {
                p { class: "help-text", {i18n.ui("quiz-sort-how")} }
                ul { class: "tray", "aria-label": i18n.ui("quiz-sort-tray"),
                    for (id, text) in unplaced {
                        li { key: "{id}",
                            button {
                                class: "chip",
                                r#type: "button",
                                lang: fallback_lang,
                                dir: fallback_dir,
                                disabled,
                                "data-part": "{id}",
                                "aria-pressed": if draft.holding.as_deref() == Some(id.as_str()) { "true" } else { "false" },
                                onclick: move |_| play.write().draft.hold(&id),
                                {label(&text)}
                            }
                        }
                    }
                }
                div { class: "groups",
                    for (group, group_text) in question.groups.iter().cloned() {
                        section { key: "{group}", class: "group",
                            h3 { {label(&group_text)} }
                            button {
                                class: "button place",
                                r#type: "button",
                                "data-group": "{group}",
                                disabled: disabled || draft.holding.is_none(),
                                onclick: { let group = group.clone(); move |_| play.write().draft.place_in(&group) },
                                {i18n.ui("quiz-place-here")} " " span { class: "visually-hidden", {label(&group_text)} }
                            }
                            ul {
                                for (id, text) in question.parts.iter().filter(|(id, _)| draft.placed.get(id) == Some(&group)).cloned() {
                                    li { key: "{id}",
                                        button {
                                            class: "chip placed",
                                            r#type: "button",
                                            disabled,
                                            onclick: move |_| play.write().draft.unplace(&id),
                                            {label(&text)}
                                            span { class: "visually-hidden", " " {i18n.ui("quiz-take-out")} }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        "order_steps" => {
            let unplaced: Vec<(String, LessonText)> =
                question.parts.iter().filter(|(id, _)| !draft.order.contains(id)).cloned().collect();
            let ordered: Vec<(String, LessonText)> = draft
                .order
                .iter()
                .filter_map(|id| question.parts.iter().find(|(part, _)| part == id).cloned())
                .collect();
            rsx! {
                p { class: "help-text", {i18n.ui("quiz-order-how")} }
                ol { class: "ordered", "aria-label": i18n.ui("quiz-order-list"),
                    for (id, text) in ordered {
                        li { key: "{id}",
                            button { class: "chip placed", r#type: "button", disabled, onclick: move |_| play.write().draft.tap_step(&id),
                                {label(&text)}
                                span { class: "visually-hidden", " " {i18n.ui("quiz-take-out")} }
                            }
                        }
                    }
                }
                ul { class: "tray", "aria-label": i18n.ui("quiz-order-tray"),
                    for (id, text) in unplaced {
                        li { key: "{id}",
                            button { class: "chip", r#type: "button", disabled, "data-part": "{id}", onclick: move |_| play.write().draft.tap_step(&id), {label(&text)} }
                        }
                    }
                }
            }
        }
        _ => rsx! {},
    }
}

#[component]
fn FeedbackPanel(
    outcome: Outcome,
    question: QuestionProps,
    play: Signal<LessonPlay>,
    on_next: EventHandler<()>,
) -> Element {
    let i18n = use_app_state().i18n.read().clone();
    let (fallback_lang, fallback_dir) = fallback_language(&i18n, &question.prompt.lesson);
    let verdict = match outcome.verdict {
        Verdict::Correct => "quiz-verdict-correct",
        Verdict::Partial => "quiz-verdict-partial",
        Verdict::Incorrect => "quiz-verdict-incorrect",
    };
    let part_label = |part: &str| -> String {
        if question.kind == "true_false" {
            return i18n.ui(if part == "true" { "quiz-true" } else { "quiz-false" });
        }
        question.parts.iter().find(|(id, _)| id == part).map(|(_, text)| i18n.lesson(text)).unwrap_or_default()
    };
    let tone_class = |feedback: &Feedback| match feedback.tone {
        Tone::Right => "feedback right",
        Tone::Wrong => "feedback wrong",
        Tone::Missed => "feedback missed",
    };
    let solution = outcome.solution.as_ref().map(|answer| describe(answer, &question, &i18n));
    rsx! {
        div {
            class: "feedback-panel verdict-{outcome.verdict:?}",
            role: "status",
            "aria-live": "polite",
            tabindex: "-1",
            // The check button is gone once answered: the feedback takes the focus.
            onmounted: move |element: MountedEvent| async move {
                let _ = element.set_focus(true).await;
            },
            h3 { {i18n.ui(verdict)} }
            if outcome.ranking.is_empty() {
                ul { class: "feedback-list",
                    for feedback in outcome.feedback.iter() {
                        li { key: "{feedback.part}", class: tone_class(feedback), lang: fallback_lang, dir: fallback_dir,
                            strong { {part_label(&feedback.part)} }
                            " "
                            span { {i18n.lesson(&feedback.text)} }
                        }
                    }
                }
            } else {
                h4 { {i18n.ui("quiz-ranking-title")} }
                ol { class: "ranking",
                    for action in outcome.ranking.iter() {
                        li { key: "{action.action}", class: if action.good { "feedback right" } else { "feedback wrong" }, lang: fallback_lang, dir: fallback_dir,
                            strong { {part_label(&action.action)} }
                            if action.chosen { " " span { class: "chosen-mark", {i18n.ui("quiz-your-choice")} } }
                            " "
                            span { {i18n.lesson(&action.feedback)} }
                        }
                    }
                }
            }
            p { class: "explanation", lang: fallback_lang, dir: fallback_dir, {i18n.lesson(&outcome.explanation)} }
            if let Some(solution) = solution {
                p { class: "solution", strong { {i18n.ui("quiz-solution-label")} } " " "{solution}" }
            }
            div { class: "nav-buttons",
                if outcome.can_retry {
                    button { class: "button", r#type: "button", onclick: move |_| play.write().retry(), {i18n.ui("quiz-try-again")} }
                }
                button { class: "button primary", r#type: "button", onclick: move |_| on_next.call(()),
                    if question.index + 1 == question.count { {i18n.ui("quiz-see-results")} } else { {i18n.ui("quiz-next-question")} }
                }
            }
        }
    }
}

/// The right answer in words, for after the last try.
fn describe(answer: &Answer, question: &QuestionProps, i18n: &crate::i18n::Localizer) -> String {
    let label = |id: &str| {
        question
            .parts
            .iter()
            .chain(question.groups.iter())
            .find(|(part, _)| part == id)
            .map(|(_, text)| i18n.lesson(text))
            .unwrap_or_default()
    };
    match answer {
        Answer::Choice(id) => label(id),
        Answer::Choices(ids) | Answer::Order(ids) => ids.iter().map(|id| label(id)).collect::<Vec<_>>().join(" → "),
        Answer::Truth(value) => i18n.ui(if *value { "quiz-true" } else { "quiz-false" }),
        Answer::Groups(placed) => placed
            .iter()
            .map(|(item, group)| format!("{}: {}", label(item), label(group)))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

#[component]
fn Results(lesson: LessonRef, result: LessonResult, together: bool) -> Element {
    let state = use_app_state();
    let i18n = state.i18n.read().clone();
    let lesson = lesson.0;
    let (fallback_lang, fallback_dir) = fallback_language(&i18n, &lesson.id);
    let mut score = FluentArgs::new();
    score.set("score", result.score);
    score.set("total", result.question_count);
    let audience = state.profile.read().as_ref().map(|profile| profile.audience);
    let missed: Vec<LessonText> = result.missed.iter().map(|id| LessonText::question(&lesson.id, id, None)).collect();
    rsx! {
        article { class: "results",
            h2 { {i18n.ui("results-title")} }
            p { class: "score", {i18n.ui_with("results-score", Some(&score))} }
            p { class: if result.mastered { "mastery mastered" } else { "mastery" },
                {i18n.ui(if result.mastered { "results-mastered" } else { "results-not-mastered" })}
            }
            if !missed.is_empty() {
                h3 { {i18n.ui("results-review-title")} }
                ul { class: "review-list", lang: fallback_lang, dir: fallback_dir,
                    for (n, text) in missed.iter().enumerate() {
                        li { key: "{n}", {i18n.lesson(text)} }
                    }
                }
            }
            if lesson.band.has_talk_together() {
                section { class: "talk-together",
                    h3 { {i18n.ui(if lesson.band == Band::Explorers { "results-talk-together" } else { "results-talk-together-caregivers" })} }
                    p { lang: fallback_lang, dir: fallback_dir, {i18n.lesson(&LessonText::talk_together(&lesson.id))} }
                }
            }
            if together {
                section { class: "at-home",
                    h3 { {i18n.ui("together-at-home")} }
                    p { lang: fallback_lang, dir: fallback_dir, {i18n.lesson(&LessonText::at_home(&lesson.id))} }
                }
            }
            if audience == Some(Audience::Trainers) {
                section { class: "trainer-prompt",
                    h3 { {i18n.ui("results-trainer-prompt")} }
                    p { lang: fallback_lang, dir: fallback_dir, {i18n.lesson(&LessonText::trainer_prompt(&lesson.id))} }
                }
            }
            if TELLING_TOPICS.contains(&lesson.topic.as_str()) {
                CircleReminder {}
            }
            section { class: "someone-to-talk-to",
                h3 { {i18n.ui("results-someone-title")} }
                p { {i18n.ui("results-someone-body")} }
                Link { class: "button", to: Route::Help {}, {i18n.ui("results-open-help")} }
            }
            div { class: "nav-buttons",
                Link { class: "button primary", to: Route::Start {}, {i18n.ui("results-home")} }
            }
        }
    }
}

/// At the end of a lesson about telling someone: the names in the child's safety circle, or
/// where to write them.
#[component]
fn CircleReminder() -> Element {
    let services = use_services();
    let state = use_app_state();
    let i18n = state.i18n.read().clone();
    let profile = state.profile.read().as_ref().map(|profile| profile.id);
    let circle = use_resource(move || {
        let store = services.store.clone();
        async move {
            match profile {
                Some(id) => store.safety_circle(id).await.ok(),
                None => None,
            }
        }
    });
    let names = circle.read().clone().flatten().map(|circle| circle.names().to_vec()).unwrap_or_default();
    rsx! {
        section { class: "circle-reminder",
            h3 { {i18n.ui("circle-results-title")} }
            if names.is_empty() {
                p { {i18n.ui("circle-results-add")} }
            } else {
                p { {i18n.ui("circle-results-body")} }
                ul { class: "circle-names",
                    for (index, name) in names.iter().enumerate() {
                        li { key: "{index}", "{name}" }
                    }
                }
            }
        }
    }
}
