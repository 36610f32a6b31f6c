//! Loaded language: wordlist matches of the `loaded_language` category, with whose voice they are.

use super::Draft;
use crate::attribution::Attribution;
use crate::lexicon::{Lexicon, Match};
use crate::report::{Category, Voice};
use crate::reported;
use crate::segment::{Document, TokenKind};
use crate::sense::{self, one_of, SentenceContext};
use crate::wordlist::ListCategory;

/// How far back (in tokens) a labelling verb carries over to a label: past an object of a few
/// words ("has called allegations of collusion with Moscow a hoax").
const LABEL_REACH: usize = 10;

pub fn detect(doc: &Document, lex: &Lexicon, matches: &[Match], attr: &Attribution) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    let mut covered_to = 0usize; // token index up to which a kept match already covers
    let mut context: Option<SentenceContext> = None;
    let mut breaks = Breaks::default(); // counted per sentence, at its first flag that asks
    for m in matches {
        let ce = lex.entry(m);
        if ce.category != ListCategory::Flag(Category::LoadedLanguage) {
            continue;
        }
        if m.start < covered_to || attr.is_allowed(m.start..m.end) {
            continue;
        }
        let ctx = context.get_or_insert_with(|| SentenceContext::new(doc));
        if sense::mismatch(doc, ctx, m.start, m.end, &ce.entry.sense).is_some()
            || sense::denied(doc, m.start)
            || sense::mentioned(doc, m.start)
            || sense::declined(doc, m.start)
            || sense::charged_act(doc, ctx, m.start, m.end)
            || sense::alleged_offence(doc, m.start, m.end)
            || sense::supposed(doc, m.start, m.end)
            || sense::felt(doc, m.start)
            || sense::title_won(doc, m.end)
            // A label someone declines to apply is only named: "declined to call it a purge".
            || labelled_by(doc, attr, m, &ce.entry.kind).is_some_and(|v| sense::withheld(doc, v))
            // A negated judgement is denied; a verb of saying keeps its manner ("did not
            // slam", "there was no trumpeting" still describe how someone spoke).
            || (ce.entry.kind != "attribution_verb" && sense::negated_directly(doc, m.start, m.end))
        {
            // A phrase in a neutral sense covers its words: in "a white nationalist rally" the
            // movement's name is descriptive, and so is its "nationalist".
            covered_to = covered_to.max(m.end);
            continue;
        }
        covered_to = m.end;
        let first = &doc.tokens[m.start];
        // "what the opposition calls a sham election", "in North Korea's words, a reckless
        // provocation": the label is its viewer's, the words their owner's.
        let viewer = first
            .quote
            .is_none()
            .then(|| reported::named_by_what(doc, m.start))
            .flatten()
            .or_else(|| reported::own_words(doc, m.start))
            .or_else(|| {
                let s = doc.sentences[first.sentence as usize].tokens.clone();
                crate::attribution::holder(doc, s, "for").filter(|h| h.end < m.start)
            });
        let labeller = (first.quote.is_none() && viewer.is_none())
            .then(|| labelled_by(doc, attr, m, &ce.entry.kind))
            .flatten();
        let (voice, speaker) = match first.quote {
            None if viewer.is_some() => (Voice::Attributed, viewer.clone()),
            // "creating what some call a “zombie” pact": the label's viewer, not the quotation's
            // speaker found around it, holds the quoted word (a pronoun viewer, "what he
            // called", is the speaker already found, by name).
            // "alienated by the reported “idiot” remark, said an aide": a quoted word naming a
            // remark is someone's earlier words, which the closing attribution only reports.
            Some(q) if remark_named(doc, q as usize) => (Voice::Quoted, None),
            Some(q) => (
                Voice::Quoted,
                reported::named_by_what(doc, m.start)
                    .filter(|r| {
                        r.len() > 1
                            || !word_in!(doc.norm_at(r.start), "he" | "she" | "it" | "they" | "we")
                    })
                    .or_else(|| {
                        attr.speakers
                            .get(q as usize)
                            .cloned()
                            .flatten()
                            .or(viewer.clone())
                    }),
            ),
            None if labeller.is_some() => (
                Voice::Attributed,
                labeller.and_then(|v| set_off_subject(doc, v)),
            ),
            // A verb of saying is the writer's choice of word, except inside what a speaker's
            // verb reports: in "the letter said Trump had boasted" the letter chose "boasted".
            None if ce.entry.kind == "attribution_verb" => {
                match reporting_source(doc, attr, m.start) {
                    Some(source)
                        if after_saying(doc, attr, m.start)
                            && has_own_subject(doc, attr, m.start)
                            && !reported::outside_cue_scope(doc, attr, m.start) =>
                    {
                        (Voice::Attributed, source)
                    }
                    // "charged with using threatening words": the charge's words, not the writer's
                    // (but "painted the cities as lawless and lashed out" is a second verb).
                    _ if !joined(doc, m.start) && is_charge(doc, m.start, false) => {
                        (Voice::Attributed, None)
                    }
                    _ => (Voice::Outlet, None),
                }
            }
            None => match reporting_source(doc, attr, m.start) {
                Some(source) if !reported::outside_cue_scope(doc, attr, m.start) => {
                    (Voice::Attributed, source)
                }
                _ => match labelled_as_by(doc, m) {
                    Some(by) => (Voice::Attributed, Some(by)),
                    None if is_charge(doc, m.start, ce.entry.kind == "doubt")
                        || likened(doc, m.start)
                        || framed_as(doc, m.start) =>
                    {
                        (Voice::Attributed, None)
                    }
                    None => reported::reported_by(doc, m.start)
                        .or_else(|| urger(doc, m.start))
                        .map_or((Voice::Outlet, None), |source| (Voice::Attributed, source)),
                },
            },
        };
        // The writer's own comment or frame around a report: a ", which" clause after it ("…
        // a package of many parts, which could make for a messy process") or an opening phrase
        // before a closing attribution ("In another rare step, the event will be broadcast,
        // the broadcaster said").
        let (voice, speaker) = if voice == Voice::Attributed
            && first.quote.is_none()
            && viewer.is_none()
            && (writers_aside(doc, attr, m.start)
                || opening_frame(doc, attr, &mut breaks, m.start)
                || pictured(doc, attr, m.start)
                || quote_apposition(doc, attr, m.start)
                || quote_setting(doc, attr, m.start)
                || second_predicate(doc, attr, m.start)
                || described_criticism(doc, m.end)
                || conceded(doc, m.start)
                || past_according(doc, m.start)
                || sense::charge_manner(doc, m.start, m.end)
                || cited_description(doc, m.start)
                || reported::writers_verdict(doc, attr, m.start))
        {
            (Voice::Outlet, None)
        } else {
            (voice, speaker)
        };
        // A report whose speaker the cues left unnamed: the subject of the verb that reports it.
        // A relative subject ("experts, some of whom warned it was reckless") stands for people
        // named just before; the subject of an earlier verb ("Trump ignored the experts") is
        // not who said it, so none is named.
        // "the mayor said the charge that his budget was a giveaway was false", "despite
        // complaints that …": a noun of saying after the speaker holds its own "that" clause,
        // which is its owner's ("Trump's claim that …") or unnamed, not the cue's subject's.
        let written = (voice == Voice::Attributed && first.quote.is_none() && viewer.is_none())
            .then(|| {
                message_writer(doc, attr, m.start).or_else(|| accused_labeller(doc, attr, m.start))
            })
            .flatten();
        let speaker = match speaker {
            _ if written.is_some() => written,
            Some(r)
                if voice == Voice::Attributed
                    && first.quote.is_none()
                    && viewer.is_none()
                    && reported::content_noun(doc, m.start).is_some_and(|g| g >= r.end) =>
            {
                crate::speaker::holder(doc, attr, m.start)
            }
            // (A holder inside a long subject is its tail: "the city's board" of "The senior
            // Green on the city's board accused …"; the whole subject is named.)
            // ("The men are believed to be looters": a passive's subject is no holder; the
            // participle is looked for in the five words before.)
            None if voice == Voice::Attributed
                && !relative_subject(doc, attr, m.start)
                && !(m.start.saturating_sub(5)..m.start)
                    .any(|k| reported::raised_passive(doc, k)) =>
            {
                let long = long_subject(doc, attr, m.start);
                crate::speaker::holder(doc, attr, m.start)
                    .map(|r| reported::attach_low(doc, r))
                    .filter(|r| {
                        long.as_ref()
                            .is_none_or(|l| r.start <= l.start || r.end > l.end)
                    })
                    .or(long)
                    .or_else(|| participle_subject(doc, attr, m.start))
            }
            s => s,
        };
        let speaker = match speaker {
            Some(r) if voice == Voice::Attributed && first.quote.is_none() && viewer.is_none() => {
                reported::according_over(doc, m.start, &r).unwrap_or(Some(r))
            }
            s => s,
        };
        // "Lee returned to begin what she called a rebuilding of trust shattered by …": a
        // pronoun holder stands for the name that opens its clause, as a quotation's speaker.
        let speaker = match speaker {
            Some(r) if voice == Voice::Attributed && first.quote.is_none() => {
                Some(crate::speaker::antecedent(doc, attr, &r).unwrap_or(r))
            }
            s => s,
        };
        // An event or a charge does not speak: "the attack (suggested)" names no one, and the
        // report falls back to the voice it stands in.
        let (voice, speaker) = match speaker.map(|r| {
            if voice == Voice::Attributed && writer_self(doc, &r) {
                None
            } else {
                agent(doc, r)
            }
        }) {
            Some(None) if voice == Voice::Attributed => (Voice::Outlet, None),
            s => (voice, s.flatten()),
        };
        // Readers' comments, a signed column, an embedded post: their words are their writers',
        // never the outlet's, whatever the sentence-level rules above made of them.
        let other_voice = voice == Voice::Outlet && attr.in_other_voice(first.start as usize);
        let voice = if other_voice {
            Voice::Attributed
        } else {
            voice
        };
        // A writer's aside (an editorializing entry that is the speaker's own in a quotation:
        // "clearly", "undeniably", "inevitably") tells the reader what to conclude in the
        // writer's voice; in someone's reported claim ("said Trump was clearly taking another
        // approach", "Undeniably, the firm broke the rules, the judge wrote") it is their
        // emphasis, which the report already marks as theirs: not loaded language.
        if voice == Voice::Attributed
            && ce.entry.kind == "editorializing"
            && ce.entry.sense.not_when(sense::Context::Quoted)
            && (after_said(doc, attr, &mut breaks, m.start) || said_after(doc, attr, m.start))
        {
            continue;
        }
        let start = first.start as usize;
        // A phrase's closing preposition of its object ("railed against", "a champion of") only
        // joins it to the object: the slant is in the words before it, which the flag covers.
        // "On" and "into" stay: they make a phrasal verb's sense ("ripped into", "bent on").
        let last = m.end
            - 1
            - usize::from(
                m.end - m.start > 1
                    && word_in!(
                        doc.norm_at(m.end - 1),
                        "against" | "of" | "at" | "to" | "with" | "for"
                    ),
            );
        let end = doc.tokens[last].end as usize;
        let list = &lex.lists[ce.list];
        let mut message = if ce.entry.explain.is_empty() {
            list.description.clone()
        } else {
            ce.entry.explain.clone()
        };
        if voice == Voice::Attributed {
            match &speaker {
                Some(r) => message.push_str(&format!(
                    " (Reported as the words or view of {}, not asserted in the outlet's voice.)",
                    &doc.text
                        [doc.tokens[r.start].start as usize..doc.tokens[r.end - 1].end as usize]
                )),
                None if other_voice => message.push_str(
                    " (Another writer's words: a reader's comment, a signed column or an embedded post.)",
                ),
                None => message.push_str(
                    " (The text attributes this to someone; it is reported, not asserted.)",
                ),
            }
        }
        out.push(Draft {
            category: Category::LoadedLanguage,
            kind: ce.entry.kind.clone(),
            start,
            end,
            message,
            suggestions: ce.entry.suggest.clone(),
            rule: ce.rule.clone(),
            voice,
            speaker: speaker.map(|r| {
                (
                    doc.tokens[r.start].start as usize,
                    doc.tokens[r.end - 1].end as usize,
                )
            }),
            base_weight: ce.entry.weight,
            triggers: Vec::new(),
            linked: None,
        });
    }
    out
}

