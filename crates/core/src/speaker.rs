//! Who spoke each quotation. Wire copy names its speakers in a handful of shapes, all found within
//! the quotation's sentence or the one before it, so nothing here depends on paragraph breaks:
//!
//! - after the quotation: `"…," said Smith` / `"…," Smith said` / `"…," Smith, a senator, said`;
//! - before it: `Smith said: "…"` / `Smith said the plan was "a farce"` (a partial quotation
//!   belongs to the subject of the speech verb that governs it) / `…, saying "…"` (a participle's
//!   subject is its clause's);
//! - at the end of its sentence: `The attack was a "total shock," she said.`;
//! - continued: a quoted sentence with no attribution of its own goes on with the speaker of the
//!   sentence before it (`"…," Smith said. "…"`).
//!
//! A short quoted term used as a modifier (`the "emoluments" clause`) or a quoted title is a
//! mention, not speech: it gets no speaker. A short quotation with no speaker in reach and no
//! sentence of its own (`a rare "wave election"`) is a quoted term too: [`terms`] tells these
//! apart, so that they are not shown as speech whose speaker went missing.

use crate::attribution::{Attribution, NP_STOP};
use crate::search::Search;
use crate::segment::{Document, Quote, TokenKind};
use crate::words::{few, Words};
use std::ops::Range;

/// How far (in tokens) a speech verb may stand from the quotation it introduces, or a subject
/// from its verb across an apposition: bounded so that every quotation costs constant work.
const MAX_REACH: usize = 40;
/// Longest speaker noun phrase, in tokens ("a spokesman for the U.S. Department of Health").
const MAX_SPEAKER_TOKENS: usize = 14;
/// Tokens back from a quotation to the comma opening an aside after "that,".
const ASIDE_REACH: usize = 30;
/// Farthest a he/she/it may stand from its sentence's start and still be read as the name opening
/// it, in tokens: bounded so that every quotation costs constant work.
const ANTECEDENT_REACH: usize = 60;
/// A quoted title of at most this many words ("State of the Union") is a mention.
const MAX_TITLE_WORDS: usize = 6;
/// A quoted term of at most this many words, used as a modifier, is a mention.
const MAX_TERM_WORDS: usize = 3;
/// A speakerless quotation of at most this many words, inside a sentence, is a quoted term.
const MAX_TERM_QUOTE_WORDS: usize = 4;

/// Per quotation (in `doc.quotes` order): whether it is a quoted term (a word or short phrase
/// mentioned, scare-quoted or named) rather than speech: it has no speaker (`speakers`, as
/// [`find`] gives them), holds at most a few words and no sentence of its own.
pub fn terms(doc: &Document, speakers: &[Option<Range<usize>>]) -> Vec<bool> {
    doc.quotes
        .iter()
        .zip(speakers)
        .map(|(q, sp)| sp.is_none() && is_term(doc, q))
        .collect()
}

/// A short quotation inside a sentence: at most `MAX_TERM_QUOTE_WORDS` words, no sentence end
/// inside it, not opening its sentence, closed, not running across paragraphs.
fn is_term(doc: &Document, q: &Quote) -> bool {
    if q.nested || !q.closed || q.continues || q.continued || q.tokens.is_empty() {
        return false;
    }
    let mut words = 0;
    for k in q.tokens.clone() {
        let t = &doc.tokens[k];
        if t.kind == TokenKind::Punct {
            // A full stop before the closing mark is the sentence's own ("… a \"joke.\""); one
            // inside, or a question or exclamation, makes the quotation a sentence.
            let n = doc.norm(t);
            let last = k + 1 == q.tokens.end;
            if few!("?" "!" ";" ":").contains(&n) || (n == "." && !last) {
                return false;
            }
        } else {
            words += 1;
            // (Too long already: most quotations are speech, and this saves the walk over them.)
            if words > MAX_TERM_QUOTE_WORDS {
                return false;
            }
        }
    }
    // `'PAY-AS-YOU-GO'`: a few words in capitals with no end mark are a subheading, a label even
    // where they open the sentence; a chant or shouted sentence ends in "!", "?" or ".", and a
    // caseless script (Arabic, Chinese) has no capitals to count.
    let text = &doc.text[q.start..q.end];
    let heading = || {
        text.chars().filter(|c| c.is_uppercase()).count() > 3
            && !text
                .chars()
                .any(|c| c.is_lowercase() || matches!(c, '!' | '?' | '.'))
    };
    let sent = doc.tokens[q.tokens.start].sentence as usize;
    let opens_sentence = {
        let mut k = q.tokens.start;
        while k > 0 && doc.tokens[k - 1].start as usize >= q.start {
            k -= 1;
        }
        k <= doc.sentences[sent].tokens.start
    };
    words >= 1 && (!opens_sentence || heading() || defined(doc, q))
}

/// `"Halal" refers to …`, `"Pro tem" means …`: a quoted word explained is mentioned, not said.
fn defined(doc: &Document, q: &Quote) -> bool {
    word_in!(doc.norm_at(q.after), "refers" | "means" | "stands")
}

/// `Maria "Lupe" Ortiz was`: one capitalised quoted word between a first name and a surname
/// (in running text: a headline's `Felt "Invisible" As A Child` capitalises the word after).
fn nickname(doc: &Document, q: &Quote, left: usize) -> bool {
    let cap = |k: usize| doc.tokens.get(k).is_some_and(|t| t.is_word() && t.cap);
    q.tokens.len() == 1
        && left > 0
        && cap(left - 1)
        && cap(q.tokens.start)
        && cap(q.after)
        && !cap(q.after + 1)
}

/// Per quotation (in `doc.quotes` order): the token range of its speaker, when the text says.
pub fn find(doc: &Document, attr: &Attribution) -> Vec<Option<Range<usize>>> {
    let mut speakers: Vec<Option<Range<usize>>> = vec![None; doc.quotes.len()];
    // The speaker of the last quotation seen, with the sentence its closing mark is in.
    let mut last: Option<(u32, Range<usize>)> = None;
    // The last quotation seen (not nested).
    let mut prev: Option<usize> = None;
    let mut titles: Vec<&str> = Vec::new();
    for (qi, q) in doc.quotes.iter().enumerate() {
        if q.nested || q.tokens.is_empty() {
            continue;
        }
        let finder = Finder { doc, attr };
        // `words such as "X"`, and a short quotation joined to a term in its sentence (`"X"
        // instead of "Y"`, `"X," "Y" and "Z"`): words mentioned, not said.
        let left = finder.left_of(q);
        let joined = prev.is_some_and(|ai| {
            let a = &doc.quotes[ai];
            speakers[ai].is_none()
                && is_term(doc, a)
                && finder.same_sentence(a.tokens.end - 1, left)
                && left >= a.after
                && left - a.after <= 2
                && (a.after..left).all(|k| {
                    word_in!(
                        doc.norm_at(k),
                        "," | "and" | "or" | "instead" | "rather" | "of" | "than"
                    )
                })
        });
        // (`Roe's "Harbour First" agenda` is owned speech, not a programme's title.)
        let sent_start = doc.sentences[doc.tokens[left].sentence as usize]
            .tokens
            .start;
        // (`‘Neelkanth’ will not be for everyone`: the one capitalised word the article already
        // quoted with no speaker, a title, is that title again; the last eight are kept.)
        let text = &doc.text[q.start..q.end];
        if ((is_term(doc, q)
            && (joined || named_word(doc, left) || defined(doc, q) || nickname(doc, q, left)))
            || programme_title(doc, q, left)
            || q.tokens.len() == 1 && doc.tokens[q.tokens.start].cap && titles.contains(&text))
            && slogan_owner(doc, q, left, sent_start).is_none()
        {
            prev = Some(qi);
            continue;
        }
        let sp = finder.speaker(q, &last).or_else(|| {
            // A paragraph that continues a quotation keeps its speaker.
            (q.continued && qi > 0)
                .then(|| speakers[qi - 1].clone())
                .flatten()
        });
        let sp = sp.map(|r| finder.reporter(&r, q).unwrap_or(r));
        let sp = sp.map(|r| finder.inner_teller(&r, q).unwrap_or(r));
        let sp = sp.and_then(|r| finder.told_words(r, q));
        let sp = sp.map(|r| finder.planned_speech(&r, q).unwrap_or(r));
        let sp = sp.map(|r| finder.named_antecedent(&r, q.tokens.start).unwrap_or(r));
        let sp = sp.map(|r| appositive_name(doc, r));
        // `One, now a head teacher in Sligo, said`: a bare "One" is who its apposition says.
        let sp = sp.map(|r| {
            let a = r.end + 1 + usize::from(doc.norm_is(r.end + 1, "now"));
            let sent = doc.tokens[r.start].sentence;
            let comma = (a + 1..a + 12)
                .take_while(|&k| doc.tokens.get(k).is_some_and(|t| t.sentence == sent))
                .find(|&k| doc.norm_is(k, ","));
            match comma {
                Some(c)
                    if r.len() == 1
                        && doc.norm_is(r.start, "one")
                        && doc.norm_is(r.end, ",")
                        && word_in!(doc.norm_at(a), "a" | "an") =>
                {
                    a..c
                }
                _ => r,
            }
        });
        let sp = sp.map(|r| name_before_role(doc, r));
        let sp = sp.map(|r| joined_appositions(doc, r, left));
        let sp = sp.map(|r| message_writer_of(doc, r));
        let sp = sp.map(|r| finder.signers(&r).unwrap_or(r));
        let sp = sp.map(|r| finder.talk_giver(&r).unwrap_or(r));
        let sp = sp.and_then(|r| finder.asker(r));
        let sp = sp.and_then(|r| place_in_title(doc, r));
        let sp = sp.and_then(|r| sign_maker(&finder, r));
        let sp = message_author(doc, attr, q).or(sp);
        let sp = sp.map(|r| relative_describer(doc, r));
        let sp = sp.map(|r| stand_in_subject(doc, r));
        let sp = sp.or_else(|| describer_before(doc, q));
        let sp = sp.or_else(|| passive_document(doc, left, sent_start));
        // `He was described as "…"`: the one described does not speak (an agent after "by"
        // still does).
        let sp = sp.filter(|r| {
            r.start > left
                || !(left > 2
                    && doc.norm_is(left - 1, "as")
                    && doc.norm_is(left - 2, "described")
                    && doc.norm_one_of(left - 3, PASSIVE.0))
        });
        // `Responding, Ms Roe said`: an opening participle (a cue itself) is no speaker; the
        // name after its comma is.
        let sp = sp.map(|r| {
            let n = r.end + 1;
            let name = (n..n + 4)
                .take_while(|&k| doc.tokens.get(k).is_some_and(|t| t.cap))
                .count();
            if r.start == sent_start
                && r.len() == 1
                && doc.norm_at(r.start).ends_with("ing")
                && doc.norm_is(r.end, ",")
                && name > 0
                && finder.verb_at(n + name).is_some()
            {
                n..n + name
            } else {
                r
            }
        });
        // `The court heard Roe had intended to "…"`: an intention is the intender's words.
        let sp = sp.or_else(|| {
            let h = (left > 3
                && doc.norm_is(left - 1, "to")
                && word_in!(
                    doc.norm_at(left - 2),
                    "intended" | "planned" | "wanted" | "hoped"
                ))
            .then(|| {
                (left.saturating_sub(MAX_REACH).max(sent_start)..left)
                    .find(|&k| doc.norm_is(k, "heard"))
            })??;
            let name = (h + 1..left).take_while(|&k| doc.tokens[k].cap).count();
            (name > 0 && !doc.norm_one_of(h + 1, DETERMINERS.0)).then(|| h + 1..h + 1 + name)
        });
        let sp = sp.or_else(|| {
            let a = prev?;
            finder
                .conjoined(&doc.quotes[a], q)
                .then(|| speakers[a].clone())
                .flatten()
        });
        prev = Some(qi);
        if let Some(sp) = &sp {
            let end_sent = doc.tokens[q.tokens.end - 1].sentence;
            last = Some((end_sent, sp.clone()));
        } else if titles.len() < 8 {
            titles.push(text);
        }
        speakers[qi] = sp;
    }
    for (qi, q) in doc.quotes.iter().enumerate() {
        if speakers[qi].is_none() && !q.nested {
            speakers[qi] = headline_speaker(doc, q).or_else(|| credit_line(doc, q));
        }
    }
    // A multi-paragraph quotation often names its speaker only at the end.
    for qi in (0..doc.quotes.len()).rev() {
        if speakers[qi].is_none() && doc.quotes[qi].continues {
            if let Some(next) = (qi + 1..doc.quotes.len()).find(|&n| !doc.quotes[n].nested) {
                speakers[qi] = speakers[next].clone();
            }
        }
    }
    share_split_speakers(doc, attr, &mut speakers);
    // `Lee "has no plans" and believes "it is fair," Roe said.`: a quotation with no speaker
    // takes that of the next one in its sentence when the attribution closing the sentence
    // names it, and no cue stands between the two.
    let finder = Finder { doc, attr };
    let mut next: Option<usize> = None;
    for qi in (0..doc.quotes.len()).rev() {
        let q = &doc.quotes[qi];
        if q.nested || q.tokens.is_empty() {
            continue;
        }
        if let (None, Some(n)) = (&speakers[qi], next) {
            let b = &doc.quotes[n];
            let left = finder.left_of(b);
            let shared = speakers[n].clone().filter(|sp| {
                sp.start >= b.after
                    && doc.norm_is(b.tokens.end - 1, ",")
                    && left >= q.after
                    && left - q.after <= 16
                    && finder.same_sentence(q.tokens.end - 1, sp.start)
                    && (q.after..left).all(|k| attr.cue_at(k).is_none() && !is_mark(doc, k))
                    && finder.mention(q, finder.left_of(q)) != Mention::Name
            });
            speakers[qi] = shared;
        }
        next = Some(qi);
    }
    speakers
}

/// `Ann Lee on Friday handed over files she called "…"`, `Lee said he replied: "…"`: the name
/// a he/she speaker stands for, shown to the reader beside the pronoun (the speaker span stays
/// the text's own word). Only a pronoun before the quotation and not set off by a comma ("Lee
/// "…," he said" and "Lee, he said, …" are often someone else's words about Lee), when the
/// sentence's subject ends in a name followed by a verb or a preposition, and no capitalised
/// word but a time word stands between that name and the pronoun.
pub fn pronoun_name(
    doc: &Document,
    attr: &Attribution,
    p: &Range<usize>,
    q: &Quote,
) -> Option<Range<usize>> {
    let t = &doc.tokens[p.start];
    if p.len() != 1
        || t.cap
        || t.quote.is_some()
        || p.start >= q.tokens.start
        || !word_in!(doc.norm(t), "he" | "she" | "his" | "her")
        || doc.norm_is(p.start.checked_sub(1)?, ",")
    {
        return None;
    }
    let sent_start = doc.sentences[t.sentence as usize].tokens.start;
    let lo = sent_start.max(p.start.saturating_sub(ANTECEDENT_REACH));
    // (A capitalised word that opens the sentence may be no name: "He said he …", "They".)
    let cap = |k: usize| {
        let t = &doc.tokens[k];
        let n = doc.norm(t);
        t.cap
            && t.is_word()
            && t.quote.is_none()
            && !PRONOUNS.contains(&n)
            && !FUNCTION.contains(&n)
    };
    let last = (lo..p.start)
        .rev()
        .find(|&k| cap(k) && !doc.norm_one_of(k, TIME_WORDS.0))?;
    let mut first = last;
    while first > lo && cap(first - 1) {
        first -= 1;
    }
    let r = Finder { doc, attr }.clause_subject(sent_start, p.start)?;
    let next = &doc.tokens[r.end];
    let n = doc.norm(next);
    // ("Immigration is …", "Fundraising was …": a word capitalised by the sentence only.)
    let verb = !next.cap && (VERBS.contains(&n) || n.ends_with("ed") || PREPOSITIONS.contains(&n));
    // (`Critics attacked his …`: a plural opening the sentence is no one person; "his" and
    // "her" only, as "he" and "she" were measured without this.)
    let plural = r.len() == 1 && r.start == sent_start && {
        let w = doc.norm_at(r.start);
        w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")
    };
    let plural = plural && word_in!(doc.norm(t), "his" | "her");
    (r.end == last + 1 && verb && !plural && !doc.norm_one_of(r.start, DETERMINERS.0))
        .then_some(first.max(r.start)..last + 1)
}

/// `Sen. Ann Lee, a Democrat, and Sen. Bo Roe, an independent, called for "…"`: a name with an
/// apposition joined by "and" to a second one speaks with it; the speaker runs to the second
/// name. Each apposition a determiner's phrase of at most 6 tokens, the name at most 5 words.
fn joined_appositions(doc: &Document, r: Range<usize>, left: usize) -> Range<usize> {
    let apposition_end = |from: usize| {
        word_in!(doc.norm_at(from), "a" | "an" | "the")
            .then(|| {
                (from + 1..from + 7).find(|&i| !doc.tokens.get(i).is_some_and(|t| t.is_word()))
            })
            .flatten()
            .filter(|&i| doc.norm_is(i, ","))
    };
    let joined = || {
        let c = apposition_end(r.end + 1)?;
        if !doc.norm_is(c + 1, "and") {
            return None;
        }
        let name = c + 2;
        let end =
            (name..name + 5).find(|&i| !doc.tokens.get(i).is_some_and(|t| t.is_word() && t.cap))?;
        let c2 = apposition_end(end + 1).filter(|_| end > name && doc.norm_is(end, ","))?;
        (c2 + 1 < left).then_some(r.start..end)
    };
    if !doc.norm_is(r.end, ",") || !doc.tokens.get(r.start).is_some_and(|t| t.cap) {
        return r;
    }
    joined().unwrap_or(r)
}

/// `Kendall's letter said`, `one of Orr's emails, which said`: a message owned by its writer is
/// the writer's words (the person speaks, not the medium); a statement stays its issuer's.
fn message_writer_of(doc: &Document, r: Range<usize>) -> Range<usize> {
    // (`The lawmakers' letter to Hoek said`: the writers, not the addressee after "to".)
    let end = (r.start + 1..r.end.saturating_sub(1))
        .find(|&k| doc.norm_is(k, "to") && doc.norm_one_of(k - 1, MESSAGES.0))
        .unwrap_or(r.end);
    let whole = r.clone();
    let r = r.start..end;
    let n = doc.norm_at(r.end - 1);
    // (`The guild's website says`: a body's own page is the body speaking.)
    // (`The president's speech`, `the marchers' placards`: so are a talk and a sign.)
    let page =
        word_in!(n, "website" | "site" | "page" | "speech" | "speeches") || SIGNS.contains(&n);
    if r.len() < 2 || !(page || MESSAGES.contains(&n)) || n.starts_with("statement") {
        return whole;
    }
    let own = r.end - 2;
    // (`the lawmakers' letter`: a plural owner's apostrophe is a token of its own.)
    let mark =
        own > r.start && word_in!(doc.norm_at(own), "'" | "’") && !doc.tokens[own].space_before;
    if !mark && !crate::segment::ends_possessive(doc.slice(&doc.tokens[own])) {
        return whole;
    }
    let word = own - usize::from(mark);
    let mut s = word;
    if doc.tokens[word].cap {
        while s > r.start && word - s < 3 && name_word(doc, s - 1) {
            s -= 1;
        }
    } else if let Some(the) = (r.start..word)
        .rev()
        .take(3)
        .find(|&k| doc.norm_is(k, "the"))
    {
        s = the;
    }
    if s == r.start || doc.norm_is(s - 1, "of") {
        s..word + 1
    } else {
        whole
    }
}

/// `a move officials described as …`: a speaker ending in a relative clause's subject (a plural
/// or a name right after the noun it describes, no "that") is that subject alone.
fn relative_describer(doc: &Document, r: Range<usize>) -> Range<usize> {
    let describes = doc.tokens.get(r.end).is_some_and(|t| {
        !t.cap
            && few!("described" "called" "termed" "dubbed" "billed" "labeled" "labelled")
                .contains(&doc.norm(t))
    });
    // (Its object is the head noun: "as" or the quotation follows the verb at once, and a
    // determiner opens the head: "a move officials described as", not "four parish councils
    // called the locks".)
    let gap = doc
        .tokens
        .get(r.end + 1)
        .is_some_and(|t| t.quote.is_some() || doc.norm_eq(t, "as"));
    if !describes || !gap || r.len() < 3 {
        return r;
    }
    let mut s = r.end - 1;
    if doc.tokens[s].cap {
        while s > r.start + 1 && name_word(doc, s - 1) {
            s -= 1;
        }
    } else if !doc.norm_at(s).ends_with('s') {
        return r;
    }
    let head = &doc.tokens[s - 1];
    let n = doc.norm(head);
    if head.is_word()
        && !head.cap
        && !n.ends_with('s')
        && !FUNCTION.contains(&n)
        && s >= r.start + 2
        && doc.norm_one_of(s - 2, DETERMINERS.0)
    {
        s..r.end
    } else {
        r
    }
}

/// A speaker found inside the sentence's subject, or standing in for it, gives way to that
/// subject: the last noun of its "whose" clause (`A Lima man whose aunt waited … after a fall
/// said`: the man), "as she put it" in its relative clause or after its verb, "the firm" when
/// a name opens the sentence. The subject runs from the sentence start (past a dateline) to
/// "whose", ", who", an auxiliary or a past tense after a name: at most 16 tokens.
fn stand_in_subject(doc: &Document, r: Range<usize>) -> Range<usize> {
    let n = |k: usize| doc.norm_at(k);
    let Some(t) = doc.tokens.get(r.start).filter(|_| !r.is_empty()) else {
        return r;
    };
    let s0 = doc.sentences[t.sentence as usize].tokens.start;
    // The cheap tests of each case first: this runs for every speaker found.
    let pronoun = r.len() == 1
        && word_in!(n(r.start), "he" | "she" | "they")
        && r.start > 0
        && n(r.start - 1) == "as";
    let firm = r.len() == 2 && n(r.start) == "the";
    // (48: the 16 below, past a dateline.)
    let whose =
        TELLING.contains(&n(r.end)) && (s0 + 1..r.start.min(s0 + 48)).any(|i| n(i) == "whose");
    if !(pronoun || firm || whose) {
        return r;
    }
    let s0 = after_dateline(doc, s0, r.start).unwrap_or(s0);
    let Some(end) = (s0 + 1..r.start.min(s0 + 16)).find(|&i| {
        word_in!(n(i), "whose" | "has" | "have" | "had" | "will")
            || (n(i) == "," && n(i + 1) == "who")
            || (doc.tokens[i - 1].cap && past_verb(doc, i))
    }) else {
        return r;
    };
    let stand_in = if n(end) == "whose" {
        // The clause has its own verb before the speaker, who ends it before the main verb.
        r.start >= end + 3
            && TELLING.contains(&n(r.end))
            && (end + 2..r.start).any(|i| {
                past_verb(doc, i)
                    || VERBS.contains(&n(i))
                    || crate::sense::one_of(crate::reported::IRREGULAR_PAST, n(i))
            })
    } else {
        (pronoun && (PHRASING.contains(&n(r.end)) || PHRASING.contains(&n(r.end + 1))))
            || (firm
                && word_in!(
                    n(r.end - 1),
                    "firm" | "company" | "group" | "bank" | "carrier"
                )
                && (s0..end).all(|i| doc.tokens[i].cap))
    };
    if stand_in {
        s0..end
    } else {
        r
    }
}

/// `…, in a move officials described as part of a plan aimed at "…"`: a quotation with no
/// speaker inside such a describing clause is its subject's (reads back at most 12 tokens to
/// the verb, past no comma or other clause mark).
fn describer_before(doc: &Document, q: &Quote) -> Option<Range<usize>> {
    let sent_start = doc.sentences[doc.tokens[q.tokens.start].sentence as usize]
        .tokens
        .start;
    let left = q.tokens.start.checked_sub(1)?;
    let v = (sent_start.max(left.saturating_sub(12))..left)
        .rev()
        .take_while(|&k| !word_in!(doc.norm_at(k), "," | ";" | ":" | "(" | "—" | "–"))
        .find(|&k| doc.norm_is(k + 1, "as") && doc.norm_at(k).starts_with("describ"))?;
    // "handed over papers she described as": a pronoun right after the head noun describes.
    if v > sent_start + 1
        && word_in!(doc.norm_at(v - 1), "he" | "she" | "they")
        && doc.tokens[v - 2].is_word()
        && !doc.norm_one_of(v - 2, FUNCTION.0)
    {
        return Some(v - 1..v);
    }
    let r = relative_describer(doc, sent_start.max(v.saturating_sub(4))..v);
    (r.end == v && r.len() < v - sent_start.max(v.saturating_sub(4))).then_some(r)
}

/// How many tokens before a quotation `message_author` looks for "a tweet by".
const MESSAGE_BY_REACH: usize = 16;

/// `her spokesman said, responding to a tweet by Lee telling her to focus on "…"`: a message
/// whose author "by" names, before the quotation in its sentence (at most `MESSAGE_BY_REACH`
/// tokens back), is where the quoted words come from, so its author speaks them; unless a cue
/// other than a participle ("telling", "calling") stands between, giving them to its own
/// subject (`Roe, asked about a tweet by Lee, said "…"`).
fn message_author(doc: &Document, attr: &Attribution, q: &Quote) -> Option<Range<usize>> {
    let sent_start = doc.sentences[doc.tokens[q.tokens.start].sentence as usize]
        .tokens
        .start;
    let left = q.tokens.start;
    let by = (sent_start.max(left.saturating_sub(MESSAGE_BY_REACH)) + 1..left)
        .rev()
        .find(|&k| doc.norm_is(k, "by") && doc.norm_one_of(k - 1, MESSAGES.0))?;
    let author = name_right(doc, by + 1)
        .filter(|r| r.end <= left && doc.tokens[r.start].cap)
        .and_then(|r| plausible(doc, r))?;
    let own_cue = (author.end..left)
        .filter_map(|k| attr.cue_at(k))
        .any(|c| !doc.norm_at(c.start).ends_with("ing"));
    (!own_cue).then_some(author)
}

/// Whether token `k` is the first of its paragraph (a binary search).
fn opens_paragraph(doc: &Document, k: usize) -> bool {
    let at = doc.tokens[k].start as usize;
    let pi = doc.paragraphs.partition_point(|p| p.end <= at);
    doc.paragraphs
        .get(pi)
        .and_then(|p| doc.text.get(p.start..at))
        .is_some_and(|s| s.trim().is_empty())
}

/// Things a crowd carries its slogans on: the carriers' words, not the things'. (Not "sign":
/// an office's notice may be given as its own source; measured, it cost a right speaker.)
const SIGNS: Words = Words("placard placards banner banners");

const HOLDING: Words = Words("held holding carried carrying waved waving raised raising hoisted");

/// `Placards read "…"`: a placard shows its carriers' words but names none of them; `a Teamsters
/// banner read` names its maker, the capitalised words before it. (A capitalised one may be a
/// name, "the Banner", unless it opens its sentence.)
fn sign_maker(finder: &Finder, r: Range<usize>) -> Option<Range<usize>> {
    let doc = finder.doc;
    let k = r.end - 1;
    let sent_start = doc.sentences[doc.tokens[k].sentence as usize].tokens.start;
    let n = doc.norm_at(k);
    // `Nurses carried placards reading "…"`, `Crowds gathered, waving banners`: the words are
    // those of the subject who holds the sign (looks back at most 3 words for the verb); a
    // "sign" too when it is held.
    let held = (sent_start.max(k.saturating_sub(3))..k).rfind(|&v| doc.norm_one_of(v, HOLDING.0));
    let sign = SIGNS.contains(&n) || (held.is_some() && word_in!(n, "sign" | "signs"));
    if !sign || (doc.tokens[k].cap && k != sent_start) {
        return Some(r);
    }
    if let Some(v) = held {
        // ("Some held placards": a bare quantifier names no one.)
        return finder
            .clause_subject(sent_start, v)
            .filter(|s| {
                s.len() > 1
                    || !word_in!(
                        doc.norm_at(s.start),
                        "some" | "many" | "others" | "several" | "most" | "few" | "all" | "one"
                    )
            })
            // (A held sign whose carriers are not found keeps the words, as it did before.)
            .or_else(|| (!SIGNS.contains(&n)).then_some(r));
    }
    // (`a marcher's sign said`: its owner carries it.)
    if k > r.start && owner_form(doc.slice(&doc.tokens[k - 1])) {
        return plausible(doc, r.start..k);
    }
    let mut s = k;
    while s > r.start && (doc.tokens[s - 1].cap || word_in!(doc.norm_at(s - 1), "of" | "and")) {
        s -= 1;
    }
    // ("One placard read": a number or determiner opening the sentence is no maker; nor is a
    // participle capitalised only because it opens it: "Carrying placards that read".)
    while s < k && {
        let n = doc.norm_at(s);
        DETERMINERS.contains(&n)
            || n == "one"
            || (s == sent_start && (n.ends_with("ing") || n.ends_with("ed")))
    } {
        s += 1;
    }
    (s < k && doc.tokens[s].cap).then_some(s..k)
}

/// `A chieftain of the party in Benue State, who …, said`: a place after "in" ends a title, not
/// the subject; the subject is the phrase the place ends (from its determiner, or a plural head,
/// opening its clause), or there is none. Reads back at most `MAX_SPEAKER_TOKENS`.
fn place_in_title(doc: &Document, r: Range<usize>) -> Option<Range<usize>> {
    let Some(p) = r
        .start
        .checked_sub(1)
        .filter(|&p| p > 0 && doc.norm_is(p, "in"))
    else {
        return Some(r);
    };
    let sent_start = doc.sentences[doc.tokens[r.start].sentence as usize]
        .tokens
        .start;
    let before = &doc.tokens[p - 1];
    if p <= sent_start || !before.is_word() || before.cap || !doc.tokens[r.start].cap {
        return Some(r);
    }
    let head = noun_phrase_left(doc, p, sent_start)?;
    let n = doc.norm_at(head.start);
    let opens = head.start == sent_start || doc.norm_is(head.start - 1, ",");
    let determined = word_in!(n, "a" | "an" | "the" | "one")
        || (!doc.tokens[head.start].cap && doc.norm_at(p - 1).ends_with('s'));
    (opens && determined)
        .then(|| plausible(doc, head.start..r.end))
        .flatten()
}

/// Words before a headline's colon that label a section or a format, not a speaker.
const HEADLINE_LABELS: Words = Words("the exclusive breaking analysis update watch video opinion editorial report poll factbox explainer latest live excerpt review photos timeline fact correction");

/// `Lee: Rivals Have 'A Long Way to Go'`: a headline (the text's first paragraph, a short one
/// with more to follow) that opens with a name and a colon gives the words after the colon to
/// that name, the headline convention for a statement; a quotation there is the name's.
fn headline_speaker(doc: &Document, q: &Quote) -> Option<Range<usize>> {
    let para = doc.paragraphs.first()?;
    // (Tokens are made inside paragraphs, so the first token is in the first paragraph.)
    if doc.paragraphs.len() < 2 || q.start >= para.end {
        return None;
    }
    // Words of the headline, bounded: a headline is short.
    let n = doc
        .tokens
        .iter()
        .take(40)
        .take_while(|t| (t.start as usize) < para.end)
        .count();
    if n == 40 || q.tokens.start >= n {
        return None;
    }
    let colon = (1..n.min(7)).find(|&i| doc.norm_is(i, ":"))?;
    let name = (0..colon).all(|i| {
        let t = &doc.tokens[i];
        (t.is_word() && t.cap) || (doc.norm_is(i, ".") && !t.space_before)
    });
    (name && colon < q.tokens.start && !doc.norm_one_of(0, HEADLINE_LABELS.0)).then_some(0..colon)
}

/// `"We will cut the rate."` then a paragraph `- Ann Lee.`: a quotation standing as a whole
/// paragraph, with the next paragraph only a dash and a name, is credited by that line (the
/// convention of fact-checks and epigraphs).
fn credit_line(doc: &Document, q: &Quote) -> Option<Range<usize>> {
    let pi = doc.paragraphs.partition_point(|p| p.end <= q.start);
    let (para, next) = (doc.paragraphs.get(pi)?, doc.paragraphs.get(pi + 1)?);
    let text = doc.text;
    if q.end > para.end
        || !text[para.start..q.start].trim().is_empty()
        || !matches!(text[q.end..para.end].trim(), "" | ".")
    {
        return None;
    }
    let dash = doc
        .tokens
        .partition_point(|t| (t.start as usize) < next.start);
    if !word_in!(doc.norm_at(dash), "-" | "—" | "–") {
        return None;
    }
    // The name: a few capitalised words (initials too), then at most a full stop, then the
    // paragraph ends.
    let in_next = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|t| (t.start as usize) < next.end)
    };
    let mut k = dash + 1;
    while k < dash + 6 && in_next(k) && {
        let t = &doc.tokens[k];
        (t.is_word() && t.cap)
            || (k > dash + 1 && doc.norm_is(k, ".") && !t.space_before && in_next(k + 1))
    } {
        k += 1;
    }
    let end = k;
    if end == dash + 1 || !doc.tokens[end - 1].is_word() {
        return None;
    }
    k += usize::from(in_next(k) && doc.norm_is(k, "."));
    (!in_next(k)).then_some(dash + 1..end)
}

