//! Words with a common literal, technical or neutral sense in general news (weather and
//! disasters, buildings, medicine, sport, markets, shops and trades, technology, crime) are
//! loaded only in their figurative or evaluative use. Each family: a case that must flag and
//! a case that must pass. Sentences are the project's own.

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
fn structures_that_give_way_in_a_named_disaster() {
    // With the earthquake or storm named, a building giving way is the literal damage.
    assert!(!flags(
        "Hundreds of homes collapsed in the earthquake on Monday.",
        "collapsed"
    ));
    // People, and a case or argument, keep the judgement.
    assert!(flags(
        "The senator caved in to pressure from donors.",
        "caved in"
    ));
    assert!(flags(
        "Migrants flooded the town, the leaflet said.",
        "flooded"
    ));
    assert!(flags(
        "Parents at the school slammed the plan as reckless.",
        "slammed"
    ));
    assert!(flags(
        "His case for the war collapsed into farce.",
        "collapsed into"
    ));
}

#[test]
fn failed_undertakings_and_schemes_come_apart() {
    assert!(!flags(
        "The scheme unraveled last year when an auditor noticed gaps.",
        "unraveled"
    ));
    assert!(!flags(
        "A dispute over funding unraveled an agreement in the Senate.",
        "unraveled"
    ));
    assert!(!flags(
        "A previous round collapsed in March amid mutual recriminations.",
        "collapsed"
    ));
    assert!(flags(
        "The senator's argument is unraveling before our eyes.",
        "unraveling"
    ));
}

#[test]
fn terms_of_an_industry_or_a_market() {
    assert!(!flags(
        "The summer blockbuster took in $900 million.",
        "blockbuster"
    ));
    assert!(!flags(
        "Studios now spend most of their budgets on a few blockbusters.",
        "blockbusters"
    ));
    assert!(flags(
        "The senator released a blockbuster report on the agency.",
        "blockbuster"
    ));
    assert!(!flags(
        "The government sought a bailout from the International Monetary Fund.",
        "bailout"
    ));
    assert!(flags(
        "The bill is another bailout for reckless lenders.",
        "bailout"
    ));
    assert!(!flags(
        "Steelmakers blamed a surge of cheap imports for falling prices.",
        "surge of"
    ));
    assert!(flags(
        "The leaflet warned of a surge of migrants.",
        "surge of"
    ));
    assert!(!flags("Central banks prepared for an oil shock.", "shock"));
    assert!(!flags(
        "Police found an explosive device near the station.",
        "explosive"
    ));
    assert!(!flags(
        "Planners must consider sewer capacity and traffic.",
        "sewer"
    ));
    assert!(flags("The columnist called the forum a sewer.", "sewer"));
}

#[test]
fn another_sense_of_the_word() {
    assert!(!flags(
        "Residents woke to dark flats and cold radiators.",
        "woke"
    ));
    assert!(flags("The governor attacked woke bankers.", "woke"));
    assert!(!flags(
        "The visitors produced one of the shocks of the cup's third round.",
        "shocks"
    ));
    assert!(flags("The shocking decision angered farmers.", "shocking"));
    // Threatened places of work are endangered; threatened people were threatened.
    assert!(!flags(
        "Cheap imports have threatened plants in three states.",
        "threatened"
    ));
    assert!(flags(
        "The mayor threatened the clerks who leaked the memo.",
        "threatened"
    ));
    assert!(!flags(
        "Staff were too frightened to keep working at night.",
        "frightened"
    ));
}

#[test]
fn weather_and_bodies_in_their_own_terms() {
    assert!(!flags(
        "Farmers struggled through brutal heat in July.",
        "brutal"
    ));
    assert!(flags("The brutal regime jailed its critics.", "brutal"));
    assert!(!flags(
        "The driver was taken to a trauma centre with head trauma.",
        "trauma"
    ));
    assert!(!flags(
        "The volcano spewed ash over the villages.",
        "spewed"
    ));
    assert!(flags("The host spewed insults at his guests.", "spewed"));
}

#[test]
fn trades_shops_and_things_counted() {
    assert!(!flags(
        "The high street lost its butchers, bakers and bookshops.",
        "butchers"
    ));
    assert!(flags(
        "Critics said the regime butchered protesters.",
        "butchered"
    ));
    assert!(!flags(
        "Air defences shot down 93 of 127 drones overnight.",
        "drones"
    ));
    assert!(flags(
        "The senator called the party's staffers mindless drones.",
        "drones"
    ));
    assert!(!flags(
        "Twelve people died in a stampede at the stadium.",
        "stampede"
    ));
}

#[test]
fn criminals_in_a_criminal_case() {
    assert!(!flags(
        "The court jailed the thieves who stole the lorry.",
        "thieves"
    ));
    assert!(flags(
        "The candidate called his rivals a gang of thieves.",
        "thieves"
    ));
}

#[test]
fn worshipers_at_prayer() {
    assert!(!flags(
        "Police stood guard as worshipers gathered for Friday prayers.",
        "worshipers"
    ));
    assert!(flags(
        "The pundit mocked the senator's worshipers on cable news.",
        "worshipers"
    ));
}

#[test]
fn a_handout_denied() {
    assert!(!flags(
        "This is not a handout, the minister said.",
        "handout"
    ));
    assert!(flags("The plan is a handout to donors.", "handout"));
}
