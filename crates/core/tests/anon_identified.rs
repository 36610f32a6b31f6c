//! Unnamed-looking people the reader can in fact identify (the one holder of a post, the
//! representative of the body the story is about or of a named firm, former officials named right
//! after, a vague group whose member the next sentence names), people who are no source (the
//! story acted on them), and sources in frames the detector used to miss.
//! Every sentence here is written for this file.

use slant_core::{analyze, Category};

fn anon(text: &str) -> Vec<String> {
    analyze(text)
        .unwrap()
        .flags
        .iter()
        .filter(|f| f.category == Category::AnonymousSource)
        .map(|f| f.text.clone())
        .collect()
}

#[test]
fn the_one_holder_of_a_post_is_identified() {
    for text in [
        "The levy will be dropped, the Senate's top farm lawmaker said on Monday.",
        "The talks will resume in May, the top Canadian diplomat said.",
        "The audit is routine, the ministry’s top official told reporters.",
    ] {
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    }
    // Some among many stay unnamed sources.
    for (text, phrase) in [
        (
            "The levy will be dropped, a top farm lawmaker said on Monday.",
            "a top farm lawmaker",
        ),
        (
            "The talks will resume in May, top Canadian officials said.",
            "top Canadian officials",
        ),
    ] {
        assert_eq!(anon(text), vec![phrase.to_string()], "{text:?}");
    }
}

#[test]
fn a_representative_of_the_body_in_the_story_is_on_the_record() {
    for text in [
        "Pell Savings raised its fees in May. A bank representative said the change was overdue.",
        "Orrin Mills cut 40 jobs. A representative for the company said more cuts were unlikely.",
    ] {
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    }
    // Not a body: an industry, or the representative of an unnamed firm's staff.
    for (text, phrase) in [
        (
            "Fees will rise in May, an industry representative said.",
            "an industry representative",
        ),
        (
            "Fees will rise in May, a bank executive said.",
            "a bank executive",
        ),
    ] {
        assert_eq!(anon(text), vec![phrase.to_string()], "{text:?}");
    }
}

#[test]
fn former_officials_named_right_after_are_no_anonymous_source() {
    let text = "The plan was never tested, several former officials said on Sunday. Former Navy \
                Secretary Ann Lee and former Deputy Director Bo Roe said the tests were cancelled.";
    assert!(anon(text).is_empty(), "{:?}", anon(text));
    // A current office-holder named next is someone else: the officials stay unnamed.
    let text = "The plan was never tested, several former officials said on Sunday. Governor Ann \
                Lee said the tests were cancelled.";
    assert_eq!(anon(text), vec!["several former officials".to_string()]);
    let text = "The plan was never tested, a senior official said on Sunday. Governor Ann Lee has \
                said the tests were cancelled.";
    assert_eq!(anon(text), vec!["a senior official".to_string()]);
}

#[test]
fn a_former_official_described_after_the_name_is_named() {
    let text = "The plan was never tested, several former officials said on Sunday. Ann Lee, a \
                former Navy secretary, said the tests were cancelled.";
    assert!(anon(text).is_empty(), "{:?}", anon(text));
}

#[test]
fn people_the_sentence_is_about_are_no_source() {
    // The object of "for" or "about" is the topic, not who tells it.
    for text in [
        "The question for people close to the mayor is not whether he leaves, they believe, but how.",
        "The worry about people familiar with the plan is that they will talk.",
    ] {
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    }
    // Still a source: the access phrase that tells.
    assert_eq!(
        anon("Sources close to the mayor said he will leave."),
        vec!["Sources close to the mayor".to_string()]
    );
}

#[test]
fn a_phrase_in_a_named_speakers_account_is_theirs() {
    // The subject of what a named speaker said is in their account, counted from where the
    // phrase opens, not from its noun.
    let text = "Ann Lee said a Secret Service agent, with two police officers, showed up at her \
                home to question her.";
    assert!(anon(text).is_empty(), "{:?}", anon(text));
    // An outlet that cites someone still leans on them.
    assert_eq!(
        anon("The Ledger cited a former aide as saying the mayor knew."),
        vec!["a former aide".to_string()]
    );
}

#[test]
fn sources_that_tell_in_less_common_frames() {
    for (text, phrase) in [
        (
            "The new fees, which officials said will start in May, cover ferries too.",
            "officials",
        ),
        (
            "The mayor was, in the words of one senior adviser, ''tired of the job''.",
            "one senior adviser",
        ),
        (
            "A campaign official later walked back the remarks, saying the mayor misspoke.",
            "A campaign official",
        ),
    ] {
        assert_eq!(anon(text), vec![phrase.to_string()], "{text:?}");
    }
    // A participle after the clause's comma that reports no words of theirs stays an act.
    assert!(anon("Officials in the city voted on Monday, rejecting the plan.").is_empty());
}

#[test]
fn people_acting_in_another_sources_account_are_no_source() {
    let text = "At a lunch last week, a senior City Hall official criticized Lee for failing to \
                back the plan, according to a person who attended.";
    assert_eq!(anon(text), vec!["a person".to_string()]);
    // Telling, they are a source the account relays.
    let text = "A senior City Hall official said the plan was dead, according to the minutes.";
    assert_eq!(anon(text), vec!["A senior City Hall official".to_string()]);
}

