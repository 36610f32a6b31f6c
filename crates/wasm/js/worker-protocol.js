// The message protocol between SlantWorker (the page or main thread) and the worker, shared by
// the browser's Worker and Node's worker_threads. Requests are { id, op, args }; replies are
// { id, result } or { id, error }. The worker handles them one at a time, in order.
import { ready, Slant } from './api.js';
import { WordListError } from './errors.js';

/** Worker side: `send(reply)` posts a reply; returns the function to call with each request. */
export function serve(send) {
  let slant = null;
  let queue = Promise.resolve();
  const run = async ({ id, op, args }) => {
    try {
      let result;
      if (op === 'init') {
        await ready(args[0]);
        slant = new Slant(args[1]);
      } else if (!slant) {
        throw new Error('slant-wasm: the worker was not initialised');
      } else if (op === 'analyze') {
        result = slant.analyze(args[0], args[1]);
      } else if (op === 'lists') {
        result = slant.lists();
      } else {
        throw new Error(`slant-wasm: unknown worker request ${op}`);
      }
      send({ id, result });
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      send({ id, error: { name: err.name, message: err.message, origin: err.origin, line: err.line, column: err.column, reason: err.reason } });
    }
  };
  return (request) => {
    queue = queue.then(() => run(request));
  };
}

function revive(e) {
  if (e.name === 'WordListError') return new WordListError(e.message, e);
  const Ctor = { TypeError, RangeError }[e.name] || Error;
  const err = new Ctor(e.message);
  if (Ctor === Error && e.name && e.name !== 'Error') err.name = e.name;
  return err;
}

/**
 * Main-thread side. `port` is { post(message), terminate() }; the subclass feeds replies to
 * receive() and failures to fail(). Options are a Slant's (wordlists compiled once, in the
 * worker) plus `wasm`, where the worker loads the module from (as ready({ wasm })).
 */
export class WorkerClient {
  #port;
  #pending = new Map();
  #next = 1;
  #started;
  #failure = null;

  constructor(port, options) {
    this.#port = port;
    const { wasm, ...slantOptions } = options || {};
    const readyOptions = wasm === undefined ? undefined : { wasm: wasm instanceof URL ? wasm.href : wasm };
    this.#started = this.#call('init', [readyOptions, slantOptions]);
    // A failed start rejects every call; this keeps it from also being an unhandled rejection.
    this.#started.catch(() => {});
  }

  #call(op, args) {
    if (this.#failure) return Promise.reject(this.#failure);
    return new Promise((resolve, reject) => {
      const id = this.#next++;
      this.#pending.set(id, { resolve, reject });
      this.#port.post({ id, op, args });
    });
  }

  receive(reply) {
    const p = this.#pending.get(reply.id);
    if (!p) return;
    this.#pending.delete(reply.id);
    if (reply.error) p.reject(revive(reply.error));
    else p.resolve(reply.result);
  }

  fail(error) {
    this.#failure = error;
    for (const p of this.#pending.values()) p.reject(error);
    this.#pending.clear();
  }

  /** Resolves when the worker has loaded the module and compiled the wordlists. */
  ready() {
    return this.#started.then(() => undefined);
  }

  /** Like analyze(), in the worker: the page never blocks, however long the text. */
  analyze(text, options) {
    return this.#started.then(() => this.#call('analyze', [text, options]));
  }

  /** Like Slant.lists(), in the worker. */
  lists() {
    return this.#started.then(() => this.#call('lists', []));
  }

  /** Stops the worker; pending and later calls reject. */
  terminate() {
    this.#port.terminate();
    this.fail(new Error('slant-wasm: the SlantWorker was terminated'));
  }
}
