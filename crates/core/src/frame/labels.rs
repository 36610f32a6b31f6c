//! Labels, speech and flags per actor: what each mention is called around it, who says so, and
//! which attributions and loaded words are about it.

use std::ops::Range;

use super::actors::{title_like, ActorDraft, Found, Gender, MentionDraft};
use super::attach::{token_at, Attacher};
use super::{Actor, ActorKind, Label, LabelKind, LabelVoice, Mention, MentionKind, Speech};
use crate::attribution::Attribution;
use crate::report::{Category, Flag, Span};
use crate::segment::{Document, TokenKind};
use crate::words::Words;

/// Words that end a label's noun phrase.
const NP_END_LIST: Words = Words(concat!(
    "after against amid and are as at because before but by can could during for from had has have",
    " if in into is may might not on or over said says should since than that to told under was",
    " were when where which while who who's whose will with would",
));

const DETERMINERS: Words = Words("the a an this that his her their its our , ( \" “");

const COPULAS: Words = Words("is was are were remains remained became becomes be");

const SELF_VERBS: Words = Words(concat!(
    "identifies identified describes described calls called considers considered bills billed",
    " styles styled sees defines presents",
));

const REFLEXIVES: Words = Words("itself himself herself themselves");

/// Between a speaker and its attribution verb: "Chang, however, claimed", "Smith has said".
const BEFORE_CUE_LIST: Words = Words(concat!(
    ", again also are first had has have herself himself however is itself last later once",
    " previously publicly recently repeatedly reportedly then today was were will would yesterday",
));

const AUXILIARIES: Words = Words("has have had also was were is are been");

/// A label's noun phrase from `from`: up to eight words, ending at punctuation or a clause word.
fn noun_phrase(doc: &Document, from: usize) -> Option<Range<usize>> {
    let sent = doc.tokens.get(from)?.sentence;
    let mut end = from;
    while end < from + 8 {
        let Some(t) = doc.tokens.get(end) else { break };
        if t.sentence != sent || t.kind == TokenKind::Punct || doc.norm_in(t, NP_END_LIST.0) {
            break;
        }
        end += 1;
    }
    // "of" cannot end a phrase: "a member of" is cut back to "a member".
    while end > from && doc.norm_is(end - 1, "of") {
        end -= 1;
    }
    (end > from).then_some(from..end)
}

fn skip_article(doc: &Document, k: usize) -> (usize, bool) {
    if word_in!(doc.norm_at(k), "a" | "an" | "the") {
        (k + 1, true)
    } else {
        (k, false)
    }
}

struct Ctx<'a, 't> {
    doc: &'a Document<'t>,
    attr: &'a Attribution,
    loaded: Vec<&'a Flag>,
}

impl Ctx<'_, '_> {
    fn bytes(&self, r: &Range<usize>) -> (usize, usize) {
        (
            self.doc.tokens[r.start].start as usize,
            self.doc.tokens[r.end - 1].end as usize,
        )
    }

    fn span(&self, r: &Range<usize>) -> Span {
        let (start, end) = self.bytes(r);
        Span {
            start,
            end,
            text: self.doc.text[start..end].to_string(),
        }
    }

    /// Loaded flags overlapping a byte span (flags are sorted by start).
    fn loaded_in(&self, start: usize, end: usize) -> Vec<&Flag> {
        let p = self.loaded.partition_point(|f| f.start < end);
        let mut out: Vec<&Flag> = self.loaded[..p]
            .iter()
            .rev()
            .take(8)
            .filter(|f| f.end > start)
            .copied()
            .collect();
        out.reverse();
        out
    }

    fn label(
        &self,
        toks: Range<usize>,
        kind: LabelKind,
        voice: LabelVoice,
        speaker: Option<Span>,
    ) -> Label {
        let (start, end) = self.bytes(&toks);
        // Inside a quotation the words are the speaker's, whatever pattern found them.
        let (voice, speaker) = match self.doc.tokens[toks.start].quote {
            Some(q) if voice != LabelVoice::Self_ => (
                LabelVoice::Quoted,
                self.attr
                    .speakers
                    .get(q as usize)
                    .cloned()
                    .flatten()
                    .map(|r| self.span(&r)),
            ),
            _ => (voice, speaker),
        };
        let flags = self.loaded_in(start, end);
        Label {
            start,
            end,
            text: self.doc.text[start..end].to_string(),
            kind,
            voice,
            speaker,
            loaded: !flags.is_empty(),
            rules: flags.iter().map(|f| f.rule.clone()).collect(),
        }
    }
}

