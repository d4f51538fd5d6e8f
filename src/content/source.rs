//! Where content files come from: embedded in the binary at build time (the app, offline), or
//! read from a folder (the content tool while authors edit, and the tests' broken fixtures).
//! Both give the same list of `(path, text)` so one validator serves all.

use super::error::ContentError;
use std::borrow::Cow;
use std::fs;
use std::path::Path;

include!(concat!(env!("OUT_DIR"), "/embedded_content.rs"));

#[derive(Debug, Clone)]
pub struct ContentFile {
    /// Relative to the project root, `/`-separated: `lessons/x.json`, `locales/en/ui.ftl`.
    pub path: String,
    pub text: Cow<'static, str>,
}

#[derive(Debug, Clone, Default)]
pub struct ContentFiles {
    pub files: Vec<ContentFile>,
    /// Files that could not be read (not UTF-8, unreadable); reported with the rest.
    pub errors: Vec<ContentError>,
    /// Locales whose lesson texts are not among `files` but come as a pack (the web build).
    pub lessons_in_packs: Vec<String>,
}

impl ContentFiles {
    /// The lessons and locales compiled into this binary.
    pub fn embedded() -> Self {
        let files = EMBEDDED_FILES
            .iter()
            .map(|&(path, text)| ContentFile { path: path.to_owned(), text: Cow::Borrowed(text) })
            .collect();
        let lessons_in_packs = LESSON_PACKS.iter().map(|&code| code.to_owned()).collect();
        ContentFiles { files, errors: Vec::new(), lessons_in_packs }
    }

    /// The version in the names of the lesson packs this binary asks for.
    pub fn lesson_pack_version() -> &'static str {
        LESSON_PACK_VERSION
    }

    /// The `.json` and `.ftl` files under `root/lessons` and `root/locales`.
    pub fn from_dir(root: &Path) -> Self {
        let mut found = ContentFiles::default();
        for top in ["lessons", "locales"] {
            found.walk(root, &root.join(top));
        }
        found.files.sort_by(|a, b| a.path.cmp(&b.path));
        found
    }

    fn walk(&mut self, root: &Path, dir: &Path) {
        let Ok(entries) = fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            let relative = relative_path(root, &path);
            if path.is_dir() {
                self.walk(root, &path);
            } else if matches!(path.extension().and_then(|e| e.to_str()), Some("json" | "ftl")) {
                match fs::read(&path).map(String::from_utf8) {
                    Ok(Ok(text)) => self.files.push(ContentFile { path: relative, text: Cow::Owned(text) }),
                    Ok(Err(_)) => self.errors.push(ContentError::in_file(relative, "is not UTF-8 text")),
                    Err(error) => self.errors.push(ContentError::in_file(relative, format!("cannot be read: {error}"))),
                }
            }
        }
    }
}

fn relative_path(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path);
    let parts: Vec<_> = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect();
    parts.join("/")
}