/// Whether quotation `q` is a word or two right before a noun that names a remark, after "the"
/// (`the “idiot” remark`, `the reported “idiot” comments`): the remark's own words. (Not an
/// owner's, `Lee's “divisive” comments`, where the quoted word may judge the comments.)
fn remark_named(doc: &Document, q: usize) -> bool {
    doc.quotes.get(q).is_some_and(|q| {
        let mark = q.tokens.start.saturating_sub(1);
        q.closed
            && q.tokens.len() <= 2
            && (1..=2).any(|d| mark >= d && doc.norm_is(mark - d, "the"))
            && q.after < doc.tokens.len()
            && word_in!(
                doc.norm_at(q.after),
                "comment" | "comments" | "remark" | "remarks" | "jibe" | "insult" | "slur"
            )
    })
}

/// Commas and other breaks in one sentence, counted once: whether one stands between two of
/// its tokens is then a subtraction, not a rescan of the tokens between (the span can be the
/// whole sentence, asked again for each flag in it). Counted only as far as a flag asks: a
/// document-wide count cost 1.3 % more instructions on wire copy, where the old scans stopped at
/// the first comma; this one costs about 28 instructions a document.
#[derive(Default)]
struct Breaks {
    /// The sentence counted, and the index of its first token.
    sentence: Option<u32>,
    first: usize,
    /// `counts[k - first]`: how many tokens of the sentence before token `k` are commas, and
    /// how many are neither words nor commas.
    counts: Vec<[u32; 2]>,
}

impl Breaks {
    /// The counts of the sentence of token `tok`, up to `tok` (counting on from where the last
    /// flag of the sentence left off).
    fn up_to(&mut self, doc: &Document, tok: usize) -> &Self {
        let sent = doc.tokens[tok].sentence;
        if self.sentence != Some(sent) {
            self.sentence = Some(sent);
            self.first = doc.sentences[sent as usize].tokens.start;
            self.counts.clear();
            self.counts.push([0, 0]);
        }
        while self.first + self.counts.len() <= tok {
            let k = self.first + self.counts.len() - 1;
            let mut n = self.counts[self.counts.len() - 1];
            if doc.norm_is(k, ",") {
                n[0] += 1;
            } else if !doc.tokens[k].is_word() {
                n[1] += 1;
            }
            self.counts.push(n);
        }
        self
    }