/// The holder of a reported word outside quotation marks (`Democrats have called it a
/// giveaway`, `Lee denied it, saying it was a smear`): the subject of the nearest verb of saying
/// or labelling before it in its clause, found as for a partial quotation there.
pub fn holder(doc: &Document, attr: &Attribution, tok: usize) -> Option<Range<usize>> {
    let sent_start = doc.sentences[doc.tokens[tok].sentence as usize]
        .tokens
        .start;
    // `countering Trump's message that …`: a noun of saying governs the word; its owner holds
    // it, not the subject of a verb further back.
    if let Some(g) = crate::reported::content_noun(doc, tok) {
        // ("claims by pilots that …", "the findings of the auditors that …")
        return match crate::reported::held_by(doc, g, tok) {
            Some((r, _)) => Some(r).filter(|r| !r.is_empty()),
            None => owner(doc, g, sent_start),
        };
    }
    Finder { doc, attr }
        .before(tok, sent_start, MAX_REACH, 0)
        .filter(|r| {
            // A bare plural names a group ("critics have likened it to …").
            let group = r.len() == 1
                && doc.norm_at(r.start).len() > 3
                && doc.norm_at(r.start).ends_with('s');
            // "many of them deeply skeptical": a part of a group named elsewhere; "It's easy":
            // a clause, not a subject.
            let part = r.clone().any(|k| word_in!(doc.norm_at(k), "them" | "whom"));
            let clause = r.len() > 1 && word_in!(doc.norm_at(r.start), "it" | "there");
            !crate::reported::cut_short(doc, r)
                && (names_someone(doc, r) || group)
                && !part
                && !clause
        })
}

/// `Lee returned to begin what she called a process of rebuilding trust`: the name a "he",
/// "she", "it" or "they" at `p` stands for, as for a quotation's speaker (`named_antecedent`).
/// (Not a lone capitalised word opening the sentence with no verb after it, "Unlike in 2012,
/// when …, he", nor a time, "Every December, Time announces who it …": their capitals are no
/// name's.)
pub(crate) fn antecedent(
    doc: &Document,
    attr: &Attribution,
    p: &Range<usize>,
) -> Option<Range<usize>> {
    let sent_start = doc.sentences[doc.tokens[p.start].sentence as usize]
        .tokens
        .start;
    Finder { doc, attr }
        .named_antecedent(p, p.start)
        .filter(|r| {
            // (A one-word name opening the sentence needs its verb after it: "Lee says".)
            let verb = doc
                .tokens
                .get(r.end)
                .is_some_and(|t| t.is_word() && !t.cap && !doc.norm_in(t, PREPOSITIONS.0));
            (r.len() > 1 || r.start > sent_start || verb)
                && !doc.norm_one_of(r.end - 1, TIME_WORDS.0)
        })
}

/// The owner of the noun at `g` (`Trump's message`, `the agencies' conclusion`), when a name or
/// a noun phrase owns it; a pronoun owner (`her view`) is left unnamed.
/// `Roe's "Harbour First" agenda`: a slogan or plan a name owns is the owner's coinage.
fn slogan_owner(doc: &Document, q: &Quote, left: usize, sent_start: usize) -> Option<Range<usize>> {
    // `their web page bears the slogan "…"`: a slogan that a thing of theirs carries.
    let j = left - usize::from(left > sent_start && doc.norm_is(left - 1, ","));
    if j > sent_start + 1 && doc.norm_is(j - 1, "slogan") && doc.norm_is(j - 2, "the") {
        return (sent_start.max(j.saturating_sub(10))..j - 2)
            .rev()
            .find(|&i| word_in!(doc.norm_at(i), "his" | "her" | "their"))
            .map(|i| i..i + 1);
    }
    word_in!(
        doc.norm_at(q.after),
        "rhetoric" | "agenda" | "slogan" | "vision" | "policy" | "proposal"
    )
    .then(|| {
        // (`his "Harbour First" agenda`: the pronoun speaks, for the name it stands for.)
        let p = left.checked_sub(1).filter(|&p| p > sent_start)?;
        if word_in!(doc.norm_at(p), "his" | "her" | "their") {
            return Some(p..left);
        }
        owner(doc, left, sent_start)
    })?
}

fn owner(doc: &Document, g: usize, sent_start: usize) -> Option<Range<usize>> {
    let p = g.checked_sub(1).filter(|&p| p > sent_start)?;
    if word_in!(doc.norm_at(p), "'" | "’") {
        return noun_phrase_left(doc, p, sent_start)
            .and_then(|r| plausible(doc, r))
            .filter(|r| names_someone(doc, r));
    }
    let t = doc.slice(&doc.tokens[p]);
    if !(doc.tokens[p].cap && (crate::segment::ends_possessive(t))) {
        return None;
    }
    let mut s = p;
    while s > sent_start && s + 4 > p && name_word(doc, s - 1) {
        s -= 1;
    }
    Some(s..p + 1)
}

/// `"It is," said John Smith, the mayor, "a bad day."` and `The firm "has no plans," Ann Lee
/// said, "to close it."`: one quotation split by the narration that names its speaker. When one
/// part has a speaker standing in that narration and the other none, both are that speaker's.
fn share_split_speakers(doc: &Document, attr: &Attribution, speakers: &mut [Option<Range<usize>>]) {
    let finder = Finder { doc, attr };
    let mut prev: Option<usize> = None;
    for b in 0..doc.quotes.len() {
        let qb = &doc.quotes[b];
        if qb.nested || qb.tokens.is_empty() {
            continue;
        }
        if let Some(a) = prev.replace(b) {
            let qa = &doc.quotes[a];
            let left = finder.left_of(qb);
            let split = doc.norm_is(qa.tokens.end - 1, ",")
                && left > qa.after
                && left - qa.after <= MAX_REACH
                && doc.norm_is(left - 1, ",")
                && finder.same_sentence(qa.tokens.end - 1, qb.tokens.start);
            let between = |sp: &Range<usize>| sp.start >= qa.after && sp.end < left;
            if split {
                match (&speakers[a], &speakers[b]) {
                    (Some(sp), None) if between(sp) => speakers[b] = Some(sp.clone()),
                    (None, Some(sp)) if between(sp) => speakers[a] = Some(sp.clone()),
                    _ => {}
                }
            }
        }
    }
}

struct Finder<'a, 'd> {
    doc: &'a Document<'d>,
    attr: &'a Attribution,
}

impl Finder<'_, '_> {
    /// `Trump set the tone when he told them: "…"`, `a law he has declared "dead"`: a "he" or
    /// "she" inside the sentence stands for the name that opens its clause, when that is one
    /// person's name (no list, a capitalised last word).
    /// (The pronoun stands at or before `limit`, the quotation's first word.)
    fn named_antecedent(&self, p: &Range<usize>, limit: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let t = &doc.tokens[p.start];
        // (`Lee "…," he said.`: a pronoun after the quotation is the attribution's own.)
        let pron = doc.norm(t);
        if p.len() != 1 || t.cap || !word_in!(pron, "he" | "she" | "it" | "they") || p.start > limit
        {
            return None;
        }
        let sent_start = doc.sentences[t.sentence as usize].tokens.start;
        // ("Under the clause, he said, …": the pronoun is its own clause's subject.)
        // (A name further back than a long news sentence is no antecedent to read; the bound
        // also keeps many quotations in one run-on sentence from each rescanning it.)
        if p.start <= sent_start + 1 || p.start - sent_start > ANTECEDENT_REACH {
            return None;
        }
        // "Lee is unmoved by the losses — in fact, she said …": a connective set off after a
        // dash or comma ("in fact", "however") opens no clause; the sentence's subject stays
        // the pronoun's when no other capitalised word stands between them.
        let aside = doc.norm_is(p.start - 1, ",")
            && (p.start.saturating_sub(5).max(sent_start)..p.start - 1)
                .rfind(|&k| word_in!(doc.norm_at(k), "—" | "–" | "-" | "," | ";"))
                .is_some_and(|c| c + 1 < p.start - 1 && introductory(doc, c + 1));
        if doc.norm_is(p.start - 1, ",") && !aside {
            // "Before Lee's speech, she urged …": the one person whose event a fronted time
            // phrase names, when no other capitalised word stands in it.
            if word_in!(
                doc.norm_at(sent_start),
                "before" | "ahead" | "after" | "during"
            ) {
                let owner = (sent_start + 2..p.start - 1).find_map(|g| owner(doc, g, sent_start));
                if let Some(o) = owner.filter(|o| {
                    pron != "they"
                        && (sent_start + 1..p.start - 1)
                            .all(|k| !doc.tokens[k].cap || o.contains(&k))
                }) {
                    return Some(o);
                }
            }
            // "As Lee left, he said": an opening clause's subject, one name before its verb.
            let word = |k: usize| doc.tokens[k].kind == TokenKind::Word;
            let mut names = (sent_start + 1..p.start - 1).filter(|&k| {
                let n = doc.norm_at(k + 1);
                doc.tokens[k].cap
                    && word(k)
                    && !doc.tokens[k + 1].cap
                    && word(k + 1)
                    && (n.ends_with("ed") || VERBS.contains(&n))
                    // ("When Lee accused Roe, she said": a person after the verb may be hers.)
                    && !doc.tokens[k + 2].cap
                    && !word_in!(doc.norm_at(k + 2), "him" | "her" | "them")
            });
            let (Some(k), None) = (names.next(), names.next()) else {
                return None;
            };
            let mut s = k;
            while s > sent_start + 1 && doc.tokens[s - 1].cap && word(s - 1) {
                s -= 1;
            }
            return word_in!(
                doc.norm_at(sent_start),
                "as" | "while" | "when" | "after" | "in"
            )
            .then_some(s..k + 1);
        }
        // "On Sunday lawyer Tom Dowd told reporters that he …" (no comma after the opening
        // phrase): the pronoun opens the clause a telling verb reports; its teller speaks.
        let teller = || {
            let that = p.start - 1;
            (doc.norm_is(that, "that"))
                .then(|| (that.saturating_sub(6).max(sent_start + 1)..that).rev())
                .into_iter()
                .flatten()
                .find(|&k| doc.norm_one_of(k, TELLING.0) && !doc.tokens[k].cap)
                .and_then(|k| self.subject_of(k..k + 1, sent_start, 1))
        };
        let r = self.clause_subject(sent_start, p.start).or_else(teller)?;
        if aside
            && (r.end..p.start).any(|k| {
                let t = &doc.tokens[k];
                t.cap && t.is_word() && !doc.norm_in(t, TIME_WORDS.0)
            })
        {
            return None;
        }
        // "Lee said Ann Roe claimed he …": a reported clause's own subject comes between.
        let reported = (r.end..p.start).any(|k| {
            doc.tokens[k + 1].cap
                && !doc.norm_one_of(k + 1, TIME_WORDS.0)
                && word_in!(doc.norm_at(k), "said" | "says" | "claimed")
        });
        // `The council said Ames … by what it called the "mess"`: "what it called" is the
        // teller's aside, so the subject whose verb of saying opens the sentence, past the
        // reported clause.
        let what = doc.norm_is(p.start - 1, "what") && self.attr.cue_at(r.end).is_some();
        let reported = reported && !what;
        if what && pron == "it" {
            return Some(r);
        }
        if pron == "they" {
            return (!reported)
                .then(|| self.plural_subject(r, p.start))
                .flatten();
        }
        let first = doc.norm_at(r.start);
        let lower = |k: usize| !doc.tokens[k].cap && doc.tokens[k].kind == TokenKind::Word;
        // A name is capitalised words, a title before them ("lawyer Ann Lee") and "of" after
        // ("Ann Lee of Dover"): not a word like "Specifically", "Nor", "The", a gerund
        // ("Choosing between Lee …"), a verb after a name ("Lee credits the …"), a list, or a
        // second phrase after an introductory one ("On Lee, the writer, …"). A title in lower
        // case opens it after an introductory phrase ("On Monday, lawyer Ann Lee told …").
        let titled = r.len() > 1 && doc.tokens[r.start + 1].cap && !FUNCTION.contains(&first);
        // ("The envoy said …, and he added": a person named by role, "the" and one noun that
        // speaks: a verb of saying follows it.)
        let role = r.len() == 2
            && first == "the"
            && pron != "it"
            && lower(r.start + 1)
            && !doc.norm_at(r.start + 1).ends_with('s')
            && self.attr.cue_at(r.end).is_some();
        let one_name = (doc.tokens[r.start].cap || (lower(r.start) && titled))
            && (doc.tokens[r.end - 1].cap || role)
            && !PRONOUNS.contains(&first)
            && !first.ends_with("ing")
            && !(r.len() == 1 && (FUNCTION.contains(&first) || first.ends_with("ly")))
            && !(r.start + 1..r.end - 1).any(|k| lower(k) && lower(k + 1) && doc.tokens[k - 1].cap)
            && !r.clone().any(|k| doc.norm_is(k, "and"))
            // ("Ties have frayed over reports that he called it …": a subject with a plural verb
            // is no one person.)
            && !word_in!(doc.norm_at(r.end), "have" | "are" | "were")
            && !(r.start > sent_start
                && doc.norm_is(r.start - 1, ",")
                && doc.norm_is(r.end, ","));
        (one_name && !reported).then_some(r)
    }

    /// `Lee and Roe, when they called it "…"`, `Democrats on the panel, in what they term "…"`: a
    /// "they" stands for its clause's subject `r` (found before `limit`) when that is plainly
    /// more than one: two names joined by "and", or a group noun in the plural heading it
    /// ("Republican lawmakers", "Members of Congress", "Democrats on the panel"). A single
    /// name ("Lee said they …") is left alone: there "they" is someone else.
    fn plural_subject(&self, r: Range<usize>, limit: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let cap = |k: usize| doc.tokens[k].cap && doc.tokens[k].kind == TokenKind::Word;
        let first = doc.norm_at(r.start);
        if !cap(r.start) || PRONOUNS.contains(&first) || FUNCTION.contains(&first) {
            return None;
        }
        if cap(r.end - 1) && doc.norm_is(r.end, "and") && r.end + 1 < limit && cap(r.end + 1) {
            let mut e = r.end + 1;
            while e < limit && e - r.start < MAX_SPEAKER_TOKENS && cap(e) {
                e += 1;
            }
            return Some(r.start..e);
        }
        let plural = |k: usize| {
            let w = doc.norm_at(k);
            w.len() > 3
                && w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("is")
                && !w.ends_with("’s")
                && !w.ends_with("'s")
        };
        let of = (r.start + 1..r.end).find(|&k| doc.norm_is(k, "of"));
        let head = of.map_or(r.end - 1, |k| k - 1);
        if !plural(head) || (doc.tokens[head].cap && head != r.start) {
            return None;
        }
        // A capitalised plural alone ("Democrats") must be qualified ("on the panel",
        // "of Congress"), so that a surname in -s ("Peters said they …") is not read as a group.
        if of.is_some() || !doc.tokens[head].cap {
            return Some(r);
        }
        let after = word_in!(doc.norm_at(r.end), "on" | "of" | "in" | "from") && r.end + 2 < limit;
        let mut e = r.end + 1;
        if after && doc.norm_is(e, "the") {
            e += 1;
        }
        if !after || !cap(e) || doc.norm_one_of(e, TIME_WORDS.0) {
            return None;
        }
        // The qualifier's name stays with the group ("Democrats on the Senate panel").
        while e < limit
            && e - r.start < MAX_SPEAKER_TOKENS
            && (cap(e) || (doc.norm_is(e, ".") && !doc.tokens[e].space_before))
        {
            e += 1;
        }
        Some(r.start..e)
    }

    /// `Lee said he had been "acting alone" and was "out of his depth"`, `called for a
    /// "merit-based" system and for ending "chain migration"`: a quotation joined to the one
    /// before it in the same clause (an "and" or "or", or a list's comma, between them; no verb
    /// of saying, no name that could be a new speaker, no clause break) is the same speaker's.
    fn conjoined(&self, a: &Quote, q: &Quote) -> bool {
        let doc = self.doc;
        let left = self.left_of(q);
        if left < a.after || left - a.after > 16 || !self.same_sentence(a.tokens.end - 1, left) {
            return false;
        }
        let gap = a.after..left;
        let joined = gap.clone().any(|k| word_in!(doc.norm_at(k), "and" | "or"))
            || (gap.len() == 1 && doc.norm_is(gap.start, ","));
        // (`signs reading "We Work" and "Pay Us"`: a second slogan in title case, like the
        // first that has its speaker, is no title.)
        joined
            && (self.mention(q, left) != Mention::Name
                || self.mention(a, self.left_of(a)) == Mention::Name)
            && !gap.clone().any(|k| {
                doc.tokens[k].cap
                    || word_in!(doc.norm_at(k), ";" | ":" | "(" | ")")
                    || is_mark(doc, k)
                    || self.attr.cue_at(k).is_some()
                    || self.verb_at(k).is_some()
            })
    }

    fn speaker(&self, q: &Quote, last: &Option<(u32, Range<usize>)>) -> Option<Range<usize>> {
        let left = self.left_of(q);
        let sent = self.doc.tokens[q.tokens.start].sentence;
        let sent_start = self.doc.sentences[sent as usize].tokens.start;
        // `— "…," the chamber said`: a list dash or bullet before it is no part of the
        // sentence the attribution after it closes.
        if left == sent_start + 1 && word_in!(self.doc.norm_at(sent_start), "—" | "–" | "-" | "*")
        {
            if let Some(sp) = self.after(q, true) {
                return Some(sp);
            }
        }
        let opens = left == sent_start || matches!(self.doc.norm_at(left - 1), ":");
        // `"…," said Ann Lee of Tampa, Fla. "We left early."`: a quotation right after a full
        // stop opens a sentence the abbreviation hid; with no attribution of its own it goes on
        // with the speaker of the quotation before it in that sentence.
        if let Some((_, sp)) = last.as_ref().filter(|(s, sp)| {
            !opens && *s == sent && sp.end < left && self.doc.norm_is(left - 1, ".")
        }) {
            return self.after(q, true).or_else(|| Some(sp.clone()));
        }
        // `the answer is always "soon."`: an answer quoted as what "the answer is" has no
        // giver in its clause (the one who asks is not it); only a tag after it names one.
        let doc = self.doc;
        let mut b = left.saturating_sub(1);
        b -= usize::from(
            b > sent_start && (doc.norm_at(b).ends_with("ly") || doc.norm_is(b, "always")),
        );
        if b > sent_start + 1
            && word_in!(doc.norm_at(b), "is" | "was")
            && word_in!(doc.norm_at(b - 1), "answer" | "reply" | "response")
        {
            return self.after(q, true);
        }
        if let Some(papers) = self.document_paraphrase(q, sent_start) {
            return Some(papers);
        }
        if let Some(text) = self.written_text(left, sent_start) {
            return Some(text);
        }
        if let Some(writer) = self.message_writer(left, sent_start) {
            return Some(writer);
        }
        if printed_words(self.doc, left, sent_start) {
            return None;
        }
        if let Some(sp) = self.as_phrased(q, left, sent_start) {
            return Some(sp);
        }
        if let Some(sp) = self.fronted_inversion(left, sent_start) {
            return Some(sp);
        }
        // `a crowd that chanted: "…"`: a relative clause's chant is its antecedent's, not the
        // main verb's subject's (the verb, a mark, "that"/"who": three tokens back).
        // (From its article, at most MAX_SPEAKER_TOKENS back: `a crowd in Leeds that`.)
        let v = left.saturating_sub(1 + usize::from(opens));
        if v > sent_start + 1
            && word_in!(doc.norm_at(v), "chanted" | "shouted" | "sang" | "yelled")
            && word_in!(doc.norm_at(v - 1), "that" | "who")
        {
            let art = (sent_start.max(v.saturating_sub(MAX_SPEAKER_TOKENS))..v - 1)
                .rev()
                .take_while(|&k| doc.tokens[k].is_word())
                .find(|&k| word_in!(doc.norm_at(k), "a" | "an" | "the"));
            return match art {
                Some(a) => Some(a..v - 1),
                None => noun_phrase_left(doc, v - 1, sent_start).and_then(|r| plausible(doc, r)),
            };
        }
        // `organisers said 5,000 people marched …, chanting "…"`: the chant is sung by the
        // subject of the clause reported after "said" (up to its past verb), not its teller.
        // (So does a second chant after "and": `chanting "…" and "…"`.)
        let chant = |k: usize| word_in!(doc.norm_at(k), "chanting" | "shouting" | "singing");
        let c = if doc.norm_is(v, "and") && is_mark(doc, v.saturating_sub(1)) {
            (v.saturating_sub(16).max(sent_start)..v).rfind(|&k| chant(k) && is_mark(doc, k + 1))
        } else {
            Some(v).filter(|&v| chant(v))
        };
        if let Some(v) = c.filter(|&c| c > sent_start + 3) {
            let s = (sent_start..v).rfind(|&k| word_in!(doc.norm_at(k), "said" | "says"));
            let a = s.map(|s| s + 1 + usize::from(doc.norm_is(s + 1, "that")));
            let e = a.and_then(|a| (a + 1..v.min(a + 7)).find(|&k| past_verb(doc, k)));
            if let (Some(a), Some(e)) = (a, e) {
                // (A number's comma is solid: "5,000 people".)
                if (a..e).all(|k| {
                    let t = &doc.tokens[k];
                    t.kind != TokenKind::Punct || (doc.norm_eq(t, ",") && !t.space_before)
                }) && doc.tokens[e - 1].is_word()
                {
                    return Some(a..e);
                }
            }
        }
        if opens {
            // `Lee said: "…" according to the Herald`: the paper reports the words of the one
            // whose verb opens them; "according to" only names the relay.
            // (A speaker before the colon is close to it: a short reach.)
            let relayed = |sp: &Range<usize>| {
                left > sent_start
                    && sp.start >= 2
                    && self.doc.norm_is(sp.start - 2, "according")
                    && self.before(left, sent_start, 6, 0).is_some()
            };
            self.after(q, true)
                .filter(|sp| !relayed(sp))
                .or_else(|| self.before(left, sent_start, MAX_REACH, 0))
                // `"…" before the vote, Ann Lee, an aide, said.`: past an aside.
                .or_else(|| self.sentence_tail(q))
                .or_else(|| self.header(left))
                .or_else(|| self.possessor(left, sent_start, false))
                .or_else(|| self.question_tail(q))
                .or_else(|| self.colon_name(left))
                .or_else(|| self.continued(q, sent, last))
        } else {
            // `Lee told reporters, "No. I'm not."`: words a speech verb introduces are speech,
            // even when they look like a title.
            let introduced = left > sent_start + 1
                && self.doc.norm_is(left - 1, ",")
                && (left.saturating_sub(3).max(sent_start)..left - 1)
                    .any(|k| self.verb_at(k).is_some());
            // `wants "the Lee Fed without Lee," Roe said.`: words set off by a comma before a
            // name and its verb of saying are speech, not a title, when two of them are in
            // lower case (a title capitalises all but a function word or so).
            let attributed = || {
                let j = q.after + usize::from(self.doc.norm_is(q.after, ","));
                let lower = q.tokens.clone().filter(|&k| {
                    let t = &self.doc.tokens[k];
                    t.is_word() && !t.cap
                });
                lower.count() >= 2
                    && word_in!(self.doc.norm_at(q.tokens.end - 1), "," | "?" | "!")
                    && self.doc.tokens.get(j).is_some_and(|t| t.cap)
                    && self.verb_start(j).is_none()
                    && self.after(q, false).is_some_and(|sp| {
                        // The attribution closes the sentence ("Roe said." / "said on Friday"),
                        // not a new statement ("Roe said she …").
                        let t = self.doc.tokens.get(sp.end + 1);
                        t.is_none_or(|t| {
                            t.sentence != self.doc.tokens[sp.end].sentence
                                || t.kind == TokenKind::Punct
                                || self.doc.norm_in(t, OBJECT_MARKERS.0)
                        })
                    })
            };
            // `The record suggests "he is fair," said Roe`: an inverted attribution right after
            // the closing comma names who spoke, over a thing's verb of evidence before. After a
            // verb of saying or naming whose complement the words are (`Lee insisted "…," said
            // Roe`, `Lee called it "…," said Roe`: the verb, at most a short object, the mark) Roe
            // only relays Lee's words, as "according to" would. A name or a determined noun ("the
            // judge") must follow the verb ("said nothing" names nobody).
            let said = (left.saturating_sub(4).max(sent_start)..left).any(|k| {
                let n = self.doc.norm_at(k);
                (self.verb_start(k).is_some() && !EVIDENCE_VERBS.contains(&n))
                    || PHRASING.contains(&n)
            });
            let inverted = self.after_comma(q).filter(|&j| {
                !said
                    && self.doc.norm_one_of(j, INVERTED_SPEECH_VERBS.0)
                    && self.closing_verb_start(j).is_some()
            });
            if let Some(sp) = inverted
                .and_then(|j| speaker_right(self.doc, j + 1))
                .filter(|r| {
                    self.doc.tokens[r.start].cap || self.doc.norm_one_of(r.start, DETERMINERS.0)
                })
            {
                return Some(sp);
            }
            // `The board called the fine a "grave overreach," Hill said.`: a partial quotation
            // whose sentence ends with ", Name said." is Hill's wording, not the clause's; so
            // with `Roe said she "…," an aide said.` (words going on from "she" are worded by
            // the aide, not by Roe), though not `, the Herald reported.` (a paper relays).
            let doc = self.doc;
            let j = q.after + usize::from(doc.norm_is(q.after, ","));
            if let Some(sp) = self.after(q, false).filter(|sp| {
                partial(doc, q)
                    && (j > q.after || doc.norm_is(q.tokens.end - 1, ","))
                    && sp.start == j
                    && (doc.tokens[j].cap
                        || doc.norm_one_of(j, DETERMINERS.0)
                            && word_in!(doc.norm_at(sp.end), "said" | "says")
                            && (word_in!(doc.norm_at(left - 1), "he" | "she" | "they")
                                // (`Lee voiced "…," the White House said`: a body's words.)
                                || doc.tokens[j + 1].cap))
                    // (Past a short occasion: `…, the ministry said in a statement.`)
                    && (sp.end + 1..sp.end + 6)
                        .find(|&k| doc.norm_is(k, "."))
                        .is_some_and(|p| {
                            (p == sp.end + 1 || word_in!(doc.norm_at(sp.end + 1), "in" | "on"))
                                && !self.same_sentence(p - 1, p + 1)
                        })
            }) {
                return Some(sp);
            }
            // `objected to a clause in the law that Lee could be fired only "for cause"`: the
            // document's words, not the main verb's subject's.
            if !introduced {
                if let Some(d) = self.document_clause(q, left, sent_start) {
                    return Some(d);
                }
            }
            // `despite a "weak" rating from the bar group`: a rating's words are its giver's,
            // not those of whoever cites it.
            if word_in!(
                doc.norm_at(q.after),
                "rating" | "grade" | "label" | "designation" | "verdict" | "recommendation"
            ) && word_in!(doc.norm_at(q.after + 1), "from" | "by")
                && q.tokens
                    .clone()
                    .filter(|&k| doc.tokens[k].is_word())
                    .count()
                    <= MAX_TERM_WORDS
            {
                return speaker_right(doc, q.after + 2);
            }
            if let Some(o) = slogan_owner(doc, q, left, sent_start) {
                return Some(o);
            }
            // `Lee, asked about Roe's remark that "…", said`: the remark's owner speaks.
            if doc.norm_is(left - 1, "that") {
                if let Some(sp) = self.possessor(left, sent_start, false) {
                    return Some(sp);
                }
            }
            match self.mention(q, left) {
                // `Issa said Lee's "judgment" is in question`: a lowercase word owned by a name
                // is said of the owner by the speaker of a verb of saying close before (a short
                // reach: deep in a longer clause it is a name); with none, `Lee's "fair deal"
                // remark`: a noun of saying after it makes it the owner's own words.
                // (`…, according to a memo.` closing the sentence: the memo's words.)
                Mention::Name if owned_word(self.doc, q, left) => {
                    let doc = self.doc;
                    return self
                        .before(left, sent_start, 12, 0)
                        .or_else(|| {
                            doc.norm_one_of(q.after, SPEECH_NOUNS.0)
                                .then(|| owner(doc, left, sent_start))
                                .flatten()
                        })
                        .or_else(|| self.sentence_tail(q));
                }
                // `dubbed "Little Venice" by tourists`: a name has its giver when the text
                // names one; a work `called "…" by Ann Lee` has an author, so after "called"
                // the agent must be a common noun ("by its residents").
                Mention::Name if !introduced && !attributed() => {
                    // `he called Rubio "Little Marco"`, `dubbed it "Project Fear"`: a name given
                    // to a person or thing named right before (a pronoun, capitalised words) is
                    // the namer's label; a common noun's name (`a bill called "…"`) is a title.
                    let doc = self.doc;
                    let verb = (left.saturating_sub(4).max(sent_start)..left.saturating_sub(1))
                        .rfind(|&k| doc.norm_one_of(k, PHRASING.0));
                    if let Some(v) = verb.filter(|&v| {
                        (v + 1..left).all(|k| doc.tokens[k].is_word() && doc.tokens[k].cap)
                            || (v + 2 == left
                                && word_in!(doc.norm_at(v + 1), "him" | "her" | "it" | "them"))
                    }) {
                        let namer = self.before(left, sent_start, MAX_REACH, 0);
                        if let Some(sp) = namer.filter(|sp| sp.end <= v) {
                            return Some(sp);
                        }
                    }
                    let called =
                        (left.saturating_sub(3)..left).any(|k| self.doc.norm_is(k, "called"));
                    return self
                        .by_agent(q, left)
                        .filter(|r| !called || !self.doc.tokens[r.start].cap);
                }
                // `the "extreme vetting" he promised`: a clause right after names whose words
                // they are, over any verb before.
                _ if self.relative_speaker(q).is_some() => return self.relative_speaker(q),
                // `called the "torture memos" by critics`: a passive's agent, not its subject.
                _ if self.by_agent(q, left).is_some() => return self.by_agent(q, left),
                // `with his dismissal of Kim as a "rocket man"`: the owner of a noun of saying
                // right before, over a verb farther back ("if it threatens …").
                _ if self.possessor(left, sent_start, true).is_some() => {
                    return self.possessor(left, sent_start, true)
                }
                // A quoted modifier is still speech when a verb of saying in its sentence has a
                // subject to say it ("he said Japan was a \"samurai\" nation"); only with no
                // speaker in reach is it a term.
                Mention::Modifier => {
                    return self
                        .before(left, sent_start, MAX_REACH, 0)
                        // (`Roe, who was a likely "no" vote, said …, her aide said.`: a word in a
                        // relative clause describing someone is no tag's; 12 tokens back to a comma.)
                        .or_else(|| {
                            let doc = self.doc;
                            (left.saturating_sub(12).max(sent_start)..left)
                                .rev()
                                .take_while(|&k| !doc.norm_is(k, ","))
                                .all(|k| !doc.norm_is(k, "who"))
                                .then(|| self.sentence_tail(q))?
                        })
                        .or_else(|| self.possessor(left, sent_start, false))
                        // (`The rule bans "loud" music`: a document subject's own word.)
                        .or_else(|| self.document_subject(left, sent_start));
                }
                Mention::Name | Mention::None => {}
            }
            self.before(left, sent_start, MAX_REACH, 0)
                .or_else(|| self.joined_quotation(q, left, sent_start))
                .or_else(|| self.after(q, false))
                .or_else(|| self.opening_participle(q, sent_start))
                .or_else(|| self.sentence_tail(q))
                .or_else(|| self.header(left))
                .or_else(|| self.possessor(left, sent_start, false))
                .or_else(|| self.document_states(left, sent_start))
                .or_else(|| self.document_subject(left, sent_start))
                .or_else(|| self.medium_opener(left, sent_start))
                .or_else(|| self.proposer(left, sent_start))
                .or_else(|| self.question_tail(q))
                .or_else(|| self.goes_on(q, left, sent_start, last))
                .or_else(|| {
                    // `Roe warned of delays. The port "will not be ready by June."`: a sentence
                    // that is a long quotation after a short lead-in goes on with the speaker
                    // of the sentence before, as a quoted sentence standing alone does.
                    let sent_end = self.doc.sentences[sent as usize].tokens.end;
                    let words = q.tokens.clone().filter(|&k| self.doc.tokens[k].is_word());
                    // (`Haas said the levy "will sink us." Under the tariff, the mill "would cut
                    // shifts."`: a lead-in of up to 12 tokens with no verb of saying or dash,
                    // after a sentence whose quotation has a speaker.)
                    let longer = || {
                        left <= sent_start + 12
                            && last.as_ref().is_some_and(|(s, _)| *s + 1 == sent)
                            && (sent_start..left).all(|k| {
                                self.verb_at(k).is_none()
                                    && self.attr.cue_at(k).is_none()
                                    && !word_in!(self.doc.norm_at(k), "—" | "–" | "-")
                            })
                    };
                    ((left <= sent_start + 4 || longer())
                        && q.after + 3 >= sent_end
                        && words.count() > MAX_TERM_QUOTE_WORDS)
                        .then(|| self.continued(q, sent, last))
                        .flatten()
                })
        }
    }

    /// `According to papers filed in court, Lee told aides "that he had …"`: words in the third
    /// person opening with "that" are the documents' wording, not the subject's; the source is
    /// the phrase from "According to" to its comma (at most MAX_SPEAKER_TOKENS).
    fn document_paraphrase(&self, q: &Quote, sent_start: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let k = q.tokens.start;
        if !doc.norm_is(k, "that")
            || !word_in!(doc.norm_at(k + 1), "he" | "she" | "they" | "it")
            || !doc.norm_is(sent_start, "according")
            || !doc.norm_is(sent_start + 1, "to")
        {
            return None;
        }
        let from = sent_start + 2;
        let comma = (from + 1..(from + MAX_SPEAKER_TOKENS).min(k))
            .take_while(|&i| !is_mark(doc, i))
            .find(|&i| doc.norm_is(i, ","))?;
        plausible(doc, from..comma)
    }

    /// `"…," Lee said. But "…"`: a quotation right after a sentence's opening "But" (or
    /// "Instead,") that runs to its end goes on with the speaker of a quotation in the sentence
    /// before. (Inside a sentence, `Lee said …, but "…"` is not read: measured twice, the
    /// contrast after ", but" is as often another side's.)
    fn goes_on(
        &self,
        q: &Quote,
        left: usize,
        sent_start: usize,
        last: &Option<(u32, Range<usize>)>,
    ) -> Option<Range<usize>> {
        let doc = self.doc;
        let ends = doc.tokens.get(q.after).is_none_or(|t| {
            !self.same_sentence(q.after, left)
                || (doc.norm_eq(t, ".")
                    && q.after + 1 == doc.sentences[t.sentence as usize].tokens.end)
        });
        if !q.closed || !ends || left < sent_start + 1 {
            return None;
        }
        let w = doc.norm_at(sent_start);
        let opener = (left == sent_start + 1 && w == "but")
            || (left == sent_start + 2 && w == "instead" && doc.norm_is(sent_start + 1, ","));
        let sent = doc.tokens[left].sentence;
        last.as_ref()
            .filter(|(s, _)| opener && *s + 1 == sent)
            .map(|(_, sp)| sp.clone())
    }

