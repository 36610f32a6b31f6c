//! Slant for JavaScript: a wasm-bindgen API over `slant-core` for browsers and Node.
//!
//! `analyze(text, options?)` returns the same report as the CLI's JSON, as a plain object, with
//! `utf16Start`/`utf16End` beside every byte offset. `Slant` compiles custom wordlists once.
//! `highlight(element)` marks flagged spans in a page. Errors are JavaScript exceptions; nothing
//! here unwraps, so no Rust panic reaches JavaScript.

mod builtin;
mod convert;
mod errors;
mod highlight;
mod options;

use std::cell::Cell;

use serde::Serialize;
use slant_core::{Analyzer, Category, Options, WordList};
use wasm_bindgen::prelude::*;

use convert::{report_to_js, Utf16Map};
use errors::{analyze_error, describe, type_error, wordlist_error};
use options::{JsOptions, ListSource};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/** A flagging category. */
export type Category = "loaded_language" | "anonymous_source" | "unattributed_assertion";
/** A category as options accept it: the name, or a short form. */
export type CategoryName = Category | "loaded" | "anonymous" | "anon" | "unattributed";
/** Whose words a flag is: the outlet's own, a label the text attributes to someone, or a quotation. */
export type Voice = "outlet" | "attributed" | "quoted";

/**
 * A stretch of the text. `start`/`end` are UTF-8 byte offsets (as in the CLI's JSON);
 * `utf16Start`/`utf16End` are JavaScript string offsets: `text.slice(s.utf16Start, s.utf16End)`.
 */
export interface Span {
  start: number;
  end: number;
  utf16Start: number;
  utf16End: number;
  text: string;
}

/** What made an unattributed-assertion flag fire. */
export interface Trigger extends Span {
  rule: string;
}

interface FlagBase {
  /** Kind within the category, e.g. "pejorative", "unnamed_source", "certainty". */
  kind: string;
  /** UTF-8 byte offsets, half-open. */
  start: number;
  end: number;
  /** JavaScript (UTF-16) offsets, half-open: `text.slice(utf16Start, utf16End) === flag.text`. */
  utf16Start: number;
  utf16End: number;
  /** 1-based line and column (in characters) of `start`. */
  line: number;
  column: number;
  text: string;
  /** Why this is flagged. */
  message: string;
  suggestions: string[];
  /** `list-id/term` of the wordlist entry, or `rule:name` for built-in rules. */
  rule: string;
  in_quote: boolean;
  voice: Voice;
  /** Who is quoted, when the text says. */
  speaker: Span | null;
  /** Weight after the voice factor; the scores add up weight × confidence. */
  weight: number;
  /** How often a careful annotator would agree with this flag, estimated from 0 to 1. */
  confidence: number;
}

export interface LoadedLanguageFlag extends FlagBase {
  category: "loaded_language";
}

export interface AnonymousSourceFlag extends FlagBase {
  category: "anonymous_source";
  /** The anonymity clause describing the source, or the source a clause describes. */
  linked?: Span;
}

export interface UnattributedAssertionFlag extends FlagBase {
  category: "unattributed_assertion";
  /** What in the sentence triggered the flag. */
  triggers?: Trigger[];
}

export type Flag = LoadedLanguageFlag | AnonymousSourceFlag | UnattributedAssertionFlag;

export interface Sentence {
  start: number;
  end: number;
  utf16Start: number;
  utf16End: number;
  /** Quoted speech, or a sentence that carries or sits inside an attribution. */
  attributed: boolean;
  /** Most of the sentence is inside quotation marks. */
  quoted: boolean;
  /** Why the sentence counts as attributed: the cue that fired, or a built-in `rule:…`. */
  attribution?: Trigger;
}

export interface Quote {
  /** Span including the quotation marks. */
  start: number;
  end: number;
  utf16Start: number;
  utf16End: number;
  speaker: Span | null;
}

export interface Stats {
  bytes: number;
  words: number;
  sentences: number;
  paragraphs: number;
  quotes: number;
  quoted_words: number;
}

export interface CategoryScore {
  count: number;
  /** Sum of flag weights times confidence (quoted, attributed and doubtful flags count for less). */
  weighted: number;
  per_1000_words: number;
  weighted_per_1000_words: number;
}

