//! Framing: actors, their labels (one sentence per label rule), speech, and the seed article.

use slant_core::frame::{Actor, ActorKind, Label, LabelKind, LabelVoice, MentionKind, Via};
use slant_core::{analyze, Analyzer, Options};

const SEED: &str = include_str!("../../../tests/fixtures/seed-presstv-2009-06-15-mko.txt");

fn with_actors() -> Options {
    Options {
        actors: true,
        ..Options::default()
    }
}

fn actors(text: &str) -> Vec<Actor> {
    Analyzer::builtin()
        .unwrap()
        .analyze(text, &with_actors())
        .expect("analyses")
        .actors
        .expect("actors asked for")
}

fn actor<'a>(all: &'a [Actor], name: &str) -> &'a Actor {
    all.iter()
        .find(|a| a.name == name)
        .unwrap_or_else(|| panic!("no actor {name:?} in {:?}", names(all)))
}

fn names(all: &[Actor]) -> Vec<&str> {
    all.iter().map(|a| a.name.as_str()).collect()
}

fn label<'a>(a: &'a Actor, text: &str, kind: LabelKind) -> &'a Label {
    a.labels
        .iter()
        .find(|l| l.text == text && l.kind == kind)
        .unwrap_or_else(|| {
            panic!(
                "{:?} has no {kind:?} label {text:?}: {:?}",
                a.name, a.labels
            )
        })
}

#[test]
fn seed_mko_and_saddam_labels() {
    let all = actors(SEED);
    let mko = actor(&all, "Mujahedin Khalq Organization");
    assert!(
        mko.aliases.contains(&"MKO".to_string()),
        "{:?}",
        mko.aliases
    );
    assert_eq!(all[0].name, mko.name, "the MKO is the most mentioned actor");
    // "the terrorist organization": the outlet's own words, loaded.
    let own = label(mko, "terrorist organization", LabelKind::Reference);
    assert_eq!(own.voice, LabelVoice::Outlet);
    assert!(own.loaded && own.rules.iter().any(|r| r.contains("terrorist")));
    // "Washington has declared the MKO as a terrorist organization": Washington's label.
    let declared = label(mko, "terrorist organization", LabelKind::LabellingVerb);
    assert_eq!(declared.voice, LabelVoice::Attributed);
    assert_eq!(
        declared.speaker.as_ref().map(|s| s.text.as_str()),
        Some("Washington")
    );
    // "which identifies itself as a Marxist-Islamist guerilla army": its own description.
    let own_words = label(
        mko,
        "Marxist-Islamist guerilla army",
        LabelKind::SelfDescription,
    );
    assert_eq!(own_words.voice, LabelVoice::Self_);
    assert!(!own_words.loaded);
    let proxy = label(mko, "proxy-army", LabelKind::Predicate);
    assert!(proxy.loaded);
    // "The organization is notorious …" and "the group" resolve to the MKO.
    assert!(label(mko, "notorious", LabelKind::Predicate).loaded);
    let refs: Vec<&str> = mko
        .mentions
        .iter()
        .filter(|m| m.kind == MentionKind::Reference)
        .map(|m| m.text.as_str())
        .collect();
    assert!(
        refs.contains(&"the group") && refs.contains(&"The organization"),
        "{refs:?}"
    );

    let saddam = actor(&all, "Saddam Hussein");
    let title = label(saddam, "former dictator", LabelKind::Title);
    assert!(title.loaded && title.voice == LabelVoice::Outlet);

    let chang = actor(&all, "Benjamin Chang");
    label(chang, "White House spokesman", LabelKind::Title);
    assert_eq!(chang.speech.named, 1);
    assert_eq!(chang.speech.verbs[0].verb, "claimed");
    label(
        actor(&all, "Donald Rumsfeld"),
        "former secretary of defense",
        LabelKind::Title,
    );
    label(
        actor(&all, "Dick Cheney"),
        "Vice President",
        LabelKind::Title,
    );
}

#[test]
fn appositive() {
    let all = actors("Yesterday Dana Whitlock, a veteran campaign strategist, joined the race.");
    let l = label(
        actor(&all, "Dana Whitlock"),
        "veteran campaign strategist",
        LabelKind::Appositive,
    );
    assert_eq!(l.voice, LabelVoice::Outlet);
}

