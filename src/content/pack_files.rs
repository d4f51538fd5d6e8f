//! Which lesson texts the web build sends as one pack per language instead of inside the wasm,
//! and how a pack is named. A phone downloads the app with English (the source and the last
//! fallback) and fetches only the language its user picks, so seven translations never weigh on
//! a child's first download; the service worker keeps the fetched pack for offline use.
//!
//! Plain std on purpose: the build script (which leaves these files out of the web binary and
//! names the packs the app will ask for), the `xtask` web build (which writes the packs) and the
//! app all read this one file, so the three can never disagree on a name.

/// The folder of the built web app that holds the packs.
pub const PACK_FOLDER: &str = "packs";

/// For `locales/<code>/lessons/<lesson>.ftl` of a language other than English: `(code, lesson)`.
pub fn separate_lesson_file(path: &str) -> Option<(&str, &str)> {
    let rest = path.strip_prefix("locales/")?;
    let (code, file) = rest.split_once("/lessons/")?;
    let lesson = file.strip_suffix(".ftl")?;
    let plain = |part: &str| !part.is_empty() && !part.contains('/');
    (code != "en" && plain(code) && plain(lesson)).then_some((code, lesson))
}

/// A short fingerprint of every separate lesson file (paths and texts), so a new build's packs get
/// new names and no phone pairs a new app with an old pack. FNV-1a, 64 bits: stable across Rust
/// versions and platforms, which `std`'s hasher does not promise.
pub fn version<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut files: Vec<(&str, &str)> = files.into_iter().collect();
    files.sort_unstable();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (path, text) in files {
        for byte in path.bytes().chain([0]).chain(text.bytes()).chain([0]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{:012x}", hash >> 16)
}

/// The pack's path inside the built app: `packs/<code>.<version>.json`.
pub fn pack_path(code: &str, version: &str) -> String {
    format!("{PACK_FOLDER}/{code}.{version}.json")
}

/// A Fluent file without its comment lines: the notes are for translators, not for phones. A
/// line that starts with `#` is always a comment in Fluent (a value's lines are indented).
pub fn without_comments(text: &str) -> String {
    let mut kept = String::with_capacity(text.len());
    for line in text.lines().filter(|line| !line.starts_with('#')) {
        kept.push_str(line);
        kept.push('\n');
    }
    kept
}