#[test]
fn a_vague_group_voiced_next_by_a_named_member_is_no_shield() {
    for text in [
        "The levy will hurt growers, analysts said. “It is a blow to the whole valley,” said \
         Mara Quist, head of research at Pell Bank in Dover.",
        "But critics argue the rule will raise rents. “This rule helps only the landlords,” said \
         Senator Ovid Lark.",
        "Some economists think the slump will be short. Demand will return by spring, said Tobin \
         Ferro, director of the Harbor Institute, who expects prices to recover.",
    ] {
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    }
    // The next speaker is the other side's spokesperson, a name inside a longer title, or a
    // question rather than a view: the group stays unowned.
    for (text, phrase) in [
        (
            "Critics say the levy is unfair. “The levy is fair,” said Ann Roe, a spokeswoman for \
             the ministry.",
            "Critics say",
        ),
        (
            "Some legal experts said the order was unlawful. At the hearing, Senator Ovid Lark \
             asked the minister whether it would stand.",
            "experts said",
        ),
        (
            "Critics say the hotel breaks the rules. Members of the Harbor Oversight Committee \
             said the agency withheld records.",
            "Critics say",
        ),
    ] {
        assert_eq!(anon(text), vec![phrase.to_string()], "{text:?}");
    }
}

#[test]
fn the_person_the_story_acted_on_is_no_source() {
    for text in [
        "The mayor was accused of groping a former staffer at a party. The staffer also said she \
         was demoted after she complained.",
        "The club dismissed two stewards last spring. The stewards said they were never paid.",
    ] {
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    }
    // Introduced as a source, or as someone who tells, the person stays an unnamed source.
    for (text, phrase) in [
        (
            "The plant will close, a senior official said. Jobs will move abroad, the official \
             added.",
            vec!["a senior official", "the official"],
        ),
        (
            "A second officer at the base backed the account. In an email, the officer said \
             the order was never given.",
            vec!["the officer"],
        ),
    ] {
        assert_eq!(anon(text), phrase, "{text:?}");
    }
}

#[test]
fn a_named_firms_representative_speaks_on_the_record() {
    for text in [
        "The bank will cut 400 jobs, a representative of Goldman Sachs said.",
        "The bank will cut 400 jobs, a representative for JPMorgan said on Monday.",
    ] {
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    }
    // A nationality before a noun is no firm.
    let text = "The port will reopen, a representative of Chinese shippers said.";
    assert_eq!(anon(text), vec!["a representative".to_string()], "{text:?}");
}

#[test]
fn lawmakers_telling_in_a_signed_letter_are_named_by_it() {
    for text in [
        "Several lawmakers said in a letter to the agency that the rule was unlawful.",
        "Two lawmakers said in a joint statement that the port should stay open.",
    ] {
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    }
    let text = "Several lawmakers said the rule was unlawful.";
    assert_eq!(
        anon(text),
        vec!["Several lawmakers".to_string()],
        "{text:?}"
    );
}

#[test]
fn vague_groups_that_agree_conclude_or_note() {
    for (text, phrase) in [
        ("Few economists agree.", "Few economists agree"),
        (
            "Most analysts have similarly concluded that the merger will fail.",
            "Most analysts have similarly concluded",
        ),
        (
            "The treaty still binds, most scholars note.",
            "most scholars note",
        ),
    ] {
        assert_eq!(anon(text), vec![phrase.to_string()], "{text:?}");
    }
    // A sentence's first word shaped like an adjective is no firm's name; one that is not
    // shaped so may be ("Nomura analysts", precision first).
    assert_eq!(
        anon("Legal scholars note that the treaty still binds."),
        vec!["scholars note".to_string()]
    );
    assert!(anon("Harbor analysts noted that the bond is cheap.").is_empty());
    // Agreeing to do something is an act, not a view.
    let text = "Some economists agreed to advise the ministry.";
    assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
}

#[test]
fn unnamed_officials_giving_a_view_are_sources() {
    for (text, phrase) in [
        (
            "At the same time, American officials have long worried about the port's debts.",
            "American officials",
        ),
        (
            "Separately, some congressional aides had expected the minister to testify.",
            "some congressional aides",
        ),
    ] {
        assert_eq!(anon(text), vec![phrase.to_string()], "{text:?}");
    }
    // Suspected of something, expected to do something, agreeing on something: no view given.
    for text in [
        "Separately, two officials suspected of fraud were arrested in Dover.",
        "Separately, some officials agreed on a plan to reopen the port.",
    ] {
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    }
}

#[test]
fn after_a_modal_the_phrases_own_verb_decides() {
    // The verb after "will" does not tell: a cue word further on is its object.
    let text = "There is no sign that federal officials will treat census replies with care.";
    assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    // A verb that tells, or a view, after the modal keeps the source.
    let text = "The port will reopen, and a senior official would later say the delay was costly.";
    assert_eq!(
        anon(text),
        vec!["a senior official".to_string()],
        "{text:?}"
    );
}

// Session 16: a principal's representative, a questioner at a hearing, a finding the sentence
// says where it came out, an item of a list under someone else's cue.

