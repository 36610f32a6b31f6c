//! Who says what: attribution cues, quotation speakers, labels the text attributes to someone,
//! and which sentences are carried by an attribution. Detectors read this; it flags nothing.

use crate::lexicon::{Lexicon, Match};
use crate::report::Category;
use crate::search::Search;
use crate::segment::{Document, TokenKind};
use crate::sense;
use crate::wordlist::ListCategory;
use crate::words::Words;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// said, told, according to, claimed, critics say...
    Cue,
    /// believes, wants, supports, a poll shows: the sentence reports someone's view, but the
    /// word does not introduce a speaker (so it neither finds quotation speakers nor sources).
    Stance,
    /// read, continued: a cue only right after a quotation ("…," read the statement).
    QuoteCue,
    /// declared, designated, branded...: a following label is someone else's word.
    Labelling,
    /// Never flag what this matches.
    Allow,
    Other,
}

pub fn role(lex: &Lexicon, m: &Match) -> Role {
    let e = lex.entry(m);
    match (e.category, e.entry.kind.as_str()) {
        (ListCategory::Cue, "attribution_cue") => Role::Cue,
        (ListCategory::Cue, "quote_cue") => Role::QuoteCue,
        (ListCategory::Cue, "stance_cue") => Role::Stance,
        (ListCategory::Cue, "labelling_verb") => Role::Labelling,
        (ListCategory::Cue, "allow") => Role::Allow,
        (ListCategory::Flag(Category::LoadedLanguage), "attribution_verb") => Role::Cue,
        (ListCategory::Flag(Category::AnonymousSource), "vague_attribution") => Role::Cue,
        _ => Role::Other,
    }
}

#[derive(Debug)]
pub struct Attribution {
    /// Per sentence: quoted speech, or carries an attribution cue.
    pub attributed: Vec<bool>,
    /// Per attributed sentence: why, as (token range, rule) — the first cue, or a built-in rule.
    pub reasons: Vec<Option<(std::ops::Range<usize>, String)>>,
    /// Per sentence: at least half its words are inside quotation marks.
    pub quoted: Vec<bool>,
    /// Per quotation: token range of the speaker, when the text says who spoke.
    pub speakers: Vec<Option<std::ops::Range<usize>>>,
    /// Per quotation: a quoted term (mentioned or scare-quoted words), not speech.
    pub terms: Vec<bool>,
    /// Token ranges of cues (outside quotations), in order.
    pub cues: Vec<std::ops::Range<usize>>,
    /// Token ranges of labelling verbs.
    pub labelling: Vec<usize>,
    /// First tokens of stance cues (outside quotations).
    pub stance: Vec<usize>,
    /// Token ranges of speech and cognition cues outside quotations (cues and stance cues), in
    /// order: what governs reported speech.
    pub(crate) reporting: Vec<std::ops::Range<usize>>,
    /// Token ranges never to flag, in text order.
    pub allowed: Vec<std::ops::Range<usize>>,
    /// `allowed_reach[i]`: the furthest end of `allowed[..=i]`, so that `is_allowed` is a
    /// binary search, not a scan of every allowed range per match (an allow entry `the` made that
    /// quadratic).
    allowed_reach: Vec<usize>,
    /// One bit per token: whether a cue starts there. `is_cue_start` is asked about nearly every
    /// word (by the detectors), and the bit answers the usual "no" without a binary search.
    cue_starts: Vec<u64>,
    /// One bit per token: whether a cue covers it. `cue_at` is asked about every word the speaker
    /// finder walks over; a clear bit answers "no" without a binary search.
    in_cues: Vec<u64>,
    /// Byte ranges of text in other voices (embedded posts, readers' comments, a signed column),
    /// sorted and disjoint.
    other_voices: Vec<(std::ops::Range<usize>, &'static str)>,
}

/// Quoted words from which a sentence counts as reporting someone's words.
const QUOTED_CLAUSE_WORDS: usize = 5;

/// Words that end a speaker's noun phrase.
pub(crate) const NP_STOP: Words = Words("on in at during after before when while who which that as to from with and but because if said says told added was is has had have will would also later earlier then today yesterday recently");

impl Attribution {
    /// Whether an allow entry overlaps tokens `r` (allowed ranges start in text order).
    pub fn is_allowed(&self, r: std::ops::Range<usize>) -> bool {
        let before_end = self.allowed.partition_point(|a| a.start < r.end);
        before_end > 0 && self.allowed_reach[before_end - 1] > r.start
    }

    pub fn new(doc: &Document, lex: &Lexicon, matches: &[Match]) -> Attribution {
        let nsent = doc.sentences.len();
        let mut a = Attribution {
            attributed: vec![false; nsent],
            reasons: vec![None; nsent],
            quoted: vec![false; nsent],
            speakers: vec![None; doc.quotes.len()],
            terms: vec![false; doc.quotes.len()],
            // About a cue a sentence in news text: sized so that these seldom grow (their
            // growth was a third of this function's own allocations).
            cues: crate::segment::presized(nsent),
            labelling: Vec::new(),
            stance: Vec::new(),
            reporting: crate::segment::presized(nsent),
            allowed: Vec::new(),
            allowed_reach: Vec::new(),
            cue_starts: Vec::new(),
            in_cues: Vec::new(),
            other_voices: Vec::new(),
        };
        // Made the first time a capitalised cue asks whether its sentence is a headline.
        let mut ctx: Option<sense::SentenceContext> = None;
        // The last sentence checked for a poll figure, for `support_is_share`.
        let figures = std::cell::Cell::new(None);
        for m in matches {
            let outside = doc.tokens[m.start].quote.is_none();
            let ce = lex.entry(m);
            let role = role(lex, m);
            // Only stance cues: a fronted verb of saying before a name is the cue ("Said Lee, …").
            if role == Role::Stance
                && doc.tokens[m.start].cap
                && sense::cue_is_name(
                    doc,
                    ctx.get_or_insert_with(|| sense::SentenceContext::new(doc)),
                    m.start,
                    m.end,
                )
            {
                continue;
            }
            // A cue list's entry with `not_when = ["object"]` reports nothing when a thing, not a
            // statement, follows ("added a third goal"). (A loaded verb's sense is about its
            // flag: its noun still carries speech, "the claim that …".)
            if ce.category == ListCategory::Cue
                && ce.entry.sense.not_when(sense::Context::Object)
                && sense::takes_object(doc, m.end)
            {
                continue;
            }
            // A cue list's entry with `pos` reports only in that part of speech ("voiced doubts";
            // not "her voice was hoarse").
            if ce.category == ListCategory::Cue
                && ce.entry.sense.pos.is_some()
                && sense::mismatch(
                    doc,
                    ctx.get_or_insert_with(|| sense::SentenceContext::new(doc)),
                    m.start,
                    m.end,
                    &ce.entry.sense,
                )
                .is_some()
            {
                continue;
            }
            if role == Role::Cue
                && ce.category == ListCategory::Flag(Category::LoadedLanguage)
                && sense::literal_act(doc, m.start, m.end, &ce.entry.sense)
            {
                continue;
            }
            // "Consider the case of …", "See photos below": the outlet addresses its reader.
            if outside && (imperative_to_reader(doc, m) || writers_aside(doc, m)) {
                continue;
            }
            let attributes = match role {
                Role::Cue if outside && speech_event_only(doc, m, &ce.rule) => {
                    // Kept for the speaker finder ("in his speech, Lee said …"); reports nothing.
                    a.cues.push(m.start..m.end);
                    false
                }
                // An attack named by its place or date is a violent event, not a verbal one.
                Role::Cue if outside && attack_is_event(doc, m, &ce.rule) => false,
                Role::Cue if outside => {
                    a.cues.push(m.start..m.end);
                    a.reporting.push(m.start..m.end);
                    true
                }
                Role::QuoteCue if outside && beside_quote(doc, m.start, m.end) => {
                    a.cues.push(m.start..m.end);
                    true
                }
                // Labelling verbs and stance cues report someone's words or views too ("critics
                // called the plan a bailout", "voters believe the economy is improving").
                Role::Labelling if outside => {
                    a.labelling.push(m.start);
                    true
                }
                Role::Stance if outside && (asked_of_you(doc, m) || seen_doing(doc, m)) => false,
                Role::Stance if outside && show_is_noun(doc, m, &ce.rule) => false,
                Role::Stance if outside && support_is_share(doc, m, &ce.rule, &figures) => false,
                Role::Stance if outside => {
                    a.stance.push(m.start);
                    a.reporting.push(m.start..m.end);
                    true
                }
                Role::Allow => {
                    let reach = a.allowed_reach.last().map_or(m.end, |&r| r.max(m.end));
                    a.allowed.push(m.start..m.end);
                    a.allowed_reach.push(reach);
                    false
                }
                _ => false,
            };
            if attributes {
                let si = doc.tokens[m.start].sentence as usize;
                a.attribute(si, m.start..m.end, &lex.entry(m).rule);
            }
        }
        a.cue_starts = vec![0; doc.tokens.len().div_ceil(64)];
        a.in_cues = a.cue_starts.clone();
        for c in &a.cues {
            if let Some(w) = a.cue_starts.get_mut(c.start / 64) {
                *w |= 1 << (c.start % 64);
            }
            for k in c.clone() {
                if let Some(w) = a.in_cues.get_mut(k / 64) {
                    *w |= 1 << (k % 64);
                }
            }
        }
        let titles: Vec<bool> = doc.quotes.iter().map(|q| quoted_title(doc, q)).collect();
        for (si, s) in doc.sentences.iter().enumerate() {
            let (mut words, mut quoted) = (0usize, 0usize);
            for t in &doc.tokens[s.tokens.clone()] {
                if t.kind != TokenKind::Punct {
                    words += 1;
                    let title = t
                        .quote
                        .is_some_and(|q| titles.get(q as usize) == Some(&true));
                    quoted += (t.quote.is_some() && !title) as usize;
                }
            }
            let first_quoted = || {
                let i = s.tokens.clone().find(|&i| doc.tokens[i].quote.is_some());
                i.map_or(s.tokens.start..s.tokens.start + 1, |i| i..i + 1)
            };
            if words > 0 && quoted * 2 >= words {
                a.quoted[si] = true;
                a.attribute(si, first_quoted(), "rule:quoted-speech");
            } else if quoted >= QUOTED_CLAUSE_WORDS {
                // Quoting a whole clause reports someone's words, even with no cue beside it;
                // shorter quotations are often scare quotes or titles.
                a.attribute(si, first_quoted(), "rule:quoted-clause");
            }
        }
        let regions = other_voices(doc);
        // The paragraph introduced by an attributed sentence ending in a colon ("She put it this
        // way:"), whose sentences are that speaker's words.
        let mut block = None;
        let keys = RuleWords::new();
        for (si, s) in doc.sentences.iter().enumerate() {
            if si > 0 && doc.sentences[si - 1].paragraph != s.paragraph {
                let prev = &doc.sentences[si - 1];
                let introduces = a.attributed[si - 1]
                    && doc.text[prev.start..prev.end].trim_end().ends_with(':');
                block = introduces.then_some(s.paragraph);
            }
            if a.attributed[si] {
                continue;
            }
            if block == Some(s.paragraph) {
                a.attribute(si, s.tokens.clone(), "rule:colon-block");
                continue;
            }
            if let Some(rule) = region_of(&regions, s.start) {
                a.attribute(si, s.tokens.clone(), rule);
                continue;
            }
            // The three rules below each walk the sentence for a word it seldom holds: one walk
            // over the tokens' hashes says which can apply (a collision only costs a walk).
            let has = keys.in_sentence(doc, s.tokens.clone());
            if has & RuleWords::COLON != 0
                && (colon_attribution(doc, s.tokens.clone()) || introduces_quote(doc, &a, si))
            {
                a.attribute(si, s.tokens.clone(), "rule:colon-attribution");
            } else if let Some(t) = (has & RuleWords::THAT != 0)
                .then(|| that_complement(doc, s.tokens.clone()))
                .flatten()
            {
                a.attribute(si, t, "rule:that-clause");
            } else if let Some(t) = (has & RuleWords::POLL != 0)
                .then(|| poll_source(doc, s.tokens.clone()))
                .flatten()
            {
                a.attribute(si, t, "rule:poll-source");
            } else if let Some(t) = (has & RuleWords::BY != 0)
                .then(|| by_reckoning(doc, s.tokens.clone()))
                .flatten()
            {
                a.attribute(si, t, "rule:by-reckoning");
            } else if dash_signoff(doc, s.tokens.clone(), si > 0 && a.quoted[si - 1]) {
                a.attribute(si, s.tokens.clone(), "rule:dash-signoff");
            } else if holder(doc, s.tokens.clone(), "to").is_some() {
                a.attribute(si, s.tokens.start..s.tokens.start + 1, "rule:to-holder");
            }
        }
        a.other_voices = regions;
        a.speakers = crate::speaker::find(doc, &a);
        a.terms = crate::speaker::terms(doc, &a.speakers);
        a
    }

