//! Rules from the content guide that a machine can check: per-band lengths and reading level,
//! the phrases that must never reach a child, and the "never your fault" message every lesson
//! about harm carries. Kept in one place so the guide and the checks change together.

use super::model::Band;
use aho_corasick::AhoCorasick;
use std::ops::RangeInclusive;
use std::sync::OnceLock;

/// Length limits of one band (content guide, "Who reads it").
#[derive(Debug, Clone, PartialEq)]
pub struct BandLimits {
    pub words_per_card: usize,
    pub cards: RangeInclusive<usize>,
    pub questions: RangeInclusive<usize>,
    /// Highest Flesch–Kincaid grade of one card, or of one question with all its messages.
    pub max_grade: f64,
}

pub fn limits(band: Band) -> BandLimits {
    match band {
        Band::Explorers => BandLimits { words_per_card: 40, cards: 3..=5, questions: 4..=6, max_grade: 2.0 },
        Band::Navigators => BandLimits { words_per_card: 70, cards: 4..=6, questions: 5..=8, max_grade: 5.0 },
        Band::Teens => BandLimits { words_per_card: 110, cards: 4..=6, questions: 6..=8, max_grade: 8.0 },
        Band::Caregivers => BandLimits { words_per_card: 150, cards: 4..=6, questions: 5..=8, max_grade: 10.0 },
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

/// Topics about harm: each of their lessons must say plainly that it is never the child's fault
/// (content guide, principle 1).
pub const HARM_TOPICS: &[&str] = &[
    "secrets",
    "feeling-unsafe",
    "online-friends",
    "grooming",
    "images",
    "relationships",
    "sextortion",
    "livestreaming",
    "cyberbullying",
    "blocking-reporting",
    "getting-help",
    "targeting",
    "warning-signs",
    "reporting",
];

/// Topics whose lessons are about abuse or exploitation: their screens carry the quick exit
/// button, for a child who is not alone.
pub const ABUSE_TOPICS: &[&str] = &[
    "secrets",
    "feeling-unsafe",
    "grooming",
    "images",
    "relationships",
    "sextortion",
    "livestreaming",
    "targeting",
    "warning-signs",
];

/// Topics whose lessons are about telling someone: their results show the child's safety circle
/// (or how to make one).
pub const TELLING_TOPICS: &[&str] =
    &["trusted-adults", "secrets", "feeling-unsafe", "getting-help", "helping-friends", "reporting", "talking"];

/// Whether `text` says it is not the reader's (or the child's) fault: "fault" with a negation
/// a few words before it in the same sentence ("It is never your fault", "not their fault").
pub fn says_not_at_fault(text: &str) -> bool {
    let text = text.replace('\u{2019}', "'").to_lowercase();
    text.split(['.', '!', '?', '\n']).any(|sentence| {
        let words: Vec<&str> = sentence.split_whitespace().collect();
        words.iter().enumerate().any(|(i, word)| {
            word.trim_matches(|c: char| !c.is_alphanumeric()) == "fault"
                && words[i.saturating_sub(6)..i].iter().any(|before| {
                    let before = before.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
                    NEGATIONS.contains(&before) || before.ends_with("n't")
                })
        })
    })
}

/// The Flesch–Kincaid grade of `pieces` read as one text. Each piece (an option, a hint, a
/// feedback line) stands as its own sentence even without a full stop, as a reader meets it.
pub fn reading_grade<'a>(pieces: impl IntoIterator<Item = &'a str>) -> f64 {
    let mut text = String::new();
    for piece in pieces {
        let piece = piece.trim();
        if piece.is_empty() {
            continue;
        }
        text.push_str(piece);
        if !piece.ends_with(['.', '!', '?', '\u{2026}']) {
            text.push('.');
        }
        text.push(' ');
    }
    textstat::flesch_kincaid_grade(&text)
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
    fn not_at_fault_needs_a_negation_close_before() {
        assert!(says_not_at_fault("If it happens, it is never your fault."));
        assert!(says_not_at_fault("This isn\u{2019}t their fault at all"));
        assert!(says_not_at_fault("It was not, in any way, your child's fault."));
        assert!(!says_not_at_fault("Whose fault is it? Not the game."));
        assert!(!says_not_at_fault("No. It was your fault."));
    }

    #[test]
    fn reading_grade_rises_with_long_words_and_sentences() {
        let easy = reading_grade(["I see a cat.", "It is red", "Tell a grown-up."]);
        let hard = reading_grade([
            "Unsolicited communication from unfamiliar individuals necessitates considerable caution, \
             particularly regarding personal information and photographs.",
        ]);
        assert!(easy < 2.0, "easy text graded {easy}");
        assert!(hard > 12.0, "hard text graded {hard}");
        // A piece without a full stop still ends its sentence: three short pieces stay short.
        assert!(reading_grade(["Stop", "Block them", "Tell someone"]) < 1.0);
    }

    #[test]
    fn words_ignore_lone_punctuation() {
        assert_eq!(word_count("Stop — block, then tell. ✓"), 4);
    }
}
