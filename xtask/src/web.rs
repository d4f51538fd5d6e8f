//! Builds the web app: the wasm (release), its JS glue, a smaller wasm through wasm-opt, the
//! page, style sheet, manifest and icons, a service worker that precaches all of it, and brotli
//! and gzip copies of every file for the server to send as they are. Lesson texts in languages
//! other than English go in one pack per language (`packs/`), fetched by the app when chosen.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use wasm_bindgen_cli_support::Bindgen;

#[allow(dead_code)] // shared with the build script and the app, which use the rest
#[path = "../../src/content/pack_files.rs"]
mod pack_files;

const TARGET: &str = "wasm32-unknown-unknown";
/// The name of the glue and the wasm in the folder: `safesteps.js`, `safesteps_bg.wasm`.
const OUT_NAME: &str = "safesteps";
/// The Cargo profile for the web build (smallest code; see Cargo.toml).
const PROFILE: &str = "web";

/// Sizes of what was built, for the closing numbers and budgets.
pub struct Sizes {
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
    pub wasm_raw: u64,
    pub wasm_brotli: u64,
    /// Lesson packs: fetched only for the language in use, so not in the totals above.
    pub packs: u64,
    pub packs_brotli: u64,
    pub largest_pack_brotli: u64,
}

pub fn build(dist: &Path) -> Result<Sizes, String> {
    let root = crate::project_root();
    ensure_wasm_target()?;
    run(
        Command::new(cargo()).current_dir(&root).args([
            "build",
            "--profile",
            PROFILE,
            "--target",
            TARGET,
            "--features",
            "web",
            "--bin",
            "safesteps",
        ]),
        "building the app for the web",
    )?;
    let target_dir = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    let wasm = target_dir.join(TARGET).join(PROFILE).join("safesteps.wasm");

    if dist.exists() {
        fs::remove_dir_all(dist).map_err(|error| format!("cannot clear {}: {error}", dist.display()))?;
    }
    fs::create_dir_all(dist).map_err(|error| format!("cannot create {}: {error}", dist.display()))?;

    println!("== wasm-bindgen");
    let mut bindgen = Bindgen::new();
    bindgen
        .input_path(&wasm)
        .web(true)
        .map_err(|error| format!("wasm-bindgen: {error}"))?
        .omit_default_module_path(false)
        .out_name(OUT_NAME)
        .typescript(false);
    bindgen.generate(dist).map_err(|error| format!("wasm-bindgen on {}: {error}", wasm.display()))?;

    println!("== wasm-opt -Oz");
    let glued = dist.join(format!("{OUT_NAME}_bg.wasm"));
    let wasm_opt = root.join("node_modules").join(".bin").join("wasm-opt");
    if !wasm_opt.exists() {
        return Err(format!("{} is missing: run `npm ci` in the project folder first", wasm_opt.display()));
    }
    run(
        Command::new(&wasm_opt).arg("-Oz").args(WASM_FEATURES).arg(&glued).arg("-o").arg(&glued),
        "shrinking the wasm with wasm-opt",
    )?;

    println!("== page, style, manifest, icons");
    copy_dir(&root.join("assets").join("web"), dist)?;
    copy_dir(&root.join("assets").join("icons"), &dist.join("icons"))?;

    println!("== lesson packs");
    let packs = write_lesson_packs(&root, dist)?;
    println!("{packs} lesson packs written");

    println!("== service worker (workbox)");
    run(
        Command::new("node").arg(root.join("scripts").join("web").join("service-worker.mjs")).arg(dist),
        "generating the service worker",
    )?;

    println!("== brotli and gzip copies");
    let sizes = compress_all(dist)?;
    println!(
        "web bundle (precached, English lessons): {} raw, {} gzip, {} brotli; wasm alone: {} raw, {} brotli",
        kib(sizes.raw),
        kib(sizes.gzip),
        kib(sizes.brotli),
        kib(sizes.wasm_raw),
        kib(sizes.wasm_brotli)
    );
    println!(
        "lesson packs: {} languages, {} brotli in all, largest {} brotli (one is fetched per language in use)",
        sizes.packs,
        kib(sizes.packs_brotli),
        kib(sizes.largest_pack_brotli)
    );
    println!("built {}", dist.display());
    Ok(sizes)
}