#[test]
fn predicate() {
    let all =
        actors("The council met on Tuesday. Orrin Vale is a notorious crook, neighbours say.");
    let l = label(
        actor(&all, "Orrin Vale"),
        "notorious crook",
        LabelKind::Predicate,
    );
    assert!(l.loaded, "{l:?}");
}

#[test]
fn labelling_verb_active_and_passive() {
    let all = actors("Mayor Ruth Calder branded the Harbor Union a gang of thugs.");
    let l = label(
        actor(&all, "Harbor Union"),
        "gang of thugs",
        LabelKind::LabellingVerb,
    );
    assert_eq!(l.voice, LabelVoice::Attributed);
    assert_eq!(l.speaker.as_ref().unwrap().text, "Ruth Calder");

    let all = actors("The Harbor Union was branded a menace by Ruth Calder on Friday.");
    let l = label(
        actor(&all, "Harbor Union"),
        "menace",
        LabelKind::LabellingVerb,
    );
    assert_eq!(l.speaker.as_ref().unwrap().text, "Ruth Calder");
}

#[test]
fn self_description() {
    let all = actors(
        "Members of the Pine Valley Collective, which describes itself as a civic club, met.",
    );
    let l = label(
        actor(&all, "Pine Valley Collective"),
        "civic club",
        LabelKind::SelfDescription,
    );
    assert_eq!(l.voice, LabelVoice::Self_);
    assert_eq!(l.speaker.as_ref().unwrap().text, "Pine Valley Collective");
}

#[test]
fn titles_before_a_name() {
    let all = actors("The plan was drafted with former dictator Arlo Brandt and Senator Mia Ko.");
    assert!(
        label(
            actor(&all, "Arlo Brandt"),
            "former dictator",
            LabelKind::Title
        )
        .loaded
    );
    label(actor(&all, "Mia Ko"), "Senator", LabelKind::Title);
    // A verb before a name is no title.
    let all = actors("Voters asked the board to expel Arlo Brandt from the club.");
    assert!(actor(&all, "Arlo Brandt").labels.is_empty());
}

#[test]
fn a_name_modifying_a_noun_for_a_person_takes_no_label() {
    // "House" and "Harbor Union" only modify "member" and "organizer": the words before
    // describe that person, not the institution.
    let all = actors(
        "Mia Ko opened the hearing. Aides quoted an obscure freshman House member. Later a \
         notorious Harbor Union organizer spoke. The House adjourned; the Harbor Union left.",
    );
    for name in ["House", "Harbor Union"] {
        let a = actor(&all, name);
        assert!(a.labels.is_empty(), "{name}: {:?}", a.labels);
        assert!(a.flags.iter().all(|f| f.via != Via::Label), "{:?}", a.flags);
    }
    // Before a verb the name is the noun phrase's head, and the words before label it.
    let all = actors("Aides said the notorious Harbor Union organized the strike.");
    label(actor(&all, "Harbor Union"), "notorious", LabelKind::Flag);
}

#[test]
fn loaded_word_next_to_a_mention() {
    let all = actors("Reporters followed the notorious Arlo Brandt to the harbour on Monday.");
    let a = actor(&all, "Arlo Brandt");
    assert!(label(a, "notorious", LabelKind::Flag).loaded);
    assert!(a
        .flags
        .iter()
        .any(|f| f.text == "notorious" && f.via == Via::Label));
}

#[test]
fn quoted_label_is_the_speakers() {
    let all = actors(
        "\"Arlo Brandt is a notorious liar,\" said Mia Ko. Arlo Brandt did not reply to Mia Ko.",
    );
    let l = label(
        actor(&all, "Arlo Brandt"),
        "notorious liar",
        LabelKind::Predicate,
    );
    assert_eq!(l.voice, LabelVoice::Quoted);
    assert_eq!(l.speaker.as_ref().unwrap().text, "Mia Ko");
    assert_eq!(actor(&all, "Mia Ko").speech.named, 1);
}

