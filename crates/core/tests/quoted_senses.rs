//! Loaded words inside quotations that an editor would not reject: praise in a speaker's own
//! words, a feeling the speaker reports of themselves. Each rule has a case it must pass and a
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
fn praise_in_a_quotation_is_the_speakers_compliment() {
    assert!(!flags(
        "“She was a fantastic teacher and a wonderful friend,” her brother said.",
        "fantastic"
    ));
    assert!(!flags(
        "“The firefighters were heroes that night,” the mayor said.",
        "heroes"
    ));
    assert!(!flags(
        "“We owe it to hard-working families,” the governor told the crowd.",
        "hard-working"
    ));
    // The outlet's own praise stays flagged.
    assert!(flags(
        "The fantastic new bridge opened to traffic on Monday.",
        "fantastic"
    ));
    assert!(flags("The heroic nurses kept the ward open.", "heroic"));
}

#[test]
fn a_policy_called_common_sense_is_a_slogan_in_a_quotation_too() {
    assert!(flags(
        "“We need common-sense reforms to the permit rules,” the senator said.",
        "common-sense"
    ));
}

#[test]
fn a_feeling_the_speaker_reports_of_themselves_is_not_loaded() {
    assert!(!flags(
        "“I was terrified,” the driver said of the crash.",
        "terrified"
    ));
    assert!(!flags(
        "“When I read the letter, it disgusted me,” the councillor said.",
        "disgusted"
    ));
    assert!(!flags(
        "“I’m mad, and my neighbours are too,” the farmer said.",
        "mad"
    ));
    assert!(!flags(
        "“We are so sad to lose him,” the coach said.",
        "sad"
    ));
    assert!(!flags(
        "“It makes me sad to see the mill close,” the owner said.",
        "sad"
    ));
}

#[test]
fn a_feeling_pinned_on_others_stays_loaded() {
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
