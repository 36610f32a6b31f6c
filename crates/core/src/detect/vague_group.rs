//! Vague attributions found by their shape rather than by listed string: a group of commentators
//! whom the text never names ("some legal experts", "detractors", "tax analysts") as the subject of
//! a verb of saying or thinking ("noted", "claimed", "estimate"). The list holds the common
//! phrasings ("critics say"); this finds the rest of the family ("critics claimed", "some
//! economists predicted") without a variant per verb and tense.

use std::ops::Range;

use super::anonymous::GROUP_NOUNS;
use crate::attribution::Attribution;
use crate::segment::{Document, HashFilter, TokenKind};
use crate::words::few;
use crate::words::Words;

/// Nouns for commentators: people whose view is news only when the reader knows who holds it.
/// The listed phrases' group nouns (`anonymous::is_group_noun`), less "officials" (an unnamed
/// source, found as one) and "others" (a group only with a quantifier), plus more kinds of
/// commentator: the learned ("scientists believe"), reviewers, and the sides of a measure
/// ("supporters say", "opponents argue", "advocates warned") and unnamed bodies ("aid
/// organizations warned"), whose views pass without an owner only as a verb of saying or thinking
/// follows them at once. Parties who act ("residents", "activists", "groups") are left out: they
/// are more often who the story is about than a shield for a view.
fn is_commentator(n: &str) -> bool {
    (super::anonymous::is_group_noun(n) && !word_in!(n, "officials" | "others"))
        || MORE_COMMENTATORS.contains(&n)
}
const MORE_COMMENTATORS: Words = Words("detractors scholars specialists scientists researchers academics reviewers advocates supporters proponents opponents organizations organisations");

/// Words that open a vague group by counting it, not by pointing back to one already named.
fn is_quantifier(n: &str) -> bool {
    few!("some" "many" "most" "several" "other" "various" "numerous" "few").contains(&n)
}

/// Words that point back to a group the text has introduced ("the analysts", "these critics"):
/// a re-mention, whose sourcing was judged where the group was first described.
fn points_back(n: &str) -> bool {
    few!("the" "these" "those" "this" "that" "its" "their" "his" "her" "our").contains(&n)
}

/// Lowercase words that end a group's modifiers rather than modify it ("but critics say",
/// "which experts say").
fn is_function_word(n: &str) -> bool {
    few!("a" "an" "and" "or" "but" "nor" "yet" "so" "that" "which" "who" "whom" "as" "of" "to" "in" "on" "for" "with" "by" "at" "from" "while" "although" "though" "because" "since" "if" "when" "where" "than" "even" "now" "still" "also" "between" "among" "against" "involving")
    .contains(&n)
        || points_back(n)
}

/// Words between a group and its verb: auxiliaries and adverbs ("critics have long argued").
pub(super) fn is_verb_filler(n: &str) -> bool {
    few!("have" "had" "also" "long" "repeatedly" "often" "previously" "widely" "has" "similarly" "generally" "largely" "increasingly" "privately")
    .contains(&n)
}

/// Verbs of thinking and forecasting that attribute a view as verbs of saying do (the cue lists
/// hold the verbs of saying), and the verbs of saying a vague group is most often given.
pub(super) fn is_view_verb(n: &str) -> bool {
    // (From "warn" on: verbs of saying, in case a user's lists drop them as cues.)
    few!("believe" "believes" "believed" "think" "thinks" "thought" "fear" "fears" "feared" "expect" "expects" "expected" "doubt" "doubts" "doubted" "estimate" "estimates" "estimated" "predict" "predicts" "predicted" "worry" "worries" "worried" "suspect" "suspects" "suspected" "speculate" "speculates" "speculated" "reckon" "reckons" "reckoned" "agree" "agrees" "agreed" "conclude" "concluded" "contend" "contends" "contended" "note" "notes" "noted" "warn" "warns" "warned" "suggest" "suggests" "suggested" "insist" "insists" "insisted" "claim" "claims" "claimed")
    .contains(&n)
}

