//! The built-in wordlists, decoded from the blob `build.rs` made with slant-core's parser, and
//! compiled once per module. Decoding never panics: a malformed blob (a build bug) is an error.

use std::sync::OnceLock;

use slant_core::sense::Sense;
use slant_core::wordlist::lite;
use slant_core::{Analyzer, Category, Entry, ListCategory, WordList, WordListError};

static BLOB: &str = include_str!(concat!(env!("OUT_DIR"), "/builtin_lists.txt"));

struct R<'a> {
    b: &'a str,
}

impl<'a> R<'a> {
    fn take(&mut self, n: usize) -> Option<&'a str> {
        let h = self.b.get(..n)?;
        self.b = &self.b[n..];
        Some(h)
    }
    /// Text up to the next ':' (which is skipped). A byte loop, not `split_once`: the string
    /// searcher is slow code in WebAssembly's baseline compiler, and this runs at start-up.
    fn field(&mut self) -> Option<&'a str> {
        let i = self.b.bytes().position(|c| c == b':')?;
        let h = &self.b[..i];
        self.b = &self.b[i + 1..];
        Some(h)
    }
    fn u32(&mut self) -> Option<usize> {
        let f = self.field()?;
        // Up to u32::MAX (a sense code with the 28th context needs ten digits); checked, as
        // usize is 32 bits in WebAssembly.
        if f.is_empty() || f.len() > 10 {
            return None;
        }
        f.bytes().try_fold(0usize, |n, c| {
            if !c.is_ascii_digit() {
                return None;
            }
            n.checked_mul(10)?.checked_add(usize::from(c - b'0'))
        })
    }
    /// A number build.rs leaves empty when it is `usual`.
    fn u32_or(&mut self, usual: usize) -> Option<usize> {
        match self.b.strip_prefix(':') {
            Some(rest) => {
                self.b = rest;
                Some(usual)
            }
            None => self.u32(),
        }
    }
    /// With the core's small TOML number reader, not `str::parse` (the standard float parser
    /// is about 5 KB of code); build.rs checks that it reads every float back exactly.
    fn f64(&mut self) -> Option<f64> {
        lite::number(self.field()?)
    }
    /// Text up to the next 0x1F byte (which is skipped).
    fn str(&mut self) -> Option<String> {
        let i = self.b.bytes().position(|c| c == 0x1f)?;
        let h = self.take(i)?.to_string();
        self.take(1)?;
        Some(h)
    }
    fn strs(&mut self) -> Option<Vec<String>> {
        let n = self.u32_or(0)?;
        (0..n).map(|_| self.str()).collect()
    }
}

fn corrupt() -> WordListError {
    WordListError {
        origin: "slant-wasm".into(),
        line: 0,
        column: 0,
        message: "the built-in wordlists embedded in this module are corrupt; rebuild it".into(),
    }
}

fn decode(blob: &str) -> Result<Vec<WordList>, WordListError> {
    let mut r = R { b: blob };
    if r.field() != Some("SLW9") {
        return Err(corrupt());
    }
    match r.u32() {
        Some(0) => {
            let e = (|| {
                Some(WordListError {
                    origin: r.str()?,
                    line: r.u32()?,
                    column: r.u32()?,
                    message: r.str()?,
                })
            })();
            return Err(e.unwrap_or_else(corrupt));
        }
        Some(1) => {}
        _ => return Err(corrupt()),
    }
    let lists = (|| {
        let n = r.u32()?;
        let mut lists = Vec::with_capacity(n);
        for _ in 0..n {
            let origin = r.str()?;
            let id = r.str()?;
            let cat = r.str()?;
            let category = if cat == "cue" {
                ListCategory::Cue
            } else {
                ListCategory::Flag(Category::parse(&cat)?)
            };
            let kind = r.str()?;
            let description = r.str()?;
            let source = r.str()?;
            let weight = r.f64()?;
            let confidence = Some(r.f64()?).filter(|c| *c >= 0.0);
            let ne = r.u32()?;
            let mut entries = Vec::with_capacity(ne);
            let mut line = 0usize;
            for _ in 0..ne {
                // In build.rs's order: the numbers first, each empty when usual.
                line = line.checked_add(r.u32()?)?;
                let inflect = r.u32_or(1)? != 0;
                let entry_weight = match r.field()? {
                    "" => weight,
                    w => lite::number(w)?,
                };
                let sense = Sense::from_code(r.u32_or(0)?)?;
                entries.push(Entry {
                    term: r.str()?,
                    kind: Some(r.str()?)
                        .filter(|k| !k.is_empty())
                        .unwrap_or_else(|| kind.clone()),
                    variants: r.strs()?,
                    inflect,
                    weight: entry_weight,
                    explain: r.str()?,
                    suggest: r.strs()?,
                    unless: r.strs()?,
                    // The examples are the lists' tests: not in the blob.
                    flag_examples: Vec::new(),
                    pass_examples: Vec::new(),
                    sense,
                    // Only a module with the regex engine has its lists' regex entries.
                    regex: if cfg!(feature = "regex") {
                        r.strs()?.pop()
                    } else {
                        None
                    },
                    line,
                });
            }
            lists.push(WordList {
                origin,
                id,
                category,
                kind,
                description,
                source,
                weight,
                confidence,
                entries,
            });
        }
        r.b.is_empty().then_some(lists)
    })();
    lists.ok_or_else(corrupt)
}

