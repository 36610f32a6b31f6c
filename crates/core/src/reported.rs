//! Reported speech that the attribution cues miss: a word inside a clause governed by a verb of
//! saying, thinking or finding is that speaker's, document's or body's, not the outlet's. Covers
//! the shapes wire copy uses without quotation marks: "critics say the allegations are baseless",
//! "Republicans, who think it unnecessary", "the report found the company blatantly ignored…",
//! "she finds the allegations troubling", "the agencies' conclusion that …", "…, arguing that …".
//! A bounded look back from the word (never past its sentence), so analysis stays linear.

use crate::attribution::Attribution;
use crate::segment::{Document, TokenKind};
use crate::sense::one_of;
use lazy_static::lazy_static;
use rustc_hash::FxHashSet;
use std::ops::Range;

/// How far back (in tokens) a governing verb is looked for: a wire sentence's reported clause.
const REACH: usize = 40;

/// Verbs of saying, thinking and finding whose object may be a bare clause ("said the plan
/// would fail", "believes the rules are wasteful"). Only forms that are verbs wherever a
/// determiner does not stand before them ("claims", "fears" are left to the noun test).
const CLAUSE_VERBS: &str = concat!(
    "say says said saying think thinks thought believe believes believed believing argue argues",
    " argued arguing contend contends contended contending insist insists insisted insisting",
    " maintain maintains maintained maintaining assert asserts asserted asserting allege alleges",
    " alleged alleging warn warns warned warning complain complains",
    " complained complaining conclude concludes concluded concluding find finds found fear",
    " feared fearing worry worries worried suggest suggests suggested suggesting predict",
    " predicts predicted told tell tells telling acknowledge acknowledges acknowledged",
    " testified testify testifies",
);

/// Verbs that report only with "that" ("documents showed that …", "the judge ruled that …"):
/// with a plain object they show, rule or take a thing ("claim the deduction"). Not verbs of
/// calculating or reckoning: "are calculating that voters' wrath would …" is the writer's
/// account of someone's strategy, not a report of their words.
const THAT_VERBS: &str = concat!(
    "claim claimed claiming show shows showed shown report reports reported ruled rules determined determine",
    " determines noted notes noting added adds adding wrote writes writing stated states",
    " declared declares announced announces revealed reveals indicated indicates",
    " counter counters countered countering replied replies",
    " responded responds retorted concerned convinced confident hopeful adamant afraid",
);

/// Verbs whose object and an adjective make a small clause of judgement: "finds the allegations
/// troubling", "who think it unnecessary", "deemed the plan wasteful".
const JUDGING_VERBS: &str = concat!(
    "think thinks thought consider considers considered deem deems deemed find finds found",
    " call calls called",
);

/// Verbs of regard that label their object with an "as" phrase ("who view the tariff as
/// disastrous", "seen by critics as reckless"): the label is the viewers'.
const REGARD_VERBS: &str =
    "view views viewed viewing regard regards regarded regarding see sees saw seen";

/// How many words may stand between a verb of regard and its "as" ("view the new tariff as").
const REGARD_REACH: usize = 5;

/// The verb of regard at `k` labels its object "as" the word at `tok` (the word right after
/// "as" or after "a": "as a disastrous"). A passive needs its "by" ("is seen as reckless"
/// names no viewer: the writer's hedge, left alone), and "see" labels only in that passive.
fn regards_as(doc: &Document, k: usize, tok: usize) -> bool {
    if !doc.norm_one_of(k, REGARD_VERBS) {
        return false;
    }
    let passive = k > 0 && doc.norm_one_of(k - 1, "is are was were be been being");
    let Some(a) = (k + 1..tok.min(k + 2 + REGARD_REACH))
        .take_while(|&j| doc.tokens[j].is_word())
        .find(|&j| doc.norm_is(j, "as"))
    else {
        return false;
    };
    // "saw shares fall as the disastrous news spread": "see" labels only in the passive.
    let sight = doc.norm_at(k).starts_with('s');
    (1..=2).contains(&(tok - a))
        && (a + 1..tok).all(|j| word_in!(doc.norm_at(j), "a" | "an"))
        && if passive || sight {
            passive && doc.norm_is(k + 1, "by")
        } else {
            true
        }
}

/// Nouns of saying or belief whose "that" clause is someone's content ("the agencies'
/// conclusion that …", "her view that …").
const CONTENT_NOUNS: &str = concat!(
    "claim claims view views belief beliefs argument arguments assertion assertions allegation",
    " allegations conclusion conclusions finding findings charge charges accusation accusations",
    " contention fear fears concern concerns suggestion suggestions warning warnings complaint",
    " complaints reports",
    " perception perceptions impression impressions",
    " insistence assessment assessments determination opinion message messages criticism",
    " criticisms objection objections",
);

/// Verbs and nouns of asking and doubting: the question they raise ("whether", "why" …) is the
/// asker's ("Democrats questioned whether the reckless plan …", "raised the question of
/// whether …"). Talking "about how …" reports what the speaker said ("talked about how his
/// office is becoming more aggressive"); "talk(s)" are left out, as nouns of negotiation.
const QUESTION_WORDS: &str = concat!(
    "ask asks asked asking question questions questioned questioning wonder wonders wondered",
    " wondering doubt doubts doubted doubting talked talking spoke speaking",
);

/// Words that open an indirect question.
const QUESTION_OPENERS: &str = "whether if why how";

/// How far after a verb of asking its question may open ("asked the minister whether").
const QUESTION_REACH: usize = 5;

/// Words after which a verb form is a noun or an adjective ("the said company", "a warning").
const DETERMINERS: &str = "the a an his her its their our my your this that these those";

/// Words showing a finite clause between a verb and the word ("said the plan would fail").
const CLAUSE_MARKERS: &str = concat!(
    "that is are was were be been would will could can may might should must had has have",
    " did does do isn't wasn't aren't weren't won't wouldn't",
);

/// Words that open the subject of a bare clause or the object of a small clause.
const OPENERS: &str = concat!(
    "the a an this that these those his her its their it they he she we them him some many",
    " most all",
);

lazy_static! {
    /// Every word that can open a reported clause (the five classes above), so that the walk
    /// back from a match skips most tokens with one lookup instead of four class searches.
    static ref REPORTING_WORDS: FxHashSet<&'static str> =
        [CLAUSE_VERBS, THAT_VERBS, JUDGING_VERBS, CONTENT_NOUNS, QUESTION_WORDS, REGARD_VERBS]
            .iter()
            .flat_map(|class| class.split(' '))
            .collect();
}

/// A word of the classes that can open a reported clause ("say", "think", "claim", "asked" …).
pub(crate) fn reporting_word(w: &str) -> bool {
    REPORTING_WORDS.contains(w)
}

/// Whether the loaded word at token `tok` sits in a clause that a verb of saying, thinking,
/// finding or asking (or a noun of saying with its "that") governs in the same sentence, or that
/// a closing "according to" attributes: `Some` with the speaker when a short one opens the
/// sentence ("Opponents have questioned whether …") or follows "according to"; `Some(None)`
/// when the clause is reported but its speaker is not named that plainly.
pub fn reported_by(doc: &Document, tok: usize) -> Option<Option<Range<usize>>> {
    if let Some(k) = governor(doc, tok) {
        // "it is possible to believe …": the writer's impersonal idiom, no one's view.
        if doc.norm_is(k.wrapping_sub(1), "to")
            && doc.norm_is(k.wrapping_sub(4), "it")
            && word_in!(doc.norm_at(k.wrapping_sub(3)), "is" | "was")
        {
            return None;
        }
        // A noun of saying is no verb of the opening phrase ("The station drew criticism from
        // lawmakers for …": the station is criticised); its holder is its "from"/"by" phrase.
        let w = doc.norm_at(k);
        // (After a document it is its verb: "the suit claims …".)
        let noun = one_of(CONTENT_NOUNS, w)
            && !one_of(CLAUSE_VERBS, w)
            && !one_of(THAT_VERBS, w)
            && !document_subject(doc, k);
        if noun {
            return Some(
                held_by(doc, k, tok)
                    .map(|(r, _)| r)
                    .filter(|r| !r.is_empty()),
            );
        }
        // "seen by critics as …": the viewers are the "by" phrase, not the subject.
        if one_of(REGARD_VERBS, w) && doc.norm_is(k + 1, "by") {
            let a = (k + 2..tok).find(|&j| doc.norm_is(j, "as"));
            return Some(a.map(|a| k + 2..a).filter(|r| !r.is_empty()));
        }
        // "Gunmen suspected to be bandits", "men believed to have fled": the passive says what
        // unnamed others think of its subject, who is no speaker.
        if raised_passive(doc, k) {
            return Some(None);
        }
        return Some(opening_subject(doc, k));
    }
    closing_according(doc, tok).map(|k| source_after(doc, k))
}

/// Participles that, before "to be", say what others think of their subject.
const RAISING: &str =
    "suspected believed thought known said reported alleged understood presumed rumoured rumored";

