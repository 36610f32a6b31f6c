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

#[test]
fn a_noun_modifying_another_names_a_category() {
    assert!(!flags(
        "Congress voted on disaster aid for the islands.",
        "disaster"
    ));
    assert!(!flags(
        "The town asked for money for flood mitigation.",
        "flood"
    ));
    assert!(!flags("He served in a helicopter assault team.", "assault"));
    assert!(flags(
        "The new tax plan is a disaster for families.",
        "disaster"
    ));
    // An adjective before a noun judges it: not a category.
    assert!(flags(
        "Critics called it a disastrous proposal.",
        "disastrous"
    ));
}

#[test]
fn claiming_or_revealing_a_thing_is_not_a_saying_verb() {
    assert!(!flags("Most filers claim the standard deduction.", "claim"));
    assert!(!flags("Two firms claim 90 percent of the market.", "claim"));
    assert!(!flags(
        "The agency revealed the new rules on Monday.",
        "revealed"
    ));
    assert!(flags("The minister claims the plan will work.", "claims"));
    assert!(flags(
        "The minister claimed that the plan works.",
        "claimed"
    ));
}

#[test]
fn phrasal_verbs_are_other_verbs() {
    assert!(!flags(
        "Negotiators hammered out a budget deal.",
        "hammered"
    ));
    assert!(flags("The senator hammered the budget plan.", "hammered"));
}

#[test]
fn changes_given_in_figures_are_measured() {
    assert!(!flags(
        "The bill would slash the rate to 21 percent.",
        "slash"
    ));
    assert!(!flags("Shares plunged 8 percent on Monday.", "plunged"));
    assert!(flags("The mayor wants to slash the arts.", "slash"));
}

#[test]
fn fixed_expressions_that_contain_an_entry() {
    assert!(!flags("Spending stays at last year's level.", "at last"));
    assert!(!flags(
        "Several banks gain, most notably the largest.",
        "notably"
    ));
    assert!(flags("The bridge is open at last.", "at last"));
}

#[test]
fn wire_style_terms_are_hidden_by_default_but_listed() {
    use slant_core::confidence::DEFAULT_MIN_CONFIDENCE;
    let mut report = analyze("Taliban militants attacked the base.").unwrap();
    let f = report
        .flags
        .iter()
        .find(|f| f.text == "militants")
        .expect("still listed");
    assert!(f.confidence < DEFAULT_MIN_CONFIDENCE);
    report.keep_confident(DEFAULT_MIN_CONFIDENCE);
    assert!(!report.flags.iter().any(|f| f.text == "militants"));
}

#[test]
fn capitalised_names_in_a_list_of_companies_are_names() {
    assert!(!flags(
        "Acme, Oracle, General Dynamic and Lockheed Martin declined to comment.",
        "dynamic"
    ));
}

#[test]
fn an_offence_named_in_criminal_procedure_is_not_a_judgement() {
    assert!(!flags(
        "The aide pleaded guilty to lying to federal agents.",
        "lying"
    ));
    assert!(flags("The mayor keeps lying to the voters.", "lying"));
}

#[test]
fn damage_from_a_named_natural_hazard_is_literal() {
    assert!(!flags(
        "The cyclone devastated the fishing town.",
        "devastated"
    ));
    assert!(flags("The verdict devastated the union.", "devastated"));
}

#[test]
fn so_called_before_a_term_introduces_it() {
    assert!(!flags(
        "It closes the so-called carried interest loophole.",
        "so-called"
    ));
    assert!(!flags("He opposed the so-called Harbour Act.", "so-called"));
    assert!(flags("The so-called experts were wrong.", "so-called"));
}

#[test]
fn plural_claims_with_a_complement_are_nouns() {
    assert!(!flags(
        "Officials settled claims against two members.",
        "claims"
    ));
    assert!(!flags("The board heard claims of misconduct.", "claims"));
    assert!(!flags("The plaintiffs’ claims were dismissed.", "claims"));
    assert!(flags("The minister claims to be certain.", "claims"));
}

#[test]
fn an_all_capitals_word_in_mixed_text_is_an_acronym() {
    assert!(!flags("The EPIC watchdog group filed the suit.", "epic"));
    assert!(flags("It was an epic fight over the budget.", "epic"));
    assert!(flags("He mocked the SJW crowd online.", "sjw"));
}

#[test]
fn a_claim_that_ends_its_phrase_is_a_noun() {
    assert!(!flags("The firm settled a discrimination claim.", "claim"));
    assert!(!flags(
        "The court rejected the plausible claims, then adjourned.",
        "claims"
    ));
    assert!(flags("As he claims, the plan will work.", "claims"));
}

#[test]
fn a_long_object_is_not_a_clause() {
    assert!(!flags(
        "Families claiming a home office deduction today would lose it.",
        "claiming"
    ));
    assert!(!flags(
        "The official lied under oath about the meeting.",
        "lied"
    ));
}

#[test]
fn an_adjective_entry_with_no_noun_after_it_is_a_noun() {
    assert!(!flags(
        "The Japanese premier was already abroad.",
        "premier"
    ));
    assert!(flags(
        "It calls itself a premier destination for tourists.",
        "premier"
    ));
    assert!(!flags(
        "The missile is capable of striking the coast.",
        "striking"
    ));
    assert!(!flags("The ceasefire ended hostilities.", "hostilities"));
}

#[test]
fn fixed_expressions_nuts_and_bolts() {
    assert!(!flags(
        "She explained the nuts and bolts of the plan.",
        "nuts"
    ));
}

#[test]
fn a_word_inside_a_denial_is_the_accusation_denied() {
    // The control sentences must flag the word, so the denial is what removes it.
    assert!(flags("Critics say the count was rigged.", "rigged"));
    assert!(!flags(
        "The mayor denied that the count was rigged.",
        "rigged"
    ));
    // ("drastic measures", not "drastic cuts": beside a word of change a size word measures.)
    assert!(flags(
        "The council took drastic measures on parks.",
        "drastic"
    ));
    assert!(!flags(
        "The council rejected claims of drastic measures on parks.",
        "drastic"
    ));
    // Before the complement the word is the writer's again.
    assert!(flags(
        "The council dismissed the ridiculous claims that parks would close.",
        "ridiculous"
    ));
    // Punctuation ends the denial's clause.
    assert!(flags(
        "The mayor denied it; the count was rigged, critics said.",
        "rigged"
    ));
}

#[test]
fn an_intensifier_before_a_places_leaning_measures_degree() {
    assert!(flags("The plan was deeply flawed.", "deeply"));
    assert!(!flags(
        "The seat is in a deeply conservative state.",
        "deeply"
    ));
    assert!(!flags(
        "She won a deeply Republican district last year.",
        "deeply"
    ));
    // A person's leaning is a characterisation.
    assert!(flags("He picked a deeply conservative judge.", "deeply"));
}

#[test]
fn insisting_on_something_is_the_plain_act_of_demanding_it() {
    assert!(!flags("The union insisted on a pay rise.", "insisted"));
    assert!(!flags(
        "Two senators are insisting on changes.",
        "insisting"
    ));
    // Characterising a statement stays.
    assert!(flags(
        "The minister insisted that the plan would work.",
        "insisted"
    ));
}

#[test]
fn a_passive_participle_is_the_one_acted_on() {
    assert!(!flags(
        "Shop owners said they felt threatened by the new rules.",
        "threatened"
    ));
    assert!(!flags(
        "It was revealed in June that the mayor had sold the land.",
        "revealed"
    ));
    assert!(flags(
        "The mayor threatened the reporters who asked about it.",
        "threatened"
    ));
}

#[test]
fn threatened_to_reports_a_threat_made() {
    assert!(!flags(
        "Two council members threatened to vote against the budget.",
        "threatened"
    ));
    assert!(!flags(
        "The dispute threatens to delay the harbour project.",
        "threatens"
    ));
    assert!(flags(
        "The landlord threatened tenants who joined the union.",
        "threatened"
    ));
}

#[test]
fn a_size_word_beside_a_figure_or_a_change_measures() {
    assert!(!flags(
        "The council approved a massive $40 million bond issue.",
        "massive"
    ));
    assert!(!flags(
        "The board backed a dramatic reshaping of the bus network.",
        "dramatic"
    ));
    assert!(!flags(
        "Prices fell drastically after the harvest.",
        "drastically"
    ));
    assert!(flags("The mayor made a massive blunder.", "massive"));
}

#[test]
fn an_adjective_before_a_substance_weapon_or_document_is_literal() {
    assert!(!flags(
        "The lab stores lethal pathogens in a sealed freezer.",
        "lethal"
    ));
    assert!(!flags("Police found fake passports in the van.", "fake"));
    assert!(flags("The governor called the report fake.", "fake"));
    assert!(flags("It is a dangerous idea.", "dangerous"));
}

#[test]
fn a_base_form_after_a_singular_noun_is_a_noun() {
    assert!(!flags(
        "The firm settled a discrimination claim in 2019.",
        "claim"
    ));
    assert!(!flags(
        "The exemption, claimed by most farmers, lowers their bill.",
        "claimed"
    ));
    assert!(flags("Some residents claim the water is unsafe.", "claim"));
    assert!(flags("Many people claim the water is unsafe.", "claim"));
}

#[test]
fn wire_journalese_is_listed_below_the_default_threshold() {
    let report = analyze("Stocks plunged as the embattled minister faced a bitter race.").unwrap();
    let low: Vec<_> = report
        .flags
        .iter()
        .filter(|f| f.category == Category::LoadedLanguage)
        .map(|f| (f.text.to_lowercase(), f.confidence))
        .collect();
    for w in ["plunged", "embattled", "bitter"] {
        let c = low.iter().find(|(t, _)| t == w).map(|(_, c)| *c);
        assert!(
            c.is_some_and(|c| c < slant_core::confidence::DEFAULT_MIN_CONFIDENCE),
            "{w}: {c:?}"
        );
    }
}

#[test]
fn a_counted_attack_is_reported_not_loaded() {
    assert!(!flags(
        "A gunman massacred at least 12 people at the market.",
        "massacred"
    ));
    assert!(!flags(
        "The 1998 assault on the embassy killed 11 guards.",
        "assault"
    ));
    assert!(flags(
        "The council called the budget vote a massacre of the parks.",
        "massacre"
    ));
    assert!(flags("The rezoning is a tragedy for the town.", "tragedy"));
}

#[test]
fn threaten_with_a_state_or_asset_as_object_means_endanger() {
    assert!(!flags(
        "The new levy would threaten jobs at the harbour.",
        "threaten"
    ));
    assert!(!flags(
        "Officials said the floods threaten the fragile truce.",
        "threaten"
    ));
    assert!(flags(
        "The foreman threatened the drivers who spoke up.",
        "threatened"
    ));
}

#[test]
fn conceding_a_race_gives_it_up() {
    assert!(!flags(
        "The mayor conceded defeat shortly after midnight.",
        "conceded"
    ));
    assert!(!flags("She conceded the race on Wednesday.", "conceded"));
    assert!(flags(
        "The minister conceded that the rollout had failed.",
        "conceded"
    ));
}

#[test]
fn physical_damage_and_market_value_are_literal() {
    assert!(!flags(
        "Vandals destroyed a bronze statue in the square.",
        "destroyed"
    ));
    assert!(!flags(
        "The interceptor destroyed the warhead above the sea.",
        "destroyed"
    ));
    assert!(!flags(
        "The options became worthless shares after the merger.",
        "worthless"
    ));
    assert!(flags("The scandal destroyed his career.", "destroyed"));
    assert!(flags("Critics called the pledge worthless.", "worthless"));
}

#[test]
fn an_offence_named_beside_a_plea_or_charge_is_legal() {
    assert!(!flags(
        "The clerk pleaded guilty to stealing from the fund.",
        "stealing"
    ));
    assert!(!flags(
        "Prosecutors alleged bribery, kickbacks and fraud at the depot.",
        "kickbacks"
    ));
    assert!(flags(
        "The union says the owners are stealing wages.",
        "stealing"
    ));
}

