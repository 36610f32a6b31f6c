// The inlined entry: the module travels inside this JavaScript (base64), for setups that cannot
// serve a .wasm file (an IIFE <script>, esbuild without an asset step, a single-file build).
// ready() is still needed: a browser page may only compile a large module asynchronously.
import { setSource } from './runtime.js';
import { wasmBase64 } from './wasm-inline.js';

function decode(b64) {
  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(b64);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

setSource(() => decode(wasmBase64));

export * from './api.js';