    /// Whether byte `at` lies in text of another voice than the outlet's (an embedded post,
    /// readers' comments, a signed column).
    pub fn in_other_voice(&self, at: usize) -> bool {
        region_of(&self.other_voices, at).is_some()
    }

    /// Whether token `tok` (outside quotations) is in reported speech, and whose: the clause
    /// after a speech or cognition verb with a subject ("critics said it was counterproductive",
    /// "the report found the program was hijacked"), a sentence "according to" someone, or the
    /// clause before a closing attribution ("…, the report said."). `Some(None)` when the text
    /// reports it but names no one. A cue word itself is not reported ("Smith claimed"): it is
    /// the writer's choice of verb.
    pub fn reporter(&self, doc: &Document, tok: usize) -> Option<Option<std::ops::Range<usize>>> {
        let sent = doc.tokens[tok].sentence;
        let same = |k: usize| doc.tokens.get(k).is_some_and(|t| t.sentence == sent);
        let at = self.reporting.partition_point(|c| c.start <= tok);
        // The nearest cue before, in the same clause, with the word inside what it reports; or
        // the one before that when the word is the nearer verb's object and a finite verb opens
        // a clause ("says it wants to stop perilous journeys": "wants" governs "journeys",
        // "says" the whole clause; "agencies concluded that Russia … releasing embarrassing
        // emails"). A participle's clause (", indicating that …") is the writer's summary.
        // (The medium after a verb of saying, "said in a statement the road …", and its noun, a
        // cue of its own, are passed over: the verb reports.)
        let medium = |c: &&std::ops::Range<usize>| {
            let k = (c.start.saturating_sub(2)..=c.start).find(|&k| doc.norm_is(k, "in"));
            k.is_some_and(|k| k > 0 && doc.norm_one_of(k - 1, CLAUSE_VERBS.0))
        };
        let before = self.reporting[..at]
            .iter()
            .rev()
            .filter(|c| c.end <= tok && !medium(c));
        for (i, c) in before.take(REPORTING_CUES).enumerate() {
            let finite_that =
                doc.norm_is(c.end, "that") && !doc.norm_at(c.end - 1).ends_with("ing");
            if i > 0 && !(opens_bare_clause(doc, c.end) || finite_that) {
                break;
            }
            if same(c.start) && tok - c.end <= REPORT_REACH && !new_clause_between(doc, c.end, tok)
            {
                if doc.norm_is(c.start, "according") {
                    return Some(noun_phrase_right(doc, c.end));
                }
                // A parenthetical cue (", he said,") reports the rest of its sentence.
                let aside = doc.norm_is(c.end, ",")
                    && (c.start.saturating_sub(4)..c.start).any(|k| doc.norm_is(k, ","));
                if aside || reports_up_to(doc, c.end, tok) {
                    // "Gunmen suspected to be bandits": a passive, whose subject is no speaker.
                    if crate::reported::raised_passive(doc, c.start) {
                        return Some(None);
                    }
                    // Only a verb of saying has a relative clause's antecedent as its speaker
                    // ("advocates, who said …"; not "legislation that aims to …").
                    let speech = self.is_cue_start(c.start) == Some(c);
                    if let Some(subject) = subject_before(doc, c.start, speech) {
                        return Some(Some(subject));
                    }
                    if participle_reports(self, doc, c) {
                        return Some(None);
                    }
                    if content_clause_follows(doc, c) {
                        return Some(None);
                    }
                }
            }
        }
        // A closing attribution: "…, the report said (on Friday)." Only speech cues close.
        // The last speech cue of the sentence ("…, the inspector's report said": not "report";
        // "…, Lee said in an interview": not the medium "in an interview"), looked for among a
        // few so that a sentence full of cues stays linear.
        let c = self.reporting[at..]
            .iter()
            .take(CLOSING_CUES)
            .take_while(|c| same(c.start))
            .filter(|c| {
                self.is_cue_start(c.start) == Some(c)
                    && !word_in!(doc.norm_at(c.start), "in" | "on")
            })
            .last()?;
        let end = doc.sentences[sent as usize].tokens.end;
        // "…, said Ann Lee, an expert in local politics at the city university.": the speaker's
        // appositive runs to the end, no tail of the verb's.
        let appositive = || {
            c.start > 0
                && doc.norm_is(c.start - 1, ",")
                && noun_phrase_right(doc, c.end)
                    .is_some_and(|r| doc.norm_is(r.end, ",") && end - r.end <= CLOSING_APPOSITIVE)
        };
        if (end - c.end > CLOSING_TAIL && !appositive())
            || c.start - tok > REPORT_REACH
            || new_clause_between(doc, tok, c.start)
        {
            return None;
        }
        let comma = (tok + 1..c.start)
            .rev()
            .take(CLOSING_SUBJECT + 1)
            .find(|&k| doc.norm_is(k, ","))?;
        if comma + 1 == c.start {
            // "…, said the report."
            noun_phrase_right(doc, c.end)
                .and_then(|r| crate::speaker::plausible(doc, r))
                .map(Some)
        } else {
            // The subject fills the gap from the comma ("…, the inspector's report said").
            // "…, as some councillors have demanded": a comment clause on the writer's own
            // sentence, which it does not attribute.
            if doc.norm_is(comma + 1, "as") {
                return None;
            }
            let subject = subject_before(doc, c.start, false)?;
            let possessive = |k: usize| word_in!(doc.norm_at(k), "'s" | "’s" | "'" | "’" | "s");
            let gap_ok =
                (comma + 1..subject.start).all(|k| doc.tokens[k].is_word() || possessive(k));
            gap_ok.then(|| crate::speaker::plausible(doc, comma + 1..subject.end))
        }
    }