    /// A comma stands among tokens `a..b` (`b` itself excluded; `a <= b`, both already counted).
    fn comma_in(&self, a: usize, b: usize) -> bool {
        self.counts[b - self.first][0] != self.counts[a - self.first][0]
    }

    /// Every token in `a..b` (`b` itself excluded; `a <= b`, both already counted) is a word or a
    /// comma.
    fn only_words_and_commas(&self, a: usize, b: usize) -> bool {
        self.counts[b - self.first][1] == self.counts[a - self.first][1]
    }
}

/// The reporting cues that start before `tok`, in text order: the nearest is the last.
fn cues_before(attr: &Attribution, tok: usize) -> &[std::ops::Range<usize>] {
    &attr.reporting[..attr.reporting.partition_point(|c| c.start < tok)]
}

/// The long subject that opens the sentence of `tok` and ends at the nearest cue before it
/// ("The sister of the man accused of the attack said …"), when no shorter holder was found.
fn long_subject(doc: &Document, attr: &Attribution, tok: usize) -> Option<std::ops::Range<usize>> {
    let c = cues_before(attr, tok).last()?;
    (doc.tokens[c.start].sentence == doc.tokens[tok].sentence)
        .then(|| reported::long_subject(doc, c.start))
        .flatten()
}

/// Who reports the word at `tok`, when a reporting verb covers it and its speaker is within
/// reach: `Some(None)` for a report whose speaker is unnamed, `None` for no report.
fn reporting_source(
    doc: &Document,
    attr: &Attribution,
    tok: usize,
) -> Option<Option<std::ops::Range<usize>>> {
    attr.reporter(doc, tok)
        .and_then(|s| reported::speaker_in_reach(doc, s, tok))
}

/// How far into its sentence the main clause's first verb may stand, for `participle_subject`
/// (a dateline and a subject of a few words).
const MAIN_VERB_REACH: usize = 14;

/// The subject of the sentence's main clause when the word is reported by a participle of
/// saying after the sentence's first comma ("Labour members were united against the levy,
/// calling it a giveaway"; "The cabinet renewed the scheme, finding that conditions were too
/// dire"): the participle shares the main clause's subject, when that is a short opening phrase.
fn participle_subject(
    doc: &Document,
    attr: &Attribution,
    tok: usize,
) -> Option<std::ops::Range<usize>> {
    let p = nearest_verb(attr, tok)?;
    let sent = doc.tokens[tok].sentence;
    let comma = p.checked_sub(1)?;
    if doc.tokens[p].sentence != sent
        || !doc.norm_at(p).ends_with("ing")
        || !doc.norm_is(comma, ",")
    {
        return None;
    }
    let span = doc.sentences[sent as usize].tokens.clone();
    // The first lowercase auxiliary or past tense of the sentence, before any other comma.
    let v = (span.start..comma)
        .take(MAIN_VERB_REACH)
        .take_while(|&k| !doc.norm_is(k, ","))
        .find(|&k| {
            let w = doc.norm_at(k);
            !doc.tokens[k].cap
                && (one_of("has have had is are was were", w) || w.len() > 4 && w.ends_with("ed"))
        })?;
    if (v..comma).any(|k| doc.norm_is(k, ",")) {
        return None;
    }
    reported::opening_subject(doc, v).and_then(|r| crate::speaker::plausible(doc, r))
}

/// The nearest cue or labelling verb before `tok` ("…, calling it a giveaway").
fn nearest_verb(attr: &Attribution, tok: usize) -> Option<usize> {
    let cue = cues_before(attr, tok).last().map(|c| c.start);
    let label = attr.labelling[..attr.labelling.partition_point(|&l| l < tok)].last();
    cue.max(label.copied())
}

/// A participle of saying or labelling that reports `tok`, after a message and a reduced
/// relative naming its sender, is the sender's: "a tweet Ruiz sent attacking them as weak" is
/// Ruiz's, not the sentence subject's. Looks back at most ten tokens from the participle.
fn message_writer(
    doc: &Document,
    attr: &Attribution,
    tok: usize,
) -> Option<std::ops::Range<usize>> {
    let p = nearest_verb(attr, tok)?;
    if doc.tokens[p].sentence != doc.tokens[tok].sentence || !doc.norm_at(p).ends_with("ing") {
        return None;
    }
    // "a post Smith wrote earlier in the day attacking …": a time phrase of up to four words
    // may stand between the sender's verb and the participle.
    let w = (p.saturating_sub(5)..p)
        .rev()
        .take_while(|&k| doc.tokens[k].is_word())
        .find(|&k| doc.norm_one_of(k, "sent posted wrote ran"))?;
    let m = (w.saturating_sub(5)..w)
        .rev()
        .take_while(|&k| doc.tokens[k].is_word())
        .find(|&k| doc.norm_one_of(k, "tweet post letter ad statement"))?;
    (m + 1 < w && doc.tokens[m + 1].cap).then_some(m + 1..w)
}

/// A labelling participle after "by" inside a charge, blame or praise is its object's act: in
/// "accused the minister of stoking anger by calling them traitors" the minister called them so. The "of"
/// or "for" stands at most ten words before "by", before a gerund (else "by" tells how the
/// charge was made: "blamed the mayor for the riots by calling him a coward"), and the
/// accused at most four words after the verb.
fn accused_labeller(
    doc: &Document,
    attr: &Attribution,
    tok: usize,
) -> Option<std::ops::Range<usize>> {
    let p = nearest_verb(attr, tok)?;
    if p < 2 || !doc.norm_is(p - 1, "by") || !doc.norm_at(p).ends_with("ing") {
        return None;
    }
    let of = (p.saturating_sub(12)..p - 1)
        .rev()
        .take_while(|&k| doc.tokens[k].is_word())
        .find(|&k| word_in!(doc.norm_at(k), "of" | "for"))
        .filter(|&k| doc.norm_at(k + 1).ends_with("ing"))?;
    let v = (of.saturating_sub(5)..of)
        .rev()
        .take_while(|&k| doc.tokens[k].is_word())
        .find(|&k| doc.norm_one_of(k, CHARGE_WORDS) || doc.norm_one_of(k, BLAMING_VERBS))?;
    (v + 1 < of).then_some(v + 1..of)
}

/// The verb that reports `tok` has a relative pronoun for its subject ("some of whom warned").
fn relative_subject(doc: &Document, attr: &Attribution, tok: usize) -> bool {
    attr.reporter(doc, tok)
        .flatten()
        .is_some_and(|r| reported::relative_pronoun(doc, &r))
}

/// Plain verbs of saying and writing, in the forms both tests below accept: what they report
/// is the speaker's wording throughout. (A macro, so the two lists can be built from it.)
macro_rules! say_forms {
    () => {
        "say said says tell told tells write wrote writes added adds"
    };
}

