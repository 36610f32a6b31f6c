//! Everyday senses: words that name an offence, a state of body or mind, or an ordinary act in
//! crime, court, health and everyday reports are loaded only in their figurative or evaluative
//! use. Each family has a case that must flag and a case that must pass; every sentence is the
//! project's own.

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
fn offences_as_charged() {
    // The offence in its legal name, and a sum of money taken, report the theft.
    assert!(!flags(
        "He admitted obtaining a pecuniary advantage by deception and was fined.",
        "deception"
    ));
    assert!(!flags(
        "She also faces a charge of receiving stolen property.",
        "stolen"
    ));
    assert!(!flags(
        "The club secretary was jailed after stealing more than $90,000 from members.",
        "stealing"
    ));
    // A campaign's deceit and an election "stolen" stay.
    assert!(flags(
        "It was a deceitful campaign from the start.",
        "deceitful"
    ));
    assert!(flags(
        "They want to steal the vote from ordinary people.",
        "steal"
    ));
}

#[test]
fn lying_as_posture() {
    assert!(!flags(
        "A passer-by saw a woman lying \"very still\" by the bus stop.",
        "lying"
    ));
    assert!(!flags(
        "Firefighters found him lying unconscious in the hallway.",
        "lying"
    ));
    assert!(flags(
        "The mayor has been lying to residents about the budget.",
        "lying"
    ));
}

#[test]
fn pretending_in_idioms_of_candour() {
    assert!(!flags(
        "\"There's no point pretending otherwise,\" the manager said.",
        "pretending"
    ));
    assert!(!flags(
        "\"Nobody is pretending the new route will be quick,\" she said.",
        "pretending"
    ));
    assert!(!flags(
        "\"I have been pretending I was fine for months,\" the actor wrote.",
        "pretending"
    ));
    assert!(flags(
        "The board is pretending to care about the tenants.",
        "pretending"
    ));
}

#[test]
fn states_of_mind_felt_or_acted_in() {
    // A witness's bad dreams, a person's own sadness, fear left by a crime, a panic acted in.
    assert!(!flags(
        "\"I still have nightmares about that night,\" the driver said.",
        "nightmares"
    ));
    assert!(!flags(
        "\"We felt so sad when the old pier burned,\" she said.",
        "sad"
    ));
    assert!(!flags(
        "The break-in left her frightened and unwilling to go out.",
        "frightened"
    ));
    assert!(!flags(
        "His barrister said he had acted in a panic when the door opened.",
        "panic"
    ));
    assert!(!flags(
        "Two fans were treated for shock at the ground.",
        "shock"
    ));
    // The outlet's own verdicts stay.
    assert!(flags(
        "The new timetable is a nightmare for commuters.",
        "nightmare"
    ));
    assert!(flags("Sadly, the council has learned nothing.", "Sadly"));
}

#[test]
fn everyday_reports_of_travel_animals_and_injuries() {
    assert!(!flags(
        "Police asked motorists to avoid unnecessary journeys while the snow lasts.",
        "unnecessary"
    ));
    assert!(!flags(
        "The film shoot drew hundreds of curious onlookers to the harbour.",
        "curious"
    ));
    assert!(!flags(
        "Volunteers recorded tiny sea creatures in the rock pools.",
        "creatures"
    ));
    assert!(!flags(
        "The rider suffered a nasty fall on the final descent.",
        "nasty"
    ));
    assert!(!flags(
        "The couple were banned from keeping dogs after admitting animal cruelty.",
        "cruelty"
    ));
    assert!(!flags(
        "In the novel the hero is a tired detective in a seaside town.",
        "hero"
    ));
    // The evaluative uses stay.
    assert!(flags(
        "The council imposed unnecessary rules on market traders.",
        "unnecessary"
    ));
    assert!(flags(
        "The senator called his critics vile creatures.",
        "creatures"
    ));
    assert!(flags("The race for mayor turned nasty this week.", "nasty"));
    assert!(flags("It was a cruel policy aimed at the poor.", "cruel"));
}

#[test]
fn a_capitalised_pair_at_the_start_is_a_name() {
    // A first word capitalised before another capitalised word opens a place's or a work's name.
    assert!(!flags(
        "Hollow Creek families were offered extra clinics this week.",
        "Hollow"
    ));
    // A label before a name stays: an -ed or -ing form, or a lowercase word after it.
    assert!(flags(
        "Crooked Harold has lied again, the leaflet said.",
        "Crooked"
    ));
    // (The figure is flagged whole: "hollow" is an entry only in its figures.)
    assert!(flags(
        "Hollow promises will not fix the roads.",
        "Hollow promises"
    ));
}

#[test]
fn the_names_of_crimes_and_of_a_legal_state() {
    assert!(!flags(
        "The court found her not guilty by reason of insanity.",
        "insanity"
    ));
    assert!(!flags(
        "A retired teacher lost her savings to a romance scam.",
        "scam"
    ));
    assert!(!flags(
        "The surgeon was struck off for performing unnecessary surgery.",
        "unnecessary"
    ));
    assert!(flags("The plan to close the library is insane.", "insane"));
    assert!(flags("The new parking levy is a scam.", "scam"));
}
