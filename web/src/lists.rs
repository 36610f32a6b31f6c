//! The page's wordlists. In WebAssembly the core reads lists with its own small TOML reader
//! (`slant_core::wordlist::lite`, which the page's were moved to), not the `toml` crate; the
//! page's built-in lists come in the reader's shorthand form (crates/core/build.rs).

use std::sync::OnceLock;

use slant_core::wordlist::lite;
use slant_core::{Analyzer, WordList, WordListError};

/// The analyzer over the built-in lists, compiled once per module instance.
pub fn builtin() -> Result<&'static Analyzer, WordListError> {
    static BUILTIN: OnceLock<Result<Analyzer, WordListError>> = OnceLock::new();
    BUILTIN
        .get_or_init(|| builtin_lists().and_then(|l| Analyzer::from_lists(l.to_vec())))
        .as_ref()
        .map_err(Clone::clone)
}

/// The built-in lists plus the user's (a user's entry for the same words wins), as
/// `Analyzer::with_extra_lists`.
pub fn with_extra_lists(extra: Vec<WordList>) -> Result<Analyzer, WordListError> {
    let mut lists = builtin_lists()?.to_vec();
    lists.extend(extra);
    Analyzer::from_lists(lists)
}

/// The built-in lists as the page runs them: without the regex engine (left out of the page
/// for size), their regex entries go, as in the core's own `builtin_lists`.
fn builtin_lists() -> Result<&'static [WordList], WordListError> {
    static LISTS: OnceLock<Result<Vec<WordList>, WordListError>> = OnceLock::new();
    LISTS
        .get_or_init(|| {
            slant_core::builtin_sources()
                .iter()
                .map(|(path, text)| {
                    lite::parse(path, text, true).map(|mut l| {
                        l.entries.retain(|e| e.regex.is_none());
                        l
                    })
                })
                .collect()
        })
        .as_ref()
        .map(Vec::as_slice)
        .map_err(Clone::clone)
}

/// Parses one list as `WordList::parse` does. `origin` names it in errors.
pub fn parse(origin: &str, text: &str) -> Result<WordList, WordListError> {
    WordList::parse(origin, text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pages_analyzer_is_the_cores() {
        let seed = include_str!("../../tests/fixtures/seed-presstv-2009-06-15-mko.txt");
        let opts = slant_core::Options::default();
        let a = builtin().unwrap().analyze(seed, &opts).unwrap();
        let b = Analyzer::builtin().unwrap().analyze(seed, &opts).unwrap();
        assert_eq!(format!("{:?}", a.flags), format!("{:?}", b.flags));
        assert!(a.flags.len() > 10);
    }
}
