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
