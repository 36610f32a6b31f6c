//! A report as compact JSON, byte for byte what `serde_json::to_writer` writes for it, with the
//! field names and punctuation written as literals. serde_json escapes every key of every object
//! (PolNeAR's reports: 442k keys, 3.5 MB of the 5.6 MB it escapes) and the report's many small
//! objects (a sentence, its attribution) cost about 170 instructions a field that way. Values
//! still go through serde_json (strings, numbers, the actors), so escaping and number formatting
//! are serde_json's own.
//!
//! Every struct is taken apart without `..`, so a field added to a report type is a compile error
//! here until it is written; the tests compare with serde_json on reports of every shape.

use serde::Serialize;
use serde_json::Result;
use slant_core::report::{
    CategoryScore, Flag, QuoteInfo, QuoteKind, Report, SentenceInfo, Span, Stats, Trigger, Voice,
};

/// Appends `report` as compact JSON (no newline).
pub fn write(out: &mut Vec<u8>, report: &Report) -> Result<()> {
    let Report {
        schema_version,
        id,
        stats,
        scores,
        flags,
        sentences,
        quotes,
        actors,
    } = report;
    out.extend_from_slice(b"{\"schema_version\":");
    value(out, schema_version)?;
    out.extend_from_slice(b",\"id\":");
    value(out, id)?;
    let Stats {
        bytes,
        words,
        sentences: n_sentences,
        paragraphs,
        quotes: n_quotes,
        quoted_words,
    } = stats;
    out.extend_from_slice(b",\"stats\":{\"bytes\":");
    value(out, bytes)?;
    out.extend_from_slice(b",\"words\":");
    value(out, words)?;
    out.extend_from_slice(b",\"sentences\":");
    value(out, n_sentences)?;
    out.extend_from_slice(b",\"paragraphs\":");
    value(out, paragraphs)?;
    out.extend_from_slice(b",\"quotes\":");
    value(out, n_quotes)?;
    out.extend_from_slice(b",\"quoted_words\":");
    value(out, quoted_words)?;
    let slant_core::report::Scores {
        overall,
        loaded_language,
        anonymous_source,
        unattributed_assertion,
    } = scores;
    out.extend_from_slice(b"},\"scores\":{\"overall\":");
    value(out, overall)?;
    out.extend_from_slice(b",\"loaded_language\":");
    category_score(out, loaded_language)?;
    out.extend_from_slice(b",\"anonymous_source\":");
    category_score(out, anonymous_source)?;
    out.extend_from_slice(b",\"unattributed_assertion\":");
    category_score(out, unattributed_assertion)?;
    out.extend_from_slice(b"},\"flags\":");
    list(out, flags, flag)?;
    out.extend_from_slice(b",\"sentences\":");
    list(out, sentences, sentence)?;
    out.extend_from_slice(b",\"quotes\":");
    list(out, quotes, quote)?;
    if let Some(actors) = actors {
        out.extend_from_slice(b",\"actors\":");
        value(out, actors)?;
    }
    out.push(b'}');
    Ok(())
}

/// A value as serde_json writes it.
fn value<T: Serialize + ?Sized>(out: &mut Vec<u8>, v: &T) -> Result<()> {
    serde_json::to_writer(out, v)
}

/// A string as serde_json writes it: copied between quotation marks when it has nothing that
/// JSON escapes (a control char, `"`, `\`), which is nearly every string of a report (rule ids,
/// kinds, messages, words), else escaped by serde_json.
fn string(out: &mut Vec<u8>, s: &str) -> Result<()> {
    // A fold without an early exit, so the test is branch-free over the bytes.
    let escaped = s
        .bytes()
        .fold(false, |e, b| e | (b < 0x20) | (b == b'"') | (b == b'\\'));
    if escaped {
        return value(out, s);
    }
    out.reserve(s.len() + 2);
    out.push(b'"');
    out.extend_from_slice(s.as_bytes());
    out.push(b'"');
    Ok(())
}

fn list<T>(out: &mut Vec<u8>, items: &[T], each: fn(&mut Vec<u8>, &T) -> Result<()>) -> Result<()> {
    out.push(b'[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        each(out, item)?;
    }
    out.push(b']');
    Ok(())
}