    /// `Lee said the plan was on hold, and "we will move in the spring."`: a quotation right after
    /// ", and" that runs to its sentence's end is the joined clause itself (its subject is inside
    /// the marks), so the saying of the clause before goes on (after ", but" a contrast is often
    /// another side's: not read). The quoted words open in
    /// lower case, going on with the reported sentence (`…, and "We will win."` may be a chant's
    /// or a sign's whole sentence).
    fn joined_quotation(&self, q: &Quote, left: usize, sent_start: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let first = doc
            .tokens
            .get(q.tokens.start)
            .filter(|_| !q.tokens.is_empty())?;
        let ends = doc
            .tokens
            .get(q.after)
            .is_none_or(|t| !self.same_sentence(q.after, left) || doc.norm_eq(t, "."));
        (q.closed
            && ends
            && first.is_word()
            && !first.cap
            && left >= sent_start + 4
            // (", but \"sadly, …\"": after "but", only words opening on an adverb set off by
            // a comma, the speaker's own aside.)
            && (doc.norm_is(left - 1, "and")
                || doc.norm_is(left - 1, "but") && doc.norm_is(q.tokens.start + 1, ","))
            && doc.norm_is(left - 2, ","))
        .then(|| self.before(left - 2, sent_start, MAX_REACH, 0))
        .flatten()
    }

    /// `"Why cut the rate …" for the rich? Lee said.`: a question mark after the closing mark
    /// ends the sentence early, and a next sentence that is only a name and "said" is the
    /// attribution closing the question, not a sentence of its own.
    fn question_tail(&self, q: &Quote) -> Option<Range<usize>> {
        let doc = self.doc;
        let sent = doc.tokens[q.tokens.end - 1].sentence as usize;
        let this = &doc.sentences[sent].tokens;
        // (The closing mark may end the sentence itself: then `after` is past it, and a full
        // stop inside the mark ends it as well: `"We will find them." Orr said.`)
        let early = this.end > q.after
            && this.end - q.after <= 12
            && word_in!(doc.norm_at(this.end - 1), "?" | "!");
        let closed = this.end <= q.after && doc.norm_is(q.tokens.end - 1, ".");
        let next = doc.sentences.get(sent + 1)?;
        if !(early || closed) || next.paragraph != doc.sentences[sent].paragraph {
            return None;
        }
        let next = &next.tokens;
        let n = next.len();
        let ok = (3..=5).contains(&n)
            && doc.norm_is(next.end - 1, ".")
            && word_in!(doc.norm_at(next.end - 2), "said" | "says" | "asked")
            && (next.start..next.end - 2).all(|k| doc.tokens[k].cap && doc.tokens[k].is_word());
        ok.then_some(next.start..next.end - 2)
    }

    /// `The party wants to close the ports and introduce "a ban on all imports."`: what a
    /// subject wants, proposes or pledges is quoted from its own platform, in its words.
    fn proposer(&self, left: usize, sent_start: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let r = self.clause_subject(sent_start, left)?;
        // ("The plans are …": a noun like "plans" cut off after its determiner is no verb.)
        if doc.norm_one_of(r.end - 1, FUNCTION.0) {
            return None;
        }
        let mut v = r.end;
        while v < left && !doc.tokens[v].cap && doc.norm_one_of(v, AUXILIARIES.0) {
            v += 1;
        }
        // (`Lee offered to "cut a deal"`: an offer to act, not an offer of proof or a package.)
        let n = doc.norm_at(v);
        // (`The court ordered the port to "…"`, `Judge Orr ruled that the levy was "…"`, `the
        // envoys agreed to "…"`: an order, ruling or agreement quotes its maker's wording.)
        let no_comma = || !(v..left).any(|k| doc.norm_is(k, ","));
        let intent = v < left
            && !doc.tokens[v].cap
            && (PROPOSING.contains(&n)
                || word_in!(n, "offers" | "offered") && doc.norm_is(v + 1, "to") && no_comma()
                || RULING.contains(&n) && no_comma());
        // The quotation stays in the verb's sentence part: no clause break before it.
        (intent && !(v..left).any(|k| word_in!(doc.norm_at(k), ";" | ":" | "—" | "–" | "(")))
            .then_some(r)
    }

    /// `In a string of posts on Sunday, Lee branded the plan a bid to "tax the poor."`: a
    /// sentence opened by the medium its subject spoke in (a statement, post, interview) puts
    /// the quotations of its main clause in that subject's mouth, whatever the main verb.
    fn medium_opener(&self, left: usize, sent_start: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        if !doc.norm_is(sent_start, "in") {
            return None;
        }
        let comma = (sent_start + 1..left.min(sent_start + 12)).find(|&k| doc.norm_is(k, ","))?;
        if !(sent_start + 1..comma).any(|k| doc.norm_one_of(k, MEDIA.0)) {
            return None;
        }
        let r = self.clause_subject(sent_start, left)?;
        // The subject opens the main clause right after the comma, and no second clause
        // ("…, Lee said the plan was …" is found before this) stands between it and the quote.
        (r.start == comma + 1
            && !(r.end..left).any(|k| word_in!(doc.norm_at(k), ";" | ":" | "—" | "–" | "(")))
        .then_some(r)
    }

    /// `The new rule adds reminders to keep "order" and bans "loud" music.`: a document that is
    /// its sentence's subject and acts on words (adds, bans, changes) quotes its own wording,
    /// when no other document is named between it and the quotation (`removes terms used in the
    /// old rule, such as "…"` quotes the old rule).
    fn document_subject(&self, left: usize, sent_start: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        if !doc.norm_one_of(sent_start, DETERMINERS.0) || left > sent_start + MAX_REACH {
            return None;
        }
        let noun = (sent_start + 1..(sent_start + 5).min(left))
            .take_while(|&k| doc.tokens[k].kind != TokenKind::Punct)
            .find(|&k| !doc.tokens[k].cap && doc.norm_one_of(k, CLAUSE_DOCUMENTS.0))?;
        // The verb follows the noun (past "also"): a tense ending or a modal, no relative
        // clause or prepositional phrase ("The memo that Lee wrote", "The memo on …").
        let mut v = noun + 1;
        if doc.norm_is(v, "also") {
            v += 1;
        }
        let t = &doc.tokens[v];
        let n = doc.norm(t);
        let verb = !t.cap
            && (word_in!(n, "will" | "would")
                || t.kind == TokenKind::Word
                    && !FUNCTION.contains(&n)
                    && !word_in!(n, "which" | "is" | "was" | "has")
                    && (n.ends_with('s') || n.ends_with("ed")));
        if !verb || v >= left {
            return None;
        }
        // Read back to the verb of the quotation's own conjunct ("… and adds reminders to
        // keep "order""): a document named in an earlier conjunct is not the quoted one's.
        let conjunct = (v + 1..left)
            .rev()
            .find(|&k| {
                let n = doc.norm_at(k);
                word_in!(doc.norm_at(k - 1), "and" | "but")
                    && !doc.tokens[k].cap
                    && (n.ends_with('s') || n.ends_with("ed"))
            })
            .unwrap_or(v);
        // (`The bill stalled amid disputes over the "…" period`: a term argued over is the
        // topic of a dispute about the document, not its wording.)
        let other = (conjunct..left).any(|k| {
            doc.norm_one_of(k, CLAUSE_DOCUMENTS.0)
                || word_in!(
                    doc.norm_at(k),
                    ";" | ":" | "—" | "–" | "(" | "over" | "amid" | "surrounding"
                )
        });
        (!other)
            .then(|| plausible(doc, sent_start..noun + 1))
            .flatten()
    }

    /// `The ferry law passed in 2008 states that boats "must …"`: a document that "states" or
    /// "stipulates" a content clause speaks the words quoted in it, past a participle phrase
    /// between the document and its verb.
    fn document_states(&self, left: usize, sent_start: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let lo = sent_start.max(left.saturating_sub(MAX_REACH));
        // (`The guild states on its website that …`: a body states through its own channel;
        // the subject of the verb speaks.)
        let channel = |k: usize| {
            k + 3 < left
                && word_in!(doc.norm_at(k + 1), "on" | "in")
                && word_in!(doc.norm_at(k + 2), "its" | "their")
                && word_in!(
                    doc.norm_at(k + 3),
                    "website" | "site" | "page" | "statement" | "report"
                )
        };
        let verb = (lo..left).rev().find(|&k| {
            word_in!(
                doc.norm_at(k),
                "states" | "stipulates" | "stated" | "stipulated"
            ) && !doc.tokens[k].cap
                && (doc.norm_is(k + 1, "that") || channel(k))
        })?;
        if channel(verb) {
            return self.subject_of_verb(verb..verb + 1, sent_start, 1);
        }
        let noun = (sent_start.max(verb.saturating_sub(8))..verb)
            .rev()
            .take_while(|&k| doc.tokens[k].kind != TokenKind::Punct || doc.norm_is(k, "-"))
            .find(|&k| doc.norm_one_of(k, SPEAKING_DOCUMENTS.0))?;
        let mut start = noun;
        while start > sent_start
            && noun - start < 5
            && doc.tokens[start - 1].kind == TokenKind::Word
            && !doc.norm_one_of(start - 1, OBJECT_MARKERS.0)
            && !doc.norm_one_of(start - 1, VERBS.0)
        {
            start -= 1;
            if doc.norm_one_of(start, DETERMINERS.0) {
                break;
            }
        }
        plausible(doc, start..noun + 1)
    }

    /// `a clause in the law that the director could be fired only "for cause"`, `a report(,)
    /// which found no "widespread harm"`: a quotation inside a relative or content clause whose head
    /// noun is a document belongs to the document, when no verb of saying inside the clause
    /// gives it to someone else and no attribution closes the sentence after it.
    fn document_clause(&self, q: &Quote, left: usize, sent_start: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let lo = sent_start.max(left.saturating_sub(MAX_REACH));
        let that = (lo + 1..left)
            .rev()
            .take_while(|&k| !word_in!(doc.norm_at(k), ";" | ":" | "—" | "–" | "(" | ")"))
            .find(|&k| word_in!(doc.norm_at(k), "that" | "which"))?;
        // (`a GAO report, which found …`: a comma sets off a non-restrictive clause.)
        let noun = that - 1 - usize::from(doc.norm_is(that - 1, ",") && that > lo + 1);
        if doc.tokens[noun].cap || !doc.norm_one_of(noun, CLAUSE_DOCUMENTS.0) {
            return None;
        }
        // `a bill that Lee said would be "…"`: a verb of saying inside the clause speaks.
        if (that + 2..left).any(|k| self.verb_at(k).is_some()) || self.after(q, false).is_some() {
            return None;
        }
        let mut start = noun;
        while start > sent_start
            && noun - start < 4
            && doc.tokens[start - 1].kind == TokenKind::Word
            && !doc.norm_one_of(start - 1, OBJECT_MARKERS.0)
            && !doc.norm_one_of(start - 1, VERBS.0)
            && !doc.norm_at(start - 1).ends_with("ing")
        {
            start -= 1;
            if doc.norm_one_of(start, DETERMINERS.0) {
                break;
            }
        }
        // `Lee said in a statement that …`, `told CNN in a report that …`: the document is
        // where a speaker said it, and "that" opens the speaker's clause.
        let prep = (sent_start.max(start.saturating_sub(4))..start)
            .rev()
            .take_while(|&k| !doc.norm_is(k, ","))
            .find(|&k| word_in!(doc.norm_at(k), "in" | "on" | "through"));
        if let Some(p) = prep {
            let said = (sent_start.max(p.saturating_sub(6))..p)
                .rev()
                .take_while(|&k| !doc.norm_is(k, "to") && !doc.norm_one_of(k, CLAUSE_DOCUMENTS.0))
                .any(|k| self.verb_at(k).is_some());
            if said {
                return None;
            }
        }
        plausible(doc, start..noun + 1)
    }

    /// `the "extreme vetting" (that) he promised`: a subject (a pronoun or a short name) and a
    /// verb of saying or proposing right after the quotation.
    fn relative_speaker(&self, q: &Quote) -> Option<Range<usize>> {
        let doc = self.doc;
        let mut j = q.after;
        // (`the "…" treatment that Peru had promised`: past the noun the label modifies.)
        if doc.tokens.get(j).is_some_and(|t| t.is_word() && !t.cap)
            && word_in!(doc.norm_at(j + 1), "that" | "which")
        {
            j += 1;
        }
        if word_in!(doc.norm_at(j), "that" | "which") {
            j += 1;
        }
        let start = j;
        let pronoun = doc.norm_one_of(j, PRONOUNS.0) && !doc.norm_is(j, "it");
        if pronoun {
            j += 1;
        } else {
            while j < start + 4
                && doc
                    .tokens
                    .get(j)
                    .is_some_and(|t| t.cap && t.kind == TokenKind::Word)
            {
                j += 1;
            }
        }
        let end = j;
        while auxiliary(doc, j) && j < end + 2 {
            j += 1;
        }
        let verb = doc.tokens.get(j).is_some_and(|t| !t.cap)
            && (doc.norm_one_of(j, RELATIVE_SPEECH.0) || doc.norm_one_of(j, NAMING_VERBS.0));
        // `"…," Roth said` is an attribution after a quotation, found elsewhere.
        let set_off = doc.tokens[q.tokens.end - 1].kind == TokenKind::Punct;
        (end > start && verb && !set_off && self.same_sentence(j, q.tokens.end - 1))
            .then(|| plausible(doc, start..end))
            .flatten()
    }

    /// `But, said Ann Lee, an aide, "…"`: a verb of saying set off by commas before its named
    /// speaker (an apposition may follow the name), both fronted before the quotation, inverts
    /// as a closing attribution does.
    fn fronted_inversion(&self, left: usize, sent_start: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        if left < sent_start + 3 || !doc.norm_is(left - 1, ",") {
            return None;
        }
        let floor = left.saturating_sub(MAX_SPEAKER_TOKENS + 12).max(sent_start);
        let c = (floor..left - 1)
            .rev()
            .filter(|&k| k == sent_start || (doc.norm_is(k - 1, ",") && !doc.tokens[k].cap))
            .find_map(|k| self.closing_verb_start(k))?;
        let sp = speaker_right(doc, c.end)?;
        if !doc.tokens[sp.start].cap || sp.end >= left {
            return None;
        }
        // Name, comma, then either the quotation or an apposition with no comma or verb in it.
        let apposition = sp.end + 1..left - 1;
        let plain = apposition
            .clone()
            .all(|i| doc.tokens[i].kind != TokenKind::Punct && self.verb_at(i).is_none());
        (doc.norm_is(sp.end, ",") && (apposition.is_empty() || plain)).then_some(sp)
    }

    /// `the "death tax," as the party calls it`, `as a memo put it, "…"`: a comment clause of
    /// naming or phrasing beside the quotation names whose wording it is, even a term's.
    fn as_phrased(&self, q: &Quote, left: usize, sent_start: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let phrased = |v: usize| {
            doc.norm_one_of(v, PHRASING.0)
                && !doc.tokens[v].cap
                && word_in!(doc.norm_at(v + 1), "it" | "them")
        };
        // After it: `"…" as the party calls it` (past a comma or dash).
        let j = q.after + usize::from(word_in!(doc.norm_at(q.after), "," | "—" | "–"));
        if doc.norm_is(j, "as") && self.same_sentence(q.tokens.end - 1, j) {
            // ("as the U.S. Treasury put it": an abbreviation's point is part of the name.)
            let verb = (j + 2..j + 9)
                .take_while(|&k| {
                    doc.tokens
                        .get(k)
                        .is_some_and(|t| t.is_word() || (doc.norm_eq(t, ".") && !t.space_before))
                })
                .find(|&k| phrased(k));
            if let Some(v) = verb {
                // (`as they like to call it`: the subject ends before "like to".)
                let v = if doc.norm_is(v - 1, "to") && v > j + 3 {
                    v - 2
                } else {
                    v
                };
                return plausible(doc, j + 1..v);
            }
        }
        // Before it: `as he puts it, "…"`.
        if left < sent_start + 4
            || !word_in!(doc.norm_at(left - 1), "," | ":")
            || !phrased(left - 3)
        {
            return None;
        }
        let v = left - 3;
        let as_ = (sent_start.max(v.saturating_sub(8))..v)
            .rev()
            .take_while(|&k| doc.tokens[k].is_word())
            .find(|&k| doc.norm_is(k, "as"));
        // `as Ann Lee, a lawyer at Acme, put it, "…"`: the name before its apposition.
        if as_.is_none() && doc.norm_is(v - 1, ",") {
            return self
                .across_apposition(v - 1, sent_start)
                .filter(|r| r.start > sent_start && doc.norm_is(r.start - 1, "as"));
        }
        plausible(doc, as_? + 1..v)
    }

    /// `called the "torture memos" by critics`, `described by the agency as "…"`: the agent of
    /// a passive labelling verb.
    fn by_agent(&self, q: &Quote, left: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        // `an assertion "rejected" by Ann Lee`: a quoted participle's agent used the word.
        // (Its only word, if it has one word: found by a walk that stops at the second, not a
        // vector of every word of every quotation asked about.)
        let mut words = q
            .tokens
            .clone()
            .filter(|&k| doc.tokens[k].kind == TokenKind::Word);
        let only_word = match (words.next(), words.next()) {
            (Some(w), None) => Some(w),
            _ => None,
        };
        // (Not a state after "be", "feel" or "too": "they were \"surprised\" by the move".)
        let state = left > 0 && {
            let p = doc.norm_at(left - 1);
            PASSIVE.contains(&p)
                || AUXILIARIES.contains(&p)
                || word_in!(
                    p,
                    "too"
                        | "so"
                        | "very"
                        | "feel"
                        | "felt"
                        | "feels"
                        | "got"
                        | "get"
                        | "seemed"
                        | "seem"
                        | "seems"
                        | "remain"
                        | "remained"
                )
        };
        // `attacked as "fake math" by Democrats`: a verb of judging with "as" before and "by"
        // after. The agent must be one who can speak, a name or a bare plural ("critics"), not
        // a time or a count ("by noon", "by a wide margin", "by Friday's vote").
        let as_by = left > 1
            && doc.norm_is(left - 1, "as")
            && doc.norm_one_of(left - 2, JUDGED.0)
            && doc.norm_is(q.after, "by");
        let speaks = |r: &Range<usize>| {
            let t = &doc.tokens[r.start];
            let n = doc.norm(t);
            if t.cap {
                !TIME_WORDS.contains(&n.split(['\'', '’']).next().unwrap_or(n))
            } else {
                r.len() == 1 && n.ends_with('s') && !DETERMINERS.contains(&n)
            }
        };
        // (`rated "good" in all areas by the inspectors`: a grade's giver, past a short phrase.)
        let rated = left > 0 && word_in!(doc.norm_at(left - 1), "rated" | "graded" | "ranked");
        let by = if as_by {
            Some(q.after)
        } else {
            rated
                .then(|| {
                    (q.after..q.after + 5)
                        .take_while(|&k| doc.tokens.get(k).is_some_and(|t| t.is_word()))
                        .find(|&k| doc.norm_is(k, "by"))
                })
                .flatten()
        };
        if let Some(b) = by {
            if let Some(r) = name_right(doc, b + 1)
                .and_then(|r| plausible(doc, r))
                .filter(speaks)
            {
                return Some(r);
            }
        }
        if let Some(w) = only_word {
            if !state && doc.norm_at(w).ends_with("ed") && doc.norm_is(q.after, "by") {
                if let Some(r) = name_right(doc, q.after + 1).and_then(|r| plausible(doc, r)) {
                    return Some(r);
                }
            }
        }
        let verb = (left.saturating_sub(10)..left).rev().find(|&k| {
            word_in!(
                doc.norm_at(k),
                "called"
                    | "described"
                    | "labeled"
                    | "labelled"
                    | "dubbed"
                    | "nicknamed"
                    | "branded"
                    | "termed"
            )
        })?;
        // "described in a listing as \"…\"": the document says it.
        let in_document = doc.norm_is(verb + 1, "in") && left > 0 && doc.norm_is(left - 1, "as");
        let by = if doc.norm_is(verb + 1, "by") || in_document {
            verb + 1
        } else if verb + 4 >= left && doc.norm_is(q.after, "by") {
            q.after
        } else {
            return None;
        };
        // ("by the time she …", "by the end of May": a time, not an agent.)
        let time = |r: &Range<usize>| {
            r.clone().take(2).any(|k| {
                let n = doc.norm_at(k);
                word_in!(n, "time" | "end" | "then") || TIME_NOUNS.contains(&n)
            })
        };
        name_right(doc, by + 1)
            .and_then(|r| plausible(doc, r))
            .filter(|r| !time(r))
    }

    /// `his vow to "totally destroy"`, `Lee's call for a "merit-based" system`: the owner of a
    /// noun of saying shortly before the quotation says the words; a pronoun stands for its
    /// clause's subject when one is named.
    fn possessor(
        &self,
        left: usize,
        sent_start: usize,
        pronoun_only: bool,
    ) -> Option<Range<usize>> {
        let doc = self.doc;
        let lo = sent_start.max(left.saturating_sub(10));
        // (`the officials' opening question: "…"`: the noun may end right before a colon.)
        let colon = left > lo + 1 && doc.norm_is(left - 1, ":");
        let noun = (lo..left - usize::from(colon))
            .rev()
            .take_while(|&k| doc.tokens[k].kind == TokenKind::Word)
            .find(|&k| {
                let n = doc.norm_at(k);
                SPEECH_NOUNS.contains(&n) || colon && word_in!(n, "question" | "answer" | "message")
            })?;
        // The quotation stands in the noun's complement ("his vow to", "his dismissal of"), not
        // after a verb of its own ("describing his tweets as", "her accusations amounted"); a
        // "that" may follow a short time adjunct (`Lee's remark on Monday that "…"`).
        if !(word_in!(
            doc.norm_at(noun + 1),
            "to" | "of" | "for" | "that" | "about" | "on"
        ) || left <= noun + 6 && doc.norm_is(left - 1, "that")
            || colon && noun + 2 == left)
        {
            return None;
        }
        let own = (sent_start.max(noun.saturating_sub(4))..noun)
            .rev()
            .find(|&k| {
                let t = doc.slice(&doc.tokens[k]);
                // (`the council's pledge to "…"`: a body named by "the" and a common noun.)
                word_in!(doc.norm_at(k), "his" | "her" | "their")
                    || (crate::segment::ends_possessive(t)
                        && (doc.tokens[k].cap || k > sent_start && doc.norm_is(k - 1, "the")))
                    // (`the officials' question`: the apostrophe after the word is its own token.)
                    || (possessive_apostrophe(doc, k)
                        && k > sent_start + 1
                        && doc.norm_is(k - 2, "the"))
            })?;
        let own = own - usize::from(!doc.tokens[own].is_word());
        // Only modifiers between owner and noun ("his maiden United Nations address"), not a
        // clause ("His campaign released a statement").
        if (own + 1..noun).any(|k| {
            let n = doc.norm_at(k);
            word_in!(n, "a" | "an" | "the") || (!doc.tokens[k].cap && n.ends_with("ed"))
        }) {
            return None;
        }
        if !word_in!(doc.norm_at(own), "his" | "her" | "their") {
            if pronoun_only {
                return None;
            }
            if !doc.tokens[own].cap {
                return Some(own - 1..own + 1);
            }
            let mut s = own;
            while s > sent_start && s + 4 > own && name_word(doc, s - 1) {
                s -= 1;
            }
            return Some(s..own + 1);
        }
        // The pronoun stands for the subject of the nearest verb before it ("Trump threatened
        // in his address to …"); with none in reach, the pronoun itself.
        // (Not across a clause joint: "… if it threatens X and with his dismissal".)
        let joint = |k: usize| {
            word_in!(
                doc.norm_at(k),
                "and" | "or" | "but" | "if" | "when" | "while"
            )
        };
        let verb = (lo..own)
            .rev()
            .take_while(|&k| doc.tokens[k].kind == TokenKind::Word && !joint(k))
            .find(|&k| {
                let t = &doc.tokens[k];
                let n = doc.norm(t);
                !t.cap && n.len() > 3 && (n.ends_with("ed") || VERBS.contains(&n))
            });
        verb.and_then(|k| self.subject_of_verb(k..k + 1, sent_start, 1))
            .filter(|r| names_someone(doc, r))
            .or_else(|| self.pronoun_owner(own, verb, sent_start))
            .or(Some(own..own + 1))
    }

    /// The name an owner's pronoun (`his` at token `own`) stands for, when its sentence gives
    /// one before it: the capitalised subject of the verb before it, even after a subordinator
    /// ("after Trump threatened in his address"); a relative's antecedent ("Trump, who … and
    /// with his dismissal"); or a capitalised owner ("Trump’s handling of … and his threat").
    fn pronoun_owner(
        &self,
        own: usize,
        verb: Option<usize>,
        sent_start: usize,
    ) -> Option<Range<usize>> {
        let doc = self.doc;
        let capitalised = |r: &Range<usize>| doc.tokens[r.start].cap;
        if let Some(r) = verb
            .and_then(|k| noun_phrase_left(doc, k, sent_start))
            .and_then(|r| plausible(doc, r))
            .filter(|r| capitalised(r) && !doc.norm_one_of(r.start, TIME_WORDS.0))
        {
            return Some(r);
        }
        let lo = sent_start.max(own.saturating_sub(MAX_REACH));
        for k in (lo..own).rev() {
            let t = &doc.tokens[k];
            if doc.norm_is(k, ";") {
                return None;
            }
            if t.quote.is_some() {
                continue;
            }
            if doc.norm_is(k, "who") && k > lo + 1 && doc.norm_is(k - 1, ",") {
                return noun_phrase_left(doc, k - 1, sent_start)
                    .and_then(|r| plausible(doc, r))
                    .filter(capitalised);
            }
            let text = doc.slice(t);
            if t.cap && (crate::segment::ends_possessive(text)) {
                let mut s = k;
                // ("From Donald Trump’s …": an opening preposition is no part of the name.)
                while s > lo
                    && s + 4 > k
                    && doc.tokens[s - 1].cap
                    && !doc.norm_one_of(s - 1, OBJECT_MARKERS.0)
                    && !doc.norm_one_of(s - 1, INTRODUCERS.0)
                {
                    s -= 1;
                }
                return Some(s..k + 1);
            }
        }
        None
    }

    /// The first token left of the quotation: the opening mark (one or two tokens), or the first
    /// quoted word when the quotation was recovered from its closing mark alone.
    /// `The post read in part, "…"`, `a banner reading "…"`, `the sign reads: "…"`: a written
    /// thing whose text is quoted after "read" speaks (no cue list holds "read": people read
    /// what others wrote).
    fn written_text(&self, left: usize, sent_start: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let mut k = left;
        while k > sent_start && word_in!(doc.norm_at(k - 1), "," | ":") {
            k -= 1;
        }
        if k >= sent_start + 2
            && word_in!(doc.norm_at(k - 1), "part" | "full")
            && doc.norm_is(k - 2, "in")
        {
            k -= 2;
        }
        // (`held signs saying "…"`: a crowd's placards, not whoever holds them, say it; "a
        // statement saying" stays its issuer's.)
        let saying = k > sent_start && doc.norm_is(k - 1, "saying");
        if k <= sent_start
            || !(saying || word_in!(doc.norm_at(k - 1), "read" | "reads" | "reading"))
        {
            return None;
        }
        let np = noun_phrase_left(doc, k - 1, sent_start)?;
        let head = doc.norm_at(np.end - 1);
        let placard =
            few!("sign" "signs" "banner" "banners" "placard" "placards" "poster" "posters");
        if !WRITTEN_THINGS.contains(&head) || (saying && !placard.contains(&head)) {
            return None;
        }
        // (`One of Lee's tweets read: "…"`: a message is its named writer's, not the medium's.)
        let writer = (np.start..np.end - 1).rfind(|&k| {
            doc.tokens[k].cap && crate::segment::ends_possessive(doc.slice(&doc.tokens[k]))
        });
        if let Some(own) = writer.filter(|_| MESSAGES.contains(&head)) {
            let mut s = own;
            while s > np.start && s + 4 > own && name_word(doc, s - 1) {
                s -= 1;
            }
            return Some(s..own + 1);
        }
        plausible(doc, np)
    }

    /// `Lee read out a text from her brother: "…"`, `a note from Orr that said "…"`, `Orr sent
    /// him a message that read: "…"`: a personal message introduced right before its quoted text
    /// is its writer's, not the relayer's. Reads at most 4 introducing words and the 5 tokens
    /// before them.
    fn message_writer(&self, left: usize, sent_start: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let mut k = left;
        while k > sent_start
            && left - k < 4
            && word_in!(
                doc.norm_at(k - 1),
                ":" | "," | "that" | "which" | "said" | "says" | "read" | "reads" | "saying"
            )
        {
            k -= 1;
        }
        let message = |i: usize| {
            let n = doc.norm_at(i);
            MESSAGES.contains(&n) && !n.starts_with("statement")
        };
        if k == left || k <= sent_start {
            return None;
        }
        // `a text from her brother`: the message noun, "from", a name or a determined noun.
        if let Some(from) = (k.saturating_sub(5).max(sent_start + 1)..k)
            .rfind(|&i| doc.norm_is(i, "from"))
            .filter(|&f| message(f - 1) && f + 1 < k)
        {
            let first = &doc.tokens[from + 1];
            let named = first.cap || doc.norm_in(first, DETERMINERS.0);
            return (named && (from + 1..k).all(|i| doc.tokens[i].is_word()))
                .then(|| plausible(doc, from + 1..k))
                .flatten();
        }
        if let Some(sp) = self.issuer(k, sent_start) {
            return Some(sp);
        }
        // `Orr sent him a message that read`: the sender of the message right before.
        if !message(k - 1) {
            return None;
        }
        let sent = (k.saturating_sub(5).max(sent_start)..k - 1)
            .rfind(|&i| word_in!(doc.norm_at(i), "sent" | "sends" | "texted" | "emailed"))?;
        if !(sent + 1..k - 1).all(|i| {
            word_in!(
                doc.norm_at(i),
                "him" | "her" | "them" | "me" | "us" | "a" | "an" | "the" | "text" | "short"
            )
        }) {
            return None;
        }
        // (`told reporters Orr had sent`: a name right before its verb is the whole sender.)
        let mut j = sent;
        while j > sent_start && doc.norm_one_of(j - 1, AUXILIARIES.0) {
            j -= 1;
        }
        let mut s = j;
        while s > sent_start && j - s < 3 && name_word(doc, s - 1) {
            s -= 1;
        }
        if s < j {
            return plausible(doc, s..j);
        }
        self.subject_of_verb(sent..sent + 1, sent_start, 1)
    }

    /// `The guild issued a statement on Monday: "…"` (or `.` and the quotation next): the
    /// issuer of the statement ending at `end` speaks. Reads 5 tokens back.
    fn issuer(&self, mut end: usize, floor: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        if end >= floor + 2 && doc.norm_is(end - 2, "on") && doc.norm_one_of(end - 1, TIME_WORDS.0)
        {
            end -= 2;
        }
        let v = end.checked_sub(3).filter(|&v| v >= floor)?;
        (doc.norm_is(v + 2, "statement")
            && doc.norm_is(v + 1, "a")
            && word_in!(
                doc.norm_at(v),
                "issued" | "released" | "issues" | "releases"
            ))
        .then(|| self.subject_of_verb(v..v + 1, floor, 1))
        .flatten()
    }

    /// `Lee, a Democrat, took a swipe at Roe with a speech decrying "…"`: a talk or letter given
    /// "with" is its giver's words; the giver is the subject of the clause it ends (opened by
    /// the sentence or by "after", "when", "as", "while"), when that is a name.
    /// `a letter asked whether Lee had discussed it "with …"`: the one a question asks about
    /// speaks no words of it; the asker does (none when no asker is found).
    fn asker(&self, r: Range<usize>) -> Option<Range<usize>> {
        let doc = self.doc;
        let Some(a) = r.start.checked_sub(2).filter(|&a| {
            word_in!(doc.norm_at(a + 1), "whether" | "if")
                && word_in!(doc.norm_at(a), "asked" | "asks" | "asking")
        }) else {
            return Some(r);
        };
        let sent_start = doc.sentences[doc.tokens[a].sentence as usize].tokens.start;
        self.subject_of(a..a + 1, sent_start, 0)
    }

    fn talk_giver(&self, r: &Range<usize>) -> Option<Range<usize>> {
        let doc = self.doc;
        let w = r.start.checked_sub(1)?;
        if r.len() != 2
            || !word_in!(doc.norm_at(r.start), "a" | "an")
            || !word_in!(
                doc.norm_at(r.start + 1),
                "speech" | "address" | "letter" | "statement"
            )
            || !doc.norm_is(w, "with")
        {
            return None;
        }
        let sent_start = doc.sentences[doc.tokens[w].sentence as usize].tokens.start;
        let start = (sent_start..w)
            .rev()
            .find(|&k| word_in!(doc.norm_at(k), "after" | "when" | "as" | "while"))
            .map_or(sent_start, |k| k + 1);
        self.clause_subject(start, w)
            .filter(|s| doc.tokens[s.end - 1].cap)
    }