/// Verbs of saying for `after_saying`: the plain ones, their participles (a participle clause
/// reports too: "the letter said, saying Trump had boasted"), "claim", and the verbs of
/// arguing ("neighbours argued the tower would threaten the lake": their verb, not the writer's).
const SAYING: &str = concat!(
    say_forms!(),
    " saying telling writing",
    " claim claimed claims claiming argue argued argues arguing contend contended contends",
    " insist insisted insists"
);

/// Verbs of saying for `after_said`: the plain ones and the bare "add" ("they add that"), but
/// not "claim", also a noun ("the claim that"), nor the participles.
const SAID: &str = concat!(say_forms!(), " add");

/// The first cue after `start` is a plain verb of saying in its sentence: a closing
/// attribution ("Undeniably, the firm broke the rules, the judge wrote") reports the word.
/// So does an inverted closing attribution after a comma, past cues of inference inside the
/// claim ("results clearly signal that support fell, said an analyst").
fn said_after(doc: &Document, attr: &Attribution, start: usize) -> bool {
    let sent = doc.tokens[start].sentence;
    let said = |c: &std::ops::Range<usize>| doc.norm_one_of(c.end - 1, SAID);
    let mut after = attr.reporting[attr.reporting.partition_point(|c| c.start < start)..]
        .iter()
        .take_while(|c| doc.tokens[c.start].sentence == sent);
    after.next().is_some_and(said)
        || after.any(|c| said(c) && c.start > 0 && doc.norm_is(c.start - 1, ","))
}

/// The nearest cue before `start` in its sentence is a plain verb of saying ("the letter said,
/// saying Trump had boasted"), not one of thought, finding or comment ("learned that",
/// "scoffed at a promise … where the president claimed"), where the verb stays the writer's.
fn after_saying(doc: &Document, attr: &Attribution, start: usize) -> bool {
    let sent = doc.tokens[start].sentence;
    // Speech and cognition cues alike: a verb of thought in between reports in its turn ("said
    // he learned that Russia claimed").
    let said = |c: &std::ops::Range<usize>| {
        c.end <= start && doc.tokens[c.start].sentence == sent && doc.norm_one_of(c.end - 1, SAYING)
    };
    let cues = cues_before(attr, start);
    let Some(last) = cues.last() else {
        return false;
    };
    // Past the medium right after the verb (its noun a cue of its own): "said in a statement
    // the road would threaten".
    let n = cues.len()
        - cues
            .iter()
            .rev()
            .take(3)
            .take_while(|c| c.end == last.end)
            .count();
    match &cues[..=n.min(cues.len() - 1)] {
        [.., b, c] if b.end == c.start && doc.norm_is(c.start, "in") => {
            last.end <= start && said(b)
        }
        _ => said(last),
    }
}

/// A plain verb of saying reports the word: it is one of the last few cues before `start`, in
/// its sentence with no comma between, past cues of thought inside its claim ("Green said
/// Mueller's mandate clearly covers it", "said they had not felt pressure and X was clearly
/// …"; not "Coulter, who attacked him, has clearly …", where the adverb is the writer's).
fn after_said(doc: &Document, attr: &Attribution, breaks: &mut Breaks, start: usize) -> bool {
    let sent = doc.tokens[start].sentence;
    cues_before(attr, start)
        .iter()
        .rev()
        .take(3)
        .take_while(|c| {
            c.end <= start
                && doc.tokens[c.start].sentence == sent
                && !breaks.up_to(doc, start).comma_in(c.end, start)
        })
        .any(|c| doc.norm_one_of(c.end - 1, SAID))
}

/// Auxiliaries and adverbs between a verb and its subject ("Trump had long boasted").
const BEFORE_VERB: &str = "has have had is are was were be been would will also long once";

/// Words that join a second verb to the first: "urged … and hailed" shares its subject.
const JOINING: &str = "and or but nor then";

/// A conjunction right before `start`: the word is a second verb of the clause.
fn joined(doc: &Document, start: usize) -> bool {
    start > 0
        && doc.tokens[start - 1].sentence == doc.tokens[start].sentence
        && doc.norm_one_of(start - 1, JOINING)
}

/// The verb at `start` has a subject of its own inside the report: past its auxiliaries
/// stands a word that is not a conjunction ("GE urged … and hailed the vote" is GE's act,
/// told by the outlet) nor the reporting verb itself ("accused without evidence").
fn has_own_subject(doc: &Document, attr: &Attribution, start: usize) -> bool {
    let sent = doc.tokens[start].sentence;
    let mut k = start;
    while k > 0 && doc.tokens[k - 1].sentence == sent && doc.norm_one_of(k - 1, BEFORE_VERB) {
        k -= 1;
    }
    let Some(mut p) = k.checked_sub(1).filter(|&p| doc.tokens[p].sentence == sent) else {
        return false;
    };
    // Past an apposition to a name: "DeSantis, the Republican who chairs the panel, claimed".
    if doc.norm_is(p, ",") {
        if let Some(j) = (p.saturating_sub(16)..p)
            .rev()
            .find(|&j| doc.norm_is(j, ","))
        {
            if j > 0 && doc.tokens[j - 1].cap && word_in!(doc.norm_at(j + 1), "the" | "a" | "an") {
                p = j - 1;
            }
        }
    }
    if doc.tokens[p].sentence != sent {
        return false;
    }
    doc.tokens[p].is_word()
        && (!doc.norm_one_of(p, JOINING) || shares_modal(doc, p, start))
        && attr.cues.binary_search_by(|c| c.end.cmp(&(p + 1))).is_err()
        && attr.stance.binary_search(&p).is_err()
}

/// A bare verb after "and"/"or" (at `p`) continues a verb after a modal a few words back ("argued
/// the tower would overwhelm roads and threaten the lake"): it shares that clause's subject,
/// not the subject of the verb that reports it ("urged … and hailed" is a second verb).
fn shares_modal(doc: &Document, p: usize, start: usize) -> bool {
    let w = doc.norm_at(start);
    let sent = doc.tokens[p].sentence;
    word_in!(doc.norm_at(p), "and" | "or")
        && !(w.ends_with("ed") || w.ends_with('s') || w.ends_with("ing"))
        && (p.saturating_sub(6)..p)
            .rev()
            .take_while(|&j| doc.tokens[j].is_word() && doc.tokens[j].sentence == sent)
            .any(|j| doc.norm_one_of(j, reported::MODALS))
}

/// Verbs by which someone characterises a thing "as" something: what follows "as" is their
/// characterisation ("Democrats have condemned the bill as a giveaway").
const CHARACTERISING_VERBS: &str = concat!(
    "condemn condemned condemns condemning decry decried decries decrying denounce denounced",
    " denounces denouncing blast blasted blasts blasting slam slammed slams slamming criticize",
    " criticized criticizes criticizing criticise criticised criticises criticising describe",
    " described describes describing portray portrayed portrays portraying depict depicted",
    " depicts depicting characterize characterized characterizes characterizing dismiss",
    " dismissed dismisses dismissing brand branded brands branding label labeled labelled",
    " labels attack attacked attacks attacking deride derided derides deriding assail",
    " assailed assails lambaste lambasted lambastes ridicule ridiculed ridicules mock mocked mocking",
    " paint painted",
    " paints cast casts casting frame framed frames framing praise praised praises praising hail hailed hails hailing laud",
    " lauded lauds lauding tout touted touts touting",
    // Their nouns report the same act: "the governor's description of the strikers as thugs".
    " description descriptions portrayal portrayals depiction depictions characterization",
    " characterizations characterisation characterisations labeling labelling",
);

