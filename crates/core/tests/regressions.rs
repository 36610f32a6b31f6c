//! Behaviour fixed while tuning the lists and rules against human annotations (issue 3). Every
//! sentence here is written for this file; none comes from an evaluation set.

use slant_core::{analyze, Category, Flag, Report, Voice};

fn flags(r: &Report, cat: Category) -> Vec<&Flag> {
    r.flags.iter().filter(|f| f.category == cat).collect()
}

fn loaded_texts(text: &str) -> Vec<String> {
    let r = analyze(text).unwrap();
    flags(&r, Category::LoadedLanguage)
        .iter()
        .map(|f| f.text.to_lowercase())
        .collect()
}

fn first_sentence_attributed(text: &str) -> bool {
    analyze(text).unwrap().sentences[0].attributed
}

#[test]
fn beliefs_wishes_and_findings_attribute_a_sentence() {
    for s in [
        "Many farmers believe the new levy is a disaster.",
        "The mayor wants a second bridge over the river.",
        "A survey of teachers shows support for shorter terms.",
        "The union fears that the plant will close.",
    ] {
        assert!(first_sentence_attributed(s), "{s:?} should be attributed");
        let r = analyze(s).unwrap();
        assert!(
            flags(&r, Category::UnattributedAssertion).is_empty(),
            "{s:?} reports a view and is no unattributed assertion"
        );
    }
}

#[test]
fn speech_nouns_and_a_speaker_colon_attribute_a_sentence() {
    assert!(first_sentence_attributed(
        "In a statement, the ferry company apologised for the delays."
    ));
    assert!(first_sentence_attributed(
        "Okafor: The harbour plan is a disaster for fishermen."
    ));
    assert!(first_sentence_attributed(
        "The notice was short: \"We are closed until spring.\""
    ));
}

#[test]
fn plain_facts_stay_unattributed_and_unflagged() {
    let s = "The ferry leaves the harbour at nine and returns at noon.";
    assert!(!first_sentence_attributed(s));
    assert!(analyze(s).unwrap().flags.is_empty());
}

#[test]
fn look_alike_contexts_do_not_fire() {
    for s in [
        "She hosts a late-night talk show on local radio.",
        "The think tank published its annual report.",
        "The village lies on the east bank of the river.",
        "The bus was supposed to arrive at noon.",
        "The storm claimed the lives of two sailors.",
    ] {
        assert!(loaded_texts(s).is_empty(), "{s:?}: {:?}", loaded_texts(s));
    }
    assert!(!first_sentence_attributed(
        "She hosts a late-night talk show on local radio."
    ));
}

#[test]
fn families_fire_in_their_inflected_forms() {
    assert_eq!(
        loaded_texts("Rents skyrocketed while the council bungled the reform."),
        vec!["skyrocketed", "bungled"]
    );
    assert_eq!(
        loaded_texts("The senator slammed the bill and boasted about her record."),
        vec!["slammed", "boasted"]
    );
}

#[test]
fn a_label_someone_applies_is_attributed() {
    let r = analyze("Opponents called the reform a disaster for pensioners.").unwrap();
    let f = flags(&r, Category::LoadedLanguage);
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].text, "disaster");
    assert_eq!(f[0].voice, Voice::Attributed);
    assert!(r.sentences[0].attributed);
}

#[test]
fn intensifiers_alone_do_not_make_an_assertion() {
    // 'dramatically' is editorializing of weight < 1: flagged, but no unattributed assertion.
    // (Not "rose dramatically": beside a word of change it measures and is not flagged.)
    let r = analyze("The senator dramatically stormed out of the hearing.").unwrap();
    assert_eq!(flags(&r, Category::LoadedLanguage).len(), 1);
    assert!(flags(&r, Category::UnattributedAssertion).is_empty());
    // A strong judgement in the outlet's voice does.
    let r = analyze("The council's plan is a shameful betrayal of tenants.").unwrap();
    assert_eq!(flags(&r, Category::UnattributedAssertion).len(), 1);
}

