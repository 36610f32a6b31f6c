//! An article about no public-affairs actor (sport, arts, weather, lifestyle) gets its loaded
//! flags outside quotations at `OFF_TOPIC` times the confidence (src/confidence.rs): there the
//! lists' words mostly describe games, works and weather.

use slant_core::confidence::OFF_TOPIC;
use slant_core::{analyze, Category, Voice};

/// A match report of about 190 words with no word of government, parties or elections.
fn match_report(extra: &str) -> String {
    let filler = "The home side kept the ball well in the first half and forced three corners. \
        Their captain struck the post from twenty yards after a long move down the left. \
        The visitors changed shape after the break and pushed their full-backs higher. \
        A header from the edge of the six-yard box went over the bar with ten minutes left. \
        The crowd of eleven thousand stayed to applaud both teams at the final whistle. ";
    format!(
        "United draw at home\nThe referee's notorious temper showed again on Saturday. {extra}{}",
        filler.repeat(3)
    )
}

/// (confidence, voice) of the loaded flag on `word`.
fn flag(text: &str, word: &str) -> (f64, Voice) {
    let r = analyze(text).unwrap();
    let f = r
        .flags
        .iter()
        .find(|f| f.category == Category::LoadedLanguage && f.text == word)
        .unwrap_or_else(|| panic!("no flag on {word} in {text}"));
    (f.confidence, f.voice)
}

#[test]
fn outlet_words_in_a_story_outside_public_affairs_are_less_certain() {
    let short = flag(
        "The referee's notorious temper showed again on Saturday.",
        "notorious",
    );
    let long = flag(&match_report(""), "notorious");
    assert_eq!(short.1, Voice::Outlet);
    assert_eq!(long.1, Voice::Outlet);
    assert!(long.0 < short.0, "{long:?} vs {short:?}");
    assert!(
        (long.0 - short.0 * OFF_TOPIC).abs() <= 0.011,
        "{long:?} vs {short:?}"
    );
}

#[test]
fn one_public_affairs_word_keeps_the_confidence() {
    let short = flag(
        "The referee's notorious temper showed again on Saturday.",
        "notorious",
    );
    let political = match_report("The mayor watched from the stand. ");
    assert_eq!(flag(&political, "notorious").0, short.0);
    // (Without the mayor the same story is off topic: the word is what kept the confidence.)
    assert!(flag(&match_report("He watched from the stand. "), "notorious").0 < short.0);
}

#[test]
fn quoted_words_keep_their_confidence_whatever_the_topic() {
    let said = "\"It was a shameful decision,\" the manager said. ";
    let short = flag(said, "shameful");
    let long = flag(&match_report(said), "shameful");
    assert_eq!(long.1, Voice::Quoted);
    assert_eq!(long.0, short.0);
    // (The same story does lower the outlet's own word.)
    let story = match_report(said);
    let outlet = flag(&story, "notorious");
    assert!(outlet.0 < flag("The referee's notorious temper showed again.", "notorious").0);
}
