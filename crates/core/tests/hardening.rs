//! Defects found by the hardening attack (issue 8), one test each. Every sentence here is written
//! for this file.

use slant_core::{analyze, score, Analyzer, Category, Options, PieceSizes, Report, WordList};

fn spans_hold(text: &str, r: &Report) {
    for f in &r.flags {
        assert_eq!(&text[f.start..f.end], f.text, "{f:?}");
    }
    for s in &r.sentences {
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
}

#[test]
fn a_byte_order_mark_changes_neither_flags_nor_columns() {
    let plain = "The notorious regime fell.\nIts notorious leader fled.";
    let marked = format!("\u{FEFF}{plain}");
    let (a, b) = (analyze(plain).unwrap(), analyze(&marked).unwrap());
    spans_hold(&marked, &b);
    assert_eq!(a.flags.len(), b.flags.len());
    for (x, y) in a.flags.iter().zip(&b.flags) {
        assert_eq!(
            (x.text.as_str(), x.line, x.column),
            (y.text.as_str(), y.line, y.column)
        );
        assert_eq!(x.start + 3, y.start);
    }
    assert_eq!(b.stats.bytes, marked.len());
    assert_eq!(b.sentences[0].start, 3);
    // Only one mark is stripped; many are text, and do not recurse.
    let many = "\u{FEFF}".repeat(100_000) + plain;
    spans_hold(&many, &analyze(&many).unwrap());
}

#[test]
fn lone_cr_and_unicode_separators_break_lines() {
    for sep in ["\r", "\u{2028}", "\u{2029}", "\r\n", "\n"] {
        let text = format!("The notorious regime fell.{sep}Its notorious leader fled.");
        let r = analyze(&text).unwrap();
        spans_hold(&text, &r);
        let notorious: Vec<(usize, usize)> = r
            .flags
            .iter()
            .filter(|f| f.text == "notorious")
            .map(|f| (f.line, f.column))
            .collect();
        assert_eq!(notorious, vec![(1, 5), (2, 5)], "{sep:?}");
    }
}

fn user_list(toml: &str) -> Analyzer {
    Analyzer::with_extra_lists(vec![WordList::parse("user.toml", toml).unwrap()]).unwrap()
}

#[test]
fn hashtag_terms_match() {
    let a = user_list(
        "[list]\nid = \"tags\"\ncategory = \"loaded_language\"\nkind = \"pejorative\"\n[[entry]]\nterm = \"#StopTheSteal\"\n",
    );
    let text = "Marchers chanted #StopTheSteal at noon.";
    let r = a.analyze(text, &Options::default()).unwrap();
    spans_hold(text, &r);
    assert!(
        r.flags.iter().any(|f| f.text == "#StopTheSteal"),
        "{:?}",
        r.flags
    );
}

#[test]
fn an_allow_entry_for_a_common_word_keeps_its_effect() {
    let a = user_list(
        "[list]\nid = \"mine\"\ncategory = \"cue\"\nkind = \"allow\"\n[[entry]]\nterm = \"the\"\n[[entry]]\nterm = \"notorious gang\"\n",
    );
    let text = "A notorious gang. The notorious regime. A notorious crime.";
    let r = a.analyze(text, &Options::default()).unwrap();
    let loaded: Vec<&str> = r
        .flags
        .iter()
        .filter(|f| f.category == Category::LoadedLanguage)
        .map(|f| f.text.as_str())
        .collect();
    assert!(!loaded.contains(&"notorious gang"), "{loaded:?}");
    assert!(loaded.contains(&"notorious"), "{loaded:?}");
    assert_eq!(
        r.flags.iter().filter(|f| f.text == "notorious").count(),
        2,
        "{loaded:?}"
    );
}

#[test]
fn anonymity_clauses_link_to_the_nearest_source_in_a_long_sentence() {
    let unit = "the officials who spoke on condition of anonymity and ";
    let text = unit.repeat(2_000);
    let r = analyze(&text).unwrap();
    spans_hold(&text, &r);
    let clauses: Vec<_> = r
        .flags
        .iter()
        .filter(|f| f.kind == "anonymity_clause")
        .collect();
    assert!(!clauses.is_empty());
    for c in clauses {
        let l = c.linked.as_ref().expect("each clause has its source");
        // A source beside the clause, never one far along the sentence.
        let gap = if l.end <= c.start {
            c.start - l.end
        } else {
            l.start - c.end
        };
        assert!(gap < 12, "{c:?}");
    }
}

#[test]
fn a_long_text_analysed_in_pieces_gives_the_same_report() {
    let seed = include_str!("../../../tests/fixtures/seed-presstv-2009-06-15-mko.txt");
    let neutral = include_str!("../../../tests/fixtures/neutral-wire.txt");
    let mut text = String::new();
    for i in 0..6 {
        text.push_str(if i % 2 == 0 { seed } else { neutral });
        text.push_str("\n\n");
        if i == 1 {
            // An ignore region across pieces, and a quotation running on over a paragraph break.
            text.push_str(
                "<!-- slant-disable loaded_language -->\n\nThe notorious regime fell.\n\n",
            );
        }
        if i == 3 {
            text.push_str("<!-- slant-enable -->\n\n\u{201C}The regime is notorious,\n\n\u{201C}and brutal,\u{201D} a spokesman said.\r\n\r\nClearly it will fall.\u{2028}\n\n");
        }
    }
    let a = Analyzer::builtin().unwrap();
    let opts = Options::default();
    let whole = a.analyze(&text, &opts).unwrap();
    for piece in [1, 500, 3_000, 20_000] {
        let pieces = a.analyze_in_pieces(&text, &opts, piece);
        spans_hold(&text, &pieces);
        assert_eq!(whole.flags, pieces.flags, "piece size {piece}");
        assert_eq!(whole.sentences, pieces.sentences, "piece size {piece}");
        assert_eq!(whole.quotes, pieces.quotes, "piece size {piece}");
        assert_eq!(whole, pieces, "piece size {piece}");
    }
    // Blank space at the end, and a text of blank lines, cut nowhere.
    let blank = "The regime fell.\n\n".to_string() + &"\n".repeat(10_000);
    assert_eq!(
        a.analyze_in_pieces(&blank, &opts, 5),
        a.analyze(&blank, &opts).unwrap()
    );
}

/// Every flag's line and column (chars, 1-based) as counted on the whole text.
fn positions_hold(text: &str, r: &Report) {
    for f in &r.flags {
        let before = &text[..f.start];
        let line = 1 + before.matches('\n').count();
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = 1 + text[line_start..f.start].chars().count();
        assert_eq!((f.line, f.column), (line, column), "{f:?}");
    }
}

#[test]
fn pieces_handed_over_one_by_one_add_up_to_the_report() {
    let para = "The notorious regime fell, officials who spoke on condition of anonymity said. Clearly the plan was a disaster.\n\n\u{201C}We are proud,\u{201D} the mayor said.\n\n";
    let text = para.repeat(60);
    let a = Analyzer::builtin().unwrap();
    let opts = Options::default();
    let whole = a.analyze(&text, &opts).unwrap();
    let sizes = PieceSizes {
        piece: 700,
        ..PieceSizes::default()
    };
    let (mut pieces, mut flags, mut tally) = (0, Vec::new(), score::Tally::default());
    let stats = a
        .analyze_by_piece_sized(&text, &opts, sizes, |r| {
            pieces += 1;
            r.flags.iter().for_each(|f| tally.add(f));
            flags.extend(r.flags);
        })
        .unwrap();
    assert!(pieces > 10, "{pieces}");
    assert_eq!(flags, whole.flags);
    assert_eq!(stats, whole.stats);
    assert_eq!(tally.scores(stats.words), whole.scores);
    assert!(whole.scores.overall > 0.0 && whole.scores.anonymous_source.count >= 60);
}

#[test]
fn a_paragraph_too_long_for_one_piece_is_cut_at_sentence_ends() {
    // One paragraph of plain sentences, no quotation: cut at sentence ends, the flags stay.
    let text = "The notorious regime fell on Monday. Critics called the plan a disaster, sources said. The council met again. "
        .repeat(300);
    let a = Analyzer::builtin().unwrap();
    let opts = Options::default();
    let whole = a.analyze(&text, &opts).unwrap();
    let sizes = PieceSizes {
        piece: 1_000,
        long: 2_000,
        run: 64 << 10,
    };
    let mut pieces = 0;
    a.analyze_by_piece_sized(&text, &opts, sizes, |r| {
        pieces += 1;
        assert!(r.sentences.first().is_none_or(
            |s| text[s.start..].starts_with("The ") || text[s.start..].starts_with("Critics")
        ));
    })
    .unwrap();
    assert!(pieces > 5, "{pieces}");
    let cut = a.analyze_sized(&text, &opts, sizes).unwrap();
    spans_hold(&text, &cut);
    positions_hold(&text, &cut);
    assert_eq!(cut.flags, whole.flags);
    assert_eq!(cut.stats, whole.stats);
    // A hard-wrapped paragraph without sentence ends: cut at its line breaks.
    let wrapped = "the notorious regime and its allies\n".repeat(300);
    let mut pieces = 0;
    a.analyze_by_piece_sized(&wrapped, &opts, sizes, |_| pieces += 1)
        .unwrap();
    assert!(pieces > 3, "{pieces}");
    let cut = a.analyze_sized(&wrapped, &opts, sizes).unwrap();
    spans_hold(&wrapped, &cut);
    positions_hold(&wrapped, &cut);
    assert_eq!(cut.stats.paragraphs, 1);
}

#[test]
fn a_run_of_words_without_a_sentence_end_is_cut_at_whitespace() {
    // A line with no sentence end, after a first line: pieces end mid-line, at whitespace, so
    // columns carry on across them (the é makes chars differ from bytes).
    let text = format!("A first line.\n{}", "the notorious régime ".repeat(2_000));
    let a = Analyzer::builtin().unwrap();
    let opts = Options::default();
    let sizes = PieceSizes {
        piece: 1_000,
        long: 1_000,
        run: 3_000,
    };
    let mut ends = Vec::new();
    a.analyze_by_piece_sized(&text, &opts, sizes, |r| ends.push(r.stats.bytes))
        .unwrap();
    assert!(ends.len() >= 10, "{ends:?}");
    assert!(ends.iter().all(|&n| n <= 3_000 + 40), "{ends:?}");
    let cut = a.analyze_sized(&text, &opts, sizes).unwrap();
    let whole = a.analyze(&text, &opts).unwrap();
    spans_hold(&text, &cut);
    positions_hold(&text, &cut);
    positions_hold(&text, &whole);
    assert!(cut.flags.iter().any(|f| f.line == 2 && f.column > 3_000));
    assert_eq!(cut.stats.words, whole.stats.words);
    assert_eq!(cut.stats.bytes, text.len());
    // A text without whitespace is cut at char boundaries.
    let blob = "é".repeat(10_000);
    let r = a.analyze_sized(&blob, &opts, sizes).unwrap();
    assert_eq!(r.stats.bytes, blob.len());
}

#[test]
fn a_byte_order_mark_moves_actor_offsets_too() {
    let text = "\u{FEFF}Senator Jane Smith said the notorious regime fell. Smith left.";
    let opts = Options {
        actors: true,
        ..Options::default()
    };
    let r = Analyzer::builtin().unwrap().analyze(text, &opts).unwrap();
    spans_hold(text, &r);
    let actors = r.actors.as_ref().expect("actors asked for");
    assert!(!actors.is_empty());
    for a in actors {
        for m in &a.mentions {
            assert_eq!(&text[m.start..m.end], m.text, "{m:?}");
        }
        for l in &a.labels {
            assert_eq!(&text[l.start..l.end], l.text, "{l:?}");
        }
        for f in &a.flags {
            assert_eq!(&text[f.start..f.end], f.text, "{f:?}");
        }
    }
}

/// A text that opens with "Of" before an unnamed source: the source phrase's leftward walk looked
/// two tokens back from the text's second token (an index below zero) and panicked.
#[test]
fn a_text_opening_with_of_before_a_source_does_not_panic() {
    for text in [
        "Of U.S. officials said it.",
        "Of Defense officials said the plan failed.",
        "Of aides said so.",
        "“Of Senate aides, few spoke.",
    ] {
        let r = analyze(text).unwrap();
        spans_hold(text, &r);
    }
}

/// A loaded word after a run of articles at a text's start: the predicate look-back stops at the
/// sentence's start (it once subtracted past token 0).
#[test]
fn predicate_lookback_stops_at_text_start() {
    let opts = slant_core::Options {
        actors: true,
        ..slant_core::Options::default()
    };
    let a = slant_core::Analyzer::builtin().unwrap();
    assert!(a.analyze("a a a a notorious (", &opts).is_ok());
}
