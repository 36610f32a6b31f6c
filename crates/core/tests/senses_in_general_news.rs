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
        "surge"
    ));
    assert!(flags("The leaflet warned of a surge of migrants.", "surge"));
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
        "mindless drones"
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

// Words of damage, force, disaster and fear used of physical events: weather, water, fire,
// earthquakes and volcanoes, buildings and vehicles. Such a word is loaded only in its
// figurative or evaluative use. Each family has a case that must flag and a case that must
// pass; every sentence is the project's own.
mod physical {
    use super::flags;

    #[test]
    fn quakes_volcanoes_blizzards_and_landslides_are_hazards() {
        assert!(!flags(
        "A strong quake struck the valley at dawn. Rescuers said the old bridge had been wrecked.",
        "wrecked"
    ));
        assert!(!flags("The blizzard caused chaos on the roads.", "chaos"));
        assert!(!flags(
            "Landslides cut the road, and the storm crippled power lines.",
            "crippled"
        ));
        // A hazard in another paragraph starts another topic; without one the figure stays.
        assert!(flags(
            "The volcano erupted overnight.\n\nThe rollout descended into chaos.",
            "chaos"
        ));
        assert!(flags("The rollout descended into chaos.", "chaos"));
    }

    #[test]
    fn a_structure_caving_in() {
        assert!(!flags(
            "Neighbours got out seconds before the roof caved in.",
            "caved in"
        ));
        assert!(flags(
            "The senator caved in to pressure from donors.",
            "caved in"
        ));
    }

    #[test]
    fn a_nightmare_dreamed_and_glass_shattered() {
        assert!(!flags(
            "Since the crash she has had nightmares about the road.",
            "nightmares"
        ));
        assert!(flags(
            "The new rota has been a nightmare for staff.",
            "nightmare"
        ));
        assert!(!flags(
            "Vandals shattered the shop windows overnight.",
            "shattered"
        ));
        assert!(flags(
            "The defeat shattered the party's confidence.",
            "shattered"
        ));
    }

    #[test]
    fn water_waves_and_rain_act_on_places() {
        assert!(!flags(
            "Waves broke over the sea wall and flooded shops on the front.",
            "flooded"
        ));
        assert!(!flags(
            "The new houses stand on land that flooded in 2019.",
            "flooded"
        ));
        assert!(!flags(
            "Rainfall in the hills has become more erratic.",
            "erratic"
        ));
        assert!(flags("Donors are flooding the race with cash.", "flooding"));
        assert!(flags(
            "The president's erratic behaviour alarmed allies.",
            "erratic"
        ));
    }

    #[test]
    fn a_crater_is_a_pit_and_a_pickup_a_vehicle() {
        assert!(!flags(
            "Rangers closed the path around the crater after the eruption.",
            "crater"
        ));
        assert!(flags("The proposal cratered farm incomes.", "cratered"));
        assert!(!flags(
            "A falling oak crushed his pickup overnight.",
            "crushed"
        ));
        assert!(flags(
            "The governor vowed to crush the opposition.",
            "crush"
        ));
    }

    #[test]
    fn weather_in_its_own_terms() {
        assert!(!flags(
            "Thunderstorms brought large hail to the plains.",
            "hail"
        ));
        assert!(flags("The mayor hailed the ruling as a victory.", "hailed"));
        assert!(!flags(
            "Forecasters called it a vigorous storm for the season.",
            "vigorous"
        ));
        assert!(!flags(
            "The insurers' council declared the hailstorm a catastrophe on Monday.",
            "catastrophe"
        ));
        assert!(flags(
            "The budget was a catastrophe for the party.",
            "catastrophe"
        ));
    }

    #[test]
    fn structures_weapons_and_pests_named_literally() {
        assert!(!flags(
            "The engineer said many of the collapsed buildings were new.",
            "collapsed"
        ));
        assert!(!flags(
            "The town came under a barrage of rockets overnight.",
            "barrage"
        ));
        assert!(flags("The minister faced a barrage of insults.", "barrage"));
        assert!(!flags(
            "The storm crippled power lines across the county.",
            "crippled"
        ));
        assert!(flags("The tax crippled small firms.", "crippled"));
        assert!(!flags(
            "Inspectors closed the kitchen over a rat infestation.",
            "infestation"
        ));
    }

    /// A disaster story: a headline that names an earthquake, tornado, volcano or a landslide that
    /// buries a place makes the article's damage words literal wherever they stand, though news
    /// sites give each sentence its own paragraph.
    #[test]
    fn a_disaster_story_headline_reaches_its_damage_words() {
        let quake = "Earthquake shakes coastal province, dozens hurt\n\
        The tremor struck shortly after midnight.\n\
        Engineers are checking the harbour wall.\n\
        Officials said the disaster had cut power to the old town.\n\
        Several warehouses were destroyed, the port authority said.";
        assert!(!flags(quake, "disaster"));
        assert!(!flags(quake, "destroyed"));
        let twister = "Tornado rakes farm towns overnight\n\
        Residents spent the morning clearing debris.\n\
        \"The barn was just torn apart,\" one farmer said.";
        let twister = twister.replace("torn", "ripped");
        assert!(!flags(&twister, "ripped"));
        let slide = "Landslide buries hillside hamlet after week of rain\n\
        Rescuers dug through the mud all night.\n\
        Relief agencies said the disaster showed how exposed the valley is.";
        assert!(!flags(slide, "disaster"));
        // Without the headline the same sentences keep their flag.
        assert!(flags(
            "Relief agencies said the disaster showed how exposed the valley is.",
            "disaster"
        ));
    }

    #[test]
    fn a_metaphorical_storm_or_earthquake_in_the_headline_is_no_disaster_story() {
        let tax = "Storm over tax plan as ministers split\n\
        The chancellor unveiled the plan on Tuesday.\n\
        Its first week has been a disaster for the government.";
        assert!(flags(tax, "disaster"));
        let vote = "Political earthquake in the capital as mayor loses seat\n\
        The count finished at dawn.\n\
        Her campaign was a disaster from the start.";
        assert!(flags(vote, "disaster"));
        let election = "Landslide win for the Greens in city vote\n\
        Turnout was the highest in years.\n\
        For the old guard the night was a disaster.";
        assert!(flags(election, "disaster"));
        // In a disaster story, a verb of saying keeps its sense: critics who savage a response.
        let response = "Hurricane floods coastal towns\n\
        Thousands remain without power.\n\
        Critics savaged the governor's plan for the cleanup.";
        assert!(flags(response, "savaged"));
    }
}

// Trade senses: the idiom of sport reports (a title claimed, a side's collapse, a hostile
// atmosphere, a ball that squirms under the keeper, a shock win), of business (a firm's own
// restructuring, predatory pricing, a handout denied), of farming and trades (sheep and pigs
// on a farm, a plantation, a nanny, potato blight, a rat infestation) and a plot told (a
// character in a thriller, the hero of a novel, fantasy as a genre or a game). Each family has
// a case that must flag and a case that must pass; every sentence is the project's own.
mod trades {
    use super::flags;

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
}

// Everyday senses: words that name an offence, a state of body or mind, or an ordinary act in
// crime, court, health and everyday reports are loaded only in their figurative or evaluative
// use. Each family has a case that must flag and a case that must pass; every sentence is the
// project's own.
mod everyday {
    use super::flags;

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
}

// Sport terms, negation at a distance and by comparison, and everyday idioms: words that are
// loaded in their political use but plain in a match report, in a denial the sentence itself
// makes, or inside a set phrase. Each family has a case that must flag and a case that must
// pass; every sentence is the project's own.
mod idiom {
    use super::flags;

    #[test]
    fn sport_terms_are_plain_in_a_match_report() {
        // "stonewall" before a referee's call means clear-cut.
        assert!(!flags(
            "\"That was a stonewall penalty and we didn't get it,\" the coach said.",
            "stonewall"
        ));
        assert!(flags(
            "The ministry stonewalled the inquiry for a year.",
            "stonewalled"
        ));
        // Curling: a steal, the hammer, a rink that plays aggressively.
        assert!(!flags(
            "The Okafor rink took a steal of one in the fourth end.",
            "steal"
        ));
        assert!(!flags(
            "Holding the hammer in the last end, the skip drew to the button.",
            "hammer"
        ));
        assert!(!flags(
            "Trailing by three, the visitors played aggressively with corner guards.",
            "aggressively"
        ));
        assert!(flags(
            "They want to steal the vote from the towns.",
            "steal"
        ));
        // An attack that rarely threatened the goal.
        assert!(!flags(
            "The hosts rarely threatened before the break and fell behind soon after it.",
            "threatened"
        ));
        assert!(flags(
            "The mayor threatened the reporters who had asked about the contract.",
            "threatened"
        ));
    }

    #[test]
    fn a_word_the_sentence_denies_or_sets_aside() {
        // "neither ... nor": both words are denied.
        assert!(!flags(
            "The uncle in the play is neither villain nor saviour.",
            "saviour"
        ));
        // "less a X than a Y": the comparison sets the word aside.
        assert!(!flags(
            "The second act is less a tragedy than a quiet argument.",
            "tragedy"
        ));
        assert!(flags(
            "The council's tragic blunder cost the town its park.",
            "tragic"
        ));
        // "not going to stand here and pretend": the verb is declined, at a distance.
        assert!(!flags(
        "\"I'm not going to stand here and pretend prices have not gone up,\" the minister said.",
        "pretend"
    ));
        assert!(flags(
            "The council is pretending to care about the park.",
            "pretending"
        ));
    }