#[test]
fn so_called_before_a_hyphenated_term_introduces_it() {
    assert!(!flags(
        "The bill changes how it taxes so-called pass-through firms.",
        "so-called"
    ));
    assert!(flags("The so-called experts disagreed.", "so-called"));
}

#[test]
fn named_compounds_are_not_judgements() {
    assert!(!flags(
        "Analysts listed the winners and losers of the deal.",
        "losers"
    ));
    assert!(!flags("The campaign began a television ad blitz.", "blitz"));
    assert!(!flags("The station received a hoax call at noon.", "hoax"));
    assert!(!flags(
        "Investigators described a troll farm in the city.",
        "troll"
    ));
    assert!(flags("He called his rivals losers.", "losers"));
}

#[test]
fn a_denied_threat_or_evil_is_not_asserted() {
    assert!(!flags(
        "\"I'm not threatening anyone,\" the mayor said.",
        "threatening"
    ));
    assert!(!flags("The firm said it would not do any evil.", "evil"));
    assert!(flags(
        "The mayor is threatening the council.",
        "threatening"
    ));
    assert!(!flags(
        "A rebel group is claiming responsibility for the blast.",
        "claiming"
    ));
}

/// The loaded-language flag on `word`, if any: (rule, voice, confidence).
fn flag_on(text: &str, word: &str) -> Option<(String, slant_core::Voice, f64)> {
    analyze(text)
        .unwrap()
        .flags
        .into_iter()
        .find(|f| f.category == Category::LoadedLanguage && f.text.eq_ignore_ascii_case(word))
        .map(|f| (f.rule, f.voice, f.confidence))
}

#[test]
fn a_paraphrased_charge_is_attributed() {
    use slant_core::Voice;
    // The speaker is out of the reporter's reach (an appositive, a participle); the charge after
    // "as" or "of" is still theirs.
    let voice = |text: &str, word: &str| flag_on(text, word).map(|f| f.1);
    assert_eq!(
        voice(
            "Opponents, shut out of the drafting of the measure, have condemned it as a giveaway to landlords.",
            "giveaway"
        ),
        Some(Voice::Attributed)
    );
    assert_eq!(
        voice(
            "The hearing ran late, leading the minority to decry the session as a sham.",
            "sham"
        ),
        Some(Voice::Attributed)
    );
    assert_eq!(
        voice(
            "The mayor denied it, accusing the council and the press of a smear campaign.",
            "smear"
        ),
        Some(Voice::Attributed)
    );
    // The outlet's own word stays the outlet's.
    assert_eq!(
        voice("The council passed a giveaway to landlords.", "giveaway"),
        Some(Voice::Outlet)
    );
    assert_eq!(
        voice("The committee, as usual, held a sham hearing.", "sham"),
        Some(Voice::Outlet)
    );
}

#[test]
fn a_reported_criticism_or_charge_holds_its_content() {
    use slant_core::Voice;
    // A noun of criticism or accusation reports its "that" clause, also when a "from"/"by"
    // phrase names the holder first; "charges of" reports the charge as "accused of" does.
    let voice = |text: &str, word: &str| flag_on(text, word).map(|f| f.1);
    for (text, word) in [
        (
            "The ferry board has faced criticism that its new timetable is wasteful.",
            "wasteful",
        ),
        (
            "The levy drew criticism from farmers and two mayors that it was a boondoggle.",
            "boondoggle",
        ),
        (
            "The inquiry followed complaints by parents that the dormitory was a cesspool.",
            "cesspool",
        ),
        (
            "The tender drew charges of cronyism from the harbour guild.",
            "cronyism",
        ),
        (
            "The grant has drawn objections from the trust that the depot is wasteful.",
            "wasteful",
        ),
    ] {
        assert_eq!(voice(text, word), Some(Voice::Attributed), "{text}");
    }
    // A relative "that" after the holder opens no report; "in charge of" names a post.
    for (text, word) in [
        (
            "The grant has drawn objections from the trust that runs the wasteful depot.",
            "wasteful",
        ),
        (
            "She was put in charge of the cronyism inquiry at the port.",
            "cronyism",
        ),
    ] {
        assert_eq!(voice(text, word), Some(Voice::Outlet), "{text}");
    }
}

#[test]
fn terms_of_art_and_degree_descriptors_are_below_the_default_cut() {
    let cut = slant_core::confidence::DEFAULT_MIN_CONFIDENCE;
    for (text, word) in [
        (
            "The agency was set up to curb predatory lending.",
            "predatory lending",
        ),
        ("She is a staunch ally of the mayor.", "staunch"),
        (
            "The country tested rockets in defiance of the ban.",
            "in defiance",
        ),
        (
            "Officials uncovered sham marriages used to obtain visas.",
            "sham marriages",
        ),
        (
            "The senator, a war hero, voted against the bill.",
            "war hero",
        ),
        (
            "The general is among the most hawkish voices on the council.",
            "hawkish",
        ),
    ] {
        let (rule, _, c) = flag_on(text, word).unwrap_or_else(|| panic!("{text}"));
        assert!(
            rule.starts_with("wire-terms/") && c < cut,
            "{text}: {rule} {c}"
        );
    }
    // The loaded word outside the term keeps its own entry.
    let (rule, _, _) = flag_on("The governor declared a war on coal.", "war on").unwrap();
    assert_eq!(rule, "emotive/war on");
    let (rule, _, c) =
        flag_on("The lender's predatory tactics hurt families.", "predatory").unwrap();
    assert!(rule == "judgement/predatory" && c >= cut);
}

#[test]
fn legal_senses_of_contempt_and_defamation() {
    assert!(!flags(
        "A judge found the sheriff guilty of contempt last year.",
        "contempt"
    ));
    assert!(!flags(
        "She sued the broadcaster, saying its remarks were defamatory.",
        "defamatory"
    ));
    assert!(flags(
        "The minister showed contempt for the voters.",
        "contempt"
    ));
}

#[test]
fn a_particle_after_an_object_pronoun_and_a_storm_that_slams() {
    assert!(!flags("The chamber will swear her in on Monday.", "swear"));
    assert!(!flags(
        "The storm slammed into the coast overnight.",
        "slammed"
    ));
    assert!(flags(
        "The senator slammed the budget overnight.",
        "slammed"
    ));
    assert!(!flags(
        "Tariffs would snap back to their old levels.",
        "snap"
    ));
    assert!(flags("The mayor snapped at the reporters.", "snapped"));
}

#[test]
fn a_pronoun_that_ends_the_clause_is_an_object() {
    assert!(!flags(
        "Owners must hold the credit for three years before claiming it.",
        "claiming"
    ));
    assert!(flags("The minister claims it works.", "claims"));
}

#[test]
fn a_threat_reported_as_made_after_an_adverbial_phrase() {
    assert!(!flags(
        "The mayor threatened over the weekend to sue the paper.",
        "threatened"
    ));
    assert!(!flags(
        "He threatened in a speech to \u{201c}wipe out\u{201d} the rebels.",
        "threatened"
    ));
    assert!(flags(
        "The mayor threatened the reporters at the meeting.",
        "threatened"
    ));
}

#[test]
fn a_clause_governed_by_saying_thinking_or_finding_is_attributed() {
    use slant_core::Voice;
    let voice = |text: &str, word: &str| flag_on(text, word).map(|f| f.1);
    for (text, word) in [
        // The speaker is inside the cue ("critics say") or before a coordinated verb.
        (
            "Opposition members and other critics say the charges are baseless.",
            "baseless",
        ),
        (
            "The mayor threatened to sue the paper and said the story was a smear.",
            "smear",
        ),
        // A name opens the bare clause; an appositive subject. (Not "clearly": since session
        // 23 an editorializing adverb in a claim after "said" is the speaker's emphasis and
        // is not flagged; voice_speakers.rs.)
        (
            "A spokeswoman said Ruritania had felt no pressure and the envoy was recklessly bluffing.",
            "recklessly",
        ),
        // A relative clause of thinking; a small clause of judgement.
        (
            "Landlords, who think the new rules are wasteful, voted against them.",
            "wasteful",
        ),
        ("Farmers, who think it wasteful, voted no.", "wasteful"),
        // A subject pronoun right after the verb opens its clause, with no auxiliary.
        (
            "Landlords dislike the agency, saying it burdens them with needless red tape.",
            "red tape",
        ),
        (
            "Grocers, who think it saddles shops with needless red tape, sued.",
            "red tape",
        ),
        ("The governor finds the accusations troubling.", "troubling"),
        // A document's or a body's finding.
        (
            "The audit found the agency blatantly ignored its own rules.",
            "blatantly",
        ),
        // A noun of belief with its content clause.
        (
            "The panel's conclusion that the group spread propaganda was published on Monday.",
            "propaganda",
        ),
    ] {
        assert_eq!(voice(text, word), Some(Voice::Attributed), "{text}");
    }
    // Not reported: an object rather than a clause, an infinitive, a relative clause that has
    // closed, a noun of belief before a relative clause.
    for (text, word) in [
        (
            "Police found the notorious gang's car in a field.",
            "notorious",
        ),
        (
            "The envoy was told to stop spreading propaganda.",
            "propaganda",
        ),
        (
            "To claim the deduction, a disastrous form must be filed.",
            "disastrous",
        ),
    ] {
        assert_eq!(voice(text, word), Some(Voice::Outlet), "{text}");
    }
}

#[test]
fn reveal_without_a_that_clause_discloses() {
    assert!(!flags(
        "The hearing revealed how the budget was drafted.",
        "revealed"
    ));
    assert!(!flags(
        "Rainfall records reveal little sign of a recovery.",
        "reveal"
    ));
    assert!(!flags(
        "A memo that revealed for the first time the audit's findings was sent to lawmakers.",
        "revealed"
    ));
    assert!(flags(
        "The minister revealed last week that the talks had failed.",
        "revealed"
    ));
}

#[test]
fn purported_as_an_adjective_is_wire_style() {
    assert!(!flags(
        "The ministry dismissed the purported letter as irrelevant.",
        "purported"
    ));
    assert!(flags(
        "The pamphlet purports to prove the election was stolen.",
        "purports"
    ));
}

#[test]
fn boasts_with_an_object_means_has() {
    assert!(!flags(
        "The valley boasts the oldest vineyards in the region.",
        "boasts"
    ));
    assert!(!flags("The port boasts 12 deep-water berths.", "boasts"));
    assert!(flags(
        "The governor boasted about the new stadium.",
        "boasted"
    ));
}

#[test]
fn a_ceremonial_groundbreaking_is_the_ceremony() {
    assert!(!flags(
        "Officials held a groundbreaking for the new bridge on Friday.",
        "groundbreaking"
    ));
    assert!(flags(
        "The museum unveiled a groundbreaking exhibit.",
        "groundbreaking"
    ));
}

#[test]
fn claim_before_a_coordinated_verb_takes_an_object() {
    assert!(!flags(
        "Winners could claim a permit or decided to wait a year.",
        "claim"
    ));
    assert!(!flags(
        "The fund settled three claims brought by former staff.",
        "claims"
    ));
}

#[test]
fn a_prosecutors_charge_is_attributed() {
    use slant_core::Voice;
    let voice = |text: &str, word: &str| flag_on(text, word).map(|f| f.1);
    assert_eq!(
        voice(
            "Prosecutors charged two clerks with orchestrating the brazen theft.",
            "brazen"
        ),
        Some(Voice::Attributed)
    );
    assert_eq!(
        voice(
            "The council charged ahead with a reckless plan.",
            "reckless"
        ),
        Some(Voice::Outlet)
    );
}

#[test]
fn outstanding_bonds_are_unpaid_not_praised() {
    assert!(!flags(
        "The fund holds outstanding bonds of the utility.",
        "outstanding"
    ));
    assert!(!flags(
        "The outstanding debt of the city rose.",
        "outstanding"
    ));
    assert!(flags(
        "The choir gave an outstanding performance.",
        "outstanding"
    ));
}

