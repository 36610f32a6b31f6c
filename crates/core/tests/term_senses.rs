//! Standard terms, literal objects and acts: a word of the loaded lists that general news uses
//! as a medical or legal term (a life-threatening emergency, child cruelty), of a worn or
//! hollow object (a battered suitcase, hollow stems), of a path (calls routed to an agent), a
//! vessel (a gold pan), a posture (lying there) or a weather forecast (a risk of further
//! flooding, a flood's toll). Each family has a case that must flag and a case that must pass;
//! every sentence is the project's own.

use slant_core::{analyze, Category};

/// Whether `word` (case-insensitive) is among the loaded-language flags of `text`, at the
/// default confidence cut.
fn flags(text: &str, word: &str) -> bool {
    analyze(text)
        .unwrap()
        .flags
        .into_iter()
        .any(|f| f.category == Category::LoadedLanguage && f.text.eq_ignore_ascii_case(word))
}

#[test]
fn medical_and_legal_terms() {
    assert!(!flags(
        "Staff asked patients to come in only with a life-threatening emergency.",
        "life-threatening"
    ));
    assert!(flags(
        "The mayor called the library closures life-threatening for the town.",
        "life-threatening"
    ));
    assert!(!flags(
        "She was found guilty of child cruelty and neglect.",
        "cruelty"
    ));
    assert!(!flags(
        "They were sentenced under the section on cruelty by a husband or his relatives.",
        "cruelty"
    ));
    assert!(flags(
        "The cruelty of the new benefit rules shocked many.",
        "cruelty"
    ));
}

#[test]
fn worn_and_hollow_objects() {
    assert!(!flags(
        "He set off with a battered suitcase and a map.",
        "battered"
    ));
    assert!(!flags(
        "She played a battered guitar at every wedding in the valley.",
        "battered"
    ));
    assert!(flags(
        "A year of scandals has battered the party's standing.",
        "battered"
    ));
    assert!(!flags("Beetles lay their eggs in hollow stems.", "hollow"));
    assert!(flags(
        "The council's pledge to fix the roads rings hollow.",
        "rings hollow"
    ));
    assert!(flags(
        "Residents have heard hollow promises before.",
        "hollow promises"
    ));
}

#[test]
fn a_path_a_vessel_and_a_posture() {
    assert!(!flags(
        "Urgent calls are routed to a nurse on duty.",
        "routed"
    ));
    assert!(flags(
        "The ruling party was routed in the council elections.",
        "routed"
    ));
    assert!(!flags(
        "\"These are not a few families with a pan,\" the inspector said.",
        "pan"
    ));
    assert!(flags("Critics panned the council's new logo.", "panned"));
    assert!(!flags(
        "\"My mother was lying there for hours before anyone came,\" he said.",
        "lying"
    ));
    assert!(flags(
        "The mayor has been lying to residents about the budget.",
        "lying"
    ));
}

#[test]
fn a_flood_forecast_and_a_toll() {
    assert!(!flags(
        "Forecasters warned of more rain and a risk of further flooding.",
        "flooding"
    ));
    assert!(!flags(
        "Valley floods: toll rises to 11 as rivers keep rising",
        "floods"
    ));
    assert!(flags(
        "Lobbyists are flooding the campaign with cash.",
        "flooding"
    ));
}
