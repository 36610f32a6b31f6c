//! The scores. Documented in README ("How scores are computed"); keep the two in step.
//!
//! * Each flag weighs its entry's weight (default 1) times a voice factor (1 for the outlet's own
//!   words, 0.5 for a label the text attributes to someone, 0.25 for words inside a quotation)
//!   times its confidence, so that doubtful flags weigh less than sure ones.
//!   A loaded word inside a trigger of an unattributed assertion weighs 0 as a loaded flag: the
//!   sentence's flag counts it (`detect::assertion::count_words_once`), so no word counts twice.
//! * A category's load is its weighted flags per 1,000 words, with the word count floored at
//!   `MIN_WORDS` so that one word in a one-line text does not read as a saturated article.
//! * The overall index combines the loads, `R = loaded + 1.5 * anonymous + 2 * unattributed`
//!   (unattributed assertions are whole sentences, so each counts more), and maps R to 0-100 with
//!   `100 * (1 - exp(-R / SCALE))`: 0 is no flags, R = SCALE gives 63, and it never exceeds 100.

use crate::report::{Category, Flag, Scores};

pub const MIN_WORDS: usize = 150;
pub const SCALE: f64 = 40.0;

pub fn category_factor(c: Category) -> f64 {
    match c {
        Category::LoadedLanguage => 1.0,
        Category::AnonymousSource => 1.5,
        Category::UnattributedAssertion => 2.0,
    }
}

pub fn compute(flags: &[Flag], words: usize) -> Scores {
    let mut t = Tally::default();
    flags.iter().for_each(|f| t.add(f));
    t.scores(words)
}

/// The scores' running sums, for a report whose flags arrive a piece at a time and are not kept
/// (`Analyzer::analyze_by_piece`): adding the flags in order gives exactly `compute`'s scores.
#[derive(Debug, Clone, Default)]
pub struct Tally {
    counts: [usize; 3],
    weighted: [f64; 3],
}

impl Tally {
    pub fn add(&mut self, f: &Flag) {
        let i = f.category as usize;
        self.counts[i] += 1;
        self.weighted[i] += f.weight * f.confidence;
    }

    pub fn scores(&self, words: usize) -> Scores {
        let mut s = Scores::default();
        let per = 1000.0 / words.max(MIN_WORDS) as f64;
        let per_actual = if words == 0 {
            0.0
        } else {
            1000.0 / words as f64
        };
        let mut r = 0.0;
        for cat in Category::ALL {
            let c = s.category_mut(cat);
            c.count = self.counts[cat as usize];
            c.per_1000_words = round2(c.count as f64 * per_actual);
            let load = self.weighted[cat as usize] * per;
            c.weighted_per_1000_words = round2(load);
            c.weighted = round2(self.weighted[cat as usize]);
            r += category_factor(cat) * load;
        }
        s.overall = round1(100.0 * (1.0 - (-r / SCALE).exp()));
        s
    }
}

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}
fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}
