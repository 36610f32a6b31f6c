//! Unattributed assertions by family of evidence (issue 10, item 3): motive, cause, prediction
//! and verdict phrases make a sentence in the outlet's own voice a contestable claim; the same
//! phrase under a source, inside a quotation, after "whether" or hedged by "could" does not.
//! Every sentence here is written for this file; none comes from an evaluation set.

use slant_core::{analyze, Category, Flag, Report};

fn assertions(r: &Report) -> Vec<&Flag> {
    r.flags
        .iter()
        .filter(|f| f.category == Category::UnattributedAssertion)
        .collect()
}

/// The kinds of the unattributed-assertion flags of `text`.
fn kinds(text: &str) -> Vec<String> {
    let r = analyze(text).unwrap();
    assertions(&r).iter().map(|f| f.kind.clone()).collect()
}

#[test]
fn each_family_makes_an_outlet_sentence_a_claim() {
    for (s, kind) in [
        (
            "The mayor closed the pier in an apparent attempt to silence the anglers.",
            "motive",
        ),
        (
            "The harbour board has tried to weaken the ferry union.",
            "motive",
        ),
        (
            "The ferry lost passengers last winter, largely because of the new bridge.",
            "cause",
        ),
        (
            "Anger over fares helped fuel the mayor's defeat in the spring.",
            "cause",
        ),
        (
            "The new fares will almost certainly anger commuters.",
            "prediction",
        ),
        (
            "The levy will lead to higher rents in the old town.",
            "prediction",
        ),
        (
            "The closure was a major setback for the harbour board.",
            "verdict",
        ),
        ("The ruling is a victory for the anglers.", "verdict"),
        (
            "The board spent the year courting the union, with limited success.",
            "verdict",
        ),
    ] {
        assert_eq!(kinds(s), vec![kind.to_string()], "{s:?}");
    }
}

#[test]
fn the_flag_covers_the_sentence_and_names_its_trigger() {
    let text = "The ferry sails at nine. The new fares will almost certainly anger commuters.";
    let r = analyze(text).unwrap();
    let a = assertions(&r);
    assert_eq!(a.len(), 1);
    assert_eq!(
        &text[a[0].start..a[0].end],
        "The new fares will almost certainly anger commuters."
    );
    assert_eq!(a[0].rule, "rule:unattributed-prediction");
    assert_eq!(a[0].triggers.len(), 1);
    assert_eq!(a[0].triggers[0].text, "will almost certainly");
    assert_eq!(a[0].triggers[0].rule, "predictions/will almost certainly");
}

#[test]
fn a_source_or_a_quotation_owns_the_claim() {
    for s in [
        "Analysts said the new fares will almost certainly anger commuters.",
        "The new fares will almost certainly anger commuters, the union said.",
        "According to the union, the vote was a major setback for the harbour board.",
        "\"The new fares will almost certainly anger commuters,\" Ana Ruiz said.",
        // The next sentence goes on with the speaker's account.
        "Ana Ruiz said the board had erred. She said the ruling is a victory for the anglers.",
        "Ana Ruiz said the board had erred. They will almost certainly appeal the ruling.",
    ] {
        assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
    }
}

#[test]
fn asked_supposed_and_hedged_claims_are_not_asserted() {
    for s in [
        "The inquiry is examining whether the board tried to weaken the ferry union.",
        "The pamphlet lists reasons why the ruling would be a victory for the anglers.",
        "The ruling could be a victory for the anglers.",
        "The levy may lead to higher rents in the old town.",
        "Would the new fares anger commuters?",
    ] {
        assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
    }
}

#[test]
fn plain_facts_schedules_and_events_pass() {
    for s in [
        "The ferry is set to sail on Tuesday at nine.",
        "Fares rose 5 percent in May because of the fuel levy.",
        "The anglers celebrated the victory in the harbour race.",
        "The setback for the board came on Friday.",
        "Negotiators are trying to reach a deal on the pier before the summer.",
        "The pier was closed for repairs in an effort to meet the safety code.",
    ] {
        assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
    }
}

