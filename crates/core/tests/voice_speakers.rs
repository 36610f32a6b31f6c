//! Whose words a loaded flag says they are (issues 9 and 10): the speaker named for attributed
//! words is a person or body, or nobody; never half a noun phrase, a relative pronoun or a
//! noun of dispute. Every sentence here is written for this file; none comes from an
//! evaluation set.

use slant_core::{analyze, Category, Voice};

/// (voice, speaker) of the loaded-language flag on `word`.
fn voice_of(text: &str, word: &str) -> (Voice, Option<String>) {
    let r = analyze(text).unwrap();
    let f = r
        .flags
        .iter()
        .find(|f| f.category == Category::LoadedLanguage && f.text == word)
        .unwrap_or_else(|| panic!("{word:?} not flagged in {text:?}"));
    (f.voice, f.speaker.as_ref().map(|s| s.text.clone()))
}

#[test]
fn a_phrase_cut_short_names_no_speaker() {
    // The subject finder's reach ends inside the phrase: its head is missing.
    assert_eq!(
        voice_of(
            "The vote made her a prime target of friends of looser zoning, who said her plan would cause a meltdown.",
            "meltdown",
        ),
        (Voice::Attributed, None)
    );
    // A figure before the phrase: "the $4 billion ferry industry", not "ferry industry".
    assert_eq!(
        voice_of(
            "Owners in the $4 billion U.S. ferry industry said the rules were reckless.",
            "reckless",
        ),
        (Voice::Attributed, None)
    );
    // A short subject after a verb is whole.
    assert_eq!(
        voice_of(
            "The mayor thanked the harbour pilots, who said the rules were reckless.",
            "reckless",
        ),
        (Voice::Attributed, Some("the harbour pilots".into()))
    );
}

#[test]
fn an_abbreviation_stays_inside_the_speaker() {
    assert_eq!(
        voice_of(
            "The port reopened, and U.S. dock unions said the delay had been reckless.",
            "reckless",
        ),
        (Voice::Attributed, Some("U.S. dock unions".into()))
    );
}

#[test]
fn a_relative_pronoun_is_no_speaker() {
    assert_eq!(
        voice_of(
            "The mayor ignored her engineers, some of whom warned the bridge plan was reckless.",
            "reckless",
        ),
        (Voice::Attributed, None)
    );
}

#[test]
fn a_dispute_is_held_by_those_it_is_among() {
    assert_eq!(
        voice_of(
            "The mayor is grappling with disagreement among her advisers over whether saber-rattling will calm the unions.",
            "saber-rattling",
        ),
        (Voice::Attributed, Some("her advisers".into()))
    );
}

#[test]
fn a_day_before_a_name_is_not_the_speakers() {
    assert_eq!(
        voice_of(
            "And as recently as Thursday Mayor Ann Vole praised a “shameful harbour plan.”",
            "shameful",
        ),
        (Voice::Quoted, Some("Mayor Ann Vole".into()))
    );
}

#[test]
fn the_tail_of_a_series_is_no_speaker() {
    // The whole group speaks, its places with it (session 20), never the series' tail alone.
    assert_eq!(
        voice_of(
            "In a letter, councillors from Dover, Hythe, Deal and Rye said she would end “the port’s shameful neglect.”",
            "shameful",
        ),
        (
            Voice::Quoted,
            Some("councillors from Dover, Hythe, Deal and Rye".into())
        )
    );
    // Two names after a fronted phrase are the whole subject.
    assert_eq!(
        voice_of(
            "In a letter to the mayor, Deal and Rye said she would end “the port’s shameful neglect.”",
            "shameful",
        ),
        (Voice::Quoted, Some("Deal and Rye".into()))
    );
}

#[test]
fn a_closing_as_clause_attributes_nothing() {
    // "…, as some councillors have demanded" comments on the writer's sentence.
    assert_eq!(
        voice_of(
            "The mayor also ducked a question about whether she will close the pier, as some councillors have demanded.",
            "ducked",
        ),
        (Voice::Outlet, None)
    );
}

#[test]
fn with_a_name_and_its_apposition_the_name_speaks() {
    // Past "leader of the opposition", the participle is Vole's, not the councillors'.
    assert_eq!(
        voice_of(
            "Councillors condemned the mayor, with Ann Vole, leader of the opposition, describing her plan as “shameful and costly.”",
            "shameful",
        ),
        (Voice::Quoted, Some("Ann Vole".into()))
    );
}

// Session 16: an attributed word the cues left without a holder takes the subject of the verb
// of saying or labelling that reports it, found as for a partial quotation in its place.

#[test]
fn a_labelling_verb_names_its_subject_as_holder() {
    assert_eq!(
        voice_of(
            "Farmers have called the new levy a giveaway to the ferry lines.",
            "giveaway"
        ),
        (Voice::Attributed, Some("Farmers".into()))
    );
    assert_eq!(
        voice_of(
            "Unions, shut out of the talks, have condemned the deal as a giveaway to landlords.",
            "giveaway"
        ),
        (Voice::Attributed, Some("Unions".into()))
    );
}

