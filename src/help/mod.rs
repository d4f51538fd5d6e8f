//! Where to get help, as data: per country, the helplines and reporting services a child or a
//! caregiver can reach, each with what it is for, how to reach it, and the public source it was
//! taken from with the day it was checked. The file (`assets/help/directory.json`) is compiled in,
//! so Help never needs the network; it is checked here and in the tests, so a made-up or mistyped
//! number never reaches a child. A country without a checked line shows the universal steps and
//! Child Helpline International's directory instead. Knows nothing of screens or storage.

use crate::content::ContentError;
use crate::content::validate::json_error;
use crate::progress::Audience;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// The file's place in the project, for error messages.
pub const DIRECTORY_PATH: &str = "assets/help/directory.json";
const DIRECTORY_FORMAT: u32 = 1;
const EMBEDDED_DIRECTORY: &str = include_str!("../../assets/help/directory.json");

/// What a contact is for; each has a tag on Help (`help-purpose-<id>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Purpose {
    Talk,
    Report,
    Emergency,
    RemoveImages,
}

impl Purpose {
    pub fn id(self) -> &'static str {
        match self {
            Purpose::Talk => "talk",
            Purpose::Report => "report",
            Purpose::Emergency => "emergency",
            Purpose::RemoveImages => "remove-images",
        }
    }
}

/// When a contact answers, where the source says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Hours {
    #[serde(rename = "24/7")]
    Always,
}

/// A number that takes text messages, with the word to send if the service asks for one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextLine {
    pub number: String,
    #[serde(default)]
    pub keyword: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// The service's own name; never translated.
    pub name: String,
    #[serde(rename = "for")]
    pub purposes: Vec<Purpose>,
    /// As the source writes it, to read out; dialled as its digits.
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub sms: Option<TextLine>,
    /// With the country code (`+62 …`), as WhatsApp links need it.
    #[serde(default)]
    pub whatsapp: Option<String>,
    /// The service's website or online form (https).
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub hours: Option<Hours>,
    /// `true` where the source says it is free; absent where it says nothing.
    #[serde(default)]
    pub free: Option<bool>,
    /// The public page the details were taken from (https).
    pub source: String,
    /// The day the details were checked against the source, `YYYY-MM-DD`.
    pub checked: String,
}

impl Contact {
    /// `tel:` link for the phone number.
    pub fn tel_link(&self) -> Option<String> {
        self.phone.as_deref().map(|phone| format!("tel:{}", dial_string(phone)))
    }

    /// `sms:` link, with the keyword as the message's text when there is one.
    pub fn sms_link(&self) -> Option<String> {
        self.sms.as_ref().map(|line| match &line.keyword {
            Some(keyword) => format!("sms:{}?body={keyword}", dial_string(&line.number)),
            None => format!("sms:{}", dial_string(&line.number)),
        })
    }

    pub fn whatsapp_link(&self) -> Option<String> {
        let number = self.whatsapp.as_deref()?;
        let digits: String = number.chars().filter(char::is_ascii_digit).collect();
        Some(format!("https://wa.me/{digits}"))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    /// ISO 3166-1 alpha-2, upper case (`KE`); its name is the UI message `country-<code in lower case>`.
    pub code: String,
    pub contacts: Vec<Contact>,
}

impl Country {
    pub fn name_message(&self) -> String {
        country_message(&self.code)
    }
}

pub fn country_message(code: &str) -> String {
    format!("country-{}", code.to_ascii_lowercase())
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Directory {
    pub format: u32,
    pub countries: Vec<Country>,
}

static EMBEDDED: OnceLock<Result<Directory, Vec<ContentError>>> = OnceLock::new();

impl Directory {
    /// The directory compiled into this binary; the tests keep it valid.
    pub fn embedded() -> Result<&'static Directory, &'static [ContentError]> {
        EMBEDDED.get_or_init(|| Directory::parse(DIRECTORY_PATH, EMBEDDED_DIRECTORY)).as_ref().map_err(Vec::as_slice)
    }

    /// Reads and checks a directory file; every problem names the file and the JSON path.
    pub fn parse(path: &str, text: &str) -> Result<Directory, Vec<ContentError>> {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        let directory: Directory = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
            let json_path = error.path().to_string();
            vec![json_error(path, json_path, error.into_inner())]
        })?;
        let errors = directory.problems(path);
        if errors.is_empty() { Ok(directory) } else { Err(errors) }
    }

    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|country| country.code.eq_ignore_ascii_case(code))
    }

    /// The first region in the user's languages (the app's language first, then the system's)
    /// that the directory covers: `pt-BR` gives Brazil, `en-KE` Kenya, plain `en` nothing.
    pub fn default_country<'a>(&self, languages: impl IntoIterator<Item = &'a str>) -> Option<&Country> {
        languages.into_iter().filter_map(region_of).find_map(|region| self.country(&region))
    }

    /// Countries whose name message (`country-<code>`) the English interface lacks.
    pub fn unnamed_countries(&self, english_has: impl Fn(&str) -> bool) -> Vec<ContentError> {
        self.countries
            .iter()
            .enumerate()
            .filter(|(_, country)| !english_has(&country.name_message()))
            .map(|(index, country)| {
                let problem =
                    format!("`{}` has no name: add `{}` to locales/en/ui.ftl", country.code, country.name_message());
                ContentError::at_json(DIRECTORY_PATH, format!("countries[{index}].code"), problem)
            })
            .collect()
    }

    fn problems(&self, path: &str) -> Vec<ContentError> {
        let mut errors = Vec::new();
        let mut problem = |place: String, text: String| errors.push(ContentError::at_json(path, place, text));
        if self.format != DIRECTORY_FORMAT {
            problem("format".into(), format!("is {}; this app reads format {DIRECTORY_FORMAT}", self.format));
        }
        let mut seen = BTreeSet::new();
        for (index, country) in self.countries.iter().enumerate() {
            let at = format!("countries[{index}]");
            let code = &country.code;
            if code.len() != 2 || !code.chars().all(|c| c.is_ascii_uppercase()) {
                problem(format!("{at}.code"), format!("`{code}` is not an ISO 3166 code such as KE"));
            }
            if !seen.insert(code.clone()) {
                problem(format!("{at}.code"), format!("`{code}` is listed twice"));
            }
            if country.contacts.is_empty() {
                problem(format!("{at}.contacts"), "is empty: leave the country out instead".into());
            }
            for (number, contact) in country.contacts.iter().enumerate() {
                for (place, text) in contact_problems(contact) {
                    problem(format!("{at}.contacts[{number}].{place}"), text);
                }
            }
        }
        errors
    }
}