/// The mention ending at token `end` (exclusive) or starting at `start`: one slot per token
/// position (`NONE` for no mention), not a hash map, whose code the page would carry for this
/// key type alone.
struct MentionIndex {
    by_end: Vec<u32>,
    by_start: Vec<u32>,
}

const NONE: u32 = u32::MAX;

impl MentionIndex {
    fn new(ms: &[MentionDraft]) -> MentionIndex {
        let n = ms.iter().map(|m| m.toks.end + 1).max().unwrap_or(0);
        let mut by_end = vec![NONE; n];
        let mut by_start = vec![NONE; n];
        for (i, m) in ms.iter().enumerate() {
            // The last mention ending at a token wins, the first starting at it.
            by_end[m.toks.end] = i as u32;
            if by_start[m.toks.start] == NONE {
                by_start[m.toks.start] = i as u32;
            }
        }
        MentionIndex { by_end, by_start }
    }

    fn slot(v: &[u32], k: usize) -> Option<usize> {
        v.get(k).filter(|&&i| i != NONE).map(|&i| i as usize)
    }

    fn ending_at(&self, k: usize) -> Option<usize> {
        Self::slot(&self.by_end, k)
    }

    fn starting_at(&self, k: usize) -> Option<usize> {
        Self::slot(&self.by_start, k)
    }
}

pub(super) fn describe(
    doc: &Document,
    attr: &Attribution,
    flags: &[Flag],
    found: Found,
) -> Vec<Actor> {
    let Found {
        actors: drafts,
        mentions,
    } = found;
    let cx = Ctx {
        doc,
        attr,
        loaded: flags
            .iter()
            .filter(|f| f.category == Category::LoadedLanguage)
            .collect(),
    };
    let index = MentionIndex::new(&mentions);
    let mut labels: Vec<Vec<Label>> = vec![Vec::new(); drafts.len()];
    for m in &mentions {
        mention_labels(&cx, m, &drafts[m.actor].name, &mut labels[m.actor]);
    }
    labelling_verbs(&cx, &mentions, &index, &mut labels);
    let speech = speech(&cx, flags, &mentions, &index, drafts.len());

    let mut counts = vec![0usize; drafts.len()];
    for m in &mentions {
        counts[m.actor] += 1;
    }
    // The topic: most mentions, a mention in the first sentence (headline or lead) counting
    // three times.
    let lead_end = doc.sentences.first().map_or(0, |s| s.tokens.end);
    let mut salience = counts.clone();
    for m in mentions.iter().take_while(|m| m.toks.start < lead_end) {
        salience[m.actor] += 2;
    }
    let mut ranked: Vec<usize> = (0..drafts.len()).filter(|&a| counts[a] >= 2).collect();
    // People first: framing is mostly about people, and institutions ("House") are named often
    // as settings; groups named by a common noun ("voters") last.
    super::sort_by_num(&mut ranked, |&a| {
        [
            (drafts[a].kind != ActorKind::Person) as usize + drafts[a].common_noun() as usize,
            usize::MAX - salience[a],
            a,
        ]
    });
    let kinds: Vec<ActorKind> = drafts.iter().map(|d| d.kind).collect();
    let genders: Vec<Option<Gender>> = drafts.iter().map(ActorDraft::gender).collect();
    // A person's title, or a surname used alone ("Etheridge"), shows a name is a person's.
    let mut persons: Vec<bool> = drafts.iter().map(ActorDraft::titled).collect();
    for m in &mentions {
        persons[m.actor] |= m.kind == MentionKind::Surname;
    }
    let plurals: Vec<bool> = drafts.iter().map(ActorDraft::plural_people).collect();
    let about = Attacher {
        doc,
        mentions: &mentions,
        kinds: &kinds,
        genders: &genders,
        persons: &persons,
        plurals: &plurals,
        speakers: &attr.speakers,
    }
    .flags_about(&cx.loaded, &labels, &ranked);

    let mut per_actor: Vec<Vec<Mention>> = counts.iter().map(|&n| Vec::with_capacity(n)).collect();
    for m in &mentions {
        per_actor[m.actor].push(Mention {
            start: m.start,
            end: m.end,
            text: doc.text[m.start..m.end].to_string(),
            kind: m.kind,
        });
    }
    let mut out: Vec<(usize, Actor)> = drafts
        .into_iter()
        .zip(per_actor)
        .zip(labels)
        .zip(speech)
        .zip(about)
        .filter(|((((_, ms), _), _), _)| !ms.is_empty())
        .map(|((((d, ms), mut ls), sp), fl)| {
            // Where two patterns find one span, the one that says whose words they are wins.
            let rank = |k: LabelKind| match k {
                LabelKind::LabellingVerb => 0,
                LabelKind::SelfDescription => 1,
                _ => 2,
            };
            super::sort_by_num(&mut ls, |l| [l.start, l.end, rank(l.kind)]);
            ls.dedup_by(|a, b| a.start == b.start && a.end == b.end);
            let first = ms[0].start;
            (
                first,
                Actor {
                    name: d.name,
                    kind: d.kind,
                    aliases: d.aliases,
                    mentions: ms,
                    labels: ls,
                    speech: sp,
                    flags: fl,
                },
            )
        })
        .collect();
    super::sort_by_num(&mut out, |(first, a)| {
        [usize::MAX - a.mentions.len(), *first, 0]
    });
    out.into_iter().map(|(_, a)| a).collect()
}

