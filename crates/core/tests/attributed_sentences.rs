//! Which sentences an attribution carries (issue 10): a cue reports someone's words or views, but
//! the same word used for something else reports nothing. Every sentence here is written for this
//! file; none comes from an evaluation set.

use slant_core::analyze;

fn attributed(text: &str) -> bool {
    analyze(text).unwrap().sentences[0].attributed
}

#[test]
fn the_terms_of_a_talk_report_nothing() {
    // "On condition of anonymity" gives the terms on which someone spoke, not what they said.
    for s in [
        "Two officials spoke on condition of anonymity because the meeting was private.",
        "The aide spoke on the condition of anonymity.",
    ] {
        assert!(!attributed(s), "{s:?} should not be attributed");
    }
    // A topic still makes the talk a report, and a verb of saying beside it reports as before.
    for s in [
        "The minister spoke on the future of the harbour.",
        "An aide, who spoke on condition of anonymity, said the pier would close.",
    ] {
        assert!(attributed(s), "{s:?} should be attributed");
    }
}

#[test]
fn replies_in_kind_report_and_falls_and_suspects_do_not() {
    // Verbs of a reply in kind or an opinion given report someone's words.
    for s in [
        "The mayor shot back that the levy was fair.",
        "Ruiz countered that the pier had been safe for years.",
        "The harbour board fired back at its critics on Friday.",
        "The local paper opined against the levy.",
        "The plan assumes that fares will rise.",
    ] {
        assert!(attributed(s), "{s:?} should be attributed");
    }
    // "Decline" of a quantity is a fall, not a refusal; the noun "suspect" is a person.
    for s in [
        "Ferry traffic fell last year, the biggest decline in a decade.",
        "Fares would decline by two percent a year.",
        "The old harbour town has been in decline for years.",
        "Police named the suspect in the harbour fire.",
        "The suspect was held overnight at the harbour station.",
    ] {
        assert!(!attributed(s), "{s:?} should not be attributed");
    }
    // A refusal and a suspicion still report.
    for s in [
        "The mayor declined to comment on the levy.",
        "Police suspect the fire was set on purpose.",
    ] {
        assert!(attributed(s), "{s:?} should be attributed");
    }
}

#[test]
fn a_sign_off_line_under_a_quotation_is_its_attribution() {
    let text = "The levy was the last straw.\n\n\"We will not pay for a pier we cannot use.\"\n\n- Ana Ruiz.\n\nThe board meets on Friday.\n\n- Tom Lee.\n\nThe fishermen booed a levy they call \"theft.\"\n\n- Harbour News.\n";
    let r = analyze(text).unwrap();
    let line = |needle: &str| {
        r.sentences
            .iter()
            .find(|s| text[s.start..s.end].contains(needle))
            .unwrap()
            .attributed
    };
    // The line under the quotation names its speaker; under the outlet's prose, even prose
    // that ends in a quoted word, it is a byline or a credit.
    assert!(line("Ana Ruiz"));
    assert!(!line("Tom Lee"));
    assert!(!line("Harbour News"));
}

#[test]
fn derision_and_rebukes_report_a_stance_and_a_record_does_not() {
    // "Deride" and "rebuke" are verbs of criticism, as "criticize" and "mock" are.
    for s in [
        "The mayor derided the fare rise.",
        "Her plan was much derided at the time.",
        "The board answered with a sharp rebuke to the anglers.",
        "The council rebuked the harbour master on Friday.",
    ] {
        assert!(attributed(s), "{s:?} should be attributed");
    }
    // "Not seen since" measures a record; nobody's view is reported.
    for s in [
        "Ferry fares rose at a rate not seen since the 1970s.",
        "The old pier has not been seen since the storm.",
    ] {
        assert!(!attributed(s), "{s:?} should not be attributed");
    }
}

