//! Shared test helpers: content trees built from the fixtures in `tests/fixtures/`.
#![allow(dead_code)]

use safesteps::content::{Catalog, ContentFile, ContentFiles};
use std::path::{Path, PathBuf};

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// The project's real English UI and locale metadata, the fixture base laid over them, then
/// (if given) a broken case laid over that; a later file replaces an earlier one of the same path.
pub fn fixture_files(case: Option<&str>) -> ContentFiles {
    let mut files: Vec<ContentFile> = ContentFiles::embedded()
        .files
        .into_iter()
        .filter(|file| file.path == "locales/en/ui.ftl" || file.path == "locales/en/locale.json")
        .collect();
    let mut errors = Vec::new();
    let layers = std::iter::once(fixtures().join("base")).chain(case.map(|case| fixtures().join("broken").join(case)));
    for layer in layers {
        let found = ContentFiles::from_dir(&layer);
        errors.extend(found.errors);
        for file in found.files {
            files.retain(|existing| existing.path != file.path);
            files.push(file);
        }
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    ContentFiles { files, errors, ..ContentFiles::default() }
}

pub fn fixture_catalog() -> Catalog {
    Catalog::load(&fixture_files(None)).unwrap_or_else(|errors| panic!("the fixture base must be valid:\n{errors}"))
}
