//! The screens rendered to HTML through `dioxus-ssr`, with the real embedded catalog, real
//! English Fluent text and a real (in-memory) SQLite store: every route shows its own content,
//! every piece of text resolves (no "text missing" anywhere), and the page's language and
//! direction follow the locale.

use dioxus::prelude::*;
use dioxus_history::{History, MemoryHistory};
use safesteps::content::Catalog;
use safesteps::platform::{Boot, Storage};
use safesteps::progress::{Audience, NewProfile};
use safesteps::store::{DeviceSetting, Store};
use safesteps::ui::{AppWith, BootCell};
use std::rc::Rc;

const T0: i64 = 1_790_000_000_000;

fn clock() -> i64 {
    T0
}

/// Renders `path` for a device whose store `prepare` has set up.
fn render_with(path: &str, prepare: impl FnOnce(&mut Store)) -> String {
    let mut store = Store::open_in_memory().expect("in-memory store");
    prepare(&mut store);
    let boot = Boot::local(store, Storage::MemoryOnly, None, vec!["en-GB".into()], clock);
    let cell = BootCell::new(boot);
    let mut dom = VirtualDom::new_with_props(Root, RootProps { path: path.to_owned(), cell });
    dom.rebuild_in_place();
    // Let the screens' store reads (answered at once by a local store) arrive and re-render.
    for _ in 0..4 {
        dom.process_events();
        dom.render_immediate(&mut dioxus::dioxus_core::NoOpMutations);
    }
    readable(&dioxus_ssr::render(&dom))
}

/// The HTML as a test reads it: Fluent's bidi isolation marks (kept in the app, for RTL) and
/// the apostrophe escape taken out.
fn readable(html: &str) -> String {
    html.replace(['\u{2068}', '\u{2069}'], "").replace("&#39;", "'")
}

#[derive(Props, Clone, PartialEq)]
struct RootProps {
    path: String,
    cell: BootCell,
}

#[allow(non_snake_case)]
fn Root(props: RootProps) -> Element {
    let path = props.path.clone();
    use_context_provider(move || Rc::new(MemoryHistory::with_initial_path(path)) as Rc<dyn History>);
    rsx! { AppWith { boot: props.cell.clone() } }
}

fn with_profile(audience: Audience) -> impl FnOnce(&mut Store) {
    move |store| {
        let profile = NewProfile { nickname: "Sam".into(), avatar: "owl".into(), audience, locale: "en".into() };
        let profile = store.create_profile(&profile, T0).unwrap();
        store.set_setting(DeviceSetting::CurrentProfile, &profile.id.0.to_string()).unwrap();
    }
}

fn text_missing() -> String {
    safesteps::i18n::Localizer::new(Catalog::embedded().unwrap(), Some("en"), &[]).ui("text-missing")
}

fn assert_complete(html: &str, route: &str) {
    assert!(!html.contains(&text_missing()), "{route} shows a missing-text placeholder:\n{html}");
    assert!(html.contains("class=\"help-button\""), "{route} has no Help button");
    assert!(html.contains("lang=\"en\"") && html.contains("dir=\"ltr\""), "{route} lacks lang/dir");
}

#[test]
fn first_run_starts_with_the_language_picker() {
    let html = render_with("/", |_| {});
    assert_complete(&html, "/");
    assert!(html.contains("Choose your language"), "{html}");
    assert!(html.contains(">English<"), "languages are named in themselves: {html}");
}

#[test]
fn profile_form_offers_every_audience_and_avatar() {
    let html = render_with("/profile/new", |_| {});
    assert_complete(&html, "/profile/new");
    for label in ["I'm 5–8", "I'm 9–12", "I'm 13–17", "I'm a parent or carer", "I'm a teacher or trainer"] {
        assert!(html.contains(label), "missing audience {label}");
    }
    assert_eq!(html.matches("class=\"avatar-choice\"").count(), safesteps::ui::state::AVATARS.len());
    assert!(!html.to_lowercase().contains("birth"), "no birth date is asked");
}

#[test]
fn home_lists_the_profile_bands_lessons_with_status_and_minutes() {
    let html = render_with("/", with_profile(Audience::Navigators));
    assert_complete(&html, "/ with a profile");
    assert!(html.contains("Hi, Sam!"), "{html}");
    let catalog = Catalog::embedded().unwrap();
    let navigators = catalog.lessons_in(safesteps::content::Band::Navigators).count();
    assert!(navigators > 0);
    assert_eq!(html.matches("class=\"lesson-card ").count(), navigators);
    assert!(html.contains("Not started"));
    assert!(html.contains("href=\"/lessons/teens\""), "links to other bands");
}