#[test]
fn dynamics_is_a_noun_not_the_adjective() {
    assert!(!flags(
        "The dynamics of the race shifted after the debate.",
        "dynamics"
    ));
    assert!(flags("The dynamic new mayor toured the docks.", "dynamic"));
}

#[test]
fn clearly_as_manner_is_not_a_judgement() {
    for t in [
        "The exits were clearly marked.",
        "The rules should clearly define who may vote.",
        "The lighthouse was clearly visible from the pier.",
        "She spoke clearly to the crowd.",
    ] {
        assert!(!flags(t, "clearly"), "{t:?}");
    }
    assert!(flags("The plan clearly failed.", "clearly"));
}

#[test]
fn legal_claims_and_allegations_are_terms_of_art() {
    assert!(!flags(
        "The firm settled sexual harassment claims filed by two workers.",
        "claims"
    ));
    assert!(!flags(
        "The bakery faces discrimination claims brought by its staff.",
        "claims"
    ));
    assert!(flags(
        "The spokesman claimed that the ferry was safe.",
        "claimed"
    ));
    // A lawsuit "alleges": the standard word of the filing.
    assert!(!flags(
        "A lawsuit filed on Monday alleging that the company hid defects seeks damages.",
        "alleging that"
    ));
    assert!(flags(
        "The mayor alleged that the council had rigged the vote.",
        "alleged that"
    ));
}

#[test]
fn a_threatened_measure_is_reported_plainly() {
    for t in [
        "Washington is threatening sanctions against the junta.",
        "The union threatened a strike over pay.",
        "The bloc threatened new tariffs on steel.",
        "The tenants threatened legal action against the landlord.",
    ] {
        assert!(loaded(t).iter().all(|f| !f.starts_with("threat")), "{t:?}");
    }
    assert!(flags(
        "He threatened reporters outside the court.",
        "threatened"
    ));
}

#[test]
fn a_writers_aside_in_a_quotation_is_the_speakers_hedge() {
    assert!(!flags(
        "\"Obviously, we will appeal,\" the ferry operator said.",
        "obviously"
    ));
    assert!(!flags(
        "\"Hopefully the bridge opens in May,\" the mayor said.",
        "hopefully"
    ));
    assert!(flags("Obviously, the plan failed.", "obviously"));
    assert!(flags("Hopefully the council will act.", "hopefully"));
    // Loaded words of a speaker stay flagged as quoted; the degree adverb before one is the
    // speaker's emphasis (`emphasis`, session 19).
    assert!(flags(
        "\"It is a patently absurd plan,\" the mayor said.",
        "absurd"
    ));
    assert!(!flags(
        "\"It is a patently absurd plan,\" the mayor said.",
        "patently"
    ));
}

#[test]
fn a_court_case_uses_the_charges_own_terms() {
    assert!(!flags(
        "A tribunal convicted the general of genocide in 2017.",
        "genocide"
    ));
    assert!(flags(
        "The army waged genocide against the villagers.",
        "genocide"
    ));
    // The sentence before, in the same paragraph, sets the case.
    assert!(!flags(
        "A court convicted the commander last year. The massacre of the villagers was the main charge.",
        "massacre"
    ));
    assert!(flags(
        "A court convicted the commander last year.\n\nThe massacre of the villagers shocked the region.",
        "massacre"
    ));
    assert!(flags(
        "The massacre of the villagers shocked the region.",
        "massacre"
    ));
    // Since session 29 a massacre located at or in a place is the event reported ("massacre
    // at", "massacre in" in the list), so this no longer flags. It also clears metaphors
    // ("a massacre at the polls"), a known cost: reverting them lost on half B (BASIL).
    assert!(!flags(
        "The massacre at the village shocked the region.",
        "massacre"
    ));
}

#[test]
fn a_filing_claims_and_alleges_in_legal_wording() {
    assert!(!flags(
        "The lawsuit claims the company hid the defects.",
        "claims"
    ));
    assert!(!flags(
        "He admitted lying to agents about people who claimed to have ties to the ministry, according to the indictment.",
        "claimed"
    ));
    assert!(!flags(
        "Prosecutors told the jury the alleged scheme ran for years.",
        "alleged"
    ));
    assert!(flags("The minister claims the plan will work.", "claims"));
    // A court in a name or title is not a case: "the Supreme Court justice".
    assert!(flags(
        "The former Supreme Court justice campaigned hard. Three women claim he pursued them.",
        "claim"
    ));
}

#[test]
fn a_condition_or_a_possibility_is_not_asserted() {
    assert!(!flags(
        "The path to a final vote could still be perilous.",
        "perilous"
    ));
    assert!(flags("The crossing was perilous.", "perilous"));
    assert!(!flags(
        "Diplomats work to reduce the risk of a devastating war.",
        "devastating"
    ));
    assert!(flags(
        "The ruling was a devastating blow to the union.",
        "devastating"
    ));
    assert!(!flags(
        "He vowed to respond if the neighbour threatens the islands.",
        "threatens"
    ));
    assert!(!flags(
        "Aides asked whether the rollout might become a disaster.",
        "disaster"
    ));
    // "Would" forecasts as fact; "if" right before the word concedes.
    assert!(flags(
        "The plan would be a disaster for small farms.",
        "disaster"
    ));
    assert!(flags(
        "It was a predictable if threatening move.",
        "threatening"
    ));
}

#[test]
fn a_denied_charge_is_the_accusers() {
    assert!(!flags(
        "The governor denied having rigged the vote.",
        "rigged"
    ));
    assert!(!flags(
        "Officials found no evidence that the vote was rigged.",
        "rigged"
    ));
    assert!(flags("The governor rigged the vote.", "rigged"));
}

#[test]
fn physical_senses_are_literal() {
    assert!(!flags("The border fence snakes along the river.", "snakes"));
    assert!(!flags(
        "Supporters swarmed the stage after the speech.",
        "swarmed"
    ));
    assert!(flags("Swarms of migrants crossed the border.", "swarms"));
    assert!(!flags(
        "She accused him of touching her shoulder.",
        "touching"
    ));
    assert!(flags(
        "The film is a touching tribute to her mother.",
        "touching"
    ));
    assert!(!flags(
        "The impact would be blunted by higher rates.",
        "blunted"
    ));
    assert!(flags("He is known for his blunt style.", "blunt"));
    assert!(!flags(
        "Police said he had two outstanding warrants.",
        "outstanding"
    ));
    assert!(!flags(
        "Workers restored the ornate stone facade of the church.",
        "facade"
    ));
    assert!(!flags("The talks collapsed on Friday.", "collapsed"));
    assert!(!flags(
        "The bill may not collapse the seven tax brackets into four.",
        "collapse"
    ));
}

#[test]
fn a_movements_or_a_packages_common_name_is_descriptive() {
    assert!(!flags(
        "Police kept the white nationalist rally away from the park.",
        "white nationalist"
    ));
    assert!(!flags(
        "Congress approved the bailout package in October.",
        "bailout"
    ));
    assert!(!flags("She won in a landslide on Tuesday.", "landslide"));
}

#[test]
fn a_domain_compound_is_the_things_accepted_name() {
    // A domain modifier before the word names a kind of event.
    assert!(!flags(
        "Aid agencies warned of a humanitarian disaster in the valley.",
        "disaster"
    ));
    assert!(!flags(
        "The region is prone to a natural or humanitarian disaster every year.",
        "disaster"
    ));
    assert!(!flags(
        "The reactor was designed to survive a nuclear meltdown.",
        "meltdown"
    ));
    assert!(flags(
        "The new levy is an economic disaster for farmers.",
        "disaster"
    ));
    // A domain noun after it, directly or past one modifier: medicine, markets, elections.
    assert!(!flags(
        "Surgeons removed an aggressive brain tumour in May.",
        "aggressive"
    ));
    assert!(!flags(
        "Traders priced in aggressive tightening by the central bank.",
        "aggressive"
    ));
    assert!(!flags(
        "Officials blamed the rain for lackluster voter turnout.",
        "lackluster"
    ));
    assert!(!flags(
        "The bank cited stubbornly high inflation.",
        "stubbornly"
    ));
    assert!(flags(
        "The mayor ran an aggressive campaign against the union.",
        "aggressive"
    ));
    assert!(flags(
        "The stubborn senator refused every compromise.",
        "stubborn"
    ));
    assert!(flags(
        "The minister gave a lackluster speech.",
        "lackluster"
    ));
}

#[test]
fn force_from_a_vehicle_or_weapon_is_physical() {
    assert!(!flags(
        "Police said he drove a van along the promenade, crushing two cyclists.",
        "crushing"
    ));
    assert!(!flags(
        "Artillery shells devastated the harbour overnight.",
        "devastated"
    ));
    assert!(flags(
        "The governor vowed to crush the opposition.",
        "crush"
    ));
    assert!(flags(
        "The ruling devastated the union's hopes.",
        "devastated"
    ));
}

#[test]
fn losers_beside_winners_are_who_loses_out() {
    assert!(!flags(
        "Winners would include small shops. Losers would be commuters who pay the toll.",
        "losers"
    ));
    assert!(!flags("The budget creates winners and losers.", "losers"));
    assert!(flags("The mayor called his rival a loser.", "loser"));
    // A new paragraph starts a new tally.
    assert!(flags(
        "Winners were announced on Friday.\n\nThe governor called the protesters losers.",
        "losers"
    ));
}

#[test]
fn a_term_mentioned_is_not_used() {
    assert!(!flags(
        "The bill cuts funds to so-called sanctuary cities that shelter migrants.",
        "sanctuary cities"
    ));
    assert!(!flags(
        "Reporters asked why he used the word ‘regime’ on Monday.",
        "regime"
    ));
    assert!(flags(
        "Reporters asked why he called it a regime on Monday.",
        "regime"
    ));
    assert!(flags("The so-called experts disagreed.", "so-called"));
}

#[test]
fn dodging_ordnance_is_physical() {
    assert!(!flags(
        "As a young medic he spent a year dodging shells in the valley.",
        "dodging"
    ));
    assert!(flags("The minister dodged the question again.", "dodged"));
}

#[test]
fn touching_people_is_contact() {
    assert!(!flags(
        "He was accused of inappropriately touching women at the office.",
        "touching"
    ));
    assert!(flags(
        "She gave a touching tribute to her father.",
        "touching"
    ));
}

#[test]
fn a_volume_or_a_cut_is_measured() {
    assert!(!flags(
        "The ruling set off a flood of calls to the helpline.",
        "flood"
    ));
    assert!(!flags(
        "The office was flooded with complaints on Monday.",
        "flooded"
    ));
    assert!(flags(
        "The mayor warned of a flood of migrants at the border.",
        "flood"
    ));
    assert!(!flags(
        "The plan would cut the top rate too deeply.",
        "deeply"
    ));
    assert!(flags("The cuts are deeply unfair to nurses.", "deeply"));
}

#[test]
fn claimed_as_counts_a_thing() {
    assert!(!flags(
        "Parents may have children claimed as dependents on the form.",
        "claimed"
    ));
    assert!(flags(
        "The spokesman claimed the talks would resume.",
        "claimed"
    ));
}

#[test]
fn feeling_belittled_is_a_feeling() {
    assert!(!flags(
        "Several nurses said they felt belittled at meetings.",
        "belittled"
    ));
    assert!(flags("The senator belittled the nurses.", "belittled"));
}

#[test]
fn a_crime_suffered_is_reported() {
    assert!(!flags(
        "The shopkeepers left the town after facing threats, beatings and extortion.",
        "extortion"
    ));
    assert!(!flags(
        "The guard suffered head injuries during an assault at the depot.",
        "assault"
    ));
    assert!(flags(
        "The mayor's budget is extortion, the column said.",
        "extortion"
    ));
}

#[test]
fn a_courts_question_uses_the_laws_terms() {
    assert!(!flags(
        "The judge will rule on whether the remarks defamed the baker.",
        "defamed"
    ));
    assert!(flags("The columnist defamed the baker.", "defamed"));
}

