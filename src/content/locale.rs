//! A locale's metadata file, `locales/<code>/locale.json`: its name in its own language, text
//! direction, translation status and who translated it, so the language picker can be honest.

use serde::{Deserialize, Serialize};

pub const LOCALE_FORMAT: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    /// The value of an HTML `dir` attribute.
    pub fn html(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// How far a locale can be trusted; shown in the language picker unless `Complete`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum LocaleStatus {
    /// Every message translated and reviewed by a native speaker.
    Complete,
    /// Every message translated, not yet reviewed by a native speaker.
    MachineAssisted,
    /// Some messages missing; those show in English.
    Partial,
}

impl LocaleStatus {
    pub fn id(self) -> &'static str {
        match self {
            LocaleStatus::Complete => "complete",
            LocaleStatus::MachineAssisted => "machine-assisted",
            LocaleStatus::Partial => "partial",
        }
    }

    /// Whether every message must be present (a missing one is then a content error).
    pub fn requires_every_message(self) -> bool {
        !matches!(self, LocaleStatus::Partial)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleMeta {
    pub format: u32,
    /// BCP 47 tag, the same as the folder name (`en`, `pt-BR`, `fil`).
    pub code: String,
    /// The language's name in itself ("Español", "Kiswahili").
    pub name: String,
    pub direction: Direction,
    pub status: LocaleStatus,
    /// Who or what translated it, for reviewers.
    pub translated_by: String,
    /// Messages that are right to read exactly as in English (a name, a word the language
    /// borrows), so the check for untranslated text lets them pass.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub same_as_english: Vec<String>,
}