fn contact_problems(contact: &Contact) -> Vec<(&'static str, String)> {
    let mut found = Vec::new();
    if contact.name.trim().is_empty() {
        found.push(("name", "is empty".to_owned()));
    }
    if contact.purposes.is_empty() {
        found.push(("for", "is empty: say what the contact is for".to_owned()));
    }
    if contact.purposes.iter().collect::<BTreeSet<_>>().len() != contact.purposes.len() {
        found.push(("for", "lists a purpose twice".to_owned()));
    }
    if contact.phone.is_none() && contact.sms.is_none() && contact.whatsapp.is_none() && contact.url.is_none() {
        found.push(("name", "has no way to reach it: give a phone, sms, whatsapp or url".to_owned()));
    }
    if let Some(phone) = &contact.phone
        && let Err(why) = plausible_number(phone)
    {
        found.push(("phone", why));
    }
    if let Some(line) = &contact.sms {
        if let Err(why) = plausible_number(&line.number) {
            found.push(("sms.number", why));
        }
        if line
            .keyword
            .as_deref()
            .is_some_and(|word| word.is_empty() || !word.chars().all(|c| c.is_ascii_alphanumeric()))
        {
            found.push(("sms.keyword", "must be one word of letters and digits".to_owned()));
        }
    }
    if let Some(number) = &contact.whatsapp {
        match plausible_number(number) {
            Err(why) => found.push(("whatsapp", why)),
            Ok(()) if !number.starts_with('+') => {
                found.push(("whatsapp", "needs the country code, starting with +".to_owned()))
            }
            Ok(()) => {}
        }
    }
    if let Some(url) = &contact.url
        && !is_https(url)
    {
        found.push(("url", format!("`{url}` is not an https:// address")));
    }
    if !is_https(&contact.source) {
        found.push(("source", format!("`{}` is not an https:// address of a public page", contact.source)));
    }
    if !is_date(&contact.checked) {
        found.push(("checked", format!("`{}` is not a date written YYYY-MM-DD", contact.checked)));
    }
    found
}

/// Digits, with the spaces, dashes, brackets and leading `+` people write them with; 3 to 15
/// digits (the shortest helplines have 3; international numbers at most 15).
fn plausible_number(number: &str) -> Result<(), String> {
    let digits = number.chars().filter(char::is_ascii_digit).count();
    let allowed = |(index, c): (usize, char)| c.is_ascii_digit() || " -()".contains(c) || (c == '+' && index == 0);
    if !number.chars().enumerate().all(allowed) {
        return Err(format!("`{number}` has characters a phone number does not"));
    }
    if !(3..=15).contains(&digits) {
        return Err(format!("`{number}` has {digits} digits; a phone number has 3 to 15"));
    }
    Ok(())
}

/// The characters a phone dials: digits and a leading `+`.
fn dial_string(number: &str) -> String {
    number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
}

