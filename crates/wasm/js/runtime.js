// slant-wasm's runtime (internal): loading the module once, and running glue calls so that a
// call before loading says what to do, a call that traps (a bug: a Rust panic is a WebAssembly
// RuntimeError) replaces the instance, and errors come out as the API's classes. Entries call
// setSource() (where the .wasm comes from) and, in Node, loadSync(); api.js is the public API.
import * as glue from './slant_wasm.js';
import { WordListError } from './errors.js';

let defaultSource = null;
let loaded = false;
let warmed = false;
let loading = null;
// Bumped each time a trapped instance is replaced, so Slant objects know to rebuild.
let generation = 0;

/** Which instance is current: it changes when a trapped one is replaced. */
export function currentGeneration() {
  return generation;
}

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
export function guarded(name, fn) {
  if (!loaded) throw notReady(name);
  try {
    return fn();
  } catch (e) {
    if (e instanceof WebAssembly.RuntimeError) throw describeTrap(name, e);
    if (e && e.name === 'WordListError' && !(e instanceof WordListError)) throw new WordListError(e.message, e);
    throw e;
  }
}
