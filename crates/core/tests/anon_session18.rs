//! Session 18: unnamed people who are not the outlet's source: people a hearsay passive is
//! about, and a side's officials stating its own position on the record. Every sentence here is
//! written for this file.

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
