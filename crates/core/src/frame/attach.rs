//! Which actor each loaded-language flag is about. In order:
//!
//! 1. `label`: the actor whose label the flag is on;
//! 2. `possessor`: the owner of the noun phrase the flag is in ("calling *her* disdainful
//!    remarks", "Trump's bluster");
//! 3. `subject`: the subject of the clause the flag is the verb or predicate of ("Trump
//!    repeatedly insisted", "*he* lashed out", "Trump's camp wasn't champing"), also before an
//!    aside ("Corker, the ranking Republican, complained"), the head of a relative clause
//!    ("Vale, who insisted"), past a weekday ("Vale on Tuesday insisted"), or shared by a
//!    coordinated verb ("Trump dismissed the claims and threatened"), or the subject right after an opening
//!    phrase the flag is in ("Sounding aggrieved, Mr. Trump said"); after the `object` rule,
//!    also the subject that opens the sentence when the flag is further on in its predicate
//!    ("The candidates, in calling for the report, put out \"petitions\"");
//! 4. `topic`: the article's main actor, other than the speaker of a quotation the flag is in;
//! 5. `sentence`: the nearest mention in the flag's sentence.
//!
//! A pronoun stands for the nearest earlier person (a title like "Mr." or "Ms." rules out the
//! other gender); inside a quotation, for someone other than its speaker. Each step reads a few tokens around the flag and a bounded run of earlier
//! mentions, so the whole pass is linear in the text.

use super::actors::{group_noun, title_like, Gender, MentionDraft};
use super::{ActorKind, FlagRef, Label, MentionKind, Via};
use crate::report::{Flag, Span};
use crate::segment::{Document, TokenKind};
use crate::words::Words;

/// Words of a verb group between a subject and a loaded verb or predicate: auxiliaries,
/// negation and a few adverbs ("has repeatedly", "wasn't", "is also").
const VERB_GROUP_LIST: Words = Words(concat!(
    "again already also am are be been being can could did do does first had has have herself",
    " himself is itself just later may might must never not now once should still then today",
    " tonight was were will would yesterday",
));

/// Words that end a possessive noun phrase when scanning back from a flag: a determiner or
/// clause word means the flag is not in the phrase the possessive opens.
const NP_BREAK_LIST: Words = Words(concat!(
    "a about after against amid among an and are as at be because been before but by during for",
    " from had has have he i if in into is it like not of on onto or over she since so than that",
    " the their them then these they this those through to toward towards under upon via was we",
    " were when which while who with within without you",
));

/// Words that open a prepositional phrase or a noun phrase: a name right after one is not a
/// clause's subject ("in the United States", "the North Korean regime").
const NOT_BEFORE_SUBJECT_LIST: Words = Words(concat!(
    "a about against amid among an at by for from in into of on onto over the through to toward",
    " towards under upon with within without",
));

/// Prepositions: a name after a noun and one of these inside a speaker phrase ("the lawyer for
/// Michael Flynn") modifies the speaker.
const PREPOSITIONS_LIST: Words = Words("about at for from in of on to with");

/// Nouns for an actor's own people, words and deeds: as a possessive subject ("Trump's camp
/// wasn't …", "her remarks were …") they stand for their owner; other nouns ("her brother", "his
/// client") name someone else.
const STANDS_FOR_OWNER_LIST: Words = Words(concat!(
    "administration advisers advisors aides allies attorneys behavior behaviour camp campaign",
    " comments conduct lawyers office remarks response rhetoric speech spokesman spokeswoman staff",
    " statement statements team tweet tweets words",
));

/// Words that may stand between "is"/"are" and a loaded word in the predicate: articles,
/// prepositions and intensifiers ("are under a", "was at the very").
const PREDICATE_LEAD_LIST: Words =
    Words("a among an at beyond in into of on so the too under very without");

/// Words that may open a sentence before its subject ("But Vale …") or stand before a group
/// noun that is the subject ("Several candidates …").
const SUBJECT_LEAD_LIST: Words = Words("and but many most other several so some still the yet");

/// Words that open another clause, or report someone's words: past one, a loaded word is no
/// longer in the predicate of the sentence's opening subject ("Vale said the plan was …", "Vale
/// met Ko, who …").
const CLAUSE_BREAK_LIST: Words = Words(concat!(
    "according added after although argue argued argues as because before believe believes claim",
    " claimed claims he her him i if it its said say says she since so than that their them they",
    " though told unless until we what when where whether which while who whom whose wrote you",
));

/// Most tokens between a sentence's opening subject and a loaded word in its predicate.
const MAX_PREDICATE: usize = 20;