/// Words that report a charge: what follows "of" is the accuser's ("accused X of bullying",
/// "drew charges of cronyism"; not the singular: "in charge of"). A warning's "of" is the
/// warner's too ("opposing spending and warning of crushing debts").
const CHARGE_WORDS: &str = concat!(
    "accuse accused accuses accusing accusation accusations allegation allegations charges warn warned",
    " warns warning warnings",
);

/// Verbs of blame and praise: what follows "for" is the blamer's or praiser's charge ("blamed
/// the agency for shameful neglect", "faulted the mayor for reckless spending"). Not verbs
/// with a literal sense ("attacked the town for hours", "dismissed for cause").
const BLAMING_VERBS: &str = concat!(
    "blame blamed blames blaming fault faulted faults faulting criticize criticized criticizes",
    " criticizing criticise criticised criticises criticising condemn condemned condemns",
    " condemning denounce denounced denounces chide chided chides rebuke rebuked rebukes",
    " castigate castigated castigates lambaste lambasted lambastes scold scolded scolds",
    " berate berated berates praise praised praises praising commend commended commends",
    " credit credited credits",
);

/// Verbs of prosecution: what follows "with" is the prosecutors' charge ("charged two agents
/// with masterminding the theft").
const CHARGING_VERBS: &str = "charge charged charges charging";

/// How far (in tokens) a characterising verb or charge word governs its "as" or "of".
const CHARGE_REACH: usize = 10;

/// How many more tokens an appositive between commas may add to a verb's reach.
const APPOSITIVE_REACH: usize = 6;

/// How many words of a noun phrase may stand between "as"/"of" and the loaded word ("as a
/// costly giveaway"), or before it inside the charge ("of inappropriately touching").
const PHRASE_REACH: usize = 3;

/// The word is inside someone's paraphrased charge or characterisation, with no punctuation
/// between: "have condemned them as giveaways", "decry the gathering as a sham", "accusing the
/// media of a smear campaign", "a candidate accused of bullying", "charged with masterminding",
/// "faulted the agency for shameful neglect". The outlet reports the charge;
/// it does not make it (the speaker may be out of reach or unnamed).
/// A doubt marker in a "for" charge is the writer's distance from it ("denounced the paper for
/// its supposed bias"), so `doubt` keeps it out of that shape.
fn is_charge(doc: &Document, start: usize, doubt: bool) -> bool {
    let sent = doc.tokens[start].sentence;
    if charged_object(doc, start) {
        return true;
    }
    let clause = doc.tokens[..start]
        .iter()
        .enumerate()
        .rev()
        .take_while(|(_, t)| {
            // A period inside the sentence is an abbreviation's ("former U.S. Attorney").
            t.sentence == sent && (t.kind != TokenKind::Punct || word_in!(doc.norm(t), "," | "."))
        })
        .take(CHARGE_REACH + 2 * PHRASE_REACH + APPOSITIVE_REACH);
    // The "as", "of" or "with" once found, and its index.
    let mut link: Option<(usize, &str)> = None;
    // Commas between the verb and its "as": two close an appositive ("praised the nominee, a
    // former judge, as a hero"); one means another clause.
    let mut commas = 0;
    // Where the phrase holding the word begins: past one "and" the charge runs on ("as soft
    // on crime and bent on raising fees", "as weak and a likely puppet").
    let mut phrase = start;
    for (i, t) in clause {
        let w = doc.norm(t);
        if w == "." {
            continue;
        }
        if w == "," {
            commas += 1;
            if link.is_none() || commas > 2 {
                return false;
            }
            continue;
        }
        match link {
            None if phrase - i > PHRASE_REACH + 1 => return false,
            // (Not before a new subject: "as brave and the fans roared wildly".)
            None if w == "and"
                && phrase == start
                && start - i <= PHRASE_REACH
                && !doc.tokens[i + 1].cap
                && !word_in!(
                    doc.norm_at(i + 1),
                    "the" | "he" | "she" | "they" | "it" | "we"
                ) =>
            {
                phrase = i
            }
            None if word_in!(w, "as" | "of" | "with" | "for") => link = Some((i, w)),
            None => {}
            Some((at, _)) if at - i > CHARGE_REACH + APPOSITIVE_REACH * (commas / 2) => {
                return false
            }
            Some(_) if commas == 1 => {}
            // "cast it as an act of bullying": the "of" is inside the characterisation.
            Some((at, "of")) if w == "as" && at - i <= PHRASE_REACH => link = Some((i, "as")),
            Some((_, "as")) if one_of(CHARACTERISING_VERBS, w) => return true,
            // Not "charged ahead with": a particle makes it the verb of rushing.
            Some((_, "with"))
                if one_of(CHARGING_VERBS, w)
                    && !word_in!(
                        doc.norm_at(i + 1),
                        "ahead" | "forward" | "into" | "in" | "up"
                    ) =>
            {
                return true
            }
            Some((_, "of")) if one_of(CHARGE_WORDS, w) => return true,
            // "aren't to blame for" is the writer's judgement, with no blamer.
            Some((at, "for")) if one_of(BLAMING_VERBS, w) => {
                return !(doubt || w == "blame" && at == i + 1)
            }
            Some(_) => {}
        }
    }
    false
}

/// The word is in what someone likens a thing to, with no punctuation between: "compared a
/// parent to a book-burning fascist" is the speaker's comparison, told. An object must stand
/// between ("compared to last year" is a preposition), and not after "be" or a determiner
/// ("is often compared to", "the compared figures").
fn likened(doc: &Document, start: usize) -> bool {
    let sent = doc.tokens[start].sentence;
    let words = |k: usize| doc.tokens[k].sentence == sent && doc.tokens[k].is_word();
    let Some(to) = (start.saturating_sub(PHRASE_REACH + 1)..start)
        .rev()
        .take_while(|&k| words(k))
        .find(|&k| word_in!(doc.norm_at(k), "to" | "with"))
    else {
        return false;
    };
    (to.saturating_sub(CHARGE_REACH)..to.saturating_sub(1))
        .rev()
        .take_while(|&k| words(k))
        .find(|&k| doc.norm_one_of(k, "compared compares comparing likened likens likening"))
        .is_some_and(|v| v > 0 && !doc.norm_one_of(v - 1, DETERMINERS_BE))
}

/// A verb of framing hands the label after its "as" to unnamed others: "are now presented as
/// mainstream common sense", "billed as historic".
fn framed_as(doc: &Document, start: usize) -> bool {
    (start.saturating_sub(PHRASE_REACH)..start)
        .rev()
        .take_while(|&k| doc.tokens[k].is_word())
        .find(|&k| doc.norm_is(k, "as"))
        .is_some_and(|a| {
            doc.norm_one_of(
                a.wrapping_sub(1),
                "presented described billed touted portrayed branded dubbed hailed",
            )
        })
}

