//! Quotation speakers, session 28 (issue 10): shapes where a speaker the sentence names was
//! missed. Every sentence here is written for this file; none comes from an evaluation set.

use slant_core::analyze;

/// The speaker of the quotation holding `quoted`.
fn speaker_of(text: &str, quoted: &str) -> Option<String> {
    let r = analyze(text).unwrap();
    let q = r
        .quotes
        .iter()
        .find(|q| text[q.start..q.end].contains(quoted))
        .unwrap_or_else(|| panic!("no quotation holds {quoted:?}"));
    q.speaker.as_ref().map(|s| s.text.clone())
}

#[test]
fn an_aside_set_off_by_commas_is_no_new_clause() {
    let t = "Ann Lee, a lawyer for the firm, said the plan, while laudable, would be \"toothless\" in practice.";
    assert_eq!(speaker_of(t, "toothless").as_deref(), Some("Ann Lee"));
    let t = "Roe said the bill, though costly, was \"worth every cent\" to the town.";
    assert_eq!(speaker_of(t, "worth every").as_deref(), Some("Roe"));
    // A conjunction opening a clause with its own subject still ends the reach.
    let t = "Roe said the bill was fine, but the mayor, a critic, \"would never sign\" it.";
    assert_ne!(speaker_of(t, "never sign").as_deref(), Some("Roe"));
}

#[test]
fn an_offer_is_the_offerers_plan() {
    let t = "Lee offered to \"make a deal\" with the rivals.";
    assert_eq!(speaker_of(t, "make a deal").as_deref(), Some("Lee"));
    // Another verb of saying between the offer and the quotation has it.
    let t = "One offered to help the crew, Roe said, while others \"had no time for us.\"";
    assert_ne!(speaker_of(t, "no time").as_deref(), Some("One"));
}

#[test]
fn thanks_and_congratulations_before_a_colon_are_speech() {
    let t = "Lee congratulated Roe on Twitter: \"A great win for the people of Dover!\"";
    assert_eq!(speaker_of(t, "great win").as_deref(), Some("Lee"));
    let t = "Lee thanked the staff in a letter: \"We could not have done it without you.\"";
    assert_eq!(speaker_of(t, "without you").as_deref(), Some("Lee"));
}

#[test]
fn a_participle_speaks_for_the_main_clause_not_a_fronted_one() {
    let t = "Although Roe praised the staff, Lee struck a humble note, saying, \"I am not sure I deserve it.\"";
    assert_eq!(speaker_of(t, "deserve it").as_deref(), Some("Lee"));
    let t = "Lee thanked the voters, saying \"you made this happen.\"";
    assert_eq!(speaker_of(t, "made this").as_deref(), Some("Lee"));
}
