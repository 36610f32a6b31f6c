//! `slant check`: analyse files, directories, standard input or JSON Lines, in parallel, and
//! print results in input order.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender, SyncSender, TryRecvError};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use serde::Serialize;
use slant_core::{Analyzer, Category, Options, Report};

use crate::args::{CheckArgs, ColorChoice, Format};
use crate::input::{self, InputError, Source};
use crate::render::{self, Painter, BOLD, RED};
use crate::stream::{self, Indent, SpillError, Spilled, SpilledText};

/// Files per parallel batch, and bytes per batch: results are printed batch by batch, so these
/// bound what is held in memory at once.
const BATCH_FILES: usize = 256;
const BATCH_BYTES: u64 = 64 << 20;
/// JSONL lines read ahead of the one being printed, per worker thread: enough to keep every core
/// busy, few enough that memory stays bounded by `--max-line-bytes` times this.
const JSONL_AHEAD_PER_THREAD: usize = 4;
/// Reports of texts up to this size are serialised in the worker (in parallel) and held until
/// printed; larger ones are written a piece at a time into temporary files (`stream`), so that
/// neither the report nor its JSON is ever held in memory as a whole.
const PRESERIALISE_MAX: usize = 1 << 20;
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

enum Analysed {
    Whole {
        report: Report,
        /// The compact JSON line, serialised in the worker when the output is ndjson.
        compact: Option<Vec<u8>>,
    },
    /// An NDJSON line serialised in the worker, when nothing else of the report is needed: the
    /// report is freed in the thread that allocated it, whose next allocations reuse its blocks
    /// (freed in the printing thread they went to that thread's cache; 0.6 % of the process's
    /// instructions).
    Line { overall: f64, json: Vec<u8> },
    /// A large text's JSON report, in temporary files.
    Spilled(Spilled),
    /// A large text's text output, in a temporary file.
    SpilledText(SpilledText),
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

    fn json_value(&mut self, v: &impl Serialize, compact: Option<&[u8]>) -> io::Result<()> {
        match self.format {
            Format::Ndjson => {
                match compact {
                    Some(s) => self.out.write_all(s)?,
                    None => serde_json::to_writer(&mut self.out, v)?,
                }
                self.out.write_all(b"\n")
            }
            Format::Json if self.array => {
                self.out
                    .write_all(if self.first { b"\n  " } else { b",\n  " })?;
                self.first = false;
                serde_json::to_writer_pretty(Indent(&mut self.out, b"  "), v)?;
                Ok(())
            }
            _ => {
                serde_json::to_writer_pretty(&mut self.out, v)?;
                self.out.write_all(b"\n")
            }
        }
    }

    /// A blank JSONL line: its own output line, so that output line N still answers input line N.
    fn blank(&mut self, line: usize) -> io::Result<()> {
        #[derive(Serialize)]
        struct Skipped {
            schema_version: u32,
            id: Option<&'static str>,
            line: usize,
            skipped: &'static str,
        }
        if matches!(self.format, Format::Json | Format::Ndjson) {
            let obj = Skipped {
                schema_version: slant_core::report::SCHEMA_VERSION,
                id: None,
                line,
                skipped: "blank line",
            };
            self.json_value(&obj, None)?;
        }
        Ok(())
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
        let overall = match &a {
            Analysed::Whole { report, .. } => report.scores.overall,
            Analysed::Line { overall, .. } => *overall,
            Analysed::Spilled(s) => s.scores.overall,
            Analysed::SpilledText(s) => s.scores.overall,
        };
        if self.fail_over.is_some_and(|t| overall > t) {
            self.over.push(format!("{} ({overall:.1})", o.label));
        }
        let (report, compact) = match a {
            Analysed::Whole { report, compact } => (report, compact),
            Analysed::Line { json, .. } => {
                self.out.write_all(&json)?;
                return self.out.write_all(b"\n");
            }
            Analysed::Spilled(s) => return self.spilled(s),
            Analysed::SpilledText(s) => {
                if self.printed_text {
                    writeln!(self.out)?;
                }
                self.printed_text = true;
                return s.write_to(&mut self.out, &self.painter, &o.label, &self.categories);
            }
        };
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
                    &report,
                    &self.categories,
                )?;
                if self.explain {
                    render::explain_score(&mut self.out, &o.label, &report)?;
                }
            }
            Format::Json | Format::Ndjson => {
                self.json_value(&report, compact.as_deref())?;
                if self.explain {
                    self.out.flush()?;
                    let _ = render::explain_score(&mut io::stderr().lock(), &o.label, &report);
                }
            }
        }
        Ok(())
    }

    /// Prints a report from its temporary files, laid out as `json_value` lays out a report.
    fn spilled(&mut self, s: Spilled) -> io::Result<()> {
        match self.format {
            Format::Json if self.array => {
                self.out
                    .write_all(if self.first { b"\n  " } else { b",\n  " })?;
                self.first = false;
                s.write_to(&mut Indent(&mut self.out, b"  "))
            }
            _ => {
                s.write_to(&mut self.out)?;
                self.out.write_all(b"\n")
            }
        }
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
    min_confidence: f64,
    format: Format,
    actors: bool,
    /// `--explain` recomputes the score from the flags, so it needs the whole report.
    explain: bool,
    /// Paints text output.
    painter: Painter,
}