/// The word follows a mid-sentence "according to X" in a relative clause describing X ("…,
/// according to a poll that paints a bleak picture") or in a clause joined after it ("…,
/// according to its own figures, and the reasons have been obvious"): the writer's words.
fn past_according(doc: &Document, tok: usize) -> bool {
    let sent = doc.tokens[tok].sentence;
    // (Within a wire sentence's reach of the word.)
    let Some(k) = (tok.saturating_sub(30)..tok)
        .rev()
        .take_while(|&k| doc.tokens[k].sentence == sent)
        .find(|&k| doc.norm_is(k, "according") && doc.norm_is(k + 1, "to"))
    else {
        return false;
    };
    let mut comma = false;
    (k + 2..tok).any(|j| {
        comma |= doc.norm_is(j, ",");
        (!comma
            && word_in!(doc.norm_at(j), "that" | "which" | "who")
            && !(j + 1..tok).any(|i| reported::reporting_word(doc.norm_at(i))))
            || (doc.norm_is(j - 1, ",")
                && doc.norm_is(j, "and")
                && doc.norm_is(k.wrapping_sub(1), ","))
    })
}

/// The word is in a noun phrase after "despite" or "amid" ("believe they can survive despite
/// the troubling outlook"): a circumstance the writer sets, not part of what is reported; or
/// names the event of a toll ("according to the ministry, the toll from the brutal raids"):
/// the source counts the dead, the writer names the event.
fn conceded(doc: &Document, start: usize) -> bool {
    let sent = doc.tokens[start].sentence;
    (start.saturating_sub(PHRASE_REACH)..start)
        .rev()
        .take_while(|&k| doc.tokens[k].sentence == sent && doc.tokens[k].is_word())
        .any(|k| {
            word_in!(doc.norm_at(k), "despite" | "amid")
                || word_in!(doc.norm_at(k), "from" | "of") && doc.norm_is(k.wrapping_sub(1), "toll")
        })
}

/// Verbs whose object is the charge itself ("alleged a cover-up", "decried the shameful
/// treatment", "denounced the reckless cuts"), and those whose "against", "about" or "of"
/// phrase is ("warned against reckless spending", "complained of a shameful cover-up").
const OBJECT_CHARGES: &str = concat!(
    "allege alleged alleges alleging decry decried decries decrying deplore deplored deplores",
    " deploring denounce denounced denounces denouncing condemn condemned condemns condemning",
    " criticize criticized criticizes criticizing criticise criticised criticises criticising",
    " lament lamented laments lamenting protested protesting",
);
const AGAINST_CHARGES: &str = concat!(
    "warn warned warns warning rail railed rails railing complain complained complains",
    " complaining protested protesting",
);

/// The word is in the object of a verb of charge or condemnation, a noun phrase of at most
/// three words before it with no preposition, conjunction or punctuation: the charge is the
/// accuser's paraphrased words ("Lee alleged a cover-up", "Democrats decried the shameful
/// deal"). Not the participle as a modifier ("the alleged cover-up") nor a passive ("was
/// condemned").
fn charged_object(doc: &Document, start: usize) -> bool {
    let sent = doc.tokens[start].sentence;
    for k in (start.saturating_sub(PHRASE_REACH + 1)..start).rev() {
        let t = &doc.tokens[k];
        if t.sentence != sent || !t.is_word() || k == 0 {
            return false;
        }
        let w = doc.norm(t);
        let before = doc.norm_at(k - 1);
        if one_of(OBJECT_CHARGES, w)
            || word_in!(w, "against" | "about" | "of") && one_of(AGAINST_CHARGES, before)
        {
            let v = if one_of(OBJECT_CHARGES, w) { k } else { k - 1 };
            return v > 0
                && !doc.norm_one_of(v - 1, DETERMINERS_BE)
                && doc.tokens[v - 1].sentence == sent;
        }
        if one_of(OBJECT_STOPS, w) {
            return false;
        }
    }
    false
}

/// Words before a verb form that make it a modifier or a passive ("the alleged …", "was
/// condemned").
const DETERMINERS_BE: &str =
    "the a an his her its their our this that these those is are was were be been being";

/// Words that end an object noun phrase on its left: prepositions, conjunctions, relatives.
const OBJECT_STOPS: &str =
    "of in on at for by from with to into as and or but that which who when while after before";

/// Verbs of urging: what someone is urged "to" do is the request, in the urger's words.
const URGING_VERBS: &str = "urge urged urges implore implored implores exhort exhorted exhorts";

/// The word is in what a finite verb of urging asks of its object, with no punctuation
/// between: "Critics urged the director to stand up to bullying", "The group called on members
/// to reject the shameful deal"; with the urger when a short subject opens the sentence (else
/// the holder is looked for). Not a passive ("Residents were urged to flee"): its subject is
/// not the urger; not "began urging the party to put the discord behind", the writer's account
/// of a campaign.
fn urger(doc: &Document, start: usize) -> Option<Option<std::ops::Range<usize>>> {
    let sent = doc.tokens[start].sentence;
    let word = |k: &usize| doc.tokens[*k].sentence == sent && doc.tokens[*k].is_word();
    let to = (start.saturating_sub(PHRASE_REACH + 1)..start)
        .rev()
        .take_while(word)
        .find(|&k| doc.norm_is(k, "to"))?;
    let v = (to.saturating_sub(CHARGE_REACH)..to.saturating_sub(1))
        .rev()
        .take_while(word)
        .find(|&k| {
            let w = doc.norm_at(k);
            one_of(URGING_VERBS, w)
                || word_in!(w, "call" | "calls" | "called") && doc.norm_is(k + 1, "on")
        })?;
    if v > 0 && doc.norm_one_of(v - 1, "is are was were be been being") {
        return None;
    }
    Some(reported::opening_subject(doc, v))
}

/// The word is in a noun phrase set after a quotation's closing cue (`"We will not back down,"
/// the mayor wrote, a chilling message to the council`): the writer's description of the
/// quotation, not the speaker's words.
fn quote_apposition(doc: &Document, attr: &Attribution, tok: usize) -> bool {
    let Some(a) = (tok.saturating_sub(PHRASE_REACH)..=tok)
        .rev()
        .take_while(|&k| k > 0 && doc.tokens[k].is_word())
        .find(|&k| word_in!(doc.norm_at(k), "a" | "an") && doc.norm_is(k - 1, ","))
    else {
        return false;
    };
    let at = attr.reporting.partition_point(|c| c.end < a - 1);
    attr.reporting.get(at).is_some_and(|c| {
        c.end == a - 1
            && (c.start.saturating_sub(6)..c.start).any(|k| doc.tokens[k].quote.is_some())
    })
}

/// The word is in a clause of time set after a quotation's closing cue (`"We will pass it,"
/// Lee said as chaotic scenes unfolded outside`): the quotation is what the cue reports, the
/// clause the writer's setting. No cue or labelling verb stands between the cue and the word.
fn quote_setting(doc: &Document, attr: &Attribution, tok: usize) -> bool {
    let Some(c) = cues_before(attr, tok).last() else {
        return false;
    };
    let a = c.end + usize::from(doc.norm_is(c.end, ","));
    c.end < tok
        && a < tok
        && doc.tokens[c.start].sentence == doc.tokens[tok].sentence
        && word_in!(doc.norm_at(a), "as" | "while" | "when")
        && (c.start.saturating_sub(4)..c.start).any(|k| doc.tokens[k].quote.is_some())
        && attr.labelling[attr.labelling.partition_point(|&l| l < c.end)..]
            .first()
            .is_none_or(|&l| l >= tok)
}

