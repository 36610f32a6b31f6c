//! Framing on any input: no panic, and every mention, label and speaker span is inside the text,
//! on char boundaries, with its text.

use proptest::prelude::*;
use slant_core::{Analyzer, Options, Report};

fn analyze(text: &str) -> Report {
    let opts = Options {
        actors: true,
        ..Options::default()
    };
    Analyzer::builtin().unwrap().analyze(text, &opts).unwrap()
}

fn check(text: &str, r: &Report) {
    let ok = |s: usize, e: usize, t: &str| {
        assert!(
            s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e),
            "span {s}..{e} in {text:?}"
        );
        assert_eq!(&text[s..e], t, "span text in {text:?}");
    };
    for a in r.actors.as_ref().expect("actors asked for") {
        assert!(!a.mentions.is_empty() && !a.name.is_empty());
        for m in &a.mentions {
            ok(m.start, m.end, &m.text);
        }
        for l in &a.labels {
            ok(l.start, l.end, &l.text);
            if let Some(s) = &l.speaker {
                assert!(s.start <= s.end && s.end <= text.len());
            }
        }
        for f in &a.flags {
            ok(f.start, f.end, &f.text);
        }
        assert_eq!(a.speech.named + a.speech.anonymous, a.speech.count);
    }
}

fn newsy() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "Mujahedin Khalq Organization",
        "(MKO)",
        "MKO",
        "(",
        ")",
        "the group",
        "The organization",
        "the terrorist organization",
        ", which identifies itself as",
        "describes itself as",
        "is a",
        "was",
        "a",
        "former dictator",
        "Saddam Hussein",
        "Hussein",
        "Hussein's",
        "Mr.",
        "Sen.",
        ",",
        ".",
        "\"",
        "“",
        "”",
        "branded",
        "declared",
        "as a",
        "by",
        "President",
        "the president",
        "Vice President Dick Cheney",
        "NEW YORK",
        "Senate Passes Big Bill",
        "said",
        "claimed",
        "a senior official",
        "notorious",
        "regime",
        "he",
        "é",
        "😀",
        "北京",
        "Iraqi",
        "officials",
        "\n",
        "\n\n",
        "—",
    ]);
    prop::collection::vec(piece, 0..60).prop_map(|v| v.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_unicode_text_is_safe_with_actors(text in "\\PC{0,300}") {
        check(&text, &analyze(&text));
    }

    #[test]
    fn news_like_text_is_safe_with_actors(text in newsy()) {
        check(&text, &analyze(&text));
    }
}
