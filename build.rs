//! Embeds every lesson and locale file, and the SVG art (lesson illustrations, avatars), into the
//! binary, so the app works offline with nothing beside it. Writes tables of
//! `(path, include_str!(..))` pairs that `content::source` and `ui::art` read; the catalog and
//! the art are validated in the tests, never here.
//!
//! The web build leaves other languages' lesson texts out: they go in per-language packs
//! (`src/content/pack_files.rs`), and the app learns here which packs exist and their version.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

#[allow(dead_code)] // shared with the app and xtask, which use the rest
#[path = "src/content/pack_files.rs"]
mod pack_files;

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["lessons", "locales"] {
        collect(&root, &root.join(dir), &mut files);
        println!("cargo:rerun-if-changed={dir}");
    }
    files.sort();
    println!("cargo:rerun-if-changed=src/content/pack_files.rs");

    let texts: Vec<(String, String)> = files
        .iter()
        .filter(|path| pack_files::separate_lesson_file(path).is_some())
        .map(|path| (path.clone(), fs::read_to_string(root.join(path)).unwrap_or_default()))
        .collect();
    let version = pack_files::version(texts.iter().map(|(path, text)| (path.as_str(), text.as_str())));
    let mut packed: Vec<&str> =
        texts.iter().filter_map(|(path, _)| pack_files::separate_lesson_file(path)).map(|(code, _)| code).collect();
    packed.dedup();
    // Cargo tells build scripts which features are on; only the web build uses packs.
    let web = env::var_os("CARGO_FEATURE_WEB").is_some();
    if web {
        files.retain(|path| pack_files::separate_lesson_file(path).is_none());
    }
    let mut packs = format!("pub(crate) static LESSON_PACK_VERSION: &str = {version:?};\n");
    let listed: Vec<&str> = if web { packed } else { Vec::new() };
    writeln!(packs, "pub(crate) static LESSON_PACKS: &[&str] = &{listed:?};").expect("writing to a String cannot fail");

    let mut table = String::from("pub(crate) static EMBEDDED_FILES: &[(&str, &str)] = &[\n");
    for relative in &files {
        let absolute = root.join(relative);
        writeln!(table, "    ({relative:?}, include_str!({:?})),", absolute.display().to_string())
            .expect("writing to a String cannot fail");
    }
    table.push_str("];\n");
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    table.push_str(&packs);
    fs::write(out_dir.join("embedded_content.rs"), table).expect("OUT_DIR is writable");

    let mut art = String::from("pub(crate) static EMBEDDED_ART: &[(&str, &str)] = &[\n");
    for kind in ["illustrations", "avatars"] {
        let dir = root.join("assets").join(kind);
        println!("cargo:rerun-if-changed=assets/{kind}");
        let mut names: Vec<String> = fs::read_dir(&dir)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|entry| entry.file_name().to_str().map(str::to_owned))
            .filter(|name| name.ends_with(".svg"))
            .collect();
        names.sort();
        for name in names {
            let key = format!("{kind}/{}", name.trim_end_matches(".svg"));
            let absolute = dir.join(&name);
            writeln!(art, "    ({key:?}, include_str!({:?})),", absolute.display().to_string())
                .expect("writing to a String cannot fail");
        }
    }
    art.push_str("];\n");
    fs::write(out_dir.join("embedded_art.rs"), art).expect("OUT_DIR is writable");
}

/// Lesson JSON, Fluent files and locale metadata; anything else (READMEs) stays out of the binary.
fn collect(root: &Path, dir: &Path, files: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            println!("cargo:rerun-if-changed={}", path.display());
            collect(root, &path, files);
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("json" | "ftl")) {
            let relative = path.strip_prefix(root).expect("walked from root");
            let relative: Vec<_> = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect();
            files.push(relative.join("/"));
        }
    }
}