#[test]
fn advocacy_with_for_reports_a_stance() {
    // What a side pushes or presses for is its stance, as what it calls for is.
    for s in [
        "The ferry union pushed for a ban on night crossings.",
        "The mayor is pressing for a new pier.",
        "Anglers want the council to press for a longer season.",
    ] {
        assert!(attributed(s), "{s:?} should be attributed");
    }
    // Hurry, canvassing and the noun name no view.
    for s in [
        "The crew was pressed for time before the tide turned.",
        "The harbour master's push for a new pier stalled in May.",
    ] {
        assert!(!attributed(s), "{s:?} should not be attributed");
    }
}

#[test]
fn a_figure_in_a_named_poll_is_the_polls_finding() {
    // The poll is the source of a figure given "in" it, a pollster or a date allowed between.
    for s in [
        "Ruiz leads the mayor by six points in the latest Harbour Gazette poll.",
        "Only a third of commuters in the county survey rode the ferry daily.",
        "The councillor trails at 12 percent in a poll taken last week.",
    ] {
        assert!(attributed(s), "{s:?} should be attributed");
    }
    // A standing "in the polls" is the outlet's summary; taking part in a poll finds nothing;
    // and a comma ends the phrase that names the poll.
    for s in [
        "Ruiz has risen steadily in the polls since the spring.",
        "Four hundred residents took part in a survey of the harbour.",
        "The ferry is popular in the county, a weekly poll of its own staff aside.",
    ] {
        assert!(!attributed(s), "{s:?} should not be attributed");
    }
}

#[test]
fn a_quoted_title_is_a_name_not_speech() {
    // Words in title case inside a sentence name a show, a film or a group.
    for s in [
        "Ruiz was a regular guest on \"The Late Hour with Ann Lee\" and its spin-off \"Harbour Nights\" before the war.",
        "The ferryman later founded \"Boatmen for a Better Harbour\" with his brother-in-law.",
    ] {
        assert!(!attributed(s), "{s:?} should not be attributed");
    }
    // Words that open their sentence, run past its end, or are in lower case are speech.
    for s in [
        "\"Down With The Ferry Tax Now\" rang out again.",
        "The crowd at the quay kept up \"We Want The Ferry Back. We Want It Now\" for an hour.",
    ] {
        assert!(attributed(s), "{s:?} should be attributed");
    }
}

#[test]
fn a_roster_after_a_heading_colon_is_no_speech() {
    // A place or a group, a colon and a list of names: who is on a committee, not words said.
    assert!(!attributed(
        "Harbourton: Ann Lee, Bo Roe, Cy Poe, Di Moe and Ed Hale."
    ));
    // A speaker's label and a colon before a sentence still attribute it, list or not.
    assert!(attributed(
        "Lee: We will mend the pier, the road, the school and the bridge."
    ));
}

#[test]
fn a_candidates_support_beside_a_figure_is_a_measured_share() {
    // A possessive on "support" with a poll figure: a share of voters, no one's stated view.
    for s in [
        "Okafor's support slipped to 38 percent over the summer.",
        "Her support trails the mayor's approval rating by six points.",
        "Ruiz's statewide support is nine points below where it stood in March.",
    ] {
        assert!(!attributed(s), "{s:?} should not be attributed");
    }
    // The voters who give it named, a stance for something, or no figure: still a stance.
    for s in [
        "Okafor's support among retirees rose to 38 percent.",
        "Ruiz's support for the ferry levy won her ten points with commuters.",
        "Okafor's support helped the bill through the council.",
        // Support given to or behind someone is backing, figure or no figure.
        "Ruiz threw her support behind the levy, which trails by 5 points.",
        "Okafor lent his support to the ferry plan as its poll numbers fell to 40 percent.",
    ] {
        assert!(attributed(s), "{s:?} should be attributed");
    }
    // Support raised "to" a figure is still the share, a word of degree allowed before it.
    for s in [
        "A late surge lifted her support to 44 percent.",
        "A late surge lifted her support to nearly 44 percent.",
    ] {
        assert!(!attributed(s), "{s:?} should not be attributed");
    }
}

