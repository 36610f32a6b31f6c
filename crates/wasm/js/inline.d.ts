// Types of `slant-wasm/inline`: the main entry's API without SlantWorker (a worker loads the
// module from its own URL; use the main entry for it).
export { ready, analyze, highlight, unhighlight, lists, version, DEFAULT_SKIP, WordListError, Slant } from './index.js';
export type * from './index.js';