#[test]
fn anonymity_clauses_are_flagged_merged_and_linked() {
    let t = "A senior diplomat said the talks had stalled, speaking on condition of anonymity because he was not authorized to discuss them.";
    let r = analyze(t).unwrap();
    let anon = flags(&r, Category::AnonymousSource);
    let src: Vec<_> = anon.iter().filter(|f| f.kind == "unnamed_source").collect();
    let cl: Vec<_> = anon
        .iter()
        .filter(|f| f.kind == "anonymity_clause")
        .collect();
    assert_eq!(src.len(), 1, "{anon:?}");
    assert_eq!(src[0].text, "A senior diplomat");
    assert_eq!(cl.len(), 1, "one grant, one flag: {anon:?}");
    assert!(cl[0].text.starts_with("on condition of anonymity"));
    assert!(cl[0].text.contains("not authorized to"), "{}", cl[0].text);
    assert_eq!(
        cl[0].linked.as_ref().map(|l| l.text.as_str()),
        Some("A senior diplomat")
    );
    for s in [
        "The engineer, who asked not to be named, said the bridge was unsafe.",
        "Two aides, who requested anonymity, said the minister would resign.",
        "The memo was confirmed by an employee who spoke on background.",
    ] {
        let r = analyze(s).unwrap();
        assert!(
            flags(&r, Category::AnonymousSource)
                .iter()
                .any(|f| f.kind == "anonymity_clause"
                    || f.triggers
                        .iter()
                        .any(|t| t.rule.starts_with("anonymity-clauses/"))),
            "{s:?}"
        );
    }
}

#[test]
fn sources_are_heads_that_speak_not_modifiers_objects_or_reported_subjects() {
    for (s, expect) in [
        ("Officials said the port would reopen.", Some("Officials")),
        (
            "The port will reopen next week, said a senior official.",
            Some("a senior official"),
        ),
        (
            "People close to the mayor said she would run again.",
            Some("People close to the mayor"),
        ),
        ("The official figures show a fall in crime.", None),
        ("The mayor told officials that the port would reopen.", None),
        (
            "The mayor said officials will inspect the port on Monday.",
            None,
        ),
        (
            "Port spokeswoman Ana Ruiz said the port would reopen.",
            None,
        ),
        // The object of a verb is no source, even with a determiner.
        (
            "Two men were charged with striking an officer and refusing to leave.",
            None,
        ),
        (
            "It is the one port Navy officials say could close.",
            Some("Navy officials"),
        ),
        (
            "The mayor offered a deal to the party officials in his remarks.",
            None,
        ),
        (
            "Even some allies questioned the mayor's plan.",
            Some("some allies"),
        ),
    ] {
        let r = analyze(s).unwrap();
        let got: Vec<&str> = flags(&r, Category::AnonymousSource)
            .iter()
            .filter(|f| f.kind == "unnamed_source")
            .map(|f| f.text.as_str())
            .collect();
        match expect {
            Some(e) => assert!(got.iter().any(|g| g.starts_with(e)), "{s:?}: {got:?}"),
            None => assert!(got.is_empty(), "{s:?}: {got:?}"),
        }
    }
}

#[test]
fn vague_attributions_are_flagged() {
    for s in [
        "The minister reportedly offered to resign.",
        "Some experts say the dam is too old.",
        "The reform is widely seen as a failure.",
    ] {
        let r = analyze(s).unwrap();
        assert!(
            flags(&r, Category::AnonymousSource)
                .iter()
                .any(|f| f.kind == "vague_attribution"),
            "{s:?}"
        );
    }
}

#[test]
fn a_pronoun_sentence_after_a_report_continues_it() {
    let t = "The mayor said the ferry plan had failed. She is furious about a shameful waste of public money.";
    let r = analyze(t).unwrap();
    assert!(!r.sentences[1].attributed);
    assert!(flags(&r, Category::UnattributedAssertion).is_empty());
    // Without the report before it, the same judgement is the outlet's.
    let r = analyze("The ferry contract is a disgrace and a scandal.").unwrap();
    assert_eq!(flags(&r, Category::UnattributedAssertion).len(), 1);
}

#[test]
fn a_quoted_clause_or_a_signed_off_sentence_is_reported_speech() {
    let r =
        analyze("The sign on the gate promised \"we will open again in the spring\" to visitors.")
            .unwrap();
    assert!(r.sentences[0].attributed);
    // A scare-quoted word does not attribute the sentence.
    let r = analyze("The \"reform\" raised fares for everyone.").unwrap();
    assert!(!r.sentences[0].attributed);
    let r = analyze("The harbour deal is a shameful waste. ― Jane Roe").unwrap();
    assert_eq!(r.sentences.len(), 1, "the sign-off stays with its sentence");
    assert!(r.sentences[0].attributed);
    assert!(r
        .flags
        .iter()
        .all(|f| f.category != Category::UnattributedAssertion));
}

#[test]
fn a_source_named_in_apposition_after_its_phrase_is_not_anonymous() {
    let r = analyze("A spokesman for the port authority, Leon Marsh, said the fares would rise.")
        .unwrap();
    assert!(
        !r.flags
            .iter()
            .any(|f| f.category == Category::AnonymousSource),
        "{:?}",
        r.flags
    );
    // A place in apposition is not a name: the official stays unnamed.
    let r = analyze("An official in the capital, Vellen, said the fares would rise.").unwrap();
    assert!(
        r.flags
            .iter()
            .any(|f| f.category == Category::AnonymousSource && f.text == "An official"),
        "{:?}",
        r.flags
    );
}