    /// `The letter, signed by two guilds, said`: a document speaks for those who signed it.
    /// Reads at most 6 words after "by", up to a comma or the verb.
    /// (`The statement from the ministry said`: the sender, as for a message passed on.)
    fn signers(&self, r: &Range<usize>) -> Option<Range<usize>> {
        let doc = self.doc;
        let sender = (r.start + 1..r.end.saturating_sub(1))
            .find(|&k| word_in!(doc.norm_at(k), "from" | "by"))
            .filter(|&f| {
                // (`A speech by Orr promised`: a talk's giver after "by".)
                let talk = word_in!(doc.norm_at(f - 1), "speech" | "speeches" | "remarks");
                (if doc.norm_is(f, "by") {
                    talk
                } else {
                    doc.norm_one_of(f - 1, MESSAGES.0)
                }) && (doc.tokens[f + 1].cap || doc.norm_one_of(f + 1, DETERMINERS.0))
            });
        if let Some(f) = sender {
            // (`A letter from the lawmakers to Hoek`: the addressee is no sender.)
            let to = (f + 2..r.end)
                .find(|&k| doc.norm_is(k, "to"))
                .unwrap_or(r.end);
            return plausible(doc, f + 1..to);
        }
        // (`The ministry's statement on Lind said`: what it is about is not who speaks.)
        if let Some(a) = (r.start + 1..r.end).find(|&k| {
            word_in!(doc.norm_at(k), "on" | "about") && doc.norm_one_of(k - 1, MESSAGES.0)
        }) {
            return plausible(doc, r.start..a);
        }
        let head = doc.norm_at(r.end - 1);
        if !(MESSAGES.contains(&head) || few!("petition" "petitions").contains(&head)) {
            return None;
        }
        let s = r.end + usize::from(doc.norm_is(r.end, ","));
        if !doc.norm_is(s, "signed") || !doc.norm_is(s + 1, "by") {
            return None;
        }
        let from = s + 2;
        let end = (from..doc.tokens.len().min(from + 6))
            .find(|&k| {
                let (t, n) = (&doc.tokens[k], doc.norm_at(k));
                t.kind == TokenKind::Punct
                    || self.attr.cue_at(k).is_some()
                    || !t.cap && (n.ends_with("ed") || VERBS.contains(&n) || PHRASING.contains(&n))
            })
            .filter(|&e| e > from)?;
        // (`signed by the council, Acme and two trusts`: a list of signers; the letter speaks.)
        let list = doc.norm_is(end, ",")
            && (end..end + 12)
                .take_while(|&k| self.attr.cue_at(k).is_none())
                .any(|k| doc.norm_is(k, "and"));
        (!list).then(|| plausible(doc, from..end))?
    }

    /// `Lee will meet them to discuss "budget matters," an aide said.`: a speech verb in the
    /// infinitive or after a modal tells of talk not yet given, so a partial quotation in its
    /// clause is not its subject's words but those of the attribution closing the sentence.
    fn planned_speech(&self, r: &Range<usize>, q: &Quote) -> Option<Range<usize>> {
        let doc = self.doc;
        let left = self.left_of(q);
        // (The reach first: `partial` reads every word of the quotation.)
        if r.end > left || left - r.end > MAX_REACH || !partial(doc, q) {
            return None;
        }
        let said = (r.end..left).any(|k| {
            let n = doc.norm_at(k);
            TELLING.contains(&n) || REPORTING.contains(&n)
        });
        let planned = (r.end + 1..left).any(|k| {
            self.verb_at(k).is_some()
                && word_in!(
                    doc.norm_at(k - 1),
                    "to" | "will" | "would" | "could" | "might" | "may"
                )
        });
        if said || !planned {
            return None;
        }
        // The attribution closes the sentence ("an aide said." / "said on Friday"), not a new
        // statement ("Roe said she …").
        let closes = |sp: &Range<usize>| {
            let t = doc.tokens.get(sp.end + 1);
            t.is_none_or(|t| {
                t.sentence != doc.tokens[sp.end].sentence
                    || t.kind == TokenKind::Punct
                    || doc.norm_in(t, OBJECT_MARKERS.0)
            })
        };
        self.after(q, false)
            .filter(closes)
            .or_else(|| self.sentence_tail(q))
            .filter(|sp| sp.start >= q.after)
    }

    /// `Lee said Roe asked about "talks with the firm"`: a partial quotation in a clause that
    /// another verb of saying reports is worded by the one reporting (the inner subject asked,
    /// discussed, boasted; the quoted words reach us through the reporter), unless the inner verb
    /// is itself a verb of telling ("Lee said Roe told us that …") or of naming, whose label is
    /// the inner subject's ("Lee said Roe called it \"dead\""), or the words are in the first
    /// person.
    fn reporter(&self, r: &Range<usize>, q: &Quote) -> Option<Range<usize>> {
        let doc = self.doc;
        let left = self.left_of(q);
        let sent_start = doc.sentences[doc.tokens[q.tokens.start].sentence as usize]
            .tokens
            .start;
        // (The reach first: `partial` reads every word of the quotation.)
        if r.end > left || left - r.end > MAX_REACH || !partial(doc, q) {
            return None;
        }
        // ("Lee said Roe insists the deal \"is dead\"": a verb of asserting reports its
        // subject's own claim, as "said" does.)
        let telling = (r.end..left).any(|k| {
            let n = doc.norm_at(k);
            TELLING.contains(&n) || ASSERTING.contains(&n)
        });
        let mut v = r.start;
        if v > sent_start && doc.norm_is(v - 1, "that") {
            v -= 1;
        }
        if telling || v <= sent_start + 1 || !doc.norm_one_of(v - 1, REPORTING.0) {
            return None;
        }
        self.verb_at(v - 1)
            .and_then(|c| self.subject_of(c, sent_start, 0))
            .filter(|sp| sp.end < r.start)
    }

    /// `"…," Tull's office said she told reporters.`: an attribution after the quotation that
    /// reports someone telling or saying relays that one's words (a pronoun or a short name).
    fn inner_teller(&self, r: &Range<usize>, q: &Quote) -> Option<Range<usize>> {
        let doc = self.doc;
        if r.start < q.after || !word_in!(doc.norm_at(r.end), "said" | "says") {
            return None;
        }
        let s = r.end + 1 + usize::from(doc.norm_is(r.end + 1, "that"));
        let e = (s + 1..s + 4).find(|&k| word_in!(doc.norm_at(k), "told" | "said" | "had"))?;
        let who = &doc.tokens[s..e];
        let ok = self.same_sentence(r.end, e)
            && (!doc.norm_is(e, "had") || doc.norm_is(e + 1, "told"))
            && (who.len() == 1 && doc.norm_in(&who[0], SUBJECT_PRONOUNS.0)
                || who.iter().all(|t| t.cap && t.is_word()));
        ok.then_some(s..e)
    }

    /// `Ruiz said she was told the truce was "holding firm."`: words someone was told are the
    /// teller's, not the hearer's or the one who reports hearing them: the teller after "by",
    /// else none. Reads at most MAX_REACH tokens between the speaker and the quotation.
    fn told_words(&self, r: Range<usize>, q: &Quote) -> Option<Range<usize>> {
        let doc = self.doc;
        let left = q.tokens.start;
        if r.end >= left || left - r.end > MAX_REACH || !self.same_sentence(r.end, left) {
            return Some(r);
        }
        let Some(k) = (r.end + 1..left).find(|&k| {
            word_in!(doc.norm_at(k), "told" | "assured" | "informed" | "briefed")
                && word_in!(
                    doc.norm_at(k - 1),
                    "was" | "were" | "been" | "is" | "are" | "being"
                )
        }) else {
            return Some(r);
        };
        // ("A clerk, who asked … because staff were told not to …, said": the told clause ends
        // at a comma before the verb of saying.)
        if (k + 1..left).any(|i| doc.norm_is(i, ",") && self.attr.cue_at(i + 1).is_some()) {
            return Some(r);
        }
        (doc.norm_is(k + 1, "by"))
            .then(|| name_right(doc, k + 2))
            .flatten()
            .filter(|t| t.end <= left)
            .and_then(|t| plausible(doc, t))
    }

    fn left_of(&self, q: &Quote) -> usize {
        let mut k = q.tokens.start;
        for _ in 0..2 {
            if k > 0 && self.doc.tokens[k - 1].start as usize >= q.start && is_mark(self.doc, k - 1)
            {
                k -= 1;
            }
        }
        k
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        match (self.doc.tokens.get(a), self.doc.tokens.get(b)) {
            (Some(x), Some(y)) => x.sentence == y.sentence,
            _ => false,
        }
    }

    /// `"…," said Smith` / `"…," Smith said` / `"…," Smith, who chairs the panel, told reporters`
    /// / `"…," the paper quoted Smith as saying`.
    /// A quotation inside its sentence (`opens` false) takes only a speaker right after it: an
    /// apposition there describes the quoted words ("as \"X,\" the name of …").
    fn after(&self, q: &Quote, opens: bool) -> Option<Range<usize>> {
        let doc = self.doc;
        let mut j = q.after;
        while doc
            .tokens
            .get(j)
            .is_some_and(|t| t.kind == TokenKind::Punct && doc.norm_eq(t, ","))
        {
            j += 1;
        }
        // A question or exclamation closing the quotation ends a sentence for the splitter, but
        // `"…!" Smith said.` goes on with its attribution: a sentence opening right at the
        // closing mark belongs to it.
        // (Not across a paragraph break: a new paragraph opens with narration, not the tag.)
        let para = |t: &crate::segment::Token| doc.sentences[t.sentence as usize].paragraph;
        let exclaimed = word_in!(doc.norm_at(q.tokens.end - 1), "?" | "!")
            && doc.tokens.get(j).is_some_and(|t| {
                doc.sentences[t.sentence as usize].tokens.start == j
                    && para(t) == para(&doc.tokens[q.tokens.end - 1])
            });
        if j >= doc.tokens.len() || !(self.same_sentence(j, q.tokens.end - 1) || exclaimed) {
            return None;
        }
        // Split off, the attribution must be all of that sentence, bar a short tail ("Smith
        // told reporters on Friday."): "Officials said the vote was fair" is a new statement.
        let split = !self.same_sentence(j, q.tokens.end - 1);
        let sentence_end = doc.sentences[doc.tokens[j].sentence as usize].tokens.end;
        // A tail opening on a comma or a preposition is adverbial ("Smith said after the show,
        // as …"), not a new statement.
        // (After "told" its listener comes first: "Lee told the party's supporters at a rally".)
        let adverbial = |c: &Range<usize>| {
            let mut e = c.end;
            if word_in!(doc.norm_at(c.end - 1), "told" | "tells") {
                while e < sentence_end.min(c.end + 4)
                    && (doc.tokens[e].is_word() || word_in!(doc.norm_at(e), "'" | "’"))
                    && !doc.norm_one_of(e, OBJECT_MARKERS.0)
                    && !doc.norm_is(e, "that")
                {
                    e += 1;
                }
            }
            e < sentence_end && (doc.norm_is(e, ",") || doc.norm_one_of(e, OBJECT_MARKERS.0))
        };
        let short_tail = |c: &Range<usize>| {
            !split
                || adverbial(c)
                || (sentence_end.saturating_sub(c.end) <= 6
                    && !(c.end..sentence_end).any(|k| {
                        let n = doc.norm_at(k);
                        few!("that" "would" "will" "has" "have" "had").contains(&n)
                            || PASSIVE.contains(&n)
                            || MODALS.contains(&n)
                    }))
        };
        // (`"…!" exclaimed Lee`: a closing verb inverts as a cue does.)
        if let Some(c) = self.closing_verb_start(j) {
            return speaker_right(doc, c.end);
        }
        if opens && (word_in!(doc.norm_at(q.tokens.end - 1), "," | "?" | "!") || j > q.after) {
            let comma = doc.norm_is(q.tokens.end - 1, ",") || j > q.after;
            if let Some(sp) = self.past_tag(j, comma) {
                return Some(sp);
            }
        }
        // `"…," added a Texas Republican.`: after a quotation opening its sentence and its comma,
        // an inverted verb of saying speaks even before a determiner, when the phrase ends the
        // sentence or a name follows set off (`the "fare," added a surcharge to …` has an object).
        if opens && self.after_comma(q) == Some(j) && doc.norm_one_of(j, INVERTED_SPEECH_VERBS.0) {
            return speaker_right(doc, j + 1).filter(|r| {
                doc.norm_one_of(r.start, DETERMINERS.0)
                    && match doc.norm_at(r.end) {
                        "," => doc.tokens.get(r.end + 1).is_some_and(|t| t.cap),
                        n => matches!(n, "." | ""),
                    }
            });
        }
        // Subject then verb; an apposition set off by commas may stand between them. Without a
        // comma, "?" or "!" closing the quotation, only a short subject right after it counts
        // (`"…" she said`), not a clause running on (`a "total shock" to the family, she said`).
        let last_inner = doc.norm_at(q.tokens.end - 1);
        // Inside a sentence, only a name may follow set off ("…,\" Ann Lee, a lawyer, said"),
        // not a description of the quoted words ("as \"X,\" the name of …").
        // So may a possessed role set off before its name ("…,\" her brother, Tom Lee, said").
        let possessed_role = word_in!(doc.norm_at(j), "his" | "her" | "their")
            && doc
                .tokens
                .get(j + 1)
                .is_some_and(|t| !t.cap && t.kind == TokenKind::Word)
            && doc.norm_is(j + 2, ",")
            && doc
                .tokens
                .get(j + 3)
                .is_some_and(|t| t.cap && t.kind == TokenKind::Word);
        let named = doc.tokens.get(j).is_some_and(|t| t.cap) || possessed_role;
        let set_off = (opens || named)
            && (few!("," "?" "!" "—").contains(&last_inner) || doc.norm_is(q.after, ","));
        let mut subject_end = None;
        let mut k = j;
        while k < j + MAX_REACH && self.same_sentence(k, j) {
            if let Some(c) = self.closing_verb_start(k) {
                let cue = doc.norm_at(c.start);
                // (`"…" the paper's editor Ann Lee responded.`: with no mark set off, a long
                // subject only before a verb ending the sentence.)
                let closes = doc
                    .tokens
                    .get(c.end)
                    .is_none_or(|t| t.sentence != doc.tokens[k].sentence || doc.norm_eq(t, "."));
                if !short_tail(&c) || (!set_off && k - j > 6 && !closes) {
                    return None;
                }
                // `"…," Lee was quoted as saying`: the one quoted is the subject.
                if cue == "quoted" && doc.norm_is(c.end, "as") {
                    let mut end = k;
                    while end > j && doc.norm_one_of(end - 1, PASSIVE.0) {
                        end -= 1;
                    }
                    return (end > j).then(|| plausible(doc, j..end)).flatten();
                }
                if few!("quoted" "quoting" "cited" "citing").contains(&cue) {
                    return name_right(doc, c.end).and_then(|r| plausible(doc, r));
                }
                // "Chinese state media said": a listed phrase that ends in its verb ("state media
                // said") holds the subject's last words; the subject runs to that verb.
                let k = if c.len() > 1
                    && subject_end.is_none()
                    && word_in!(
                        doc.norm_at(c.end - 1),
                        "said" | "say" | "says" | "reported" | "reports"
                    )
                    && (c.start..c.end - 1).all(|i| {
                        doc.tokens[i].kind == TokenKind::Word && !doc.norm_one_of(i, VERBS.0)
                    }) {
                    c.end - 1
                } else {
                    k
                };
                let mut end = subject_end.unwrap_or(k);
                // "the letter states, according to …": the subject ends at its verb.
                // (`"…," she laughs as she recalls`: a verb of manner before "as" ends it too.)
                if let Some(v) = (j + 1..end).find(|&i| {
                    !doc.tokens[i].cap && doc.norm_one_of(i, VERBS.0)
                        || (set_off
                            && (past_verb(doc, i) || present_verb(doc, i))
                            && word_in!(doc.norm_at(i + 1), "as" | "while" | "when"))
                }) {
                    end = v;
                }
                // "…,\" in the election, predicted Lee": a phrase set off before the verb is
                // no subject; a name after the verb speaks.
                let inverted = || {
                    (subject_end.is_some() && !doc.norm_is(c.end, ","))
                        .then(|| speaker_right(doc, c.end))
                        .flatten()
                        .filter(|r| doc.tokens[r.start].cap)
                };
                // "her brother, Tom Lee,": the name set off after the role is who speaks.
                if possessed_role {
                    if let Some(name) = name_right(doc, j + 3).filter(|r| r.end <= k) {
                        return plausible(doc, name);
                    }
                }
                // `"…," Ann Lee, a judge, and Bo Roe, a senator, said`: a second name after the
                // first one's apposition, set off as the first, speaks with it.
                let joint = subject_end
                    .and_then(|c| {
                        (c + 1..k).find(|&i| doc.norm_is(i, ",") && doc.norm_is(i + 1, "and"))
                    })
                    .filter(|&a| doc.tokens.get(a + 2).is_some_and(|t| t.cap))
                    .and_then(|a| name_right(doc, a + 2))
                    .filter(|n| n.end == k || (n.end < k && doc.norm_is(n.end, ",")))
                    .and_then(|n| plausible(doc, j..n.end));
                if joint.is_some() {
                    return joint;
                }
                return (end - j <= MAX_SPEAKER_TOKENS || organisation_tail(doc, j, end))
                    .then_some(j..end)
                    .and_then(|r| plausible(doc, r))
                    .or_else(inverted);
            }
            let t = &doc.tokens[k];
            if t.kind == TokenKind::Punct {
                match doc.norm(t) {
                    "&" if joins_name(doc, k) => {}
                    // "Jones’ spokesman": an owner's apostrophe, not a quotation mark.
                    "'" if possessive_apostrophe(doc, k) => {}
                    "," if !set_off => return None,
                    "," if subject_end.is_none() => subject_end = Some(k),
                    "," | "." | "(" | ")" => {}
                    // Inside an apposition ("…, who served 5-1/2 years, said") any mark but a
                    // quotation's or a clause break's.
                    n if subject_end.is_some() && !is_mark(doc, k) && !word_in!(n, ";" | ":") => {}
                    _ => return None,
                }
            } else if subject_end.is_none()
                && k - j
                    >= if set_off || opens {
                        MAX_SPEAKER_TOKENS
                    } else {
                        6
                    }
                // `"…," experts Ann Lee and Bo Tan of the Institute for Science and Harbour
                // Security wrote`: a long organisation's name after "of" runs past the limit.
                && !(set_off && organisation_tail(doc, j, k + 1))
            {
                return None;
            }
            k += 1;
        }
        None
    }

    /// `"…," reacted Lee.` / `"…," Lee started.`: after a quotation opening its sentence and
    /// closed by a comma, "?" or "!", a past-tense verb no list has and a capitalised name of one
    /// to three words making up the rest of the sentence are its attribution; the name first only
    /// after a comma (`"Why?" Lee shrugged.` may be a new sentence about Lee).
    /// (`"…," she elaborated, "…"`: the tag may end at the comma before the quotation it
    /// splits, and a subject pronoun is a whole subject there.)
    /// After a comma, a present in -s too (`"…," she laughs.`, `"…," grins Ada Venn.`).
    fn past_tag(&self, j: usize, comma: bool) -> Option<Range<usize>> {
        let doc = self.doc;
        let s = &doc.sentences[doc.tokens.get(j)?.sentence as usize].tokens;
        // (`"…," laughed Tom Bell, who …`, `"…," Ann Lee sighed, shaking …`: the tag may end at
        // any comma, an apposition or a participle following.)
        let split = (j + 1..s.end.min(j + 5)).find(|&k| doc.norm_is(k, ","));
        let stop = split.unwrap_or(s.end - usize::from(doc.norm_is(s.end - 1, ".")));
        let name = |r: Range<usize>| {
            let pronoun = r.len() == 1 && comma && doc.norm_one_of(r.start, SUBJECT_PRONOUNS.0);
            (pronoun || ((1..=3).contains(&r.len()) && r.clone().all(|k| name_word(doc, k))))
                .then(|| plausible(doc, r))
                .flatten()
        };
        // (After a comma the present of a verb of manner too: `"…," she laughs.`)
        let verb = |k: usize| past_verb(doc, k) || (comma && present_verb(doc, k));
        if stop <= j + 1 {
            None
        } else if verb(j) {
            // (`"…," beamed coach Ann Lee after the game`: a role before the name, an adverbial
            // after it.)
            name(j + 1..stop).or_else(|| {
                name_right(doc, j + 1)
                    .filter(|r| {
                        doc.tokens[r.end - 1].cap
                            && (r.end == stop || doc.norm_one_of(r.end, INTRODUCERS.0))
                    })
                    .and_then(|r| plausible(doc, r))
            })
        } else if comma && verb(stop - 1) {
            name(j..stop - 1)
        } else {
            None
        }
    }

    /// `Kasich resisted: "…"`: a quotation opening right after a sentence of only a capitalised
    /// name (one to three words), a past-tense verb no list has and a colon is the name's.
    fn colon_name(&self, left: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let mut verb = left.checked_sub(2)?;
        // (`Lee had some advice: "…"`: "had", a determiner and a noun of saying.)
        let noun = doc.norm_one_of(verb, SPEECH_NOUNS.0) || doc.norm_is(verb, "advice");
        let had = noun
            && verb > 2
            && (doc.norm_one_of(verb - 1, DETERMINERS.0) || doc.norm_is(verb - 1, "some"))
            && doc.norm_is(verb - 2, "had");
        verb -= 2 * usize::from(had);
        let name = doc.sentences[doc.tokens[verb].sentence as usize]
            .tokens
            .start..verb;
        (doc.norm_is(left - 1, ":")
            && (had || past_verb(doc, verb))
            && (1..=3).contains(&name.len())
            && name.clone().all(|k| name_word(doc, k)))
        .then(|| plausible(doc, name))
        .flatten()
    }

    /// The subject of the nearest speech verb before token `left` in its sentence, within `reach`
    /// tokens: `Smith said: "…"`, `Smith said the plan was "a farce"`, `…, adding "…"`.
    /// `depth` counts participles followed back (`…, adding`), so the search stays bounded.
    fn before(
        &self,
        left: usize,
        sent_start: usize,
        reach: usize,
        depth: u8,
    ) -> Option<Range<usize>> {
        let left = self.past_aside(left, sent_start);
        let lo = sent_start.max(left.saturating_sub(reach));
        let mut tried = 0;
        let mut k = left;
        while k > lo && tried < 3 {
            k -= 1;
            // ", and the committee is investigating …": a new clause with its own subject.
            let n = self.doc.norm_at(k);
            // (", but did not …": a second verb of the same subject, not a new clause. Tested
            // only after a comma and a conjunction: this runs at every token walked over.)
            // (", but there might be …": a clause of "there" and a modal goes on reporting.)
            let shared_subject = || {
                (self.doc.norm_is(k + 2, "there")
                    && word_in!(self.doc.norm_at(k + 3), "might" | "could" | "would"))
                    || word_in!(
                        self.doc.norm_at(k + 2),
                        "did"
                            | "not"
                            | "also"
                            | "then"
                            | "later"
                            | "has"
                            | "had"
                            | "was"
                            | "will"
                            | "would"
                    )
            };
            // ("…: * Dec. 21: Lee submits …. * Dec. 22: A \"senior member\" …": a list bullet
            // opens an item of its own.)
            if word_in!(n, ";" | "*" | "•")
                || (n == ","
                    && word_in!(self.doc.norm_at(k + 1), "and" | "but" | "while" | "whereas")
                    && !self.doc.norm_is(k + 2, "that")
                    && !shared_subject()
                    // (`…, she said, and "we will act."`: after a speech tag, a quotation right
                    // after the conjunction has no subject of its own; the same saying goes on.)
                    && !(k + 2 == left && k > sent_start && self.verb_at(k - 1).is_some()))
            {
                return None;
            }
            let Some(cue) = self.verb_at(k) else { continue };
            // ("removed for refusing to obey the law, was a \"…\"": a refusal to act, as a
            // preposition's gerund, is a deed in an adjunct; the walk goes on past it.)
            let doc = self.doc;
            let refusal = word_in!(doc.norm_at(cue.start), "refusing" | "declining")
                && doc.norm_is(cue.end, "to")
                && word_in!(
                    doc.norm_at(cue.start.wrapping_sub(1)),
                    "for" | "after" | "by"
                );
            // So is any gerund giving a reason or a time ("for refusing", "after declining") in
            // a relative clause set off by commas and closed before the quotation: `Lee, who was
            // fired for … , was a "…"`. (A comma right before the quotation introduces it: `who
            // lamented in an interview, "…"`.)
            if refusal
                || cue.start > 0
                    && word_in!(doc.norm_at(cue.start - 1), "for" | "after" | "over")
                    && doc.norm_at(cue.start).ends_with("ing")
                    && !doc.norm_is(left - 1, ",")
                    && (cue.end..left).any(|c| doc.norm_is(c, ","))
                    && (sent_start.max(cue.start.saturating_sub(12))..cue.start)
                        .rev()
                        .take_while(|&c| !is_mark(doc, c))
                        .find(|&c| doc.norm_is(c, ","))
                        .is_some_and(|c| word_in!(doc.norm_at(c + 1), "who" | "which"))
            {
                k = cue.start;
                continue;
            }
            tried += 1;
            // "The agency quoted the minister: …": the one quoted speaks, not the relayer
            // (who keeps it when no plain name stands before the colon: "quoted from a memo:").
            let quoted = word_in!(self.doc.norm_at(cue.start), "quoted" | "quoting")
                && self.doc.norm_is(left - 1, ":");
            let object = quoted
                .then(|| name_right(self.doc, cue.end))
                .flatten()
                .filter(|r| r.end + 1 == left)
                .and_then(|r| plausible(self.doc, r));
            if object.is_some() {
                return object;
            }
            // "Lee said Roe maintains that \"…\"": a verb of asserting in the reported clause,
            // recorded as no cue of its own, gives the claim to its own subject.
            let claim = (cue.end..left)
                .rfind(|&i| {
                    // (Only with "that": "the roads he maintains" keeps them up.)
                    !self.doc.tokens[i].cap
                        && self.doc.norm_one_of(i, ASSERTING.0)
                        && self.doc.norm_is(i + 1, "that")
                })
                .and_then(|a| self.subject_of(a..a + 1, sent_start, depth))
                .filter(|sp| sp.start >= cue.end);
            if claim.is_some() {
                return claim;
            }
            if let Some(d) = self.relative_document(cue.start) {
                return Some(d);
            }
            if let Some(sp) = self.subject_of(cue.clone(), sent_start, depth) {
                return Some(of_pair(self.doc, sp, sent_start));
            }
            if let Some(sp) = self.subordinate_subject(cue.start, sent_start) {
                return Some(sp);
            }
            k = cue.start;
        }
        None
    }

    /// `Lee replied that, when the board warned that …, "we acted."`: a time or condition
    /// clause set off right after "that," is an aside; the verb before "that" introduces the
    /// words. Returns the aside's opening comma (else `left`); at most ASIDE_REACH tokens back.
    fn past_aside(&self, left: usize, sent_start: usize) -> usize {
        let doc = self.doc;
        if left < sent_start + 4 || !doc.norm_is(left - 1, ",") {
            return left;
        }
        let lo = sent_start.max(left.saturating_sub(ASIDE_REACH)) + 1;
        (lo..left - 1)
            .rev()
            .take_while(|&c| !is_mark(doc, c))
            .find(|&c| doc.norm_is(c, ","))
            .filter(|&c| {
                doc.norm_is(c - 1, "that")
                    && word_in!(
                        doc.norm_at(c + 1),
                        "when" | "after" | "as" | "if" | "while" | "before" | "once"
                    )
            })
            .unwrap_or(left)
    }

    /// `praised a study that concluded that "…"`: a report's verb of finding or saying in its
    /// own relative clause (verb at `v`, "that"/"which" before it) makes the report the speaker,
    /// from its article (at most 3 words before the noun: `a 2019 federal study`).
    fn relative_document(&self, v: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        if v < 3
            || !word_in!(
                doc.norm_at(v),
                "found"
                    | "finds"
                    | "concluded"
                    | "concludes"
                    | "said"
                    | "says"
                    | "warned"
                    | "warns"
            )
            || !word_in!(doc.norm_at(v - 1), "that" | "which")
            || !word_in!(
                doc.norm_at(v - 2),
                "report" | "study" | "review" | "survey" | "memo" | "audit" | "analysis"
            )
        {
            return None;
        }
        let noun = v - 2;
        (noun.saturating_sub(4)..noun)
            .rev()
            .take_while(|&k| doc.tokens[k].is_word())
            .find(|&k| word_in!(doc.norm_at(k), "a" | "an" | "the"))
            .map(|a| a..noun + 1)
    }

    /// `Lee waited until the Ohio senator tweeted that she would "…"`: a clause of time opened
    /// right before its saying verb (at `v`) has its own subject, a determiner's phrase of at
    /// most 5 words between the subordinator and the verb.
    fn subordinate_subject(&self, v: usize, sent_start: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        // (Only a verb of writing with its "that" within 6 tokens, past a time adjunct such as
        // "earlier in the day": `a statement issued after the vote said` is the statement's.)
        if !word_in!(doc.norm_at(v), "tweeted" | "wrote" | "posted")
            || !(v + 1..v + 7).any(|k| doc.norm_is(k, "that"))
        {
            return None;
        }
        let s = (sent_start.max(v.saturating_sub(6))..v)
            .rev()
            .take_while(|&k| doc.tokens[k].is_word())
            .find(|&k| {
                word_in!(
                    doc.norm_at(k),
                    "until" | "after" | "before" | "when" | "once"
                )
            })?;
        (s + 2 < v
            && (s == sent_start || !doc.norm_one_of(s - 1, AFTER_PARTICIPLES.0))
            && word_in!(doc.norm_at(s + 1), "the" | "a" | "an"))
        .then(|| plausible(doc, s + 1..v))
        .flatten()
    }

    /// A speech or labelling verb whose range ends at token `k` (cues inside quotations are not
    /// recorded, so none is found there).
    fn verb_at(&self, k: usize) -> Option<Range<usize>> {
        if let Some(c) = self.attr.cue_at(k) {
            return (c.end == k + 1 && self.is_verb(c)).then(|| c.clone());
        }
        let t = &self.doc.tokens[k];
        let n = self.doc.norm(t);
        // "Lee laid out a \"lean\" plan": the phrasal verb of presenting one's plan, as "outlined"
        // ("the plan laid out by Lee" is a passive: its subject presents nothing).
        if n == "out"
            && k > 0
            && word_in!(self.doc.norm_at(k - 1), "laid" | "lays")
            && !self.doc.norm_is(k + 1, "by")
        {
            return Some(k - 1..k + 1);
        }
        // The tests below only for a lowercase word, cheapest first (this runs at every token
        // the finder walks over).
        let naming = !t.cap
            && (
                // "what they term \"…\"", "practices it deemed \"…\"": a verb after a pronoun
                // ("messages later deemed \"…\"" is a passive).
                (word_in!(n, "term" | "deemed" | "deems")
                    && k > 0
                    && self.doc.norm_one_of(k - 1, PRONOUNS.0))
                // "the report found that \"…\"": a document's finding is its words.
                // ("a study that concluded that \"…\"": in its relative clause too.)
                // ("Inspectors who visited found that …": a finding's clause is the finders'.)
                || (few!("found" "finds" "concluded" "concludes").contains(&n)
                    && k > 0
                    && (self.doc.norm_one_of(k - 1, DOCUMENTS.0)
                        || self.doc.norm_is(k + 1, "that")
                        || self.relative_document(k).is_some()))
                // "Lee continued: …", "Lee continued, \"…\"": continuing right before a
                // quotation (past a colon or a comma) carries the subject's speech on.
                || (word_in!(n, "continued" | "continues")
                    && (self.doc.norm_is(k + 1, ":")
                        || (self.doc.norm_is(k + 1, ",") && is_mark(self.doc, k + 2))))
                // ("Cruz is praising it as \"…\"": an -ing form only as a progressive; "see
                // a firm defending …", ", praising …" have a subject of their own.)
                || (NAMING_VERBS.contains(&n)
                    && (!n.ends_with("ing")
                        || (k > 0 && word_in!(self.doc.norm_at(k - 1), "is" | "was" | "are" | "were" | "been"))))
                // "Lee used the phrase \"…\"", "used expressions like \"…\"": the user's words.
                || (word_in!(n, "used" | "uses")
                    && (k + 1..k + 3).any(|j| {
                        let m = self.doc.norm_at(j);
                        WORD_NOUNS.contains(&m) || m.starts_with("expression")
                    }))
            );
        (naming || self.attr.labelling.binary_search(&k).is_ok()).then_some(k..k + 1)
    }

    /// A speech verb starting at token `k` (not a noun of speech).
    fn verb_start(&self, k: usize) -> Option<Range<usize>> {
        self.attr
            .is_cue_start(k)
            .filter(|c| self.is_verb(c))
            .cloned()
    }

    /// A speech verb starting at token `k`, or a verb that names the speaker only when it closes
    /// the attribution after a quotation (`"…!" Trump declared.`, `"…," its platform states.`):
    /// elsewhere "declared" labels and "states" is a noun.
    fn closing_verb_start(&self, k: usize) -> Option<Range<usize>> {
        self.verb_start(k).or_else(|| {
            let t = self.doc.tokens.get(k)?;
            // "states" is a verb only where the attribution ends ("… its charter states."), not
            // inside a subject ("officials in several states said").
            let ends = self
                .doc
                .tokens
                .get(k + 1)
                .is_none_or(|n| n.kind == TokenKind::Punct || n.sentence != t.sentence);
            let n = self.doc.norm(t);
            let fits = match n {
                "states" => ends,
                // "read" only right after a written thing ("the post read."), not "a statement
                // to read".
                "read" | "reads" => ends && k > 0 && self.doc.norm_one_of(k - 1, WRITTEN_THINGS.0),
                // A court's ruling speaks for it (`"…," the panel ruled.`), not "ruled out",
                // "held talks", "found the body".
                "ruled" => !self.doc.norm_is(k + 1, "out"),
                "held" | "found" => ends,
                _ => true,
            };
            (!t.cap && CLOSING_SPEECH_VERBS.contains(&n) && fits).then_some(k..k + 1)
        })
    }

