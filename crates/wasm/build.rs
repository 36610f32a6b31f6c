//! Pre-parses the built-in wordlists (with slant-core's own parser, on the host) into a compact
//! binary blob that the module decodes at start-up. Parsing ~85 KB of TOML in freshly loaded
//! WebAssembly took tens of milliseconds of the first `analyze()` call; decoding the blob takes
//! well under one. The TOML parser stays in the module for custom lists.
//!
//! Blob: b"SLW1", then either 0 + an error (origin, line, column, message) when a built-in list
//! does not parse (the module reports it as slant-core would), or 1 + the lists. Integers are
//! unsigned LEB128 (u32), floats f64 bits little-endian, strings a u32 length and UTF-8 bytes.
use std::{env, fs, path::Path};

use slant_core::{Entry, ListCategory, WordList};

struct W(Vec<u8>);

impl W {
    /// LEB128: most lengths fit one byte, which keeps the blob smaller than the TOML.
    fn u32(&mut self, v: usize) {
        let mut v = u32::try_from(v).expect("wordlist field too large");
        loop {
            let byte = (v & 0x7F) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(byte);
                return;
            }
            self.0.push(byte | 0x80);
        }
    }
    fn f64(&mut self, v: f64) {
        self.0.extend_from_slice(&v.to_bits().to_le_bytes());
    }
    fn bool(&mut self, v: bool) {
        self.0.push(u8::from(v));
    }
    fn str(&mut self, s: &str) {
        self.u32(s.len());
        self.0.extend_from_slice(s.as_bytes());
    }
    fn strs(&mut self, v: &[String]) {
        self.u32(v.len());
        for s in v {
            self.str(s);
        }
    }
}

fn main() {
    let lists_dir = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("../../wordlists");
    println!("cargo:rerun-if-changed={}", lists_dir.display());
    println!("cargo:rerun-if-changed=build.rs");
    let mut w = W(b"SLW1".to_vec());
    match slant_core::builtin_lists() {
        Err(e) => {
            w.0.push(0);
            w.str(&e.origin);
            w.u32(e.line);
            w.u32(e.column);
            w.str(&e.message);
        }
        Ok(lists) => {
            w.0.push(1);
            w.u32(lists.len());
            for l in lists {
                // Destructured without `..`: a field added to WordList or Entry fails the build
                // here instead of being silently dropped from the module.
                let WordList {
                    origin,
                    id,
                    category,
                    kind,
                    description,
                    source,
                    weight,
                    entries,
                } = l;
                w.str(origin);
                w.str(id);
                w.str(&match category {
                    ListCategory::Cue => "cue".to_string(),
                    ListCategory::Flag(c) => c.as_str().to_string(),
                });
                w.str(kind);
                w.str(description);
                w.str(source);
                w.f64(*weight);
                w.u32(entries.len());
                for e in entries {
                    let Entry {
                        term,
                        kind,
                        variants,
                        inflect,
                        weight,
                        explain,
                        suggest,
                        unless,
                        flag_examples,
                        pass_examples,
                        line,
                    } = e;
                    w.str(term);
                    w.str(kind);
                    w.strs(variants);
                    w.bool(*inflect);
                    w.f64(*weight);
                    w.str(explain);
                    w.strs(suggest);
                    w.strs(unless);
                    w.strs(flag_examples);
                    w.strs(pass_examples);
                    w.u32(*line);
                }
            }
        }
    }
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("builtin_lists.bin");
    fs::write(out, w.0).unwrap();
}
