#!/usr/bin/env node
// End-to-end test of Slant's web page in headless Chromium (Debian's /usr/bin/chromium driven by
// playwright-core from tools/node_modules). Run by scripts/test-web.sh, which builds and serves
// the page:   node tests/e2e/slant-web.test.js http://127.0.0.1:PORT/
//
// It pastes the seed article, checks the highlights and their categories, hovers one and reads
// its explanation, uses the keyboard, toggles a category off, loads a custom wordlist (a bad one
// first), pastes markup that must stay text, exports JSON and HTML, tries a phone-width dark
// window, times paste-to-highlight, runs the framing panels' steps (framing.js), and saves
// screenshots under target/e2e/.
'use strict';

const assert = require('assert');
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');
const { launchChromium } = require(path.join(root, 'tools', 'browser.cjs'));
const { framingSteps } = require('./framing.js');

const url = process.argv[2] || process.env.SLANT_WEB_URL;
if (!url) {
  console.error('usage: node tests/e2e/slant-web.test.js http://127.0.0.1:PORT/');
  process.exit(2);
}
const outDir = process.env.SLANT_E2E_OUT || path.join(root, 'target', 'e2e');
fs.mkdirSync(outDir, { recursive: true });
const axeSource = fs.readFileSync(path.join(root, 'tools', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const axeRuns = [];

// axe-core's checks on the page as it is now; any violation fails the step. (Evaluated through
// the driver, which the page's Content-Security-Policy does not block.)
async function axe(page, state) {
  if (!(await page.evaluate(() => Boolean(window.axe)))) await page.evaluate(axeSource);
  const r = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const found = r.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}; ${v.nodes.length} node(s), first ${v.nodes[0].target.join(' ')}: ${v.nodes[0].failureSummary}`,
  );
  axeRuns.push(`${state}: ${found.length}`);
  assert.deepStrictEqual(found, [], `axe-core violations, ${state}`);
}

const seed = fs.readFileSync(path.join(root, 'tests', 'fixtures', 'seed-presstv-2009-06-15-mko.txt'), 'utf8');

let passed = 0;
async function step(name, fn) {
  const t0 = Date.now();
  try {
    await fn();
    passed += 1;
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  } catch (e) {
    console.error(`FAIL ${name}\n${e && e.stack ? e.stack : e}`);
    throw e;
  }
}

// Highlights as {cat, rule, text}; screen-reader-only labels are left out of the text.
async function highlights(page, selector = '#article [data-f]') {
  return page.$$eval(selector, (els) =>
    els.map((el) => {
      const c = el.cloneNode(true);
      c.querySelectorAll('.sr').forEach((s) => s.remove());
      return {
        cat: el.dataset.cat,
        rule: el.dataset.rule || '',
        tag: el.tagName.toLowerCase(),
        text: c.textContent,
      };
    }),
  );
}

// Replaces the article text the way a paste does and resolves with the ms until `done()` holds
// and the next frame is painted.
async function pasteAndTime(page, text, doneSrc) {
  return page.evaluate(
    ([t, src]) =>
      new Promise((resolve, reject) => {
        const done = new Function(`return (${src})`)();
        const ta = document.querySelector('#article-input');
        const timer = setTimeout(() => reject(new Error('no highlights within 20 s')), 20000);
        const t0 = performance.now();
        // Timed to the first frame painted with the highlights in it.
        const check = () => {
          if (done()) {
            obs.disconnect();
            clearTimeout(timer);
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
          }
        };
        const obs = new MutationObserver(check);
        obs.observe(document.getElementById('app'), { childList: true, subtree: true, characterData: true });
        ta.focus();
        ta.value = t;
        ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      }),
    [text, doneSrc],
  );
}

(async () => {
  const ctx = await launchChromium({
    viewport: { width: 1440, height: 1000 },
    colorScheme: 'light',
    acceptDownloads: true,
  });
  const problems = [];
  const dialogs = [];
  const requests = [];
  const figures = {};
  const watch = (page) => {
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
    page.on('request', (r) => requests.push(r.url()));
  };
  let failed = false;
  try {
    const page = ctx.pages()[0] || (await ctx.newPage());
    watch(page);
    await page.goto(url);
    await page.waitForSelector('#article-input');

    await step('page shows its title, privacy line and score note', async () => {
      const header = await page.textContent('header');
      assert.match(header, /Slant/);
      assert.match(header, /see how an article frames its subject/);
      assert.match(header, /no text leaves this machine/);
      assert.match(await page.textContent('#how-title'), /How scores work/);
      await page.screenshot({ path: path.join(outDir, 'slant-web-empty.png') });
      assert.ok(!(await page.$('#article')), 'the reading view is off at first');
    });

    await step('pasting the seed article highlights it', async () => {
      // A real paste through the clipboard when the browser allows it; timed from the paste event.
      let how = 'clipboard paste (Ctrl+V)';
      let ms = null;
      try {
        await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
        await page.evaluate((t) => navigator.clipboard.writeText(t), seed);
        await page.evaluate(() => {
          window.__t = {};
          const ta = document.querySelector('#article-input');
          ta.addEventListener('paste', () => (window.__t.paste = performance.now()), { capture: true, once: true });
          const obs = new MutationObserver(() => {
            if (window.__t.paste && document.querySelector('.backdrop mark')) {
              obs.disconnect();
              requestAnimationFrame(() => setTimeout(() => (window.__t.marks = performance.now()), 0));
            }
          });
          obs.observe(document.getElementById('app'), { childList: true, subtree: true });
        });
        await page.focus('#article-input');
        await page.keyboard.press('Control+V');
        await page.waitForFunction(() => window.__t.marks, null, { timeout: 5000 });
        ms = await page.evaluate(() => window.__t.marks - window.__t.paste);
        assert.strictEqual(await page.inputValue('#article-input'), seed);
      } catch (e) {
        how = `input event with inputType insertFromPaste (clipboard unavailable: ${String(e.message).split('\n')[0]})`;
        await page.fill('#article-input', '');
        ms = await pasteAndTime(page, seed, "() => document.querySelector('.backdrop mark')");
      }
      const words = await page.textContent('#analysis-stats');
      figures.seed = `${ms.toFixed(1)} ms (${how}; ${words.split('·')[0].trim()})`;
      console.log(`     paste-to-highlight, seed article: ${figures.seed}`);
    });

    await step('expected highlights appear with the right categories', async () => {
      // The reading view (the article with focusable highlights) is optional: the steps below use it.
      await page.click('#toggle-reading');
      await page.waitForSelector('#article mark', { state: 'attached' });
      const hs = await highlights(page);
      const has = (cat, text) =>
        assert.ok(
          hs.some((h) => h.cat === cat && h.text.toLowerCase() === text.toLowerCase()),
          `no ${cat} highlight for "${text}"; got ${JSON.stringify(hs.filter((h) => h.cat === cat).map((h) => h.text))}`,
        );
      for (const w of ['notorious', 'dictator', 'massacre', 'masterminded', 'proxy-army', 'terrorist organization'])
        has('loaded_language', w);
      for (const w of ['A senior Iraqi official', 'on condition of anonymity', 'Former CIA agents']) has('anonymous_source', w);
      const ua = hs.filter((h) => h.cat === 'unattributed_assertion');
      assert.ok(ua.some((h) => h.text.startsWith('The organization is notorious')), 'no unattributed assertion on "The organization is notorious…"');
      assert.ok(ua.some((h) => h.text.startsWith('The group masterminded')), 'no unattributed assertion on "The group masterminded…"');
      // Sentence-level flags wrap word-level marks.
      const nested = await page.$$eval('#article span.ua mark[data-cat="loaded_language"]', (els) => els.length);
      assert.ok(nested >= 2, `word marks nested in sentence spans: ${nested}`);
      // Screen readers hear each highlight's category.
      const sr = await page.$eval('#article mark[data-rule="pejorative/notorious"] .sr', (e) => e.textContent);
      assert.match(sr, /loaded language/);
      // The text is shown whole and in order.
      const shown = await page.$eval('#article', (el) => {
        const c = el.cloneNode(true);
        c.querySelectorAll('.sr').forEach((s) => s.remove());
        return c.textContent;
      });
      assert.strictEqual(shown, seed);
      const score = Number(await page.textContent('#score-value'));
      assert.ok(score > 0 && score <= 100, `score ${score}`);
      const sentences = await page.$$eval('.issues .issue', (els) => els.map((e) => e.dataset.cat));
      assert.ok(sentences.includes('unattributed_assertion') && sentences.includes('anonymous_source'));
    });

    await step('highlights sit in the text box being edited; typing, caret and undo stay native', async () => {
      const geo = () =>
        page.evaluate(() => {
          const ta = document.querySelector('#article-input');
          const b = document.querySelector('.backdrop');
          return {
            same: b.textContent === ta.value,
            dh: Math.abs(b.scrollHeight - ta.scrollHeight),
            dw: Math.abs(b.clientWidth - ta.clientWidth),
            stale: b.classList.contains('stale'),
            marks: b.querySelectorAll('mark').length,
          };
        });
      let g = await geo();
      assert.ok(g.same && !g.stale, 'the backdrop holds the text');
      assert.ok(g.dh <= 1 && g.dw <= 1, `backdrop and text box differ: ${JSON.stringify(g)}`);
      assert.ok(await page.$('.backdrop mark[data-rule="pejorative/notorious"]'), 'no highlight in the text box');
      // Scrolling the box scrolls its highlights.
      await page.$eval('#article-input', (ta) => (ta.scrollTop = 200));
      await page.waitForFunction(() => document.querySelector('.backdrop').scrollTop === document.querySelector('#article-input').scrollTop);
      // Scrolled so that the first "notorious" is in view.
      const top = await page.evaluate(() => {
        const b = document.querySelector('.backdrop');
        const m = b.querySelector('mark[data-rule="pejorative/notorious"]');
        const t = Math.max(0, Math.round(m.getBoundingClientRect().top - b.getBoundingClientRect().top + b.scrollTop - 100));
        document.querySelector('#article-input').scrollTop = t;
        return document.querySelector('#article-input').scrollTop;
      });
      await page.waitForFunction((t) => document.querySelector('.backdrop').scrollTop === t, top);
      // Each highlight lies under its own words: the caret placed at a mark's start is at the
      // same place in the text box (checked with a mirror of the box's text up to that offset).
      const off = await page.evaluate(() => {
        const m = document.querySelector('.backdrop mark[data-rule="pejorative/notorious"]');
        const r = document.createRange();
        r.setStart(document.querySelector('.backdrop'), 0);
        r.setEndBefore(m);
        return r.toString().length;
      });
      assert.strictEqual(seed.slice(off, off + 9).toLowerCase(), 'notorious');
      // A click on the highlight (the text box is on top) puts the caret there and explains it.
      const box = await page.$eval('.backdrop mark[data-rule="pejorative/notorious"]', (m) => {
        const r = m.getClientRects()[0];
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      });
      await page.mouse.click(box.x, box.y);
      const caret = await page.$eval('#article-input', (ta) => ta.selectionStart);
      assert.ok(caret >= off && caret <= off + 9, `caret ${caret}, word at ${off}`);
      await page.waitForSelector('#slant-pop:not([hidden])');
      assert.match(await page.textContent('#slant-pop'), /Loaded language[\s\S]*pejorative/);
      // Tab from the text reaches the explanation's actions.
      await page.keyboard.press('Tab');
      assert.ok(await page.evaluate(() => Boolean(document.activeElement.closest('#slant-pop'))), 'Tab should reach the explanation');
      await page.focus('#article-input');
      await page.keyboard.press('Escape');
      await page.waitForSelector('#slant-pop', { state: 'hidden' });
      // Typing: the highlights hide while they no longer fit, and come back for the new text.
      await page.$eval('#article-input', (ta) => ta.setSelectionRange(ta.value.length, ta.value.length));
      await page.keyboard.type(' A dictator spoke.', { delay: 10 });
      await page.waitForFunction(() => !document.querySelector('.backdrop').classList.contains('stale'));
      g = await geo();
      assert.ok(g.same && g.dh <= 1, JSON.stringify(g));
      assert.ok(g.marks > 0);
      const ends = await page.$$eval('.backdrop mark[data-rule]', (ms) => ms.map((m) => m.textContent));
      assert.strictEqual(ends[ends.length - 1].toLowerCase(), 'dictator');
      // Undo is the text box's own.
      await page.keyboard.press('Control+Z');
      await page.waitForFunction((n) => document.querySelector('#article-input').value.length === n, seed.length);
      await page.waitForFunction(() => !document.querySelector('.backdrop').classList.contains('stale'));
      // IME input (a composition, as a Japanese or Chinese keyboard makes) goes through the
      // text box as typing does, and the highlights follow.
      const cdp = await ctx.newCDPSession(page);
      await page.$eval('#article-input', (ta) => ta.setSelectionRange(ta.value.length, ta.value.length));
      await cdp.send('Input.imeSetComposition', { text: 'にほ', selectionStart: 2, selectionEnd: 2 });
      await cdp.send('Input.imeSetComposition', { text: 'にほん', selectionStart: 3, selectionEnd: 3 });
      await cdp.send('Input.insertText', { text: '日本' });
      await page.waitForFunction(() => document.querySelector('#article-input').value.endsWith('日本'));
      await page.waitForFunction(() => !document.querySelector('.backdrop').classList.contains('stale'));
      g = await geo();
      assert.ok(g.same && g.dh <= 1, `after IME input: ${JSON.stringify(g)}`);
      await cdp.detach();
      await page.keyboard.press('Control+Z');
      await page.waitForFunction((n) => document.querySelector('#article-input').value.length === n, seed.length);
      await page.waitForFunction(() => !document.querySelector('.backdrop').classList.contains('stale'));
      await page.screenshot({ path: path.join(outDir, 'slant-web-editor.png') });
    });

    await step('hovering a highlight shows its explanation', async () => {
      await page.hover('#article mark[data-rule="pejorative/notorious"]');
      await page.waitForSelector('#slant-pop:not([hidden])');
      const pop = await page.textContent('#slant-pop');
      assert.match(pop, /Loaded language/);
      assert.match(pop, /pejorative/);
      assert.match(pop, /[Nn]otorious.*(reputation|evidence)/);
      assert.match(pop, /Neutral alternatives/);
      assert.match(pop, /pejorative\/notorious/);
      assert.match(pop, /wordlists\/loaded\/pejorative\.toml, line \d+/);
      const desc = await page.getAttribute('#article mark[data-rule="pejorative/notorious"]', 'aria-describedby');
      assert.strictEqual(desc, 'slant-pop');
      await page.screenshot({ path: path.join(outDir, 'slant-web.png'), fullPage: true });
      figures.screenshot = path.join(outDir, 'slant-web.png');
      await page.mouse.move(5, 5);
      await page.waitForSelector('#slant-pop', { state: 'hidden' });
    });

    await step('keyboard: Tab reaches a highlight and opens its explanation; Escape closes it', async () => {
      await page.focus('.issues .issue:last-of-type >> nth=-1');
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement && document.activeElement.dataset.cat);
      assert.ok(focused, 'Tab did not reach a highlight');
      await page.waitForSelector('#slant-pop:not([hidden])');
      assert.match(await page.textContent('#slant-pop .pop-cat'), /Loaded language|Anonymous source|Unattributed assertion/);
      await page.keyboard.press('Escape');
      await page.waitForSelector('#slant-pop', { state: 'hidden' });
    });

    await step('the issues sidebar lists every flag in reading order and finds it in the text box', async () => {
      const items = await page.$$eval('.issues .issue', (els) => els.map((e) => [Number(e.dataset.i), e.dataset.cat]));
      const marks = await page.$$eval('#article [data-f]', (els) => els.length);
      assert.ok(items.length >= 10 && marks > 0, `${items.length} items`);
      for (let k = 1; k < items.length; k++) assert.ok(items[k][0] > items[k - 1][0], 'not in report order');
      const target = await page.$eval('.issues .issue[data-cat="anonymous_source"]', (e) => e.querySelector('.ex').textContent);
      await page.click('.issues .issue[data-cat="anonymous_source"]');
      await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'article-input');
      const sel = await page.$eval('#article-input', (ta) => ta.value.slice(ta.selectionStart, ta.selectionEnd));
      assert.strictEqual(sel, target);
      await page.waitForSelector('#slant-pop:not([hidden])');
      assert.match(await page.textContent('#slant-pop'), /Anonymous source/);
      await page.keyboard.press('Escape');
      // Filtered by category, and saying so.
      await page.click('.issues label[data-cat="loaded_language"] input');
      const visible = await page.$$eval('.issues .issue[data-cat="loaded_language"]', (els) => els.filter((e) => e.getClientRects().length > 0).length);
      assert.strictEqual(visible, 0, 'unticked items should be hidden');
      assert.match(await page.textContent('.issues .filtered-note'), /Listing \d+ of \d+/);
      await page.click('.issues label[data-cat="loaded_language"] input');
      assert.ok(!(await page.$('.issues .filtered-note')));
    });

    await step('act on a flag: apply a suggestion, dismiss one, ignore a term (its allow-list accepted by the CLI)', async () => {
      const count = () => page.$$eval('.issues .issue', (e) => e.length);
      // Apply: the suggestion replaces the flagged words; Undo (button or Ctrl+Z) brings them back.
      const before = await page.inputValue('#article-input');
      // The first loaded word with replacement words among its suggestions.
      const candidates = await page.$$('.issues .issue[data-cat="loaded_language"]:has(.alt)');
      let pick = null;
      for (const c of candidates) {
        await c.click();
        await page.waitForSelector('#slant-pop:not([hidden])');
        if (await page.$('#slant-pop button.apply:not(.omit)')) {
          pick = `.issues .issue[data-i="${await c.getAttribute('data-i')}"]`;
          break;
        }
      }
      assert.ok(pick, 'no loaded word with a replacement');
      const [word, sugg] = await page.evaluate(() => {
        const ta = document.querySelector('#article-input');
        return [ta.value.slice(ta.selectionStart, ta.selectionEnd), document.querySelector('#slant-pop button.apply:not(.omit)').textContent];
      });
      await page.click('#slant-pop button.apply:not(.omit)');
      await page.waitForFunction((n) => document.querySelector('#article-input').value.length === n, before.length - word.length + sugg.length);
      const after = await page.inputValue('#article-input');
      const at = before.indexOf(word);
      assert.ok(after.includes(sugg) && after.length === before.length - word.length + sugg.length);
      assert.match(await page.textContent('.notices'), /Replaced/);
      await page.click('#undo');
      await page.waitForFunction((t) => document.querySelector('#article-input').value === t, before);
      await page.click(pick);
      await page.click('#slant-pop button.apply:not(.omit)');
      await page.waitForFunction((t) => document.querySelector('#article-input').value !== t, before);
      await page.focus('#article-input');
      await page.keyboard.press('Control+Z');
      await page.waitForFunction((t) => document.querySelector('#article-input').value === t, before);
      assert.ok(at >= 0);
      await page.waitForFunction(() => !document.querySelector('.backdrop').classList.contains('stale'));

      // "(omit)" removes the words and one space; sourcing advice is shown, not applied.
      const short = 'The board clearly timed the vote.';
      await pasteAndTime(page, short, "() => document.querySelector('.backdrop mark')");
      await page.click('.issues .issue:has(.alt:text("(omit)"))');
      await page.click('#slant-pop button.omit');
      await page.waitForFunction(() => document.querySelector('#article-input').value === 'The board timed the vote.');
      assert.match(await page.textContent('.notices'), /Removed “clearly”/);
      await page.click('#undo');
      await page.waitForFunction((t) => document.querySelector('#article-input').value === t, short);
      await pasteAndTime(page, seed, "() => document.querySelectorAll('.backdrop mark').length > 10");
      await page.click('.issues .issue[data-cat="anonymous_source"]');
      await page.waitForSelector('#slant-pop:not([hidden]) .sugg.advice');
      assert.ok(!(await page.$('#slant-pop button.apply')), 'sourcing advice must not be applied as words');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.querySelector('.backdrop').classList.contains('stale'));

      // Dismiss one flag, then Undo.
      const n0 = await count();
      await page.click('.issues .issue[data-cat="anonymous_source"]');
      await page.click('#slant-pop:not([hidden]) button.dismiss');
      await page.waitForFunction((n) => document.querySelectorAll('.issues .issue').length === n - 1, n0);
      assert.match(await page.textContent('.ignored'), /1 flag dismissed/);
      await page.click('#undo');
      await page.waitForFunction((n) => document.querySelectorAll('.issues .issue').length === n, n0);

      // Ignore a term: gone everywhere, listed, kept after a reload, exported as a wordlist.
      await page.hover('#article mark[data-rule="pejorative/notorious"]');
      await page.waitForSelector('#slant-pop:not([hidden]) button.ignore');
      await page.click('#slant-pop button.ignore');
      await page.waitForFunction(() => !document.querySelector('[data-rule="pejorative/notorious"]'));
      assert.match(await page.textContent('.ignored'), /pejorative\/notorious/);
      await page.reload();
      await page.waitForSelector('#article mark');
      assert.ok(!(await page.$('[data-rule="pejorative/notorious"]')), 'ignored terms stay ignored after a reload');
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click('#export-ignored')]);
      const toml = path.join(outDir, 'slant-ignored.toml');
      fs.copyFileSync(await dl.path(), toml);
      const sample = path.join(outDir, 'cli-sample.txt');
      fs.writeFileSync(sample, 'A senior official, who spoke on condition of anonymity, said the notorious group masterminded the attack.\n');
      const bin = process.env.SLANT_BIN || path.join(root, 'target', 'debug', 'slant');
      const rules = (args) =>
        JSON.parse(execFileSync(bin, ['check', '--format', 'json', ...args, sample]).toString()).flags.map((f) => f.rule);
      const base = rules([]);
      assert.ok(base.includes('pejorative/notorious'), `${base}`);
      const allowed = rules(['--wordlist', toml]);
      assert.ok(!allowed.includes('pejorative/notorious'), `the CLI still flags it: ${allowed}`);
      // Nothing else is silenced.
      assert.deepStrictEqual(allowed, base.filter((r) => r !== 'pejorative/notorious'));
      assert.ok(allowed.length > 0, 'the sample should keep other flags');
      fs.rmSync(sample);
      // Stop ignoring: it comes back.
      await page.click('.ignored button[aria-label="Stop ignoring pejorative/notorious"]');
      await page.waitForSelector('#article mark[data-rule="pejorative/notorious"]');
    });

    await step('quoted speech: flags inside quotes are styled apart and can be hidden', async () => {
      const text = 'The minister spoke on Monday. "The notorious regime must go," she said.\nThe notorious regime denied it.';
      await pasteAndTime(page, text, "() => document.querySelectorAll('#article mark').length >= 2");
      const inq = await page.$$eval('#article mark.inq', (els) => els.map((e) => e.dataset.rule));
      assert.ok(inq.includes('pejorative/notorious'), `flags inside quotes: ${inq}`);
      assert.ok(await page.$('#article .q'), 'quoted speech is not marked');
      await page.click('#toggle-quoted');
      await page.waitForFunction(() => !document.querySelector('#article mark.inq'));
      assert.ok(await page.$('#article mark[data-rule="pejorative/notorious"]'), 'the outlet’s own "notorious" should stay');
      await page.click('#toggle-quoted');
      await page.waitForSelector('#article mark.inq');
      await page.click('#toggle-shade');
      assert.ok(!(await page.$('#article.shade')));
      await page.click('#toggle-shade');
      assert.ok(await page.$('#article.shade'));
    });

    await step('a dropped .md file and a chosen .txt file load as the article', async () => {
      await page.evaluate(() => {
        const dt = new DataTransfer();
        dt.items.add(new File(['# Dropped\n\nThe self-styled reformer spoke.'], 'dropped.md', { type: 'text/markdown' }));
        const ta = document.querySelector('#article-input');
        ta.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
        ta.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
      });
      await page.waitForFunction(() => /Dropped/.test(document.querySelector('#article').textContent));
      assert.strictEqual(await page.inputValue('#article-input'), '# Dropped\n\nThe self-styled reformer spoke.');
      await page.waitForSelector('#article mark[data-rule="doubt/self-styled"]');
      const file = path.join(outDir, 'chosen-article.txt');
      fs.writeFileSync(file, seed);
      await page.setInputFiles('.toolbar input[type=file]', file);
      await page.waitForFunction((n) => document.querySelector('#article-input').value.length === n, seed.length);
      await page.waitForSelector('#article mark[data-rule="pejorative/notorious"]');
      fs.rmSync(file);
    });

    await step('nothing lost: drops anywhere, undoable Clear, reload, share link', async () => {
      // A file dropped on any part of the page loads as the article (the browser must not open it).
      const panes = ['header', '#article-input', '#article', '.summary', '.issues', '.wordlists', 'footer'];
      for (const [i, sel] of panes.entries()) {
        const prevented = await page.evaluate(
          ([sel, i]) => {
            const dt = new DataTransfer();
            dt.items.add(new File([`Drop ${i}: the notorious regime spoke.`], `drop${i}.txt`, { type: 'text/plain' }));
            const el = document.querySelector(sel);
            el.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
            const ev = new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt });
            el.dispatchEvent(ev);
            return ev.defaultPrevented;
          },
          [sel, i],
        );
        assert.ok(prevented, `a drop on ${sel} was not caught`);
        await page.waitForFunction((i) => document.querySelector('#article-input').value.startsWith(`Drop ${i}:`), i);
      }
      await page.waitForSelector('#article mark[data-rule="pejorative/notorious"]');

      // Clear is undone by Ctrl+Z in the text box, and by the notice's Undo button.
      await pasteAndTime(page, seed, "() => document.querySelectorAll('#article mark').length > 10");
      await page.click('text=Clear');
      assert.strictEqual(await page.inputValue('#article-input'), '');
      await page.focus('#article-input');
      await page.keyboard.press('Control+Z');
      await page.waitForFunction((n) => document.querySelector('#article-input').value.length === n, seed.length);
      assert.strictEqual(await page.inputValue('#article-input'), seed);
      await page.waitForSelector('#article mark[data-rule="pejorative/notorious"]');
      await page.click('text=Clear');
      assert.strictEqual(await page.inputValue('#article-input'), '');
      await page.click('#undo');
      assert.strictEqual(await page.inputValue('#article-input'), seed);
      await page.waitForSelector('#article mark[data-rule="pejorative/notorious"]');

      // A reload restores the text, its highlights and the settings.
      await page.click('#toggle-quoted');
      const score = await page.textContent('#score-value');
      await page.reload();
      await page.waitForSelector('#article mark[data-rule="pejorative/notorious"]');
      assert.strictEqual(await page.inputValue('#article-input'), seed);
      assert.strictEqual(await page.textContent('#score-value'), score);
      assert.strictEqual(await page.isChecked('#toggle-quoted'), false);
      await page.click('#toggle-quoted');

      // The share link carries the text and settings in its fragment and reopens the same analysis.
      await page.click('.legend label[data-cat="anonymous_source"] input');
      await page.waitForFunction(() => !document.querySelector('#article [data-cat="anonymous_source"]'));
      const want = {
        score: await page.textContent('#score-value'),
        flags: (await highlights(page)).map((h) => h.rule + ':' + h.text),
      };
      await page.click('text=Share link');
      const link = await page.inputValue('#share-link');
      assert.ok(link.startsWith(url) && link.includes('#v=1&hide=as&text='), link);
      await page.click('.legend label[data-cat="anonymous_source"] input');
      const p4 = await ctx.newPage();
      watch(p4);
      await p4.goto(link);
      await p4.waitForSelector('#article mark');
      assert.strictEqual(await p4.inputValue('#article-input'), seed);
      assert.strictEqual(await p4.textContent('#score-value'), want.score);
      assert.deepStrictEqual((await highlights(p4)).map((h) => h.rule + ':' + h.text), want.flags);
      assert.strictEqual(await p4.isChecked('.legend label[data-cat="anonymous_source"] input'), false);
      assert.ok(!(await p4.evaluate(() => location.hash)), 'the fragment should leave the address bar');
      await p4.click('.legend label[data-cat="anonymous_source"] input');
      await p4.close();
      await page.reload();
      await page.waitForSelector('#article mark[data-cat="anonymous_source"]');
    });

    await step('turning a category off hides its highlights', async () => {
      const before = (await highlights(page)).filter((h) => h.cat === 'loaded_language').length;
      assert.ok(before > 0);
      await page.click('.legend label[data-cat="loaded_language"] input');
      await page.waitForFunction(() => !document.querySelector('#article [data-cat="loaded_language"]'));
      const hs = await highlights(page);
      assert.ok(hs.some((h) => h.cat === 'anonymous_source'), 'anonymous sources should stay');
      assert.strictEqual(await page.textContent('tr[data-cat="loaded_language"] td.n'), '0');
      // The score says it is filtered, and so does an export made now.
      assert.match(await page.textContent('#filter-note'), /loaded language/);
      assert.match(await page.textContent('#score-band'), /filtered/);
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click('text=Export JSON')]);
      const rep = JSON.parse(fs.readFileSync(await dl.path(), 'utf8'));
      assert.strictEqual(rep.view.filtered, true);
      assert.deepStrictEqual(rep.view.hidden_categories, ['loaded_language']);
      await page.click('.legend label[data-cat="loaded_language"] input');
      await page.waitForSelector('#article [data-cat="loaded_language"]');
      assert.strictEqual((await highlights(page)).filter((h) => h.cat === 'loaded_language').length, before);
    });

    await step('a custom wordlist: errors are shown in place, then its term is highlighted', async () => {
      const good = [
        '[list]',
        'id = "e2e-desk"',
        'category = "loaded_language"',
        'kind = "pejorative"',
        '',
        '[[entry]]',
        'term = "dissidents"',
        'explain = "Calling them dissidents takes a side; say which group they belong to."',
        'suggest = ["members"]',
        '',
      ].join('\n');
      await page.fill('#wl-input', good.replace('kind = "pejorative"', 'kind = "nasty"'));
      await page.click('text=Add list');
      await page.waitForSelector('.wl-error');
      const err = await page.textContent('.wl-error');
      assert.match(err, /line 4, column \d+/);
      assert.match(err, /unknown kind/);
      assert.match(err, /4 \| kind = "nasty"/);
      assert.strictEqual(await page.getAttribute('#wl-input', 'aria-invalid'), 'true');
      assert.ok(!(await page.$('#article mark[data-rule="e2e-desk/dissidents"]')));

      await page.fill('#wl-input', good);
      await page.click('text=Add list');
      await page.waitForSelector('#article mark[data-rule="e2e-desk/dissidents"]');
      assert.ok(!(await page.$('.wl-error')));
      const m = (await highlights(page, '#article mark[data-rule="e2e-desk/dissidents"]'))[0];
      assert.strictEqual(m.cat, 'loaded_language');
      assert.strictEqual(m.text, 'dissidents');
      await page.hover('#article mark[data-rule="e2e-desk/dissidents"]');
      await page.waitForSelector('#slant-pop:not([hidden])');
      const pop = await page.textContent('#slant-pop');
      assert.match(pop, /takes a side/);
      assert.match(pop, /custom list, line 6/);
      await page.mouse.move(5, 5);
      assert.match(await page.textContent('.wl-lists'), /e2e-desk/);
      // A second list, uploaded as a file.
      const file = path.join(outDir, 'e2e-upload.toml');
      fs.writeFileSync(
        file,
        good.replace('e2e-desk', 'e2e-upload').replace('"dissidents"', '"echelons"').replace('"pejorative"', '"editorializing"'),
      );
      await page.setInputFiles('.wordlists input[type=file]', file);
      await page.waitForSelector('#article mark[data-rule="e2e-upload/echelons"]');
      assert.ok(await page.$('#article mark[data-rule="e2e-desk/dissidents"]'), 'the first list should stay');
      assert.match(await page.textContent('.wl-lists'), /e2e-upload/);
      fs.rmSync(file);
    });

    await step('exports: JSON report and standalone HTML', async () => {
      const [dl] = await Promise.all([page.waitForEvent('download'), page.click('text=Export JSON')]);
      const report = JSON.parse(fs.readFileSync(await dl.path(), 'utf8'));
      assert.strictEqual(report.schema_version, 1);
      assert.ok(report.flags.some((f) => f.rule === 'e2e-desk/dissidents'));
      assert.ok(report.flags.some((f) => f.category === 'anonymous_source'));
      // UTF-16 offsets: what JavaScript's slice() takes.
      const text = await page.inputValue('#article-input');
      for (const f of report.flags) assert.strictEqual(text.slice(f.start_utf16, f.end_utf16), f.text);
      assert.strictEqual(report.view.filtered, false);
    });

    await step('markup in an article is shown as text and never runs', async () => {
      const evil =
        'Breaking: <img src=x onerror=alert(1)> The notorious regime <script>window.__pwned = 2</script>' +
        ' hid <b>bold</b> facts. <img src=y onerror="window.__pwned = 1">\n' +
        'Officials said "<svg onload=alert(2)>" was "quoted".';
      await pasteAndTime(page, evil, "() => /Breaking/.test(document.querySelector('#article')?.textContent || '')");
      await page.waitForTimeout(300);
      const tags = await page.$$eval('#article img, #article script, #article b, #article svg, .backdrop *:not(div, mark, span)', (e) => e.length);
      assert.strictEqual(tags, 0, 'markup became elements');
      const text = await page.$eval('#article', (el) => el.textContent);
      assert.ok(text.includes('<img src=x onerror=alert(1)>'), 'the markup should show as text');
      assert.ok(text.includes('<script>window.__pwned = 2</script>'));
      assert.strictEqual(await page.evaluate(() => window.__pwned), undefined);
      assert.deepStrictEqual(dialogs, []);
      assert.ok((await highlights(page)).some((h) => h.text === 'notorious'));

      const [dl] = await Promise.all([page.waitForEvent('download'), page.click('text=Export HTML')]);
      const html = fs.readFileSync(await dl.path(), 'utf8');
      assert.ok(html.startsWith('<!doctype html>'));
      assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'));
      assert.ok(!/<img|<script>window|<svg/i.test(html), 'exported HTML contains live markup');
      assert.ok(/<mark class="ll"[^>]*>notorious<\/mark>/.test(html), 'exported HTML lacks the highlight');
      // Open the export itself: nothing may run there either.
      const p2 = await ctx.newPage();
      watch(p2);
      await p2.goto('file://' + (await dl.path()));
      await p2.waitForTimeout(300);
      assert.strictEqual(await p2.evaluate(() => window.__pwned), undefined);
      assert.strictEqual(await p2.$$eval('img, script, svg', (e) => e.length), 0);
      assert.deepStrictEqual(dialogs, []);
      await p2.close();
    });

    await step('10,000-word article: paste-to-highlight and edit latency', async () => {
      const big = Array(25).fill(seed).join('\n\n');
      const ms = await pasteAndTime(
        page,
        big,
        "() => /\\b10,?\\d{3} words/.test(document.querySelector('#analysis-stats')?.textContent || '') && document.querySelectorAll('#article mark').length > 300",
      );
      const words = (await page.textContent('#analysis-stats')).split('·')[0].trim();
      // An edit: the page waits for a 250 ms pause, then re-analyses and updates the highlights.
      const pause = 250 + Math.floor((big.length + ' The notorious regime.'.length) / 2000);
      const edit = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const ta = document.querySelector('#article-input');
            const stats = document.querySelector('#analysis-stats');
            const before = stats.textContent;
            const t0 = performance.now();
            const obs = new MutationObserver(() => {
              if (stats.textContent !== before) {
                obs.disconnect();
                resolve(performance.now() - t0);
              }
            });
            obs.observe(document.getElementById('app'), { childList: true, subtree: true, characterData: true });
            ta.value = ta.value + ' The notorious regime.';
            ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '.' }));
          }),
      );
      // Typing: keystrokes only restart a timer, so they stay quick; the worst case is a key
      // pressed just as a re-analysis runs, which the pauses below provoke on purpose. The
      // Event Timing API reports each keystroke from the hardware event to the next paint.
      await page.focus('#article-input');
      await page.evaluate(() => {
        window.__keys = [];
        new PerformanceObserver((l) =>
          l.getEntries().forEach((e) => {
            // keyup is left out: it changes nothing on screen, so when nothing else does
            // either, its "next paint" is whenever the page next draws (the next analysis).
            if (/^keydown|^keypress|^input|^beforeinput/.test(e.name))
              window.__keys.push([e.duration, e.processingStart - e.startTime, e.name, Math.round(e.startTime)]);
          }),
        ).observe({ type: 'event', durationThreshold: 16, buffered: false });
        window.__count = 0;
        document.querySelector('#article-input').addEventListener('keydown', () => (window.__count += 1));
      });
      for (const word of ['An', 'extra', 'sentence', 'typed', 'by', 'hand.']) {
        await page.keyboard.type(' ' + word, { delay: 40 });
        // Longer than the page's pause before re-analysing (250 ms + 1 ms per 2,000 chars).
        await page.waitForTimeout(320);
      }
      await page.waitForTimeout(500);
      const [slow, keys] = await page.evaluate(() => [window.__keys, window.__count]);

      // Off-screen parts of a long article are laid out only when seen; an edit rebuilds the
      // highlights, and the passage the reader is looking at must stay where it is.
      const place = () =>
        page.evaluate(() => {
          const a = document.querySelector('#article');
          const top = a.getBoundingClientRect().top;
          const m = [...a.querySelectorAll('mark')].find((e) => e.getBoundingClientRect().top >= top + 40);
          return { text: m.textContent, rule: m.dataset.rule, y: m.getBoundingClientRect().top - top };
        });
      await page.evaluate(() => {
        const a = document.querySelector('#article');
        a.scrollTop = a.scrollHeight * 0.6;
      });
      await page.waitForTimeout(100);
      const before = await place();
      const stats = await page.textContent('#analysis-stats');
      await page.evaluate(() => {
        const ta = document.querySelector('#article-input');
        ta.value = ta.value + ' A dictator spoke.';
        ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: '.' }));
      });
      await page.waitForFunction((t) => document.querySelector('#analysis-stats').textContent !== t, stats);
      await page.waitForTimeout(100);
      const after = await place();
      assert.strictEqual(after.rule, before.rule);
      assert.ok(Math.abs(after.y - before.y) < 2, `the reader's place moved from ${before.y} to ${after.y} px`);
      // The issues list reaches a flag far below (after "Show all"), and the text box scrolls to it.
      const listed = await page.$$eval('.issues .issue', (e) => e.length);
      await page.click('.issues button.more');
      await page.waitForFunction((n) => document.querySelectorAll('.issues .issue').length > n, listed);
      const all = await page.$$eval('.issues .issue', (e) => e.length);
      const total = Number((await page.textContent('#issues-title')).match(/\((\d+)\)/)[1]);
      assert.ok(listed === 200 && all === total && total > 500, `${all} of ${total} issues listed after Show all (${listed} before)`);
      const last = await page.evaluate(() => {
        const all = document.querySelectorAll('.issues .issue');
        return all[all.length - 1].querySelector('.ex').textContent;
      });
      await page.evaluate(() => {
        const all = document.querySelectorAll('.issues .issue');
        all[all.length - 1].click();
      });
      await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'article-input');
      const shown = await page.evaluate(() => {
        const ta = document.querySelector('#article-input');
        const pop = document.querySelector('#slant-pop');
        return { sel: ta.value.slice(ta.selectionStart, ta.selectionEnd), top: ta.scrollTop, pop: !pop.hidden };
      });
      assert.ok(shown.sel.startsWith(last.replace(/…$/, '')), `selected "${shown.sel}" for "${last}"`);
      assert.ok(shown.top > 1000, `the text box did not scroll (${shown.top})`);
      await page.keyboard.press('Escape');
      const worst = Math.max(0, ...slow.map((e) => e[0]));
      const delay = Math.max(0, ...slow.map((e) => e[1]));
      figures.big =
        `${ms.toFixed(0)} ms (${words}); an edit updates ${(edit - pause).toFixed(0)} ms after the ${pause} ms pause; ` +
        `typing ${keys} keys with pauses: slowest key-to-paint ${worst.toFixed(0)} ms, longest input delay ${delay.toFixed(0)} ms`;
      console.log(`     paste-to-highlight, 10,000 words: ${figures.big}`);
      // One keystroke may be held up by the machine (a garbage collection, another process on a
      // shared CI runner: one such stall of over 200 ms failed a run whose other keys were quick);
      // a page that blocks while it redraws holds up the key in every pause the loop provokes.
      const byDuration = slow.map((e) => e[0]).sort((a, b) => b - a);
      assert.ok(byDuration.length < 2 || byDuration[1] < 200, `two keystrokes took over 200 ms: ${JSON.stringify(slow)}`);
      assert.ok(worst < 1000, `a keystroke took ${worst} ms: ${JSON.stringify(slow)}`);
      assert.ok(ms < 10000, `10k-word article took ${ms} ms`);
    });

    await step('2 MB text: paste, then typing with the longest main-thread task measured', async () => {
      // Measured as the page opens (reading view off: it lays out the whole text at once).
      await page.click('#toggle-reading');
      await page.waitForSelector('#article', { state: 'detached' });
      const huge = Array(Math.ceil((2 * 1024 * 1024) / (seed.length + 2))).fill(seed).join('\n\n');
      const ms = await pasteAndTime(
        page,
        huge,
        "() => /\\b3\\d\\d,\\d{3} words/.test(document.querySelector('#analysis-stats')?.textContent || '')",
      );
      const words = (await page.textContent('#analysis-stats')).split('·')[0].trim();
      assert.strictEqual((await page.inputValue('#article-input')).length, huge.length);
      // Over 256 KB the text is edited in blocks of about 48 KB, cut at paragraph ends, which
      // hold the whole text; the one text box is hidden meanwhile.
      const parts = await page.$$eval('.blocks textarea', (b) => b.map((t) => t.value));
      assert.ok(parts.length > 30 && parts.length < 60, `${parts.length} blocks`);
      assert.ok(parts.join('') === huge, 'the blocks joined are not the text');
      assert.ok(parts.slice(0, -1).every((p) => p.endsWith('\n\n') && p.length >= 48 * 1024));
      assert.ok(!(await page.isVisible('#article-input')) && (await page.isVisible('text=Copy all')));
      // Typing at the end (the last block), with pauses, while the Long Tasks API records every
      // main-thread task over 50 ms and the Long Animation Frames API the scripts in each slow
      // frame. From 250 ms after the last key on, the page's own work runs: the re-analysis (in
      // the worker) and drawing it, each script at most 50 ms. (The browser then repaints the
      // text, which on a busy machine can take longer.)
      await page.evaluate(() => {
        const ta = document.querySelector('.blocks textarea:last-child');
        ta.focus();
        ta.setSelectionRange(ta.value.length, ta.value.length);
        window.__long = [];
        window.__scripts = [];
        window.__firstKey = 0;
        window.__lastKey = 0;
        new PerformanceObserver((l) =>
          l.getEntries().forEach((f) => f.scripts.forEach((s) => window.__scripts.push([s.startTime, s.duration, s.invoker]))),
        ).observe({ type: 'long-animation-frame' });
        document.addEventListener('keydown', (e) => {
          window.__lastKey = e.timeStamp;
          window.__firstKey = window.__firstKey || e.timeStamp;
        });
        new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push([e.startTime, e.duration]))).observe({ type: 'longtask' });
      });
      const stats = await page.textContent('#analysis-stats');
      for (const word of ['One', 'more', 'line.']) {
        await page.keyboard.type(' ' + word, { delay: 40 });
        await page.waitForTimeout(400);
      }
      // The edit is analysed once the pause is long enough.
      await page.waitForFunction((t) => document.querySelector('#analysis-stats').textContent !== t, stats, { timeout: 20000 });
      const joined = () => page.$$eval('.blocks textarea', (b) => b.map((t) => t.value).join(''));
      assert.ok((await joined()) === huge + ' One more line.');
      await page.waitForTimeout(1000);
      const [long, scripts, firstKey, lastKey] = await page.evaluate(() => [window.__long, window.__scripts, window.__firstKey, window.__lastKey]);
      // A task that ends after the first key went in, or starts before 250 ms after the last.
      const typing = long.filter(([t, d]) => t + d > firstKey && t < lastKey + 250).map(([, d]) => d);
      const after = long.filter(([t]) => t >= lastKey + 250).map(([, d]) => d);
      const pageScripts = scripts.filter(([t]) => t >= lastKey + 250);
      // The same typing into one bare text box holding the same text, in a blank page.
      const bare = await ctx.newPage();
      await bare.setContent('<textarea id="t" spellcheck="false" style="width:600px;height:400px"></textarea>');
      await bare.$eval('#t', (ta, t) => {
        ta.value = t;
        ta.focus();
        ta.setSelectionRange(t.length, t.length);
        window.__long = [];
        new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration))).observe({ type: 'longtask' });
      }, huge);
      for (const word of ['One', 'more', 'line.']) {
        await bare.keyboard.type(' ' + word, { delay: 40 });
        await bare.waitForTimeout(400);
      }
      const bareLong = await bare.evaluate(() => window.__long);
      await bare.close();
      const max = (a) => Math.max(0, ...a);
      figures.huge =
        `paste-to-highlight ${ms.toFixed(0)} ms (${words}, ${parts.length} blocks); typing 15 keys with pauses: ` +
        `longest main-thread task ${max(typing).toFixed(0)} ms while keys went in (${typing.length} over 50 ms; ` +
        `one bare text box with the same text: ${max(bareLong).toFixed(0)} ms, ${bareLong.length} over 50 ms); ` +
        `re-analysis and redraw after the pause: longest script ${max(pageScripts.map(([, d]) => d)).toFixed(0)} ms ` +
        `(of ${scripts.length} in slow frames during the step), longest task ${max(after).toFixed(0)} ms (${after.length} over 50 ms)`;
      console.log(`     2 MB text: ${figures.huge}`);
      // The line is 50 ms (a long task), or what the browser itself takes for a key in the bare
      // text box if this machine is slower than that: on an idle machine the page measures 0 ms
      // typing and ~43 ms after the pause (bare box ~60 ms); with other builds running on it,
      // 105 and 145 ms (bare box 379 ms). A page that redrew everything per key would exceed both.
      const line = Math.max(50, max(bareLong));
      assert.ok(
        max(typing) <= line,
        `a main-thread task ran ${max(typing).toFixed(0)} ms while typing, over ${line.toFixed(0)} ms (keys from ${firstKey.toFixed(0)} to ${lastKey.toFixed(0)} ms): ${JSON.stringify(long)}`,
      );
      const worstScript = max(pageScripts.map(([, d]) => d));
      assert.ok(worstScript <= line, `a script of the page ran ${worstScript.toFixed(0)} ms after typing, over ${line.toFixed(0)} ms: ${JSON.stringify(pageScripts)}`);
      // A flag's explanation is its block's description and shows on screen beside the blocks,
      // which form a group named by the label and described by the hint. axe-core runs here, with
      // 200 issues listed (not all of them, which takes it minutes).
      await page.click('.issues .issue >> nth=150');
      await page.waitForSelector('#slant-pop:not([hidden])');
      const first = { block: await page.evaluate(() => [...document.querySelectorAll('.blocks textarea')].indexOf(document.activeElement)) };
      const a11y = await page.evaluate(() => {
        const b = document.activeElement;
        const g = document.querySelector('.blocks');
        const r = document.querySelector('#slant-pop').getBoundingClientRect();
        const text = (id) => document.getElementById(id)?.textContent || '';
        return {
          described: b.getAttribute('aria-describedby'),
          name: b.getAttribute('aria-label'),
          onScreen: r.top >= 0 && r.bottom <= innerHeight && r.height > 0,
          role: g.getAttribute('role'),
          label: text(g.getAttribute('aria-labelledby')),
          hint: text(g.getAttribute('aria-describedby')),
        };
      });
      assert.strictEqual(a11y.described, 'slant-pop');
      assert.match(a11y.name, new RegExp(`^Article text, part ${first.block + 1} of ${parts.length}$`));
      assert.ok(a11y.onScreen, 'the explanation is off screen');
      assert.deepStrictEqual([a11y.role, a11y.label], ['group', 'Article text']);
      assert.match(a11y.hint, /edited in parts of about 48 KB/);
      for (const theme of ['dark', 'light']) {
        await page.emulateMedia({ colorScheme: theme });
        await axe(page, `${theme}, 2 MB text in parts, explanation open`);
      }
      // Only the first block is a Tab stop (the arrow keys cross blocks): Tab from a block goes
      // on to the explanation's actions, as from one text box, and Shift+Tab back to the text.
      await page.evaluate(() => document.querySelectorAll('.blocks textarea')[3].focus());
      await page.keyboard.press('Tab');
      assert.ok(await page.evaluate(() => Boolean(document.activeElement.closest('#slant-pop'))), 'Tab did not reach the explanation');
      await page.keyboard.press('Shift+Tab');
      assert.ok(await page.evaluate(() => document.activeElement.id === 'part-1'));
      await page.keyboard.press('Escape');
      // The issues list finds a flag deep in the text: its words selected in the block that
      // holds them, scrolled into sight.
      await page.click('.issues button.more');
      await page.waitForFunction(() => document.querySelectorAll('.issues .issue').length > 1000, null, { timeout: 20000 });
      const deep = await page.evaluate(() => {
        const all = document.querySelectorAll('.issues .issue');
        const item = all[Math.floor(all.length * 0.7)];
        item.click();
        const b = document.activeElement;
        const blocks = [...document.querySelectorAll('.blocks textarea')];
        return {
          ex: item.querySelector('.ex').textContent,
          sel: b.value.slice(b.selectionStart, b.selectionEnd),
          block: blocks.indexOf(b),
          top: document.querySelector('.blocks').scrollTop,
        };
      });
      assert.ok(deep.block > 20 && deep.sel.startsWith(deep.ex.replace(/…$/, '')), `selected "${deep.sel}" in block ${deep.block} for "${deep.ex}"`);
      assert.ok(deep.top > 10000, `the blocks did not scroll (${deep.top})`);
      // Dismiss that flag (the seed repeats, so every copy with the same words before it goes).
      const issues = async () => Number((await page.textContent('#issues-title')).match(/\d+/)[0]);
      const n0 = await issues();
      await page.click('#slant-pop button.dismiss');
      await page.waitForFunction((n) => Number(document.querySelector('#issues-title').textContent.match(/\d+/)[0]) < n, n0, { timeout: 20000 });
      assert.match(await page.textContent('.ignored'), /1 flag dismissed/);
      await page.click('#undo');
      await page.waitForFunction((n) => Number(document.querySelector('#issues-title').textContent.match(/\d+/)[0]) === n, n0, { timeout: 20000 });
      // Apply a suggestion in a block past the first: only that block changes, Ctrl+Z there
      // undoes it.
      if (await page.$('.issues button.more')) {
        await page.click('.issues button.more');
        await page.waitForFunction(() => document.querySelectorAll('.issues .issue').length > 1000, null, { timeout: 20000 });
      }
      // (Clicked in the page: a handle for each of thousands of items is slow.)
      const pick = await page.evaluate(async () => {
        const all = [...document.querySelectorAll('.issues .issue[data-cat="loaded_language"]:has(.alt)')];
        const pause = (ms) => new Promise((r) => setTimeout(r, ms));
        for (const c of all.slice(Math.floor(all.length / 2), Math.floor(all.length / 2) + 40)) {
          c.click();
          for (let i = 0; i < 100 && document.querySelector('#slant-pop').hidden; i++) await pause(20);
          await pause(100);
          if (document.querySelector('#slant-pop button.apply:not(.omit)')) return true;
        }
        return false;
      });
      assert.ok(pick, 'no loaded word with a replacement in the second half');
      const before = await page.$$eval('.blocks textarea', (b) => b.map((t) => t.value));
      const at = await page.evaluate(() => {
        const b = document.activeElement;
        return {
          k: [...document.querySelectorAll('.blocks textarea')].indexOf(b),
          s: b.selectionStart,
          e: b.selectionEnd,
          sugg: document.querySelector('#slant-pop button.apply:not(.omit)').textContent,
        };
      });
      assert.ok(at.k > 0 && at.e > at.s, JSON.stringify(at));
      await page.click('#slant-pop button.apply:not(.omit)');
      await page.waitForFunction(([k, t]) => document.querySelectorAll('.blocks textarea')[k].value !== t, [at.k, before[at.k]]);
      const edited = await page.$$eval('.blocks textarea', (b) => b.map((t) => t.value));
      assert.strictEqual(edited[at.k], before[at.k].slice(0, at.s) + at.sugg + before[at.k].slice(at.e));
      assert.ok(edited.every((p, k) => k === at.k || p === before[k]), 'another block changed');
      assert.ok((await joined()) === edited.join(''));
      await page.keyboard.press('Control+Z');
      await page.waitForFunction(([k, t]) => document.querySelectorAll('.blocks textarea')[k].value === t, [at.k, before[at.k]]);
      assert.ok((await joined()) === huge + ' One more line.');
      await page.keyboard.press('Escape');
      // The skip link and the label go to the first block (the text box they name is hidden).
      for (const go of ['a.skip', '#article-label']) {
        await page.evaluate(() => document.querySelectorAll('.blocks textarea')[2].focus());
        if (go === 'a.skip') {
          await page.focus(go);
          await page.keyboard.press('Enter');
        } else {
          await page.click(go);
        }
        assert.ok(await page.evaluate(() => document.activeElement.id === 'part-1'), `${go} did not reach part 1`);
      }
      // Arrow keys go on into the next block; Clear takes the blocks away and its Undo brings
      // the text back, in blocks again.
      await page.evaluate(() => {
        const b = document.querySelectorAll('.blocks textarea')[1];
        b.focus();
        b.setSelectionRange(b.value.length, b.value.length);
      });
      await page.keyboard.press('ArrowRight');
      assert.ok(await page.evaluate(() => document.activeElement === document.querySelectorAll('.blocks textarea')[2] && document.activeElement.selectionStart === 0));
      await page.click('text=Clear');
      await page.waitForFunction(() => !document.querySelector('.blocks textarea') && document.querySelector('#article-input').value === '');
      await page.click('#undo');
      await page.waitForFunction((n) => document.querySelectorAll('.blocks textarea').length === n, parts.length, { timeout: 20000 });
      assert.ok((await joined()) === huge + ' One more line.');
      // Back to a short article for the steps below.
      await pasteAndTime(page, seed, "() => /\\b405 words/.test(document.querySelector('#analysis-stats')?.textContent || '')");
      await page.click('#toggle-reading');
      await page.waitForSelector('#article mark', { state: 'attached' });
    });

    await step('analysis in a worker: a late answer is dropped, a trapped worker is replaced', async () => {
      const seed405 = "() => /\\b405 words/.test(document.querySelector('#analysis-stats')?.textContent || '')";
      const long = Array(40).fill(seed).join('\n\n');
      // A long text goes to the worker; the short one pasted right after is analysed on the
      // page at once. The long text's answer, arriving later, must not replace it.
      await page.evaluate((t) => {
        const ta = document.querySelector('#article-input');
        ta.value = t;
        ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      }, long);
      await pasteAndTime(page, seed, seed405);
      await page.waitForTimeout(1500);
      assert.match(await page.textContent('#analysis-stats'), /\b405 words/);
      // The worker analyses with the custom lists added earlier (compiled there once).
      await pasteAndTime(page, long, "() => document.querySelector('#article mark[data-rule=\"e2e-desk/dissidents\"]') && /\\b16,\\d{3} words/.test(document.querySelector('#analysis-stats')?.textContent || '')");
      await pasteAndTime(page, seed, seed405);

      // A worker whose module traps (served in place of worker.js): the page says so, stays
      // usable, and the next edit starts a fresh, working worker.
      const p4 = await ctx.newPage();
      const errors = [];
      p4.on('pageerror', (e) => errors.push(e.message));
      await p4.route('**/worker.js', (r) =>
        r.fulfill({
          contentType: 'text/javascript',
          // It answers the page's warm-up (id 0) as a working worker would, then traps.
          body: "self.onmessage = (e) => self.postMessage(e.data.id ? { id: e.data.id, error: 'RuntimeError: unreachable', fatal: true } : { id: 0 });",
        }),
      );
      await p4.goto(url);
      await p4.waitForSelector('#article-input');
      await pasteAndTime(p4, long, "() => /analysis stopped/.test(document.querySelector('.notices')?.textContent || '')");
      await p4.unroute('**/worker.js');
      await p4.click('text=Load example article');
      await p4.waitForSelector('.backdrop mark');
      await pasteAndTime(p4, long, "() => /\\b16,\\d{3} words/.test(document.querySelector('#analysis-stats')?.textContent || '')");
      assert.deepStrictEqual(errors, []);
      await p4.close();

      // Where no worker can run at all (here its script is missing), long texts are analysed
      // on the page, as before there was a worker.
      const p5 = await ctx.newPage();
      await p5.route('**/worker.js', (r) => r.fulfill({ status: 404, body: '' }));
      await p5.goto(url);
      await p5.waitForSelector('#article-input');
      await pasteAndTime(p5, long, "() => /\\b16,\\d{3} words/.test(document.querySelector('#analysis-stats')?.textContent || '')");
      assert.doesNotMatch(await p5.textContent('.notices'), /stopped/);
      await p5.close();
    });

    await step('phone width, dark mode: no sideways scrolling, tap opens a bottom sheet', async () => {
      const p3 = await ctx.newPage();
      watch(p3);
      await p3.setViewportSize({ width: 390, height: 844 });
      await p3.emulateMedia({ colorScheme: 'dark' });
      await p3.goto(url);
      await p3.click('text=Load example article');
      await p3.waitForSelector('#article mark');
      const bg = await p3.evaluate(() => getComputedStyle(document.body).backgroundColor);
      assert.notStrictEqual(bg, 'rgb(255, 255, 255)', 'dark mode background');
      const overflow = await p3.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `page is ${overflow}px wider than the phone`);
      const anon = await highlights(p3, '#article mark[data-cat="anonymous_source"]');
      assert.ok(anon.length >= 2, 'the example article should have anonymous sources');
      const ex = await highlights(p3, '#article mark[data-cat="loaded_language"]');
      assert.ok(ex.length >= 3, 'the example article should have loaded language');
      await p3.screenshot({ path: path.join(outDir, 'slant-web-phone-dark.png'), fullPage: false });
      await p3.click('#article mark[data-cat="anonymous_source"]');
      await p3.waitForSelector('#slant-pop:not([hidden])');
      const box = await p3.$eval('#slant-pop', (e) => e.getBoundingClientRect().bottom);
      assert.ok(Math.abs(box - 844) < 2, `popover bottom ${box}`);
      await p3.screenshot({ path: path.join(outDir, 'slant-web-phone-dark-popover.png') });
      await p3.close();
    });

    await step('axe-core: 0 violations in every state, light and dark; screenshots at 390, 768, 1024, 1440 px', async () => {
      const p5 = await ctx.newPage();
      watch(p5);
      for (const theme of ['light', 'dark']) {
        await p5.setViewportSize({ width: 1440, height: 1000 });
        await p5.emulateMedia({ colorScheme: theme });
        await p5.goto(url);
        await p5.evaluate(() => localStorage.clear());
        await p5.reload();
        await p5.waitForSelector('#article-input');
        await axe(p5, `${theme}, empty`);
        await p5.click('text=Load example article');
        await p5.waitForSelector('.backdrop mark');
        await axe(p5, `${theme}, article`);
        for (const w of [390, 768, 1024, 1440]) {
          await p5.setViewportSize({ width: w, height: w < 800 ? 844 : 1000 });
          await p5.waitForTimeout(100);
          const over = await p5.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(over <= 0, `${theme} ${w}px: the page is ${over}px wider than the window`);
          await p5.screenshot({ path: path.join(outDir, `slant-web-${w}-${theme}.png`) });
        }
        // Also the narrowest phone, a 1440 px screen at 200 % zoom, and a wide screen.
        for (const w of [320, 720, 2560]) {
          await p5.setViewportSize({ width: w, height: 900 });
          await p5.waitForTimeout(100);
          const over = await p5.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          assert.ok(over <= 0, `${theme} ${w}px: the page is ${over}px wider than the window`);
        }
        await p5.setViewportSize({ width: 1440, height: 1000 });
        await p5.click('.issues .issue[data-cat="anonymous_source"]');
        await p5.waitForSelector('#slant-pop:not([hidden])');
        await axe(p5, `${theme}, popover`);
        await p5.keyboard.press('Escape');
        await p5.click('.legend label[data-cat="loaded_language"] input');
        await p5.click('.issues label[data-cat="unattributed_assertion"] input');
        await p5.waitForSelector('#filter-note');
        await axe(p5, `${theme}, filtered (legend and sidebar)`);
        await p5.screenshot({ path: path.join(outDir, `slant-web-filtered-${theme}.png`) });
        await p5.click('.legend label[data-cat="loaded_language"] input');
        await p5.click('.issues label[data-cat="unattributed_assertion"] input');
        await p5.fill('#wl-input', '[list]\nid = "x"\ncategory = "nope"\nkind = "pejorative"\n');
        await p5.click('text=Add list');
        await p5.waitForSelector('.wl-error');
        await axe(p5, `${theme}, wordlist error`);
        await p5.check('#toggle-reading');
        await p5
          .waitForSelector('#article mark', { state: 'attached', timeout: 5000 })
          .catch(async (e) => {
            const st = await p5.evaluate(() => ({
              checked: document.querySelector('#toggle-reading').checked,
              article: Boolean(document.querySelector('#article')),
              cls: document.querySelector('#article')?.className,
              kids: document.querySelector('#article')?.childElementCount,
              text: document.querySelector('#article-input').value.length,
              stats: document.querySelector('#analysis-stats')?.textContent,
            }));
            throw new Error(`${theme}: no reading-view highlights: ${JSON.stringify(st)}`);
          });
        await axe(p5, `${theme}, reading view`);
        await p5.uncheck('#toggle-reading');
      }
      await p5.close();
      console.log(`     axe-core runs: ${axeRuns.join('; ')}`);
    });

    // "Who is called what" and compare mode (tests/e2e/framing.js), on a page of their own.
    await framingSteps({ ctx, url, step, axe, watch, outDir, seed, dialogs });

    await step('stored JSON reads back through JSON.parse; malformed stored JSON keeps the defaults', async () => {
      // On a page of its own; the shared localStorage is put back afterwards.
      const saved = await page.evaluate(() => JSON.stringify(Object.entries(localStorage)));
      const p6 = await ctx.newPage();
      watch(p6);
      await p6.goto(url);
      await p6.waitForSelector('#article-input');
      const store = (entries) =>
        p6.evaluate((e) => {
          localStorage.clear();
          for (const [k, v] of Object.entries(e)) localStorage.setItem(k, v);
        }, entries);
      // The page saves its text box on pagehide, so the text goes in there, not into storage.
      const text = 'The notorious regime jailed the gadflies.';
      await p6.fill('#article-input', text);
      // Escapes and non-ASCII text inside the stored list must survive the round trip.
      const src = '[list]\nid = "e2e-json"\ncategory = "loaded_language"\nkind = "pejorative"\n\n[[entry]]\n' +
        'term = "gadflies"\nexplain = "Calls critics \\"gadflies\\" \u2014 a judgement \ud83d\ude42."\n';
      await store({
        'slant.v1.settings': JSON.stringify({ categories: [true, true, true], include_quoted: false, shade_quotes: false, reading_view: true }),
        'slant.v1.lists': JSON.stringify([{ origin: 'e2e-json.toml', src }]),
        'slant.v1.ignored': JSON.stringify(['pejorative/notorious']),
      });
      await p6.reload();
      await p6.waitForSelector('#article mark[data-rule="e2e-json/gadflies"]');
      assert.strictEqual(await p6.inputValue('#article-input'), text);
      assert.ok(!(await p6.$('#article mark[data-rule="pejorative/notorious"]')), 'the stored ignored rule should hold');
      assert.strictEqual(await p6.isChecked('#toggle-quoted'), false);
      assert.strictEqual(await p6.isChecked('#toggle-shade'), false);
      assert.strictEqual(await p6.isChecked('#toggle-reading'), true);
      await p6.hover('#article mark[data-rule="e2e-json/gadflies"]');
      await p6.waitForSelector('#slant-pop:not([hidden])');
      assert.match(await p6.textContent('#slant-pop'), /Calls critics "gadflies" \u2014 a judgement \u{1F642}\./u);
      await p6.mouse.move(5, 5);

      // Malformed or mistyped: each field that does not read keeps its default (so the reading
      // view is off and highlights sit in the text box), and nothing breaks.
      await store({
        'slant.v1.settings': '{"include_quoted": false, "shade_quotes": "no", "categories": [true, 1, true], "reading_view": 1}',
        'slant.v1.lists': '[{"origin": "e2e-json.toml", "src": "[list]',
        'slant.v1.ignored': '["pejorative/notorious", 3]',
      });
      await p6.reload();
      await p6.waitForSelector('.backdrop mark[data-rule="pejorative/notorious"]');
      assert.ok(!(await p6.$('.backdrop mark[data-rule="e2e-json/gadflies"]')), 'a broken stored list should not load');
      assert.doesNotMatch(await p6.textContent('.wordlists'), /e2e-json/);
      assert.strictEqual(await p6.isChecked('#toggle-quoted'), false, 'the one well-typed setting should still read');
      assert.strictEqual(await p6.isChecked('#toggle-shade'), true);
      assert.strictEqual(await p6.isChecked('#toggle-reading'), false);
      for (const c of ['loaded_language', 'anonymous_source', 'unattributed_assertion']) {
        assert.strictEqual(await p6.isChecked(`.legend label[data-cat="${c}"] input`), true, c);
      }
      for (const junk of ['{', 'null', '"text"', '[[[[[[[[', '1e999', '\u0000']) {
        await store({ 'slant.v1.settings': junk, 'slant.v1.lists': junk, 'slant.v1.ignored': junk });
        await p6.reload();
        await p6.waitForSelector('.backdrop mark[data-rule="pejorative/notorious"]');
        assert.strictEqual(await p6.isChecked('#toggle-quoted'), true, `settings ${JSON.stringify(junk)}`);
        assert.strictEqual(await p6.isChecked('#toggle-shade'), true, `settings ${JSON.stringify(junk)}`);
      }
      await p6.close();
      await page.evaluate((s) => {
        localStorage.clear();
        for (const [k, v] of JSON.parse(s)) localStorage.setItem(k, v);
      }, saved);
    });

    await step('no errors in the console and no requests off this host', async () => {
      const origin = new URL(url).origin;
      const foreign = requests.filter((r) => !r.startsWith(origin) && !r.startsWith('blob:') && !r.startsWith('data:') && !r.startsWith('file:'));
      assert.deepStrictEqual(foreign, []);
      assert.deepStrictEqual(problems, []);
    });
  } catch (e) {
    failed = true;
  } finally {
    await ctx.close();
  }
  if (failed) {
    if (problems.length) console.error('console:\n  ' + problems.join('\n  '));
    console.error(`e2e: FAILED after ${passed} passing steps`);
    process.exit(1);
  }
  console.log(`e2e: all ${passed} steps passed`);
  console.log(`paste-to-highlight (seed): ${figures.seed}`);
  console.log(`paste-to-highlight (10,000 words): ${figures.big}`);
  console.log(`2 MB text: ${figures.huge}`);
  console.log(`axe-core: ${axeRuns.join('; ')}`);
  console.log(`screenshot: ${figures.screenshot}`);
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
