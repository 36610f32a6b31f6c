// The browser worker SlantWorker starts (a module worker). It loads slant_wasm.wasm from beside
// this file, or from the `wasm` option SlantWorker was given.
import { setSource } from './runtime.js';
import { wasmUrl } from './locate.js';
import { serve } from './worker-protocol.js';

setSource(wasmUrl);
const handle = serve((reply) => self.postMessage(reply));
self.addEventListener('message', (e) => handle(e.data));