#[test]
fn a_loaded_word_counts_once_in_the_score() {
    // "chaos" is a loaded word and the trigger of the sentence's cause claim: the sentence's
    // flag weighs it, so the word's own flag weighs nothing.
    let text = "The new timetable led to chaos on the harbour board.";
    let r = analyze(text).unwrap();
    let a = assertions(&r);
    assert_eq!(a.len(), 1, "{:?}", r.flags);
    let triggers: Vec<(usize, usize)> = a[0].triggers.iter().map(|t| (t.start, t.end)).collect();
    let loaded: Vec<&Flag> = r
        .flags
        .iter()
        .filter(|f| f.category == Category::LoadedLanguage)
        .collect();
    assert!(!loaded.is_empty(), "{:?}", r.flags);
    for f in &loaded {
        let inside = triggers.iter().any(|&(s, e)| s <= f.start && f.end <= e);
        if inside {
            assert_eq!(f.weight, 0.0, "{f:?}");
        }
    }
    assert!(r.scores.loaded_language.weighted < 0.01, "{:?}", r.scores);
    assert!(
        r.scores.unattributed_assertion.weighted > 0.5,
        "{:?}",
        r.scores
    );
}

#[test]
fn a_loaded_word_outside_any_assertion_keeps_its_weight() {
    let r = analyze("The notorious ferry sails at nine on Tuesday.").unwrap();
    assert!(assertions(&r).is_empty());
    assert!(r
        .flags
        .iter()
        .any(|f| f.category == Category::LoadedLanguage && f.weight > 0.0));
}

#[test]
fn a_cue_anywhere_in_the_sentence_owns_the_claim() {
    // Precision first: a sentence a cue attributes is not the outlet's, even where the cue sits in
    // another clause. Reading every such clause as the outlet's was measured (docs/quality.md,
    // session 7) and left out; session 26 keeps only a claim before a short subordinate clause
    // (below).
    for s in [
        "Ana Ruiz said the levy would lead to higher rents.",
        "The levy will lead to higher rents in the old town, an aide said on Tuesday.",
        "The union will almost certainly sit out the vote, its director told reporters this week.",
        "Some strategists see a win for the anglers in the ruling.",
        "The pier will almost certainly reopen in May, according to a harbour notice.",
    ] {
        assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
    }
}

#[test]
fn a_record_over_a_stated_period_is_background_not_a_verdict() {
    // Guard "record over a period": a tally anchored to a period ("since …", "so far", "to date")
    // is checkable background; the same verdict without the period is the outlet's judgement.
    for s in [
        "The harbour board has yet to score a major win since the mayor took office in May.",
        "So far the levy has been a setback for the anglers, with catches down 4 percent.",
    ] {
        assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
    }
    assert_eq!(
        kinds("The ruling was a major setback for the harbour board."),
        vec!["verdict"]
    );
}

#[test]
fn a_forecast_read_off_a_count_or_a_routine_step_is_not_a_claim() {
    // Guard "routine forecast": a vote's arithmetic ("two defections would almost certainly kill the
    // levy", "is all but certain to be approved") or a procedural step ("is certain to include",
    // "is certain to be the first of") is read off the count or the calendar.
    for s in [
        "More than two defections on the council would almost certainly kill the levy.",
        "With four members in favour, the levy is all but certain to be approved.",
        "The harbour budget is certain to include $3 million for the pier.",
        "This week's vote is certain to be the first of three on the levy.",
        "The board will almost certainly need votes from the anglers' bench to pass the levy.",
        // The step may stand past the eighth word of the predicate: the clause is read to its
        // comma.
        "Its leaders will almost certainly need to rely on at least a few of the anglers' votes to pass the levy.",
    ] {
        assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
    }
    // A forecast of how people will react stays a claim.
    assert_eq!(
        kinds("The new fares will almost certainly anger commuters."),
        vec!["prediction"]
    );
}

#[test]
fn comment_tails_are_the_outlets_even_beside_a_cue() {
    // A cue reports its own clause ("added five names"); the tail that comments on it is the
    // outlet's. (`Attribution::reporter` still reads a short sentence ending "…, the mayor
    // added two names to the panel." as a closing attribution over the tail, so these sentences
    // carry the longer objects wire copy has.)
    for (s, kind) in [
        (
            "The board shut the pier on Friday, dealing a blow to the mayor.",
            "verdict",
        ),
        (
            "PORTVILLE (Wire) - In a move certain to please the anglers, the mayor on Friday added two of them to the list of candidates for a seat on the pier board.",
            "prediction",
        ),
        (
            "The mayor, in a sign of the board's unease, on Friday added two names to the list of candidates for a seat on the panel.",
            "characterisation",
        ),
        // A noun of charge in the tail's clause names its topic; it reports nothing.
        (
            "The board shut the pier on Tuesday, dealing a blow to the mayor in a row marked by fraud allegations against her rival.",
            "verdict",
        ),
    ] {
        assert_eq!(kinds(s), vec![kind.to_string()], "{s:?}");
    }
}

