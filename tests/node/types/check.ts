// Type-checked by tests/node/types.test.mjs against the built package: every @ts-expect-error
// line must fail to compile, so the .d.ts is precise (not `any`).
import init, { analyze, highlight, Slant, lists, version, type Report, type Flag, type WordListError } from 'slant-wasm';
await init();
const r: Report = analyze('text', { categories: ['loaded', 'anonymous_source'], includeQuoted: false });
const f: Flag = r.flags[0];
if (f.category === 'unattributed_assertion') { const t: string | undefined = f.triggers?.[0]?.rule; }
if (f.category === 'anonymous_source') { const l: number | undefined = f.linked?.utf16Start; }
const n: number = f.utf16Start + r.scores.loaded_language.count + r.sentences[0].utf16End;
const sp: string | undefined = f.speaker?.text;
const s = new Slant({ wordlists: [{ name: 'x', text: '' }, 'toml'] });
s.analyze('x', { id: 'a' });
const v: string = version();
const cats: string[] = lists().map((l) => l.category);
highlight(document.body);
// @ts-expect-error: wordlists are fixed per instance
s.analyze('x', { wordlists: [] });
// @ts-expect-error: not a category
analyze('x', { categories: ['loded'] });
// @ts-expect-error: report fields are typed, not any
const bad: string = r.stats.words;
// @ts-expect-error: options object keys are checked
analyze('x', { colour: 1 });
try { analyze('x'); } catch (e) { const w = e as WordListError; const line: number = w.line; }
const nodeR: import('slant-wasm/node').Report = (await import('slant-wasm/node')).analyze('x');
