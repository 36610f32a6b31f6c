// End-to-end steps for the page's framing panels: "Who is called what" and compare mode.
// Called by slant-web.test.js (`framingSteps`); also runs alone against a served page:
//   node tests/e2e/framing.js http://127.0.0.1:PORT/
// Own example articles (not from any dataset); the seed article is the repository's fixture.
'use strict';

const assert = require('assert');
const fs = require('fs');
const path = require('path');

const root = path.resolve(__dirname, '..', '..');

// Two versions of one (invented) story, and one about something else.
const storyA =
  'Governor Maria Lopez signed the water bill on Tuesday. The Clean Rivers Alliance, a radical pressure group, ' +
  'had lobbied for months. Lopez said the law would protect farms. Critics claimed the Clean Rivers Alliance ' +
  'bullied lawmakers into a vote. Lopez, a former judge, told reporters she expected a challenge.';
const storyB =
  'Governor Maria Lopez approved the water bill on Tuesday after a long campaign by the Clean Rivers Alliance, ' +
  'a coalition of farmers and anglers. Lopez said the measure was overdue. The Clean Rivers Alliance said it was ' +
  'grateful. A senior aide said Lopez had doubts about the cost.';
const other =
  'The city council of Port Elden voted to repave Harbour Street. Mayor Tomas Berg said the work would start in spring.';
// Markup where a name stands: it must stay text in the panel, the marks and compare mode.
const evil =
  '<img src=x onerror="window.__pwned=1"> Corp, a notorious polluter, said on Monday it would close. ' +
  'The <img src=x onerror="window.__pwned=1"> Corp plant shut. Officials said <img src=x onerror="window.__pwned=1"> Corp lied.';

// Sets a text box's value as a paste does.
async function paste(page, selector, text) {
  await page.evaluate(
    ([sel, t]) => {
      const ta = document.querySelector(sel);
      ta.focus();
      ta.value = t;
      ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    },
    [selector, text],
  );
}

// The actor whose name (or "also" line) matches `re`, as {name, labels: [{text, who, loaded}], meta}.
async function actor(page, re) {
  const all = await page.$$eval('.actor-list > li', (lis) =>
    lis.map((li) => ({
      name: li.querySelector('.actor-name').textContent,
      aka: li.querySelector('.actor-aka')?.textContent || '',
      meta: li.querySelector('.actor-meta').textContent,
      labels: [...li.querySelectorAll('ul.labels li')].map((l) => ({
        text: l.querySelector('.label-text').textContent,
        who: l.querySelector('.label-who').textContent,
        loaded: l.querySelector('.tag.ll')?.textContent || '',
      })),
    })),
  );
  return all.find((a) => re.test(a.name) || re.test(a.aka));
}

