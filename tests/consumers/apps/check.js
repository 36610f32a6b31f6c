// Shared by the browser apps: fetch the seed article, await the documented ready step, analyse it,
// and leave a summary in window.result for run.mjs (flags as [category, rule, utf16Start, utf16End]).
export async function check(api) {
  const result = {};
  try {
    const seed = await (await fetch('./seed.txt')).text();
    await api.ready();
    const t0 = performance.now();
    const r = api.analyze(seed);
    result.firstAnalyzeMs = performance.now() - t0;
    result.flags = r.flags.map((f) => [f.category, f.rule, f.utf16Start, f.utf16End]);
    result.sliceOk = r.flags.every((f) => seed.slice(f.utf16Start, f.utf16End) === f.text);
  } catch (e) {
    result.error = String((e && e.message) || e);
  }
  window.result = result;
}