#[test]
fn a_comment_tail_someone_states_is_theirs() {
    for s in [
        // a cue reports the tail
        "Ana Ruiz said the vote was in a sign of the board's unease.",
        // a cue opens in the tail's clause
        "The mayor reopened the pier in a move that critics say is a blow to the anglers.",
        // an attribution closes the sentence
        "The board voted down the levy, dealing a blow to the mayor, an aide said on Friday.",
        // hedged
        "The vote could be in a sign of the board's unease.",
    ] {
        assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
    }
}

#[test]
fn session_ten_families_make_an_outlet_sentence_a_claim() {
    // A burden that weighs on someone, what an act amounts to, a verdict as a verb, a worsening
    // stated as fact, a forecast in the past tense of reported expectation.
    for (s, kind) in [
        (
            "The pier inquiry has dogged the harbour board since it took office.",
            "characterisation",
        ),
        (
            "The mayor toured the new ferry terminal, but her visit was marred by the absence of the anglers.",
            "characterisation",
        ),
        (
            "The mayor's plan for a toll bridge suffered a setback on Friday.",
            "verdict",
        ),
        (
            "The board has made little progress in rebuilding the pier.",
            "verdict",
        ),
        (
            "The board shut the pier on Friday, further souring its ties with the anglers.",
            "cause",
        ),
    ] {
        assert_eq!(kinds(s), vec![kind.to_string()], "{s:?}");
    }
}

#[test]
fn the_same_phrases_hedged_or_sourced_are_no_claim() {
    for s in [
        "The pier inquiry could cast a shadow over the harbour board.",
        "The mayor's plan may suffer a setback in May.",
        "The board's vote marked a major escalation in the row, an aide said on Friday.",
        "Ana Ruiz said the board had made little progress in rebuilding the pier.",
        // "further" before a plain verb of action is no worsening
        "The board shut the pier in May and further restricted fishing on the quay.",
    ] {
        assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
    }
}

#[test]
fn may_the_month_hedges_nothing() {
    // "could", "may", "might" hedge a claim; "May" the month, capitalised inside a sentence, does
    // not ("The board shut the pier in May, further souring …").
    assert_eq!(
        kinds("The board shut the pier in May, further souring its ties with the anglers."),
        vec!["cause"]
    );
    let hedged = "The board shut the pier and may be further souring its ties with the anglers.";
    assert!(kinds(hedged).is_empty(), "{:?}", kinds(hedged));
}

#[test]
fn a_market_move_explained_is_the_desks_routine_report() {
    // Guard "market move": wire copy explains a market's or a company's figures by routine
    // ("shares rallied partly on hopes of …", "has helped drive profits"); the same weighed cause
    // of a political outcome stays a claim.
    for s in [
        "Harbour shares have rallied since May, partly on hopes that the council would cut the levy.",
        "The ferry line has helped drive profits at the harbour company.",
    ] {
        assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
    }
    assert_eq!(
        kinds("The ferry strike has helped drive the mayor's defeat at the harbour."),
        vec!["cause"]
    );
}

#[test]
fn loose_colour_in_a_market_report_claims_nothing() {
    // Session 16: a market's move told with loose colour (an emotive modifier, a wire verb) is
    // the desk's routine report; the same colour about a political event stays a claim, and so
    // does a judgement pinned on someone in a market sentence.
    let market = "Harbour shares have rallied since the stunning upset in May, on bets the council would slash the levy.";
    assert!(kinds(market).is_empty(), "{:?}", kinds(market));
    let event = "The mayor has gained ground since the stunning upset in May, on bets the council would slash the levy.";
    assert_eq!(kinds(event), vec!["loaded_wording"]);
}

#[test]
fn a_verdict_on_a_case_that_has_not_happened_is_not_asserted() {
    // Session 13: "would" before a verdict scores a hypothetical.
    for s in [
        "Failure to pass the toll before May would be a setback for the harbour board.",
        "Passing the toll in May would be a blow to the harbour board.",
    ] {
        assert!(kinds(s).is_empty(), "{s}: {:?}", kinds(s));
    }
    assert_eq!(
        kinds("The closure was a major setback for the harbour board."),
        vec!["verdict"]
    );
}