fn is_https(url: &str) -> bool {
    url.strip_prefix("https://").is_some_and(|rest| rest.contains('.') && !rest.contains(char::is_whitespace))
}

fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('-').collect();
    let [year, month, day] = parts.as_slice() else { return false };
    let number = |part: &str, len: usize| {
        (part.len() == len && part.chars().all(|c| c.is_ascii_digit())).then(|| part.parse::<u32>().ok()).flatten()
    };
    matches!((number(year, 4), number(month, 2), number(day, 2)), (Some(2000..=2100), Some(1..=12), Some(1..=31)))
}

/// The region subtag of a language tag (`pt-BR` → `BR`, `es-419` → none, `en_KE` → `KE`).
fn region_of(tag: &str) -> Option<String> {
    tag.split(['-', '_'])
        .skip(1)
        .find(|part| part.len() == 2 && part.chars().all(|c| c.is_ascii_alphabetic()))
        .map(str::to_ascii_uppercase)
}

/// The situations of "What to do now", in the order Help lists them.
pub const SITUATIONS: [&str; 4] = ["pictures", "uncomfortable", "friend", "saw"];

/// Whose voice the step lists speak in: each age band, and one for adults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    Explorers,
    Navigators,
    Teens,
    Caregivers,
}

impl Voice {
    pub const ALL: [Voice; 4] = [Voice::Explorers, Voice::Navigators, Voice::Teens, Voice::Caregivers];

    /// Trainers read the adults' lists; without a profile, the 9–12 lists (plain, not childish).
    pub fn for_audience(audience: Option<Audience>) -> Voice {
        match audience {
            Some(Audience::Explorers) => Voice::Explorers,
            Some(Audience::Navigators) | None => Voice::Navigators,
            Some(Audience::Teens) => Voice::Teens,
            Some(Audience::Caregivers | Audience::Trainers) => Voice::Caregivers,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Voice::Explorers => "explorers",
            Voice::Navigators => "navigators",
            Voice::Teens => "teens",
            Voice::Caregivers => "caregivers",
        }
    }
}

/// A situation's step list for a voice: `(title message, steps message)`; each line of the
/// steps message is one step, so translators can keep the number of steps their language needs.
pub fn situation_messages(situation: &str, voice: Voice) -> (String, String) {
    let steps = format!("help-now-{situation}-{}", voice.id());
    (format!("{steps}-title"), steps)
}

/// Every message the step lists need, for the checks that every complete locale has them.
pub fn every_situation_message() -> Vec<String> {
    let mut ids = Vec::new();
    for situation in SITUATIONS {
        for voice in Voice::ALL {
            let (title, steps) = situation_messages(situation, voice);
            ids.push(title);
            ids.push(steps);
        }
    }
    ids
}

/// The steps of a formatted step list: one per non-empty line.
pub fn steps_of(text: &str) -> Vec<&str> {
    text.lines().map(str::trim).filter(|line| !line.is_empty()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_people_write_are_plausible_and_others_are_not() {
        for number in ["116", "0800 1111", "1-800-843-5678", "+55 61 99611-0100", "(61) 99611-0100"] {
            assert_eq!(plausible_number(number), Ok(()), "{number}");
        }
        for number in ["11", "call 116", "116#", "1234567890123456", "+", "1+16"] {
            assert!(plausible_number(number).is_err(), "{number}");
        }
    }

    #[test]
    fn links_dial_only_digits() {
        let contact: Contact = serde_json::from_str(
            r#"{"name":"X","for":["talk"],"phone":"1-800-843-5678","sms":{"number":"741 741","keyword":"THORN"},
               "whatsapp":"+62 811-1129-129","source":"https://example.org","checked":"2026-11-22"}"#,
        )
        .expect("a contact");
        assert_eq!(contact.tel_link().as_deref(), Some("tel:18008435678"));
        assert_eq!(contact.sms_link().as_deref(), Some("sms:741741?body=THORN"));
        assert_eq!(contact.whatsapp_link().as_deref(), Some("https://wa.me/628111129129"));
    }

    #[test]
    fn the_region_comes_from_the_language_tag() {
        assert_eq!(region_of("pt-BR").as_deref(), Some("BR"));
        assert_eq!(region_of("en_ke").as_deref(), Some("KE"));
        assert_eq!(region_of("es-419"), None);
        assert_eq!(region_of("sw"), None);
        assert_eq!(region_of("zh-Hant-TW").as_deref(), Some("TW"));
    }

    #[test]
    fn dates_are_checked() {
        assert!(is_date("2026-11-22"));
        for bad in ["2026-13-01", "22-11-2026", "2026-1-22", "yesterday", "1999-01-01"] {
            assert!(!is_date(bad), "{bad}");
        }
    }
}
