// The worker_threads worker SlantWorker starts in Node.
import { parentPort } from 'node:worker_threads';
import './node.js';
import { serve } from './worker-protocol.js';

const handle = serve((reply) => parentPort.postMessage(reply));
parentPort.on('message', handle);