    #[test]
    fn everyday_idioms() {
        assert!(!flags(
            "\"The noise from the depot is driving us crazy,\" one resident said.",
            "crazy"
        ));
        assert!(flags("The plan to sell the park is crazy.", "crazy"));
        assert!(!flags(
            "The club has a window to win now, before it slams shut in spring.",
            "slams"
        ));
        assert!(flags(
            "The senator slammed the budget on Monday.",
            "slammed"
        ));
    }
}

// Standard terms, literal objects and acts: a word of the loaded lists that general news uses
// as a medical or legal term (a life-threatening emergency, child cruelty), of a worn or
// hollow object (a battered suitcase, hollow stems), of a path (calls routed to an agent), a
// vessel (a gold pan), a posture (lying there) or a weather forecast (a risk of further
// flooding, a flood's toll). Each family has a case that must flag and a case that must pass;
// every sentence is the project's own.
mod terms {
    use super::flags;

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
}

/// Sizes and weapons in wire copy (session 35): a size word before a measure noun gives a size;
/// a drone or a bombardment at work is the machine or the attack.
mod measures_and_weapons {
    use super::flags;

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
        assert!(flags("The critics are just party drones.", "party drones"));
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
}

// Session 36: wire journalese that a careful editor reads as the agency's plain register (issue 9).
mod journalese {
    use super::flags;

    #[test]
    fn a_size_adverb_after_a_word_of_degree_or_a_change_measures_it() {
        assert!(!flags(
            "Spending on the border program has risen so dramatically that lawmakers asked for an audit.",
            "dramatically"
        ));
        assert!(!flags(
            "The party's base in the suburbs has changed dramatically since the last election.",
            "dramatically"
        ));
        assert!(!flags(
            "The agency's budget for border patrols was cut too deeply last year.",
            "deeply"
        ));
        // Judging a policy or a manner stays (in the writer's voice: since session 40 a degree
        // word in a claim reported by "said" is the speaker's emphasis).
        assert!(flags(
            "The tax bill is so deeply unfair to renters.",
            "deeply"
        ));
        assert!(!flags(
            "The senator said the tax bill is so deeply unfair to renters.",
            "deeply"
        ));
        assert!(flags(
            "The governor dramatically stormed out of the budget hearing.",
            "dramatically"
        ));
    }

    #[test]
    fn the_spread_of_misinformation_is_the_standard_term() {
        assert!(!flags(
            "The platform hired moderators to slow the spread of misinformation before the vote.",
            "misinformation"
        ));
        assert!(!flags(
            "Officials said two websites were the main source of misinformation about the ballot.",
            "misinformation"
        ));
        // A verdict on a speaker's statements stays.
        assert!(flags(
            "The senator's speech on the tax bill was riddled with misinformation.",
            "misinformation"
        ));
    }

    #[test]
    fn a_plea_to_a_charge_is_the_courts_term() {
        assert!(!flags(
            "The former aide pleaded no contest to a charge of campaign fraud.",
            "pleaded"
        ));
        assert!(!flags(
            "The senator's aide pleaded the Fifth when asked about the payments.",
            "pleaded"
        ));
        assert!(!flags(
            "The suspect pleaded innocent to all counts on Monday.",
            "pleaded"
        ));
        // An appeal to people is the verb of saying.
        assert!(flags(
            "The senator pleaded with donors to keep funding the campaign.",
            "pleaded"
        ));
    }
}

/// Session 36, round 2: general news a careful editor calls right. A record or ground as what a
/// damage verb acts on, a size word before a noun, a thing set aside for a purpose, a firm's
/// programme named by its scope, the weather's flooding, and a speaker's stock hedge or idiom in
/// a quotation.
mod s36_general {
    use super::flags;

    #[test]
    fn a_record_broken_is_sport() {
        assert!(!flags(
            "Okoro shattered the course record by two minutes on Sunday.",
            "shattered"
        ));
        assert!(!flags(
            "She shattered her personal best in the 800 metres final.",
            "shattered"
        ));
        // A figurative thing shattered stays.
        assert!(flags(
            "The defeat shattered the party's confidence.",
            "shattered"
        ));
    }

    #[test]
    fn ground_and_buildings_destroyed_are_damage() {
        assert!(!flags(
            "The farmers said hail had destroyed the harvest on the lower slopes.",
            "destroyed"
        ));
        assert!(!flags(
            "Firefighters said the blaze had destroyed the barn and two sheds.",
            "destroyed"
        ));
        // A career or a trade destroyed is the figurative sense.
        assert!(flags(
            "The campaigners said the policy destroyed the town's fishing trade.",
            "destroyed"
        ));
    }

    #[test]
    fn a_monster_before_a_noun_gives_size() {
        assert!(!flags(
            "Reyes won it with a monster free kick from 35 yards.",
            "monster"
        ));
        assert!(flags(
            "The column called the governor a monster.",
            "monster"
        ));
    }

    #[test]
    fn dedicated_before_a_thing_means_set_aside() {
        assert!(!flags(
            "The trust said it would open a dedicated stroke unit next year.",
            "dedicated"
        ));
        assert!(!flags(
            "Paramedics said a dedicated ambulance would now serve the island.",
            "dedicated"
        ));
        assert!(flags(
            "Her family said she was a dedicated teacher.",
            "dedicated"
        ));
    }

    #[test]
    fn a_firms_programme_named_by_its_scope_is_the_business_term() {
        assert!(!flags(
            "The carmaker announced a global restructuring that will close two plants.",
            "restructuring"
        ));
        assert!(flags(
            "The plant's restructuring left 300 people without work.",
            "restructuring"
        ));
    }

    #[test]
    fn flooding_of_a_kind_or_extent_is_the_weather() {
        assert!(!flags(
            "The council said surface flooding had closed two lanes of the bypass.",
            "flooding"
        ));
        assert!(!flags(
            "Severe flooding cut off three villages in the north.",
            "flooding"
        ));
        assert!(flags("Donors are flooding the race with cash.", "flooding"));
    }

    #[test]
    fn a_speakers_stock_hedge_or_idiom_judges_no_one() {
        assert!(!flags(
            "\"It sounds silly to say, but I just wanted to enjoy it,\" the runner said.",
            "silly"
        ));
        assert!(!flags(
            "\"I know it might sound crazy, but I talk to my plants,\" he said.",
            "crazy"
        ));
        assert!(!flags(
            "\"It's crazy to think we were bottom of the league a year ago,\" the captain said.",
            "crazy"
        ));
        assert!(!flags(
            "\"I felt stupid for missing the bus,\" she said.",
            "stupid"
        ));
        assert!(!flags(
            "\"She didn't suffer fools, but she never forgot a birthday,\" her colleague said.",
            "fools"
        ));
        // A judgement of someone else stays, quoted or not.
        assert!(flags(
            "\"The council's plan is stupid,\" the shop owner said.",
            "stupid"
        ));
        assert!(flags("The minister called his critics fools.", "fools"));
        assert!(flags("The plan to sell the park is crazy.", "crazy"));
    }

    #[test]
    fn a_hazard_threatens_places_a_car_slams_its_brakes_a_bleed_is_clinical() {
        assert!(!flags(
            "The wildfire scorched 10,000 acres of forest and threatened several towns.",
            "threatened"
        ));
        assert!(flags(
            "The senator threatened the reporter after the hearing.",
            "threatened"
        ));
        assert!(!flags(
            "The council slammed the brakes on the bypass after costs rose.",
            "slammed"
        ));
        assert!(flags("The senator slammed the proposal.", "slammed"));
        assert!(!flags(
            "The patient suffered a catastrophic bleed after the operation.",
            "catastrophic"
        ));
        assert!(flags(
            "The minister's catastrophic handling of the strike cost him his job.",
            "catastrophic"
        ));
    }

    #[test]
    fn a_score_measures_a_defeat_and_a_storm_is_weather() {
        assert!(!flags(
            "The holders went out after a 7-0 thrashing in the quarter-final.",
            "thrashing"
        ));
        assert!(!flags(
            "City trounced the visitors 5-0 on Saturday.",
            "trounced"
        ));
        assert!(flags("The party was trounced in the election.", "trounced"));
        assert!(!flags(
            "A vicious storm battered the coast overnight.",
            "vicious"
        ));
        assert!(flags(
            "Police said the man had carried out a vicious attack on his neighbour.",
            "vicious"
        ));
    }

    #[test]
    fn a_speakers_wonder_excitement_or_candour_judges_no_one() {
        for (text, word) in [
            ("\"Call me crazy, but I think we can still win the league,\" the manager said.", "crazy"),
            ("\"When the goal went in, the crowd went crazy,\" the striker said.", "crazy"),
            ("\"The fans went absolutely mad at the whistle,\" he said.", "mad"),
            ("\"It's been a mad few weeks,\" the singer said.", "mad"),
            ("\"It's insane to think we were playing in the park five years ago,\" the drummer said.", "insane"),
            ("\"I know it sounds ridiculous, but I cried at the end,\" she said.", "ridiculous"),
            ("\"It sounds weird, but the rain helped us,\" the skipper said.", "weird"),
            ("\"To be brutally honest, we were second best,\" the coach said.", "brutally"),
            ("\"I'd be lying if I said I wasn't nervous,\" the debutant said.", "lying"),
        ] {
            assert!(!flags(text, word), "{text}");
        }
        // A judgement of someone else, or a lie charged, stays.
        assert!(flags(
            "\"The referee's decision was ridiculous,\" the manager said.",
            "ridiculous"
        ));
        assert!(flags(
            "The minister was lying to voters about the deficit.",
            "lying"
        ));
        assert!(flags(
            "The regime's brutal crackdown left hundreds dead.",
            "brutal"
        ));
    }

