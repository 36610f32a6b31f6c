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
