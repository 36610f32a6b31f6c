// The lean entry (browsers and bundlers): the module is fetched from slant_wasm.wasm beside this
// file when ready() is called.
import { setSource } from './api.js';
import { wasmUrl } from './locate.js';

setSource(wasmUrl);

export { ready, analyze, highlight, unhighlight, lists, version, Slant, WordListError, DEFAULT_SKIP, __test } from './api.js';
export { SlantWorker } from './worker-client.js';
