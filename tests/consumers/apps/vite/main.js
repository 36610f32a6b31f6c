// The lean entry: the bundler emits slant_wasm.wasm and SlantWorker's worker with the bundle.
import * as slant from 'slant-wasm';
import { check } from './check.js';

check(slant, { worker: true });
