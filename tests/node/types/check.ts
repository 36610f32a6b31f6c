// Type-checked by tests/node/types.test.mjs against the built package (a DOM project): each line
// marked to expect an error must fail to compile, so the .d.ts is precise (not `any`).
import { ready, analyze, highlight, unhighlight, Slant, SlantWorker, WordListError, lists, version, DEFAULT_SKIP,
  compare, type Report, type Flag, type HighlightOptions, type Comparison } from 'slant-wasm';
import * as inline from 'slant-wasm/inline';
await ready();
await inline.ready({ wasm: new URL('https://cdn.example/slant_wasm.wasm') });
const r: Report = analyze('text', { categories: ['loaded', 'anonymous_source'], includeQuoted: false });
const f: Flag = r.flags[0];
if (f.category === 'unattributed_assertion') { const t: string | undefined = f.triggers?.[0]?.rule; }
if (f.category === 'anonymous_source') { const l: number | undefined = f.linked?.utf16Start; }
const n: number = f.utf16Start + r.scores.loaded_language.count + r.sentences[0].utf16End;
const sp: string | undefined = f.speaker?.text;
const lv: string | undefined = r.actors?.[0]?.labels[0]?.speaker?.text;
const cmp: Comparison = compare(['a', { id: 'b', text: 'b' }]);
const shared: number | undefined = cmp.shared_actors[0]?.articles[1]?.mentions;
// @ts-expect-error: articles are strings or {id, text}
compare([1, 2]);
const s = new Slant({ wordlists: [{ name: 'x', text: '' }, 'toml'] });
s.analyze('x', { id: 'a' });
const s2: Slant = await Slant.create();
const v: string = version();
const cats: string[] = lists().map((l) => l.category);
const hr: Report = highlight(document.body, { skip: DEFAULT_SKIP + ', .no-slant' });
const removed: number = unhighlight(document.querySelector('article')!);
const ho: HighlightOptions = { skip: '' };
const w = new SlantWorker({ wordlists: ['toml'] });
const wr: Promise<Report> = w.analyze('x');
w.terminate();
// @ts-expect-error: SlantWorker answers with promises
const notSync: Report = w.analyze('x');
// @ts-expect-error: wordlists are fixed per instance
s.analyze('x', { wordlists: [] });
// @ts-expect-error: not a category
analyze('x', { categories: ['loded'] });
// @ts-expect-error: report fields are typed, not any
const bad: string = r.stats.words;
// @ts-expect-error: options object keys are checked
analyze('x', { colour: 1 });
// @ts-expect-error: skip is highlight()'s option
analyze('x', { skip: 'code' });
// @ts-expect-error: skip is a selector string
highlight(document.body, { skip: ['code'] });
// @ts-expect-error: not an element
highlight('article');
try { analyze('x'); } catch (e) {
  if (e instanceof WordListError) { const line: number = e.line; const o: string = e.origin; }
}
// @ts-expect-error: the inline entry has no SlantWorker (a worker loads the module by URL)
new inline.SlantWorker();
