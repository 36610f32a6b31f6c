// Hashes the page worker's report on each article of JSONL files, for comparing two builds of web/dist:
// `node scripts/wasm-reports.mjs DIST OUT.txt FILE.jsonl...` writes one sha-256 a line (then `cmp` two OUTs).
// Calls `worker_analyze(text, "[]")` (the built-in lists) as web/worker.js does (session 51, page size).
import fs from 'fs';
import crypto from 'crypto';
import path from 'path';
import { pathToFileURL } from 'url';
const [dist, out, ...files] = process.argv.slice(2);
const m = await import(pathToFileURL(path.resolve(dist, 'slant-web.js')).href);
await m.default({ module_or_path: fs.readFileSync(path.resolve(dist, 'slant-web_bg.wasm')) });
const lines = [];
let n = 0, bytes = 0, errs = 0;
for (const f of files) {
  for (const line of fs.readFileSync(f, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const text = JSON.parse(line).text;
    let r;
    try { r = m.worker_analyze(text, '[]'); } catch (e) { r = Buffer.from('ERR ' + String(e)); errs++; }
    bytes += r.length; n++;
    lines.push(crypto.createHash('sha256').update(r).digest('hex'));
  }
}
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log(`${n} articles, ${bytes} report bytes, ${errs} errors`);