impl Job<'_> {
    /// Analyses one text, isolated: a panic (a bug in Slant) becomes this input's error, and the
    /// other inputs are still analysed and printed.
    fn analyse(&self, text: &str, id: Option<String>, label: &str) -> Result<Analysed, String> {
        isolated(|| self.analyse_unguarded(text, id, label))
            .unwrap_or_else(|bug| Err(bug_message(&bug)))
    }

    fn analyse_unguarded(
        &self,
        text: &str,
        id: Option<String>,
        label: &str,
    ) -> Result<Analysed, String> {
        // A test hook for the isolation above, in debug builds only (the CLI tests): a text
        // containing the variable's value panics as a bug would.
        #[cfg(debug_assertions)]
        if let Some(m) = std::env::var_os("SLANT_DEBUG_PANIC_ON") {
            if text.contains(&*m.to_string_lossy()) {
                panic!("SLANT_DEBUG_PANIC_ON matched");
            }
        }
        let opts = Options {
            categories: self.categories.clone(),
            include_quoted: self.include_quoted,
            id,
            actors: self.actors,
        };
        if text.len() > PRESERIALISE_MAX && !self.actors && !self.explain {
            let spilled = match self.format {
                Format::Text => stream::spill_text(
                    self.analyzer,
                    text,
                    &opts,
                    self.min_confidence,
                    &self.painter,
                    label,
                )
                .map(Analysed::SpilledText),
                Format::Json | Format::Ndjson => {
                    let pretty = self.format == Format::Json;
                    stream::spill(self.analyzer, text, &opts, self.min_confidence, pretty)
                        .map(Analysed::Spilled)
                }
            };
            match spilled {
                Ok(s) => return Ok(s),
                Err(SpillError::Analyze(e)) => return Err(e.to_string()),
                // Without a temporary file (no writable TMPDIR, a full disk) the report is
                // held in memory as for a small text.
                Err(SpillError::Io(_)) => {}
            }
        }
        let mut report = self
            .analyzer
            .analyze(text, &opts)
            .map_err(|e| e.to_string())?;
        report.keep_confident(self.min_confidence);
        let compact = if self.format == Format::Ndjson && text.len() <= PRESERIALISE_MAX {
            // Sized for a news report's JSON (about twice its text), so that it is seldom grown
            // and copied while it is written.
            let mut json = Vec::with_capacity(2 * text.len() + 1024);
            crate::report_json::write(&mut json, &report).map_err(|e| e.to_string())?;
            if !self.explain {
                return Ok(Analysed::Line {
                    overall: report.scores.overall,
                    json,
                });
            }
            Some(json)
        } else {
            None
        };
        Ok(Analysed::Whole { report, compact })
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
                self.analyse(&text, src.id(), &label)
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
        if bytes.iter().all(u8::is_ascii_whitespace) {
            // (Blank lines are answered before they reach here; a line of spaces is one too.)
            return fail(None, "blank line".to_string());
        }
        // Ids are kept as written: a number is its digits (one beyond 64 bits is not rounded),
        // a string its value.
        let id_of = |raw: Option<&serde_json::value::RawValue>| {
            raw.map(|raw| {
                let raw = raw.get();
                serde_json::from_str::<String>(raw).unwrap_or_else(|_| raw.to_string())
            })
        };
        let finish = |id: Option<String>, text: &str| {
            let label = id.clone().unwrap_or_else(|| at.clone());
            let result = self
                .analyse(text, id.clone(), &label)
                .map_err(|e| format!("{at}: {e}"));
            Outcome {
                label,
                id,
                line: Some(line),
                result,
            }
        };
        // The usual row, a string "text", in one pass over the line (as a raw value and then as a
        // string, the text was read twice: 2 % of the CLI's instructions over a JSONL file).
        // Any other row is read again as below, which words its errors.
        if let Ok(row) = serde_json::from_slice::<TextRow>(bytes) {
            return finish(id_of(row.id), &row.text);
        }
        let row: Row = match serde_json::from_slice(bytes) {
            Ok(v) => v,
            Err(e) => {
                let what = if let Err(u) = std::str::from_utf8(bytes) {
                    format!(
                        "not valid UTF-8 (first bad byte at offset {} of the line)",
                        u.valid_up_to()
                    )
                } else if bytes.trim_ascii_start().first() != Some(&b'{') {
                    return fail(
                        None,
                        "expected a JSON object with \"id\" and \"text\"".to_string(),
                    );
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
        let id = id_of(row.id);
        match row
            .text
            .map(|raw| serde_json::from_str::<String>(raw.get()))
        {
            Some(Ok(s)) => finish(id, &s),
            Some(Err(_)) => fail(id, "\"text\" must be a string".to_string()),
            None => fail(id, "no \"text\" field".to_string()),
        }
    }
}

/// A row whose "text" is a string, read with it (borrowed from the line when it has no escape).
/// Whatever this reads, `Row` reads alike: the same id, and the text `Row`'s raw value decodes to.
#[derive(serde::Deserialize)]
struct TextRow<'a> {
    #[serde(borrow, default)]
    id: Option<&'a serde_json::value::RawValue>,
    #[serde(borrow)]
    text: std::borrow::Cow<'a, str>,
}

/// The fields of a JSONL row that Slant reads (others are skipped), borrowed from the line.
#[derive(serde::Deserialize)]
struct Row<'a> {
    #[serde(borrow, default)]
    id: Option<&'a serde_json::value::RawValue>,
    #[serde(borrow, default)]
    text: Option<&'a serde_json::value::RawValue>,
}

