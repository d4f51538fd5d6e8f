//! How much of English each locale translates, counted in units a translator works in (a
//! message's value and each of its attributes), UI and lessons apart.

use super::catalog::{Catalog, LocaleContent};
use super::fluent_file::FluentFile;
use super::locale::LocaleStatus;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Ratio {
    pub translated: usize,
    pub total: usize,
}

impl Ratio {
    /// Whole percent, rounded down so that 99.9% never shows as 100%.
    pub fn percent(self) -> usize {
        (self.translated * 100).checked_div(self.total).unwrap_or(100)
    }

    fn add(&mut self, other: Ratio) {
        self.translated += other.translated;
        self.total += other.total;
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageRow {
    pub code: String,
    pub name: String,
    pub status: LocaleStatus,
    pub ui: Ratio,
    pub lessons: Ratio,
}

pub fn coverage(catalog: &Catalog) -> Vec<CoverageRow> {
    let Some(english) = catalog.source_locale() else { return Vec::new() };
    catalog
        .locales()
        .iter()
        .map(|locale| {
            let ui = english.ui.as_ref().map_or_else(Ratio::default, |source| covered(source, locale.ui.as_ref()));
            let mut lessons = Ratio::default();
            for (lesson_id, source) in &english.lessons {
                lessons.add(covered(source, locale.lessons.get(lesson_id)));
            }
            row(locale, ui, lessons)
        })
        .collect()
}

fn row(locale: &LocaleContent, ui: Ratio, lessons: Ratio) -> CoverageRow {
    let meta = &locale.meta;
    CoverageRow { code: meta.code.clone(), name: meta.name.clone(), status: meta.status, ui, lessons }
}

fn covered(source: &FluentFile, translated: Option<&FluentFile>) -> Ratio {
    let total = source.unit_count();
    let Some(translated) = translated else { return Ratio { translated: 0, total } };
    let count = source
        .messages
        .iter()
        .flat_map(|(id, message)| message.patterns().map(move |(attribute, _)| (id, attribute)))
        .filter(|(id, attribute)| translated.has(id, *attribute))
        .count();
    Ratio { translated: count, total }
}
