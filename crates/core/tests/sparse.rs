//! An article whose own voice uses loaded words sparsely (at most one in `SPARSE_WORDS` words)
//! gets those flags, other than verbs framing how someone spoke, at `SPARSE` times the
//! confidence (src/confidence.rs): a lone degree word in a plain story is stock wording.

use slant_core::confidence::{SPARSE, SPARSE_WORDS};
use slant_core::{analyze, Category, Voice};

/// A council story of about 300 words with no loaded word, after a lead sentence `lead`.
fn story(lead: &str) -> String {
    let filler = "The council met on Tuesday to set next year's budget for roads and schools. \
        The mayor presented a plan that moves two million from parking revenue into repairs. \
        Members of the finance committee asked how the change would affect bus routes. \
        The minister for local government is expected to approve the plan in March. \
        Officials said a public meeting would be held at the town hall before the vote. ";
    format!("Council sets budget\n{lead} {}", filler.repeat(4))
}

/// (confidence, voice) of the loaded flag on `word`.
fn flag(text: &str, word: &str) -> (f64, Voice) {
    let r = analyze(text).unwrap();
    assert!(r.stats.words >= SPARSE_WORDS, "{}", r.stats.words);
    let f = r
        .flags
        .iter()
        .find(|f| f.category == Category::LoadedLanguage && f.text == word)
        .unwrap_or_else(|| panic!("no flag on {word} in {text}"));
    (f.confidence, f.voice)
}

fn alone(sentence: &str, word: &str) -> f64 {
    let r = analyze(sentence).unwrap();
    r.flags.iter().find(|f| f.text == word).unwrap().confidence
}

#[test]
fn a_lone_outlet_word_in_a_plain_story_is_less_certain() {
    let lead = "The opposition leader vehemently rejected the plan.";
    let short = alone(lead, "vehemently");
    let long = flag(&story(lead), "vehemently");
    assert_eq!(long.1, Voice::Outlet);
    assert!(long.0 < short, "{long:?} vs {short}");
    assert!(
        (long.0 - short * SPARSE).abs() <= 0.011,
        "{long:?} vs {short}"
    );
}

#[test]
fn a_story_that_piles_them_up_keeps_the_confidence() {
    let lead = "The opposition leader vehemently rejected the reckless and disastrous plan.";
    assert_eq!(
        flag(&story(lead), "vehemently").0,
        alone(lead, "vehemently")
    );
}

#[test]
fn a_verb_framing_a_speaker_keeps_the_confidence() {
    let lead = "The opposition leader blasted the plan.";
    assert_eq!(flag(&story(lead), "blasted").0, alone(lead, "blasted"));
}