#[test]
fn a_representative_of_a_principal_in_the_possessive_is_on_the_record() {
    for text in [
        "The singer's representatives said she would miss the gala.",
        "Ann Vell's representative said the actor would not sign.",
    ] {
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    }
    // An aide or adviser speaks in their own right, one of many: still a source.
    assert_eq!(
        anon("The senator's aides said he would miss the gala."),
        vec!["The senator's aides".to_string()]
    );
}

#[test]
fn a_questioner_who_asks_someone_is_no_source() {
    for text in [
        "At the hearing, a lawmaker asked the minister whether the bridge would open.",
        "Two officials asked the mayor why the depot had closed.",
    ] {
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    }
    // A doubt voiced with no one asked may still inform.
    assert_eq!(
        anon("Officials asked whether the depot plan was legal."),
        vec!["Officials".to_string()]
    );
}

#[test]
fn an_agentless_report_told_where_it_came_out_is_attributed() {
    for text in [
        "It emerged in court filings that the dairy had paid the fine.",
        "The dairy paid the fine, it emerged at the trial on Monday.",
        "It was reported by the Harbor Gazette that the dairy had paid the fine.",
        "It emerged on Tuesday that the dairy had paid the fine, according to court papers.",
        "The dairy reportedly paid the fine, according to the Harbor Gazette.",
    ] {
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    }
    for (text, phrase) in [
        ("It emerged that the dairy had paid the fine.", "It emerged"),
        // The record is the finding's content, not where it came out.
        (
            "It emerged that the dairy owner had been fined at a trial in 2010.",
            "It emerged",
        ),
        (
            "It emerged in media reports that the dairy had paid.",
            "It emerged",
        ),
        // After "reportedly" a "by" names the act's agent, not the report's.
        (
            "The judge was reportedly threatened by the Orvel gang.",
            "reportedly",
        ),
    ] {
        assert_eq!(anon(text), vec![phrase.to_string()], "{text:?}");
    }
}

#[test]
fn an_item_of_a_list_under_another_subjects_cue_is_no_source() {
    assert!(anon(
        "The charity took money from banks, foreign sources, and other donors, the Harbor Gazette reported."
    )
    .is_empty());
    // A parenthetical between the phrase and its own cue still sources it.
    assert_eq!(
        anon("Two sources, who asked not to be named, said the charity had closed."),
        vec!["Two sources, who asked not to be named".to_string()]
    );
}

#[test]
fn lawmakers_speaking_at_a_public_hearing_are_on_its_record() {
    for text in [
        "One Republican lawmaker at the hearing said the agency had failed farmers.",
        "At Tuesday's hearing, several lawmakers said the agency had failed farmers.",
        "A lawmaker told the committee that the agency had failed farmers.",
    ] {
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    }
    // A closed hearing keeps no public record; telling a reporter is sourcing.
    for (text, phrase) in [
        (
            "Two lawmakers said at a closed hearing that the agency had failed farmers.",
            "Two lawmakers",
        ),
        (
            "Two lawmakers said the hearing on the agency would be delayed.",
            "Two lawmakers",
        ),
    ] {
        assert_eq!(anon(text), vec![phrase.to_string()], "{text:?}");
    }
}

/// Each text must give no anonymous-source flag; each (text, phrase) pair exactly that flag.
fn check(clear: &[&str], kept: &[(&str, &str)]) {
    for text in clear {
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    }
    for (text, phrase) in kept {
        assert_eq!(anon(text), vec![phrase.to_string()], "{text:?}");
    }
}

#[test]
fn diplomats_named_next_as_ambassadors_are_identified() {
    check(
        &[
            "The talks are stalled, two retired diplomats said. Bo Roe, a former ambassador to Peru, said neither side would move.",
            "The talks are stalled, two retired diplomats said. Cy Dunn, who was envoy to Chile, said neither side would move.",
        ],
        &[(
            "The talks are stalled, two retired diplomats said. Bo Roe, a former trade official, said neither side would move.",
            "two retired diplomats",
        )],
    );
}

#[test]
fn a_definite_phrase_with_an_age_points_back_to_a_named_person() {
    check(
        &[
            "\"The harbour comes first,\" the 64-year-old diplomat said in an interview.",
            "\"The harbour comes first,\" the soft-spoken, 64-year-old diplomat said.",
        ],
        &[(
            "The harbour was closed for a week, a 38-year-old resident said.",
            "a 38-year-old resident",
        )],
    );
}

#[test]
fn people_summoned_to_testify_act_in_the_story() {
    check(
        &["Several of the mayor's associates have been called to testify before the panel."],
        &[(
            "Two associates who were called to testify said they had never met the lobbyist.",
            "Two associates",
        )],
    );
}

#[test]
fn a_countrys_allies_are_states() {
    check(
        &["Some U.S. allies that buy foreign arms have said the law puts them in a bind."],
        &[(
            "Some of the governor's allies have said the law puts her in a bind.",
            "the governor's allies",
        )],
    );
}

// Session 18: unnamed people who are not the outlet's source: people a hearsay passive is
// about, and a side's officials stating its own position on the record. Every sentence here is
// written for this file.