#[test]
fn a_participle_after_a_comma_speaks_for_its_clause_subject() {
    assert_eq!(
        voice_of(
            "The mayor rejected the audit, saying it was part of a smear campaign.",
            "smear"
        ),
        (Voice::Attributed, Some("The mayor".into()))
    );
    // A time phrase that opens the sentence is no subject: the name after its comma is.
    assert_eq!(
        voice_of(
            "A day after the vote, harbour chief Ann Dole toured the docks, telling workers the rumours were a smear.",
            "smear"
        ),
        (Voice::Attributed, Some("harbour chief Ann Dole".into()))
    );
}

#[test]
fn a_name_set_off_after_a_relative_clause_is_the_subject() {
    // "who had backed Lund" ends on a verb's object: the subject is the name set off after it.
    assert_eq!(
        voice_of(
            "Another councillor who had backed Lund, Rita Moss, said the plan was a sham.",
            "sham"
        ),
        (Voice::Attributed, Some("Rita Moss".into()))
    );
}

#[test]
fn an_infinitive_after_an_object_is_the_objects_speech() {
    assert_eq!(
        voice_of(
            "The vote came at midnight, leading Labour councillors to denounce the hearing as a sham.",
            "sham"
        ),
        (Voice::Attributed, Some("Labour councillors".into()))
    );
}

#[test]
fn the_owner_of_a_noun_of_saying_holds_its_clause() {
    // Not the subject of "told", further back: the message is Vane's.
    assert_eq!(
        voice_of(
            "Rossi told the forum that ports must stay open, rejecting Vane’s message that the state would abandon trade deals that surrender its sovereignty.",
            "surrender"
        ),
        (Voice::Attributed, Some("Vane’s".into()))
    );
}

#[test]
fn holders_not_guessed() {
    // The one accused is not the accuser.
    let (v, sp) = voice_of(
        "Separately, a smuggler accused of the brazen 2009 heist was freed.",
        "brazen",
    );
    assert!(v != Voice::Attributed || sp.is_none(), "{sp:?}");
    // "including Lee" is an aside, not the whole of "Republicans, including Lee": the group
    // before it is the relative's antecedent (s41).
    let (_, sp) = voice_of(
        "The agency has been criticized by Republicans, including Senator Lee, who say it burdens lenders with red tape.",
        "red tape",
    );
    assert_eq!(sp.as_deref(), Some("Republicans"));
    // A participle with no comma after a relative clause describes that clause's noun.
    let (_, sp) = voice_of(
        "Dole and Marsh left the talks because of a post that Vane wrote on Monday attacking them as soft on crime.",
        "soft on crime",
    );
    assert!(sp.is_none() || sp.as_deref() == Some("Vane"), "{sp:?}");
}

#[test]
fn a_holder_is_a_noun_phrase_that_names_someone() {
    // A bare plural names a group.
    assert_eq!(
        voice_of(
            "Vane asked voters to raise their hands, creating scenes that critics have likened to fascist rallies.",
            "fascist"
        ),
        (Voice::Attributed, Some("critics".into()))
    );
    // A subject cut at its negated verb, not run on through it.
    let (_, sp) = voice_of(
        "Dole doesn’t have the money of Vane, but she is expected to argue that he has fallen out of touch.",
        "out of touch",
    );
    assert_ne!(sp.as_deref(), Some("Dole doesn’t"));
    // "It's easy …" is a clause, not a holder.
    let (_, sp) = voice_of(
        "It's easy to be cynical about the merger and call the firm unpatriotic.",
        "unpatriotic",
    );
    assert_eq!(sp, None);
    // One word after a place is its state, not a name set off as the subject.
    let (_, sp) = voice_of(
        "Ann Roe, a delegate from Dover, Kent, said the convention was all part of the circus that is politics.",
        "circus",
    );
    assert_ne!(sp.as_deref(), Some("Kent"));
}

#[test]
fn a_modifier_before_a_noun_of_saying_names_no_holder() {
    // Agreement: "a common" cannot be the subject of a bare "view"; the phrase modifies the
    // noun, so it holds nothing.
    assert_eq!(
        voice_of(
            "The two ministers hold a common view that the tariff was a disastrous blunder.",
            "disastrous",
        )
        .1,
        None
    );
    assert_eq!(
        voice_of(
            "There was no formal claim of responsibility for the bloodshed at the market.",
            "bloodshed",
        )
        .1,
        None
    );
    // A plural subject takes the bare verb: it holds the words.
    assert_eq!(
        voice_of(
            "The farm unions say the tariff was a disastrous blunder.",
            "disastrous",
        ),
        (Voice::Attributed, Some("The farm unions".to_string()))
    );
}

#[test]
fn a_relative_subject_does_not_hand_the_words_to_an_earlier_subject() {
    // "some of whom warned" reports the word; the governor, subject of the clause before, did
    // not say it.
    let (voice, speaker) = voice_of(
        "The governor escalated the feud, deriding the mayor as a clown, against the advice of his aides, some of whom warned it could be reckless.",
        "reckless",
    );
    assert_eq!(voice, Voice::Attributed);
    assert_ne!(speaker.as_deref(), Some("The governor"));
}

