//! Session 12: loaded words in the outlet's own voice on wire copy. Wire journalese (trouble
//! collocations, verbs of sharp change, economic-state descriptors, terms of art) stays listed
//! with wire-terms' fixed confidence, under the default cut; policy terms before a noun name the
//! category. Sentences are the project's own.

use slant_core::confidence::DEFAULT_MIN_CONFIDENCE;
use slant_core::{analyze, Category};

/// The rule and confidence of the loaded-language flag on `word`, if any.
fn flag_on(text: &str, word: &str) -> Option<(String, f64)> {
    analyze(text)
        .unwrap()
        .flags
        .into_iter()
        .find(|f| f.category == Category::LoadedLanguage && f.text.eq_ignore_ascii_case(word))
        .map(|f| (f.rule, f.confidence))
}

#[test]
fn wire_journalese_is_listed_below_the_default_cut() {
    for (text, word) in [
        (
            "The mayor's campaign was beset by allegations of fraud.",
            "beset by",
        ),
        (
            "The ministry has been mired in turmoil since June.",
            "mired in",
        ),
        (
            "The agency, embroiled in a dispute over its budget, cut staff.",
            "embroiled",
        ),
        (
            "He led a campaign tainted by accusations of bribery.",
            "tainted",
        ),
        ("The program was plagued by delays.", "plagued by"),
        ("Ticket sales plummeted after the storm.", "plummeted"),
        ("The port city has a thriving tourist trade.", "thriving"),
        ("The town's booming economy drew new workers.", "booming"),
        ("The bill gives tax relief to flood victims.", "tax relief"),
    ] {
        let (rule, c) = flag_on(text, word).unwrap_or_else(|| panic!("{text}"));
        assert!(
            rule.starts_with("wire-terms/") && c < DEFAULT_MIN_CONFIDENCE,
            "{text}: {rule} {c}"
        );
    }
}

#[test]
fn loaded_words_beside_the_moved_ones_keep_their_entries() {
    // "plagued" alone, "aggressive", "vehement", "plight" were not moved.
    for (text, word) in [
        ("Corruption has plagued the ministry for years.", "plagued"),
        ("The senator vehemently attacked the plan.", "vehemently"),
        (
            "The mayor ran an aggressive campaign against the union.",
            "aggressive",
        ),
    ] {
        let (rule, c) = flag_on(text, word).unwrap_or_else(|| panic!("{text}"));
        assert!(!rule.starts_with("wire-terms/"), "{text}: {rule}");
        assert!(c >= DEFAULT_MIN_CONFIDENCE, "{text}: {rule} {c}");
    }
}

#[test]
fn enforcement_and_hospitality_senses_are_not_judged() {
    // "aggressively pursue" (a regulator's enforcement) in every form of the verb.
    assert!(flag_on(
        "The regulator became known for aggressively pursuing payday lenders.",
        "aggressively"
    )
    .is_none());
    // A state visit's hospitality as it was laid on; spending stays judged.
    assert!(flag_on(
        "The visiting president was given a lavish welcome at the palace.",
        "lavish"
    )
    .is_none());
    assert!(flag_on(
        "The mayor's lavish spending on travel angered voters.",
        "lavish"
    )
    .is_some());
}

#[test]
fn wire_verbs_of_reaction_are_listed_below_the_default_cut() {
    // Session 20: mild reproach, dismissal and irritation are the kind of reaction reported.
    for (text, word) in [
        ("Aid groups chided the ministry for its delays.", "chided"),
        (
            "The spokesman brushed aside questions about the audit.",
            "brushed aside",
        ),
        ("The mayor shrugged off the poll numbers.", "shrugged off"),
        ("Some delegates bristled at the new rules.", "bristled"),
    ] {
        let (rule, c) = flag_on(text, word).unwrap_or_else(|| panic!("{text}"));
        assert!(
            rule.starts_with("wire-terms/") && c < DEFAULT_MIN_CONFIDENCE,
            "{text}: {rule} {c}"
        );
    }
    // The praise verbs annotators mark stay in their family, above the cut.
    let (rule, c) = flag_on("The governor touted the plan on Monday.", "touted").unwrap();
    assert!(rule.starts_with("verbs-of-saying/") && c >= DEFAULT_MIN_CONFIDENCE);
}

