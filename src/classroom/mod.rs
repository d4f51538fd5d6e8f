//! Classroom mode's rules, for a trainer with one screen and a whole class: teams and their
//! names, a scoreboard that counts what each team got right and never ranks anyone last,
//! session plans built from lessons of any band with their timing, ready-made plans per band,
//! and the record of a session with its CSV export (team names only, never a child's name).
//! Knows nothing of screens or storage.

use crate::content::{Band, Catalog};
use serde::{Deserialize, Serialize};

pub const MIN_TEAMS: usize = 2;
pub const MAX_TEAMS: usize = 6;
pub const MAX_TEAM_NAME_CHARS: usize = 24;
/// Minutes a plan adds to each lesson for its group discussion.
pub const DISCUSSION_MINUTES: u32 = 5;
/// Minutes a plan adds once, to open and close the session.
pub const OPENING_MINUTES: u32 = 5;
/// The length ready-made plans aim at: one school period.
pub const READY_MADE_MINUTES: u32 = 45;

/// Why a set of teams cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TeamsProblem {
    TooFew,
    TooMany,
    /// A name (by position) is empty or too long.
    BadName(usize),
    /// A name (by position) is the same as an earlier one.
    SameName(usize),
}

impl std::fmt::Display for TeamsProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TeamsProblem::TooFew => write!(f, "a session needs at least {MIN_TEAMS} teams"),
            TeamsProblem::TooMany => write!(f, "a session has at most {MAX_TEAMS} teams"),
            TeamsProblem::BadName(index) => {
                write!(f, "team {} needs a name of 1 to {MAX_TEAM_NAME_CHARS} characters", index + 1)
            }
            TeamsProblem::SameName(index) => write!(f, "team {} has the same name as another team", index + 1),
        }
    }
}

/// 2 to 6 teams with distinct names of 1 to 24 characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "Vec<String>", into = "Vec<String>")]
pub struct Teams {
    names: Vec<String>,
}

impl Teams {
    pub fn new(names: &[String]) -> Result<Teams, TeamsProblem> {
        if names.len() < MIN_TEAMS {
            return Err(TeamsProblem::TooFew);
        }
        if names.len() > MAX_TEAMS {
            return Err(TeamsProblem::TooMany);
        }
        let mut clean: Vec<String> = Vec::with_capacity(names.len());
        for (index, name) in names.iter().enumerate() {
            let name = name.trim();
            if name.is_empty() || name.chars().count() > MAX_TEAM_NAME_CHARS || name.chars().any(char::is_control) {
                return Err(TeamsProblem::BadName(index));
            }
            if clean.iter().any(|earlier| earlier.to_lowercase() == name.to_lowercase()) {
                return Err(TeamsProblem::SameName(index));
            }
            clean.push(name.to_owned());
        }
        Ok(Teams { names: clean })
    }

    pub fn names(&self) -> &[String] {
        &self.names
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

impl TryFrom<Vec<String>> for Teams {
    type Error = TeamsProblem;

    fn try_from(names: Vec<String>) -> Result<Self, Self::Error> {
        Teams::new(&names)
    }
}

impl From<Teams> for Vec<String> {
    fn from(teams: Teams) -> Self {
        teams.names
    }
}

/// Which teams got one question right, as the trainer taps them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionResult {
    pub lesson: String,
    pub question: String,
    /// One entry per team, in team order.
    pub right: Vec<bool>,
}

/// Every team's answers so far in a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scoreboard {
    pub teams: Teams,
    pub results: Vec<QuestionResult>,
}

impl Scoreboard {
    pub fn new(teams: Teams) -> Scoreboard {
        Scoreboard { teams, results: Vec::new() }
    }

    fn result_mut(&mut self, lesson: &str, question: &str) -> &mut QuestionResult {
        let position = self.results.iter().position(|result| result.lesson == lesson && result.question == question);
        let index = match position {
            Some(index) => index,
            None => {
                let right = vec![false; self.teams.len()];
                self.results.push(QuestionResult { lesson: lesson.to_owned(), question: question.to_owned(), right });
                self.results.len() - 1
            }
        };
        &mut self.results[index]
    }

    /// Notes that a question was put to the class, so it counts even if no team got it.
    pub fn asked(&mut self, lesson: &str, question: &str) {
        self.result_mut(lesson, question);
    }