/// The loaded flag on `word`, if any.
fn flag_on(text: &str, word: &str) -> Option<(Voice, Option<String>)> {
    let r = analyze(text).unwrap();
    r.flags
        .iter()
        .find(|f| f.category == Category::LoadedLanguage && f.text == word)
        .map(|f| (f.voice, f.speaker.as_ref().map(|s| s.text.clone())))
}

#[test]
fn a_closing_source_outranks_the_people_a_dispute_is_among() {
    // The advisers are what the officials told of, not who said it.
    let (voice, speaker) = voice_of(
        "The envoy is grappling with the council's harsh tone as well as disagreement among the mayor's closest advisers over whether saber-rattling will calm the unions, according to two city officials who asked not to be named.",
        "saber-rattling",
    );
    assert_eq!(voice, Voice::Attributed);
    assert_ne!(speaker.as_deref(), Some("the mayor's closest advisers"));
}

#[test]
fn a_calculation_is_the_writers_account_of_a_strategy() {
    assert_eq!(
        voice_of(
            "The two council leaders are calculating that voters' wrath would fall on the mayor if the pools close.",
            "wrath",
        ),
        (Voice::Outlet, None)
    );
}

#[test]
fn a_which_clause_after_a_report_is_the_writers_comment() {
    assert_eq!(
        voice_of(
            "But they sounded resigned to passing a bill with so many parts, which could make for a messy process.",
            "messy",
        ),
        (Voice::Outlet, None)
    );
    // A verb inside the clause reports in its turn.
    assert_eq!(
        voice_of(
            "She asked whether the harbour job, which friends described as miserable, had worn him down.",
            "miserable",
        )
        .0,
        Voice::Attributed
    );
}

#[test]
fn an_opening_phrase_is_outside_a_closing_attribution() {
    assert_ne!(
        flag_on(
            "In another rare, if not unprecedented step, the ferry launch will be shown live on television, the harbour board said.",
            "unprecedented",
        )
        .map(|f| f.0),
        Some(Voice::Attributed)
    );
}

#[test]
fn a_relative_clause_after_n_of_m_attaches_to_a_bare_plural() {
    assert_eq!(
        voice_of(
            "The vote made him a top target of backers of tighter bylaws, who said his plan caused a meltdown in the towns.",
            "meltdown",
        ),
        (Voice::Attributed, Some("backers of tighter bylaws".into()))
    );
}

#[test]
fn an_editorializing_adverb_in_a_reported_claim_is_the_speakers_emphasis() {
    assert_eq!(
        flag_on(
            "The harbour master said the new ferry schedule clearly favours the northern towns.",
            "clearly",
        ),
        None
    );
    // Back in the writer's clause it is the writer's.
    assert!(flag_on(
        "The harbour master, who has long attacked the ferry board, has clearly lost patience.",
        "clearly",
    )
    .is_some());
}

#[test]
fn an_editorializing_adverb_past_a_verb_of_thought_in_the_claim_is_still_the_speakers() {
    assert_eq!(
        flag_on(
            "The harbour master said the towns had not felt pressure and the board was clearly taking a softer line.",
            "clearly",
        ),
        None
    );
}

#[test]
fn a_participle_after_an_inverted_said_is_the_outlets() {
    // "…," said Roe, the leader, admitting …: the name is the subject of "said", and the
    // participle is the outlet's description of her act, not a clause she reports.
    for (t, w) in [
        (
            "\"The bill is finished,\" said Ann Roe, the group's chair, admitting that her side had lost.",
            "admitting",
        ),
        (
            "\"Reject it,\" said Roe, the guild's head, claiming the offer was a trap.",
            "claiming",
        ),
        (
            "Roe wrote Vane, the treasurer, admitting he had erred.",
            "admitting",
        ),
    ] {
        assert_eq!(voice_of(t, w).0, Voice::Outlet, "{t}");
    }
}

// Session 30: cues that report no one's words.

#[test]
fn seeming_is_the_writers_impression() {
    for (s, w) in [
        (
            "The leaflets appeared to be aimed at stirring fights over hot-button topics.",
            "hot-button",
        ),
        (
            "The harbour board seemed bent on a reckless plan.",
            "bent on",
        ),
    ] {
        assert_eq!(flag_on(s, w).map(|f| f.0), Some(Voice::Outlet), "{s:?}");
    }
}

#[test]
fn only_a_document_shows_what_it_says() {
    // A person's showing is the writer's inference, with or without "that".
    for s in [
        "He showed he would wield his broad powers aggressively.",
        "She showed that she would wield her broad powers aggressively.",
        // Shown by what the subject did, named first: acts, not a document.
        "By suing two ferry owners, the harbour master showed he would use his powers aggressively.",
    ] {
        assert_eq!(
            flag_on(s, "aggressively").map(|f| f.0),
            Some(Voice::Outlet),
            "{s:?}"
        );
    }
    // A document's showing is its account.
    assert_eq!(
        voice_of(
            "The audit showed the ferry board had aggressively hidden the losses.",
            "aggressively",
        )
        .0,
        Voice::Attributed
    );
}