#[test]
fn people_a_hearsay_passive_is_about_are_no_second_source() {
    for (text, phrase) in [
        (
            "The city faces a deadline. Some advisers are said to be urging the mayor to pay.",
            "are said to",
        ),
        (
            "The board met on Monday. Several aides are believed to favour a delay.",
            "are believed to",
        ),
    ] {
        assert_eq!(anon(text), vec![phrase.to_string()], "{text:?}");
    }
    // The same people telling in their own voice are the source.
    let text = "The board met on Monday. Several aides said they favour a delay.";
    assert_eq!(anon(text), vec!["Several aides".to_string()], "{text:?}");
}

#[test]
fn a_sides_officials_stating_its_position_are_on_the_record() {
    for text in [
        "The levy takes effect in May. Fijian officials have said they will challenge it in court.",
        "The duty is high. Canadian officials have countered that their mills receive no subsidy.",
    ] {
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    }
    // A count, "senior" or "privately" marks sources briefing the outlet.
    for (text, phrase) in [
        (
            "The levy takes effect in May. Two Fijian officials have said they will challenge it.",
            "Two Fijian officials",
        ),
        (
            "The levy takes effect in May. Senior Fijian officials have said they will challenge it.",
            "Senior Fijian officials",
        ),
        (
            "The levy takes effect in May. Fijian officials have said privately they will challenge it.",
            "officials",
        ),
    ] {
        assert_eq!(anon(text), vec![phrase.to_string()], "{text:?}");
    }
}

// Session 19: unnamed people or reports that are not the outlet's anonymous source: reports
// someone in the story passes on, people a definite phrase names in apposition right after, and
// a named person's own unidentified source. Every sentence here is written for this file.

#[test]
fn reports_someone_passes_on_are_the_story() {
    for text in [
        "The candidate circulated unconfirmed reports about the fire on his feed.",
        "Her rivals were spreading unconfirmed reports that she had quit.",
    ] {
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    }
    // Reports the outlet itself leans on stay.
    let text = "The mayor has quit, according to unconfirmed reports.";
    assert_eq!(
        anon(text),
        vec!["according to unconfirmed reports".to_string()]
    );
}

#[test]
fn a_definite_phrase_naming_its_people_in_apposition_names_the_earlier_ones() {
    for text in [
        "Two retired diplomats said the talks would fail. The diplomats, Ann Lee and Bo Roe, \
         said the plan lacked support.",
        "A senior aide said the bill was dead. The aide, Bo Roe, told reporters the votes were \
         not there.",
    ] {
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    }
    // Session 43: "the diplomats, <names>" points back to the people who spoke, whatever the
    // naming sentence does ("served in Seoul"); other diplomats named are someone else.
    let text =
        "Two retired diplomats said the talks would fail. The diplomats, Ann Lee and Bo Roe, \
                served in Seoul.";
    assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    let text = "Two retired diplomats said the talks would fail. Other diplomats, Ann Lee and Bo \
                Roe, served in Seoul.";
    assert_eq!(anon(text), vec!["Two retired diplomats".to_string()]);
}

#[test]
fn a_named_persons_own_unidentified_source_is_their_sourcing() {
    for text in [
        "Rep. Ann Lee said an unidentified source told her office that the agency lost the files.",
        "Rep. Ann Lee said she had been told by an unnamed official that the files were lost.",
    ] {
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    }
    // An outlet's unidentified source is as unnamed to the reader as the wire's own.
    let text =
        "The Harbor Gazette said an unidentified source told its reporters the files were lost.";
    assert_eq!(anon(text), vec!["an unidentified source".to_string()]);
}

/// Session 37 (issue 10): unnamed people the story names further on.
mod s37 {
    use super::anon;

    #[test]
    fn a_lede_source_given_the_same_title_with_a_name_later_is_identified() {
        for text in [
            "The mayor wants the levy passed, a senior adviser said on Monday. The council meets \
             next week. In a radio interview, senior adviser Ann Lee attacked the rival plan.",
            "The mayor wants the levy passed, a senior adviser said on Monday. The council meets \
             next week. Ann Lee, a senior adviser to the mayor, told reporters the vote was set.",
            "The levy will pass, a top aide said. The council meets next week. Ann Lee, the \
             mayor's top aide, told a briefing the vote was set.",
        ] {
            assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
        }
        // A person spoken to, a shorter title, or a source granted anonymity stays unnamed.
        for text in [
            "The mayor wants the levy passed, a senior adviser said on Monday. The council meets \
             next week. The mayor met with senior adviser Ann Lee on Tuesday.",
            "The mayor wants the levy passed, a senior adviser said on Monday. The council meets \
             next week. Ann Lee, an adviser, attacked the plan.",
            "The mayor wants the levy passed, a senior adviser said on Monday. The adviser asked \
             not to be named. Senior adviser Ann Lee declined to comment.",
        ] {
            assert!(
                anon(text).contains(&"a senior adviser".to_string()),
                "{text:?}"
            );
        }
    }
}

/// Session 37, round 3 (issue 10): an unnamed diplomat named in the next sentence under the
/// office a diplomat holds ("Vice Foreign Minister Bo Tan told reporters …") is identified.
mod s37_round3 {
    use super::anon;