    /// Marks sentence `si` attributed, keeping the first reason found.
    fn attribute(&mut self, si: usize, tokens: std::ops::Range<usize>, rule: &str) {
        self.attributed[si] = true;
        if self.reasons[si].is_none() {
            self.reasons[si] = Some((tokens, rule.to_string()));
        }
    }

    pub fn is_cue_start(&self, tok: usize) -> Option<&std::ops::Range<usize>> {
        if self
            .cue_starts
            .get(tok / 64)
            .is_none_or(|w| w & (1 << (tok % 64)) == 0)
        {
            return None;
        }
        self.cues
            .binary_search_by(|c| c.start.cmp(&tok))
            .ok()
            .map(|i| &self.cues[i])
    }

    /// The cue whose range contains `tok`, if any.
    pub fn cue_at(&self, tok: usize) -> Option<&std::ops::Range<usize>> {
        // (Before the bits are set, while cues are gathered, the search answers alone.)
        if self
            .in_cues
            .get(tok / 64)
            .is_some_and(|w| w & (1 << (tok % 64)) == 0)
        {
            return None;
        }
        let i = self.cues.partition_point(|c| c.start <= tok);
        i.checked_sub(1)
            .map(|i| &self.cues[i])
            .filter(|c| c.contains(&tok))
    }
}

/// Tokens from a cue to a word it reports, at most: a wire sentence's reported clause fits, and
/// the scans between them stay bounded in a text with no sentence breaks.
const REPORT_REACH: usize = 48;
/// Cues before a word that may report it: the nearest and the one before (bounded, so a sentence
/// full of cues stays linear).
const REPORTING_CUES: usize = 2;
/// Words after a closing attribution's verb: "said on Friday", "said in a statement".
const CLOSING_TAIL: usize = 10;
/// Tokens of an inverted closing attribution's appositive: ", an expert in … at the … Institution."
const CLOSING_APPOSITIVE: usize = 16;
/// Cues after a word among which the closing one is looked for.
const CLOSING_CUES: usize = 4;
/// Words of a closing attribution's subject: "…, the state's inspector general said."
const CLOSING_SUBJECT: usize = 6;

/// Whether a new main clause starts between tokens `from` and `to` (a semicolon, or a comma
/// then "but", "while", "although", "whereas", or an -ing form: "…, all but ensuring"): reported
/// speech does not run past it.
fn new_clause_between(doc: &Document, from: usize, to: usize) -> bool {
    (from..to).any(|k| match doc.norm_at(k) {
        ";" => true,
        "," => doc.tokens.get(k + 1).is_some_and(|t| {
            let w = doc.norm(t);
            word_in!(
                w,
                "but" | "while" | "although" | "whereas" | "though" | "all"
            ) || (w.ends_with("ing") && !t.cap)
        }),
        _ => false,
    })
}

/// Whether what follows a cue up to `tok` is what it reports: a clause ("said that …", "said
/// the plan would fail", "found the program was hijacked"), the charge of "accused X of" or the
/// label of "described X as", or the word straight after the cue ("denied meddling"). Not an
/// adverb of the verb ("refused outright") nor an adjunct or object ("said in a rambling
/// answer", "expressed condolences for the victims of a gunman who …").
/// Verbs of saying and believing whose object is a clause, never a thing said.
const CLAUSE_VERBS: Words = Words("say says said believe believes believed think thinks argue argues argued contend contends contended insist insists insisted");

const CLAUSE_MARKERS: Words =
    Words("that : is are was were be been would will could can may might should must had has have");

/// A verb of saying or believing ends before token `from`, and a subject opens there.
fn opens_bare_clause(doc: &Document, from: usize) -> bool {
    // A contracted subject is one word: "say they've turned it into …", "said he'd …".
    let w = doc.norm_at(from);
    from > 0
        && doc.norm_one_of(from - 1, CLAUSE_VERBS.0)
        && word_in!(
            w.split('\'').next().unwrap_or(w),
            "he" | "she" | "they" | "we" | "i" | "it" | "the" | "these" | "those" | "its" | "their"
        )
}

/// After a verb of saying or believing, a name (with its apposition: ", the Republican who
/// chairs the panel,") is the subject of a bare clause whose verb is at `tok`: "Cummings said
/// DeSantis claimed he …" reports "claimed" as Cummings's word.
fn named_subject_before(doc: &Document, from: usize, tok: usize) -> bool {
    let name = |k: usize| {
        let t = &doc.tokens[k];
        t.cap && t.is_word() && !doc.norm_in(t, WEEKDAYS.0)
    };
    let mut k = from;
    while k < tok && k < from + 4 && name(k) {
        k += 1;
    }
    doc.norm_one_of(from - 1, CLAUSE_VERBS.0)
        && k > from
        && (k == tok
            || (doc.norm_is(k, ",")
                && doc.norm_one_of(k + 1, DETERMINERS.0)
                && doc.norm_is(tok - 1, ",")
                && (k + 1..tok - 1).all(|j| !doc.norm_is(j, ","))))
}

/// Words a relative's subject may have between "which" and the verb of saying ("which the
/// tenants' union says").
const GAP_SUBJECT: usize = 4;

/// "a plan which they say amounts to a land grab", "a levy that critics argue punishes
/// renters": the relative pronoun is the subject of the reported clause, so its verb follows
/// the verb of saying (ending before `from`) with no subject or "that" between.
fn relative_gap(doc: &Document, from: usize) -> bool {
    let Some(verb) = from.checked_sub(1) else {
        return false;
    };
    doc.norm_one_of(verb, CLAUSE_VERBS.0)
        && (verb.saturating_sub(GAP_SUBJECT + 1)..verb)
            .rev()
            .take_while(|&k| {
                doc.tokens[k].is_word() || word_in!(doc.norm_at(k), "'s" | "’s" | "'" | "’")
            })
            .any(|k| word_in!(doc.norm_at(k), "which" | "that" | "who"))
}

fn reports_up_to(doc: &Document, from: usize, tok: usize) -> bool {
    // "They say the offices play a crucial role", "says it wants to …": a verb of saying or
    // believing followed by a subject opens a clause without "that" (say/believe take no noun
    // object that a determiner or a subject pronoun could open).
    if tok > from
        && (opens_bare_clause(doc, from)
            || named_subject_before(doc, from, tok)
            || relative_gap(doc, from))
    {
        return true;
    }
    if tok == from {
        let w = doc.norm_at(tok);
        return !(w.ends_with("ly") || w == "outright");
    }
    (from..tok).any(|k| {
        let w = doc.norm_at(k);
        CLAUSE_MARKERS.contains(&w)
            || (word_in!(w, "of" | "as")
                && (k < from + 3
                    // (Or after a name: "accused the Executive Council of"; not in a headline
                    // whose every word is capitalised, the cue too.)
                    || k < from + 6
                        && from > 0
                        && !doc.tokens[from - 1].cap
                        && (from + 1..k).all(|j| doc.tokens[j].cap && doc.tokens[j].is_word())))
    })
}

/// Words that cannot end a subject noun phrase: determiners, prepositions, conjunctions,
/// negation ("the court lacked jurisdiction over their claims": no one says "claims" here).
const NOT_SUBJECT_END: Words = Words("the a an this these those his her its their our my your of for into over under about by with against not no and or than very more most such some any part");

/// Auxiliaries and adverbs between a subject and its verb ("critics have long said").
const BEFORE_VERB: Words = Words("also has have had will would should could can may might must did does later earlier then long since often once again still instead already even never");

/// Words that may open a subject ("the head of the agency").
const DETERMINERS: Words = Words("the a an his her its their our my your this these those some");

const PRONOUNS: Words = Words("he she they we i it you who");

pub(crate) const WEEKDAYS: Words =
    Words("monday tuesday wednesday thursday friday saturday sunday");

/// The subject of the verb at `verb`: the noun phrase just before it, past auxiliaries,
/// adverbs and a day ("critics have long said", "Smith on Tuesday said"). None when the word
/// before is a determiner (then the cue is a noun: "the allegations") or the phrase does not end
/// in a name, pronoun or noun.
fn subject_before(doc: &Document, verb: usize, relative: bool) -> Option<std::ops::Range<usize>> {
    let sent = doc.tokens[verb].sentence;
    // After a determiner the cue is a noun ("the allegations"); an -ing form is a participle
    // ("citing family issues", "a deal recognizing the damage"), not the verb of a clause.
    if matches!(sense::guess_pos(doc, verb), Some(sense::Pos::Noun))
        || doc.norm_at(verb).ends_with("ing")
    {
        return None;
    }
    let mut end = verb;
    loop {
        if end == 0 || doc.tokens[end - 1].sentence != sent {
            return None;
        }
        let w = doc.norm_at(end - 1);
        let adverb = w.len() > 4 && w.ends_with("ly") && !doc.tokens[end - 1].cap;
        if adverb || BEFORE_VERB.contains(&w) {
            end -= 1;
        } else if WEEKDAYS.contains(&w) && end >= 2 && doc.norm_is(end - 2, "on") {
            end -= 2;
        } else {
            break;
        }
    }
    // A relative clause's speaker is its antecedent: "the mayor, who has dismissed …",
    // "ads that say …", "a report which said …".
    if relative && word_in!(doc.norm_at(end - 1), "who" | "that" | "which") {
        let mut a = end - 1;
        if a > 0 && doc.norm_is(a - 1, ",") {
            a -= 1;
        }
        let in_sentence = a > 0 && doc.tokens[a - 1].sentence == sent;
        if !in_sentence || matches!(sense::guess_pos(doc, a - 1), Some(sense::Pos::Verb)) {
            return None;
        }
        // "Republicans, including Lee, who say": the aside set off by commas is part of the
        // antecedent, the group before it the rest ("criticized by farmers, including …": the
        // agent after "by", within the six words the phrase may span).
        let r = object_before(doc, a, sent)?;
        let aside = |k: usize| word_in!(doc.norm_at(k), "including" | "like");
        let opens = if aside(r.start) {
            Some(r.start)
        } else {
            r.start.checked_sub(1).filter(|&k| aside(k))
        };
        let Some(comma) = opens
            .filter(|&k| k >= 2 && doc.norm_is(k - 1, ",") && doc.tokens[k - 2].sentence == sent)
            .map(|k| k - 1)
        else {
            return Some(r);
        };
        let by = (comma.saturating_sub(6)..comma)
            .rev()
            .take_while(|&j| doc.tokens[j].is_word() && doc.tokens[j].sentence == sent)
            .find(|&j| doc.norm_is(j, "by"));
        return match by {
            Some(b) if b + 1 < comma => crate::speaker::plausible(doc, b + 1..comma),
            _ => object_before(doc, comma, sent),
        };
    }
    phrase_ending_at(doc, end, sent)
}

/// The noun phrase of sentence `sent` ending just before token `end` (which is in it) that could
/// be a speaker: it ends in a name, pronoun or noun, not a function word or a verb of saying.
fn phrase_ending_at(doc: &Document, end: usize, sent: u32) -> Option<std::ops::Range<usize>> {
    // The dot of an abbreviation ("U.S. Muslim groups"), an initial ("Ana B. Cole") or a
    // suffix ("Cole Jr.") is inside the phrase; it does not count against its six words.
    let dot = |k: usize| {
        let t = &doc.tokens[k];
        k > 0 && doc.norm_eq(t, ".") && t.sentence == sent && !t.space_before && {
            let p = doc.norm_at(k - 1);
            p.has_char('.')
                || word_in!(p, "jr" | "sr")
                || (doc.tokens[k - 1].cap && doc.slice(&doc.tokens[k - 1]).len() == 1)
        }
    };
    let suffix = dot(end - 1) && word_in!(doc.norm_at(end - 2), "jr" | "sr");
    let e = doc.norm_at(end - 1 - usize::from(suffix));
    if !doc.tokens[end - 1 - usize::from(suffix)].is_word()
        || NOT_SUBJECT_END.contains(&e)
        || NP_STOP.contains(&e)
        || WEEKDAYS.contains(&e)
    {
        return None;
    }
    // A pronoun is the whole subject ("During the campaign he said").
    if PRONOUNS.contains(&e) {
        return Some(end - 1..end);
    }
    let mut start = end;
    let mut dots = 0;
    while start > 0 && end - start < 6 + dots {
        let t = doc.tokens[start - 1];
        let w = doc.norm(&t);
        if dot(start - 1) && dots < 3 {
            start -= 1;
            dots += 1;
            continue;
        }
        if t.sentence != sent
            || t.kind == TokenKind::Punct
            || NP_STOP.contains(&w)
            || PRONOUNS.contains(&w)
            || word_in!(w, "say" | "said" | "says" | "saying" | "reported" | "told")
            || t.quote.is_some()
        {
            break;
        }
        start -= 1;
    }
    // Prepositions inside the phrase are fine ("the head of the agency"), not at its start.
    while start < end
        && doc.norm_one_of(start, NOT_SUBJECT_END.0)
        && !doc.norm_one_of(start, DETERMINERS.0)
    {
        start += 1;
    }
    (start < end)
        .then_some(start..end)
        .and_then(|r| crate::speaker::plausible(doc, r))
}

/// Whether a speech verb's participle reports what follows: after a comma, the main clause's
/// subject speaks ("The union spoke on Monday, saying …"); after a noun, the noun ("a statement
/// saying …"). The speaker is left unnamed: the phrase before is often not the whole speaker
/// ("a tweet that Trump sent earlier in the day attacking …"). Not stance words ("a deal
/// recognizing …") nor a participle after a verb.
fn participle_reports(attr: &Attribution, doc: &Document, cue: &std::ops::Range<usize>) -> bool {
    if !doc.norm_at(cue.start).ends_with("ing") || attr.is_cue_start(cue.start) != Some(cue) {
        return false;
    }
    let sent = doc.tokens[cue.start].sentence;
    let Some(prev) = cue.start.checked_sub(1) else {
        return false;
    };
    if doc.tokens[prev].sentence != sent {
        return false;
    }
    doc.norm_is(prev, ",")
        || (!matches!(sense::guess_pos(doc, prev), Some(sense::Pos::Verb))
            && phrase_ending_at(doc, cue.start, sent).is_some())
}

/// A noun phrase that may end a clause, ending before token `end`: from its last determiner
/// on ("the group released a report that said …": "a report").
fn object_before(doc: &Document, end: usize, sent: u32) -> Option<std::ops::Range<usize>> {
    phrase_ending_at(doc, end, sent).map(|r| {
        let det = r
            .clone()
            .skip(1)
            .rfind(|&k| doc.norm_one_of(k, DETERMINERS.0));
        det.map_or(r.clone(), |k| k..r.end)
    })
}

/// Whether a noun of saying or belief is followed by its content clause: "the union's view
/// that …", "the claim that …". Not a relative clause ("the claim that was filed"). The holder
/// is left unnamed: a possessive is often not the whole of them.
fn content_clause_follows(doc: &Document, cue: &std::ops::Range<usize>) -> bool {
    let sent = doc.tokens[cue.start].sentence;
    matches!(sense::guess_pos(doc, cue.start), Some(sense::Pos::Noun))
        && doc
            .tokens
            .get(cue.end + 1)
            .is_some_and(|t| t.sentence == sent)
        && doc.norm_is(cue.end, "that")
        && !doc.norm_one_of(cue.end + 1, CLAUSE_MARKERS.0)
}

/// A speech event with none of its words or topic in the sentence: "Lee spoke at a rally in
/// Dover", "she spoke for 30 minutes", "his remarks came as …", "her speech was dull". The
/// sentence narrates the event; nothing in it is the speaker's. A topic ("spoke about",
/// "spoke of", "spoke out", "spoke on trade", "comments on", "remarks that") or a quotation in
/// the sentence keeps the cue.
fn speech_event_only(doc: &Document, m: &crate::lexicon::Match, rule: &str) -> bool {
    let verb = rule == "attribution-cues/speak";
    if !(verb || rule == "attribution-cues/remarks") || m.end != m.start + 1 {
        return false;
    }
    let word = doc.norm_at(m.start);
    let event = if verb {
        word_in!(word, "spoke" | "speak" | "speaks" | "speaking" | "spoken")
    } else {
        word_in!(
            word,
            "remarks" | "comments" | "speech" | "speeches" | "testimony"
        )
    };
    if !event {
        return false;
    }
    let si = doc.tokens[m.start].sentence;
    let sent = &doc.sentences[si as usize];
    if doc.tokens[sent.tokens.clone()]
        .iter()
        .any(|t| t.quote.is_some())
    {
        return false;
    }
    // The word right after (past one adverb: "spoke emotionally of").
    let mut j = m.end;
    if doc.tokens.get(j).is_some_and(|t| t.sentence == si)
        && doc.norm_at(j).ends_with("ly")
        && doc.norm_at(j).len() > 4
    {
        j += 1;
    }
    let next = if j < sent.tokens.end {
        doc.norm_at(j)
    } else {
        ""
    };
    // "spoke on (the) condition of anonymity": the terms of a talk, not its topic.
    let terms = (j + 1..sent.tokens.end.min(j + 3)).any(|k| doc.norm_is(k, "condition"));
    if verb && next == "on" && terms {
        return true;
    }
    if word_in!(
        next,
        "on" | "that" | ":" | "about" | "of" | "out" | "against" | "highly"
    ) {
        return false;
    }
    if !verb {
        return true;
    }
    // A topic later in the clause: "spoke at the White House on Tuesday about rights".
    !(j..sent.tokens.end)
        .take_while(|&k| !word_in!(doc.norm_at(k), "," | ";" | "and" | "but" | "while" | "as"))
        .any(|k| word_in!(doc.norm_at(k), "about" | "of"))
}

/// A view asked of "you" in the outlet's own question ("Do you support Lee?", "Would you still
/// vote for her?") is put to the reader or a respondent: no one's view is reported.
fn asked_of_you(doc: &Document, m: &crate::lexicon::Match) -> bool {
    let s = &doc.sentences[doc.tokens[m.start].sentence as usize].tokens;
    let mut k = m.start;
    while k > s.start + 1 && word_in!(doc.norm_at(k - 1), "still" | "ever" | "really" | "even") {
        k -= 1;
    }
    k > s.start
        && doc.norm_is(k - 1, "you")
        && (s.end.saturating_sub(2)..s.end).any(|i| i > m.start && doc.norm_is(i, "?"))
}

/// "was seen walking", "could be seen lying", "was seen on camera grabbing": a passive "seen"
/// before an act in progress is someone watched, not a view held ("is seen as a threat").
fn seen_doing(doc: &Document, m: &crate::lexicon::Match) -> bool {
    let next = doc.norm_at(m.end);
    doc.norm_is(m.start, "seen")
        && m.start > 0
        && word_in!(
            doc.norm_at(m.start - 1),
            "is" | "was" | "were" | "are" | "be" | "been" | "being"
        )
        && ((next.len() > 4 && next.ends_with("ing"))
            || (next == "on" && word_in!(doc.norm_at(m.end + 1), "camera" | "video" | "tape")))
}

/// "show" as a noun, which reports nothing: a programme ("an hourlong show that aired", "other
/// shows did better") or a result ("a strong showing in Iowa"). The verb takes what it shows
/// right after it ("polls show Lee ahead", "the data showed that …"); the noun is followed by
/// punctuation, a preposition or a verb of its own, or comes after a determiner.
fn show_is_noun(doc: &Document, m: &crate::lexicon::Match, rule: &str) -> bool {
    if rule != "stance-cues/show" || m.end != m.start + 1 {
        return false;
    }
    let word = doc.norm_at(m.start);
    if !word_in!(word, "show" | "shows" | "showing") {
        return false;
    }
    if matches!(sense::guess_pos(doc, m.start), Some(sense::Pos::Noun)) {
        return true;
    }
    let si = doc.tokens[m.start].sentence;
    let Some(next) = doc.tokens.get(m.end).filter(|t| t.sentence == si) else {
        return true;
    };
    let n = doc.norm(next);
    // Before punctuation, a noun only after a preposition ("just for show."); "a poll shows."
    // ends its clause with the verb.
    let after_preposition = m.start > 0 && word_in!(doc.norm_at(m.start - 1), "for" | "on" | "in");
    (next.kind == TokenKind::Punct && after_preposition)
        || word_in!(
            n,
            "in" | "on"
                | "at"
                | "for"
                | "of"
                | "from"
                | "with"
                | "after"
                | "was"
                | "is"
                | "has"
                | "had"
                | "did"
                | "does"
                | "will"
                | "would"
                | "were"
                | "are"
                | "have"
        )
}

/// Words that measure an amount of support (before it, or before "of" it).
const AMOUNTS: Words = Words("much more less little scant negligible level share");

/// "Clinton's support fell to 41 percent": a candidate's *support* beside a poll figure is a
/// measured share of voters, owned by the one it goes to, and states no one's view. So a
/// possessive name or *his* / *her* (perhaps with one modifier: "his state-level support")
/// before the noun, a figure (*percent*, *%*, *points*) in the sentence, and no holder named
/// after it ("support among young voters", "support from donors") or a stance taken ("her
/// support for the bill").
fn support_is_share(
    doc: &Document,
    m: &crate::lexicon::Match,
    rule: &str,
    figures: &std::cell::Cell<Option<(usize, bool)>>,
) -> bool {
    if rule != "stance-cues/support" || m.end != m.start + 1 || !doc.norm_is(m.start, "support") {
        return false;
    }
    // Support measured as an amount ("drew little support", "twice as much support", "a low
    // level of support") counts backers; it reports no one's words.
    let amount = |k: usize| doc.norm_one_of(k, AMOUNTS.0);
    if (m.start >= 1 && amount(m.start - 1))
        || (m.start >= 2 && doc.norm_is(m.start - 1, "of") && amount(m.start - 2))
    {
        return true;
    }
    let owner = |k: usize| {
        let t = &doc.tokens[k];
        (t.cap && crate::segment::ends_possessive(doc.slice(t)))
            || word_in!(doc.norm_at(k), "his" | "her")
    };
    let owned = (m.start >= 1 && owner(m.start - 1))
        || (m.start >= 2 && doc.tokens[m.start - 1].is_word() && owner(m.start - 2));
    // Support thrown "to" or "behind" someone is backing given, unless "to" a figure ("her
    // support to 41 percent", "to nearly 40 percent": a figure within three words).
    let next = doc.norm_at(m.end);
    let to_figure = next == "to"
        && (m.end + 1..m.end + 4).any(|k| doc.norm_at(k).starts_with(|c: char| c.is_ascii_digit()));
    if !owned
        || word_in!(next, "for" | "among" | "from" | "of" | "behind")
        || (next == "to" && !to_figure)
    {
        return false;
    }
    let si = doc.tokens[m.start].sentence as usize;
    // Each sentence is scanned once, however many shares it names.
    if let Some((s, figure)) = figures.get() {
        if s == si {
            return figure;
        }
    }
    let figure = doc.sentences[si]
        .tokens
        .clone()
        .any(|k| word_in!(doc.norm_at(k), "percent" | "%" | "point" | "points"));
    figures.set(Some((si, figure)));
    figure
}

/// "the Orlando attack", "the 9/11 attacks", "the Dec. 2 attack": an attack named by the place
/// or the date it happened on is a violent event, as "the attack" alone already is in the list;
/// a verbal attack is named by its maker or its manner ("Lee's attacks", "personal attacks").
/// So *the*, then one to four capitalised words (not possessive) or figures, then the noun; but
/// a party ("the Republican attacks") names the maker, not a place.
fn attack_is_event(doc: &Document, m: &crate::lexicon::Match, rule: &str) -> bool {
    if rule != "attribution-cues/oppose"
        || m.end != m.start + 1
        || !word_in!(doc.norm_at(m.start), "attack" | "attacks")
    {
        return false;
    }
    let si = doc.tokens[m.start].sentence;
    let mut k = m.start;
    while k > 0 && m.start - k < 5 {
        k -= 1;
        let t = &doc.tokens[k];
        if t.sentence != si {
            return false;
        }
        let w = doc.slice(t);
        if doc.norm_is(k, "the") && k + 1 < m.start {
            return true;
        }
        if word_in!(
            doc.norm_at(k),
            "republican"
                | "democratic"
                | "democrat"
                | "gop"
                | "conservative"
                | "liberal"
                | "labour"
        ) {
            return false;
        }
        let figure = w.starts_with(|c: char| c.is_ascii_digit());
        let name = t.cap && t.is_word() && !crate::segment::ends_possessive(w);
        if !(figure || name || word_in!(w, "." | "/")) {
            return false;
        }
    }
    false
}

/// Words that open a clause's subject after "that": a determiner, a pronoun, "there".
const CLAUSE_SUBJECTS: Words = Words("the a an he she they it we i you his her their its this these those there some many most no none all only every each our my");

/// Verbs of causing: what follows is an outcome brought about ("the law ensured that …"), not
/// anyone's words or thoughts.
const CAUSING: Words = Words("ensured provided");

/// A past verb or participle with a "that" clause: "Lee speculated that the men were lost",
/// "it is assumed that …", "voters are shocked that …"; or a state of mind after "be" ("anglers
/// are afraid that …"). A finite clause as the complement of a verb whose subject can
/// speak or think holds what that subject says, thinks, knows or feels. A thing's verb ("the vote
/// proved that …", "the crisis exposed that …") is the outlet's own inference. Not "so crowded
/// that" (a result), nor "that" as a determiner ("withdrew that bill", "was indicted that
/// Tuesday", "chaired that Senate panel"): a subject must open the clause (a determiner, a
/// pronoun, or a name with its verb after it).
fn that_complement(doc: &Document, toks: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    (toks.start + 2..toks.end.saturating_sub(2)).find_map(|k| {
        if !doc.norm_is(k, "that") {
            return None;
        }
        let (v, n) = (&doc.tokens[k - 1], &doc.tokens[k + 1]);
        let w = doc.norm(v);
        let be = word_in!(
            doc.norm_at(k - 2),
            "is" | "are" | "was" | "were" | "am" | "been"
        );
        let result = (k.saturating_sub(3)..k - 1)
            .any(|j| j >= toks.start && word_in!(doc.norm_at(j), "so" | "such" | "too"));
        if !v.is_word()
            || v.cap
            || v.quote.is_some()
            || w.len() <= 4
            || !(w.ends_with("ed") || be)
            || w.ends_with("thing")
            || CAUSING.contains(&w)
            || result
        {
            return None;
        }
        // A name opens a clause when its verb or an owner's "'s" follows ("that Lee would …",
        // "that Mrs. Lee's plan …").
        let name = n.cap
            && n.is_word()
            && !doc.norm_in(n, WEEKDAYS.0)
            && (k + 1..(k + 6).min(toks.end))
                .find(|&j| {
                    let x = doc.norm_at(j);
                    (!doc.tokens[j].cap && x != ".")
                        || crate::segment::ends_possessive(doc.slice(&doc.tokens[j]))
                })
                .is_some_and(|j| {
                    let x = doc.norm_at(j);
                    BEFORE_VERB.contains(&x)
                        || crate::segment::ends_possessive(doc.slice(&doc.tokens[j]))
                        || word_in!(x, "is" | "are" | "was" | "were" | "be" | "'" | "’")
                        || (doc.tokens[j].is_word() && (x.ends_with("ed") || x.ends_with('s')))
                });
        if !(doc.norm_in(n, CLAUSE_SUBJECTS.0) || name) {
            return None;
        }
        // After "be", only a state of mind reports a view ("are shocked / afraid that …"); "is
        // clear / growing / unmistakable that …" is the outlet's own claim.
        if be && !(w.ends_with("ed") || FEELINGS.contains(&w)) {
            return None;
        }
        let subject = subject_before(doc, if be { k - 2 } else { k - 1 }, false)?;
        // "it is assumed that …": an impersonal passive reports someone's view.
        let impersonal = be && w.ends_with("ed") && doc.norm_is(subject.start, "it");
        // People feel ("pundits are shocked that …"); a thing's growth is no view ("signs are
        // mounting that …").
        let group = be && doc.norm_at(subject.end - 1).ends_with('s');
        (impersonal || group || can_speak(doc, &subject)).then_some(k - 1..k)
    })
}

/// Whether a subject can speak or think: a pronoun for people, a name, a noun of agent
/// ("the mayor", "officials") or of people ("analysts", "the jury"). Not a thing ("the vote", "the
/// crisis").
fn can_speak(doc: &Document, r: &std::ops::Range<usize>) -> bool {
    let w = doc.norm_at(r.end - 1);
    let stem = w.strip_suffix('s').unwrap_or(w);
    (doc.tokens[r.end - 1].cap && !word_in!(w, "it" | "this" | "that"))
        || PEOPLE.contains(&stem)
        || (!stem.ends_with("ment")
            && ["er", "or", "ist", "ian", "ant", "ent", "al"]
                .iter()
                .any(|s| stem.ends_with(s)))
}

/// People who speak or think, named by a pronoun or a noun that no agent suffix marks (singular:
/// `can_speak` looks up a plural's stem).
const PEOPLE: Words = Words("he she they we i you people police critic jury panel court women men children public aide judge analyst expert");

/// A state of mind after "be" that a "that" clause completes ("afraid that …"); words of more
/// than four letters (`that_complement` passes over shorter ones).
const FEELINGS: Words = Words("afraid angry furious confident certain aware hopeful adamant skeptical sceptical optimistic pessimistic upset happy");

/// A verb of perceiving, thinking or reading in its bare form opening a sentence is an
/// imperative: the outlet tells its reader to look, consider or remember ("Consider the case
/// of …", "See the photos below:", "Read the rest at …", "View full results:"), or names a
/// thing itself ("Call it a fetish."), and reports no one's view. Not before a comma
/// ("Remember, …" opens someone's speech), and only for these verbs, whose bare form at a
/// sentence's start is no subject's present tense.
fn imperative_to_reader(doc: &Document, m: &crate::lexicon::Match) -> bool {
    let si = doc.tokens[m.start].sentence as usize;
    doc.sentences[si].tokens.start == m.start
        && doc.tokens[m.start].cap
        && word_in!(
            doc.norm_at(m.start),
            "see"
                | "consider"
                | "find"
                | "imagine"
                | "remember"
                | "note"
                | "read"
                | "recall"
                | "call"
                | "view"
        )
        && !doc.norm_is(m.start + 1, ",")
}

/// The writer's own asides built on "say": "That said," and "Having said that," opening a
/// sentence turn to a concession ("the bottles that said, …" is a relative clause), and a bare
/// "say" between commas means "for example" ("in, say, five years"). Only the bare form: the
/// list's `unless` phrases match every variant, and ", saying," introduces speech. And an
/// editor's note.
fn writers_aside(doc: &Document, m: &crate::lexicon::Match) -> bool {
    let first = doc.sentences[doc.tokens[m.start].sentence as usize]
        .tokens
        .start;
    // "Editor's note: X is a liar who has repeatedly pledged …": the note is the outlet's own
    // word to its reader, and a cue in a relative clause of it ("who has … pledged") gives
    // the note no other source. A cue with a subject of its own stays ("Editor's note: Police
    // said …", "… reported that").
    if doc.norm_is(first, "editor") && doc.norm_is(first + 1, "note") {
        let mut k = m.start;
        while k > first + 2 && {
            let w = doc.norm_at(k - 1);
            word_in!(w, "has" | "have" | "had" | "also") || w.ends_with("ly")
        } {
            k -= 1;
        }
        return k > first + 2 && word_in!(doc.norm_at(k - 1), "who" | "which");
    }
    if m.start > first
        && doc.norm_is(m.start, "say")
        && doc.norm_is(m.start - 1, ",")
        && doc.norm_is(m.start + 1, ",")
    {
        return true;
    }
    m.start == first + 1
        && doc.norm_is(m.start, "said")
        && match doc.norm_at(first) {
            "that" => doc.norm_is(m.start + 1, ","),
            "having" => doc.norm_is(m.start + 1, "that") && doc.norm_is(m.start + 2, ","),
            _ => false,
        }
}

/// The quotation mark before `tok`, perhaps after a comma: a `quote_cue` counts only there.
fn after_quote(doc: &Document, tok: usize) -> bool {
    let mut k = tok;
    while k > 0 && k + 3 > tok {
        k -= 1;
        let n = doc.norm_at(k);
        if matches!(n, "\"" | "”" | "'" | "’") {
            return true;
        }
        if n != "," {
            return false;
        }
    }
    false
}

/// A `quote_cue` at tokens `start..end` beside its quotation: right after it ("…," read the
/// note), after it and the document named by a determiner and at most two more words ("…," the
/// email read), or before it with a comma or colon ("the sign reads: \"…\""). Looks at most four
/// tokens back and three ahead.
fn beside_quote(doc: &Document, start: usize, end: usize) -> bool {
    let subject_first = (start.saturating_sub(3)..start).any(|d| {
        word_in!(
            doc.norm_at(d),
            "the" | "a" | "an" | "its" | "his" | "her" | "their" | "this" | "that" | "it"
        ) && (d + 1..start).all(|k| doc.tokens[k].is_word())
            && d > 0
            && doc.tokens[d - 1].sentence == doc.tokens[start].sentence
            && after_quote(doc, d)
    });
    let opens = |k: usize| {
        matches!(doc.norm_at(k), "\"" | "“" | "'" | "‘")
            && doc.tokens.get(k + 1).is_some_and(|t| t.quote.is_some())
    };
    after_quote(doc, start)
        || subject_first
        || (end + 1 < doc.tokens.len() && word_in!(doc.norm_at(end), "," | ":") && opens(end + 1))
}

/// A short noun phrase starting at `from`: determiners, modifiers, names; ends at a stop word.
pub fn noun_phrase_right(doc: &Document, from: usize) -> Option<std::ops::Range<usize>> {
    let sent = doc.tokens.get(from)?.sentence;
    let mut end = from;
    while end < from + 8 {
        let Some(t) = doc.tokens.get(end) else { break };
        if t.sentence != sent || t.kind == TokenKind::Punct || doc.norm_in(t, NP_STOP.0) {
            break;
        }
        end += 1;
    }
    (end > from).then_some(from..end)
}

/// Capitalized words before a colon that label page furniture, not a speaker; and the outlet's
/// imperatives to its reader ("Remember: …", "Consider: …"), which introduce its own point.
const COLON_LABELS: Words = Words("source sources contributing correction corrections clarification note byline dateline email e-mail twitter facebook instagram online previously related transcript photo photos credit credits video watch listen latest notice follow subscribe contact tags topics filed remember consider imagine recall");

/// A speaker's name and a colon open the sentence ("Graham: The party is in trouble."), or a colon
/// introduces a quotation ("The statement read: \"…\""): both attribute what follows.
fn colon_attribution(doc: &Document, toks: std::ops::Range<usize>) -> bool {
    let mut names = 0;
    for i in toks.clone().take(7) {
        let t = &doc.tokens[i];
        let n = doc.norm(t);
        if n == ":" {
            // Enough must follow: "CORRECTION:" alone introduces nothing anyone said, and a
            // fragment of three words or fewer is a subhead ("Lee: Finish second."), not words
            // said, unless quoted.
            let words = (i + 1..toks.end)
                .filter(|&k| doc.tokens[k].kind != TokenKind::Punct)
                .count();
            let quoted = (i + 1..toks.end).any(|k| doc.tokens[k].quote.is_some());
            // A transcript's answer is speech however short ("A: Totally rigged."); its
            // question ("Q: Why?") is the interviewer's, as before.
            let answer = i == toks.start + 1 && doc.slice(&doc.tokens[toks.start]) == "A";
            return names > 0
                && (words > 3 || (quoted || answer) && words > 0)
                && !roster(doc, i + 1..toks.end);
        }
        match t.kind {
            // Page furniture ("Contributing: …", "Source: …", "The Latest: …") is no speaker.
            TokenKind::Word if COLON_LABELS.contains(&n) => return false,
            TokenKind::Word if t.cap => names += 1,
            TokenKind::Punct if word_in!(n, "." | "'" | "’") => {}
            _ => break,
        }
    }
    toks.clone().any(|i| {
        doc.norm_is(i, ":")
            && i + 1 < toks.end
            && matches!(doc.norm_at(i + 1), "\"" | "“" | "'" | "‘")
    })
}

/// The `token_hash`es of the words that the sentence rules `colon_attribution` (and
/// `introduces_quote`), `that_complement`, `poll_source` and `by_reckoning` each need in a
/// sentence.
struct RuleWords([u64; 5]);

impl RuleWords {
    const COLON: u8 = 1;
    const THAT: u8 = 2;
    const POLL: u8 = 4;
    const BY: u8 = 8;