#[test]
fn sources_inside_an_organisation_are_anonymous() {
    let r = analyze("Sources inside the ministry revealed that the audit was shelved.").unwrap();
    assert!(
        r.flags
            .iter()
            .any(|f| f.category == Category::AnonymousSource && f.text == "Sources"),
        "{:?}",
        r.flags
    );
}

#[test]
fn talk_persuasion_positions_and_evidence_attribute_a_sentence() {
    for s in [
        "The candidate talked with farmers about water rights.",
        "Her campaign is trying to persuade older voters.",
        "The council has made it clear that the depot will stay.",
        "The governor cast herself as a careful steward of the budget.",
        "Supporters of the levy filled the town hall.",
        "Residents are divided over whether the bridge should be rebuilt.",
        "There is little evidence that the curfew reduced crime.",
        "A survey released on Monday put the mayor well ahead.",
        "That sounds like a tax on pensioners.",
        "The mayor laid out her plan for the harbour.",
        "The airline is looking to cut its Sunday flights.",
        "The union is supportive of the new rota.",
    ] {
        assert!(first_sentence_attributed(s), "{s:?} should be attributed");
    }
    for s in [
        "The ferry company, which identifies itself as a cooperative, is a disgrace.",
        "The host of the talk show left the station in March.",
        "He was released from custody on Friday.",
    ] {
        assert!(
            !first_sentence_attributed(s),
            "{s:?} should not be attributed"
        );
    }
}

#[test]
fn page_furniture_before_a_colon_is_no_speaker() {
    for s in [
        "Contributing: Ana Ruiz.",
        "Source: Harbour Authority.",
        "CORRECTION:",
    ] {
        assert!(
            !first_sentence_attributed(s),
            "{s:?} should not be attributed"
        );
    }
    assert!(first_sentence_attributed("Okafor: The levy will pass."));
}

#[test]
fn a_short_fragment_after_a_name_and_colon_is_a_subhead() {
    // A guide's subhead names a candidate and what they need ("Okafor: Finish second."): three
    // words or fewer after the colon say nothing anyone said, unless quoted.
    for s in [
        "Okafor: Finish second.",
        "Ruiz: A late surge.",
        "Diaz: Now or never.",
    ] {
        assert!(
            !first_sentence_attributed(s),
            "{s:?} should not be attributed"
        );
    }
    for s in ["Okafor: We will finish second.", "Ruiz: 'No deal.'"] {
        assert!(first_sentence_attributed(s), "{s:?} should be attributed");
    }
    // A transcript's one-letter answer label is speech however short.
    assert!(first_sentence_attributed("A: Totally rigged."));
}

#[test]
fn people_who_gave_nothing_are_no_source() {
    // A negation or refusal before the cue: they did not speak.
    for text in [
        "Harbour board officials could not be reached for comment on Tuesday.",
        "A senior aide did not immediately respond to a request for comment.",
        "Ministry officials declined to comment on the tender.",
        "Officials wouldn't say when the bridge would reopen.",
    ] {
        let r = analyze(text).unwrap();
        assert!(
            flags(&r, Category::AnonymousSource).is_empty(),
            "{text}: {:?}",
            flags(&r, Category::AnonymousSource)
        );
    }
    // They still are when they speak, even after declining to be named.
    for text in [
        "Two officials said the bridge would reopen in May.",
        "A senior aide, who declined to be named, said the vote was delayed.",
    ] {
        let r = analyze(text).unwrap();
        assert!(!flags(&r, Category::AnonymousSource).is_empty(), "{text}");
    }
}

/// The anonymous-source flags' texts.
fn anonymous_texts(text: &str) -> Vec<String> {
    let r = analyze(text).unwrap();
    flags(&r, Category::AnonymousSource)
        .iter()
        .map(|f| f.text.clone())
        .collect()
}

#[test]
fn people_who_gave_nothing_or_acted_are_not_sources() {
    for s in [
        // Asked for words and gave none.
        "The crane collapsed on Monday. Reporters could not reach harbour officials for comment.",
        "The crane collapsed on Monday. A league representative had no immediate comment.",
        // A conversation held in private is no grant of anonymity.
        "In May, the younger Ruiz spoke privately with council committee staff.",
        // An apposition describes the named person before it.
        "The mayor tried to distance himself from Tomas Brandt, a former campaign aide who has \
         pleaded guilty to fraud.",
        // A predicate says what its subject is.
        "Nadia Orlov has been one of the few senior aides who have spoken out on the port.",
        // Lawmakers acting in public, counted or not.
        "Some harbour lawmakers demanded an apology from the mayor on Friday.",
        "The 40 lawmakers wrote to the port authority on Wednesday in a letter seen by reporters.",
    ] {
        assert_eq!(anonymous_texts(s), Vec::<String>::new(), "{s:?}");
    }
}

