//! The app's pictures: lesson illustrations and avatars, SVG compiled into the binary so they
//! work offline on every platform and need no file paths. They hold no text, so nothing in them
//! needs translating; the screens give each one its alternative text from Fluent.

include!(concat!(env!("OUT_DIR"), "/embedded_art.rs"));

/// The SVG of `kind/name` (`illustrations/<lesson id>` or `avatars/<avatar id>`), if bundled.
pub fn svg(kind: &str, name: &str) -> Option<&'static str> {
    EMBEDDED_ART
        .iter()
        .find(|(key, _)| key.strip_prefix(kind).and_then(|rest| rest.strip_prefix('/')) == Some(name))
        .map(|(_, svg)| *svg)
}

/// Every bundled picture as `(kind/name, svg)`, for the tests.
pub fn all() -> &'static [(&'static str, &'static str)] {
    EMBEDDED_ART
}