/// Most words between a possessive and the word a flag is on ("her own disdainful remarks").
const MAX_MODIFIERS: usize = 2;
/// Most words between "is"/"are" and a loaded word in the predicate.
const MAX_PREDICATE_LEAD: usize = 4;
/// Most verb-group words between a subject and the flag.
const MAX_VERB_GROUP: usize = 3;
/// How far back a pronoun's antecedent is looked for: mentions, and sentences.
const ANTECEDENT_MENTIONS: usize = 12;
const ANTECEDENT_SENTENCES: u32 = 2;
/// Most tokens between "they" and its antecedent (the words between are read for a nearer
/// plural noun).
const PLURAL_ANTECEDENT_TOKENS: usize = 80;
/// Most tokens in an aside between a subject and its verb ("Corker, the ranking Republican,").
const MAX_ASIDE: usize = 12;
/// Most tokens back from "and" to the verb it joins ("dismissed the charges and").
const MAX_COORDINATION: usize = 24;

pub(super) struct Attacher<'a, 't> {
    pub doc: &'a Document<'t>,
    /// In text order.
    pub mentions: &'a [MentionDraft],
    pub kinds: &'a [ActorKind],
    pub genders: &'a [Option<Gender>],
    /// The text shows the actor is a person: a person's title, or named by surname alone.
    pub persons: &'a [bool],
    /// People named in the plural ("Democrats", "GOP lawmakers"): subjects like persons, and
    /// what "they" can stand for.
    pub plurals: &'a [bool],
    /// Per quotation: the speaker phrase's tokens, when the text says who spoke.
    pub speakers: &'a [Option<std::ops::Range<usize>>],
}

// Token words read by the attacher, counted in unit tests: the work per flag must stay bounded
// (a scan back to the sentence's start made a long sentence quadratic).
#[cfg(test)]
thread_local! {
    static WORDS_READ: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

impl<'a> Attacher<'a, '_> {
    /// A token's normal form (every word the attacher reads goes through here or `norm`).
    #[inline]
    fn norm_at(&self, k: usize) -> &'a str {
        #[cfg(test)]
        WORDS_READ.with(|c| c.set(c.get() + 1));
        self.doc.norm_at(k)
    }

    // `word_in!(self.norm_at(k), …)` in the page (whose build counts nothing).
    #[cfg(target_arch = "wasm32")]
    #[allow(dead_code)] // (no two-word one yet)
    fn norm_either(&self, k: usize, pair: &'static str) -> bool {
        self.doc.norm_either(k, pair)
    }
    #[cfg(target_arch = "wasm32")]
    fn norm_one_of(&self, k: usize, class: &'static str) -> bool {
        self.doc.norm_one_of(k, class)
    }

    #[inline]
    fn norm(&self, u: &crate::segment::Token) -> &'a str {
        #[cfg(test)]
        WORDS_READ.with(|c| c.set(c.get() + 1));
        self.doc.norm(u)
    }
}

impl Attacher<'_, '_> {
    /// The mention ending right before token `end`, if any.
    fn mention_ending_at(&self, end: usize) -> Option<&MentionDraft> {
        let i = self.mentions.partition_point(|m| m.toks.start < end);
        self.mentions[..i]
            .iter()
            .rev()
            .take(3)
            .find(|m| m.toks.end == end)
    }

    fn possessive(&self, tok: usize) -> bool {
        let s = self.doc.slice(&self.doc.tokens[tok]);
        crate::segment::ends_possessive(s) || s.ends_with('\'') || s.ends_with('’')
    }

    /// The person a pronoun (he, she, his, her) stands for: the nearest earlier one of a
    /// fitting gender within a few sentences. Only actors the text shows to be people count, so
    /// that a two-word place ("North Korea") is not taken for "he". A pronoun inside a
    /// quotation is someone the speaker talks about, never the speaker ("I think she should
    /// resign," Vale said): the nearest fitting actor other than the speaker, named outside
    /// quotations or in this one; left alone when the text does not say who spoke.
    fn antecedent(&self, tok: usize) -> Option<usize> {
        let want = match self.norm_at(tok) {
            "he" | "him" | "his" => Some(Gender::He),
            "she" | "her" => Some(Gender::She),
            "they" | "them" | "their" => None,
            _ => return None,
        };
        let t = &self.doc.tokens[tok];
        let speaker = match t.quote {
            None => None,
            Some(q) => Some(self.quote_speaker(q)?),
        };
        let i = self.mentions.partition_point(|m| m.toks.start < tok);
        self.mentions[..i]
            .iter()
            .rev()
            .take(ANTECEDENT_MENTIONS)
            .take_while(|m| {
                t.sentence
                    .saturating_sub(self.doc.tokens[m.toks.start].sentence)
                    <= ANTECEDENT_SENTENCES
            })
            .filter(|m| {
                let q = self.doc.tokens[m.toks.start].quote;
                (q.is_none() || (speaker.is_some() && q == t.quote)) && Some(m.actor) != speaker
            })
            .find(|m| match want {
                Some(want) => {
                    self.kinds[m.actor] == ActorKind::Person
                        && self.persons[m.actor]
                        && self.genders[m.actor].is_none_or(|g| g == want)
                }
                None => self.plurals[m.actor],
            })
            // "Democrats said officials were … and they": a plural noun for people between is
            // the nearer antecedent, and names no actor.
            .filter(|m| {
                want.is_some()
                    || (tok.saturating_sub(m.toks.end) <= PLURAL_ANTECEDENT_TOKENS
                        && (m.toks.end..tok).all(|k| !group_noun(self.norm_at(k))))
            })
            .map(|m| m.actor)
    }

