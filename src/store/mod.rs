//! The progress store, and the only module with SQL: profiles, every recorded answer, lesson
//! runs, and what is derived from them (lesson status, the review queue), in SQLite. It guards
//! what is already saved: a database from a newer app is refused untouched, a corrupt file is
//! moved aside (never deleted), and each answer is its own transaction.

pub mod migrations;
pub mod requests;

use crate::classroom::{SessionPlan, SessionRecord};
use crate::progress::backup::{AttemptBackup, BACKUP_APP, BACKUP_FORMAT, Backup, ProfileBackup, RunBackup};
use crate::progress::{
    Audience, LessonProgress, LessonStatus, NewAttempt, NewProfile, Profile, ProfileError, ProfileId, ReviewItem,
    RunId, RunSummary, SafetyCircle, Timestamp,
};
pub use crate::progress::{DeletedProfile, UNDO_DAYS, UNDO_WINDOW};
use migrations::{LATEST_VERSION, upgrade_to, user_version};
use rusqlite::{Connection, ErrorCode, OptionalExtension, Row, params};
use std::fmt;
use std::path::{Path, PathBuf};

/// Something the app should tell the user after opening.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OpenNotice {
    /// The database could not be read; it was kept at `moved_to` and a fresh one started.
    RecoveredFromCorruption { moved_to: PathBuf },
}

/// Settings that belong to the device rather than to a profile.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum DeviceSetting {
    /// The language chosen in the picker (a locale code).
    Language,
    /// The text size step (a number).
    TextSize,
    /// "on" or "off".
    ReducedMotion,
    /// The id of the profile in use.
    CurrentProfile,
    /// How hard the grown-ups' gate is (`standard` or `harder`).
    GateLevel,
    /// The country whose helplines Help shows: an ISO 3166 code, or `other`.
    Country,
}

impl DeviceSetting {
    fn key(self) -> &'static str {
        match self {
            DeviceSetting::Language => "language",
            DeviceSetting::TextSize => "text-size",
            DeviceSetting::ReducedMotion => "reduced-motion",
            DeviceSetting::CurrentProfile => "current-profile",
            DeviceSetting::Country => "country",
            DeviceSetting::GateLevel => "gate-level",
        }
    }
}

#[derive(Debug)]
pub struct Opened {
    pub store: Store,
    pub notice: Option<OpenNotice>,
}

#[derive(Debug)]
pub enum StoreError {
    /// Written by a newer SafeSteps; left exactly as it was.
    NewerVersion {
        found: i64,
        supported: i64,
    },
    Sqlite {
        during: &'static str,
        source: rusqlite::Error,
    },
    /// Moving a corrupt database aside failed; nothing was deleted.
    MoveAside {
        path: PathBuf,
        source: std::io::Error,
    },
    InvalidProfile(ProfileError),
    UnknownProfile(ProfileId),
    UnknownRun(RunId),
    /// A backup profile is already on this device (same nickname and creation time).
    AlreadyOnDevice {
        nickname: String,
    },
    /// A stored value this version cannot read (hand-edited or damaged row).
    BadStoredValue {
        table: &'static str,
        id: i64,
        problem: String,
    },
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::NewerVersion { found, supported } => write!(
                f,
                "the progress database was saved by a newer SafeSteps (schema {found}; this one reads up to {supported}); \
                 update the app. The database was not changed."
            ),
            StoreError::Sqlite { during, source } => write!(f, "SQLite failed while {during}: {source}"),
            StoreError::MoveAside { path, source } => {
                write!(f, "could not move the unreadable database {} aside: {source}", path.display())
            }
            StoreError::InvalidProfile(error) => write!(f, "profile not saved: {error}"),
            StoreError::UnknownProfile(id) => write!(f, "there is no profile {}", id.0),
            StoreError::UnknownRun(id) => write!(f, "there is no lesson run {}", id.0),
            StoreError::AlreadyOnDevice { nickname } => {
                write!(f, "the backup's profile \"{nickname}\" is already on this device; nothing was imported")
            }
            StoreError::BadStoredValue { table, id, problem } => {
                write!(f, "{table} row {id} cannot be read: {problem}")
            }
        }
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StoreError::Sqlite { source, .. } => Some(source),
            StoreError::MoveAside { source, .. } => Some(source),
            StoreError::InvalidProfile(error) => Some(error),
            _ => None,
        }
    }
}