#[test]
fn a_bare_plural_after_a_preposition_is_the_kind_of_event() {
    assert!(!flags(
        "Federal aid arrives faster after disasters, the agency said.",
        "disasters"
    ));
    assert!(flags(
        "His term was a string of disasters for the party.",
        "disasters"
    ));
    assert!(flags(
        "The two disasters of his term still haunt him.",
        "disasters"
    ));
}

#[test]
fn so_called_before_a_policy_term_introduces_it() {
    assert!(!flags(
        "Visitors must get a so-called travel authorization before they board.",
        "so-called"
    ));
    assert!(!flags(
        "The defence money is exempt from the so-called spending cap.",
        "so-called"
    ));
    // A description after it can sneer.
    assert!(flags(
        "The so-called moderates voted with the leadership.",
        "so-called"
    ));
    assert!(flags(
        "The so-called experts were wrong again.",
        "so-called"
    ));
}

#[test]
fn a_word_the_outlet_negates_is_not_asserted() {
    assert!(!flags(
        "There was no chaos at the border crossing.",
        "chaos"
    ));
    assert!(!flags("The audit found it was not a hoax.", "hoax"));
    assert!(!flags(
        "The union wasn't champing at the bit.",
        "champing at the bit"
    ));
    assert!(!flags(
        "He denied being a bigot in a long interview.",
        "bigot"
    ));
    assert!(!flags(
        "Auditors found no evidence the tally was rigged.",
        "rigged"
    ));
    // "If not" concedes the word; "not surprisingly" asserts; a capital "Never" names a camp.
    assert!(flags(
        "The spending was unusual, if not outrageous.",
        "outrageous"
    ));
    assert!(flags("The vote was a hoax.", "hoax"));
    // A verb of saying keeps its manner.
    assert!(flags("The governor did not slam the ruling.", "slam"));
    assert!(flags("The Never Trumpers met in Ohio.", "trumpers"));
}

#[test]
fn a_named_class_or_event_has_its_accepted_name() {
    assert!(!flags(
        "Two Russian oligarchs bought stakes in the club.",
        "oligarchs"
    ));
    assert!(!flags(
        "Portugal's second bailout was smaller than expected.",
        "bailout"
    ));
    assert!(!flags(
        "He was re-elected in a landslide in November.",
        "landslide"
    ));
    assert!(flags(
        "The measure is a bailout for reckless lenders.",
        "bailout"
    ));
    assert!(flags(
        "The plan hands the country to oligarchs.",
        "oligarchs"
    ));
}

#[test]
fn claiming_a_due_is_not_saying() {
    assert!(!flags(
        "Fewer households will claim itemized deductions next year.",
        "claim"
    ));
    assert!(!flags(
        "The party claimed sweeping gains in the local vote.",
        "claimed"
    ));
    assert!(flags(
        "The party claimed the vote count was rigged.",
        "claimed"
    ));
}

#[test]
fn ripping_a_thing_or_a_market_is_not_speech() {
    assert!(!flags("A fire ripped through the old mill.", "ripped"));
    assert!(!flags(
        "Traders expect the index to rip right back after the vote.",
        "rip"
    ));
    assert!(flags(
        "The senator ripped into the nominee at the hearing.",
        "ripped into"
    ));
}

#[test]
fn a_threatening_message_describes_its_content() {
    assert!(!flags(
        "The clerk received threatening messages after the vote.",
        "threatening"
    ));
    assert!(flags(
        "The minister threatened the editors over the story.",
        "threatened"
    ));
}

#[test]
fn a_stolen_thing_is_the_plain_word_for_the_theft() {
    assert!(!flags(
        "The site published stolen emails from the campaign.",
        "stolen"
    ));
    assert!(flags("They call it a stolen election.", "stolen"));
}

#[test]
fn a_suit_is_a_court_case_but_following_suit_is_not() {
    assert!(!flags(
        "The suit alleges that the landlord hid the mould.",
        "alleges that"
    ));
    assert!(flags(
        "Other tenants followed suit. One alleged that the landlord hid the mould.",
        "alleged that"
    ));
}

#[test]
fn framing_as_is_a_characterisation() {
    assert_eq!(
        flag_on(
            "The adviser told the crowd, framing the bill as a giveaway to landlords.",
            "giveaway"
        )
        .map(|f| f.1),
        Some(slant_core::Voice::Attributed)
    );
}

#[test]
fn a_verb_of_saying_inside_reported_speech_is_the_speakers() {
    use slant_core::Voice;
    let voice = |text: &str, word: &str| flag_on(text, word).map(|f| f.1);
    // The complaint chose "boasted": it reports what the mayor said.
    assert_eq!(
        voice(
            "The complaint said the mayor had boasted about the contract.",
            "boasted"
        ),
        Some(Voice::Attributed)
    );
    assert_eq!(
        voice(
            "The clerk said he had met a builder bragging of ties to the council.",
            "bragging"
        ),
        Some(Voice::Attributed)
    );
    // A second verb of the same subject is the writer's report of an act.
    assert_eq!(
        voice(
            "The union said it would strike and has touted its record on pay.",
            "touted"
        ),
        Some(Voice::Outlet)
    );
    // The reporting verb's own manner is the writer's.
    assert_eq!(
        voice(
            "The mayor has accused without evidence the council of hiding the budget.",
            "without evidence"
        ),
        Some(Voice::Outlet)
    );
    // A verb of thought or finding in between reports in its turn.
    assert_ne!(
        voice(
            "Officials said the clerk learned from a builder that the firm claimed to own the pier.",
            "claimed"
        ),
        Some(Voice::Attributed)
    );
    // A plain narrative verb of saying stays the writer's.
    assert_eq!(
        voice("The mayor boasted about the contract on Friday.", "boasted"),
        Some(Voice::Outlet)
    );
}

#[test]
fn a_storm_named_in_the_sentence_before_does_literal_damage() {
    assert!(!flags(
        "Two storms struck the coast in September. The second savaged the island's power grid.",
        "savaged"
    ));
    assert!(!flags(
        "The hurricane stalled offshore. Its winds hammered the harbour for a day.",
        "hammered"
    ));
    assert!(flags("Critics savaged the budget plan.", "savaged"));
    // Another paragraph starts another topic.
    assert!(flags(
        "The hurricane stalled offshore.\n\nCritics savaged the budget plan.",
        "savaged"
    ));
}

#[test]
fn a_threat_in_a_charge_is_the_charges_word() {
    use slant_core::Voice;
    assert_eq!(
        flag_on(
            "She was charged by the police with threatening a neighbour.",
            "threatening"
        )
        .map(|f| f.1),
        Some(Voice::Attributed)
    );
    // The public-order offence's own wording names the offence: not flagged at all.
    assert!(!flags(
        "She was charged by the police with using threatening, abusive or insulting words.",
        "threatening"
    ));
    assert!(flags(
        "The mayor kept threatening the clerks at the meeting.",
        "threatening"
    ));
}

#[test]
fn a_thing_stolen_after_its_noun_is_literal() {
    assert!(!flags(
        "The site released emails stolen from the campaign.",
        "stolen"
    ));
    assert!(!flags(
        "Police recovered two cars stolen from the lot.",
        "stolen"
    ));
    assert!(flags("They call it a stolen election.", "stolen"));
}

#[test]
fn a_second_verb_after_a_characterisation_is_the_writers() {
    use slant_core::Voice;
    assert_eq!(
        flag_on(
            "The mayor painted the council as lazy and lashed out at the clerks.",
            "lashed out"
        )
        .map(|f| f.1),
        Some(Voice::Outlet)
    );
}

#[test]
fn a_label_after_a_long_object_is_the_callers() {
    use slant_core::Voice;
    let voice = |text: &str, word: &str| flag_on(text, word).map(|f| f.1);
    assert_eq!(
        voice(
            "The mayor has called reports of waste at the city's water board a hoax.",
            "hoax"
        ),
        Some(Voice::Attributed)
    );
    // A clause of the writer's after the labelling verb.
    assert_eq!(
        voice(
            // (Not "the bomb threat was a hoax": since session 40 an alarm found out is no flag.)
            "The council declared a holiday because the inquiry was a hoax.",
            "hoax"
        ),
        Some(Voice::Outlet)
    );
}

#[test]
fn a_cause_or_a_protest_named_by_its_setting_is_descriptive() {
    assert!(!flags(
        "The charity campaigns against childhood bullying in schools.",
        "bullying"
    ));
    assert!(flags("The governor is a bully to his staff.", "bully"));
    assert!(!flags(
        "Police held back hundreds of anti-American protesters.",
        "anti-American"
    ));
    assert!(flags(
        "The minister called the editor's views anti-American.",
        "anti-American"
    ));
}

#[test]
fn surrendering_a_thing_hands_it_over() {
    assert!(!flags(
        "The board asked her to surrender her server for an audit.",
        "surrender"
    ));
    assert!(!flags(
        "Rebels began to surrender their weapons on Monday.",
        "surrender"
    ));
    assert!(flags(
        "Critics called the deal a surrender to the unions.",
        "surrender"
    ));
}

#[test]
fn claiming_a_nomination_is_winning_it() {
    // A bare object: a headline's "claims nomination".
    assert!(!flags(
        "Senator claims nomination after long count",
        "claims"
    ));
    assert!(flags("The senator claims nominees were vetted.", "claims"));
}

#[test]
fn an_attack_on_a_place_a_volley_and_voter_rolls_are_literal_or_terms() {
    // An armed attack on a building or compound is reported, not judged.
    assert!(!flags(
        "Gunmen launched an assault on the embassy at dawn.",
        "assault"
    ));
    assert!(!flags(
        "Rebels assaulted the compound overnight.",
        "assaulted"
    ));
    assert!(!flags(
        "Protesters mounted an assault on those statues.",
        "assault"
    ));
    assert!(flags(
        "The senator called the bill an assault on working families.",
        "assault"
    ));
    // "A hail of" is a volley, not praise.
    assert!(!flags("The patrol came under a hail of stones.", "hail"));
    assert!(flags("Critics hailed the decision as a win.", "hailed"));
    // Removing names from voter rolls is election administration's own term.
    assert!(!flags(
        "The state began purging inactive people from voter rolls.",
        "purging"
    ));
    assert!(flags(
        "The minister is purging officials who questioned him.",
        "purging"
    ));
}

#[test]
fn ideological_before_a_noun_of_distribution_measures_positions() {
    assert!(!flags(
        "Critics from across the ideological spectrum objected.",
        "ideological"
    ));
    assert!(!flags(
        "The vote split along ideological lines.",
        "ideological"
    ));
    assert!(flags(
        "The agency's chief is an ideological zealot.",
        "ideological"
    ));
}

#[test]
fn a_feeling_reported_after_be_or_feel_is_not_the_writers_judgement() {
    assert!(!flags(
        "Neighbours said they were shocked to hear the news.",
        "shocked"
    ));
    assert!(!flags(
        "He said he felt embarrassed by the mistake.",
        "embarrassed"
    ));
    assert!(!flags("She was frightened by the noise.", "frightened"));
    assert!(flags("The shocking decision angered farmers.", "shocking"));
    assert!(flags("The ruling stunned the party's leaders.", "stunned"));
}

#[test]
fn the_feeling_family_reaches_horror_outrage_and_disgust() {
    assert!(!flags(
        "Residents were horrified by the footage.",
        "horrified"
    ));
    assert!(!flags("Fans were outraged after the final.", "outraged"));
    assert!(flags(
        "The horrific attack killed nobody but shocked the town.",
        "horrific"
    ));
}

#[test]
fn injuries_illness_and_wounds_are_nouns_of_medicine() {
    assert!(!flags(
        "The driver suffered life-threatening injuries in the crash.",
        "life-threatening"
    ));
    assert!(flags(
        "The mayor called the budget cuts life-threatening for the city.",
        "life-threatening"
    ));
}

#[test]
fn crimes_named_in_a_charge_or_against_a_thing_are_reported() {
    assert!(!flags(
        "Prosecutors charged him with masterminding the theft of the paintings.",
        "masterminding"
    ));
    assert!(!flags("Hackers tried to hijack her account.", "hijack"));
    assert!(!flags(
        "Flooding from the hurricane closed the highway.",
        "flooding"
    ));
    assert!(flags("Lobbyists hijacked the debate.", "hijacked"));
    assert!(flags(
        "The group masterminded a series of bombings.",
        "masterminded"
    ));
}

