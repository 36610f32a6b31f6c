// The package's hand-written TypeScript declarations, checked with tsc (strict) in two projects:
// a page (tests/node/types/check.ts, "dom" lib), whose @ts-expect-error lines prove that reports
// and options are typed precisely, and a Node-only one (check-node.ts: no DOM, no @types/node).
// Needs `typescript` in tools/node_modules (or TSC=/path/to/tsc); reported as skipped otherwise.
import { test } from 'node:test';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsc = process.env.TSC || join(root, 'tools/node_modules/.bin/tsc');

for (const [what, config, file] of [
  ['a DOM project', 'tsconfig.json', 'check.ts'],
  ['a Node-only project (no DOM lib)', 'tsconfig.node.json', 'check-node.ts'],
]) {
  test(`the .d.ts compiles and is precise in ${what}`, (t) => {
    if (!existsSync(tsc)) {
      t.skip(`no tsc at ${tsc}: add "typescript" to tools/package.json (or set TSC) to run this check`);
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'slant-types-'));
    try {
      const pkg = join(dir, 'node_modules', 'slant-wasm');
      mkdirSync(pkg, { recursive: true });
      cpSync(join(root, 'crates/wasm/pkg'), pkg, { recursive: true });
      cpSync(join(root, 'tests/node/types', file), join(dir, file));
      cpSync(join(root, 'tests/node/types', config), join(dir, 'tsconfig.json'));
      writeFileSync(join(dir, 'package.json'), '{"type": "module", "private": true}\n');
      execFileSync(tsc, ['-p', dir], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      throw new Error(`tsc failed:\n${e.stdout || ''}${e.stderr || ''}${e.stdout ? '' : e.message}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}