/// The word opens a second predicate of the speaker's, joined to the verb of saying by "and"
/// and the same perfect auxiliary ("groups have said refiners can pass on the costs and have
/// vehemently opposed any change"): the writer's account of what the speaker did, not said.
fn second_predicate(doc: &Document, attr: &Attribution, tok: usize) -> bool {
    let Some(c) = cues_before(attr, tok).last() else {
        return false;
    };
    let aux = doc.norm_at(c.start.saturating_sub(1));
    c.end <= tok
        && c.start > 0
        && word_in!(aux, "has" | "have" | "had")
        && (tok.saturating_sub(3)..tok).any(|j| {
            j > c.end
                && doc.norm_is(j, "and")
                && doc.norm_at(j + 1) == aux
                && (j + 1..=tok).all(|k| doc.tokens[k].is_word())
        })
}

/// A passive label with its labeller: "was attacked as reckless by hawks, but as timid by
/// doves" gives each label to its "by" phrase. "As" (or "as a") right before the word, "by"
/// right after it or past a noun of two words at most; not a participle ("as dedicated by the
/// president" names the act's agent).
fn labelled_as_by(doc: &Document, m: &Match) -> Option<std::ops::Range<usize>> {
    let a = m.start.checked_sub(1)?;
    let a = if word_in!(doc.norm_at(a), "a" | "an") {
        a.checked_sub(1)?
    } else if doc.norm_at(m.start).ends_with("ed") {
        return None;
    } else {
        a
    };
    let by = (m.end..m.end + 3)
        .take_while(|&k| doc.tokens.get(k).is_some_and(|t| t.is_word()))
        .find(|&k| doc.norm_is(k, "by"))?;
    (doc.norm_is(a, "as") && doc.tokens[a].sentence == doc.tokens[by].sentence)
        .then(|| crate::attribution::noun_phrase_right(doc, by + 1))
        .flatten()
}

/// The word describes someone's criticism, named by its "from" ("despite withering criticism
/// from envoys", "scathing words from the bench"): the outlet's description of it, not the
/// critics' words nor those of whoever reports the sentence.
fn described_criticism(doc: &Document, end: usize) -> bool {
    one_of(
        "criticism rebuke attack attacks words condemnation",
        doc.norm_at(end),
    ) && doc.norm_is(end + 1, "from")
}

/// Words that open another clause: "declared an emergency since it faces an existential
/// threat" is the writer's clause after the declaration.
const CLAUSE_OPENERS: &str =
    "since because while although though when after before if which who that";

/// A label is someone else's when a labelling verb governs it in the same clause:
/// "Washington has declared the MKO a terrorist organization".
fn labelled_by(doc: &Document, attr: &Attribution, m: &Match, kind: &str) -> Option<usize> {
    if !word_in!(kind, "contentious_label" | "pejorative" | "puffery") {
        return None;
    }
    let sent = doc.tokens[m.start].sentence;
    let lo = m.start.saturating_sub(LABEL_REACH);
    // `labelling` is in token order: look only at the verbs within reach (no scan of them all).
    let from = attr.labelling.partition_point(|&v| v < lo);
    attr.labelling[from..]
        .iter()
        .take_while(|&&v| v < m.start)
        .copied()
        .find(|&v| {
            v >= lo
                && doc.tokens[v].sentence == sent
                && !doc.tokens[v + 1..m.start].iter().any(|t| {
                    (t.kind == TokenKind::Punct
                        && word_in!(doc.norm(t), "," | ";" | ":" | "." | "—"))
                        || doc.norm_in(t, CLAUSE_OPENERS)
                })
        })
}

/// The subject of the verb at `v` when an aside set off by commas stands between them ("Kelly,
/// whom critics accused of …, called …", "Lee, a senator, called …"): the words before the
/// sentence's first comma, when the aside opens with a relative pronoun, an article, "of" or an
/// age.
fn set_off_subject(doc: &Document, v: usize) -> Option<std::ops::Range<usize>> {
    let span = doc.sentences[doc.tokens[v].sentence as usize]
        .tokens
        .clone();
    // (A short subject past a dateline: the search stops within 16 tokens, so it stays linear.)
    let c = (span.start..v).take(16).find(|&k| doc.norm_is(k, ","))?;
    (c + 1 < v - 1
        && doc.norm_is(v - 1, ",")
        && (word_in!(
            doc.norm_at(c + 1),
            "who" | "whom" | "which" | "a" | "an" | "the" | "of"
        ) || doc.norm_at(c + 1).bytes().all(|b| b.is_ascii_digit())))
    .then(|| reported::opening_subject(doc, c))
    .flatten()
}

/// Events and charges: a cue's subject headed by one is no speaker.
const NOT_AGENTS: &str = concat!(
    "attack attacks bombing bombings blast explosion shooting strike strikes raid raids",
    " killing killings massacre incident violence ambush assault charge charges allegation",
    " allegations accusation accusations",
);

/// The writer's own "I" or "we" opening a clause ("I understand that the council …", "now that
/// we know …"): a column's or an editorial's view, in the outlet's voice, not a report (but
/// "everyone I interviewed criticized" reports others).
fn writer_self(doc: &Document, r: &std::ops::Range<usize>) -> bool {
    let p = r.start.wrapping_sub(1);
    r.len() == 1
        && word_in!(doc.norm_at(r.start), "i" | "we")
        && doc.tokens.get(p).is_none_or(|t| {
            t.sentence != doc.tokens[r.start].sentence
                || !t.is_word()
                || doc.norm_one_of(
                    p,
                    "that what but and so as because if when while though now",
                )
        })
}

/// Units of time, whose span is no speaker.
const TIME_UNITS: &str = "minutes hours days weeks months years decades";

/// The speaker `r` when it is a person or a body; when it is an event or a charge, the subject
/// of its reduced relative clause ("a charge the group (denies)" -> "the group"), or none
/// ("the attack"). A longer head stays: "the attack's survivors", "the shooting victims".
fn agent(doc: &Document, r: std::ops::Range<usize>) -> Option<std::ops::Range<usize>> {
    // Nor does a span of time: "four hours of public testimony (showed)" is the writer's
    // summary of an event.
    let count = doc
        .tokens
        .get(r.start)
        .is_some_and(|t| t.kind == TokenKind::Number)
        || one_of(
            "two three four five six seven eight nine ten eleven twelve several",
            doc.norm_at(r.start),
        );
    if count && doc.norm_one_of(r.start + 1, TIME_UNITS) && doc.norm_is(r.start + 2, "of") {
        return None;
    }
    // A demonstrative alone ("This week it emerged …") is no one who speaks.
    if r.len() == 1 && word_in!(doc.norm_at(r.start), "this" | "that") {
        return None;
    }
    let head = r.start + 1;
    if r.len() < 2
        || !word_in!(doc.norm_at(r.start), "a" | "an" | "the" | "this" | "that")
        || !doc.norm_one_of(head, NOT_AGENTS)
    {
        return Some(r);
    }
    if head + 1 == r.end {
        return None;
    }
    let inner = head + 1..r.end;
    (inner.len() >= 2
        && word_in!(
            doc.norm_at(inner.start),
            "a" | "an" | "the" | "its" | "their"
        ))
    .then_some(inner)
    .or(Some(r))
}

