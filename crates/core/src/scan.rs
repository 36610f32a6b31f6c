//! Byte searches over a whole text, each run once per text: natively with the `memchr` crate's
//! SIMD searches (a fraction of an instruction per byte), in WebAssembly with the standard
//! library's, so that the module carries no extra code.

/// Whether `text` has the ASCII byte `b`.
pub fn has_byte(text: &str, b: u8) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    return memchr::memchr(b, text.as_bytes()).is_some();
    #[cfg(target_arch = "wasm32")]
    return text.as_bytes().contains(&b);
}

/// Whether LF is the text's only kind of line break (no CR, U+2028, U+2029).
pub fn only_lf_breaks(text: &str) -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    {
        // One pass for CR and the last bytes of U+2028 (E2 80 A8) and U+2029 (E2 80 A9); A8 and
        // A9 also end other chars, so the two bytes before are looked at.
        let b = text.as_bytes();
        memchr::memchr3_iter(b'\r', 0xA8, 0xA9, b)
            .all(|i| b[i] != b'\r' && !(i >= 2 && b[i - 2] == 0xE2 && b[i - 1] == 0x80))
    }
    #[cfg(target_arch = "wasm32")]
    {
        use crate::search::Search;
        !(text.as_bytes().contains(&b'\r')
            || text.has_char('\u{2028}')
            || text.has_char('\u{2029}'))
    }
}

/// The lines of `text`, each with its LF, as `str::split_inclusive('\n')` gives them.
pub fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let mut ends = memchr::memchr_iter(b'\n', text.as_bytes());
        let mut start = 0;
        std::iter::from_fn(move || {
            if start >= text.len() {
                return None;
            }
            let end = ends.next().map_or(text.len(), |i| i + 1);
            let line = &text[start..end];
            start = end;
            Some(line)
        })
    }
    #[cfg(target_arch = "wasm32")]
    {
        text.split_inclusive('\n')
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_those_of_split_inclusive() {
        for text in ["", "\n", "a", "a\n", "a\nb", "\n\nx\n\n", "é\n“q”\nend"] {
            let ours: Vec<&str> = lines_inclusive(text).collect();
            let std: Vec<&str> = text.split_inclusive('\n').collect();
            assert_eq!(ours, std, "{text:?}");
        }
    }

    #[test]
    fn line_breaks_other_than_lf_are_found() {
        for (text, lf_only) in [
            ("", true),
            ("plain\ntext\n", true),
            // A8 and A9 ending other chars ("¨", "©", "é", "ة") are no line breaks.
            ("\u{a8} \u{a9} é ة\n", true),
            ("curly “quotes” and — dashes", true),
            ("a\r\nb", false),
            ("a\rb", false),
            ("a\u{2028}b", false),
            ("a\u{2029}", false),
            ("\u{2029}", false),
        ] {
            assert_eq!(only_lf_breaks(text), lf_only, "{text:?}");
            let std =
                !(text.contains('\r') || text.contains('\u{2028}') || text.contains('\u{2029}'));
            assert_eq!(std, lf_only, "{text:?}");
        }
        assert!(has_byte("a<b", b'<') && !has_byte("ab", b'<'));
    }
}
