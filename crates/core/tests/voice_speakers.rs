//! Whose words a loaded flag says they are (issues 9 and 10): the speaker named for attributed
//! words is a person or body, or nobody; never half a noun phrase, a relative pronoun or a
//! noun of dispute. Every sentence here is written for this file; none comes from an
//! evaluation set.

use slant_core::{analyze, Category, Voice};

/// (voice, speaker) of the loaded-language flag on `word`.
fn voice_of(text: &str, word: &str) -> (Voice, Option<String>) {
    let r = analyze(text).unwrap();
    let f = r
        .flags
        .iter()
        .find(|f| f.category == Category::LoadedLanguage && f.text == word)
        .unwrap_or_else(|| panic!("{word:?} not flagged in {text:?}"));
    (f.voice, f.speaker.as_ref().map(|s| s.text.clone()))
}

#[test]
fn a_phrase_cut_short_names_no_speaker() {
    // The subject finder's reach ends inside the phrase: its head is missing.
    assert_eq!(
        voice_of(
            "The vote made her a prime target of friends of looser zoning, who said her plan would cause a meltdown.",
            "meltdown",
        ),
        (Voice::Attributed, None)
    );
    // A figure before the phrase: "the $4 billion ferry industry", not "ferry industry".
    assert_eq!(
        voice_of(
            "Owners in the $4 billion U.S. ferry industry said the rules were reckless.",
            "reckless",
        ),
        (Voice::Attributed, None)
    );
    // A short subject after a verb is whole.
    assert_eq!(
        voice_of(
            "The mayor thanked the harbour pilots, who said the rules were reckless.",
            "reckless",
        ),
        (Voice::Attributed, Some("the harbour pilots".into()))
    );
}

#[test]
fn an_abbreviation_stays_inside_the_speaker() {
    assert_eq!(
        voice_of(
            "The port reopened, and U.S. dock unions said the delay had been reckless.",
            "reckless",
        ),
        (Voice::Attributed, Some("U.S. dock unions".into()))
    );
}

#[test]
fn a_relative_pronoun_is_no_speaker() {
    assert_eq!(
        voice_of(
            "The mayor ignored her engineers, some of whom warned the bridge plan was reckless.",
            "reckless",
        ),
        (Voice::Attributed, None)
    );
}

#[test]
fn a_dispute_is_held_by_those_it_is_among() {
    assert_eq!(
        voice_of(
            "The mayor is grappling with disagreement among her advisers over whether saber-rattling will calm the unions.",
            "saber-rattling",
        ),
        (Voice::Attributed, Some("her advisers".into()))
    );
}

#[test]
fn a_day_before_a_name_is_not_the_speakers() {
    assert_eq!(
        voice_of(
            "And as recently as Thursday Mayor Ann Vole praised a “shameful harbour plan.”",
            "shameful",
        ),
        (Voice::Quoted, Some("Mayor Ann Vole".into()))
    );
}

#[test]
fn the_tail_of_a_series_is_no_speaker() {
    assert_eq!(
        voice_of(
            "In a letter, councillors from Dover, Hythe, Deal and Rye said she would end “the port’s shameful neglect.”",
            "shameful",
        ),
        (Voice::Quoted, None)
    );
    // Two names after a fronted phrase are the whole subject.
    assert_eq!(
        voice_of(
            "In a letter to the mayor, Deal and Rye said she would end “the port’s shameful neglect.”",
            "shameful",
        ),
        (Voice::Quoted, Some("Deal and Rye".into()))
    );
}

#[test]
fn a_closing_as_clause_attributes_nothing() {
    // "…, as some councillors have demanded" comments on the writer's sentence.
    assert_eq!(
        voice_of(
            "The mayor also ducked a question about whether she will close the pier, as some councillors have demanded.",
            "ducked",
        ),
        (Voice::Outlet, None)
    );
}

#[test]
fn with_a_name_and_its_apposition_the_name_speaks() {
    // Past "leader of the opposition", the participle is Vole's, not the councillors'.
    assert_eq!(
        voice_of(
            "Councillors condemned the mayor, with Ann Vole, leader of the opposition, describing her plan as “shameful and costly.”",
            "shameful",
        ),
        (Voice::Quoted, Some("Ann Vole".into()))
    );
}