    /// The actor who speaks quotation `q`: named in its speaker phrase, or a pronoun there
    /// resolved like any other ("…," he said).
    fn quote_speaker(&self, q: u32) -> Option<usize> {
        let toks = self.speakers.get(q as usize)?.clone()?;
        let doc = self.doc;
        let (first, last) = (
            doc.tokens.get(toks.start)?,
            doc.tokens.get(toks.end.checked_sub(1)?)?,
        );
        let sp = Span {
            start: first.start as usize,
            end: last.end as usize,
            text: String::new(),
        };
        self.speaker_actor(&sp).or_else(|| {
            toks.clone()
                .find(|&k| word_in!(self.norm_at(k), "he" | "she" | "they"))
                .and_then(|k| self.antecedent(k))
        })
    }

    /// A possessive right before token `k` ("Trump's", "his"): its owner, and where it starts.
    fn owner_at(&self, k: usize) -> Option<(Option<usize>, usize)> {
        let q = k.checked_sub(1)?;
        // "Republicans' plan": a plural's apostrophe is a token of its own, right after the s.
        let (u, p) = (&self.doc.tokens[q], q.saturating_sub(1));
        let plural = q > 0
            && self.norm_at(q) == "'"
            && self.doc.tokens[p].end == u.start
            && self.norm_at(p).ends_with('s');
        let m = self.mention_ending_at(if plural { q } else { k });
        if let Some(m) = m.filter(|_| plural || self.possessive(q)) {
            return Some((Some(m.actor), m.toks.start));
        }
        word_in!(self.norm_at(q), "his" | "her" | "their").then(|| (self.antecedent(q), q))
    }

    /// The owner of the noun phrase the flag at token `t` modifies: "calling her disdainful
    /// remarks", "Trump's bellicose rhetoric" (up to two words between). Not when the phrase
    /// names a person ("his embattled secretary of state"): the word is about that person.
    fn possessor(&self, t: usize, sent_start: usize) -> Option<usize> {
        let mut k = t;
        for _ in 0..=MAX_MODIFIERS {
            if k <= sent_start {
                return None;
            }
            if let Some((owner, _)) = self.owner_at(k) {
                let head = self.doc.tokens[t..]
                    .iter()
                    .take(3)
                    .position(|u| u.kind != TokenKind::Word || u.cap)
                    .map_or(t + 3, |p| t + p);
                let names_person = (t + 1..head).any(|h| title_like(self.norm_at(h)));
                return owner.filter(|_| !names_person);
            }
            let tok = &self.doc.tokens[k - 1];
            let n = self.norm_at(k - 1);
            if tok.kind != TokenKind::Word
                || tok.cap
                || NP_BREAK_LIST.contains(&n)
                || verb_group_word(n)
            {
                return None;
            }
            k -= 1;
        }
        None
    }

    /// The agent of a passive loaded verb: "was slammed by Ruth Calder" is about Calder, whose
    /// act the verb judges, as "Calder slammed" would be.
    fn agent(&self, t: usize, end: usize) -> Option<usize> {
        let sent = self.doc.tokens[t].sentence;
        let mut k = t;
        if k > 0 && verb_group_word(self.norm_at(k - 1)) && self.norm_at(k - 1).ends_with("ly") {
            k -= 1;
        }
        let passive = k > 0
            && word_in!(
                self.norm_at(k - 1),
                "was" | "were" | "been" | "being" | "is" | "are" | "be"
            );
        let by = end;
        if !passive || self.norm_at(by) != "by" {
            return None;
        }
        let i = self.mentions.partition_point(|m| m.toks.start <= by);
        self.mentions[i..]
            .iter()
            .take_while(|m| m.toks.start <= by + 2)
            .find(|m| self.doc.tokens[m.toks.start].sentence == sent)
            // "by GOP colleagues": the name modifies the agent, it is not the agent.
            .filter(|m| {
                self.doc.tokens.get(m.toks.end).is_none_or(|u| {
                    u.kind != TokenKind::Word || u.cap || NP_BREAK_LIST.contains(&self.norm(u))
                })
            })
            .map(|m| m.actor)
    }

