// The consumer test matrix: slant-wasm packed with `npm pack` and installed from the tarball as a
// user would (npm install <tarball>), then used from a tiny app per setup, each analysing the seed
// article and checking its flags against the package's own report: Node ESM and CommonJS,
// esbuild (ESM bundle with the lean entry, IIFE with slant-wasm/inline), Rollup (inline), Vite
// (build and dev server) and webpack 5 (each with SlantWorker), a static folder with a plain
// module script and a classic <script> global, SlantWorker with a 5 MB text, recovery from a
// trap, slant-wasm/frame (actors, compare()) in Node, and a strict Content-Security-Policy with and without 'wasm-unsafe-eval'. Also `npm publish --dry-run`, publint and @arethetypeswrong/cli.
// Browser apps run in headless Chromium (tools/browser.cjs). Prints a pass/fail table and the
// figures; exits 1 if anything failed. Run after scripts/build-wasm.sh:
//   node tests/consumers/run.mjs          (scripts/test-wasm.sh runs it)
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const pkgDir = join(root, 'crates/wasm/pkg');
const work = join(here, '.work');
const seedPath = join(root, 'tests/fixtures/seed-presstv-2009-06-15-mko.txt');
const bin = (name) => join(here, 'node_modules/.bin', name);
const sh = (cmd, args, opts = {}) => execFileSync(cmd, args, { encoding: 'utf8', stdio: 'pipe', ...opts });
const { launchChromium, serveDir } = createRequire(import.meta.url)(join(root, 'tools/browser.cjs'));

const results = [];
async function step(name, fn) {
  const t0 = Date.now();
  try {
    const detail = (await fn()) || '';
    results.push({ name, ok: true, detail, s: (Date.now() - t0) / 1000 });
  } catch (e) {
    results.push({ name, ok: false, detail: String(e.message || e).split('\n').slice(0, 12).join('\n'), s: (Date.now() - t0) / 1000 });
  }
}

