//! Minimal JSONL driver for development: reads `{"id","text"}` lines on stdin and prints one
//! report per line. The real interface is `slant check --jsonl`; this exists so that the engine
//! can be measured without the CLI.
use std::io::{BufRead, Write};

fn main() {
    let analyzer = match slant_core::Analyzer::builtin() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for line in std::io::stdin().lock().lines().map_while(Result::ok) {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let id = v.get("id").map(|i| {
            i.as_str()
                .map(str::to_string)
                .unwrap_or_else(|| i.to_string())
        });
        let text = v.get("text").and_then(|t| t.as_str()).unwrap_or("");
        let opts = slant_core::Options {
            id,
            ..Default::default()
        };
        match analyzer.analyze(text, &opts) {
            Ok(r) => {
                let _ = writeln!(out, "{}", serde_json::to_string(&r).unwrap_or_default());
            }
            Err(e) => eprintln!("{e}"),
        }
    }
}
