//! Loaded words inside quotations that an editor would not reject: a feeling the speaker reports
//! of themselves, a saying only supposed. Each rule has a case it must pass and a
//! case it must still flag. Sentences are the project's own.

use slant_core::{analyze, Category};

/// The loaded-language flags' texts.
fn loaded(text: &str) -> Vec<String> {
    analyze(text)
        .unwrap()
        .flags
        .into_iter()
        .filter(|f| f.category == Category::LoadedLanguage)
        .map(|f| f.text)
        .collect()
}

fn flags(text: &str, word: &str) -> bool {
    loaded(text).iter().any(|t| t.eq_ignore_ascii_case(word))
}

#[test]
fn a_quoted_feeling_or_label_stays_loaded() {
    // What the speaker calls someone else, or the outlet's own word, keeps the flag.
    assert!(flags(
        "“The governor is mad to push this bill,” the mayor said.",
        "mad"
    ));
    assert!(flags(
        "“It is a sad, sick joke of an agency,” the congressman said.",
        "sad"
    ));
    assert!(flags(
        "“They terrified the whole town,” the sheriff said of the gang.",
        "terrified"
    ));
    assert!(flags(
        "The gangs terrified residents of the valley for years.",
        "terrified"
    ));
}

#[test]
fn a_saying_only_supposed_is_not_asserted() {
    assert!(!flags(
        "“If the clerk claimed to speak for me, he was wrong,” the senator said.",
        "claimed"
    ));
    // Asserted by the speaker or the outlet, the words stay flagged.
    assert!(flags(
        "“That is a disaster, and everyone knows it,” the lawyer said.",
        "disaster"
    ));
    assert!(flags(
        "The clerk claimed to speak for the senator.",
        "claimed"
    ));
}

#[test]
fn what_nothing_governs_is_denied() {
    assert!(!flags(
        "“There is nothing fake about these numbers,” the treasurer said.",
        "fake"
    ));
    assert!(flags(
        "“These are fake numbers,” the treasurer said.",
        "fake"
    ));
}

#[test]
fn a_quoted_phrase_stays_in_its_condition() {
    assert!(!flags(
        "The navy would act only if a launch were judged to pose an “existential threat” to the fleet.",
        "existential threat"
    ));
    assert!(flags(
        "The minister called the strike an “existential threat” to the fleet.",
        "existential threat"
    ));
}
