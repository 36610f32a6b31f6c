//! Session 34 (issue 10): an unnamed source informs; unnamed people who act in public are no
//! source the outlet shields. An announcement is made in public for the body the officials
//! serve, and a directive to the public ("told residents to leave") is an act in the story, not
//! information for the reporter. Sentences are the project's own.

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
fn announcements_and_directives_pass() {
    let probes = [
        "State officials announced on Tuesday that the plant would add 300 jobs.",
        "The new rules take effect in March, officials announced.",
        "Officials announced the closure of the ferry terminal.",
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
