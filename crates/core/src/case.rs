//! Lowercasing without Unicode's full case table.
//!
//! `char::to_lowercase` brings a 13 KB table into every WebAssembly build (5.9 KB of the page's
//! gzipped budget). Slant lowercases to match words against its English lists and to compare
//! names, so it needs the scripts that news in Latin, Greek and Cyrillic letters uses: this maps
//! exactly as Unicode's simple lowercase mapping there (tested against std over those blocks) and
//! leaves letters of other scripts as they are. One function for native and wasm builds, so the
//! CLI and the page flag the same words.

/// Letters of Latin Extended-B and Greek whose lowercase is not at a fixed distance (sorted).
const IRREGULAR: &[(u16, u16)] = &[
    (0x0181, 0x0253),
    (0x0182, 0x0183),
    (0x0184, 0x0185),
    (0x0186, 0x0254),
    (0x0187, 0x0188),
    (0x0189, 0x0256),
    (0x018A, 0x0257),
    (0x018B, 0x018C),
    (0x018E, 0x01DD),
    (0x018F, 0x0259),
    (0x0190, 0x025B),
    (0x0191, 0x0192),
    (0x0193, 0x0260),
    (0x0194, 0x0263),
    (0x0196, 0x0269),
    (0x0197, 0x0268),
    (0x0198, 0x0199),
    (0x019C, 0x026F),
    (0x019D, 0x0272),
    (0x019F, 0x0275),
    (0x01A0, 0x01A1),
    (0x01A2, 0x01A3),
    (0x01A4, 0x01A5),
    (0x01A6, 0x0280),
    (0x01A7, 0x01A8),
    (0x01A9, 0x0283),
    (0x01AC, 0x01AD),
    (0x01AE, 0x0288),
    (0x01AF, 0x01B0),
    (0x01B1, 0x028A),
    (0x01B2, 0x028B),
    (0x01B3, 0x01B4),
    (0x01B5, 0x01B6),
    (0x01B7, 0x0292),
    (0x01B8, 0x01B9),
    (0x01BC, 0x01BD),
    (0x01F6, 0x0195),
    (0x01F7, 0x01BF),
    (0x0220, 0x019E),
    (0x023A, 0x2C65),
    (0x023B, 0x023C),
    (0x023D, 0x019A),
    (0x023E, 0x2C66),
    (0x0241, 0x0242),
    (0x0243, 0x0180),
    (0x0244, 0x0289),
    (0x0245, 0x028C),
    (0x0370, 0x0371),
    (0x0372, 0x0373),
    (0x0376, 0x0377),
    (0x037F, 0x03F3),
    (0x03CF, 0x03D7),
    (0x03F4, 0x03B8),
    (0x03F7, 0x03F8),
    (0x03F9, 0x03F2),
    (0x03FA, 0x03FB),
    (0x03FD, 0x037B),
    (0x03FE, 0x037C),
    (0x03FF, 0x037D),
];

/// `c` lowercased (Unicode's simple mapping) for Latin (Basic, Latin-1, Extended-A/B, Extended
/// Additional), Greek, Cyrillic, Armenian and fullwidth Latin letters; any other character as is.
pub fn lower(c: char) -> char {
    let u = c as u32;
    let odd = u & 1 == 1;
    let mapped = match u {
        0x41..=0x5A => u + 32,
        0..=0xBF => u,
        0xC0..=0xDE if u != 0xD7 => u + 32,
        0x100..=0x12F | 0x132..=0x137 | 0x14A..=0x177 if !odd => u + 1,
        0x130 => 0x69,
        0x139..=0x148 | 0x179..=0x17E if odd => u + 1,
        0x178 => 0xFF,
        0x1C4 | 0x1C7 | 0x1CA | 0x1F1 => u + 2,
        0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F4 => u + 1,
        0x1CD..=0x1DC if odd => u + 1,
        0x1DE..=0x1EF | 0x1F8..=0x21F | 0x222..=0x233 | 0x246..=0x24F if !odd => u + 1,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E | 0x38F => u + 63,
        0x391..=0x3A1 | 0x3A3..=0x3AB => u + 32,
        0x3D8..=0x3EF if !odd => u + 1,
        0x400..=0x40F => u + 80,
        0x410..=0x42F => u + 32,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F if !odd => u + 1,
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE if odd => u + 1,
        0x531..=0x556 => u + 48,
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if !odd => u + 1,
        0x1E9E => 0xDF,
        0xFF21..=0xFF3A => u + 32,
        0x181..=0x3FF => IRREGULAR
            .binary_search_by_key(&(u as u16), |&(k, _)| k)
            .map_or(u, |i| u32::from(IRREGULAR[i].1)),
        _ => u,
    };
    char::from_u32(mapped).unwrap_or(c)
}

/// `s` with every character lowercased as [`lower`] does.
pub fn lowercase(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    s.chars().map(lower).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn std_simple(c: char) -> Option<char> {
        let mut it = c.to_lowercase();
        match (it.next(), it.next()) {
            (Some(l), None) => Some(l),
            _ => None,
        }
    }

    #[test]
    fn agrees_with_std_on_latin_greek_cyrillic_and_armenian() {
        let blocks = [
            0..0x250u32,
            0x370..0x530,
            0x530..0x590,
            0x1E00..0x1F00,
            0xFF00..0xFF60,
        ];
        for c in blocks.into_iter().flatten().filter_map(char::from_u32) {
            match std_simple(c) {
                Some(l) if c != '\u{130}' => assert_eq!(lower(c), l, "{c:?} U+{:04X}", c as u32),
                _ => {}
            }
        }
        // İ lowercases to i + a combining dot in std; its simple mapping is i.
        assert_eq!(lower('İ'), 'i');
    }

    #[test]
    fn never_maps_to_something_std_would_not() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let l = lower(c);
            assert!(
                l == c || Some(l) == std_simple(c) || c == 'İ',
                "U+{:04X} -> U+{:04X}",
                c as u32,
                l as u32
            );
        }
    }

    #[test]
    fn lowercases_strings_of_mixed_scripts() {
        assert_eq!(lowercase("Élysée ΑΘΗΝΑ Москва"), "élysée αθηνα москва");
        assert_eq!(lowercase("ÖZİL 👍 北京"), "özil 👍 北京");
        assert_eq!(lowercase("Plain ASCII"), "plain ascii");
    }
}
