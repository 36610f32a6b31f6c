// Types of `slant-wasm/inline`: the API without SlantWorker (a worker loads the module from its
// own URL; use the main entry for it).
export * from './api.js';
