// The inlined entry: the module travels inside this JavaScript (one character per byte), for setups that cannot
// serve a .wasm file (an IIFE <script>, esbuild without an asset step, a single-file build).
// ready() is still needed: a browser page may only compile a large module asynchronously.
import { setSource } from './runtime.js';
import { wasmBytes } from './wasm-inline.js';

// Each character's code is one byte of the module (see scripts/build-wasm.sh).
function decode(chars) {
  const out = new Uint8Array(chars.length);
  for (let i = 0; i < chars.length; i++) out[i] = chars.charCodeAt(i);
  return out;
}

setSource(() => decode(wasmBytes));

export * from './api.js';
