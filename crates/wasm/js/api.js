// slant-wasm's public API, shared by every entry (browser, inline, Node, worker). It wraps the
// wasm-bindgen glue (slant_wasm.js, generated) so that users never see glue internals:
// - the module loads once, through ready(); a call made before that says what to do;
// - a call that traps (a bug: a Rust panic is a WebAssembly RuntimeError) replaces the instance,
//   so the next call works; Slant objects made before are rebuilt on the new instance;
// - errors are real classes (`e instanceof WordListError`), and a freed Slant says so;
// - flags on text with lone surrogates keep `text.slice(utf16Start, utf16End) === flag.text`.
// Entries call setSource() (where the .wasm comes from) and, in Node, loadSync().
import * as glue from './slant_wasm.js';

/** The selector list highlight() skips by default; `options.skip` replaces it. */
export const DEFAULT_SKIP =
  'code, pre, kbd, samp, script, style, textarea, noscript, template, select, svg, math, iframe, [contenteditable]:not([contenteditable=false])';

/** A custom wordlist that cannot be read: where (origin, line, column) and why (reason). */
export class WordListError extends Error {
  constructor(message, { origin = '', line = 0, column = 0, reason = message } = {}) {
    super(message);
    this.name = 'WordListError';
    this.origin = origin;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}

let defaultSource = null;
let loaded = false;
let warmed = false;
let loading = null;
// Bumped each time a trapped instance is replaced, so Slant objects know to rebuild.
let generation = 0;

/** Entries say where the module comes from by default: () => URL | BufferSource | Module. */
export function setSource(source) {
  defaultSource = source;
}

/** Synchronous load (Node and workers may compile synchronously; a browser page may not). */
export function loadSync(bytesOrModule) {
  glue.initSync({ module: bytesOrModule });
  loaded = true;
}

// A short article-like text touching the detectors' main paths (loaded terms, an anonymous
// source, a quotation with a speaker, an unattributed claim). Analysing it once in ready() makes
// V8 compile the functions a first real call needs, which otherwise cost that call tens of ms.
const WARM_UP =
  'Officials said the notorious regime had clearly crushed the protest. ' +
  'A senior source, who spoke on condition of anonymity, claimed the plan "was a shameful betrayal," ' +
  'said Maria Okafor. It is obvious that the vote was rigged, critics say.\n\n' +
  'The council estimates 1,200 jobs.';

function warmUp() {
  if (warmed) return;
  warmed = true;
  glue.analyze(WARM_UP);
}

async function fetchWasm(url) {
  let res;
  try {
    res = await fetch(url);
  } catch (cause) {
    throw new Error(`slant-wasm: could not fetch ${url} (${cause && cause.message}). Serve slant_wasm.wasm from the package's dist/ folder beside the script, pass ready({ wasm: url }), or import 'slant-wasm/inline', which needs no separate file.`, { cause });
  }
  if (!res.ok) {
    throw new Error(`slant-wasm: ${url} answered ${res.status} ${res.statusText}. Serve slant_wasm.wasm from the package's dist/ folder beside the script (esbuild and other bundlers that do not copy assets need this), pass ready({ wasm: url }), or import 'slant-wasm/inline'.`);
  }
  const type = res.headers.get('Content-Type') || '';
  if (type.includes('text/html')) {
    throw new Error(`slant-wasm: ${url} returned an HTML page instead of WebAssembly (a dev server's fallback page: the file is not where the script expects it). With Vite 5-7's dev server add optimizeDeps: { exclude: ['slant-wasm'] }; otherwise pass ready({ wasm: url }) or import 'slant-wasm/inline'.`);
  }
  return res;
}

function explainLoadError(e) {
  const msg = String(e && e.message);
  if (/Content.Security.Policy|unsafe-eval|wasm-eval/i.test(msg)) {
    return new Error("slant-wasm: this page's Content-Security-Policy blocks WebAssembly; add 'wasm-unsafe-eval' to its script-src directive.", { cause: e });
  }
  return e;
}

/**
 * Loads and prepares the module; resolves when every function can be called. Calling it again
 * returns the same promise (a failed load may be retried).
 */
export function ready(options) {
  if (loaded) {
    warmUp();
    return Promise.resolve();
  }
  if (loading) return loading;
  loading = (async () => {
    let source = options && options.wasm;
    if (source === undefined) {
      if (!defaultSource) throw new Error('slant-wasm: no WebAssembly source configured; pass ready({ wasm: url })');
      source = defaultSource();
    }
    if (typeof source === 'string' || source instanceof URL) source = await fetchWasm(String(source));
    try {
      await glue.default({ module_or_path: source });
    } catch (e) {
      throw explainLoadError(e);
    }
    loaded = true;
    warmUp();
  })();
  loading.catch(() => { loading = null; });
  return loading;
}

function notReady(name) {
  return new Error(`slant-wasm: ${name} was called before the WebAssembly module loaded; await ready() first (import { ready } from 'slant-wasm'), or use Slant.create()/SlantWorker, which wait for it.`);
}

function describeTrap(name, e) {
  generation += 1;
  try {
    glue.__wbg_reset_state();
  } catch (reset) {
    loaded = false;
    return new Error(`slant-wasm: internal error in ${name} (${e.message}), and the module could not be restarted (${reset.message}); call ready() again. Please report it.`, { cause: e });
  }
  return new Error(`slant-wasm: internal error in ${name} (${e.message}); the module was restarted, so later calls work. Please report it with the text that caused it.`, { cause: e });
}

/** Runs a glue call: checks the module is loaded, turns traps and error shapes into the API's. */
function guarded(name, fn) {
  if (!loaded) throw notReady(name);
  try {
    return fn();
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) throw describeTrap(name, e);
    if (e && e.name === 'WordListError' && !(e instanceof WordListError)) throw new WordListError(e.message, e);
    throw e;
  }
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// The module reads text as UTF-8, where a lone surrogate (not valid Unicode, but possible in a
// JavaScript string) becomes U+FFFD: one UTF-16 unit for one, so offsets stay exact, but a flag's
// `text` would hold U+FFFD. For such input the texts are taken from the caller's own string.
function withOwnText(text, report) {
  const wellFormed = typeof text.isWellFormed === 'function' ? text.isWellFormed() : !LONE_SURROGATE.test(text);
  if (wellFormed) return report;
  const fix = (span) => {
    if (span && typeof span.text === 'string') span.text = text.slice(span.utf16Start, span.utf16End);
  };
  for (const f of report.flags) {
    fix(f);
    fix(f.speaker);
    fix(f.linked);
    if (f.triggers) f.triggers.forEach(fix);
  }
  for (const s of report.sentences) fix(s.attribution);
  for (const q of report.quotes) fix(q.speaker);
  return report;
}

// `skip` is highlight()'s own option, passed to the module apart from the analysis options.
function splitSkip(name, options) {
  if (options === null || typeof options !== 'object' || !Object.prototype.hasOwnProperty.call(options, 'skip')) {
    return [options, undefined];
  }
  const { skip, ...rest } = options;
  if (skip !== undefined && typeof skip !== 'string') {
    throw new TypeError(`${name}: options.skip must be a CSS selector list (a string such as DEFAULT_SKIP + ', .no-slant'), got ${skip === null ? 'null' : typeof skip}`);
  }
  return [rest, skip];
}

/** Analyses `text`; returns the report (the CLI's JSON schema, plus UTF-16 offsets). */
export function analyze(text, options) {
  return guarded('analyze()', () => {
    const report = glue.analyze(text, options);
    return typeof text === 'string' ? withOwnText(text, report) : report;
  });
}

/** Marks the flagged spans inside `element` with <mark data-slant>; returns the report. */
export function highlight(element, options) {
  return guarded('highlight()', () => {
    const [rest, skip] = splitSkip('highlight()', options);
    return glue.highlight(element, rest, skip);
  });
}

/** Removes the marks highlight() made in `element`; returns how many. */
export function unhighlight(element) {
  return guarded('unhighlight()', () => glue.unhighlight(element));
}

/** Describes the built-in wordlists. */
export function lists() {
  return guarded('lists()', () => glue.lists());
}

/** The Slant version of this module. */
export function version() {
  return guarded('version()', () => glue.version());
}

/** An analyzer with custom wordlists compiled once. */
export class Slant {
  #options;
  #inner = null;
  #generation = -1;
  #freed = false;

