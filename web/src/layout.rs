//! Turns a report's byte spans into a nesting the DOM can hold.
//!
//! Flags may overlap: an unattributed-assertion flag spans a whole sentence that contains
//! loaded-word flags, and two word-level flags may cross. HTML needs proper nesting, so the text
//! is cut at every span boundary into pieces, and the pieces are grouped in three levels:
//! `Outer` (the sentence-level flag covering them, if any) > `Inner` (the word-level flag that
//! starts first, if any) > `Leaf` (a run of text, inside a quotation or not). Each group lists
//! every flag that covers any of its pieces, so a popover can explain all of them.

#[cfg(test)]
use slant_core::QuoteKind;
use slant_core::{Category, Flag, QuoteInfo};

/// A run of text with one quotation state.
#[derive(Debug, Clone, PartialEq)]
pub struct Leaf {
    pub start: usize,
    pub end: usize,
    pub quoted: bool,
}

/// A run under one word-level flag (`primary`), or plain text when `primary` is `None`.
#[derive(Debug, Clone, PartialEq)]
pub struct Inner {
    pub primary: Option<usize>,
    /// Every word-level flag covering part of this run, in report order.
    pub flags: Vec<usize>,
    pub leaves: Vec<Leaf>,
    /// Sequence number, unique in the layout, for element ids.
    pub id: usize,
}

/// A run under one sentence-level flag (`flag`), or outside any when `None`.
#[derive(Debug, Clone, PartialEq)]
pub struct Outer {
    pub flag: Option<usize>,
    pub inner: Vec<Inner>,
    pub id: usize,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Layout {
    pub outer: Vec<Outer>,
    /// For each flag (by index), the element id of the first group that shows it.
    pub anchor: Vec<Option<String>>,
}

/// Sentence-level flags are drawn as an outer underline; the others as inner marks.
pub fn is_sentence_level(c: Category) -> bool {
    c == Category::UnattributedAssertion
}

fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Element id of an outer group.
pub fn outer_id(n: usize) -> String {
    format!("s{n}")
}
/// Element id of an inner group.
pub fn inner_id(n: usize) -> String {
    format!("m{n}")
}

/// Builds the nesting for `text`. Never panics: spans out of range or off char boundaries are
/// clamped, and empty or inverted spans are ignored.
/// Orders flag indices by their span: start, then the longer first, then report order. (Keys
/// are unique, so an unstable sort gives the same order; one instantiation for both callers.)
fn by_span(ids: &mut [usize], spans: &[(usize, usize)]) {
    slant_core::sort::sort_by_key(ids, |&i| (spans[i].0, std::cmp::Reverse(spans[i].1), i));
}

pub fn build(text: &str, flags: &[Flag], quotes: &[QuoteInfo]) -> Layout {
    let clamp = |s: usize, e: usize| {
        let s = floor_boundary(text, s);
        let e = floor_boundary(text, e);
        (s, e.max(s))
    };
    let fspans: Vec<(usize, usize)> = flags.iter().map(|f| clamp(f.start, f.end)).collect();
    let qspans: Vec<(usize, usize)> = quotes.iter().map(|q| clamp(q.start, q.end)).collect();

    let mut cuts: Vec<usize> = Vec::with_capacity(2 + 2 * (fspans.len() + qspans.len()));
    cuts.push(0);
    cuts.push(text.len());
    for &(s, e) in fspans.iter().chain(&qspans) {
        cuts.push(s);
        cuts.push(e);
    }
    slant_core::sort::sort_values(&mut cuts);
    cuts.dedup();

    // Spans by start, swept once: `open` holds those that may cover the current piece.
    let mut by_start: Vec<usize> = (0..fspans.len())
        .filter(|&i| fspans[i].0 < fspans[i].1)
        .collect();
    by_span(&mut by_start, &fspans);
    let mut qs: Vec<(usize, usize)> = qspans.into_iter().filter(|(s, e)| s < e).collect();
    slant_core::sort::sort_values(&mut qs);

    let mut layout = Layout {
        outer: Vec::new(),
        anchor: vec![None; flags.len()],
    };
    let mut next = 0usize; // next index into by_start
    let mut open: Vec<usize> = Vec::new();
    let mut qnext = 0usize;
    let mut qopen: Vec<(usize, usize)> = Vec::new();
    let mut ids = 0usize;

    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        if a >= b {
            continue;
        }
        while next < by_start.len() && fspans[by_start[next]].0 <= a {
            open.push(by_start[next]);
            next += 1;
        }
        open.retain(|&i| fspans[i].1 > a);
        while qnext < qs.len() && qs[qnext].0 <= a {
            qopen.push(qs[qnext]);
            qnext += 1;
        }
        qopen.retain(|q| q.1 > a);

        // Cuts include every boundary, so an open span covers the whole piece [a, b).
        let outer_flag = open
            .iter()
            .copied()
            .filter(|&i| is_sentence_level(flags[i].category))
            .min_by_key(|&i| (fspans[i].0, i));
        let mut words: Vec<usize> = open
            .iter()
            .copied()
            .filter(|&i| !is_sentence_level(flags[i].category))
            .collect();
        by_span(&mut words, &fspans);
        let primary = words.first().copied();
        let leaf = Leaf {
            start: a,
            end: b,
            quoted: !qopen.is_empty(),
        };

        let new_outer = layout.outer.last().is_none_or(|o| o.flag != outer_flag);
        if new_outer {
            ids += 1;
            layout.outer.push(Outer {
                flag: outer_flag,
                inner: Vec::new(),
                id: ids,
            });
        }
        let outer = layout.outer.last_mut().expect("pushed above");
        if let Some(f) = outer_flag {
            layout.anchor[f].get_or_insert_with(|| outer_id(outer.id));
        }
        let new_inner = new_outer || outer.inner.last().is_none_or(|g| g.primary != primary);
        if new_inner {
            ids += 1;
            outer.inner.push(Inner {
                primary,
                flags: Vec::new(),
                leaves: Vec::new(),
                id: ids,
            });
        }
        let inner = outer.inner.last_mut().expect("pushed above");
        for &f in &words {
            if !inner.flags.contains(&f) {
                inner.flags.push(f);
            }
            layout.anchor[f].get_or_insert_with(|| inner_id(inner.id));
        }
        match inner.leaves.last_mut() {
            Some(l) if l.quoted == leaf.quoted && l.end == leaf.start => l.end = leaf.end,
            _ => inner.leaves.push(leaf),
        }
    }
    for o in &mut layout.outer {
        for g in &mut o.inner {
            slant_core::sort::sort_values(&mut g.flags);
        }
    }
    layout
}

