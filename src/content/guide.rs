//! Rules from the content guide that a machine can check: per-band lengths and the phrases that
//! must never reach a child. Kept in one place so the guide and the checks change together.

use super::model::Band;
use aho_corasick::AhoCorasick;
use std::ops::RangeInclusive;
use std::sync::OnceLock;

/// Length limits of one band (content guide, "Who reads it").
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BandLimits {
    pub words_per_card: usize,
    pub cards: RangeInclusive<usize>,
    pub questions: RangeInclusive<usize>,
}

pub fn limits(band: Band) -> BandLimits {
    match band {
        Band::Explorers => BandLimits { words_per_card: 40, cards: 3..=5, questions: 4..=6 },
        Band::Navigators => BandLimits { words_per_card: 70, cards: 4..=6, questions: 5..=8 },
        Band::Teens => BandLimits { words_per_card: 110, cards: 4..=6, questions: 6..=8 },
        Band::Caregivers => BandLimits { words_per_card: 150, cards: 4..=6, questions: 5..=8 },
    }
}

/// Words and framings never used (content guide, "Principles").
pub const BANNED_PHRASES: &[&str] = &[
    "your fault",
    "you should have known",
    "you asked for it",
    "it's too late",
    "it is too late",
    "you'll be in trouble",
    "you will be in trouble",
    "dirty",
    "never go online",
    "everyone online is dangerous",
];

/// The guide requires "it is never your fault"; these words before "your fault" make it that.
const NEGATIONS: &[&str] = &["not", "never", "no"];

/// One automaton for every banned phrase, built on first use: this check runs over every
/// English message at start-up. Curly apostrophes are searched as their own spellings.
fn banned_matcher() -> &'static (AhoCorasick, Vec<&'static str>) {
    static MATCHER: OnceLock<(AhoCorasick, Vec<&'static str>)> = OnceLock::new();
    MATCHER.get_or_init(|| {
        let mut patterns = Vec::new();
        let mut phrases = Vec::new();
        for &phrase in BANNED_PHRASES {
            patterns.push(phrase.to_owned());
            phrases.push(phrase);
            if phrase.contains('\'') {
                patterns.push(phrase.replace('\'', "\u{2019}"));
                phrases.push(phrase);
            }
        }
        let matcher = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&patterns)
            .expect("a handful of short phrases always build");
        (matcher, phrases)
    })
}

/// The banned phrases found in `text` as whole words, ignoring ASCII case, curly apostrophes
/// and line breaks.
pub fn banned_phrases_in(text: &str) -> Vec<&'static str> {
    let (matcher, phrases) = banned_matcher();
    let mut found: Vec<&'static str> = Vec::new();
    // Phrases are single-spaced; fold other white space so a line break cannot hide one.
    let folded;
    let text = if text.contains(['\n', '\t', '\u{a0}']) || text.contains("  ") {
        folded = text.split_whitespace().collect::<Vec<_>>().join(" ");
        folded.as_str()
    } else {
        text
    };
    for hit in matcher.find_overlapping_iter(text) {
        let phrase = phrases[hit.pattern().as_usize()];
        let before = text[..hit.start()].chars().next_back();
        let after = text[hit.end()..].chars().next();
        let whole_words = !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric);
        if whole_words && !is_negated(text, phrase, hit.start()) && !found.contains(&phrase) {
            found.push(phrase);
        }
    }
    found.sort_by_key(|phrase| BANNED_PHRASES.iter().position(|p| p == phrase));
    found
}

/// "Not your fault", "never your fault", "isn't your fault" are what the guide asks for.
fn is_negated(text: &str, phrase: &str, start: usize) -> bool {
    if phrase != "your fault" {
        return false;
    }
    let previous = text[..start].split_whitespace().next_back().unwrap_or("");
    let previous = previous.to_lowercase().replace('\u{2019}', "'");
    NEGATIONS.contains(&previous.as_str()) || previous.ends_with("n't")
}

/// Words as a reader counts them: runs of text holding at least one letter or digit.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().filter(|word| word.chars().any(char::is_alphanumeric)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negated_fault_is_the_message_we_want() {
        assert!(banned_phrases_in("It is never your fault.").is_empty());
        assert!(banned_phrases_in("It's not your fault, and it isn't your fault.").is_empty());
        assert!(banned_phrases_in("It ISN\u{2019}T your fault. Not your fault!").is_empty());
        assert_eq!(banned_phrases_in("Maybe it was your fault."), vec!["your fault"]);
        assert_eq!(banned_phrases_in("\"Your fault,\" they said."), vec!["your fault"]);
    }

    #[test]
    fn banned_phrases_match_across_case_apostrophes_and_lines() {
        assert_eq!(banned_phrases_in("Don't worry, IT\u{2019}S TOO\n late"), vec!["it's too late"]);
        assert_eq!(banned_phrases_in("That is a dirty trick"), vec!["dirty"]);
        assert_eq!(banned_phrases_in("(Dirty.)"), vec!["dirty"]);
        assert_eq!(banned_phrases_in("You\u{2019}ll be in trouble"), vec!["you'll be in trouble"]);
        assert!(banned_phrases_in("It's not too late to get help.").is_empty());
        // Whole words only: "dirtying" is not the banned word.
        assert!(banned_phrases_in("dirtying").is_empty());
    }

    #[test]
    fn words_ignore_lone_punctuation() {
        assert_eq!(word_count("Stop — block, then tell. ✓"), 4);
    }
}