/// A participle of thinking or saying before "to be"/"to have" or "of being"/"of having".
pub(crate) fn raised_passive(doc: &Document, k: usize) -> bool {
    // A cue may start at its auxiliary: "are believed to be".
    let k = k + usize::from(word_in!(doc.norm_at(k), "is" | "are" | "was" | "were"));
    doc.norm_one_of(k, RAISING)
        && matches!(
            (doc.norm_at(k + 1), doc.norm_at(k + 2)),
            ("to", "be" | "have") | ("of", "being" | "having")
        )
}

/// How many words a speaker named plainly may take ("Farm state Republicans").
const PLAIN_SPEAKER: usize = 4;

/// Words between a subject and its verb: auxiliaries ("have questioned", "are concerned").
const AUXILIARIES: &str = "have has had are were is was will would do did does also long";

/// The subject of the verb at `k` when it is the sentence's opening phrase of a few words
/// ("Critics doubt …", "Farm state Republicans are concerned that …"); a longer or embedded
/// subject is left unnamed rather than guessed.
pub(crate) fn opening_subject(doc: &Document, k: usize) -> Option<Range<usize>> {
    let sent = doc.tokens[k].sentence;
    let mut end = k;
    while end > 0
        && doc.tokens[end - 1].sentence == sent
        && (doc.norm_one_of(end - 1, AUXILIARIES)
            || !doc.tokens[end - 1].cap && doc.norm_at(end - 1).ends_with("ly"))
    {
        end -= 1;
    }
    let span = doc.sentences[sent as usize].tokens.clone();
    let dateline = span
        .clone()
        .take(DATELINE_REACH)
        .find(|&j| word_in!(doc.norm_at(j), "-" | "–" | "—"));
    let start = dateline.map_or(span.start, |j| j + 1);
    let plain = (start..end).all(|j| doc.tokens[j].is_word() && doc.tokens[j].quote.is_none())
        && (1..=PLAIN_SPEAKER).contains(&(end.saturating_sub(start)))
        && !doc.norm_one_of(start, FRONTED)
        && !doc.norm_one_of(start, NOT_SPEAKER_EDGE)
        && !doc.norm_one_of(end - 1, NOT_SPEAKER_EDGE)
        && !doc.norm_one_of(end - 1, DETERMINERS)
        && !word_in!(
            doc.norm_at(start),
            "but" | "and" | "so" | "it" | "there" | "this"
        );
    plain.then_some(start..end)
}

/// How many words a long subject that opens the sentence may take ("The sister of the man
/// accused of the attack").
const LONG_SUBJECT: usize = 12;

/// The subject of the verb at `k` when it is a long noun phrase opening the sentence, a head
/// and its prepositional phrases ("The sister of the man accused of the attack said …", "The
/// top Democrat on a House committee accused …"): it opens with a determiner or a capitalised
/// pair, a preposition follows its head within three words, and it holds no clause (no
/// auxiliary, relative, verb of saying, comma or quotation). Else none is named.
pub(crate) fn long_subject(doc: &Document, k: usize) -> Option<Range<usize>> {
    let sent = doc.tokens.get(k)?.sentence;
    let mut end = k;
    while end > 0 && doc.tokens[end - 1].sentence == sent && doc.norm_one_of(end - 1, AUXILIARIES) {
        end -= 1;
    }
    let span = doc.sentences[sent as usize].tokens.clone();
    let start = span
        .clone()
        .take(DATELINE_REACH)
        .find(|&j| word_in!(doc.norm_at(j), "-" | "–" | "—"))
        .map_or(span.start, |j| j + 1);
    // (Checked first: `start + 1 < end <= k` keeps every index below inside the text.)
    if !(start + 3..=start + LONG_SUBJECT).contains(&end) {
        return None;
    }
    let n = |j: usize| doc.norm_at(j);
    // "The sister …", "Senate Majority Leader …", "Relatives of …" (a capitalised plural).
    let first = n(start);
    let head = word_in!(first, "the" | "a" | "an")
        || doc.tokens[start].cap
            && (doc.tokens[start + 1].cap || first.ends_with('s') && !first.ends_with("ss"));
    let long = (start + 1..end.min(start + 4))
        .any(|j| word_in!(n(j), "of" | "for" | "on" | "at" | "from"))
        && (start..end).all(|j| {
            let w = n(j);
            doc.tokens[j].is_word()
                && doc.tokens[j].quote.is_none()
                && !one_of(CLAUSE_MARKERS, w)
                && !one_of(CLAUSE_VERBS, w)
                && !word_in!(w, "who" | "whom" | "which" | "whose")
        })
        && !one_of(NOT_SPEAKER_EDGE, n(end - 1))
        && !one_of(DETERMINERS, n(end - 1));
    (head && long).then_some(start..end)
}

/// The source named after "according to" at `k` (the comma before it), when it is a few words
/// that run to the end of the sentence ("…, according to critics.").
fn source_after(doc: &Document, k: usize) -> Option<Range<usize>> {
    let sent = doc.tokens[k].sentence;
    let start = k + 3;
    let end = (start..doc.tokens.len())
        .take(PLAIN_SPEAKER + 1)
        .find(|&j| doc.tokens[j].sentence != sent || !doc.tokens[j].is_word())
        .unwrap_or(doc.tokens.len());
    // The sentence's last token, not the dot of "U.S." inside the phrase.
    let last = doc.sentences[sent as usize].tokens.end;
    let closes = end == last || end + 1 == last && word_in!(doc.norm_at(end), "." | "!" | "?");
    (closes && (1..=PLAIN_SPEAKER).contains(&(end.saturating_sub(start)))).then_some(start..end)
}

/// The token of the word, noun or phrase that governs the reported clause holding `tok`.
fn governor(doc: &Document, tok: usize) -> Option<usize> {
    let sent = doc.tokens[tok].sentence;
    let lo = tok.saturating_sub(REACH);
    let fronted = fronted_comma(doc, sent);
    for k in (lo..tok).rev() {
        let t = &doc.tokens[k];
        // (The three breaks all stand at a comma or semicolon: a word is none.)
        if t.sentence != sent
            || fronted == Some(k)
            || (t.kind == TokenKind::Punct
                && (clause_break(doc, k)
                    || narration_participle(doc, k)
                    || trailing_following(doc, k, tok)))
        {
            return None;
        }
        if t.quote.is_some() || t.kind != TokenKind::Word {
            continue;
        }
        let w = doc.norm(t);
        // Only a word of the five classes can report (every branch below needs one).
        if !REPORTING_WORDS.contains(w) {
            continue;
        }
        if in_view_of(doc, k, tok) {
            return Some(k);
        }
        if asks_question(doc, w, k, tok) {
            // The asker is the subject of "raised" in "raised the question of whether".
            let raiser = (k.saturating_sub(2)..k).find(|&j| doc.norm_one_of(j, RAISING_VERBS));
            return Some(raiser.unwrap_or(k));
        }
        let noun = k > 0 && doc.norm_one_of(k - 1, DETERMINERS)
            || possessive_before(doc, k)
            || after_with(doc, k);
        if joined_verb(doc, k, tok) {
            return None;
        }
        if closed_relative(doc, k, tok) || doc.norm_is(k + 1, "to") {
            // "who said the bill was flawed, blasted …": the relative clause has ended;
            // "found to be", "told to leave": an infinitive, not a reported clause.
            continue;
        }
        if regards_as(doc, k, tok) {
            return Some(k);
        }
        let reports = if noun {
            one_of(CONTENT_NOUNS, w) && content_clause(doc, k, tok)
        } else {
            // Each word class is looked up once: this runs for every token near every match.
            let clause_verb = one_of(CLAUSE_VERBS, w);
            let that_verb = !clause_verb && one_of(THAT_VERBS, w);
            let judging = one_of(JUDGING_VERBS, w);
            (clause_verb && (clause_between(doc, k + 1, tok) || bare_subject(doc, k, tok)))
                || (that_verb && that_within(doc, k + 1, tok) && !person_shows(doc, k))
                // "the suit claims the firm ran a sham": after a document a noun form is its verb.
                || ((clause_verb || that_verb || judging || one_of(CONTENT_NOUNS, w))
                    && document_subject(doc, k)
                    && !(k + 1..tok).any(|j| doc.norm_is(j, ",")))
                || (judging && (small_clause(doc, k + 1, tok) || graded_predicate(doc, k + 1, tok)))
                || (one_of(CONTENT_NOUNS, w) && content_clause(doc, k, tok))
        };
        if reports {
            return Some(k);
        }
    }
    None
}