#[cfg(test)]
mod tests {
    use super::*;
    use slant_core::{analyze, Voice};

    fn flag(category: Category, start: usize, end: usize) -> Flag {
        Flag {
            category,
            kind: "k".into(),
            start,
            end,
            line: 1,
            column: 1,
            text: String::new(),
            message: String::new(),
            suggestions: vec![],
            rule: "r".into(),
            in_quote: false,
            voice: Voice::Outlet,
            speaker: None,
            weight: 1.0,
            confidence: 1.0,
            triggers: vec![],
            linked: None,
        }
    }

    /// Concatenating the leaves gives back the text, in order, without gaps.
    fn covers(text: &str, l: &Layout) {
        let mut pos = 0;
        for o in &l.outer {
            for g in &o.inner {
                for leaf in &g.leaves {
                    assert_eq!(leaf.start, pos);
                    assert!(text.is_char_boundary(leaf.start) && text.is_char_boundary(leaf.end));
                    pos = leaf.end;
                }
            }
        }
        assert_eq!(pos, text.len());
    }

    #[test]
    fn sentence_flag_wraps_word_flags() {
        let text = "Hi. The notorious regime lied. End.";
        let flags = vec![
            flag(Category::UnattributedAssertion, 4, 30),
            flag(Category::LoadedLanguage, 8, 17),
        ];
        let l = build(text, &flags, &[]);
        covers(text, &l);
        let ua: Vec<_> = l.outer.iter().filter(|o| o.flag == Some(0)).collect();
        assert_eq!(ua.len(), 1);
        let marks: Vec<_> = ua[0]
            .inner
            .iter()
            .filter(|g| g.primary == Some(1))
            .collect();
        assert_eq!(marks.len(), 1);
        assert_eq!(
            &text[marks[0].leaves[0].start..marks[0].leaves[0].end],
            "notorious"
        );
        assert!(l.anchor[0].is_some() && l.anchor[1].is_some());
    }

    #[test]
    fn crossing_word_flags_do_not_panic_and_both_are_listed() {
        let text = "alpha beta gamma delta";
        let flags = vec![
            flag(Category::LoadedLanguage, 0, 10),
            flag(Category::AnonymousSource, 6, 16),
        ];
        let l = build(text, &flags, &[]);
        covers(text, &l);
        let groups: Vec<&Inner> = l.outer.iter().flat_map(|o| &o.inner).collect();
        let first = groups.iter().find(|g| g.primary == Some(0)).unwrap();
        assert_eq!(first.flags, vec![0, 1]);
        assert!(groups.iter().any(|g| g.primary == Some(1)));
    }

    #[test]
    fn bad_offsets_are_clamped_to_char_boundaries() {
        let text = "é notorious ü";
        // 1 is inside 'é'; 99 is past the end; 5..3 is inverted.
        let flags = vec![
            flag(Category::LoadedLanguage, 1, 99),
            flag(Category::AnonymousSource, 5, 3),
        ];
        let quotes = vec![QuoteInfo {
            start: 14,
            end: 200,
            speaker: None,
            refers_to: None,
            kind: QuoteKind::Speech,
        }];
        let l = build(text, &flags, &quotes);
        covers(text, &l);
    }

    #[test]
    fn quotes_split_leaves() {
        let text = r#"He said "they are thugs" today."#;
        let quotes = vec![QuoteInfo {
            start: 8,
            end: 24,
            speaker: None,
            refers_to: None,
            kind: QuoteKind::Speech,
        }];
        let l = build(text, &[], &quotes);
        covers(text, &l);
        let leaves: Vec<&Leaf> = l
            .outer
            .iter()
            .flat_map(|o| &o.inner)
            .flat_map(|g| &g.leaves)
            .collect();
        assert_eq!(leaves.len(), 3);
        assert!(leaves[1].quoted && !leaves[0].quoted && !leaves[2].quoted);
    }

    #[test]
    fn seed_article_lays_out_every_flag() {
        let text = include_str!("../../tests/fixtures/seed-presstv-2009-06-15-mko.txt");
        let r = analyze(text).unwrap();
        let l = build(text, &r.flags, &r.quotes);
        covers(text, &l);
        assert!(!r.flags.is_empty());
        for (i, a) in l.anchor.iter().enumerate() {
            assert!(a.is_some(), "flag {i} {:?} has no element", r.flags[i].text);
        }
    }

    #[test]
    fn empty_text() {
        let l = build("", &[], &[]);
        assert!(l.outer.is_empty());
    }
}
