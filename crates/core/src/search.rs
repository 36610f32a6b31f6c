//! Substring search that costs the WebAssembly builds little code. The standard searcher for a
//! `&str` pattern (two-way: about 2.5 KB raw in the page's module) is reached from a few sites,
//! and from every `contains(char)`, which searches for a character outside ASCII as a string. In
//! WebAssembly these compare byte by byte (each needle is a few bytes, or a word looked for in
//! a class string of bounded length); natively they are the standard searches. Results are the
//! same either way: a match of valid UTF-8 in valid UTF-8 starts on a character boundary.

/// `find`, `contains` and `trim_end_matches` with a string or character pattern.
pub trait Search {
    /// As `str::find` with a `&str`.
    fn find_str(&self, needle: &str) -> Option<usize>;
    /// As `str::contains` with a `&str`.
    fn has(&self, needle: &str) -> bool;
    /// As `str::contains` with a `char`.
    fn has_char(&self, c: char) -> bool;
    /// As `str::trim_end_matches` with a `&str`.
    fn trim_end_str(&self, suffix: &str) -> &str;
}

impl Search for str {
    #[inline]
    fn find_str(&self, needle: &str) -> Option<usize> {
        if cfg!(not(target_arch = "wasm32")) {
            return self.find(needle);
        }
        byte_find(self, needle)
    }

    #[inline]
    fn has(&self, needle: &str) -> bool {
        if cfg!(not(target_arch = "wasm32")) {
            return self.contains(needle);
        }
        byte_find(self, needle).is_some()
    }

    #[inline]
    fn has_char(&self, c: char) -> bool {
        if cfg!(not(target_arch = "wasm32")) {
            return self.contains(c);
        }
        byte_find(self, c.encode_utf8(&mut [0; 4])).is_some()
    }

    #[inline]
    fn trim_end_str(&self, suffix: &str) -> &str {
        if cfg!(not(target_arch = "wasm32")) {
            return self.trim_end_matches(suffix);
        }
        byte_trim_end(self, suffix)
    }
}

/// The first `needle` in `hay`, comparing bytes: a scan for the needle's first byte, and the
/// rest compared where it is found (at most hay x needle comparisons; the needles are short).
fn byte_find(hay: &str, needle: &str) -> Option<usize> {
    let (hay, needle) = (hay.as_bytes(), needle.as_bytes());
    let Some((&first, rest)) = needle.split_first() else {
        return Some(0);
    };
    let mut at = 0;
    while let Some(k) = hay[at..].iter().position(|&b| b == first) {
        let i = at + k;
        if hay[i + 1..].starts_with(rest) {
            return Some(i);
        }
        at = i + 1;
    }
    None
}

/// `s` without any number of `suffix` at its end (an empty suffix takes nothing).
fn byte_trim_end<'s>(mut s: &'s str, suffix: &str) -> &'s str {
    while let Some(rest) = s.strip_suffix(suffix).filter(|_| !suffix.is_empty()) {
        s = rest;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::{byte_find, byte_trim_end, Search};

    #[test]
    fn answers_as_the_standard_searches() {
        let hays = [
            "",
            "a",
            "ab-cd",
            "the mayor’s aide’s",
            "x<!-- y -->z",
            "ééé",
            "zz",
        ];
        let needles = ["", "a", "-", "’s", "<!--", "-->", "é", "zzz", "zz"];
        for h in hays {
            for n in needles {
                // The WebAssembly forms, and the methods as this target builds them.
                assert_eq!(byte_find(h, n), h.find(n), "{h:?} {n:?}");
                assert_eq!(byte_trim_end(h, n), h.trim_end_matches(n), "{h:?} {n:?}");
                assert_eq!(h.find_str(n), h.find(n), "{h:?} {n:?}");
                assert_eq!(h.has(n), h.contains(n), "{h:?} {n:?}");
                assert_eq!(h.trim_end_str(n), h.trim_end_matches(n), "{h:?} {n:?}");
            }
            for c in ['a', '-', '’', 'é', '\u{2028}'] {
                let bytes = byte_find(h, c.encode_utf8(&mut [0; 4])).is_some();
                assert_eq!(bytes, h.contains(c), "{h:?} {c:?}");
                assert_eq!(h.has_char(c), h.contains(c), "{h:?} {c:?}");
            }
        }
    }
}