#[test]
fn odds_and_inferences_are_hedged_not_stated_as_fact() {
    // A forecast that gives odds ("likely", "unlikely") and a cause given as an inference
    // ("apparently", "probably") are hedged: the blind judges read them as borderline. The same
    // claim stated as fact stays one.
    for s in [
        "The new fares will likely anger commuters.",
        "The mayor would be unlikely to raise the levy before the election.",
        "It is unlikely the board could rebuild the pier without the anglers.",
        "The levy looks likely to anger the anglers.",
        "The captain resigned, apparently as a result of the inquiry.",
        "The ferry lost passengers, probably because of the new bridge.",
        "Anger over fares likely helped fuel the mayor's defeat.",
    ] {
        assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
    }
    for (s, kind) in [
        (
            "The new fares will almost certainly anger commuters.",
            "prediction",
        ),
        ("The levy is bound to anger the anglers.", "prediction"),
        (
            "The ferry lost passengers, mainly because of the new bridge.",
            "cause",
        ),
        ("Anger over fares helped fuel the mayor's defeat.", "cause"),
        // After a determiner "likely" describes a noun; it hedges nothing.
        (
            "The likely nominee suffered a setback on Friday.",
            "verdict",
        ),
    ] {
        assert_eq!(kinds(s), vec![kind.to_string()], "{s:?}");
    }
}

#[test]
fn a_verdict_tied_to_the_fact_that_decides_it_is_not_the_outlets_judgement() {
    // Guard "tied to its fact": a win or loss stated with the event that decides it ("when the
    // council put it on hold", "by allowing the levy") is that event's plain effect on a party to
    // it. Without the event it stays a verdict.
    for s in [
        "The mayor's plan for a toll bridge suffered a setback on Friday when the council put it on hold.",
        "The court handed a victory to the anglers by allowing the levy to go ahead.",
    ] {
        assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
    }
    for s in [
        "The mayor's plan for a toll bridge suffered a setback on Friday.",
        "The court handed a victory to the anglers, who had fought the levy for years.",
    ] {
        assert_eq!(kinds(s), vec!["verdict"], "{s:?}");
    }
}

#[test]
fn a_figure_split_into_its_parts_and_a_contrast_are_checkable() {
    // Guard "splits a figure": a change in a number explained by a change in one of its parts is
    // arithmetic on the story's own figures. A contrast between stated positions ("a break
    // from") is not a verdict. A cause that is not a change in a quantity stays a claim.
    for s in [
        "The harbour lost 40 jobs this year, largely because of a decline in ferry crews.",
        "The mayor's stand on the levy was a break from that of the board.",
    ] {
        assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
    }
    assert_eq!(
        kinds("The harbour lost 40 jobs this year, largely because of anger over the levy."),
        vec!["cause"]
    );
}

#[test]
fn a_verdict_with_the_storys_count_beside_it_is_not_asserted() {
    // Guard "counted": a count after the verdict gives the reader the figures to weigh it. A
    // year or a date is no count.
    assert!(kinds(
        "The board has made significant progress in rebuilding the pier, including 12 of its 20 berths."
    )
    .is_empty());
    for s in [
        "The board made significant progress in rebuilding the pier in 2016.",
        "The ruling was a major setback for the harbour board on Nov. 7.",
    ] {
        assert_eq!(kinds(s), vec!["verdict"], "{s:?}");
    }
}

#[test]
fn a_contest_scored_history_recounted_stock_framing_and_a_held_reaction_are_not_claims() {
    // Guard "contest results": a win or loss in a sentence that reports a vote or an election is
    // read off the count. Guard "history recounted": a cause given for what happened in a named
    // year opens "In 1998". Stock wire framing ("amid growing tensions", "raised the stakes")
    // and a claim of record ("in an unprecedented move") are not listed.
    for s in [
        "Ana Ruiz won the seat on Tuesday, dealing a blow to the mayor.",
        "The vote is a setback for the anglers, who fought the levy for years.",
        "In 1998 the ferry was full, but the harbour lost money, partly because of the new bridge.",
        "The board met in secret amid growing tensions with the anglers.",
        "The board's plan to close the pier raised the stakes for the mayor.",
        "In an unprecedented move, the board shut the pier.",
        // A reaction named with its holders is theirs, as "concerns among" is.
        "The size of the levy is setting off alarms among the anglers.",
    ] {
        assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
    }
    for s in [
        "The closure is a setback for the anglers, who fought the levy for years.",
        "The harbour lost money in 1998, partly because of the new bridge.",
    ] {
        assert_eq!(kinds(s).len(), 1, "{s:?}");
    }
}

