//! Session 34 (issue 10): an unnamed source informs; unnamed people who act in public are no
//! source the outlet shields: a directive to the public ("told residents to leave") is an act in
//! the story, not information for the reporter. A plural source phrase of compound nouns opening
//! the sentence ("Law enforcement officials said") is a source like any other. Sentences are the
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
fn sources_that_inform_are_flagged() {
    let probes = [
        "Two officials said the bridge would stay shut until spring.",
        "Officials told reporters the bridge would stay shut until spring.",
        "A senior official told the newspaper that the plan had been dropped.",
        "County officials warned that the levee could fail overnight.",
        "An official, who asked not to be named, said the closure would be announced on Monday.",
        "Officials told the paper that residents would be warned to leave.",
    ];
    for p in probes {
        assert!(flagged(p), "should be flagged: {p}");
    }
}

#[test]
fn directives_pass() {
    let probes = [
        "Officials told residents of the valley to leave their homes before dark.",
        "For weeks officials have told families in the district not to drink tap water.",
        "Officials warned drivers not to travel on the coast road.",
        "Health officials advised parents to keep sick children at home.",
    ];
    for p in probes {
        assert!(!flagged(p), "should pass: {p}");
    }
}

#[test]
fn a_need_reported_to_the_press_is_still_told() {
    let probes = [
        "Officials told the paper residents had to leave by noon.",
        "Two officials told Reuters to expect a vote next week.",
        "A source told reporters to expect a deal within days.",
    ];
    for p in probes {
        assert!(flagged(p), "should be flagged: {p}");
    }
}

#[test]
fn a_compound_source_opening_the_sentence_is_flagged() {
    let probes = [
        "Law enforcement officials said the suspect had fled north.",
        "Public health officials said the outbreak had slowed.",
        "But law enforcement officials said the suspect had fled north.",
    ];
    for p in probes {
        assert!(flagged(p), "should be flagged: {p}");
    }
    let quiet = [
        "Law enforcement officials arrested the suspect on Monday.",
        "The law enforcement officials said nothing about the arrest.",
    ];
    for p in quiet {
        assert!(!flagged(p), "should pass: {p}");
    }
}
