//! Which actor framing ties each given span to, as if a loaded-language flag were on it: a
//! diagnostic for the attachment rules (`frame/attach.rs`) on annotated data, where most
//! annotated spans carry no flag. Driven by `tools/basil_targets.py --probe`.
//!
//! Input on stdin, per article: a line `N LEN`, N lines `START END` (byte offsets), then LEN
//! bytes of text. Output per article: `A\tNAME\tALIAS|ALIAS…\tMENTIONS\tKIND` per actor, followed by its
//! `F\tSTART\tEND\tVIA` lines, and a line `.` at the article's end.

use std::io::{BufRead, Read, Write};

use slant_core::report::{Category, Flag, Voice};
use slant_core::{attribution::Attribution, frame, segment::Document, Analyzer};

fn main() {
    let analyzer = Analyzer::builtin().expect("built-in lists compile");
    let stdin = std::io::stdin();
    let mut input = stdin.lock();
    let mut out = std::io::BufWriter::new(std::io::stdout());
    let mut line = String::new();
    loop {
        line.clear();
        if input.read_line(&mut line).unwrap_or(0) == 0 {
            break;
        }
        let nums: Vec<usize> = line
            .split_whitespace()
            .filter_map(|n| n.parse().ok())
            .collect();
        let [n, len] = nums[..] else {
            eprintln!("frame_probe: expected `N LEN`, got {line:?}");
            std::process::exit(2);
        };
        let mut spans = Vec::with_capacity(n);
        for _ in 0..n {
            line.clear();
            input.read_line(&mut line).unwrap_or(0);
            let v: Vec<usize> = line
                .split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect();
            if let [s, e] = v[..] {
                spans.push((s, e));
            }
        }
        let mut buf = vec![0; len];
        if input.read_exact(&mut buf).is_err() {
            eprintln!("frame_probe: text shorter than {len} bytes");
            std::process::exit(2);
        }
        let text = String::from_utf8_lossy(&buf);
        let doc = Document::new(&text);
        let matches = analyzer.lexicon().find(&doc);
        let attr = Attribution::new(&doc, analyzer.lexicon(), &matches);
        let mut flags: Vec<Flag> = spans
            .iter()
            .filter(|&&(s, e)| s < e && e <= text.len())
            .filter(|&&(s, e)| text.is_char_boundary(s) && text.is_char_boundary(e))
            .map(|&(start, end)| probe_flag(&doc, &attr, start, end))
            .collect();
        flags.sort_by_key(|f| (f.start, f.end));
        flags.dedup_by_key(|f| (f.start, f.end));
        for a in frame::actors(&doc, &attr, &flags) {
            let _ = writeln!(
                out,
                "A\t{}\t{}\t{}\t{:?}",
                a.name,
                a.aliases.join("|"),
                a.mentions.len(),
                a.kind
            );
            for m in &a.mentions {
                let _ = writeln!(out, "M\t{}\t{}", m.start, m.end);
            }
            for f in &a.flags {
                let _ = writeln!(out, "F\t{}\t{}\t{:?}", f.start, f.end, f.via);
            }
        }
        let _ = writeln!(out, ".");
    }
}

/// A loaded-language flag on the span, with the quotation speaker the detector would give it.
fn probe_flag(doc: &Document, attr: &Attribution, start: usize, end: usize) -> Flag {
    let tok = doc.tokens.partition_point(|t| (t.end as usize) <= start);
    let quote = doc.tokens.get(tok).and_then(|t| t.quote);
    let speaker = quote
        .and_then(|q| attr.speakers.get(q as usize).cloned().flatten())
        .map(|r| {
            let (s, e) = (
                doc.tokens[r.start].start as usize,
                doc.tokens[r.end - 1].end as usize,
            );
            slant_core::report::Span {
                start: s,
                end: e,
                text: doc.text[s..e].to_string(),
            }
        });
    Flag {
        category: Category::LoadedLanguage,
        kind: "probe".into(),
        start,
        end,
        line: 1,
        column: 1,
        text: doc.text[start..end].to_string(),
        message: String::new(),
        suggestions: Vec::new(),
        rule: "probe".into(),
        in_quote: quote.is_some(),
        voice: if quote.is_some() {
            Voice::Quoted
        } else {
            Voice::Outlet
        },
        speaker,
        weight: 1.0,
        confidence: 1.0,
        triggers: Vec::new(),
        linked: None,
    }
}