    /// Whether cue `c` is a verb: "accusations", "criticism", "a report", "his call" are nouns
    /// with no subject to speak ("Reuters report" too, unless a pronoun says it).
    fn is_verb(&self, c: &Range<usize>) -> bool {
        let n = self.doc.norm_at(c.start);
        let noun = ["tion", "tions", "ism", "isms", "ment", "ments"]
            .iter()
            .any(|e| n.ends_with(e));
        let prev = c.start.checked_sub(1).map_or("", |p| self.doc.norm_at(p));
        // ("took the stage to chants of …", "amid shouts": a plural after a preposition.)
        let plural = few!("to" "with" "amid" "into").contains(&prev)
            && n.ends_with('s')
            && !n.ends_with("ss")
            && !n.ends_with("us");
        // ("faces disputes over the …": a verb of saying takes no "over" or "between".)
        let topic = n.ends_with('s')
            && word_in!(self.doc.norm_at(c.end), "over" | "between" | "surrounding");
        let noun_use = DETERMINERS.contains(&prev)
            || plural
            || topic
            || (NOUN_CUES.contains(&n) && !PRONOUNS.contains(&prev));
        !noun && !noun_use
    }

    /// `GARY ROE, ANALYST, ACME BANK, NEW YORK: "…"`: a capitalised header names the speaker of
    /// the quotation under it (market-reaction round-ups); the name ends at the first comma.
    fn header(&self, left: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let lo = left.saturating_sub(MAX_REACH);
        let mut k = left;
        // Skip a colon and a parenthesis ("(from research note):").
        if k > lo && doc.norm_is(k - 1, ":") {
            k -= 1;
        }
        if k > lo && doc.norm_is(k - 1, ")") {
            k = (lo..k - 1).rev().take(8).find(|&i| doc.norm_is(i, "("))?;
        }
        let caps = |i: usize| {
            let t = &doc.tokens[i];
            let s = doc.slice(t);
            t.kind == TokenKind::Word && s.chars().all(|c| !c.is_lowercase())
        };
        if !(k > lo && caps(k - 1)) {
            return None;
        }
        let mut start = k;
        while start > lo {
            let i = start - 1;
            if !(caps(i) || word_in!(doc.norm_at(i), "," | "." | "&" | "-" | "/")) {
                break;
            }
            start -= 1;
        }
        while start < k && !caps(start) {
            start += 1;
        }
        // A name, then a comma and a title: "NAME, TITLE, FIRM"; a heading ("WHAT'S NEXT.
        // MARKETS, IN BRIEF") has a full stop after a word, not only after initials.
        let end = (start..k).find(|&i| doc.norm_is(i, ","))?;
        let long = |i: usize| doc.slice(&doc.tokens[i]).chars().count() > 1;
        let words = (start..end).filter(|&i| caps(i) && long(i)).count();
        let heading = (start + 1..end).any(|i| doc.norm_is(i, ".") && long(i - 1));
        ((2..=4).contains(&words) && !heading).then_some(start..end)
    }

    /// Who performs speech verb `cue`: `according to Smith`, `Smith (has) said`,
    /// `Smith, a senator, said`; for a participle after a comma (`…, saying`) the subject of the
    /// speech verb before it, else of its clause. A passive (`is known as`, `was called`) has none.
    fn subject_of(&self, cue: Range<usize>, sent_start: usize, depth: u8) -> Option<Range<usize>> {
        let doc = self.doc;
        let first = doc.norm_at(cue.start);
        if first == "according" {
            return speaker_right(doc, cue.end);
        }
        let next = doc.norm_at(cue.end);
        // A caption's colon may follow a day or place: "Lee at a briefing in New York on
        // Tuesday: …".
        let colon = || {
            (cue.end..cue.end + 8)
                .map(|i| doc.norm_at(i))
                .take_while(|n| !word_in!(*n, "," | "."))
                .any(|n| n == ":")
        };
        if first == "in" || (first == "at" && !colon()) || (first == "known" && next == "as") {
            // "in a statement", "at a news conference" name no one (the name before is often
            // an object: "praised Lee at a news conference"; not "Lee at a briefing: …");
            // "known as" names a thing.
            return None;
        }
        if next == "as" {
            // "Smith labeled as \"X\" …" is active; "information labeled as \"X\"" is a
            // passive description: only a named subject makes it speech.
            let named = |r: &Range<usize>| r.clone().any(|i| doc.tokens[i].cap);
            let cue_only = cue.start..cue.end;
            return self
                .subject_of_verb(cue_only, sent_start, depth)
                .filter(|r| named(r));
        }
        // (`Emails show the aide said …`: what a record shows opens a clause of its own, whose
        // subject is found after "show", not in "Emails show the aide".)
        let st = &self.attr.stance;
        let floor = st
            .partition_point(|&s| s < cue.start)
            .checked_sub(1)
            .map(|i| st[i]);
        let floor = floor
            .filter(|&s| s >= sent_start && word_in!(doc.norm_at(s), "show" | "shows" | "showed"))
            .map_or(sent_start, |s| {
                s + 1 + usize::from(doc.norm_is(s + 1, "that"))
            });
        self.subject_of_verb(cue, floor, depth)
    }

    fn subject_of_verb(
        &self,
        cue: Range<usize>,
        sent_start: usize,
        depth: u8,
    ) -> Option<Range<usize>> {
        let doc = self.doc;
        let first = doc.norm_at(cue.start);
        let mut k = cue.start;
        // Auxiliaries and adverbs ("has long said", "strongly defended") stand between.
        let adverb = |i: usize| {
            let n = doc.norm_at(i);
            !doc.tokens[i].cap && n.len() > 4 && n.ends_with("ly") && n != "family"
        };
        while k > sent_start && (auxiliary(doc, k - 1) || adverb(k - 1)) {
            k -= 1;
            // ("He would say, with a grin, that …": a habit of speech, told as said.)
            let habit = doc.norm_is(k, "would")
                && word_in!(first, "say" | "tell")
                && word_in!(doc.norm_at(cue.end), "," | "that");
            if !habit && word_in!(doc.norm_at(k), "will" | "would" | "never" | "not") {
                // "the agency would respond …", "he never said …": a speech act to come or
                // denied; the quotation is the words of whoever reports it.
                return None;
            }
        }
        if k > sent_start && doc.norm_one_of(k - 1, PASSIVE.0) {
            // "Cruz is praising it as": before an -ing form, "be" makes a progressive.
            if !first.ends_with("ing") || doc.norm_is(k - 1, "being") {
                return None;
            }
            k -= 1;
            while k > sent_start && auxiliary(doc, k - 1) {
                k -= 1;
            }
        }
        // "an official criticized for …", "a man accused of …": a reduced passive; the one
        // named was criticized or accused.
        if (first.ends_with("ed") && doc.norm_is(cue.end, "for"))
            || (first == "accused" && doc.norm_is(cue.end, "of"))
        {
            return None;
        }
        // "his habit of reminding speakers that …": the habit's owner speaks.
        if k > sent_start + 2
            && first.ends_with("ing")
            && doc.norm_is(k - 1, "of")
            && word_in!(doc.norm_at(k - 3), "his" | "her" | "their")
        {
            return Some(k - 3..k - 2);
        }
        if k > sent_start && doc.norm_is(k - 1, "as") && first.ends_with("ing") {
            // "the paper quoted Smith as saying": the one quoted speaks.
            let a = k - 1;
            // "A spokesman was quoted by the paper in May as saying": the passive's subject.
            let quoted = (sent_start.max(a.saturating_sub(MAX_SPEAKER_TOKENS)) + 1..a)
                .rev()
                .take_while(|&i| !is_mark(doc, i) && !doc.norm_is(i, ","))
                .find(|&i| doc.norm_is(i, "quoted") && doc.norm_one_of(i - 1, PASSIVE.0));
            if let Some(i) = quoted {
                return noun_phrase_left(doc, i - 1, sent_start)
                    .and_then(|r| plausible(doc, r))
                    .filter(|r| names_someone(doc, r));
            }
            if a > sent_start && doc.norm_is(a - 1, ",") {
                // "quoted Ann Lee, a former chair of the board, as saying": the name before
                // the apposition, not the paper that quoted her.
                let comma = (sent_start.max(a.saturating_sub(MAX_SPEAKER_TOKENS))..a - 1)
                    .rev()
                    .take_while(|&i| !is_mark(doc, i) && doc.tokens[i].quote.is_none())
                    .find(|&i| doc.norm_is(i, ","));
                return comma
                    .and_then(|c| noun_phrase_left(doc, c, sent_start))
                    .and_then(|r| plausible(doc, r))
                    .filter(|r| names_someone(doc, r));
            }
            // ("KCNA quoted the minister as saying": the object of "quoted".)
            return noun_phrase_left(doc, a, sent_start)
                .or_else(|| object_left(doc, a, sent_start))
                .and_then(|r| plausible(doc, r));
        }
        let prev = if k > sent_start {
            doc.norm_at(k - 1)
        } else {
            ""
        };
        if prev == "to"
            && k > sent_start + 1
            && word_in!(
                doc.norm_at(k - 2),
                "reluctant" | "unwilling" | "refused" | "refuses" | "declined" | "declines"
            )
        {
            // "officials were reluctant to label it \"X\"": words they would not say.
            return None;
        }
        // "has been weighing labelling it \"X\"": a label under consideration, not said.
        if first.ends_with("ing")
            && few!("weighing" "considering" "debating" "mulling").contains(&prev)
        {
            return None;
        }
        // "…, said Begala, calling it \"…\"": a participle after an inverted attribution speaks
        // for the name after that verb.
        if first.ends_with("ing") && prev == "," {
            let comma = k - 1;
            let mut j = comma;
            while j > sent_start
                && comma - j < 4
                && doc.tokens[j - 1].cap
                && doc.tokens[j - 1].kind == TokenKind::Word
            {
                j -= 1;
            }
            if j < comma && j > sent_start && doc.norm_one_of(j - 1, INVERTED_SPEECH_VERBS.0) {
                return plausible(doc, j..comma);
            }
            // "…,” said the firm’s lawyer, Ann Lee of Lee Roe, adding that": past an apposition,
            // the phrase right after the inverted verb.
            let inverted = (sent_start.max(comma.saturating_sub(MAX_SPEAKER_TOKENS))..comma)
                .rev()
                .take_while(|&i| !is_mark(doc, i) && !word_in!(doc.norm_at(i), "." | ";" | ":"))
                .find(|&i| doc.norm_one_of(i, INVERTED_SPEECH_VERBS.0))
                .filter(|&i| {
                    i > sent_start + 1
                        && (is_mark(doc, i - 1) || (doc.norm_is(i - 1, ",") && is_mark(doc, i - 2)))
                });
            if let Some(r) = inverted.and_then(|i| name_right(doc, i + 1)) {
                return plausible(doc, r);
            }
        }
        // ("with Lee, an aide, calling it": the participle's subject stands before an apposition
        // holding no verb.)
        let end = if prev == "," {
            (sent_start.max(k.saturating_sub(12))..k - 1)
                .rev()
                .take_while(|&i| {
                    let n = doc.norm_at(i);
                    doc.tokens[i].kind == TokenKind::Word
                        && !VERBS.contains(&n)
                        && !n.ends_with("ed")
                        || n == ","
                })
                .find(|&i| doc.norm_is(i, ","))
        } else {
            Some(k)
        };
        if let Some(k) = end.filter(|_| first.ends_with("ing") && !word_in!(prev, "-" | "—" | "–"))
        {
            // "with Lee calling it a \"…\"", "a message from Lee saying \"…\"": the participle's
            // own subject stands right before it, after "with" or after a message "from".
            let lo = sent_start.max(k.saturating_sub(8));
            let opener = (lo + 1..k)
                .rev()
                .take_while(|&i| {
                    doc.tokens[i].kind == TokenKind::Word && doc.tokens[i].quote.is_none()
                })
                .find(|&i| word_in!(doc.norm_at(i), "with" | "from"));
            let subject = opener
                .filter(|&i| {
                    i + 1 < k && (doc.norm_is(i, "with") || doc.norm_one_of(i - 1, MESSAGES.0))
                })
                .and_then(|i| plausible(doc, i + 1..k))
                .filter(|r| names_someone(doc, r));
            if subject.is_some() {
                return subject;
            }
        }
        // "leading Democrats to decry it as a …": an infinitive after a verb's object is
        // that object's speech.
        if prev == "to" {
            let np = noun_phrase_left(doc, k - 1, sent_start).filter(|np| {
                np.start > sent_start && {
                    let v = &doc.tokens[np.start - 1];
                    let n = doc.norm(v);
                    !v.cap && v.is_word() && (n.ends_with("ing") || n.ends_with("ed"))
                }
            });
            // (`prompting the union to call it …`: one moved to speak, named or not.)
            let moved = np.as_ref().is_some_and(|np| {
                word_in!(
                    doc.norm_at(np.start - 1),
                    "prompting" | "prompted" | "leading" | "led"
                )
            });
            if let Some(r) = np.and_then(|r| plausible(doc, r)) {
                return Some(r).filter(|r| moved || names_someone(doc, r));
            }
        }
        // "filed a lawsuit in May against the city alleging that …": a participle of claiming
        // right after a document and its prepositional phrases is the document's claim.
        if CLAIMING.contains(&first) && !word_in!(prev, "," | "-" | "—" | "–") {
            let noun = (sent_start.max(k.saturating_sub(9))..k)
                .rev()
                .take_while(|&i| {
                    let n = doc.norm_at(i);
                    doc.tokens[i].kind != TokenKind::Punct
                        && !VERBS.contains(&n)
                        && !word_in!(n, "that" | "which" | "who")
                        && (doc.tokens[i].cap || !n.ends_with("ed"))
                })
                .find(|&i| !doc.tokens[i].cap && doc.norm_one_of(i, PLEADINGS.0));
            if let Some(noun) = noun {
                let mut start = noun;
                while start > sent_start
                    && noun - start < 5
                    && (doc.tokens[start - 1].kind != TokenKind::Punct
                        || doc.norm_is(start - 1, "$"))
                    && !doc.tokens[start - 1].cap
                    && !doc.norm_one_of(start - 1, VERBS.0)
                    && !doc.norm_at(start - 1).ends_with("ed")
                {
                    start -= 1;
                    if doc.norm_one_of(start, DETERMINERS.0) {
                        break;
                    }
                }
                if let Some(r) = plausible(doc, start..noun + 1) {
                    return Some(r);
                }
            }
        }
        if first.ends_with("ing") || prev == "to" {
            // A participle ("…, saying", "wrote on Friday saying") or an infinitive ("went on
            // to call") speaks for its clause's subject: that of the speech verb before it, else
            // the clause's first noun phrase.
            let earlier = (depth == 0)
                .then(|| self.before(k, sent_start, MAX_REACH, 1))
                .flatten();
            // "a tweet that Lee sent attacking them": with no comma, a participle after a
            // relative or subordinate clause describes that clause's noun, not the subject's act.
            let inner = !word_in!(prev, "," | "to")
                && (sent_start.max(k.saturating_sub(MAX_REACH))..k)
                    .rev()
                    .take_while(|&i| !doc.norm_is(i, ","))
                    .any(|i| {
                        // ("followed that by saying": a pronoun object, not a relative.)
                        let p = doc.norm_at(i.saturating_sub(1));
                        doc.norm_is(i, "because")
                            || word_in!(doc.norm_at(i), "that" | "which")
                                && !p.ends_with("ed")
                                && !VERBS.contains(&p)
                    });
            if inner {
                return earlier;
            }
            // "Lee had been loyal and the mayor continued to praise him, saying …": the
            // participle's clause is the last one joined before it, whose subject speaks.
            return earlier
                .or_else(|| {
                    self.joined_clause_start(sent_start, k)
                        .and_then(|j| self.clause_subject(j, k))
                })
                .or_else(|| self.clause_subject(sent_start, k));
        }
        if few!("," "-" "—" "–").contains(&prev) {
            // `Ann Lee, has said …`: a stray comma between a name opening the sentence and
            // its auxiliary sets off no apposition; the name is the subject.
            let stray = || {
                (prev == "," && k < cue.start)
                    .then(|| noun_phrase_left(doc, k - 1, sent_start))
                    .flatten()
                    .filter(|r| {
                        r.start == sent_start
                            && r.clone()
                                .all(|i| doc.tokens[i].cap && doc.tokens[i].is_word())
                            && !introductory(doc, r.start)
                    })
                    .and_then(|r| plausible(doc, r))
            };
            return self.across_apposition(k - 1, sent_start).or_else(stray);
        }
        if word_in!(prev, "and" | "but") {
            // "Smith questioned the ruling, but also said …": a verb joined to the clause's
            // first verb shares its subject.
            let mut coord = k - 1;
            if coord > sent_start && doc.norm_is(coord - 1, ",") {
                coord -= 1;
            }
            // "Ann Lee, 68, who lives in Akron and calls him \"…\"": a verb joined inside a
            // relative clause shares the relative's antecedent.
            let who = (sent_start.max(coord.saturating_sub(12))..coord)
                .rev()
                .take_while(|&i| !is_mark(doc, i) && !doc.norm_is(i, ";"))
                .find(|&i| doc.norm_is(i, "who"));
            if let Some(w) = who.filter(|&w| w > sent_start + 1 && doc.norm_is(w - 1, ",")) {
                if let Some(r) = self.across_apposition(w - 1, sent_start) {
                    return Some(r);
                }
            }
            // "The new memo removes suggestions …, and adds": a present-tense verb between
            // lowercase words leaves no single subject.
            let present_verb = |i: usize| {
                let n = doc.norm_at(i);
                let lower = |j: usize| {
                    doc.tokens[j].kind == TokenKind::Word
                        && !doc.tokens[j].cap
                        && !doc.norm_one_of(j, FUNCTION.0)
                };
                n.ends_with('s')
                    && !n.ends_with("ss")
                    && !n.ends_with("us")
                    && lower(i)
                    && lower(i - 1)
                    && lower(i + 1)
            };
            // ("Lee told police Roe smelled of drink, had fallen and told him …": a verb
            // closing a list of predicates in a told clause shares that clause's name.)
            // (Read back at most MAX_REACH tokens: this runs per quotation.)
            let told = (sent_start.max(coord.saturating_sub(MAX_REACH)) + 1..coord)
                .rfind(|&i| doc.norm_one_of(i, TELLING.0));
            if let Some(r) = told.and_then(|t| {
                let s = (t + 1..coord.min(t + 4)).find(|&i| doc.tokens[i].cap)?;
                let e = (s..coord).find(|&i| !doc.tokens[i].cap)?;
                (past_verb(doc, e)
                    && (e..coord).any(|c| {
                        doc.norm_is(c, ",")
                            && (past_verb(doc, c + 1)
                                || word_in!(doc.norm_at(c + 1), "had" | "was"))
                    }))
                .then(|| plausible(doc, s..e))?
            }) {
                return Some(r);
            }
            let r = self
                .clause_subject(sent_start, coord)
                .filter(|r| !(r.start + 1..r.end - 1).any(present_verb))?;
            // "Growers and two retail chains (have) urged … and warned": a subject joined by
            // "and" runs to the verb both share (the walk stops at "and").
            let verb = |i: usize| {
                let n = doc.norm_at(i);
                !doc.tokens[i].cap
                    && (n.ends_with("ed")
                        || VERBS.contains(&n)
                        || word_in!(n, "have" | "has" | "had" | "will"))
            };
            let joint = doc
                .norm_is(r.end, "and")
                .then(|| {
                    (r.end + 1..coord.min(r.end + 9)).find(|&i| {
                        doc.tokens[i].kind != TokenKind::Word
                            || doc.norm_one_of(i, NP_STOP.0)
                            || verb(i)
                    })
                })
                .flatten()
                .filter(|&e| e > r.end + 1 && verb(e));
            return Some(joint.map_or(r.clone(), |e| r.start..e));
        }
        // "Lee, who during the campaign called for …": an adverbial phrase (a preposition or a
        // time adverb and a few words, no comma) between the relative pronoun and its verb
        // leaves the verb inside the relative clause.
        // ("the report, which notes that …": a thing's relative set off by a comma, too.)
        let who = if prev == "who" || (prev == "which" && doc.norm_is(k.saturating_sub(2), ",")) {
            Some(k - 1)
        } else {
            (sent_start.max(k.saturating_sub(9)) + 1..k.saturating_sub(1))
                .rev()
                .take_while(|&i| {
                    let t = &doc.tokens[i];
                    t.kind != TokenKind::Punct || (doc.norm_is(i, ".") && !t.space_before)
                })
                .find(|&i| doc.norm_is(i, "who"))
                .filter(|&w| {
                    let a = doc.norm_at(w + 1);
                    // ("Roe, who once called …": an adverb of time or manner, too.)
                    (PREPOSITIONS.contains(&a)
                        || word_in!(a, "after" | "before" | "last" | "once" | "also")
                        || ly_adverb(a))
                        && !(w + 2..k).any(|i| doc.norm_one_of(i, VERBS.0))
                })
        };
        if let Some(w) = who.filter(|&w| w > sent_start) {
            // "Smith, who said …" / "an official who spoke …": the relative's antecedent.
            // (A dash sets the relative off as a comma does: "Roe - who …".)
            let mut w = w;
            let set_off = word_in!(doc.norm_at(w - 1), "," | "-" | "—" | "–");
            w -= usize::from(set_off);
            // ("Republicans, including Lee, who say": the aside is not the whole antecedent;
            // "including an owner who said" restricts its own noun.)
            // ("The report cited a nurse who said": a verb's object; but in "Lee told a man who
            // asked … that \"…\"" the words are the teller's.)
            // ("by Ann Roe (SF) of the Quay ward, who said": the name before a party tag.)
            let tagged = (w.saturating_sub(6).max(sent_start)..w)
                .rev()
                .take_while(|&i| doc.tokens[i].is_word() || doc.norm_is(i, ")"))
                .find(|&i| doc.norm_is(i, ")"))
                .filter(|&c| set_off && (c + 1 == w || doc.norm_is(c + 1, "of")))
                .and_then(|c| parenthesis_subject(doc, c, sent_start));
            return tagged
                .or_else(|| noun_phrase_left(doc, w, sent_start))
                .or_else(|| {
                    object_left(doc, w, sent_start)
                        .filter(|r| !doc.norm_one_of(r.start - 1, TELLING.0))
                })
                .filter(|r| {
                    r.start == sent_start
                        || !set_off
                        || !word_in!(doc.norm_at(r.start - 1), "including" | "like")
                })
                // "the posts by the former governor, who …": a relative clause after an
                // agent's "by" describes the agent, the nearest noun; so after "between",
                // "with", "from", "against", "amid" or "about" a name ("a feud between Lee, who
                // …", "wrote on Twitter about Acme staff who said").
                .map(|r| {
                    match (r.start + 1..r.end - 1).rev().find(|&i| {
                        doc.norm_is(i, "by")
                            || (word_in!(
                                doc.norm_at(i),
                                "between" | "with" | "from" | "against" | "amid" | "about"
                            ) && doc.tokens[i + 1].cap)
                    }) {
                        Some(b) => b + 1..r.end,
                        None => r,
                    }
                })
                // "plans to throw Smith, who …": a lowercase word right after "to" is the
                // infinitive's verb, not part of the antecedent.
                .map(|r| {
                    if r.end - r.start > 1
                        && r.start > sent_start
                        && doc.norm_is(r.start - 1, "to")
                        && !doc.tokens[r.start].cap
                    {
                        r.start + 1..r.end
                    } else {
                        r
                    }
                })
                .and_then(|r| plausible(doc, r))
                .filter(|r| names_someone(doc, r));
        }
        // "A nurse who lives near the plant said": a relative clause with a verb of its own and
        // no comma after the phrase opening the clause; that phrase speaks (read back 12 words;
        // not "the man who Lee said", "Voters who think he called", "who … read what Lee called").
        let relative = (sent_start.max(k.saturating_sub(12)) + 1..k.saturating_sub(1))
            .rev()
            .take_while(|&i| {
                doc.tokens[i].kind != TokenKind::Punct
                    && !word_in!(
                        doc.norm_at(i),
                        "that" | "what" | "which" | "when" | "where" | "whether" | "if"
                    )
            })
            .find(|&i| doc.norm_is(i, "who"))
            .filter(|&w| {
                let n = doc.norm_at(w + 1);
                // A name right before the verb is its subject unless a preposition's object
                // ("who came from Leeds said"; not "who think Lee called").
                let mut c = k;
                while c > w + 1 && doc.tokens[c - 1].cap {
                    c -= 1;
                }
                // (Not a cue inside a name: "who runs the Lakeside Forecast".)
                !doc.tokens[w + 1].cap
                    && !doc.tokens[cue.start].cap
                    && !PRONOUNS.contains(&n)
                    && !SUBJECT_PRONOUNS.contains(&prev)
                    && (c == k
                        || doc.norm_one_of(c - 1, OBJECT_MARKERS.0)
                        || doc.norm_one_of(c - 1, DETERMINERS.0)
                        // ("drivers who contacted KTV described": the object of a past verb
                        // that takes no clause.)
                        || !doc.tokens[c - 1].cap
                            && doc.norm_at(c - 1).ends_with("ed")
                            && !crate::reported::reporting_word(doc.norm_at(c - 1)))
            })
            .and_then(|w| {
                let s = verbless_start(doc, sent_start.max(w.saturating_sub(12)), w)?;
                // (", but an aide who declined to be named said": the conjunction opens the
                // clause; the phrase after it speaks.)
                let but = s + 1 < w && word_in!(doc.norm_at(s), "but" | "and");
                Some(s + usize::from(but)..w)
            })
            .filter(|r| {
                let before = |i: usize| r.start > i && doc.norm_is(r.start - i, ",");
                r.start == sent_start
                    || before(1)
                    || (word_in!(doc.norm_at(r.start - 1), "but" | "and")
                        && (r.start - 1 == sent_start || before(2)))
            });
        if let Some(r) = relative {
            return plausible(doc, r).filter(|r| names_someone(doc, r));
        }
        if prev == ")" {
            return parenthesis_subject(doc, k - 1, sent_start);
        }
        // "A retired man walking his dog on the pier said": a participle and its object after
        // an indefinite phrase opening the sentence (no comma) describe it; that phrase speaks,
        // the participle's clause with it (as in `participle_head`).
        let reduced = (sent_start + 2..k.saturating_sub(1))
            .rev()
            .take_while(|&i| i + 12 > k && doc.tokens[i].kind != TokenKind::Punct)
            .find(|&i| {
                let n = doc.norm_at(i);
                !doc.tokens[i].cap && n.len() > 4 && n.ends_with("ing")
            })
            .filter(|&p| {
                word_in!(doc.norm_at(sent_start), "a" | "an")
                    && !doc.norm_one_of(p, PREPOSITION_PARTICIPLES.0)
                    // ("A retired man": a participle may modify the noun before.)
                    && (sent_start + 1..p).all(|i| {
                        doc.tokens[i].is_word()
                            && !doc.norm_one_of(i, VERBS.0)
                            && !word_in!(doc.norm_at(i), "who" | "which" | "that")
                    })
            });
        if reduced.is_some() {
            return plausible(doc, sent_start..k);
        }
        if let Some(r) = event_subject(doc, k, sent_start) {
            return Some(r);
        }
        // ("The aide at the agency said": the callers below judge a preposition's object.)
        let Some(mut np) = phrase_left(doc, k, sent_start, true) else {
            // "Lee, also a former governor of Ohio said": an apposition that lost its comma.
            let also = (sent_start.max(k.saturating_sub(9)) + 1..k)
                .rev()
                .take_while(|&i| doc.tokens[i].kind == TokenKind::Word)
                .find(|&i| doc.norm_is(i, "also") && doc.norm_is(i - 1, ","))?;
            return unclosed_apposition(doc, also - 1, sent_start);
        };
        if let Some(d) = document_before_participle(doc, &np, sent_start) {
            return Some(d);
        }
        // "… in September Lane tweeted": a preposition's object that is a named month or day,
        // then the name of the subject.
        if np.start > sent_start && doc.norm_one_of(np.start - 1, OBJECT_MARKERS.0) {
            let mut s = np.start;
            while s < np.end && doc.tokens[s].cap && doc.norm_one_of(s, TIME_WORDS.0) {
                s += 1;
            }
            // ("on Saturday lawyer Tom Dowd told", no comma: a lowercase title before the name.)
            if s > np.start && s < np.end && doc.tokens[np.end - 1].cap {
                return plausible(doc, s..np.end);
            }
        }
        // "Smith on Friday said": the phrase before the verb is a preposition's object; the
        // subject stands before the preposition, when a name ends there.
        for _ in 0..2 {
            let Some(p) = np.start.checked_sub(1).filter(|&p| p > sent_start) else {
                break;
            };
            let time = np.clone().all(|i| {
                doc.tokens[i].kind == TokenKind::Number || doc.norm_one_of(i, TIME_WORDS.0)
            });
            if !doc.norm_one_of(p, PREPOSITIONS.0) {
                break;
            }
            if !time {
                // "focuses on Arctic wildlife asked": an object, not the subject.
                return determined_head(doc, &np, sent_start);
            }
            // "The Trust, a watchdog in Dunmore, on Friday called": the subject stands before
            // the apposition the time follows.
            if doc.norm_is(p - 1, ",") {
                return self.across_apposition(p - 1, sent_start);
            }
            // "A senior official on Thursday called": a lowercase subject is a person when a
            // determiner opens it; other lowercase words before the time are an object.
            // ("One ad launched on Monday warns": a participle between the subject and its
            // time describes the subject.)
            let n = doc.norm_at(p - 1);
            let participle = p > sent_start + 2 && n.len() > 3 && n.ends_with("ed");
            np = noun_phrase_left(
                doc,
                p - usize::from(participle && !doc.tokens[p - 1].cap),
                sent_start,
            )?;
            // "An order signed by Judge Lee on Friday said"
            if let Some(d) = document_before_participle(doc, &np, sent_start) {
                return Some(d);
            }
            let determined = word_in!(doc.norm_at(np.start), "a" | "an" | "the" | "one");
            if !doc.tokens[p - 1].cap && !determined {
                return None;
            }
        }
        // "listening to one veteran speak": the object of a preposition is not the subject.
        // ("Prices fell after Lee said": "after" and "before" also open a clause, and a name or
        // pronoun right before its verb is that clause's subject; "after the vote said" is not.)
        if preposition_object(doc, &np, sent_start) {
            return determined_head(doc, &np, sent_start);
        }
        // "since Abe vowed …", "prices rose since Abe vowed": the subordinator opens the clause;
        // its subject follows it.
        // The rightmost one opens the clause nearest the verb; the last word is never cut (it is
        // the subject). Not after a determiner phrase, where "since"/"until"/"once" is a
        // preposition or adverb inside the subject ("Every mayor since Reagan", "The director
        // until March", "The once powerful union").
        let determined = doc.norm_one_of(np.start, DETERMINED_OPENERS.0);
        if let Some(s) = (np.start..np.end - 1).rfind(|&i| doc.norm_one_of(i, SUBORDINATORS.0)) {
            let next = &doc.tokens[s + 1];
            let object = next.kind == TokenKind::Number
                || doc.norm_in(next, TIME_WORDS.0)
                || (doc.norm_is(s, "once") && !next.cap);
            if s == np.start || (!determined && !object) {
                np.start = s + 1;
            }
        }
        // "Lee said Roe had spoken to Tan \"and …\"": talking names who talked, not what was
        // said; the quoted words are the reporter's.
        if word_in!(first, "spoken" | "spoke" | "talked")
            && np.start > sent_start
            && word_in!(doc.norm_at(np.start - 1), "said" | "says")
            && !doc.norm_one_of(np.start, PRONOUNS.0)
        {
            return self.before(np.start, sent_start, MAX_REACH, depth + 1);
        }
        // "The Ohio senator and former party chairman said": a singular description with no
        // determiner of its own after "and" shares the one before it: one person, both named.
        let bare = |k: usize| {
            let n = doc.norm_at(k);
            !doc.tokens[k].cap && doc.tokens[k].is_word() && !FUNCTION.contains(&n)
        };
        // "The Acme union and the company said", "Acme and its owner said": two subjects, each
        // a name or a determiner with a noun (capitalised words between), one of them named,
        // said it together.
        let single = bare(np.start) && bare(np.end - 1) && !doc.norm_at(np.end - 1).ends_with('s');
        let second = doc.tokens[np.start].cap || doc.norm_one_of(np.start, DETERMINERS.0);
        if np.start > sent_start + 1 && doc.norm_is(np.start - 1, "and") && (single || second) {
            let shared = noun_phrase_left(doc, np.start - 1, sent_start).filter(|l| {
                let first = doc.norm_one_of(l.start, DETERMINERS.0);
                let named = (l.start + usize::from(first)..l.end - 1).all(|i| doc.tokens[i].cap);
                // (Two common nouns, "The senator and his aide", may be two sides: only a
                // name in one of the phrases makes them one joint speaker.)
                let cap = |r: Range<usize>| r.into_iter().any(|i| doc.tokens[i].cap);
                let name = cap(l.start + usize::from(first)..l.end) || cap(np.clone());
                (if single {
                    first
                } else {
                    named && name && (first || doc.tokens[l.end - 1].cap)
                }) && (l.start == sent_start
                        || doc.norm_is(l.start - 1, ",")
                        // (`… Show," the former mayor and …`: the comma inside a title's marks.)
                        || (l.start > sent_start + 1
                            && is_mark(doc, l.start - 1)
                            && doc.norm_is(l.start - 2, ",")))
            });
            if let Some(l) = shared {
                np.start = l.start;
            }
        }
        plausible(doc, np)
    }

