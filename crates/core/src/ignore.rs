//! Inline ignore comments, as Vale and alex have them: an editor who has judged a passage can
//! silence Slant there without changing the lists.
//!
//! `<!-- slant-disable -->` … `<!-- slant-enable -->` silences every category in between;
//! `<!-- slant-disable loaded_language -->` only the named ones (comma or space separated).
//! A region left open runs to the end of the text.

use crate::report::Category;
use crate::search::Search;

#[derive(Debug, Clone, PartialEq)]
pub struct Region {
    pub start: usize,
    pub end: usize,
    /// Empty means every category.
    pub categories: Vec<Category>,
}

const OPEN: &str = "<!--";
const CLOSE: &str = "-->";

/// One pass over the text for comments; texts without `<!--` cost a single substring search.
pub fn regions(text: &str) -> Vec<Region> {
    // `contains` searches with SIMD where `find` (below) takes the general two-way search, four
    // times the instructions over a text with no comment (nearly every text).
    if !text.has(OPEN) {
        return Vec::new();
    }
    let mut out: Vec<Region> = Vec::new();
    let mut open: Option<(usize, Vec<Category>)> = None;
    let mut pos = 0;
    while let Some(i) = text[pos..].find_str(OPEN) {
        let start = pos + i;
        // The close is searched after the whole opener, so it cannot overlap it; `<!-->` and
        // `<!--->` are empty comments, as HTML parses them.
        let body_start = start + OPEN.len();
        let rest = &text[body_start..];
        if let Some(n) = [">", "->"]
            .iter()
            .find(|e| rest.starts_with(**e))
            .map(|e| e.len())
        {
            pos = body_start + n;
            continue;
        }
        let Some(j) = text[body_start..].find_str(CLOSE) else {
            break;
        };
        let end = body_start + j + CLOSE.len();
        let body = text[body_start..body_start + j].trim();
        let mut words = body
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty());
        match words.next() {
            Some("slant-disable") if open.is_none() => {
                open = Some((end, words.filter_map(Category::parse).collect()));
            }
            Some("slant-enable") => {
                if let Some((s, categories)) = open.take() {
                    out.push(Region {
                        start: s,
                        end: start,
                        categories,
                    });
                }
            }
            _ => {}
        }
        pos = end;
    }
    if let Some((s, categories)) = open {
        out.push(Region {
            start: s,
            end: text.len(),
            categories,
        });
    }
    out
}

/// Regions come out of [`regions`] sorted and disjoint (one is open at a time), so the only
/// candidate is the last region starting at or before `at`: a binary search, not a scan.
pub fn is_ignored(regions: &[Region], at: usize, category: Category) -> bool {
    let i = regions.partition_point(|r| r.start <= at);
    i > 0 && {
        let r = &regions[i - 1];
        at < r.end && (r.categories.is_empty() || r.categories.contains(&category))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_open_close_and_categories() {
        let t = "a <!-- slant-disable --> b <!-- slant-enable --> c <!-- slant-disable loaded_language --> d";
        let r = regions(t);
        assert_eq!(r.len(), 2);
        assert_eq!(&t[r[0].start..r[0].end], " b ");
        assert!(r[0].categories.is_empty());
        assert_eq!(r[1].categories, vec![Category::LoadedLanguage]);
        assert_eq!(r[1].end, t.len());
        let d = t.find(" d").unwrap() + 1;
        assert!(is_ignored(&r, d, Category::LoadedLanguage));
        assert!(!is_ignored(&r, d, Category::AnonymousSource));
    }

    #[test]
    fn comment_closers_overlapping_the_opener_do_not_panic() {
        for t in [
            "<!-->",
            "<!--->",
            "x <!--> y <!-- slant-disable --> z",
            "<!---->",
        ] {
            let _ = regions(t);
            assert!(crate::analyze(t).is_ok(), "{t:?}");
        }
        let t = "<!--> <!-- slant-disable --> The regime fell.";
        let r = regions(t);
        assert_eq!(r.len(), 1);
        assert_eq!(&t[r[0].start..], " The regime fell.");
    }

    #[test]
    fn many_regions_are_looked_up_by_position() {
        let mut t = String::new();
        for _ in 0..1000 {
            t.push_str("<!-- slant-disable --> regime <!-- slant-enable --> regime ");
        }
        let r = regions(&t);
        assert_eq!(r.len(), 1000);
        let rep = crate::analyze(&t).unwrap();
        assert_eq!(
            rep.flags.iter().filter(|f| f.text == "regime").count(),
            1000
        );
    }

    #[test]
    fn unterminated_comment_is_not_a_region() {
        assert!(regions("x <!-- slant-disable").is_empty());
    }

    #[test]
    fn flags_inside_a_disabled_region_are_dropped() {
        let t = "The regime fell. <!-- slant-disable --> The regime fell. <!-- slant-enable --> The regime fell.";
        let r = crate::analyze(t).unwrap();
        let n = r.flags.iter().filter(|f| f.text == "regime").count();
        assert_eq!(n, 2, "{:?}", r.flags);
    }
}