/// The noun of saying or belief whose "that" clause holds `tok` ("Trump's message that …", "the
/// agencies' conclusion that …"), when a determiner or an owner shows it is a noun.
pub(crate) fn content_noun(doc: &Document, tok: usize) -> Option<usize> {
    let k = governor(doc, tok)?;
    let p = k.checked_sub(1)?;
    let before = doc.slice(&doc.tokens[p]);
    let owned = crate::segment::ends_possessive(before) || possessive_before(doc, k);
    // "rejected claims by activists that …": the "by" phrase holds the claim, not the subject
    // of the verb before the noun.
    let held = holder_preposition(doc, k);
    let w = doc.norm_at(k);
    // "angered by claims that …", "scoffed at reports that …": after a preposition, a noun.
    let noun = doc.norm_one_of(p, DETERMINERS)
        || one_of(NOUN_PLURALS, w)
        || one_of(
            "by at amid over about despite against to of",
            doc.norm_at(p),
        );
    (one_of(CONTENT_NOUNS, w) && (owned || held || noun)).then_some(k)
}

/// Nouns of saying in the plural that are never verbs: bare before their "that" they are still
/// nouns ("despite complaints that …", "ignored accusations that …").
const NOUN_PLURALS: &str = concat!(
    "accusations allegations assertions conclusions perceptions impressions objections",
    " findings warnings arguments complaints criticisms beliefs suggestions",
);

/// "In the view of critics, …", "in their opinion, …": what follows the comma is theirs.
fn in_view_of(doc: &Document, k: usize, tok: usize) -> bool {
    word_in!(doc.norm_at(k), "view" | "opinion")
        && k >= 2
        && doc.norm_is(k - 2, "in")
        && word_in!(
            doc.norm_at(k - 1),
            "the" | "their" | "his" | "her" | "its" | "our"
        )
        && (k + 1..tok).any(|j| doc.norm_is(j, ","))
}

/// A verb or noun of asking at `k` opens an indirect question before the word: "questioned
/// whether", "asked the minister why", "the question of whether". A question is no report
/// when it is the writer's own ("the question is whether": no asker before the noun).
fn asks_question(doc: &Document, w: &str, k: usize, tok: usize) -> bool {
    if !one_of(QUESTION_WORDS, w) || doc.norm_is(k + 1, "to") {
        return false;
    }
    // A noun of asking needs someone raising or asking it ("raised the question of whether").
    if word_in!(w, "question" | "questions" | "doubt" | "doubts") && !raised(doc, k) {
        return false;
    }
    // The question must still be open at the word: "Asked whether he would go, the mayor …"
    // ends at its comma.
    (k + 1..tok.min(k + 1 + QUESTION_REACH))
        .take_while(|&j| doc.tokens[j].is_word())
        .any(|j| doc.norm_one_of(j, QUESTION_OPENERS))
        && !(k + 1..tok).any(|j| doc.norm_is(j, ","))
}

/// The noun form of asking at `k` is raised by someone ("raised the question of", "cast
/// doubt on whether") or is a verb after its subject ("critics question whether"); not the
/// writer's "the question is whether", "questions remain over whether", "there are doubts".
fn raised(doc: &Document, k: usize) -> bool {
    let sent = doc.tokens[k].sentence;
    if k == 0 || doc.tokens[k - 1].sentence != sent {
        return false;
    }
    let before = doc.norm_at(k - 1);
    // "raised questions", "raised serious questions", "cast doubt".
    if one_of(RAISING_VERBS, before) || k >= 2 && doc.norm_one_of(k - 2, RAISING_VERBS) {
        return true;
    }
    if one_of(DETERMINERS, before) {
        return false;
    }
    doc.tokens[k - 1].is_word()
        && !one_of(PREPOSITIONS, before)
        && !word_in!(
            before,
            "is" | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "remain"
                | "remains"
                | "remained"
                | "no"
                | "without"
                | "some"
                | "serious"
                | "new"
        )
}

/// Verbs that put a question or doubt to someone ("raised the question of whether").
const RAISING_VERBS: &str = "raise raised raises raising pose posed poses posing cast casts";

/// How far after the word a closing "…, according to critics." is looked for.
const CLOSING_REACH: usize = 30;

/// The word's clause ends in a closing "according to …" ("the plan is a reckless giveaway,
/// according to critics"): the whole clause before it is the source's. A bounded look ahead,
/// stopping at a new clause of the writer's.
fn closing_according(doc: &Document, tok: usize) -> Option<usize> {
    let sent = doc.tokens[tok].sentence;
    let end = (tok + CLOSING_REACH).min(doc.tokens.len().saturating_sub(1));
    for k in tok + 1..end {
        let t = &doc.tokens[k];
        if t.sentence != sent {
            return None;
        }
        // Only punctuation can break the clause or open the closing attribution.
        if t.kind != TokenKind::Punct {
            continue;
        }
        if clause_break(doc, k) {
            return None;
        }
        if doc.norm_is(k, ",") && doc.norm_is(k + 1, "according") && doc.norm_is(k + 2, "to") {
            return Some(k);
        }
    }
    None
}

/// A closing "according to X" names who told of a clause whose earlier cue has a thing for its
/// subject ("the plan promised to mend dismal ties …, according to memos"): X, not the plan
/// (unnamed when long). A name or a pronoun ("Lee told aides he hopes …") keeps the clause.
pub(crate) fn according_over(
    doc: &Document,
    tok: usize,
    r: &Range<usize>,
) -> Option<Option<Range<usize>>> {
    let last = r
        .end
        .checked_sub(1)
        .filter(|&l| r.end <= tok && !doc.tokens[l].cap)?;
    if word_in!(
        doc.norm_at(last),
        "he" | "she" | "they" | "we" | "i" | "you"
    ) {
        return None;
    }
    closing_according(doc, tok).map(|k| source_after(doc, k))
}

/// A main clause of the writer's begins at token `k`: a semicolon, or a comma before "but",
/// "while", "although", "whereas", "though" (reported speech does not run past it).
fn clause_break(doc: &Document, k: usize) -> bool {
    match doc.norm_at(k) {
        ";" => true,
        "," => word_in!(
            doc.norm_at(k + 1),
            "but" | "while" | "although" | "whereas" | "though" | "yet"
        ),
        _ => false,
    }
}

/// The verb at `k` opens a relative clause ("who said …") that a comma closes before `tok`.
fn closed_relative(doc: &Document, k: usize, tok: usize) -> bool {
    k > 0
        && word_in!(doc.norm_at(k - 1), "who" | "which")
        && (k + 1..tok).any(|j| doc.norm_is(j, ","))
}

/// "with (increasing) worry", "amid (growing) fears": after these a verb form is a noun, the
/// manner or setting of the writer's clause, not a report.
fn after_with(doc: &Document, k: usize) -> bool {
    let with = |w: &str| word_in!(w, "with" | "amid");
    k > 0
        && (with(doc.norm_at(k - 1))
            || k > 1 && with(doc.norm_at(k - 2)) && doc.norm_at(k - 1).ends_with("ing"))
}

/// A possessive stands before token `k` ("the agencies' conclusion", "her view").
fn possessive_before(doc: &Document, k: usize) -> bool {
    k > 0 && word_in!(doc.norm_at(k - 1), "'" | "’" | "'s" | "’s")
}

/// A finite clause opens between `from` and the word at `tok`: "that" or a verb, auxiliary or
/// copula ("said the allegations were a smear"); a subject pronoun right after the verb ("saying
/// they burden lenders", "who think it wields too much power": "it" only before a finite verb,
/// as "think it wasteful" is a small clause); or the word is an "-ly" adverb right after a
/// short subject ("found the company blatantly ignored …": an adverb after a noun phrase opens
/// its verb).
fn clause_between(doc: &Document, from: usize, tok: usize) -> bool {
    if tok <= from {
        return false;
    }
    if (from..tok).any(|k| doc.norm_one_of(k, CLAUSE_MARKERS)) {
        return true;
    }
    let finite = |w: &str| w.len() > 3 && (w.ends_with('s') || w.ends_with("ed"));
    match doc.norm_at(from) {
        "he" | "she" | "they" | "we" | "i" => return true,
        "it" if from + 1 < tok && finite(doc.norm_at(from + 1)) => return true,
        _ => {}
    }
    if finite_after_subject(doc, from, tok) {
        return true;
    }
    let subject = tok - from;
    doc.norm_at(tok).ends_with("ly")
        && subject <= 4
        && (doc.norm_one_of(from, OPENERS) || doc.tokens[from].cap)
        && (from..tok).all(|k| doc.tokens[k].is_word())
}

/// Verbs of saying and belief whose bare clause may open with its subject ("said crime rose").
const BARE_VERBS: &str = "say says said argue argued insist insisted think thinks believe believes";