    /// The subject of the clause whose verb or predicate is the flag at token `t`, past a few
    /// auxiliaries and adverbs: a person named there ("Trump repeatedly insisted"), a pronoun
    /// for one ("he lashed out"), or a possessive phrase for its owner's people or words
    /// ("Trump's camp wasn't champing"). A name inside a prepositional or noun phrase ("in the
    /// United States", "the North Korean regime") is no subject. Two more shapes reach a subject
    /// further back: an aside between commas ("Corker, the ranking Republican, complained") and
    /// a verb coordinated with an earlier one ("Vale dismissed the charges and threatened").
    fn subject(&self, f: &Flag, t: usize, sent_start: usize) -> Option<usize> {
        let mut k = self.verb_group_start(t, sent_start);
        // "Vale on Tuesday insisted": a weekday between the subject and its verb.
        if k > sent_start + 1 && crate::attribution::WEEKDAYS.contains(&self.norm_at(k - 1)) {
            k -= 1 + (self.norm_at(k - 2) == "on") as usize;
        }
        if k <= sent_start {
            return None;
        }
        if let Some(decided) = self.subject_before(k) {
            return decided;
        }
        match self.norm_at(k - 1) {
            "," => self.subject_before_aside(k - 1, sent_start),
            "and" | "but" if verb_like(f) => self.coordinated_subject(k - 1, sent_start),
            // "Vale, who has long railed": a relative clause's verb is its head's.
            "who" => {
                let j = k - 1 - (self.norm_at(k.saturating_sub(2)) == ",") as usize;
                (j > sent_start)
                    .then(|| self.subject_before(j))
                    .flatten()
                    .flatten()
            }
            _ => None,
        }
    }

    /// "Vale's aides are under a reign of terror": a loaded word in a prepositional or noun
    /// phrase right after "is"/"are"/"was"/"were" (only articles, prepositions and adverbs
    /// between) is predicated of that verb's subject.
    fn copula_subject(&self, t: usize, sent_start: usize) -> Option<usize> {
        let mut k = t;
        for _ in 0..MAX_PREDICATE_LEAD {
            if k <= sent_start {
                return None;
            }
            let n = self.norm_at(k - 1);
            if word_in!(n, "is" | "are" | "was" | "were") {
                break;
            }
            if self.doc.tokens[k - 1].kind != TokenKind::Word
                || !(PREDICATE_LEAD_LIST.contains(&n) || (n.len() > 4 && n.ends_with("ly")))
            {
                return None;
            }
            k -= 1;
        }
        // (The loop may end with k at the sentence's start: "a a a a notorious".)
        if k == t
            || k <= sent_start
            || !word_in!(self.norm_at(k - 1), "is" | "are" | "was" | "were")
        {
            return None;
        }
        let v = self.verb_group_start(k, sent_start);
        if v <= sent_start {
            return None;
        }
        self.subject_before(v).flatten()
    }

    /// "Sounding defensive and aggrieved, Vale said": a loaded word in a participial or adverbial
    /// phrase that opens the sentence describes the subject right after the phrase's comma (a
    /// person or group named there, or "he"/"she"). Only a phrase that opens with a word in
    /// -ing, -ed or -ly and names no one: "After Ko's bluster, Vale said" is Ko's, and "Despite
    /// the warnings, Vale" opens with a preposition.
    fn fronted_subject(&self, t: usize, sent: &std::ops::Range<usize>) -> Option<usize> {
        let doc = self.doc;
        let first = (sent.start..t).find(|&k| doc.tokens[k].kind == TokenKind::Word)?;
        let w = self.norm_at(first);
        // (A dateline in capitals, "BEIJING -", is no participle.)
        let capitals = doc
            .slice(&doc.tokens[first])
            .as_bytes()
            .get(1)
            .is_some_and(u8::is_ascii_uppercase);
        if capitals
            || w.len() < 5
            || !(w.ends_with("ing") || w.ends_with("ed") || w.ends_with("ly"))
        {
            return None;
        }
        let quote = doc.tokens[t].quote;
        let comma = (t + 1..sent.end)
            .take(MAX_ASIDE)
            .take_while(|&k| doc.tokens[k].quote == quote)
            .find(|&k| doc.tokens[k].kind == TokenKind::Punct)
            .filter(|&k| self.norm_at(k) == ",")?;
        let after = comma + 1;
        // The sentence's first mention: none in the phrase, and the subject right after it
        // (titles may stand between: "…, Mr. Vale", "…, Sen. Ko").
        let i = self.mentions.partition_point(|m| m.toks.start < sent.start);
        if let Some(m) = self.mentions.get(i) {
            if m.toks.start < comma {
                return None;
            }
            if m.toks.start < after + 4
                && (after..m.toks.start).all(|k| doc.tokens[k].cap || self.norm_at(k) == ".")
                && (self.kinds[m.actor] == ActorKind::Person || self.plurals[m.actor])
            {
                return Some(m.actor);
            }
        }
        match self.norm_at(after) {
            "he" | "she" | "they" => self.antecedent(after),
            _ => None,
        }
    }