#[test]
fn an_attack_named_by_its_place_or_date_is_an_event() {
    // "the Harbourside attack", "the March 3 attack": a violent event, like "the attack" alone.
    for s in [
        "The Harbourside attack closed the ferry terminal for a week.",
        "Divers searched the lake long after the March 3 attack.",
        "Survivors of the 2009 attacks gathered at the pier.",
    ] {
        assert!(!attributed(s), "{s:?} should not be attributed");
    }
    // An attack named by its maker or its manner is a verbal one, and still a stance.
    for s in [
        "The mayor renewed her personal attacks at the council meeting.",
        "Okafor's attacks drew a crowd to the pier.",
        // A party names the maker, not a place.
        "The Republican attacks grew louder after the vote.",
    ] {
        assert!(attributed(s), "{s:?} should be attributed");
    }
}

#[test]
fn an_imperative_to_the_reader_reports_no_view() {
    // The outlet tells its reader to look or consider: no one's view is reported.
    for s in [
        "Consider the fate of the old ferry terminal.",
        "See the full timetable for the harbour below.",
        "Remember the floods of last spring.",
    ] {
        assert!(!attributed(s), "{s:?} should not be attributed");
    }
    // The same verbs with a subject still report a view.
    for s in [
        "Commuters consider the ferry too slow.",
        "Residents see the pier as a hazard.",
    ] {
        assert!(attributed(s), "{s:?} should be attributed");
    }
}

#[test]
fn a_past_verb_with_a_that_clause_reports_a_view() {
    // A finite "that" clause after a past verb or participle holds what someone said, thought or
    // felt, whatever the verb.
    for s in [
        "The inspector speculated that the ferry had sunk.",
        "It is assumed that the pier will reopen in May.",
        "Anglers were shocked that the levy passed.",
        "Anglers are afraid that the levy will rise.",
        "Ann Lee has intimated that Mrs. Ruiz's fares are too high.",
        "Local pundits are shocked that the levy passed.",
        "Many anglers are afraid that Mrs. Lee's levy will pass.",
        // People named by nouns no agent suffix marks, and a name before a state of mind.
        "The judges reasoned that the levy was unfair.",
        "The jury concluded that the ferry firm was reckless.",
        "Lee is furious that the levy passed.",
    ] {
        assert!(attributed(s), "{s:?} should be attributed");
    }
    // A result clause after "so", a verb of causing, or "that" as a determiner report nothing.
    for s in [
        "The hall was so crowded that the doors were shut.",
        "The storm ensured that the ferry stayed in port.",
        "The council scrapped that plan in May.",
        "The old docks that the council sold were torn down.",
        "It is clear that the pier is unsafe.",
        "The problem is something that the council ignored.",
        // "that" as a determiner before a day, a name used as a modifier, or a figure.
        "The mayor was indicted that Tuesday.",
        "She chaired that Senate panel for years.",
        "The attack, which killed that 2019 recruit, was a cowardly act.",
        "People close to the mayor were indicted that April.",
        // A relative clause after a plural or an "-ed" noun.
        "The Boeing planes that the regulator grounded are unsafe.",
        "The greed that the bankers displayed caused the collapse.",
        // A thing's verb of evidence or consequence: the outlet's own inference.
        "The vote proved that the governor is a reckless demagogue.",
        "The crisis exposed that the ministry was incompetent.",
        "It helped that the opposition was a shambles.",
        "But it means that the brutal cuts will go ahead.",
        "The risk is growing that the policy will trigger a recession.",
        "Pressure is growing that the minister must resign.",
        // A plural thing before "be" and a judgement, not a state of mind.
        "The facts are clear that the mayor is a liar.",
        "The signs are unmistakable that the pier is unsafe.",
    ] {
        assert!(!attributed(s), "{s:?} should not be attributed");
    }
    // A day after "that" leaves the next sentence the outlet's own.
    let r = analyze("The mayor was indicted that Tuesday. She is a corrupt crook.").unwrap();
    assert!(!r.sentences[1].attributed);
}

#[test]
fn a_that_clause_verb_keeps_the_outlets_comment_before_it() {
    // Like a cue, the verb reports only its clause: a comment tail before it stays the outlet's.
    let r = analyze(
        "In a move certain to anger anglers, the inspector speculated that the ferry had sunk.",
    )
    .unwrap();
    assert!(r
        .flags
        .iter()
        .any(|f| f.category == slant_core::Category::UnattributedAssertion));
}