/// Titles, references, appositives, self-descriptions, predicates and loaded words next to one
/// mention.
fn mention_labels(cx: &Ctx, m: &MentionDraft, name: &str, out: &mut Vec<Label>) {
    let doc = cx.doc;
    let outlet = LabelVoice::Outlet;
    // "an obscure freshman House member", "a notorious Harbor Union organizer": a name before a
    // noun for a person only modifies it, and the words before describe that person.
    let modifies = doc
        .tokens
        .get(m.toks.end)
        .is_some_and(|u| u.kind == TokenKind::Word && !u.cap && title_like(doc.norm(u)));
    match (m.kind, &m.pre, &m.title) {
        (MentionKind::Reference, _, Some(mods)) => {
            out.push(cx.label(mods.clone(), LabelKind::Reference, outlet, None));
        }
        (MentionKind::Reference, _, None) => {}
        (_, Some(_), Some(title)) if modifies => {
            out.push(cx.label(title.clone(), LabelKind::Title, outlet, None));
        }
        (_, Some(_), None) if modifies => {}
        (_, Some(pre), title) => {
            let end = title.as_ref().map_or(pre.end, |t| t.end);
            out.push(cx.label(pre.start..end, LabelKind::Title, outlet, None));
        }
        (_, None, Some(title)) => {
            out.push(cx.label(title.clone(), LabelKind::Title, outlet, None));
        }
        _ => {}
    }
    let j = m.toks.end;
    let possessive = doc.text[m.start..doc.tokens[j - 1].end as usize].len() > m.end - m.start;
    if possessive {
        return;
    }
    // "X, which identifies itself as …" / "X describes itself as …".
    let k = if doc.norm_is(j, ",") { j + 1 } else { j };
    let k2 = if word_in!(doc.norm_at(k), "which" | "who") {
        k + 1
    } else {
        k
    };
    if doc.norm_one_of(k2, SELF_VERBS.0) && doc.norm_one_of(k2 + 1, REFLEXIVES.0) {
        let mut s = k2 + 2;
        if doc.norm_is(s, "as") {
            s += 1;
        }
        let (s, _) = skip_article(doc, s);
        if let Some(np) = noun_phrase(doc, s) {
            // (The actor's span is built here only: most mentions have no self-description.)
            let me = Some(Span {
                start: m.start,
                end: m.end,
                text: name.to_string(),
            });
            out.push(cx.label(np, LabelKind::SelfDescription, LabelVoice::Self_, me));
        }
        return;
    }
    // "X, a Marxist-Islamist guerilla army," — closed by a comma or the sentence end.
    if doc.norm_is(j, ",") && word_in!(doc.norm_at(j + 1), "a" | "an" | "the") {
        if let Some(np) = noun_phrase(doc, j + 2) {
            let close = doc.norm_at(np.end);
            let first_cap = doc.tokens[np.start].cap;
            if matches!(close, "," | "." | ";" | "—" | "–" | ")" | "")
                && !(first_cap && np.len() > 1 && doc.norm_is(j + 1, "the"))
            {
                out.push(cx.label(np, LabelKind::Appositive, outlet, None));
            }
        }
        return;
    }
    // "X is a terrorist organization" / "X is notorious".
    let mut c = j;
    if word_in!(doc.norm_at(c), "has" | "had" | "have") && doc.norm_is(c + 1, "been") {
        c += 1;
    } else if !doc.norm_one_of(c, COPULAS.0) {
        c = usize::MAX;
    }
    if c != usize::MAX {
        let mut s = c + 1;
        while word_in!(doc.norm_at(s), "also" | "still" | "now" | "long" | "widely") {
            s += 1;
        }
        let (s, article) = skip_article(doc, s);
        if let Some(np) = noun_phrase(doc, s) {
            let (b, e) = cx.bytes(&(np.start..np.start + 1));
            if article || !cx.loaded_in(b, e).is_empty() {
                out.push(cx.label(np, LabelKind::Predicate, outlet, None));
            }
        }
    }
    // "used the group as a proxy-army": what the mention is taken as.
    if doc.norm_is(j, "as") && word_in!(doc.norm_at(j + 1), "a" | "an") {
        if let Some(np) = noun_phrase(doc, j + 2) {
            out.push(cx.label(np, LabelKind::Predicate, outlet, None));
        }
    }
    // A loaded word just before the mention ("notorious MKO"), when no title label covers it.
    // Only in a noun phrase ("the notorious X"): a loaded verb before a name ("assailed X") is
    // something done to the actor, not a label.
    if m.kind != MentionKind::Reference && m.pre.is_none() && !modifies {
        let sent = doc.tokens[m.toks.start].sentence;
        let lo = m.toks.start.saturating_sub(2);
        if doc.tokens[lo].sentence == sent {
            let (b, _) = cx.bytes(&(lo..lo + 1));
            for f in cx.loaded_in(b, m.start) {
                let t0 = token_at(doc, f.start);
                let opener = t0
                    .checked_sub(1)
                    .is_none_or(|p| doc.norm_one_of(p, DETERMINERS.0));
                if f.end <= m.start && opener {
                    let t1 = token_at(doc, f.end - 1) + 1;
                    out.push(cx.label(t0..t1, LabelKind::Flag, outlet, None));
                }
            }
        }
    }
}