/// Session 22 families: a division an event widened or laid bare, a party's standing an act
/// changed, what an effort came to, and intent read into someone's words; each in the outlet's
/// voice, and each hedged or attributed elsewhere.
#[test]
fn splits_standing_outcomes_and_veiled_intent_are_claims() {
    for (s, kind) in [
        (
            "The ferry strike deepened divisions between the two harbour unions.",
            "cause",
        ),
        (
            "The audit has exposed rifts inside the rowing club.",
            "cause",
        ),
        (
            "The court's decision strengthened the union's hand at the bargaining table.",
            "characterisation",
        ),
        (
            "Higher fines did little to curb speeding on the coast road.",
            "characterisation",
        ),
        (
            "At the launch the governor gave a thinly veiled critique of the port authority.",
            "characterisation",
        ),
        (
            "The flooded car park was a failure seized upon by the mayor's opponents.",
            "motive",
        ),
    ] {
        assert_eq!(kinds(s), vec![kind.to_string()], "{s:?}");
    }
    for s in [
        "The ferry strike might deepen divisions between the two harbour unions.",
        "The court's decision could strengthen the union's hand at the bargaining table.",
        "The crew strengthened the hull before the storm.",
        "Higher fines did little to curb speeding on the coast road, the police chief said.",
    ] {
        assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
    }
}

#[test]
fn a_claim_before_a_short_subordinate_clause_with_a_cue_is_the_outlets() {
    // The cue reports its relative or "when" clause, not the verdict before it (session 26).
    for s in [
        "The ruling is a victory for the anglers who had opposed the levy.",
        "The ruling represents a setback for the harbour board, which had urged a veto.",
    ] {
        assert_eq!(kinds(s), vec!["verdict".to_string()], "{s:?}");
    }
    for s in [
        // the clause with the cue is most of the sentence: it reads as the report
        "The inquiry has dogged the harbour board since May, when auditors concluded that the board had lost track of the fees it charged the anglers for their berths.",
        // an attribution closes the sentence
        "The ruling is a setback for the anglers, who had opposed the levy, an aide said on Friday.",
        // a cue before the claim reports it
        "Ana Ruiz said the ruling was a setback for the anglers, who had opposed the levy.",
    ] {
        assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
    }
}

/// Session 35, round 2: "would" in a past narrative is the future in the past, what came next,
/// not a forecast nor the outlet's weighing; "would" before a verdict or a characterisation
/// scores a case that has not happened.
mod s35_round2 {
    use super::kinds;

    #[test]
    fn would_in_a_past_narrative_is_no_forecast() {
        for s in [
            "In 1998 the board shut the old pier, a move that would lead to a decade of decline in the harbour.",
            "The strikes would become a hallmark of the harbour master's first winter.",
            "A second closure would be a clear sign of the board's unease.",
            "The long strike would prove a testament to the dockers' resolve.",
        ] {
            assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
        }
        for (s, kind) in [
            // a forecast in the present of the article
            (
                "The new levy would lead to higher rents in the old town.",
                "prediction",
            ),
            (
                "The new levy will almost certainly anger the anglers.",
                "prediction",
            ),
            // the same claims stated as fact
            (
                "The strikes became a hallmark of the harbour master's first winter.",
                "characterisation",
            ),
            (
                "The long strike proved a testament to the dockers' resolve.",
                "characterisation",
            ),
        ] {
            assert_eq!(kinds(s), vec![kind.to_string()], "{s:?}");
        }
    }

    #[test]
    fn chaos_at_a_place_is_a_scene_reported() {
        // the scene at a place follows from the act just named; chaos in an institution weighs it
        for s in [
            "The new ferry rules led to chaos at the harbour gates on Monday.",
            "The ticket change was leading to chaos at the bus stations.",
        ] {
            assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
        }
        for s in [
            "The new ferry rules led to chaos on the harbour board.",
            "The harbour board was thrown into chaos by the strike.",
        ] {
            assert_eq!(kinds(s), vec!["cause".to_string()], "{s:?}");
        }
    }

    #[test]
    fn a_verdict_on_a_contest_lost_is_read_off_the_result() {
        for s in [
            "The result was a political blow to the harbour master, who had backed the loser.",
            "The mayor's pick lost by nine points, a setback for the mayor.",
        ] {
            assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
        }
        for s in [
            "The new timetable was a political blow to the harbour master.",
            "The ruling was a setback for the mayor, who had backed the levy.",
        ] {
            assert_eq!(kinds(s), vec!["verdict".to_string()], "{s:?}");
        }
    }
}

mod s37_assert {
    use super::kinds;