#[test]
fn the_writers_no_doubt_an_estimated_figure_and_no_reply_report_nothing() {
    // "No doubt" is the writer's certainty, "an estimated 2,000" an approximate figure, and one
    // who "could not be reached for comment" said nothing; one who "has no doubt" holds a view.
    for s in [
        "The ferry will, no doubt, be late again.",
        "An estimated 2,000 people crossed the bridge.",
        "The ferry's owner could not immediately be reached for comment.",
    ] {
        assert!(!attributed(s), "{s:?} should not be attributed");
    }
    for s in [
        "The mayor has no doubt that the ferry will run.",
        "Investors have no doubts the rally will last.",
        "Doctors had little doubt the drug was unsafe.",
        "Investigators are in no doubt that the fire was set.",
        "The tapes leave no doubt that the senator took the bribe.",
        "The log leaves no doubt that the pump failed.",
    ] {
        assert!(attributed(s), "{s:?} should be attributed");
    }
}

#[test]
fn a_feeling_word_leaves_the_writers_claim_unattributed() {
    // A feeling word is no cue: a feeling in a relative clause, a thing as its holder, a
    // quantifier "certain of", a causal "disturbed by" leave the sentence the outlet's.
    for s in [
        "The council was wary of the port's next step, and the mayor's mad levy deliberately ruined the harbour.",
        "Ives, who is afraid of boats, cynically used the sinking to win votes.",
        "The skipper was pleased with the catch, which was a crushing blow for his rivals.",
        "Anglers were angry at the council, whose bungled repairs caused needless sinkings.",
        "The new levy will inevitably ruin the harbour, and anglers are nervous about it.",
        "The levy is certain of approval and will inevitably ruin the harbour.",
        "The harbour, disturbed by the storm, collapsed because of the council's incompetence.",
        "Certain of the port's boats were quietly sold off to hide the fraud.",
    ] {
        assert!(!attributed(s), "{s:?} should not be attributed");
    }
}

#[test]
fn envisioning_and_reaffirming_report_only_with_a_subject_or_a_clause() {
    // A passive or participle "envisaged as" describes a plan; a thing reaffirmed is an act.
    for s in [
        "The pier, once envisaged as a gift to the town, collapsed because its builders were careless.",
        "The minister reaffirmed the ferry treaty with the islands on Monday.",
    ] {
        assert!(!attributed(s), "{s:?} should not be attributed");
    }
    for s in [
        "The mayor envisions a new harbour by 2030.",
        "The minister reaffirmed that the ferry would keep running.",
    ] {
        assert!(attributed(s), "{s:?} should be attributed");
    }
}

#[test]
fn a_name_and_a_verb_before_a_colon_introduce_the_quotation_after_them() {
    let sents = |text: &str| -> Vec<bool> {
        analyze(text)
            .unwrap()
            .sentences
            .iter()
            .map(|s| s.attributed)
            .collect()
    };
    // The introducer carries the quotation's attribution.
    let s = sents("Ruiz continued:\n\n\"The pier will stay open all winter.\"");
    assert_eq!(s.first(), Some(&true), "{s:?}");
    // A colon before something not quoted, or a sentence with a view of its own, is not.
    let s = sents("Here are the new fares:\n\nA single ticket costs two euros.");
    assert_eq!(s.first(), Some(&false), "{s:?}");
    let s = sents("The excuse was absurd:\n\n\"We had no money.\"");
    assert_eq!(s.first(), Some(&false), "{s:?}");
}

#[test]
fn outlining_a_plan_reports_it_and_an_outline_does_not() {
    assert!(attributed(
        "The candidates outlined their plans for the port."
    ));
    assert!(!attributed(
        "The pier's outline was visible from the cliff."
    ));
}

