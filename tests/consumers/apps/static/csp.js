// The strict-CSP pages' script (inline scripts are not allowed there).
import * as slant from './slant-wasm/index.js';
import { check } from './check.js';

check(slant);