#[test]
fn surnames_titles_and_acronyms_group() {
    let text = "Trump spoke first. Donald Trump then met the National Rifle Association. \
                Mr. Trump said the NRA had been helpful. The Teachers Guild (TG) objected, and \
                the group said TG would sue.";
    let all = actors(text);
    let trump = actor(&all, "Donald Trump");
    assert_eq!(trump.mentions.len(), 3, "{:?}", trump.mentions);
    assert!(
        trump.speech.verbs.iter().any(|v| v.verb == "said"),
        "{:?}",
        trump.speech
    );
    let nra = actor(&all, "National Rifle Association");
    assert!(nra.mentions.iter().any(|m| m.kind == MentionKind::Acronym));
    let guild = actor(&all, "Teachers Guild");
    assert!(guild.mentions.iter().any(|m| m.text == "the group"));
    assert_eq!(guild.mentions.len(), 4, "{:?}", guild.mentions);
}

#[test]
fn headline_in_title_case_gives_no_actors_but_acronyms() {
    let all = actors("Senate Passes Big Budget Bill As FBI Watches\n\nNothing else here.");
    assert_eq!(names(&all), vec!["FBI"]);
}

#[test]
fn actors_are_off_by_default_and_change_nothing_else() {
    let off = analyze(SEED).unwrap();
    assert!(off.actors.is_none());
    let on = Analyzer::builtin()
        .unwrap()
        .analyze(SEED, &with_actors())
        .unwrap();
    assert_eq!(off.flags, on.flags);
    assert_eq!(off.scores, on.scores);
}

#[test]
fn any_input_is_fine() {
    for text in [
        "",
        "(",
        "The the the",
        "A (B) C",
        "\"",
        "X, which calls itself",
        "the group",
        "his",
        "He insisted",
        "was slammed by",
        "Vale's",
        "'s campaign wasn't champing",
        "Mr. Ko's notorious, his notorious",
        "It was slammed by Ann Lee's",
    ] {
        let _ = actors(text);
    }
}

/// The actor a loaded word is tied to, and how.
fn about<'a>(all: &'a [Actor], word: &str) -> (&'a str, Via) {
    all.iter()
        .find_map(|a| {
            a.flags
                .iter()
                .find(|f| f.text == word)
                .map(|f| (a.name.as_str(), f.via))
        })
        .unwrap_or_else(|| panic!("{word:?} is tied to no actor: {all:?}"))
}

// Each text makes someone else the topic (named first and most), so that only the clause rule
// can tie the word to the right actor.

#[test]
fn possessor_owns_the_loaded_modifier() {
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. \
         Reporters mocked Orrin Vale's bluster at the door.",
    );
    assert_eq!(about(&all, "bluster"), ("Orrin Vale", Via::Possessor));
    // A pronoun owner: "her" is the nearest earlier person, outside any quotation.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Governor Orrin Vale \
         attacked Senator Dana Whitlock on Friday, calling her disdainful remarks a stunt.",
    );
    assert_eq!(about(&all, "disdainful"), ("Dana Whitlock", Via::Possessor));
}

#[test]
fn possessor_is_not_the_person_a_phrase_names() {
    // "his notorious aide" is about the aide, not about him.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Later Senator Orrin Vale \
         defended his notorious aide.",
    );
    assert_eq!(about(&all, "notorious").1, Via::Topic);
}

#[test]
fn pronoun_subject_with_gender_from_titles() {
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Mr. Orrin Vale met with \
         Ms. Dana Whitlock in the hall after the vote. He insisted the count was rigged.",
    );
    // The nearest earlier person is Ms. Whitlock; "he" skips her.
    assert_eq!(about(&all, "insisted"), ("Orrin Vale", Via::Subject));
    // A place named like a person ("North Harbor") is not taken for "he".
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Orrin Vale arrived from \
         North Harbor. He insisted the count was rigged.",
    );
    assert_eq!(about(&all, "insisted").1, Via::Topic);
}

