// SlantWorker for browsers: the same analysis in a module Worker, with Promises.
import { WorkerClient } from './worker-protocol.js';

export class SlantWorker extends WorkerClient {
  constructor(options) {
    const { worker, ...rest } = options || {};
    let w = worker;
    if (!w) {
      if (typeof Worker !== 'function') throw new Error('slant-wasm: SlantWorker needs Web Workers (a browser), or pass { worker }');
      // Written out in full so that bundlers (Vite, webpack, Parcel) bundle the worker too.
      w = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'slant-wasm' });
    }
    super({ post: (m) => w.postMessage(m), terminate: () => w.terminate() }, rest);
    w.addEventListener('message', (e) => this.receive(e.data));
    w.addEventListener('error', (e) => {
      if (e.preventDefault) e.preventDefault();
      this.fail(new Error(`slant-wasm: the worker failed (${e.message || 'worker.js did not load; is it served beside the package entry?'})`));
    });
  }
}
