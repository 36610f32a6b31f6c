//! Session 19: reports that someone in the story passes on are not the outlet's anonymous
//! source. Every sentence here is written for this file.

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