/// How far back (in tokens) a ", which" clause holding the word may open.
const ASIDE_REACH: usize = 20;

/// The word is in a non-restrictive ", which" clause that opens after every reporting cue
/// before it and is still open (no comma since): the writer's comment on what was reported.
fn writers_aside(doc: &Document, attr: &Attribution, tok: usize) -> bool {
    let sent = doc.tokens[tok].sentence;
    let Some(which) = (tok.saturating_sub(ASIDE_REACH)..tok)
        .rev()
        .take_while(|&k| doc.tokens[k].sentence == sent && !doc.norm_is(k, ","))
        .find(|&k| doc.norm_is(k, "which"))
    else {
        return false;
    };
    // Cues are in token order: the first one after the "which" tells whether one stands
    // inside the clause ("which critics call a sham" reports in its turn).
    let reporting = attr.reporting.partition_point(|c| c.start <= which);
    let stance = attr.stance.partition_point(|&s| s <= which);
    which > 0
        && doc.norm_is(which - 1, ",")
        // "which friends described as miserable", "which critics accuse of peddling …": a verb
        // inside reports or charges in its turn.
        && !(which + 1..tok).any(|k| {
            let w = doc.norm_at(k);
            reported::reporting_word(w)
                || one_of(CHARACTERISING_VERBS, w)
                || one_of(CHARGE_WORDS, w)
        })
        && attr.reporting.get(reporting).is_none_or(|c| c.start >= tok)
        && attr.stance.get(stance).is_none_or(|&s| s >= tok)
}

/// The word describes a thing a speaker cited ("… and cited a navy-funded survey that debunked
/// fears"): citing is the speaker's act, the relative clause the writer's description of what
/// was cited (unless a verb inside reports in its turn: "a survey that found …"). Bounds: the
/// "that"/"which" within 8 tokens before the word, the verb within 6 tokens before it.
fn cited_description(doc: &Document, tok: usize) -> bool {
    let sent = doc.tokens[tok].sentence;
    let plain = |k: usize| {
        doc.tokens[k].sentence == sent && (doc.tokens[k].is_word() || doc.norm_is(k, "-"))
    };
    let Some(rel) = (tok.saturating_sub(8)..tok)
        .rev()
        .take_while(|&k| plain(k) && !reported::reporting_word(doc.norm_at(k)))
        .find(|&k| word_in!(doc.norm_at(k), "that" | "which"))
    else {
        return false;
    };
    // ("cited fears that …": the content of a noun of saying stays the speaker's.)
    rel > 0
        && !(doc.norm_is(rel, "that") && reported::reporting_word(doc.norm_at(rel - 1)))
        && (rel.saturating_sub(6)..rel)
            .rev()
            .take_while(|&k| plain(k))
            .any(|k| {
                let w = doc.norm_at(k);
                k > 0
                    && word_in!(doc.norm_at(k - 1), "and" | ",")
                    && (word_in!(w, "cited" | "citing")
                        || word_in!(w, "pointed" | "referred") && doc.norm_is(k + 1, "to"))
            })
}

/// Records of sight: what they "show" is the writer's account of a picture, not anyone's words.
const PICTURES: &str =
    "footage video videos image images photo photos photograph photographs picture pictures cctv";

/// The nearest reporting cue before `tok` is "show(ed)" with a record of sight as its subject
/// ("Footage shared online showed ash over the fields, as panicked residents fled"), and no
/// other cue or labelling verb stands between it and the word: the writer describes the picture.
fn pictured(doc: &Document, attr: &Attribution, tok: usize) -> bool {
    let sent = doc.tokens[tok].sentence;
    let Some(c) = cues_before(attr, tok).last() else {
        return false;
    };
    c.end <= tok
        && doc.tokens[c.start].sentence == sent
        && word_in!(
            doc.norm_at(c.end - 1),
            "show" | "shows" | "showed" | "shown"
        )
        // (The labelling verbs are in text order: one search, not a scan per flag.)
        && attr.labelling[attr.labelling.partition_point(|&l| l < c.end)..]
            .first()
            .is_none_or(|&l| l >= tok)
        && (c.start.saturating_sub(6)..c.start)
            .rev()
            .take_while(|&j| doc.tokens[j].is_word() && doc.tokens[j].sentence == sent)
            .any(|j| doc.norm_one_of(j, PICTURES))
}

/// Prepositions that open a sentence's framing phrase ("In another rare step, …").
const FRAME_OPENERS: &str = "in amid despite after";

/// The word is in a prepositional phrase opening its sentence, closed by a comma, with no cue
/// before the word: a closing "…, X said" reports the main clause, not the writer's frame.
fn opening_frame(doc: &Document, attr: &Attribution, breaks: &mut Breaks, tok: usize) -> bool {
    let sent = doc.tokens[tok].sentence;
    let span = doc.sentences[sent as usize].tokens.clone();
    // Past a dateline ("WASHINGTON (Reuters) - In …").
    let from = span
        .clone()
        .take(8)
        .find(|&k| word_in!(doc.norm_at(k), "-" | "–" | "—"))
        .map_or(span.start, |k| k + 1);
    if from >= tok || !doc.norm_one_of(from, FRAME_OPENERS) {
        return false;
    }
    let cue_before = cues_before(attr, tok)
        .last()
        .is_some_and(|c| c.start >= from)
        || attr.stance[..attr.stance.partition_point(|&s| s < tok)]
            .last()
            .is_some_and(|&s| s >= from);
    // The phrase ends at a comma within six tokens after the word; only words and commas
    // stand between the opener and the word, and between the word and that comma.
    let comma = (tok + 1..span.end)
        .take(6)
        .take_while(|&k| doc.tokens[k].is_word() || doc.norm_is(k, ","))
        .any(|k| doc.norm_is(k, ","));
    !cue_before && comma && breaks.up_to(doc, tok).only_words_and_commas(from, tok)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The counts answer as a scan of the tokens between would, for every pair in every
    /// sentence, asked in the order flags ask (growing `b` within a sentence).
    #[test]
    fn breaks_answer_as_a_scan() {
        let doc = Document::new(
            "In a bold move, the mayor said, again, that the plan (a costly one) was clearly \
             wrong; aides agreed. Critics, who spoke on Monday, called it a sham — twice.",
        );
        let mut breaks = Breaks::default();
        for b in 0..doc.tokens.len() {
            let first = doc.sentences[doc.tokens[b].sentence as usize].tokens.start;
            for a in first..=b {
                let counts = breaks.up_to(&doc, b);
                assert_eq!(
                    counts.comma_in(a, b),
                    (a..b).any(|k| doc.norm_is(k, ",")),
                    "comma in {a}..{b}"
                );
                assert_eq!(
                    counts.only_words_and_commas(a, b),
                    (a..b).all(|k| doc.tokens[k].is_word() || doc.norm_is(k, ",")),
                    "words and commas in {a}..{b}"
                );
            }
        }
    }
}
