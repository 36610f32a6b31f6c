//! Unattributed assertions: sentences in the outlet's own voice (no quotation, no attribution
//! cue) that make a contestable claim: guilt or motive, a certainty frame, strongly loaded
//! wording. Evidence is weighed per sentence, each word counted once; one doubtful word is not
//! enough.

use super::Draft;
use crate::attribution::Attribution;
use crate::lexicon::{Lexicon, Match};
use crate::report::{Category, Trigger, Voice};
use crate::segment::Document;
use crate::wordlist::ListCategory;

/// Evidence a sentence must gather to be an unattributed assertion. A guilt or motive phrase or a
/// strongly loaded label reaches it alone; a certainty frame, commentary or puffery gives half of
/// it, so one such word is never enough.
pub const ASSERTION_THRESHOLD: f64 = 1.0;

/// Points for a guilt or motive phrase: a contestable claim by itself.
const CLAIM_POINTS: f64 = 1.0;
/// Points for a certainty frame ("clearly", "there is no doubt that").
const CERTAINTY_POINTS: f64 = 0.5;

/// How much a loaded-language flag in the outlet's voice says the sentence makes a claim: labels
/// and judgements count by their entry weight (at most one point, so only a full-weight label
/// fires alone); commentary and puffery, which colour a sentence more than they assert, count
/// half; euphemisms, doubt words and verbs of saying are not claims.
fn loaded_points(f: &Draft) -> f64 {
    let w = f.base_weight.min(1.0);
    match f.kind.as_str() {
        "pejorative" | "contentious_label" => w,
        "editorializing" | "puffery" => 0.5 * w,
        _ => 0.0,
    }
}

struct Evidence {
    trigger: Trigger,
    kind: &'static str,
    points: f64,
}

pub fn detect(
    doc: &Document,
    lex: &Lexicon,
    matches: &[Match],
    attr: &Attribution,
    loaded: &[Draft],
) -> Vec<Draft> {
    let mut per_sentence: Vec<Vec<Evidence>> = Vec::new();
    per_sentence.resize_with(doc.sentences.len(), Vec::new);
    let sentence_of = |byte: usize| doc.sentences.partition_point(|s| s.end <= byte);
    for f in loaded {
        let points = loaded_points(f);
        if f.voice == Voice::Outlet && points > 0.0 {
            if let Some(v) = per_sentence.get_mut(sentence_of(f.start)) {
                v.push(Evidence {
                    trigger: Trigger {
                        start: f.start,
                        end: f.end,
                        text: doc.text[f.start..f.end].to_string(),
                        rule: f.rule.clone(),
                    },
                    kind: "loaded_wording",
                    points,
                });
            }
        }
    }
    for m in matches {
        let ce = lex.entry(m);
        if ce.category != ListCategory::Flag(Category::UnattributedAssertion)
            || doc.tokens[m.start].quote.is_some()
        {
            continue;
        }
        let (kind, points) = match ce.entry.kind.as_str() {
            "guilt" => ("guilt", CLAIM_POINTS),
            "motive" => ("motive", CLAIM_POINTS),
            _ => ("certainty", CERTAINTY_POINTS),
        };
        let (start, end) = (
            doc.tokens[m.start].start as usize,
            doc.tokens[m.end - 1].end as usize,
        );
        let si = doc.tokens[m.start].sentence as usize;
        per_sentence[si].push(Evidence {
            trigger: Trigger {
                start,
                end,
                text: doc.text[start..end].to_string(),
                rule: ce.rule.clone(),
            },
            kind,
            points: points * ce.entry.weight.min(1.0),
        });
    }
    let mut out = Vec::new();
    for (si, mut evidence) in per_sentence.into_iter().enumerate() {
        if evidence.is_empty() || attr.attributed[si] || continues_report(doc, attr, si) {
            continue;
        }
        // The same words count once: where two pieces of evidence overlap (a word in a loaded
        // list and in a certainty list), the stronger stays.
        evidence.sort_by(|a, b| {
            a.trigger
                .start
                .cmp(&b.trigger.start)
                .then(b.points.total_cmp(&a.points))
                // On a tie the assertion list's own entry names the reason.
                .then((a.kind == "loaded_wording").cmp(&(b.kind == "loaded_wording")))
        });
        let mut kept: Vec<Evidence> = Vec::with_capacity(evidence.len());
        for e in evidence {
            match kept.last_mut() {
                Some(k) if e.trigger.start < k.trigger.end => {
                    if e.points > k.points {
                        *k = e;
                    }
                }
                _ => kept.push(e),
            }
        }
        let score: f64 = kept.iter().map(|e| e.points).sum();
        if score < ASSERTION_THRESHOLD {
            continue;
        }
        let s = &doc.sentences[si];
        // The most specific reason names the flag: guilt and motive over certainty over wording.
        let kind = ["guilt", "motive", "certainty", "loaded_wording"]
            .into_iter()
            .find(|k| kept.iter().any(|e| e.kind == *k))
            .unwrap_or("loaded_wording");
        let words: Vec<String> = kept
            .iter()
            .map(|e| format!("\u{201c}{}\u{201d}", e.trigger.text))
            .collect();
        let message = format!(
            "Stated in the outlet's own voice with no source, and contestable ({}: {}). Attribute it, or support it with evidence.",
            kind.replace('_', " "),
            words.join(", ")
        );
        out.push(Draft {
            category: Category::UnattributedAssertion,
            kind: kind.to_string(),
            start: s.start,
            end: s.end,
            message,
            suggestions: vec!["Name who makes this claim, or cite the evidence for it.".to_string()],
            rule: format!("rule:unattributed-{}", kind.replace('_', "-")),
            voice: Voice::Outlet,
            speaker: None,
            base_weight: 1.0,
            triggers: kept.into_iter().map(|e| e.trigger).collect(),
            linked: None,
        });
    }
    out
}

/// A sentence that opens with a personal pronoun right after an attributed sentence of the same
/// paragraph usually goes on with that speaker's account ("Smith said the plan failed. He called
/// it a disaster."), so it is not the outlet's own assertion.
fn continues_report(doc: &Document, attr: &Attribution, si: usize) -> bool {
    if si == 0 || !attr.attributed[si - 1] {
        return false;
    }
    let (prev, cur) = (&doc.sentences[si - 1], &doc.sentences[si]);
    prev.paragraph == cur.paragraph
        && matches!(
            doc.norm_at(cur.tokens.start),
            "he" | "she" | "they" | "his" | "her" | "their"
        )
}