#[test]
fn verbs_that_explain_reason_or_guess_report_a_view() {
    // Session 32 (issue 10): clarify, elaborate, maintain that, speculate, surmise and their kin
    // report what someone said or thinks; their other senses (a thing clarified, elaborate
    // costumes, roads maintained, speculating in land) do not.
    for s in [
        "The ministry clarified that the ferry would still run.",
        "The mayor elaborated on the plan at a town hall.",
        "The mayor has long maintained that the levy is fair.",
        "Analysts speculated that the ferry line would be sold.",
        "The season was short because of the storms, the skipper surmised.",
        "Experts have theorized that the tide moved the buoys.",
        "The author posits that the town grew from a fishing camp.",
        "Neighbours attested to the captain's honesty.",
        "She intimated that she would stand again.",
        "He confided to a friend that the pier was unsafe.",
        "She recounted her years at sea.",
    ] {
        assert!(attributed(s), "{s:?} should be attributed");
    }
    for s in [
        "The ministry clarified the new ferry rules on Monday.",
        "This story was refiled to clarify the ferry's name.",
        "The parade featured elaborate costumes.",
        "The council maintained the harbour roads all winter.",
        "The club needs to maintain that winning run.",
        "The firm speculated in harbour land for years.",
        "The forum was a hotbed of wild theorizing.",
        "The old harbour name is well attested in the records.",
        "The fee has not been divulged.",
        "The cafe has an intimate dining room.",
        "The team won the relay race.",
        "The recall of two judges failed.",
        "Organisers started a recall petition against the mayor.",
    ] {
        assert!(!attributed(s), "{s:?} should not be attributed");
    }
}

#[test]
fn verbs_of_saying_by_manner_informing_and_reckoning_report_a_view() {
    // Session 32 (issue 10): exclaim, mutter, interject, demur, inform someone that, reckon
    // that, specify that and rebut report what someone said or thinks; "informed decisions", "a
    // force to be reckoned with", "murmurs of dissent" do not.
    for s in [
        "The mayor muttered: \"We will manage.\"",
        "Lee interjected that the ferry was late.",
        "The mayor demurred when asked about the fares.",
        "The captain informed reporters that the pier was closed.",
        "The skipper reckoned that the storm would pass.",
        "Lee reckons the ferry will be late.",
        "The contract specified that the ferry would run daily.",
        "The senator rebutted the mayor's account of the storm.",
    ] {
        assert!(attributed(s), "{s:?} should be attributed");
    }
    for s in [
        "Voters deserve to make informed decisions.",
        "The union is a force to be reckoned with.",
        "The fare rise brought a day of reckoning.",
        "The ministry did not specify the date.",
        "There were murmurs of dissent in the hall.",
        "She read the letter and sighed.",
    ] {
        assert!(!attributed(s), "{s:?} should not be attributed");
    }
}

/// Session 35 (issue 10).
mod s35 {
    use super::attributed;

