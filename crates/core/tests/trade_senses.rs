//! Trade senses: the idiom of sport reports (a title claimed, a side's collapse, a hostile
//! atmosphere, a ball that squirms under the keeper, a shock win), of business (a firm's own
//! restructuring), of farming and trades (sheep and pigs on a farm, a plantation, a nanny) and
//! a plot told (a character in a comedy or a thriller). Each family has a case that must flag
//! and a case that must pass; every sentence is the project's own.

use slant_core::{analyze, Category};

/// Whether `word` (case-insensitive) is among the loaded-language flags of `text`, at the
/// default confidence cut.
fn flags(text: &str, word: &str) -> bool {
    analyze(text)
        .unwrap()
        .flags
        .iter()
        .any(|f| f.category == Category::LoadedLanguage && f.text.eq_ignore_ascii_case(word))
}

#[test]
fn a_title_or_a_medal_is_claimed_as_a_due() {
    assert!(!flags(
        "Riverside beat the holders to claim first county hurling title in 30 years.",
        "claim"
    ));
    assert!(!flags(
        "The sprinter claimed a third Olympic medal on Friday.",
        "claimed"
    ));
    // A statement claimed stays a doubtful saying.
    assert!(flags(
        "The club claimed the referee had cost them the title.",
        "claimed"
    ));
}

#[test]
fn the_idiom_of_sport_reports() {
    assert!(!flags(
        "The coach was blunt about her side's collapse in overtime.",
        "collapse"
    ));
    assert!(!flags(
        "A sellout crowd made the atmosphere hostile for the visitors.",
        "hostile"
    ));
    assert!(!flags(
        "His low drive squirmed under the goalkeeper for the winner.",
        "squirmed"
    ));
    assert!(!flags(
        "The part-timers earned a shock 2-1 win at the leaders.",
        "shock"
    ));
    // The same words of people and politics keep their judgement.
    assert!(flags(
        "The regime's collapse left the capital without power.",
        "collapse"
    ));
    assert!(flags(
        "The minister squirmed under questioning from the committee.",
        "squirmed"
    ));
    assert!(flags(
        "The senator was openly hostile to the reporters.",
        "hostile"
    ));
}

#[test]
fn farms_and_trades_in_their_own_terms() {
    assert!(!flags(
        "A sheep and beef farmer sold a third of her flock.",
        "sheep"
    ));
    assert!(!flags(
        "The festival staged plays in sheep sheds and church halls.",
        "sheep"
    ));
    assert!(!flags("The farm keeps 300 pigs.", "pigs"));
    assert!(!flags(
        "Tenants said the block was infested with rats.",
        "rats"
    ));
    assert!(!flags(
        "She grew up on a tea plantation in Assam.",
        "plantation"
    ));
    assert!(!flags("The couple hired a nanny for their twins.", "nanny"));
    assert!(!flags(
        "The firm announced a restructuring of our European plants, its statement said.",
        "restructuring"
    ));
    // People called animals, and the nanny of government, stay loaded.
    assert!(flags("Voters followed the new leader like sheep.", "sheep"));
    assert!(flags(
        "He called the defectors rats fleeing a sinking ship.",
        "rats"
    ));
    assert!(flags("Critics called it a nanny government.", "nanny"));
}

#[test]
fn a_plot_told_is_not_the_outlets_judgement() {
    assert!(!flags(
        "The comedy follows a family through a disastrous wedding weekend.",
        "disastrous"
    ));
    assert!(!flags(
        "In the thriller a detective slowly unravels after his partner dies.",
        "unravels"
    ));
    assert!(!flags(
        "In the film a retired nurse is reluctantly drawn into the case.",
        "reluctantly"
    ));
    // Outside a story the words judge.
    assert!(flags(
        "The rollout of the scheme was disastrous for patients.",
        "disastrous"
    ));
    assert!(flags(
        "The council reluctantly agreed to the cuts.",
        "reluctantly"
    ));
}
