// Node, ES modules: `import` and call; the module loads at import.
import { analyze } from 'slant-wasm';
import { readFileSync } from 'node:fs';

const seed = readFileSync(process.argv[2], 'utf8');
const r = analyze(seed);
console.log(JSON.stringify({
  flags: r.flags.map((f) => [f.category, f.rule, f.utf16Start, f.utf16End]),
  sliceOk: r.flags.every((f) => seed.slice(f.utf16Start, f.utf16End) === f.text),
}));