#[test]
fn said_of_names_its_topic_in_the_writers_words() {
    assert_eq!(
        flag_on(
            "\"They will not be back,\" the mayor said of members of the notorious crew.",
            "notorious"
        )
        .map(|f| f.0),
        Some(Voice::Outlet)
    );
    // A clause of its own after the topic is still the speaker's.
    assert_eq!(
        voice_of(
            "The mayor said of the crew that they were notorious thugs.",
            "notorious"
        )
        .0,
        Voice::Attributed
    );
}

#[test]
fn a_following_phrase_after_a_report_is_the_writers_adjunct() {
    assert_eq!(
        flag_on(
            "The mayor said the pier would reopen, following a year of acrimony.",
            "acrimony"
        )
        .map(|f| f.0),
        Some(Voice::Outlet)
    );
}

#[test]
fn a_claim_by_someone_is_not_the_subjects() {
    // The "by" phrase holds the claim; the senator only criticised it.
    let (voice, speaker) = voice_of(
        "The senator criticised claims by harbour pilots that the levy is a giveaway to the rich.",
        "giveaway",
    );
    assert_eq!(voice, Voice::Attributed);
    assert_ne!(speaker.as_deref(), Some("The senator"));
}

#[test]
fn a_criticism_without_its_critics_is_the_writers_account() {
    // With no "from" phrase only the criticised party is in reach: it is not the holder.
    let s = "The station drew criticism for spreading propaganda.";
    assert_eq!(voice_of(s, "propaganda").0, Voice::Outlet, "{s:?}");
}

#[test]
fn what_a_criticism_is_for_is_the_critics_charge() {
    // The ground of the criticism is the critics' charge; the station is criticised, not a holder.
    let s = "The station has drawn criticism from lawmakers for spreading propaganda.";
    let (voice, speaker) = voice_of(s, "propaganda");
    assert_eq!(voice, Voice::Attributed, "{s:?}");
    assert!(
        !speaker.is_some_and(|w| w.starts_with("The station")),
        "{s:?}"
    );
}

// Session 30, review fixes.

#[test]
fn data_records_and_research_show_what_they_report() {
    // Only a person's showing is the writer's inference; findings report.
    for (s, w) in [
        ("The data showed the ferry levy was a sham.", "sham"),
        (
            "The figures showed the harbour program was a boondoggle.",
            "boondoggle",
        ),
        ("Records show the pier deal was a scam.", "scam"),
        ("The evidence showed the council vote was rigged.", "rigged"),
        ("Tests showed the well water was toxic.", "toxic"),
        (
            "Research by the port authority showed the levy was a scam.",
            "scam",
        ),
        ("The data later showed the ferry levy was a sham.", "sham"),
        // A paper, a body or a name may be a document or an institution: their account.
        ("The paper showed the minister was a liar.", "liar"),
        (
            "Figures released by the Treasury showed the levy was a scam.",
            "scam",
        ),
    ] {
        assert_eq!(voice_of(s, w).0, Voice::Attributed, "{s:?}");
    }
    // A pronoun: the writer's inference.
    for s in [
        "She showed she would wield her powers aggressively.",
        "The harbour board knew that he showed he would wield his powers aggressively.",
    ] {
        assert_eq!(
            flag_on(s, "aggressively").map(|f| f.0),
            Some(Voice::Outlet),
            "{s:?}"
        );
    }
}

#[test]
fn a_following_aside_inside_a_report_is_the_speakers() {
    for (s, who) in [
        (
            "The harbour minister said the deal, following months of talks, was a disgrace.",
            "The harbour minister",
        ),
        (
            "The governor said, following the vote, that the ferry law was a disgrace.",
            "The governor",
        ),
    ] {
        assert_eq!(
            voice_of(s, "disgrace"),
            (Voice::Attributed, Some(who.into())),
            "{s:?}"
        );
    }
    // "following" opens no speaker.
    let (voice, speaker) = voice_of(
        "Critics said the pier plan, following talks, was a disaster.",
        "disaster",
    );
    assert_eq!(voice, Voice::Attributed);
    assert_ne!(speaker.as_deref(), Some("following"));
}

#[test]
fn said_of_needs_a_noun_phrase() {
    // "of course" is no topic: the idiom is not the writer's naming.
    let r = analyze("The ferry official said of course the pier would reopen.").unwrap();
    assert!(
        !r.flags
            .iter()
            .any(|f| f.text == "of course" && f.voice == Voice::Outlet),
        "{:?}",
        r.flags
    );
}

#[test]
fn a_criticism_from_someone_names_them() {
    assert_eq!(
        voice_of(
            "The senator faced criticism from rivals for lying about his record.",
            "lying"
        ),
        (Voice::Attributed, Some("rivals".into()))
    );
}