#[test]
fn a_pronoun_in_a_quotation_is_someone_other_than_its_speaker() {
    // Brandt is the nearest earlier man, but he speaks the quotation: "he" in it is Vale.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Mr. Orrin Vale spoke \
         first, and Mr. Arlo Brandt answered him. \"He insisted the count was rigged,\" \
         Brandt said.",
    );
    assert_eq!(about(&all, "insisted"), ("Orrin Vale", Via::Subject));
    // A speaker named only by a pronoun is resolved first ("he said" is Brandt).
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Mr. Orrin Vale spoke \
         first, and Mr. Arlo Brandt answered him. \"He insisted the count was rigged,\" he \
         said.",
    );
    assert_eq!(about(&all, "insisted"), ("Orrin Vale", Via::Subject));
    // The speaker is never the pronoun: with no other man named, the topic rule decides.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Mr. Arlo Brandt took the \
         floor. \"He insisted the count was rigged,\" Brandt said.",
    );
    assert_eq!(about(&all, "insisted").1, Via::Topic);
}

#[test]
fn people_named_in_the_plural_are_subjects() {
    // "Democrats" is no person and no "group" by a plural noun, but a clause's subject like
    // one; a place in -s ("Athens") is not.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Later, Democrats have \
         repeatedly insisted that the count was wrong.",
    );
    assert_eq!(about(&all, "insisted"), ("Democrats", Via::Subject));
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Later, Athens insisted that \
         the count was wrong.",
    );
    assert_eq!(about(&all, "insisted").1, Via::Topic);
}

#[test]
fn predicate_after_is_past_articles_and_prepositions() {
    // "is so", "were in a": the loaded word is predicated of the subject of "is"/"are".
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Senator Orrin Vale is so \
         notorious among the clerks that few call him.",
    );
    assert_eq!(about(&all, "notorious"), ("Orrin Vale", Via::Subject));
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Later, Democrats were in a \
         disdainful mood.",
    );
    assert_eq!(about(&all, "disdainful"), ("Democrats", Via::Subject));
    // A verb between ("is expected to oppose the …") ends the predicate's lead.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Senator Orrin Vale is \
         expected to oppose the notorious plan.",
    );
    assert_eq!(about(&all, "notorious").1, Via::Topic);
}

#[test]
fn they_stands_for_people_named_in_the_plural() {
    // "they" and "their": the nearest earlier party, nationality or group in the plural.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Most Republicans left early, \
         and later they insisted the count was wrong.",
    );
    assert_eq!(about(&all, "insisted"), ("Republicans", Via::Subject));
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Harbor Democrats met on \
         Monday, but their bluster won no votes.",
    );
    assert_eq!(about(&all, "bluster"), ("Harbor Democrats", Via::Possessor));
    // A plural noun for people between ("officials") is the nearer antecedent and names no
    // actor; a place in -s ("North Falls") is no one "they" stands for.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Republicans said officials \
         met on Monday, and they insisted the count was wrong.",
    );
    assert_eq!(about(&all, "insisted").1, Via::Topic);
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. The clerks came from North \
         Falls, and they insisted the count was wrong.",
    );
    assert_eq!(about(&all, "insisted").1, Via::Topic);
}

#[test]
fn subject_past_auxiliaries_and_adverbs() {
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Senator Orrin Vale has \
         repeatedly insisted that the count was wrong.",
    );
    assert_eq!(about(&all, "insisted"), ("Orrin Vale", Via::Subject));
    // A name inside a prepositional phrase is no subject.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Support for Orrin Vale is \
         largely unparalleled among the clerks.",
    );
    assert_ne!(about(&all, "unparalleled").0, "Orrin Vale");
}

#[test]
fn possessive_subject_stands_for_its_owner() {
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Orrin Vale's campaign \
         was champing at the bit.",
    );
    assert_eq!(
        about(&all, "champing at the bit"),
        ("Orrin Vale", Via::Subject)
    );
    // "her brother" is someone else: not her.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Senator Dana Whitlock said \
         her brother had been brainwashed.",
    );
    assert_eq!(about(&all, "brainwashed").1, Via::Topic);
}

#[test]
fn agent_of_a_passive_loaded_verb() {
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. The plan was slammed by \
         Orrin Vale on Friday.",
    );
    assert_eq!(about(&all, "slammed"), ("Orrin Vale", Via::Agent));
}

