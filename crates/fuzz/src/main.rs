//! `slant-fuzz TARGET|all [--inputs N] [--seconds S] [--seed X]`: runs generated inputs through a
//! target until N inputs or S seconds (per target), printing the count; on a broken invariant it
//! writes the input under target/fuzz-failures/ and exits 1. `--replay SEED` reruns one input.

use std::process::ExitCode;
use std::time::{Duration, Instant};

use slant_fuzz::{run_one, Target};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: slant-fuzz analyze|wordlist|utf16|all [--inputs N] [--seconds S] [--seed X] [--replay SEED]";
    let Some(which) = args.first() else {
        eprintln!("{usage}");
        return ExitCode::from(2);
    };
    let targets: Vec<Target> = if which == "all" {
        Target::ALL.to_vec()
    } else if let Some(t) = Target::parse(which) {
        vec![t]
    } else {
        eprintln!("unknown target {which:?}; {usage}");
        return ExitCode::from(2);
    };
    let opt = |name: &str| -> Option<u64> {
        let i = args.iter().position(|a| a == name)?;
        args.get(i + 1)?.parse().ok()
    };
    let inputs = opt("--inputs").unwrap_or(u64::MAX);
    let seconds = opt("--seconds").unwrap_or(if inputs == u64::MAX { 20 } else { u64::MAX });
    let base = opt("--seed").unwrap_or(1);
    // Panics are caught per input and reported with their seed; the default hook's message
    // would only repeat them.
    std::panic::set_hook(Box::new(|_| {}));
    if let Some(seed) = opt("--replay") {
        for &t in &targets {
            match run_one(t, seed) {
                Ok(()) => println!("{}: seed {seed}: ok", t.name()),
                Err(f) => {
                    println!(
                        "{}: seed {seed}: {}\ninput: {:?}\nlist: {:?}",
                        t.name(),
                        f.what,
                        f.input,
                        f.list
                    );
                    return ExitCode::from(1);
                }
            }
        }
        return ExitCode::SUCCESS;
    }
    for t in targets {
        let start = Instant::now();
        let limit = Duration::from_secs(seconds);
        let mut n = 0u64;
        while n < inputs && (n % 256 != 0 || start.elapsed() < limit) {
            let seed = base.wrapping_mul(1_000_000_007).wrapping_add(n);
            if let Err(f) = run_one(t, seed) {
                let dir = std::path::Path::new("target/fuzz-failures");
                let _ = std::fs::create_dir_all(dir);
                let path = dir.join(format!("{}-{seed}.txt", t.name()));
                let _ = std::fs::write(&path, &f.input);
                if let Some(l) = &f.list {
                    let _ = std::fs::write(path.with_extension("toml"), l);
                }
                eprintln!(
                    "slant-fuzz: {}: seed {seed}: {}\n  input saved to {} (replay: slant-fuzz {} --replay {seed})",
                    t.name(),
                    f.what,
                    path.display(),
                    t.name()
                );
                return ExitCode::from(1);
            }
            n += 1;
            if n % 1_000_000 == 0 {
                // A long run's count so far, should it be stopped before its end.
                println!(
                    "slant-fuzz: {}: {n} inputs so far ({:.0} s)",
                    t.name(),
                    start.elapsed().as_secs_f64()
                );
            }
        }
        let secs = start.elapsed().as_secs_f64();
        println!(
            "slant-fuzz: {}: {n} inputs in {secs:.1} s ({:.0}/s), no invariant broken",
            t.name(),
            n as f64 / secs.max(1e-9)
        );
    }
    ExitCode::SUCCESS
}
