//! Abbreviations that end in a period without ending a sentence. These are tokenizer rules, not
//! framing judgements, so they live in code rather than in `wordlists/`.

use crate::words::Words;

/// The longest entry of `TITLES`, `MONTHS` and `OTHER` (a test checks it): longer words are in
/// none of them.
pub const LONGEST: usize = 6;

/// Titles before a name: a period after them never ends a sentence.
pub const TITLES: Words = Words("mr mrs ms dr drs prof profs sen sens rep gov govs gen col lt sgt capt cmdr adm maj rev hon pres supt det insp cpl pvt amb atty messrs st mt ft no nos vs v op fig gen brig lieut");

/// Month abbreviations: no sentence end before a day number ("Dec. 22").
pub const MONTHS: Words = Words("jan feb mar apr jun jul aug sep sept oct nov dec");

/// Abbreviations that can also end a sentence: it ends only before a sentence starter.
pub const OTHER: Words = Words("inc corp co ltd jr sr reps bros etc approx est dept univ assn ave blvd rd jan feb mar apr jun jul aug sep sept oct nov dec mass calif fla ill wash ariz colo conn del ga ind kan ky la md mich minn miss mo mont neb nev okla ore pa penn tenn tex va vt wis wyo al cf");

/// Words that commonly begin a sentence; after an ambiguous abbreviation they signal a new one.
pub const SENTENCE_STARTERS: Words = Words("the a an he she it they we i you but and in on at this that these those there his her their its our as after before when while if so yet for however meanwhile still then now some many most officials what who why how since last one");

#[cfg(test)]
mod tests {
    #[test]
    fn longest_covers_every_abbreviation() {
        for list in [super::TITLES, super::MONTHS, super::OTHER] {
            assert!(list.0.split(' ').all(|w| w.len() <= super::LONGEST));
        }
        assert!(super::OTHER.0.split(' ').any(|w| w.len() == super::LONGEST));
    }
}
