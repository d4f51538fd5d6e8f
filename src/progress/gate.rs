//! The grown-ups' gate in front of the family view and profile management: a multiplication an
//! adult does in a moment and a young child will not get by tapping, typed as a number. There is
//! no secret to forget, so a family can always get back in without deleting anyone's progress
//! (the failure of learning apps whose forgotten PIN forces a reinstall). How hard it is can be
//! set; a new challenge comes with every try.

/// How hard the gate's sums are.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GateLevel {
    /// A two-digit number times a one-digit number (12–19 × 3–9).
    #[default]
    Standard,
    /// Larger numbers (23–49 × 6–9), for an older child who knows the times tables.
    Harder,
}

impl GateLevel {
    pub fn id(self) -> &'static str {
        match self {
            GateLevel::Standard => "standard",
            GateLevel::Harder => "harder",
        }
    }

    pub fn from_id(id: &str) -> Option<GateLevel> {
        [GateLevel::Standard, GateLevel::Harder].into_iter().find(|level| level.id() == id)
    }
}

/// One question of the gate: `left × right`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GateChallenge {
    pub left: u32,
    pub right: u32,
}

impl GateChallenge {
    /// A challenge from any number that changes from try to try (the clock will do): the gate
    /// only needs to be unpredictable to a small child, not to an attacker.
    pub fn new(level: GateLevel, seed: u64) -> GateChallenge {
        // A few rounds of a 64-bit mix so consecutive seeds give unrelated numbers.
        let mut mixed = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        mixed = (mixed ^ (mixed >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        mixed = (mixed ^ (mixed >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        mixed ^= mixed >> 31;
        let pick = |range: std::ops::RangeInclusive<u32>, bits: u64| {
            let span = u64::from(range.end() - range.start() + 1);
            range.start() + (bits % span) as u32
        };
        let (lefts, rights) = match level {
            GateLevel::Standard => (12..=19, 3..=9),
            GateLevel::Harder => (23..=49, 6..=9),
        };
        GateChallenge { left: pick(lefts, mixed & 0xffff_ffff), right: pick(rights, mixed >> 32) }
    }

    pub fn answer(self) -> u32 {
        self.left * self.right
    }

    /// Whether the typed text is the answer (spaces around it are fine; anything else is not).
    pub fn accepts(self, typed: &str) -> bool {
        typed.trim().parse::<u32>().is_ok_and(|number| number == self.answer())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn challenges_stay_in_their_level_and_vary() {
        let mut seen = std::collections::BTreeSet::new();
        for seed in 0..500 {
            let standard = GateChallenge::new(GateLevel::Standard, seed);
            assert!((12..=19).contains(&standard.left) && (3..=9).contains(&standard.right), "{standard:?}");
            let harder = GateChallenge::new(GateLevel::Harder, seed);
            assert!((23..=49).contains(&harder.left) && (6..=9).contains(&harder.right), "{harder:?}");
            seen.insert((standard.left, standard.right));
        }
        assert!(seen.len() > 40, "only {} different sums", seen.len());
        assert_ne!(GateChallenge::new(GateLevel::Standard, 1), GateChallenge::new(GateLevel::Standard, 2));
    }

    #[test]
    fn only_the_typed_answer_opens_the_gate() {
        let challenge = GateChallenge { left: 14, right: 7 };
        assert!(challenge.accepts("98"));
        assert!(challenge.accepts(" 98 "));
        for wrong in ["", "97", "9 8", "98.0", "ninety-eight", "-98", "1", "14", "7"] {
            assert!(!challenge.accepts(wrong), "{wrong:?}");
        }
    }

    #[test]
    fn levels_round_trip_by_id() {
        for level in [GateLevel::Standard, GateLevel::Harder] {
            assert_eq!(GateLevel::from_id(level.id()), Some(level));
        }
        assert_eq!(GateLevel::from_id("pin"), None);
    }
}
