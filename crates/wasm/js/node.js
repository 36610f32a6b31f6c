// The Node entry (the `node` export condition; also Deno and Bun): the module is read from disk
// and compiled synchronously at import, so every function works at once. ready() resolves
// immediately (and warms the module up) and is there so that code shared with browsers runs
// unchanged.
import { readFileSync } from 'node:fs';
import { loadSync, setSource } from './runtime.js';

const wasmBytes = () => readFileSync(new URL('./slant_wasm.wasm', import.meta.url));
setSource(wasmBytes);
loadSync(wasmBytes());

export * from './api.js';
export { SlantWorker } from './worker-client-node.js';
