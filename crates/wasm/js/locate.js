// Where the lean entries find the module: beside this file. Written as
// `new URL('./slant_wasm.wasm', import.meta.url)` literally so that bundlers (Vite, webpack,
// Rollup, Parcel) see it and emit the file with the bundle.
export function wasmUrl() {
  try {
    return new URL('./slant_wasm.wasm', import.meta.url);
  } catch (cause) {
    // An IIFE or CommonJS bundle has no import.meta.url.
    throw new Error("slant-wasm: cannot tell where slant_wasm.wasm is (this bundle has no import.meta.url, as in an IIFE); import 'slant-wasm/inline' instead, or pass ready({ wasm: url }).", { cause });
  }
}
