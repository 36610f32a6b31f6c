// Timings of the built package (scripts/build-wasm.sh first): the bench page in headless Chromium
// (Debian's /usr/bin/chromium through playwright-core from tools/), and the Node build.
// Each cold run is a fresh browser profile or a fresh Node process; figures are medians.
// Usage: node crates/wasm/bench/run.mjs [runs]   (default 5); SLANT_BENCH_ENTRY=frame times the
// slant-wasm/frame entry (the framing module) instead of the lean one.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const runs = Number(process.argv[2] || 5);
// Extra Chromium arguments for experiments, e.g. SLANT_BENCH_ARGS='--js-flags=--no-wasm-tier-up'.
const extraArgs = (process.env.SLANT_BENCH_ARGS || '').split(' ').filter(Boolean);
const frame = process.env.SLANT_BENCH_ENTRY === 'frame';
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[s.length >> 1]; };
const fmt = (x) => x.toFixed(2).padStart(8);

async function chromiumRuns() {
  const { launchChromium, serveDir } = createRequire(import.meta.url)(join(root, 'tools', 'browser.cjs'));
  const { proc, port } = await serveDir(root);
  const url = `http://127.0.0.1:${port}/crates/wasm/bench/index.html`;
  const cold = [];
  try {
    for (let i = 0; i < runs; i++) {
      const ctx = await launchChromium({}, extraArgs);
      try {
        const page = ctx.pages()[0] || await ctx.newPage();
        // Main-thread CPU time (thread ticks) around the first call: unlike wall time, it does
        // not count time spent waiting for a core on a busy machine.
        const cdp = await ctx.newCDPSession(page);
        await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
        const threadTime = async () => (await cdp.send('Performance.getMetrics')).metrics
          .find((m) => m.name === 'ThreadTime').value * 1000;
        await page.goto(url + (frame ? '?step&frame' : '?step'));
        await page.waitForFunction(() => window.slantReady, null, { timeout: 60000 });
        const noop0 = await threadTime();
        await page.evaluate(() => 0);
        const noop = (await threadTime()) - noop0;
        const cpu0 = await threadTime();
        await page.evaluate(() => window.slantFirst());
        const firstCpu = (await threadTime()) - cpu0 - noop;
        await page.evaluate(() => window.slantRest());
        const r = await page.waitForFunction(() => window.slantBench, null, { timeout: 60000 });
        const v = await r.jsonValue();
        v.firstAnalyzeCpuMs = firstCpu;
        if (!v.ok) throw new Error(v.error);
        cold.push(v);
      } finally {
        await ctx.close();
      }
    }
  } finally {
    proc.kill();
  }
  return cold;
}

function nodeRuns() {
  const script = `
    const t0 = performance.now();
    const s = require(${JSON.stringify(join(root, frame ? 'crates/wasm/pkg/dist/frame/node.cjs' : 'crates/wasm/pkg/dist/node.cjs'))});
    const text = require('fs').readFileSync(${JSON.stringify(join(root, 'tests/fixtures/seed-presstv-2009-06-15-mko.txt'))}, 'utf8');
    const t1 = performance.now();
    s.analyze(text);
    const t2 = performance.now();
    const times = [];
    for (let i = 0; i < 200; i++) { const a = performance.now(); s.analyze(text); times.push(performance.now() - a); }
    times.sort((a, b) => a - b);
    console.log(JSON.stringify({ initMs: t1 - t0, firstAnalyzeMs: t2 - t1, seedMedianMs: times[100] }));`;
  const out = [];
  for (let i = 0; i < runs; i++) {
    out.push(JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })));
  }
  return out;
}

function report(name, rs) {
  console.log(`${name} (median of ${rs.length} cold runs, ms):`);
  for (const k of ['initMs', 'firstAnalyzeMs', 'firstAnalyzeCpuMs', 'seedMedianMs', 'seedP95Ms', 'newSlantMs', 'customAnalyzeMs']) {
    if (rs[0][k] === undefined) continue;
    const xs = rs.map((r) => r[k]);
    console.log(`  ${k.padEnd(16)} ${fmt(median(xs))}   (min ${xs.reduce((a, b) => Math.min(a, b)).toFixed(2)}, max ${xs.reduce((a, b) => Math.max(a, b)).toFixed(2)})`);
  }
}

console.log(`load average ${(await import('node:os')).loadavg().map((x) => x.toFixed(2)).join(' ')} on ${(await import('node:os')).cpus().length} cores`);
const chrome = await chromiumRuns();
report(`Chromium (seed article ${chrome[0].seedBytes} bytes, ${chrome[0].flags} flags)`, chrome);
if (!process.env.SLANT_BENCH_NO_NODE) report('Node ' + process.version, nodeRuns());