    #[test]
    fn a_deep_change_and_dangerous_ground_are_not_labels() {
        assert!(!flags(
            "The grocer announced a radical overhaul of its 300 stores.",
            "radical"
        ));
        assert!(flags(
            "The senator said the radical left had taken over the party.",
            "radical"
        ));
        assert!(!flags(
            "Forecasters warned of treacherous driving conditions overnight.",
            "treacherous"
        ));
        assert!(flags(
            "The senator called his former ally a treacherous schemer.",
            "treacherous"
        ));
    }

    #[test]
    fn hail_that_damages_is_the_weather() {
        assert!(!flags(
            "Hail destroyed the wheat on dozens of farms.",
            "hail"
        ));
        assert!(flags(
            "The senator hailed the ruling as a victory.",
            "hailed"
        ));
    }
}

/// Session 37: the outlet's own words in their standard sense, told by what the word governs
/// or by its neighbours (issue 9).
mod s37 {
    use super::flags;

    #[test]
    fn a_firm_or_an_undertaking_that_collapses_fails() {
        // A bank's or a company's collapse is the trade's word for its failure; so are talks
        // that collapsed, with an adjunct after the verb.
        for (text, word) in [
            (
                "The insurer's collapse left drivers without cover.",
                "collapse",
            ),
            (
                "The airline's collapse stranded thousands of passengers.",
                "collapse",
            ),
            (
                "The lender collapsed in March after a run on deposits.",
                "collapsed",
            ),
            (
                "Talks with the dockers have collapsed twice since June.",
                "collapsed",
            ),
            (
                "Small lenders prone to collapse must hold more capital.",
                "collapse",
            ),
        ] {
            assert!(!flags(text, word), "{text}");
        }
        // A regime's collapse, and a collapse with a plan only nearby, keep the judgement.
        assert!(flags(
            "The regime's collapse came within weeks of the protests.",
            "collapse"
        ));
        assert!(flags(
            "Critics said the plan would bring about moral collapse.",
            "collapse"
        ));
    }

    #[test]
    fn a_surge_of_people_on_a_roll_is_a_count() {
        for text in [
            "Clerks reported a surge of candidates before the deadline.",
            "The state saw a surge of judges retiring early.",
            "Officials recorded a surge of applicants for the visas.",
        ] {
            assert!(!flags(text, "surge"), "{text}");
        }
        assert!(flags("The leaflet warned of a surge of migrants.", "surge"));
        assert!(flags("Officials warned of a surge of violence.", "surge"));
    }

    #[test]
    fn deeply_into_is_how_far_a_motion_goes() {
        assert!(!flags(
            "Auditors delved deeply into the charity's books.",
            "deeply"
        ));
        assert!(!flags("The roots reach deeply into the clay.", "deeply"));
    }

    #[test]
    fn so_called_before_a_word_and_an_acronym_introduces_a_name() {
        assert!(!flags(
            "The group is a so-called super PAC that can raise unlimited sums.",
            "so-called"
        ));
        assert!(flags("The so-called experts disagreed.", "so-called"));
    }

    #[test]
    fn a_word_set_aside_by_rather_than_is_not_asserted() {
        assert!(!flags(
            "The reform must rest on consent rather than coercion.",
            "coercion"
        ));
        assert!(!flags(
            "Voters wanted a steady hand instead of chaos.",
            "chaos"
        ));
        // The word the contrast prefers stays.
        assert!(flags(
            "The minister used coercion rather than consent.",
            "coercion"
        ));
    }

    #[test]
    fn armed_men_threaten_and_destroy_by_force() {
        for (text, word) in [
            (
                "Insurgents threatened the convoy near the pass.",
                "threatened",
            ),
            ("Troops demolished the protest camp at dawn.", "demolished"),
            ("Gunmen ravaged the village overnight.", "ravaged"),
        ] {
            assert!(!flags(text, word), "{text}");
        }
        // A politician's threat, or a speech that ravages a plan, stays.
        assert!(flags(
            "The senator threatened the clerks who had testified.",
            "threatened"
        ));
        assert!(flags(
            "The senator ravaged the plan in a speech.",
            "ravaged"
        ));
    }

    #[test]
    fn a_crime_a_plan_sets_out_to_end_is_named() {
        assert!(!flags(
            "Ministers backed a plan aimed at removing roadblocks and ending extortion of bus drivers.",
            "extortion"
        ));
        assert!(!flags(
            "The law is aimed at preventing misinformation about voting.",
            "misinformation"
        ));
        assert!(flags(
            "The senator called the new toll an act of extortion.",
            "extortion"
        ));
    }

    #[test]
    fn homes_that_flooded_are_under_water() {
        for text in [
            "Grants will go to families whose homes had been flooded.",
            "Dozens of houses flooded overnight.",
        ] {
            assert!(!flags(text, "flooded"), "{text}");
        }
        assert!(flags(
            "Migrants flooded the town, the leaflet said.",
            "flooded"
        ));
    }
}

// Session 37, round 2 (general): rip currents, a sport verb with its object, talks named at the
// sentence's start.
mod s37_general {
    use super::flags;

    #[test]
    fn rips_after_a_preposition_are_rip_currents() {
        assert!(!flags(
            "The volunteer pulled two boys from rips at the river mouth.",
            "rips"
        ));
        assert!(!flags(
            "Two swimmers were dragged into rips near the pier.",
            "rips"
        ));
        assert!(flags(
            "The senator ripped into the nominee on Tuesday.",
            "ripped into"
        ));
    }

    #[test]
    fn a_win_that_surprised_its_losers_is_a_result() {
        for text in [
            "The pair won in straight sets, stunning the holders.",
            "The part-timers reached the final, stunning top seeds from the capital.",
        ] {
            assert!(!flags(text, "stunning"), "{text}");
        }
        assert!(flags(
            "The council unveiled a stunning plan to sell the park.",
            "stunning"
        ));
    }

    #[test]
    fn talks_that_open_the_sentence_collapsed() {
        assert!(!flags(
            "Negotiations aimed at settling a long quarrel over grazing rights in the northern valleys collapsed on Monday.",
            "collapsed"
        ));
        assert!(flags(
            "Under the plan drawn up by the ministers in the old capital last year the regime collapsed.",
            "collapsed"
        ));
    }

    #[test]
    fn a_party_that_triumphed_won() {
        assert!(!flags(
            "Her party triumphed in three county races.",
            "triumphed"
        ));
        assert!(flags("The new opera is a triumph.", "triumph"));
    }
}

// Session 37, round 3 (general3): standard terms, business terms, literal and sport senses.
mod s37_general3 {
    use super::flags;

    #[test]
    fn a_scam_before_a_noun_names_a_kind_of_fraud() {
        for text in [
            "Troops raided two scam compounds in the hills.",
            "The regulator said online scam networks had grown.",
        ] {
            assert!(!flags(text, "scam"), "{text}");
        }
        assert!(flags("The new levy is a scam.", "scam"));
    }

    #[test]
    fn hackers_claim_to_have_stolen_what_they_stole() {
        assert!(!flags(
            "A hacking group claimed to have stolen the council's payroll files.",
            "claimed"
        ));
        assert!(!flags("The gang leaked stolen patient records.", "stolen"));
        assert!(flags(
            "The spokesman claimed that the talks would resume.",
            "claimed"
        ));
        assert!(!flags("Police found the stolen ballot papers.", "stolen"));
        assert!(flags("It was a stolen election.", "stolen"));
    }

    #[test]
    fn insolvency_and_debt_terms_are_business_words() {
        assert!(!flags(
            "The bakery chain collapsed into administration in March.",
            "collapsed into"
        ));
        assert!(!flags(
            "The bakery chain collapsed into administration in March.",
            "collapsed"
        ));
        assert!(!flags(
            "Bondholders agreed to the restructuring of the island's debt.",
            "restructuring"
        ));
        assert!(flags("The debate collapsed into chaos.", "collapsed into"));
        assert!(flags(
            "The plant's restructuring left 300 people without work.",
            "restructuring"
        ));
    }

    #[test]
    fn literal_roofs_and_dirt() {
        assert!(!flags("The barn roof was ready to cave in.", "cave in"));
        assert!(!flags("Light carpets get dirty in a week.", "dirty"));
        assert!(flags(
            "The senator caved in to pressure from donors.",
            "caved in"
        ));
        assert!(flags("They ran a dirty campaign against her.", "dirty"));
    }

    #[test]
    fn sport_batters_and_grandstand_finishes() {
        assert!(!flags("The batters struggled on a slow pitch.", "batters"));
        assert!(!flags(
            "The title race came down to a grandstand finish.",
            "grandstand"
        ));
        assert!(flags(
            "Months of bad news have battered the party's poll numbers.",
            "battered"
        ));
        assert!(flags(
            "The senator was accused of grandstanding at the hearing.",
            "grandstanding"
        ));
    }
}

/// A name at a sentence's start, where capitals tell nothing (issue 9): a word the text
/// capitalises inside a sentence, a word before a role and a name, or before a colon and a score.
mod s37_names {
    use super::flags;