fn category_score(out: &mut Vec<u8>, c: &CategoryScore) -> Result<()> {
    let CategoryScore {
        count,
        weighted,
        per_1000_words,
        weighted_per_1000_words,
    } = c;
    out.extend_from_slice(b"{\"count\":");
    value(out, count)?;
    out.extend_from_slice(b",\"weighted\":");
    value(out, weighted)?;
    out.extend_from_slice(b",\"per_1000_words\":");
    value(out, per_1000_words)?;
    out.extend_from_slice(b",\"weighted_per_1000_words\":");
    value(out, weighted_per_1000_words)?;
    out.push(b'}');
    Ok(())
}

fn span(out: &mut Vec<u8>, s: &Span) -> Result<()> {
    let Span { start, end, text } = s;
    out.extend_from_slice(b"{\"start\":");
    value(out, start)?;
    out.extend_from_slice(b",\"end\":");
    value(out, end)?;
    out.extend_from_slice(b",\"text\":");
    string(out, text)?;
    out.push(b'}');
    Ok(())
}

fn optional_span(out: &mut Vec<u8>, s: &Option<Span>) -> Result<()> {
    match s {
        Some(s) => span(out, s),
        None => {
            out.extend_from_slice(b"null");
            Ok(())
        }
    }
}

fn trigger(out: &mut Vec<u8>, t: &Trigger) -> Result<()> {
    let Trigger {
        start,
        end,
        text,
        rule,
    } = t;
    out.extend_from_slice(b"{\"start\":");
    value(out, start)?;
    out.extend_from_slice(b",\"end\":");
    value(out, end)?;
    out.extend_from_slice(b",\"text\":");
    string(out, text)?;
    out.extend_from_slice(b",\"rule\":");
    string(out, rule)?;
    out.push(b'}');
    Ok(())
}

fn flag(out: &mut Vec<u8>, f: &Flag) -> Result<()> {
    let Flag {
        category,
        kind,
        start,
        end,
        line,
        column,
        text,
        message,
        suggestions,
        rule,
        in_quote,
        voice,
        speaker,
        weight,
        confidence,
        triggers,
        linked,
    } = f;
    out.extend_from_slice(b"{\"category\":\"");
    out.extend_from_slice(category.as_str().as_bytes());
    out.extend_from_slice(b"\",\"kind\":");
    string(out, kind)?;
    out.extend_from_slice(b",\"start\":");
    value(out, start)?;
    out.extend_from_slice(b",\"end\":");
    value(out, end)?;
    out.extend_from_slice(b",\"line\":");
    value(out, line)?;
    out.extend_from_slice(b",\"column\":");
    value(out, column)?;
    out.extend_from_slice(b",\"text\":");
    string(out, text)?;
    out.extend_from_slice(b",\"message\":");
    string(out, message)?;
    out.extend_from_slice(b",\"suggestions\":");
    list(out, suggestions, |out, s| string(out, s))?;
    out.extend_from_slice(b",\"rule\":");
    string(out, rule)?;
    out.extend_from_slice(if *in_quote {
        b",\"in_quote\":true,\"voice\":\""
    } else {
        b",\"in_quote\":false,\"voice\":\""
    });
    out.extend_from_slice(match voice {
        Voice::Outlet => b"outlet",
        Voice::Attributed => b"attributed",
        Voice::Quoted => b"quoted",
    });
    out.extend_from_slice(b"\",\"speaker\":");
    optional_span(out, speaker)?;
    out.extend_from_slice(b",\"weight\":");
    value(out, weight)?;
    out.extend_from_slice(b",\"confidence\":");
    value(out, confidence)?;
    if !triggers.is_empty() {
        out.extend_from_slice(b",\"triggers\":");
        list(out, triggers, trigger)?;
    }
    if let Some(l) = linked {
        out.extend_from_slice(b",\"linked\":");
        span(out, l)?;
    }
    out.push(b'}');
    Ok(())
}

