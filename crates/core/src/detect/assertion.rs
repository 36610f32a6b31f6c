//! Unattributed assertions: sentences in the outlet's own voice (no quotation, no attribution
//! cue) that state something contestable: loaded wording, certainty, motive or guilt.

use super::Draft;
use crate::attribution::Attribution;
use crate::lexicon::{Lexicon, Match};
use crate::report::{Category, Trigger, Voice};
use crate::segment::Document;
use crate::wordlist::ListCategory;

/// A loaded word this strong (entry weight) makes an unsourced sentence an assertion by itself.
pub const LOADED_TRIGGER_WEIGHT: f64 = 1.0;

pub fn detect(
    doc: &Document,
    lex: &Lexicon,
    matches: &[Match],
    attr: &Attribution,
    loaded: &[Draft],
) -> Vec<Draft> {
    let mut per_sentence: Vec<Vec<(Trigger, String)>> = vec![Vec::new(); doc.sentences.len()];
    let sentence_of = |byte: usize| doc.sentences.partition_point(|s| s.end <= byte);
    for f in loaded {
        if f.voice == Voice::Outlet && f.base_weight >= LOADED_TRIGGER_WEIGHT {
            let si = sentence_of(f.start);
            if let Some(v) = per_sentence.get_mut(si) {
                v.push((
                    Trigger {
                        start: f.start,
                        end: f.end,
                        text: doc.text[f.start..f.end].to_string(),
                        rule: f.rule.clone(),
                    },
                    kind_for_loaded(&f.kind).to_string(),
                ));
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
        let (start, end) = (
            doc.tokens[m.start].start as usize,
            doc.tokens[m.end - 1].end as usize,
        );
        let si = doc.tokens[m.start].sentence as usize;
        per_sentence[si].push((
            Trigger {
                start,
                end,
                text: doc.text[start..end].to_string(),
                rule: ce.rule.clone(),
            },
            ce.entry.kind.clone(),
        ));
    }
    let mut out = Vec::new();
    for (si, mut triggers) in per_sentence.into_iter().enumerate() {
        if triggers.is_empty() || attr.attributed[si] || continues_report(doc, attr, si) {
            continue;
        }
        triggers.sort_by_key(|(t, _)| t.start);
        let s = &doc.sentences[si];
        // The most specific reason names the flag: guilt and motive over certainty over wording.
        let kind = ["guilt", "motive", "certainty", "loaded_wording"]
            .into_iter()
            .find(|k| triggers.iter().any(|(_, tk)| tk == k))
            .unwrap_or("loaded_wording");
        let words: Vec<String> = triggers
            .iter()
            .map(|(t, _)| format!("\u{201c}{}\u{201d}", t.text))
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
            triggers: triggers.into_iter().map(|(t, _)| t).collect(),
            linked: None,
        });
    }
    out
}

fn kind_for_loaded(kind: &str) -> &'static str {
    match kind {
        "editorializing" => "certainty",
        _ => "loaded_wording",
    }
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