    /// `Smith, who chairs the panel, said`: `comma` ends the apposition; the subject ends at the
    /// comma that opens it. Appositions chain ("Ann Lee, president, Acme Corp, which …, said"),
    /// so the leftmost phrase that names someone and is no preposition's object wins.
    fn across_apposition(&self, comma: usize, sent_start: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        // Commas or dashes ("the committee - one of several panels - said") set it off.
        let delim = doc.norm_at(comma);
        let lo = sent_start.max(comma.saturating_sub(MAX_REACH));
        // The two leftmost candidates so far: an introductory phrase ("In Tashkent, the capital
        // of Uzbekistan, his sister said") takes its own apposition with it.
        let (mut best, mut second) = (None, None);
        let mut k = comma;
        let mut hops = 0;
        while k > lo && hops < 4 {
            k -= 1;
            let t = &doc.tokens[k];
            // ("Ann Roe, who was seen as a likely "no" vote, said": a short closed quotation
            // inside the apposition is walked over, marks and all.)
            let short = k
                .checked_sub(1)
                .and_then(|p| doc.tokens[p].quote)
                .and_then(|qi| {
                    let q = &doc.quotes[qi as usize];
                    (is_mark(doc, k)
                        && q.closed
                        && q.after == k + 1
                        && q.tokens.len() <= MAX_TERM_QUOTE_WORDS
                        && q.tokens.start > lo + 1)
                        .then(|| q.tokens.start - 1)
                });
            if let Some(open) = short {
                k = open;
                continue;
            }
            // ("Ann Roe, who sank her fellow Republicans’ bill, said": an owner's apostrophe.)
            // ("The officer, Dr 'Ana Mafi, said": an apostrophe opening a name's word.)
            let name_mark = k > 0
                && doc.norm_eq(t, "'")
                && doc.tokens[k - 1].cap
                && doc
                    .tokens
                    .get(k + 1)
                    .is_some_and(|n| n.cap && !n.space_before);
            if t.quote.is_some()
                || (is_mark(doc, k) && !possessive_apostrophe(doc, k) && !name_mark)
            {
                break;
            }
            if t.kind == TokenKind::Punct && doc.norm(t) == delim {
                hops += 1;
                // "A clerk who works in billing, who asked …, said": before a relative set off
                // by commas, one joined to the noun opening the sentence ends the subject (read
                // back to the last delimiter, within MAX_REACH).
                let head = (doc.norm_is(k + 1, "who"))
                    .then(|| {
                        (lo + 1..k)
                            .rev()
                            .take_while(|&i| doc.norm_at(i) != delim)
                            .find(|&i| doc.norm_is(i, "who") && doc.tokens[i - 1].is_word())
                    })
                    .flatten()
                    .and_then(|w| Some(verbless_start(doc, lo, w).filter(|&s| s == sent_start)?..w))
                    .and_then(|r| plausible(doc, r))
                    .filter(|r| names_someone(doc, r));
                if head.is_some() {
                    return head;
                }
                // "Ann Lee (D-Ohio), head of the panel, said": a party tag before the apposition.
                let tagged = (k > sent_start && doc.norm_is(k - 1, ")"))
                    .then(|| parenthesis_subject(doc, k - 1, sent_start))
                    .flatten();
                // "Officials at the county board, a division of …, said": a plural or
                // determined head before the preposition opens the sentence with its object.
                let object = || {
                    phrase_left(doc, k, sent_start, true)
                        .filter(|r| preposition_object(doc, r, sent_start))
                        .and_then(|r| determined_head(doc, &r, sent_start))
                };
                let Some(np) = tagged
                    .or_else(|| noun_phrase_left(doc, k, sent_start))
                    .or_else(object)
                else {
                    continue;
                };
                let np = participle_head(doc, np, sent_start);
                // ("progress on grain and South Sudan, Ann Lee, an aide, said": a name closing a
                // list after a lowercase word ends the clause's object; the chain stops there.)
                if best.is_some()
                    && np.start > sent_start + 1
                    && word_in!(doc.norm_at(np.start - 1), "and" | "or")
                    && !doc.tokens[np.start - 2].cap
                    && doc.tokens[np.start - 2].is_word()
                {
                    break;
                }
                // "However, Ann Lee, an aide, said": a connective or adverb opening the sentence,
                // set off by its comma, introduces the clause; it is no subject of its own.
                // ("Just last week, Ann Lee, …, wrote": so is a time phrase.)
                if np.start == sent_start
                    && (introductory(doc, np.start) || doc.norm_one_of(np.end - 1, TIME_NOUNS.0))
                {
                    continue;
                }
                // "A senator who had endorsed Lee, Ann Roe, said": a verb's object ends the
                // relative clause before a name set off as the subject.
                // ("Introducing the author, the minister, Ann Roe, said": so does an opening
                // participle's.)
                let object = np.start > sent_start && {
                    let v = &doc.tokens[np.start - 1];
                    let n = doc.norm(v);
                    v.is_word()
                        && (!v.cap && (n.ends_with("ed") || VERBS.contains(&n))
                            || np.start - 1 == sent_start && n.ends_with("ing"))
                };
                if object {
                    if let Some(name) = name_before(doc, comma, delim, sent_start) {
                        return Some(name);
                    }
                }
                // ("after Lee, during the campaign, accused": a clause's subject, past an aside.)
                if preposition_object(doc, &np, sent_start) {
                    // A description right after it ("the capital of …") is the phrase's own.
                    let described = best.as_ref().is_some_and(|b: &Range<usize>| {
                        word_in!(doc.norm_at(b.start), "the" | "a" | "an")
                    });
                    let found = if described {
                        second.clone()
                    } else {
                        best.clone()
                    };
                    // "A lawmaker loyal to Keiko, Hector Becerril, said": the apposition is a
                    // name, and the one left of it ends on a preposition's object.
                    // ("a delegate from Houston, Texas, said": one word after a place is its
                    // state, not a name.)
                    // ("Officials at Acme, a unit of …, said": the head takes its object in.)
                    let found = found
                        .or_else(|| {
                            name_before(doc, comma, delim, sent_start).filter(|r| r.len() > 1)
                        })
                        .or_else(|| determined_head(doc, &np, sent_start));
                    // "Ann Lee, head of surgery at City Hospital, who …, said", "One nurse at
                    // the clinic in Dunmore, who …, said": prepositional phrases with no verb
                    // back to a delimiter go on an apposition's head (the subject is further
                    // left) or on the determined phrase opening the sentence.
                    let opening = verbless_start(doc, lo, np.start);
                    if let (None, Some(s)) = (&found, opening) {
                        if s > lo && doc.norm_at(s - 1) == delim {
                            continue;
                        }
                        // ("But a nurse at …, who …, said": past a conjunction opening it.)
                        let but =
                            s == sent_start && word_in!(doc.norm_at(s), "but" | "and" | "yet");
                        let s = s + usize::from(but);
                        if (s == sent_start || but)
                            && word_in!(doc.norm_at(s), "a" | "an" | "the" | "one")
                        {
                            return plausible(doc, s..np.end);
                        }
                    }
                    // "Ann Lee, a lawyer with gay, lesbian and transgender groups, said": a
                    // list's comma inside the apposition; its subject stands further left.
                    if found.is_some() || !list_inside(doc, k) {
                        return found;
                    }
                }
                let found = plausible(doc, np).filter(|r| names_someone(doc, r));
                if found.is_some() {
                    second = best.take();
                    best = found;
                }
            }
        }
        best
    }

    /// The subject opening the clause that ends before `limit`: after a dateline
    /// ("WASHINGTON (Reuters) -") and an introductory phrase ("On Monday,").
    fn clause_subject(&self, sent_start: usize, limit: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let mut k = after_dateline(doc, sent_start, limit).unwrap_or(sent_start);
        // ("But Lee appears to …": a conjunction opening the sentence is no part of it.)
        if k + 1 < limit && word_in!(doc.norm_at(k), "but" | "and") {
            k += 1;
        }
        let time_phrase = time_phrase(doc, k);
        // ("Writing in the Herald, critic Ann Lee …": nor is a participle's phrase.)
        let participle = doc.norm_at(k).ends_with("ing")
            && doc.norm_at(k).len() > 5
            && doc.tokens.get(k + 1).is_some_and(|t| t.is_word() && !t.cap);
        // ("Outside the store, shoppers waved …": a fronted place phrase is no subject either.)
        if doc.norm_one_of(k, INTRODUCERS.0)
            || participle
            || word_in!(
                doc.norm_at(k),
                "outside"
                    | "inside"
                    | "near"
                    | "across"
                    | "around"
                    | "beyond"
                    | "behind"
                    | "along"
                    | "beside"
                    | "within"
                    | "through"
                    | "ahead"
            )
            || time_phrase
        {
            let comma = (k..limit.min(k + 25)).find(|&i| doc.norm_is(i, ","))?;
            k = comma + 1;
            // "In Dover, Delaware, Ann Lee …": a state after its city's comma ends the phrase.
            let state = (k..limit.min(k + 5))
                .find(|&i| doc.norm_is(i, ","))
                .filter(|&c| {
                    c > k
                        && (k..c).all(|i| {
                            let t = &doc.tokens[i];
                            (t.is_word() && t.cap) || (doc.norm_eq(t, ".") && !t.space_before)
                        })
                        && (STATES.contains(
                            &doc.norm_at(c - 1 - usize::from(doc.norm_is(c - 1, "."))),
                        )
                            // ("N.H.", "D.C.": a postal abbreviation ends on its full stop.)
                            || {
                                let (a, b) = (&doc.tokens[k], &doc.tokens[c - 1]);
                                let span = &doc.text[a.start as usize..b.end as usize];
                                span.matches('.').count() > 1 && !span.has_char(' ')
                            })
                });
            if let Some(c) = state {
                k = c + 1;
                // "In Dover, Del., on Tuesday, Lee said": a time or place phrase may follow.
                if doc.norm_one_of(k, INTRODUCERS.0) {
                    if let Some(c) = (k..limit.min(k + 8)).find(|&i| doc.norm_is(i, ",")) {
                        k = c + 1;
                    }
                }
            }
        } else {
            // "Once, Lee laughed and said", "Soon after, the office wrote": a connective or
            // adverb set off by its comma opens the sentence; the subject follows the comma.
            // ("Shortly after the call ended, the office wrote", "Once in my twenties, I
            // said": followed by a preposition or a subordinator, a whole phrase goes with it;
            // "Once in my twenties, when my aunt …, I said": so may a second such phrase.)
            for _ in 0..2 {
                if !introductory(doc, k) {
                    break;
                }
                let next = doc.norm_at(k + 1);
                let reach = if [doc.norm_at(k), next]
                    .iter()
                    .any(|w| INTRODUCERS.contains(w))
                    || OBJECT_MARKERS.contains(&next)
                {
                    25
                } else {
                    3
                };
                match (k + 1..limit.min(k + reach)).find(|&i| doc.norm_is(i, ",")) {
                    Some(c) => k = c + 1,
                    None => break,
                }
            }
        }
        if k >= limit {
            return None;
        }
        let mut end = k;
        while end < limit && end - k < MAX_SPEAKER_TOKENS {
            let t = &doc.tokens[end];
            let n = doc.norm(t);
            // ("Lee appears to admire …": a verb in -s right after a name, before "to", ends
            // the subject; not a noun after "of": "a list of rules to …".)
            let after_name = end > k
                && doc.tokens[end - 1].cap
                && !crate::segment::ends_possessive(doc.slice(&doc.tokens[end - 1]));
            let verb_like = !t.cap
                && t.space_before
                && (n.ends_with("ed")
                    || VERBS.contains(&n)
                    || after_name && present_verb(doc, end) && doc.norm_is(end + 1, "to"));
            let relative = word_in!(n, "whose" | "where" | "whom");
            // "Her aide did not deny it, saying": the subject ends at its auxiliary, as it
            // does at "would" (a stop word).
            let auxiliary = !t.cap && MODALS.contains(&n) || n.ends_with("n't");
            // ("The agency strongly backs the plan, calling it", "Lee often faults …": an
            // adverb before a verb.)
            let adverb = !t.cap
                && (ly_adverb(n) || word_in!(n, "often" | "also" | "still" | "always"))
                && end + 1 < limit
                && present_verb(doc, end + 1);
            // "U.S.-based", "S&P Global"
            let joins = (word_in!(n, "." | "-") && !t.space_before) || joins_name(doc, end);
            if (t.kind == TokenKind::Punct && !joins)
                || t.quote.is_some()
                || NP_STOP.contains(&n)
                || verb_like
                || relative
                || auxiliary
                || adverb
            {
                break;
            }
            end += 1;
        }
        // Ended by an auxiliary, the words before it must be one noun phrase: in "watchdogs
        // agree the government could", a verb stands inside.
        let at_auxiliary = end < limit && !doc.tokens[end].cap && doc.norm_one_of(end, MODALS.0);
        if at_auxiliary && noun_phrase_left(doc, end, k) != Some(k..end) {
            return None;
        }
        (end > k)
            .then_some(k..end)
            .and_then(|r| plausible(self.doc, r))
            .filter(|r| names_someone(doc, r))
    }

    /// The first token of the last clause joined by "and" or "but" before token `limit` with a
    /// subject of its own (a determiner or a pronoun opening it: "… and the mayor continued"),
    /// not a name in a list ("Lee and Roe").
    fn joined_clause_start(&self, sent_start: usize, limit: usize) -> Option<usize> {
        let doc = self.doc;
        let lo = sent_start.max(limit.saturating_sub(MAX_REACH));
        (lo + 1..limit)
            .rev()
            .find(|&k| {
                word_in!(doc.norm_at(k), "and" | "but")
                    && word_in!(
                        doc.norm_at(k + 1),
                        "the" | "he" | "she" | "they" | "we" | "i"
                    )
                    && !doc.tokens[k + 1].cap
                    && !is_mark(doc, k + 1)
            })
            .map(|k| k + 1)
    }

    /// `Noting that voters had "trusted me," Lee apologized`: a participle of saying opening the
    /// sentence, its quotation not inside a relative clause ("Replying to the charge, which was
    /// "false," …"), has the main clause's subject, named right after the quotation's comma.
    fn opening_participle(&self, q: &Quote, sent_start: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let saying = few!("noting" "arguing" "insisting" "saying" "warning" "claiming" "calling" "describing");
        if !saying.contains(&doc.norm_at(sent_start))
            || (sent_start..q.tokens.start).any(|k| word_in!(doc.norm_at(k), "which" | "who"))
        {
            return None;
        }
        let j = self.after_comma(q)?;
        let t = doc.tokens.get(j)?;
        let n = doc.norm(t);
        let pronoun = PRONOUNS.contains(&n);
        // The subject is a pronoun or its capitalised words, up to the verb.
        let mut end = j + 1;
        while !pronoun && doc.tokens.get(end).is_some_and(|n| n.cap) {
            end += 1;
        }
        ((t.cap || SUBJECT_PRONOUNS.contains(&n)) && self.same_sentence(j, q.tokens.end - 1))
            .then(|| plausible(doc, j..end))
            .flatten()
    }

    /// The token after the comma that closes quotation `q` (inside its marks or right after).
    fn after_comma(&self, q: &Quote) -> Option<usize> {
        let j = q.after + usize::from(self.doc.norm_is(q.after, ","));
        (self.doc.norm_is(q.tokens.end - 1, ",") || j > q.after).then_some(j)
    }

    /// `… was a "total shock" to the family, she said.`: an attribution closing the sentence,
    /// set off by a comma after the quotation.
    fn sentence_tail(&self, q: &Quote) -> Option<Range<usize>> {
        let doc = self.doc;
        let sent = doc.tokens[q.tokens.end - 1].sentence as usize;
        let hi = doc.sentences[sent].tokens.end.min(q.after + MAX_REACH);
        let sp = self.tail_to(q, hi)?;
        // `"…" about the vote, Lee told a briefing, the agency reported.`: the outer report
        // relays the words of the inner clause's subject, set off by a comma before it.
        if sp.start > q.after + 1 && doc.norm_is(sp.start - 1, ",") {
            if let Some(inner) = self.tail_to(q, sp.start - 1) {
                return Some(inner);
            }
        }
        Some(sp)
    }

    fn tail_to(&self, q: &Quote, hi: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let sent = doc.tokens[q.tokens.end - 1].sentence as usize;
        let s = &doc.sentences[sent];
        let from = q.after;
        let mut k = hi;
        while k > from {
            k -= 1;
            let t = &doc.tokens[k];
            if t.quote.is_some() || is_mark(doc, k) {
                return None;
            }
            let Some(cue) = self.closing_verb_start(k) else {
                continue;
            };
            // `…, Lee said in an email.`: a medium after the verb is no verb of its own.
            if doc.norm_is(cue.start, "in") {
                continue;
            }
            // The attribution may follow a later quotation of the same sentence (`… "had no
            // warning" that … "or of the scope," Roth said.`): set off by the comma inside its
            // closing mark, it closes the whole sentence.
            let set_off = |i: usize| {
                i > from
                    && (doc.norm_is(i - 1, ",")
                        || (is_mark(doc, i - 1) && i - 1 > from && doc.norm_is(i - 2, ",")))
            };
            if set_off(k) {
                // ", said Smith." closes the sentence; ", saying it …" and ", said Lee broke
                // the law" are new clauses.
                let cue_word = doc.norm_at(cue.start);
                let participle = cue_word.ends_with("ing") && cue_word != "according";
                // ("… said one of the sources with ties to the firm.": a name's own phrase.)
                let closes = |r: &Range<usize>| {
                    r.end + 6 >= s.tokens.end
                        || word_in!(doc.norm_at(r.end), "," | "(" | "with" | "at" | "who")
                };
                if participle {
                    return None;
                }
                // `…, Dan Lee, told CNBC.`: who was told is the audience, not the speaker.
                if word_in!(cue_word, "told" | "tells" | "tell") {
                    return self
                        .tail_across_apposition(k - 1, from)
                        .or_else(|| name_before(doc, k - 1, ",", from));
                }
                // `…, Ann Lee, an aide, said Monday.`: the subject stands before an apposition
                // when no name follows the verb.
                return name_right(doc, cue.end)
                    .filter(closes)
                    .and_then(|r| plausible(doc, r))
                    .or_else(|| self.tail_across_apposition(k - 1, from));
            }
            // `…, his spokesman has told Reuters.`: a perfect tense's auxiliary stands between
            // the subject and its verb.
            let v = k - usize::from(
                k > from + 1 && word_in!(doc.norm_at(k - 1), "has" | "have" | "had"),
            );
            let sp = noun_phrase_left(doc, v, from).and_then(|r| plausible(doc, r))?;
            // `…" again, analysts at Acme Bank said.`: a subject with its firm after "at".
            let firm = (sp.start > from + 1 && word_in!(doc.norm_at(sp.start - 1), "at" | "with"))
                .then(|| noun_phrase_left(doc, sp.start - 1, from))
                .flatten()
                .filter(|r| set_off(r.start) && !doc.tokens[r.start].cap);
            if let Some(r) = firm {
                return plausible(doc, r.start..sp.end);
            }
            return set_off(sp.start).then_some(sp);
        }
        None
    }

    /// `…, Ann Lee, an aide, said`: the name set off by the comma pair ending at `comma`, found
    /// after `floor` (the closing mark) and opening right after a comma itself.
    fn tail_across_apposition(&self, comma: usize, floor: usize) -> Option<Range<usize>> {
        let doc = self.doc;
        let r = self.across_apposition(comma, floor)?;
        (r.start > floor && doc.norm_is(r.start - 1, ",") && doc.tokens[r.start].cap).then_some(r)
    }

    /// A quoted sentence with no attribution of its own continues the speaker of the quotation
    /// or speech verb in the sentence before it.
    fn continued(
        &self,
        q: &Quote,
        sent: u32,
        last: &Option<(u32, Range<usize>)>,
    ) -> Option<Range<usize>> {
        let prev = sent.checked_sub(1)?;
        if let Some((s, sp)) = last {
            if *s == prev || *s == sent {
                return Some(sp.clone());
            }
        }
        let p = &self.doc.sentences[prev as usize];
        // `Ames asked Roe whether she had met him. "No."`: the one asked answers (a question
        // may be the asker's own, following up).
        // (Only the last MAX_REACH tokens: the question closes the sentence, and each
        // speakerless quotation costs bounded work however long that sentence is.)
        let doc = self.doc;
        let from = p.tokens.end.saturating_sub(MAX_REACH).max(p.tokens.start);
        let asked = (from..p.tokens.end).find(|&k| {
            #[cfg(test)]
            READ.with(|c| c.set(c.get() + 1));
            word_in!(doc.norm_at(k), "asked" | "asks")
        });
        let asked = asked.and_then(|k| {
            let end = (k + 2..k + 7)
                .find(|&i| word_in!(doc.norm_at(i), "whether" | "if" | "why" | "what" | "how"))?;
            ((doc.tokens[k + 1].cap || doc.norm_is(k + 1, "the"))
                && (k + 1..end).all(|i| doc.tokens[i].is_word())
                && !q.tokens.clone().any(|i| doc.norm_is(i, "?")))
            .then_some(k + 1..end)
        });
        if asked.is_some() {
            return asked;
        }
        self.before(p.tokens.end, p.tokens.start, MAX_REACH, 0)
            // `In speeches across the state, Hale has pressed the theme. "…"`: the medium the
            // sentence opens with puts a quotation standing alone after it in its subject's mouth.
            .or_else(|| self.medium_opener(p.tokens.end, p.tokens.start))
            .or_else(|| reaction_from(self.doc, p.tokens.clone()))
            .or_else(|| self.issuer(p.tokens.end.saturating_sub(1), p.tokens.start))
            .or_else(|| self.message_sender(p.tokens.clone()))
    }

    /// `Lee sent a letter to the board on Friday. "…"`, `Lee wrote to the board.`, `Lee posted
    /// on Facebook.`: one who sends a message speaks the quotation standing alone after it
    /// (its wording, quoted next).
    /// Reads the sentence's first MAX_REACH tokens.
    fn message_sender(&self, p: Range<usize>) -> Option<Range<usize>> {
        let doc = self.doc;
        let end = p.end.min(p.start + MAX_REACH);
        let v = (p.start + 1..end.saturating_sub(2)).find(|&k| {
            let n = doc.norm_at(k);
            if doc.tokens[k].cap || !SENDING.contains(&n) {
                return false;
            }
            let next = doc.norm_at(k + 1);
            let message = (k + 2..(k + 4).min(end)).any(|m| doc.norm_one_of(m, MESSAGES.0))
                && (DETERMINERS.contains(&next) || next == "an");
            message
                || word_in!(n, "wrote" | "writes") && next == "to"
                || word_in!(n, "posted" | "posts") && next == "on" && doc.tokens[k + 2].cap
        })?;
        // Not the subject of an opening clause ("After Lee sent a letter, the chairman
        // resigned.").
        let opening_clause = word_in!(
            doc.norm_at(p.start),
            "after" | "when" | "as" | "before" | "while" | "if" | "because" | "once"
        ) || doc.norm_one_of(p.start, SUBORDINATORS.0);
        if opening_clause && !(p.start..v).any(|k| doc.norm_is(k, ",")) {
            return None;
        }
        self.subject_of_verb(v..v + 1, p.start, 1)
    }

    /// A short quoted term used as a modifier (`the "emoluments" clause`, `"pass-through"
    /// businesses`) or a quoted title (`the "America First" policy`) is mentioned, not spoken.
    fn mention(&self, q: &Quote, left: usize) -> Mention {
        let doc = self.doc;
        let words = || {
            q.tokens
                .clone()
                .filter(|&k| doc.tokens[k].kind != TokenKind::Punct)
        };
        let n = words().count();
        if n == 0 || n > MAX_TITLE_WORDS {
            return Mention::None;
        }
        // (A numeral counts as capitalised: "16 Women and the Sea".)
        let title = n > 1
            && words().all(|k| {
                doc.tokens[k].cap
                    || doc.tokens[k].kind == TokenKind::Number
                    || doc.norm_one_of(k, FUNCTION.0)
            })
            && words().any(|k| doc.tokens[k].cap);
        // A slogan a crowd chants or shouts is no title or modifier: `fans chanted "Go Kip!"`,
        // `The crowd, waving flags, chanted "…"` (a plural or a set-off aside before the verb).
        let group = left > 1 && {
            let g = doc.norm_at(left - 2);
            g.ends_with('s') && !g.ends_with("ss") || word_in!(g, "crowd" | "some" | "many" | ",")
        };
        let chanted = left > 0
            && group
            && word_in!(
                doc.norm_at(left - 1),
                "chanted" | "chanting" | "shouted" | "shouting" | "yelled"
            );
        // "derided him as a \"Rocket Man\"": an epithet given to someone, not a title.
        let epithet = left > 0 && word_in!(doc.norm_at(left - 1), "a" | "an" | "as");
        let title = title && !epithet && !chanted;
        // "a film titled \"…\"": the words are the film's name, whatever their case.
        let titled = left > 0 && word_in!(doc.norm_at(left - 1), "titled" | "entitled");
        // (So is a word named as a word: "The word \"…\" trended".)
        let titled = titled || word_as_word(doc, left);
        if n > MAX_TERM_WORDS {
            return if title || titled {
                Mention::Name
            } else {
                Mention::None
            };
        }
        // After "to" or a modal the quoted word is a verb with its object ("to \"bribe\" him").
        let verb_quoted = left > 0 && matches!(doc.norm_at(left - 1), "to");
        // After a form of "be" or a modal the quoted words are a predicate ("he was \"looking
        // at\" new sites", "it was \"fairly predictable\" given …"), not a noun's modifier.
        let predicate = left > 0 && {
            let p = doc.norm_at(left - 1);
            PASSIVE.contains(&p) && p != "so-called" || MODALS.contains(&p)
        };
        let verb_quoted = verb_quoted || predicate;
        // A plural noun rarely modifies the word after it: that word is its verb ("said
        // \"productive negotiations\" continue").
        // ("a \"Dreamers\" bill": after "a" or "an" the plural can only be a modifier.)
        // A noun naming a programme after it is no verb, so it is modified even by a word that
        // looks plural (his "Womenomics" program).
        let programme = doc
            .tokens
            .get(q.after)
            .is_some_and(|t| doc.norm_in(t, PROGRAMME_NOUNS.0));
        let plural = !programme && {
            let last = doc.norm_at(q.tokens.end - 1);
            last.len() > 3
                && last.ends_with('s')
                && !["ss", "us", "is"].iter().any(|e| last.ends_with(e))
                && !(left > 0 && word_in!(doc.norm_at(left - 1), "a" | "an"))
        };
        let modifier = !verb_quoted
            && !chanted
            && !plural
            && doc.tokens.get(q.after).is_some_and(|t| {
                let n = doc.norm(t);
                // A noun follows: not a verb form ("a \"difficult time\" trying").
                let verb_form =
                    ["ing", "ed", "ly"].iter().any(|e| n.ends_with(e)) || VERBS.contains(&n);
                t.kind == TokenKind::Word
                    && !t.cap
                    && !verb_form
                    && !FUNCTION.contains(&n)
                    && !PRONOUNS.contains(&n)
                    && !DETERMINERS.contains(&n)
                    && !NP_STOP.contains(&n)
                    && self.attr.is_cue_start(q.after).is_none()
            });
        // "so-called", "known as (the)" say outright that the term is only a name.
        let lo = left.saturating_sub(3);
        let so_called = (lo..left).any(|k| {
            let n = doc.norm_at(k);
            n == "so-called"
                || n == "dubbed"
                // "limits, often called \"…\"", "is commonly called": a passive naming with
                // no agent gives the common name, not anyone's words.
                || (n == "called"
                    && k > 1
                    && doc.norm_one_of(k - 1, USUALLY.0)
                    && (doc.norm_is(k - 2, ",") || doc.norm_one_of(k - 2, PASSIVE.0)))
                || (n == "as" && k > 0 && word_in!(doc.norm_at(k - 1), "known" | "to" | "billed"))
        });
        // "the Constitution's \"emoluments\" clause", "NBC's \"Today\"", "the charter's \"harbour
        // clause\"": a possessor names the thing, or a document its part; but a lowercase owner's
        // quoted noun with no noun after it is a word used of the owner's conduct ("saw through
        // the agency's \"smokescreen\""), and "it's" owns nothing.
        let owned = left > 0 && {
            let t = &doc.tokens[left - 1];
            let p = doc.slice(t);
            let stem = doc.norm(t).trim_end_str("'s").trim_end_str("’s");
            let document = [SPEAKING_DOCUMENTS, WRITTEN_THINGS, DOCUMENTS, NAMED_WHOLES]
                .iter()
                .any(|w| w.contains(&stem));
            owner_form(p) && (t.cap || modifier || document || words().any(|k| doc.tokens[k].cap))
        };
        // Capitalised words naming the noun after them are a name ("an \"America First\"
        // approach", "the \"Today\" show"), after an article too.
        // ("one China" too: a numeral beside a capitalised word.)
        let numeral = |k: usize| word_in!(doc.norm_at(k), "one" | "two");
        // (Function words alone are no name: a "new" rule, a "no" vote.)
        let capitalised = (words().all(|k| doc.tokens[k].cap || doc.norm_one_of(k, FUNCTION.0))
            && words().any(|k| doc.tokens[k].cap || !doc.norm_one_of(k, FUNCTION.0)))
            || (words().any(|k| doc.tokens[k].cap)
                && words()
                    .all(|k| doc.tokens[k].cap || doc.norm_one_of(k, FUNCTION.0) || numeral(k)));
        if title || titled || so_called || owned || (modifier && capitalised) {
            Mention::Name
        } else if modifier {
            Mention::Modifier
        } else {
            Mention::None
        }
    }
}

/// How a short quotation inside a sentence reads as a mention.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mention {
    /// Not a mention by its form: speech unless no speaker is found.
    None,
    /// A title, a so-called or known-as name, or a possessed term: never speech.
    Name,
    /// A word or short phrase modifying the noun after it: speech only when a speech verb's
    /// subject in its sentence says it.
    Modifier,
}

/// `a T-shirt emblazoned with the words "…"`: words printed on a thing are no one's speech,
/// not even the wearer's, whose sentence it may be.
fn printed_words(doc: &Document, left: usize, sent_start: usize) -> bool {
    // "the story headlined \"…\"": a headline is printed over its story, spoken by no one.
    if left > sent_start && doc.norm_is(left - 1, "headlined") {
        return true;
    }
    let mut k = left;
    if k >= sent_start + 2
        && doc.norm_is(k - 2, "the")
        && word_in!(
            doc.norm_at(k - 1),
            "words" | "slogan" | "message" | "phrase" | "motto"
        )
    {
        k -= 2;
    }
    k >= sent_start + 2
        && doc.norm_is(k - 1, "with")
        && word_in!(
            doc.norm_at(k - 2),
            "emblazoned" | "printed" | "inscribed" | "stamped" | "embroidered" | "engraved"
        )
}

/// `The school was praised in a report for its "bold" plan`: the document a passive's judging
/// is in holds the quoted words.
fn passive_document(doc: &Document, left: usize, sent_start: usize) -> Option<Range<usize>> {
    (sent_start + 2..left.saturating_sub(3))
        .find(|&k| {
            doc.norm_is(k, "in")
                && word_in!(doc.norm_at(k + 1), "a" | "the")
                && !doc.tokens[k + 2].cap
                && doc.norm_one_of(k + 2, CLAUSE_DOCUMENTS.0)
                && doc.norm_at(k - 1).ends_with("ed")
                && doc.norm_one_of(k - 2, PASSIVE.0)
        })
        .map(|k| k + 1..k + 3)
}

/// `words such as "…"`, `the phrase: "…"`, `known as "…"`: a word named as a word right before (at most 3
/// tokens back).
fn named_word(doc: &Document, left: usize) -> bool {
    let word = |k: usize| {
        word_in!(
            doc.norm_at(k),
            "word" | "words" | "term" | "terms" | "phrase" | "phrases" | "known"
        )
    };
    left > 2
        && word_in!(doc.norm_at(left - 1), ":" | "like" | "as")
        && (word(left - 2) || word(left - 3))
}

/// `said on Fox News' "Sunday Briefing with Ann Lee."`: a quotation in title case right after a
/// broadcaster's possessive or "on" is a programme's title, not the speaker's words.
fn programme_title(doc: &Document, q: &Quote, left: usize) -> bool {
    let mut capitals = 0;
    let title_case = q.tokens.clone().all(|k| {
        let t = &doc.tokens[k];
        t.kind == TokenKind::Punct
            || few!("with" "of" "the" "and" "a" "on" "in" "for" "to" "at" "from")
                .contains(&doc.norm(t))
            || {
                capitals += 1;
                doc.text[t.start as usize..].starts_with(char::is_uppercase)
            }
    });
    let before = left.checked_sub(1).and_then(|k| doc.tokens.get(k));
    // `wrote two books, "…" and "…"`: titles listed after a plural noun for works and a comma
    // (the second joined to the first by "and").
    let first = (left > 2 && doc.norm_is(left - 1, "and"))
        .then(|| doc.tokens[left - 3].quote)
        .flatten()
        .map_or(left, |a| {
            doc.quotes[a as usize].tokens.start.saturating_sub(1)
        });
    // (Or after one such work: `wrote a memoir, "…", published in 2008`.)
    let works = first > 1
        && doc.norm_is(first - 1, ",")
        && word_in!(
            doc.norm_at(first - 2),
            "books" | "novels" | "albums" | "films" | "plays" | "poems" | "songs" | "memoir"
        );
    // A title of at most four words is named as a work: before an apposition that names one
    // (`"…", a slow ballad`), or as the subject of its airing or sale (`"…" is available`,
    // `"…" will be broadcast`). (After a noun for one, `the series "…"`, it cost a right
    // speaker on PolNeAR B.)
    let work = |k: usize| {
        word_in!(
            doc.norm_at(k),
            "series" | "drama" | "book" | "novel" | "song" | "ballad" | "album" | "film" | "poem"
        )
    };
    let a = q.after;
    let named = capitals <= 4
        && !word_in!(doc.norm_at(q.tokens.end - 1), "," | "?" | "!")
        && (doc.norm_is(a, ",") && (a + 2..a + 6).any(work)
            || doc.sentences[doc.tokens[left].sentence as usize]
                .tokens
                .start
                == left
                && (a..a + 3).any(|k| {
                    word_in!(
                        doc.norm_at(k),
                        "broadcast" | "aired" | "published" | "released" | "available"
                    )
                }));
    title_case
        && capitals >= 1
        && (named
            || capitals >= 2
                && (works
                    || before.is_some_and(|t| {
                        let w = &doc.text[t.start as usize..t.end as usize];
                        w == "on"
                            || w.ends_with(['’', '\''])
                            || w.ends_with("’s")
                            || w.ends_with("'s")
                    })))
}

