//! `slant check`: analyse files, directories, standard input or JSON Lines, in parallel, and
//! print results in input order.

use std::fs;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use slant_core::{Analyzer, Category, Options, Report};

use crate::args::{CheckArgs, ColorChoice, Format};
use crate::input::{self, InputError, Source};
use crate::render::{self, Indent, Painter, BOLD, RED};

/// Files per parallel batch, and bytes per batch: results are printed batch by batch, so these
/// bound what is held in memory at once.
const BATCH_FILES: usize = 256;
const BATCH_BYTES: u64 = 64 << 20;
const BATCH_LINES: usize = 1024;
/// A progress bar appears only for longer batches.
const PROGRESS_MIN_FILES: usize = 20;

/// What one input produced.
struct Outcome {
    /// Names the input in text output and messages: a path, `<stdin>`, or a JSONL row's id.
    label: String,
    /// The report id (JSON output).
    id: Option<String>,
    /// JSONL line number; such inputs get an error object in JSON output when they fail.
    line: Option<usize>,
    result: Result<Analysed, String>,
}

struct Analysed {
    report: Report,
    /// The compact JSON line, serialised in the worker when the output is ndjson.
    compact: Option<String>,
}

#[derive(Serialize)]
struct ErrorObject<'a> {
    schema_version: u32,
    id: Option<&'a str>,
    line: usize,
    error: &'a str,
}

/// Prints outcomes in order and keeps the tallies that decide the exit code.
struct Emitter<W: Write> {
    out: W,
    format: Format,
    painter: Painter,
    err_painter: Painter,
    explain: bool,
    array: bool,
    first: bool,
    categories: Vec<Category>,
    fail_over: Option<f64>,
    analysed: usize,
    errors: usize,
    over: Vec<String>,
    /// Whether a flags block was printed before, to separate articles by a blank line.
    printed_text: bool,
}

impl<W: Write> Emitter<W> {
    fn begin(&mut self) -> io::Result<()> {
        if self.array {
            self.out.write_all(b"[")?;
        }
        Ok(())
    }

    fn error(&mut self, msg: &str) -> io::Result<()> {
        self.errors += 1;
        // Flushed first so that on a terminal the error appears where it happened.
        self.out.flush()?;
        let mut err = io::stderr().lock();
        // A closed stderr must not stop the analysis.
        let _ = writeln!(
            err,
            "{} {msg}",
            self.err_painter.paint(RED.bold(), "slant: error:")
        );
        Ok(())
    }

    fn json_value(&mut self, v: &impl Serialize, compact: Option<&str>) -> io::Result<()> {
        match self.format {
            Format::Ndjson => {
                match compact {
                    Some(s) => self.out.write_all(s.as_bytes())?,
                    None => serde_json::to_writer(&mut self.out, v)?,
                }
                self.out.write_all(b"\n")
            }
            Format::Json if self.array => {
                self.out
                    .write_all(if self.first { b"\n  " } else { b",\n  " })?;
                self.first = false;
                serde_json::to_writer_pretty(Indent(&mut self.out), v)?;
                Ok(())
            }
            _ => {
                serde_json::to_writer_pretty(&mut self.out, v)?;
                self.out.write_all(b"\n")
            }
        }
    }

