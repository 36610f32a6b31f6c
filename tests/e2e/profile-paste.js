#!/usr/bin/env node
// Where the time between a paste and the first painted frame with highlights goes, from a
// Chromium trace (CDP Tracing) of one clipboard paste. A developer tool, not a test:
//
//   scripts/serve.sh --no-build --port 18200 &
//   node tests/e2e/profile-paste.js http://127.0.0.1:18200/ [seed|big] [--warm] [--trace FILE]
//
// `big` pastes the seed article 25 times (about 10,000 words). `--warm` pastes and clears once
// first, to see the steady state rather than the first paste after loading. `--trace` saves the
// raw trace for chrome://tracing or https://ui.perfetto.dev. Marks: paste (the paste event),
// dom (highlights in the DOM), raf (the next animation frame), painted (a task after that
// frame's paint: what the e2e test reports).
'use strict';

const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const { launchChromium } = require(path.join(root, 'tools', 'browser.cjs'));

const args = process.argv.slice(2);
const url = args.find((a) => /^https?:/.test(a));
if (!url) {
  console.error('usage: node tests/e2e/profile-paste.js URL [seed|big] [--warm] [--trace FILE]');
  process.exit(2);
}
const big = args.includes('big');
const warm = args.includes('--warm');
const traceOut = args.includes('--trace') ? args[args.indexOf('--trace') + 1] : null;
const seed = fs.readFileSync(path.join(root, 'tests', 'fixtures', 'seed-presstv-2009-06-15-mko.txt'), 'utf8');
const text = big ? Array(25).fill(seed).join('\n\n') : seed;

// Main-thread slices worth showing, and what they stand for.
const SHOW = {
  'EventDispatch': (e) => `event ${e.args.data && e.args.data.type}`,
  'FunctionCall': () => 'script',
  'RunMicrotasks': () => 'microtasks (yew renders here)',
  'TimerFire': () => 'timer',
  'FireAnimationFrame': () => 'requestAnimationFrame',
  'ParseHTML': () => 'HTML parser',
  'UpdateLayoutTree': (e) => `style (${e.args.elementCount || '?'} elements)`,
  'Layout': (e) => `layout (${(e.args.beginData || {}).dirtyObjects || '?'} of ${(e.args.beginData || {}).totalObjects || '?'} objects)`,
  'PrePaint': () => 'pre-paint',
  'Paint': () => 'paint',
  'Commit': () => 'commit to compositor',
  'MajorGC': () => 'garbage collection (major)',
  'MinorGC': () => 'garbage collection (minor)',
};

(async () => {
  const ctx = await launchChromium({
    viewport: { width: 1440, height: 1000 },
    colorScheme: 'light',
  });
  try {
    const page = ctx.pages()[0] || (await ctx.newPage());
    await page.goto(url);
    await page.waitForSelector('#article-input');
    await page.waitForTimeout(500);
    if (warm) {
      const put = (t, type) =>
        page.evaluate(([t, type]) => {
          const ta = document.querySelector('#article-input');
          ta.value = t;
          ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: type }));
        }, [t, type]);
      await put(text, 'insertFromPaste');
      await page.waitForTimeout(400);
      await put('', 'deleteContentBackward');
      await page.waitForTimeout(600);
    }
    await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
    const cdp = await ctx.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    const complete = new Promise((r) => cdp.on('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,blink.user_timing,v8.execute,disabled-by-default-devtools.timeline,toplevel,v8',
      transferMode: 'ReportEvents',
    });
    await page.evaluate(() => {
      window.__t = {};
      const ta = document.querySelector('#article-input');
      ta.addEventListener('paste', () => { window.__t.paste = performance.now(); performance.mark('paste'); }, { capture: true, once: true });
      const obs = new MutationObserver(() => {
        if (window.__t.paste && document.querySelector('.backdrop mark')) {
          obs.disconnect();
          performance.mark('dom');
          requestAnimationFrame(() => {
            performance.mark('raf');
            setTimeout(() => { performance.mark('painted'); window.__t.painted = performance.now(); }, 0);
          });
        }
      });
      obs.observe(document.getElementById('app'), { childList: true, subtree: true });
    });
    await page.focus('#article-input');
    await page.keyboard.press('Control+V');
    await page.waitForFunction(() => window.__t.painted, null, { timeout: 10000 });
    const ms = await page.evaluate(() => window.__t.painted - window.__t.paste);
    await page.waitForTimeout(200);
    await cdp.send('Tracing.end');
    await complete;
    if (traceOut) fs.writeFileSync(traceOut, JSON.stringify({ traceEvents: events }));

    const marks = events.filter((e) => (e.cat || '').includes('blink.user_timing') && ['paste', 'dom', 'raf', 'painted'].includes(e.name));
    const paste = marks.find((e) => e.name === 'paste');
    const end = marks.find((e) => e.name === 'painted');
    if (!paste || !end) throw new Error('the trace lacks the paste or painted mark');
    const at = (e) => ((e.ts - paste.ts) / 1000).toFixed(1).padStart(7);
    console.log(`paste-to-painted ${ms.toFixed(1)} ms (${big ? '10,000 words' : 'seed article'}${warm ? ', warm' : ', first paste'}; tracing adds overhead)`);
    const main = events.filter((e) => e.pid === paste.pid && e.tid === paste.tid);
    const rows = main
      .filter((e) => e.ph === 'X' && SHOW[e.name] && e.ts >= paste.ts - 2000 && e.ts <= end.ts && e.dur >= 300)
      .map((e) => ({ ts: e.ts, line: `${at(e)} ms  ${(e.dur / 1000).toFixed(1).padStart(6)} ms  ${SHOW[e.name](e)}` }));
    for (const m of marks) rows.push({ ts: m.ts, line: `${at(m)} ms  -- ${m.name}` });
    rows.sort((a, b) => a.ts - b.ts);
    for (const r of rows) console.log(r.line);
    const sum = (names) =>
      main
        .filter((e) => e.ph === 'X' && names.includes(e.name) && e.ts >= paste.ts && e.ts <= end.ts)
        .reduce((s, e) => s + e.dur / 1000, 0)
        .toFixed(1);
    console.log(`totals: script ${sum(['FunctionCall'])} ms (microtasks ${sum(['RunMicrotasks'])}), style ${sum(['UpdateLayoutTree'])} ms, ` +
      `layout ${sum(['Layout'])} ms, paint ${sum(['PrePaint', 'Paint'])} ms, commit ${sum(['Commit'])} ms`);
  } finally {
    await ctx.close();
  }
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