/// "The word \"…\" trended": a quotation after "the word" (or "term", "phrase"…) opening its
/// sentence is talked about as a word, the sentence's subject; nobody in it says the word.
fn word_as_word(doc: &Document, left: usize) -> bool {
    left > 1
        && doc.sentences[doc.tokens[left].sentence as usize]
            .tokens
            .start
            == left - 2
        && doc.norm_is(left - 2, "the")
        && doc.norm_one_of(left - 1, WORD_NOUNS.0)
}

fn is_mark(doc: &Document, k: usize) -> bool {
    // (A mark is a token of punctuation: a word, which most tokens asked about are, is none
    // and needs no string compare.)
    doc.tokens.get(k).is_some_and(|t| {
        t.kind == TokenKind::Punct
            && matches!(doc.norm(t), "\"" | "“" | "”" | "'" | "‘" | "„" | "«" | "»")
    })
}

/// A partial quotation: it opens in lower case and has no word of the first person ("I'm",
/// "we’re": the word before the apostrophe), so it is worded into the reporting sentence.
fn partial(doc: &Document, q: &Quote) -> bool {
    !doc.tokens[q.tokens.start].cap
        && !q.tokens.clone().any(|k| {
            let n = doc.norm_at(k);
            FIRST_PERSON.contains(&n.split(['\'', '’']).next().unwrap_or(n))
        })
}

/// The speaker named after a speech verb (`said Smith`, `according to Smith`); a document with
/// its author (`according to a note from Ann Lee`) gives the author.
fn speaker_right(doc: &Document, from: usize) -> Option<Range<usize>> {
    let r = name_right(doc, from)?;
    // ("a statement by Ann Lee": "by" does not end the phrase, "from" does.)
    let head = r.start
        ..(r.start..r.end)
            .find(|&i| doc.norm_is(i, "by"))
            .unwrap_or(r.end);
    let unnamed = head.clone().all(|i| !doc.tokens[i].cap);
    let author = head.end + 1;
    let cap_at = |k: usize| {
        let the = usize::from(doc.norm_is(k, "the"));
        doc.tokens.get(k + the).is_some_and(|t| t.cap)
    };
    // ("says a teacher from Ohio": a person's origin, not a text's author.)
    let text = head.clone().any(|i| {
        let n = doc.norm_at(i);
        WRITTEN_THINGS.contains(&n) || MEDIA.contains(&n) || DOCUMENTS.contains(&n)
    });
    // ("a statement from the ministry": a message's sender may be a body in lower case.)
    // (Not "by": `a note by the bank` stays the note, as an older test asks.)
    let body = doc.norm_is(head.end, "from")
        && doc.norm_one_of(author, DETERMINERS.0)
        && head.end > head.start
        && doc.norm_one_of(head.end - 1, MESSAGES.0);
    if unnamed && text && word_in!(doc.norm_at(head.end), "from" | "by") && (cap_at(author) || body)
    {
        if let Some(mut a) = name_right(doc, author) {
            // "a joint statement from Ann Lee and Carl Ruiz": the authors together (so
            // "… by the Ferry Guild and the Dock Union").
            if doc.norm_is(a.end, "and") && cap_at(a.end + 1) {
                a.end = name_right(doc, a.end + 1).map_or(a.end, |b| b.end);
            }
            if let Some(a) = plausible(doc, a) {
                return Some(a);
            }
        }
    }
    plausible(doc, name_ending_tag(doc, r))
}

/// `said Bay resident and shop owner Ann Lee.`, `said the agency's envoy in Fiji Dr Ann Lee.`: a
/// lowercase description runs on (at most 8 tokens, through "and" or a preposition) to the name
/// ending the tag: from a title, or two or three capitalised words after a lowercase noun.
fn name_ending_tag(doc: &Document, r: Range<usize>) -> Range<usize> {
    if r.is_empty() || r.end > doc.tokens.len() {
        return r;
    }
    let sent = doc.tokens[r.start].sentence;
    let title = |k: usize| doc.norm_one_of(k, crate::abbrev::TITLES.0);
    let mut e = r.end;
    while e < r.end + 8
        && doc.tokens.get(e).is_some_and(|t| {
            t.sentence == sent
                && (t.is_word() || (doc.norm_eq(t, ".") && title(e - 1)) || joins_name(doc, e))
        })
    {
        e += 1;
    }
    let ends = doc
        .tokens
        .get(e)
        .is_none_or(|t| t.sentence != sent || word_in!(doc.norm(t), "." | ","));
    if doc.tokens[r.end - 1].cap || !ends {
        return r;
    }
    let mut s = e;
    while s > r.end && (name_word(doc, s - 1) || doc.norm_is(s - 1, ".") || joins_name(doc, s - 1))
    {
        s -= 1;
    }
    // ("said a man who met Ann Lee": a clause, not a description.)
    if (r.end..s).any(|k| {
        let n = doc.norm_at(k);
        few!("who" "whose" "which" "that").contains(&n) || VERBS.contains(&n) || past_verb(doc, k)
    }) {
        return r;
    }
    if let Some(t) = (s..e).rev().find(|&k| title(k)) {
        return t..e;
    }
    let after_noun = s > r.end && {
        let n = doc.norm_at(s - 1);
        doc.tokens[s - 1].is_word()
            && ![FUNCTION, PREPOSITIONS, NP_STOP]
                .iter()
                .any(|w| w.contains(&n))
    };
    if after_noun && (2..=3).contains(&(e - s)) {
        s..e
    } else {
        r
    }
}

/// `The heads of the FBI and the NSA said`: "and the NSA" after a name that is the object of
/// "of" joins that object, so the head before "of" speaks (not "the NSA" alone).
/// So does a list's tail after a comma (`The heads of the FBI, the CIA and the NSA said`).
fn of_pair(doc: &Document, sp: Range<usize>, sent_start: usize) -> Range<usize> {
    let a = sp.start;
    let list = a > 0 && doc.norm_is(a - 1, ",") && sp.clone().any(|k| doc.norm_is(k, "and"));
    let named = a + 1 < sp.end
        && (a + 1..sp.end)
            .all(|k| doc.tokens[k].cap || (list && word_in!(doc.norm_at(k), "and" | "the")));
    let joined = doc.norm_is(a.saturating_sub(1), "and") || list;
    if a < sent_start + 4 || !joined || !doc.norm_is(a, "the") || !named {
        return sp;
    }
    noun_phrase_left(doc, a - 1, sent_start)
        .filter(|r| r.start == sent_start || doc.norm_is(r.start - 1, ","))
        .filter(|r| {
            let of = (r.start + 1..r.end).find(|&k| doc.norm_is(k, "of"));
            of.is_some_and(|o| (o + 1..r.end).all(|k| doc.tokens[k].cap || doc.norm_is(k, "the")))
                && doc.tokens[r.end - 1].cap
        })
        .and_then(|r| plausible(doc, r.start..sp.end))
        .unwrap_or(sp)
}

/// `The plan drew a swift rebuke from Lee.`: a sentence ending in a reaction or a noun of saying
/// "from" a name gives that name the quotation standing alone after it.
fn reaction_from(doc: &Document, s: Range<usize>) -> Option<Range<usize>> {
    if s.is_empty() {
        return None;
    }
    let end = s.end - usize::from(doc.norm_is(s.end - 1, "."));
    let f = (end.saturating_sub(8).max(s.start + 1)..end).rfind(|&k| doc.norm_is(k, "from"))?;
    let r = name_right(doc, f + 1).filter(|r| r.end == end && doc.tokens[r.start].cap)?;
    (f.saturating_sub(3).max(s.start)..f)
        .any(|k| {
            let n = doc.norm_at(k);
            SPEECH_NOUNS.contains(&n) || REACTIONS.contains(&n)
        })
        .then(|| plausible(doc, r))
        .flatten()
}

const REACTIONS: Words = Words("backlash rebuke reply response retort reaction pushback");

/// The name that is the whole phrase between the delimiter `delim` and token `end` (`, Ann Lee,`).
fn name_before(doc: &Document, end: usize, delim: &str, floor: usize) -> Option<Range<usize>> {
    let r = noun_phrase_left(doc, end, floor)?;
    let whole = r.start > floor && doc.norm_at(r.start - 1) == delim;
    let name = r
        .clone()
        .all(|i| doc.tokens[i].cap || doc.tokens[i].kind == TokenKind::Punct);
    (whole && name).then(|| plausible(doc, r)).flatten()
}

/// An ampersand written solid between two capitalised words ("S&P", "AT&T") is inside a name.
/// So is an apostrophe opening a name ("'Mamello Tau", "’Mathabo") that opens no quotation.
fn joins_name(doc: &Document, k: usize) -> bool {
    let solid = |i: usize| doc.tokens.get(i).is_some_and(|t| t.cap && !t.space_before);
    let quote = |i: usize| doc.tokens.get(i).map(|t| t.quote);
    match doc.norm_at(k) {
        "&" => k > 0 && doc.tokens[k - 1].cap && !doc.tokens[k].space_before && solid(k + 1),
        "'" | "’" => {
            solid(k + 1)
                && doc.tokens[k + 1].is_word()
                && quote(k + 1) == k.checked_sub(1).map_or(Some(None), quote)
        }
        _ => false,
    }
}

/// A noun phrase ending before token `end`: words back to a stop word, punctuation or quotation.
/// A short noun phrase starting at `from` ("said Republican U.S. Senator Pat Roberts of
/// Kansas"): words up to a stop word or punctuation, a full stop inside an abbreviation included.
fn name_right(doc: &Document, from: usize) -> Option<Range<usize>> {
    let sent = doc.tokens.get(from)?.sentence;
    let mut end = from;
    while end < from + MAX_SPEAKER_TOKENS {
        let Some(t) = doc.tokens.get(end) else { break };
        let n = doc.norm(t);
        // (An owner's apostrophe goes on with the phrase: "the head of a growers' group".)
        let joins = (n == "." && !t.space_before && end > from)
            || joins_name(doc, end)
            || word_in!(n, "'" | "’") && possessive_apostrophe(doc, end);
        // "said an official involved in the talks", "according to records unsealed Friday": a
        // participle after the noun opens a reduced relative clause, no part of the name.
        let reduced = end > from + 1
            && t.is_word()
            && !t.cap
            && n.len() > 4
            && n.ends_with("ed")
            && !doc.norm_one_of(end - 1, DETERMINERS.0)
            && !doc.norm_at(end - 1).ends_with("ly")
            // (Its object would follow a verb: "saying the city embodied the …".)
            && doc.tokens.get(end + 1).is_none_or(|a| {
                let m = doc.norm(a);
                !a.is_word() || OBJECT_MARKERS.contains(&m) || (TIME_WORDS.contains(&m) && a.cap)
            });
        // "said Ann Lee outside the court", "… via Twitter", "… last week": after a name, a
        // lowercase introducer or preposition opens an adverbial (where, when, how), not more name.
        // "said Ann Lee and Bo Roe": "and" between two names joins them, a joint speaker.
        let both = n == "and"
            && end > from
            && (from..end).all(|i| doc.tokens[i].cap || joins_name(doc, i) || doc.norm_is(i, "."))
            && doc
                .tokens
                .get(end + 1)
                .is_some_and(|a| a.cap && a.sentence == sent);
        // "said the Commission of Inquiry on Syria Chairman Ann Lee": "on" after a body's
        // name, before a capital that is no day or month, goes on with the name.
        let body_on = n == "on"
            && end > from
            && word_in!(
                doc.norm_at(end - 1),
                "committee" | "subcommittee" | "commission" | "inquiry" | "council" | "panel"
            )
            && doc.tokens.get(end + 1).is_some_and(|a| {
                let m = doc.norm(a);
                a.cap
                    && a.is_word()
                    && !TIME_WORDS.contains(&m)
                    && !crate::attribution::WEEKDAYS.contains(&m)
            });
        let adverbial = !t.cap
            && !body_on
            && (from..end).any(|i| doc.tokens[i].cap)
            // ("Ann Lee for the pollster": "for" names an affiliation, part of who.)
            && ((INTRODUCERS.contains(&n) && n != "for")
                || word_in!(n, "via" | "outside" | "inside" | "last" | "this"));
        // "said Lee adding that …": a lowercase participle after a name is the next clause.
        // ("said the Surrey batting coach, Ann Lee": after an article, an -ing word before a
        // lowercase noun that ends the phrase is a modifier, not a clause.)
        let modifier = doc.norm_one_of(from, DETERMINERS.0)
            && doc
                .tokens
                .get(end + 1)
                .is_some_and(|a| a.is_word() && !a.cap)
            && doc
                .tokens
                .get(end + 2)
                .is_none_or(|a| word_in!(doc.norm(a), "," | "."));
        let participle = end > from
            && t.is_word()
            && !t.cap
            && n.len() > 4
            && n.ends_with("ing")
            && doc.tokens[end - 1].cap
            && !modifier;
        // ("said Varga of Tomlin's defense": an owner after "of" opens what the name works
        // on, not a body it belongs to.)
        let owner = n == "of"
            && (from..end).all(|i| doc.tokens[i].cap)
            && doc.tokens.get(end + 1).is_some_and(|a| {
                a.cap && a.sentence == sent && crate::segment::ends_possessive(doc.slice(a))
            });
        if t.sentence != sent
            || (t.kind == TokenKind::Punct && !joins)
            || (NP_STOP.contains(&n) && !both && !body_on)
            || owner
            || reduced
            || adverbial
            || participle
        {
            break;
        }
        end += 1;
    }
    while end > from && doc.tokens[end - 1].kind == TokenKind::Punct {
        end -= 1;
    }
    (end > from).then_some(from..end)
}

/// A verb (a past form not after a determiner, or a common irregular one) ends it, and a pronoun
/// is a whole subject.
fn noun_phrase_left(doc: &Document, end: usize, floor: usize) -> Option<Range<usize>> {
    phrase_left(doc, end, floor, false)
}

/// `cited a nurse who …`, `quoted the minister as …`: a verb's object ending at `end`, read from
/// its article on (`noun_phrase_left` takes a phrase after a verb for no subject).
fn object_left(doc: &Document, end: usize, floor: usize) -> Option<Range<usize>> {
    let art = (floor.max(end.saturating_sub(MAX_SPEAKER_TOKENS)) + 1..end)
        .rev()
        .take_while(|&i| doc.tokens[i].kind == TokenKind::Word)
        .find(|&i| {
            let v = &doc.tokens[i - 1];
            let n = doc.norm(v);
            word_in!(doc.norm_at(i), "a" | "an" | "the")
                && !v.cap
                && v.kind == TokenKind::Word
                && !FUNCTION.contains(&n)
                && !PREPOSITIONS.contains(&n)
                && n != "to"
        })?;
    phrase_left(doc, end, art, false)
}

/// `noun_phrase_left`; with `past_prep`, a phrase opened by an article after "at", "to" …
/// ends there rather than read the preposition as a verb.
fn phrase_left(doc: &Document, end: usize, floor: usize, past_prep: bool) -> Option<Range<usize>> {
    let mut start = end;
    // The first comma of a list of names crossed, if any.
    let mut list_comma: Option<usize> = None;
    while start > floor && end - start < MAX_SPEAKER_TOKENS {
        let t = &doc.tokens[start - 1];
        let n = doc.norm(t);
        let joins = (word_in!(n, "." | "'") && start - 1 > floor && !t.space_before)
            || ((start - 1 > floor || n != "&") && joins_name(doc, start - 1));
        // "a source familiar with Orr's thinking said": an owner's noun after a preposition,
        // the head right before the verb, is no verb ("the firm's filing said" stays out).
        let owned = start == end
            && start > floor + 2
            && crate::segment::ends_possessive(doc.slice(&doc.tokens[start - 2]))
            && {
                // (Past the owner's name or determiner: "with the mayor's", "with Ann Lee's".)
                let mut o = start - 2;
                while o > floor + 1
                    && o + 6 > start
                    && (doc.tokens[o - 1].cap || doc.norm_one_of(o - 1, DETERMINERS.0))
                {
                    o -= 1;
                }
                doc.norm_one_of(o - 1, PREPOSITIONS.0)
            };
        let after_determiner =
            owned || (start - 1 > floor && doc.norm_one_of(start - 2, DETERMINERS.0));
        // A lowercase word right before an article is a verb ("Egypt submits a resolution"),
        // unless it is a preposition: inside the phrase ("a spokesman for the ministry") or
        // ending it ("the aide at the agency"; the callers judge the object).
        let before_article = start < end
            && word_in!(doc.norm_at(start), "a" | "an" | "the")
            && doc.tokens[start].space_before // not "Q&A"
            // ("Jill A. Roe": a capital letter with its full stop is a middle initial.)
            && !initial(doc, start)
            && !word_in!(n, "of" | "for" | "by")
            && !(past_prep && NP_STOP.contains(&n) && OBJECT_MARKERS.contains(&n));
        let verb_form = n.ends_with("ed") || (n.ends_with("ing") && n.len() > 5);
        // "The files said a port official told …": after "said" with no "that", the article
        // opens the reported clause, whose subject the phrase is ("said" still ends it).
        let said_before = past_prep && word_in!(n, "said" | "says");
        if before_article && said_before {
            break;
        }
        // "would involve Judge Lee, who said": a word after a modal is a bare verb.
        let after_modal = start - 1 > floor && doc.norm_one_of(start - 2, MODALS.0);
        let verb = before_article
            || (!t.cap
                && !owned
                && (VERBS.contains(&n) || (verb_form && !after_determiner) || after_modal));
        let wh = few!("what" "how" "why" "whether" "whom" "whose" "where").contains(&n);
        // "the Energy and Commerce committee": "and" inside a name.
        let inside_name = n == "and"
            && start < end
            && doc.tokens[start].cap
            && start - 1 > floor
            && doc.tokens[start - 2].cap;
        // "… use the pier wrote": the phrase is the verb's object; but a conjunction before the
        // article opens a clause whose subject the article begins ("… and the mayor said"), as
        // does "that" ("the indictment says that a worker wrote": the worker's words).
        // So do "which" after a preposition ("a note in which a worker wrote"; not "the plan,
        // which the board backs, …") and a short phrase of place or time
        // after "that" ("recalled that at the hearing the judge told him").
        let opener = CLAUSE_OPENERS.contains(&n)
            || n == "that"
            || (n == "which" && start >= 2 && doc.norm_one_of(start - 2, PREPOSITIONS.0))
            || (start.saturating_sub(5).max(floor + 2)..start).any(|j| {
                doc.norm_is(j - 1, "that")
                    && doc.norm_one_of(j, INTRODUCERS.0)
                    && (j + 1..start).all(|i| doc.tokens[i].is_word() && !doc.tokens[i].cap)
            });
        // "The party's pick to run the treasury said": a determined noun's infinitive is
        // inside the subject (3 tokens back: the verb, "to", the noun after its determiner).
        if before_article && !t.cap && start > floor + 3 && doc.norm_is(start - 2, "to") && {
            let d = doc.slice(&doc.tokens[start - 4]);
            let noun = doc.norm_at(start - 3);
            !doc.tokens[start - 3].cap
                && !FUNCTION.contains(&noun)
                && !VERBS.contains(&noun)
                && (doc.norm_one_of(start - 4, DETERMINERS.0) || crate::segment::ends_possessive(d))
        } {
            start -= 2;
            continue;
        }
        if before_article && !t.cap && t.kind == TokenKind::Word && !opener {
            return None;
        }
        // "Ann Lee, Bo Roe and Cy Tan said": a comma inside a list of names that ends in "and"
        // (an apposition, "Roe's lawyer, Cy Tan, said", has no "and" after it).
        let in_name_list = n == ","
            && start < end
            && start - 1 > floor
            && doc.tokens[start].cap
            && doc.tokens[start - 2].cap
            && doc.tokens[start - 2].kind == TokenKind::Word
            // ("Instead, Lee and Roe said": an opening adverb is no name.)
            && !introductory(doc, start - 2)
            && (start..end).any(|i| {
                doc.norm_is(i, "and")
                    && doc.tokens.get(i + 1).is_some_and(|t| t.cap)
                    && doc.tokens[i - 1].cap
            });
        if in_name_list && list_comma.is_none() {
            list_comma = Some(start - 1);
        }
        // "amid reports Lee had called …": a noun of saying right before a name opens the
        // clause the name is the subject of.
        let content = !t.cap && start < end && doc.tokens[start].cap && NOUN_CUES.contains(&n);
        if (t.kind == TokenKind::Punct && !joins && !in_name_list)
            || (NP_STOP.contains(&n) && !inside_name)
            || content
            || t.quote.is_some()
            || verb
            || wh
        {
            break;
        }
        if PRONOUNS.contains(&n) {
            // "he", not "the campaign he"; but a pronoun inside a name phrase is no subject.
            return (start == end).then_some(start - 1..end);
        }
        start -= 1;
    }
    // "In Dover, Lee and Roe said": a list crossed into a phrase that a word ends on the left (a
    // preposition, a verb) was an introductory phrase's comma, not a list's.
    if let Some(c) = list_comma {
        // ("officials from Ohio, Iowa and Maine said": places after a plural's "from" are a
        // list, the object of the preposition; `determined_head` takes the plural in.)
        let places = start > floor + 1
            && doc.norm_is(start - 1, "from")
            && (!doc.tokens[start - 2].cap || start - 2 == floor)
            && doc.norm_at(start - 2).ends_with('s');
        if start > floor && doc.tokens[start - 1].kind == TokenKind::Word && !places {
            start = c + 1;
        }
    }
    (start < end).then_some(start..end)
}

/// The first of the words before `end` (back to `floor`) that hold no verb, relative pronoun or
/// punctuation, when it is no introductory word: the phrase a modifier after it hangs on.
fn verbless_start(doc: &Document, floor: usize, end: usize) -> Option<usize> {
    (floor..end)
        .rev()
        .take_while(|&i| {
            let n = doc.norm_at(i);
            // (A number and its solid hyphen are inside the phrase: "a 10-year-old boy".)
            let t = &doc.tokens[i];
            (t.is_word() || t.kind == TokenKind::Number || n == "-" && !t.space_before)
                && !VERBS.contains(&n)
                && (doc.tokens[i].cap || !n.ends_with("ed"))
                && !few!("who" "which" "that").contains(&n)
        })
        .last()
        .filter(|&s| !introductory(doc, s))
}

/// A single capital letter with a full stop right after it ("A." in "Jill A. Roe"): an initial.
fn initial(doc: &Document, k: usize) -> bool {
    let t = &doc.tokens[k];
    t.cap
        && doc.slice(t).len() == 1
        && doc.norm_is(k + 1, ".")
        && doc.tokens.get(k + 1).is_some_and(|d| !d.space_before)
}

/// Verbs whose subject puts a label in quotation marks on something ("referred to her as",
/// "defended the move as", "hailed the vote as", "likened him to a"), beyond the attribution
/// cues; so do verbs of presenting one's own plan ("outlined a \"lean\" budget").
/// Verbs of attacking a label ("lashed out at \"activist judges\"", "mocked the \"experts\"")
/// put it in the subject's mouth too.
const NAMING_VERBS: Words = Words("referred refers defended defends defending hailed hails praised praises praising vowed vows pledged pledges instructed instructs lauded lauds touted touts welcomed welcomes welcoming derided derides characterized characterizes characterised characterises portrayed portrays likened likens outlined outlines unveiled unveils dismissed dismisses termed lashed lashes railed rails mocked mocks ridiculed ridicules decried decries denounced denounces scoffed scoffs lambasted lambastes");

/// Written things whose words are quoted after "read" ("the post read: \"…\"").
const WRITTEN_THINGS: Words = Words(concat!(
    "post posts posting sign signs banner banners placard placards poster note letter message tweet",
    " tweets statement memo headline caption email inscription text card plaque",
));

/// Wholes whose parts go by quoted names ("the charter's \"harbour clause\"").
const NAMED_WHOLES: Words =
    Words("charter constitution treaty act code policy plan program programme accord agreement contract deal");

/// Nouns naming a programme or a line of policy, never verbs: the quotation before one is its name.
const PROGRAMME_NOUNS: Words = Words(
    "program programs programme programmes initiative initiatives policy policies agenda doctrine",
);
/// Verbs of naming or phrasing in a comment clause: "as the party calls it", "as he put it".
const PHRASING: Words = Words("put puts call calls called dub dubs dubbed term terms termed describes described labels labeled labelled brands branded nicknames nicknamed");
/// Nouns that name a piece of language as such.
const WORD_NOUNS: Words = Words("word words term phrase name slogan hashtag");
/// Adverbs of how usually a thing goes by a name ("often called").
const USUALLY: Words =
    Words("often frequently commonly usually typically generally popularly widely sometimes");
/// Determiners opening a subject that a preposition may follow ("Every mayor since Reagan").
const DETERMINED_OPENERS: Words =
    Words("the a an every no each any this that these those some all many most former");
/// Subordinators a noun phrase found left of a verb may open with ("since Lee vowed").
const SUBORDINATORS: Words = Words("since although though until once unless whereas");

/// Verbs whose subject words an order, ruling or agreement (`proposer`).
const RULING: Words = Words("ruled rules ordered orders agreed agrees");

/// Verbs of wanting or proposing whose object is a plan in its proposer's words (`proposer`).
const PROPOSING: Words = Words("wants wanted proposes proposed promises promised pledges pledged plans planned seeks sought vows vowed");

/// What a speaker speaks in, for an opening "In a … ," (`medium_opener`).
const MEDIA: Words = Words("statement statements post posts tweet tweets interview interviews speech speeches remarks letter email emails video message messages");

/// Verbs by which a message goes out from its writer.
const SENDING: Words =
    Words("sent sends wrote writes posted posts issued released published emailed");

/// Messages whose sender a participle after "from" speaks for ("a text from Lee saying …").
const MESSAGES: Words = Words("message messages text texts email emails letter letters note notes tweet tweets call calls memo statement post posts");

/// Documents whose findings are quoted ("the report found \"…\"").
const DOCUMENTS: Words = Words("report study audit review survey analysis memo investigation inquiry probe filing documents ruling judge court panel");

/// Participles of claiming whose subject a court filing before them is ("a suit alleging").
const CLAIMING: Words = Words("alleging claiming charging contending asserting saying");
/// Court filings, which make claims of their own; a statement or letter someone "issued …
/// saying" stays its sender's words.
const PLEADINGS: Words =
    Words("lawsuit lawsuits suit suits complaint indictment filing affidavit motion petition");

/// Documents whose relative or content clause holds their own words (`the law that …`).
const CLAUSE_DOCUMENTS: Words = Words("law statute clause provision report statement letter memo memorandum rule regulation bill order document language platform resolution guidance proposal draft");

/// Verbs of saying that come before their subject after a quotation (`"…," said Lee`).
const INVERTED_SPEECH_VERBS: Words = Words("said says added adds wrote writes");
/// Verbs whose subject is evidence, not a speaker (`the record suggests "…," said Lee`).
const EVIDENCE_VERBS: Words = Words("suggests suggested shows showed indicates indicated");
/// Participles of judging whose agent, after "by", used the words (`attacked as "…" by Lee`).
const JUDGED: Words = Words(concat!(
    "attacked branded described dismissed denounced criticised criticized derided hailed praised",
    " labelled labeled condemned decried mocked panned called slammed blasted ridiculed lauded",
));

/// Verbs that name a quotation's speaker only as the verb closing the attribution after it.
const CLOSING_SPEECH_VERBS: Words =
    Words("declared declares exclaimed exclaims proclaimed proclaims states continued maintained read reads pressed agreed agrees ruled held found");

/// Papers that speak for whoever issued them ("the indictment filed by prosecutors said …").
const SPEAKING_DOCUMENTS: Words = Words(concat!(
    "indictment complaint lawsuit suit order filing affidavit motion brief petition ruling opinion",
    " judgment memo memorandum letter statement report document law statute bill platform appeal",
));

/// Verbs after a quotation whose subject used or proposed its words (`the "X" he promised`).
const RELATIVE_SPEECH: Words = Words("promised proposed called described used coined demanded sought announced championed mentioned cited predicted warned offered urged promises proposes calls describes uses demands wants wanted");

/// Nouns of saying whose owner speaks a quotation shortly after (`his vow to "…"`).
const SPEECH_NOUNS: Words = Words("vow vows pledge pledges promise promises call calls warning warnings threat threats dismissal description characterization remark remarks comment comments words claim claims accusation accusations assertion insistence demand demands plea criticism tweet tweets speech address statement announcement denial complaint complaints");

/// Cue words that are more often nouns ("the report", "his remarks") than verbs of saying.
const NOUN_CUES: Words = Words("report reports comment comments statement call calls warning claim claims remarks note charge charges promise threat question answer attack demand demands proposal letter criticism quote quotes");

/// Words after which a noun phrase is an object, not a subject.
const OBJECT_MARKERS: Words =
    Words("in on at during after before from with to of for by about under over into against than");

/// Prepositions whose object may stand between a subject and its verb ("Smith on Friday said").
const PREPOSITIONS: Words = Words("on in at during from with for of by");

/// Words of a time phrase ("on Friday", "earlier this week").
const TIME_WORDS: Words = Words("monday tuesday wednesday thursday friday saturday sunday today yesterday morning afternoon evening night week weekend month year this last the january february march april may june july august september october november december jan feb aug sept oct nov dec . interview a an statement tuesday's");

/// "A day after the vote, …", "The next day, …", "Two weeks later, …": a time phrase opening the
/// sentence at `k` reads like an introducer ("On Monday, …").
fn time_phrase(doc: &Document, k: usize) -> bool {
    let w = |i| doc.norm_at(i);
    TIME_NOUNS.contains(&w(k + 1)) && word_in!(w(k + 2), "after" | "before")
        || (k + 1..k + 5).any(|c| {
            w(c) == ","
                && (TIME_NOUNS.contains(&w(c - 1)) || word_in!(w(c - 1), "later" | "ago"))
                && (k + 1..c - 1).all(|i| !doc.tokens[i].cap)
        })
}

/// U.S. states (a two-word name by its last word) and their AP abbreviations, which wire copy
/// puts after a city: "in Dover, Delaware,".
const STATES: Words = Words("alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico york carolina dakota ohio oklahoma oregon pennsylvania island tennessee texas utah vermont virginia wisconsin wyoming ala ariz ark calif colo conn del fla ga ill ind kan ky md mass mich minn miss mont neb nev okla ore pa tenn vt va wash wis wyo");

/// Nouns of a span of time ("The next day, …", "Two weeks later, …").
const TIME_NOUNS: Words =
    Words("day days week weeks month months year years hours morning afternoon evening night");

/// Words opening a noun phrase, before which a past participle is an adjective ("the unnamed").
const DETERMINERS: Words = Words("the a an his her their its our this");

/// An auxiliary or adverb at `k` between a subject and its verb; a capitalised "Long" is a name
/// ("FEMA Administrator Brock Long said").
fn auxiliary(doc: &Document, k: usize) -> bool {
    doc.norm_one_of(k, AUXILIARIES.0) && !(doc.norm_is(k, "long") && doc.tokens[k].cap)
}

/// Words that may stand between a subject and its speech verb ("Smith has long said", "has
/// either denied … or said", "Lee yesterday accused"); after a name they are when, not who
/// ("said Lee afterwards").
const AUXILIARIES: Words = Words("either neither not has had have will would also later earlier yesterday today afterwards afterward previously then repeatedly again often once first publicly privately himself herself only just still even now reportedly never always long since");

/// Auxiliaries that end a clause's subject ("… did not deny", "… could not say").
const MODALS: Words = Words("did does do can could may might must should will would not never");

/// A form of "be" before a verb makes it passive: the one named is not the speaker.
const PASSIVE: Words = Words("is was were are be been being so-called");

/// Words opening a phrase before the subject ("On Monday, …", "In a statement, …", "Amid …,").
const INTRODUCERS: Words = Words("late early on in at after before during earlier later meanwhile however asked speaking since last separately still instead yet for as while when although though because if until unless despite amid amidst following with under among upon throughout");

/// Sentence adverbs and connectives that open a sentence before a comma ("Indeed, …").
const CONNECTIVES: Words = Words("once soon so indeed thus therefore moreover nevertheless nonetheless besides again now then also first finally afterward afterwards likewise otherwise");

/// Whether the word at `k` is an introducer, a connective or an adverb in -ly ("Shortly after,",
/// "Separately,"): words that open a sentence without being its subject.
fn introductory(doc: &Document, k: usize) -> bool {
    let n = doc.norm_at(k);
    INTRODUCERS.contains(&n) || CONNECTIVES.contains(&n) || (ly_adverb(n) && !ly_name(doc, k))
}

/// A word in -ly that is an adverb by its form ("shortly", "separately"; not "family").
fn ly_adverb(n: &str) -> bool {
    n.len() > 4 && n.ends_with("ly") && !word_in!(n, "family" | "ally" | "italy")
}

/// A capitalised word in -ly that opens a name ("Emily Quell", "Assembly Speaker Ada Quell") or
/// is one ("Kelly, who chairs the panel"): not an adverb.
fn ly_name(doc: &Document, k: usize) -> bool {
    match doc.tokens.get(k + 1) {
        Some(t) if t.is_word() => t.cap,
        Some(_) if doc.norm_is(k + 1, ",") => word_in!(doc.norm_at(k + 2), "who" | "whose"),
        _ => false,
    }
}

/// Common verbs that end a clause's subject although they do not end in -ed.
const VERBS: Words = Words("says said told tells wrote writes took takes made makes gave gives paid pays went goes came comes sent sends met meets won wins lost held holds set sets put puts sought seeks spoke speaks cast casts kept keeps stood stands drew draws led leads got gets urges vows warns calls wants plans hopes thinks knows brought bought found finds left leaves hit hits ran runs sees saw believes feels felt asks adds states reads shows submits expects notes argues insists suggests claims");

