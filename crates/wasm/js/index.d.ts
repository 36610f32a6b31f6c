// Types of the main entry `slant-wasm` (browsers, bundlers and Node): the API (api.d.ts) and
// SlantWorker. Written by hand; scripts/build-wasm.sh makes the CommonJS copies (.d.cts).
import type { ListInfo, Report, SlantAnalyzeOptions, SlantOptions, TransferableWasmSource } from './api.js';

export * from './api.js';

/** Options of a {@link SlantWorker}: a Slant's, plus where its module and worker come from. */
export interface SlantWorkerOptions extends SlantOptions {
  /** Where the worker loads the module from (a URL string, bytes or a compiled module). */
  wasm?: TransferableWasmSource;
  /**
   * A Worker you started yourself on the package's `dist/worker.js` (browsers only), for bundlers
   * that do not handle `new Worker(new URL(...))`.
   */
  worker?: unknown;
}

/**
 * The same analysis in a worker (a Web Worker in browsers, a worker thread in Node), so long texts
 * never block the page. Calls queue until the worker is ready; errors arrive as the same classes.
 * In Node it keeps the process running until `terminate()`.
 */
export class SlantWorker {
  constructor(options?: SlantWorkerOptions);
  /** Resolves when the worker has loaded the module and compiled the wordlists. */
  ready(): Promise<void>;
  analyze(text: string, options?: SlantAnalyzeOptions): Promise<Report>;
  lists(): Promise<ListInfo[]>;
  /** Stops the worker; pending and later calls reject. */
  terminate(): void;
}
