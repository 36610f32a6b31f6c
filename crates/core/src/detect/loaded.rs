//! Loaded language: wordlist matches of the `loaded_language` category, with whose voice they are.

use super::Draft;
use crate::attribution::Attribution;
use crate::lexicon::{Lexicon, Match};
use crate::report::{Category, Voice};
use crate::segment::{Document, TokenKind};
use crate::sense::{self, SentenceContext};
use crate::wordlist::ListCategory;

/// How far back (in tokens) a labelling verb carries over to a label.
const LABEL_REACH: usize = 7;

pub fn detect(doc: &Document, lex: &Lexicon, matches: &[Match], attr: &Attribution) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    let mut covered_to = 0usize; // token index up to which a kept match already covers
    let mut context: Option<SentenceContext> = None;
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
        {
            continue;
        }
        covered_to = m.end;
        let first = &doc.tokens[m.start];
        let (voice, speaker) = match first.quote {
            Some(q) => (
                Voice::Quoted,
                attr.speakers.get(q as usize).cloned().flatten(),
            ),
            None if is_labelled(doc, attr, m, &ce.entry.kind) => (Voice::Attributed, None),
            // A verb of saying is the writer's choice of word, even inside a report.
            None if ce.entry.kind == "attribution_verb" => (Voice::Outlet, None),
            None => match attr.reporter(doc, m.start) {
                Some(source) => (Voice::Attributed, source),
                None => (Voice::Outlet, None),
            },
        };
        let start = first.start as usize;
        let end = doc.tokens[m.end - 1].end as usize;
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

/// A label is someone else's when a labelling verb governs it in the same clause:
/// "Washington has declared the MKO a terrorist organization".
fn is_labelled(doc: &Document, attr: &Attribution, m: &Match, kind: &str) -> bool {
    if !matches!(kind, "contentious_label" | "pejorative") {
        return false;
    }
    let sent = doc.tokens[m.start].sentence;
    let lo = m.start.saturating_sub(LABEL_REACH);
    // `labelling` is in token order: look only at the verbs within reach (no scan of them all).
    let from = attr.labelling.partition_point(|&v| v < lo);
    attr.labelling[from..]
        .iter()
        .take_while(|&&v| v < m.start)
        .any(|&v| {
            v >= lo
                && doc.tokens[v].sentence == sent
                && !doc.tokens[v + 1..m.start].iter().any(|t| {
                    t.kind == TokenKind::Punct && matches!(doc.norm(t), "," | ";" | ":" | "." | "—")
                })
        })
}
