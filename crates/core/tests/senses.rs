//! One regression test per sense rule: the word in the sense a list means is flagged, the same
//! word in another sense is not. Sentences are the project's own.

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
fn capitalised_mid_sentence_is_a_name() {
    assert!(!flags("She won her third Grand Slam in Paris.", "slam"));
    assert!(!flags(
        "The film opened at the Daily Beast festival.",
        "beast"
    ));
    assert!(flags("The senator slammed the budget.", "slammed"));
}

#[test]
fn a_name_like_label_is_flagged_capitalised() {
    assert!(flags("The column praised Trumpism at length.", "trumpism"));
}

#[test]
fn title_case_headlines_keep_their_flags() {
    assert!(flags("Senator Slams Budget Plan As Reckless", "slams"));
}

#[test]
fn claims_as_a_noun_is_not_a_saying_verb() {
    assert!(!flags("The insurer rejected the claims in May.", "claims"));
    assert!(!flags("New jobless claims fell last week.", "claims"));
    assert!(flags("The minister claims the plan will work.", "claims"));
}

#[test]
fn a_literal_disaster_with_a_count_is_reported_not_loaded() {
    assert!(!flags(
        "The tsunami killed 300 people along the coast.",
        "tsunami"
    ));
    assert!(flags(
        "The new tax plan is a disaster for families.",
        "disaster"
    ));
}

#[test]
fn negated_degree_word_is_not_an_intensifier() {
    assert!(!flags("The change is not really new.", "really"));
}

#[test]
fn business_finance_and_sport_senses() {
    assert!(!flags(
        "The chain blamed aggressive discounting for the loss.",
        "aggressive"
    ));
    assert!(!flags(
        "The holders suffered a shock defeat at home.",
        "shock"
    ));
    assert!(!flags("No party won an outright majority.", "outright"));
    assert!(!flags(
        "The bank booked restructuring charges of $9 million.",
        "restructuring"
    ));
}

#[test]
fn british_scheme_is_a_programme() {
    assert!(!flags(
        "The government scheme pays for new boilers.",
        "scheme"
    ));
    assert!(!flags("Councils joined the scheme in April.", "scheme"));
}

#[test]
fn degree_words_that_measure() {
    assert!(!flags(
        "Farmers face great hardship after the drought.",
        "great"
    ));
}

#[test]
fn terrorism_as_a_legal_category() {
    assert!(!flags(
        "Police held two terrorist suspects overnight.",
        "terrorist"
    ));
    assert!(!flags("He faces terrorism charges in court.", "terrorism"));
}

#[test]
fn admitted_a_crime_and_revealed_plans_are_facts() {
    assert!(!flags(
        "The clerk admitted to stealing the funds.",
        "admitted"
    ));
    assert!(!flags("Court records reveal the fine was paid.", "reveal"));
    assert!(!flags(
        "The carmaker revealed plans for a plant.",
        "revealed"
    ));
}

#[test]
fn legal_senses_of_lying_harassment_and_meddling() {
    assert!(!flags(
        "He pleaded guilty to lying to investigators.",
        "lying"
    ));
    assert!(!flags(
        "The firm settled a sexual harassment suit.",
        "harassment"
    ));
    assert!(!flags(
        "Agencies studied meddling in the 2016 election.",
        "meddling"
    ));
}

#[test]
fn framing_verbs_and_certainty_frames() {
    assert!(flags(
        "The mayor dismissed the audit as a stunt.",
        "dismissed"
    ));
    assert!(!flags(
        "The board dismissed the appeal on Friday.",
        "dismissed"
    ));
    assert!(flags(
        "There can be no doubt that the talks failed.",
        "there can be no doubt"
    ));
    assert!(flags(
        "It is no wonder the union walked out.",
        "it is no wonder"
    ));
}

#[test]
fn new_evaluative_words_in_their_sense() {
    assert!(flags(
        "The council approved a controversial tower.",
        "controversial"
    ));
    assert!(flags(
        "Officials faced the thorny issue of water rights.",
        "thorny"
    ));
    assert!(!flags(
        "Goats avoid the thorny shrubs on the hill.",
        "thorny"
    ));
    assert!(!flags(
        "She said she coveted a seat on the board.",
        "coveted"
    ));
}