#[test]
fn unnamed_people_who_tell_are_still_sources() {
    let t = "In Norway, an official who asked not to be named said the talks had stalled.";
    // One flag over the source and its grant.
    assert!(anonymous_texts(t).contains(&"an official who asked not to be named".to_string()));
    let t = "Two lawmakers said the vote on the port bill would be close.";
    assert!(anonymous_texts(t).contains(&"Two lawmakers".to_string()));
    let t = "Several lawmakers told reporters the vote on the port bill would be close.";
    assert!(anonymous_texts(t).contains(&"Several lawmakers".to_string()));
}

#[test]
fn refusals_inside_a_cue_and_reports_named_next_are_not_sources() {
    for s in [
        "The crane fell. Officials at the port did not respond to requests for comment.",
        "The mayor was hurt by a falling crane, according to media reports. The Harbor Gazette \
         said the crane had been faulty.",
        "The mayor was hurt by a falling crane, according to news reports. KTVX reported the \
         crane had been faulty.",
    ] {
        assert_eq!(anonymous_texts(s), Vec::<String>::new(), "{s:?}");
    }
    // Reports the next sentence does not name stay vague.
    let t = "The mayor was hurt by a falling crane, according to media reports. He said the \
             crane had been faulty.";
    assert_eq!(
        anonymous_texts(t),
        vec!["according to media reports".to_string()]
    );
}

#[test]
fn a_source_phrase_opening_with_an_abbreviation_keeps_it() {
    let t = "The ships sailed. U.S. officials have said privately that an intercept is an option.";
    assert_eq!(anonymous_texts(t)[0], "U.S. officials");
}

#[test]
fn the_lawmakers_point_back_to_a_group_already_named() {
    let t = "Five Democrats on the harbour panel wrote to the mayor on Monday. “The port must \
             reopen,” said the lawmakers.";
    assert_eq!(anonymous_texts(t), Vec::<String>::new());
    // Unnamed lawmakers telling something are still sources.
    let t = "Two lawmakers said the port must reopen.";
    assert_eq!(anonymous_texts(t), vec!["Two lawmakers".to_string()]);
}

#[test]
fn a_lawmaker_named_before_and_described_again_is_not_anonymous() {
    for s in [
        "Representative Ada Quill, a Republican from Ohio, will not run again. The Republican \
         lawmaker said the choice was personal.",
        "Senator Owen Rusk of Vermont voted no. The Vermont lawmaker said the port bill was rushed.",
    ] {
        assert_eq!(anonymous_texts(s), Vec::<String>::new(), "{s:?}");
    }
    // A lawmaker the story introduced without a name stays anonymous when mentioned again.
    let t = "A Republican lawmaker who asked not to be named backed the port bill. The lawmaker \
             said the vote would be close.";
    assert!(anonymous_texts(t).contains(&"The lawmaker".to_string()));
}

#[test]
fn vague_groups_with_a_named_member_or_firm_are_not_anonymous() {
    for s in [
        "Ruiz and other critics say the harbour toll is too high.",
        "Lund and other tax experts said the levy would not survive a court challenge.",
        "Pell Bank analysts said in a research note that port fees would rise.",
    ] {
        assert_eq!(anonymous_texts(s), Vec::<String>::new(), "{s:?}");
    }
    // Unnamed groups stay vague.
    assert_eq!(
        anonymous_texts("Many harbour critics say the toll is too high."),
        vec!["critics say".to_string()]
    );
    assert_eq!(
        anonymous_texts("Some analysts said in a note that port fees would rise."),
        vec!["Some analysts".to_string()]
    );
}

#[test]
fn a_thing_expected_to_do_something_is_a_forecast_not_a_vague_attribution() {
    let t = "The harbour levy starts in May. It is expected to bring in $9 million a year.";
    assert_eq!(anonymous_texts(t), Vec::<String>::new());
    let t = "It is expected that the harbour levy will be dropped.";
    assert_eq!(anonymous_texts(t), vec!["It is expected".to_string()]);
}

