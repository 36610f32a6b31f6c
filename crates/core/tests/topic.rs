//! An article about no public-affairs actor (sport, arts, weather, lifestyle) gets its loaded
//! flags outside quotations at `OFF_TOPIC` times the confidence (src/confidence.rs): there the
//! lists' words mostly describe games, works and weather.

use slant_core::confidence::OFF_TOPIC;
use slant_core::{analyze, Category, Voice};

/// A match report of about 190 words with no word of government, parties or elections.
fn match_report(extra: &str) -> String {
    let filler = "The home side kept the ball well in the first half and forced three corners. \
        Their captain struck the post from twenty yards after a long move down the left. \
        The visitors changed shape after the break and pushed their full-backs higher. \
        A header from the edge of the six-yard box went over the bar with ten minutes left. \
        The crowd of eleven thousand stayed to applaud both teams at the final whistle. ";
    format!(
        "United draw at home\nThe referee's notorious temper showed again on Saturday. {extra}{}",
        filler.repeat(3)
    )
}

/// (confidence, voice) of the loaded flag on `word`.
fn flag(text: &str, word: &str) -> (f64, Voice) {
    let r = analyze(text).unwrap();
    let f = r
        .flags
        .iter()
        .find(|f| f.category == Category::LoadedLanguage && f.text == word)
        .unwrap_or_else(|| panic!("no flag on {word} in {text}"));
    (f.confidence, f.voice)
}

#[test]
fn outlet_words_in_a_story_outside_public_affairs_are_less_certain() {
    let short = flag(
        "The referee's notorious temper showed again on Saturday.",
        "notorious",
    );
    let long = flag(&match_report(""), "notorious");
    assert_eq!(short.1, Voice::Outlet);
    assert_eq!(long.1, Voice::Outlet);
    assert!(long.0 < short.0, "{long:?} vs {short:?}");
    assert!(
        (long.0 - short.0 * OFF_TOPIC).abs() <= 0.011,
        "{long:?} vs {short:?}"
    );
}

#[test]
fn three_public_affairs_words_keep_the_confidence() {
    let short = flag(
        "The referee's notorious temper showed again on Saturday.",
        "notorious",
    );
    // (One such word was enough before session 38; s38 below: one stray word is not.)
    let political = match_report("The mayor, a minister and the council leader watched. ");
    assert_eq!(flag(&political, "notorious").0, short.0);
    // (Without the mayor the same story is off topic: the word is what kept the confidence.)
    assert!(flag(&match_report("He watched from the stand. "), "notorious").0 < short.0);
}

#[test]
fn quoted_words_keep_their_confidence_whatever_the_topic() {
    let said = "\"It was a shameful decision,\" the manager said. ";
    let short = flag(said, "shameful");
    let long = flag(&match_report(said), "shameful");
    assert_eq!(long.1, Voice::Quoted);
    assert_eq!(long.0, short.0);
    // (The same story does lower the outlet's own word.)
    let story = match_report(said);
    let outlet = flag(&story, "notorious");
    assert!(outlet.0 < flag("The referee's notorious temper showed again.", "notorious").0);
}

/// Session 38: the evidence of public affairs is counted (three pieces), and a politician named by
/// title or party tag, or the White House, is evidence as the list's words are.
mod s38 {
    use super::*;

    fn alone() -> f64 {
        flag(
            "The referee's notorious temper showed again on Saturday.",
            "notorious",
        )
        .0
    }

    /// A story of about 190 words with none of the list's words; `who` and `where` open it.
    fn rail_story(who: &str, place: &str) -> String {
        let filler = "The plan would pay for repairs to bridges and crossings in four states. \
            Aides said a draft would be ready within weeks, and engineers have priced the work. \
            Officials at the transport department declined to comment on the cost. \
            A hearing on the plan is set for next month in the capital. ";
        format!(
            "Lee presses for rail repairs\n{who} spent Tuesday at {place}, where aides discussed \
             her rail plan. Her notorious temper showed again at a briefing afterwards. {}",
            filler.repeat(3)
        )
    }

    #[test]
    fn a_sport_report_with_one_stray_word_of_government_is_off_topic() {
        let one = match_report("The government had promised the club a new stand. ");
        assert!(flag(&one, "notorious").0 < alone(), "{one}");
        // A dinner party and the club's president: two words, neither about public affairs.
        let two = match_report("The club president hosted a party for the players. ");
        assert!(flag(&two, "notorious").0 < alone(), "{two}");
    }

    #[test]
    fn a_politician_named_by_title_and_party_tag_and_the_white_house_are_public_affairs() {
        let story = rail_story("Sen. Ann Lee (R-Ohio)", "the White House");
        assert_eq!(flag(&story, "notorious"), (alone(), Voice::Outlet));
        let paren = rail_story("Rep. Ann Lee (D)", "the White House");
        assert_eq!(flag(&paren, "notorious").0, alone());
        // Two of the three are not enough.
        let two = rail_story("Sen. Ann Lee", "the White House");
        assert!(flag(&two, "notorious").0 < alone(), "{two}");
        // A title needs a name after it, and a white house is a house.
        let plain = rail_story("The secretary (R-Ohio)", "the white house by the lake");
        assert!(flag(&plain, "notorious").0 < alone(), "{plain}");
    }

    #[test]
    fn one_word_only_politics_uses_is_enough() {
        let one = match_report("A senator watched from the stand. ");
        assert_eq!(flag(&one, "notorious").0, alone());
        let mps = rail_story("Ann Lee, one of the region's MPs,", "the depot");
        assert_eq!(flag(&mps, "notorious").0, alone());
        // An everyday word of public affairs alone is not.
        let mayor = match_report("The mayor watched from the stand. ");
        assert!(flag(&mayor, "notorious").0 < alone(), "{mayor}");
    }

    #[test]
    fn a_titled_office_holder_counts_twice_when_its_title_is_a_word_of_the_list() {
        // "President Ann Lee": the word and the titled name; one more word makes three.
        let story = rail_story("President Ann Lee", "the Kremlin");
        assert_eq!(flag(&story, "notorious").0, alone());
        let lower = rail_story("The club's president, Ann Lee,", "the Kremlin");
        assert!(flag(&lower, "notorious").0 < alone(), "{lower}");
    }
}

/// Session 38, round 2: an entry's record on political news does not carry into a story off
/// public affairs, so even a strong record falls under the default cut there (`OFF_TOPIC`).
mod s38_round2 {
    use super::{flag, match_report};
    use slant_core::confidence::DEFAULT_MIN_CONFIDENCE;

    const SAID: &str = "The visiting coach's feckless tactics drew jeers. ";

    #[test]
    fn a_strong_record_off_public_affairs_is_under_the_cut() {
        let alone = flag(SAID, "feckless").0;
        assert!(alone >= 0.75, "{alone}");
        let off = flag(&match_report(SAID), "feckless").0;
        assert!(off < DEFAULT_MIN_CONFIDENCE, "{off}");
    }

    #[test]
    fn the_same_record_in_public_affairs_is_kept() {
        let alone = flag(SAID, "feckless").0;
        let on = match_report(&format!(
            "The mayor, a minister and the council watched. {SAID}"
        ));
        assert_eq!(flag(&on, "feckless").0, alone);
        assert!(alone >= DEFAULT_MIN_CONFIDENCE);
    }
}
