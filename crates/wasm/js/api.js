// slant-wasm's public API, shared by every entry (browser, inline, Node, worker): everything
// exported here is exported by each entry (`export *`), and typed in index.d.ts. Loading, trap
// recovery and error classes are runtime.js's; what is left here:
// - a freed Slant says so, and Slants rebuild themselves on a replaced instance;
// - flags on text with lone surrogates keep `text.slice(utf16Start, utf16End) === flag.text`;
// - highlight()'s `skip` option.
import * as glue from './slant_wasm.js';
import { currentGeneration, guarded, ready } from './runtime.js';
import { compareArticles } from './framing.js';

export { ready };
export { WordListError } from './errors.js';

/** The selector list highlight() skips by default; `options.skip` replaces it. */
export const DEFAULT_SKIP =
  'code, pre, kbd, samp, script, style, textarea, noscript, template, select, svg, math, iframe, [contenteditable]:not([contenteditable=false])';

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
  for (const a of report.actors || []) {
    a.mentions.forEach(fix);
    for (const l of a.labels) {
      fix(l);
      fix(l.speaker);
    }
    a.flags.forEach(fix);
  }
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

/**
 * Compares two or more articles (strings or {id, text}); see api.d.ts `Comparison`. Only the
 * `slant-wasm/frame` entries have it; the lean module says so.
 */
export function compare(articles) {
  return guarded('compare()', () => compareArticles(articles));
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
    if (this.#generation !== currentGeneration()) {
      this.#inner = guarded(name, () => new glue.Slant(this.#options));
      this.#generation = currentGeneration();
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
    if (inner && this.#generation === currentGeneration()) inner.free();
  }
}
if (typeof Symbol.dispose === 'symbol') Slant.prototype[Symbol.dispose] = Slant.prototype.free;

/** Test hooks (tests/node), not public API: trap the module on purpose; count traps in this instance. */
export const __test = {
  trap: () => guarded('__test.trap()', () => glue.__slantTestTrap()),
  traps: () => guarded('__test.traps()', () => glue.__slantTestTraps()),
  defaultSkip: () => guarded('__test.defaultSkip()', () => glue.defaultSkip()),
};