thread_local! {
    /// Set while an input is analysed in isolation: the panic hook then keeps the message for
    /// the input's error instead of printing it.
    static ISOLATED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static LAST_PANIC: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
}

/// Installs (once) a panic hook that records panics inside `isolated` and leaves others to the
/// default hook.
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let default = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if ISOLATED.with(|i| i.get()) {
                let msg = info
                    .payload()
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| info.payload().downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown panic".to_string());
                let at = info
                    .location()
                    .map(|l| format!(" at {}:{}", l.file(), l.line()))
                    .unwrap_or_default();
                LAST_PANIC.with(|p| *p.borrow_mut() = format!("{msg}{at}"));
            } else {
                default(info);
            }
        }));
    });
}

/// Runs `f`, turning a panic into `Err` with its message.
fn isolated<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    install_panic_hook();
    let was = ISOLATED.with(|i| i.replace(true));
    let r = panic::catch_unwind(AssertUnwindSafe(f));
    ISOLATED.with(|i| i.set(was));
    r.map_err(|_| LAST_PANIC.with(|p| std::mem::take(&mut *p.borrow_mut())))
}

fn bug_message(panic: &str) -> String {
    format!(
        "internal error: this is a bug in Slant, not a problem with the input ({panic}). Please report it at {}/issues with the input that caused it; the other inputs were analysed",
        env!("CARGO_PKG_REPOSITORY")
    )
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
        min_confidence: args.min_confidence,
        format,
        actors: args.actors,
        explain: args.explain,
        painter: Painter {
            on: format == Format::Text && render::stdout_color(color),
        },
    };
    let stdout = io::stdout();
    let mut em = Emitter {
        out: io::BufWriter::with_capacity(64 << 10, stdout.lock()),
        format,
        painter: job.painter,
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
            run_jsonl(item, &job, &mut em, args.max_line_bytes)?;
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
            let stream = item.as_ref().is_ok_and(Source::is_stream);
            if !batch.is_empty()
                && (stream || batch.len() >= BATCH_FILES || bytes + size > BATCH_BYTES)
            {
                break;
            }
            bytes += size;
            if let Some(item) = rest.next() {
                batch.push(item);
            }
            // Standard input, a FIFO or a device is read alone, after what came before it is
            // printed: a FIFO without a writer then holds up only itself and what follows.
            if stream {
                em.out.flush()?;
                break;
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

/// One JSONL line as read: analysed by a worker, or answered by the reader itself.
enum Arrived {
    Done(Box<Outcome>),
    Blank(usize),
}

/// A line read with a length limit.
enum Line {
    Complete,
    /// Longer than the limit: what was read is dropped; `ended` says whether the line's end was
    /// read too (otherwise the rest is still to be skipped).
    TooLong {
        ended: bool,
    },
}

/// Reads one line into `buf` (without its end), holding at most `max` bytes; `None` at the end
/// of input.
fn read_line_limited(
    reader: &mut impl BufRead,
    max: usize,
    buf: &mut Vec<u8>,
) -> io::Result<Option<Line>> {
    buf.clear();
    let mut any = false;
    loop {
        let avail = match reader.fill_buf() {
            Ok(a) => a,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            return Ok(any.then_some(Line::Complete));
        }
        any = true;
        // (memchr: a byte-at-a-time search was 3 % of the CLI's instructions over a JSONL file.)
        let (chunk, end) = match memchr::memchr(b'\n', avail) {
            Some(i) => (i, Some(i + 1)),
            None => (avail.len(), None),
        };
        if buf.len() + chunk > max {
            reader.consume(end.unwrap_or(chunk));
            buf.clear();
            return Ok(Some(Line::TooLong {
                ended: end.is_some(),
            }));
        }
        buf.extend_from_slice(&avail[..chunk]);
        reader.consume(end.unwrap_or(chunk));
        if end.is_some() {
            return Ok(Some(Line::Complete));
        }
    }
}

/// Skips to the end of the current line (or of the input).
fn skip_line(reader: &mut impl BufRead) -> io::Result<()> {
    loop {
        let avail = match reader.fill_buf() {
            Ok(a) => a,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if avail.is_empty() {
            return Ok(());
        }
        if let Some(i) = memchr::memchr(b'\n', avail) {
            reader.consume(i + 1);
            return Ok(());
        }
        let n = avail.len();
        reader.consume(n);
    }
}

/// Streams a JSONL input: a reader thread reads lines as they arrive, worker threads analyse
/// them, and this thread prints the answers in input order as soon as each is ready (flushing
/// whenever it would wait), so a slow producer sees each answer when its line is done. At most
/// `JSONL_AHEAD_PER_THREAD` lines per worker are in flight.
fn run_jsonl<W: Write>(
    item: Result<Source, InputError>,
    job: &Job,
    em: &mut Emitter<W>,
    max_line: usize,
) -> io::Result<()> {
    let src = match item {
        Ok(s) => s,
        Err(e) => return em.error(&e.to_string()),
    };
    let origin = src.label();
    let workers = rayon::current_num_threads().max(1);
    let ahead = workers * JSONL_AHEAD_PER_THREAD;
    let (permit_tx, permit_rx) = mpsc::sync_channel::<()>(ahead);
    for _ in 0..ahead {
        let _ = permit_tx.send(());
    }
    let (work_tx, work_rx) = mpsc::channel::<(usize, usize, Vec<u8>)>();
    let (done_tx, done_rx) = mpsc::channel::<(usize, Arrived)>();
    let stop = Arc::new(AtomicBool::new(false));
    // Detached: it owns the input, and may be blocked reading it when the output closes.
    {
        let done_tx = done_tx.clone();
        let origin = origin.clone();
        let src = src.clone();
        std::thread::spawn(move || {
            read_jsonl(&src, &origin, max_line, &permit_rx, &work_tx, &done_tx)
        });
    }
    let work_rx = Mutex::new(work_rx);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let done_tx = done_tx.clone();
            let (work_rx, stop, origin) = (&work_rx, &stop, &origin);
            scope.spawn(move || jsonl_worker(job, origin, work_rx, &done_tx, stop));
        }
        drop(done_tx);
        let r = print_in_order(em, &done_rx, &permit_tx);
        stop.store(true, Ordering::Relaxed);
        r
    })
}