    fn new() -> RuleWords {
        use crate::lexicon::token_hash;
        RuleWords([":", "that", "poll", "survey", "by"].map(token_hash))
    }

    /// Which of the words the sentence of tokens `toks` may hold, as bits (one walk over the
    /// tokens' hashes; equal hashes of other words only cost a rule its walk).
    fn in_sentence(&self, doc: &Document, toks: std::ops::Range<usize>) -> u8 {
        let [colon, that, poll, survey, by] = self.0;
        let mut has = 0;
        for &h in doc.token_hashes().get(toks).unwrap_or_default() {
            has |= u8::from(h == colon)
                | u8::from(h == that) << 1
                | u8::from(h == poll || h == survey) << 2
                | u8::from(h == by) << 3;
        }
        has
    }
}

/// A sentence of a name and one verb ending in a colon ("Ruiz went on:" is two; "Ruiz
/// continued:") before a sentence of quoted speech that opens with its quotation mark introduces
/// that quotation, like a colon before a quotation inside one sentence. Any other sentence before
/// a colon ("The reply was swift:") may say something of its own and keeps its flags.
fn introduces_quote(doc: &Document, a: &Attribution, si: usize) -> bool {
    let (Some(s), Some(next)) = (doc.sentences.get(si), doc.sentences.get(si + 1)) else {
        return false;
    };
    let toks = &doc.tokens[s.tokens.clone()];
    let Some((colon, rest)) = toks.split_last() else {
        return false;
    };
    let Some((verb, name)) = rest.split_last() else {
        return false;
    };
    doc.norm_eq(colon, ":")
        && verb.kind == TokenKind::Word
        && !verb.cap
        && (1..=3).contains(&name.len())
        && name.iter().all(|t| t.kind == TokenKind::Word && t.cap)
        && a.quoted.get(si + 1) == Some(&true)
        && doc.text[next.start..next.end].starts_with(['"', '“'])
}

/// Longest quoted title, in words ("13 Hours: The Secret Soldiers of Benghazi"). Longer than
/// speaker.rs's limit for a mentioned term: here a whole-sentence context guards it.
const MAX_QUOTED_TITLE_WORDS: usize = 10;

/// Words a title leaves in lower case ("The Lord of the Rings", "Eat with Friends").
const TITLE_MINOR: Words = Words("a an the and but or nor for of in on at to by with from as");

/// A quotation in title case, every word capitalised but the small ones, is the name of a show,
/// a film, a book or a group ("hosts \"The Late Hour with Ann Lee\""), not anyone's words: it
/// does not make its sentence quoted speech. Two words at least ("\"Never.\"" is a reply), and
/// after a word of its sentence: a quotation opening its sentence is said or chanted ("\"Donald
/// Trump!\"", "\"Not Again.\"").
fn quoted_title(doc: &Document, q: &crate::segment::Quote) -> bool {
    let Some(first) = doc.tokens.get(q.tokens.start) else {
        return false;
    };
    let sent = &doc.sentences[first.sentence as usize];
    let mid_sentence =
        (sent.tokens.start..q.tokens.start).any(|k| doc.tokens[k].kind != TokenKind::Punct);
    // A title stands within one sentence; a quotation running on past a sentence's end is
    // speech ("\"Go home. Lee For Mayor!\"").
    let last = doc.tokens[q.tokens.end - 1].sentence;
    if !mid_sentence || q.nested || last != first.sentence {
        return false;
    }
    let mut n = 0;
    let mut caps = 0;
    for k in q.tokens.clone() {
        let t = &doc.tokens[k];
        match t.kind {
            TokenKind::Punct => continue,
            TokenKind::Number => {}
            TokenKind::Word if t.cap => caps += 1,
            TokenKind::Word if doc.norm_in(t, TITLE_MINOR.0) && n > 0 => {}
            TokenKind::Word => return false,
        }
        n += 1;
        if n > MAX_QUOTED_TITLE_WORDS {
            return false;
        }
    }
    n > 1 && caps > 0
}

/// Words that may stand between "in" and the poll it names: a date, a pollster, a kind of poll
/// ("in a CBS News poll last month" has its date after; "in the latest Quinnipiac University
/// national poll").
const POLL_GAP: usize = 5;

/// A figure given "in" a named poll or survey is the poll's finding, not the outlet's ("Lee
/// leads by six points in the latest Gallup poll"): the poll is the source. Found from the
/// rare word *poll* / *survey*, looking back at most `POLL_GAP` words for *in*, so the scan stays
/// linear. Singular only: "has risen in the polls" is the outlet's own summary of a standing.
/// Not across punctuation ("in Ohio, a poll …"), and not when *in* follows *participated* or
/// *took part* (taking a poll is no finding). Also the poll as the subject that places someone
/// ("the Herald poll has Lee leading", "gave Lee a lead"): a name or *him/her/them* right after
/// *has/had/gave/gives/puts*; not its own traits ("the poll has a margin of error").
fn poll_source(doc: &Document, toks: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    for i in toks.clone() {
        if !word_in!(doc.norm_at(i), "poll" | "survey") {
            continue;
        }
        let placed = |k: usize| {
            k < toks.end
                && (doc.tokens[k].cap && doc.tokens[k].kind == TokenKind::Word
                    || word_in!(doc.norm_at(k), "him" | "her" | "them"))
        };
        if i + 2 < toks.end
            && word_in!(
                doc.norm_at(i + 1),
                "has" | "had" | "gave" | "gives" | "puts"
            )
            && placed(i + 2)
        {
            return Some(i..i + 2);
        }
        for k in (toks.start..i).rev().take(POLL_GAP + 1) {
            let t = &doc.tokens[k];
            match doc.norm(t) {
                "in" => {
                    let took_part = k > toks.start
                        && word_in!(doc.norm_at(k - 1), "participated" | "part" | "participate");
                    if took_part {
                        break;
                    }
                    return Some(k..i + 1);
                }
                _ if t.kind == TokenKind::Punct => break,
                _ => {}
            }
        }
    }
    None
}

/// Words between a fronted *by* and its measure ("By the Associated Press's tally,").
const BY_GAP: usize = 5;

/// A figure or a view given "By <someone's> tally / count / reckoning / estimate / account /
/// argument," is that someone's ("By the league's count, …"; "who, by popular reckoning,
/// are …"): *by* opens the sentence or follows a comma, and a comma closes the measure's noun.
/// "By the end of the year," names no measure; "was decided by a count of ballots" has no comma.
fn by_reckoning(doc: &Document, toks: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    for i in toks.clone() {
        if !doc.norm_is(i, "by") || i > toks.start && !doc.norm_is(i - 1, ",") {
            continue;
        }
        for k in i + 1..(i + 2 + BY_GAP).min(toks.end) {
            if doc.tokens[k].kind == TokenKind::Punct {
                break;
            }
            let measure = word_in!(
                doc.norm_at(k),
                "tally"
                    | "count"
                    | "reckoning"
                    | "estimate"
                    | "estimates"
                    | "account"
                    | "accounts"
                    | "argument"
                    | "calculation"
                    | "calculations"
            );
            if measure && doc.norm_is(k + 1, ",") {
                return Some(i..k + 1);
            }
        }
    }
    None
}

/// Commas after a heading's colon that make what follows a list.
const ROSTER_COMMAS: usize = 3;

/// What follows a heading's colon is a roster of names, not words said ("Ohio: Ann Lee, Bo
/// Roe, Cy Poe, …"): at least `ROSTER_COMMAS` commas and every word capitalised but *and*.
fn roster(doc: &Document, toks: std::ops::Range<usize>) -> bool {
    let mut commas = 0;
    for k in toks {
        let t = &doc.tokens[k];
        match t.kind {
            TokenKind::Punct => commas += usize::from(doc.norm_eq(t, ",")),
            TokenKind::Word if t.cap || doc.norm_eq(t, "and") => {}
            _ => return false,
        }
    }
    commas >= ROSTER_COMMAS
}

/// A sentence signed off with a dash and a name ("… the vote was rigged. ― Jane Roe") is that
/// person's words, and so is a sign-off line under a quotation.
fn dash_signoff(doc: &Document, toks: std::ops::Range<usize>, after_quotation: bool) -> bool {
    let mut names = 0;
    for i in toks.clone().rev() {
        let t = &doc.tokens[i];
        match t.kind {
            TokenKind::Word if t.cap => names += 1,
            TokenKind::Punct if word_in!(doc.norm(t), "―" | "—" | "–" | "--" | "-") => {
                // A line of only a dash and a name signs off the quoted sentence before it
                // ("…the pier.\"" then "- Lee."); after the outlet's prose (even one ending
                // in a quoted word) it is a byline or a credit.
                let signs_quote = i == toks.start && after_quotation;
                let after_words = i > toks.start && !doc.norm_eq(t, "-");
                return (1..=4).contains(&names) && (after_words || signs_quote);
            }
            TokenKind::Punct if names == 0 => {} // trailing full stop or closing mark
            _ => return false,
        }
        if names > 4 {
            return false;
        }
    }
    false
}

/// "To Lee, the vote was a betrayal": *To*, a name (perhaps with a title: "To Liberal
/// councillor Lee") or *me/him/her/us/them* and a comma opening a sentence give that person's
/// view. Not an infinitive or an idiom ("To be sure,", "To date,", "To that end,": the word
/// after *To* is lowercase and no pronoun), and not a title-case headline ("To Win Iowa, Cruz
/// Courts Evangelicals": a lowercase word must follow the comma within three words, and no
/// *the*, *a*, *an* or *of* stands in the name: "To Save the Pier, …"). `opener` "for" finds
/// the same shape for a judgement's voice ("For Lee, the figures are worrying": Lee's view; "For
/// years," and "For example," are lowercase). Returns the holder's words.
pub(crate) fn holder(
    doc: &Document,
    toks: std::ops::Range<usize>,
    opener: &str,
) -> Option<std::ops::Range<usize>> {
    let i = toks.start;
    let word = |k: usize| doc.tokens[k].kind == TokenKind::Word;
    if toks.is_empty()
        || doc.norm_at(i) != opener
        || !doc.tokens[i].cap
        || doc.tokens[i].quote.is_some()
    {
        return None;
    }
    let pronoun = |k: usize| word_in!(doc.norm_at(k), "me" | "him" | "her" | "us" | "them");
    for k in (i + 1..toks.end).take(5) {
        if doc.norm_is(k, ",") {
            let held = k > i + 1 && (doc.tokens[k - 1].cap || pronoun(k - 1));
            return (held
                && (k + 1..toks.end)
                    .take(3)
                    .any(|j| word(j) && !doc.tokens[j].cap))
            .then_some(i + 1..k);
        }
        let first = k == i + 1;
        let name = word(k) && doc.tokens[k].cap && !doc.norm_one_of(k, NP_STOP.0);
        // "To Ms. Lee,"; a lowercase word inside is a title ("To Liberal councillor Lee"), not a
        // headline's small word ("To Save the Pier, …").
        let abbreviation = !first && doc.norm_is(k, ".");
        let title = !first && word(k) && !word_in!(doc.norm_at(k), "the" | "a" | "an" | "of");
        if !(name || (first && pronoun(k)) || title || abbreviation) {
            return None;
        }
    }
    None
}

/// Headings after which the text is readers' comments, not the outlet's report.
const COMMENT_HEADINGS: &[&str] = &[
    "comments",
    "reader comments",
    "readers' comments",
    "readers’ comments",
    "your comments",
    "what readers say",
    "what our readers say",
    "join the conversation",
    "reader reactions",
    "letters",
    "letters to the editor",
];

/// Headings of a signed piece by someone other than the outlet's reporters.
const COLUMN_HEADINGS: &[&str] = &[
    "guest column",
    "guest opinion",
    "guest commentary",
    "guest post",
    "op-ed",
    "opinion column",
    "viewpoint",
    "my view",
    "letter to the editor",
];

/// Byte ranges of text in other voices, each with the rule that says whose: embedded posts
/// (`<tweet …>…</tweet>`), readers' comments under a comments heading, and a signed column under
/// a column heading ("Guest column" then "By Jane Roe"). Sorted and disjoint.
fn other_voices(doc: &Document) -> Vec<(std::ops::Range<usize>, &'static str)> {
    let text = doc.text;
    let mut out: Vec<(std::ops::Range<usize>, &'static str)> = Vec::new();
    // Most texts have no tag at all: one vectorised search for '<' says so.
    let mut from = if crate::scan::has_byte(text, b'<') {
        0
    } else {
        text.len()
    };
    while let Some(open) = text[from..].find_str("<tweet").map(|k| k + from) {
        let Some(close) = text[open..]
            .find_str("</tweet>")
            .map(|k| k + open + "</tweet>".len())
        else {
            break;
        };
        out.push((open..close, "rule:embedded-post"));
        from = close;
    }
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        // Headings are short: test the length before copying anything.
        let heading = text[p.clone()]
            .trim()
            .trim_end_matches(':')
            .trim_end_matches(|c: char| c.is_ascii_digit() || c == '(' || c == ')' || c == ' ');
        if heading.len() > 40 {
            continue;
        }
        let heading = crate::case::lowercase(heading);
        let rest = p.end..text.len();
        if COMMENT_HEADINGS.contains(&heading.as_str()) {
            out.push((rest, "rule:readers-comments"));
            break;
        }
        let signed = doc.paragraphs.get(pi + 1).is_some_and(|n| {
            let n = &text[n.clone()];
            n.starts_with("By ") && n[3..].starts_with(|c: char| c.is_uppercase())
        });
        if signed && COLUMN_HEADINGS.contains(&heading.as_str()) {
            out.push((rest, "rule:signed-column"));
            break;
        }
    }
    crate::sort::sort_by_key(&mut out, |(r, _)| r.start);
    // A comments block swallows any embedded posts inside it.
    out.dedup_by(|b, a| b.0.start < a.0.end);
    out
}

/// The rule of the other-voice region holding byte `at`, if any.
fn region_of(
    regions: &[(std::ops::Range<usize>, &'static str)],
    at: usize,
) -> Option<&'static str> {
    let i = regions.partition_point(|(r, _)| r.end <= at);
    regions
        .get(i)
        .filter(|(r, _)| r.start <= at)
        .map(|(_, rule)| *rule)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_at_answers_as_a_search_of_the_cues() {
        let text = "Officials said the plan, which critics have called reckless, would fail. \
                    \"It is over,\" Lee told reporters on Friday, adding that aides warned him. \
                    According to the report, sales fell. The mayor denied it.";
        let an = crate::Analyzer::builtin().unwrap();
        let doc = crate::segment::Document::new(text);
        let matches = an.lexicon().find(&doc);
        let a = Attribution::new(&doc, an.lexicon(), &matches);
        assert!(a.cues.len() > 3, "{:?}", a.cues);
        for k in 0..doc.tokens.len() + 70 {
            // The search alone, as `cue_at` was before its bits.
            let i = a.cues.partition_point(|c| c.start <= k);
            let want = i
                .checked_sub(1)
                .map(|i| &a.cues[i])
                .filter(|c| c.contains(&k));
            assert_eq!(a.cue_at(k), want, "token {k}");
        }
    }
}