/// Lowercase words that cannot end (or, for the determiners, be all of) a speaker.
const FUNCTION: Words = Words("a an the his her their its our my your this that these those of for by not no new same other would could should can may might must do does did never more most such any some all each every very than or nor so without about over into through against under between among like toward towards across around within despite per up out off down until unless");

/// Pronouns that are a speaker on their own.
const PRONOUNS: Words = Words("he she they we i it you");

/// Words of the first person (`Finder::reporter`).
const FIRST_PERSON: Words = Words("i we my our me us");

/// Verbs of asserting a claim: the clause after them is their subject's, even when another
/// speaker reports it.
const ASSERTING: Words = Words("insist insists insisted maintain maintains maintained argue argues argued contend contends contended assert asserts asserted");

/// Verbs of telling whose report a quotation inside their clause belongs to.
/// ("advised Lee that …", "assured", "informed": telling someone, as "told" does; "called",
/// "described": naming something in the teller's own words.)
const TELLING: Words = Words("said says saying told tells telling wrote writes advised advises informed informs assured assures reminded reminds called calls calling described describes describing dubbed termed labeled labelled branded");

/// Verbs of saying that report a clause.
const REPORTING: Words = Words("said says saying claimed claims alleged argued added");

/// `Lawyers representing Lee, a former aide, said`: a name right after a participle is its
/// object; the noun phrase the participle describes heads the speaker, which takes it in.
/// (Participles that work as prepositions, "including Lee", leave the name its own.)
fn participle_head(doc: &Document, np: Range<usize>, floor: usize) -> Range<usize> {
    let p = np.start.saturating_sub(1);
    let t = &doc.tokens[p];
    let n = doc.norm(t);
    if p <= floor || t.cap || !n.ends_with("ing") || PREPOSITION_PARTICIPLES.contains(&n) {
        return np;
    }
    noun_phrase_left(doc, p, floor).map_or(np.clone(), |h| h.start..np.end)
}

/// Participles that work as prepositions ("including Lee").
const PREPOSITION_PARTICIPLES: Words =
    Words("including during according regarding following concerning");

/// `Ann Lee at a rally in Dover on Monday said`: a name, then where it spoke (a preposition and
/// an article, no punctuation) right before the verb at `k`. The name opens its clause.
fn event_subject(doc: &Document, k: usize, sent_start: usize) -> Option<Range<usize>> {
    let lo = sent_start.max(k.saturating_sub(9));
    let p = (lo + 1..k)
        .rev()
        .take_while(|&i| doc.tokens[i].kind != TokenKind::Punct && doc.tokens[i].quote.is_none())
        .find(|&i| {
            word_in!(doc.norm_at(i), "at" | "during" | "after" | "following")
                && word_in!(doc.norm_at(i + 1), "a" | "an" | "the")
        })?;
    let before = &doc.tokens[p - 1];
    // "A joint statement after the talks said": a document issued after an event, its
    // subject opened by an article ("The mayor quit after the board said": a clause).
    let opened = |r: &Range<usize>| word_in!(doc.norm_at(r.start), "a" | "an" | "the");
    let time = !word_in!(doc.norm_at(p), "at" | "during");
    let document = time && doc.norm_in(before, SPEAKING_DOCUMENTS.0);
    if !(before.kind == TokenKind::Word && (before.cap || document)) {
        return None;
    }
    // Only nouns and their modifiers in the phrase: "at the hall and said" holds a clause.
    if (p + 1..k).any(|i| {
        let n = doc.norm_at(i);
        !doc.tokens[i].cap && (VERBS.contains(&n) || CLAUSE_OPENERS.contains(&n) || n == "who")
    }) {
        return None;
    }
    noun_phrase_left(doc, p, sent_start)
        .filter(|r| r.start == sent_start || doc.norm_one_of(r.start - 1, CLAUSE_OPENERS.0))
        .filter(|r| before.cap || opened(r))
        .and_then(|r| plausible(doc, r))
}

/// "An aide to Ann Lee said", "a spokesman for the board said", "a source familiar with the
/// talks said", "Democrats on the panel said": the name `np` is the object of a preposition
/// after a determined (or plural), lowercase head noun, which is the subject with it.
fn determined_head(doc: &Document, np: &Range<usize>, sent_start: usize) -> Option<Range<usize>> {
    let p = np.start.checked_sub(1).filter(|&p| p > sent_start)?;
    let head = noun_phrase_left(doc, p, sent_start).filter(|_| {
        word_in!(
            doc.norm_at(p),
            "to" | "for" | "of" | "at" | "from" | "with" | "on" | "in"
        ) && (!doc.tokens[p - 1].cap
            || p - 1 == sent_start
            || word_in!(doc.norm_at(p), "in" | "at"))
    });
    // `A letter from the lawmakers to Hoek said`, `The report by the Commission on Ports said`:
    // a determined head opening the sentence may carry two prepositional phrases (the first
    // read back at most 5 words).
    let two = || {
        let p2 = (p.saturating_sub(5).max(sent_start + 1)..p)
            .rev()
            .take_while(|&k| doc.tokens[k].is_word())
            .find(|&k| word_in!(doc.norm_at(k), "from" | "by" | "of"))?;
        noun_phrase_left(doc, p2, sent_start).filter(|h| h.start == sent_start && h.len() <= 3)
    };
    let head = (head.clone())
        .filter(|h| h.start == sent_start)
        .or_else(|| {
            word_in!(doc.norm_at(p), "to" | "on" | "of")
                .then(two)
                .flatten()
        })
        .or(head);
    // Only the sentence's opening phrase: "he talked to the aide to Lee" has its subject before.
    // A plural head needs no determiner ("Republican officials from Ohio said"), and may open
    // the clause after an introductory phrase ("In a letter, lawyers for Lee said"). A head
    // of five words holds a name of three ("Another Keep It Local ad in Ohio says").
    let plural = |h: &Range<usize>| {
        let n = doc.norm_at(h.end - 1);
        let t = &doc.tokens[h.end - 1];
        let opens = h.start == sent_start || doc.norm_is(h.start - 1, ",");
        opens
            && (!t.cap || h.len() == 1)
            && t.is_word()
            && n.len() > 3
            && n.ends_with('s')
            && !n.ends_with("ss")
            && !n.ends_with("us")
    };
    // ("Abbey Vale Hospital in Kent said": a name opening the sentence, with where it is.)
    if let Some(h) = head.filter(|h| {
        h.len() <= 5
            && ((word_in!(doc.norm_at(h.start), "a" | "an" | "the" | "one" | "another")
                && h.start == sent_start)
                || plural(h)
                || h.start == sent_start
                    && word_in!(doc.norm_at(p), "in" | "at")
                    && h.clone().all(|k| doc.tokens[k].cap))
    }) {
        return plausible(doc, h.start..np.end);
    }
    // "Lee, also a former governor of Ohio tweeted": an apposition that lost its closing comma;
    // the name before its opening comma speaks when it opens its clause.
    let c = (sent_start.max(p.saturating_sub(9))..p)
        .rev()
        .take_while(|&i| {
            doc.tokens[i].quote.is_none() && !word_in!(doc.norm_at(i), ";" | ":" | "and")
        })
        .find(|&i| doc.norm_is(i, ","))
        .filter(|&c| word_in!(doc.norm_at(c + 1), "also" | "the" | "a" | "an"))?;
    unclosed_apposition(doc, c, sent_start)
}

/// `Ann Lee (FCN) said`, `Ann Lee, director of Fair Courts (FCN) said`: a short parenthesis
/// (an acronym, a party and state) closing at `close` glosses the subject before it, which
/// speaks; past an apposition that lost its closing comma, the name opening the clause.
fn parenthesis_subject(doc: &Document, close: usize, sent_start: usize) -> Option<Range<usize>> {
    let open = (sent_start.max(close.saturating_sub(6))..close)
        .rev()
        .take_while(|&i| !word_in!(doc.norm_at(i), ")" | "," | ";" | ":") && !is_mark(doc, i))
        .find(|&i| doc.norm_is(i, "("))?;
    let comma = (sent_start.max(open.saturating_sub(MAX_SPEAKER_TOKENS))..open)
        .rev()
        .take_while(|&i| doc.tokens[i].is_word() || doc.norm_is(i, ","))
        .find(|&i| doc.norm_is(i, ","));
    comma
        .and_then(|c| unclosed_apposition(doc, c, sent_start))
        .or_else(|| phrase_left(doc, open, sent_start, true).and_then(|r| plausible(doc, r)))
}

/// The name before the comma `c` opening an apposition that lost its closing comma, when the
/// name opens its clause.
fn unclosed_apposition(doc: &Document, c: usize, sent_start: usize) -> Option<Range<usize>> {
    noun_phrase_left(doc, c, sent_start)
        .filter(|r| r.start == sent_start || doc.norm_is(r.start - 1, ","))
        .filter(|r| (r.clone()).all(|i| doc.tokens[i].cap))
        .and_then(|r| plausible(doc, r))
}

/// `The indictment filed by prosecutor Ann Lee said …`: the noun phrase `np` before the verb is
/// the object of a preposition after a participle, and a document stands before that participle:
/// the document speaks (its author only filed it).
fn document_before_participle(
    doc: &Document,
    np: &Range<usize>,
    sent_start: usize,
) -> Option<Range<usize>> {
    let preposition = |k: usize| word_in!(doc.norm_at(k), "by" | "in" | "on" | "with" | "from");
    // ("by" does not stop a noun phrase: it may open `np`.)
    let p = if preposition(np.start) {
        np.start
    } else {
        np.start.checked_sub(1).filter(|&p| preposition(p))?
    };
    if p < sent_start + 2 {
        return None;
    }
    let v = &doc.tokens[p - 1];
    let participle = doc.norm(v);
    if v.cap || !(participle.ends_with("ed") || participle.ends_with("en")) {
        return None;
    }
    let head = noun_phrase_left(doc, p - 1, sent_start)?;
    doc.norm_one_of(head.end - 1, SPEAKING_DOCUMENTS.0)
        .then(|| plausible(doc, head))
        .flatten()
}

/// A capitalised word that can belong to an owner's name: not a sentence's opening subordinator
/// or preposition ("While Lee's call for …" is owned by "Lee").
fn name_word(doc: &Document, k: usize) -> bool {
    doc.tokens[k].cap && doc.tokens[k].is_word() && !doc.norm_one_of(k, INTRODUCERS.0)
}

/// `Jones’ spokesman`: an apostrophe written solid after a word ending in "s" and before a word
/// is an owner's, not a closing quotation mark.
fn possessive_apostrophe(doc: &Document, k: usize) -> bool {
    let t = &doc.tokens[k];
    k > 0
        && !t.space_before
        && doc.tokens[k - 1].kind == TokenKind::Word
        && doc.norm_at(k - 1).ends_with('s')
        && doc
            .tokens
            .get(k + 1)
            .is_some_and(|n| n.kind == TokenKind::Word && n.space_before)
}

/// Words that open a clause: before an article they end a noun phrase rather than act as its
/// verb ("… and the president said", "… as a senior aide warned").
const CLAUSE_OPENERS: Words = Words("and but as while because since although though whereas");

/// Whether the comma at `k` joins the items of a lowercase list ("gay, lesbian and
/// transgender"): a lowercase word on each side and an "and" or "or" within a few words after.
fn list_inside(doc: &Document, k: usize) -> bool {
    let lower = |i: usize| {
        doc.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.cap)
    };
    k > 0
        && lower(k - 1)
        && lower(k + 1)
        && (k + 2..k + 5).any(|i| word_in!(doc.norm_at(i), "and" | "or") && lower(i - 1))
}

/// `the state's senior senator, Ann Lee, said`: a description followed by a proper name set off
/// by commas is that person's title; the name names the speaker. The description opens with a
/// determiner or holds a lowercase word (a name followed by its role is left alone), the name
/// is two to five capitalised words (initials joined) and ends the apposition.
fn appositive_name(doc: &Document, r: Range<usize>) -> Range<usize> {
    let described = doc.norm_one_of(r.start, DETERMINERS.0)
        || r.clone()
            .any(|k| doc.tokens[k].is_word() && !doc.tokens[k].cap);
    // ("a spokesman for the firm, Acme Corp, said": the name may be the object's; not after a
    // bare title, "Union officer for the region, Ann Lee, said".)
    // ("one of his friends, Liam Carter, said": one member of a group, named.)
    let member = doc.norm_is(r.start, "one") && doc.norm_is(r.start + 1, "of");
    let object = r.clone().any(|k| doc.norm_one_of(k, OBJECT_MARKERS.0))
        && !doc.tokens[r.end - 1].cap
        && !member
        && doc.norm_one_of(r.start, DETERMINERS.0);
    if !described || object || !doc.norm_is(r.end, ",") {
        return r;
    }
    // ("Another resident, retired teacher Ann Lee, said": a lowercase role of up to three words
    // before the name.)
    let role = |k: usize| {
        let n = doc.norm_at(k);
        doc.tokens[k].is_word()
            && !doc.tokens[k].cap
            && !n.ends_with("ing")
            && ![FUNCTION, PREPOSITIONS, NP_STOP, PRONOUNS]
                .iter()
                .any(|w| w.contains(&n))
    };
    let from = (r.end + 1..doc.tokens.len().min(r.end + 5)).find(|&k| !role(k));
    from.and_then(|k| name_right(doc, k))
        .filter(|n| {
            let words = n.clone().filter(|&k| doc.tokens[k].is_word()).count();
            (2..=5).contains(&words)
                && n.clone().all(|k| doc.tokens[k].cap || doc.norm_is(k, "."))
                && !doc.norm_one_of(n.start, PRONOUNS.0)
                && doc
                    .tokens
                    .get(n.end)
                    .is_none_or(|t| word_in!(doc.norm(t), "," | "." | ":" | "of"))
        })
        .unwrap_or(r)
}

/// `Ann Lee, attorney for the city, said`, `his aide Bo Roe, a former judge who said`: a role
/// set off by a comma after a person's name; the name is the better label. The role opens with
/// "a", "an" or a lowercase word; the name is the two or three capitalised words just before the
/// comma, not a place or time after a preposition ("In Dover, a spokesman said").
fn name_before_role(doc: &Document, r: Range<usize>) -> Range<usize> {
    let first = &doc.tokens[r.start];
    let f = doc.norm_at(r.start);
    // ("Lee, the senator said, is wrong": a role opened by "the" may be the subject itself.)
    let role = !first.cap && first.is_word() && !PRONOUNS.contains(&f) && !DETERMINERS.contains(&f)
        || word_in!(f, "a" | "an");
    // ("former Ambassador Bo Roe", "an honor Lee said": a role ending on a capitalised word
    // holds a name of its own unless a preposition opens its tail: "attorney for the City".)
    let named =
        doc.tokens[r.end - 1].cap && !r.clone().any(|k| doc.norm_one_of(k, OBJECT_MARKERS.0));
    if !role || named || r.start < 3 || !doc.norm_is(r.start - 1, ",") {
        return r;
    }
    let comma = r.start - 1;
    let sent = first.sentence;
    let mut s = comma;
    while s > 0 && comma - s < 4 && doc.tokens[s - 1].sentence == sent && name_word(doc, s - 1) {
        s -= 1;
    }
    let words = comma - s;
    let before = s.checked_sub(1).filter(|&b| doc.tokens[b].sentence == sent);
    // The name stands where a subject does: first in its sentence, after a comma or after a
    // noun ("his daughter Ann Lee"); not a verb's or preposition's object ("After meeting Ann
    // Lee, a senator said").
    let subject = before.is_none_or(|b| {
        let t = &doc.tokens[b];
        let n = doc.norm(t);
        n == ","
            || (t.is_word()
                && !t.cap
                && n.len() > 2
                && !n.ends_with("ed")
                && !n.ends_with("ing")
                && ![FUNCTION, PREPOSITIONS, INTRODUCERS, VERBS, CLAUSE_OPENERS]
                    .iter()
                    .any(|w| w.contains(&n))
                && !word_in!(n, "to" | "about"))
    });
    let timely = (s..comma).any(|k| doc.norm_one_of(k, TIME_WORDS.0));
    if (2..=3).contains(&words) && subject && !timely {
        s..comma
    } else {
        r
    }
}

/// A word in the possessive, singular ("the minister's") or plural ("the ministers'").
/// `Lee's "judgment"`: at most a few lowercase words after a capitalised possessive that is no
/// document or named whole ("the Constitution's \"emoluments\" clause" names a part; "NBC's
/// \"Today\"", capitalised, is a title).
fn owned_word(doc: &Document, q: &Quote, left: usize) -> bool {
    let Some(t) = left.checked_sub(1).map(|p| &doc.tokens[p]) else {
        return false;
    };
    let stem = doc.norm(t).trim_end_str("'s").trim_end_str("’s");
    let mut words = q.tokens.clone().filter(|&k| doc.tokens[k].is_word());
    owner_form(doc.slice(t))
        && ![SPEAKING_DOCUMENTS, WRITTEN_THINGS, DOCUMENTS, NAMED_WHOLES]
            .iter()
            .any(|w| w.contains(&stem))
        && q.tokens
            .clone()
            .filter(|&k| doc.tokens[k].is_word())
            .count()
            <= MAX_TERM_WORDS
        && words.all(|k| !doc.tokens[k].cap)
}

fn owner_form(word: &str) -> bool {
    crate::segment::ends_possessive(word) || word.ends_with("s'") || word.ends_with("s’")
}

/// `Moody's said`, `Sainsbury's told`: an owner needs its noun next, so a capitalised possessive
/// (the token before `end`) followed at once by a verb is a firm's name, 's and all ("It's",
/// "That's" are not).
pub(crate) fn possessive_name(doc: &Document, end: usize) -> bool {
    let (Some(t), Some(next)) = (doc.tokens.get(end.wrapping_sub(1)), doc.tokens.get(end)) else {
        return false;
    };
    let last = doc.norm(t);
    let stem = last
        .strip_suffix("'s")
        .or_else(|| last.strip_suffix("’s"))
        .unwrap_or(last);
    let verb = doc.norm(next);
    t.cap
        && crate::segment::ends_possessive(doc.slice(t))
        && !next.cap
        && next.kind == TokenKind::Word
        && (VERBS.contains(&verb)
            || CLOSING_SPEECH_VERBS.contains(&verb)
            // (Not any "-ed": "Rubio's proposed credit" is an owner's.)
            || word_in!(verb, "added" | "noted" | "warned" | "announced" | "predicted"))
        && !PRONOUNS.contains(&stem)
        && !FUNCTION.contains(&stem)
        && !word_in!(stem, "here" | "there" | "what" | "who" | "let" | "where")
}

/// `np` is a preposition's object ("listening to one veteran"), not a clause's subject
/// ("after Lee said").
fn preposition_object(doc: &Document, np: &Range<usize>, sent_start: usize) -> bool {
    np.start > sent_start
        && doc.norm_one_of(np.start - 1, OBJECT_MARKERS.0)
        && !subject_of_after_clause(doc, np)
}

/// `np` follows "after" or "before" opening a clause ("after Lee said"): a phrase ending on a
/// name, or a subject pronoun, is that clause's subject, where a common noun is the
/// preposition's object ("after the vote"). Capitalisation alone can't tell a clause from an
/// object, so: the word before "after" is no participle of a document ("A statement issued
/// after …": the statement speaks), the name is no holiday, body or event ("after Christmas",
/// "before Congress", "after Hurricane Ida"), and no owner's lowercase noun runs into it
/// ("After Lee's death Tan": two phrases, not one).
fn subject_of_after_clause(doc: &Document, np: &Range<usize>) -> bool {
    // (The text's first word may be the "After": `After Orr called the plan "…", Lee …`.)
    if np.start < 1 || !word_in!(doc.norm_at(np.start - 1), "after" | "before") {
        return false;
    }
    if np.start >= 2 && doc.norm_one_of(np.start - 2, AFTER_PARTICIPLES.0) {
        return false;
    }
    if np.len() == 1 && doc.norm_one_of(np.start, SUBJECT_PRONOUNS.0) {
        return true;
    }
    let owner_then_noun = (np.start..np.end - 1).any(|i| {
        crate::segment::ends_possessive(doc.slice(&doc.tokens[i])) && !doc.tokens[i + 1].cap
    });
    // (`after the judge said …`: a verb of saying right after makes a common noun its subject.)
    !owner_then_noun
        && (word_in!(doc.norm_at(np.end), "said" | "says" | "told" | "wrote")
            || doc.tokens[np.end - 1].cap
                && !doc.norm_one_of(np.end - 1, EVENTS_LAST.0)
                && !doc.norm_one_of(np.start, EVENTS_FIRST.0))
}

/// Participles that put a document's time after it ("issued after", "handed down before").
const AFTER_PARTICIPLES: Words = Words("issued released written posted sent left published signed filed made given taken down aired broadcast delivered drafted circulated");
/// Subject pronouns: "it" and "you" after "after" are as often objects ("a note left before you").
const SUBJECT_PRONOUNS: Words = Words("he she they we i");
/// Last words of capitalised objects of "after"/"before" that are times, bodies or events.
const EVENTS_LAST: Words = Words("christmas thanksgiving easter passover hanukkah ramadan eid diwali halloween congress parliament day eve war olympics");
/// First words of named storms ("after Hurricane Ida").
const EVENTS_FIRST: Words = Words("hurricane storm typhoon cyclone tropical");

/// A speaker names someone: a capitalised word, a pronoun, or a phrase opened by a determiner
/// ("the official", "a spokesman").
fn names_someone(doc: &Document, r: &Range<usize>) -> bool {
    let first = doc.norm_at(r.start);
    r.clone().any(|k| doc.tokens[k].cap)
        || PRONOUNS.contains(&first)
        || few!("the" "a" "an" "one" "two" "three" "some" "several").contains(&first)
}

/// The first token after a dateline that opens the sentence at `sent_start` ("WASHINGTON
/// (Reuters) -", "Lima, Peru, May 2 --", "LIMA:"), looking at most 12 tokens in and not past
/// `limit`; `None` without one.
pub(crate) fn after_dateline(doc: &Document, sent_start: usize, limit: usize) -> Option<usize> {
    let head = (sent_start..limit.min(sent_start + 12))
        .find(|&i| word_in!(doc.norm_at(i), "-" | "—" | "–" | ":") && i > sent_start);
    // ("DECATUR, Ill. — Sen. Ann Lee …": a place in capitals before a dash is one too; so
    // is a place and date in title case, "Lima, Peru, May 2 --", or a place alone opening
    // its paragraph, "Lima: The …": only capitalised words, numbers and commas.)
    let first = doc.slice(&doc.tokens[sent_start]).as_bytes();
    let capitals = first.len() > 2 && first.iter().all(u8::is_ascii_uppercase);
    // (A colon ends only such a line: "NATO said: …" opens with its subject; an introductory
    // phrase is none: "On Friday, Lee — a former mayor — said".)
    let place = |d: usize| {
        let tok = |i: usize| &doc.tokens[i];
        !doc.norm_one_of(sent_start, INTRODUCERS.0)
            && (sent_start..d).all(|i| {
                tok(i).cap
                    || tok(i).kind == TokenKind::Number
                    || word_in!(doc.norm_at(i), "," | ".")
            })
            && !doc.norm_is(d - 1, ",")
            && (capitals
                || (sent_start..d).any(|i| doc.norm_is(i, ","))
                || (d == sent_start + 1
                    && doc.tokens.get(d + 1).is_some_and(|t| t.cap)
                    && opens_paragraph(doc, sent_start)))
    };
    let dash = |d: usize| !doc.norm_is(d, ":") && (doc.norm_is(d - 1, ")") || capitals);
    head.filter(|&d| dash(d) || place(d)).map(|d| {
        // ("--": a dash typed twice.)
        let mut k = d + 1;
        while k < limit && word_in!(doc.norm_at(k), "-" | "—" | "–") {
            k += 1;
        }
        k
    })
}

/// A speaker is a noun phrase: adverbs at its edges go ("said quickly"), and a phrase that opens
/// a new clause ("while the party said"), holds a verb ("I am") or ends on a function word
/// ("issued a", "renewed his") is no speaker.
pub(crate) fn plausible(doc: &Document, mut r: Range<usize>) -> Option<Range<usize>> {
    let adverb = |k: usize| {
        let t = &doc.tokens[k];
        !t.cap && ly_adverb(doc.norm(t))
    };
    // ("Even Lee said", "Even as Lee was …": a focus word opens the phrase, no one's name.)
    while r.start < r.end && (adverb(r.start) || doc.norm_is(r.start, "even")) {
        r.start += 1;
    }
    // "Trump later told": an adverb of time or manner before the verb is not the speaker's.
    while r.end > r.start
        && (adverb(r.end - 1)
            || (!doc.tokens[r.end - 1].cap && doc.norm_one_of(r.end - 1, AUXILIARIES.0)))
    {
        r.end -= 1;
    }
    // "a lawyer who advises campaigns told": the relative clause is cut off, not the speaker's.
    if r.end > r.start + 1 && doc.norm_is(r.end - 1, "who") {
        r.end -= 1;
    }
    // "as recently as Thursday Mayor Vole touted": a day before a name is not the speaker's.
    if r.len() > 1
        && doc.norm_one_of(r.start, crate::attribution::WEEKDAYS.0)
        && doc.tokens[r.start + 1].cap
    {
        r.start += 1;
    }
    // "said Ann Lee Tuesday", "Ann Lee last week told", "Inspectors this time said": a time
    // after a name is when, not who.
    let when = |k: usize| {
        let (t, n) = (&doc.tokens[k], doc.norm_at(k));
        crate::attribution::WEEKDAYS.contains(&n)
            || (n == "time" && word_in!(doc.norm_at(k - 1), "this" | "last"))
            || (!t.cap
                && TIME_WORDS.contains(&n)
                && !word_in!(n, "." | "a" | "an" | "the" | "statement" | "interview"))
    };
    if let Some(k) = (r.start + 1..r.end).rev().take_while(|&k| when(k)).last() {
        if doc.tokens[k - 1].cap {
            r.end = k;
        }
    }
    if r.is_empty() {
        return None;
    }
    // "members from Dover, Hythe, Deal and Rye said": the tail of a series, not its subject.
    // ("councillors from Dover, Deal and Rye said": two before it, after a preposition that
    // does not open the sentence, as "In Dover, Lee and Roe said" does.)
    let series_tail = r.start >= 3
        && doc.norm_is(r.start - 1, ",")
        && (doc.norm_is(r.start - 3, ",")
            || word_in!(
                doc.norm_at(r.start - 3),
                "from" | "of" | "in" | "at" | "for"
            ) && r.start - 3
                > doc.sentences[doc.tokens[r.start].sentence as usize]
                    .tokens
                    .start)
        && doc.tokens[r.start - 3].sentence == doc.tokens[r.start].sentence
        && r.clone().any(|k| doc.norm_is(k, "and"));
    if series_tail {
        return None;
    }
    // "TOKYO, Japan (Reuters) - Lee, who …, said": a dateline is where, never who. (Not one
    // that ends on a colon: "LEE: …" may be a transcript's speaker.)
    let sent = &doc.sentences[doc.tokens[r.start].sentence as usize];
    if after_dateline(doc, sent.tokens.start, sent.tokens.end)
        .is_some_and(|a| r.end <= a && !doc.norm_is(a - 1, ":"))
    {
        return None;
    }
    let first = doc.norm_at(r.start);
    let first_tok = &doc.tokens[r.start];
    let last = doc.norm_at(r.end - 1);
    // A preposition opens an adverbial phrase, not a speaker ("…,\" in the election, predicted
    // Lee"; "since Abe vowed …"); "to" opens an infinitive ("used \"X\" to describe").
    let opens_clause = few!("while" "whereas" "but" "and" "as" "because" "although" "though" "when" "if" "in" "on" "at" "since" "before" "after" "during" "from" "with" "there" "to" "not")
    .contains(&first);
    let holds_verb = r.clone().any(|k| {
        let n = doc.norm_at(k);
        few!("am" "is" "are" "was" "were" "be" "been" "i'm" "it's" "we're")
        .contains(&n)
            || (!doc.tokens[k].cap && few!("not" "would" "could" "should" "will").contains(&n))
            // ("Judge doesn't have", "Lee cannot say": a negated verb.)
            || n.ends_with("n't")
            || n == "cannot"
    });
    // "renewed his", "issued a": a verb, not a name, opens it; so does a participle opening
    // its sentence before a preposition ("Asked for comment, …").
    let participle_opening = r.len() > 1
        && !doc.tokens[r.start + 1].cap
        && word_in!(
            doc.norm_at(r.start + 1),
            "for" | "about" | "by" | "to" | "on" | "after"
        );
    // ("Writing about the judge on Monday, Lee said": an -ing participle's phrase too.)
    let opens_with_verb = ((!first_tok.cap || participle_opening) && first.ends_with("ed")
        || participle_opening && first.ends_with("ing"))
        && first.len() > 3;
    // "have descended this week to": a perfect's auxiliary opens a verb phrase, never a speaker.
    let opens_with_verb = opens_with_verb || word_in!(first, "have" | "has" | "had");
    // "North Korea if it": a subordinate clause opens inside; a noun phrase holds none.
    let inner_clause = (r.start + 1..r.end).any(|k| {
        !doc.tokens[k].cap && word_in!(doc.norm_at(k), "if" | "unless" | "whether" | "because")
    });
    let ends_badly = !doc.tokens[r.end - 1].cap && FUNCTION.contains(&last);
    // "Sunday", "last week": a time, not a speaker. ("said the 46-year-old": an age written
    // solid is a person.)
    let is_number = r.clone().all(|k| {
        let n = doc.norm_at(k);
        (doc.tokens[k].kind != TokenKind::Word && !n.ends_with("-old"))
            || (TIME_WORDS.contains(&n)
                && !few!("statement" "interview" "twitter" "television").contains(&n)
                // "May said", "Theresa May": a name, not the month.
                && !(n == "may"
                    && doc.tokens[k].cap
                    && (r.len() == 1 || (k > r.start && doc.tokens[k - 1].cap))))
    }) && !r.clone().all(|k| doc.norm_one_of(k, DETERMINERS.0));
    // "of the group": a preposition's object; "Nelson's": an owner, not a speaker. ("other
    // inspectors have told her": a group like "some inspectors".)
    let opens_with_preposition = !first_tok.cap
        && !DETERMINERS.contains(&first)
        && !few!("some" "all" "each" "every" "any" "these" "those" "other").contains(&first)
        && FUNCTION.contains(&first);
    let last_text = doc.slice(&doc.tokens[r.end - 1]);
    let firm = possessive_name(doc, r.end);
    let possessive = !firm && owner_form(last_text);
    let bad = opens_clause
        || inner_clause
        || holds_verb
        || opens_with_verb
        || ends_badly
        || is_number
        || opens_with_preposition
        || possessive;
    (!bad).then_some(r)
}

/// The subject `j..end` ends in an organisation named after "of" (`experts Ann Lee and Bo Tan
/// of Dover's Institute for Science and Harbour Security`): capitalised words joined by "and",
/// "for", "of", "the" or an owner's "'s" from its "of" to the end, each part of the subject at
/// most a usual speaker's length.
fn organisation_tail(doc: &Document, j: usize, end: usize) -> bool {
    let joiner = |k: usize| {
        word_in!(
            doc.norm_at(k),
            "and" | "for" | "of" | "the" | "'" | "’" | "s" | "'s" | "’s" | "-" | "&"
        )
    };
    let mut r = end;
    while r > j && (doc.tokens[r - 1].cap && doc.tokens[r - 1].is_word() || joiner(r - 1)) {
        r -= 1;
    }
    let Some(o) = (r..end).find(|&k| doc.norm_is(k, "of")) else {
        return false;
    };
    let head = o + 1 + usize::from(doc.norm_is(o + 1, "the"));
    end > head
        && doc.tokens[head].cap
        && doc.tokens[end - 1].cap
        && o - j <= MAX_SPEAKER_TOKENS
        && end - o <= MAX_SPEAKER_TOKENS
}

/// A present in -s in lower case ("laughs", "grins"), five letters at least ("-ss", "-us" not).
fn present_verb(doc: &Document, k: usize) -> bool {
    let t = &doc.tokens[k];
    let n = doc.norm(t);
    t.is_word()
        && !t.cap
        && n.len() > 4
        && n.ends_with('s')
        && !n.ends_with("ss")
        && !n.ends_with("us")
}

/// A past-tense word in lower case ("resisted", "reacted"), five letters at least.
fn past_verb(doc: &Document, k: usize) -> bool {
    let t = &doc.tokens[k];
    let n = doc.norm(t);
    t.is_word() && !t.cap && n.len() > 4 && n.ends_with("ed")
}

// Tokens of the sentence before read by `continued`, counted in unit tests: the work per
// speakerless quotation must stay bounded (a scan of that whole sentence per quotation was
// quadratic in a long sentence of many quotations).
#[cfg(test)]
thread_local! {
    static READ: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

#[cfg(test)]
mod tests {
    use super::READ;

    fn read(text: &str) -> usize {
        let analyzer = crate::Analyzer::builtin().unwrap();
        READ.with(|c| c.set(0));
        analyzer.analyze(text, &crate::Options::default()).unwrap();
        READ.with(|c| c.get())
    }

    /// A long sentence before a sentence of many quotations with no speaker, each opening after
    /// a colon: every one looks back at the sentence before, in a bounded window.
    #[test]
    fn continued_reads_a_bounded_window_per_quotation() {
        let text = |n: usize| {
            let prev = "The plan covers ".to_string() + &"the dam and ".repeat(n);
            prev + "the rest. Then " + &"item: \"we left early\" ".repeat(n) + "."
        };
        let (small, big) = (read(&text(300)), read(&text(2400)));
        assert!(small > 0);
        assert!(big <= 41 * 2400, "{big} tokens read for 2400 quotations");
        // Linear: eight times the text, about eight times the reading (quadratic: 64).
        assert!(big <= 10 * small, "{small} -> {big}");
    }
}
