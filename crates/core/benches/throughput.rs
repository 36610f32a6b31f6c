//! Throughput of the engine on real news (../shared/corpus/polnear, 4.3 MB), one core, built-in
//! lists; plus the one-time cost of parsing and compiling the lists, and growth with input size.
//! `cargo bench -p slant-core --bench throughput`; figures go in the issue notes.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use slant_core::{builtin_lists, Analyzer, Options, WordList};
use std::path::Path;

/// The corpus files, or the seed fixture when the corpus is not beside the checkout.
fn corpus() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus/polnear");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect();
    if texts.is_empty() {
        eprintln!(
            "corpus not found at {}; using the seed fixture",
            dir.display()
        );
        return vec![
            include_str!("../../../tests/fixtures/seed-presstv-2009-06-15-mko.txt").repeat(200),
        ];
    }
    texts
}

fn bench(c: &mut Criterion) {
    let texts = corpus();
    let bytes: usize = texts.iter().map(String::len).sum();
    let analyzer = Analyzer::builtin().expect("built-in lists");
    let opts = Options::default();

    let mut g = c.benchmark_group("corpus");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(10);
    g.bench_function("analyze each article", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| {
                    analyzer
                        .analyze(t, &opts)
                        .map(|r| r.flags.len())
                        .unwrap_or(0)
                })
                .sum::<usize>()
        })
    });
    // What finding actors costs: the same articles with `actors` on.
    let with_actors = Options {
        actors: true,
        ..Options::default()
    };
    g.bench_function("analyze each article, actors on", |b| {
        b.iter(|| {
            texts
                .iter()
                .map(|t| {
                    analyzer
                        .analyze(t, &with_actors)
                        .map(|r| r.flags.len())
                        .unwrap_or(0)
                })
                .sum::<usize>()
        })
    });
    // Growth with size: one input of 1x and 4x the corpus should take ~1x and ~4x the time.
    let one = texts.join("\n\n");
    let four = one.repeat(4);
    for (name, big) in [
        ("one input, 1x corpus", &one),
        ("one input, 4x corpus", &four),
    ] {
        g.throughput(Throughput::Bytes(big.len() as u64));
        g.bench_function(name, |b| {
            b.iter(|| {
                analyzer
                    .analyze(big, &opts)
                    .map(|r| r.flags.len())
                    .unwrap_or(0)
            })
        });
    }
    g.finish();

    let sources: Vec<(String, String)> = builtin_lists()
        .expect("built-in lists")
        .iter()
        .map(|l| {
            (
                l.origin.clone(),
                std::fs::read_to_string(
                    Path::new(env!("CARGO_MANIFEST_DIR"))
                        .join("../..")
                        .join(&l.origin),
                )
                .unwrap_or_default(),
            )
        })
        .collect();
    let mut g = c.benchmark_group("wordlists");
    g.bench_function("parse and compile built-in lists", |b| {
        b.iter_batched(
            || sources.clone(),
            |src| {
                let lists: Vec<WordList> = src
                    .iter()
                    .filter_map(|(o, t)| WordList::parse(o, t).ok())
                    .collect();
                Analyzer::from_lists(lists)
                    .map(|a| a.lexicon().entries.len())
                    .unwrap_or(0)
            },
            BatchSize::SmallInput,
        )
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