// --- the tools (pinned in package-lock.json) and the package, installed from its tarball ---
const lock = join(here, 'package-lock.json');
if (!existsSync(join(here, 'node_modules/.package-lock.json'))
    || statSync(lock).mtimeMs > statSync(join(here, 'node_modules/.package-lock.json')).mtimeMs) {
  sh('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: here });
}
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
const [packInfo] = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', work], { cwd: pkgDir }));
const tarball = join(work, packInfo.filename);
rmSync(join(here, 'node_modules/slant-wasm'), { recursive: true, force: true });
sh('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: here });
const installed = join(here, 'node_modules/slant-wasm');

// The reference: the installed package's report on the seed article, in this process.
const slant = await import(pathToFileURL(join(installed, 'dist/node.js')).href);
const seed = readFileSync(seedPath, 'utf8');
const reference = slant.analyze(seed).flags.map((f) => [f.category, f.rule, f.utf16Start, f.utf16End]);
for (const c of ['loaded_language', 'anonymous_source', 'unattributed_assertion']) {
  assert.ok(reference.some((f) => f[0] === c), `the seed article has ${c} flags`);
}
function checkFlags(result) {
  if (result.error) throw new Error(result.error);
  assert.equal(result.sliceOk, true, 'text.slice(utf16Start, utf16End) === flag.text');
  assert.deepEqual(result.flags, reference, 'the same flags as the reference report');
  if (result.workerFlags) assert.deepEqual(result.workerFlags, reference, 'SlantWorker gives the same flags');
  return `${result.flags.length} flags` + (result.workerFlags ? ', SlantWorker too' : '') + (result.firstAnalyzeMs !== undefined ? `, first analyze() ${result.firstAnalyzeMs.toFixed(1)} ms after ready()` : '');
}

// An app's own folder: a copy of apps/<name> with the shared check script and the seed, inside
// tests/consumers/ so that 'slant-wasm' resolves to the installed tarball.
function app(name) {
  const dir = join(work, name);
  cpSync(join(here, 'apps', name), dir, { recursive: true });
  cpSync(join(here, 'apps/check.js'), join(dir, 'check.js'));
  cpSync(seedPath, join(dir, 'seed.txt'));
  return dir;
}

// --- package hygiene ---
await step('tarball: licences, one copy of each .wasm', () => {
  const files = packInfo.files.map((f) => f.path);
  for (const f of ['LICENSE-MIT', 'LICENSE-APACHE', 'README.md', 'package.json', 'dist/index.d.ts']) {
    assert.ok(files.includes(f), `${f} in the tarball`);
  }
  const wasm = files.filter((f) => f.endsWith('.wasm'));
  assert.deepEqual(wasm.sort(), ['dist/frame/slant_wasm.wasm', 'dist/slant_wasm.wasm'], 'the lean and the framing module, once each');
  return `${files.length} files, ${(packInfo.size / 1024).toFixed(0)} KiB packed`;
});
await step('npm publish --dry-run', () => {
  sh('npm', ['publish', '--dry-run', '--loglevel=error'], { cwd: pkgDir });
});
await step('publint --strict', () => {
  const out = sh(bin('publint'), ['run', tarball, '--strict']);
  assert.doesNotMatch(out, /warning|error|suggestion/i, out);
});
await step('@arethetypeswrong/cli', () => {
  try {
    sh(bin('attw'), [tarball, '--format', 'ascii', '--no-color']);
  } catch (e) {
    throw new Error(e.stdout || e.message);
  }
});

// --- Node ---
for (const [name, file] of [['node-esm', 'main.mjs'], ['node-cjs', 'main.cjs']]) {
  await step(`Node ${name === 'node-esm' ? 'ESM (import)' : 'CommonJS (require)'}`, () => {
    const dir = app(name);
    return checkFlags(JSON.parse(sh(process.execPath, [join(dir, file), seedPath])));
  });
}

// slant-wasm/frame: the framing module's entries, as a user's script resolves them.
await step('Node slant-wasm/frame (import and require): actors and compare()', () => {
  const text = 'Mayor Ruth Calder branded the Harbor Union a gang of thugs.';
  const check = (m) => `const t = ${JSON.stringify(text)};
    const a = m.analyze(t).actors.find((x) => x.name === 'Harbor Union');
    const c = m.compare([t, 'The Harbor Union, a dockworkers association, met Ruth Calder.']);
    console.log(JSON.stringify([a.labels.map((l) => t.slice(l.utf16Start, l.utf16End)), c.shared_actors.map((s) => s.name)]));`;
  const esm = sh(process.execPath, ['--input-type=module', '-e', `import * as m from 'slant-wasm/frame'; ${check('m')}`], { cwd: here });
  const cjs = sh(process.execPath, ['-e', `const m = require('slant-wasm/frame'); ${check('m')}`], { cwd: here });
  assert.equal(esm, cjs, 'ESM and CommonJS agree');
  const [labels, shared] = JSON.parse(esm);
  assert.ok(labels.includes('gang of thugs'), esm);
  assert.ok(shared.includes('Harbor Union'), esm);
  const lean = sh(process.execPath, ['--input-type=module', '-e', `import { analyze } from 'slant-wasm'; console.log(analyze('x').actors === undefined)`], { cwd: here });
  assert.equal(lean.trim(), 'true', 'the lean entry has no actors');
  return 'actors and compare() from slant-wasm/frame; the lean entry without actors';
});

// --- browser apps: each is a folder served over HTTP and opened in headless Chromium ---
const ctx = await launchChromium();
async function open(url, { expectErrors = false } = {}) {
  const page = await ctx.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  try {
    await page.goto(url);
    const r = await (await page.waitForFunction(() => window.result, null, { timeout: 60000 })).jsonValue();
    if (!expectErrors && problems.length) throw new Error(`console errors: ${problems.join(' | ')}`);
    return r;
  } finally {
    await page.close();
  }
}
async function served(dir, fn) {
  const { proc, port } = await serveDir(dir);
  try {
    return await fn(`http://127.0.0.1:${port}`);
  } finally {
    proc.kill();
  }
}

try {
  const esbuild = await import('esbuild');
  await step('esbuild, ESM bundle (lean entry + the .wasm copied beside it)', async () => {
    const dir = app('esbuild-esm');
    await esbuild.build({ entryPoints: [join(dir, 'main.js')], bundle: true, format: 'esm', outfile: join(dir, 'out/main.js'), logLevel: 'error' });
    cpSync(join(installed, 'dist/slant_wasm.wasm'), join(dir, 'out/slant_wasm.wasm'));
    cpSync(join(dir, 'index.html'), join(dir, 'out/index.html'));
    cpSync(join(dir, 'seed.txt'), join(dir, 'out/seed.txt'));
    return served(join(dir, 'out'), async (base) => checkFlags(await open(`${base}/index.html`)));
  });
  await step('esbuild, IIFE bundle (slant-wasm/inline)', async () => {
    const dir = app('esbuild-iife');
    await esbuild.build({ entryPoints: [join(dir, 'main.js')], bundle: true, format: 'iife', outfile: join(dir, 'out/main.js'), logLevel: 'error' });
    cpSync(join(dir, 'index.html'), join(dir, 'out/index.html'));
    cpSync(join(dir, 'seed.txt'), join(dir, 'out/seed.txt'));
    return served(join(dir, 'out'), async (base) => checkFlags(await open(`${base}/index.html`)));
  });

  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  await step('Rollup (slant-wasm/inline)', async () => {
    const dir = app('rollup');
    const bundle = await rollup({ input: join(dir, 'main.js'), plugins: [nodeResolve({ browser: true })], onwarn: (w) => { throw new Error(w.message); } });
    await bundle.write({ file: join(dir, 'out/main.js'), format: 'es' });
    await bundle.close();
    cpSync(join(dir, 'index.html'), join(dir, 'out/index.html'));
    cpSync(join(dir, 'seed.txt'), join(dir, 'out/seed.txt'));
    return served(join(dir, 'out'), async (base) => checkFlags(await open(`${base}/index.html`)));
  });

  const vite = await import('vite');
  await step(`Vite ${vite.version} build`, async () => {
    const dir = app('vite');
    mkdirSync(join(dir, 'public'));
    cpSync(join(dir, 'seed.txt'), join(dir, 'public/seed.txt'));
    await vite.build({ root: dir, configFile: false, logLevel: 'error', build: { outDir: join(dir, 'dist') } });
    return served(join(dir, 'dist'), async (base) => checkFlags(await open(`${base}/index.html`)));
  });
  await step(`Vite ${vite.version} dev server`, async () => {
    const dir = join(work, 'vite');
    const server = await vite.createServer({ root: dir, configFile: false, logLevel: 'error', server: { port: 0, host: '127.0.0.1' } });
    await server.listen();
    try {
      const { port } = server.httpServer.address();
      return checkFlags(await open(`http://127.0.0.1:${port}/index.html`));
    } finally {
      await server.close();
    }
  });

  const { default: webpack } = await import('webpack');
  await step(`webpack ${webpack.version}`, async () => {
    const dir = app('webpack');
    const out = join(dir, 'out');
    const stats = await new Promise((resolve, reject) => webpack({
      mode: 'production', context: dir, entry: './main.js', output: { path: out, filename: 'main.js' },
      infrastructureLogging: { level: 'error' }, performance: { hints: false },
    }, (err, s) => (err ? reject(err) : resolve(s))));
    if (stats.hasErrors() || stats.hasWarnings()) throw new Error(stats.toString('errors-warnings'));
    cpSync(join(dir, 'index.html'), join(out, 'index.html'));
    cpSync(join(dir, 'seed.txt'), join(out, 'seed.txt'));
    return served(out, async (base) => checkFlags(await open(`${base}/index.html`)));
  });

  // The package's dist/ as a CDN would serve it.
  const stat = app('static');
  cpSync(join(installed, 'dist'), join(stat, 'slant-wasm'), { recursive: true });
  await served(stat, async (base) => {
    await step('static folder, <script type="module">', async () => checkFlags(await open(`${base}/index.html`)));
    await step('static folder, classic <script> (global slant)', async () => checkFlags(await open(`${base}/global.html`)));
    await step('SlantWorker in Chromium (seed, then 5 MB)', async () => {
      const r = await open(`${base}/worker.html`);
      checkFlags(r);
      assert.ok(r.bigFlags > r.flags.length);
      return `${r.flags.length} flags; 5 MB: ${r.bigMs.toFixed(0)} ms in the worker, ${r.bigFlags} flags, longest main-thread gap ${r.longestMainThreadGapMs.toFixed(0)} ms`;
    });
    await step('a call that traps replaces the instance (Chromium main thread)', async () => {
      const r = await open(`${base}/trap.html`, { expectErrors: true });
      if (r.error) throw new Error(r.error);
      assert.match(r.trapError || '', /internal error .* restarted/);
      assert.equal(r.trapsInNewInstance, 0, 'the trapped instance was replaced');
      assert.equal(r.sameReportAfter, true);
    });
    await step("strict CSP with 'wasm-unsafe-eval': works", async () => checkFlags(await open(`${base}/csp-ok.html`)));
    await step("strict CSP without 'wasm-unsafe-eval': the documented error", async () => {
      const r = await open(`${base}/csp-blocked.html`, { expectErrors: true });
      assert.equal(r.error, "slant-wasm: this page's Content-Security-Policy blocks WebAssembly; add 'wasm-unsafe-eval' to its script-src directive.");
      return r.error;
    });
  });
} finally {
  await ctx.close();
}

const width = Math.max(...results.map((r) => r.name.length));
console.log('\nslant-wasm consumer matrix (installed from ' + packInfo.filename + '):');
for (const r of results) {
  console.log(`${r.ok ? 'pass' : 'FAIL'}  ${r.name.padEnd(width)}  ${r.s.toFixed(1).padStart(5)} s  ${r.detail.replace(/\n/g, '\n      ')}`);
}
const failed = results.filter((r) => !r.ok).length;
console.log(failed ? `\n${failed} of ${results.length} failed` : `\nall ${results.length} passed`);
process.exitCode = failed ? 1 : 0;
