// An IIFE bundle has no import.meta.url, so it takes the entry with the module inlined.
import * as slant from 'slant-wasm/inline';
import { check } from './check.js';

check(slant);