    #[test]
    fn a_diplomat_named_next_as_a_foreign_minister_is_identified() {
        for text in [
            "A senior diplomat said the two sides would meet in March. Vice Foreign Minister Bo \
             Tan told reporters the talks had been useful.",
            "A senior diplomat said the talks were over. \"It was useful,\" said Deputy Foreign \
             Minister Bo Tan.",
        ] {
            assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
        }
        // Another office, a minister spoken of in the same sentence, or one met, stays apart.
        for text in [
            "A senior diplomat said the two sides would meet in March. Finance Minister Bo Tan \
             told reporters the talks had been useful.",
            "A senior diplomat said Foreign Minister Bo Tan would attend the talks.",
            "A senior diplomat said the talks were over. Lee met Foreign Minister Bo Tan on \
             Monday, the ministry said.",
        ] {
            assert!(
                anon(text).contains(&"A senior diplomat".to_string()),
                "{text:?}"
            );
        }
    }
}

/// Session 39 (issue 10): a lede's unnamed aide named in the next sentence as the principal's
/// chief of staff, the top aide's title, is identified.
mod s39 {
    use super::anon;

    #[test]
    fn an_aide_named_next_as_chief_of_staff_is_identified() {
        for text in [
            "The governor will veto the bill, a senior aide said on Monday. Tom Reyes, the \
             governor's chief of staff, told reporters the votes were not there.",
            "The governor will veto the bill, a senior aide said on Monday. \"The votes are not \
             there,\" Tom Reyes, the governor's chief of staff, told reporters.",
            "The governor will veto the bill, a senior aide said on Monday. Chief of Staff Tom \
             Reyes told reporters the votes were not there.",
        ] {
            assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
        }
        // A chief of staff spoken to, or another office, stays apart.
        for text in [
            "The governor will veto the bill, a senior aide said on Monday. Lee met with Chief \
             of Staff Tom Reyes on Tuesday, the office said.",
            "The governor will veto the bill, a senior aide said on Monday. Tom Reyes, the \
             governor's budget director, told reporters the votes were not there.",
        ] {
            assert!(
                anon(text).contains(&"a senior aide".to_string()),
                "{text:?}: {:?}",
                anon(text)
            );
        }
    }
}

/// Session 39 round 2 (issue 10): a lede's aide named next by surname alone under his title.
mod s39b {
    use super::anon;

    #[test]
    fn an_aide_named_next_by_surname_alone_is_identified() {
        for text in [
            "A senior aide said the budget would be delayed. \"We need more time,\" Reyes, the \
             governor's senior aide, told reporters on Monday.",
            "The budget will be delayed, a senior aide said. Reyes, the governor's senior aide, \
             told reporters the talks had stalled.",
        ] {
            assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
        }
        // The surname as an object.
        let text = "A senior aide said the budget would be delayed. Lee met Reyes, the governor's \
                    senior aide, on Monday, the office said.";
        assert!(
            anon(text).contains(&"A senior aide".to_string()),
            "{text:?}: {:?}",
            anon(text)
        );
    }
}

mod s40 {
    use super::anon;

    #[test]
    fn a_lede_aide_named_next_under_a_long_title_is_identified() {
        for text in [
            "The talks will resume in May, a senior presidential adviser said on Monday. Special \
             Adviser to the President for Security and Foreign Affairs Jana Holm told a forum \
             that the first round would be held in Oslo.",
            "The talks will resume in May, a senior presidential adviser said on Monday. Jana \
             Holm, Special Adviser to the President for Security Affairs, told a forum that the \
             first round would be held in Oslo.",
            "The port will reopen next week, a senior aide said. Senior Aide for Ports and \
             Harbours Eli Marr told reporters the cranes had been repaired.",
        ] {
            assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
        }
        // Another office, and a principal's name at the title's end.
        for text in [
            "The port will reopen next week, a senior aide said. Transport Minister Eli Marr told \
             reporters the cranes had been repaired.",
            "The port will reopen next week, a senior aide said. Special Adviser to President Eli \
             Marr told reporters nothing.",
        ] {
            assert!(
                anon(text).contains(&"a senior aide".to_string()),
                "{text:?}: {:?}",
                anon(text)
            );
        }
    }
}

mod s50 {
    use super::anon;

    #[test]
    fn a_representative_of_a_body_called_by_kind_and_name_is_on_the_record() {
        let text = "A representative of the municipality of Varnby said the plan would be ready \
                    in spring.";
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
        // A body with no name stays unnamed.
        let text = "A representative of a property association said two buyers had pulled out.";
        assert_eq!(anon(text), vec!["A representative".to_string()]);
    }

    #[test]
    fn a_named_bodys_chief_is_its_head() {
        for text in [
            "KFL chief executive said the league had lost a great player.",
            "The league's board met on Monday. The Kestrel League chief executive said the season \
             would start late.",
        ] {
            assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
        }
    }

    #[test]
    fn the_representative_points_back_to_a_named_bodys_representative() {
        let text = "A representative of the Department of Harbours thanked the volunteers. \
                    \"We are looking at what more can be done,\" the representative said.";
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
        // Granted anonymity where introduced, the representative stays a source.
        let text = "A representative of the Department of Harbours, who asked not to be named, \
                    thanked the volunteers. \"We are looking at what more can be done,\" the \
                    representative said.";
        assert!(
            anon(text).contains(&"the representative".to_string()),
            "{text:?}: {:?}",
            anon(text)
        );
    }

