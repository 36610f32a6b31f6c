//! Pre-parses the built-in wordlists (with slant-core's own parser, on the host) into a compact
//! binary blob that the module decodes at start-up. Parsing ~85 KB of TOML in freshly loaded
//! WebAssembly took tens of milliseconds of the first `analyze()` call; decoding the blob takes
//! well under one. Custom lists are read in the module by the core's small TOML reader
//! (`slant_core::wordlist::lite`; the `toml` crate is linked only on the host, as here).
//!
//! Blob: "SLW9:", then either 0 + an error (origin, line, column, message) when a built-in list
//! does not parse (the module reports it as slant-core would), or 1 + the lists. Integers are
//! decimal and end with ':', floats likewise (Rust's shortest round-trip form), strings are the
//! text and a 0x1F (unit separator) byte, and an entry's line is the difference from the one
//! before it in its list. (Length prefixes and absolute lines are numbers gzip cannot match:
//! dropping them took the lean module from 250.7 to 243.8 KiB gzipped.) An entry's numbers come
//! first (line step, inflect, weight, sense), a string list is its count and its strings, and a
//! number is left empty when it has its usual value (inflect, the list's weight, no sense, an
//! empty list); the flag/pass examples (tests only) and, without the regex engine, the regex field are not
//! written at all: 1.5 KB of the gzipped blob. All of it is text, so
//! the module embeds it with `include_str!` and never validates UTF-8 at run time (per string,
//! that was slow in freshly loaded WebAssembly).
use std::{env, fs, path::Path};

use slant_core::{Entry, ListCategory, WordList};

struct W(String);

impl W {
    fn u32(&mut self, v: usize) {
        let v = u32::try_from(v).expect("wordlist field too large");
        self.0.push_str(&format!("{v}:"));
    }
    fn f64(&mut self, v: f64) {
        let text = v.to_string();
        // The module reads numbers with the core's small reader (no standard float parser).
        assert!(
            slant_core::wordlist::lite::number(&text).map(f64::to_bits) == Some(v.to_bits()),
            "the module's number reader would not read {text} back exactly"
        );
        self.0.push_str(&text);
        self.0.push(':');
    }
    /// A number left empty when it is `usual` (the decoder reads an empty field as that).
    fn u32_or(&mut self, v: usize, usual: usize) {
        if v == usual {
            self.0.push(':');
        } else {
            self.u32(v);
        }
    }
    fn str(&mut self, s: &str) {
        assert!(
            !s.contains('\u{1f}'),
            "a wordlist string holds U+001F: {s:?}"
        );
        self.0.push_str(s);
        self.0.push('\u{1f}');
    }
    /// A count (empty for none), then the strings.
    fn strs(&mut self, v: &[String]) {
        self.u32_or(v.len(), 0);
        for s in v {
            self.str(s);
        }
    }
}

fn main() {
    let lists_dir = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("../../wordlists");
    println!("cargo:rerun-if-changed={}", lists_dir.display());
    println!("cargo:rerun-if-changed=build.rs");
    let mut w = W("SLW9:".to_string());
    // The lean module has no regex engine: its built-in lists leave regex entries out.
    let keep_regex = env::var_os("CARGO_FEATURE_REGEX").is_some();
    let builtin = slant_core::builtin_lists().map(|lists| {
        let mut lists = lists.to_vec();
        if !keep_regex {
            for l in &mut lists {
                l.entries.retain(|e| e.regex.is_none());
            }
        }
        lists
    });
    match &builtin {
        Err(e) => {
            w.u32(0);
            w.str(&e.origin);
            w.u32(e.line);
            w.u32(e.column);
            w.str(&e.message);
        }
        Ok(lists) => {
            w.u32(1);
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
                    confidence,
                    entries,
                } = l;
                w.str(origin);
                w.str(id);
                w.str(&match category {
                    ListCategory::Cue => "cue".to_string(),
                    ListCategory::Flag(c) => c.as_str().to_string(),
                });
                w.str(kind);
                let (list_kind, list_weight) = (kind, weight);
                w.str(description);
                w.str(source);
                w.f64(*weight);
                // No fixed confidence is written as -1 (a confidence is never negative).
                w.f64(confidence.unwrap_or(-1.0));
                w.u32(entries.len());
                let mut previous_line = 0;
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
                        sense,
                        regex,
                        line,
                    } = e;
                    // Entries come in file order: the step from the last line is small.
                    assert!(
                        *line >= previous_line,
                        "{origin}: entries out of line order"
                    );
                    w.u32(line - previous_line);
                    w.u32_or(usize::from(*inflect), 1);
                    if weight == list_weight {
                        w.0.push(':');
                    } else {
                        w.f64(*weight);
                    }
                    w.u32_or(sense.code(), 0);
                    w.str(term);
                    // Most entries have their list's kind: written empty then (the module fills it in).
                    w.str(if kind == list_kind { "" } else { kind });
                    w.strs(variants);
                    w.str(explain);
                    w.strs(suggest);
                    w.strs(unless);
                    // The examples are the lists' tests; nothing in the module reads them.
                    let _ = (flag_examples, pass_examples);
                    if keep_regex {
                        w.strs(regex.as_slice());
                    }
                    previous_line = *line;
                }
            }
        }
    }
    let out = Path::new(&env::var("OUT_DIR").unwrap()).join("builtin_lists.txt");
    fs::write(out, w.0).unwrap();
}
