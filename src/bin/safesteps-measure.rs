//! Prints the numbers the core library is held to, measured in-process on this machine: loading
//! and validating the whole embedded catalog, grading one answer, and recording one answer in a
//! file database in WAL mode. Run it in release mode (`scripts/measure`); it judges nothing,
//! it prints min / median / 95th percentile / max against each target.

use safesteps::content::pack::{pack_path, split_for_web};
use safesteps::content::{Catalog, Checks, ContentFiles, Lesson};
use safesteps::progress::{Audience, NewAttempt, NewProfile};
use safesteps::quiz::{Answer, grade, solution};
use safesteps::store::Store;
use std::hint::black_box;
use std::time::{Duration, Instant};

fn main() {
    if cfg!(debug_assertions) {
        eprintln!("note: this is a debug build; run `cargo run --release --bin safesteps-measure` for real numbers");
    }
    let files = ContentFiles::embedded();
    let catalog = match Catalog::load(&files) {
        Ok(catalog) => catalog,
        Err(errors) => {
            eprintln!("{errors}");
            std::process::exit(1);
        }
    };
    let lessons = catalog.lessons().len();
    let locales = catalog.locales().len();
    println!("catalog: {lessons} lessons × {locales} locales, {} files", files.files.len());

    // The app pays the start-up checks on every launch (target 20 ms); authors pay every check
    // once per content-tool run or test (target 100 ms).
    let targets = [
        (Checks::Structure, "app start-up checks", Duration::from_millis(20)),
        (Checks::Authoring, "every authoring check", Duration::from_millis(100)),
    ];
    for (checks, what, target) in targets {
        let samples = sample(60, || {
            let start = Instant::now();
            let loaded = black_box(Catalog::load_with(black_box(&files), checks));
            let elapsed = start.elapsed();
            drop(loaded); // the app keeps its catalog for good: freeing it is not part of loading
            elapsed
        });
        report(&format!("load the whole catalog, {what}"), &samples, target);
    }

    // The web build embeds English lessons only; each other language's lessons come as a pack,
    // read and checked when that language is chosen.
    let (web_files, packs) = split_for_web(files.clone());
    let samples = sample(60, || {
        let start = Instant::now();
        let loaded = black_box(Catalog::load_with(black_box(&web_files), Checks::Structure));
        let elapsed = start.elapsed();
        drop(loaded);
        elapsed
    });
    report("load the web build's catalog (English lessons), app start-up checks", &samples, Duration::from_millis(20));
    match Catalog::load_with(&web_files, Checks::Structure) {
        Ok(web) => {
            for (code, pack) in &packs {
                let json = serde_json::to_string(pack).unwrap_or_default();
                let path = pack_path(code, &pack.version);
                let samples = sample(30, || {
                    let start = Instant::now();
                    let read = black_box(web.read_lesson_pack(&path, black_box(&json), &pack.version));
                    let elapsed = start.elapsed();
                    drop(read);
                    elapsed
                });
                report(
                    &format!("read the {code} lesson pack ({} KiB)", json.len() / 1024),
                    &samples,
                    Duration::from_millis(20),
                );
            }
        }
        Err(errors) => eprintln!("the web build's catalog did not validate:\n{errors}"),
    }

    let answers: Vec<(&Lesson, &safesteps::content::Question, Answer)> = catalog
        .lessons()
        .iter()
        .flat_map(|lesson| lesson.questions.iter().map(move |question| (lesson.as_ref(), question, solution(question))))
        .collect();
    if answers.is_empty() {
        eprintln!("the catalog has no questions to grade");
        std::process::exit(1);
    }
    let batch = 1000;
    let samples = sample(200, || {
        let start = Instant::now();
        for index in 0..batch {
            let (lesson, question, answer) = &answers[index % answers.len()];
            black_box(grade(&lesson.id, question, answer).is_ok());
        }
        start.elapsed() / batch as u32
    });
    report("grade one answer (mean of 1000, all kinds)", &samples, Duration::from_millis(1));

    let dir = std::env::temp_dir().join(format!("safesteps-measure-{}", std::process::id()));
    if let Err(error) = std::fs::create_dir_all(&dir) {
        eprintln!("cannot create {}: {error}", dir.display());
        std::process::exit(1);
    }
    let result = measure_recording(&dir.join("progress.db"), &answers);
    let _ = std::fs::remove_dir_all(&dir);
    match result {
        Ok(samples) => report("record one answer (file, WAL, synchronous=FULL)", &samples, Duration::from_millis(1)),
        Err(error) => {
            eprintln!("recording failed: {error}");
            std::process::exit(1);
        }
    }
}

fn measure_recording(
    path: &std::path::Path,
    answers: &[(&Lesson, &safesteps::content::Question, Answer)],
) -> Result<Vec<Duration>, safesteps::store::StoreError> {
    let mut store = Store::open(path, 0)?.store;
    let child =
        NewProfile { nickname: "Bench".into(), avatar: "fox".into(), audience: Audience::Teens, locale: "en".into() };
    let profile = store.create_profile(&child, 0)?.id;
    let run = store.start_run(profile, &answers[0].0.id, 0)?;
    let mut samples = Vec::new();
    for index in 0..2000 {
        let (_, question, answer) = &answers[index % answers.len()];
        let attempt = NewAttempt {
            question: question.id.clone(),
            try_number: 1,
            answer: answer.clone(),
            correct: true,
            hints_used: 0,
        };
        let start = Instant::now();
        store.record_attempt(run, &attempt, index as i64)?;
        samples.push(start.elapsed());
    }
    Ok(samples)
}

fn sample(runs: usize, mut once: impl FnMut() -> Duration) -> Vec<Duration> {
    once(); // warm-up
    (0..runs).map(|_| once()).collect()
}

fn report(what: &str, samples: &[Duration], target: Duration) {
    let mut sorted = samples.to_vec();
    sorted.sort();
    let at = |fraction: f64| sorted[((sorted.len() - 1) as f64 * fraction).round() as usize];
    println!(
        "{what}: min {} · median {} · p95 {} · max {}  (target ≤ {}, n={})",
        show(sorted[0]),
        show(at(0.5)),
        show(at(0.95)),
        show(sorted[sorted.len() - 1]),
        show(target),
        sorted.len()
    );
}

fn show(duration: Duration) -> String {
    let micros = duration.as_secs_f64() * 1e6;
    if micros >= 1000.0 { format!("{:.2} ms", micros / 1000.0) } else { format!("{micros:.1} µs") }
}