/// "Washington has declared the MKO as a terrorist organization"; "X was branded a Y by Z".
fn labelling_verbs(
    cx: &Ctx,
    mentions: &[MentionDraft],
    index: &MentionIndex,
    labels: &mut [Vec<Label>],
) {
    let doc = cx.doc;
    for &v in &cx.attr.labelling {
        let sent = doc.tokens[v].sentence;
        let same = |i: usize| doc.tokens.get(i).is_some_and(|t| t.sentence == sent);
        // Active: the object right after the verb.
        let object = (v + 1..v + 3).find_map(|k| index.starting_at(k));
        let (obj, after, speaker) = if let Some(o) = object {
            let mut subj = v;
            while subj > 0 && doc.norm_one_of(subj - 1, AUXILIARIES.0) {
                subj -= 1;
            }
            let sp = index
                .ending_at(subj)
                .filter(|&i| same(mentions[i].toks.start))
                .map(|i| cx.span(&mentions[i].toks));
            (o, mentions[o].toks.end, sp)
        } else {
            // Passive: "X was branded …", the labeller after "by".
            let mut k = v;
            while k > 0 && doc.norm_one_of(k - 1, AUXILIARIES.0) && k + 3 > v {
                k -= 1;
            }
            if k == v {
                continue;
            }
            let Some(o) = index.ending_at(k) else {
                continue;
            };
            let by = (v + 1..v + 12).find(|&i| same(i) && doc.norm_is(i, "by"));
            let sp = by
                .and_then(|b| index.starting_at(b + 1).or(index.starting_at(b + 2)))
                .map(|i| cx.span(&mentions[i].toks));
            (o, v + 1, sp)
        };
        let mut s = after;
        if doc.norm_is(s, "as") {
            s += 1;
        } else if doc.norm_is(s, "to") && doc.norm_is(s + 1, "be") {
            s += 2;
        }
        let (mut s, _) = skip_article(doc, s);
        // A label in scare quotes: 'called the bill "toxic" legislation'.
        if matches!(doc.norm_at(s), "\"" | "“") {
            s += 1;
        }
        if !same(s) {
            continue;
        }
        if let Some(np) = noun_phrase(doc, s) {
            labels[mentions[obj].actor].push(cx.label(
                np,
                LabelKind::LabellingVerb,
                LabelVoice::Attributed,
                speaker,
            ));
        }
    }
}

