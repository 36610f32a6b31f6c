//! Session 19: unnamed people or reports that are not the outlet's anonymous source: reports
//! someone in the story passes on, people a definite phrase names in apposition right after, and
//! a named person's own unidentified source. Every sentence here is written for this file.

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
    // Named only in a sentence where they do not speak: the rule for telling stays.
    let text =
        "Two retired diplomats said the talks would fail. The diplomats, Ann Lee and Bo Roe, \
                served in Seoul.";
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
