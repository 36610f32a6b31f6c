//! The engine alone over a directory of texts, for profilers and instruction counts (criterion's
//! wall time is noisy on a shared machine):
//! `cargo run --release -p slant-core --example analyze_corpus -- DIR [ROUNDS] [--actors]`.
//! Prints the number of flags found, so that the work cannot be optimised away.

use slant_core::{Analyzer, Options};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(dir) = args.first() else {
        eprintln!("usage: analyze_corpus DIR [ROUNDS] [--actors]");
        std::process::exit(2);
    };
    let rounds: usize = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(1);
    let opts = Options {
        actors: args.iter().any(|a| a == "--actors"),
        ..Options::default()
    };
    let mut paths: Vec<_> = match std::fs::read_dir(dir) {
        Ok(rd) => rd.flatten().map(|e| e.path()).collect(),
        Err(e) => {
            eprintln!("analyze_corpus: {dir}: {e}");
            std::process::exit(2);
        }
    };
    paths.sort();
    let texts: Vec<String> = paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    let analyzer = match Analyzer::builtin() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("analyze_corpus: {e}");
            std::process::exit(2);
        }
    };
    let mut flags = 0;
    for _ in 0..rounds {
        for t in &texts {
            flags += analyzer.analyze(t, &opts).map_or(0, |r| r.flags.len());
        }
    }
    println!("{flags} flags");
}