#[test]
fn a_noun_of_perception_with_that_holds_its_holders_view() {
    // "perceptions that …" is the view of those who hold it, even when the word opens the
    // clause as an adjective before its noun.
    assert_eq!(
        voice_of(
            "There has been frustration among some harbour pilots over perceptions that botched planning signaled a retreat.",
            "botched",
        )
        .0,
        Voice::Attributed
    );
    assert_eq!(
        voice_of(
            "Residents shared the impression that the reckless plan would fail.",
            "reckless",
        )
        .0,
        Voice::Attributed
    );
    // Without "that" the perception is the writer's topic; before a determiner an "-ed"
    // word is a relative clause's verb.
    assert_eq!(
        voice_of(
            "Perceptions shifted after the botched rollout of the pier plan.",
            "botched",
        )
        .0,
        Voice::Outlet
    );
    assert_eq!(
        voice_of(
            "The mayor sent messages that botched the talks with the harbour board.",
            "botched",
        )
        .0,
        Voice::Outlet
    );
}

#[test]
fn talking_about_how_reports_speech() {
    // The speaker's own account of what is happening, not the writer's description.
    assert_eq!(
        voice_of(
            "Ortiz, 53, has taken tough stands on zoning, and talked about how his office is becoming more aggressive.",
            "aggressive",
        ),
        (Voice::Attributed, Some("Ortiz".to_string()))
    );
    assert_eq!(
        voice_of(
            "At the hearing she spoke about how the reckless plan had hurt the harbour.",
            "reckless",
        )
        .0,
        Voice::Attributed
    );
    // Talk that opens no clause leaves the word the writer's.
    assert_eq!(
        voice_of(
            "She spoke to reporters before an aggressive campaign of door-knocking began.",
            "aggressive",
        )
        .0,
        Voice::Outlet
    );
}

#[test]
fn a_verb_of_saying_inside_a_report_is_the_reporters_word() {
    // A bare clause after "said" whose subject is a name: its verb is the outer speaker's word.
    assert_eq!(
        voice_of(
            "Alvarez said Brennan claimed he had met the supplier twice.",
            "claimed",
        ),
        (Voice::Attributed, Some("Alvarez".to_string()))
    );
    // The name may carry an apposition.
    assert_eq!(
        voice_of(
            "Alvarez said Tom Brennan, the councillor who runs the parks board, boasted he had met the supplier.",
            "boasted",
        ),
        (Voice::Attributed, Some("Alvarez".to_string()))
    );
    // A plain name as subject: the loaded verb right after it is reported.
    assert_eq!(
        voice_of("The mayor said Brennan slammed the budget.", "slammed").0,
        Voice::Attributed
    );
    // With no report around it, or in the next sentence, the verb stays the writer's.
    assert_eq!(
        voice_of(
            "Tom Brennan, the councillor who runs the parks board, boasted he had met the supplier.",
            "boasted",
        )
        .0,
        Voice::Outlet
    );
    assert_eq!(
        voice_of(
            "Alvarez said the budget was fine. Brennan claimed he had met the supplier twice.",
            "claimed",
        )
        .0,
        Voice::Outlet
    );
    // A verb that takes a person as its object opens no clause: "praised Brennan" is the writer's report.
    assert_eq!(
        voice_of("Alvarez praised Brennan and slammed the budget.", "slammed").0,
        Voice::Outlet
    );
}

#[test]
fn a_parenthetical_cue_reports_the_rest_of_its_sentence() {
    // ", he said," inside a sentence: what follows is the speaker's too.
    assert_eq!(
        voice_of(
            "Any bid to rescue the ferry line, the mayor said, now looks hopeless.",
            "hopeless",
        ),
        (Voice::Attributed, Some("the mayor".to_string()))
    );
    // A relative clause between commas is no report of what follows.
    assert_eq!(
        voice_of(
            "The mayor, who spoke first, then sold the hopeless ferry line.",
            "hopeless",
        )
        .0,
        Voice::Outlet
    );
}

#[test]
fn an_apposition_of_the_speaker_is_the_writers_description() {
    // "X, <apposition>, said he …": the comma closes the subject's apposition; "said" has a
    // clause of its own, so it is no closing "…, said the mayor" and the apposition is the
    // writer's description of the speaker.
    for (text, word) in [
        (
            "Ms. Berg, a firebrand from the valley, said she would run again.",
            "firebrand",
        ),
        (
            "The harbour master, whose lavish parties drew scrutiny, said the ferry would be sold.",
            "lavish",
        ),
        (
            "Ollie Dunn, known for his bombastic speeches, told the council he would not resign.",
            "bombastic",
        ),
    ] {
        assert_eq!(voice_of(text, word), (Voice::Outlet, None), "{text}");
    }
    // A closing inverted attribution still reports what comes before it, with or without an
    // apposition after the speaker.
    assert_eq!(
        voice_of(
            "The reckless ferry plan will fail, said the harbour master.",
            "reckless",
        ),
        (Voice::Attributed, Some("the harbour master".to_string()))
    );
    assert_eq!(
        voice_of(
            "The reckless ferry plan will fail, said Ms. Berg, a councillor from the valley.",
            "reckless",
        )
        .0,
        Voice::Attributed
    );
}

