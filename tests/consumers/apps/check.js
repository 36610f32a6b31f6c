// Shared by the browser apps: fetch the seed article, await the documented ready step, analyse it,
// and leave a summary in window.result for run.mjs (flags as [category, rule, utf16Start, utf16End]).
// With { worker: true }, also through SlantWorker, as the bundler packaged it.
const summary = (r) => r.flags.map((f) => [f.category, f.rule, f.utf16Start, f.utf16End]);

export async function check(api, { worker = false } = {}) {
  const result = {};
  try {
    const seed = await (await fetch('./seed.txt')).text();
    await api.ready();
    const t0 = performance.now();
    const r = api.analyze(seed);
    result.firstAnalyzeMs = performance.now() - t0;
    result.flags = summary(r);
    result.sliceOk = r.flags.every((f) => seed.slice(f.utf16Start, f.utf16End) === f.text);
    if (worker) {
      const w = new api.SlantWorker();
      result.workerFlags = summary(await w.analyze(seed));
      w.terminate();
    }
  } catch (e) {
    result.error = String((e && e.message) || e);
  }
  window.result = result;
}