  constructor(options) {
    this.#options = options;
    this.#get('new Slant()');
  }

  /** Waits for ready(), then makes a Slant. */
  static async create(options) {
    await ready();
    return new Slant(options);
  }

  #get(name) {
    if (this.#freed) throw new Error(`slant-wasm: ${name} on a Slant that was freed; make a new one`);
    if (this.#generation !== generation) {
      this.#inner = guarded(name, () => new glue.Slant(this.#options));
      this.#generation = generation;
    }
    return this.#inner;
  }

  analyze(text, options) {
    const name = 'Slant.analyze()';
    const inner = this.#get(name);
    return guarded(name, () => {
      const report = inner.analyze(text, options);
      return typeof text === 'string' ? withOwnText(text, report) : report;
    });
  }

  highlight(element, options) {
    const name = 'Slant.highlight()';
    const inner = this.#get(name);
    return guarded(name, () => {
      const [rest, skip] = splitSkip(name, options);
      return inner.highlight(element, rest, skip);
    });
  }

  lists() {
    const inner = this.#get('Slant.lists()');
    return guarded('Slant.lists()', () => inner.lists());
  }

  /** Releases the compiled lists now instead of at garbage collection; later calls throw. */
  free() {
    if (this.#freed) return;
    this.#freed = true;
    const inner = this.#inner;
    this.#inner = null;
    if (inner && this.#generation === generation) inner.free();
  }
}
if (typeof Symbol.dispose === 'symbol') Slant.prototype[Symbol.dispose] = Slant.prototype.free;

/** Test hooks (tests/node), not public API: trap the module on purpose; count traps in this instance. */
export const __test = {
  trap: () => guarded('__test.trap()', () => glue.__slantTestTrap()),
  traps: () => guarded('__test.traps()', () => glue.__slantTestTraps()),
  defaultSkip: () => guarded('__test.defaultSkip()', () => glue.defaultSkip()),
};
