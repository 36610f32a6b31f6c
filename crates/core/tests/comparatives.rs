//! Session 49 (issue 9): a listed judgement adjective judges as much in its comparative or
//! superlative form (`inflect` adds plural and verb endings, not -er/-est), so each entry lists
//! those forms among its variants. Sentences are the project's own.

use slant_core::{analyze, confidence::DEFAULT_MIN_CONFIDENCE, Category};

/// Lowercased texts of the shown loaded-language flags.
fn shown(text: &str) -> Vec<String> {
    analyze(text)
        .unwrap()
        .flags
        .into_iter()
        .filter(|f| {
            f.category == Category::LoadedLanguage && f.confidence >= DEFAULT_MIN_CONFIDENCE
        })
        .map(|f| f.text.to_lowercase())
        .collect()
}

#[test]
fn comparatives_and_superlatives_of_listed_judgements() {
    for (text, word) in [
        (
            "It was the craziest budget the council has passed.",
            "craziest",
        ),
        ("The mayor has grown brasher since the vote.", "brasher"),
        ("It was the pettiest dispute of the session.", "pettiest"),
        ("The second draft was even sloppier.", "sloppier"),
        ("The campaign turned nastier in its last week.", "nastier"),
        (
            "Landlords have become greedier, the column says.",
            "greedier",
        ),
        (
            "The senator gave the smuggest answer of the night.",
            "smuggest",
        ),
    ] {
        assert!(
            shown(text).iter().any(|t| t == word),
            "{word} not flagged in {text:?}: {:?}",
            shown(text)
        );
    }
}

#[test]
fn base_senses_still_govern_the_new_forms() {
    // Neutral comparatives of neutral words stay unflagged.
    assert!(shown("The second quarter was stronger and the third was weaker.").is_empty());
}
