//! Verbs of saying and of deceit are loaded only when they report a person's speech: a
//! human or institutional speaker and what was said. An animal's or the weather's noise, a
//! noun homonym (tree bark, the trumpet, toxic fumes), a status participle ("a threatened
//! herd"), an audience's noise at an event and a game nearly won are not. Each case: one that
//! must flag and one that must pass. Sentences are the project's own.

use slant_core::{analyze, Category};

/// Whether `word` (case-insensitive) is among the loaded-language flags of `text`, at the
/// default confidence cut.
fn flags(text: &str, word: &str) -> bool {
    analyze(text)
        .unwrap()
        .flags
        .into_iter()
        .filter(|f| f.category == Category::LoadedLanguage)
        .any(|f| f.text.eq_ignore_ascii_case(word))
}

#[test]
fn animal_noises_are_not_speech() {
    assert!(!flags(
        "Sirens sounded and dogs were barking across the valley.",
        "barking"
    ));
    assert!(!flags(
        "I think a neighbour's dog started barking, she said.",
        "barking"
    ));
    assert!(!flags("A rooster crowed as the polls opened.", "crowed"));
    assert!(flags("The coach barked orders at the referee.", "barked"));
    assert!(flags("The minister crowed about the poll lead.", "crowed"));
}

#[test]
fn weather_and_motion_are_not_speech() {
    assert!(!flags(
        "We heard a sound like thunder from the hill.",
        "thunder"
    ));
    assert!(!flags("The horses thundered past the stands.", "thundered"));
    assert!(!flags(
        "Water gushed from the burst main for hours.",
        "gushed"
    ));
    assert!(!flags(
        "The crash snarled traffic on the bypass.",
        "snarled"
    ));
    assert!(flags(
        "The senator thundered against the budget.",
        "thundered"
    ));
    assert!(flags("Critics gushed about the new play.", "gushed"));
    assert!(flags("The senator snarled at reporters.", "snarled"));
}

#[test]
fn noun_homonyms_are_not_speech() {
    assert!(!flags(
        "Firefighters were overcome by toxic fumes.",
        "fumes"
    ));
    assert!(!flags(
        "She played the trumpet in the school band.",
        "trumpet"
    ));
    assert!(!flags("Anglers caught a carp in the lake.", "carp"));
    assert!(flags(
        "Manager fumes at officials after a late penalty is denied.",
        "fumes"
    ));
}

#[test]
fn an_audience_at_an_event_and_acclaim_credited_to_no_one() {
    assert!(!flags(
        "Campaigners jeered as the result was read out in the chamber.",
        "jeered"
    ));
    assert!(!flags("The minister was jeered by the audience.", "jeered"));
    assert!(!flags(
        "The field was hailed only a decade ago as the next gold rush.",
        "hailed"
    ));
    assert!(flags(
        "The senator jeered at the report's authors.",
        "jeered"
    ));
    assert!(flags(
        "The senator hailed the ruling as a victory.",
        "hailed"
    ));
}

#[test]
fn threaten_as_status_or_sport_is_not_a_threat_made() {
    assert!(!flags(
        "A threatened caribou herd has grown for the first time in years.",
        "threatened"
    ));
    assert!(!flags(
        "A late free-kick briefly threatened a comeback for the visitors.",
        "threatened"
    ));
    assert!(flags(
        "The senator threatened the clerks who had testified.",
        "threatened"
    ));
}

#[test]
fn a_supposed_sulk_is_not_reported() {
    assert!(!flags(
        "When you lose you could sulk about it or train harder.",
        "sulk"
    ));
    assert!(flags("The party is sulking after its defeat.", "sulking"));
}