#[test]
fn a_size_word_before_a_count_or_a_charge_measures_it() {
    assert!(!flags(
        "The sheer number of cases overwhelmed hospitals.",
        "sheer"
    ));
    assert!(!flags("The bank paid a hefty fine in May.", "hefty"));
    assert!(!flags("Exporters face hefty tariffs on steel.", "hefty"));
    assert!(flags(
        "The story begins, as they all do, with sheer ignorance.",
        "sheer"
    ));
}

#[test]
fn a_denied_clause_without_that_is_not_asserted() {
    assert!(!flags(
        "Officials denied the election had been rigged.",
        "rigged"
    ));
    assert!(flags(
        "He denied the charge and said the election was rigged.",
        "rigged"
    ));
}

#[test]
fn a_tsunami_after_an_earthquake_is_the_wave() {
    assert!(!flags(
        "An earthquake shook the coast at dawn. The tsunami that followed destroyed the port.",
        "tsunami"
    ));
    assert!(flags(
        "The scandal unleashed a political tsunami in the capital.",
        "tsunami"
    ));
}

#[test]
fn claiming_a_legal_protection_takes_it() {
    assert!(!flags(
        "The White House claimed executive privilege over the memos.",
        "claimed"
    ));
    assert!(!flags(
        "The envoy claimed diplomatic immunity after the crash.",
        "claimed"
    ));
    assert!(flags(
        "The envoy claimed the crash was not his fault.",
        "claimed"
    ));
}

#[test]
fn a_deal_that_may_fail_and_a_rampage_with_its_dead_are_reported() {
    assert!(!flags(
        "Analysts warned the talks could end in a collapse of the currency union.",
        "collapse"
    ));
    assert!(!flags(
        "A gunman went on a rampage at the mall, killing three people.",
        "rampage"
    ));
}

#[test]
fn chilled_ties_and_a_chilling_effect_are_not_frightening() {
    assert!(!flags(
        "The verdict came weeks after the arrest, further chilling already poor relations.",
        "chilling"
    ));
    assert!(!flags(
        "The rule could have a chilling effect on free speech.",
        "chilling"
    ));
    assert!(flags(
        "Witnesses gave a chilling account of the attack.",
        "chilling"
    ));
}

#[test]
fn a_bushfire_is_a_hazard_and_what_it_does_is_reported() {
    assert!(!flags(
        "Ministers met in Sydney as the bushfire crisis raged on.",
        "raged"
    ));
    assert!(!flags(
        "The island faces an existential threat from rising seas and storms.",
        "existential threat"
    ));
    assert!(!flags(
        "The new rules could leave farmers in the lurch at harvest.",
        "lurch"
    ));
    assert!(flags(
        "The island's leaders called the tax an existential threat.",
        "existential threat"
    ));
}

#[test]
fn an_armed_attack_on_described_buildings_is_reported() {
    assert!(!flags(
        "Marines stood ready to repel any assault on diplomatic outposts.",
        "assault"
    ));
    assert!(flags(
        "The senator called the bill an assault on working families.",
        "assault"
    ));
}

#[test]
fn a_theft_in_the_passive_reports_it() {
    assert!(!flags(
        "The files were later stolen from his home computer.",
        "stolen"
    ));
    assert!(!flags("The van was stolen overnight.", "stolen"));
    assert!(flags("It was a stolen election.", "stolen"));
}

#[test]
fn touching_as_conduct_and_aggressive_cuts_are_not_judgements() {
    assert!(!flags(
        "He was accused of inappropriate touching by two former staffers.",
        "touching"
    ));
    assert!(!flags(
        "The company aggressively cut prices.",
        "aggressively"
    ));
    assert!(!flags(
        "The bank has aggressively expanded its lending.",
        "aggressively"
    ));
    assert!(flags(
        "The film ends with a touching tribute to her father.",
        "touching"
    ));
    assert!(flags(
        "Protesters faced aggressive tactics from the police.",
        "aggressive"
    ));
}

#[test]
fn a_collision_and_a_buying_rush_are_reported() {
    assert!(!flags(
        "A delivery van slammed into the shop window.",
        "slammed"
    ));
    assert!(!flags("Gun sales surged on panic buying.", "panic"));
    assert!(flags("The senator slammed the proposal.", "slammed"));
}

#[test]
fn a_possible_cause_makes_its_outcome_possible() {
    assert!(!flags(
        "Aides warned the bill could cause chaos at the border.",
        "chaos"
    ));
    assert!(!flags(
        "Candidates asked whether old scandals could doom their chances.",
        "doom"
    ));
    assert!(flags("The rollout descended into chaos.", "chaos"));
    assert!(flags("The scandal doomed his campaign.", "doomed"));
}

#[test]
fn deeply_before_ones_own_regret_measures_a_feeling() {
    assert!(!flags("\"I deeply regret my words,\" she said.", "deeply"));
    assert!(!flags(
        "He said he was deeply saddened by the decision.",
        "deeply"
    ));
    assert!(flags("These claims are deeply troubling.", "deeply"));
    assert!(flags("The plan is deeply unfair to renters.", "deeply"));
    // Inside a quotation a word of degree is the speaker's emphasis (session 19).
    assert!(!flags(
        "\"These claims are deeply troubling,\" the senator said.",
        "deeply"
    ));
}

#[test]
fn propaganda_named_as_a_states_operation_is_the_finding() {
    assert!(!flags(
        "Investigators said the agency ran a campaign of hacking and propaganda before the vote.",
        "propaganda"
    ));
    assert!(!flags(
        "The network spread online propaganda to sway voters, the report found.",
        "propaganda"
    ));
    assert!(flags(
        "The mayor's glossy newsletter is pure propaganda.",
        "propaganda"
    ));
}

#[test]
fn so_called_before_a_place_named_by_its_policy_introduces_the_term() {
    assert!(
        loaded("The bill cuts funds to so-called sanctuary cities that shelter migrants.")
            .is_empty()
    );
    assert!(!flags(
        "Investors pour money into so-called opportunity zones in poor areas.",
        "so-called"
    ));
    assert!(flags(
        "The so-called reformers met in the capital.",
        "so-called"
    ));
}

#[test]
fn an_offence_owned_up_to_is_named_not_judged() {
    assert!(!flags(
        "Three players admitted stealing sunglasses from a shop in the mall.",
        "stealing"
    ));
    assert!(!flags(
        "The aide admitted lying to agents about the meeting.",
        "lying"
    ));
    assert!(flags(
        "The governor is stealing the election from the voters.",
        "stealing"
    ));
}

#[test]
fn a_thing_claimed_as_something_is_taken_not_said() {
    assert!(!flags(
        "Parents claiming children as dependents must file early.",
        "claiming"
    ));
    assert!(flags(
        "Officials claim the new levy will pay for itself.",
        "claim"
    ));
    assert!(flags(
        "Republicans claim the tax credits will help families.",
        "claim"
    ));
}

#[test]
fn hostile_territory_is_the_campaign_idiom() {
    assert!(!flags(
        "The party won seats on once hostile Southern turf last night.",
        "hostile"
    ));
    assert!(flags(
        "The minister gave a hostile answer to the committee.",
        "hostile"
    ));
}

#[test]
fn an_assault_in_the_passive_reports_what_was_done() {
    assert!(!flags(
        "The jury heard from a nurse who said she was assaulted in the car park.",
        "assaulted"
    ));
    assert!(flags(
        "The senator called the bill an assault on working families.",
        "assault"
    ));
}

#[test]
fn an_armed_groups_ideology_is_named_not_sneered_at() {
    assert!(!flags(
        "The army has fought leftist rebels in the hills since 1980.",
        "leftist"
    ));
    assert!(flags("The leftist mayor raised taxes again.", "leftist"));
}

/// The confidence of the flag on "grumbly" from a one-entry list with these fields.
fn grumbly(fields: &str) -> f64 {
    use slant_core::{Analyzer, Options, WordList};
    let toml = format!(
        "[list]\nid = \"mine\"\ncategory = \"loaded_language\"\nkind = \"pejorative\"\n[[entry]]\nterm = \"grumbly\"\n{fields}\n"
    );
    let a = Analyzer::from_lists(vec![WordList::parse("mine.toml", &toml).unwrap()]).unwrap();
    let r = a
        .analyze("The grumbly senator left.", &Options::default())
        .unwrap();
    r.flags[0].confidence
}

#[test]
fn leaving_out_unasserted_uses_is_no_second_sense() {
    // Negated, conditional and hypothetical uses are not asserted: an entry kept out of them
    // keeps its confidence. A context that names another sense still lowers it.
    let plain = grumbly("");
    for c in ["negated", "conditional", "hypothetical", "quoted"] {
        assert_eq!(grumbly(&format!("not_when = [\"{c}\"]")), plain, "{c}");
    }
    assert!(grumbly("not_when = [\"literal\"]") < plain);
}

#[test]
fn suffering_a_symptom_reports_an_illness() {
    assert!(!flags(
        "The pilot landed early after suffering dizziness and nausea.",
        "suffering"
    ));
    assert!(flags(
        "The suffering of the villagers went on for years.",
        "suffering"
    ));
}

#[test]
fn an_ill_a_cause_fights_is_pinned_on_no_one() {
    // A vice named as what a movement, law or platform opposes is the cause's aim, not a label.
    let text = "The charity said its work was about fighting intolerance, hatred and bigotry.";
    for w in ["intolerance", "hatred", "bigotry"] {
        assert!(!flags(text, w), "{w}");
    }
    assert!(!flags(
        "The law was passed to counter foreign propaganda in the schools.",
        "propaganda"
    ));
    assert!(flags(
        "The columnist said the mayor's letter was full of hatred.",
        "hatred"
    ));
    assert!(flags(
        "The council newsletter is pure propaganda.",
        "propaganda"
    ));
}

#[test]
fn fabricated_posts_are_forged_items() {
    assert!(!flags(
        "Investigators traced fake comments filed under stolen names.",
        "fake"
    ));
    assert!(flags("The senator called the report fake.", "fake"));
}

#[test]
fn a_refutation_demanded_is_not_reported_as_done() {
    assert!(!flags(
        "The chairman said the mayor should either refute the claims or resign.",
        "refute"
    ));
    assert!(flags("The mayor refuted the claims on Monday.", "refuted"));
}

#[test]
fn terms_of_art_of_government_and_the_military_are_under_the_cut() {
    use slant_core::confidence::DEFAULT_MIN_CONFIDENCE as CUT;
    let on = |text: &str, word: &str| {
        analyze(text)
            .unwrap()
            .flags
            .into_iter()
            .find(|f| f.category == Category::LoadedLanguage && f.text.eq_ignore_ascii_case(word))
            .map(|f| (f.rule, f.confidence))
            .unwrap_or_else(|| panic!("{text}"))
    };
    for (text, words) in [
        (
            "The Treasury began using extraordinary measures to keep paying its bills.",
            "extraordinary measures",
        ),
        (
            "The agency cited extraordinary and temporary conditions in the country.",
            "extraordinary and temporary conditions",
        ),
        (
            "She served in an elite diving unit of the navy.",
            "elite diving unit",
        ),
        ("Elite troops guarded the palace.", "elite troops"),
    ] {
        let (rule, c) = on(text, words);
        assert!(
            rule.starts_with("wire-terms/") && c < CUT,
            "{text}: {rule} {c}"
        );
    }
    // "Elite" of people stays in its family.
    let (rule, c) = on("The speech mocked the coastal elite again.", "elite");
    assert!(rule == "puffery/elite" && c >= CUT, "{rule} {c}");
}