static LISTS: OnceLock<Result<Vec<WordList>, WordListError>> = OnceLock::new();
static ANALYZER: OnceLock<Result<Analyzer, WordListError>> = OnceLock::new();

/// The built-in lists, decoded once.
pub(crate) fn lists() -> Result<&'static [WordList], WordListError> {
    LISTS
        .get_or_init(|| decode(BLOB))
        .as_ref()
        .map(Vec::as_slice)
        .map_err(Clone::clone)
}

/// The analyzer over the built-in lists, made once (from its own decoded copy: decoding is as
/// cheap as cloning). Its patterns are compiled here, not shipped precompiled: that text was
/// about 21 KB of the gzipped module, and `ready()` pays the compile in its warm-up call, so the
/// first `analyze()` after it does not.
pub(crate) fn analyzer() -> Result<&'static Analyzer, WordListError> {
    ANALYZER
        .get_or_init(|| Analyzer::from_lists(decode(BLOB)?))
        .as_ref()
        .map_err(Clone::clone)
}

/// The built-in lists plus `extra` (as `Analyzer::with_extra_lists`, without re-parsing TOML).
pub(crate) fn with_extra(extra: Vec<WordList>) -> Result<Analyzer, WordListError> {
    let mut all = lists()?.to_vec();
    all.extend(extra);
    Analyzer::from_lists(all)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blob_decodes_to_exactly_the_core_lists() {
        let ours = lists().unwrap();
        let core = slant_core::builtin_lists().unwrap();
        assert_eq!(ours.len(), core.len());
        for (a, b) in ours.iter().zip(core) {
            // The blob leaves out the entries' flag/pass examples (tests only) and, without the
            // regex engine, regex entries.
            let mut b = b.clone();
            if !cfg!(feature = "regex") {
                b.entries.retain(|e| e.regex.is_none());
            }
            for e in &mut b.entries {
                e.flag_examples.clear();
                e.pass_examples.clear();
            }
            assert_eq!(format!("{a:?}"), format!("{b:?}"));
        }
    }

    #[test]
    fn analyzer_from_the_blob_matches_the_core_on_the_seed() {
        let core = Analyzer::from_lists(slant_core::builtin_lists().unwrap().to_vec()).unwrap();
        let ours = analyzer().unwrap();
        let text = include_str!("../../../tests/fixtures/seed-presstv-2009-06-15-mko.txt");
        let opts = slant_core::Options::default();
        let a = ours.analyze(text, &opts).unwrap();
        let b = core.analyze(text, &opts).unwrap();
        assert!(!a.flags.is_empty());
        assert_eq!(format!("{a:?}"), format!("{b:?}"));
    }

    #[test]
    fn truncated_blob_is_an_error_not_a_panic() {
        for n in [0, 3, 5, 9, BLOB.len() / 2, BLOB.len() - 1] {
            let n = (0..=n)
                .rev()
                .find(|&i| BLOB.is_char_boundary(i))
                .unwrap_or(0);
            assert!(decode(&BLOB[..n]).is_err(), "prefix of {n} bytes");
        }
    }
}