    #[test]
    fn an_imperative_to_the_reader_before_a_colon_is_no_speaker() {
        for s in [
            "Remember: the harbour flooded twice last winter.",
            "Consider: the ferry has not run on time since May.",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
        assert!(attributed("Lee: The harbour flooded twice last winter."));
    }

    #[test]
    fn voicing_a_view_reports_it_and_a_voice_does_not() {
        for s in [
            "The mayor voiced doubts about the ferry plan.",
            "Lee voices concern over the harbour levy.",
            "Councillors were quick to voice support for the pier.",
        ] {
            assert!(attributed(s), "{s:?} should be attributed");
        }
        for s in [
            "Her voice was hoarse after the rally.",
            "The singer's voice filled the harbour hall.",
            "She became a forceful voice for the fishing towns.",
            "The Voice winner sang at the harbour festival.",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
    }

    #[test]
    fn call_it_opening_a_sentence_is_the_writers_own_name() {
        for s in [
            "Call it a harbour tax.",
            "Call it the politics of the pier.",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
        for s in [
            "Critics call it a harbour tax.",
            "The mayor calls the levy a harbour tax.",
        ] {
            assert!(attributed(s), "{s:?} should be attributed");
        }
    }
}

mod s36 {
    use super::attributed;

    #[test]
    fn the_writers_idioms_of_saying_report_no_words() {
        for s in [
            "It goes without saying that the ferry is late again.",
            "Needless to say, the harbour board was not amused.",
            "The pier could reopen in, say, five years.",
            "Fishermen finally had their say on the harbour levy.",
            "One could say the ferry has never been on time.",
            "That said, the ferry still runs twice a day.",
            "Having said that, the pier needs a new roof.",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
        for s in [
            "The mayor said the ferry is late again.",
            "Lee had said that, before the vote, the pier was safe.",
            "The posters that said, in red letters, the pier was closed came down.",
            "Fishermen say the harbour levy is too high.",
            // A participle between commas introduces speech; only the bare "say" is an aside.
            "The mayor spoke about the pier, saying, \"It will reopen in spring.\"",
            "Lee turned to the ferry, saying, in a low voice, that it was late.",
        ] {
            assert!(attributed(s), "{s:?} should be attributed");
        }
    }

    #[test]
    fn an_answer_named_by_a_demonstrative_reports_none() {
        for s in [
            "The mayor tried that answer once and it failed.",
            "The ultimate answer to the harbour's troubles may be a new pier.",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
        assert!(attributed("The mayor answered that the pier would reopen."));
    }

    #[test]
    fn a_view_asked_of_you_is_no_ones_view() {
        for s in [
            "Do you support the harbour levy?",
            "Would you still vote for the mayor?",
            "Do you know where the ferry money went?",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
        for s in [
            "Do fishermen support the harbour levy?",
            "Lee asked: \"Do you support the harbour levy?\"",
            "You support the harbour levy, the mayor said.",
        ] {
            assert!(attributed(s), "{s:?} should be attributed");
        }
    }

    #[test]
    fn a_ballot_question_is_a_measure_not_a_challenge() {
        for s in [
            "A ballot question would cap harbour fees at five percent.",
            "Voters will face three ballot questions in November.",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
        assert!(attributed("Fishermen question the harbour fees."));
    }

    #[test]
    fn someone_seen_doing_something_is_watched_not_a_view() {
        for s in [
            "The skipper was seen leaving the harbour at dawn.",
            "In the footage, a guard is seen pushing a fisherman.",
            "The mayor was seen on camera tearing up the notice.",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
        for s in [
            "The levy is seen as a tax on fishermen.",
            "The mayor was seen as the likely winner.",
        ] {
            assert!(attributed(s), "{s:?} should be attributed");
        }
    }

    #[test]
    fn views_counted_and_view_to_the_reader_report_no_view() {
        for s in [
            "The harbour video drew two million views in a day.",
            "View full results at the harbour board's site.",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
        for s in [
            "Fishermen view the levy as a tax.",
            "The mayor's views on the levy are well known.",
        ] {
            assert!(attributed(s), "{s:?} should be attributed");
        }
    }
}

mod s37 {
    use super::attributed;

    #[test]
    fn to_someone_opening_a_sentence_gives_their_view() {
        for s in [
            "To Okafor, the harbour levy was a betrayal of the fishermen.",
            "To Liberal councillor Okafor, who has run the pier for a decade, the ferry is a nuisance.",
            "To Ms. Okafor, the new pier looks like a parking garage.",
            "To them, the levy is simply a tax on the poor.",
        ] {
            assert!(attributed(s), "{s:?} should be attributed");
        }
        for s in [
            "To be sure, the ferry still runs twice a day.",
            "To date, the pier has cost four million pounds.",
            "To reach the pier, drivers take the coast road.",
            "To his successor, the mayor leaves an empty treasury.",
            "To Save the Pier, Town Turns to Its Fishermen.",
            "Ferries sail to Okafor Island, the harbour's largest.",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
    }
}

mod s38 {
    use super::attributed;

    #[test]
    fn a_think_tank_and_wishful_thinking_report_no_thought() {
        for s in [
            "Okafor ran a think tank on coastal policy before the election.",
            "The harbour levy may be wishful thinking.",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
        for s in [
            "Fishermen think the levy is unfair.",
            "Staff at the think tank think the levy is unfair.",
            "The mayor's thinking on the pier has shifted.",
        ] {
            assert!(attributed(s), "{s:?} should be attributed");
        }
    }

    #[test]
    fn finding_a_job_or_shelter_is_getting_one() {
        for s in [
            "Graduates in the port often cannot find jobs that pay well.",
            "They find much better jobs inland.",
            "She didn't find a job in her field.",
            "The deckhand found work on a trawler.",
            "The family found refuge in a church hall.",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
        for s in [
            "The inspectors found that the pier was unsafe.",
            "The audit found jobs had been cut at the port.",
            "The survey finds fishermen split on the levy.",
        ] {
            assert!(attributed(s), "{s:?} should be attributed");
        }
    }

    #[test]
    fn meeting_someone_health_a_cost_borne_and_a_best_part_report_no_view() {
        for s in [
            "She got to know the harbour crews that winter.",
            "The pier as we know it will close next year.",
            "The skipper did not feel well on Monday.",
            "Ferry firms are feeling the pinch after the levy.",
            "The new crews faced a steep learning curve.",
            "The highlight of the night was the fireworks over the pier.",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
        for s in [
            "Fishermen know the levy will pass.",
            "Fishermen feel the levy is unfair.",
            "The mayor learned that the pier was unsafe.",
            "The mayor highlighted the cost of the pier.",
        ] {
            assert!(attributed(s), "{s:?} should be attributed");
        }
    }

    #[test]
    fn a_film_credit_a_magazine_name_and_a_home_report_nothing() {
        for s in [
            "The film was written and directed by two sisters from the port.",
            "Okafor, a reporter for U.S. News & World Report, was stopped at the border.",
            "The harbour town we call home is changing.",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
        for s in [
            "In her memoir, Okafor wrote that the pier was a mistake.",
            "The newspaper reported a rise in ferry fares.",
            "Critics called the levy a tax on fishermen.",
        ] {
            assert!(attributed(s), "{s:?} should be attributed");
        }
    }
}

/// Session 39: cue words in idioms of knowing, of a result, of shelter, of going to see and of
/// page furniture.
mod s39 {
    use super::attributed;

    #[test]
    fn telling_apart_and_a_story_well_told_report_no_words() {
        for s in [
            "Only time will tell whether the ferry pays its way.",
            "It is too early to tell how many boats were lost.",
            "It was hard to tell the two skippers apart.",
            "The tale of the storm is vivid and well told.",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
        for s in [
            "She told reporters the vote would be close.",
            "The skipper will tell the board the pier is unsafe.",
        ] {
            assert!(attributed(s), "{s:?} should be attributed");
        }
    }

    #[test]
    fn a_result_posted_is_no_post() {
        for s in [
            "The mayor posted a narrow win in the harbour ward.",
            "The club posted an easy victory over the visitors.",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
        for s in [
            "The mayor posted a video defending the levy.",
            "The skipper posted a long message about the pier.",
        ] {
            assert!(attributed(s), "{s:?} should be attributed");
        }
    }

    #[test]
    fn seeking_shelter_is_taking_it() {
        for s in [
            "Residents sought shelter in the school as the river rose.",
            "Crews are seeking refuge in the lee of the island.",
            "Churches offered shelter to the stranded crews.",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
        for s in [
            "The union sought a ban on night shifts at the port.",
            "The mayor offered to resign over the pier.",
        ] {
            assert!(attributed(s), "{s:?} should be attributed");
        }
    }

    #[test]
    fn going_to_see_and_nowhere_to_be_seen_report_no_view() {
        for s in [
            "Thousands went to see the tall ships in the harbour.",
            "Millions tuned in to see the mayor open the pier.",
            "The harbour master was nowhere to be seen.",
            "It is hard to see how the ferry can pay its way.",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
        for s in [
            "Most anglers see the levy as a tax on them.",
            "Voters came to see the levy as a tax.",
            "The skipper saw that the pier was unsafe.",
        ] {
            assert!(attributed(s), "{s:?} should be attributed");
        }
    }

    #[test]
    fn page_furniture_asks_the_reader() {
        assert!(!attributed("Share this story and comment below."));
        assert!(attributed("The mayor declined to comment on the levy."));
    }
}

/// Session 41 (issue 10).
mod s41 {
    use super::attributed;
    use slant_core::analyze;

    #[test]
    fn showing_up_is_no_impression() {
        for s in [
            "The skipper appeared with the mayor at the reopened pier.",
            "The two rivals appeared together at the harvest fair.",
            "The governor appeared alongside the striking dockers.",
            "The new ferry has yet to appear.",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
        for s in [
            "The skipper appeared to doubt the forecast.",
            "The dockers appear ready to settle.",
        ] {
            assert!(attributed(s), "{s:?} should be attributed");
        }
    }

    #[test]
    fn a_document_read_beside_its_quotation_reports_it() {
        let last = |text: &str| analyze(text).unwrap().sentences.last().unwrap().attributed;
        // The quotation's last sentence is short: its closing "the card read" carries it.
        assert!(last(
            "The card was brief. \"Stay warm. Ferries wait,\" the card read."
        ));
        assert!(last(
            "A board hangs by the slipway. At the top it reads, \"No mooring.\""
        ));
        assert!(!last("The skipper read \"Moby Dick\" twice."));
        assert!(!last("She wrote \"yes.\" The page reads like a shrug."));
    }
}

mod s43 {
    use super::attributed;

    #[test]
    fn support_measured_as_an_amount_reports_no_stance() {
        for s in [
            "The ferry candidate drew little support in the river wards.",
            "The harbour slate has twice as much support as last spring.",
            "That is a lower level of support than the mayor enjoys downtown.",
            "The pier levy won a small share of support at the count.",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
        for s in [
            "The dockers' union voiced support for the levy.",
            "The crofters support the new ferry timetable.",
        ] {
            assert!(attributed(s), "{s:?} should be attributed");
        }
    }
}

mod s49 {
    use super::attributed;

    #[test]
    fn a_poll_that_places_someone_gives_its_finding() {
        for s in [
            "The Herald poll gave Voss a ten-point lead over the harbour slate.",
            "The latest survey has Voss pulling even with Fenn.",
            "The ferry poll had him ahead by six points.",
        ] {
            assert!(attributed(s), "{s:?} should be attributed");
        }
        for s in [
            "The Herald poll has a margin of error of four points.",
            "The harbour survey had 800 respondents.",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
    }

    #[test]
    fn a_measure_fronted_by_by_gives_its_owner_the_figure() {
        for s in [
            "By the harbour board's tally, the levy has raised 40 million.",
            "By Voss's own argument, the pier should never have been built.",
            "The crofters, by popular reckoning, are the likeliest winners.",
            "By most accounts, the skipper was furious.",
        ] {
            assert!(attributed(s), "{s:?} should be attributed");
        }
        for s in [
            "By the end of the year, the levy had raised 40 million.",
            "The seat was decided by a count of postal ballots.",
        ] {
            assert!(!attributed(s), "{s:?} should not be attributed");
        }
    }
}

#[test]
fn an_editors_note_is_the_outlets_own_word() {
    // A note signed by the editor speaks for the outlet: a cue inside it ("who has pledged")
    // does not make the sentence someone else's, so its judgement is the outlet's.
    let s =
        "Editor’s note: The mayor is a serial liar who has repeatedly pledged to close the pier.";
    assert!(!attributed(s), "{s:?} should not be attributed");
    let r = analyze(s).unwrap();
    assert!(r
        .flags
        .iter()
        .any(|f| f.category == slant_core::Category::UnattributedAssertion));
    // A note reported by someone else is still their report.
    let s = "The editor's note said the mayor had pledged to close the pier.";
    assert!(attributed(s), "{s:?} should be attributed");
    // A cue with a subject of its own inside the note keeps its source.
    for s in [
        "Editor’s note: Police said the suspect had fled the town.",
        "Editor's note: This story was updated after the mayor said the audit was flawed.",
    ] {
        assert!(attributed(s), "{s:?} should be attributed");
    }
}