#[test]
fn a_quoted_adverb_of_manner_or_degree_is_the_speakers_emphasis() {
    // `emphasis`: inside a quotation the "-ly" form is dropped, the adjective kept; outside a
    // quotation both are the outlet's.
    assert!(!flags(
        "\"We will fight this ruling very aggressively,\" the union said.",
        "aggressively"
    ));
    assert!(flags(
        "\"It is an aggressive grab for our land,\" the farmer said.",
        "aggressive"
    ));
    assert!(flags(
        "The council aggressively pushed the levy through.",
        "aggressively"
    ));
}

#[test]
fn a_list_of_past_verbs_shares_its_denial() {
    // Controls: the words flag outside a denial.
    assert!(flags(
        "The report says the chief threatened, coerced or bullied his staff.",
        "coerced"
    ));
    assert!(flags(
        "Critics say the board manipulated the tally.",
        "manipulated"
    ));
    // "ever" after the denier opens the denied clause, a quotation mark and a list of past
    // verbs stay inside it.
    assert!(!flags(
        "The chief denied he ever “threatened, coerced, or bullied” any member of his staff.",
        "coerced"
    ));
    assert!(!flags(
        "Auditors found no evidence that the board delayed, manipulated, or otherwise rigged the tally.",
        "manipulated"
    ));
    // A comma before another kind of clause ends the denial.
    assert!(flags(
        "The chief denied he was involved, saying the tally was manipulated by rivals.",
        "manipulated"
    ));
}

#[test]
fn to_before_an_s_form_is_a_preposition() {
    // Control: after "to" a base form is the verb of saying.
    assert!(flags("He was quick to claim the plan would work.", "claim"));
    // "to claims against" is a preposition and a plural noun, the complaints filed.
    assert!(!flags(
        "The board will add rules with respect to claims against council members.",
        "claims"
    ));
}

#[test]
fn falsely_in_an_article_on_a_charge_of_lying_retells_the_charge() {
    // The plea is in another paragraph: the chronology retells the conduct charged.
    let chronology = "The filing charging the aide with lying to investigators lists the events behind his plea.\n\nMarch 3: In an interview, he falsely states he never met the envoy.";
    assert!(!flags(chronology, "falsely"));
    let plea = "The aide pleaded guilty to making false statements.\n\nHe falsely tells agents he never met the envoy.";
    assert!(!flags(plea, "falsely"));
    // With no charge of lying in the article, "falsely" is the outlet's own verdict.
    assert!(flags(
        "The aide was charged with bribery.\n\nHe falsely tells reporters he never met the envoy.",
        "falsely"
    ));
    assert!(flags(
        "The senator falsely said the count was rigged.",
        "falsely"
    ));
}

#[test]
fn in_an_article_on_a_charge_of_lying_a_speakers_accusation_stays_loaded() {
    let plea = "The aide pleaded guilty to lying to investigators.\n\n";
    // The outlet retells the conduct charged.
    assert!(!flags(
        &format!("{plea}He lied in May about the meeting."),
        "lied"
    ));
    // A speaker's "lied" and an accusation of lying are their charge.
    assert!(flags(
        &format!("{plea}\"He lied again and again,\" the governor said."),
        "lied"
    ));
    assert!(flags(
        &format!("{plea}The governor went on to accuse his rival in last year's race, Ana Ruiz, of having lied in March."),
        "lied"
    ));
}

#[test]
fn a_quotation_restating_the_plea_of_the_person_it_names_is_the_fact_reported() {
    let plea = "Tom Vale, the mayor's former aide, pleaded guilty to lying to investigators.\n\n";
    // The speaker restates what the article reports of Vale.
    assert!(!flags(
        &format!("{plea}\"Vale lied and now his career is over,\" the mayor said."),
        "lied"
    ));
    // Someone else's lie, or a pronoun, is still the speaker's charge.
    assert!(flags(
        &format!("{plea}\"Ruiz lied for years and nothing happened,\" the mayor said."),
        "lied"
    ));
    assert!(flags(
        &format!("{plea}\"She lied for years,\" the mayor said."),
        "lied"
    ));
    // With no charge of lying in the article, the quoted name's "lied" is the speaker's.
    assert!(flags(
        "Tom Vale resigned in May.\n\n\"Vale lied and now his career is over,\" the mayor said.",
        "lied"
    ));
}

#[test]
fn a_person_who_collapsed_fainted() {
    assert!(!flags(
        "The nominee collapsed while leaving the memorial service.",
        "collapsed"
    ));
    assert!(!flags(
        "Aides said she collapsed on the stage and was taken to hospital.",
        "collapsed"
    ));
    assert!(flags("The party's vote share collapsed.", "collapsed"));
}

#[test]
fn accused_of_masterminding_names_the_charged_role() {
    assert!(!flags(
        "A militant accused of masterminding the hotel siege walked free on Friday.",
        "masterminding"
    ));
    assert!(flags(
        "The group masterminded a series of bombings.",
        "masterminded"
    ));
}

#[test]
fn fake_accounts_and_forged_filings_are_literal() {
    assert!(!flags(
        "The platform removed two thousand fake accounts on Monday.",
        "fake"
    ));
    assert!(!flags(
        "Auditors found that many of the petition signatures were fake.",
        "fake"
    ));
    assert!(flags("The senator called the inquiry fake.", "fake"));
}

#[test]
fn a_tax_windfall_is_the_trade_word() {
    assert!(!flags(
        "Firms said they would spend the tax windfall on buybacks.",
        "windfall"
    ));
    assert!(!flags(
        "Shareholders reaped a windfall from the tax cut.",
        "windfall"
    ));
    assert!(flags(
        "Lobbyists turned the subsidy into a windfall for their friends.",
        "windfall"
    ));
}

/// Whether the sentence is flagged as the outlet's own unattributed assertion.
fn unattributed(text: &str) -> bool {
    analyze(text)
        .unwrap()
        .flags
        .iter()
        .any(|f| f.category == Category::UnattributedAssertion)
}

#[test]
fn a_capitalised_cue_before_a_capitalised_word_is_a_name() {
    // "Hope Hicks" names a person: no one hopes, so the motive is the outlet's own.
    assert!(unattributed(
        "Hope Hicks joined the campaign in a bid to win votes."
    ));
    // A capitalised small word after the cue is a headline's title case, not a name.
    assert!(!unattributed(
        "Senator Expected To Quit in a bid to win votes"
    ));
    // The stance cue itself still reports a view.
    assert!(!unattributed(
        "Aides hope the campaign will grow in a bid to win votes."
    ));
}

#[test]
fn a_detention_facility_is_the_place_s_standard_name() {
    // The beat's plain term for where detainees are held, not a softening of "prison".
    assert!(loaded("Migrants were held in detention facilities near the border.").is_empty());
}

#[test]
fn a_saying_the_speaker_means_not_to_do_is_not_done() {
    assert!(!flags(
        "\"I'm not willing to pooh-pooh it,\" she said.",
        "pooh-pooh"
    ));
    assert!(!flags(
        "\"We are not here to lecture anyone,\" he said.",
        "lecture"
    ));
    assert!(flags("He was not afraid to slam the plan.", "slam"));
    assert!(flags(
        "She is willing to pooh-pooh the report.",
        "pooh-pooh"
    ));
}

#[test]
fn a_quantifier_opens_an_object_only_as_a_whole_phrase() {
    // A quantifier without "of", or a phrase that goes on to its verb, is a clause's subject.
    assert!(flags(
        "The union claims most members oppose the deal.",
        "claims"
    ));
    assert!(flags(
        "The mayor claims part of the fault rests with the state.",
        "claims"
    ));
    assert!(flags("He claims all of them cheat.", "claims"));
    // "most of the harbour" ending its phrase is the thing claimed.
    assert!(!flags(
        "The empire claims all of the western coast.",
        "claims"
    ));
    assert!(!flags(
        "The duchy claims most of the harbour near the town.",
        "claims"
    ));
}

#[test]
fn a_toll_of_lives_is_taken_but_lives_lost_is_a_saying() {
    assert!(flags(
        "She claimed at least 30 lives were lost to official delays.",
        "claimed"
    ));
    assert!(flags(
        "The rebels claimed more than 90 lives had been lost, a figure the army disputed.",
        "claimed"
    ));
    assert!(!flags("The flood claimed at least 12 lives.", "claimed"));
    assert!(!flags(
        "The famine has claimed hundreds of thousands of lives.",
        "claimed"
    ));
    assert!(!flags(
        "The fever claimed tens of thousands of lives in the valley.",
        "claimed"
    ));
    // A count without a number is a toll too.
    assert!(!flags(
        "The feud between the two clans has claimed so many lives.",
        "claimed"
    ));
    assert!(!flags(
        "Malaria claims countless lives each year.",
        "claims"
    ));
    assert!(flags(
        "The clinic claimed so many lives were saved by the new drug.",
        "claimed"
    ));
    assert!(flags(
        "The charity claims so many lives hang in the balance.",
        "claims"
    ));
}

#[test]
fn declining_needs_a_verb_after_to() {
    // "going to" a plural is a destination or recipient, not a declined act.
    assert!(flags(
        "The money is not going to thugs, the mayor said.",
        "thugs"
    ));
    assert!(flags(
        "Donations were never going to extremists.",
        "extremists"
    ));
    assert!(!flags("We are not here to smear anyone.", "smear"));
}

#[test]
fn surge_of_counted_things_but_not_of_violence() {
    assert!(flags(
        "Officers recorded a surge of killings downtown.",
        "surge"
    ));
    assert!(flags("The pamphlet warned of a surge of hordes.", "surge"));
    assert!(!flags("Clinics saw a surge of bookings in May.", "surge"));
    assert!(!flags(
        "The agency handled a surge of requests after the storm.",
        "surge"
    ));
}

#[test]
fn a_feeling_reported_as_felt_after_a_contraction_or_a_quotation_mark() {
    assert!(!flags(
        "“I’m embarrassed,” the coach said after the loss.",
        "embarrassed"
    ));
    assert!(!flags(
        "“We're shocked by the ruling,” the union said.",
        "shocked"
    ));
    assert!(!flags(
        "The mayor was “shocked” by the vote, aides said.",
        "shocked"
    ));
    assert!(!flags(
        "The coach called himself “embarrassed and sorry” on Sunday.",
        "embarrassed"
    ));
    assert!(flags(
        "The coach himself called the loss embarrassing.",
        "embarrassing"
    ));
    // The adjective still grades what it describes.
    assert!(flags(
        "The vote was “shocking,” the mayor said.",
        "shocking"
    ));
    assert!(flags(
        "It was an embarrassing defeat for the coach.",
        "embarrassing"
    ));
}

#[test]
fn a_threatened_action_is_a_threat_reported_and_leaked_information_a_stock_name() {
    assert!(!flags(
        "The regulator threatened action against the two banks.",
        "threatened"
    ));
    assert!(flags(
        "The senator threatened the reporter in the hallway.",
        "threatened"
    ));
    assert!(!flags(
        "The spy agency gathered embarrassing information on the minister.",
        "embarrassing"
    ));
    assert!(flags(
        "It was an embarrassing episode for the minister.",
        "embarrassing"
    ));
}

#[test]
fn a_tearful_witness_is_a_visible_state_reported_at_wire_terms_confidence() {
    let tearful = analyze("A tearful witness told the court what she had seen.")
        .unwrap()
        .flags
        .into_iter()
        .find(|f| f.text == "tearful")
        .expect("listed in wire-terms");
    assert!(tearful.confidence < 0.45);
    assert!(flags(
        "The grief-stricken town buried its dead.",
        "grief-stricken"
    ));
}

#[test]
fn outcomes_forecast_or_wondered_about_are_not_asserted() {
    // A warning's possible outcome, and what a question wonders about, are not asserted.
    assert!(!flags(
        "Two advisers warned the new tariff could be counterproductive.",
        "counterproductive"
    ));
    assert!(flags(
        "The new tariff is counterproductive and cruel.",
        "counterproductive"
    ));
    assert!(!flags(
        "Aides are split over whether the blockade will force the rebels to capitulate.",
        "capitulate"
    ));
    assert!(flags(
        "The mayor chose to capitulate to the developers.",
        "capitulate"
    ));
    assert!(!flags(
        "Nobody knows whether the governor will be in a confrontational mood on Monday.",
        "confrontational"
    ));
    assert!(flags(
        "The governor gave a confrontational speech on Monday.",
        "confrontational"
    ));
}

