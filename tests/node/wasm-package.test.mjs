// The npm package's API as Node users get it (crates/wasm/pkg/dist, built by scripts/build-wasm.sh):
// the seed article, options and errors, a trapped instance replaced, lone surrogates, a freed
// Slant, a call before the module loaded, and SlantWorker. How the packed tarball installs and
// loads in each setup is tests/consumers/. Run: node --test tests/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as slant from '../../crates/wasm/pkg/dist/node.js';
import * as framing from '../../crates/wasm/pkg/dist/frame/node.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'crates/wasm/pkg/dist');
const seed = readFileSync(join(root, 'tests/fixtures/seed-presstv-2009-06-15-mko.txt'), 'utf8');
const CATEGORIES = ['loaded_language', 'anonymous_source', 'unattributed_assertion'];
const LIST = '[list]\nid = "node-test"\ncategory = "loaded_language"\nkind = "pejorative"\n[[entry]]\nterm = "dissident"\n';

test('the Node entry analyses the seed article with exact offsets', async () => {
  await slant.ready(); // resolves at once in Node: the module loaded at import
  const r = slant.analyze(seed);
  assert.equal(r.schema_version, 1);
  assert.equal(r.stats.bytes, Buffer.byteLength(seed));
  const bytes = Buffer.from(seed, 'utf8');
  let prev = -1;
  for (const f of r.flags) {
    assert.ok(CATEGORIES.includes(f.category), f.category);
    assert.equal(seed.slice(f.utf16Start, f.utf16End), f.text, 'UTF-16 offsets');
    assert.equal(bytes.subarray(f.start, f.end).toString('utf8'), f.text, 'byte offsets');
    assert.ok(f.start >= prev, 'sorted by start');
    prev = f.start;
  }
  for (const c of CATEGORIES) {
    const n = r.flags.filter((f) => f.category === c).length;
    assert.ok(n > 0, `the seed article has ${c} flags`);
    assert.equal(r.scores[c].count, n);
  }
  assert.deepEqual(slant.analyze(seed), r, 'the same call twice gives the same report');
});

test('the package exports exactly the documented API (plus the test hook)', () => {
  assert.deepEqual(Object.keys(slant).sort(), ['DEFAULT_SKIP', 'Slant', 'SlantWorker', 'WordListError', '__test',
    'analyze', 'compare', 'highlight', 'lists', 'ready', 'unhighlight', 'version']);
  assert.equal(slant.DEFAULT_SKIP, slant.__test.defaultSkip(), 'the JavaScript and Rust default skip lists agree');
});

test('the lean module leaves framing out and says where it is', () => {
  const text = 'Mayor Ruth Calder branded the Harbor Union a gang of thugs.';
  assert.equal(slant.analyze(text).actors, undefined);
  assert.throws(() => slant.compare([text, text]), /slant-wasm\/frame/);
});

test('slant-wasm/frame: actors come with analyze(), and compare() sets articles side by side', () => {
  assert.deepEqual(Object.keys(framing).sort(), Object.keys(slant).sort(), 'the same API as the lean entry');
  const text = 'Mayor Ruth Calder branded the Harbor Union a gang of thugs. Calder said so twice.';
  const union = framing.analyze(text).actors.find((a) => a.name === 'Harbor Union');
  const label = union.labels.find((l) => l.kind === 'labelling_verb');
  assert.equal(text.slice(label.utf16Start, label.utf16End), 'gang of thugs');
  assert.equal(label.speaker.text, 'Ruth Calder');
  const c = framing.compare([text, { id: 'b', text: 'The Harbor Union, a dockworkers association, met Ruth Calder.' }]);
  assert.equal(c.articles[1].id, 'b');
  assert.ok(c.shared_actors.some((s) => s.name === 'Harbor Union'));
  assert.throws(() => framing.compare(['only one']), TypeError);
  const { actors, ...rest } = framing.analyze(seed);
  assert.ok(Array.isArray(actors));
  assert.deepEqual(rest, slant.analyze(seed), 'both modules give the same flags and scores');
});

test('options, custom lists and errors: TypeError, a real WordListError class', () => {
  const loaded = slant.analyze(seed, { categories: ['loaded'] });
  assert.ok(loaded.flags.length > 0 && loaded.flags.every((f) => f.category === 'loaded_language'));
  const s = new slant.Slant({ wordlists: [{ name: 'node-test.toml', text: LIST }] });
  assert.ok(s.analyze(seed).flags.some((f) => f.rule === 'node-test/dissident'));
  assert.equal(s.lists().at(-1).origin, 'node-test.toml');
  s.free();
  assert.throws(() => s.analyze(seed), { message: /Slant that was freed/ });
  s.free(); // twice is fine
  assert.throws(() => slant.analyze(seed, { wordlists: [LIST.replace('pejorative', 'nasty')] }), (e) =>
    e instanceof slant.WordListError && e instanceof Error && e.name === 'WordListError' && e.line === 4
    && e.origin === 'wordlists[0]' && /unknown kind/.test(e.reason));
  assert.throws(() => slant.analyze(seed, { colour: 'red' }), { name: 'TypeError', message: /unknown option "colour"/ });
  assert.throws(() => slant.analyze(Buffer.from(seed)), { name: 'TypeError', message: /text must be a string/ });
  assert.throws(() => slant.highlight({}, {}), { name: 'TypeError', message: /must be a DOM element/ });
  assert.throws(() => slant.highlight({}, { skip: 3 }), { name: 'TypeError', message: /options.skip/ });
  assert.equal(slant.version(), JSON.parse(readFileSync(join(root, 'crates/wasm/pkg/package.json'), 'utf8')).version);
  assert.ok(slant.lists().length > 0);
});