    #[test]
    fn a_past_look_set_to_is_the_scene_then_not_a_forecast() {
        for s in [
            "The Otters led by six at the break and looked set to hold on before the late try.",
            "The ferry seemed set to sail on time until the fog came down.",
        ] {
            assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
        }
        for s in [
            "The new fares look set to anger the commuters.",
            "The harbour levies look set to drive the anglers away.",
        ] {
            assert_eq!(kinds(s), vec!["prediction".to_string()], "{s:?}");
        }
    }

    #[test]
    fn a_game_s_play_is_the_match_report_not_a_claim() {
        for s in [
            "The Otters held on, thanks in large part to their keeper, who saved two penalties in the second half of the game.",
            "The late header ended a run of four games without a win for the visitors.",
            "The race was marred by a long stoppage on lap 12 after two cars touched.",
            "The Harbour Club could not score in the final innings, largely because of the spin bowler.",
        ] {
            assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
        }
        for s in [
            "The new timetable was a victory for the ferry operators.",
            "The ferry lost passengers, mainly because of the new bridge.",
            "The harbour inquiry has dogged the board since May.",
        ] {
            assert_eq!(kinds(s).len(), 1, "{s:?}: {:?}", kinds(s));
        }
        // a motive stays a claim in a game's story
        let s = "The club sacked its goalkeeper in a bid to hide its debts.";
        assert_eq!(kinds(s), vec!["motive".to_string()], "{s:?}");
    }

    #[test]
    fn a_ruling_s_win_for_the_side_that_sued_is_its_result() {
        for s in [
            "A judge struck down the harbour levy on Tuesday, handing a win to the anglers who sued to stop it.",
            "The court's order is a victory for the plaintiffs, three ferry firms.",
        ] {
            assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
        }
        for s in [
            "A judge struck down the harbour levy on Tuesday, handing a win to the anglers.",
            "The ruling is a victory for the ferry firms.",
        ] {
            assert_eq!(kinds(s), vec!["verdict".to_string()], "{s:?}");
        }
    }

    #[test]
    fn the_weather_s_causes_and_forecasts_are_the_forecast_s_account() {
        for s in [
            "The beach was packed on Sunday, largely because of the warm winds from the south.",
            "Heavy snow will lead to long delays on the hill roads on Monday.",
            "The fair was marred by heavy rain and a power cut.",
        ] {
            assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
        }
        for s in [
            "The new tolls will lead to long delays on the hill roads.",
            "The remarks will almost certainly raise the temperature of the row.",
            "The fair was marred by the absence of the mayor.",
        ] {
            assert_eq!(kinds(s).len(), 1, "{s:?}: {:?}", kinds(s));
        }
    }

    #[test]
    fn a_trial_s_result_for_the_prosecutors_is_its_verdict() {
        let s = "The jury convicted the skipper on all counts, a victory for the prosecutors.";
        assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
        let s = "The new charges are a victory for the prosecutors.";
        assert_eq!(kinds(s), vec!["verdict".to_string()], "{s:?}");
    }
}

mod s49_assert {
    use super::kinds;

    /// A loaded word in a plain sense is no judgement: a rank or a class of offence ("petty
    /// officer"), an idiom ("stole her thunder"), a body that ducks, pork that is eaten. Each
    /// sentence is flagged on the start build by its one pinned word.
    #[test]
    fn a_loaded_word_in_a_plain_sense_makes_no_claim() {
        for s in [
            "Her father was a chief petty officer in the navy.",
            "The mayor had stolen Ruiz's thunder and never gave it back.",
            "When the shots rang out, the crowd ducked.",
            "The mayor ducked down for photographs with the crew.",
            "At the canteen the choice is pork or nothing on Fridays.",
        ] {
            assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
        }
        for s in [
            "The mayor was a petty tyrant.",
            "The council had stolen the election.",
            "The minister ducked the question.",
            "The bill is pork for the governor's allies.",
        ] {
            assert_eq!(kinds(s).len(), 1, "{s:?}: {:?}", kinds(s));
        }
    }

    /// Crews' progress on a fire is their containment figure, which the reader can check; the
    /// same verdict on a board's work stays a claim.
    #[test]
    fn a_fire_crews_progress_is_the_fire_report() {
        let s = "Firefighters made significant progress over the weekend on the Ridge Fire, allowing residents to return home.";
        assert!(kinds(s).is_empty(), "{s:?}: {:?}", kinds(s));
        let s = "The harbour board made significant progress on the new pier.";
        assert_eq!(kinds(s), vec!["verdict".to_string()], "{s:?}");
    }
}