/// The word is in the subject of a bare clause right after a verb of saying at `k` (or its
/// one-word object), whose verb follows the word: "Ann Lee, a doctor, said misinformation
/// continued" (the verb's own subject, set off by an apposition, is left to the holder).
fn bare_subject(doc: &Document, k: usize, tok: usize) -> bool {
    // Past the one-word object of "told" ("told reporters crime rose").
    let k = if word_in!(doc.norm_at(k), "told" | "tell" | "tells")
        && tok > k + 1
        && doc.tokens[k + 1].is_word()
        && !doc.norm_one_of(k + 1, DETERMINERS)
    {
        k + 1
    } else if doc.norm_one_of(k, BARE_VERBS) {
        k
    } else {
        return false;
    };
    let open = tok == k + 1 && !doc.norm_at(tok).ends_with("ly") || doc.norm_one_of(k + 1, OPENERS);
    open && tok <= k + SUBJECT_REACH
        && (k + 1..tok).all(|j| doc.tokens[j].is_word())
        && (tok + 1..tok + SUBJECT_REACH)
            .take_while(|&j| doc.tokens.get(j).is_some_and(|t| t.is_word()))
            .any(|j| {
                let w = doc.norm_at(j);
                one_of(CLAUSE_MARKERS, w)
                    || one_of(IRREGULAR_PAST, w)
                    || w.len() > 4 && w.ends_with("ed")
            })
}

/// Common irregular past forms that open a reported clause after its subject ("concluded the
/// network spread propaganda"); regular ones end in "-ed".
pub(crate) const IRREGULAR_PAST: &str = concat!(
    "was were had did made ran took gave won lost sought spread knew paid put cut stole led sent",
    " meant kept held brought bought built fought began broke hid lied spent lay fell went came",
);

/// How many words a bare reported clause's subject may take before its verb.
const SUBJECT_REACH: usize = 4;

/// A bare clause's subject and its past-tense verb stand between `from` and the word: "concluded
/// Moscow carried out a campaign of …", "said the agency ran a sham …". The subject opens with a
/// determiner or a capital and is words only; the verb comes before the word.
fn finite_after_subject(doc: &Document, from: usize, tok: usize) -> bool {
    if !(doc.norm_one_of(from, OPENERS) || doc.tokens[from].cap) {
        return false;
    }
    (from + 1..tok.min(from + SUBJECT_REACH + 1))
        .take_while(|&k| doc.tokens[k].is_word())
        .any(|k| {
            let w = doc.norm_at(k);
            // "found the abandoned car": after a determiner, an adjective.
            let adjective = doc.norm_one_of(k - 1, DETERMINERS);
            (w.len() > 4 && w.ends_with("ed") && !doc.tokens[k].cap && !adjective)
                || one_of(IRREGULAR_PAST, w)
        })
}

/// Documents and filings that speak for their authors: what a letter reveals or a lawsuit
/// shows is the letter's or the lawsuit's account ("her letters revealed the agency had
/// blatantly ignored …", "court documents show the firm ran a sham charity"). Data and polls
/// are not here: "figures showed exports plummeted" is the writer's wording.
const DOCUMENTS: &str = concat!(
    "report reports letter letters lawsuit lawsuits suit complaint complaints filing filings",
    " document documents papers memo memos email emails indictment indictments assessment",
    " assessments audit audits ruling rulings statement statements testimony transcript",
    " transcripts petition cable cables affidavit affidavits motion diary diaries",
);

/// How far back past an appositive ("Her letters, released on Tuesday, revealed") a document
/// subject is looked for.
const APPOSITIVE_REACH: usize = 8;

/// The verb at `k` (one that reports, shows, reveals or finds) has a document for its subject:
/// the noun right before it (past one adverb), or before an appositive that a comma closes.
fn document_subject(doc: &Document, k: usize) -> bool {
    if k == 0 {
        return false;
    }
    let mut j = k - 1;
    if (doc.norm_at(j).ends_with("ly") || doc.norm_is(j, "also")) && j > 0 {
        j -= 1;
    }
    if doc.norm_is(j, ",") {
        let sent = doc.tokens[k].sentence;
        let Some(open) = (j.saturating_sub(APPOSITIVE_REACH)..j)
            .rev()
            .find(|&p| doc.norm_is(p, ","))
        else {
            return false;
        };
        if open == 0 || doc.tokens[open].sentence != sent {
            return false;
        }
        j = open - 1;
    }
    doc.norm_one_of(j, DOCUMENTS)
}

/// Participles that go on reporting after a comma ("…, calling it …", "…, citing …"), besides
/// those of the verb lists above ("…, saying …"), and words in "-ing" that are not participles of
/// a clause ("including", "according").
const REPORTING_PARTICIPLES: &str = concat!(
    "citing calling describing accusing charging blaming criticizing criticising denouncing",
    " dismissing branding labeling labelling deriding praising hailing touting urging asking",
    " vowing pledging promising threatening denying acknowledging admitting conceding",
    " explaining stating declaring predicting estimating finding countering questioning",
    " referring characterizing portraying painting decrying condemning slamming blasting",
    " lambasting attacking mocking ridiculing thinking worrying testifying reporting showing",
    " revealing including according regarding concerning following during excluding",
    " notwithstanding something nothing anything everything morning evening",
);

/// A participle clause after a comma is the writer's narration of what followed ("X said Y would
/// lead the agency, sparking an unprecedented showdown"): the reported clause ends at the comma.
/// Not when the participle reports too ("…, saying …", "…, calling it …") or the comma joins a
/// series of gerunds ("require reducing threats, ending provocations").
pub(crate) fn narration_participle(doc: &Document, k: usize) -> bool {
    if !doc.norm_is(k, ",") {
        return false;
    }
    let next = doc.norm_at(k + 1);
    let gerund = |w: &str| w.len() > 5 && w.ends_with("ing");
    gerund(next)
        && !one_of(REPORTING_PARTICIPLES, next)
        && !one_of(CLAUSE_VERBS, next)
        && !one_of(THAT_VERBS, next)
        && !(k.saturating_sub(SERIES_REACH)..k)
            .rev()
            .take_while(|&j| doc.tokens[j].is_word())
            .any(|j| {
                // A gerund of a series follows a verb or a comma; a noun in "-ing" ("in spring",
                // "the meeting") follows a preposition or a determiner.
                let before = doc.norm_at(j.saturating_sub(1));
                gerund(doc.norm_at(j))
                    && !one_of(DETERMINERS, before)
                    && !one_of(PREPOSITIONS, before)
            })
}

/// A ", following …" phrase that no comma closes before `tok` ends the report: it is the main
/// clause's adjunct ("said the pier would reopen, following a year of acrimony"). Set between
/// commas it is an aside inside the reported clause ("said the deal, following talks, was …").
fn trailing_following(doc: &Document, k: usize, tok: usize) -> bool {
    doc.norm_is(k, ",")
        && doc.norm_is(k + 1, "following")
        && !(k + 2..tok).any(|j| doc.norm_is(j, ","))
}

/// How far back before the comma a gerund makes the participle the next of a series.
const SERIES_REACH: usize = 8;

/// Prepositions before a noun in "-ing" ("in spring", "at the meeting").
const PREPOSITIONS: &str = "in on at of for by from with to into over after before during";

/// "That" opens a clause within a few words after the verb ("showed on Monday that …").
fn that_within(doc: &Document, from: usize, tok: usize) -> bool {
    (from..tok.min(from + 6)).any(|k| doc.norm_is(k, "that"))
}

/// "finds the allegations troubling", "think it unnecessary": a short object, then the word,
/// which ends the phrase (so "found the battered body" is not one: the word modifies a noun).
fn small_clause(doc: &Document, from: usize, tok: usize) -> bool {
    let object = tok.saturating_sub(from);
    (1..=4).contains(&object)
        && doc.norm_one_of(from, OPENERS)
        && (from..tok).all(|k| doc.tokens[k].is_word())
        && doc.tokens.get(tok + 1).is_none_or(|t| {
            // "finds the allegations troubling and believes …": a coordinator ends it too.
            t.kind == TokenKind::Punct
                || t.sentence != doc.tokens[tok].sentence
                || word_in!(doc.norm(t), "and" | "or" | "but")
        })
}

/// `consider the name highly offensive and evocative of a massacre`, `found it deeply flawed`:
/// an object of one to three words, then a predicate opened by a word of degree (the test that
/// "consider" judges rather than weighs: "will consider the cruel bill" has none), running on to
/// the word with no break and no clause of its own.
fn graded_predicate(doc: &Document, from: usize, tok: usize) -> bool {
    doc.norm_one_of(from, OPENERS)
        && (from + 1..tok.min(from + 4)).any(|p| {
            word_in!(
                doc.norm_at(p),
                "highly" | "deeply" | "very" | "too" | "utterly" | "wholly" | "extremely"
            )
        })
        && (from + 1..tok).all(|k| {
            doc.tokens[k].is_word()
                && !doc.norm_one_of(k, CLAUSE_MARKERS)
                && !word_in!(doc.norm_at(k), "who" | "which")
        })
}

/// How many words may name the holder between a noun of saying and its "that" ("criticism from
/// Democrats and some economists that …").
const HOLDER_REACH: usize = 6;

