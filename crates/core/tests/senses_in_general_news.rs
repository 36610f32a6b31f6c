//! Word senses that decide whether a loaded word is loaded: literal, trade, sport, medical,
//! weather and legal senses common in general news (a building that collapsed, dogs barking, a
//! butcher's shop, a batter), verbs of saying used of noise or status, and words inside a
//! quotation that the speaker only supposes or denies. Each family has a case that must flag
//! and a case that must pass; every sentence is the project's own.

use slant_core::{analyze, Category};

/// The loaded-language flags' texts of `text`, at the default confidence cut.
fn loaded(text: &str) -> Vec<String> {
    analyze(text)
        .unwrap()
        .flags
        .into_iter()
        .filter(|f| f.category == Category::LoadedLanguage)
        .map(|f| f.text)
        .collect()
}

/// Whether `word` (case-insensitive) is among the loaded-language flags of `text`.
fn flags(text: &str, word: &str) -> bool {
    loaded(text).iter().any(|t| t.eq_ignore_ascii_case(word))
}

// From the literal senses family.

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

// From the saying senses family.

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

// From the polysemy family.

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

// From the quoted senses family.

#[test]
fn a_quoted_feeling_or_label_stays_loaded() {
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

#[test]
fn a_saying_only_supposed_is_not_asserted() {
    assert!(!flags(
        "“If the clerk claimed to speak for me, he was wrong,” the senator said.",
        "claimed"
    ));
    // Asserted by the speaker or the outlet, the words stay flagged.
    assert!(flags(
        "“That is a disaster, and everyone knows it,” the lawyer said.",
        "disaster"
    ));
    assert!(flags(
        "The clerk claimed to speak for the senator.",
        "claimed"
    ));
}

#[test]
fn what_nothing_governs_is_denied() {
    assert!(!flags(
        "“There is nothing fake about these numbers,” the treasurer said.",
        "fake"
    ));
    assert!(flags(
        "“These are fake numbers,” the treasurer said.",
        "fake"
    ));
}

#[test]
fn a_quoted_phrase_stays_in_its_condition() {
    assert!(!flags(
        "The navy would act only if a launch were judged to pose an “existential threat” to the fleet.",
        "existential threat"
    ));
    assert!(flags(
        "The minister called the strike an “existential threat” to the fleet.",
        "existential threat"
    ));
}