    #[test]
    fn a_team_the_text_names_inside_a_sentence_is_a_name_at_the_start() {
        let story = "The Harbourmen beat the Crusaders by four points on Friday.\n\
                     Crusaders first five Tam Oduya landed three penalties.";
        assert!(!flags(story, "Crusaders"), "{story}");
        // Never capitalised inside a sentence: the opening word is the outlet's.
        assert!(flags("Thugs attacked the corner shop on Friday.", "Thugs"));
        assert!(flags(
            "Crusaders for cheaper rent say the council is deaf.",
            "Crusaders"
        ));
    }

    #[test]
    fn a_first_word_before_a_role_and_a_name_names_an_organisation() {
        assert!(!flags(
            "Crusaders coach Dan Whitcombe said his side were ready.",
            "Crusaders"
        ));
        assert!(!flags(
            "Crusaders chief executive Mara Holt said ticket sales rose.",
            "Crusaders"
        ));
        // A verb, not a role, between the word and the name.
        assert!(flags(
            "Thugs attacked Dan Whitcombe outside the hall.",
            "Thugs"
        ));
    }

    #[test]
    fn a_first_word_before_a_colon_and_a_score_is_a_label() {
        assert!(!flags(
            "Crusaders: 24 (Oduya 3 pens, Holt try).",
            "Crusaders"
        ));
        assert!(flags("Thugs: that is what the mayor called them.", "Thugs"));
    }
}

// Session 38: literal events told by what the word governs, offences and formal findings by their
// names, tax and sport terms, food described.
mod s38 {
    use super::flags;

    #[test]
    fn literal_damage_told_by_what_it_governs() {
        assert!(!flags(
            "Growers said their crops were destroyed overnight.",
            "destroyed"
        ));
        assert!(!flags(
            "The orchard was destroyed by the flood.",
            "destroyed"
        ));
        assert!(!flags(
            "Tenants must move out before the building is demolished.",
            "demolished"
        ));
        assert!(!flags(
            "The old depot was demolished to make way for flats.",
            "demolished"
        ));
        assert!(!flags(
            "We had only just replanted after the last flood in May.",
            "flood"
        ));
        assert!(!flags(
            "An earthquake swarm shook the island overnight.",
            "swarm"
        ));
        assert!(!flags(
            "She sat up all night with a feverish child.",
            "feverish"
        ));
        // The figurative senses stay.
        assert!(flags(
            "The scandal destroyed his reputation, the senator said.",
            "destroyed"
        ));
        assert!(flags(
            "The minister demolished her rival's argument.",
            "demolished"
        ));
        assert!(flags(
            "Migrants flooded the town, the leaflet said.",
            "flooded"
        ));
        assert!(flags(
            "Swarms of migrants are coming, the ad said.",
            "Swarms"
        ));
        assert!(flags(
            "Traders bid in a feverish rush for the shares.",
            "feverish"
        ));
    }

    #[test]
    fn offences_and_findings_named() {
        assert!(!flags(
            "Police recorded the case as obtaining property by deception.",
            "deception"
        ));
        assert!(!flags(
            "He was jailed for indecent assault on a teenager.",
            "assault"
        ));
        assert!(!flags(
            "The State Department formally determined that the expulsions constituted ethnic cleansing.",
            "ethnic cleansing"
        ));
        assert!(!flags(
            "Nurses said misinformation about the measles vaccine kept some parents away.",
            "misinformation"
        ));
        assert!(flags(
            "It was a campaign of deception from the start.",
            "deception"
        ));
        assert!(flags(
            "The senator called the bill an assault on working families.",
            "assault"
        ));
        assert!(flags(
            "The senator's speech was full of misinformation about the tax bill.",
            "misinformation"
        ));
    }

    #[test]
    fn money_claimed_as_ones_due() {
        assert!(!flags(
            "He claimed a refund for the cancelled flight.",
            "claimed"
        ));
        assert!(flags(
            "He claimed the refund policy was a fraud on voters.",
            "claimed"
        ));
        assert!(flags(
            "The regime collapsed amid a storm of protests.",
            "collapsed"
        ));
    }

    #[test]
    fn sport_and_aircraft() {
        assert!(!flags(
            "The lock was sent to the sin bin for a cynical infringement at the ruck.",
            "cynical"
        ));
        assert!(!flags(
            "Police said drones were used to drop leaflets over the town.",
            "drones"
        ));
        assert!(flags(
            "The senator made a cynical bid for votes.",
            "cynical"
        ));
        assert!(flags(
            "The senator called the party's staffers mindless drones.",
            "mindless drones"
        ));
    }

    #[test]
    fn food_described() {
        assert!(!flags(
            "Toasted seeds give the loaf a nutty flavour.",
            "nutty"
        ));
        assert!(!flags(
            "The chef serves the duck with a plum sauce.",
            "duck"
        ));
        assert!(flags("The rival called the plan nutty.", "nutty"));
        assert!(flags("The minister tried to duck the question.", "duck"));
    }
}

mod s38_round2 {
    use super::flags;

    #[test]
    fn a_denials_topic_is_not_asserted() {
        assert!(!flags(
            "\"Nobody rigged this election,\" the commission chief said.",
            "rigged"
        ));
        assert!(!flags("\"No one rigged anything,\" she said.", "rigged"));
        assert!(!flags(
            "The candidate said he had not rigged the primary.",
            "rigged"
        ));
        assert!(flags("Party bosses rigged the primary.", "rigged"));
    }

    #[test]
    fn fire_and_sea_threaten_literally() {
        assert!(!flags("Rising seas threaten coastal cities.", "threaten"));
        assert!(!flags(
            "A fire threatened the old church overnight.",
            "threatened"
        ));
        assert!(!flags(
            "Floodwaters threatened the town's water supply.",
            "threatened"
        ));
        assert!(!flags(
            "A tropical storm threatened the gulf coast on Monday.",
            "threatened"
        ));
        assert!(flags(
            "The senator threatened the clerks who had testified.",
            "threatened"
        ));
    }

    #[test]
    fn the_flood_as_an_event() {
        assert!(!flags(
            "Since the flood, the bakery has opened only on weekends.",
            "flood"
        ));
        assert!(!flags("The town was rebuilt after the flood.", "flood"));
        assert!(flags(
            "After the flood of cheap steel, the mill closed.",
            "flood"
        ));
        assert!(flags(
            "The flood of migrants continued, the leaflet said.",
            "flood"
        ));
    }

    #[test]
    fn pleas_failed_talks_and_tax_claims_stay_plain() {
        assert!(!flags(
            "The adviser pleaded guilty to lying to the FBI about his contacts with the envoy.",
            "lying"
        ));
        assert!(!flags(
            "He was charged with sexual assault and two counts of burglary.",
            "assault"
        ));
        assert!(!flags(
            "Trade talks collapsed on Friday after the two sides failed to agree on tariffs.",
            "collapsed"
        ));
        assert!(!flags(
            "Families may claim a credit of up to $2,000 per child.",
            "claim"
        ));
        assert!(!flags(
            "Taxpayers can claim a deduction for charitable gifts.",
            "claim"
        ));
        assert!(flags(
            "The party's vote share collapsed in the northern districts.",
            "collapsed"
        ));
    }

    #[test]
    fn toxic_pollutants_are_chemistry() {
        assert!(!flags(
            "The plant must cut toxic air pollution by half.",
            "toxic"
        ));
        assert!(!flags(
            "Firefighters wore masks against the toxic smoke.",
            "toxic"
        ));
        assert!(flags("The senator ran a toxic campaign.", "toxic"));
    }
}

mod s38_round3 {
    use super::flags;

    #[test]
    fn an_undertaking_that_collapses_fails() {
        assert!(!flags(
            "The fishing pact will collapse if the quotas stay.",
            "collapse"
        ));
        assert!(!flags(
            "Efforts to repeal the levy collapsed in June.",
            "collapsed"
        ));
        assert!(!flags(
            "The repeal collapsed in the upper house.",
            "collapsed"
        ));
        assert!(!flags(
            "Both sides traded blame after the collapse of repeal efforts.",
            "collapse"
        ));
        assert!(!flags("The takeover collapsed last week.", "collapsed"));
        assert!(flags(
            "The regime will collapse if the army defects.",
            "collapse"
        ));
        assert!(flags("The party's vote share collapsed.", "collapsed"));
        assert!(flags(
            "The old regime collapsed amid a storm of protests.",
            "collapsed"
        ));
    }

    #[test]
    fn drones_made_and_traded_are_aircraft() {
        assert!(!flags(
            "She runs a firm that makes drones for farmers.",
            "drones"
        ));
        assert!(!flags(
            "The ministry bought drones from two suppliers.",
            "drones"
        ));
        assert!(flags("The critics are just party drones.", "party drones"));
    }

    #[test]
    fn a_formal_designation_weighed() {
        assert!(!flags(
            "Ministers are weighing whether to designate the expulsions as ethnic cleansing.",
            "ethnic cleansing"
        ));
        assert!(!flags(
            "The envoy urged the council to declare the campaign ethnic cleansing.",
            "ethnic cleansing"
        ));
        assert!(!flags(
            "A draft recommendation would define it as ethnic cleansing.",
            "ethnic cleansing"
        ));
        assert!(flags(
            "The war was defined by brutal ethnic cleansing.",
            "ethnic cleansing"
        ));
        assert!(flags(
            "The militia carried out ethnic cleansing in the hills.",
            "ethnic cleansing"
        ));
    }
}

mod s39 {
    use super::flags;