#[test]
fn an_attack_at_a_place_is_the_event_reported() {
    assert!(!flags(
        "Candles were lit near the scene of the rampage on Sunday.",
        "rampage"
    ));
    assert!(!flags(
        "The rampage in the market square lasted ten minutes.",
        "rampage"
    ));
    assert!(flags(
        "Critics say the regulator went on a rampage against small lenders.",
        "rampage"
    ));
}

#[test]
fn the_prospect_of_a_repeated_outcome_is_not_asserted() {
    // "at risk of a similar meltdown": a word of repetition between the prospect and the
    // outcome keeps it a prospect, as "the risk of a meltdown" already was.
    assert!(!flags(
        "Opponents said the bill would leave the county at risk of a similar meltdown.",
        "meltdown"
    ));
    assert!(!flags(
        "Brokers fear the threat of another meltdown in the housing market.",
        "meltdown"
    ));
    // The outcome itself, or a repetition that happened, is asserted.
    assert!(flags(
        "The county suffered a similar meltdown in its pension fund last year.",
        "meltdown"
    ));
    assert!(flags(
        "The council's meeting turned into another meltdown over parking.",
        "meltdown"
    ));
}

#[test]
fn a_disputed_or_rebutted_claim_is_not_the_outlets_word() {
    // Session 32 (issue 10): "disputed that", "rebutted suggestions that" govern the claim being
    // denied, as "denied that" does: its words are the accuser's, not the denier's nor the outlet's.
    assert!(!flags(
        "The minister disputed that his department was in chaos.",
        "chaos"
    ));
    assert!(!flags(
        "The senator rebutted suggestions that the bill was a disaster.",
        "disaster"
    ));
    assert!(!flags(
        "The union is disputing claims that the strike caused chaos.",
        "chaos"
    ));
    // The noun "dispute" and the adjective "contested" deny nothing; a clause after the denial
    // is asserted.
    assert!(flags(
        "The dispute over the pier turned into chaos.",
        "chaos"
    ));
    assert!(flags(
        "The contested convention of 1976 descended into chaos.",
        "chaos"
    ));
    assert!(flags(
        "The minister disputed the figures, and his department was in chaos.",
        "chaos"
    ));
    // After a determiner "disputed" is an adjective: the territory's fighting is asserted.
    assert!(flags(
        "The disputed territory has been the scene of chaos for a decade.",
        "chaos"
    ));
}

#[test]
fn an_unverified_identity_claimed_is_the_wires_record() {
    // "claiming to be a / an / the" records that an identity is not verified (session 33).
    assert!(!flags(
        "A man claiming to be the courier left a parcel at the gate.",
        "claiming"
    ));
    assert!(!flags(
        "Two callers claimed to be an inspector from the water board.",
        "claimed"
    ));
    assert!(!flags(
        "The woman claims to be a nurse from the county hospital.",
        "claims"
    ));
    // Information someone offers as theirs is not verified either.
    assert!(!flags(
        "A caller claiming to have damaging information on the mayor phoned the paper.",
        "claiming"
    ));
    assert!(!flags(
        "The agent claimed to have evidence of the bribes.",
        "claimed"
    ));
    // A claim of a statement, of an aim or of a deed stays.
    assert!(flags(
        "The mayor claimed to have balanced the budget.",
        "claimed"
    ));
    assert!(flags(
        "The mayor claimed the budget was balanced.",
        "claimed"
    ));
    assert!(flags(
        "The group claims to be fighting for the harbour's workers.",
        "claims"
    ));
}

#[test]
fn a_standard_name_of_an_event_is_not_emotive() {
    // Disorder at airports, and a national tragedy, name the event reported (session 33).
    assert!(!flags(
        "The sudden ban led to chaos at airports across the region.",
        "chaos"
    ));
    assert!(!flags(
        "The strike caused chaos at the airport on Friday.",
        "chaos"
    ));
    assert!(!flags(
        "The governor accused the senator of politicizing a national tragedy.",
        "tragedy"
    ));
    // Elsewhere the words keep their flags.
    assert!(flags(
        "The new timetable led to chaos at the harbour.",
        "chaos"
    ));
    assert!(flags(
        "The council's budget was a tragedy for the town.",
        "tragedy"
    ));
    assert!(flags("The ferry plan descended into chaos.", "chaos"));
}

#[test]
fn a_literal_hazard_or_a_clinical_state_is_reported() {
    // A dangerous route and a clinical state are reported (session 33).
    assert!(!flags(
        "Thousands of teenagers make the perilous journey north each year.",
        "perilous"
    ));
    assert!(!flags(
        "Counselors help children traumatized by the flood.",
        "traumatized"
    ));
    // Elsewhere the words keep their flags.
    assert!(flags(
        "The council's perilous gamble on bonds failed.",
        "perilous"
    ));
    assert!(flags(
        "The budget fight was a traumatic ordeal for the council.",
        "traumatic"
    ));
}

mod s45 {
    use super::flags;

    #[test]
    fn a_due_claimed_as_a_relative_clauses_object_is_taken() {
        for text in [
            "The reform scraps a fuel rebate that drivers can still claim for each van.",
            "The levy relief, which farmers may claim on their returns, ends in June.",
            "It keeps a travel allowance that nurses claim.",
            "Growers claiming a federally backed credit must show invoices.",
            "Crofters can claim the newly widened fuel rebate this spring.",
            "Shops that stock local goods can claim a modest rebate that cuts their rates.",
        ] {
            assert!(!flags(text, "claim") && !flags(text, "claiming"), "{text}");
        }
        for text in [
            "The club, which claimed on Friday that its ground was sold, gave no details.",
            "The bridge cost more than the builder claimed.",
            "The builder claims that the bridge is safe.",
            "The builder claims the rebate was lawful.",
        ] {
            assert!(flags(text, "claimed") || flags(text, "claims"), "{text}");
        }
    }

    #[test]
    fn a_fixed_practice_after_so_called_is_introduced() {
        for text in [
            "Auditors looked at so-called round-tripping by the brokers.",
            "The mill took a so-called swing loan to pay its staff.",
        ] {
            assert!(!flags(text, "so-called"), "{text}");
        }
        assert!(flags(
            "The so-called pundits misread the vote.",
            "so-called"
        ));
        assert!(flags(
            "The rebels signed the so-called truce deal.",
            "so-called"
        ));
    }

    #[test]
    fn a_camera_panning_moves() {
        assert!(!flags("The clip pans slowly over a dry reservoir.", "pans"));
        assert!(flags("Reviewers panned the opera as shallow.", "panned"));
    }
}

/// Session 46: senses blind readers called wrong, in the shapes of the originals.
mod s46 {
    use super::flags;

    #[test]
    fn a_due_claimed_past_a_long_subject_and_a_toll_in_words() {
        for (text, word) in [
            (
                "The plan scraps a rebate that thousands of small farms can now claim for diesel.",
                "claim",
            ),
            (
                "It ends a grant which many part-time carers can no longer claim.",
                "claim",
            ),
            (
                "Feuding crews, which have claimed at least nine lives this year, fled.",
                "claimed",
            ),
        ] {
            assert!(!flags(text, word), "{text}");
        }
        assert!(flags(
            "The firm claimed at least nine lives were saved.",
            "claimed"
        ));
        assert!(flags(
            "Officials that the mayor now claims were loyal resigned.",
            "claims"
        ));
    }

    #[test]
    fn a_word_inside_an_idea_the_speaker_dismisses() {
        for text in [
            "\"The suggestion that the council could rig a ballot is frankly laughable,\" Ortiz said.",
            "The claim that the panel rigged the draw was false, the league said.",
        ] {
            assert!(!flags(text, "rig") && !flags(text, "rigged"), "{text}");
        }
        assert!(flags(
            "\"The suggestion that the council could rig a ballot is frankly laughable,\" Ortiz said.",
            "laughable"
        ));
        assert!(flags(
            "The idea that they rigged the draw spread fast.",
            "rigged"
        ));
    }

    #[test]
    fn failing_governments_and_long_subjects_of_failed_talks() {
        for text in [
            "Negotiations on a new alliance between the Liberals and three regional parties collapsed late on Monday.",
            "No cabinet has survived a term since 2010, with successive coalitions collapsing amid defections.",
            "Three premiers have quit since 2015, with successive administrations collapsing amid walkouts.",
            "The cabinet collapsed after the finance minister resigned.",
            "Talks on forming a coalition with the Social Liberal Party collapsed earlier this month.",
        ] {
            assert!(
                !flags(text, "collapsed") && !flags(text, "collapsing"),
                "{text}"
            );
        }
        for text in [
            "Prices rose for weeks and the regime collapsed.",
            "Stocks rallied for weeks and Iran's regime collapsed.",
        ] {
            assert!(flags(text, "collapsed"), "{text}");
        }
        assert!(flags(
            "His collapsing credibility worried the party.",
            "collapsing"
        ));
    }
}

/// Session 46, round 2: senses blind readers of wire copy called wrong (our own sentences).
mod s46b {
    use super::flags;

    #[test]
    fn a_feared_future_is_a_prospect() {
        for text in [
            "Many growers are increasingly worried that the grain accord will collapse and cost them dearly.",
            "Shippers fear the CPTPP would collapse without the new members.",
        ] {
            assert!(!flags(text, "collapse"), "{text}");
        }
        assert!(flags(
            "Analysts said the junta will collapse within a year.",
            "collapse"
        ));
    }
}

/// Session 47, round 2: senses a blind reader of small outlets called wrong (our own sentences).
mod s47b {
    use super::flags;

    #[test]
    fn a_reason_the_speaker_denies_is_not_asserted() {
        for text in [
            "\"Wolves are not coming into the towns because they are aggressive. They come because there is rubbish,\" the warden said.",
            "\"It is not because the pupils are lazy,\" the head teacher said.",
        ] {
            assert!(!flags(text, "aggressive") && !flags(text, "lazy"), "{text}");
        }
        for text in [
            "\"They are coming because they are aggressive,\" the warden said.",
            // With no reason put instead, the clause explains the negation.
            "The ferry did not sail because the crew was aggressive.",
            // "not only" grants the reason.
            "\"They are not only coming because they are aggressive. They come because there is food,\" he said.",
        ] {
            assert!(flags(text, "aggressive"), "{text}");
        }
    }

    #[test]
    fn theft_beside_its_thieves_is_the_crime() {
        for text in [
            "\"We tell the rustlers, 'You will not find it easy to steal here now,'\" the rancher said.",
            "Gangs steal cattle from the upland farms every winter.",
        ] {
            assert!(!flags(text, "steal"), "{text}");
        }
        assert!(!flags(
            "\"We say to the thieves: this valley is no place to steal any more,\" she said.",
            "steal"
        ));
        assert!(!flags(
            "Police said the thieves fled after the burglary.",
            "thieves"
        ));
        assert!(flags(
            "They want to steal the election from voters.",
            "steal"
        ));
        assert!(flags(
            "The senator said his rivals were a gang of thieves.",
            "thieves"
        ));
    }

    #[test]
    fn noble_before_a_rank_is_a_class() {
        assert!(!flags(
            "One noble representative walked out of the assembly.",
            "noble"
        ));
        assert!(flags("It was a noble gesture by the mayor.", "noble"));
    }
}

#[test]
fn judge_as_a_title_before_a_name_is_a_court_case() {
    // A judge restating what a party argues: the legal claim, not the writer's verb of doubt.
    assert!(!flags(
        "Judge Ana Ruiz said the mayor wants the very thing that his opponents claim is behind the rule.",
        "claim"
    ));
    // Without the judge the verb stays the writer's choice.
    assert!(flags(
        "The mayor wants the very thing that his opponents claim is behind the rule.",
        "claim"
    ));
}

