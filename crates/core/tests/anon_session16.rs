//! Session 16 (issue 10): unnamed-looking people and agentless reports the reader can in fact
//! place: a principal's representative, a questioner at a hearing, a finding the sentence says
//! where it came out, an item of a list under someone else's cue.
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
