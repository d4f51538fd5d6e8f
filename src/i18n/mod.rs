//! Localisation: picks the locale from the user's choice or the system languages, builds Fluent
//! bundles in fallback order (always ending in English), and turns message ids into text. A
//! message missing everywhere shows a neutral placeholder, never its raw id.

use crate::content::{Catalog, Direction, LessonPack, LessonText, LocaleContent, LocaleMeta, SOURCE_LOCALE};
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

pub use crate::content::{LocaleStatus, SOURCE_LOCALE as FALLBACK_LOCALE};
pub use fluent_bundle::FluentValue;

type Bundle = FluentBundle<Arc<FluentResource>>;

/// Shown if a message is missing from every locale, which the content check prevents.
const LAST_RESORT_TEXT: &str = "…";

/// Other names browsers and systems use for languages SafeSteps has.
const ALIASES: &[(&str, &str)] = &[("tl", "fil")];

/// The locale codes to use, best first, ending in English: the user's choice (if any) leads,
/// then the system or browser languages; tags nothing matches are skipped.
pub fn negotiate(catalog: &Catalog, choice: Option<&str>, system: &[String]) -> Vec<String> {
    let available: Vec<LanguageIdentifier> = catalog.locales().iter().map(|l| l.language.clone()).collect();
    let requested: Vec<LanguageIdentifier> =
        choice.into_iter().chain(system.iter().map(String::as_str)).filter_map(parse_requested).collect();
    let default: LanguageIdentifier = SOURCE_LOCALE.parse().expect("\"en\" is a valid language tag");
    let chosen = negotiate_languages(&requested, &available, Some(&default), NegotiationStrategy::Filtering);
    let mut codes: Vec<String> = Vec::new();
    for language in chosen {
        let code = language.to_string();
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    // Fallback always ends in the source locale, even if a caller asked for it first.
    codes.retain(|code| code != SOURCE_LOCALE);
    codes.push(SOURCE_LOCALE.to_owned());
    codes
}

fn parse_requested(tag: &str) -> Option<LanguageIdentifier> {
    // Browsers may send "en_US" or "*"; the POSIX form is common on desktops.
    let tag = tag.trim().replace('_', "-");
    let mut language: LanguageIdentifier = tag.parse().ok()?;
    if let Some((_, to)) = ALIASES.iter().find(|(from, _)| language.language.as_str() == *from) {
        language.language = to.parse().ok()?;
    }
    Some(language)
}

/// A locale's bundles: its UI and each of its lessons (every lesson file is its own bundle,
/// so lessons can use the same short message ids).
struct LocaleBundles {
    meta: LocaleMeta,
    ui: Option<Bundle>,
    lessons: HashMap<String, Bundle>,
    /// Its lesson texts come in a pack that was not given (yet): lessons fall back to English.
    awaiting_pack: bool,
}

impl LocaleBundles {
    fn new(locale: &LocaleContent, pack: Option<&LessonPack>) -> Self {
        let bundle = |resource: &Arc<FluentResource>| {
            let mut bundle = FluentBundle::new(vec![locale.language.clone()]);
            // Isolation marks stay on: they keep numbers and names the right way round in
            // right-to-left text.
            bundle.add_builtins().expect("builtins are added once to a new bundle");
            // Validation rejects duplicate ids, so an error here only repeats a reported one.
            let _ = bundle.add_resource(Arc::clone(resource));
            bundle
        };
        let lessons = match pack.filter(|_| locale.lessons_in_pack) {
            Some(pack) => &pack.lessons,
            None => &locale.lessons,
        };
        LocaleBundles {
            meta: locale.meta.clone(),
            ui: locale.ui.as_ref().map(|file| bundle(&file.resource)),
            lessons: lessons.iter().map(|(id, file)| (id.clone(), bundle(&file.resource))).collect(),
            awaiting_pack: locale.lessons_in_pack && pack.is_none(),
        }
    }
}

/// Turns message ids into text in the negotiated locale, falling back along the chain.
pub struct Localizer {
    chain: Vec<LocaleBundles>,
    choice: Option<String>,
}

impl Localizer {
    /// For the user's choice (if any) and the system languages.
    pub fn new(catalog: &Catalog, choice: Option<&str>, system: &[String]) -> Self {
        Localizer::with_packs(catalog, choice, system, &BTreeMap::new())
    }

    /// The same, with the lesson packs read so far (keyed by locale code) for locales whose
    /// lesson texts are not in this build.
    pub fn with_packs(
        catalog: &Catalog,
        choice: Option<&str>,
        system: &[String],
        packs: &BTreeMap<String, std::rc::Rc<LessonPack>>,
    ) -> Self {
        let codes = negotiate(catalog, choice, system);
        let chain = codes
            .iter()
            .filter_map(|code| catalog.locale(code))
            .map(|locale| LocaleBundles::new(locale, packs.get(&locale.meta.code).map(|pack| &**pack)))
            .collect();
        Localizer { chain, choice: choice.map(str::to_owned) }
    }

    /// The language the user chose, if any, as it was given.
    pub fn choice(&self) -> Option<&str> {
        self.choice.as_deref()
    }

    /// Locales in the chain whose lesson texts come in a pack not given yet, best first.
    pub fn missing_packs(&self) -> Vec<&str> {
        self.chain.iter().filter(|bundles| bundles.awaiting_pack).map(|bundles| bundles.meta.code.as_str()).collect()
    }

    /// The locale in use: the first of the chain.
    pub fn locale(&self) -> Option<&LocaleMeta> {
        self.chain.first().map(|bundles| &bundles.meta)
    }

    /// The locale codes in fallback order.
    pub fn chain(&self) -> Vec<&str> {
        self.chain.iter().map(|bundles| bundles.meta.code.as_str()).collect()
    }

    /// For the page's `lang` attribute.
    pub fn language_tag(&self) -> &str {
        self.locale().map_or(SOURCE_LOCALE, |meta| meta.code.as_str())
    }

    /// For the page's `dir` attribute.
    pub fn direction(&self) -> Direction {
        self.locale().map_or(Direction::Ltr, |meta| meta.direction)
    }

    /// A UI message.
    pub fn ui(&self, id: &str) -> String {
        self.ui_with(id, None)
    }

    /// A UI message with variables.
    pub fn ui_with(&self, id: &str, args: Option<&FluentArgs>) -> String {
        self.find(|bundles| bundles.ui.as_ref(), id, None, args)
    }

    /// A piece of lesson text.
    pub fn lesson(&self, text: &LessonText) -> String {
        self.find(|bundles| bundles.lessons.get(&text.lesson), &text.message, text.attribute, None)
    }

    /// Whether the first locale has this lesson text itself (not through fallback).
    pub fn has_own_lesson_text(&self, text: &LessonText) -> bool {
        self.chain
            .first()
            .and_then(|bundles| bundles.lessons.get(&text.lesson))
            .is_some_and(|bundle| pattern_of(bundle, &text.message, text.attribute).is_some())
    }

    fn find<'b>(
        &'b self,
        bundle_of: impl Fn(&'b LocaleBundles) -> Option<&'b Bundle>,
        id: &str,
        attribute: Option<&str>,
        args: Option<&FluentArgs>,
    ) -> String {
        for bundles in &self.chain {
            let Some(bundle) = bundle_of(bundles) else { continue };
            if let Some(pattern) = pattern_of(bundle, id, attribute) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, args, &mut errors);
                // A formatting error (say, a variable not passed) still gives readable text;
                // the content check and the tests keep the ids and variables right.
                return text.into_owned();
            }
        }
        if id != "text-missing" {
            return self.ui("text-missing");
        }
        LAST_RESORT_TEXT.to_owned()
    }
}

fn pattern_of<'b>(
    bundle: &'b Bundle,
    id: &str,
    attribute: Option<&str>,
) -> Option<&'b fluent_syntax::ast::Pattern<&'b str>> {
    let message = bundle.get_message(id)?;
    match attribute {
        None => message.value(),
        Some(name) => message.get_attribute(name).map(|attribute| attribute.value()),
    }
}