// `step(name, fn)`, `axe(page, state)` and `watch(page)` come from the main test.
async function framingSteps({ ctx, url, step, axe, watch, outDir, seed, dialogs }) {
  const page = await ctx.newPage();
  watch(page);
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto(url);
  await page.waitForSelector('#article-input');

  await step('who is called what: the panel lists the seed article\'s actors and the MKO\'s labels', async () => {
    await paste(page, '#article-input', seed);
    await page.waitForSelector('.backdrop mark');
    assert.ok(!(await page.$('.actor-list')), 'actors are found only once the panel is open');
    await page.click('#actors-open');
    await page.waitForSelector('.actor-list > li');
    const mko = await actor(page, /Mujahedin Khalq|MKO/);
    assert.ok(mko, 'the MKO is listed');
    assert.match(mko.meta, /organisation · \d+ mentions/);
    const find = (t, who) => mko.labels.find((l) => l.text === `“${t}”` && (!who || who.test(l.who)));
    assert.ok(find('terrorist organization', /the outlet's words/), JSON.stringify(mko.labels));
    assert.ok(find('terrorist organization', /attributed to Washington/), JSON.stringify(mko.labels));
    assert.ok(find('Marxist-Islamist guerilla army', /its own description/), JSON.stringify(mko.labels));
    assert.ok(find('proxy-army'), JSON.stringify(mko.labels));
    assert.match(find('terrorist organization').loaded, /Loaded language/);
    assert.strictEqual(find('Marxist-Islamist guerilla army').loaded, '', 'a neutral label has no loaded tag');
    const saddam = await actor(page, /Saddam Hussein/);
    assert.ok(saddam.labels.some((l) => l.text === '“former dictator”' && l.loaded), JSON.stringify(saddam.labels));
    // The exported report carries the actors, with UTF-16 offsets for JavaScript's slice().
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('text=Export JSON')]);
    const report = JSON.parse(fs.readFileSync(await dl.path(), 'utf8'));
    const text = await page.inputValue('#article-input');
    const m = report.actors.find((x) => x.aliases.includes('MKO')).mentions;
    assert.ok(m.length > 1 && m.every((x) => text.slice(x.start_utf16, x.end_utf16) === x.text));
    const chang = await actor(page, /Benjamin Chang/);
    assert.match(await page.$eval('.actor-list', (el) => el.textContent), /Speaks 1× \(1 named, 0 through an anonymous source\): claimed 1×/);
    assert.ok(chang, 'a quoted speaker is listed');
  });

  await step('clicking an actor marks its mentions in the text box; keyboard and Escape', async () => {
    const pick = page.locator('.actor-list > li', { hasText: 'Mujahedin Khalq' }).first().locator('button.actor-pick');
    await pick.click();
    await page.waitForSelector('.backdrop .actor-layer mark.am');
    assert.strictEqual(await pick.getAttribute('aria-pressed'), 'true');
    const meta = await page.locator('.actor-list > li.on .actor-meta').textContent();
    const n = Number(/(\d+) mentions/.exec(meta)[1]);
    const marked = await page.$$eval('.backdrop .actor-layer mark.am', (m) => m.map((e) => e.textContent));
    assert.strictEqual(marked.length, n, `${marked.length} mention marks for ${n} mentions`);
    assert.ok(marked.includes('MKO') && marked.some((t) => /Mujahedin Khalq Organization/.test(t)), marked.join(' | '));
    const labels = await page.$$eval('.backdrop .actor-layer mark.al', (m) => m.map((e) => e.textContent));
    assert.ok(labels.some((t) => /terrorist organization/.test(t)), labels.join(' | '));
    // The layer holds the same text as the box, so every mark sits on its words.
    assert.strictEqual(await page.$eval('.backdrop .actor-layer', (el) => el.textContent), seed);
    // The first mark is aligned with its words in the text box: same top as a flag highlight
    // on the same line would have, i.e. inside the box's visible area after scrolling to it.
    const inBox = await page.evaluate(() => {
      const m = document.getElementById('am0').getBoundingClientRect();
      const ta = document.getElementById('article-input').getBoundingClientRect();
      return m.top >= ta.top && m.bottom <= ta.bottom;
    });
    assert.ok(inBox, 'the first mention is scrolled into the text box');
    await page.screenshot({ path: path.join(outDir, 'slant-web-actors.png'), fullPage: true });
    await axe(page, 'light, actors panel with an actor selected');
    // Escape in the panel clears; Enter on the focused button marks again.
    await pick.focus();
    await page.keyboard.press('Escape');
    await page.waitForSelector('.backdrop .actor-layer', { state: 'detached' });
    assert.strictEqual(await pick.getAttribute('aria-pressed'), 'false');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.backdrop .actor-layer mark.am');
    await page.keyboard.press('Escape');
    await page.waitForSelector('.backdrop .actor-layer', { state: 'detached' });
  });

  await step('markup in an actor\'s name stays text in the panel and the marks', async () => {
    await paste(page, '#article-input', evil);
    await page.waitForFunction(() => /Corp/.test(document.querySelector('.actor-list')?.textContent || ''));
    await page.locator('.actor-list > li', { hasText: 'Corp' }).first().locator('button.actor-pick').click();
    await page.waitForSelector('.backdrop .actor-layer mark.am');
    const tags = await page.$$eval('.actors img, .actors script, .backdrop img, .backdrop script', (e) => e.length);
    assert.strictEqual(tags, 0, 'markup became elements');
    assert.ok((await page.$eval('.backdrop .actor-layer', (el) => el.textContent)).includes('<img src=x onerror="window.__pwned=1"> Corp'));
    await page.waitForTimeout(200);
    assert.strictEqual(await page.evaluate(() => window.__pwned), undefined);
    assert.deepStrictEqual(dialogs, []);
    await page.click('#actors-close');
    assert.ok(!(await page.$('.actor-list')));
  });

  await step('compare mode: two articles side by side show their shared actors; nothing in common is said plainly', async () => {
    await paste(page, '#article-input', storyA);
    await page.waitForSelector('.backdrop mark');
    await page.click('#compare-open');
    await page.waitForSelector('.cmp-box textarea');
    // The first box holds the text box's article.
    assert.strictEqual(await page.inputValue('.cmp-box:nth-child(1) textarea'), storyA);
    await paste(page, '.cmp-box:nth-child(2) textarea', storyB);
    await page.waitForSelector('table.cmp-shared');
    const rows = await page.$$eval('table.cmp-shared tbody tr', (trs) =>
      trs.map((tr) => [tr.querySelector('th').textContent, ...[...tr.querySelectorAll('td')].map((td) => td.textContent)]),
    );
    const lopez = rows.find((r) => r[0] === 'Maria Lopez');
    assert.ok(lopez, JSON.stringify(rows));
    assert.match(lopez[1], /former judge/);
    assert.match(lopez[1], /only here/);
    const alliance = rows.find((r) => /Clean Rivers Alliance/.test(r[0]));
    assert.match(alliance[1], /radical pressure group.*loaded/);
    assert.doesNotMatch(alliance[2], /radical/);
    const profile = await page.$eval('table.cmp-profile', (t) => t.textContent);
    assert.match(profile, /Loaded words only this article uses.*bullied, claimed, radical/);
    assert.match(profile, /1 named, 1 anonymous/);
    await page.screenshot({ path: path.join(outDir, 'slant-web-compare-1440.png'), fullPage: true });
    await axe(page, 'light, compare mode with two articles');

    // A third article, then removed again.
    await page.click('#compare-add');
    await paste(page, '.cmp-box:nth-child(3) textarea', evil);
    await page.waitForFunction(() => document.querySelectorAll('table.cmp-profile thead th').length === 3);
    assert.strictEqual(await page.$$eval('.cmp-result img, .cmp-result script', (e) => e.length), 0);
    assert.match(await page.$eval('table.cmp-profile thead', (t) => t.textContent), /<img src=x/);
    await page.click('button[aria-label="Remove article 3"]');
    await page.waitForFunction(() => document.querySelectorAll('table.cmp-profile thead th').length === 2);

    // At phone width the articles stack and nothing scrolls sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForTimeout(150);
    const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(over <= 0, `compare mode is ${over}px wider than a phone`);
    await page.locator('section.compare').screenshot({ path: path.join(outDir, 'slant-web-compare-390.png') });
    await page.setViewportSize({ width: 1440, height: 1000 });

    await paste(page, '.cmp-box:nth-child(2) textarea', other);
    await page.waitForSelector('.cmp-note');
    assert.match(await page.textContent('.cmp-note'), /^No actor in common/);
    assert.ok(await page.$('table.cmp-profile'), 'the profiles still compare the articles');
    await paste(page, '.cmp-box:nth-child(2) textarea', '');
    await page.waitForSelector('.cmp-wait');
  });

  await step('analysis time with actors off and on (printed, not asserted)', async () => {
    // A paste is analysed inside its input event, so the event's duration is the analysis (and
    // saving the text). Medians of repeated pastes, the actors panel closed, then open.
    const median = async (text, runs) => {
      const ms = [];
      for (let i = 0; i < runs; i++) {
        ms.push(
          await page.evaluate((t) => {
            const ta = document.querySelector('#article-input');
            ta.value = t;
            const t0 = performance.now();
            ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
            return performance.now() - t0;
          }, `${text}\n${i}`),
        );
        await page.waitForTimeout(60);
      }
      ms.sort((x, y) => x - y);
      return ms[ms.length >> 1].toFixed(1);
    };
    const big = Array(10).fill(seed).join('\n\n');
    if (await page.$('#actors-close')) await page.click('#actors-close');
    const off = [await median(seed, 11), await median(big, 5)];
    await page.click('#actors-open');
    await page.waitForSelector('.actor-list');
    const on = [await median(seed, 11), await median(big, 5)];
    assert.ok(await page.$('.actor-list > li'), 'actors listed');
    console.log(`     analysis time in the page, actors off -> on: seed (405 words) ${off[0]} -> ${on[0]} ms; seed x10 (4,050 words) ${off[1]} -> ${on[1]} ms (medians)`);
  });

  await step('axe-core: actors panel and compare mode, dark theme too', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await paste(page, '.cmp-box:nth-child(2) textarea', storyB);
    await page.waitForSelector('table.cmp-shared');
    await paste(page, '#article-input', seed);
    if (await page.$('#actors-open')) await page.click('#actors-open');
    await page.waitForSelector('.actor-list > li');
    await page.locator('.actor-list > li', { hasText: 'Saddam Hussein' }).first().locator('button.actor-pick').click();
    await page.waitForSelector('.backdrop .actor-layer mark');
    await axe(page, 'dark, actors panel and compare mode');
    await page.screenshot({ path: path.join(outDir, 'slant-web-framing-dark.png'), fullPage: true });
    for (const w of [390, 768, 1024]) {
      await page.setViewportSize({ width: w, height: w < 800 ? 844 : 1000 });
      await page.waitForTimeout(150);
      const over = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(over <= 0, `${w}px with both panels open: the page is ${over}px wider than the window`);
    }
    await page.locator('section.actors').screenshot({ path: path.join(outDir, 'slant-web-actors-1024-dark.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('section.actors').screenshot({ path: path.join(outDir, 'slant-web-actors-390-dark.png') });
    // On a phone the text box is screens above the panel: selecting an actor brings it into view.
    await page.locator('.actor-list > li', { hasText: 'Saddam Hussein' }).first().locator('button.actor-pick').click();
    await page.waitForSelector('.backdrop .actor-layer', { state: 'detached' });
    await page.locator('.actor-list > li', { hasText: 'Iraqi Kurds' }).first().locator('button.actor-pick').click();
    await page.waitForSelector('.backdrop .actor-layer mark.am');
    await page.waitForTimeout(300);
    const seen = await page.evaluate(() => {
      const m = document.getElementById('am0').getBoundingClientRect();
      return m.top >= 0 && m.bottom <= window.innerHeight && document.activeElement.classList.contains('actor-pick');
    });
    assert.ok(seen, 'on a phone the first mark should be on screen and focus stay on the actor');
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.emulateMedia({ colorScheme: 'light' });
  });
  await page.close();
}

module.exports = { framingSteps };

// Alone: the same steps with minimal scaffolding.
if (require.main === module) {
  const url = process.argv[2];
  const { launchChromium } = require(path.join(root, 'tools', 'browser.cjs'));
  const outDir = process.env.SLANT_E2E_OUT || path.join(root, 'target', 'e2e');
  fs.mkdirSync(outDir, { recursive: true });
  const axeSource = fs.readFileSync(path.join(root, 'tools', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  const seed = fs.readFileSync(path.join(root, 'tests', 'fixtures', 'seed-presstv-2009-06-15-mko.txt'), 'utf8');
  const problems = [];
  const dialogs = [];
  const watch = (p) => {
    p.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    p.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(`console: ${m.text()}`));
    p.on('dialog', async (d) => {
      dialogs.push(d.message());
      await d.dismiss();
    });
  };
  const step = async (name, fn) => {
    const t0 = Date.now();
    await fn();
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
  };
  const axe = async (p, state) => {
    if (!(await p.evaluate(() => Boolean(window.axe)))) await p.evaluate(axeSource);
    const r = await p.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
    const found = r.violations.map((v) => `${v.id}: ${v.help}; ${v.nodes[0].target.join(' ')}`);
    assert.deepStrictEqual(found, [], `axe-core violations, ${state}`);
  };
  (async () => {
    const ctx = await launchChromium({ viewport: { width: 1440, height: 1000 }, colorScheme: 'light', acceptDownloads: true });
    try {
      await framingSteps({ ctx, url, step, axe, watch, outDir, seed, dialogs });
      assert.deepStrictEqual(problems, []);
      console.log('framing e2e: all steps passed');
    } finally {
      await ctx.close();
    }
  })().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
