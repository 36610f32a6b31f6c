//! Session 27 (issue 10): anonymous-source flags that are wrong on wire copy. A counted group
//! named next by as many people who speak, people asked by investigators, and a feeling about a
//! topic are no anonymous sources; the same shapes that do source stay flagged. Sentences are the
//! project's own.

use slant_core::{analyze, confidence::DEFAULT_MIN_CONFIDENCE, Category};

fn flagged(text: &str) -> bool {
    analyze(text)
        .unwrap()
        .flags
        .iter()
        .any(|f| f.category == Category::AnonymousSource && f.confidence >= DEFAULT_MIN_CONFIDENCE)
}

#[test]
fn counted_group_named_next_is_no_source() {
    for t in [
        "Two retired diplomats said the plan was flawed. Mark Hale and Susan Ortiz wrote in a letter to the committee that it ignored supply lines.",
        "Two retired diplomats said the plan was flawed; Mark Hale and Susan Ortiz wrote in a letter that it ignored supply lines.",
        "Three former aides said the mayor knew. Ann Lee, Bo Roe and Cy Dunn told the council she had been warned.",
    ] {
        assert!(!flagged(t), "{t}");
    }
    for t in [
        // One name for two people, or names that do not speak: someone else.
        "Two retired diplomats said the plan was flawed. Mark Hale wrote in a letter that it ignored supply lines.",
        "Two retired diplomats said the plan was flawed. Mark Hale and Susan Ortiz were not at the meeting.",
        "Two retired diplomats said the plan was flawed. Mark Hale and Susan Ortiz, who drafted it, have not commented.",
    ] {
        assert!(flagged(t), "{t}");
    }
}

#[test]
fn people_asked_are_no_source() {
    for t in [
        "People with ties to the campaign were interviewed by investigators last month.",
        "Other people with ties to the firm were questioned by police on Friday.",
    ] {
        assert!(!flagged(t), "{t}");
    }
    // A cue of their own, or someone else's, still sources the sentence.
    assert!(flagged(
        "People with ties to the campaign said the donor had been interviewed by investigators."
    ));
    assert!(flagged(
        "People familiar with the talks said the deal would be signed on Friday."
    ));
}

#[test]
fn feeling_about_a_topic_is_no_claim() {
    for t in [
        "The council voted to close the library. Others worried about the cost and left early.",
        "Many worried about rising rents in the city.",
    ] {
        assert!(!flagged(t), "{t}");
    }
    for t in [
        "Others worried that the cost would soar.",
        "Others feared the merger would collapse.",
    ] {
        assert!(flagged(t), "{t}");
    }
}

#[test]
fn a_record_relays_its_own_unnamed_people() {
    for t in [
        "The court documents said an unidentified aide had advised Hale in May.",
        "The indictment says an unnamed official arranged the meeting.",
    ] {
        assert!(!flagged(t), "{t}");
    }
    // Unnamed people who relay are no record: the aide is flagged too.
    let t = "Two senior officials said an unidentified aide had advised Hale in May.";
    assert!(analyze(t).unwrap().flags.iter().any(|f| {
        f.category == Category::AnonymousSource && t[f.start..f.end].contains("aide")
    }));
}

#[test]
fn a_named_speakers_own_informant_is_theirs() {
    assert!(!flagged(
        "Hale said he had relied on an unnamed source inside the ministry."
    ));
    // A clause not about the speaker keeps the distance rule: still flagged.
    assert!(flagged(
        "Hale said the ministry had long relied on an unnamed source for its figures."
    ));
}

#[test]
fn speech_ordered_is_not_given() {
    for t in [
        "Officials were instructed to tell residents to leave.",
        "Officials were ordered to tell staff about the cuts.",
    ] {
        assert!(!flagged(t), "{t}");
    }
    assert!(flagged("Officials told residents the dam was safe."));
}

#[test]
fn a_closing_speakers_own_informant_is_theirs() {
    assert!(!flagged(
        "An unidentified source had shown him the documents, Hale told the committee."
    ));
    // Not acting on or telling the speaker: still flagged.
    assert!(flagged(
        "An unidentified source had shown the documents to investigators, Hale told the committee."
    ));
}