    /// "The uproar forced Mia Ko to resign": a loaded verb whose sentence names no one before
    /// it (and has no "he", "she", "they", "I", "we", "who") judges what befell the person or
    /// group named right after it, its object (titles may stand between: "forced Ms. Ko"; a
    /// possessive too: "critics hammered Vale's plan" is about Vale).
    /// `first_pronoun` is the sentence's first pronoun token (see `first_pronoun`).
    fn object(
        &self,
        f: &Flag,
        t: usize,
        end: usize,
        sent: &std::ops::Range<usize>,
        first_pronoun: usize,
    ) -> Option<usize> {
        let doc = self.doc;
        if !verb_like(f) {
            return None;
        }
        // Any name before it may be the verb's subject ("The White House asserts Vale …",
        // "Ryan stunned Republicans"), whatever its kind.
        let i = self.mentions.partition_point(|m| m.toks.start < sent.start);
        let actor_before = self.mentions.get(i).is_some_and(|m| m.toks.start < t);
        let pronoun_before = first_pronoun < t;
        // A capitalised word right before the verb group is a subject the actor finder left
        // out ("Ryan stunned Republicans" at a sentence's start, "Al-Awlaki extols …").
        let k = self.verb_group_start(t, sent.start);
        let capital_subject = k > sent.start && {
            let u = &doc.tokens[k - 1];
            u.kind == TokenKind::Word && u.cap
        };
        if actor_before || pronoun_before || capital_subject {
            return None;
        }
        let j = self.mentions.partition_point(|m| m.toks.start < end);
        let m = self.mentions.get(j)?;
        let person = self.kinds[m.actor] == ActorKind::Person
            || self.persons[m.actor]
            || self.plurals[m.actor];
        let next = m.toks.start < end + 3
            && m.toks.start < sent.end
            && (end..m.toks.start).all(|k| doc.tokens[k].cap || self.norm_at(k) == ".");
        (person && next).then_some(m.actor)
    }

    /// "The candidates, in calling for the report, also sought supporters by putting out
    /// petitions": a loaded word in the predicate of a sentence whose subject opens it (a person
    /// or group named there, or described: "the legislation") is about that subject, when
    /// nothing between names anyone else, opens another clause or reports speech, and the flag
    /// is in the subject's quotation (or outside quotations with it). Not a noun with its own
    /// "of" phrase ("the hysteria of the crowd").
    fn clause_subject(&self, t: usize, end: usize, sent: &std::ops::Range<usize>) -> Option<usize> {
        let doc = self.doc;
        // "the rage and hysteria of the crowd": a noun with its own "of" phrase is about that.
        if end < sent.end && self.norm_at(end) == "of" {
            return None;
        }
        // A word in scare quotes (three words at most, inside the sentence) is the outlet's
        // sentence: "putting out \"petitions\"".
        let mut quote = doc.tokens[t].quote;
        let scare = quote.filter(|&q| {
            let q = &doc.quotes[q as usize];
            q.closed && q.tokens.len() <= 3 && q.tokens.start > sent.start + 1
        });
        if let Some(q) = scare {
            let open = doc
                .tokens
                .partition_point(|u| (u.end as usize) <= doc.quotes[q as usize].start);
            quote = doc.tokens[open.checked_sub(1)?].quote;
        }
        // The subject: the first mention, at the sentence's start or after a few lead words.
        let i = self.mentions.partition_point(|m| m.toks.start < sent.start);
        let m = self.mentions.get(i).filter(|m| m.toks.end < t)?;
        // (The distance first: the lead words are read only when there are few.)
        if m.toks.start > sent.start + 2
            || (sent.start..m.toks.start).any(|k| {
                let u = &doc.tokens[k];
                u.kind != TokenKind::Word || !SUBJECT_LEAD_LIST.contains(&self.norm(u))
            })
            || doc.tokens[m.toks.start].quote != quote
            || self.possessive(m.toks.end - 1)
            || !(self.kinds[m.actor] == ActorKind::Person
                || self.plurals[m.actor]
                || m.kind == MentionKind::Reference)
        {
            return None;
        }
        // Its verb: a lowercase word right after it (not "of", "and": "Vale of Ohio", "Vale and
        // Ko"), or an aside between commas.
        let next = doc.tokens.get(m.toks.end)?;
        let n = self.norm(next);
        let verb_next = next.kind == TokenKind::Word
            && !next.cap
            && !NOT_BEFORE_SUBJECT_LIST.contains(&n)
            && !word_in!(n, "and" | "or" | "nor");
        if !(verb_next || n == ",") || t - m.toks.end > MAX_PREDICATE || t <= m.toks.end + 1 {
            return None;
        }
        // Nothing between names another actor, opens a clause or leaves the quotation.
        let j = self.mentions.partition_point(|o| o.toks.start < m.toks.end);
        if self.mentions[j..]
            .iter()
            .take_while(|o| o.toks.start < t)
            .any(|o| o.actor != m.actor)
        {
            return None;
        }
        let clean = (m.toks.end..t).all(|k| {
            let u = &doc.tokens[k];
            (u.quote == quote || (scare.is_some() && u.quote == scare))
                && match u.kind {
                    TokenKind::Word => !CLAUSE_BREAK_LIST.contains(&self.norm(u)),
                    _ => self.norm(u) == "," || (scare.is_some() && is_quote_mark(self.norm(u))),
                }
        });
        clean.then_some(m.actor)
    }

