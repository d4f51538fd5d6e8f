//! Schema versions, one stepwise migration each, applied in order inside a transaction and
//! recorded in `PRAGMA user_version`. A migration, once released, is never edited: a change is a
//! new step, tested from every older version.

use rusqlite::Connection;

pub struct Migration {
    pub version: i64,
    pub name: &'static str,
    pub sql: &'static str,
}

pub const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        name: "profiles",
        sql: "
            CREATE TABLE profile (
                id INTEGER PRIMARY KEY,
                nickname TEXT NOT NULL,
                avatar TEXT NOT NULL,
                audience TEXT NOT NULL,
                locale TEXT NOT NULL,
                created_at INTEGER NOT NULL
            ) STRICT;
        ",
    },
    Migration {
        version: 2,
        name: "learning record: lesson runs and every answer",
        sql: "
            CREATE TABLE lesson_run (
                id INTEGER PRIMARY KEY,
                profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
                lesson_id TEXT NOT NULL,
                started_at INTEGER NOT NULL,
                finished_at INTEGER,
                question_count INTEGER,
                score INTEGER,
                first_try_correct INTEGER,
                hints_used INTEGER,
                mastered INTEGER CHECK (mastered IN (0, 1))
            ) STRICT;
            CREATE INDEX lesson_run_by_profile ON lesson_run (profile_id, lesson_id);
            CREATE TABLE attempt (
                id INTEGER PRIMARY KEY,
                run_id INTEGER NOT NULL REFERENCES lesson_run(id) ON DELETE CASCADE,
                question_id TEXT NOT NULL,
                try_number INTEGER NOT NULL CHECK (try_number >= 1),
                answer TEXT NOT NULL,
                correct INTEGER NOT NULL CHECK (correct IN (0, 1)),
                hints_used INTEGER NOT NULL,
                recorded_at INTEGER NOT NULL
            ) STRICT;
            CREATE INDEX attempt_by_run ON attempt (run_id);
        ",
    },
    Migration {
        version: 3,
        name: "device settings: language, text size, motion, the profile in use",
        sql: "
            CREATE TABLE setting (
                key TEXT PRIMARY KEY,
                value TEXT NOT NULL
            ) STRICT;
        ",
    },
    Migration {
        version: 4,
        name: "safety circle: the trusted grown-ups a child names, in their order",
        sql: "
            CREATE TABLE trusted_adult (
                profile_id INTEGER NOT NULL REFERENCES profile(id) ON DELETE CASCADE,
                position INTEGER NOT NULL CHECK (position >= 0),
                name TEXT NOT NULL,
                PRIMARY KEY (profile_id, position)
            ) STRICT;
        ",
    },
    Migration {
        version: 5,
        name: "undo for 30 days: profiles deleted and lesson runs reset are marked, not removed",
        sql: "
            ALTER TABLE profile ADD COLUMN deleted_at INTEGER;
            ALTER TABLE lesson_run ADD COLUMN discarded_at INTEGER;
        ",
    },
    Migration {
        version: 6,
        name: "classroom: a trainer's session plans and the record of each session held",
        sql: "
            CREATE TABLE session_plan (
                id INTEGER PRIMARY KEY,
                plan TEXT NOT NULL,
                saved_at INTEGER NOT NULL
            ) STRICT;
            CREATE TABLE session_record (
                id INTEGER PRIMARY KEY,
                record TEXT NOT NULL,
                held_at INTEGER NOT NULL
            ) STRICT;
        ",
    },
];

/// The schema version this build writes.
pub const LATEST_VERSION: i64 = MIGRATIONS.len() as i64;

pub fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
}

/// Applies every migration above the database's version, up to `target`, each in its own
/// transaction so a failure leaves the database at the last good version.
pub fn upgrade_to(conn: &mut Connection, target: i64) -> rusqlite::Result<()> {
    let current = user_version(conn)?;
    for migration in MIGRATIONS.iter().filter(|m| m.version > current && m.version <= target) {
        let transaction = conn.transaction()?;
        transaction.execute_batch(migration.sql)?;
        transaction.pragma_update(None, "user_version", migration.version)?;
        transaction.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_consecutive_from_one() {
        for (index, migration) in MIGRATIONS.iter().enumerate() {
            assert_eq!(migration.version, index as i64 + 1, "{}", migration.name);
        }
    }
}