/// Writes `packs/<code>.<version>.json` for each language whose lesson texts the web build
/// leaves out, with the comments (notes for translators) taken out. The app checks every pack
/// it reads against English, and the tests check the same files on disk.
fn write_lesson_packs(root: &Path, dist: &Path) -> Result<usize, String> {
    let mut texts: Vec<(String, String)> = Vec::new();
    for path in files_under(&root.join("locales"))? {
        let relative = path.strip_prefix(root).unwrap_or(&path);
        let relative: Vec<_> = relative.components().map(|part| part.as_os_str().to_string_lossy()).collect();
        let relative = relative.join("/");
        if pack_files::separate_lesson_file(&relative).is_some() {
            let text = fs::read_to_string(&path).map_err(|error| format!("cannot read {relative}: {error}"))?;
            texts.push((relative, text));
        }
    }
    let version = pack_files::version(texts.iter().map(|(path, text)| (path.as_str(), text.as_str())));
    let mut packs: BTreeMap<&str, BTreeMap<&str, String>> = BTreeMap::new();
    for (path, text) in &texts {
        let Some((code, lesson)) = pack_files::separate_lesson_file(path) else { continue };
        packs.entry(code).or_default().insert(lesson, pack_files::without_comments(text));
    }
    let folder = dist.join(pack_files::PACK_FOLDER);
    fs::create_dir_all(&folder).map_err(|error| format!("cannot create {}: {error}", folder.display()))?;
    for (code, lessons) in &packs {
        let pack = serde_json::json!({ "format": 1, "code": code, "version": version, "lessons": lessons });
        let target = dist.join(pack_files::pack_path(code, &version));
        fs::write(&target, pack.to_string()).map_err(|error| format!("cannot write {}: {error}", target.display()))?;
    }
    Ok(packs.len())
}

/// What the Rust compiler's wasm target turns on by default, so wasm-opt accepts it.
const WASM_FEATURES: &[&str] = &[
    "--enable-bulk-memory",
    "--enable-mutable-globals",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-reference-types",
    "--enable-multivalue",
];

fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned())
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed = Command::new("rustup").args(["target", "list", "--installed"]).output();
    match installed {
        Ok(output) if String::from_utf8_lossy(&output.stdout).lines().any(|line| line.trim() == TARGET) => Ok(()),
        Ok(_) => run(Command::new("rustup").args(["target", "add", TARGET]), "adding the wasm target"),
        // Without rustup, the toolchain may still have the target; cargo says so if not.
        Err(_) => Ok(()),
    }
}

fn run(command: &mut Command, what: &str) -> Result<(), String> {
    let status =
        command.status().map_err(|error| format!("{what}: cannot start {:?}: {error}", command.get_program()))?;
    if status.success() { Ok(()) } else { Err(format!("{what} failed ({status})")) }
}

fn copy_dir(from: &Path, to: &Path) -> Result<(), String> {
    fs::create_dir_all(to).map_err(|error| format!("cannot create {}: {error}", to.display()))?;
    let entries = fs::read_dir(from).map_err(|error| format!("cannot read {}: {error}", from.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_file() {
            fs::copy(&path, to.join(entry.file_name()))
                .map_err(|error| format!("cannot copy {}: {error}", path.display()))?;
        }
    }
    Ok(())
}

/// Writes `<file>.br` and `<file>.gz` beside each file and adds up the sizes.
fn compress_all(dist: &Path) -> Result<Sizes, String> {
    let mut sizes = Sizes {
        raw: 0,
        gzip: 0,
        brotli: 0,
        wasm_raw: 0,
        wasm_brotli: 0,
        packs: 0,
        packs_brotli: 0,
        largest_pack_brotli: 0,
    };
    let packs = dist.join(pack_files::PACK_FOLDER);
    for path in files_under(dist)? {
        let bytes = fs::read(&path).map_err(|error| format!("cannot read {}: {error}", path.display()))?;
        let mut brotli = Vec::new();
        {
            let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
            brotli::BrotliCompress(&mut bytes.as_slice(), &mut brotli, &params)
                .map_err(|error| format!("brotli on {}: {error}", path.display()))?;
        }
        let mut gzip = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
        gzip.write_all(&bytes).map_err(|error| format!("gzip on {}: {error}", path.display()))?;
        let gzip = gzip.finish().map_err(|error| format!("gzip on {}: {error}", path.display()))?;
        if path.starts_with(&packs) {
            sizes.packs += 1;
            sizes.packs_brotli += brotli.len() as u64;
            sizes.largest_pack_brotli = sizes.largest_pack_brotli.max(brotli.len() as u64);
        } else {
            sizes.raw += bytes.len() as u64;
            sizes.gzip += gzip.len() as u64;
            sizes.brotli += brotli.len() as u64;
        }
        if path.extension().is_some_and(|extension| extension == "wasm") {
            sizes.wasm_raw += bytes.len() as u64;
            sizes.wasm_brotli += brotli.len() as u64;
        }
        let with_suffix = |suffix: &str| {
            let mut name = path.as_os_str().to_owned();
            name.push(suffix);
            PathBuf::from(name)
        };
        fs::write(with_suffix(".br"), brotli).map_err(|error| format!("cannot write .br: {error}"))?;
        fs::write(with_suffix(".gz"), gzip).map_err(|error| format!("cannot write .gz: {error}"))?;
    }
    Ok(sizes)
}

fn files_under(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    let entries = fs::read_dir(dir).map_err(|error| format!("cannot read {}: {error}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(files_under(&path)?);
        } else {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

fn kib(bytes: u64) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}
