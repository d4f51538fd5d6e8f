//! The progress store on real SQLite files: every migration from every older version, a newer
//! app's database refused untouched, corrupt files moved aside, answers recorded and turned into
//! lesson status and a review queue, and backups that round-trip or fail cleanly.

mod common;

use common::fixture_catalog;
use rusqlite::Connection;
use safesteps::progress::backup::Backup;
use safesteps::progress::{Audience, LessonStatus, NewAttempt, NewProfile, ProfileId, RunSummary, SafetyCircle};
use safesteps::quiz::{Answer, QuizSession, Step};
use safesteps::store::migrations::{LATEST_VERSION, MIGRATIONS, upgrade_to, user_version};
use safesteps::store::{DeviceSetting, OpenNotice, Store, StoreError};
use std::path::{Path, PathBuf};

const T0: i64 = 1_790_000_000_000;

fn temp_db() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("progress.db");
    (dir, path)
}

fn open(path: &Path) -> Store {
    let opened = Store::open(path, T0).expect("opens");
    assert_eq!(opened.notice, None);
    opened.store
}

fn child(nickname: &str) -> NewProfile {
    NewProfile { nickname: nickname.into(), avatar: "fox".into(), audience: Audience::Explorers, locale: "en".into() }
}

/// The schema as SQLite reports it, for comparing an upgraded database with a fresh one.
fn schema(path: &Path) -> Vec<String> {
    let conn = Connection::open(path).unwrap();
    let mut statement = conn
        .prepare("SELECT type || ' ' || name || ': ' || COALESCE(sql, '') FROM sqlite_master ORDER BY type, name")
        .unwrap();
    statement.query_map([], |row| row.get(0)).unwrap().map(Result::unwrap).collect()
}

#[test]
fn a_new_database_is_at_the_latest_version_in_wal_mode() {
    let (_dir, path) = temp_db();
    let store = open(&path);
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
    drop(store);
    let conn = Connection::open(&path).unwrap();
    let mode: String = conn.pragma_query_value(None, "journal_mode", |row| row.get(0)).unwrap();
    assert_eq!(mode, "wal");
}

/// Rows as each version could hold them, written with that version's SQL.
fn seed_version(conn: &Connection, version: i64) {
    if version >= 1 {
        conn.execute(
            "INSERT INTO profile (id, nickname, avatar, audience, locale, created_at) VALUES (7, 'Ana', 'owl', 'teens', 'es', ?1)",
            [T0],
        )
        .unwrap();
    }
    if version >= 2 {
        conn.execute_batch(
            "INSERT INTO lesson_run (id, profile_id, lesson_id, started_at) VALUES (3, 7, 'explorers-fixture', 1);
             INSERT INTO attempt (run_id, question_id, try_number, answer, correct, hints_used, recorded_at)
             VALUES (3, 'pick', 1, '{\"choice\":\"no\"}', 0, 1, 2);",
        )
        .unwrap();
    }
}

#[test]
fn every_older_version_upgrades_to_the_latest_keeping_its_data() {
    let (_fresh_dir, fresh) = temp_db();
    drop(open(&fresh));
    let latest_schema = schema(&fresh);
    for version in 0..LATEST_VERSION {
        let (_dir, path) = temp_db();
        {
            let mut conn = Connection::open(&path).unwrap();
            upgrade_to(&mut conn, version).unwrap();
            assert_eq!(user_version(&conn).unwrap(), version);
            seed_version(&conn, version);
        }
        let store = open(&path);
        assert_eq!(store.schema_version().unwrap(), LATEST_VERSION, "from version {version}");
        let profiles = store.profiles().unwrap();
        if version >= 1 {
            assert_eq!(profiles.len(), 1, "from version {version}");
            assert_eq!((profiles[0].id, profiles[0].nickname.as_str()), (ProfileId(7), "Ana"));
            assert_eq!(profiles[0].audience, Audience::Teens);
        } else {
            assert!(profiles.is_empty());
        }
        if version >= 1 {
            assert!(store.safety_circle(ProfileId(7)).unwrap().is_empty(), "from version {version}");
        }
        if version >= 2 {
            let review = store.review_queue(ProfileId(7)).unwrap();
            assert_eq!(review.len(), 1);
            assert_eq!(store.lesson_progress(ProfileId(7)).unwrap()[0].status, LessonStatus::InProgress);
        }
        drop(store);
        assert_eq!(schema(&path), latest_schema, "schema after upgrading from version {version}");
    }
    assert_eq!(MIGRATIONS.len() as i64, LATEST_VERSION);
}

