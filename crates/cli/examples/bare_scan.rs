//! The baseline of docs/cli-speed.md: a bare Aho-Corasick scan of a 2,000-phrase list (the first
//! 2,000 distinct terms of the built-in lists) over every file of a directory, one core, printing
//! one line per file with its match count. It reads, scans and writes, and nothing else: the floor
//! that `slant check --format ndjson DIR` is measured against.
//!
//! `cargo run --release -p slant-cli --example bare_scan -- DIR`

use std::io::{BufWriter, Write};

use aho_corasick::{AhoCorasick, MatchKind};

fn main() -> std::io::Result<()> {
    let mut dirs: Vec<String> = std::env::args().skip(1).collect();
    if dirs.is_empty() {
        dirs.push("../shared/corpus/polnear".into());
    }
    // Terms and variants of the built-in lists, then their inflected forms, to 2,000 phrases.
    let mut phrases: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let lists = slant_core::builtin_lists().expect("built-in lists");
    let terms = lists
        .iter()
        .flat_map(|l| &l.entries)
        .flat_map(|e| std::iter::once(&e.term).chain(&e.variants));
    let forms = terms
        .clone()
        .flat_map(|t| slant_core::lexicon::inflections(&t.to_lowercase()));
    for t in terms.map(|t| t.to_lowercase()).chain(forms) {
        if phrases.len() < 2000 && seen.insert(t.clone()) {
            phrases.push(t);
        }
    }
    assert_eq!(phrases.len(), 2000, "2,000 distinct phrases");
    let ac = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        .build(&phrases)
        .expect("automaton");
    let out = std::io::stdout();
    let mut out = BufWriter::new(out.lock());
    for dir in dirs {
        let mut files: Vec<_> = std::fs::read_dir(&dir)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt" || x == "md"))
            .collect();
        files.sort();
        for f in files {
            let text = std::fs::read_to_string(&f)?;
            let n = ac.find_iter(&text).count();
            writeln!(
                out,
                "{{\"id\":{:?},\"matches\":{n}}}",
                f.display().to_string()
            )?;
        }
    }
    out.flush()
}