    /// Marks a team right or not on a question; a team number out of range changes nothing.
    pub fn set(&mut self, lesson: &str, question: &str, team: usize, right: bool) {
        if team < self.teams.len() {
            self.result_mut(lesson, question).right[team] = right;
        }
    }

    /// Flips a team's mark on a question (a tap, or the team's number key).
    pub fn toggle(&mut self, lesson: &str, question: &str, team: usize) {
        let now = self.is_right(lesson, question, team);
        self.set(lesson, question, team, !now);
    }

    pub fn is_right(&self, lesson: &str, question: &str, team: usize) -> bool {
        self.results
            .iter()
            .find(|result| result.lesson == lesson && result.question == question)
            .and_then(|result| result.right.get(team).copied())
            .unwrap_or(false)
    }

    /// Points per team, in team order (one per question right).
    pub fn points(&self) -> Vec<u32> {
        self.points_where(|_| true)
    }

    /// Points per team for one lesson.
    pub fn lesson_points(&self, lesson: &str) -> Vec<u32> {
        self.points_where(|result| result.lesson == lesson)
    }

    fn points_where(&self, keep: impl Fn(&QuestionResult) -> bool) -> Vec<u32> {
        let mut points = vec![0; self.teams.len()];
        for result in self.results.iter().filter(|result| keep(result)) {
            for (team, right) in result.right.iter().enumerate() {
                points[team] += u32::from(*right);
            }
        }
        points
    }
}

/// A session: lessons in the order they will be run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionPlan {
    pub name: String,
    pub lessons: Vec<String>,
}

/// Why a plan cannot be saved or run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanProblem {
    NoName,
    NoLessons,
    UnknownLesson(String),
}

impl SessionPlan {
    pub fn check(&self, catalog: &Catalog) -> Result<(), PlanProblem> {
        if self.name.trim().is_empty() {
            return Err(PlanProblem::NoName);
        }
        if self.lessons.is_empty() {
            return Err(PlanProblem::NoLessons);
        }
        match self.lessons.iter().find(|id| catalog.lesson(id).is_none()) {
            Some(unknown) => Err(PlanProblem::UnknownLesson(unknown.clone())),
            None => Ok(()),
        }
    }