/// A noun of saying at `k` is followed by "that" and a clause's subject, not a relative clause's
/// verb ("the claim that was filed"). A "from" or "by" phrase may name the view's holder first
/// ("complaints by parents that the school …"); its "that" then opens the clause only before a
/// determiner, a pronoun or a name, not a verb ("criticism from the group that runs it"). A
/// "for" and a gerund give the ground of a criticism or charge.
fn content_clause(doc: &Document, k: usize, tok: usize) -> bool {
    let held = holder_preposition(doc, k);
    let j = if held {
        held_by(doc, k, tok).map_or(tok, |(_, j)| j)
    } else {
        // "a claim Bonner made that …", "the charge Democrats leveled that …": a short relative
        // clause of making between the noun and its "that".
        (k + 2..(k + 2 + PLAIN_SPEAKER).min(tok))
            .take_while(|&m| doc.tokens[m].is_word() && !doc.norm_one_of(m, CLAUSE_MARKERS))
            .find(|&m| doc.norm_one_of(m, "made make makes leveled levelled"))
            .filter(|&m| doc.norm_is(m + 1, "that"))
            .map_or(k + 1, |m| m + 1)
    };
    // "drew criticism from lawmakers for peddling propaganda": what the criticism is for is
    // its charge, the critics' words.
    // (Without the "from" phrase the criticised party, not the critics, would be named.)
    if held && doc.norm_is(j, "for") && j < tok && doc.norm_at(j + 1).ends_with("ing") {
        return true;
    }
    // The clause ends at a comma before the writer's adjunct: "irked by claims that his wealth
    // was inherited, despite a reckless spree …" (the look is bounded by the governor's reach).
    j < tok
        && doc.norm_is(j, "that")
        && !(j + 1..tok).any(|k| {
            doc.norm_is(k, ",") && doc.norm_one_of(k + 1, WRITER_ADJUNCTS)
        })
        && !doc.norm_one_of(j + 1, CLAUSE_MARKERS)
        // "-ed" after "that" is a relative clause's verb ("the claim that surfaced"). The word
        // itself opens the clause only before its noun ("perceptions that botched planning …"),
        // not before an object ("claims that smear the mayor": a relative clause).
        && if j + 1 < tok {
            !doc.norm_at(j + 1).ends_with("ed")
        } else {
            doc.tokens.get(tok + 1).is_some_and(|t| t.is_word())
                && !doc.norm_one_of(tok + 1, OPENERS)
        }
        && (!held || doc.norm_one_of(j + 1, OPENERS) || doc.tokens[j + 1].cap)
}

/// Words that open an adjunct of the writer's after a comma.
const WRITER_ADJUNCTS: &str =
    "despite although though while whereas as after before when because since even";

/// The holder a "from" or "by" phrase names after the noun of saying at `k` ("criticism from
/// lawmakers for …", "claims by pilots that …"), and the "that" or "for" that ends it.
pub(crate) fn held_by(doc: &Document, k: usize, tok: usize) -> Option<(Range<usize>, usize)> {
    if !holder_preposition(doc, k) {
        return None;
    }
    let sent = doc.tokens[k].sentence;
    // (The dot of "U.S." is inside the phrase.)
    (k + 2..tok.min(k + 3 + HOLDER_REACH).min(doc.tokens.len()))
        .take_while(|&i| {
            let t = &doc.tokens[i];
            t.sentence == sent && (t.is_word() || doc.norm_eq(t, ".") && !t.space_before)
        })
        .find(|&i| word_in!(doc.norm_at(i), "that" | "for"))
        .map(|j| (k + 2..j, j))
}

/// Nouns of a finding or a judgement, whose "of" phrase names who reached it ("the findings
/// of the auditors that …"); the "of" of a charge names its content ("claims of fraud").
const FOUND_NOUNS: &str =
    "finding findings conclusion conclusions assessment assessments view views opinion";

/// A "from" or "by" phrase, or the "of" of a finding, after the noun of saying at `k` names
/// who holds it.
fn holder_preposition(doc: &Document, k: usize) -> bool {
    match doc.norm_at(k + 1) {
        "from" | "by" => true,
        "of" => doc.norm_one_of(k, FOUND_NOUNS),
        _ => false,
    }
}

/// Cues that take a thing, not words: backing ("endorsed Moore", "welcomed the deal"),
/// emphasis ("a poll underscores the slide") and offers ("offered no advice for firms under
/// fire for false claims"). They report only a "that" clause or an "as"
/// characterisation; their object and any clause after it are the writer's ("had endorsed
/// Moore, and the loss was a stunning upset").
const THING_CUES: &str = concat!(
    "endorse endorsed endorses endorsing backed backing embrace embraced embraces embracing",
    " welcome welcomed welcomes welcoming applaud applauded applauds applauding praise praised",
    " praises praising hail hailed hails hailing defend defended defends defending favor",
    " favored favors favour favoured favours underscore underscored underscores underscoring",
    " underline underlined underlines underlining highlight highlighted highlights",
    " highlighting emphasize emphasized emphasizes emphasizing emphasise emphasised",
    " emphasises emphasising stress stressed stresses stressing offer offered offers offering",
);

/// Words that open a clause set before the main one ("When Trump announced the cut, the
/// response was swift"): a cue inside it governs nothing past the comma that closes it.
const FRONTED: &str = "when after before if once since although though while because until unless";

/// Whether the word at `tok` lies outside what the nearest cue before it reports, though the
/// attribution cues took it as reported: the cue takes a thing and the word is not in its "that"
/// clause or "as" phrase, or the cue sits in a fronted clause that a comma closed before the word.
pub fn outside_cue_scope(doc: &Document, attr: &Attribution, tok: usize) -> bool {
    let sent = doc.tokens[tok].sentence;
    let cue = attr.cues[..attr.cues.partition_point(|c| c.start < tok)]
        .last()
        .map(|c| c.start);
    let stance = attr.stance[..attr.stance.partition_point(|&s| s < tok)]
        .last()
        .copied();
    let Some(c) = cue.max(stance) else {
        return false;
    };
    // A cue later in the sentence, after a comma, may be a closing attribution ("…, officials
    // said"); a cue word inside or right after the match ("false claims") closes nothing.
    let later = attr.cues.get(attr.cues.partition_point(|c| c.start < tok));
    let closing = later.is_some_and(|l| {
        doc.tokens[l.start].sentence == sent && (tok..l.start).any(|k| doc.norm_is(k, ","))
    });
    if doc.tokens[c].sentence != sent || closing {
        return false;
    }
    if fronted_comma(doc, sent).is_some_and(|comma| c < comma && comma < tok) {
        return true;
    }
    // "dismissed the plan as unfair, in a rambling speech": a comma closes the "as" phrase,
    // and a preposition and determiner after it open the setting of the writer's clause.
    let as_closed = |a: usize| {
        (a + 1..tok).any(|k| {
            doc.norm_is(k, ",")
                && word_in!(doc.norm_at(k + 1), "in" | "at" | "during")
                && doc.norm_one_of(k + 2, DETERMINERS)
        })
    };
    if (c + 1..tok)
        .find(|&a| doc.norm_is(a, "as"))
        .is_some_and(as_closed)
    {
        return true;
    }
    if !doc.norm_is(c, "according")
        && (c + 1..tok).any(|k| narration_participle(doc, k) || trailing_following(doc, k, tok))
    {
        return true;
    }
    if joined_verb(doc, c, tok) {
        return true;
    }
    // "watched with growing worry as …": the cue is a noun of the writer's clause ("amid fears
    // that …" keeps its content clause: `governed` looks again).
    if after_with(doc, c) {
        return true;
    }
    doc.norm_one_of(c, THING_CUES)
        && !(c + 1..tok.min(c + 4)).any(|k| doc.norm_is(k, "that"))
        && !(c + 1..tok).any(|k| doc.norm_is(k, "as"))
}

/// The writer's own judgement inside a sentence that reports something: an update from the time
/// of writing, or a verdict on claims that are the clause's subject.
pub(crate) fn writers_verdict(doc: &Document, attr: &Attribution, tok: usize) -> bool {
    let cue = attr.reporting[..attr.reporting.partition_point(|c| c.start < tok)]
        .last()
        .map(|c| c.start);
    let stance = attr.stance[..attr.stance.partition_point(|&s| s < tok)]
        .last()
        .copied();
    // A closing cue ("…, the ministry said") reports the whole sentence, the verdict too.
    let sent = doc.tokens[tok].sentence;
    let closing = attr
        .reporting
        .get(attr.reporting.partition_point(|c| c.start <= tok))
        .is_some_and(|c| doc.tokens[c.start].sentence == sent);
    !closing
        && (since_then(doc, tok)
            || cue
                .max(stance)
                .is_some_and(|c| claims_as_subject(doc, attr, c, tok)))
}

/// How many words "since" may stand before the word in `since_then`.
const SINCE_REACH: usize = 3;

/// The word is the writer's update, told from the time of writing: "a study that has since
/// been debunked", "a finding since discredited". (A reported clause looks back from the
/// speaker's time: "had since been" stays the speaker's.) Only "been" and "-ly" adverbs may stand
/// between, so "since" is no preposition ("since the war") or conjunction ("since chaos began").
fn since_then(doc: &Document, tok: usize) -> bool {
    let sent = doc.tokens[tok].sentence;
    let Some(since) = (tok.saturating_sub(SINCE_REACH)..tok)
        .rev()
        .take_while(|&k| {
            let w = doc.norm_at(k);
            doc.tokens[k].sentence == sent && (w == "since" || w == "been" || w.ends_with("ly"))
        })
        .find(|&k| doc.norm_is(k, "since"))
    else {
        return false;
    };
    let before = since.checked_sub(1).map_or("", |k| doc.norm_at(k));
    let participle = doc.norm_at(tok).ends_with("ed") || doc.norm_is(since + 1, "been");
    participle && before != "had" && before != "ever"
}