fn sentence(out: &mut Vec<u8>, s: &SentenceInfo) -> Result<()> {
    let SentenceInfo {
        start,
        end,
        attributed,
        quoted,
        attribution,
    } = s;
    out.extend_from_slice(b"{\"start\":");
    value(out, start)?;
    out.extend_from_slice(b",\"end\":");
    value(out, end)?;
    out.extend_from_slice(match (attributed, quoted) {
        (false, false) => b",\"attributed\":false,\"quoted\":false",
        (false, true) => b",\"attributed\":false,\"quoted\":true",
        (true, false) => b",\"attributed\":true,\"quoted\":false",
        (true, true) => b",\"attributed\":true,\"quoted\":true",
    });
    if let Some(t) = attribution {
        out.extend_from_slice(b",\"attribution\":");
        trigger(out, t)?;
    }
    out.push(b'}');
    Ok(())
}

fn quote(out: &mut Vec<u8>, q: &QuoteInfo) -> Result<()> {
    let QuoteInfo {
        start,
        end,
        speaker,
        refers_to,
        kind,
    } = q;
    out.extend_from_slice(b"{\"start\":");
    value(out, start)?;
    out.extend_from_slice(b",\"end\":");
    value(out, end)?;
    out.extend_from_slice(b",\"speaker\":");
    optional_span(out, speaker)?;
    if refers_to.is_some() {
        out.extend_from_slice(b",\"refers_to\":");
        optional_span(out, refers_to)?;
    }
    out.extend_from_slice(match kind {
        QuoteKind::Speech => b",\"kind\":\"speech\"}",
        QuoteKind::Term => b",\"kind\":\"term\"}",
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use slant_core::{Analyzer, Options};

    /// Texts written for this test: loaded words, anonymous sources with a clause, an
    /// unattributed assertion, quotations with and without a speaker, a scare-quoted term,
    /// escapes (quotes, backslashes, a tab, a control char, non-ASCII) inside spans.
    const TEXTS: &[&str] = &[
        "",
        "The mayor's radical scheme is a disaster, critics said.",
        "Officials, speaking on condition of anonymity, said the plan would fail. \
         Sources familiar with the talks said the deal was dead.",
        "\"We will win,\" said Jane Doe, the senator. It is obvious that the bill will pass.",
        "The so-called \"reform\" was a sham.\tA tab\\backslash and \u{1} control: \"sources\" say.",
        "Der Bürgermeister — “a shameful betrayal,” the union’s chief said — left.\r\nExperts say it \
         is clearly the worst failure of the decade.",
        "Make no mistake: the regime's brutal crackdown was a catastrophe. Some observers believe \
         the opposition was doomed, according to people familiar with the matter.",
    ];

    #[test]
    fn same_bytes_as_serde_json() {
        let a = Analyzer::builtin().unwrap();
        for actors in [false, true] {
            for (i, t) in TEXTS.iter().enumerate() {
                let opts = Options {
                    id: (i % 2 == 0).then(|| format!("id-{i} \"quoted\"")),
                    actors,
                    ..Options::default()
                };
                let mut r = a.analyze(t, &opts).unwrap();
                // Shapes the texts may not reach: every optional field set and unset.
                if let Some(f) = r.flags.first().cloned() {
                    let mut g = f.clone();
                    g.speaker = Some(slant_core::report::Span {
                        start: 1,
                        end: 2,
                        text: "a\"b".into(),
                    });
                    g.linked = g.speaker.clone();
                    g.triggers = vec![slant_core::report::Trigger {
                        start: 0,
                        end: 1,
                        text: "x\\y".into(),
                        rule: "rule:test".into(),
                    }];
                    g.in_quote = !g.in_quote;
                    g.weight = 0.1 + 0.2;
                    g.confidence = f64::NAN;
                    r.flags.push(g);
                }
                let want = serde_json::to_vec(&r).unwrap();
                let mut got = Vec::new();
                super::write(&mut got, &r).unwrap();
                assert_eq!(
                    String::from_utf8_lossy(&got),
                    String::from_utf8_lossy(&want),
                    "text {i}, actors {actors}"
                );
            }
        }
    }
}