#[test]
fn a_which_clause_with_a_charge_inside_is_the_accusers() {
    // "which critics accuse of …": the clause's own verb charges; its charge is the accusers'.
    assert_eq!(
        voice_of(
            "The ferry line, which riders accuse of peddling false timetables, denied it.",
            "peddling",
        ),
        (Voice::Attributed, Some("riders".to_string()))
    );
    // A ", which" clause with no cue inside stays the writer's.
    assert_eq!(
        voice_of(
            "The ferry line, which printed the reckless timetable, apologized.",
            "reckless",
        ),
        (Voice::Outlet, None)
    );
}

#[test]
fn a_picture_posted_is_described_in_the_writers_words() {
    // A verb of posting with a picture for its object names a thing, not a clause.
    assert_eq!(
        voice_of(
            "The harbour master on Sunday tweeted a chart of wildly inaccurate ferry figures.",
            "wildly",
        ),
        (Voice::Outlet, None)
    );
    assert_eq!(
        voice_of(
            "The harbour master posted a video of the chaotic council meeting.",
            "chaotic",
        ),
        (Voice::Outlet, None)
    );
    // What a post says is still the poster's.
    assert_eq!(
        voice_of(
            "The harbour master tweeted that the council meeting was chaotic.",
            "chaotic",
        ),
        (Voice::Attributed, Some("The harbour master".to_string()))
    );
}

/// Session 41: the speaker the text names for a reported word, not one it does not.
mod s41 {
    use super::*;

    #[test]
    fn an_including_aside_is_not_the_antecedent() {
        // A lowercase aside was taken for the whole antecedent of "who".
        assert_eq!(
            voice_of(
                "The port authority has long been criticized by fishermen, including the harbour master, who say it smothers crews with red tape.",
                "red tape",
            ),
            (Voice::Attributed, Some("fishermen".into()))
        );
        // The group as the subject, before its aside.
        assert_eq!(
            voice_of(
                "Tenant groups, like the one led by Ada Osei, who say the levy is a giveaway to landlords, plan a march.",
                "giveaway",
            )
            .1
            .as_deref(),
            Some("Tenant groups")
        );
    }

    #[test]
    fn a_participle_of_saying_shares_the_main_subject() {
        assert_eq!(
            voice_of(
                "Green members were united in opposition to the levy, calling it a giveaway to landlords.",
                "giveaway",
            ),
            (Voice::Attributed, Some("Green members".into()))
        );
        assert_eq!(
            voice_of(
                "The previous cabinet renewed the scheme four times, finding that conditions in the valley were too dire to send families back.",
                "dire",
            ),
            (Voice::Attributed, Some("The previous cabinet".into()))
        );
        // A long subject is not guessed at; nor is a subject past another comma.
        let (_, sp) = voice_of(
            "The board of the water company that serves the three valleys renewed the scheme, finding that conditions were too dire to cut supply.",
            "dire",
        );
        assert_ne!(sp.as_deref(), Some("The board"));
        let (_, sp) = voice_of(
            "After the vote, Green members walked out, calling the levy a giveaway to landlords.",
            "giveaway",
        );
        assert!(
            sp.is_none() || sp.as_deref() == Some("Green members"),
            "{sp:?}"
        );
    }
}

/// Session 42: the writer's verdict inside a sentence that reports something.
mod s42 {
    use super::*;

    #[test]
    fn an_update_from_the_time_of_writing_is_the_writers() {
        assert_eq!(
            voice_of(
                "Auditors argued the council had leaned on a traffic survey that has since been debunked.",
                "debunked",
            ),
            (Voice::Outlet, None)
        );
        assert_eq!(
            voice_of(
                "The magistrate weighed a soil test, a method since discredited by chemists.",
                "discredited",
            )
            .0,
            Voice::Outlet
        );
        // Told from the speaker's time ("had since"), or closed by a cue: the speaker's.
        assert_eq!(
            voice_of(
                "Wardens said the survey had since been discredited.",
                "discredited"
            ),
            (Voice::Attributed, Some("Wardens".into()))
        );
    }

    #[test]
    fn a_relative_that_is_the_reported_subject() {
        // "which they say amounts to …": the relative pronoun is the reported clause's subject.
        assert_eq!(
            voice_of(
                "Crofters have slammed the zoning map, which they say amounts to a shameless land grab.",
                "shameless",
            ),
            (Voice::Attributed, Some("they".into()))
        );
        assert_eq!(
            voice_of(
                "The guild fought a levy that the bakers' union says rewards greedy landlords.",
                "greedy",
            )
            .0,
            Voice::Attributed
        );
        // A relative with no verb of saying stays the writer's.
        assert_eq!(
            voice_of(
                "Crofters have slammed the zoning map, which amounts to a shameless land grab.",
                "shameless",
            )
            .0,
            Voice::Outlet
        );
    }