/// How many auxiliaries and adverbs may stand between a noun of saying and the word in
/// `claims_as_subject`.
const SUBJECT_VERB_REACH: usize = 4;

/// A noun of saying that is the subject of the word's clause is its topic, not its speaker: in
/// "a study whose findings were later debunked" or "the lab's claims have been discredited" the
/// writer judges the claims. Only when no cue earlier in the sentence reports the clause ("she
/// said the allegations were baseless" is hers), unless "whose" opens the writer's relative
/// clause ("the judge ruled on a study whose findings were later debunked").
fn claims_as_subject(doc: &Document, attr: &Attribution, c: usize, tok: usize) -> bool {
    const AUXILIARIES: &str = "is are was were has have had been be being will would";
    let between = c + 1..tok;
    if between.is_empty()
        || between.len() > SUBJECT_VERB_REACH
        || !between.clone().any(|k| doc.norm_one_of(k, AUXILIARIES))
        || !between.clone().all(|k| {
            let w = doc.norm_at(k);
            one_of(AUXILIARIES, w) || w == "later" || w == "since" || w.ends_with("ly")
        })
    {
        return false;
    }
    // A determiner just before makes it a noun, and so does "whose" or a possessive before it
    // or one word before that ("whose central claims"; not "the kingdom hopes").
    let owner = |k: usize| word_in!(doc.norm_at(k), "whose" | "'s" | "’s");
    let Some(k) = (c.saturating_sub(2)..c)
        .rev()
        .find(|&k| owner(k) || (k + 1 == c && doc.norm_one_of(k, DETERMINERS)))
    else {
        return false;
    };
    if doc.norm_is(k, "whose") {
        return true;
    }
    let sent = doc.tokens[tok].sentence;
    let first = attr.reporting.partition_point(|r| r.start < c);
    first == 0 || doc.tokens[attr.reporting[first - 1].start].sentence != sent
}

/// A second verb joined by "and" to the present-tense cue at `c` stands between it and the
/// word: "denies that it polluted the river and goes to great lengths to suppress …". The
/// reported clause is in the past, the joined verb in the cue's own "-s" form, so it is the
/// writer's account of what the speaker does, not reported.
fn joined_verb(doc: &Document, c: usize, tok: usize) -> bool {
    let present = |w: &str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
    if !present(doc.norm_at(c)) || !doc.norm_is(c + 1, "that") {
        return false;
    }
    let Some(a) = (c + 2..tok).find(|&k| doc.norm_is(k, "and")) else {
        return false;
    };
    let v = a + 1;
    let past = (c + 2..a).any(|k| {
        let w = doc.norm_at(k);
        (w.len() > 4 && w.ends_with("ed")) || one_of(IRREGULAR_PAST, w)
    });
    past && v < tok && !doc.tokens[v].cap && doc.norm_one_of(v, JOINED_VERBS)
}

/// Verbs of doing in the "-s" form that are seldom plural nouns ("arms to", "losses from" are),
/// the second verb of a speaker's clause.
const JOINED_VERBS: &str = concat!(
    "goes tries continues seeks refuses keeps makes takes spends pushes threatens wants",
    " fights blocks pressures",
);

/// How many tokens a dateline before a sentence's first word may take.
const DATELINE_REACH: usize = 8;

/// The comma that closes a fronted subordinate clause opening sentence `sent`, if it has one.
fn fronted_comma(doc: &Document, sent: u32) -> Option<usize> {
    let span = doc.sentences[sent as usize].tokens.clone();
    // Past a dateline ("WASHINGTON (Reuters) - When …").
    let dateline = span
        .clone()
        .take(DATELINE_REACH)
        .find(|&k| word_in!(doc.norm_at(k), "-" | "–" | "—"));
    let from = dateline.map_or(span.start, |k| k + 1);
    let first = (from..span.end).find(|&k| doc.tokens[k].is_word())?;
    // (Past an opening conjunction: "But if the bank cannot predict prices, it …".)
    let first = first + usize::from(word_in!(doc.norm_at(first), "but" | "and" | "so"));
    if !doc.norm_one_of(first, FRONTED) {
        return None;
    }
    span.take(REACH).find(|&k| doc.norm_is(k, ","))
}

/// Prepositions and infinitive marks that cannot end a speaker's noun phrase or stand before
/// its subject ("trying to salvage his career amid accusations …": "amid" ends no speaker).
const NOT_SPEAKER_EDGE: &str = concat!(
    "to of in on at for by from with into over after before during amid about against among",
    " through under without",
);

/// Nouns of saying in the plural, which a preposition after them shows to be nouns
/// ("misconduct accusations against politicians", "claims of fraud"), not a speaker's verb.
const SAYING_PLURALS: &str = concat!(
    "accusations allegations claims charges reports findings complaints warnings concerns",
    " fears assertions statements",
);

/// The speaker the attribution cues named for a word, held to the reach of one speaker in one
/// clause: `None` when the phrase cannot be a cue's subject (so the cue is no report and the
/// other rules decide the voice), else the speaker, trimmed of a verb of saying it swallowed
/// ("several researchers found" -> "several researchers") and never an "including" aside
/// ("Republicans, including Trump, who say …": the aside is not the whole speaker, so none is
/// named).
pub fn speaker_in_reach(
    doc: &Document,
    speaker: Option<Range<usize>>,
    tok: usize,
) -> Option<Option<Range<usize>>> {
    let Some(mut r) = speaker else {
        return Some(None);
    };
    if r.is_empty() {
        return Some(None);
    }
    let sent = doc.tokens[r.start].sentence;
    let same = |k: usize| doc.tokens.get(k).is_some_and(|t| t.sentence == sent);
    // "Moore, a conservative firebrand, said he would win": a cue after a comma with a clause
    // of its own is the verb of a subject whose apposition the comma closes, not a closing
    // "…, said the senator"; the apposition is the writer's description of the speaker.
    if tok < r.start
        && r.start >= 2
        && doc.norm_is(r.start - 2, ",")
        && doc.norm_one_of(r.start - 1, CLAUSE_VERBS)
        && (doc.norm_one_of(r.end, CLAUSE_MARKERS)
            || r.len() == 1 && word_in!(doc.norm_at(r.start), "he" | "she" | "they" | "we"))
    {
        return None;
    }
    // "Ruiz, largely playing cheerleader in the debate, tweeted advice": a verb after an aside
    // set off from a short opening subject is that subject's; the aside is the writer's
    // description of it, not what the verb reports (that closing shape needs a clause before).
    if tok < r.start && r.start >= 2 && doc.norm_is(r.start - 2, ",") {
        let from = doc.sentences[sent as usize].tokens.start;
        let c1 = (from..r.start).take(5).find(|&k| doc.norm_is(k, ","));
        if c1.is_some_and(|c| {
            // (Not a fronted phrase: "In Lagos, the vote was a sham, said the minister".)
            c > from
                && c < tok
                && !one_of(
                    "in on at after before during for from with by under amid despite since as when while if",
                    doc.norm_at(from),
                )
                && doc.tokens[c - 1].cap
                && (from..c).all(|k| doc.tokens[k].is_word())
                && (c + 1..r.start - 2).all(|k| !doc.norm_is(k, ","))
        }) {
            return None;
        }
    }
    // A verb and its object ("to file their annual reports": a lowercase word, then a
    // determiner) or a phrase that ends in a preposition is no noun phrase: the cue after it is
    // a noun, not a verb.
    let verb_object = r.len() > 1
        && !doc.tokens[r.start].cap
        && !word_in!(doc.norm_at(r.start), "all" | "both" | "half" | "each")
        && doc.norm_one_of(r.start + 1, DETERMINERS);
    if verb_object || doc.norm_one_of(r.end - 1, NOT_SPEAKER_EDGE) {
        return None;
    }
    // "accusations against …": the cue after the phrase is a plural noun, the phrase its
    // modifier; the word is the noun's content only past its "that" ("allegations by … that").
    if same(r.end + 1)
        && doc.norm_one_of(r.end, SAYING_PLURALS)
        && doc.norm_one_of(r.end + 1, NOT_SPEAKER_EDGE)
    {
        let content = (r.end + 1..tok).any(|k| doc.norm_is(k, "that"));
        return content.then_some(None);
    }
    if r.len() > 1 && doc.norm_one_of(r.end - 1, CLAUSE_VERBS) && !doc.tokens[r.end - 1].cap {
        r.end -= 1;
    }
    // Cues that report no one's words: seeming is the writer's impression ("the ads appeared
    // to be aimed at …"), and a person's showing is the writer's inference ("the prosecutor
    // showed he would …"; "the data showed" reports); "said of" names its topic, a noun phrase,
    // in the writer's words ("he said of members of the notorious gang", not "of course"), up to
    // a clause of its own.
    let v = r.end + usize::from(doc.norm_one_of(r.end, AUXILIARIES));
    let topic = doc.tokens.get(v + 2).is_some_and(|t| {
        let w = doc.norm(t);
        t.cap || one_of(DETERMINERS, w) || w.ends_with('s')
    });
    let said_of = doc.norm_is(v + 1, "of")
        && doc.norm_one_of(v, CLAUSE_VERBS)
        && topic
        && tok < v + 2 + REACH
        && !(v + 2..tok).any(|k| !doc.tokens[k].is_word() || doc.norm_one_of(k, CLAUSE_MARKERS));
    if said_of || doc.norm_one_of(v, SEEMING) || person_shows(doc, v) || posts_picture(doc, v) {
        return None;
    }
    // "The sister of the man arrested in New York said": a phrase after a preposition, right
    // before its verb, is the tail of a longer subject; the clause is still reported.
    // When that longer subject opens the sentence, it is named whole.
    let tail = r.start > 0
        && same(r.start - 1)
        && word_in!(
            doc.norm_at(r.start - 1),
            "in" | "of" | "at" | "from" | "for" | "on"
        );
    if tail {
        if let Some(l) = long_subject(doc, r.end) {
            return Some(Some(l));
        }
        if doc.norm_one_of(r.end, CLAUSE_VERBS) {
            return Some(None);
        }
    }
    // (An aside's "following" is no speaker either: "the plan, following talks, was …".)
    if word_in!(doc.norm_at(r.start), "including" | "includes" | "like" | "following")
        // "experts, some of whom warned": a relative pronoun stands for people named earlier.
        || relative_pronoun(doc, &r)
        || cut_short(doc, &r)
        || modifies_next(doc, &r)
    {
        return Some(None);
    }
    // "decried what some groups consider genocide": a free relative's "what" opens the clause
    // whose subject holds the view; the words before it belong to another clause.
    if let Some(k) = (r.start..r.end - 1).rev().find(|&k| doc.norm_is(k, "what")) {
        r.start = k + 1;
    }
    r = attach_low(doc, r);
    r.start = joint_opening(doc, r.start);
    // "disagreement among the president's aides over whether": a noun of dispute is held by
    // the people it is among.
    if !doc.tokens[r.start].cap {
        if let Some(k) = (r.start + 1..r.end - 1)
            .find(|&k| word_in!(doc.norm_at(k), "among" | "between") && doc.tokens[k + 1].is_word())
        {
            // Unless a closing "according to" names who told of it: "disagreement among the
            // aides over whether …, according to officials" is the officials' account, the
            // aides its topic (a long source is left unnamed).
            if let Some(c) = closing_according(doc, tok) {
                return Some(source_after(doc, c));
            }
            r.start = k + 1;
        }
    }
    Some(Some(r))
}