export interface Scores {
  /** 0 (neutral) to 100 (heavily slanted). */
  overall: number;
  loaded_language: CategoryScore;
  anonymous_source: CategoryScore;
  unattributed_assertion: CategoryScore;
}

/** The report: the CLI's JSON schema (version 1) plus UTF-16 offsets. */
export interface Report {
  schema_version: 1;
  id: string | null;
  stats: Stats;
  scores: Scores;
  /** Sorted by start, then end. */
  flags: Flag[];
  sentences: Sentence[];
  quotes: Quote[];
}

/** A custom wordlist: TOML text in the format of Slant's wordlists/ files, optionally named for error messages. */
export type WordListSource = string | { name?: string; text: string };

export interface AnalyzeOptions {
  /** Categories to report (default: all three). */
  categories?: CategoryName | CategoryName[];
  /** Report flags inside quotations (default true; they are marked `in_quote` and weigh less). */
  includeQuoted?: boolean;
  /** Extra wordlists, added to the built-in ones. To analyse many texts, compile them once with `new Slant({ wordlists })`. */
  wordlists?: WordListSource[];
  /** Carried into the report's `id`. */
  id?: string;
  /** Leave out flags whose `confidence` is below this (0 to 1; default 0: every flag). */
  minConfidence?: number;
}

/** Per-call options of a `Slant` instance: its wordlists are fixed when it is made. */
export type SlantAnalyzeOptions = Omit<AnalyzeOptions, "wordlists">;

/** Options of `new Slant()`: its wordlists, and defaults for every call. */
export type SlantOptions = AnalyzeOptions;

/** A wordlist as `lists()` describes it. */
export interface ListInfo {
  id: string;
  /** Path of a built-in list (`wordlists/...toml`), or the name a custom list was given. */
  origin: string;
  /** `cue` lists are word classes the detectors read; they never flag by themselves. */
  category: Category | "cue";
  kind: string;
  description: string;
  source: string;
  weight: number;
  builtin: boolean;
  /** Number of entries. */
  entries: number;
  terms: string[];
}

/** Thrown when a custom wordlist cannot be read (also has the standard `message`). */
export interface WordListError extends Error {
  name: "WordListError";
  origin: string;
  line: number;
  column: number;
  reason: string;
}
"#;

#[wasm_bindgen]
extern "C" {
    /// The options object as TypeScript sees it; read by hand in `options.rs`. Taking it as
    /// `Option<...>` makes the parameter optional in the generated `.d.ts`.
    #[wasm_bindgen(typescript_type = "AnalyzeOptions")]
    pub type AnalyzeOptionsArg;
    #[wasm_bindgen(typescript_type = "SlantOptions")]
    pub type SlantOptionsArg;
    #[wasm_bindgen(typescript_type = "SlantAnalyzeOptions")]
    pub type SlantAnalyzeOptionsArg;
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = console, js_name = error)]
    fn console_error(message: &str);
}

/// Nothing in this crate panics, and the core promises not to on any input; if a bug makes it
/// happen anyway, the call traps (a `RuntimeError` in JavaScript) and this hook leaves the reason
/// in the console for the bug report. Installed by the first API call (a `start` function would
/// show up as an export).
fn install_panic_hook() {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        std::panic::set_hook(Box::new(|info| {
            console_error(&format!(
                "slant-wasm internal error (please report it): {info}"
            ));
        }));
    });
}

/// The analyzer a call uses: the built-in lists (compiled once per module) or custom ones;
/// either way a cheap clone of a shared compiled lexicon.
type Engine = Analyzer;

thread_local! {
    /// The last custom list set `analyze()` compiled, so repeated calls with the same lists do not
    /// recompile them.
    static LAST_CUSTOM: Cell<Option<(Vec<ListSource>, Analyzer)>> = const { Cell::new(None) };
}

fn builtin() -> Result<&'static Analyzer, JsValue> {
    builtin::analyzer().map_err(|e| wordlist_error(&e))
}

fn compile(lists: &[ListSource]) -> Result<Analyzer, JsValue> {
    let parsed = lists
        .iter()
        .map(|l| WordList::parse(&l.origin, &l.text))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| wordlist_error(&e))?;
    builtin::with_extra(parsed).map_err(|e| wordlist_error(&e))
}

