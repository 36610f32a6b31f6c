//! The `slant` command line: `slant check`, `slant lists`, `slant explain`, `slant actors`,
//! `slant compare`.
//!
//! Exit codes: 0 ok, 1 an article scored above `--fail-over`, 2 an error. Output goes through
//! `io::Result` everywhere, so that a closed pipe (`slant check big.txt | head -1`) ends the
//! program quietly instead of panicking.

/// Like `eprintln!`, but a closed stderr is ignored instead of panicking.
macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

pub mod args;
pub mod check;
pub mod frame;
pub mod input;
pub mod lists;
pub mod render;
mod report_json;
pub mod stream;

use std::io::{self, Write};
use std::path::PathBuf;

use clap::Parser;
use slant_core::Analyzer;

use args::{Cli, Command};
use render::{Painter, RED};

/// Runs the CLI with the process arguments and returns the exit code.
pub fn run() -> i32 {
    run_from(std::env::args_os())
}

/// Runs the CLI with the given arguments (the first is the program name).
pub fn run_from<I, T>(argv: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let cli = match Cli::try_parse_from(argv) {
        Ok(c) => c,
        Err(e) => {
            // --help and --version end here too, with code 0.
            let _ = e.print();
            return e.exit_code();
        }
    };
    let err_p = Painter {
        on: render::stderr_color(cli.color),
    };
    match dispatch(&cli, &err_p) {
        Ok(code) => code,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            say!(
                "{} cannot write the output: {e}",
                err_p.paint(RED.bold(), "slant: error:")
            );
            2
        }
    }
}

fn fail(err_p: &Painter, msg: impl std::fmt::Display, hint: &str) -> i32 {
    say!("{} {msg}", err_p.paint(RED.bold(), "slant: error:"));
    if !hint.is_empty() {
        say!("  {hint}");
    }
    2
}

/// The analyzer: built-in lists, plus `--wordlist` ones when given.
fn load(wordlists: &[PathBuf], err_p: &Painter) -> Result<Analyzer, i32> {
    if wordlists.is_empty() {
        return Analyzer::builtin().cloned().map_err(|e| {
            fail(
                err_p,
                format_args!("a built-in wordlist is broken: {e}"),
                "this is a bug in the build; please report it",
            )
        });
    }
    let hint = "fix the list (format: see wordlists/ and crates/core/src/wordlist.rs), or run without --wordlist";
    let lists = input::load_wordlists(wordlists).map_err(|e| fail(err_p, e, hint))?;
    Analyzer::with_extra_lists(lists).map_err(|e| fail(err_p, e, hint))
}

fn dispatch(cli: &Cli, err_p: &Painter) -> io::Result<i32> {
    match &cli.command {
        Command::Check(a) => {
            if let Some(n) = a.jobs {
                if n == 0 {
                    return Ok(fail(err_p, "--jobs must be at least 1", ""));
                }
                // Fails only if a pool already exists, which the defaults then serve.
                let _ = rayon::ThreadPoolBuilder::new()
                    .num_threads(n)
                    .build_global();
            }
            let analyzer = match load(&a.wordlists, err_p) {
                Ok(l) => l,
                Err(code) => return Ok(code),
            };
            check::run(a, cli.color, &analyzer)
        }
        Command::Lists(a) => with_lexicon(&a.wordlists, cli, err_p, |out, p, lex| {
            lists::print_lists(out, p, lex).map(|()| 0)
        }),
        Command::Explain(a) => with_lexicon(&a.wordlists, cli, err_p, |out, p, lex| {
            lists::explain(out, p, err_p, lex, &a.rule)
        }),
        Command::Actors(a) | Command::Compare(a) => {
            let analyzer = match load(&a.wordlists, err_p) {
                Ok(l) => l,
                Err(code) => return Ok(code),
            };
            let p = Painter {
                on: render::stdout_color(cli.color),
            };
            if matches!(cli.command, Command::Actors(_)) {
                frame::actors(a, &analyzer, &p, err_p)
            } else {
                frame::compare(a, &analyzer, &p, err_p)
            }
        }
    }
}

/// Loads the lists (built-in plus `--wordlist`) and runs `f` over them with buffered, coloured
/// stdout: the shared frame of `slant lists` and `slant explain`.
fn with_lexicon(
    wordlists: &[PathBuf],
    cli: &Cli,
    err_p: &Painter,
    f: impl FnOnce(
        &mut io::BufWriter<io::StdoutLock<'static>>,
        &Painter,
        &slant_core::Lexicon,
    ) -> io::Result<i32>,
) -> io::Result<i32> {
    let analyzer = match load(wordlists, err_p) {
        Ok(l) => l,
        Err(code) => return Ok(code),
    };
    let mut out = io::BufWriter::new(io::stdout().lock());
    let p = Painter {
        on: render::stdout_color(cli.color),
    };
    let code = f(&mut out, &p, analyzer.lexicon())?;
    out.flush()?;
    Ok(code)
}
