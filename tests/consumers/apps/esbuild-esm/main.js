// The lean entry: the bundler (or the copy step in run.mjs) puts slant_wasm.wasm beside the bundle.
import * as slant from 'slant-wasm';
import { check } from './check.js';

check(slant);
