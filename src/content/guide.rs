//! Rules from the content guide that a machine can check: per-band lengths and the phrases that
//! must never reach a child. Kept in one place so the guide and the checks change together.

use super::model::Band;
use std::ops::RangeInclusive;

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

/// The banned phrases found in `text`, ignoring case, curly apostrophes and line breaks.
pub fn banned_phrases_in(text: &str) -> Vec<&'static str> {
    let normalised = normalise(text);
    BANNED_PHRASES
        .iter()
        .copied()
        .filter(|phrase| occurrences(&normalised, phrase).any(|start| !is_negated(&normalised, phrase, start)))
        .collect()
}

fn normalise(text: &str) -> String {
    let lowered = text.to_lowercase().replace(['\u{2019}', '\u{2018}'], "'");
    lowered.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Start offsets where `phrase` stands as whole words.
fn occurrences<'a>(text: &'a str, phrase: &'a str) -> impl Iterator<Item = usize> + 'a {
    text.match_indices(phrase).map(|(start, _)| start).filter(move |&start| {
        let before = text[..start].chars().next_back();
        let after = text[start + phrase.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn is_negated(text: &str, phrase: &str, start: usize) -> bool {
    if phrase != "your fault" {
        return false;
    }
    let previous_word = text[..start].split_whitespace().next_back().unwrap_or("");
    NEGATIONS.contains(&previous_word) || previous_word.ends_with("n't")
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
        assert_eq!(banned_phrases_in("Maybe it was your fault."), vec!["your fault"]);
    }

    #[test]
    fn banned_phrases_match_across_case_apostrophes_and_lines() {
        assert_eq!(banned_phrases_in("Don't worry, IT\u{2019}S TOO\n late"), vec!["it's too late"]);
        assert_eq!(banned_phrases_in("That is a dirty trick"), vec!["dirty"]);
        assert!(banned_phrases_in("It's not too late to get help.").is_empty());
        // Whole words only: "dirtying" is not the banned word.
        assert!(banned_phrases_in("dirtying").is_empty());
    }

    #[test]
    fn words_ignore_lone_punctuation() {
        assert_eq!(word_count("Stop — block, then tell. ✓"), 4);
    }
}