    /// The first token in `sent` that is a pronoun able to be a verb's subject ("he", "who"),
    /// or `sent.end`. Read once per sentence: a scan per flag would be quadratic in a long
    /// sentence.
    fn first_pronoun(&self, sent: &std::ops::Range<usize>) -> usize {
        sent.clone()
            .find(|&k| {
                word_in!(
                    self.norm_at(k),
                    "he" | "she" | "they" | "i" | "we" | "you" | "who"
                )
            })
            .unwrap_or(sent.end)
    }

    /// Where the verb group ending before token `t` starts ("has repeatedly insisted").
    fn verb_group_start(&self, t: usize, sent_start: usize) -> usize {
        let mut k = t;
        while k > sent_start && t - k < MAX_VERB_GROUP && verb_group_word(self.norm_at(k - 1)) {
            k -= 1;
        }
        k
    }

    /// The subject ending right before token `k`: `Some(actor or none)` when a name, pronoun or
    /// possessive phrase stands there (and decides), `None` when nothing does.
    fn subject_before(&self, k: usize) -> Option<Option<usize>> {
        if let Some(m) = self.mention_ending_at(k) {
            // Institutions are named as settings as often as actors ("the Senate voted"), so
            // only a person or a group of people is taken as the subject by name; an
            // organisation only when the text refers to it as an actor ("the group insists").
            // "the Democrats insisted": people named in the plural take "the" as subjects.
            let opener = m.toks.start.checked_sub(1).is_some_and(|p| {
                let w = self.norm_at(p);
                NOT_BEFORE_SUBJECT_LIST.contains(&w) && !(w == "the" && self.plurals[m.actor])
            });
            let described = m.kind == MentionKind::Reference;
            return Some(
                (!self.possessive(k - 1)
                    && (self.kinds[m.actor] == ActorKind::Person
                        || self.plurals[m.actor]
                        || described)
                    && !opener)
                    .then_some(m.actor),
            );
        }
        if word_in!(self.norm_at(k - 1), "he" | "she" | "him" | "they") {
            return Some(self.antecedent(k - 1));
        }
        // "Trump's camp wasn't …": one noun after the possessive, standing for its owner.
        let head = self.norm_at(k - 1);
        if !STANDS_FOR_OWNER_LIST.contains(&head) {
            return None;
        }
        let (owner, start) = self.owner_at(k - 1)?;
        let in_pp = start
            .checked_sub(1)
            .is_some_and(|p| NOT_BEFORE_SUBJECT_LIST.contains(&self.norm_at(p)));
        Some(owner.filter(|_| !in_pp))
    }

    /// "Corker, the ranking Republican, complained": the subject before an aside between
    /// commas that opens with a lowercase word ("the ranking Republican", "who met Abe on
    /// Monday", "angered by the vote"). A capitalised aside is a list ("Vale, Ko, Brandt,
    /// …"), not an aside.
    fn subject_before_aside(&self, comma: usize, sent_start: usize) -> Option<usize> {
        let doc = self.doc;
        let quote = doc.tokens[comma].quote;
        let mut j = comma;
        for _ in 0..MAX_ASIDE {
            if j <= sent_start + 1 {
                return None;
            }
            j -= 1;
            let u = &doc.tokens[j];
            if u.quote != quote {
                return None;
            }
            if u.kind == TokenKind::Punct {
                if self.norm(u) != "," || j + 1 == comma {
                    return None;
                }
                let first = &doc.tokens[j + 1];
                if first.kind != TokenKind::Word || first.cap {
                    return None;
                }
                return self.subject_before(j).flatten();
            }
        }
        None
    }

    /// "Vale dismissed the charges and threatened to sue": the nearest earlier subject in the
    /// sentence, found as a name, pronoun or possessive phrase right before a lowercase word
    /// that can be its verb. Commas are passed (a list of verbs); other punctuation or a
    /// quotation's edge ends the search ("his list, which the campaign says …, is uncertain -
    /// and coveted" is not the campaign's).
    fn coordinated_subject(&self, and: usize, sent_start: usize) -> Option<usize> {
        let doc = self.doc;
        let quote = doc.tokens[and].quote;
        let mut j = and;
        for _ in 0..MAX_COORDINATION {
            if j <= sent_start + 1 {
                return None;
            }
            j -= 1;
            let u = &doc.tokens[j];
            if u.quote != quote || (u.kind != TokenKind::Word && self.norm(u) != ",") {
                return None;
            }
            if u.kind != TokenKind::Word || u.cap || NP_BREAK_LIST.contains(&self.norm(u)) {
                continue;
            }
            let k = self.verb_group_start(j, sent_start);
            if k <= sent_start {
                return None;
            }
            if let Some(decided) = self.subject_before(k) {
                return decided;
            }
        }
        None
    }