    #[test]
    fn claims_that_are_the_subject_are_the_topic() {
        assert_eq!(
            voice_of(
                "The tribunal ruled on Monday in a dispute over a mineral survey whose findings were later debunked.",
                "debunked",
            ),
            (Voice::Outlet, None)
        );
        assert_eq!(
            voice_of(
                "The hearing turned on a report whose central claims have been debunked.",
                "debunked",
            ),
            (Voice::Outlet, None)
        );
        // A cue before or after reports the verdict too.
        assert_eq!(
            voice_of("Okafor said the allegations were baseless.", "baseless"),
            (Voice::Attributed, Some("Okafor".into()))
        );
        assert_eq!(
            voice_of("The allegations are baseless, Okafor said.", "baseless"),
            (Voice::Attributed, Some("Okafor".into()))
        );
        assert_eq!(
            voice_of(
                "The ferry firm's allegations were unfounded, according to the audit.",
                "unfounded",
            )
            .0,
            Voice::Attributed
        );
        // A verb, not a noun of saying: "the guild hopes" reports what follows.
        assert_eq!(
            voice_of(
                "The guild mailed a leaflet, a move that the guild hopes will shatter the myth of idle crews.",
                "shatter",
            )
            .0,
            Voice::Attributed
        );
    }
}

#[test]
fn the_object_of_a_relative_clause_is_not_the_describer() {
    // Session 47 round 2: the commuters describe, not the station they contacted.
    assert_eq!(
        voice_of(
            "Drivers who emailed KTV described the road as chaotic.",
            "chaotic"
        ),
        (Voice::Attributed, Some("Drivers".into()))
    );
    let (_, sp) = voice_of(
        "But commuters who contacted KTV described the situation as chaotic, with the ramps shut.",
        "chaotic",
    );
    assert_ne!(sp.as_deref(), Some("KTV"));
    // The name after "who" is the relative clause's own subject.
    let (_, sp) = voice_of(
        "The clerk who Lee described as chaotic has left.",
        "chaotic",
    );
    assert_eq!(sp.as_deref(), Some("Lee"));
}

/// Session 49, round 2: whose words a loaded flag says they are (issue 9's V verdicts).
mod s49 {
    use super::*;

    #[test]
    fn a_speech_given_with_is_its_givers_words() {
        assert_eq!(
            voice_of(
                "Ann Lee spoke hours after former Governor Tom Roe, a Republican, also took a swipe at her with a speech decrying \"cowardly politics\" on Monday.",
                "cowardly",
            ),
            (Voice::Quoted, Some("former Governor Tom Roe".into()))
        );
    }

    #[test]
    fn a_pronoun_holder_stands_for_the_named_subject() {
        assert_eq!(
            voice_of(
                "Ann Lee returned to the council on Monday to begin what she called a process of rebuilding trust shattered by the scandal.",
                "shattered",
            ),
            (Voice::Attributed, Some("Ann Lee".into()))
        );
    }

    #[test]
    fn a_quoted_word_naming_a_remark_is_not_the_closing_speakers() {
        assert_eq!(
            voice_of(
                "Voters were alienated by the reported \"idiot\" remark and by his positions on taxes, said a senior aide.",
                "idiot",
            ),
            (Voice::Quoted, None)
        );
    }

    #[test]
    fn a_judgement_with_a_graded_predicate_is_its_holders() {
        assert_eq!(
            voice_of(
                "Some residents consider the stadium name deeply offensive and a reminder of the massacre of the valley's tribes.",
                "massacre",
            ),
            (Voice::Attributed, Some("Some residents".into()))
        );
        // "consider" = weigh: no predicate after the object.
        assert_eq!(
            voice_of(
                "The panel will consider the cruel practice very soon.",
                "cruel"
            ),
            (Voice::Outlet, None)
        );
    }
}

#[test]
fn a_reason_given_in_a_closed_relative_clause_does_not_introduce_the_quotation() {
    // "for refusing to obey" is why Ruiz was removed, not a saying: the closing tag names who
    // worded the quotation.
    assert_eq!(
        voice_of(
            "Ana Ruiz, who was removed from the bench for refusing to obey the law, was a \u{201c}source of embarrassment\u{201d} for the county, Cole said.",
            "embarrassment",
        ),
        (Voice::Quoted, Some("Cole".to_string()))
    );
    // Inside the clause, the quotation is the relative clause's own subject's.
    assert_eq!(
        voice_of(
            // (Not "declining to call the plan a …": a label withheld is only named, never flagged.)
            "The mayor, who was criticized for calling the plan a \u{201c}disgrace,\u{201d} left early.",
            "disgrace",
        )
        .0,
        Voice::Quoted
    );
}

