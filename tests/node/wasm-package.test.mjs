// The npm package as Node users get it: the nodejs build analyses the seed article, and
// `npm pack` gives a tarball whose exports load (the Node build, and the web build with bytes).
// Run after scripts/build-wasm.sh:  node --test tests/node/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkgDir = join(root, 'crates/wasm/pkg');
const require = createRequire(import.meta.url);
const slant = require(join(pkgDir, 'node/slant_wasm.js'));
const seed = readFileSync(join(root, 'tests/fixtures/seed-presstv-2009-06-15-mko.txt'), 'utf8');
const CATEGORIES = ['loaded_language', 'anonymous_source', 'unattributed_assertion'];

test('the nodejs build analyses the seed article', () => {
  const r = slant.analyze(seed);
  assert.equal(r.schema_version, 1);
  assert.equal(r.id, null);
  assert.equal(r.stats.bytes, Buffer.byteLength(seed));
  assert.ok(r.stats.words > 300 && r.stats.sentences > 10, JSON.stringify(r.stats));
  const bytes = Buffer.from(seed, 'utf8');
  let prev = -1;
  for (const f of r.flags) {
    assert.ok(CATEGORIES.includes(f.category), f.category);
    assert.equal(seed.slice(f.utf16Start, f.utf16End), f.text, 'UTF-16 offsets');
    assert.equal(bytes.subarray(f.start, f.end).toString('utf8'), f.text, 'byte offsets');
    assert.ok(f.start >= prev, 'sorted by start');
    prev = f.start;
    assert.ok(f.message.length > 0 && f.rule.length > 0);
    assert.ok(Array.isArray(f.suggestions));
  }
  for (const c of CATEGORIES) {
    const n = r.flags.filter((f) => f.category === c).length;
    assert.ok(n > 0, `the seed article has ${c} flags`);
    assert.equal(r.scores[c].count, n, `${c} score counts its flags`);
  }
  assert.ok(r.scores.overall > 0 && r.scores.overall <= 100);
  for (const s of r.sentences) {
    assert.equal(seed.slice(s.utf16Start, s.utf16End), bytes.subarray(s.start, s.end).toString('utf8'));
  }
  // The same call twice gives the same report.
  assert.deepEqual(slant.analyze(seed), r);
});

test('the package exports exactly the documented API', () => {
  assert.deepEqual(Object.keys(slant).sort(), ['Slant', 'analyze', 'highlight', 'lists', 'unhighlight', 'version']);
});

test('options, custom lists and errors work from Node', () => {
  const loaded = slant.analyze(seed, { categories: ['loaded'] });
  assert.ok(loaded.flags.length > 0 && loaded.flags.every((f) => f.category === 'loaded_language'));
  const list = '[list]\nid = "node-test"\ncategory = "loaded_language"\nkind = "pejorative"\n[[entry]]\nterm = "dissident"\n';
  const s = new slant.Slant({ wordlists: [{ name: 'node-test.toml', text: list }] });
  try {
    assert.ok(s.analyze(seed).flags.some((f) => f.rule === 'node-test/dissident'));
    assert.equal(s.lists().at(-1).origin, 'node-test.toml');
  } finally {
    s.free();
  }
  assert.throws(() => slant.analyze(seed, { wordlists: [list.replace('pejorative', 'nasty')] }),
    (e) => e instanceof Error && e.name === 'WordListError' && e.line === 4 && /unknown kind/.test(e.message));
  assert.throws(() => slant.analyze(seed, { colour: 'red' }), { name: 'TypeError', message: /unknown option "colour"/ });
  assert.throws(() => slant.analyze(Buffer.from(seed)), { name: 'TypeError', message: /text must be a string/ });
  assert.equal(slant.version(), JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version);
  assert.ok(slant.lists().length > 0);
});

test('npm pack gives a package whose exports load in Node', () => {
  const dir = mkdtempSync(join(tmpdir(), 'slant-pack-'));
  try {
    const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: pkgDir, encoding: 'utf8' });
    const [info] = JSON.parse(out);
    const files = info.files.map((f) => f.path).sort();
    for (const f of ['package.json', 'README.md', 'slant_wasm.js', 'slant_wasm.d.ts', 'slant_wasm_bg.wasm',
      'node/slant_wasm.js', 'node/slant_wasm.d.ts', 'node/slant_wasm_bg.wasm', 'node/package.json']) {
      assert.ok(files.includes(f), `${f} in the tarball (${files.join(', ')})`);
    }
    const nm = join(dir, 'app', 'node_modules');
    mkdirSync(nm, { recursive: true });
    execFileSync('tar', ['-xzf', join(dir, info.filename), '-C', nm]);
    renameSync(join(nm, 'package'), join(nm, 'slant-wasm'));
    const check = `
      import { readFileSync } from 'node:fs';
      import { createRequire } from 'node:module';
      import { analyze as nodeAnalyze } from 'slant-wasm/node';
      import init, { analyze as webAnalyze, version } from 'slant-wasm';
      const require = createRequire(import.meta.url);
      const cjs = require('slant-wasm/node');
      const wasm = readFileSync(new URL('./node_modules/slant-wasm/slant_wasm_bg.wasm', import.meta.url));
      await init({ module_or_path: wasm });
      const text = 'The notorious regime massacred protesters, a source said.';
      const a = nodeAnalyze(text), b = webAnalyze(text), c = cjs.analyze(text);
      if (JSON.stringify(a) !== JSON.stringify(b) || JSON.stringify(a) !== JSON.stringify(c)) throw new Error('builds disagree');
      console.log(JSON.stringify({ flags: a.flags.length, version: version() }));`;
    writeFileSync(join(dir, 'app', 'check.mjs'), check);
    const res = JSON.parse(execFileSync(process.execPath, [join(dir, 'app', 'check.mjs')], { encoding: 'utf8' }));
    assert.ok(res.flags >= 3, JSON.stringify(res));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