test('a call that traps replaces the instance: later calls, and Slants made before, keep working', () => {
  const before = slant.analyze(seed);
  const custom = new slant.Slant({ wordlists: [LIST] });
  const customBefore = custom.analyze(seed);
  for (let i = 0; i < 3; i++) {
    assert.equal(slant.__test.traps(), 0, 'a fresh instance has never trapped');
    assert.throws(() => slant.__test.trap(), (e) => !(e instanceof WebAssembly.RuntimeError)
      && /internal error in __test.trap\(\).*restarted/.test(e.message) && e.cause instanceof WebAssembly.RuntimeError);
    // Counted in the instance that trapped; the replacement starts from zero.
    assert.equal(slant.__test.traps(), 0, 'the trapped instance was replaced');
    assert.deepEqual(slant.analyze(seed), before);
    assert.deepEqual(custom.analyze(seed), customBefore);
  }
  custom.free();
});

test('lone surrogates: text.slice(utf16Start, utf16End) === flag.text still holds', () => {
  const text = 'Notorious\uD800 officials \uDC00said the regime massacred\uDBFF protesters. \uD83D\uDE00 Brutal!';
  const r = slant.analyze(text);
  assert.ok(r.flags.length >= 3, JSON.stringify(r.flags.map((f) => f.text)));
  for (const f of r.flags) assert.equal(text.slice(f.utf16Start, f.utf16End), f.text);
  for (const s of r.sentences) assert.ok(s.utf16End <= text.length);
  // A flag whose own text holds a lone surrogate gets the caller's code unit back, not U+FFFD.
  // (An unattributed assertion's text is its whole sentence.)
  const inside = 'It is clear that the \uD800regime is evil.';
  const flags = slant.analyze(inside).flags;
  assert.ok(flags.some((f) => f.text.includes('\uD800')), JSON.stringify(flags.map((f) => f.text)));
  for (const f of flags) assert.equal(inside.slice(f.utf16Start, f.utf16End), f.text);
});

test('the browser entry says what to do when called before ready(), then loads from bytes', () => {
  const script = `
    import * as s from ${JSON.stringify(join(dist, 'index.js'))};
    import { readFileSync } from 'node:fs';
    let early;
    try { s.analyze('x'); } catch (e) { early = e.message; }
    let slantEarly;
    try { new s.Slant(); } catch (e) { slantEarly = e.message; }
    await s.ready({ wasm: readFileSync(${JSON.stringify(join(dist, 'slant_wasm.wasm'))}) });
    const made = await s.Slant.create();
    console.log(JSON.stringify({ early, slantEarly, flags: s.analyze('The notorious regime.').flags.length, made: made.analyze('The notorious regime.').flags.length }));`;
  const out = JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
  assert.match(out.early, /analyze\(\) was called before the WebAssembly module loaded; await ready\(\) first/);
  assert.match(out.slantEarly, /new Slant\(\) was called before .* Slant.create\(\)/);
  assert.ok(out.flags >= 1 && out.made === out.flags, JSON.stringify(out));
});

test('SlantWorker: the same report from a worker thread, errors as the same classes; 5 MB timing', async () => {
  const w = new slant.SlantWorker({ wordlists: [LIST] });
  try {
    await w.ready();
    assert.deepEqual(await w.analyze(seed), new slant.Slant({ wordlists: [LIST] }).analyze(seed));
    await assert.rejects(w.analyze(seed, { colour: 1 }), { name: 'TypeError', message: /unknown option/ });
    assert.ok((await w.lists()).some((l) => l.id === 'node-test'));
    const big = seed.repeat(Math.ceil(5e6 / seed.length)).slice(0, 5e6);
    const t0 = performance.now();
    const r = await w.analyze(big);
    const ms = performance.now() - t0;
    assert.equal(r.stats.bytes, Buffer.byteLength(big));
    console.log(`# SlantWorker (Node worker thread): 5 MB text analysed in ${ms.toFixed(0)} ms, ${r.flags.length} flags`);
  } finally {
    w.terminate();
  }
  await assert.rejects(w.analyze('x'), /terminated/);
  const bad = new slant.SlantWorker({ wordlists: ['[list'] });
  await assert.rejects(bad.ready(), (e) => e instanceof slant.WordListError);
  bad.terminate();
});