    #[test]
    fn a_threat_made_with_something_is_reported() {
        assert!(!flags(
            "\"A state that threatens its neighbours with missiles cannot be trusted,\" she said.",
            "threatens"
        ));
        assert!(!flags(
            "Gunmen threatened the guards with rifles, the owner said.",
            "threatened"
        ));
        assert!(flags(
            "The senator threatened the clerks who had testified.",
            "threatened"
        ));
    }

    #[test]
    fn people_frightened_away_are_driven_off() {
        assert!(!flags(
            "\"The shelling frightened visitors away from the coast,\" the innkeeper said.",
            "frightened"
        ));
        assert!(!flags(
            "The roadworks frightened off shoppers for months.",
            "frightened"
        ));
        assert!(flags(
            "The minister gave a frightening speech about migrants.",
            "frightening"
        ));
    }

    #[test]
    fn trolls_hired_and_their_accounts() {
        assert!(!flags(
            "Investigators said paid trolls posted thousands of messages.",
            "trolls"
        ));
        assert!(!flags("The platform removed 900 troll accounts.", "troll"));
        assert!(flags(
            "The columnist dismissed her critics as trolls.",
            "trolls"
        ));
    }

    #[test]
    fn toxicity_stated_of_a_substance() {
        assert!(!flags("Chlorine is a poisonous gas.", "poisonous"));
        assert!(!flags("The berries are poisonous to dogs.", "poisonous"));
        assert!(!flags(
            "The opioid can be lethal in tiny doses, doctors warned.",
            "lethal"
        ));
        assert!(!flags("The solvent is lethal if inhaled.", "lethal"));
        assert!(flags("The debate has turned poisonous.", "poisonous"));
        assert!(flags(
            "The mayor faces a lethal political threat.",
            "lethal"
        ));
    }

    #[test]
    fn a_forged_licence_is_a_document() {
        assert!(!flags(
            "Police said the teenager carried a fake driver's license.",
            "fake"
        ));
        assert!(flags("The senator called it a fake scandal.", "fake"));
    }

    #[test]
    fn a_cut_not_deep_enough_is_measured() {
        assert!(!flags(
            "Economists said the bank had not cut rates deeply enough to lift demand.",
            "deeply"
        ));
        assert!(flags("The plan is deeply unfair to renters.", "deeply"));
    }
}

mod s39b {
    use super::flags;

    #[test]
    fn contagion_is_a_disease_or_a_market_spreading() {
        assert!(!flags(
            "Officials urged staff to stay home to limit contagion.",
            "contagion"
        ));
        assert!(!flags(
            "Investors feared financial contagion from the lender's collapse.",
            "contagion"
        ));
        // The figurative use stays a match (ambiguous now, so near the default cut).
        assert!(flags(
            "The senator warned of the contagion of cynicism in the capital.",
            "contagion"
        ));
    }

    #[test]
    fn a_speed_graded_by_surprise_is_a_measure() {
        assert!(!flags(
            "Prices climbed at an astonishing pace last spring.",
            "astonishing"
        ));
        assert!(!flags(
            "The leaders set a blistering pace in the first half.",
            "blistering"
        ));
        assert!(!flags(
            "Workers kept up a frantic pace before the deadline.",
            "frantic"
        ));
        assert!(!flags(
            "The new plant was built at shocking speed.",
            "shocking"
        ));
        assert!(!flags("Shares rose at a stunning pace.", "stunning"));
        assert!(flags(
            "The minister launched a blistering attack on critics.",
            "blistering"
        ));
        assert!(flags(
            "The council unveiled a stunning plan to sell the park.",
            "stunning"
        ));
        assert!(flags("The shocking decision angered farmers.", "shocking"));
        // A word of fear still warns: "an alarming rate" stays flagged.
        assert!(flags(
            "Reefs are dying at an alarming rate, the survey found.",
            "alarming"
        ));
    }

    #[test]
    fn a_loan_paid_back_is_repaid() {
        assert!(!flags(
            "Graduates struggle to payback their loans.",
            "payback"
        ));
        assert!(flags(
            "The vote was payback for the senator's betrayal.",
            "payback"
        ));
    }
}

mod s40_senses {
    use super::flags;
    use slant_core::{analyze, Category, Voice};

    #[test]
    fn a_label_denied_over_the_or_in_a_negated_imperative() {
        assert!(!flags(
            "The clerk was not the mastermind of the fraud.",
            "mastermind"
        ));
        assert!(!flags("Don't be a crook with the club's money.", "crook"));
        assert!(!flags(
            "Never be a puppet of the donors, she told them.",
            "puppet"
        ));
        assert!(!flags(
            "There is no need for panic over the new fares.",
            "panic"
        ));
        assert!(!flags("The mayor saw no cause for hysteria.", "hysteria"));
        // Over "the" only a whole noun phrase: "not the brutal crackdown" presumes it brutal.
        assert!(flags(
            "The anger was not about the brutal crackdown but about the arrests.",
            "brutal"
        ));
        // A participle after "not be" is the speaker's frame, and a call made stays.
        assert!(flags(
            "The mayor vowed she would not be bullied by the board.",
            "bullied"
        ));
        assert!(flags("There is every reason for panic.", "panic"));
        assert!(flags("It was a disaster, and not the first.", "disaster"));
    }

    #[test]
    fn weapons_ballots_and_diseases_are_things() {
        assert!(!flags(
            "Fighters surrendered their rifles at the depot.",
            "surrendered"
        ));
        assert!(!flags("Officers found stolen ballots in a van.", "stolen"));
        assert!(!flags(
            "Doctors are treating an epidemic of measles in the camps.",
            "epidemic"
        ));
        assert!(!flags("Police found the stolen ballot papers.", "stolen"));
        assert!(flags("It was a stolen election.", "stolen"));
        assert!(flags(
            "Critics decried an epidemic of lawlessness on the trains.",
            "epidemic"
        ));
    }

    #[test]
    fn an_event_or_a_charge_is_no_speaker() {
        let speakers = |text: &str| {
            let report = analyze(text).unwrap();
            report
                .flags
                .iter()
                .filter(|f| f.category == Category::LoadedLanguage)
                .map(|f| {
                    let who = f.speaker.as_ref().map(|s| s.text.clone());
                    (f.text.clone(), f.voice, who)
                })
                .collect::<Vec<_>>()
        };
        // "a charge the party" is the party's reduced relative clause.
        let got = speakers(
            "The council blamed the party for the riot, a charge the party rejected as a vicious smear.",
        );
        assert!(got
            .iter()
            .all(|(_, _, who)| who.as_deref() == Some("the party")));
        // What an event suggests is the writer's inference.
        let got = speakers("The ambush suggested the gang had become more ruthless.");
        assert_eq!(got, vec![("ruthless".to_owned(), Voice::Outlet, None)]);
    }

    #[test]
    fn an_authoritys_finding_uses_its_legal_term() {
        assert!(!flags(
            "The foreign office determined that the militia committed genocide in the hills.",
            "genocide"
        ));
        assert!(flags(
            "The militia waged genocide in the hills, the activists said.",
            "genocide"
        ));
    }
}

// Session 41: senses and voice in general news from outlets never studied.
mod s41_senses {
    use super::flags;

    #[test]
    fn a_charge_names_its_act_in_its_own_words() {
        // The gerund after "accused of", "charged with" is the charge's wording.
        assert!(!flags(
            "A driver was arrested and accused of threatening a ticket inspector at the depot.",
            "threatening"
        ));
        assert!(!flags(
            "Police said a woman accused of threatening a pharmacist was released on bond.",
            "threatening"
        ));
        assert!(flags(
            "The driver kept threatening the ticket inspectors at the depot.",
            "threatening"
        ));
        assert!(!flags(
            "The bus driver was charged with assaulting a passenger.",
            "assaulting"
        ));
        // A rival's accusation is the rival's judgement.
        assert!(flags(
            "The mayor was accused of bullying the clerks by her deputy.",
            "bullying"
        ));
        // An adjective before its noun is no act charged: "accused of shocking acts".
        assert!(flags(
            "The coach stood accused of shocking cruelty to the juniors.",
            "shocking"
        ));
    }

    #[test]
    fn an_indefinite_subject_before_a_modal_is_supposed() {
        assert!(!flags(
            "A collapsed ferry operator would leave the islands with no service.",
            "collapsed"
        ));
        assert!(flags(
            "The ferry operator collapsed and left the islands with no service.",
            "collapsed"
        ));
    }

    #[test]
    fn a_raised_passive_names_no_speaker() {
        let r = slant_core::analyze("Three men thought to be looters broke into the grain depot.")
            .unwrap();
        let f = r.flags.iter().find(|f| f.text == "looters").unwrap();
        assert_eq!(f.voice, slant_core::Voice::Attributed);
        assert!(f.speaker.is_none());
    }

    #[test]
    fn a_negated_intention_or_a_refusal_does_not_do_it() {
        assert!(!flags(
            "The new owners have no intention of squandering the club's savings.",
            "squandering"
        ));
        assert!(!flags(
            "The squad did not intend to squander the lead.",
            "squander"
        ));
        assert!(!flags(
            "Shop owners refused to be intimidated by the threats.",
            "intimidated"
        ));
        assert!(flags(
            "The new owners began squandering the club's savings.",
            "squandering"
        ));
    }

    #[test]
    fn a_name_locals_give_in_quotation_marks_is_mentioned() {
        assert!(!flags(
            "The ward is known as \"the nightmare\" among nurses.",
            "nightmare"
        ));
        assert!(!flags(
            "The ward, nicknamed \"the nightmare\" by its nurses, will close.",
            "nightmare"
        ));
        assert!(flags(
            "The ward became a nightmare for its nurses.",
            "nightmare"
        ));
    }

