//! Words of damage, force, disaster and fear used of physical events: weather, water, fire,
//! earthquakes and volcanoes, buildings and vehicles. Such a word is loaded only in its
//! figurative or evaluative use. Each family has a case that must flag and a case that must
//! pass; every sentence is the project's own.

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