#[test]
fn a_failed_migration_leaves_the_last_good_version() {
    let (_dir, path) = temp_db();
    let mut conn = Connection::open(&path).unwrap();
    upgrade_to(&mut conn, 1).unwrap();
    // A table in the way makes step 2 fail half-way through its batch.
    conn.execute_batch("CREATE TABLE attempt (x INTEGER)").unwrap();
    assert!(upgrade_to(&mut conn, LATEST_VERSION).is_err());
    assert_eq!(user_version(&conn).unwrap(), 1);
    let runs: i64 =
        conn.query_row("SELECT count(*) FROM sqlite_master WHERE name = 'lesson_run'", [], |r| r.get(0)).unwrap();
    assert_eq!(runs, 0, "the failed step was rolled back whole");
}

#[test]
fn a_database_from_a_newer_app_is_refused_and_left_untouched() {
    let (dir, path) = temp_db();
    {
        let conn = Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE future (x); INSERT INTO future VALUES (42);").unwrap();
        conn.pragma_update(None, "user_version", LATEST_VERSION + 1).unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let error = Store::open(&path, T0).unwrap_err();
    assert!(
        matches!(error, StoreError::NewerVersion { found, supported } if found == LATEST_VERSION + 1 && supported == LATEST_VERSION)
    );
    assert!(error.to_string().contains("newer SafeSteps"), "{error}");
    assert_eq!(std::fs::read(&path).unwrap(), before, "the file was changed");
    let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(names, ["progress.db"], "nothing was moved or added beside it");
}

fn assert_recovered(path: &Path, original: &[u8]) {
    let opened = Store::open(path, T0).expect("opens after moving the file aside");
    let Some(OpenNotice::RecoveredFromCorruption { moved_to }) = opened.notice else {
        panic!("the caller must be told the file was moved aside");
    };
    assert_eq!(moved_to, path.with_file_name(format!("progress.db.corrupt-{T0}")));
    assert_eq!(std::fs::read(&moved_to).unwrap(), original, "every byte kept");
    let mut store = opened.store;
    assert!(store.profiles().unwrap().is_empty());
    store.create_profile(&child("Sam"), T0).unwrap();
    assert_eq!(store.schema_version().unwrap(), LATEST_VERSION);
}

#[test]
fn a_file_that_is_not_a_database_is_moved_aside_and_a_fresh_one_started() {
    let (_dir, path) = temp_db();
    let garbage = b"this is not a database, it is a drawing of a cat ".repeat(100);
    std::fs::write(&path, &garbage).unwrap();
    assert_recovered(&path, &garbage);
}

#[test]
fn a_database_with_damaged_pages_is_moved_aside_and_a_fresh_one_started() {
    let (_dir, path) = temp_db();
    {
        let mut store = open(&path);
        for index in 0..200 {
            store.create_profile(&child(&format!("Child {index}")), T0 + index).unwrap();
        }
    }
    // Fold the WAL into the file, then scribble over everything after the first page.
    Connection::open(&path).unwrap().pragma_update(None, "journal_mode", "DELETE").unwrap();
    let mut bytes = std::fs::read(&path).unwrap();
    assert!(bytes.len() > 8192);
    for byte in &mut bytes[4096..] {
        *byte = 0xA5;
    }
    std::fs::write(&path, &bytes).unwrap();
    assert_recovered(&path, &bytes);
}

#[test]
fn a_second_corruption_does_not_overwrite_the_first_aside_copy() {
    let (_dir, path) = temp_db();
    std::fs::write(
        &path,
        b"first broken file, long enough to be read as a header......................................................",
    )
    .unwrap();
    assert!(Store::open(&path, T0).unwrap().notice.is_some());
    std::fs::remove_file(path.with_file_name("progress.db-wal")).ok();
    std::fs::remove_file(path.with_file_name("progress.db-shm")).ok();
    std::fs::write(
        &path,
        b"second broken file, long enough to be read as a header.....................................................",
    )
    .unwrap();
    let Some(OpenNotice::RecoveredFromCorruption { moved_to }) = Store::open(&path, T0).unwrap().notice else {
        panic!()
    };
    assert_eq!(moved_to, path.with_file_name(format!("progress.db.corrupt-{T0}-2")));
    let first = std::fs::read(path.with_file_name(format!("progress.db.corrupt-{T0}"))).unwrap();
    assert!(first.starts_with(b"first broken file"));
}

#[test]
fn invalid_profiles_are_refused_and_nothing_is_saved() {
    let mut store = Store::open_in_memory().unwrap();
    let error = store.create_profile(&child("   "), T0).unwrap_err();
    assert!(matches!(error, StoreError::InvalidProfile(_)), "{error}");
    assert!(store.profiles().unwrap().is_empty());
    let saved = store.create_profile(&child("  Sam  "), T0).unwrap();
    assert_eq!(saved.nickname, "Sam");
    assert_eq!(store.profile(saved.id).unwrap(), saved);
    assert!(matches!(store.profile(ProfileId(99)), Err(StoreError::UnknownProfile(ProfileId(99)))));
    store.set_profile_locale(saved.id, "sw").unwrap();
    assert_eq!(store.profile(saved.id).unwrap().locale, "sw");
    assert!(store.set_profile_locale(saved.id, "").is_err());
}

/// Plays the fixture lesson: questions whose id is in `wrong_first` are answered wrong first,
/// then right on the retry; every answer is recorded as it is given, as the app does.
fn play(store: &mut Store, profile: ProfileId, wrong_first: &[&str], at: i64) -> RunSummary {
    let catalog = fixture_catalog();
    let lesson = std::sync::Arc::clone(catalog.lesson("explorers-fixture").unwrap());
    let run = store.start_run(profile, &lesson.id, at).unwrap();
    let mut session = QuizSession::new(lesson, 3);
    while matches!(session.step(), Step::Card { .. }) {
        session.advance().unwrap();
    }
    let mut clock = at;
    while let Step::Question(view) = session.step() {
        let question = view.id.to_owned();
        let wrong_now = wrong_first.contains(&question.as_str());
        let solution = safesteps::quiz::solution(session.lesson().question(&question).unwrap());
        let answer = if wrong_now { wrong_answer(&question) } else { solution.clone() };
        clock += 1000;
        let outcome = session.submit(answer).unwrap();
        store.record_attempt(run, &NewAttempt::from(&outcome), clock).unwrap();
        if outcome.can_retry {
            session.retry().unwrap();
            clock += 1000;
            let retry = session.submit(solution).unwrap();
            store.record_attempt(run, &NewAttempt::from(&retry), clock).unwrap();
        }
        session.advance().unwrap();
    }
    let summary = RunSummary::from(&session.result());
    store.finish_run(run, &summary, clock + 1).unwrap();
    summary
}

fn wrong_answer(question: &str) -> Answer {
    match question {
        "pick" => Answer::Choice("no".into()),
        "truth" => Answer::Truth(false),
        "act" => Answer::Choice("reply".into()),
        other => panic!("no wrong answer prepared for {other}"),
    }
}

#[test]
fn answers_become_lesson_status_and_a_review_queue() {
    let mut store = Store::open_in_memory().unwrap();
    let sam = store.create_profile(&child("Sam"), T0).unwrap().id;
    let ana = store.create_profile(&child("Ana"), T0).unwrap().id;
    assert!(store.lesson_progress(sam).unwrap().is_empty());

    let first = play(&mut store, sam, &["pick", "truth"], T0);
    assert_eq!((first.score, first.first_try_correct, first.mastered), (6, 4, false));
    let progress = store.lesson_progress(sam).unwrap();
    assert_eq!(progress.len(), 1);
    assert_eq!((progress[0].status, progress[0].best_score), (LessonStatus::Done, Some((6, 6))));
    let review: Vec<_> = store.review_queue(sam).unwrap().into_iter().map(|item| item.question).collect();
    assert_eq!(review, ["pick", "truth"]);
    assert!(store.review_queue(ana).unwrap().is_empty(), "one child's answers never show for another");

    // Next time "pick" and "truth" are right first time and leave the queue; "act" is newly missed.
    let second = play(&mut store, sam, &["act"], T0 + 100_000);
    assert!(second.mastered);
    let review: Vec<_> = store.review_queue(sam).unwrap().into_iter().map(|item| item.question).collect();
    assert_eq!(review, ["act"]);
    assert_eq!(store.lesson_progress(sam).unwrap()[0].status, LessonStatus::Mastered);

    // A later weaker run does not take mastery away.
    play(&mut store, sam, &["pick", "truth", "act"], T0 + 200_000);
    assert_eq!(store.lesson_progress(sam).unwrap()[0].status, LessonStatus::Mastered);

    // A run started and left is in progress.
    let started = store.start_run(ana, "explorers-fixture", T0).unwrap();
    assert_eq!(store.lesson_progress(ana).unwrap()[0].status, LessonStatus::InProgress);
    let bogus = safesteps::progress::RunId(started.0 + 1000);
    let attempt = NewAttempt {
        question: "pick".into(),
        try_number: 1,
        answer: Answer::Truth(true),
        correct: false,
        hints_used: 0,
    };
    assert!(matches!(store.record_attempt(bogus, &attempt, T0), Err(StoreError::UnknownRun(_))));
    assert!(matches!(store.finish_run(bogus, &first, T0), Err(StoreError::UnknownRun(_))));
    assert!(matches!(store.start_run(ProfileId(999), "explorers-fixture", T0), Err(StoreError::UnknownProfile(_))));
}

#[test]
fn recorded_answers_survive_closing_and_reopening_the_file() {
    let (_dir, path) = temp_db();
    let sam = {
        let mut store = open(&path);
        let sam = store.create_profile(&child("Sam"), T0).unwrap().id;
        play(&mut store, sam, &["pick", "truth"], T0);
        sam
    };
    let store = open(&path);
    assert_eq!(store.lesson_progress(sam).unwrap()[0].status, LessonStatus::Done);
    assert_eq!(store.review_queue(sam).unwrap().len(), 2);
}

fn store_with_history() -> Store {
    let mut store = Store::open_in_memory().unwrap();
    let sam = store.create_profile(&child("Sam"), T0).unwrap().id;
    let teen =
        NewProfile {
            nickname: "Ío 🌙".into(), avatar: "cat".into(), audience: Audience::Teens, locale: "es".into()
        };
    let io = store.create_profile(&teen, T0 + 5).unwrap().id;
    play(&mut store, sam, &["pick", "act"], T0);
    play(&mut store, io, &[], T0 + 10_000);
    store.start_run(io, "explorers-fixture", T0 + 20_000).unwrap();
    store.set_safety_circle(sam, &circle(&["Mum", "Mr Otieno"])).unwrap();
    store
}

#[test]
fn a_backup_round_trips_into_another_device() {
    let source = store_with_history();
    let backup = source.export_backup(T0 + 99).unwrap();
    assert_eq!(backup.profiles.len(), 2);
    assert_eq!(backup.profiles[1].runs.len(), 2);
    assert_eq!(backup.profiles[0].safety_circle.names(), ["Mum", "Mr Otieno"]);
    assert!(backup.profiles[1].safety_circle.is_empty());
    let json = backup.to_json();
    let parsed = Backup::parse(&json).unwrap();
    assert_eq!(parsed, backup);

    let mut target = Store::open_in_memory().unwrap();
    let ids = target.import_backup(&parsed).unwrap();
    assert_eq!(ids.len(), 2);
    let again = target.export_backup(T0 + 99).unwrap();
    assert_eq!(again, backup, "import then export gives the same backup");
    for (source_profile, id) in source.profiles().unwrap().iter().zip(&ids) {
        assert_eq!(target.review_queue(*id).unwrap(), source.review_queue(source_profile.id).unwrap());
        assert_eq!(target.lesson_progress(*id).unwrap(), source.lesson_progress(source_profile.id).unwrap());
    }
}

#[test]
fn importing_a_profile_already_on_the_device_changes_nothing() {
    let mut store = store_with_history();
    let backup = store.export_backup(T0).unwrap();
    let before = store.export_backup(T0).unwrap();
    let error = store.import_backup(&backup).unwrap_err();
    assert!(matches!(&error, StoreError::AlreadyOnDevice { nickname } if nickname == "Sam"), "{error}");
    assert_eq!(store.export_backup(T0).unwrap(), before);
}

#[test]
fn malformed_backups_say_where_they_are_wrong() {
    let good = store_with_history().export_backup(T0).unwrap().to_json();
    let cases: Vec<(String, &str)> = vec![
        (
            "{ \"app\": \"safesteps\", ".to_owned(),
            "backup, line 1 column 22: this is not valid JSON (EOF while parsing a value)",
        ),
        ("not json".to_owned(), "backup, line 1 column 2: this is not valid JSON (expected ident)"),
        (
            good.replacen("\"safesteps\"", "\"other-app\"", 1),
            "backup, at app: is `other-app`; this is not a SafeSteps backup",
        ),
        (good.replacen("\"format\": 1", "\"format\": 9", 1), "backup, at format: is 9; this app reads backup format 1"),
        (
            good.replacen("\"nickname\": \"Sam\"", "\"nickname\": \"\"", 1),
            "backup, at profiles[0]: the nickname is empty",
        ),
        (
            good.replacen("\"audience\": \"explorers\"", "\"audience\": \"pirates\"", 1),
            "at profiles[0].audience: unknown variant `pirates`",
        ),
        (good.replacen("\"try_number\": 1", "\"try_number\": 3", 1), ".try_number: is 3; a question has tries 1 and 2"),
        (good.replacen("\"hints_used\"", "\"hintz_used\"", 1), "unknown field `hintz_used`"),
        (format!("{good} trailing"), ": there is more after the backup's closing brace"),
    ];
    for (text, expected) in cases {
        let error = Backup::parse(&text).unwrap_err().to_string();
        assert!(error.contains(expected), "expected `{expected}` in `{error}`");
    }
}

#[test]
fn device_settings_are_kept_across_reopening_and_overwritten_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.db");
    {
        let mut store = Store::open(&path, T0).unwrap().store;
        assert_eq!(store.setting(DeviceSetting::Language).unwrap(), None);
        store.set_setting(DeviceSetting::Language, "es").unwrap();
        store.set_setting(DeviceSetting::Language, "ar").unwrap();
        store.set_setting(DeviceSetting::TextSize, "2").unwrap();
    }
    let store = Store::open(&path, T0).unwrap().store;
    assert_eq!(store.setting(DeviceSetting::Language).unwrap().as_deref(), Some("ar"));
    assert_eq!(store.setting(DeviceSetting::TextSize).unwrap().as_deref(), Some("2"));
    assert_eq!(store.setting(DeviceSetting::ReducedMotion).unwrap(), None);
}

