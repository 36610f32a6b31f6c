//! Session 14: unnamed-looking people the reader can in fact identify (the one holder of a post,
//! the representative of the body the story is about, former officials named right after).
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
        vec!["Sources close to".to_string()]
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