#[test]
fn described_organisation_as_subject() {
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. The Harbor Union filed a \
         complaint, and the group insists it was cheated.",
    );
    assert_eq!(about(&all, "insists"), ("Harbor Union", Via::Subject));
    // Named, an institution is often only a setting: not taken as the subject.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. The Harbor Union insists \
         it was cheated.",
    );
    assert_eq!(about(&all, "insists").1, Via::Topic);
}

#[test]
fn party_or_nationality_with_a_plural_noun_names_a_group() {
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Democratic presidential \
         candidates insisted the count was wrong.",
    );
    assert!(names(&all).contains(&"Democratic presidential candidates"));
    assert_eq!(
        about(&all, "insisted"),
        ("Democratic presidential candidates", Via::Subject)
    );
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Canadian officials \
         insisted the count was wrong.",
    );
    assert_eq!(
        about(&all, "insisted"),
        ("Canadian officials", Via::Subject)
    );
    // A group is no person: not "he", and not the topic ahead of a person named less often.
    assert_eq!(actor(&all, "Canadian officials").kind, ActorKind::Other);
    let all = actors(
        "Canadian officials met Mia Ko on Monday. Canadian officials left early. Mia Ko \
         stayed. He insisted the notorious plan was fine.",
    );
    assert_eq!(about(&all, "notorious"), ("Mia Ko", Via::Topic));
    assert_ne!(about(&all, "insisted").0, "Canadian officials");
    // A nationality before a thing, or before more than one modifier, names no group.
    let all = actors("Mia Ko praised Canadian maple syrup and the Canadian trade policy leaders.");
    assert_eq!(names(&all), vec!["Mia Ko"]);
}

#[test]
fn subject_past_an_aside_between_commas() {
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Senator Orrin Vale, the \
         ranking member, complained that the panel had slept.",
    );
    assert_eq!(about(&all, "complained"), ("Orrin Vale", Via::Subject));
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Orrin Vale, who met the \
         clerks on Monday, has insisted the count was wrong.",
    );
    assert_eq!(about(&all, "insisted"), ("Orrin Vale", Via::Subject));
    // A name in a prepositional phrase is no subject, aside or not.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Support for Orrin Vale, \
         the ranking member, is unparalleled.",
    );
    assert_ne!(about(&all, "unparalleled").0, "Orrin Vale");
}

#[test]
fn coordinated_verb_shares_its_subject() {
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. During the recess, Orrin \
         Vale toured the harbor and threatened the clerks.",
    );
    assert_eq!(about(&all, "threatened"), ("Orrin Vale", Via::Subject));
    // The nearest earlier subject: "the clerks caved and …" is about the clerks, not Vale.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Orrin Vale said Canadian \
         officials caved and threatened the clerks.",
    );
    assert_eq!(
        about(&all, "threatened"),
        ("Canadian officials", Via::Subject)
    );
    // A dash ends the search: the relative clause's subject ("the group") is not the one.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. The Harbor Union filed a \
         complaint. The donor list, which the group says is long, is untested - and highly \
         coveted.",
    );
    assert_eq!(about(&all, "coveted"), ("Mia Ko", Via::Topic));
    // A noun after "and" shares no subject.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Orrin Vale described the \
         rage and hysteria of the crowd.",
    );
    assert_eq!(about(&all, "hysteria").1, Via::Topic);
}

#[test]
fn a_speaker_phrase_names_its_last_person() {
    // The speaker is the chairman, not the candidate his title names: the candidate stays the
    // topic the quoted words are about.
    let all = actors(
        "Orrin Vale opened his campaign on Monday. Orrin Vale spoke for an hour. \
         \"The coverage was a disgrace,\" Vale campaign chairman Arlo Brandt said.",
    );
    assert_eq!(about(&all, "disgrace"), ("Orrin Vale", Via::Topic));
    // Nor is a name after "lawyer for" the speaker.
    let all = actors(
        "Orrin Vale opened his campaign on Monday. Orrin Vale spoke for an hour. \
         \"The coverage was a disgrace,\" the lawyer for Orrin Vale said.",
    );
    assert_eq!(about(&all, "disgrace"), ("Orrin Vale", Via::Topic));
    // The speaker's own insults are not about the speaker.
    let all = actors(
        "Orrin Vale opened his campaign on Monday. Orrin Vale spoke for an hour. Mia Ko \
         watched. Mia Ko left. \"The coverage was a disgrace,\" Orrin Vale said.",
    );
    assert_eq!(about(&all, "disgrace"), ("Mia Ko", Via::Topic));
}