/// Per actor: attributions whose source is it, by name or through an anonymous source inside it.
fn speech(
    cx: &Ctx,
    flags: &[Flag],
    mentions: &[MentionDraft],
    index: &MentionIndex,
    n: usize,
) -> Vec<Speech> {
    let doc = cx.doc;
    let mut out = vec![Speech::default(); n];
    let mut verbs: Vec<super::VerbTally> = vec![Default::default(); n];
    let anon: Vec<&Flag> = flags
        .iter()
        .filter(|f| f.category == Category::AnonymousSource)
        .collect();
    let mut last_cue = usize::MAX;
    for c in &cx.attr.cues {
        // One cue can match two lists (an attribution cue that is also a loaded verb).
        if c.start == last_cue {
            continue;
        }
        last_cue = c.start;
        let sent = doc.tokens[c.start].sentence;
        let (cb, ce) = cx.bytes(c);
        // An anonymous source just before or after the cue.
        let p = anon.partition_point(|f| f.start < ce + 60);
        let anon_src = anon[..p]
            .iter()
            .rev()
            .take(4)
            .find(|f| (f.end <= cb && cb - f.end < 60) || (f.start >= ce && f.start - ce < 30));
        let source;
        let mut anonymous = false;
        if let Some(f) = anon_src {
            anonymous = true;
            let lo = mentions.partition_point(|m| m.start < f.start);
            source = mentions[lo..]
                .iter()
                .take_while(|m| m.end <= f.end)
                .map(|m| m.actor)
                .next();
        } else {
            let mut k = c.start;
            while k > 0
                && c.start - k < 4
                && doc.tokens[k - 1].sentence == sent
                && doc.norm_one_of(k - 1, BEFORE_CUE_LIST.0)
            {
                if index.ending_at(k).is_some() {
                    break;
                }
                k -= 1;
            }
            // After the cue only for verbs that take their speaker there ("said Smith",
            // "according to Smith"); "calls for Iraq to …" names no speaker.
            let speaker_after = word_in!(
                doc.norm_at(c.start),
                "said" | "says" | "according" | "added" | "wrote" | "asked" | "explained" | "noted"
            );
            source = index
                .ending_at(k)
                .or_else(|| speaker_after.then(|| index.starting_at(c.end)).flatten())
                .or_else(|| {
                    (speaker_after && word_in!(doc.norm_at(c.end), "the" | "by"))
                        .then(|| index.starting_at(c.end + 1))
                        .flatten()
                })
                .filter(|&i| doc.tokens[mentions[i].toks.start].sentence == sent)
                .map(|i| mentions[i].actor);
        }
        let Some(a) = source else { continue };
        let sp = &mut out[a];
        sp.count += 1;
        if anonymous {
            sp.anonymous += 1;
        } else {
            sp.named += 1;
        }
        let verb = crate::case::lowercase(&doc.text[cb..ce]);
        super::tally(&mut verbs[a], verb);
    }
    for (sp, vs) in out.iter_mut().zip(verbs) {
        // Most used first; ties in the order the text uses them.
        sp.verbs = super::ranked(vs);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index answers as the hash maps it replaced did: the last mention ending at a token,
    /// the first starting at it, none past the end.
    #[test]
    fn mention_index_keeps_last_end_and_first_start() {
        let m = |toks: Range<usize>| MentionDraft {
            actor: 0,
            toks,
            start: 0,
            end: 0,
            kind: MentionKind::Name,
            title: None,
            pre: None,
        };
        let index = MentionIndex::new(&[m(0..2), m(0..3), m(1..3), m(5..6)]);
        assert_eq!(index.starting_at(0), Some(0));
        assert_eq!(index.starting_at(1), Some(2));
        assert_eq!(index.ending_at(3), Some(2));
        assert_eq!(index.ending_at(2), Some(0));
        assert_eq!(index.ending_at(6), Some(3));
        assert_eq!(index.starting_at(2), None);
        assert_eq!(index.ending_at(7), None);
        assert_eq!(MentionIndex::new(&[]).starting_at(0), None);
    }

    #[test]
    fn word_lists_are_sorted() {
        for list in [NP_END_LIST, BEFORE_CUE_LIST] {
            let words: Vec<&str> = list.0.split(' ').collect();
            assert!(words.windows(2).all(|w| w[0] < w[1]), "{words:?}");
        }
    }
}
