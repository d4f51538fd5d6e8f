//! The content tool for authors and translators: `check` validates every lesson and locale and
//! lists each problem with its file and place; `coverage` shows how much each locale translates.
//! It reads the files on disk (the project root by default), so it checks what the next build
//! will embed, without waiting for one.

use safesteps::content::coverage::coverage;
use safesteps::content::guide;
use safesteps::content::report::summarize;
use safesteps::content::{Catalog, ContentFiles};
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage: safesteps-content <command> [--root DIR]

commands:
  check      validate every lesson and locale; list every problem and exit 1 if there is any
  coverage   show, per locale, the share of English messages translated (UI and lessons)
  report     per band: lessons, cards, questions, question kinds, hardest-reading card and question

options:
  --root DIR   the project folder holding lessons/ and locales/ (default: the current folder)";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut command = None;
    let mut root = PathBuf::from(".");
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--root" => match args.next() {
                Some(dir) => root = PathBuf::from(dir),
                None => return usage_error("--root needs a folder"),
            },
            "-h" | "--help" | "help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other if command.is_none() && !other.starts_with('-') => command = Some(other.to_owned()),
            other => return usage_error(&format!("unexpected argument `{other}`")),
        }
    }
    if !root.join("lessons").is_dir() || !root.join("locales").is_dir() {
        return usage_error(&format!("{} has no lessons/ and locales/ folders", root.display()));
    }
    let files = ContentFiles::from_dir(&root);
    match command.as_deref() {
        Some("check") => check(&files, &root),
        Some("coverage") => print_coverage(&files),
        Some("report") => print_report(&files),
        Some(other) => usage_error(&format!("unknown command `{other}`")),
        None => usage_error("no command given"),
    }
}

fn usage_error(problem: &str) -> ExitCode {
    eprintln!("safesteps-content: {problem}\n\n{USAGE}");
    ExitCode::from(2)
}

fn check(files: &ContentFiles, root: &std::path::Path) -> ExitCode {
    let (catalog, mut errors) = Catalog::build(files);
    errors.extend(check_help_directory(&catalog, root));
    let lessons = catalog.lessons().len();
    let locales = catalog.locales().len();
    let file_count = files.files.len();
    for row in coverage(&catalog).iter().filter(|row| row.ui.percent() < 100 || row.lessons.percent() < 100) {
        let missing = (row.ui.total - row.ui.translated) + (row.lessons.total - row.lessons.translated);
        let total = row.ui.total + row.lessons.total;
        println!(
            "note: {} ({}) shows English for {missing} of {total} messages; see `safesteps-content coverage`",
            row.code,
            row.status.id()
        );
    }
    if errors.is_empty() {
        println!("content check: {lessons} lessons, {locales} locales, {file_count} files: no problems");
        return ExitCode::SUCCESS;
    }
    println!("content check: {} problem(s) in {file_count} files:\n", errors.len());
    let mut current_file = "";
    for error in &errors {
        if error.file != current_file {
            current_file = &error.file;
            println!("{current_file}");
        }
        println!("  {error}");
    }
    ExitCode::FAILURE
}

/// The help directory beside the lessons, if the folder has one: valid, and every country named
/// in English.
fn check_help_directory(catalog: &Catalog, root: &std::path::Path) -> Vec<safesteps::content::ContentError> {
    use safesteps::help::{DIRECTORY_PATH, Directory};
    let Ok(text) = std::fs::read_to_string(root.join(DIRECTORY_PATH)) else { return Vec::new() };
    let directory = match Directory::parse(DIRECTORY_PATH, &text) {
        Ok(directory) => directory,
        Err(errors) => return errors,
    };
    let english = catalog.source_locale().and_then(|locale| locale.ui.as_ref());
    directory.unnamed_countries(|id| english.is_some_and(|ui| ui.has(id, None)))
}

fn print_coverage(files: &ContentFiles) -> ExitCode {
    let (catalog, errors) = Catalog::build(files);
    let rows = coverage(&catalog);
    let name_width = rows.iter().map(|row| row.name.chars().count()).max().unwrap_or(4).max(4);
    let code_width = rows.iter().map(|row| row.code.len()).max().unwrap_or(6).max(6);
    println!("{:<code_width$}  {:<name_width$}  {:<16}  {:>16}  {:>16}", "locale", "name", "status", "UI", "lessons");
    for row in &rows {
        let cell = |ratio: safesteps::content::coverage::Ratio| {
            format!("{:>3}% ({}/{})", ratio.percent(), ratio.translated, ratio.total)
        };
        println!(
            "{:<code_width$}  {:<name_width$}  {:<16}  {:>16}  {:>16}",
            row.code,
            row.name,
            row.status.id(),
            cell(row.ui),
            cell(row.lessons)
        );
    }
    if !errors.is_empty() {
        eprintln!("\nnote: the content check finds {} problem(s); run `safesteps-content check`", errors.len());
    }
    ExitCode::SUCCESS
}

fn print_report(files: &ContentFiles) -> ExitCode {
    let catalog = match Catalog::load(files) {
        Ok(catalog) => catalog,
        Err(errors) => {
            eprintln!("the content has problems; run `safesteps-content check` first ({} found)", errors.0.len());
            return ExitCode::FAILURE;
        }
    };
    let summaries = summarize(&catalog);
    for summary in &summaries {
        let kinds: Vec<String> = summary.kinds.iter().map(|(kind, count)| format!("{kind} {count}")).collect();
        println!(
            "{}: {} lessons, {} cards, {} questions ({})",
            summary.band.id(),
            summary.lessons,
            summary.cards,
            summary.questions,
            kinds.join(", ")
        );
        let limit = guide::limits(summary.band).max_grade;
        for (what, hardest) in [("card", &summary.hardest_card), ("question", &summary.hardest_question)] {
            if let Some(hardest) = hardest {
                println!(
                    "  hardest {what}: grade {:.1} (limit {limit}), {} in {}",
                    hardest.grade, hardest.message, hardest.lesson
                );
            }
        }
    }
    let questions: usize = summaries.iter().map(|summary| summary.questions).sum();
    let lessons: usize = summaries.iter().map(|summary| summary.lessons).sum();
    println!("library: {lessons} lessons, {questions} questions");
    ExitCode::SUCCESS
}