fn circle(names: &[&str]) -> SafetyCircle {
    SafetyCircle::try_from(names.iter().map(|name| (*name).to_owned()).collect::<Vec<_>>()).expect("a valid circle")
}

#[test]
fn a_safety_circle_is_kept_per_profile_in_order_across_reopening() {
    let (_dir, path) = temp_db();
    let (ana, ben) = {
        let mut store = open(&path);
        let ana = store.create_profile(&child("Ana"), T0).unwrap().id;
        let ben = store.create_profile(&child("Ben"), T0).unwrap().id;
        store.set_safety_circle(ana, &circle(&["Mum", "Ms Wanjiru", "Grandpa"])).unwrap();
        store.set_safety_circle(ana, &circle(&["Ms Wanjiru", "Grandpa"])).unwrap();
        store.set_safety_circle(ben, &circle(&["Dad"])).unwrap();
        (ana, ben)
    };
    let store = open(&path);
    assert_eq!(store.safety_circle(ana).unwrap().names(), ["Ms Wanjiru", "Grandpa"]);
    assert_eq!(store.safety_circle(ben).unwrap().names(), ["Dad"]);
    assert!(matches!(store.safety_circle(ProfileId(99)), Err(StoreError::UnknownProfile(_))));
}

#[test]
fn a_damaged_safety_circle_row_is_reported_not_shown() {
    let (_dir, path) = temp_db();
    let ana = {
        let mut store = open(&path);
        let ana = store.create_profile(&child("Ana"), T0).unwrap().id;
        store.set_safety_circle(ana, &circle(&["Mum"])).unwrap();
        ana
    };
    let conn = Connection::open(&path).unwrap();
    conn.execute("UPDATE trusted_adult SET name = '' WHERE profile_id = ?1", [ana.0]).unwrap();
    drop(conn);
    let store = open(&path);
    let error = store.safety_circle(ana).expect_err("an empty name is not a circle");
    assert!(matches!(error, StoreError::BadStoredValue { table: "trusted_adult", .. }), "{error}");
}