type Result<T> = std::result::Result<T, StoreError>;

/// Wraps rusqlite errors with what the store was doing.
trait During<T> {
    fn during(self, what: &'static str) -> Result<T>;
}

impl<T> During<T> for rusqlite::Result<T> {
    fn during(self, during: &'static str) -> Result<T> {
        self.map_err(|source| StoreError::Sqlite { during, source })
    }
}

/// How the web platform's storage keeps writes.
#[cfg(target_arch = "wasm32")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrowserDurability {
    /// Origin-private files: every commit is durable.
    Full,
    /// IndexedDB mirror: commits are written back shortly after; the last may be lost if the
    /// tab dies. Its VFS accepts only `synchronous=OFF` and writes back at every commit.
    Relaxed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sync {
    Full,
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    Off,
}

enum OpenFailure {
    Corrupt,
    Fatal(StoreError),
}

fn is_corruption(error: &rusqlite::Error) -> bool {
    matches!(error.sqlite_error_code(), Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt))
}

#[derive(Debug)]
pub struct Store {
    conn: Connection,
}

impl Store {
    /// Opens (or creates) the database at `path` and brings its schema up to date. `now` names
    /// the aside copy if the file turns out to be corrupt.
    pub fn open(path: &Path, now: Timestamp) -> Result<Opened> {
        match Store::try_open(path) {
            Ok(store) => Ok(Opened { store, notice: None }),
            Err(OpenFailure::Fatal(error)) => Err(error),
            Err(OpenFailure::Corrupt) => {
                let moved_to = move_aside(path, now)?;
                match Store::try_open(path) {
                    Ok(store) => Ok(Opened { store, notice: Some(OpenNotice::RecoveredFromCorruption { moved_to }) }),
                    Err(OpenFailure::Fatal(error)) => Err(error),
                    Err(OpenFailure::Corrupt) => Err(StoreError::Sqlite {
                        during: "creating a fresh database after moving a corrupt one aside",
                        source: rusqlite::Error::InvalidPath(path.to_owned()),
                    }),
                }
            }
        }
    }

