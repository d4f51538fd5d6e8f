//! The backup file: every profile on a device with its lesson runs and answers, as JSON a
//! caregiver can keep and bring back. Parsing checks everything before the store touches
//! anything, so a malformed backup changes nothing and says where it is wrong.

use super::{Audience, NewProfile, RunSummary, SafetyCircle, Timestamp};
use crate::quiz::Answer;
use serde::{Deserialize, Serialize};
use std::fmt;

pub const BACKUP_FORMAT: u32 = 1;
/// Marks the file as ours, so a random JSON file is refused with a clear reason.
pub const BACKUP_APP: &str = "safesteps";

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Backup {
    pub app: String,
    pub format: u32,
    pub exported_at: Timestamp,
    pub profiles: Vec<ProfileBackup>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProfileBackup {
    pub nickname: String,
    pub avatar: String,
    pub audience: Audience,
    pub locale: String,
    pub created_at: Timestamp,
    pub runs: Vec<RunBackup>,
    /// Absent in backups from before safety circles, and when the circle is empty.
    #[serde(default, skip_serializing_if = "SafetyCircle::is_empty")]
    pub safety_circle: SafetyCircle,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunBackup {
    pub lesson: String,
    pub started_at: Timestamp,
    pub finished_at: Option<Timestamp>,
    pub summary: Option<RunSummary>,
    pub attempts: Vec<AttemptBackup>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttemptBackup {
    pub question: String,
    pub try_number: u8,
    pub answer: Answer,
    pub correct: bool,
    pub hints_used: u32,
    pub recorded_at: Timestamp,
}

/// Why a backup cannot be used, and where in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BackupError {
    /// JSON path (`profiles[0].nickname`), `(top level)`, or none for a syntax error.
    pub path: Option<String>,
    /// Line and column in the file, when the JSON itself is at fault.
    pub at: Option<(usize, usize)>,
    pub problem: String,
}

impl fmt::Display for BackupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "backup")?;
        if let Some((line, column)) = self.at {
            write!(f, ", line {line} column {column}")?;
        }
        if let Some(path) = &self.path {
            write!(f, ", at {path}")?;
        }
        write!(f, ": {}", self.problem)
    }
}

impl std::error::Error for BackupError {}

impl Backup {
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a backup holds only JSON-safe values")
    }

    /// Parses and checks a backup file's text.
    pub fn parse(text: &str) -> Result<Backup, BackupError> {
        let mut deserializer = serde_json::Deserializer::from_str(text);
        let backup: Backup = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
            let path = match error.path().to_string() {
                unknown if unknown == "?" => None,
                top if top == "." => Some("(top level)".to_owned()),
                path => Some(path),
            };
            let inner = error.into_inner();
            let at = (inner.line() > 0).then(|| (inner.line(), inner.column()));
            let problem = crate::content::validate::serde_problem(&inner);
            if inner.is_syntax() || inner.is_eof() {
                // A path into a file that is not JSON would only confuse.
                return BackupError { path: None, at, problem: format!("this is not valid JSON ({problem})") };
            }
            BackupError { path, at, problem }
        })?;
        deserializer.end().map_err(|error| BackupError {
            path: None,
            at: Some((error.line(), error.column())),
            problem: "there is more after the backup's closing brace".to_owned(),
        })?;
        backup.check()?;
        Ok(backup)
    }

    fn check(&self) -> Result<(), BackupError> {
        let fail = |path: String, problem: String| Err(BackupError { path: Some(path), at: None, problem });
        if self.app != BACKUP_APP {
            return fail("app".into(), format!("is `{}`; this is not a SafeSteps backup", self.app));
        }
        if self.format != BACKUP_FORMAT {
            return fail("format".into(), format!("is {}; this app reads backup format {BACKUP_FORMAT}", self.format));
        }
        for (p, profile) in self.profiles.iter().enumerate() {
            if let Err(error) = profile.as_new_profile().validated() {
                return fail(format!("profiles[{p}]"), error.to_string());
            }
            for (r, run) in profile.runs.iter().enumerate() {
                let at = format!("profiles[{p}].runs[{r}]");
                if !crate::content::validate::is_kebab_id(&run.lesson) {
                    return fail(format!("{at}.lesson"), format!("`{}` is not a lesson id", run.lesson));
                }
                if run.finished_at.is_some() != run.summary.is_some() {
                    return fail(at, "a finished run needs both `finished_at` and `summary`".into());
                }
                for (a, attempt) in run.attempts.iter().enumerate() {
                    if !(1..=crate::quiz::session::MAX_TRIES).contains(&attempt.try_number) {
                        let problem = format!("is {}; a question has tries 1 and 2", attempt.try_number);
                        return fail(format!("{at}.attempts[{a}].try_number"), problem);
                    }
                }
            }
        }
        Ok(())
    }
}

impl ProfileBackup {
    pub fn as_new_profile(&self) -> NewProfile {
        NewProfile {
            nickname: self.nickname.clone(),
            avatar: self.avatar.clone(),
            audience: self.audience,
            locale: self.locale.clone(),
        }
    }
}