/// Verbs of seeming: the writer's impression, nobody's words.
const SEEMING: &str = "seem seems seemed appear appears appeared sounded";

/// Verbs of posting, whose object may be a thing shown rather than a clause.
const POSTING: &str = "tweets tweeted retweeted posts posted shared";

/// Pictures and recordings (a plural's "s" dropped): a thing posted, which the writer describes.
const PICTURES: &str = "chart video photo picture image meme map graphic cartoon clip";

/// The speaker's verb, at `v` or a few words on ("on Sunday tweeted"), posts a picture
/// ("tweeted a chart of wildly inaccurate figures", "posted a video of the chaotic meeting"):
/// its object names a thing, not a clause, and the words that describe it are the writer's.
fn posts_picture(doc: &Document, v: usize) -> bool {
    (v..v + 4).any(|p| {
        doc.norm_one_of(p, POSTING)
            && doc.norm_one_of(p + 1, DETERMINERS)
            && (p + 2..p + 5).any(|k| one_of(PICTURES, doc.norm_at(k).trim_end_matches('s')))
    })
}

/// The word at `v` is a form of "show" after a personal pronoun: what a person shows is the
/// writer's inference ("he showed he would …"); what data, records, a paper or a study show is
/// their account. (Only pronouns: a noun or a capitalised subject may as well be a document or a
/// body, "the paper showed", "the Treasury showed", unless the sentence opens with what the
/// subject did and the clause is about the subject: "By charging two aides, the prosecutor
/// showed he would …" shows by acts.)
fn person_shows(doc: &Document, v: usize) -> bool {
    // The form check first: `v` may lie past the last token.
    if !word_in!(doc.norm_at(v), "show" | "shows" | "showed" | "shown") {
        return false;
    }
    let start = doc.sentences[doc.tokens[v].sentence as usize].tokens.start;
    v > start
        && (word_in!(doc.norm_at(v - 1), "he" | "she" | "they" | "we" | "i")
            || (doc.norm_is(start, "by")
                && doc.norm_at(start + 1).ends_with("ing")
                && word_in!(doc.norm_at(v + 1), "he" | "she" | "they" | "it")))
}

/// A relative "who" after "N of M" attaches low, to a bare plural M: in "a top target of
/// advocates of stricter rules, who said", the advocates said it, not their target.
pub(crate) fn attach_low(doc: &Document, r: Range<usize>) -> Range<usize> {
    let next = if doc.norm_is(r.end, ",") {
        r.end + 1
    } else {
        r.end
    };
    let relative = doc
        .tokens
        .get(next)
        .is_some_and(|t| t.sentence == doc.tokens[r.start].sentence)
        && doc.norm_is(next, "who");
    if !relative {
        return r;
    }
    let of_plural = |k: usize| {
        let m = &doc.tokens[k + 1];
        doc.norm_is(k, "of")
            && m.is_word()
            && !m.cap
            && doc.norm(m).ends_with('s')
            && !doc.norm_in(m, DETERMINERS)
    };
    match (r.start + 1..r.end.saturating_sub(1)).find(|&k| of_plural(k)) {
        Some(k) => k + 1..r.end,
        None => r,
    }
}

/// How many tokens the subject finder takes at most: a phrase that long may be a cut one.
const SUBJECT_TOKENS: usize = 6;

/// The phrase lost its head: a figure stands right before it ("the $11 billion U.S. tax
/// industry said" -> "billion U.S. tax industry", "$4 billion …" -> "4 billion …"), or it is as long as the subject finder reaches and
/// a word that is no boundary (a verb, preposition, stop word or determiner it could open
/// with) stands before it ("a top target of advocates of tougher rules, who said" -> "target of
/// advocates of tougher rules"). Half a noun phrase names the wrong holder; none is better.
pub(crate) fn cut_short(doc: &Document, r: &Range<usize>) -> bool {
    let Some(p) = r.start.checked_sub(1) else {
        return false;
    };
    let before = &doc.tokens[p];
    if before.sentence != doc.tokens[r.start].sentence || before.quote.is_some() {
        return false;
    }
    // A figure, or a sum's currency sign, belongs to the phrase the finder stopped short of.
    if before.kind == TokenKind::Number
        || doc.tokens[r.start].kind == TokenKind::Number
            && word_in!(doc.norm(before), "$" | "€" | "£" | "¥")
    {
        return true;
    }
    let w = doc.norm(before);
    before.is_word()
        && r.len() >= SUBJECT_TOKENS
        && !doc.norm_one_of(r.start, DETERMINERS)
        && !one_of(NOT_SPEAKER_EDGE, w)
        && !one_of(AUXILIARIES, w)
        && !one_of(CLAUSE_VERBS, w)
        && !one_of(JOINING_WORDS, w)
        && !w.ends_with("ed")
}

/// The subject `r` ends in a relative pronoun ("experts, some of whom"): it stands for people
/// named earlier, not for a holder of its own.
pub(crate) fn relative_pronoun(doc: &Document, r: &Range<usize>) -> bool {
    word_in!(doc.norm_at(r.end - 1), "whom" | "which" | "whose")
}

/// Words without a plural "-s" that take a plural verb ("the police say", "many believe").
const PLURAL_NOUNS: &str = concat!(
    "people police staff media public military clergy youth they we you i some many most few",
    " several both all",
);

/// "Patients and their families described …": a speaker after "and" whose first conjunct opens
/// the sentence (one to three words ending in a name or a plural noun, not "But", "It") is a
/// joint subject, and both conjuncts speak. Returns the joint start, or `start` unchanged.
fn joint_opening(doc: &Document, start: usize) -> usize {
    let sent = doc.tokens[start].sentence as usize;
    let first = doc.sentences[sent].tokens.start;
    let Some(and) = start.checked_sub(1).filter(|&a| a > first) else {
        return start;
    };
    let last = doc.norm_at(and - 1);
    let joint = doc.norm_is(and, "and")
        && and - first <= 3
        && (first..and).all(|j| doc.tokens[j].is_word() && doc.tokens[j].quote.is_none())
        && (doc.tokens[and - 1].cap || last.ends_with('s') && !last.ends_with("ss"))
        && !doc.norm_one_of(first, FRONTED)
        && !doc.norm_one_of(first, NOT_SPEAKER_EDGE)
        && !word_in!(
            doc.norm_at(first),
            "but" | "and" | "so" | "it" | "there" | "this"
        );
    if joint {
        first
    } else {
        start
    }
}