#[test]
fn a_title_used_before_the_full_name_stays_with_the_person() {
    let all = actors(
        "President Brandt opened the summit. Mia Ko met Arlo Brandt and the envoys. Mia Ko \
         left early. Mia Ko returned. The president insisted the talks went well.",
    );
    assert_eq!(about(&all, "insisted"), ("Arlo Brandt", Via::Subject));
}

#[test]
fn compare_counts_verbs_of_saying_not_stance_cues() {
    let r = Analyzer::builtin()
        .unwrap()
        .analyze(
            "The Harbor League lobbied for months. Mayor Ann Ruiz said the bridge would open. \
             Ruiz claimed the river was clean.",
            &with_actors(),
        )
        .unwrap();
    let c = slant_core::frame::compare(&[&r, &r]);
    let verbs: Vec<&str> = c.articles[0]
        .attribution_verbs
        .iter()
        .map(|v| v.verb.as_str())
        .collect();
    assert_eq!(verbs, ["said", "claimed"], "{verbs:?}");
}

#[test]
fn a_scare_quoted_label_after_a_labelling_verb() {
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Critics call Orrin Vale \
         \"a notorious crook\" and worse.",
    );
    let vale = actor(&all, "Orrin Vale");
    let l = label(vale, "a notorious crook", LabelKind::LabellingVerb);
    assert!(l.loaded, "{l:?}");
    assert_eq!(about(&all, "notorious"), ("Orrin Vale", Via::Label));
}

#[test]
fn a_measure_is_named_with_its_number() {
    // "Senate Bill 1062" is one name, and "SB1062" is its short form.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Lawmakers in the capital \
         passed Senate Bill 2041 after a long night. Critics branded SB2041 \"notorious\" \
         legislation.",
    );
    let bill = actor(&all, "Senate Bill 2041");
    assert!(bill.aliases.contains(&"SB2041".to_string()), "{bill:?}");
    assert_eq!(about(&all, "notorious"), ("Senate Bill 2041", Via::Label));
    // A number after a name that is no measure stays out of it.
    let all = actors("Mia Ko met Orrin Vale in Harbor City 2041 times.");
    assert!(names(&all).contains(&"Harbor City"), "{:?}", names(&all));
}

#[test]
fn an_opening_phrase_describes_the_subject_after_it() {
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Sounding notorious and \
         sullen, Mr. Orrin Vale left the room.",
    );
    assert_eq!(about(&all, "notorious"), ("Orrin Vale", Via::Subject));
    // An opening prepositional phrase is not a description of the subject.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. After the notorious vote, \
         Orrin Vale left the room.",
    );
    assert_eq!(about(&all, "notorious").1, Via::Topic);
    // Nor a phrase that names someone itself.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Citing Dana Whitlock's \
         notorious memo, Orrin Vale left the room.",
    );
    assert_ne!(about(&all, "notorious").0, "Orrin Vale");
}

#[test]
fn an_agent_named_by_surname_is_a_person() {
    let all = actors(
        "The memo came from Special Agent Vale on Monday. Critics said Vale left the bureau.",
    );
    assert_eq!(actor(&all, "Vale").kind, ActorKind::Person);
}

