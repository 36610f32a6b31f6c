// SlantWorker for Node: the same Promise API over a worker_threads Worker. Like any worker thread
// it keeps the process running until terminate().
import { Worker } from 'node:worker_threads';
import { WorkerClient } from './worker-protocol.js';

export class SlantWorker extends WorkerClient {
  constructor(options) {
    const w = new Worker(new URL('./worker-node.js', import.meta.url));
    super({ post: (m) => w.postMessage(m), terminate: () => w.terminate() }, options);
    w.on('message', (m) => this.receive(m));
    w.on('error', (e) => this.fail(new Error(`slant-wasm: the worker failed (${e.message})`, { cause: e })));
  }
}