#[test]
fn people_the_story_is_about_are_not_sources() {
    for s in [
        // Subjects of an act that is not telling.
        "An obscure harbour board adviser pleaded guilty on Friday to lying to the police.",
        "About 300 former port staffers have signed a letter to the mayor.",
        "Two of his associates who were indicted in May have hired new lawyers.",
        // The other side of a meeting or a relation.
        "The mayor flew to Oslo for a meeting with Norwegian officials on Monday.",
        "Tensions have run high between the mayor and veteran diplomats over the port.",
        // A source noun capitalised inside a sentence is part of a name.
        "The ferry deal was first reported by Harbour Insider on Monday.",
        // Acted upon in a reduced passive, not telling.
        "HARBOURTON (Reuters) - A former port official criticized for being the author of the tender rules \
         was confirmed on Monday.",
        // Questioning people is an act.
        "The paper said that police agents asked three dockers about a meeting in May.",
        // The other side of a meeting, even when the text calls them unnamed.
        "The aide proposed a quiet meeting with unnamed Danish officials, the filings show.",
        // The whole of a named group names each member.
        "In a letter on Monday, all 12 Labour members of the harbour board told the mayor they \
         would vote no.",
    ] {
        assert_eq!(anonymous_texts(s), Vec::<String>::new(), "{s:?}");
    }
    // People who tell are still sources, acts in a relative clause notwithstanding.
    let t = "Two aides who met the mayor on Monday said the port would reopen.";
    assert_eq!(anonymous_texts(t), vec!["Two aides".to_string()]);
    let t = "Even some allies questioned why the port fund had not been audited.";
    assert_eq!(anonymous_texts(t), vec!["some allies".to_string()]);
}

#[test]
fn an_addressee_or_a_source_not_given_is_no_source() {
    // Who was told receives the information.
    let t = "The mayor is uneasy about the vote, recently telling one person close to her that \
             she fears a defeat.";
    assert_eq!(anonymous_texts(t), Vec::<String>::new());
    // A source the text says was not cited.
    let t = "The mayor never cited a source for his claim that the quay was unsafe.";
    assert_eq!(anonymous_texts(t), Vec::<String>::new());
    // Cited, it is a source.
    let t = "The paper reported the quay was unsafe, citing a source close to the board.";
    assert_eq!(
        anonymous_texts(t),
        vec!["a source close to the board".to_string()]
    );
}

#[test]
fn a_predicate_describes_its_subject_and_is_no_source() {
    // The grant of anonymity belongs to the sentence's source, not to its predicate.
    let t = "A U.S. port official, speaking on the condition of anonymity, said Lind was the same \
             Coastguard employee who had been identified in press reports.";
    let flags = anonymous_texts(t);
    assert!(flags.iter().any(|f| f.contains("anonymity")), "{flags:?}");
    assert!(!flags.iter().any(|f| f.contains("employee")), "{flags:?}");
}

#[test]
fn a_representative_of_a_named_body_is_on_the_record() {
    for s in [
        "A Harbor Authority representative said the pier would reopen in May.",
        "A representative for Acme Mills said the plant would close.",
    ] {
        assert!(
            anonymous_texts(s).is_empty(),
            "{s:?}: {:?}",
            anonymous_texts(s)
        );
    }
    // A nationality or a generic body names no one who answers for the words.
    for s in [
        "A Danish representative said the talks were useful.",
        "A government representative said the talks were useful.",
    ] {
        assert_eq!(anonymous_texts(s).len(), 1, "{s:?}");
    }
}

#[test]
fn the_two_officials_after_named_leaders_point_back_to_them() {
    let s = "Mayor Ann Lee met Governor Tom Hale on Monday. The two officials said the bridge \
             would be rebuilt.";
    assert!(anonymous_texts(s).is_empty(), "{:?}", anonymous_texts(s));
    // Introduced unnamed, they stay anonymous when the story points back to them.
    let s = "Two officials said the bridge would be rebuilt. The two officials said work would \
             start in May.";
    assert_eq!(anonymous_texts(s).len(), 2, "{:?}", anonymous_texts(s));
}

#[test]
fn people_acted_upon_or_acting_are_no_source() {
    let s =
        "The minister sought to reassure Danish diplomats posted abroad that the plan was sound.";
    assert!(
        anonymous_texts(s).is_empty(),
        "{s:?}: {:?}",
        anonymous_texts(s)
    );
    // Telling something, they are sources again.
    let s = "Danish officials said the plan was sound.";
    assert_eq!(anonymous_texts(s).len(), 1, "{s:?}");
}

#[test]
fn officials_who_act_or_are_named_as_a_group_are_no_source() {
    for s in [
        "Top city officials are reviewing Lee's report and may seek changes.",
        "The plan relies on evidence gathered by Danish officials in 2016.",
        "Many Republican officials in Ohio, including Governor Ann Lee, say they will vote for him.",
        "Officials from the Harbor Authority will testify at the hearing on Thursday.",
        "The memo came from a person who had discussions with Harbor Board and city officials \
         involved in the deal.",
    ] {
        assert!(
            anonymous_texts(s).is_empty(),
            "{s:?}: {:?}",
            anonymous_texts(s)
        );
    }
}