    /// Minutes per lesson (its own estimate plus a discussion) and in all (plus an opening).
    pub fn timing(&self, catalog: &Catalog) -> PlanTiming {
        let per_lesson: Vec<u32> = self
            .lessons
            .iter()
            .filter_map(|id| catalog.lesson(id))
            .map(|lesson| lesson.minutes + DISCUSSION_MINUTES)
            .collect();
        let total = OPENING_MINUTES + per_lesson.iter().sum::<u32>();
        PlanTiming { per_lesson, total }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanTiming {
    pub per_lesson: Vec<u32>,
    pub total: u32,
}

/// Ready-made plans, one per band: its lessons in curriculum order, as many as fit a school
/// period (at least one), then the rest in further parts.
pub fn ready_made_plans(catalog: &Catalog) -> Vec<(Band, SessionPlan)> {
    let mut plans = Vec::new();
    for band in Band::ALL {
        let mut part: Vec<String> = Vec::new();
        let mut minutes = OPENING_MINUTES;
        let mut number = 1;
        let lessons: Vec<_> = catalog.lessons_in(band).collect();
        for (index, lesson) in lessons.iter().enumerate() {
            let cost = lesson.minutes + DISCUSSION_MINUTES;
            if !part.is_empty() && minutes + cost > READY_MADE_MINUTES {
                plans.push((band, SessionPlan { name: format!("{}-{number}", band.id()), lessons: part }));
                part = Vec::new();
                minutes = OPENING_MINUTES;
                number += 1;
            }
            part.push(lesson.id.clone());
            minutes += cost;
            if index + 1 == lessons.len() {
                plans.push((band, SessionPlan { name: format!("{}-{number}", band.id()), lessons: part.clone() }));
            }
        }
    }
    plans
}

/// What happened in a session, kept on the device for the trainer's report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// When the session ended, `YYYY-MM-DD`.
    pub date: String,
    pub plan: SessionPlan,
    pub scoreboard: Scoreboard,
}

impl SessionRecord {
    /// One row per team and lesson, then one per team for the whole session:
    /// `date,plan,team,lesson,questions,right`. Team names only; fields quoted where needed.
    pub fn to_csv(&self) -> String {
        let mut csv = String::from("date,plan,team,lesson,questions,right\n");
        let questions_in = |lesson: &str| {
            self.scoreboard.results.iter().filter(|result| lesson.is_empty() || result.lesson == lesson).count()
        };
        for (team_index, team) in self.scoreboard.teams.names().iter().enumerate() {
            for lesson in &self.plan.lessons {
                let right = self.scoreboard.lesson_points(lesson)[team_index];
                let (count, right) = (questions_in(lesson).to_string(), right.to_string());
                push_row(&mut csv, &[&self.date, &self.plan.name, team, lesson, &count, &right]);
            }
            let total = self.scoreboard.points()[team_index];
            let (count, total) = (questions_in("").to_string(), total.to_string());
            push_row(&mut csv, &[&self.date, &self.plan.name, team, "all", &count, &total]);
        }
        csv
    }
}

fn push_row(csv: &mut String, fields: &[&str]) {
    let quoted: Vec<String> = fields.iter().map(|field| csv_field(field)).collect();
    csv.push_str(&quoted.join(","));
    csv.push('\n');
}

/// RFC 4180 quoting; a leading `=`, `+`, `-` or `@` is prefixed with `'` so a spreadsheet never
/// runs a team name as a formula.
fn csv_field(field: &str) -> String {
    let safe = if field.starts_with(['=', '+', '-', '@']) { format!("'{field}") } else { field.to_owned() };
    if safe.contains([',', '"', '\n', '\r']) { format!("\"{}\"", safe.replace('"', "\"\"")) } else { safe }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn teams(names: &[&str]) -> Result<Teams, TeamsProblem> {
        Teams::new(&names.iter().map(|name| (*name).to_owned()).collect::<Vec<_>>())
    }

    #[test]
    fn two_to_six_distinct_named_teams() {
        assert_eq!(teams(&["Lions"]), Err(TeamsProblem::TooFew));
        assert_eq!(teams(&["a", "b", "c", "d", "e", "f", "g"]), Err(TeamsProblem::TooMany));
        assert_eq!(teams(&["Lions", " "]), Err(TeamsProblem::BadName(1)));
        assert_eq!(teams(&["Lions", "lions "]), Err(TeamsProblem::SameName(1)));
        assert_eq!(teams(&["Lions", &"x".repeat(25)]), Err(TeamsProblem::BadName(1)));
        assert_eq!(teams(&[" Lions ", "Owls"]).unwrap().names(), ["Lions", "Owls"]);
    }

    #[test]
    fn the_scoreboard_counts_taps_per_team_and_lesson() {
        let mut board = Scoreboard::new(teams(&["Lions", "Owls", "Bees"]).unwrap());
        board.toggle("a", "q1", 0);
        board.toggle("a", "q1", 2);
        board.toggle("a", "q2", 2);
        board.toggle("b", "q1", 1);
        board.toggle("b", "q1", 1); // tapped twice: undone
        board.set("b", "q2", 0, true);
        board.set("b", "q2", 9, true); // no tenth team: ignored
        assert_eq!(board.points(), [2, 0, 2]);
        assert_eq!(board.lesson_points("a"), [1, 0, 2]);
        assert_eq!(board.lesson_points("b"), [1, 0, 0]);
        assert!(board.is_right("a", "q2", 2) && !board.is_right("b", "q1", 1));
    }

    #[test]
    fn csv_lists_each_team_per_lesson_and_in_all_safely_quoted() {
        let mut board = Scoreboard::new(teams(&["Lions, the", "=SUM(A1)"]).unwrap());
        board.asked("a", "q0");
        board.set("a", "q1", 0, true);
        board.set("a", "q2", 1, true);
        board.set("b", "q1", 0, true);
        let plan = SessionPlan { name: "Week 1".into(), lessons: vec!["a".into(), "b".into()] };
        let record = SessionRecord { date: "2026-11-23".into(), plan, scoreboard: board };
        assert_eq!(
            record.to_csv(),
            "date,plan,team,lesson,questions,right\n\
             2026-11-23,Week 1,\"Lions, the\",a,3,1\n\
             2026-11-23,Week 1,\"Lions, the\",b,1,1\n\
             2026-11-23,Week 1,\"Lions, the\",all,4,2\n\
             2026-11-23,Week 1,'=SUM(A1),a,3,1\n\
             2026-11-23,Week 1,'=SUM(A1),b,1,0\n\
             2026-11-23,Week 1,'=SUM(A1),all,4,1\n"
        );
    }
}
