//! The article that started the project: every must-hold of the engine issue, checked on it.

use slant_core::{analyze, Category, Flag, Report, Voice};

const SEED: &str = include_str!("../../../tests/fixtures/seed-presstv-2009-06-15-mko.txt");

fn report() -> Report {
    analyze(SEED).expect("seed analyses")
}

fn flags_in(r: &Report, cat: Category) -> Vec<&Flag> {
    r.flags.iter().filter(|f| f.category == cat).collect()
}

/// The flag of `cat` whose text is `text`, at the occurrence that follows `after`.
fn find<'r>(r: &'r Report, cat: Category, text: &str, after: &str) -> Option<&'r Flag> {
    let ctx = SEED
        .find(after)
        .unwrap_or_else(|| panic!("context {after:?} not in seed"));
    flags_in(r, cat)
        .into_iter()
        .find(|f| f.text == text && f.start >= ctx)
}

#[test]
fn loaded_words_are_flagged() {
    let r = report();
    for (word, after) in [
        ("notorious", "The organization is"),
        ("dictator", "former"),
        ("massacre", "in the"),
        ("masterminded", "The group"),
        ("proxy-army", "as a"),
        ("claimed", "Benjamin Chang, however,"),
        ("revealed", "Former CIA agents"),
        ("terrorist organization", "sanctuary to the"),
    ] {
        let f = find(&r, Category::LoadedLanguage, word, after)
            .unwrap_or_else(|| panic!("{word:?} after {after:?} not flagged"));
        assert!(!f.message.is_empty() && f.rule.contains('/'), "{f:?}");
        assert_eq!(&SEED[f.start..f.end], word);
    }
}

#[test]
fn the_sanctuary_label_is_the_outlets_but_the_declared_label_is_attributed() {
    let r = report();
    let own = find(
        &r,
        Category::LoadedLanguage,
        "terrorist organization",
        "sanctuary to the",
    )
    .unwrap();
    assert_eq!(own.voice, Voice::Outlet);
    let declared = find(
        &r,
        Category::LoadedLanguage,
        "terrorist organization",
        "has declared the MKO",
    )
    .unwrap();
    assert_eq!(declared.voice, Voice::Attributed);
    assert!(declared.weight < own.weight);
}

#[test]
fn neutral_said_is_not_flagged() {
    let r = report();
    let said = SEED.find("official said Saturday").unwrap() + "official ".len();
    assert!(
        !r.flags
            .iter()
            .any(|f| f.category == Category::LoadedLanguage && f.start <= said && said < f.end),
        "'said' must not be loaded"
    );
}

#[test]
fn anonymous_sources_are_flagged_and_linked() {
    let r = report();
    let senior = find(&r, Category::AnonymousSource, "A senior Iraqi official", "")
        .expect("senior official");
    assert_eq!(senior.kind, "unnamed_source");
    let high = find(
        &r,
        Category::AnonymousSource,
        "the high-ranking official",
        "",
    )
    .expect("high-ranking official");
    let clause = find(
        &r,
        Category::AnonymousSource,
        "on condition of anonymity",
        "",
    )
    .expect("anonymity clause");
    assert_eq!(clause.kind, "anonymity_clause");
    assert_eq!(
        high.linked.as_ref().map(|l| l.text.as_str()),
        Some("on condition of anonymity")
    );
    assert_eq!(
        clause.linked.as_ref().map(|l| l.text.as_str()),
        Some("the high-ranking official")
    );
    find(&r, Category::AnonymousSource, "Former CIA agents", "").expect("former CIA agents");
}

#[test]
fn a_named_spokesman_is_not_anonymous() {
    let r = report();
    let at = SEED.find("White House spokesman Benjamin Chang").unwrap();
    let end = at + "White House spokesman Benjamin Chang".len();
    assert!(!flags_in(&r, Category::AnonymousSource)
        .iter()
        .any(|f| f.start < end && at < f.end));
}

#[test]
fn unattributed_assertions_are_the_outlets_contestable_sentences() {
    let r = report();
    let starts: Vec<&str> = flags_in(&r, Category::UnattributedAssertion)
        .iter()
        .map(|f| &SEED[f.start..f.end])
        .collect();
    for begin in [
        "The organization is notorious",
        "The group masterminded",
        "The Mujahedin Khalq Organization, which identifies itself",
    ] {
        assert!(
            starts.iter().any(|s| s.starts_with(begin)),
            "{begin:?} not flagged; got {starts:#?}"
        );
    }
    assert!(
        !starts.iter().any(|s| s.contains("read the statement")),
        "quoted statement flagged"
    );
    for f in flags_in(&r, Category::UnattributedAssertion) {
        assert!(!f.triggers.is_empty(), "{f:?} has no trigger");
    }
}

#[test]
fn the_statement_quote_has_its_speaker_and_its_sentence_is_attributed() {
    let r = report();
    let q = r
        .quotes
        .iter()
        .find(|q| SEED[q.start..q.end].contains("Remaining in Iraq"))
        .unwrap();
    assert_eq!(
        q.speaker.as_ref().map(|s| s.text.as_str()),
        Some("the statement")
    );
    let s = r
        .sentences
        .iter()
        .find(|s| SEED[s.start..s.end].contains("Remaining in Iraq"))
        .unwrap();
    assert!(s.attributed);
    let why = s
        .attribution
        .as_ref()
        .expect("an attributed sentence says why");
    assert!(
        SEED[s.start..s.end].contains(&why.text) && !why.rule.is_empty(),
        "{why:?}"
    );
}

#[test]
fn a_neutral_wire_story_scores_far_below_the_seed() {
    let neutral = "The city council voted 7-2 on Tuesday to extend the bus network to two new districts, \
        Mayor Ana Ruiz said in a statement.\n\nThe extension will cost $14 million over three years, \
        according to the council's budget office. Council member Tom Hale, who voted against the plan, \
        said the money should go to road repairs first.\n\n\"We have waited a long time for this,\" said \
        Maria Chen, who lives in one of the districts. Construction is scheduled to begin in March.";
    let n = analyze(neutral).unwrap();
    let s = report();
    assert!(
        n.scores.overall * 3.0 < s.scores.overall,
        "neutral {} vs seed {}",
        n.scores.overall,
        s.scores.overall
    );
    assert!(s.scores.overall > 50.0);
}