fn read_jsonl(
    src: &Source,
    origin: &str,
    max_line: usize,
    permits: &Receiver<()>,
    work: &Sender<(usize, usize, Vec<u8>)>,
    done: &Sender<(usize, Arrived)>,
) {
    let fail = |seq: usize, line: usize, msg: String| {
        let _ = done.send((
            seq,
            Arrived::Done(Box::new(Outcome {
                label: format!("{origin}:{line}"),
                id: None,
                line: Some(line),
                result: Err(msg),
            })),
        ));
    };
    let reader: Box<dyn Read> = match src {
        Source::Stdin => Box::new(io::stdin()),
        Source::File { path, .. } => match fs::File::open(path) {
            Ok(f) => Box::new(f),
            Err(e) => {
                let _ = done.send((
                    0,
                    Arrived::Done(Box::new(Outcome {
                        label: origin.to_string(),
                        id: None,
                        line: None,
                        result: Err(format!("{origin}: cannot read: {e}")),
                    })),
                ));
                return;
            }
        },
    };
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    let mut lineno = 0usize;
    let mut buf = Vec::new();
    for seq in 0.. {
        if permits.recv().is_err() {
            return; // the printer stopped
        }
        let line = read_line_limited(&mut reader, max_line, &mut buf);
        lineno += 1;
        match line {
            Ok(None) => return,
            Ok(Some(Line::Complete)) => {
                if buf.last() == Some(&b'\r') {
                    buf.pop();
                }
                let sent = if buf.iter().all(u8::is_ascii_whitespace) {
                    done.send((seq, Arrived::Blank(lineno))).is_ok()
                } else {
                    work.send((seq, lineno, std::mem::take(&mut buf))).is_ok()
                };
                if !sent {
                    return;
                }
            }
            Ok(Some(Line::TooLong { ended })) => {
                fail(
                    seq,
                    lineno,
                    format!(
                        "{origin}:{lineno}: the line is longer than {max_line} bytes (--max-line-bytes); skipped. Split the text or raise the limit"
                    ),
                );
                if !ended {
                    if let Err(e) = skip_line(&mut reader) {
                        fail(
                            seq + 1,
                            lineno + 1,
                            format!("{origin}:{lineno}: cannot read further: {e}"),
                        );
                        return;
                    }
                }
            }
            Err(e) => {
                // Rows read so far are still reported; the failure is an error.
                fail(
                    seq,
                    lineno,
                    format!("{origin}:{lineno}: cannot read further: {e}"),
                );
                return;
            }
        }
    }
}

