// One attack on the WebAssembly module in Node: `node scripts/reliability-wasm.cjs PKG_NODE_DIR
// TEXT_FILE [LIST_FILE]`. Prints `ok <ms> <flags>` or `error <ms> <message>`; the caller
// measures peak memory of the whole process.
'use strict';
const fs = require('fs');
const path = require('path');
const [pkg, textFile, listFile] = process.argv.slice(2);
const slant = require(path.resolve(pkg, 'slant_wasm.js'));
const text = fs.readFileSync(textFile, 'utf8');
const t0 = process.hrtime.bigint();
try {
  let report;
  if (listFile) {
    const engine = new slant.Slant({ wordlists: [fs.readFileSync(listFile, 'utf8')] });
    report = engine.analyze(text);
  } else {
    report = slant.analyze(text);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`ok ${ms.toFixed(0)} ${report.flags.length}`);
} catch (e) {
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  console.log(`error ${ms.toFixed(0)} ${String(e && e.message || e).split('\n')[0]}`);
}
