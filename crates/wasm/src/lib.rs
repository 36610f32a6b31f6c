//! Slant for JavaScript: a wasm-bindgen API over `slant-core` for browsers and Node.
//!
//! `analyze(text, options?)` returns the same report as the CLI's JSON, as a plain object, with
//! `utf16Start`/`utf16End` beside every byte offset. `Slant` compiles custom wordlists once.
//! `highlight(element)` marks flagged spans in a page. Errors are JavaScript exceptions; nothing
//! here unwraps, so no Rust panic reaches JavaScript (the one `panic!` is a test hook).
//!
//! These exports are the raw layer: users get them through the hand-written JavaScript API in
//! `js/` (loading, trap recovery, error classes) and its hand-written types (`js/index.d.ts`);
//! an export or option added here is added there too.

mod builtin;
#[cfg(feature = "frame")]
mod compare;
mod convert;
mod errors;
mod frame;
mod highlight;
mod options;

// Talc in place of std's dlmalloc: a maintained allocator for wasm that does the same job in
// less code. wasm-bindgen modules run on one thread (no atomics), which it assumes.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(feature = "frame")]
pub use compare::compare;

use std::cell::Cell;

use slant_core::{Analyzer, Category, Options, WordList};
use wasm_bindgen::prelude::*;

use convert::{report_to_js, Utf16Map};
use errors::{analyze_error, describe, type_error, wordlist_error};
use options::{JsOptions, ListSource};

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

/// Nothing in this crate panics (but for the test hook), and the core promises not to on any
/// input; if a bug makes it happen anyway, the call traps (a `RuntimeError` in JavaScript, after
/// which js/api.js replaces the instance) and this hook leaves the reason in the console for the
/// bug report. Installed by the first API call (a `start` function would
/// show up as an export).
pub(crate) fn install_panic_hook() {
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

pub(crate) fn builtin() -> Result<&'static Analyzer, JsValue> {
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
        actors: true,
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
    skip: Option<String>,
) -> Result<JsValue, JsValue> {
    let root = highlight::as_element(func, element)?;
    let skip = highlight::Skip::new(func, root, skip)?;
    highlight::unwrap_marks(root)?;
    let ex = highlight::extract(root, &skip)?;
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

/// The lists as `ListInfo` objects (js/api.d.ts), built by hand as the report is (convert.rs).
pub(crate) fn lists_out<O: convert::Out>(
    o: &mut O,
    lists: &[WordList],
    builtin_count: usize,
) -> O::V {
    let items = lists
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let v = o.obj();
            for (k, s) in [
                ("id", l.id.as_str()),
                ("origin", &l.origin),
                ("category", &l.category.to_string()),
                ("kind", &l.kind),
                ("description", &l.description),
                ("source", &l.source),
            ] {
                convert::set_str(o, &v, k, s);
            }
            convert::set_num(o, &v, "weight", l.weight);
            convert::set_bool(o, &v, "builtin", i < builtin_count);
            convert::set_int(o, &v, "entries", l.entries.len());
            let terms = l.entries.iter().map(|e| o.str(&e.term)).collect();
            let x = o.arr(terms);
            o.set(&v, "terms", x);
            v
        })
        .collect();
    o.arr(items)
}

fn lists_to_js(lists: &[WordList], builtin_count: usize) -> Result<JsValue, JsValue> {
    Ok(lists_out(&mut convert::Js, lists, builtin_count))
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
/// Descendants matching `skip` (a CSS selector list; default [`highlight::DEFAULT_SKIP`]: code,
/// form fields, scripts, editable regions...) are not read; marks from an earlier call are removed
/// first. Returns the report on the element's text (its text nodes, with a blank line between
/// blocks), whose `flags` the marks' `data-slant-flag` indexes.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn highlight(
    #[wasm_bindgen(unchecked_param_type = "Element")] element: JsValue,
    options: Option<AnalyzeOptionsArg>,
    skip: Option<String>,
) -> Result<JsValue, JsValue> {
    const F: &str = "highlight()";
    install_panic_hook();
    let mut o = options::parse(F, &opt(options), true)?;
    let engine = engine_for(o.wordlists.take())?;
    let opts = core_options(o, &Category::ALL, true, 0.0);
    run_highlight(&engine, F, &element, &opts, skip)
}

/// The selector list `highlight()` skips by default.
#[wasm_bindgen(js_name = defaultSkip)]
pub fn default_skip() -> String {
    highlight::DEFAULT_SKIP.to_string()
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

static TEST_TRAPS: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);

/// Test hook, not public API: panics (so the call traps, as a bug would) after counting the trap
/// in this instance. tests/node uses it to prove that the JavaScript wrapper replaces a trapped
/// instance: `__slantTestTraps()` is 0 again in the replacement.
#[wasm_bindgen(js_name = __slantTestTrap)]
pub fn test_trap() {
    install_panic_hook();
    TEST_TRAPS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    panic!("deliberate trap (slant-wasm test hook)");
}

/// Test hook, not public API: how many times `__slantTestTrap()` ran in this instance.
#[wasm_bindgen(js_name = __slantTestTraps)]
pub fn test_traps() -> u32 {
    TEST_TRAPS.load(std::sync::atomic::Ordering::Relaxed)
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
        skip: Option<String>,
    ) -> Result<JsValue, JsValue> {
        const F: &str = "Slant.highlight()";
        let opts = self.options(F, options)?;
        run_highlight(&self.engine, F, &element, &opts, skip)
    }

    /// Describes this instance's wordlists: the built-in ones, then the custom ones.
    #[wasm_bindgen(unchecked_return_type = "ListInfo[]")]
    pub fn lists(&self) -> Result<JsValue, JsValue> {
        lists_to_js(&self.engine.lexicon().lists, self.builtin_count)
    }
}

/// For the native fuzz harness (crates/fuzz): the UTF-16 offset that the JavaScript report gives
/// for each UTF-8 byte offset of `report`, in `report_offsets` order, through the same map.
#[doc(hidden)]
pub fn utf16_offsets_for_fuzzing(text: &str, report: &slant_core::Report) -> Vec<(usize, usize)> {
    convert::utf16_pairs_for_fuzzing(text, report)
}