#[test]
fn an_impersonal_infinitive_of_belief_is_the_writers_own() {
    // "it is possible to believe": no one holds the view; the writer does.
    assert_eq!(
        voice_of(
            "From the pier it is possible to believe you stand in one of the most beautiful coves on the coast.",
            "beautiful",
        ),
        (Voice::Outlet, None)
    );
    assert_eq!(
        voice_of(
            "Many visitors believe they stand in one of the most beautiful coves on the coast.",
            "beautiful",
        )
        .0,
        Voice::Attributed
    );
}

/// Session 52, round 2 (issue 9): whose words a loaded flag gives.
mod s52 {
    use super::*;

    #[test]
    fn a_contracted_subject_opens_a_reported_clause() {
        assert_eq!(
            voice_of(
                "Supporters say the lanes save lives. Opponents say they've turned the high street into a nightmare.",
                "nightmare",
            ),
            (Voice::Attributed, Some("Opponents".into()))
        );
    }

    #[test]
    fn the_medium_after_a_verb_of_saying_does_not_end_the_report() {
        assert_eq!(
            voice_of(
                "Councillor Ann Reeve said in a statement the road would cut through farmland and threaten the wetlands nearby.",
                "threaten",
            ),
            (Voice::Attributed, Some("Councillor Ann Reeve".into()))
        );
    }

    #[test]
    fn a_verb_of_saying_in_its_literal_sense_reports_nothing() {
        assert_eq!(
            voice_of(
                "Nobody should have their car torched because of a tragic parking feud.",
                "tragic",
            ),
            (Voice::Outlet, None)
        );
    }

    #[test]
    fn public_opinion_is_no_speaker() {
        assert_eq!(
            voice_of(
                "Public opinion in several countries has moved sharply since the start of the brutal war.",
                "brutal",
            ),
            (Voice::Outlet, None)
        );
    }

    #[test]
    fn what_someone_likens_a_thing_to_is_their_comparison() {
        assert_eq!(
            voice_of(
                "A resident at the back compared the mayor to a jackbooted tyrant.",
                "tyrant",
            )
            .0,
            Voice::Attributed
        );
    }

    #[test]
    fn a_circumstance_after_despite_is_the_writers() {
        assert_eq!(
            voice_of(
                "Dairy farmers believe they can hold on despite the troubling price outlook.",
                "troubling",
            ),
            (Voice::Outlet, None)
        );
    }

    #[test]
    fn the_event_a_toll_counts_is_named_by_the_writer() {
        assert_eq!(
            voice_of(
                "According to the county coroner, the death toll from the brutal heatwave has passed 400.",
                "brutal",
            ),
            (Voice::Outlet, None)
        );
    }

    #[test]
    fn the_writers_own_i_is_the_outlets_voice() {
        assert_eq!(
            voice_of(
                "I accept, too, that the mayor did not create the financial mess the city is in.",
                "mess",
            ),
            (Voice::Outlet, None)
        );
        // Not the "I" inside someone else's subject.
        assert_ne!(
            voice_of(
                "Everyone I interviewed at the depot dismissed the plan as reckless.",
                "reckless",
            )
            .0,
            Voice::Outlet
        );
    }
}

/// Session 53: who holds a label the voice rules missed or misread.
mod session_53 {
    use super::*;

    #[test]
    fn a_passive_verb_of_framing_gives_the_label_to_others() {
        assert_eq!(
            voice_of(
                "Rules once linked only with the fringe are now presented as mainstream common sense.",
                "common sense",
            ),
            (Voice::Attributed, None)
        );
    }

    #[test]
    fn what_describes_an_according_to_source_is_the_writers() {
        // A relative clause on the source.
        assert_eq!(
            voice_of(
                "More than half of nurses plan to quit, according to a poll that paints a bleak picture of the wards.",
                "bleak",
            ),
            (Voice::Outlet, None)
        );
        // A clause joined after a closing "according to".
        assert_eq!(
            voice_of(
                "The city is short of 9,000 homes, according to the council's own figures, and the reasons for that have been obvious for years.",
                "obvious",
            ),
            (Voice::Outlet, None)
        );
        // Still the source's when its relative clause reports: "that said".
        assert_eq!(
            voice_of(
                "Half of nurses plan to quit, according to a poll that said the wards were bleak.",
                "bleak",
            )
            .0,
            Voice::Attributed
        );
    }

    #[test]
    fn a_verb_in_a_fronted_if_clause_after_but_reports_nothing_past_its_comma() {
        assert_eq!(
            voice_of(
                "But if the bank cannot predict prices, it should stop pretending that its models are a precise science.",
                "pretending",
            ),
            (Voice::Outlet, None)
        );
    }

    #[test]
    fn an_adverb_before_the_verb_is_no_part_of_the_speaker() {
        assert_eq!(
            voice_of(
                "Port officials have instead claimed that rivals ran a smear campaign against them.",
                "smear",
            ),
            (Voice::Attributed, Some("Port officials".into()))
        );
    }

    #[test]
    fn a_lone_demonstrative_is_no_speaker() {
        assert_eq!(
            voice_of(
                "This month it emerged that the ferry, which was years late, has been withdrawn yet again for repairs.",
                "yet again",
            ),
            (Voice::Outlet, None)
        );
    }
}