fn engine_for(lists: Option<Vec<ListSource>>) -> Result<Engine, JsValue> {
    let Some(lists) = lists.filter(|l| !l.is_empty()) else {
        return Ok(builtin()?.clone());
    };
    let cached = LAST_CUSTOM.with(Cell::take);
    if let Some((src, a)) = cached {
        if src == lists {
            LAST_CUSTOM.with(|c| c.set(Some((src, a.clone()))));
            return Ok(a);
        }
    }
    let a = compile(&lists)?;
    LAST_CUSTOM.with(|c| c.set(Some((lists, a.clone()))));
    Ok(a)
}

/// Call options over defaults, and the least confidence a flag needs to be reported.
fn core_options(
    o: JsOptions,
    categories: &[Category],
    include_quoted: bool,
    min_confidence: f64,
) -> (Options, f64) {
    let min = o.min_confidence.unwrap_or(min_confidence);
    let opts = Options {
        categories: o.categories.unwrap_or_else(|| categories.to_vec()),
        include_quoted: o.include_quoted.unwrap_or(include_quoted),
        id: o.id,
    };
    (opts, min)
}

fn text_arg(func: &str, v: &JsValue) -> Result<String, JsValue> {
    v.as_string().ok_or_else(|| {
        type_error(&format!(
            "{func}: the text must be a string, got {}",
            describe(v)
        ))
    })
}

fn run(a: &Analyzer, text: &str, (opts, min): &(Options, f64)) -> Result<JsValue, JsValue> {
    let mut report = a.analyze(text, opts).map_err(analyze_error)?;
    report.keep_confident(*min);
    let map = Utf16Map::for_report(text, &report);
    report_to_js(&report, &map)
}

fn run_highlight(
    a: &Analyzer,
    func: &str,
    element: &JsValue,
    (opts, min): &(Options, f64),
) -> Result<JsValue, JsValue> {
    let root = highlight::as_element(func, element)?;
    highlight::unwrap_marks(root)?;
    let ex = highlight::extract(root)?;
    let mut report = a.analyze(&ex.text, opts).map_err(analyze_error)?;
    report.keep_confident(*min);
    let map = Utf16Map::for_report(&ex.text, &report);
    let ranges: Vec<(usize, usize)> = report
        .flags
        .iter()
        .map(|f| (map.get(f.start), map.get(f.end)))
        .collect();
    highlight::wrap(root, &ex, &report, &ranges)?;
    report_to_js(&report, &map)
}

#[derive(Serialize)]
struct ListInfo<'a> {
    id: &'a str,
    origin: &'a str,
    category: String,
    kind: &'a str,
    description: &'a str,
    source: &'a str,
    weight: f64,
    builtin: bool,
    entries: usize,
    terms: Vec<&'a str>,
}

fn lists_to_js(lists: &[WordList], builtin_count: usize) -> Result<JsValue, JsValue> {
    let infos: Vec<ListInfo> = lists
        .iter()
        .enumerate()
        .map(|(i, l)| ListInfo {
            id: &l.id,
            origin: &l.origin,
            category: l.category.to_string(),
            kind: &l.kind,
            description: &l.description,
            source: &l.source,
            weight: l.weight,
            builtin: i < builtin_count,
            entries: l.entries.len(),
            terms: l.entries.iter().map(|e| e.term.as_str()).collect(),
        })
        .collect();
    Ok(infos.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}

fn opt<T: Into<JsValue>>(v: Option<T>) -> JsValue {
    v.map_or(JsValue::UNDEFINED, Into::into)
}

/// Analyses `text` and returns the report: the CLI's JSON schema as a plain object, with
/// `utf16Start`/`utf16End` on every flag, sentence, quote and span.
///
/// Throws a `TypeError` for a wrong argument or option and a `WordListError` for a custom
/// wordlist that cannot be read.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn analyze(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    options: Option<AnalyzeOptionsArg>,
) -> Result<JsValue, JsValue> {
    const F: &str = "analyze()";
    install_panic_hook();
    let text = text_arg(F, &text)?;
    let mut o = options::parse(F, &opt(options), true)?;
    let engine = engine_for(o.wordlists.take())?;
    run(&engine, &text, &core_options(o, &Category::ALL, true, 0.0))
}