#[test]
fn technical_and_idiomatic_senses_on_wire_copy_are_not_flagged() {
    // Session 20: a tax filer's and a state's claims, the accountant's and investor's
    // "aggressive", political science's "ideological views", the name of an influence
    // operation, and a winner's "bragging rights".
    for (text, word) in [
        ("Parents who claim the credit can deduct the fees.", "claim"),
        (
            "Both states press rival territorial claims over the reef.",
            "claims",
        ),
        (
            "The regulator fined the firm for aggressive accounting.",
            "aggressive",
        ),
        (
            "The pension fund has an aggressive investment strategy.",
            "aggressive",
        ),
        (
            "The poll asked voters about their ideological views.",
            "ideological",
        ),
        (
            "The two parties have deep ideological differences.",
            "ideological",
        ),
        (
            "The platform removed accounts tied to a misinformation campaign.",
            "misinformation",
        ),
        (
            "The win gave the club bragging rights in the city.",
            "bragging",
        ),
    ] {
        assert_eq!(flag_on(text, word), None, "{text}");
    }
    // The saying verb, the label and the boast stay.
    for (text, word) in [
        (
            "The senator claimed the credit was his idea alone.",
            "claimed",
        ),
        (
            "The mayor ran an aggressive campaign against the union.",
            "aggressive",
        ),
        ("The board is led by an ideological zealot.", "ideological"),
        ("The mayor kept bragging about the new stadium.", "bragging"),
    ] {
        assert!(flag_on(text, word).is_some(), "{text}");
    }
}

#[test]
fn a_reported_reaction_and_influx_are_listed_below_the_default_cut() {
    // Session 20: the participle of a psych verb says whose reaction it was; "influx" is the
    // neutral noun of a large arrival.
    for (text, word) in [
        ("The sudden drop in orders alarmed suppliers.", "alarmed"),
        ("The ruling stunned investors on Friday.", "stunned"),
        ("An influx of tourists strained the water supply.", "influx"),
        ("The ruling may prompt a raft of appeals.", "raft"),
        ("The bank published a slew of data on Monday.", "slew"),
    ] {
        let (rule, c) = flag_on(text, word).unwrap_or_else(|| panic!("{text}"));
        assert!(
            rule.starts_with("wire-terms/") && c < DEFAULT_MIN_CONFIDENCE,
            "{text}: {rule} {c}"
        );
    }
    // The "-ing" forms grade the cause: the outlet's own word.
    for (text, word) in [
        ("Crime rose at an alarming pace.", "alarming"),
        ("It was a stunning defeat for the party.", "stunning"),
    ] {
        let (rule, c) = flag_on(text, word).unwrap_or_else(|| panic!("{text}"));
        assert!(
            rule.starts_with("emotive/") && c >= DEFAULT_MIN_CONFIDENCE,
            "{text}: {rule} {c}"
        );
    }
}

#[test]
fn embarrassing_before_a_document_describes_a_leak() {
    // Session 20: "embarrassing emails" is the stock description of leaked material.
    assert_eq!(
        flag_on(
            "Hackers stole and released embarrassing emails from the party.",
            "embarrassing"
        ),
        None
    );
    assert!(flag_on(
        "The minister suffered an embarrassing defeat in the vote.",
        "embarrassing"
    )
    .is_some());
}