    /// A database that lives only as long as the app: the last resort, and for tests.
    pub fn open_in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory().during("opening an in-memory database")?;
        Store::prepare(conn, Sync::Full).map_err(|failure| match failure {
            OpenFailure::Fatal(error) => error,
            OpenFailure::Corrupt => unreachable!("a new in-memory database cannot be corrupt"),
        })
    }

    /// Opens (or creates) `name` in the browser's SQLite file system, the one VFS the web
    /// platform registered as default. There are no files to move aside there: a corrupt
    /// database is reported and left as it is, so the caller can fall back without losing it.
    #[cfg(target_arch = "wasm32")]
    pub fn open_in_browser(name: &str, durability: BrowserDurability) -> Result<Store> {
        let conn = Connection::open(name).during("opening the progress database")?;
        let sync = match durability {
            BrowserDurability::Full => Sync::Full,
            BrowserDurability::Relaxed => Sync::Off,
        };
        Store::prepare(conn, sync).map_err(|failure| match failure {
            OpenFailure::Fatal(error) => error,
            OpenFailure::Corrupt => StoreError::Sqlite {
                during: "checking the saved progress (it is damaged and was left untouched)",
                source: rusqlite::Error::SqliteFailure(rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CORRUPT), None),
            },
        })
    }

    fn try_open(path: &Path) -> std::result::Result<Store, OpenFailure> {
        let conn = Connection::open(path).during("opening the progress database").map_err(OpenFailure::Fatal)?;
        Store::prepare(conn, Sync::Full)
    }

    fn prepare(mut conn: Connection, sync: Sync) -> std::result::Result<Store, OpenFailure> {
        let classify = |during: &'static str| {
            move |source: rusqlite::Error| {
                if is_corruption(&source) {
                    OpenFailure::Corrupt
                } else {
                    OpenFailure::Fatal(StoreError::Sqlite { during, source })
                }
            }
        };
        // Read the version before writing anything: a newer app's file must stay as it was.
        let found = user_version(&conn).map_err(classify("reading the schema version"))?;
        if found > LATEST_VERSION {
            return Err(OpenFailure::Fatal(StoreError::NewerVersion { found, supported: LATEST_VERSION }));
        }
        let verdict: String =
            conn.query_row("PRAGMA quick_check", [], |row| row.get(0)).map_err(classify("checking the database"))?;
        if verdict != "ok" {
            return Err(OpenFailure::Corrupt);
        }
        conn.busy_timeout(std::time::Duration::from_secs(5)).map_err(classify("setting the busy timeout"))?;
        conn.pragma_update(None, "foreign_keys", true).map_err(classify("turning on foreign keys"))?;
        #[cfg(not(target_arch = "wasm32"))]
        {
            // WAL: readers never block the writer, and a crash mid-write loses nothing committed.
            let _mode: String = conn
                .pragma_update_and_check(None, "journal_mode", "WAL", |row| row.get(0))
                .map_err(classify("turning on write-ahead logging"))?;
            conn.pragma_update(None, "synchronous", "FULL").map_err(classify("setting synchronous writes"))?;
        }
        if sync == Sync::Off {
            conn.pragma_update(None, "synchronous", "OFF").map_err(classify("setting relaxed writes"))?;
        }
        upgrade_to(&mut conn, LATEST_VERSION).map_err(classify("upgrading the schema"))?;
        Ok(Store { conn })
    }

    /// A device setting, as last saved; `None` if it was never set.
    pub fn setting(&self, key: DeviceSetting) -> Result<Option<String>> {
        self.conn
            .query_row("SELECT value FROM setting WHERE key = ?1", [key.key()], |row| row.get(0))
            .optional()
            .during("reading a setting")
    }

    pub fn set_setting(&mut self, key: DeviceSetting, value: &str) -> Result<()> {
        self.conn
            .execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key.key(), value],
            )
            .during("saving a setting")?;
        Ok(())
    }

    pub fn schema_version(&self) -> Result<i64> {
        user_version(&self.conn).during("reading the schema version")
    }

    pub fn create_profile(&mut self, profile: &NewProfile, at: Timestamp) -> Result<Profile> {
        let profile = profile.validated().map_err(StoreError::InvalidProfile)?;
        self.conn
            .execute(
                "INSERT INTO profile (nickname, avatar, audience, locale, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![profile.nickname, profile.avatar, profile.audience.id(), profile.locale, at],
            )
            .during("saving a profile")?;
        let id = ProfileId(self.conn.last_insert_rowid());
        Ok(Profile {
            id,
            nickname: profile.nickname,
            avatar: profile.avatar,
            audience: profile.audience,
            locale: profile.locale,
            created_at: at,
        })
    }

    /// Every profile, oldest first.
    pub fn profiles(&self) -> Result<Vec<Profile>> {
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT id, nickname, avatar, audience, locale, created_at FROM profile WHERE deleted_at IS NULL
                 ORDER BY created_at, id",
            )
            .during("listing profiles")?;
        let rows = statement.query_map([], read_profile).during("listing profiles")?;
        rows.map(|row| row.during("listing profiles")?).collect()
    }

    pub fn profile(&self, id: ProfileId) -> Result<Profile> {
        self.conn
            .query_row(
                "SELECT id, nickname, avatar, audience, locale, created_at FROM profile WHERE id = ?1 AND deleted_at IS NULL",
                [id.0],
                read_profile,
            )
            .optional()
            .during("reading a profile")?
            .ok_or(StoreError::UnknownProfile(id))?
    }

    /// Deletes a profile so that it can be restored for `UNDO_DAYS` days: it leaves every list
    /// at once, and its progress and safety circle stay until `purge_expired` runs after that.
    pub fn delete_profile(&mut self, id: ProfileId, at: Timestamp) -> Result<()> {
        self.profile(id)?;
        self.conn
            .execute("UPDATE profile SET deleted_at = ?1 WHERE id = ?2", params![at, id.0])
            .during("deleting a profile")?;
        Ok(())
    }

    /// Profiles deleted less than `UNDO_DAYS` days before `now`, most recent first.
    pub fn deleted_profiles(&self, now: Timestamp) -> Result<Vec<DeletedProfile>> {
        const DURING: &str = "listing deleted profiles";
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT id, nickname, avatar, audience, locale, created_at, deleted_at FROM profile
                 WHERE deleted_at IS NOT NULL AND deleted_at > ?1 ORDER BY deleted_at DESC, id",
            )
            .during(DURING)?;
        let rows = statement
            .query_map([now - UNDO_WINDOW], |row| {
                let deleted_at: Timestamp = row.get(6)?;
                Ok(read_profile(row)?.map(|profile| DeletedProfile {
                    profile,
                    deleted_at,
                    restorable_until: deleted_at + UNDO_WINDOW,
                }))
            })
            .during(DURING)?;
        rows.map(|row| row.during(DURING)?).collect()
    }

    /// Brings a deleted profile back with everything it had, if its undo time has not run out.
    pub fn restore_profile(&mut self, id: ProfileId, now: Timestamp) -> Result<Profile> {
        let changed = self
            .conn
            .execute(
                "UPDATE profile SET deleted_at = NULL WHERE id = ?1 AND deleted_at IS NOT NULL AND deleted_at > ?2",
                params![id.0, now - UNDO_WINDOW],
            )
            .during("restoring a profile")?;
        if changed == 0 {
            return Err(StoreError::UnknownProfile(id));
        }
        self.profile(id)
    }

    /// Sets a profile's lessons back to not started; undoable for `UNDO_DAYS` days.
    pub fn reset_progress(&mut self, id: ProfileId, at: Timestamp) -> Result<()> {
        self.profile(id)?;
        self.conn
            .execute(
                "UPDATE lesson_run SET discarded_at = ?1 WHERE profile_id = ?2 AND discarded_at IS NULL",
                params![at, id.0],
            )
            .during("resetting progress")?;
        Ok(())
    }

    /// When the profile's last reset can still be undone: the time of that reset.
    pub fn undoable_reset(&self, id: ProfileId, now: Timestamp) -> Result<Option<Timestamp>> {
        self.profile(id)?;
        self.conn
            .query_row(
                "SELECT MAX(discarded_at) FROM lesson_run WHERE profile_id = ?1 AND discarded_at > ?2",
                params![id.0, now - UNDO_WINDOW],
                |row| row.get(0),
            )
            .during("reading the last reset")
    }

    /// Undoes the profile's last reset (the runs it set aside come back); `false` if there is
    /// none left to undo.
    pub fn undo_reset(&mut self, id: ProfileId, now: Timestamp) -> Result<bool> {
        let Some(reset_at) = self.undoable_reset(id, now)? else { return Ok(false) };
        self.conn
            .execute(
                "UPDATE lesson_run SET discarded_at = NULL WHERE profile_id = ?1 AND discarded_at = ?2",
                params![id.0, reset_at],
            )
            .during("undoing a reset")?;
        Ok(true)
    }

    /// Removes for good what was deleted or reset more than `UNDO_DAYS` days before `now`;
    /// returns how many profiles and lesson runs went.
    pub fn purge_expired(&mut self, now: Timestamp) -> Result<(usize, usize)> {
        const DURING: &str = "removing what can no longer be undone";
        let cutoff = now - UNDO_WINDOW;
        let transaction = self.conn.transaction().during(DURING)?;
        let runs = transaction
            .execute("DELETE FROM lesson_run WHERE discarded_at IS NOT NULL AND discarded_at <= ?1", [cutoff])
            .during(DURING)?;
        let profiles = transaction
            .execute("DELETE FROM profile WHERE deleted_at IS NOT NULL AND deleted_at <= ?1", [cutoff])
            .during(DURING)?;
        transaction.commit().during(DURING)?;
        Ok((profiles, runs))
    }

    /// Saves a trainer's session plan (a new one, or over `id`); returns its id.
    pub fn save_plan(&mut self, id: Option<i64>, plan: &SessionPlan, at: Timestamp) -> Result<i64> {
        let json = serde_json::to_string(plan).expect("a plan is plain JSON");
        match id {
            Some(id) => {
                let changed = self
                    .conn
                    .execute("UPDATE session_plan SET plan = ?1, saved_at = ?2 WHERE id = ?3", params![json, at, id])
                    .during("saving a session plan")?;
                if changed == 0 {
                    return Err(StoreError::BadStoredValue {
                        table: "session_plan",
                        id,
                        problem: "no such plan".into(),
                    });
                }
                Ok(id)
            }
            None => {
                self.conn
                    .execute("INSERT INTO session_plan (plan, saved_at) VALUES (?1, ?2)", params![json, at])
                    .during("saving a session plan")?;
                Ok(self.conn.last_insert_rowid())
            }
        }
    }

    /// The saved plans, most recently saved first.
    pub fn plans(&self) -> Result<Vec<(i64, SessionPlan)>> {
        self.read_json_rows("SELECT id, plan FROM session_plan ORDER BY saved_at DESC, id DESC", "session_plan")
    }

    pub fn delete_plan(&mut self, id: i64) -> Result<()> {
        self.conn.execute("DELETE FROM session_plan WHERE id = ?1", [id]).during("deleting a session plan")?;
        Ok(())
    }

    /// Keeps the record of a session held; returns its id.
    pub fn save_session(&mut self, record: &SessionRecord, at: Timestamp) -> Result<i64> {
        let json = serde_json::to_string(record).expect("a session record is plain JSON");
        self.conn
            .execute("INSERT INTO session_record (record, held_at) VALUES (?1, ?2)", params![json, at])
            .during("keeping a session record")?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Sessions held, most recent first.
    pub fn sessions(&self) -> Result<Vec<(i64, SessionRecord)>> {
        self.read_json_rows("SELECT id, record FROM session_record ORDER BY held_at DESC, id DESC", "session_record")
    }

    fn read_json_rows<T: serde::de::DeserializeOwned>(&self, sql: &str, table: &'static str) -> Result<Vec<(i64, T)>> {
        let mut statement = self.conn.prepare_cached(sql).during("reading classroom records")?;
        let rows: Vec<(i64, String)> = statement
            .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))
            .and_then(Iterator::collect)
            .during("reading classroom records")?;
        rows.into_iter()
            .map(|(id, json)| {
                serde_json::from_str(&json).map(|value| (id, value)).map_err(|error| StoreError::BadStoredValue {
                    table,
                    id,
                    problem: error.to_string(),
                })
            })
            .collect()
    }

    /// The profile's safety circle, in the order the child wrote it.
    pub fn safety_circle(&self, id: ProfileId) -> Result<SafetyCircle> {
        self.profile(id)?;
        let mut statement = self
            .conn
            .prepare_cached("SELECT name FROM trusted_adult WHERE profile_id = ?1 ORDER BY position")
            .during("reading a safety circle")?;
        let names = statement
            .query_map([id.0], |row| row.get::<_, String>(0))
            .and_then(Iterator::collect::<rusqlite::Result<Vec<String>>>)
            .during("reading a safety circle")?;
        SafetyCircle::try_from(names).map_err(|problem| StoreError::BadStoredValue {
            table: "trusted_adult",
            id: id.0,
            problem: problem.to_string(),
        })
    }

    /// Replaces the profile's safety circle in one transaction.
    pub fn set_safety_circle(&mut self, id: ProfileId, circle: &SafetyCircle) -> Result<()> {
        const DURING: &str = "saving a safety circle";
        self.profile(id)?;
        let transaction = self.conn.transaction().during(DURING)?;
        transaction.execute("DELETE FROM trusted_adult WHERE profile_id = ?1", [id.0]).during(DURING)?;
        insert_safety_circle(&transaction, id.0, circle, DURING)?;
        transaction.commit().during(DURING)?;
        Ok(())
    }

    pub fn set_profile_locale(&mut self, id: ProfileId, locale: &str) -> Result<()> {
        let mut changed = self.profile(id)?;
        changed.locale = locale.to_owned();
        let checked = NewProfile {
            nickname: changed.nickname,
            avatar: changed.avatar,
            audience: changed.audience,
            locale: changed.locale,
        }
        .validated()
        .map_err(StoreError::InvalidProfile)?;
        self.conn
            .execute("UPDATE profile SET locale = ?1 WHERE id = ?2", params![checked.locale, id.0])
            .during("changing a profile's language")?;
        Ok(())
    }

    /// Starts a lesson run: the lesson now shows as in progress.
    pub fn start_run(&mut self, profile: ProfileId, lesson: &str, at: Timestamp) -> Result<RunId> {
        self.profile(profile)?;
        self.conn
            .execute(
                "INSERT INTO lesson_run (profile_id, lesson_id, started_at) VALUES (?1, ?2, ?3)",
                params![profile.0, lesson, at],
            )
            .during("starting a lesson")?;
        Ok(RunId(self.conn.last_insert_rowid()))
    }

    /// Saves one answer, in its own transaction, as soon as it is given.
    pub fn record_attempt(&mut self, run: RunId, attempt: &NewAttempt, at: Timestamp) -> Result<()> {
        let answer = serde_json::to_string(&attempt.answer).expect("answers are plain JSON values");
        let transaction = self.conn.transaction().during("recording an answer")?;
        {
            let mut insert = transaction
                .prepare_cached(
                    "INSERT INTO attempt (run_id, question_id, try_number, answer, correct, hints_used, recorded_at)
                     SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 WHERE EXISTS (SELECT 1 FROM lesson_run WHERE id = ?1)",
                )
                .during("recording an answer")?;
            let inserted = insert
                .execute(params![
                    run.0,
                    attempt.question,
                    attempt.try_number,
                    answer,
                    attempt.correct,
                    attempt.hints_used,
                    at
                ])
                .during("recording an answer")?;
            if inserted == 0 {
                return Err(StoreError::UnknownRun(run));
            }
        }
        transaction.commit().during("recording an answer")
    }

    pub fn finish_run(&mut self, run: RunId, summary: &RunSummary, at: Timestamp) -> Result<()> {
        let changed = self
            .conn
            .execute(
                "UPDATE lesson_run SET finished_at = ?2, question_count = ?3, score = ?4, first_try_correct = ?5,
                 hints_used = ?6, mastered = ?7 WHERE id = ?1",
                params![
                    run.0,
                    at,
                    summary.question_count,
                    summary.score,
                    summary.first_try_correct,
                    summary.hints_used,
                    summary.mastered
                ],
            )
            .during("finishing a lesson")?;
        if changed == 0 { Err(StoreError::UnknownRun(run)) } else { Ok(()) }
    }

    /// Each lesson the profile has started, with the best status it has reached.
    pub fn lesson_progress(&self, profile: ProfileId) -> Result<Vec<LessonProgress>> {
        let mut statement = self
            .conn
            .prepare_cached(
                "SELECT lesson_id,
                        MAX(finished_at IS NOT NULL),
                        COALESCE(MAX(mastered), 0),
                        MAX(COALESCE(finished_at, started_at)),
                        (SELECT score FROM lesson_run best WHERE best.profile_id = run.profile_id
                            AND best.lesson_id = run.lesson_id AND best.finished_at IS NOT NULL
                            AND best.discarded_at IS NULL
                            ORDER BY score DESC, finished_at DESC LIMIT 1),
                        (SELECT question_count FROM lesson_run best WHERE best.profile_id = run.profile_id
                            AND best.lesson_id = run.lesson_id AND best.finished_at IS NOT NULL
                            AND best.discarded_at IS NULL
                            ORDER BY score DESC, finished_at DESC LIMIT 1)
                 FROM lesson_run run WHERE profile_id = ?1 AND discarded_at IS NULL
                 GROUP BY lesson_id ORDER BY lesson_id",
            )
            .during("reading lesson progress")?;
        let rows = statement
            .query_map([profile.0], |row| {
                let finished: bool = row.get(1)?;
                let mastered: bool = row.get(2)?;
                let score: Option<u32> = row.get(4)?;
                let count: Option<u32> = row.get(5)?;
                Ok(LessonProgress {
                    lesson: row.get(0)?,
                    status: LessonStatus::from_runs(true, finished, mastered),
                    best_score: score.zip(count),
                    last_activity: row.get(3)?,
                })
            })
            .during("reading lesson progress")?;
        rows.collect::<rusqlite::Result<_>>().during("reading lesson progress")
    }

    /// Questions whose newest first try was not right, oldest miss first.
    pub fn review_queue(&self, profile: ProfileId) -> Result<Vec<ReviewItem>> {
        let mut statement = self
            .conn
            .prepare_cached(
                "WITH first_tries AS (
                    SELECT run.lesson_id, attempt.question_id, attempt.correct, attempt.recorded_at,
                           ROW_NUMBER() OVER (PARTITION BY run.lesson_id, attempt.question_id
                                              ORDER BY attempt.recorded_at DESC, attempt.id DESC) AS newest
                    FROM attempt JOIN lesson_run run ON run.id = attempt.run_id
                    WHERE run.profile_id = ?1 AND run.discarded_at IS NULL AND attempt.try_number = 1)
                 SELECT lesson_id, question_id, recorded_at FROM first_tries
                 WHERE newest = 1 AND correct = 0 ORDER BY recorded_at, lesson_id, question_id",
            )
            .during("reading the review queue")?;
        let rows = statement
            .query_map([profile.0], |row| {
                Ok(ReviewItem { lesson: row.get(0)?, question: row.get(1)?, missed_at: row.get(2)? })
            })
            .during("reading the review queue")?;
        rows.collect::<rusqlite::Result<_>>().during("reading the review queue")
    }

    /// Every profile with its runs and answers.
    pub fn export_backup(&self, at: Timestamp) -> Result<Backup> {
        let mut profiles = Vec::new();
        for profile in self.profiles()? {
            profiles.push(ProfileBackup {
                runs: self.runs_for_backup(profile.id)?,
                safety_circle: self.safety_circle(profile.id)?,
                nickname: profile.nickname,
                avatar: profile.avatar,
                audience: profile.audience,
                locale: profile.locale,
                created_at: profile.created_at,
            });
        }
        Ok(Backup { app: BACKUP_APP.to_owned(), format: BACKUP_FORMAT, exported_at: at, profiles })
    }

    fn runs_for_backup(&self, profile: ProfileId) -> Result<Vec<RunBackup>> {
        const DURING: &str = "exporting lesson runs";
        let mut runs_query = self
            .conn
            .prepare_cached(
                "SELECT id, lesson_id, started_at, finished_at, question_count, score, first_try_correct, hints_used, mastered
                 FROM lesson_run WHERE profile_id = ?1 AND discarded_at IS NULL ORDER BY started_at, id",
            )
            .during(DURING)?;
        let runs: Vec<(i64, RunBackup)> = runs_query
            .query_map([profile.0], |row| {
                let finished_at: Option<Timestamp> = row.get(3)?;
                let summary = match finished_at {
                    Some(_) => Some(RunSummary {
                        question_count: row.get(4)?,
                        score: row.get(5)?,
                        first_try_correct: row.get(6)?,
                        hints_used: row.get(7)?,
                        mastered: row.get(8)?,
                    }),
                    None => None,
                };
                let run = RunBackup {
                    lesson: row.get(1)?,
                    started_at: row.get(2)?,
                    finished_at,
                    summary,
                    attempts: Vec::new(),
                };
                Ok((row.get(0)?, run))
            })
            .during(DURING)?
            .collect::<rusqlite::Result<_>>()
            .during(DURING)?;
        let mut attempts_query = self
            .conn
            .prepare_cached(
                "SELECT id, question_id, try_number, answer, correct, hints_used, recorded_at
                 FROM attempt WHERE run_id = ?1 ORDER BY recorded_at, id",
            )
            .during(DURING)?;
        let mut with_attempts = Vec::with_capacity(runs.len());
        for (run_id, mut run) in runs {
            let rows = attempts_query
                .query_map([run_id], |row| {
                    Ok(StoredAttempt {
                        id: row.get(0)?,
                        question: row.get(1)?,
                        try_number: row.get(2)?,
                        answer: row.get(3)?,
                        correct: row.get(4)?,
                        hints_used: row.get(5)?,
                        recorded_at: row.get(6)?,
                    })
                })
                .during(DURING)?
                .collect::<rusqlite::Result<Vec<_>>>()
                .during(DURING)?;
            for stored in rows {
                run.attempts.push(stored.into_backup()?);
            }
            with_attempts.push(run);
        }
        Ok(with_attempts)
    }

    /// Adds a backup's profiles, all or nothing; returns their new ids. A profile already on
    /// this device (same nickname and creation time) refuses the whole import.
    pub fn import_backup(&mut self, backup: &Backup) -> Result<Vec<ProfileId>> {
        let existing = self.profiles()?;
        for profile in &backup.profiles {
            if existing.iter().any(|p| p.nickname == profile.nickname.trim() && p.created_at == profile.created_at) {
                return Err(StoreError::AlreadyOnDevice { nickname: profile.nickname.clone() });
            }
        }
        const DURING: &str = "importing a backup";
        let transaction = self.conn.transaction().during(DURING)?;
        let mut ids = Vec::new();
        for profile in &backup.profiles {
            let checked = profile.as_new_profile().validated().map_err(StoreError::InvalidProfile)?;
            transaction
                .execute(
                    "INSERT INTO profile (nickname, avatar, audience, locale, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![
                        checked.nickname,
                        checked.avatar,
                        checked.audience.id(),
                        checked.locale,
                        profile.created_at
                    ],
                )
                .during(DURING)?;
            let profile_id = transaction.last_insert_rowid();
            ids.push(ProfileId(profile_id));
            insert_safety_circle(&transaction, profile_id, &profile.safety_circle, DURING)?;
            for run in &profile.runs {
                let summary = run.summary.as_ref();
                transaction
                    .execute(
                        "INSERT INTO lesson_run (profile_id, lesson_id, started_at, finished_at, question_count, score,
                         first_try_correct, hints_used, mastered) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                        params![
                            profile_id,
                            run.lesson,
                            run.started_at,
                            run.finished_at,
                            summary.map(|s| s.question_count),
                            summary.map(|s| s.score),
                            summary.map(|s| s.first_try_correct),
                            summary.map(|s| s.hints_used),
                            summary.map(|s| s.mastered),
                        ],
                    )
                    .during(DURING)?;
                let run_id = transaction.last_insert_rowid();
                for attempt in &run.attempts {
                    let answer = serde_json::to_string(&attempt.answer).expect("answers are plain JSON values");
                    transaction
                        .execute(
                            "INSERT INTO attempt (run_id, question_id, try_number, answer, correct, hints_used, recorded_at)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                            params![
                                run_id,
                                attempt.question,
                                attempt.try_number,
                                answer,
                                attempt.correct,
                                attempt.hints_used,
                                attempt.recorded_at
                            ],
                        )
                        .during(DURING)?;
                }
            }
        }
        transaction.commit().during(DURING)?;
        Ok(ids)
    }
}