/// Token ranges (group through verb) of vague groups speaking, outside quotations, in text order.
/// A group led by a name ("Ruiz and other critics"), owned by one ("Pell Bank analysts"), or
/// pointed back to ("the analysts") is not vague. Each group noun is looked at once and the walks
/// from it are bounded, so this is linear in the text.
pub fn find(doc: &Document, attr: &Attribution) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    // (Only the tokens whose hash may be a commentator noun's are looked at: a loop over every
    // token with a test of its last letter cost 1.8% of the analysis.)
    let bytes = doc.text.as_bytes();
    static NOUNS: std::sync::OnceLock<HashFilter> = std::sync::OnceLock::new();
    let nouns = NOUNS.get_or_init(|| HashFilter::new(&[GROUP_NOUNS, MORE_COMMENTATORS]));
    for head in doc.tokens_passing(nouns) {
        let h = &doc.tokens[head];
        // (A plural of six letters or more as written: "critics'" is a possessive.)
        if bytes
            .get((h.end as usize).wrapping_sub(1))
            .is_none_or(|b| b | 0x20 != b's')
            || h.end - h.start < 6
            || h.kind != TokenKind::Word
            || h.quote.is_some()
        {
            continue;
        }
        let n = doc.norm(h);
        if !is_commentator(n) {
            continue;
        }
        let sent = doc.sentences[h.sentence as usize].tokens.clone();
        // A capitalised head inside a sentence is part of a name ("Oxford Economists").
        if h.cap && head > sent.start {
            continue;
        }
        // Forward over auxiliaries and adverbs ("have long") to the verb.
        let mut v = head + 1;
        while v < sent.end && v - head <= 3 && is_verb_filler(doc.norm_at(v)) {
            v += 1;
        }
        if v >= sent.end || doc.tokens[v].quote.is_some() {
            continue;
        }
        let verb_end = match attr.is_cue_start(v) {
            // ("Organizations have asked for copies": a request, not a view.)
            Some(_)
                if doc.norm_at(v).starts_with("ask")
                    && word_in!(doc.norm_at(v + 1), "for" | "to") =>
            {
                continue
            }
            Some(cue) => cue.end,
            // ("Experts agreed to help": an act, not a view.)
            None if is_view_verb(doc.norm_at(v))
                && !(doc.norm_at(v).starts_with("agree") && doc.norm_is(v + 1, "to")) =>
            {
                v + 1
            }
            None => continue,
        };
        // "Opponents attacking her as unfit", "critics called him a liar": a verb whose object
        // is a person, then what they are called or charged with, is the group acting on someone
        // in the story, not a view passed off as common wisdom ("critics say he lied" stays).
        if word_in!(doc.norm_at(verb_end), "him" | "her" | "them")
            && word_in!(doc.norm_at(verb_end + 1), "as" | "of" | "for" | "a" | "an")
        {
            continue;
        }
        // "Economists have argued over the details": a debate named as a topic sources no claim.
        if doc.norm_at(verb_end - 1).starts_with("argu")
            && word_in!(doc.norm_at(verb_end), "over" | "about")
        {
            continue;
        }
        // Up to two lowercase modifiers ("legal", "independent tax").
        let mut s = head;
        while s > sent.start && head - s < 2 {
            let m = &doc.tokens[s - 1];
            let n = doc.norm(m);
            // ("The panel said intelligence experts had concluded": a verb of saying before
            // the group is its teller's, not a modifier.)
            if m.kind != TokenKind::Word
                || m.cap
                || is_function_word(n)
                || is_quantifier(n)
                || attr.cue_at(s - 1).is_some()
            {
                break;
            }
            s -= 1;
        }
        if s > sent.start && is_quantifier(doc.norm_at(s - 1)) {
            s -= 1;
        }
        // "a sweeping change supporters say": a singular article cannot open a plural group, so
        // the words walked over end the noun before it.
        if s < head && s > sent.start && word_in!(doc.norm_at(s - 1), "a" | "an") {
            s = head;
        }
        // The subject of a clause another speaker reports ("the panel said intelligence experts
        // had concluded …"): that speaker's account, which the outlet credits to them.
        if s > sent.start && attr.cue_at(s - 1).is_some() {
            continue;
        }
        // "brawls between rival supporters reported in the east": after a noun and a preposition
        // the group is inside that noun's phrase, and the verb is a participle of what was done.
        if s > sent.start + 1
            && word_in!(
                doc.norm_at(s - 1),
                "between"
                    | "among"
                    | "against"
                    | "involving"
                    | "on"
                    | "at"
                    | "by"
                    | "with"
                    | "from"
            )
            && !doc.tokens[s - 2].cap
            && doc.tokens[s - 2].is_word()
            && !is_function_word(doc.norm_at(s - 2))
        {
            continue;
        }
        // "the kind of job that economists say is …": "that" before a plural is a conjunction
        // or a relative pronoun, not a demonstrative pointing back ("those"). Only before a bare
        // or counted group that says: "the figure that analysts expected", "charities that fund
        // organizations suspected of …" are what the clause is about.
        let that_says = s > sent.start
            && doc.norm_is(s - 1, "that")
            && word_in!(doc.norm_at(v), "say" | "says" | "said")
            && (s..head).all(|k| is_quantifier(doc.norm_at(k)));
        if s > sent.start && !that_says && !vague_before(doc, s, sent.start) {
            continue;
        }
        out.push(s..verb_end);
    }
    out
}

/// "Legal", "Nuclear", "Political", "Independent": a sentence's first word shaped like an
/// adjective is capitalised by grammar, not a firm's name ("Nomura analysts").
fn is_adjective_form(n: &str) -> bool {
    n.len() > 4
        && ["al", "ic", "ar", "ive", "ous", "ent", "ign"]
            .iter()
            .any(|e| n.ends_with(e))
}

/// Whether what stands before a group at `s` (in the sentence from `sent`) leaves it vague.
fn vague_before(doc: &Document, s: usize, sent: usize) -> bool {
    let p = &doc.tokens[s - 1];
    let n = doc.norm(p);
    if p.kind != TokenKind::Word {
        return true; // punctuation: "..., critics say"
    }
    if points_back(n) {
        return false;
    }
    // "Pell Bank analysts", "Tax experts" at a sentence's start: a capitalised word before the
    // group may be its owner's name; precision first. A capitalised function word ("But some
    // critics") is only a sentence's first word.
    // ("Industry observers said": a sector, no firm's name.)
    if p.cap
        && !is_function_word(n)
        && !(s - 1 == sent && (is_adjective_form(n) || n == "industry"))
    {
        return false;
    }
    // "Ruiz and other critics": a named member leads the group.
    if n == "and" && s - 1 > sent {
        let q = &doc.tokens[s - 2];
        if q.kind == TokenKind::Word && q.cap {
            return false;
        }
    }
    true
}