    #[test]
    fn a_term_glossing_what_was_just_described_is_mentioned() {
        assert!(!flags(
            "\"They hired paid posters or ‘trolls,’\" the memo said.",
            "trolls"
        ));
        assert!(flags(
            "\"They hired paid posters and trolls,\" the memo said.",
            "trolls"
        ));
        // A list of quoted words uses them.
        assert!(flags(
            "Even his allies avoid the words \"crooks\" or \"trolls\" now.",
            "trolls"
        ));
    }

    #[test]
    fn armed_groups_threaten_in_earnest() {
        assert!(!flags(
            "A truce would give armed groups room to threaten the coast, a spokesman said.",
            "threaten"
        ));
        assert!(!flags(
            "Chaos would let smugglers and other terrorist cells threaten the port, an envoy said.",
            "threaten"
        ));
        assert!(flags(
            "The senator threatened the clerks who had testified.",
            "threatened"
        ));
    }

    #[test]
    fn a_structure_that_collapsed_failed_physically() {
        assert!(!flags(
            "A section of the ice shelf collapsed last spring.",
            "collapsed"
        ));
        assert!(!flags(
            "The tunnel collapsed as miners dug beneath the hill.",
            "collapsed"
        ));
        assert!(flags(
            "Under his rule the currency collapsed in 1998.",
            "collapsed"
        ));
    }

    #[test]
    fn relief_work_and_medicine_use_their_own_terms() {
        assert!(!flags(
            "Donors pledged money to ease the suffering of displaced families.",
            "suffering"
        ));
        assert!(!flags(
            "Doctors say the new scan spares older men unnecessary biopsies.",
            "unnecessary"
        ));
        assert!(flags(
            "The council imposed unnecessary rules on market traders.",
            "unnecessary"
        ));
    }
}

// Session 42: senses in general news from new outlets (s42-senses23).
mod s42_senses23 {
    use super::flags;

    #[test]
    fn a_later_offence_in_a_charge_list_is_the_charge_wording() {
        assert!(!flags(
            "The tenant was arrested for burglary, trespass, menacing and worse.",
            "menacing"
        ));
        assert!(!flags(
            "He faces counts of theft and menacing after the fight at the kiosk.",
            "menacing"
        ));
        assert!(!flags(
            "She was charged with theft, fraud, and menacing.",
            "menacing"
        ));
        // No charge word before the list: the outlet's own word.
        assert!(flags(
            "The landlord sent a menacing letter to every tenant.",
            "menacing"
        ));
    }

    #[test]
    fn anything_under_a_negation_is_denied() {
        assert!(!flags(
            "\"We don't need to try anything crazy at this stage,\" the manager said.",
            "crazy"
        ));
        assert!(!flags(
            "\"We will not do anything reckless,\" the governor said.",
            "reckless"
        ));
        assert!(flags(
            "\"He will do anything reckless to win,\" the governor said.",
            "reckless"
        ));
    }

    #[test]
    fn a_feeling_said_of_oneself_judges_no_one() {
        assert!(!flags(
            "\"I felt so stupid after the missed penalty,\" the striker said.",
            "stupid"
        ));
        assert!(!flags(
            "She said she feels beautiful in the gown her aunt sewed.",
            "beautiful"
        ));
        // A feeling about a thing is a judgement of it.
        assert!(flags(
            "The new tower looks beautiful from the harbour.",
            "beautiful"
        ));
    }

    #[test]
    fn governments_and_economies_collapse_in_the_plain_verb() {
        assert!(!flags(
            "The economy collapsed in 2009 and the peso lost most of its value.",
            "collapsed"
        ));
        assert!(!flags(
            "The coalition's collapse left the island without a budget.",
            "collapse"
        ));
        // A currency under someone's rule stays the judgement (list example).
        assert!(flags(
            "Under his rule the currency collapsed in 1998.",
            "collapsed"
        ));
    }
}

// Session 42: senses of loaded words on wire copy.
mod s42_senses {
    use super::flags;

    #[test]
    fn a_negated_any_or_anything_denies_the_word() {
        assert!(!flags(
            "The audit did not find anything sinister in the timing of the transfers.",
            "sinister"
        ));
        assert!(!flags(
            "The abbot said he never saw any evil in the fishermen's quarrel.",
            "evil"
        ));
        // Without a negation "anything" asserts nothing away.
        assert!(flags(
            "The pamphlet hinted at something sinister in the timing of the transfers.",
            "sinister"
        ));
    }

    #[test]
    fn a_formal_determination_names_the_crime_it_finds() {
        assert!(!flags(
            "The foreign ministry formally determined last spring that the expulsions amounted to genocide.",
            "genocide"
        ));
        assert!(!flags(
            "The cabinet's determination that the raids were genocide was published on Monday.",
            "genocide"
        ));
        // Resolve is no finding: "determined to ensure that".
        assert!(flags(
            "The militia is determined to ensure that the genocide goes on, the envoy said.",
            "genocide"
        ));
    }

    #[test]
    fn a_magistrates_case_names_the_charge() {
        assert!(!flags(
            "The winger, accused of assaulting a steward after the derby, will appear before magistrates in May.",
            "assaulting"
        ));
    }

    #[test]
    fn a_hoax_in_a_criminal_case_is_the_offence() {
        assert!(!flags(
            "A student was charged over the hoax, which closed four schools on Friday.",
            "hoax"
        ));
        // A party's label in a civil case stays the label.
        assert!(flags(
            "Two farmers sued the agency last year. The governor has called the drought a hoax.",
            "hoax"
        ));
    }

    #[test]
    fn a_territory_or_a_sum_claimed_is_taken_not_said() {
        assert!(!flags(
            "The kingdom claims nearly all of the lagoon and its sandbanks.",
            "claims"
        ));
        assert!(!flags(
            "The kingdom claims almost the entire lagoon as its own.",
            "claims"
        ));
        assert!(!flags(
            "The duchy's old claims over the estuary were set aside by a panel in 2009.",
            "claims"
        ));
        assert!(!flags(
            "The growers claimed $12 million for frost damage last season.",
            "claimed"
        ));
        assert!(!flags(
            "Farmers claiming the fuel rebate must keep their receipts.",
            "claiming"
        ));
        // A clause after the verb is still a saying.
        assert!(flags(
            "The kingdom claims almost the entire lagoon was drained by its rival.",
            "claims"
        ));
        assert!(flags(
            "The growers claimed $12 million had been stolen from the fund.",
            "claimed"
        ));
        // The place a thing lies is no falsehood.
        assert!(!flags(
            "The kingdom says the sandbank lies within its waters.",
            "lies"
        ));
    }
}

mod s42_senses24 {
    use super::flags;

    #[test]
    fn a_seeming_avoided_under_without_is_denied() {
        assert!(!flags(
            "The lender wants to trim its rates without looking reckless to savers.",
            "reckless"
        ));
        assert!(!flags(
            "The coach asked his wingers to press without being aggressive.",
            "aggressive"
        ));
        // "without" that governs something else leaves the word asserted.
        assert!(flags(
            "Without a budget, the council made a reckless bet on bonds.",
            "reckless"
        ));
    }

    #[test]
    fn forged_things_of_commerce_are_literal_fakes() {
        assert!(!flags(
            "The ring made money by placing fake orders with the bakery's app.",
            "fake"
        ));
        assert!(!flags(
            "The clerk issued fake invoices to a shell firm.",
            "fake"
        ));
        assert!(flags("The senator called the inquiry fake.", "fake"));
    }
}

// Session 43: terms of art, literal uses and disclosures in the outlet's own voice.

#[test]
fn s43_a_record_that_revealed_discloses() {
    assert!(!flags(
        "The letter revealed that the trust had sold the orchard in June.",
        "revealed"
    ));
    assert!(!flags(
        "The inquiry has revealed that the pumps were never serviced.",
        "revealed"
    ));
    // A person's "revealed that" still presents the statement as established.
    assert!(flags(
        "The deputy revealed that the council was broke.",
        "revealed"
    ));
}

#[test]
fn s43_a_modal_opens_the_clause_a_denial_governs() {
    assert!(!flags(
        "The chairman denied he would try to rig the ballot for his nephew.",
        "rig"
    ));
    assert!(flags(
        "The chairman rigged the ballot for his nephew.",
        "rigged"
    ));
}

#[test]
fn s43_staff_sent_in_a_surge_are_an_amount() {
    assert!(!flags(
        "The plan sends a surge of federal inspectors to the meat plants.",
        "surge"
    ));
    assert!(!flags(
        "The ministry ordered a surge of troops to the northern pass.",
        "surge"
    ));
    assert!(flags(
        "Farmers warned of a surge of thefts from barns.",
        "surge"
    ));
}

#[test]
fn s43_a_lie_only_supposed_is_not_asserted() {
    assert!(!flags(
        "If the trader lied to the inspectors, he faces a fine.",
        "lied"
    ));
    assert!(flags("The trader lied to his customers for years.", "lied"));
}

mod s43_senses25 {
    use super::flags;