#[test]
fn the_country_for_help_is_a_device_setting() {
    let (_dir, path) = temp_db();
    open(&path).set_setting(DeviceSetting::Country, "KE").unwrap();
    assert_eq!(open(&path).setting(DeviceSetting::Country).unwrap().as_deref(), Some("KE"));
}

const DAY: i64 = 24 * 60 * 60 * 1000;

#[test]
fn a_deleted_profile_leaves_the_lists_and_comes_back_whole_within_thirty_days() {
    let (_dir, path) = temp_db();
    let mut store = open(&path);
    let ana = store.create_profile(&child("Ana"), T0).unwrap().id;
    let ben = store.create_profile(&child("Ben"), T0).unwrap().id;
    play(&mut store, ana, &["pick"], T0);
    store.set_safety_circle(ana, &circle(&["Mum"])).unwrap();
    let progress = store.lesson_progress(ana).unwrap();

    store.delete_profile(ana, T0 + DAY).unwrap();
    assert_eq!(store.profiles().unwrap().iter().map(|p| p.id).collect::<Vec<_>>(), [ben]);
    assert!(matches!(store.profile(ana), Err(StoreError::UnknownProfile(_))));
    let deleted = store.deleted_profiles(T0 + 2 * DAY).unwrap();
    assert_eq!(deleted.len(), 1);
    assert_eq!((deleted[0].profile.id, deleted[0].restorable_until), (ana, T0 + DAY + 30 * DAY));
    drop(store);

    // Reopening (a restart) keeps the undo; restoring brings back progress and circle.
    let mut store = open(&path);
    assert_eq!(store.purge_expired(T0 + 20 * DAY).unwrap(), (0, 0));
    let restored = store.restore_profile(ana, T0 + 29 * DAY).unwrap();
    assert_eq!(restored.nickname, "Ana");
    assert_eq!(store.lesson_progress(ana).unwrap(), progress);
    assert_eq!(store.safety_circle(ana).unwrap().names(), ["Mum"]);
    assert!(store.deleted_profiles(T0 + 29 * DAY).unwrap().is_empty());
}

