//! Session 35 (issue 9): senses that decide whether a loaded word on wire copy is loaded.
//! Each family has a case that must flag and a case that must pass; every sentence is the
//! project's own.

use slant_core::{analyze, Category};

/// Whether `word` (case-insensitive) is among the loaded-language flags of `text`.
fn flags(text: &str, word: &str) -> bool {
    analyze(text)
        .unwrap()
        .flags
        .into_iter()
        .filter(|f| f.category == Category::LoadedLanguage)
        .any(|f| f.text.eq_ignore_ascii_case(word))
}

#[test]
fn a_size_word_before_a_measure_noun_gives_a_size() {
    // A length, a bill, a cost or a pay packet is measured by the size word before it.
    assert!(!flags(
        "The sheer length of the contract slowed the review.",
        "sheer"
    ));
    assert!(!flags(
        "Tenants were left with a hefty bill for the repairs.",
        "hefty"
    ));
    assert!(!flags(
        "The hefty cost of the repairs fell on the tenants.",
        "hefty"
    ));
    // Pay is left out: a lavish bonus judges it.
    assert!(flags(
        "The bank paid lavish bonuses to its traders.",
        "lavish"
    ));
    // Before a quality or a feeling the word still amplifies.
    assert!(flags(
        "The sheer arrogance of the minister stunned the room.",
        "sheer"
    ));
}

#[test]
fn a_weapon_or_aircraft_at_work_is_literal() {
    // The aircraft striking, beside other weapons, or in use, is the machine.
    assert!(!flags(
        "The army said drones struck a fuel depot near the border.",
        "drones"
    ));
    assert!(!flags(
        "Rebels fired missiles and drones at the port.",
        "drones"
    ));
    assert!(!flags(
        "Police reported drones over the stadium during the final.",
        "drones"
    ));
    // People called drones keep the insult.
    assert!(flags(
        "The critics are just drones for the party.",
        "drones"
    ));
    // The military attack is a literal event; a flood of ads is not.
    assert!(!flags(
        "Artillery bombardment of the port went on through the night.",
        "bombardment"
    ));
    assert!(!flags(
        "Residents fled a heavy bombardment of the town.",
        "bombardment"
    ));
    assert!(flags(
        "Voters face a bombardment of attack ads before the primary.",
        "bombardment"
    ));
}
