// Rollup has no asset step for `new URL('./x.wasm', import.meta.url)` by itself: the inlined entry.
import * as slant from 'slant-wasm/inline';
import { check } from './check.js';

check(slant);