#[test]
fn a_quoted_title_in_title_case_names_no_one_new() {
    // A headline or book title quoted in title case: its capitals are the style's. Names in it
    // that the article uses elsewhere still count there.
    let all = actors(
        "Mia Ko opened the hearing. The Harbor Gazette ran a story under the headline \
         \"Gazette Puts Picture of Mia Ko on Cover That Makes Her Look Tired.\" Ko said \
         nothing.",
    );
    let ko = actor(&all, "Mia Ko");
    assert_eq!(ko.mentions.len(), 3, "{:?}", ko.mentions);
    for bad in [
        "Gazette Puts Picture of Mia Ko",
        "Cover That Makes Her Look Tired",
    ] {
        assert!(!names(&all).contains(&bad), "{:?}", names(&all));
    }
    // A quotation in sentence case, or one that is mostly names, still names people.
    let all = actors("Mia Ko opened the hearing. \"I asked Orrin Vale to come,\" Ko said.");
    assert!(names(&all).contains(&"Orrin Vale"), "{:?}", names(&all));
    let all = actors(
        "Mia Ko opened the hearing. At the hearing on Monday, Ko asked the clerk, \"Is Orrin \
         Vale in Ohio or Iowa?\"",
    );
    assert!(names(&all).contains(&"Orrin Vale"), "{:?}", names(&all));
}

#[test]
fn a_loaded_verb_with_no_one_before_it_is_about_its_object() {
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. The editorial slammed Orrin \
         Vale on Friday.",
    );
    assert_eq!(about(&all, "slammed"), ("Orrin Vale", Via::Object));
    // A title between, and a possessive: still the person.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. On Friday the editorial \
         slammed Mr. Vale's plan.",
    );
    assert_eq!(about(&all, "slammed"), ("Vale", Via::Object));
    // A name or pronoun before the verb may be its subject: not the object's.
    for text in [
        "Mia Ko opened the hearing. Mia Ko then read the report. The Harbor Union slammed \
         Orrin Vale on Friday.",
        "Mia Ko opened the hearing. Mia Ko then read the report. Later she slammed Orrin Vale \
         on Friday.",
        "Mia Ko opened the hearing. Mia Ko then read the report. Brandt slammed Orrin Vale on \
         Friday.",
    ] {
        let all = actors(text);
        assert_ne!(
            about(&all, "slammed"),
            ("Orrin Vale", Via::Object),
            "{text}"
        );
    }
}

#[test]
fn people_in_the_plural_after_the_are_a_subject() {
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. After the vote the \
         Republicans insisted that the count was wrong.",
    );
    assert_eq!(about(&all, "insisted"), ("Republicans", Via::Subject));
    // A single name after "the" is still no subject.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. After the vote the Harbor \
         Union insisted that the count was wrong.",
    );
    assert_ne!(about(&all, "insisted").1, Via::Subject);
}

#[test]
fn a_group_named_by_a_common_noun_twice_is_an_actor() {
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. The protesters marched to the \
         harbor on Friday, and the protesters insisted that the count was wrong.",
    );
    let group = actor(&all, "protesters");
    assert_eq!(group.mentions.len(), 2);
    assert_eq!(about(&all, "insisted"), ("protesters", Via::Subject));
    // Named once, a plural noun is no actor; a noun before a noun for a person only modifies it.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. The protesters marched on \
         Friday. Police officers watched, and police officers insisted that all was calm.",
    );
    assert!(
        !names(&all)
            .iter()
            .any(|n| ["protesters", "police"].contains(n)),
        "{:?}",
        names(&all)
    );
    // The bare noun after a named group is that group.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Democratic candidates met on \
         Friday. Several candidates insisted that the count was wrong.",
    );
    let group = actor(&all, "Democratic candidates");
    assert_eq!(group.mentions.len(), 2);
    assert_eq!(group.mentions[1].kind, MentionKind::Reference);
    assert!(!names(&all).contains(&"candidates"));
}

#[test]
fn a_loaded_word_in_the_predicate_is_about_the_sentence_subject() {
    // The subject opens the sentence, an aside and the verb stand between.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Democratic lawmakers, meeting \
         on Friday, later staged a notorious protest at the docks.",
    );
    assert_eq!(
        about(&all, "notorious"),
        ("Democratic lawmakers", Via::Subject)
    );
    // A word in scare quotes is still the outlet's sentence.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. Democratic lawmakers later \
         staged a \"notorious\" protest at the docks.",
    );
    assert_eq!(
        about(&all, "notorious"),
        ("Democratic lawmakers", Via::Subject)
    );
    // Reported speech, another clause, or another actor named between: not the subject's.
    for text in [
        "Mia Ko opened the hearing. Mia Ko then read the report. Democratic lawmakers said the \
         notorious protest was over.",
        "Mia Ko opened the hearing. Mia Ko then read the report. Democratic lawmakers met after \
         the notorious protest was over.",
        "Mia Ko opened the hearing. Mia Ko then read the report. Democratic lawmakers met Orrin \
         Vale at a notorious protest.",
    ] {
        assert_ne!(
            about(&actors(text), "notorious").0,
            "Democratic lawmakers",
            "{text}"
        );
    }
}

