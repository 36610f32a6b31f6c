//! A fixed word class written as one space-separated string.
//!
//! A `&[&str]` costs a pointer and a length per word (8 bytes in WebAssembly) in a table that
//! gzip barely shrinks; the same words as one string cost a space each. Lookups go through
//! `sense::one_of`, which scans short classes and, natively, keeps a set for long ones.

use crate::sense;

/// Words separated by single spaces; no entry is empty or holds a space.
#[derive(Clone, Copy)]
pub(crate) struct Words(pub &'static str);

impl Words {
    /// Whether `w` is one of the words (the `<[&str]>::contains` of the list this replaces).
    pub(crate) fn contains(self, w: &&str) -> bool {
        sense::one_of(self.0, w)
    }
}

/// A handful of words to test a word against: natively an array (compared in place, faster
/// than a class's set for so few words), in WebAssembly a `Words` string (no table of pointers
/// in the download). Either way `few!("a" "b").contains(&w)` is whether `w` is one of them.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! few {
    ($($w:literal)+) => {
        [$($w),+]
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! few {
    ($first:literal $($w:literal)*) => {
        $crate::words::Words(concat!($first $(, " ", $w)*))
    };
}
pub(crate) use few;

/// No word is empty or holds a space (what `word_in!`'s string form needs).
pub(crate) const fn plain(words: &[&str]) -> bool {
    let mut i = 0;
    while i < words.len() {
        let w = words[i].as_bytes();
        if w.is_empty() {
            return false;
        }
        let mut j = 0;
        while j < w.len() {
            if w[j] == b' ' {
                return false;
            }
            j += 1;
        }
        i += 1;
    }
    true
}

/// Whether `w` is the first or the second word of `pair` ("a b"): two-word `word_in!` in
/// WebAssembly. Neither word holds a space, so a space right after (before) `w.len()` bytes
/// can only be the one between them: as fast as comparing with each literal.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
#[inline(never)]
pub(crate) fn either(pair: &'static str, w: &str) -> bool {
    let (p, n) = (pair.as_bytes(), w.len());
    n < p.len()
        && (p[n] == b' ' && p[..n] == *w.as_bytes()
            || p[p.len() - n - 1] == b' ' && p[p.len() - n..] == *w.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::{either, plain};
    use crate::sense::one_of;

    /// `word_in!`'s two forms answer alike: the literals compared in place, and one class string.
    #[test]
    fn word_in_s_string_form_answers_as_its_match() {
        for w in ["mr", "mrs", "ms", "m", "mrs.", "Mr", "", " ", "mr mrs", "s"] {
            let in_place = word_in!(w, "mr" | "mrs" | "ms");
            assert_eq!(
                in_place,
                one_of(concat!("mr", " ", "mrs", " ", "ms"), w),
                "{w:?}"
            );
        }
        assert!(plain(&["a", "b."]) && !plain(&["a", ""]) && !plain(&["a b"]));
        for w in ["as", "a", "an", "s", "as a", "asan", "", " ", "nas", "An"] {
            assert_eq!(word_in!(w, "as" | "an"), either("as an", w), "{w:?}");
            assert_eq!(word_in!(w, "a" | "as"), either("a as", w), "{w:?}");
        }
        for w in ["a", "aa", "aaa", "a a", "", " ", "A", "—", "—a"] {
            assert_eq!(word_in!(w, "aa" | "a"), either("aa a", w), "{w:?}");
            assert_eq!(word_in!(w, "—" | "a"), either("— a", w), "{w:?}");
        }
    }
}