#[test]
fn unnamed_people_who_act_or_are_acted_upon_are_not_sources() {
    for text in [
        // Urging, demanding, calling for: acts, not telling.
        "Some advisers from outside the council have urged the mayor to sell the port.",
        "Two aides demanded a recount of the ballots in Dover.",
        "Senior officials have called for a review of the ferry contract.",
        // Reduced passives with an infinitive: what was done to them.
        "Two officials alleged to be corrupt will stand trial.",
    ] {
        assert!(anonymous_texts(text).is_empty(), "{text:?}");
    }
    // Telling, and telling an audience, still source the sentence.
    for (text, phrase) in [
        ("Two aides said the mayor would sell the port.", "Two aides"),
        (
            "Two government officials confirmed to reporters that the ferry was late.",
            "Two government officials",
        ),
        (
            "The port will stay open, two aides told reporters.",
            "two aides",
        ),
    ] {
        assert_eq!(anonymous_texts(text), vec![phrase.to_string()], "{text:?}");
    }
}

#[test]
fn a_definite_mention_of_someone_named_earlier_is_not_anonymous() {
    let text = "Ann Marlow, a senior harbour official, opened the pier on Monday. \
                The official said the ferry would run all winter.";
    assert!(anonymous_texts(text).is_empty(), "{text:?}");
    let text = "The harbour was closed on Monday, a senior official said. \
                The official said the ferry would run all winter.";
    assert_eq!(anonymous_texts(text).len(), 2, "{text:?}");
    // A name that opens a sentence before the phrase's own cue does not name it.
    let text = "In Dover Harbour, a senior official said the pier was shut. \
                The official added that the ferry would run all winter.";
    assert_eq!(anonymous_texts(text).len(), 2, "{text:?}");
}

#[test]
fn a_bare_group_that_says_nothing_is_not_a_vague_attribution() {
    assert!(anonymous_texts("The bridge opened in May. Some critics remain.").is_empty());
    assert_eq!(
        anonymous_texts("The bridge opened in May. Some critics doubt it will last."),
        vec!["Some critics".to_string()]
    );
    assert_eq!(
        anonymous_texts("The bridge will last, according to some experts."),
        vec!["some experts".to_string()]
    );
}

#[test]
fn a_quoted_grant_of_anonymity_is_the_speakers_words() {
    let text = "He wrote about a possible \"off the record\" meeting with Russian officials, \
                urging them to come.";
    assert!(
        !anonymous_texts(text).contains(&"Russian officials".to_string()),
        "{text:?}"
    );
}

#[test]
fn people_spoken_of_in_the_passive_or_described_beside_a_name_are_not_sources() {
    for text in [
        // A cue in the passive speaks of them or to them.
        "Two aides were told by the mayor to leave the pier.",
        // The second of two descriptions in apposition to a name.
        "The plan was criticised by Ann Roe, a banker and former Treasury official who has \
         suggested the pier is too costly.",
    ] {
        assert!(anonymous_texts(text).is_empty(), "{text:?}");
    }
}

#[test]
fn people_named_in_the_same_role_right_after_are_no_anonymous_source() {
    for s in [
        // A title names a lawmaker in the next sentence.
        "Two lawmakers said the harbour bill would pass on Friday. Senator Ann Lee, who leads \
         the committee, told reporters the vote was set.",
        // A role noun in apposition to a name, in a quotation's attribution.
        "An aide said the mayor would veto the plan. \"The veto is ready,\" said Maria Lopez, a \
         senior aide to the mayor.",
        // Vague commentators with one of them quoted by name.
        "Some economists said the rate rise came too soon. \"It was premature,\" said Ann Roe, \
         an economist at Pell Bank.",
        // A role noun before the name.
        "A senior official said the ferry would resume on Monday. Senior official Tom Reyes said \
         the crews were ready.",
    ] {
        assert!(
            anonymous_texts(s).is_empty(),
            "{s:?}: the people are named at once, got {:?}",
            anonymous_texts(s)
        );
    }
}

#[test]
fn people_named_elsewhere_stay_anonymous_when_granted_far_or_other() {
    for (s, want) in [
        // The text grants anonymity: the named aide is someone else.
        (
            "An aide, who asked not to be named, said the mayor would veto the plan. Aide \
             Maria Lopez said the veto was not ready.",
            "An aide",
        ),
        // Two sentences on: as often someone else.
        (
            "An aide said the mayor would veto the plan. The council met on Monday. \"It is \
             ready,\" said Maria Lopez, a senior aide to the mayor.",
            "An aide",
        ),
        // The named lawmaker is spoken to, not telling.
        (
            "Two lawmakers said the vote was delayed. The mayor said she had written to \
             Senator Ann Roe about it.",
            "Two lawmakers",
        ),
        // "Another" is not the one named.
        (
            "Another official said the bridge would close. City official Tom Reyes said the \
             crews were ready.",
            "Another official",
        ),
    ] {
        let got = anonymous_texts(s);
        assert!(
            // A grant attached to the source is part of its flag.
            got.iter().any(|t| t.starts_with(want)),
            "{s:?}: {want:?} should stay flagged, got {got:?}"
        );
    }
}