#[test]
fn a_measure_named_by_its_number_and_the_bill_that_refers_to_it() {
    // A bill's abbreviation and number are one name; a name ending in a number is no person.
    let all = actors(
        "The legislation caused a national uproar. Mia Ko signed SB 88 on Friday. Mia Ko said \
         the bill would pass, and the measure did.",
    );
    let bill = actor(&all, "SB 88");
    assert_ne!(bill.kind, ActorKind::Person);
    let refs: Vec<&str> = bill.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(
        refs,
        ["The legislation", "SB 88", "the bill", "the measure"]
    );
    // "the legislation" before the number is named takes the bill: its uproar is the bill's.
    assert_eq!(about(&all, "uproar"), ("SB 88", Via::Subject));
    // With no numbered measure, "the bill" is no one.
    let all = actors("Mia Ko signed the bill on Friday. Mia Ko said the bill would pass.");
    assert_eq!(names(&all), ["Mia Ko"]);
}

#[test]
fn a_relative_clause_verb_is_its_head_s() {
    for text in [
        "Mia Ko opened the hearing. Mia Ko then read the report. On Friday she met Orrin Vale, \
         who repeatedly insisted that the count was wrong.",
        "Mia Ko opened the hearing. Mia Ko then read the report. On Friday she met Orrin Vale \
         who insisted that the count was wrong.",
    ] {
        assert_eq!(
            about(&actors(text), "insisted"),
            ("Orrin Vale", Via::Subject),
            "{text}"
        );
    }
    // An institution named by name is no subject, as elsewhere.
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. On Friday she met the Harbor \
         Union, who insisted that the count was wrong.",
    );
    assert_ne!(about(&all, "insisted").0, "Harbor Union");
}

#[test]
fn a_weekday_may_stand_between_a_subject_and_its_verb() {
    let all = actors(
        "Mia Ko opened the hearing. Mia Ko then read the report. After the vote, Orrin Vale on \
         Tuesday insisted that the count was wrong.",
    );
    assert_eq!(about(&all, "insisted"), ("Orrin Vale", Via::Subject));
}

#[test]
fn a_plural_possessive_owns_the_loaded_modifier() {
    // The apostrophe after a plural (or a name in -s) is a token of its own.
    for (text, owner) in [
        (
            "Mia Ko opened the hearing. Mia Ko then read the report. The plan stalled on House \
             Republicans' adamant refusal to vote.",
            "House Republicans",
        ),
        (
            "Mia Ko opened the hearing. Mia Ko then read the report. Reporters mocked Orrin \
             Mathers’ bluster at the door.",
            "Orrin Mathers",
        ),
    ] {
        assert_eq!(
            about(
                &actors(text),
                if owner == "Orrin Mathers" {
                    "bluster"
                } else {
                    "adamant"
                }
            ),
            (owner, Via::Possessor),
            "{text}"
        );
    }
}

#[test]
fn a_quoted_speaker_talks_about_someone_else_a_reported_one_may_not() {
    let intro = "Orrin Vale opened the hearing with Mia Ko on Monday. Orrin Vale then read the \
                 report. Later Mia Ko left.";
    // In a quotation the words are the speaker's, about someone else.
    let all = actors(&format!(
        "{intro} \"The delay had devastating effects,\" Vale said."
    ));
    assert_eq!(about(&all, "devastating"), ("Mia Ko", Via::Topic));
    // Reported without quotation marks, they are the outlet's and may be about the speaker.
    let all = actors(&format!(
        "{intro} Vale said the delay had devastating effects."
    ));
    assert_eq!(about(&all, "devastating"), ("Orrin Vale", Via::Topic));
}
