// The analysis worker: the page's own WebAssembly module (already downloaded, so nothing more
// to fetch), run off the main thread so that typing is never held up by an analysis. The page
// (web/src/worker.rs) posts {id, text, lists}; the answer is {id, bytes} (the report in the
// form of web/src/codec.rs, handed over without a copy) or {id, error, fatal}.
import init, { worker_analyze } from './slant-web.js';

const ready = init({ module_or_path: new URL('slant-web_bg.wasm', import.meta.url) });

self.onmessage = async ({ data }) => {
  const { id, text, lists } = data;
  try {
    await ready;
    const bytes = worker_analyze(text, lists);
    self.postMessage({ id, bytes }, [bytes.buffer]);
  } catch (e) {
    // A string is an error the analysis reported; anything else is a trap, after which the
    // module's memory cannot be trusted: this worker stops and the page starts a fresh one.
    const fatal = typeof e !== 'string';
    self.postMessage({ id, error: String((e && e.message) || e), fatal });
    if (fatal) self.close();
  }
};
