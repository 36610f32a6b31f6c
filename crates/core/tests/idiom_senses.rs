//! Sport terms, negation at a distance and by comparison, and everyday idioms: words that are
//! loaded in their political use but plain in a match report, in a denial the sentence itself
//! makes, or inside a set phrase. Each family has a case that must flag and a case that must
//! pass; every sentence is the project's own.

use slant_core::{analyze, Category};

/// Whether `word` (case-insensitive) is among the loaded-language flags of `text`, at the
/// default confidence cut.
fn flags(text: &str, word: &str) -> bool {
    analyze(text)
        .unwrap()
        .flags
        .into_iter()
        .any(|f| f.category == Category::LoadedLanguage && f.text.eq_ignore_ascii_case(word))
}

#[test]
fn sport_terms_are_plain_in_a_match_report() {
    // "stonewall" before a referee's call means clear-cut.
    assert!(!flags(
        "\"That was a stonewall penalty and we didn't get it,\" the coach said.",
        "stonewall"
    ));
    assert!(flags(
        "The ministry stonewalled the inquiry for a year.",
        "stonewalled"
    ));
    // Curling: a steal, the hammer, a rink that plays aggressively.
    assert!(!flags(
        "The Okafor rink took a steal of one in the fourth end.",
        "steal"
    ));
    assert!(!flags(
        "Holding the hammer in the last end, the skip drew to the button.",
        "hammer"
    ));
    assert!(!flags(
        "Trailing by three, the visitors played aggressively with corner guards.",
        "aggressively"
    ));
    assert!(flags(
        "They want to steal the vote from the towns.",
        "steal"
    ));
    // An attack that rarely threatened the goal.
    assert!(!flags(
        "The hosts rarely threatened before the break and fell behind soon after it.",
        "threatened"
    ));
    assert!(flags(
        "The mayor threatened the reporters who had asked about the contract.",
        "threatened"
    ));
}

#[test]
fn a_word_the_sentence_denies_or_sets_aside() {
    // "neither ... nor": both words are denied.
    assert!(!flags(
        "The uncle in the play is neither villain nor saviour.",
        "saviour"
    ));
    // "less a X than a Y": the comparison sets the word aside.
    assert!(!flags(
        "The second act is less a tragedy than a quiet argument.",
        "tragedy"
    ));
    assert!(flags(
        "The council's tragic blunder cost the town its park.",
        "tragic"
    ));
    // "not going to stand here and pretend": the verb is declined, at a distance.
    assert!(!flags(
        "\"I'm not going to stand here and pretend prices have not gone up,\" the minister said.",
        "pretend"
    ));
    assert!(flags(
        "The council is pretending to care about the park.",
        "pretending"
    ));
}

#[test]
fn everyday_idioms() {
    assert!(!flags(
        "\"The noise from the depot is driving us crazy,\" one resident said.",
        "crazy"
    ));
    assert!(flags("The plan to sell the park is crazy.", "crazy"));
    assert!(!flags(
        "The club has a window to win now, before it slams shut in spring.",
        "slams"
    ));
    assert!(flags(
        "The senator slammed the budget on Monday.",
        "slammed"
    ));
}