/// An attempt row as stored, before its answer JSON is read back.
struct StoredAttempt {
    id: i64,
    question: String,
    try_number: u8,
    answer: String,
    correct: bool,
    hints_used: u32,
    recorded_at: Timestamp,
}

impl StoredAttempt {
    fn into_backup(self) -> Result<AttemptBackup> {
        let answer = serde_json::from_str(&self.answer).map_err(|error| StoreError::BadStoredValue {
            table: "attempt",
            id: self.id,
            problem: format!("answer is not readable JSON: {error}"),
        })?;
        Ok(AttemptBackup {
            question: self.question,
            try_number: self.try_number,
            answer,
            correct: self.correct,
            hints_used: self.hints_used,
            recorded_at: self.recorded_at,
        })
    }
}

/// Writes a profile's safety circle in order, inside the caller's transaction.
fn insert_safety_circle(conn: &Connection, profile: i64, circle: &SafetyCircle, during: &'static str) -> Result<()> {
    for (position, name) in circle.names().iter().enumerate() {
        conn.execute(
            "INSERT INTO trusted_adult (profile_id, position, name) VALUES (?1, ?2, ?3)",
            params![profile, position as i64, name],
        )
        .during(during)?;
    }
    Ok(())
}

fn read_profile(row: &Row<'_>) -> rusqlite::Result<Result<Profile>> {
    let id: i64 = row.get(0)?;
    let audience: String = row.get(3)?;
    let Some(audience) = Audience::from_id(&audience) else {
        return Ok(Err(StoreError::BadStoredValue {
            table: "profile",
            id,
            problem: format!("`{audience}` is not an audience"),
        }));
    };
    Ok(Ok(Profile {
        id: ProfileId(id),
        nickname: row.get(1)?,
        avatar: row.get(2)?,
        audience,
        locale: row.get(4)?,
        created_at: row.get(5)?,
    }))
}

/// Renames the database (and its journal files) to `<name>.corrupt-<now>`, keeping every byte
/// for someone who may be able to recover it.
fn move_aside(path: &Path, now: Timestamp) -> Result<PathBuf> {
    let file_name = path.file_name().map(|name| name.to_string_lossy().into_owned()).unwrap_or_default();
    let mut suffix = format!("corrupt-{now}");
    let mut counter = 1;
    while path.with_file_name(format!("{file_name}.{suffix}")).exists() {
        counter += 1;
        suffix = format!("corrupt-{now}-{counter}");
    }
    let target = path.with_file_name(format!("{file_name}.{suffix}"));
    std::fs::rename(path, &target).map_err(|source| StoreError::MoveAside { path: path.to_owned(), source })?;
    for journal in ["-wal", "-shm", "-journal"] {
        let from = path.with_file_name(format!("{file_name}{journal}"));
        if from.exists() {
            let to = path.with_file_name(format!("{file_name}.{suffix}{journal}"));
            std::fs::rename(&from, to).map_err(|source| StoreError::MoveAside { path: from.clone(), source })?;
        }
    }
    Ok(target)
}
