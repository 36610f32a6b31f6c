//! Vague attributions found by shape (a group of commentators nobody names, speaking), not by
//! listed string. Every sentence here is written for this file.

use slant_core::{analyze, Category};

fn vague(text: &str) -> Vec<String> {
    analyze(text)
        .unwrap()
        .flags
        .iter()
        .filter(|f| f.category == Category::AnonymousSource)
        .map(|f| f.text.clone())
        .collect()
}

#[test]
fn a_group_of_commentators_speaking_is_vague_whatever_the_verb() {
    for (text, phrase) in [
        (
            "Critics claimed the bridge would never carry trains.",
            "Critics claimed",
        ),
        (
            "But some legal experts noted that the ruling is narrow.",
            "some legal experts noted",
        ),
        (
            "The mill reopened, but detractors say the jobs will not last.",
            "detractors say",
        ),
        (
            "Some economists predicted a slower spring.",
            "Some economists predicted",
        ),
        (
            "Several analysts have long argued that the port is too small.",
            "Several analysts have long argued",
        ),
        (
            "Other economists think the effect will be smaller.",
            "Other economists think",
        ),
        (
            "The party calls itself a movement, although critics denounce it as a sect.",
            "critics denounce",
        ),
    ] {
        assert_eq!(vague(text), vec![phrase.to_string()], "{text:?}");
    }
}

#[test]
fn a_named_owned_or_known_group_is_not_vague() {
    for text in [
        // Led by a name, owned by a firm, pointed back to, or a name at the sentence's start.
        "Ruiz and other critics claimed the bridge would never carry trains.",
        "Pell Bank analysts noted a slower spring.",
        "The two economists were hired in May. The economists predicted a slower spring.",
        "Harbor Economists predicted a slower spring.",
        // Inside a quotation the vagueness is the speaker's.
        "\"Some critics claimed the bridge would fail,\" Mayor Ann Ruiz said.",
        // Not a verb of saying or thinking.
        "Several analysts moved to the new office in June.",
    ] {
        assert!(vague(text).is_empty(), "{text:?}: {:?}", vague(text));
    }
}

#[test]
fn a_listed_phrase_is_flagged_once() {
    // "critics say" is a listed phrase; the shape finds it too, and one flag stands.
    assert_eq!(
        vague("Critics say the levy is too high."),
        vec!["Critics say".to_string()]
    );
}

#[test]
fn the_learned_the_sides_and_unnamed_bodies_speaking_are_vague() {
    for (text, phrase) in [
        (
            "The cave was sealed for years. Scientists believe it held a kiln.",
            "Scientists believe",
        ),
        (
            "The tram line opens in May. Supporters say it will halve commutes.",
            "Supporters say",
        ),
        (
            "The council backed the levy. Opponents argue that it will close shops.",
            "Opponents argue",
        ),
        (
            "The flood reached the camps, and aid organizations warned of disease.",
            "aid organizations warned",
        ),
        (
            "The novel sold well. Several reviewers have noted its pace.",
            "Several reviewers have noted",
        ),
    ] {
        assert_eq!(vague(text), vec![phrase.to_string()], "{text:?}");
    }
}

#[test]
fn the_sides_acting_asking_or_named_are_not_vague() {
    for text in [
        // Acts, not views.
        "Supporters marched to the town hall on Friday.",
        "Opponents gathered outside the court.",
        // A request, not a view.
        "Several organizations have asked for copies of the letter.",
        // Pointed back to, owned, or led by a name.
        "The researchers published the data in May. The researchers believe it is sound.",
        "Oxfam and other organizations warned of disease.",
        // Who the story is about, left out: activists and residents act.
        "Activists said they would return on Monday.",
    ] {
        assert!(vague(text).is_empty(), "{text:?}: {:?}", vague(text));
    }
}

/// Session 37, round 2 (issue 10): "Industry" opening a sentence names a sector, not a firm.
mod s37_general {
    use super::vague;

    #[test]
    fn a_sector_before_the_group_leaves_it_vague() {
        let text = "Industry observers predicted a wave of refund requests.";
        assert!(!vague(text).is_empty(), "{text:?} should be flagged");
        for text in [
            "Harcourt observers predicted a wave of refund requests.",
            "Industry Watch analysts predicted a wave of refund requests.",
        ] {
            assert!(vague(text).is_empty(), "{text:?}: {:?}", vague(text));
        }
    }
}

/// Session 38 (issue 10): "that" before a plural group is a conjunction or a relative pronoun
/// (the demonstrative would be "those"), so a bare or counted group saying after it is vague.
mod s38 {
    use super::vague;

    #[test]
    fn a_group_saying_after_that_is_vague() {
        for (text, phrase) in [
            (
                "It is the kind of job that economists say will vanish.",
                "economists say",
            ),
            (
                "Voters know that many economists say the levy is a gamble.",
                "many economists say",
            ),
        ] {
            assert_eq!(vague(text), [phrase], "{text:?}");
        }
    }

    #[test]
    fn a_group_after_that_which_does_not_say_passes() {
        for text in [
            "The profit was well above the figure that analysts expected.",
            "The fund backs charities that fund organizations suspected of ties to gangs.",
            "Those economists say the levy is a gamble.",
        ] {
            assert!(vague(text).is_empty(), "{text:?}: {:?}", vague(text));
        }
    }
}