    fn emit(&mut self, o: Outcome) -> io::Result<()> {
        let a = match o.result {
            Ok(a) => a,
            Err(msg) => {
                self.error(&msg)?;
                if let (Some(line), Format::Json | Format::Ndjson) = (o.line, self.format) {
                    let obj = ErrorObject {
                        schema_version: slant_core::report::SCHEMA_VERSION,
                        id: o.id.as_deref(),
                        line,
                        error: &msg,
                    };
                    self.json_value(&obj, None)?;
                }
                return Ok(());
            }
        };
        self.analysed += 1;
        let overall = a.report.scores.overall;
        if self.fail_over.is_some_and(|t| overall > t) {
            self.over.push(format!("{} ({overall:.1})", o.label));
        }
        match self.format {
            Format::Text => {
                if self.printed_text {
                    writeln!(self.out)?;
                }
                self.printed_text = true;
                render::text_report(
                    &mut self.out,
                    &self.painter,
                    &o.label,
                    &a.report,
                    &self.categories,
                )?;
                if self.explain {
                    render::explain_score(&mut self.out, &o.label, &a.report)?;
                }
            }
            Format::Json | Format::Ndjson => {
                self.json_value(&a.report, a.compact.as_deref())?;
                if self.explain {
                    self.out.flush()?;
                    let _ = render::explain_score(&mut io::stderr().lock(), &o.label, &a.report);
                }
            }
        }
        Ok(())
    }

    fn finish(&mut self) -> io::Result<i32> {
        if self.array {
            self.out
                .write_all(if self.first { b"]\n" } else { b"\n]\n" })?;
        }
        if self.format == Format::Text && self.analysed + self.errors > 1 {
            writeln!(
                self.out,
                "\n{} article{} analysed, {} error{}",
                self.analysed,
                if self.analysed == 1 { "" } else { "s" },
                self.errors,
                if self.errors == 1 { "" } else { "s" },
            )?;
        }
        self.out.flush()?;
        let mut err = io::stderr().lock();
        if !self.over.is_empty() {
            if let Some(t) = self.fail_over {
                let _ = writeln!(
                    err,
                    "{} {} article{} scored above --fail-over {t}: {}",
                    self.err_painter.paint(BOLD, "slant:"),
                    self.over.len(),
                    if self.over.len() == 1 { "" } else { "s" },
                    self.over.join(", ")
                );
            }
        }
        if self.errors > 0 && self.analysed + self.errors > 1 {
            let _ = writeln!(
                err,
                "{} {} input{} could not be analysed (see the messages above); fix {} or leave {} out and run again",
                self.err_painter.paint(RED.bold(), "slant:"),
                self.errors,
                if self.errors == 1 { "" } else { "s" },
                if self.errors == 1 { "it" } else { "them" },
                if self.errors == 1 { "it" } else { "them" },
            );
        }
        if self.errors > 0 {
            return Ok(2);
        }
        Ok(if self.over.is_empty() { 0 } else { 1 })
    }
}

/// Settings shared by the workers.
struct Job<'a> {
    analyzer: &'a Analyzer,
    categories: Vec<Category>,
    include_quoted: bool,
    compact: bool,
    actors: bool,
}