    #[test]
    fn a_structure_that_gives_way_is_no_metaphor() {
        assert!(!flags(
            "The widow feared the cottage's house would collapse on the twins in the night.",
            "collapse"
        ));
        assert!(!flags(
            "The disused mine collapsed in 1979, trapping seven diggers.",
            "collapsed"
        ));
        assert!(!flags(
            "Part of the grandstand collapsed before kick-off.",
            "collapsed"
        ));
        assert!(!flags(
            "Half of the pier collapsed into the harbour at dawn.",
            "collapsed"
        ));
        // A regime or a currency stays loaded, with a structure governed by another
        // preposition before it too.
        assert!(flags(
            "Under the tower's shadow the regime collapsed within weeks.",
            "collapsed"
        ));
        assert!(flags(
            "The dictatorship collapsed after the siege of the port.",
            "collapsed"
        ));
    }

    #[test]
    fn the_thing_a_fake_is_may_have_a_modifier() {
        assert!(!flags(
            "Swindlers built fake lending websites that copied a real bank's logo.",
            "fake"
        ));
        assert!(!flags(
            "Customers installed a fake parcel app and lost their savings.",
            "fake"
        ));
        assert!(!flags(
            "The gang set up a fake bullion platform on a rented server.",
            "fake"
        ));
        // A judgement of a thing that is no object stays.
        assert!(flags(
            "The mayor dismissed the audit as a fake exercise in blame.",
            "fake"
        ));
        // The modifier must be lowercase and not a function word.
        assert!(flags(
            "The union called the offer fake and its promises empty.",
            "fake"
        ));
    }

    #[test]
    fn military_suppression_and_fraud_categories() {
        assert!(!flags(
            "Ground radars suppressed nine drones near the dam overnight.",
            "suppressed"
        ));
        assert!(!flags(
            "Sappers advanced under suppressing fire from the ridge.",
            "suppressing"
        ));
        assert!(flags(
            "The province suppressed a survey of teachers' pay.",
            "suppressed"
        ));
        assert!(!flags(
            "Detectives warned retirees about crypto scams sold through chat groups.",
            "scams"
        ));
        assert!(!flags(
            "The bank runs classes to help customers guard against scams.",
            "scams"
        ));
        assert!(flags(
            "The opposition called the fuel rebate a scam.",
            "scam"
        ));
    }

    #[test]
    fn idioms_of_economics_and_sport() {
        assert!(!flags(
            "Unpaid bills and lost orders put the mills in a vicious cycle.",
            "vicious cycle"
        ));
        assert!(!flags(
            "Unpaid bills and lost orders put the mills in a vicious cycle.",
            "vicious"
        ));
        assert!(!flags(
            "Regulators forced lenders to write down toxic loans on their books.",
            "toxic"
        ));
        assert!(!flags(
            "Cheap credit kept zombie firms alive for a decade.",
            "zombie"
        ));
        assert!(!flags(
            "The coach told the forwards to be aggressive from the first whistle.",
            "aggressive"
        ));
        assert!(flags(
            "The bailiffs used aggressive tactics on the tenants.",
            "aggressive"
        ));
        assert!(flags(
            "A vicious campaign of leaflets targeted the candidate.",
            "vicious"
        ));
    }
}

/// Session 43, round 2: senses of words on news from new outlets (issue 9).
mod s43_senses26 {
    use super::flags;

    #[test]
    fn economics_shocks_are_sudden_changes() {
        for (text, word) in [
            (
                "Cassava exporters have stayed resilient to shocks since the floods.",
                "shocks",
            ),
            (
                "The central bank warned of a terms-of-trade shock as copper fell.",
                "shock",
            ),
            (
                "“The new duty was a real shock for the market,” a timber dealer said.",
                "shock",
            ),
            (
                "Fishing villages hit by climate shocks borrowed to buy nets.",
                "shocks",
            ),
            (
                "Savings groups helped households absorb the shock of a failed harvest.",
                "shock",
            ),
        ] {
            assert!(!flags(text, word), "{text}");
        }
        // The adjective and the verb of outrage stay.
        assert!(flags(
            "The shocking beating of the porter angered the town.",
            "shocking"
        ));
        assert!(flags("The advert was designed to shock parents.", "shock"));
    }

    #[test]
    fn business_aggression_is_forceful_selling() {
        for text in [
            "The juice maker began an aggressive billboard advertising drive.",
            "The scooters were aggressively marketed to commuters.",
            "The bakery chain has an aggressive timeline for twenty new shops.",
            "The brewer pursued an aggressive acquisition spree in the south.",
        ] {
            assert!(
                !flags(text, "aggressive") && !flags(text, "aggressively"),
                "{text}"
            );
        }
        assert!(flags(
            "Guards used aggressive tactics on the marchers.",
            "aggressive"
        ));
    }

    #[test]
    fn a_regions_name_for_a_crime_is_its_term() {
        assert!(!flags(
            "The inspector said the two deaths were payback killings between rival clans.",
            "payback"
        ));
        assert!(!flags(
            "A crowd lynched a suspected pickpocket in an act of mob justice.",
            "mob"
        ));
        assert!(!flags(
            "The district has recorded four incidents of mob violence this year.",
            "mob"
        ));
        // The writer's own crowd, and a charge of mob violence, stay.
        assert!(flags("A furious mob burned the clinic's gate.", "mob"));
        assert!(flags(
            "The pundit accused the marchers of mob violence.",
            "mob"
        ));
        assert!(flags(
            "The vote was payback for the mayor's snub.",
            "payback"
        ));
    }

    #[test]
    fn a_period_or_a_show_described() {
        assert!(!flags(
            "The play is set in a time of upheaval after the coup.",
            "upheaval"
        ));
        assert!(!flags(
            "The harbour festival ends with a fireworks spectacle at midnight.",
            "spectacle"
        ));
        assert!(flags(
            "The council's plan caused needless upheaval for shopkeepers.",
            "upheaval"
        ));
        // Spectacles worn are glasses; a show's plural stays.
        assert!(!flags(
            "The ferry's captain lost his spectacles overboard.",
            "spectacles"
        ));
        assert!(!flags(
            "The charity gave free spectacles to schoolchildren.",
            "spectacles"
        ));
        assert!(flags(
            "The inquiry became a spectacle of finger-pointing.",
            "spectacle"
        ));
        assert!(flags(
            "Campaign rallies have become tawdry spectacles.",
            "spectacles"
        ));
    }
}

// Session 44: false alarms a blind reading found on general news from outlets never studied
// (a Sierra Leone, Malawian and Mauritian daily, Maldivian, Mongolian and Latvian sites, a Belize
// daily, a Louisiana regional), each written as the phenomenon with our own sentences.
mod s44_senses27 {
    use super::flags;

    #[test]
    fn a_referee_waving_away_an_appeal_is_the_games_term() {
        for text in [
            "The hosts had a late penalty appeal waved away.",
            "The referee waved away their claims of a push on the keeper.",
            "The umpire waved away a loud shout for a catch.",
            "Their appeal for a corner was waved away in stoppage time.",
        ] {
            assert!(!flags(text, "waved away"), "{text}");
        }
        assert!(flags(
            "The treasurer waved away questions about the audit.",
            "waved away"
        ));
    }

    #[test]
    fn a_degree_conceded_is_not_asserted() {
        for (text, word) in [
            (
                "The hotels will stay empty no matter how beautiful the coral is.",
                "beautiful",
            ),
            (
                "However brilliant the design, the town cannot pay for the bridge.",
                "brilliant",
            ),
            (
                "It does not matter how ridiculous the rule sounds: trawlers must follow it.",
                "ridiculous",
            ),
        ] {
            assert!(!flags(text, word), "{text}");
        }
        assert!(flags(
            "The architect unveiled a brilliant design for the pier.",
            "brilliant"
        ));
        // "however" as "albeit" grants the word: the union did sign reluctantly.
        assert!(flags(
            "The deal was signed, however reluctantly, by the dockers' union.",
            "reluctantly"
        ));
    }

    #[test]
    fn suffering_a_loss_is_undergoing_it() {
        for text in [
            "The ferry firm says the losses it is suffering will close two routes.",
            "The netball side is suffering a run of heavy defeats.",
            "The striker, suffering an ankle injury, left at half-time.",
            "Cocoa traders are suffering heavy losses since the port shut.",
        ] {
            assert!(!flags(text, "suffering"), "{text}");
        }
        // (Since session 49 people who are suffering is the plain state too; the noun, what a
        // minister mocks, stays.)
        assert!(!flags(
            "Families in the hills are suffering as the drought drags on.",
            "suffering"
        ));
        assert!(flags(
            "The minister mocked the suffering of the hill families.",
            "suffering"
        ));
    }

    #[test]
    fn worrying_the_verb_is_a_state() {
        for text in [
            "Residents are worrying unnecessarily about the new mast, the engineer said.",
            "Parents kept worrying about the bus timetable.",
            "The coach told his squad to stop worrying.",
        ] {
            assert!(!flags(text, "worrying"), "{text}");
        }
        assert!(flags(
            "Inspectors found a worrying rise in truancy.",
            "worrying"
        ));
    }

    #[test]
    fn a_feeling_told_of_people_judges_nothing() {
        for text in [
            "“We cannot send the children home sad,” the coach said.",
            "The porter was sad to leave the station after forty years.",
            "The fans were sad to see the old stand go.",
        ] {
            assert!(!flags(text, "sad"), "{text}");
        }
        assert!(flags(
            "It was a sad day for the harbour when the vote passed.",
            "sad"
        ));
    }

    #[test]
    fn what_a_negated_mean_governs_is_not_asserted() {
        for text in [
            "That does not mean the harvest is hopeless.",
            "It doesn't necessarily mean that the ferry plan is hopeless.",
            "The dry spell won't mean that the season is hopeless.",
        ] {
            assert!(!flags(text, "hopeless"), "{text}");
        }
        assert!(flags("The state of the old dam is hopeless.", "hopeless"));
        // A modifier in the clause's subject is presumed, and a "no" elsewhere asserts.
        assert!(flags(
            "It does not mean the brutal raids will end.",
            "brutal"
        ));
        assert!(flags(
            "It is no exaggeration to say that the raids were brutal.",
            "brutal"
        ));
    }

