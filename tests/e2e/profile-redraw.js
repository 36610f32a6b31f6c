#!/usr/bin/env node
// What runs on the page after a pause in typing at the end of a 2 MB text (session 46): every
// timer callback over 4 ms with the microtasks right after it (yew renders in a microtask, so
// "timer+micro" is a redraw), each save of the text to localStorage (key, length, time), the
// worker's post and answer, and the Long Animation Frames' scripts. A developer tool, not a test:
//
//   scripts/serve.sh --no-build --port 18200 &
//   node tests/e2e/profile-redraw.js http://127.0.0.1:18200/ [RUNS]
//   RELOAD=1 node tests/e2e/profile-redraw.js URL     (also reloads and checks the saved text)
//
// Each run starts a fresh browser (a reload would restore the text saved by the run before).
'use strict';

const fs = require('fs');
const path = require('path');
const root = path.resolve(__dirname, '..', '..');
const { launchChromium } = require(path.join(root, 'tools', 'browser.cjs'));
const seed = fs.readFileSync(path.join(root, 'tests', 'fixtures', 'seed-presstv-2009-06-15-mko.txt'), 'utf8');
const huge = Array(Math.ceil((2 * 1024 * 1024) / (seed.length + 2))).fill(seed).join('\n\n');
const url = process.argv[2];
const runs = Number(process.argv[3] || 1);
(async () => {
  for (let r = 0; r < runs; r++) {
  const ctx = await launchChromium({ viewport: { width: 1440, height: 1000 } });
  try {
    const page = await ctx.newPage();
    await page.addInitScript(() => {
      window.__ev = [];
      const S = Storage.prototype.setItem;
      Storage.prototype.setItem = function (k, v) {
        const t = performance.now(); const x = S.call(this, k, v);
        if (String(k).startsWith('slant.v1.text')) window.__ev.push(['setItem ' + k.replace('slant.v1.', '') + ' ' + String(v).length, t, performance.now() - t]);
        return x;
      };
      window.__tasks = [];
      const ST = window.setTimeout;
      window.setTimeout = function (f, d, ...a) {
        if (typeof f !== 'function') return ST(f, d, ...a);
        return ST(function () { const t = performance.now(); try { return f.apply(this, arguments); } finally { window.__tasks.push(['timer', t, performance.now() - t]); } }, d, ...a);
      };
      const QM = window.queueMicrotask;
      window.queueMicrotask = function (f) {
        return QM(() => { const t = performance.now(); try { f(); } finally { window.__tasks.push(['micro', t, performance.now() - t]); } });
      };
      const W = window.Worker;
      window.Worker = function (u, o) {
        const w = new W(u, o);
        const P = w.postMessage.bind(w);
        w.postMessage = (m, tr) => { const t = performance.now(); P(m, tr); window.__ev.push(['post', t, performance.now() - t]); };
        w.addEventListener('message', () => window.__ev.push(['answer', performance.now(), 0]));
        return w;
      };
    });
    await page.goto(url);
    await page.waitForSelector('#article-input');
    if (await page.isChecked('#toggle-reading')) {
      await page.click('#toggle-reading');
    }
    await page.$eval('#article-input', (ta, t) => {
      ta.focus(); ta.value = t;
      ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, huge);
    await page.waitForFunction(() => /\b3\d\d,\d{3} words/.test(document.querySelector('#analysis-stats')?.textContent || ''), null, { timeout: 60000 });
    await page.evaluate(() => {
      const ta = document.querySelector('.blocks textarea:last-child');
      ta.focus(); ta.setSelectionRange(ta.value.length, ta.value.length);
      window.__ev = []; window.__loaf = []; window.__lastKey = 0;
      new PerformanceObserver((l) => l.getEntries().forEach((f) => window.__loaf.push({
        start: f.startTime, dur: f.duration, block: f.blockingDuration, render: f.renderStart, style: f.styleAndLayoutStart,
        scripts: f.scripts.map((s) => ({ start: s.startTime, dur: s.duration, inv: s.invoker, type: s.invokerType, fn: s.sourceFunctionName, src: (s.sourceURL||'').split('/').pop(), forced: s.forcedStyleAndLayoutDuration, exec: s.executionStart })),
      }))).observe({ type: 'long-animation-frame' });
      document.addEventListener('keydown', (e) => { window.__lastKey = e.timeStamp; });
    });
    const stats = await page.textContent('#analysis-stats');
    for (const word of ['One', 'more', 'line.']) {
      await page.keyboard.type(' ' + word, { delay: 40 });
      await page.waitForTimeout(400);
    }
    await page.waitForFunction((t) => document.querySelector('#analysis-stats').textContent !== t, stats, { timeout: 20000 });
    await page.waitForTimeout(1000);
    const [loaf, ev, lastKey, tasks] = await page.evaluate(() => [window.__loaf, window.__ev, window.__lastKey, window.__tasks]);
    const f = (x) => x.toFixed(0);
    console.log(`run ${r}: events after last key: ` + ev.filter(e => e[1] > lastKey).map(e => `${e[0]}@+${f(e[1]-lastKey)} ${f(e[2])}ms`).join(', '));
    // timer callbacks with the microtasks right after them
    const merged = [];
    for (const [k, t, d] of tasks.filter((e) => e[1] > lastKey + 250)) {
      const last = merged[merged.length - 1];
      if (k === 'micro' && last && t - (last.t + last.d) < 1) { last.d = t + d - last.t; last.k += '+micro'; } else merged.push({ k, t, d });
    }
    console.log('  tasks over 4 ms: ' + merged.filter((m) => m.d > 4).map((m) => `${m.k}@+${f(m.t - lastKey)} ${f(m.d)}ms`).join(', '));
    for (const l of loaf.filter(l => l.start + l.dur > lastKey)) {
      console.log(`  frame @+${f(l.start - lastKey)} ${f(l.dur)} ms (blocking ${f(l.block)}, render @+${f(l.render - lastKey)}, style @+${f(l.style - lastKey)})`);
      for (const s of l.scripts) console.log(`    script @+${f(s.start - lastKey)} ${f(s.dur)} ms ${s.type} ${s.inv} fn=${s.fn} ${s.src} forced=${f(s.forced)}`);
    }
    if (process.env.RELOAD) {
      await page.reload();
      await page.waitForFunction(() => /\b3\d\d,\d{3} words/.test(document.querySelector('#analysis-stats')?.textContent || ''), null, { timeout: 60000 });
      const back = await page.$$eval('.blocks textarea', (b) => b.map((t) => t.value).join(''));
      const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('slant.v1.text')).length);
      console.log(`  reload: text restored ${back === huge + ' One more line.' ? 'exactly' : 'WRONG (' + back.length + ')'}, ${keys} text keys`);
    }
    await page.close();
  } finally { await ctx.close(); }
  }
})();
