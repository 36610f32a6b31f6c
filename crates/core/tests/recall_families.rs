//! Session 20's loaded-language families (wordlists/loaded/recall-families.toml): a group
//! belittled by its collective noun and speech belittled as idle noise fire above the CLI's
//! default confidence cut, and stay quiet on the literal senses. Sentences are the project's own.

use slant_core::{analyze, confidence::DEFAULT_MIN_CONFIDENCE, Category};

/// Texts of the shown loaded-language flags of the recall-families list.
fn shown(text: &str) -> Vec<String> {
    analyze(text)
        .unwrap()
        .flags
        .into_iter()
        .filter(|f| {
            f.category == Category::LoadedLanguage
                && f.confidence >= DEFAULT_MIN_CONFIDENCE
                && f.rule.starts_with("recall-families/")
        })
        .map(|f| f.text.to_lowercase())
        .collect()
}

#[test]
fn collective_nouns_of_contempt() {
    assert_eq!(
        shown("A coterie of donors wrote the amendment."),
        ["coterie"]
    );
    assert_eq!(shown("She dismissed him and his ilk."), ["ilk"]);
    // "yes" ending a sentence and "Men" opening the next are two words, not "yes men".
    assert!(shown("The members voted yes. Men and women then left the hall.").is_empty());
}

#[test]
fn speech_as_idle_noise() {
    assert_eq!(
        shown("The spokesman blathered about synergies for an hour."),
        ["blathered"]
    );
    assert_eq!(
        shown("Officials trotted out last year's excuse."),
        ["trotted out"]
    );
    // Literal senses: a stream, a player taking the field, water from a pipe.
    assert!(shown("Hikers rested by a babbling brook.").is_empty());
    assert!(shown("The pitcher trotted out to the mound.").is_empty());
    assert!(shown("The broken main spouted water onto the street.").is_empty());
}

#[test]
fn appetite_as_gluttony() {
    assert_eq!(
        shown("The ministry gobbled up the rest of the grant."),
        ["gobbled up"]
    );
    assert_eq!(
        shown("Consultants gorged on the new subsidy."),
        ["gorged on"]
    );
    // The noun "gorge" before "on" is a valley (an `unless`).
    assert!(shown("Hikers crossed the gorge on Sunday.").is_empty());
}
