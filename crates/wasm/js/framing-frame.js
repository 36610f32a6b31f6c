// The framing module's hook (copied as dist/frame/framing.js by scripts/build-wasm.sh).
import * as glue from './slant_wasm.js';

export const FRAMING = true;

export function compareArticles(articles) {
  return glue.compare(articles);
}