    #[test]
    fn witnesses_whose_statements_a_court_weighed_are_no_source() {
        for text in [
            "The court convicted Ole Berg of assault. In its ruling, it said the witnesses' \
             statements showed that he had struck first.",
            "The tribunal sat on Monday. In its decision it said the witnesses' statements and \
             the injuries showed the defendant had used force.",
        ] {
            assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
        }
        // Outside a court case, witnesses who tell are sources.
        let text = "According to witness statements, the driver did not brake.";
        assert!(!anon(text).is_empty(), "{text:?}");
    }
}

mod s50_round2 {
    use super::anon;

    #[test]
    fn a_title_joined_to_a_second_title_before_a_name_is_named() {
        let text = "Chief executive and co-founder Dr Ann Lee said the firm had grown.";
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
        // Two groups joined by "and" stay two groups of sources.
        let text = "The drill was planned, U.S. officials and Japanese diplomats said.";
        assert!(!anon(text).is_empty(), "{text:?}");
    }

    #[test]
    fn people_at_work_on_a_thing_described_by_an_adjective_tell_nothing() {
        let text = "I do not doubt that the people working on this problem are sincere.";
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
        // Their own view stays a report, and the flag ends before its verb.
        let text = "I hear that people working on the plan are worried about it.";
        assert_eq!(anon(text), vec!["people working on the plan".to_string()]);
    }
}

mod s50_round3 {
    use super::anon;

    #[test]
    fn who_reported_an_incident_that_brought_police_is_no_source() {
        for text in [
            "Police were called to the depot just after midnight after a neighbour reported \
             seeing smoke.",
            "The court heard officers went to the flat when an employee reported that a man had a \
             knife.",
            "The shop was sealed off after a neighbour told police about the smoke.",
        ] {
            assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
        }
        // A resident who tells the paper stays a source, and so does one who told the outlet.
        for (text, phrase) in [
            (
                "A neighbour said police had been called to the house twice before.",
                "A neighbour",
            ),
            (
                "Police opened an inquiry after a senior official told the Gazette the files \
                 were missing.",
                "a senior official",
            ),
        ] {
            assert_eq!(anon(text), vec![phrase.to_string()], "{text:?}");
        }
    }

    #[test]
    fn an_officer_in_charge_before_a_rank_and_name_is_that_person() {
        for text in [
            "Officer in charge Senior Sergeant Ann Lee said the road would reopen.",
            "The fire chief and police officer in charge Inspector Bo Roe said crews were ready.",
        ] {
            assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
        }
        let text = "An officer in charge of the case said the search would go on.";
        assert_eq!(anon(text), vec!["An officer".to_string()]);
    }

    #[test]
    fn researchers_after_their_study_author_was_named_are_that_team() {
        for text in [
            "The report came out on Tuesday. Lead author Dr Ann Lee said the shells were old. \
             Based on their size, researchers estimate the snail was large.",
            "The snail was described on Tuesday by Ann Lee, the study's lead author, and a \
             colleague. Scientists believe it lived in shallow water.",
        ] {
            assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
        }
        // No author named, or some researchers among many: a vague group.
        for text in [
            "The snail was described on Tuesday. Researchers estimate it was large.",
            "Lead author Dr Ann Lee said the shells were old. Some researchers estimate the snail \
             was large.",
        ] {
            assert!(!anon(text).is_empty(), "{text:?}");
        }
    }
}

/// Session 51: shapes blind readers judged wrong on local news (sets 38 and 39).
mod s51 {
    use super::anon;

    #[test]
    fn a_member_of_the_public_who_reported_the_incident_is_no_source() {
        let text = "The prosecutor told the court that police were called shortly after 2am after \
                    a member of the public reported a van parked across the road.";
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
        // A member of the public who tells the paper stays a source.
        let text = "A member of the public said police had been called to the house twice.";
        assert_eq!(anon(text), vec!["A member".to_string()]);
    }

    #[test]
    fn a_representative_of_the_developer_or_operator_speaks_for_it() {
        for text in [
            "The wind farm is proposed by Prairie Gate Energy. A representative of the developer \
             said the company had agreed to dozens of conditions.",
            "Harbour Link runs the ferries. A representative for the operator said the fault had \
             been repaired.",
        ] {
            assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
        }
        // An industry's representative is no body's.
        let text = "An industry representative said the fault had been repaired.";
        assert_eq!(anon(text), vec!["An industry representative".to_string()]);
    }

    #[test]
    fn the_executive_is_a_council_management_or_a_named_executive() {
        let text = "Cllr Ann Byrne asked for the fees to be spent in the town, a suggestion the \
                    executive said it would examine.";
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
        // Introduced unnamed, the executive stays a source.
        let text = "A senior executive said the plant would close. The executive said staff had \
                    been told.";
        assert_eq!(
            anon(text),
            vec![
                "A senior executive".to_string(),
                "The executive".to_string()
            ]
        );
    }