#[test]
fn vehemently_denied_is_listed_below_the_default_cut() {
    // Session 20: "vehemently denied" is the fixed collocation of a flat denial.
    for (text, word) in [
        (
            "The mayor vehemently denied the allegations on Friday.",
            "vehemently denied",
        ),
        (
            "The firm issued a vehement denial of the report.",
            "vehement denial",
        ),
    ] {
        let (rule, c) = flag_on(text, word).unwrap_or_else(|| panic!("{text}"));
        assert!(
            rule.starts_with("wire-terms/") && c < DEFAULT_MIN_CONFIDENCE,
            "{text}: {rule} {c}"
        );
    }
    // A speaker's own denial in a quotation is not flagged, as before.
    assert_eq!(
        flag_on(
            "\"I vehemently deny the allegations,\" the mayor said.",
            "vehemently deny"
        ),
        None
    );
    // Opposing vehemently stays the outlet's grading of a stance (annotators mark it).
    let (rule, c) = flag_on(
        "The senator vehemently opposed the merger on Friday.",
        "vehemently",
    )
    .unwrap();
    assert!(rule.starts_with("emotive/") && c >= DEFAULT_MIN_CONFIDENCE);
}

#[test]
fn lying_to_an_investigating_body_names_the_offence() {
    // Session 21: lying to agents, prosecutors, a grand jury or a chamber's committee is the
    // offence inquired into, as lying to the FBI or Congress already was.
    for text in [
        "The panel will examine whether the congressman lied to the House ethics office.",
        "The aide lied to agents about the loan, the report says.",
        "She is accused of lying to the Senate committee in March.",
    ] {
        let word = ["lied", "lying"]
            .into_iter()
            .find(|w| text.contains(w))
            .unwrap();
        assert_eq!(flag_on(text, word), None, "{text}");
    }
    // An accusation of lying to the public stays loaded.
    assert!(flag_on("The mayor lied to voters about the budget.", "lied").is_some());
}

#[test]
fn what_a_prevention_verb_averts_is_not_asserted() {
    // Session 22: the outcome a verb of prevention keeps from happening is a prospect, as "the
    // risk of" one is: "from" right before the word, or "avert/avoid/prevent" just before it.
    for (text, word) in [
        (
            "Diplomats want a hotline to keep any mistake by either navy from spiraling into war.",
            "spiraling",
        ),
        (
            "The two sides met on Friday to avert a devastating strike at the ports.",
            "devastating",
        ),
    ] {
        assert_eq!(flag_on(text, word), None, "{text}");
    }
    // The same words asserted stay loaded.
    for (text, word) in [
        (
            "The dispute between the two navies is spiraling into war.",
            "spiraling",
        ),
        (
            "The union began a devastating strike at the ports on Friday.",
            "devastating",
        ),
    ] {
        assert!(flag_on(text, word).is_some(), "{text}");
    }
}

#[test]
fn a_doctrine_s_name_a_count_of_ads_and_a_failed_bill_are_wire_words() {
    // Session 22: "economic nationalist" names a trade doctrine its holders claim, "a barrage of
    // ads" counts them (as "a raft of"): listed under the default cut. A bill that collapsed
    // failed, as talks that collapsed did: not flagged.
    for (text, word) in [
        (
            "The adviser, a self-described economic nationalist, backed the tariffs.",
            "economic nationalist",
        ),
        (
            "Both campaigns bought a barrage of ads in the final week.",
            "barrage of ads",
        ),
    ] {
        let (rule, c) = flag_on(text, word).unwrap_or_else(|| panic!("{text}"));
        assert!(
            rule.starts_with("wire-terms/") && c < DEFAULT_MIN_CONFIDENCE,
            "{text}: {rule} {c}"
        );
    }
    assert_eq!(
        flag_on(
            "The Senate bill collapsed after two senators withdrew their support.",
            "collapsed"
        ),
        None
    );
    // The bare label, a barrage of attacks and a collapse graded stay in their families.
    for (text, word) in [
        (
            "The nationalists marched through the capital.",
            "nationalists",
        ),
        ("He faced a barrage of attacks from his rivals.", "barrage"),
        ("Under his rule the currency collapsed.", "collapsed"),
    ] {
        let (rule, _) = flag_on(text, word).unwrap_or_else(|| panic!("{text}"));
        assert!(!rule.starts_with("wire-terms/"), "{text}: {rule}");
    }
}