#[test]
fn progress_shows_on_the_lesson_cards() {
    let html = render_with("/lessons/explorers", |store| {
        with_profile(Audience::Explorers)(store);
        let profile = store.profiles().unwrap()[0].id;
        store.start_run(profile, "explorers-my-private-info", T0).unwrap();
    });
    assert_complete(&html, "/lessons/explorers");
    assert!(html.contains("status-in-progress"), "{html}");
    assert!(html.contains("In progress"));
}

#[test]
fn a_lesson_opens_by_link_on_its_first_card() {
    let html = render_with("/lesson/teens-sextortion-what-to-do", with_profile(Audience::Teens));
    assert_complete(&html, "/lesson/…");
    assert!(html.contains("Card 1 of"), "{html}");
    assert!(html.contains("class=\"dot current\""));
    assert!(!html.contains(">Back<"), "no back button on the first card");
}

#[test]
fn unknown_lessons_and_pages_say_so_kindly() {
    for route in ["/lesson/no-such-lesson", "/no/such/page", "/lessons/grown-ups"] {
        let html = render_with(route, |_| {});
        assert_complete(&html, route);
        assert!(html.contains("We can"), "{route}: {html}");
    }
}

#[test]
fn help_lists_the_universal_steps_and_never_your_fault() {
    let html = render_with("/help", |_| {});
    assert_complete(&html, "/help");
    assert!(html.contains("it is never your fault"));
    assert!(html.matches("<li>").count() >= 6, "six universal steps");
    assert!(html.contains("childhelplineinternational.org"));
}

#[test]
fn settings_apply_text_size_and_motion_everywhere() {
    let html = render_with("/settings", |store| {
        with_profile(Audience::Caregivers)(store);
        store.set_setting(DeviceSetting::TextSize, "3").unwrap();
        store.set_setting(DeviceSetting::ReducedMotion, "on").unwrap();
    });
    assert_complete(&html, "/settings");
    assert!(html.contains("font-size: 160%"), "{html}");
    assert!(html.contains("class=\"app reduced-motion\""));
    assert!(html.contains("Profiles on this device") && html.contains("Sam"));
}

#[test]
fn a_memory_only_store_is_announced() {
    let html = render_with("/help", |_| {});
    assert!(html.contains("Progress will not be saved on this device"), "{html}");
}

#[test]
fn a_right_to_left_language_turns_the_whole_app_and_keeps_names_isolated() {
    let mut dom_html = String::new();
    let mut store = Store::open_in_memory().unwrap();
    with_profile(Audience::Teens)(&mut store);
    store.set_setting(DeviceSetting::Language, "ar").unwrap();
    let profile = store.profiles().unwrap()[0].id;
    store.set_profile_locale(profile, "ar").unwrap();
    let boot = Boot::local(store, Storage::MemoryOnly, None, vec![], clock);
    let mut dom = VirtualDom::new_with_props(Root, RootProps { path: "/".to_owned(), cell: BootCell::new(boot) });
    dom.rebuild_in_place();
    dom_html.push_str(&dioxus_ssr::render(&dom));
    assert!(dom_html.contains("lang=\"ar\"") && dom_html.contains("dir=\"rtl\""), "{dom_html}");
    // The nickname stays a left-to-right island inside Arabic text.
    assert!(dom_html.contains("\u{2068}Sam\u{2069}"), "{dom_html}");
    // The lessons are in Arabic too: no lesson text is marked as English.
    assert!(dom_html.contains("class=\"lesson-title\">") && !dom_html.contains("lang=\"en\""), "{dom_html}");
    let title = safesteps::i18n::Localizer::new(Catalog::embedded().unwrap(), Some("ar"), &[])
        .lesson(&safesteps::content::LessonText::title("teens-livestreaming"));
    assert!(dom_html.contains(&title), "{title} in {dom_html}");
}

