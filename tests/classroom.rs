//! Classroom mode's engine on the real library and a real SQLite store: plan timing, the
//! ready-made plans per band, and plans and session records kept on the device.

use safesteps::classroom::{
    DISCUSSION_MINUTES, OPENING_MINUTES, PlanProblem, READY_MADE_MINUTES, Scoreboard, SessionPlan, SessionRecord,
    Teams, ready_made_plans,
};
use safesteps::content::{Band, Catalog};
use safesteps::store::{Store, StoreError};

fn catalog() -> &'static Catalog {
    Catalog::embedded().expect("the library loads")
}

#[test]
fn a_plan_takes_its_lessons_minutes_plus_discussion_and_an_opening() {
    let plan = SessionPlan {
        name: "Mixed".into(),
        lessons: vec!["explorers-my-private-info".into(), "teens-sextortion-what-to-do".into()],
    };
    assert_eq!(plan.check(catalog()), Ok(()));
    let minutes: Vec<u32> = plan.lessons.iter().map(|id| catalog().lesson(id).unwrap().minutes).collect();
    let timing = plan.timing(catalog());
    assert_eq!(timing.per_lesson, [minutes[0] + DISCUSSION_MINUTES, minutes[1] + DISCUSSION_MINUTES]);
    assert_eq!(timing.total, OPENING_MINUTES + timing.per_lesson.iter().sum::<u32>());

    assert_eq!(
        SessionPlan { name: " ".into(), lessons: plan.lessons.clone() }.check(catalog()),
        Err(PlanProblem::NoName)
    );
    assert_eq!(SessionPlan { name: "x".into(), lessons: vec![] }.check(catalog()), Err(PlanProblem::NoLessons));
    assert_eq!(
        SessionPlan { name: "x".into(), lessons: vec!["no-such".into()] }.check(catalog()),
        Err(PlanProblem::UnknownLesson("no-such".into()))
    );
}

#[test]
fn ready_made_plans_cover_each_band_in_order_within_a_school_period() {
    let plans = ready_made_plans(catalog());
    for band in Band::ALL {
        let in_band: Vec<&SessionPlan> = plans.iter().filter(|(b, _)| *b == band).map(|(_, plan)| plan).collect();
        let covered: Vec<String> = in_band.iter().flat_map(|plan| plan.lessons.clone()).collect();
        let library: Vec<String> = catalog().lessons_in(band).map(|lesson| lesson.id.clone()).collect();
        assert_eq!(covered, library, "{band:?}: every lesson once, in order");
        for plan in in_band {
            let timing = plan.timing(catalog());
            assert!(
                timing.total <= READY_MADE_MINUTES || plan.lessons.len() == 1,
                "{}: {} min",
                plan.name,
                timing.total
            );
            assert_eq!(plan.check(catalog()), Ok(()));
        }
    }
}

#[test]
fn plans_and_session_records_are_kept_on_the_device() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("progress.db");
    let plan = SessionPlan { name: "Week 1".into(), lessons: vec!["navigators-block-and-report".into()] };
    let teams = Teams::new(&["Lions".to_owned(), "Owls".to_owned(), "Bees".to_owned()]).unwrap();
    let mut board = Scoreboard::new(teams);
    board.set("navigators-block-and-report", "q1", 1, true);
    let record = SessionRecord { date: "2026-11-23".into(), plan: plan.clone(), scoreboard: board };
    let (plan_id, other_id) = {
        let mut store = Store::open(&path, 0).unwrap().store;
        let id = store.save_plan(None, &plan, 1).unwrap();
        let other =
            store.save_plan(None, &SessionPlan { name: "Week 2".into(), lessons: plan.lessons.clone() }, 2).unwrap();
        let renamed = SessionPlan { name: "Week 1 (new)".into(), ..plan.clone() };
        assert_eq!(store.save_plan(Some(id), &renamed, 3).unwrap(), id);
        store.save_session(&record, 4).unwrap();
        (id, other)
    };
    let mut store = Store::open(&path, 0).unwrap().store;
    let plans = store.plans().unwrap();
    assert_eq!(
        plans.iter().map(|(id, plan)| (*id, plan.name.as_str())).collect::<Vec<_>>(),
        [(plan_id, "Week 1 (new)"), (other_id, "Week 2")]
    );
    store.delete_plan(other_id).unwrap();
    assert_eq!(store.plans().unwrap().len(), 1);
    let sessions = store.sessions().unwrap();
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0].1, record);
    assert!(matches!(store.save_plan(Some(999), &plan, 5), Err(StoreError::BadStoredValue { .. })));
}
