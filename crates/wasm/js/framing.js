// The lean module's framing hook: it has no compare() (framing is left out to keep the module
// small; scripts/build-wasm.sh). The `slant-wasm/frame` entries get framing-frame.js here instead.
export const FRAMING = false;

export function compareArticles() {
  throw new Error("slant-wasm: compare() and actors need the framing module; import them from 'slant-wasm/frame' (same API, a larger module), e.g. import { compare } from 'slant-wasm/frame'.");
}
