//! Embeds every lesson and locale file, and the SVG art (lesson illustrations, avatars), into the
//! binary, so the app works offline with nothing beside it. Writes tables of
//! `(path, include_str!(..))` pairs that `content::source` and `ui::art` read; the catalog and
//! the art are validated in the tests, never here.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::{env, fs};

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["lessons", "locales"] {
        collect(&root, &root.join(dir), &mut files);
        println!("cargo:rerun-if-changed={dir}");
    }
    files.sort();

    let mut table = String::from("pub(crate) static EMBEDDED_FILES: &[(&str, &str)] = &[\n");
    for relative in &files {
        let absolute = root.join(relative);
        writeln!(table, "    ({relative:?}, include_str!({:?})),", absolute.display().to_string())
            .expect("writing to a String cannot fail");
    }
    table.push_str("];\n");
    let out_dir = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
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