#[test]
fn sourcing_inside_an_embedded_post_is_the_posters() {
    let s = "The mayor shared a post: <tweet author=\"@roe\">Officials reportedly want a second \
             bridge.</tweet> A senior official said the bridge would cost more.";
    let got = anonymous_texts(s);
    assert_eq!(
        got,
        ["A senior official"],
        "only the outlet's own sourcing: {got:?}"
    );
}

#[test]
fn media_reports_whose_outlets_are_named_next_are_not_anonymous() {
    for s in [
        "Media reports said the harbour master would resign. The Westport Herald and the Coast \
         Gazette reported that he had told his staff.",
        "Local media reported that the ferry ran aground near the pier. The Dunmore Times said \
         no one was hurt.",
        "The harbour master will resign, according to media reports. The Ferry Post reported on \
         Sunday that he had told his staff.",
        "State media said the talks would resume on Monday, the official Kestrel news agency \
         said.",
    ] {
        let got = anonymous_texts(s);
        assert!(got.is_empty(), "{s:?}: the outlets are named, got {got:?}");
    }
    // No outlet named, someone else telling, or an outlet only spoken of: they stay.
    for (s, want) in [
        (
            "Media reports said the harbour master would resign. He declined to comment.",
            "reports said",
        ),
        (
            "Media reports said the harbour master would resign. The mayor said she had not \
             been told.",
            "reports said",
        ),
        (
            "Media reports said the harbour master would resign. He once wrote for the Coast \
             Gazette.",
            "reports said",
        ),
    ] {
        let got = anonymous_texts(s);
        assert!(
            got.iter().any(|t| t.contains(want)),
            "{s:?}: {want:?} should stay flagged, got {got:?}"
        );
    }
}

#[test]
fn a_side_that_acts_in_the_story_is_no_source() {
    for s in [
        // Joined to a named party as one subject that denies or talks.
        "Mayor Ruiz and Harbour Board officials have denied the claims about the pier.",
        "The Port Authority and former Harbour Board officials dismissed the report as gossip.",
        "The officials and Ruiz also talk about the ferry in the recording.",
        // A named person's allies taking their stand.
        "Some Ruiz allies have accused the inquiry of bias against the mayor.",
        "Ruiz's loyalists questioned the timing of the audit.",
    ] {
        let got = anonymous_texts(s);
        assert!(got.is_empty(), "{s:?}: a side acting, got {got:?}");
    }
    // Telling, or saying how they know, they are sources again.
    for (s, want) in [
        (
            "Mayor Ruiz and Harbour Board officials said the pier would reopen.",
            "officials",
        ),
        (
            "Some Ruiz allies said the mayor would not run again.",
            "allies",
        ),
        (
            "Current and former Westport and state officials familiar with the talks said the \
             deal was close.",
            "familiar with",
        ),
    ] {
        let got = anonymous_texts(s);
        assert!(
            got.iter().any(|t| t.contains(want)),
            "{s:?}: {want:?} should stay flagged, got {got:?}"
        );
    }
}

#[test]
fn an_anonymity_clause_attached_to_its_source_is_one_flag() {
    for (t, whole) in [
        (
            "A senior official, who requested anonymity, said the dam was leaking.",
            "A senior official, who requested anonymity",
        ),
        (
            "Speaking on condition of anonymity, an aide said the vote would slip.",
            "on condition of anonymity, an aide",
        ),
        (
            "The ferry was late again, said a senior official who spoke on condition of anonymity.",
            "a senior official who spoke on condition of anonymity",
        ),
    ] {
        let r = analyze(t).unwrap();
        let anon = flags(&r, Category::AnonymousSource);
        assert_eq!(anon.len(), 1, "{t}: {anon:?}");
        assert_eq!(anon[0].text, whole, "{t}");
        assert_eq!(anon[0].kind, "unnamed_source", "{t}");
    }
    // Joined by more than the grant's own verb: two flags, linked.
    let t = "The radio quoted a senior official as saying on condition of anonymity that the port would close.";
    let r = analyze(t).unwrap();
    assert_eq!(flags(&r, Category::AnonymousSource).len(), 2, "{t}");
}

