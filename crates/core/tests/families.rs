//! The session 11 loaded-language families (wordlists/loaded/sneer-labels.toml,
//! defect-adjectives, manner-adverbs, sneer-speech, deception-verbs, dismissive-nouns,
//! opportunism-verbs, temperament): each fires in the evaluative or figurative sense it means,
//! above the CLI's default confidence cut, and stays quiet on the literal, technical or wire-copy sense.
//! Sentences are the project's own.

use slant_core::{analyze, confidence::DEFAULT_MIN_CONFIDENCE, Category};

/// Rules of the loaded-language flags the CLI shows by default, with their texts.
fn shown(text: &str) -> Vec<(String, String)> {
    analyze(text)
        .unwrap()
        .flags
        .into_iter()
        .filter(|f| {
            f.category == Category::LoadedLanguage && f.confidence >= DEFAULT_MIN_CONFIDENCE
        })
        .map(|f| (f.rule, f.text.to_lowercase()))
        .collect()
}

fn flags(text: &str, list: &str, word: &str) -> bool {
    shown(text)
        .iter()
        .any(|(r, t)| r.starts_with(&format!("{list}/")) && t == word)
}

fn quiet(text: &str, list: &str) -> bool {
    !shown(text)
        .iter()
        .any(|(r, _)| r.starts_with(&format!("{list}/")))
}

#[test]
fn sneering_labels_for_people() {
    assert!(flags(
        "A team of wonks wrote the proposal.",
        "sneer-labels",
        "wonks"
    ));
    assert!(quiet(
        "Fossil hunters dug up dinosaur bones near the river.",
        "sneer-labels"
    ));
}

#[test]
fn verdicts_on_quality_and_conduct() {
    assert!(flags(
        "The ministry ran a shambolic tender.",
        "defect-adjectives",
        "shambolic"
    ));
    assert!(quiet(
        "The clinic treats erectile dysfunction.",
        "defect-adjectives"
    ));
    assert!(quiet(
        "The picture was muddled by late returns from two counties.",
        "defect-adjectives"
    ));
    assert!(quiet(
        "He was charged with using insulting words outside the court.",
        "defect-adjectives"
    ));
}

#[test]
fn manner_speech_and_deception() {
    assert!(flags(
        "The mayor petulantly walked out.",
        "manner-adverbs",
        "petulantly"
    ));
    assert!(flags(
        "Donors bleated about the new levy.",
        "sneer-speech",
        "bleated"
    ));
    assert!(quiet(
        "Sirens wailing, the ambulances raced past.",
        "sneer-speech"
    ));
    assert!(flags(
        "The aides concocted an alibi for the minister.",
        "deception-verbs",
        "concocted"
    ));
    assert!(quiet(
        "Stocks slipped in early trade on Monday.",
        "deception-verbs"
    ));
    assert!(flags(
        "The pledge was pure hogwash.",
        "dismissive-nouns",
        "hogwash"
    ));
}

#[test]
fn opportunism_only_before_a_crisis_or_a_tragedy() {
    assert!(flags(
        "The opposition is exploiting the disaster to win votes.",
        "opportunism-verbs",
        "exploiting"
    ));
    assert!(quiet(
        "Attackers exploited a bug in the router firmware.",
        "opportunism-verbs"
    ));
    assert!(flags(
        "The old general clung to power until his death.",
        "opportunism-verbs",
        "clung"
    ));
    assert!(quiet(
        "The climbers clung to the rock face for hours.",
        "opportunism-verbs"
    ));
}

#[test]
fn temperament_diagnosed_not_weather_or_orbits() {
    assert!(flags(
        "The mercurial owner sacked the coach again.",
        "temperament",
        "mercurial"
    ));
    assert!(quiet(
        "Erratic rainfall cut the wheat harvest.",
        "temperament"
    ));
    assert!(quiet(
        "If the directors were culpable, they must resign.",
        "temperament"
    ));
}

// Session 14 (wordlists/loaded/belittling.toml and the entries appended to political-labels.toml).

#[test]
fn belittling_and_mock_praise() {
    assert!(flags(
        "The council's sophomoric rebuttal fooled nobody.",
        "belittling",
        "sophomoric"
    ));
    assert!(flags(
        "A tinpot strongman ran the port for a decade.",
        "belittling",
        "tinpot"
    ));
    assert!(flags(
        "The omniscient planners had missed the flood again.",
        "belittling",
        "omniscient"
    ));
    assert!(flags(
        "The new treasurer is plainly out of her depth.",
        "belittling",
        "out of her depth"
    ));
    // "unqualified" before support or success means without reservation.
    assert!(quiet(
        "The festival was an unqualified success for the town.",
        "belittling"
    ));
    assert!(quiet(
        "Pediatricians studied infantile spasms in forty babies.",
        "belittling"
    ));
}

#[test]
fn contempt_read_into_a_remark() {
    assert!(flags(
        "The billboard denigrates nurses.",
        "belittling",
        "denigrates"
    ));
    assert!(flags(
        "The airline thumbed its nose at the safety board.",
        "belittling",
        "thumbed its nose"
    ));
}

#[test]
fn disease_named_after_a_nation_and_provider_as_business() {
    assert!(flags(
        "Factories closed during the Wuhan coronavirus panic.",
        "political-labels",
        "wuhan coronavirus"
    ));
    assert!(flags(
        "The abortion mill on Elm Street reopened.",
        "political-labels",
        "abortion mill"
    ));
    // A vaccine made in China is not the label.
    assert!(quiet(
        "Chile bought a Chinese coronavirus vaccine for its teachers.",
        "political-labels"
    ));
}

#[test]
fn a_kind_of_government_is_below_the_cut_and_its_ruler_a_label() {
    // Session 33: "autocratic" classes a rule by its form (as "authoritarian"), a wire term
    // under the default cut; the noun "autocrat" stays a label of a person.
    assert!(quiet(
        "The envoy has met several autocratic leaders this year.",
        "political-labels"
    ));
    assert!(quiet(
        "The envoy has met several autocratic leaders this year.",
        "wire-terms"
    ));
    assert!(flags(
        "The autocrat jailed his rivals.",
        "political-labels",
        "autocrat"
    ));
}

#[test]
fn an_accusers_allegation_is_the_wires_verb() {
    // Session 33: "alleged that" is agency style's verb for an accusation, under the default cut.
    let text = "She alleged that the coach had struck her twice.";
    assert!(quiet(text, "verbs-of-saying"));
    assert!(quiet(text, "wire-terms"));
    // A verb of saying that judges stays.
    assert!(flags(
        "The mayor boasted that the budget was balanced.",
        "verbs-of-saying",
        "boasted"
    ));
}
