//! Nouns and adjectives with a common literal, trade, sport, medical, weather, legal or genre
//! sense are loaded only in their figurative or evaluative use: the lists say which in data
//! (`unless` contexts of the standard collocations). Each family: a case that must flag and a
//! case that must pass. Sentences are the project's own.

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
fn trades_and_their_shops() {
    assert!(!flags(
        "The butcher on our street knows every customer.",
        "butcher"
    ));
    assert!(flags(
        "Critics said the regime butchered protesters.",
        "butchered"
    ));
}

#[test]
fn sport_terms() {
    assert!(!flags(
        "The bowler removed four batters for 31 runs before lunch.",
        "batters"
    ));
    assert!(!flags("The opener was out lbw for a duck.", "duck"));
    assert!(flags(
        "Months of bad news have battered the party's poll numbers.",
        "battered"
    ));
    assert!(flags("The minister tried to duck the question.", "duck"));
}

#[test]
fn medicine_and_crowds() {
    assert!(!flags(
        "Medics treated head wounds and broken bones.",
        "wounds"
    ));
    assert!(!flags(
        "Doctors treated broken bones and crush injuries.",
        "crush"
    ));
    assert!(!flags(
        "Extra gates will ease the crush at the entrance.",
        "crush"
    ));
    assert!(!flags(
        "The patient was lying on a trolley in the corridor.",
        "lying"
    ));
    assert!(flags(
        "The defeat reopened old wounds in the party.",
        "wounds"
    ));
    assert!(flags(
        "The governor vowed to crush the opposition.",
        "crush"
    ));
}

#[test]
fn weather_water_and_buildings() {
    assert!(!flags(
        "Drivers were warned to avoid the flooded road.",
        "flooded"
    ));
    assert!(!flags("If it's flooded, turn around.", "flooded"));
    assert!(!flags(
        "Officials said 40 homes had been destroyed in the landslide.",
        "destroyed"
    ));
    assert!(flags(
        "Migrants flooded the town, the leaflet said.",
        "flooded"
    ));
    assert!(flags("Donors are flooding the race with cash.", "flooding"));
    assert!(flags(
        "The scandal destroyed public trust in the council.",
        "destroyed"
    ));
}

#[test]
fn business_and_employment_terms() {
    assert!(!flags(
        "Cost overruns on the rail line reached 40 percent.",
        "overruns"
    ));
    assert!(!flags(
        "The administrators said workers would receive their full entitlements.",
        "entitlements"
    ));
    assert!(flags(
        "Protesters have overrun the square, the minister said.",
        "overrun"
    ));
    assert!(flags(
        "Republicans vowed to rein in entitlements.",
        "entitlements"
    ));
}

#[test]
fn idioms_of_quantity() {
    assert!(!flags(
        "The title means an awful lot to the squad.",
        "awful"
    ));
    assert!(flags("It was an awful decision by the board.", "awful"));
}

#[test]
fn legal_charges_and_convictions() {
    assert!(!flags(
        "The clerk was jailed for stealing from the till.",
        "stealing"
    ));
    assert!(flags(
        "They want to steal the election from voters.",
        "steal"
    ));
}

#[test]
fn genres_and_roles() {
    assert!(!flags(
        "She will star as a disgraced judge in the new play.",
        "disgraced"
    ));
    assert!(!flags(
        "The water crept up the street like something out of a horror film.",
        "horror"
    ));
    assert!(!flags("He hit the nail with a hammer.", "hammer"));
    assert!(flags(
        "The disgraced mayor resigned on Monday.",
        "disgraced"
    ));
    assert!(flags("The horror of the policy is plain.", "horror"));
}