    /// The actor a quotation's speaker phrase names: its last person ("Moore campaign chairman
    /// Bill Armistead" is Armistead), else the first actor named in it; a name after a
    /// preposition only modifies the speaker ("the lawyer for Michael Flynn" is not Flynn).
    fn speaker_actor(&self, sp: &Span) -> Option<usize> {
        let doc = self.doc;
        let i = self.mentions.partition_point(|m| m.end <= sp.start);
        let heads = self.mentions[i..]
            .iter()
            .take(8)
            .take_while(|m| m.start < sp.end)
            .filter(|m| {
                // "lawyer for": a lowercase noun and a preposition ("Secretary of State" is a
                // title).
                let before = doc.tokens[..m.toks.start]
                    .iter()
                    .rev()
                    .take_while(|u| u.start as usize >= sp.start);
                !before.clone().zip(before.skip(1)).any(|(p, noun)| {
                    PREPOSITIONS_LIST.contains(&self.norm(p))
                        && noun.kind == TokenKind::Word
                        && !noun.cap
                })
            });
        heads
            .clone()
            .filter(|m| self.kinds[m.actor] == ActorKind::Person)
            .last()
            .or_else(|| heads.clone().next())
            .map(|m| m.actor)
    }

    /// Ties each loaded-language flag to one actor (see the module comment).
    pub fn flags_about(
        &self,
        loaded: &[&Flag],
        labels: &[Vec<Label>],
        ranked: &[usize],
    ) -> Vec<Vec<FlagRef>> {
        let doc = self.doc;
        let mentions = self.mentions;
        let mut out: Vec<Vec<FlagRef>> = vec![Vec::new(); self.kinds.len()];
        let mut spans: Vec<(usize, usize, usize)> = labels
            .iter()
            .enumerate()
            .flat_map(|(a, ls)| ls.iter().map(move |l| (l.start, l.end, a)))
            .collect();
        super::sort_by_num(&mut spans, |s| [s.0, s.1, s.2]);
        // Per sentence, its first pronoun (`usize::MAX` until read), read once.
        let mut first_pronoun = vec![usize::MAX; doc.sentences.len()];
        for f in loaded {
            let p = spans.partition_point(|s| s.0 < f.end);
            let on_label = spans[..p]
                .iter()
                .rev()
                .take(8)
                .find(|s| s.1 > f.start)
                .map(|s| s.2);
            let t = token_at(doc, f.start);
            let sent = doc.tokens[t].sentence as usize;
            let range = doc.sentences[sent].tokens.clone();
            let clause = on_label.map(|a| (a, Via::Label)).or_else(|| {
                let end = token_at(doc, f.end.saturating_sub(1)) + 1;
                self.possessor(t, range.start)
                    .map(|a| (a, Via::Possessor))
                    .or_else(|| self.agent(t, end).map(|a| (a, Via::Agent)))
                    .or_else(|| self.subject(f, t, range.start).map(|a| (a, Via::Subject)))
                    .or_else(|| {
                        self.copula_subject(t, range.start)
                            .map(|a| (a, Via::Subject))
                    })
                    .or_else(|| self.fronted_subject(t, &range).map(|a| (a, Via::Subject)))
                    .or_else(|| {
                        let first = &mut first_pronoun[sent];
                        if *first == usize::MAX {
                            *first = self.first_pronoun(&range);
                        }
                        self.object(f, t, end, &range, *first)
                            .map(|a| (a, Via::Object))
                    })
                    .or_else(|| {
                        self.clause_subject(t, end, &range)
                            .map(|a| (a, Via::Subject))
                    })
            });
            let (actor, via) = if let Some((a, via)) = clause {
                (Some(a), via)
            } else {
                let lo = mentions.partition_point(|m| m.toks.start < range.start);
                let hi = mentions.partition_point(|m| m.toks.start < range.end);
                // The sentence's nearest mention: the last one starting at or before the flag,
                // else the first after it (the first of several starting on one token). Found
                // by binary search: a scan per flag would be quadratic in a long sentence.
                let near = nearest(&mentions[lo..hi], t).map(|m| m.actor);
                // A quoted speaker's loaded words are about someone else: the topic, unless the
                // topic is the speaker, then the next most salient actor. Reported speech without
                // quotation marks is the outlet's wording ("Vale said the plan was a disaster"),
                // and may be about its speaker.
                let speaker = f
                    .speaker
                    .as_ref()
                    .filter(|_| doc.tokens[t].quote.is_some())
                    .and_then(|sp| self.speaker_actor(sp));
                let topic = ranked.iter().copied().find(|&a| Some(a) != speaker);
                match (topic, near) {
                    (Some(a), _) => (Some(a), Via::Topic),
                    (None, Some(a)) => (Some(a), Via::Sentence),
                    _ => (None, Via::Topic),
                }
            };
            if let Some(a) = actor {
                out[a].push(FlagRef {
                    start: f.start,
                    end: f.end,
                    text: f.text.clone(),
                    rule: f.rule.clone(),
                    via,
                });
            }
        }
        out
    }
}