impl Job<'_> {
    fn analyse(&self, text: &str, id: Option<String>) -> Result<Analysed, String> {
        let opts = Options {
            categories: self.categories.clone(),
            include_quoted: self.include_quoted,
            id,
            actors: self.actors,
        };
        let report = self
            .analyzer
            .analyze(text, &opts)
            .map_err(|e| e.to_string())?;
        let compact = if self.compact {
            Some(serde_json::to_string(&report).map_err(|e| e.to_string())?)
        } else {
            None
        };
        Ok(Analysed { report, compact })
    }

    fn file(&self, src: Result<Source, InputError>) -> Outcome {
        let src = match src {
            Ok(s) => s,
            Err(e) => {
                return Outcome {
                    label: String::new(),
                    id: None,
                    line: None,
                    result: Err(e.to_string()),
                }
            }
        };
        let label = src.label();
        let result = input::read_text(&src)
            .map_err(|e| e.to_string())
            .and_then(|text| {
                self.analyse(&text, src.id())
                    .map_err(|e| format!("{label}: {e}"))
            });
        Outcome {
            label,
            id: src.id(),
            line: None,
            result,
        }
    }

    fn jsonl_line(&self, origin: &str, line: usize, bytes: &[u8]) -> Outcome {
        let at = format!("{origin}:{line}");
        let fail = |id: Option<String>, msg: String| Outcome {
            label: at.clone(),
            id,
            line: Some(line),
            result: Err(format!("{at}: {msg}")),
        };
        let v: serde_json::Value = match serde_json::from_slice(bytes) {
            Ok(v) => v,
            Err(e) => {
                let what = if let Err(u) = std::str::from_utf8(bytes) {
                    format!(
                        "not valid UTF-8 (first bad byte at offset {} of the line)",
                        u.valid_up_to()
                    )
                } else {
                    // serde's "at line 1 column N" would read like a file line number.
                    let msg = e.to_string();
                    let msg = msg.split(" at line ").next().unwrap_or(&msg).to_string();
                    format!("malformed JSON at column {} ({msg})", e.column())
                };
                return fail(
                    None,
                    format!("{what}; each line must be a JSON object with \"id\" and \"text\""),
                );
            }
        };
        let Some(obj) = v.as_object() else {
            return fail(
                None,
                "expected a JSON object with \"id\" and \"text\"".to_string(),
            );
        };
        let id = match obj.get("id") {
            None | Some(serde_json::Value::Null) => None,
            Some(serde_json::Value::String(s)) => Some(s.clone()),
            Some(other) => Some(other.to_string()),
        };
        let text = match obj.get("text") {
            Some(serde_json::Value::String(s)) => s.as_str(),
            Some(_) => return fail(id, "\"text\" must be a string".to_string()),
            None => return fail(id, "no \"text\" field".to_string()),
        };
        let result = self
            .analyse(text, id.clone())
            .map_err(|e| format!("{at}: {e}"));
        Outcome {
            label: id.clone().unwrap_or_else(|| at.clone()),
            id,
            line: Some(line),
            result,
        }
    }
}

fn categories(args: &CheckArgs) -> Vec<Category> {
    let base: Vec<Category> = if args.only.is_empty() {
        Category::ALL.to_vec()
    } else {
        Category::ALL
            .into_iter()
            .filter(|c| args.only.contains(c))
            .collect()
    };
    base.into_iter()
        .filter(|c| !args.exclude.contains(c))
        .collect()
}

/// Runs `slant check`; returns the exit code, or an I/O error from writing stdout.
pub fn run(args: &CheckArgs, color: ColorChoice, analyzer: &Analyzer) -> io::Result<i32> {
    let cats = categories(args);
    let err_painter = Painter {
        on: render::stderr_color(color),
    };
    if cats.is_empty() {
        say!(
            "{} --only/--exclude leave no category to check; keep at least one of loaded_language, anonymous_source, unattributed_assertion",
            err_painter.paint(RED.bold(), "slant: error:")
        );
        return Ok(2);
    }
    let format = args.format.unwrap_or(if args.jsonl {
        Format::Ndjson
    } else {
        Format::Text
    });
    let items = input::collect(&args.paths, !args.jsonl);
    let array = format == Format::Json
        && (args.jsonl
            || args.paths.len() > 1
            || items
                .iter()
                .any(|i| matches!(i, Ok(Source::File { path, .. }) if !args.paths.contains(path))));
    if items.iter().any(|i| matches!(i, Ok(Source::Stdin))) && io::stdin().is_terminal() {
        say!("slant: reading standard input (end it with Ctrl-D)");
    }
    let job = Job {
        analyzer,
        categories: cats.clone(),
        include_quoted: !args.no_quoted,
        compact: format == Format::Ndjson,
        actors: args.actors,
    };
    let stdout = io::stdout();
    let mut em = Emitter {
        out: io::BufWriter::with_capacity(64 << 10, stdout.lock()),
        format,
        painter: Painter {
            on: format == Format::Text && render::stdout_color(color),
        },
        err_painter,
        explain: args.explain,
        array,
        first: true,
        categories: cats,
        fail_over: args.fail_over,
        analysed: 0,
        errors: 0,
        over: Vec::new(),
        printed_text: false,
    };
    em.begin()?;
    if args.jsonl {
        for item in items {
            run_jsonl(item, &job, &mut em)?;
        }
    } else {
        run_files(items, &job, &mut em)?;
    }
    em.finish()
}