#[test]
fn after_thirty_days_a_deletion_is_final_and_only_then() {
    let (_dir, path) = temp_db();
    let mut store = open(&path);
    let ana = store.create_profile(&child("Ana"), T0).unwrap().id;
    play(&mut store, ana, &[], T0);
    store.delete_profile(ana, T0).unwrap();
    assert!(matches!(store.restore_profile(ana, T0 + 30 * DAY), Err(StoreError::UnknownProfile(_))));
    assert!(store.deleted_profiles(T0 + 30 * DAY).unwrap().is_empty());
    assert_eq!(store.purge_expired(T0 + 30 * DAY).unwrap(), (1, 0), "one profile, no separately reset run");
    let conn = Connection::open(&path).unwrap();
    let count = |table: &str| -> i64 {
        conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |row| row.get(0)).unwrap()
    };
    assert_eq!((count("profile"), count("lesson_run"), count("attempt")), (0, 0, 0), "its runs and answers go with it");
}

#[test]
fn a_reset_sets_lessons_back_to_not_started_and_can_be_undone() {
    let mut store = Store::open_in_memory().unwrap();
    let ana = store.create_profile(&child("Ana"), T0).unwrap().id;
    play(&mut store, ana, &["pick"], T0);
    let before = (store.lesson_progress(ana).unwrap(), store.review_queue(ana).unwrap());
    assert_eq!(store.undoable_reset(ana, T0).unwrap(), None);

    store.reset_progress(ana, T0 + DAY).unwrap();
    assert!(store.lesson_progress(ana).unwrap().is_empty());
    assert!(store.review_queue(ana).unwrap().is_empty());
    assert!(store.export_backup(T0 + DAY).unwrap().profiles[0].runs.is_empty(), "a backup holds what is current");
    play(&mut store, ana, &[], T0 + 2 * DAY);
    assert_eq!(store.undoable_reset(ana, T0 + 3 * DAY).unwrap(), Some(T0 + DAY));

    assert!(store.undo_reset(ana, T0 + 3 * DAY).unwrap());
    assert_eq!(store.lesson_progress(ana).unwrap().len(), 1);
    assert_eq!(store.export_backup(T0 + 3 * DAY).unwrap().profiles[0].runs.len(), 2, "old run back, new run kept");
    assert!(store.review_queue(ana).unwrap().is_empty(), "the newer right answer still counts");
    assert_eq!(before.1.len(), 1);
    assert!(!store.undo_reset(ana, T0 + 3 * DAY).unwrap(), "nothing left to undo");

    store.reset_progress(ana, T0 + 4 * DAY).unwrap();
    assert!(!store.undo_reset(ana, T0 + 34 * DAY).unwrap(), "too late after thirty days");
    assert_eq!(store.purge_expired(T0 + 34 * DAY).unwrap(), (0, 2));
}