#[test]
fn unnamed_people_a_named_speaker_reports_are_its_sourcing() {
    for t in [
        "Mayor Ruth Alder noted that experts say the bridge is unsafe.",
        "The Gazette cited people familiar with the plan.",
    ] {
        let r = analyze(t).unwrap();
        assert!(
            flags(&r, Category::AnonymousSource).is_empty(),
            "{t}: {:?}",
            r.flags
        );
    }
    for t in [
        // Marked anonymous whoever relays it.
        "The Gazette reported that an anonymous source had seen the memo.",
        // A clause of the writer's after a comma, not what the mayor said.
        "The mayor said the bridge was safe, but some analysts say it is not.",
        // The speaker is itself unnamed.
        "A senior official said that other officials believe the plan will fail.",
    ] {
        let r = analyze(t).unwrap();
        assert!(!flags(&r, Category::AnonymousSource).is_empty(), "{t}");
    }
}

// Session 13, anonymous sources.

#[test]
fn modifiers_the_list_lacks_stay_inside_a_telling_source() {
    // Nouns used as modifiers between a determiner and the source noun, in a phrase that tells.
    let t = "The harbour board opened an inquiry, according to a senior port enforcement official.";
    assert_eq!(
        anonymous_texts(t),
        vec!["a senior port enforcement official"]
    );
    let t = "“There is no advantage,” said one unaligned Ohio Republican strategist.";
    assert_eq!(
        anonymous_texts(t),
        vec!["one unaligned Ohio Republican strategist"]
    );
    let t = "The plan, an inside source said, is to hand out copies at the ferry.";
    assert_eq!(anonymous_texts(t), vec!["an inside source"]);
    // The longer run does not make people the story is about into sources.
    for s in [
        "The mayor quit after two female staffers complained about his conduct.",
        "She said numerous staff members, both men and women, had been mistreated.",
        "Within a week officials met the ferry operators.",
    ] {
        assert_eq!(anonymous_texts(s), Vec::<String>::new(), "{s:?}");
    }
}

#[test]
fn a_person_is_a_source_only_next_to_a_cue() {
    let t = "The ferry will be sold, a source close to the board said. The person said the price \
             was set.";
    assert_eq!(
        anonymous_texts(t),
        vec!["a source close to the board", "The person"]
    );
    let t = "The vote was delayed, according to a person who attended the meeting.";
    assert_eq!(anonymous_texts(t), vec!["a person"]);
    let t = "“We are done,” said one person with close ties to the harbour board.";
    assert_eq!(
        anonymous_texts(t),
        vec!["one person with close ties to the harbour board"]
    );
    for s in [
        "The club deleted the post after the person who wrote it was condemned.",
        "Her choice as the magazine's person of the year drew praise from the editors.",
        "The person responsible will be charged, police said.",
    ] {
        assert_eq!(anonymous_texts(s), Vec::<String>::new(), "{s:?}");
    }
}

#[test]
fn an_outlets_witness_and_a_wish_for_anonymity_are_no_shielded_source() {
    for s in [
        "The mayor left city hall at dawn, according to a Harbor Gazette witness.",
        "The port bill must respect the wishes of victims who want to remain anonymous.",
    ] {
        assert_eq!(anonymous_texts(s), Vec::<String>::new(), "{s:?}");
    }
    // A nationality is no body; a wish beside a source telling is a grant.
    let t = "A Norwegian witness said the ferry did not stop.";
    assert_eq!(anonymous_texts(t), vec!["A Norwegian witness"]);
    let t = "The ferry was late again, said a nurse who wished to remain anonymous.";
    assert_eq!(anonymous_texts(t), vec!["remain anonymous"]);
}

#[test]
fn a_plural_with_noun_modifiers_opening_its_clause_tells() {
    let t = "The ferry vote was a tie, harbour election officials said.";
    assert_eq!(anonymous_texts(t), vec!["harbour election officials"]);
    let t = "According to port enforcement officials, the crane was faulty.";
    assert_eq!(anonymous_texts(t), vec!["port enforcement officials"]);
    // A conjunction opens no phrase: "though officials" is "officials".
    let t = "The mayor extended the permit, though officials said it could end.";
    assert_eq!(anonymous_texts(t), vec!["officials"]);
}

#[test]
fn a_modifier_run_from_the_texts_first_word_does_not_look_before_it() {
    // The fuzz harness found this: "to" as the first token before the run made the rule read
    // the token before the text's start (an integer underflow, a panic in debug builds).
    for t in [
        "to election officials said",
        "To harbour officials said so.",
    ] {
        let _ = anonymous_texts(t);
    }
}

#[test]
fn lets_is_an_exhortation_not_the_verb_let() {
    // "Let's" keeps its "'s" (it is "let us", not a possessive), so "Let's go" is not "let go".
    for s in [
        "Fans chanted \"Let's go\" as the team ran out.",
        "\"Let's go home,\" the coach told her players.",
    ] {
        assert!(!loaded_texts(s).iter().any(|t| t.contains("go")), "{s:?}");
    }
    assert!(loaded_texts("The company let go 40 workers last month.")
        .iter()
        .any(|t| t == "let go"));
}
