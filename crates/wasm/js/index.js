// The lean entry (browsers and bundlers): the module is fetched from slant_wasm.wasm beside this
// file when ready() is called.
import { setSource } from './runtime.js';
import { wasmUrl } from './locate.js';

setSource(wasmUrl);

export * from './api.js';
export { SlantWorker } from './worker-client.js';
