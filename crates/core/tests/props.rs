//! Properties that hold for any input: no panic, and every span is inside the text, on char
//! boundaries and sorted.

use proptest::prelude::*;
use slant_core::{analyze, Report};

fn check_spans(text: &str, r: &Report) {
    let ok = |s: usize, e: usize| {
        s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
    };
    let mut prev = (0, 0);
    for f in &r.flags {
        assert!(
            ok(f.start, f.end),
            "flag span {}..{} in {:?}",
            f.start,
            f.end,
            text
        );
        assert!((f.start, f.end) >= prev, "flags not sorted");
        prev = (f.start, f.end);
        assert_eq!(f.text, text[f.start..f.end]);
        for t in &f.triggers {
            assert!(ok(t.start, t.end) && f.start <= t.start && t.end <= f.end);
        }
        if let Some(s) = &f.speaker {
            assert!(ok(s.start, s.end));
        }
        // line/column point at the flag's first char; lines end as editors end them (LF, CRLF,
        // a lone CR, U+2028, U+2029: random text has them all).
        let before = &text[..f.start];
        let ends: Vec<usize> = before
            .char_indices()
            .filter(|&(i, c)| {
                matches!(c, '\n' | '\u{2028}' | '\u{2029}')
                    || (c == '\r' && !text[i + 1..].starts_with('\n'))
            })
            .map(|(i, c)| i + c.len_utf8())
            .collect();
        let line_start = ends.last().copied().unwrap_or(0);
        assert_eq!(f.line, ends.len() + 1, "line of {:?} in {:?}", f.text, text);
        assert_eq!(f.column, text[line_start..f.start].chars().count() + 1);
    }
    let mut prev_end = 0;
    for s in &r.sentences {
        assert!(
            ok(s.start, s.end) && s.start >= prev_end && s.start < s.end,
            "sentence {}..{}",
            s.start,
            s.end
        );
        prev_end = s.end;
    }
    for q in &r.quotes {
        assert!(ok(q.start, q.end));
    }
}

/// Text built from news-like pieces, so that the detectors' paths are actually exercised.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "The",
        "regime",
        "notorious",
        "said",
        "claimed",
        "a senior official",
        "\"",
        "“",
        "”",
        "'",
        "’",
        ",",
        ".",
        "...",
        "?",
        "U.S.",
        "Dec.",
        "22",
        "Mr.",
        "on condition of anonymity",
        "\n",
        "\n\n",
        "so-called",
        "terrorist organization",
        "according to",
        "critics say",
        "é",
        "😀",
        "北京",
        " ",
        "read the statement",
        "—",
        "(",
        ")",
        "3.5",
        "familiar with the matter",
        "Smith",
        "declared",
    ]);
    prop::collection::vec(piece, 0..60).prop_map(|v| v.join(" "))
}

/// Every built-in list term, once: the pieces of `listed_words`.
fn list_terms() -> Vec<String> {
    let mut terms: Vec<String> = slant_core::builtin_lists()
        .unwrap()
        .iter()
        .flat_map(|l| l.entries.iter().map(|e| e.term.clone()))
        .collect();
    terms.sort();
    terms.dedup();
    terms
}

/// A few words of list terms, function words and marks: rules look a few tokens back and on
/// from a match, so a match at the text's first or last token is where an index can run off
/// ("For a hoax." once did).
fn listed_words() -> impl Strategy<Value = String> {
    let small = prop::sample::select(vec![
        "a", "an", "the", "for", "no", "not", "nobody", "none", "one", "is", "was", "be", "to",
        "of", "that", "who", "said", "he", "it", "by", "as", "if", "than", "rather", "never",
        "n't", "'s", "so", "many", "lives", "12", "For", "No", "The", ",", ".", "?", ":", "\"",
        "“", "”", "'", "(", "-",
    ])
    .prop_map(str::to_string);
    let piece = prop_oneof![small, prop::sample::select(list_terms())];
    prop::collection::vec(piece, 1..8).prop_map(|v| v.join(" "))
}

proptest! {
    // Short texts are cheap, and one word order in ten thousand can reach an edge.
    #![proptest_config(ProptestConfig::with_cases(30_000))]

    #[test]
    fn a_few_listed_words_are_safe(text in listed_words()) {
        let r = analyze(&text).unwrap();
        check_spans(&text, &r);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_unicode_text_is_safe(text in "\\PC{0,300}") {
        let r = analyze(&text).unwrap();
        check_spans(&text, &r);
    }

    #[test]
    fn news_like_text_is_safe(text in newsy()) {
        let r = analyze(&text).unwrap();
        check_spans(&text, &r);
    }
}

#[test]
fn lines_end_at_every_kind_of_break() {
    // Found by `any_unicode_text_is_safe`: a U+2028 before a flagged word.
    let text = "One.\u{2028}Two.\r\nThree.\rFour.\u{2029}The notorious regime fell.";
    let r = analyze(text).unwrap();
    check_spans(text, &r);
    let f = r.flags.iter().find(|f| f.text == "notorious").unwrap();
    assert_eq!((f.line, f.column), (5, 5));
}

#[test]
fn offsets_with_emoji_accents_and_cjk() {
    let text = "😀 Café owners in 北京 said the notorious regime massacred protesters.\nÉlan 👍🏽 so-called reforms.";
    let r = analyze(text).unwrap();
    check_spans(text, &r);
    let notorious = r
        .flags
        .iter()
        .find(|f| f.text == "notorious")
        .expect("notorious");
    assert_eq!(notorious.line, 1);
    assert_eq!(
        notorious.column,
        text[..notorious.start].chars().count() + 1
    );
    let so_called = r
        .flags
        .iter()
        .find(|f| f.text == "so-called")
        .expect("so-called");
    // "Élan 👍🏽 " is 8 chars: the skin-tone modifier is a char of its own.
    assert_eq!((so_called.line, so_called.column), (2, 9));
}

#[test]
fn empty_and_whitespace_only_text() {
    for t in ["", "   \n\n\t  ", "\u{feff}"] {
        let r = analyze(t).unwrap();
        assert!(r.flags.is_empty());
        assert_eq!(r.stats.words, 0);
        assert_eq!(r.scores.overall, 0.0);
    }
}

#[test]
fn a_twenty_thousand_word_sentence_without_punctuation() {
    let text = "the regime said that ".repeat(5_000);
    let r = analyze(&text).unwrap();
    assert_eq!(r.stats.words, 20_000);
    assert_eq!(r.stats.sentences, 1);
    check_spans(&text, &r);
}

#[test]
fn unbalanced_quotes_do_not_leak_past_the_paragraph() {
    let text = "He said \"the regime is notorious\n\nThe regime is notorious.\n\n“Unclosed curly";
    let r = analyze(text).unwrap();
    check_spans(text, &r);
    let second = text.find("The regime").unwrap();
    let f = r
        .flags
        .iter()
        .find(|f| f.start > second && f.text == "notorious")
        .unwrap();
    assert!(!f.in_quote, "quote leaked into the next paragraph");
    let first = r.flags.iter().find(|f| f.text == "notorious").unwrap();
    assert!(first.in_quote);
}