fn run_files<W: Write>(
    items: Vec<Result<Source, InputError>>,
    job: &Job,
    em: &mut Emitter<W>,
) -> io::Result<()> {
    let bar = if items.len() > PROGRESS_MIN_FILES && io::stderr().is_terminal() {
        let bar =
            ProgressBar::with_draw_target(Some(items.len() as u64), ProgressDrawTarget::stderr());
        if let Ok(style) =
            ProgressStyle::with_template("{bar:40} {pos}/{len} files {elapsed} (eta {eta})")
        {
            bar.set_style(style);
        }
        Some(bar)
    } else {
        None
    };
    let mut rest = items.into_iter().peekable();
    while rest.peek().is_some() {
        let mut batch = Vec::new();
        let mut bytes = 0u64;
        while let Some(item) = rest.peek() {
            let size = item.as_ref().map_or(0, Source::size_hint);
            if !batch.is_empty() && (batch.len() >= BATCH_FILES || bytes + size > BATCH_BYTES) {
                break;
            }
            bytes += size;
            if let Some(item) = rest.next() {
                batch.push(item);
            }
        }
        let outcomes: Vec<Outcome> = batch
            .into_par_iter()
            .map(|item| {
                let o = job.file(item);
                if let Some(b) = &bar {
                    b.inc(1);
                }
                o
            })
            .collect();
        for o in outcomes {
            // Printing above the bar keeps it from being torn by output on the same terminal.
            match &bar {
                Some(b) => b.suspend(|| em.emit(o))?,
                None => em.emit(o)?,
            }
        }
    }
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    Ok(())
}

fn run_jsonl<W: Write>(
    item: Result<Source, InputError>,
    job: &Job,
    em: &mut Emitter<W>,
) -> io::Result<()> {
    let src = match item {
        Ok(s) => s,
        Err(e) => return em.error(&e.to_string()),
    };
    let origin = src.label();
    let reader: Box<dyn Read> = match &src {
        Source::Stdin => Box::new(io::stdin().lock()),
        Source::File { path, .. } => match fs::File::open(path) {
            Ok(f) => Box::new(f),
            Err(e) => return em.error(&format!("{origin}: cannot read: {e}")),
        },
    };
    let mut reader = BufReader::with_capacity(1 << 20, reader);
    let mut lineno = 0usize;
    let mut done = false;
    while !done {
        let mut batch: Vec<(usize, Vec<u8>)> = Vec::new();
        let mut bytes = 0u64;
        while batch.len() < BATCH_LINES && bytes < BATCH_BYTES {
            let mut buf = Vec::new();
            match reader.read_until(b'\n', &mut buf) {
                Ok(0) => {
                    done = true;
                    break;
                }
                Ok(_) => {
                    lineno += 1;
                    while buf.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
                        buf.pop();
                    }
                    // Blank lines are not rows (a trailing newline, spacing between records).
                    if buf.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    bytes += buf.len() as u64;
                    batch.push((lineno, buf));
                }
                Err(e) => {
                    // Rows read so far are still reported; the failure is an error.
                    let msg = format!("{origin}:{}: cannot read further: {e}", lineno + 1);
                    flush_batch(&mut batch, &origin, job, em)?;
                    return em.error(&msg);
                }
            }
        }
        flush_batch(&mut batch, &origin, job, em)?;
    }
    Ok(())
}

fn flush_batch<W: Write>(
    batch: &mut Vec<(usize, Vec<u8>)>,
    origin: &str,
    job: &Job,
    em: &mut Emitter<W>,
) -> io::Result<()> {
    let outcomes: Vec<Outcome> = std::mem::take(batch)
        .into_par_iter()
        .map(|(line, bytes)| job.jsonl_line(origin, line, &bytes))
        .collect();
    for o in outcomes {
        em.emit(o)?;
    }
    Ok(())
}
