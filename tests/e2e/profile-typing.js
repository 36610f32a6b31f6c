#!/usr/bin/env node
// Where the time goes while typing at the end of a 2 MB text (in its last part: the page edits
// a text of 256 KB or more in parts, see web/src/blocks.rs), from a Chromium trace (CDP
// Tracing) of eight keystrokes. A developer tool, not a test:
//
//   scripts/serve.sh --no-build --port 18200 &
//   node tests/e2e/profile-typing.js http://127.0.0.1:18200/ [--css 'RULES'] [--detail]
//   node tests/e2e/profile-typing.js bare            (a bare <textarea> holding the same text)
//
// Prints the main-thread tasks over 20 ms and the time in the browser's own phases within
// them: the keystroke's editing (TypingCommand::InsertText, with the selection sync and the
// forced layout inside it), layout, pre-paint and paint. `--css` adds a stylesheet first (to
// try a rule); `--detail` lists each task's phases.
'use strict';

const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const { launchChromium } = require(path.join(root, 'tools', 'browser.cjs'));

const args = process.argv.slice(2);
const target = args.find((a) => /^https?:/.test(a) || a === 'bare');
if (!target) {
  console.error("usage: node tests/e2e/profile-typing.js URL|bare [--css 'RULES'] [--detail]");
  process.exit(2);
}
const css = args.includes('--css') ? args[args.indexOf('--css') + 1] : '';
const detail = args.includes('--detail');
const seed = fs.readFileSync(path.join(root, 'tests', 'fixtures', 'seed-presstv-2009-06-15-mko.txt'), 'utf8');
const huge = Array(Math.ceil((2 * 1024 * 1024) / (seed.length + 2))).fill(seed).join('\n\n');

(async () => {
  const ctx = await launchChromium({ viewport: { width: 1440, height: 1000 } });
  try {
    const page = await ctx.newPage();
    const bare = target === 'bare';
    if (bare) {
      await page.setContent('<textarea id="article-input" spellcheck="false" style="width:600px;height:400px"></textarea>');
    } else {
      await page.goto(target);
    }
    await page.waitForSelector('#article-input');
    if (css) await page.addStyleTag({ content: css });
    await page.$eval('#article-input', (ta, t) => {
      ta.focus();
      ta.value = t;
      ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }, huge);
    if (!bare) {
      await page.waitForFunction(
        () => /\b3\d\d,\d{3} words/.test(document.querySelector('#analysis-stats')?.textContent || ''),
        null,
        { timeout: 60000 },
      );
    }
    // Typing goes at the end: into the last block where a long text is in blocks.
    await page.evaluate(() => {
      const ta = document.querySelector('.blocks textarea:last-child') || document.querySelector('#article-input');
      ta.focus();
      ta.setSelectionRange(ta.value.length, ta.value.length);
    });
    await page.waitForTimeout(1500);

    const cdp = await ctx.newCDPSession(page);
    const events = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,blink,disabled-by-default-devtools.timeline',
      transferMode: 'ReportEvents',
    });
    for (const w of ['One', 'more']) {
      await page.keyboard.type(' ' + w, { delay: 40 });
      await page.waitForTimeout(150);
    }
    await cdp.send('Tracing.end');
    await done;

    // The renderer's main thread; complete events, and begin/end pairs made into them.
    const mainIds = events
      .filter((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`);
    const raw = events.filter((e) => mainIds.includes(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts);
    const slices = raw.filter((e) => e.ph === 'X');
    const open = [];
    for (const e of raw) {
      if (e.ph === 'B') open.push(e);
      else if (e.ph === 'E' && open.length) {
        const b = open.pop();
        slices.push({ name: b.name, ts: b.ts, dur: e.ts - b.ts, args: b.args });
      }
    }
    const tasks = slices.filter((e) => e.name === 'RunTask' && e.dur > 20000);
    const ms = (us) => (us / 1000).toFixed(0);
    const total = (name) => ms(slices.filter((e) => e.name === name).reduce((a, e) => a + e.dur, 0));
    console.log(`${bare ? 'bare <textarea>' : target}${css ? ` with ${css}` : ''}`);
    console.log(
      `tasks over 20 ms: ${tasks.map((t) => ms(t.dur)).join(', ')} (${tasks.filter((t) => t.dur > 50000).length} over 50 ms)`,
    );
    console.log(
      `in all: keystroke editing ${total('TypingCommand::InsertText')} ms (selection sync ${total('FrameSelection::SetSelection')}, ` +
        `textarea value ${total('HTMLTextAreaElement::SubtreeHasChanged')}), layout ${total('LocalFrameView::performLayout')} ms ` +
        `(scroll anchoring ${total('ScrollAnchor::FindAnchor')}), pre-paint ${total('PrePaint')} ms, paint ${total('Paint')} ms, ` +
        `page scripts ${total('FunctionCall')} ms`,
    );
    if (detail) {
      for (const t of tasks) {
        const kids = slices
          .filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e.dur > 1000)
          .sort((a, b) => a.ts - b.ts);
        const what = (e) => `${e.name}${e.args && e.args.data && e.args.data.type ? `(${e.args.data.type})` : ''} ${ms(e.dur)}`;
        console.log(`  task ${ms(t.dur)} ms: ${kids.map(what).join(' | ')}`);
      }
    }
  } finally {
    await ctx.close();
  }
})();