/// A flag that can be a clause's verb: an attribution verb, or a word in -ed ("threatened",
/// "embattled" as a predicate). A noun after "and" ("rage and fury") shares no subject.
fn verb_like(f: &Flag) -> bool {
    f.kind == "attribution_verb"
        || f.text
            .split_whitespace()
            .next()
            .is_some_and(|w| w.len() > 4 && w.to_ascii_lowercase().ends_with("ed"))
}

/// Of mentions in text order, the nearest to token `t`: the last one starting at or before it
/// (the first of several starting on one token), else the first after it. A binary search: a
/// scan per flag would be quadratic in a long sentence.
fn nearest(mentions: &[MentionDraft], t: usize) -> Option<&MentionDraft> {
    let p = mentions.partition_point(|m| m.toks.start <= t);
    match p.checked_sub(1) {
        Some(last) => {
            let s = mentions[last].toks.start;
            mentions.get(mentions.partition_point(|m| m.toks.start < s))
        }
        None => mentions.first(),
    }
}

/// A quotation mark token.
fn is_quote_mark(n: &str) -> bool {
    matches!(n, "\"" | "“" | "”" | "'" | "‘" | "’")
}

fn verb_group_word(n: &str) -> bool {
    VERB_GROUP_LIST.contains(&n) || n.ends_with("n't") || (n.len() > 4 && n.ends_with("ly"))
}

/// The token containing byte `b`.
pub(super) fn token_at(doc: &Document, b: usize) -> usize {
    doc.tokens
        .partition_point(|t| (t.end as usize) <= b)
        .min(doc.tokens.len().saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words_read(text: &str) -> (usize, usize) {
        let opts = crate::Options {
            actors: true,
            ..crate::Options::default()
        };
        let analyzer = crate::Analyzer::builtin().unwrap();
        WORDS_READ.with(|c| c.set(0));
        let report = analyzer.analyze(text, &opts).unwrap();
        assert!(report.actors.is_some());
        (
            WORDS_READ.with(|c| c.get()),
            text.split_whitespace().count(),
        )
    }

    /// One long sentence full of loaded words: each flag's steps read a bounded number of words
    /// around it, never back to the sentence's start (that was quadratic: minutes for 2 MB).
    #[test]
    fn words_read_per_flag_are_bounded() {
        for unit in [
            "the so-called ",
            "Mia Vale said the so-called ",
            "so-called \u{1F600} 政府 ",
        ] {
            let (small, w_small) = words_read(&unit.repeat(500));
            let (big, w_big) = words_read(&unit.repeat(4000));
            assert!(big <= 40 * w_big, "{unit:?}: {big} words read for {w_big}");
            // Linear: eight times the text, about eight times the reading (quadratic: 64).
            assert!(big <= 10 * small.max(w_small), "{unit:?}: {small} -> {big}");
        }
    }

    fn mention(actor: usize, start: usize) -> MentionDraft {
        MentionDraft {
            actor,
            toks: start..start + 1,
            start: 0,
            end: 0,
            kind: MentionKind::Name,
            title: None,
            pre: None,
        }
    }

    /// The binary search picks what the nearest-first rule picks: the last mention at or before
    /// the token (the first of those starting there), else the first after it.
    #[test]
    fn nearest_mention() {
        let ms = [mention(0, 2), mention(1, 5), mention(2, 5), mention(3, 9)];
        let pick = |t| nearest(&ms, t).map(|m| m.actor);
        assert_eq!(pick(0), Some(0));
        assert_eq!(pick(2), Some(0));
        assert_eq!(pick(4), Some(0));
        assert_eq!(pick(5), Some(1));
        assert_eq!(pick(8), Some(1));
        assert_eq!(pick(9), Some(3));
        assert_eq!(pick(100), Some(3));
        assert_eq!(nearest(&[], 3).map(|m| m.actor), None);
    }

    #[test]
    fn word_lists_are_sorted() {
        for list in [
            VERB_GROUP_LIST,
            NP_BREAK_LIST,
            NOT_BEFORE_SUBJECT_LIST,
            STANDS_FOR_OWNER_LIST,
            PREPOSITIONS_LIST,
            PREDICATE_LEAD_LIST,
            SUBJECT_LEAD_LIST,
            CLAUSE_BREAK_LIST,
        ] {
            let words: Vec<&str> = list.0.split(' ').collect();
            assert!(words.windows(2).all(|w| w[0] < w[1]), "{words:?}");
        }
    }
}