    #[test]
    fn an_official_who_explained_a_plan_at_a_meeting_gives_no_claim() {
        let text = "The hall was full on Monday. An official from the Department of Transport \
                    explained the road plan. A farmer explained why it would not work.";
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
        // What an official explains as a claim, or under a grant, stays sourced to them.
        for (text, phrase) in [
            (
                "An official from the Department of Transport explained that the road would be \
                 delayed.",
                "An official",
            ),
            (
                "An official explained the delay was caused by the weather.",
                "An official",
            ),
        ] {
            assert_eq!(anon(text), vec![phrase.to_string()], "{text:?}");
        }
        let text = "A senior official at the Department of Health said, on condition of \
                    anonymity, that the plan would be dropped.";
        assert_eq!(anon(text).len(), 2, "{text:?}: {:?}", anon(text));
    }
}

/// Round 3 (sets 40-43): a named person's title, a thing reported doing something, and a name
/// the police keep back.
mod s51_round3 {
    use super::anon;

    #[test]
    fn a_title_with_its_object_before_a_name_is_that_person() {
        for text in [
            "The council says the library costs too much. Cabinet member for libraries Cllr Ann \
             Roe said the council faced \"difficult decisions\".",
            "The scheme drew 40 objections. Agent for the applicant Mark Bell said the houses were \
             much needed.",
            "Member for the district Ann Roe told the meeting the school would close.",
        ] {
            assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
        }
        // With an article, a plural, or no name before the cue, the title names no one.
        for (text, phrase) in [
            (
                "A cabinet member said the bridge would reopen in May.",
                "A cabinet member",
            ),
            (
                "Officials for the Health Department said the clinic would close.",
                "Officials",
            ),
            (
                "An official of the agency said the fault was fixed.",
                "An official",
            ),
        ] {
            assert_eq!(anon(text), vec![phrase.to_string()], "{text:?}");
        }
    }

    #[test]
    fn a_thing_reported_doing_something_hides_no_source() {
        let text =
            "Officers tried to stop the van at 2 a.m. after it was reported driving the wrong \
                    way on the bypass, Sgt. Ann Roe said in a statement.";
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
        // The impersonal passive stays, also before a preposition in -ing.
        for text in [
            "The bridge will close in May, it was reported on Monday.",
            "It was reported during the meeting that the mayor had quit.",
        ] {
            assert_eq!(anon(text).len(), 1, "{text:?}: {:?}", anon(text));
        }
    }

    #[test]
    fn a_name_the_police_keep_back_grants_no_source() {
        let text = "The man was charged with robbery. Police have not released his name. He \
                    appeared in court on Monday.";
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
        // A teller who keeps back their own name stays a source.
        let text = "One officer, who declined to give his name, said the van was stolen.";
        assert_eq!(
            anon(text),
            vec!["One officer, who declined to give his name".to_string()]
        );
    }
}

/// Session 52 (issue 10): sources the sentence or the one before identifies, and a job held.
#[test]
fn its_chief_is_the_named_bodys_one_head() {
    let text = "The Harbour Trust received a grant last year. Its chief executive said the money \
                would fund two boats.";
    assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    // A chief of no body stays.
    let text = "The grant was approved last year. A chief executive said the money would fund \
                two boats.";
    assert_eq!(anon(text).len(), 1, "{text:?}: {:?}", anon(text));
}

#[test]
fn a_hedge_closed_by_according_to_a_named_body_is_sourced() {
    let text = "About 40 Britons are believed to remain in the region, according to the Foreign \
                Office.";
    assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    let text = "About 40 Britons are believed to remain in the region, according to people \
                familiar with the matter.";
    assert!(
        anon(text).contains(&"are believed to".to_string()),
        "{:?}",
        anon(text)
    );
}

#[test]
fn a_job_in_a_biography_is_no_source() {
    for text in [
        "Dunn, 41, grew up on a farm near Swan Hill and worked as a road-safety adviser in Perth \
         before returning home to write.",
        "Dunn worked as a road-safety adviser in Perth before going home to write.",
    ] {
        assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    }
}

#[test]
fn reportedly_goes_on_with_the_report_named_before() {
    let text = "Reports from the Eastfield police are that about 10 p.m. the two brothers were \
                walking home when a van stopped. Three men armed with knives reportedly jumped \
                out and chased them.";
    assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    let text = "The two brothers were walking home when a van stopped. Three men armed with \
                knives reportedly jumped out and chased them.";
    assert_eq!(anon(text), vec!["reportedly".to_string()]);
}

/// Session 52 round 2 (issue 10): a perfect set in past events ("have in past storms
/// criticised") records a side taken, not news told now; without it the officials still tell.
#[test]
fn officials_who_have_in_the_past_criticised_are_no_source() {
    let text = "Police said the storm would arrive at night. Officials have in past storms \
                criticised so-called storm chasers who gather on the seawall.";
    assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    let text = "Officials said the storm would arrive at night.";
    assert_eq!(anon(text), vec!["Officials".to_string()]);
}

/// Session 52 round 2: the people in a relative clause whose verb's object is the noun before
/// "that" are what the clause says of that noun; they give no view.
#[test]
fn people_in_a_relative_clause_on_an_object_are_no_source() {
    let text = "The sanctions have sped up precisely the trends that Western strategists feared \
                most.";
    assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    let text = "Western strategists feared that the sanctions would fail.";
    assert!(!anon(text).is_empty(), "{text:?}");
}