/// Modal verbs, which follow a subject of any number.
pub(crate) const MODALS: &str = "can could may might must shall should will would";

/// Past forms of saying and thinking besides those in "-ed" and `IRREGULAR_PAST`.
const SAYING_PAST: &str = "said told wrote thought felt found saw heard";

/// Agreement: a singular subject ("a shared", "the ultimate", a lone "immediate") takes a verb
/// in "-s" or the past, so a bare word right after it ("a shared view", "the ultimate answer",
/// "immediate assertion", "bombshell allegations") is a noun the phrase modifies, not its verb:
/// the phrase is no holder.
fn modifies_next(doc: &Document, r: &Range<usize>) -> bool {
    let (first, last, next) = (doc.norm_at(r.start), doc.norm_at(r.end - 1), r.end);
    if doc
        .tokens
        .get(next)
        .is_none_or(|t| t.sentence != doc.tokens[r.start].sentence || !t.is_word() || t.cap)
    {
        return false;
    }
    let w = doc.norm_at(next);
    // A content word in its bare form: not a preposition, link or auxiliary ("a poll from",
    // "a president should").
    let function_word = [
        IRREGULAR_PAST,
        SAYING_PAST,
        PREPOSITIONS,
        NOT_SPEAKER_EDGE,
        JOINING_WORDS,
        AUXILIARIES,
        MODALS,
    ]
    .iter()
    .any(|l| one_of(l, w));
    let bare = !(w.ends_with('s') || w.ends_with("ed") || w.ends_with("ing") || function_word);
    let singular = !last.ends_with('s') && !one_of(PLURAL_NOUNS, last);
    match first {
        "a" | "an" | "this" | "another" | "every" | "each" => singular && bare,
        "the" => r.len() > 1 && singular && bare,
        // A lone lowercase word with no determiner is no person's name.
        _ if r.len() == 1 && !doc.tokens[r.start].cap && singular => {
            bare || one_of(SAYING_PLURALS, w)
        }
        _ => false,
    }
}

/// Words that end a subject phrase on its left besides prepositions and verbs.
const JOINING_WORDS: &str = "and or but as who which that when while if because";

/// Verbs that put a thing in someone's own terms, besides the judging and regard verbs:
/// "what critics describe as", "what he dubbed", "what the group terms".
const NAMING_VERBS: &str = concat!(
    "term terms termed describe describes described dub dubs dubbed label labels labelled",
    " labeled brand brands branded",
);

/// How many words of the label may stand between its naming verb and the word ("what he called
/// a reckless giveaway": "a reckless" before "giveaway").
const LABEL_REACH: usize = 3;

/// The viewer a free relative names for its label: in "condemned what the opposition calls a
/// sham election" or "carried out what rights groups described as ethnic cleansing" the word at
/// `tok` is the label of the few plain words between "what" and the naming verb, whoever the
/// sentence's own speaker is. The label runs from the verb to the word without a clause
/// between ("what he called for was a sham" is no label); a passive ("what is called …") names
/// no one and is left to the other cues.
pub(crate) fn named_by_what(doc: &Document, tok: usize) -> Option<Range<usize>> {
    let sent = doc.tokens[tok].sentence;
    let plain = |k: usize| {
        let t = &doc.tokens[k];
        t.sentence == sent && t.is_word() && t.quote.is_none()
    };
    // A quoted label ("what some call a “zombie” pact") starts past its opening mark.
    let tok = match tok.checked_sub(1) {
        Some(p) if doc.tokens[p].kind == TokenKind::Punct && doc.tokens[tok].quote.is_some() => p,
        _ => tok,
    };
    let v = (tok.saturating_sub(LABEL_REACH + 1)..tok)
        .rev()
        .take_while(|&k| plain(k) && !doc.norm_one_of(k, CLAUSE_MARKERS))
        .find(|&k| {
            let w = doc.norm_at(k);
            one_of(JUDGING_VERBS, w) || one_of(REGARD_VERBS, w) || one_of(NAMING_VERBS, w)
        })?;
    let what = (v.saturating_sub(PLAIN_SPEAKER + 2)..v)
        .rev()
        .take_while(|&k| plain(k))
        .find(|&k| doc.norm_is(k, "what"))?;
    let mut end = v;
    while end > what + 1 && doc.norm_one_of(end - 1, AUXILIARIES) {
        end -= 1;
    }
    (what + 1 < end && end - what - 1 <= PLAIN_SPEAKER).then_some(what + 1..end)
}

/// How far (in tokens, either side) a frame of someone's own words reaches for the word it gives
/// them: the clause around "in North Korea's words" or "as the senator put it".
const OWN_WORDS_REACH: usize = 15;

/// Whose words the writer says a clause is in: "in North Korea's words", "in his own words",
/// "in the words of a senior adviser", "as the senator put it", "to use the opposition's term".
/// The frame ends at punctuation ("in Trump's words and deeds" is a topic, "as he put it on
/// the table" a literal act), and the word at `tok` stands within reach in its sentence; the
/// owner is the possessive (pronoun, or up to four words ending in "'s" or "'") or the words
/// after "of" or between "as" and "put". The word and the frame share a clause.
pub(crate) fn own_words(doc: &Document, tok: usize) -> Option<Range<usize>> {
    let sent = doc.tokens[tok].sentence;
    let span = doc.sentences[sent as usize].tokens.clone();
    let lo = tok.saturating_sub(OWN_WORDS_REACH).max(span.start);
    let hi = (tok + OWN_WORDS_REACH).min(span.end);
    let word = |k: usize| k < span.end && doc.tokens[k].is_word();
    let ends = |k: usize| !word(k);
    let nm = |k: usize| if word(k) { doc.norm_at(k) } else { "" };
    // The possessive owner ending just before `k`: "his", or words up to "Korea's" / "allies '".
    let owner = |k: usize| -> Option<Range<usize>> {
        let mut p = k.checked_sub(1).filter(|&p| p >= span.start)?;
        if one_of("his her their its", nm(p)) {
            return Some(p..p + 1);
        }
        let end = p + 1;
        if word_in!(doc.norm_at(p), "'" | "’") {
            p = p.checked_sub(1).filter(|&p| p >= span.start && word(p))?;
        } else if !crate::segment::ends_possessive(doc.slice(&doc.tokens[p])) {
            return None;
        }
        let mut s = p;
        while s > span.start && p - s < PLAIN_SPEAKER - 1 && word(s - 1) {
            if one_of("in use of", nm(s - 1)) {
                break;
            }
            s -= 1;
        }
        Some(s..end)
    };
    (lo..hi).find_map(|k| {
        let w = nm(k);
        let (frame, who) = if w == "in" {
            if nm(k + 1) == "the" && nm(k + 2) == "words" {
                // "in the words of a senior adviser,"
                let of = k + 3;
                let e = (of + 1..=of + 1 + PLAIN_SPEAKER).find(|&e| ends(e))?;
                (nm(of) == "of" && e > of + 1).then_some((k..e, of + 1..e))?
            } else {
                let n = (k + 2..k + 2 + PLAIN_SPEAKER)
                    .take_while(|&n| word(n))
                    .find(|&n| nm(n) == "words")?;
                let o = owner(n - usize::from(nm(n - 1) == "own"))?;
                (o.start == k + 1 && ends(n + 1)).then_some((k..n + 1, o))?
            }
        } else if w == "as" {
            // "as the senator put it,"
            let p = (k + 2..k + 2 + PLAIN_SPEAKER)
                .take_while(|&p| word(p))
                .find(|&p| one_of("put puts", nm(p)))?;
            (nm(p + 1) == "it" && ends(p + 2)).then_some((k..p + 2, k + 1..p))?
        } else if w == "use" && k > span.start && nm(k - 1) == "to" {
            // "to use the opposition's term"
            let n = (k + 2..k + 2 + PLAIN_SPEAKER)
                .take_while(|&n| word(n))
                .find(|&n| one_of("term word words phrase language", nm(n)))?;
            let o = owner(n - usize::from(nm(n - 1) == "own"))?;
            (o.start == k + 1 && ends(n + 1)).then_some((k..n + 1, o))?
        } else {
            return None;
        };
        // The frame and the word share a clause: no "and" or ";" between them ("doesn't like
        // surprises, in the words of an aide, and bristled" keeps "bristled" the writer's).
        let (a, b) = if tok < frame.start {
            (tok, frame.start)
        } else {
            (frame.end, tok)
        };
        let joined = (a..b).any(|j| doc.norm_one_of(j, "and but or while whereas ;"));
        (!frame.contains(&tok) && !joined).then_some(who)
    })
}
