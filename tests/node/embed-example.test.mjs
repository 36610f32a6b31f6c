// web/embed-example.html in headless Chromium (Debian's /usr/bin/chromium via playwright-core
// from tools/): the page loads the web build, highlights its article, and re-highlights when an
// option changes, without console errors. Run after scripts/build-wasm.sh and scripts/setup.sh --browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { launchChromium, serveDir } = createRequire(import.meta.url)(join(root, 'tools', 'browser.cjs'));

test('the embed example highlights its article', async () => {
  const { proc, port } = await serveDir(root);
  const ctx = await launchChromium();
  try {
    const page = ctx.pages()[0] || await ctx.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(`http://127.0.0.1:${port}/web/embed-example.html`);
    await page.waitForFunction(() => window.slantReport, null, { timeout: 30000 });
    const got = await page.evaluate(() => {
      const story = document.querySelector('#story');
      const marks = [...story.querySelectorAll('mark[data-slant]')];
      return {
        marks: marks.length,
        categories: [...new Set(marks.flatMap((m) => m.dataset.slant.split(' ')))].sort(),
        titled: marks.every((m) => m.title.length > 0),
        inScript: story.querySelectorAll('script mark').length,
        scripts: story.querySelectorAll('script').length,
        code: story.querySelector('code').textContent,
        nested: story.querySelectorAll('mark mark').length,
        status: document.querySelector('#status').textContent,
      };
    });
    assert.ok(got.marks >= 5, JSON.stringify(got));
    assert.deepEqual(got.categories, ['anonymous_source', 'loaded_language', 'unattributed_assertion']);
    assert.ok(got.titled);
    assert.equal(got.inScript, 0);
    assert.equal(got.scripts, 1);
    assert.equal(got.code, '<script>alert(1)</script>');
    assert.equal(got.nested, 0);
    assert.match(got.status, /Slant score/);

    // Unticking a category re-highlights without it.
    await page.uncheck('input[value=loaded_language]');
    const after = await page.evaluate(() =>
      [...document.querySelectorAll('#story mark[data-slant]')].map((m) => m.dataset.slant));
    assert.ok(after.length > 0 && after.every((c) => !c.includes('loaded_language')), JSON.stringify(after));
    await page.click('#clear');
    assert.equal(await page.locator('#story mark').count(), 0);
    assert.deepEqual(problems, []);
  } finally {
    await ctx.close();
    proc.kill();
  }
});