#[test]
fn help_shows_the_lines_of_the_country_from_the_language_region_with_their_source() {
    // The test device's system language is en-GB: the United Kingdom until a country is chosen.
    let html = render_with("/help", |_| {});
    assert_complete(&html, "/help");
    assert!(html.contains("Who can help in United Kingdom"), "{html}");
    assert!(html.contains("href=\"tel:08001111\""), "{html}");
    assert!(html.contains("Check this number is right for you. Source: https://learning.nspcc.org.uk/services/childline, checked 2026-11-22."), "{html}");
    assert!(html.contains("class=\"quick-exit\""), "{html}");
    assert_eq!(html.matches("class=\"situation\"").count(), 4, "{html}");
}

#[test]
fn help_follows_the_chosen_country_and_says_so_when_there_is_no_line() {
    let kenya = render_with("/help", |store| store.set_setting(DeviceSetting::Country, "KE").unwrap());
    assert!(kenya.contains("href=\"tel:116\"") && kenya.contains("Call 116"), "{kenya}");
    assert!(kenya.contains("<option value=\"KE\" selected"), "{kenya}");
    let other = render_with("/help", |store| store.set_setting(DeviceSetting::Country, "other").unwrap());
    assert_complete(&other, "/help (other country)");
    assert!(other.contains("We do not have a checked helpline for this country yet"), "{other}");
    assert!(!other.contains("href=\"tel:"), "{other}");
    assert!(other.contains("childhelplineinternational.org/helplines/"), "{other}");
}

#[test]
fn help_speaks_in_the_profiles_voice_and_shows_its_safety_circle() {
    let html = render_with("/help", |store| {
        with_profile(Audience::Explorers)(store);
        let id = store.profiles().unwrap()[0].id;
        let circle = safesteps::progress::SafetyCircle::default()
            .with_added("Grandma")
            .unwrap()
            .with_added("Mr Otieno")
            .unwrap();
        store.set_safety_circle(id, &circle).unwrap();
    });
    assert_complete(&html, "/help (explorer)");
    assert!(html.contains("Someone asks for pictures of me, or scares me"), "explorers' voice: {html}");
    assert!(html.contains(">Grandma<") && html.contains(">Mr Otieno<"), "{html}");
    assert!(html.contains("aria-label=\"Remove Grandma\""), "{html}");
    let teen = render_with("/help", with_profile(Audience::Teens));
    assert!(teen.contains("Take It Down (takeitdown.ncmec.org)"), "teens' sextortion steps: {teen}");
    assert!(teen.contains("No one yet. Add a grown-up you trust."), "{teen}");
}

#[test]
fn lessons_about_abuse_carry_the_quick_exit_and_others_do_not() {
    let grooming = render_with("/lesson/navigators-grooming-warning-signs", with_profile(Audience::Navigators));
    assert!(grooming.contains("class=\"quick-exit\""), "{grooming}");
    let kindness = render_with("/lesson/explorers-kind-and-unkind", with_profile(Audience::Explorers));
    assert_complete(&kindness, "/lesson/explorers-kind-and-unkind");
    assert!(!kindness.contains("class=\"quick-exit\""), "{kindness}");
}

#[test]
fn the_family_pages_sit_behind_the_grown_ups_gate() {
    for route in ["/family", "/family/profiles"] {
        let html = render_with(route, with_profile(Audience::Explorers));
        assert_complete(&html, route);
        assert!(html.contains("For grown-ups") && html.contains("To go on, type the answer: what is"), "{html}");
        assert!(
            !html.contains("Lessons done:") && !html.contains("Delete profile"),
            "{route} shows nothing behind the gate: {html}"
        );
    }
}

#[test]
fn conversation_starters_gather_the_lessons_prompts_by_topic() {
    let html = render_with("/starters", with_profile(Audience::Caregivers));
    assert_complete(&html, "/starters");
    assert!(html.contains("id=\"topic-privacy\"") && html.contains("id=\"topic-sextortion\""), "{html}");
    assert!(html.contains("With a child aged 5–8") && html.contains("For you and your child"), "{html}");
    assert!(html.contains("With a group (Ages 13–17)") && html.contains("With a group (Parents and carers)"), "{html}");
}

#[test]
fn a_young_childs_lesson_offers_together_mode_and_others_do_not() {
    let young = render_with("/lesson/explorers-my-private-info", with_profile(Audience::Explorers));
    assert!(young.contains("We're doing this together") && young.contains("aria-pressed=\"false\""), "{young}");
    assert!(!young.contains("together-prompt"), "off until chosen: {young}");
    let older = render_with("/lesson/navigators-online-friends", with_profile(Audience::Navigators));
    assert!(!older.contains("We're doing this together"), "{older}");
}