/// Session 52 round 2: someone the writer knows and tells of in the first person ("my
/// neighbour") is in the writer's story, not a source the outlet shields; "my sources" stay.
#[test]
fn the_writers_own_neighbour_is_no_source() {
    let text = "My neighbour, for what it is worth, says he will go back if he is called again.";
    assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    let text = "A neighbour says he will go back if he is called again.";
    assert!(!anon(text).is_empty(), "{text:?}");
    let text = "My sources say the minister will go.";
    assert!(!anon(text).is_empty(), "{text:?}");
}

/// Session 52 round 2: a name as one item of a list of things not given is no wish to stay
/// unnamed; a name kept back alone still is.
#[test]
fn a_name_in_a_list_of_things_not_given_is_no_anonymity_clause() {
    let text = "Smith told deputies he had bought the boat from a man for $500 but could not \
                provide a name, a receipt or a title.";
    assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
}

/// Session 52 round 2: a letter fronted in the sentence is on the record in the body's name, and
/// its officials together are its voice; a letter the press obtained, or one official, stay.
#[test]
fn officials_reading_out_a_fronted_letter_are_on_the_record() {
    let text = "In a letter read at services on Sunday, diocesan officials said the two schools \
                would merge.";
    assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    let text = "In a letter obtained by the Herald, officials said the two schools would merge.";
    assert_eq!(anon(text), vec!["officials".to_string()]);
    let text = "In a statement for this story, a church official said the two schools would \
                merge.";
    assert_eq!(anon(text), vec!["a church official".to_string()]);
}

/// Session 53: a two-word place name at a sentence's start is one name ("New Jersey"), not a
/// phrase cut at its second capital; a capitalised opening that is no name stays outside.
#[test]
fn a_place_name_opening_the_sentence_is_not_split() {
    let text = "North Dakota officials, who have sued separately, continue to argue that the levy \
                burdens farmers.";
    assert_eq!(anon(text), vec!["North Dakota officials".to_string()]);
    // An ampersand written solid inside a name keeps it whole.
    let text = "\"It will not pass,\" one R&B lawmaker said.";
    assert_eq!(anon(text), vec!["one R&B lawmaker".to_string()]);
    let text = "Danish officials said the ferry would run again in May.";
    assert_eq!(anon(text), vec!["officials".to_string()]);
    let text = "Citing Danish officials briefed on the talks, the paper said the ferry would run.";
    assert_eq!(
        anon(text),
        vec!["Danish officials briefed on the talks".to_string()]
    );
}

/// Session 53: a plural group after a singular article is not that article's noun ("a bold
/// reform supporters say"); the group alone says.
#[test]
fn the_noun_before_a_vague_group_is_not_part_of_it() {
    let text = "The board approved the merger, a bold reform supporters say will cut costs.";
    assert_eq!(anon(text), vec!["supporters say".to_string()]);
    let text = "Jobless claims rose to 5 percent, a level economists say is worrying.";
    assert_eq!(anon(text), vec!["economists say".to_string()]);
}

/// Session 53: members a granted source reports on, counted vaguely ("some members had
/// pushed"), are what the source tells about; the source keeps the flag.
#[test]
fn members_a_granted_source_tells_about_are_no_source() {
    let text = "A delegate from one of the big exporters, speaking on condition of anonymity \
                because the talks are private, said some members had pushed for a longer pause.";
    assert!(
        !anon(text).iter().any(|f| f.contains("members")),
        "{:?}",
        anon(text)
    );
}

/// Session 53: rumours said only to have gone round, with no claim ("that …"), source nothing;
/// "official" before "reports" names documents, not a person.
#[test]
fn rumours_without_content_and_official_reports_are_no_sources() {
    let text = "The bakery has cut hours twice this year, and rumors had been circulating for \
                weeks.";
    assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    let text = "Rumours had been circulating for weeks that the bakery would close.";
    assert!(!anon(text).is_empty(), "{text:?}");
    let text = "A spokesperson said plays could reach people that official reports never would.";
    assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
}

/// Session 53: a group arguing "over" or "about" something is a debate named as a topic; no
/// claim is sourced to it. "Economists have argued that …" stays.
#[test]
fn a_debate_as_topic_is_no_vague_source() {
    let text = "A fixed rule would help. Economists have argued over the details of such rules \
                for decades, and no rule is perfect.";
    assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    let text = "Economists have argued that such rules fail.";
    assert_eq!(anon(text), vec!["Economists have argued".to_string()]);
}

/// Session 53: a representative "of the" body speaks for it whatever modifiers or possessive
/// stand before the body's kind or name in that definite phrase; a representative of people
/// who are no body stays a source.
#[test]
fn a_representative_of_a_body_named_inside_its_phrase_speaks_for_it() {
    let text = "A representative of the local Rotary Club branch said the fair would go ahead.";
    assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    let text = "A representative of the marina's harbour board said the pier would reopen.";
    assert!(anon(text).is_empty(), "{text:?}: {:?}", anon(text));
    let text = "A representative of the stall holders said the rent rise was unfair.";
    assert_eq!(anon(text), vec!["A representative".to_string()]);
    // A nationality before a noun is no body's name.
    let text = "A representative of the Chilean growers said the rent rise was unfair.";
    assert_eq!(anon(text), vec!["A representative".to_string()]);
}