#[test]
fn the_family_view_sees_lessons_and_topics_never_the_answers() {
    use safesteps::progress::family::child_summary;
    let catalog = fixture_catalog();
    let mut store = Store::open_in_memory().unwrap();
    let ana = store.create_profile(&child("Ana"), T0).unwrap().id;
    assert_eq!(child_summary(catalog.lessons(), &[], &[]), Default::default());
    play(&mut store, ana, &["pick"], T0);
    let summary =
        child_summary(catalog.lessons(), &store.lesson_progress(ana).unwrap(), &store.review_queue(ana).unwrap());
    let lesson = catalog.lesson("explorers-fixture").unwrap();
    assert_eq!(summary.done, std::slice::from_ref(&lesson.id));
    let mastered = store.lesson_progress(ana).unwrap()[0].status == LessonStatus::Mastered;
    assert_eq!(summary.mastered.len(), usize::from(mastered));
    assert_eq!(summary.talk_about, std::slice::from_ref(&lesson.topic), "a missed question gives its lesson's topic");
    let shown = format!("{summary:?}");
    assert!(!shown.contains("pick") && !shown.contains("choice"), "no question or answer: {shown}");

    play(&mut store, ana, &[], T0 + 10_000);
    let again =
        child_summary(catalog.lessons(), &store.lesson_progress(ana).unwrap(), &store.review_queue(ana).unwrap());
    assert!(again.talk_about.is_empty(), "answered right since: nothing left to talk about");
}