    #[test]
    fn weather_shocks_are_a_technical_term() {
        for text in [
            "Repeated weather shocks have left growers in the delta short of seed.",
            "Drought shocks cut the maize crop twice in five years.",
        ] {
            assert!(!flags(text, "shocks"), "{text}");
        }
        assert!(flags(
            "The shocking raid on the clinic angered nurses.",
            "shocking"
        ));
    }

    #[test]
    fn a_title_in_a_competition_is_no_praise() {
        for (text, word) in [
            (
                "Hats off to Reef Rovers, champions of the first island league!",
                "champions",
            ),
            (
                "Ann Lee, champion of the regional cup, retired on Sunday.",
                "champion",
            ),
            (
                "The champions of the 2021 season open at home on Friday.",
                "champions",
            ),
        ] {
            assert!(!flags(text, word), "{text}");
        }
        assert!(flags(
            "The mayor calls himself a champion of the poor.",
            "champion"
        ));
        assert!(flags(
            "Both parties present themselves as champions of small farmers.",
            "champions"
        ));
    }
}

// Session 44: senses of loaded words on wire copy and general news (issue 9).
mod s44_senses {
    use super::flags;

    /// Each text must not flag its word.
    fn passes(cases: &[(&str, &str)]) {
        for (text, word) in cases {
            assert!(!flags(text, word), "{text}");
        }
    }

    #[test]
    fn shocks_an_economy_braces_against_leave_the_verb_alone() {
        passes(&[
            (
                "The co-operative wants its growers less exposed to sudden shocks.",
                "shocks",
            ),
            (
                "Grain reserves protect the islands from weather shocks.",
                "shocks",
            ),
        ]);
        // The exceptions name the noun's company: "to" before a bare verb still shocks.
        assert!(flags(
            "The poster campaign was designed to deliberately shock parents.",
            "shock"
        ));
    }

    #[test]
    fn a_flood_of_things_is_an_amount() {
        passes(&[
            (
                "Festive orders flooded the depot with boxed kettles.",
                "flooded",
            ),
            (
                "Cheap copper wire flooded the regional market in 2015.",
                "flooded",
            ),
            ("Complaints flooded in after the fare rise.", "flooded"),
            (
                "Imports flooding the shops have hurt the weavers.",
                "flooding",
            ),
        ]);
        // People flooding a place stay loaded.
        assert!(flags(
            "Newcomers flooded the valley, the pamphlet said.",
            "flooded"
        ));
        assert!(flags(
            "Migrants flooded the port with tents, the mayor said.",
            "flooded"
        ));
    }

    #[test]
    fn failed_talks_and_truces_collapse() {
        passes(&[
            (
                "The truce between the two militias collapsed after nine days.",
                "collapsed",
            ),
            (
                "A ceasefire brokered last month collapsed on Sunday.",
                "collapsed",
            ),
            (
                "The armistice's collapse reopened the border war.",
                "collapse",
            ),
            (
                "The brewer dropped a merger deal that collapsed in 2016.",
                "collapsed",
            ),
            (
                "The accord, which had collapsed in March, was revived.",
                "collapsed",
            ),
        ]);
        assert!(flags(
            "The junta, which collapsed in 1991, was ruthless.",
            "collapsed"
        ));
    }

    #[test]
    fn losers_counted_beside_gainers() {
        passes(&[
            (
                "Farmers gain most from the tariff. There are big losers, too.",
                "losers",
            ),
            ("There will be losers under any pension reform.", "losers"),
        ]);
        assert!(flags(
            "The coach called the rival squad sore losers.",
            "losers"
        ));
    }

    #[test]
    fn a_measure_threatens_an_abstract_right() {
        passes(&[(
            "The blockade threatens and obstructs the enjoyment of basic rights on the islands.",
            "threatens",
        )]);
        assert!(flags(
            "The senator threatened the clerks who had testified.",
            "threatened"
        ));
    }

    #[test]
    fn a_literal_hoax_is_the_act_reported() {
        passes(&[
            (
                "Three students carried out a hoax with a cloned charity site.",
                "hoax",
            ),
            ("The magazine may have been the victim of a hoax.", "hoax"),
            ("A hoax call sent the coastguard to an empty beach.", "hoax"),
        ]);
        assert!(flags(
            "The governor called the audit a hoax cooked up by rivals.",
            "hoax"
        ));
    }

    #[test]
    fn a_list_of_legal_wrongs() {
        passes(&[(
            "The conductor was accused of sexual misconduct, assault or harassment.",
            "assault",
        )]);
        assert!(flags(
            "The minister called the levy an assault on pensioners.",
            "assault"
        ));
    }

    #[test]
    fn suffering_caused_by_violence_or_disaster() {
        passes(&[
            (
                "The drought has caused great suffering in the north.",
                "suffering",
            ),
            (
                "Aid workers described the suffering caused by the shelling.",
                "suffering",
            ),
        ]);
        assert!(flags(
            "The columnist mocked the suffering of the strikers.",
            "suffering"
        ));
    }

    #[test]
    fn so_called_introduces_a_region_by_its_shape() {
        passes(&[(
            "Most of the cobalt comes from the so-called copper belt of two countries.",
            "so-called",
        )]);
        assert!(flags("The so-called experts disagreed again.", "so-called"));
        assert!(flags("He praised the so-called peace plan.", "so-called"));
    }

    #[test]
    fn ideological_camps_on_a_spectrum() {
        passes(&[(
            "The board's ideological hawks and doves clashed on rates.",
            "ideological",
        )]);
        assert!(flags(
            "The agency's chief is an ideological zealot.",
            "ideological"
        ));
    }

    #[test]
    fn a_practice_named_as_a_subject() {
        passes(&[
            (
                "Payback is not the way to end the feud, the elder said.",
                "payback",
            ),
            ("Mob violence is a crime, the police chief said.", "mob"),
            (
                "The farms will be sturdier against future shocks, she said.",
                "shocks",
            ),
        ]);
        assert!(flags(
            "The strike was payback for the pay freeze.",
            "payback"
        ));
        assert!(flags("An angry mob stormed the depot.", "mob"));
    }
}

// Session 45: literal flooding and destruction, a claim paired with a noun, and what an
// accusation names (issue 9).
mod s45_senses28 {
    use super::flags;

    #[test]
    fn a_place_flooded_with_nothing_filling_it_is_under_water() {
        for text in [
            "The pharmacy on Quay Lane was flooded three times last spring.",
            "Both classrooms were flooded overnight.",
            "The cellar of the old mill gets flooded most winters.",
            "The sports hall was flooded with rainwater on Friday.",
        ] {
            assert!(!flags(text, "flooded"), "{text}");
        }
        for text in [
            "The ferry office was flooded by angry travellers.",
            "The pamphlet said the valley was being flooded.",
            "The border town was flooded with migrants, the flyer said.",
            "Day trippers flooded the harbour front again.",
        ] {
            assert!(flags(text, "flooded"), "{text}");
        }
    }

    #[test]
    fn stocks_pests_and_weighed_goods_are_destroyed_literally() {
        for text in [
            "Wardens were told to destroy wasp nests along the fence.",
            "Health officers destroyed 60 kilos of rotten prawns at the port.",
            "Fisheries staff destroyed the illegal nets seized on the reef.",
            "Council teams destroyed mosquito larvae in blocked gutters.",
        ] {
            assert!(
                !flags(text, "destroyed") && !flags(text, "destroy"),
                "{text}"
            );
        }
        assert!(flags("The leak will destroy her career.", "destroy"));
        assert!(flags(
            "The governor destroyed his rivals in the primary.",
            "destroyed"
        ));
    }

    #[test]
    fn claims_paired_with_a_plural_noun_are_the_noun() {
        for text in [
            "The land office will accept claims and objections until June.",
            "The fund opens for claims and payments next month.",
        ] {
            assert!(!flags(text, "claims"), "{text}");
        }
        assert!(flags(
            "The mayor claims and insists the bridge is safe.",
            "claims"
        ));
    }

    #[test]
    fn the_offence_an_accusation_names_is_its_standard_term() {
        for (text, word) in [
            (
                "The rival slates swapped accusations of ballot manipulation on polling day.",
                "manipulation",
            ),
            (
                "The chairman stepped down amid allegations of favoritism in hiring.",
                "favoritism",
            ),
        ] {
            assert!(!flags(text, word), "{text}");
        }
        // A clause after the charge is someone's verdict on it.
        assert!(flags(
            "The mayor said the allegations of bias were a hoax.",
            "hoax"
        ));
        // The holder named after the charge owns the word.
        assert!(flags(
            "The contract drew allegations of favoritism from two losing bidders.",
            "favoritism"
        ));
        // An adjective before its noun is the writer's manner.
        assert!(flags(
            "The report cited allegations of shameless manipulation by the board.",
            "shameless"
        ));
    }
}

#[test]
fn a_text_that_opens_with_for_before_an_article() {
    // "For" as the first token once sent the check for a "nobody" subject before the text: a
    // panic on any input that opens "For a" and a loaded word.
    assert!(flags("For a hoax, it fooled a great many people.", "hoax"));
    assert!(flags("for a hoax", "hoax"));
}