/// Analyses the text of `element` and wraps each flagged span in
/// `<mark data-slant="category" data-slant-kind data-slant-rule data-slant-flag title>`.
/// Text inside `<script>`, `<style>`, `<textarea>` and similar is skipped; marks from an earlier
/// call are removed first. Returns the report on the element's text (its text nodes, with a blank
/// line between blocks), whose `flags` the marks' `data-slant-flag` indexes.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn highlight(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    options: Option<AnalyzeOptionsArg>,
) -> Result<JsValue, JsValue> {
    const F: &str = "highlight()";
    install_panic_hook();
    let mut o = options::parse(F, &opt(options), true)?;
    let engine = engine_for(o.wordlists.take())?;
    run_highlight(
        &engine,
        F,
        &element,
        &core_options(o, &Category::ALL, true, 0.0),
    )
}

/// Removes the marks `highlight()` added to `element`, restoring its text nodes. Returns how many
/// marks were removed.
#[wasm_bindgen]
pub fn unhighlight(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
) -> Result<u32, JsValue> {
    install_panic_hook();
    let root = highlight::as_element("unhighlight()", &element)?;
    Ok(highlight::unwrap_marks(root)? as u32)
}

/// Describes the built-in wordlists.
#[wasm_bindgen(unchecked_return_type = "ListInfo[]")]
pub fn lists() -> Result<JsValue, JsValue> {
    install_panic_hook();
    let l = builtin::lists().map_err(|e| wordlist_error(&e))?;
    lists_to_js(l, l.len())
}

/// The version of Slant in this module.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// An analyzer with its wordlists compiled once: make one with your custom lists and call
/// `analyze()` or `highlight()` on as many texts as you like.
#[wasm_bindgen]
pub struct Slant {
    engine: Engine,
    builtin_count: usize,
    categories: Vec<Category>,
    include_quoted: bool,
    min_confidence: f64,
    id: Option<String>,
}

#[wasm_bindgen]
impl Slant {
    /// Compiles the built-in lists plus `options.wordlists`; `categories`, `includeQuoted` and
    /// `id` become defaults for every call. Throws a `WordListError` for a list that cannot be read.
    #[wasm_bindgen(constructor)]
    pub fn new(options: Option<SlantOptionsArg>) -> Result<Slant, JsValue> {
        install_panic_hook();
        let o = options::parse("new Slant()", &opt(options), true)?;
        let builtin_count = builtin::lists().map_err(|e| wordlist_error(&e))?.len();
        let engine = match o.wordlists.filter(|l| !l.is_empty()) {
            Some(l) => compile(&l)?,
            None => builtin()?.clone(),
        };
        Ok(Slant {
            engine,
            builtin_count,
            categories: o.categories.unwrap_or_else(|| Category::ALL.to_vec()),
            include_quoted: o.include_quoted.unwrap_or(true),
            min_confidence: o.min_confidence.unwrap_or(0.0),
            id: o.id,
        })
    }

    fn options(
        &self,
        func: &str,
        options: Option<SlantAnalyzeOptionsArg>,
    ) -> Result<(Options, f64), JsValue> {
        let mut o = options::parse(func, &opt(options), false)?;
        if o.id.is_none() {
            o.id = self.id.clone();
        }
        Ok(core_options(
            o,
            &self.categories,
            self.include_quoted,
            self.min_confidence,
        ))
    }

    /// Like the top-level `analyze()`, with this instance's lists and defaults.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn analyze(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        options: Option<SlantAnalyzeOptionsArg>,
    ) -> Result<JsValue, JsValue> {
        const F: &str = "Slant.analyze()";
        let text = text_arg(F, &text)?;
        let opts = self.options(F, options)?;
        run(&self.engine, &text, &opts)
    }

    /// Like the top-level `highlight()`, with this instance's lists and defaults.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn highlight(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
        options: Option<SlantAnalyzeOptionsArg>,
    ) -> Result<JsValue, JsValue> {
        const F: &str = "Slant.highlight()";
        let opts = self.options(F, options)?;
        run_highlight(&self.engine, F, &element, &opts)
    }

    /// Describes this instance's wordlists: the built-in ones, then the custom ones.
    #[wasm_bindgen(unchecked_return_type = "ListInfo[]")]
    pub fn lists(&self) -> Result<JsValue, JsValue> {
        lists_to_js(&self.engine.lexicon().lists, self.builtin_count)
    }
}