fn jsonl_worker(
    job: &Job,
    origin: &str,
    work: &Mutex<Receiver<(usize, usize, Vec<u8>)>>,
    done: &Sender<(usize, Arrived)>,
    stop: &AtomicBool,
) {
    loop {
        let next = match work.lock() {
            Ok(rx) => rx.recv_timeout(Duration::from_millis(50)),
            Err(_) => return,
        };
        let (seq, line, bytes) = match next {
            Ok(w) => w,
            Err(RecvTimeoutError::Timeout) if !stop.load(Ordering::Relaxed) => continue,
            Err(_) => return,
        };
        let o = job.jsonl_line(origin, line, &bytes);
        drop(bytes);
        if done.send((seq, Arrived::Done(Box::new(o)))).is_err() {
            return;
        }
    }
}

/// Prints answers in sequence order as they complete; each printed answer lets the reader read
/// one more line.
fn print_in_order<W: Write>(
    em: &mut Emitter<W>,
    done: &Receiver<(usize, Arrived)>,
    permits: &SyncSender<()>,
) -> io::Result<()> {
    let mut pending: BTreeMap<usize, Arrived> = BTreeMap::new();
    let mut next = 0usize;
    loop {
        let (seq, a) = match done.try_recv() {
            Ok(x) => x,
            Err(TryRecvError::Empty) => {
                // Nothing ready: what is printed so far goes out before waiting.
                em.out.flush()?;
                match done.recv() {
                    Ok(x) => x,
                    Err(_) => break,
                }
            }
            Err(TryRecvError::Disconnected) => break,
        };
        pending.insert(seq, a);
        while let Some(a) = pending.remove(&next) {
            match a {
                Arrived::Done(o) => em.emit(*o)?,
                Arrived::Blank(line) => em.blank(line)?,
            }
            next += 1;
            let _ = permits.try_send(());
        }
    }
    // A read error or an unopenable file may leave answers after a gap; print them in order.
    for (_, a) in pending {
        match a {
            Arrived::Done(o) => em.emit(*o)?,
            Arrived::Blank(line) => em.blank(line)?,
        }
    }
    Ok(())
}