#[test]
fn a_phrase_flag_stops_before_its_closing_preposition() {
    let l = loaded("The mayor railed against the new parking fees all week.");
    assert_eq!(l, vec!["railed"]);
    let l = loaded("She has cast herself as a champion of the small farmer.");
    assert_eq!(l, vec!["champion"]);
    // A particle that belongs to the verb stays: "lashed out" is the phrase.
    assert!(flags("The coach lashed out at the referees.", "lashed out"));
}

#[test]
fn none_of_this_denies_the_predicate() {
    assert!(!flags(
        "None of this is radical. It is ordinary zoning.",
        "radical"
    ));
    assert!(!flags(
        "None of it was a disaster for the town.",
        "disaster"
    ));
    assert!(flags(
        "All of this is radical, the columnist wrote.",
        "radical"
    ));
}

#[test]
fn a_negated_verbs_object_is_denied() {
    assert!(!flags(
        "The growers are not asking for a windfall this year.",
        "windfall"
    ));
    assert!(!flags(
        "The council never wanted a disaster on the pier.",
        "disaster"
    ));
    assert!(flags(
        "The growers are asking for a windfall this year.",
        "windfall"
    ));
    // "not just" grants the word.
    assert!(flags(
        "It was not just a disaster but a scandal.",
        "disaster"
    ));
}

#[test]
fn a_market_noun_as_the_subject_gives_the_domain_sense() {
    // Prices that are aggressive are low ones: the retailer's term, not a temperament.
    assert!(!flags(
        "Our rivals' prices are very aggressive this winter.",
        "aggressive"
    ));
    assert!(flags(
        "Our rivals' lawyers are very aggressive this winter.",
        "aggressive"
    ));
    // The adverb judges the word after it, not the subject's domain.
    assert!(flags("Her prescriptions are wildly unrealistic.", "wildly"));
}

#[test]
fn a_natural_resource_is_endangered_not_threatened() {
    assert!(!flags(
        "The new mine will threaten precious groundwater.",
        "threaten"
    ));
    assert!(flags(
        "The new minister will threaten the clerks.",
        "threaten"
    ));
}

#[test]
fn a_lead_of_heavy_rains_makes_its_flooding_literal() {
    let body = "Officials said flooding had reached several houses near the harbour.";
    let wet = format!("Heavy rains lashed the island over the weekend.\n\n{body}");
    assert!(!flags(&wet, "flooding"));
    let dry = format!("The island council met over the weekend.\n\n{body}");
    assert!(flags(&dry, "flooding"));
}

#[test]
fn past_events_of_a_kind_are_generic() {
    assert!(!flags(
        "A farmer said help after past disasters had been slow and uneven.",
        "disasters"
    ));
    assert!(flags(
        "A farmer said help after disasters had been slow and uneven.",
        "disasters"
    ));
}

#[test]
fn cannot_negates_like_not() {
    assert!(!flags(
        "The board cannot pretend the money is there.",
        "pretend"
    ));
    assert!(flags(
        "The board is pretending the money is there.",
        "pretending"
    ));
}

#[test]
fn a_negated_outcome_after_in_or_into_is_denied() {
    assert!(!flags("The standoff did not end in tragedy.", "tragedy"));
    assert!(!flags("The meeting never descended into chaos.", "chaos"));
    assert!(flags("The standoff ended in tragedy.", "tragedy"));
    assert!(flags("The meeting descended into chaos.", "chaos"));
}

#[test]
fn would_be_crazy_not_to_urges_the_thing() {
    assert!(!flags(
        "\"It would be crazy not to use the harbour,\" the mayor said.",
        "crazy"
    ));
    // A real omission judged stays: "was", not the supposing "be".
    assert!(flags(
        "\"The council was crazy not to fix the pier,\" the mayor said.",
        "crazy"
    ));
}

#[test]
fn banter_softened_by_the_speaker_is_not_a_judgement() {
    assert!(!flags(
        "\"You lot are mad, and we mean that in the best possible way,\" the singer told the crowd.",
        "mad"
    ));
    assert!(flags(
        "\"You lot are mad,\" the singer told the crowd.",
        "mad"
    ));
}

#[test]
fn a_state_coordinated_after_be_is_reported() {
    assert!(!flags(
        "The two walkers were cold and frightened but unhurt.",
        "frightened"
    ));
    assert!(!flags(
        "The hikers were wet, cold and terrified when they were found.",
        "terrified"
    ));
    // Before a noun the feeling is the writer's framing.
    assert!(flags(
        "The fire sent frightened residents into the street.",
        "frightened"
    ));
    assert!(flags(
        "Terrified residents fled as the bulldozers arrived.",
        "terrified"
    ));
    assert!(flags(
        "Residents were terrorized by the gang for months.",
        "terrorized"
    ));
}

#[test]
fn a_clause_after_a_negated_predicate_noun_is_denied() {
    assert!(!flags(
        "The inspector said this was not a small scheme run out of greed.",
        "greed"
    ));
    assert!(!flags(
        "\"This isn't something the council dreamed up,\" the clerk said.",
        "dreamed up"
    ));
    assert!(flags(
        "The inspector said the scheme was run out of greed.",
        "greed"
    ));
    assert!(flags(
        "\"The council dreamed up this levy,\" the clerk said.",
        "dreamed up"
    ));
    // The head itself, past a modifier, stays as the text words it.
    assert!(flags(
        "The councillor is not a far-right wingnut.",
        "wingnut"
    ));
}

#[test]
fn lies_closing_a_where_clause_or_before_a_distance_is_position() {
    assert!(!flags(
        "Nobody can say where the valley's future lies.",
        "lies"
    ));
    assert!(!flags("The hamlet lies 4 km east of the dam.", "lies"));
    assert!(flags("The developer lies to the planning board.", "lies"));
}

#[test]
fn a_state_after_found_or_left_and_a_pronoun_is_reported() {
    assert!(!flags(
        "Volunteers found them wet and frightened but unharmed.",
        "frightened"
    ));
    assert!(!flags(
        "His solicitor said he was “deeply embarrassed” by the fine.",
        "embarrassed"
    ));
    assert!(flags(
        "The frightened board scrapped the parade.",
        "frightened"
    ));
}

#[test]
fn a_speakers_own_manner_after_said_and_a_pronoun_is_theirs() {
    assert!(!flags(
        "Cr Mia Hart said she reluctantly backed the rate rise.",
        "reluctantly"
    ));
    assert!(!flags(
        "Cr Mia Hart said she backed the rate rise reluctantly.",
        "reluctantly"
    ));
    assert!(flags(
        "Cr Mia Hart said the board reluctantly backed the rate rise.",
        "reluctantly"
    ));
}

// Session 52: literal neighbours and scopes that carry across outlets (issue 9).

#[test]
fn a_bare_toll_of_lives_is_claimed_not_asserted() {
    assert!(!flags(
        "The old coast road claims lives every winter.",
        "claims"
    ));
    assert!(flags("The mayor claims the coast road is safe.", "claims"));
}

#[test]
fn a_downpour_is_a_physical_force() {
    assert!(!flags(
        "A downpour flooded two lanes of the ring road on Friday.",
        "flooded"
    ));
    assert!(flags(
        "Lobbyists flooded two offices of the ministry on Friday.",
        "flooded"
    ));
}

#[test]
fn a_place_prone_to_a_hazard_faces_a_prospect() {
    assert!(!flags(
        "Villages prone to flooding will get new pumps.",
        "flooding"
    ));
    assert!(!flags(
        "Streets vulnerable to flooding were closed early.",
        "flooding"
    ));
    assert!(flags(
        "Donors keep flooding the campaign with cash.",
        "flooding"
    ));
}

#[test]
fn buildings_pulled_down_are_literal() {
    assert!(!flags(
        "The plan proposes demolishing two townhouses near the quay.",
        "demolishing"
    ));
    assert!(!flags(
        "Developers want to demolish the old depot by the canal.",
        "demolish"
    ));
    assert!(flags(
        "The plan proposes demolishing two rivals in one debate.",
        "demolishing"
    ));
}

#[test]
fn however_before_an_adjective_concedes_the_degree() {
    assert!(!flags(
        "No driver deserves a beating over a crash, however tragic.",
        "tragic"
    ));
    // The adverb after "however" is "albeit" and keeps its flag.
    assert!(flags(
        "The council agreed, however reluctantly, to shut the pool.",
        "reluctantly"
    ));
}

#[test]
fn a_negated_wants_bare_object_is_not_asserted() {
    assert!(!flags(
        "\"You cannot expect miracles from one new clinic,\" she said.",
        "miracles"
    ));
    assert!(flags(
        "\"The clinic works miracles,\" she said.",
        "miracles"
    ));
    // An object given a deed is named, not wanted away.
    assert!(flags(
        "\"We don't want thugs to run the market,\" he said.",
        "thugs"
    ));
}

#[test]
fn a_utility_beside_water_is_a_pipe() {
    assert!(!flags(
        "The bond pays for water, sewer and road repairs.",
        "sewer"
    ));
    assert!(flags("The columnist called the forum a sewer.", "sewer"));
}

#[test]
fn a_label_withheld_is_only_named() {
    for text in [
        "Ministers declined to call the raids a purge.",
        "The envoy was reluctant to label the evictions as a purge.",
        "The report stopped short of calling the raids a purge.",
        "The mayor did not call the strikers thugs.",
    ] {
        assert!(loaded(text).is_empty(), "{text}");
    }
    assert!(flags("Ministers called the strikers thugs.", "thugs"));
}

#[test]
fn photographs_are_things_that_can_be_stolen() {
    assert!(!flags(
        "The fraudsters posted stolen photographs of rental flats.",
        "stolen"
    ));
    assert!(flags("It was a stolen election, the flyer said.", "stolen"));
}

// Session 52, round 2: theft, oaths, denial and plain senses across outlets (issue 9).

#[test]
fn what_a_thing_is_said_not_to_be_about_is_denied() {
    assert!(!flags(
        "\"The dispute was never about coercion,\" the lawyer said.",
        "coercion"
    ));
    assert!(!flags("It isn't about coercion.", "coercion"));
    assert!(flags(
        "\"The dispute was always about coercion,\" the lawyer said.",
        "coercion"
    ));
}

#[test]
fn a_jailing_names_the_offence() {
    assert!(!flags(
        "A driver jailed for an assault on a cyclist has lost his appeal.",
        "assault"
    ));
    assert!(flags(
        "A columnist called the levy an assault on a cyclist's freedom.",
        "assault"
    ));
}

#[test]
fn pending_applications_are_outstanding_paperwork() {
    assert!(!flags(
        "The council urged ministers to approve outstanding building applications.",
        "outstanding"
    ));
    assert!(flags(
        "The council praised the outstanding work of its planners.",
        "outstanding"
    ));
}

#[test]
fn what_is_said_of_no_one_is_not_asserted() {
    // A negative quantifier as the subject: the verb, a predicate after "is" and what is
    // asked for are said of no one.
    assert!(!flags(
        "No one panicked when the ferry lost power.",
        "panicked"
    ));
    assert!(flags(
        "The crew panicked when the ferry lost power.",
        "panicked"
    ));
    assert!(!flags(
        "Nobody here is a hero, the firefighter said.",
        "hero"
    ));
    assert!(flags("Dana is a hero, the firefighter said.", "hero"));
    assert!(!flags(
        "\"Nobody is asking for a dictatorship,\" he said.",
        "dictatorship"
    ));
    assert!(flags(
        "\"They are asking for a dictatorship,\" he said.",
        "dictatorship"
    ));
    // Not a quantifier in a clause after a noun: the main clause asserts.
    assert!(flags(
        "His answer to the question nobody asked was arrogant.",
        "arrogant"
    ));
    // Nor one that is another verb's subject: "came", "doubts" stand between.
    assert!(flags("That nobody came is a disaster.", "disaster"));
    assert!(flags("Nobody doubts they asked for a bailout.", "bailout"));
    assert!(!flags("None of us was a hero that night.", "hero"));
}

#[test]
fn hardly_denies_like_not() {
    assert!(!flags(
        "The vote was hardly a triumph for the mayor.",
        "triumph"
    ));
    assert!(flags("The vote was a triumph for the mayor.", "triumph"));
}
