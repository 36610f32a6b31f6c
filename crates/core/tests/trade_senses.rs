//! Trade senses: the idiom of sport reports (a title claimed, a side's collapse, a hostile
//! atmosphere, a ball that squirms under the keeper, a shock win), of business (a firm's own
//! restructuring, predatory pricing, a handout denied), of farming and trades (sheep and pigs
//! on a farm, a plantation, a nanny, potato blight, a rat infestation) and a plot told (a
//! character in a thriller, the hero of a novel, fantasy as a genre or a game). Each family has
//! a case that must flag and a case that must pass; every sentence is the project's own.

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
    assert!(!flags(
        "Regulators accused the airline of predatory pricing on the route.",
        "predatory"
    ));
    assert!(!flags(
        "Wet weather brought late blight to the potato crop.",
        "blight"
    ));
    assert!(!flags(
        "Inspectors closed the bakery after finding a rat infestation.",
        "infestation"
    ));
    assert!(!flags(
        "\"We are not asking for a handout,\" the farmer said.",
        "handout"
    ));
    assert!(flags("The bailout was a handout to the banks.", "handout"));
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
        "The hero of the novel is a retired postman.",
        "hero"
    ));
    assert!(!flags(
        "Fans of science fiction and fantasy queued for the author.",
        "fantasy"
    ));
    assert!(!flags(
        "He finished second in his fantasy football league.",
        "fantasy"
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
        "The plan to balance the budget by June is a fantasy.",
        "fantasy"
    ));
    assert!(flags("The heroic nurses kept the ward open.", "heroic"));
    assert!(flags(
        "The council reluctantly agreed to the cuts.",
        "reluctantly"
    ));
}
