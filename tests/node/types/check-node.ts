// The same types in a Node-only project (no "dom" lib, no @types/node): they must compile
// without Element, URL or Response existing. Checked by tests/node/types.test.mjs.
import { ready, analyze, Slant, WordListError, type Report } from 'slant-wasm';
await ready();
const r: Report = analyze('The notorious regime.');
const n: number = r.flags.length;
try { new Slant({ wordlists: ['x'] }); } catch (e) { if (e instanceof WordListError) { const c: number = e.column; } }
// @ts-expect-error: report fields are typed
const bad: string = r.stats.words;
