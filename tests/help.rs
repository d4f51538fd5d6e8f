//! The help directory and Help's step lists: the real directory file is valid and covers the
//! countries the mission names and more; a broken entry is refused naming the file and the JSON
//! path; every locale that must be complete has every step list; the country defaults from the
//! language's region.

use safesteps::content::{Catalog, SOURCE_LOCALE};
use safesteps::help::{DIRECTORY_PATH, Directory, Purpose, country_message, every_situation_message, steps_of};
use safesteps::i18n::Localizer;
use std::collections::BTreeSet;

fn directory() -> &'static Directory {
    Directory::embedded()
        .unwrap_or_else(|errors| panic!("{}", errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n")))
}

#[test]
fn the_directory_covers_the_mission_countries_and_at_least_twelve() {
    let codes: BTreeSet<&str> = directory().countries.iter().map(|country| country.code.as_str()).collect();
    for mission in ["KE", "EC", "PH", "MX", "BO", "ID", "GT", "US"] {
        assert!(codes.contains(mission), "{mission} is missing");
    }
    assert!(codes.len() >= 12, "{codes:?}");
    assert_eq!(codes.len(), directory().countries.len(), "no country twice");
}

#[test]
fn every_contact_has_a_source_a_check_date_and_a_way_to_reach_it() {
    for country in &directory().countries {
        for contact in &country.contacts {
            let at = format!("{} / {}", country.code, contact.name);
            assert!(contact.source.starts_with("https://"), "{at}");
            assert_eq!(contact.checked.len(), 10, "{at}");
            assert!(!contact.purposes.is_empty(), "{at}");
            assert!(contact.tel_link().is_some() || contact.sms_link().is_some() || contact.url.is_some(), "{at}");
        }
    }
    let kenya = directory().country("KE").expect("Kenya");
    assert_eq!(kenya.contacts[0].tel_link().as_deref(), Some("tel:116"));
    let us = directory().country("us").expect("codes match in any case");
    assert!(us.contacts.iter().any(|contact| contact.purposes.contains(&Purpose::RemoveImages)));
}

fn problems_of(json: &str) -> String {
    match Directory::parse(DIRECTORY_PATH, json) {
        Ok(_) => String::new(),
        Err(errors) => errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"),
    }
}

fn one_contact(country: &str, contact: &str) -> String {
    format!(r#"{{"format":1,"countries":[{{"code":"{country}","contacts":[{contact}]}}]}}"#)
}

const GOOD: &str =
    r#"{"name":"Line","for":["talk"],"phone":"116","source":"https://example.org/a","checked":"2026-11-22"}"#;

#[test]
fn broken_entries_are_refused_naming_the_file_and_the_place() {
    assert_eq!(problems_of(&one_contact("KE", GOOD)), "");
    let cases = [
        (one_contact("KE", &GOOD.replace("\"116\"", "\"call 116\"")), "countries[0].contacts[0].phone"),
        (one_contact("KE", &GOOD.replace("\"116\"", "\"12\"")), "3 to 15"),
        (one_contact("KE", &GOOD.replace("https://example.org/a", "http://example.org/a")), "contacts[0].source"),
        (one_contact("KE", &GOOD.replace("2026-11-22", "22/11/2026")), "contacts[0].checked"),
        (one_contact("KE", &GOOD.replace("[\"talk\"]", "[]")), "contacts[0].for"),
        (one_contact("KE", &GOOD.replace("[\"talk\"]", "[\"chat\"]")), "unknown variant"),
        (one_contact("KE", &GOOD.replace(",\"phone\":\"116\"", "")), "no way to reach it"),
        (
            one_contact("KE", &GOOD.replace("\"checked\":\"2026-11-22\"", "\"checked\":\"2026-11-22\",\"fax\":\"1\"")),
            "fax",
        ),
        (one_contact("Kenya", GOOD), "countries[0].code"),
        (
            format!(
                r#"{{"format":1,"countries":[{{"code":"KE","contacts":[{GOOD}]}},{{"code":"KE","contacts":[{GOOD}]}}]}}"#
            ),
            "listed twice",
        ),
        (r#"{"format":2,"countries":[]}"#.to_owned(), "format"),
    ];
    for (json, expected) in cases {
        let problems = problems_of(&json);
        assert!(problems.starts_with(DIRECTORY_PATH), "{json}\n{problems}");
        assert!(problems.contains(expected), "{json}: expected `{expected}` in\n{problems}");
    }
}

#[test]
fn the_country_defaults_from_the_region_of_the_language() {
    let code = |languages: &[&str]| directory().default_country(languages.iter().copied()).map(|c| c.code.clone());
    assert_eq!(code(&["pt-BR"]).as_deref(), Some("BR"));
    assert_eq!(code(&["en", "en-KE"]).as_deref(), Some("KE"));
    assert_eq!(code(&["es-MX", "en-US"]).as_deref(), Some("MX"));
    assert_eq!(code(&["fr"]), None);
    assert_eq!(code(&["de-DE"]), None, "no line for Germany in the directory: no guess");
}

#[test]
fn every_locale_that_must_be_complete_has_every_step_list_and_country_name() {
    let catalog = Catalog::embedded().expect("catalog");
    let mut needed = every_situation_message();
    needed.extend(directory().countries.iter().map(|country| country_message(&country.code)));
    let mut checked = 0;
    for locale in catalog.locales().iter().filter(|l| l.meta.status.requires_every_message()) {
        let ui = locale.ui.as_ref().expect("a complete locale has its interface");
        for id in &needed {
            assert!(ui.has(id, None), "{}: {id} is missing", locale.meta.code);
        }
        let i18n = Localizer::new(catalog, Some(&locale.meta.code), &[]);
        for id in every_situation_message().iter().filter(|id| !id.ends_with("-title")) {
            let steps = i18n.ui(id);
            assert!(
                (3..=7).contains(&steps_of(&steps).len()),
                "{}: {id} has {} steps",
                locale.meta.code,
                steps_of(&steps).len()
            );
        }
        checked += 1;
    }
    assert!(checked >= 1 && catalog.locale(SOURCE_LOCALE).is_some());
}
