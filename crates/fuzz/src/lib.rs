//! A fuzz harness that runs on the stable toolchain (cargo-fuzz needs nightly flags): inputs are
//! generated from a seeded random number generator, out of a dictionary of what the engine reacts
//! to (every built-in list term and context, quotation marks, ignore comments, line separators,
//! a byte-order mark, astral and combining characters) and of mutated article text; each input's
//! report is checked for the invariants below. A failure names its seed, so it replays exactly.
//!
//! Invariants: no panic; every span on char boundaries, inside the text, `text == input[start..end]`;
//! flags sorted by (start, end); the same report twice; for the `utf16` target, every UTF-16
//! offset that the JavaScript API reports equals `input[..byte].encode_utf16().count()`.

use std::fmt::Write as _;
use std::sync::OnceLock;

use slant_core::{Analyzer, Options, PieceSizes, Report, WordList};

/// The fuzz targets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// `analyze` with the built-in lists.
    Analyze,
    /// A generated wordlist parsed, compiled with the built-in lists, and used on a text.
    Wordlist,
    /// The wasm API's UTF-16 offsets for a report.
    Utf16,
}

impl Target {
    pub const ALL: [Target; 3] = [Target::Analyze, Target::Wordlist, Target::Utf16];

    pub fn name(self) -> &'static str {
        match self {
            Target::Analyze => "analyze",
            Target::Wordlist => "wordlist",
            Target::Utf16 => "utf16",
        }
    }

    pub fn parse(s: &str) -> Option<Target> {
        Target::ALL.into_iter().find(|t| t.name() == s)
    }
}

/// xorshift64*: small, fast, and the same sequence on every machine.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn chance(&mut self, one_in: usize) -> bool {
        self.below(one_in) == 0
    }
    fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// Pieces of text the engine treats specially.
const SPECIAL: &[&str] = &[
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\r",
    "\r\n",
    "\u{2028}",
    "\u{2029}",
    "\u{FEFF}",
    "\t",
    ".",
    ". ",
    "!",
    "?",
    ",",
    ";",
    ":",
    " - ",
    "—",
    "–",
    "'",
    "’",
    "‘",
    "\"",
    "“",
    "”",
    "«",
    "»",
    "„",
    "''",
    "``",
    "(",
    ")",
    "[",
    "]",
    "<!--",
    "-->",
    "<!-->",
    "<!--->",
    "<!-- slant-disable -->",
    "<!-- slant-enable -->",
    "<!-- slant-disable loaded_language -->",
    "<!-- slant-disable anonymous_source, unattributed_assertion -->",
    "#",
    "@",
    "*",
    "U.S.",
    "Mr.",
    "Dr.",
    "a.m.",
    "3.5",
    "1,000",
    "don't",
    "regime's",
    "\u{AD}",
    "‑",
    "é",
    "e\u{301}",
    "ß",
    "İ",
    "ǅ",
    "😀",
    "👩‍👩‍👧",
    "中文",
    "\u{200B}",
    "\u{0}",
    "\u{7F}",
    "Ⅻ",
    "ﬁ",
    "ΣΑΣ",
    "\u{10FFFF}",
    "ﾟ",
    "0",
    "said",
    "told",
    "according to",
    "officials",
    "who spoke on condition of anonymity",
    "sources said",
    "clearly",
    "He said:",
    " — ",
];

fn special(rng: &mut Rng) -> &'static str {
    SPECIAL[rng.below(SPECIAL.len())]
}

/// Everything the built-in lists match: terms, variants and `unless` contexts.
fn dictionary() -> &'static [String] {
    static WORDS: OnceLock<Vec<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        let mut v = Vec::new();
        for l in slant_core::builtin_lists().unwrap_or_default() {
            for e in &l.entries {
                v.push(e.term.clone());
                v.extend(e.variants.iter().cloned());
                v.extend(e.unless.iter().cloned());
            }
        }
        v.extend(SPECIAL.iter().map(|s| s.to_string()));
        v
    })
}

const ARTICLES: &[&str] = &[
    include_str!("../../../tests/fixtures/seed-presstv-2009-06-15-mko.txt"),
    include_str!("../../../tests/fixtures/neutral-wire.txt"),
];

/// A random character, weighted towards the ones with several UTF-8 or UTF-16 units.
fn any_char(rng: &mut Rng) -> char {
    let c = match rng.below(4) {
        0 => rng.below(0x80) as u32,
        1 => rng.below(0x800) as u32,
        2 => rng.below(0x1_0000) as u32,
        _ => rng.below(0x11_0000) as u32,
    };
    char::from_u32(c).unwrap_or('\u{FFFD}')
}

/// A text: words and special pieces strung together, or a slice of an article mutated.
pub fn text(rng: &mut Rng) -> String {
    let dict = dictionary();
    let mut s = String::new();
    if rng.chance(3) {
        let a = rng.pick(ARTICLES);
        let mut from = rng.below(a.len());
        while !a.is_char_boundary(from) {
            from -= 1;
        }
        let mut to = (from + rng.below(600)).min(a.len());
        while !a.is_char_boundary(to) {
            to -= 1;
        }
        s.push_str(&a[from..to]);
    }
    let pieces = rng.below(40);
    for _ in 0..pieces {
        let at = {
            let mut i = if rng.chance(2) {
                s.len()
            } else {
                rng.below(s.len() + 1)
            };
            while !s.is_char_boundary(i) {
                i -= 1;
            }
            i
        };
        match rng.below(10) {
            0..=4 => {
                let w = rng.pick(dict);
                let w = match rng.below(4) {
                    0 => w.to_uppercase(),
                    1 => {
                        let mut c = w.chars();
                        c.next()
                            .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
                            .unwrap_or_default()
                    }
                    _ => w.clone(),
                };
                s.insert_str(at, &(w + " "));
            }
            5..=7 => s.insert_str(at, special(rng)),
            8 => s.insert(at, any_char(rng)),
            _ => {
                // Delete a stretch.
                let mut end = (at + rng.below(20)).min(s.len());
                while !s.is_char_boundary(end) {
                    end -= 1;
                }
                s.replace_range(at..end, "");
            }
        }
    }
    if rng.chance(50) {
        // Now and then a long one: repetition is where quadratic paths hide.
        let times = 50 + rng.below(500);
        s = s.repeat(times.min(20_000 / s.len().max(1) + 1));
    }
    s
}

/// A TOML wordlist: mostly well-formed, with random terms (from the dictionary and random
/// characters), variants, `unless` contexts, inflection, kinds and weights; sometimes mangled.
pub fn wordlist(rng: &mut Rng) -> String {
    const CATS: &[(&str, &[&str])] = &[
        (
            "loaded_language",
            &["pejorative", "puffery", "doubt", "euphemism", "nasty"],
        ),
        (
            "anonymous_source",
            &["unnamed_source", "anonymity_clause", "vague_attribution"],
        ),
        ("unattributed_assertion", &["certainty", "motive", "guilt"]),
        (
            "cue",
            &[
                "attribution_cue",
                "allow",
                "stance_cue",
                "labelling_verb",
                "quote_cue",
                "source_modifier",
            ],
        ),
        ("nonsense", &["x"]),
    ];
    let dict = dictionary();
    let (cat, kinds) = *rng.pick(CATS);
    let mut t = String::new();
    let _ = writeln!(
        t,
        "[list]\nid = \"fz{}\"\ncategory = \"{cat}\"\nkind = \"{}\"",
        rng.below(3),
        rng.pick(kinds)
    );
    if rng.chance(3) {
        let _ = writeln!(t, "inflect = {}", rng.chance(2));
    }
    if rng.chance(5) {
        let _ = writeln!(t, "weight = {}", rng.below(14) as f64 - 1.5);
    }
    let entries = 1 + rng.below(12);
    let word = |rng: &mut Rng| -> String {
        let w = if rng.chance(4) {
            (0..1 + rng.below(6)).map(|_| any_char(rng)).collect()
        } else {
            rng.pick(dict).clone()
        };
        toml_string(&w)
    };
    for _ in 0..entries {
        let _ = writeln!(t, "[[entry]]\nterm = {}", word(rng));
        if rng.chance(3) {
            let vs: Vec<String> = (0..rng.below(4)).map(|_| word(rng)).collect();
            let _ = writeln!(t, "variants = [{}]", vs.join(", "));
        }
        if rng.chance(3) {
            let n = if rng.chance(10) {
                20 + rng.below(100)
            } else {
                rng.below(5)
            };
            let us: Vec<String> = (0..n)
                .map(|_| {
                    let mut u = word(rng);
                    if rng.chance(3) {
                        u.insert_str(1, "* ");
                    }
                    u
                })
                .collect();
            let _ = writeln!(t, "unless = [{}]", us.join(", "));
        }
        if rng.chance(4) {
            let _ = writeln!(t, "inflect = {}", rng.chance(2));
        }
        if rng.chance(4) {
            let k = rng.pick(kinds);
            let _ = writeln!(t, "kind = \"{k}\"");
        }
    }
    if rng.chance(6) {
        // Mangle a byte range (keeping UTF-8 valid).
        let mut at = rng.below(t.len());
        while !t.is_char_boundary(at) {
            at -= 1;
        }
        t.insert_str(at, special(rng));
    }
    t
}

fn toml_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A broken invariant.
#[derive(Debug)]
pub struct Failure {
    pub what: String,
    pub input: String,
    pub list: Option<String>,
}

fn check_span(
    text: &str,
    what: &str,
    start: usize,
    end: usize,
    s: Option<&str>,
) -> Result<(), String> {
    if start > end || end > text.len() {
        return Err(format!(
            "{what}: span {start}..{end} outside the text ({} bytes)",
            text.len()
        ));
    }
    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
        return Err(format!(
            "{what}: span {start}..{end} not on char boundaries"
        ));
    }
    if let Some(s) = s {
        if &text[start..end] != s {
            return Err(format!(
                "{what}: text {s:?} != input[{start}..{end}] {:?}",
                &text[start..end]
            ));
        }
    }
    Ok(())
}

/// The report invariants.
pub fn check_report(text: &str, r: &Report) -> Result<(), String> {
    for (i, f) in r.flags.iter().enumerate() {
        check_span(text, "flag", f.start, f.end, Some(&f.text))?;
        for s in f.speaker.iter().chain(&f.linked) {
            check_span(text, "flag speaker/linked", s.start, s.end, Some(&s.text))?;
        }
        for t in &f.triggers {
            check_span(text, "flag trigger", t.start, t.end, Some(&t.text))?;
        }
        if f.line == 0 || f.column == 0 {
            return Err(format!("flag {i}: line/column {}:{}", f.line, f.column));
        }
        if i > 0 && (r.flags[i - 1].start, r.flags[i - 1].end) > (f.start, f.end) {
            return Err(format!("flags not sorted at {i}"));
        }
    }
    for s in &r.sentences {
        check_span(text, "sentence", s.start, s.end, None)?;
        if let Some(a) = &s.attribution {
            check_span(text, "attribution", a.start, a.end, Some(&a.text))?;
        }
    }
    for q in &r.quotes {
        check_span(text, "quote", q.start, q.end, None)?;
        if let Some(s) = &q.speaker {
            check_span(text, "quote speaker", s.start, s.end, Some(&s.text))?;
        }
    }
    if r.stats.bytes != text.len() {
        return Err(format!("stats.bytes {} != {}", r.stats.bytes, text.len()));
    }
    Ok(())
}

fn analyse_twice(a: &Analyzer, text: &str) -> Result<Report, String> {
    let opts = Options::default();
    let r = a
        .analyze(text, &opts)
        .map_err(|e| format!("analyze failed: {e}"))?;
    check_report(text, &r)?;
    let again = a
        .analyze(text, &opts)
        .map_err(|e| format!("second analyze failed: {e}"))?;
    if again != r {
        return Err("a second analysis gave another report".into());
    }
    Ok(r)
}

/// Runs one input of `target` from `seed`; `Err` on a broken invariant or a panic.
pub fn run_one(target: Target, seed: u64) -> Result<(), Failure> {
    let mut rng = Rng::new(seed);
    let mut list = None;
    let text = match target {
        Target::Wordlist => {
            list = Some(wordlist(&mut rng));
            text(&mut rng)
        }
        _ => text(&mut rng),
    };
    let fail = |what: String| Failure {
        what,
        input: text.clone(),
        list: list.clone(),
    };
    let outcome = std::panic::catch_unwind(|| -> Result<(), String> {
        match target {
            Target::Analyze => {
                let a = Analyzer::builtin().map_err(|e| e.to_string())?;
                analyse_twice(a, &text)?;
                // The same text cut into tiny pieces, so that every cut (paragraph, sentence
                // end, whitespace, char boundary) and the offsets, lines and columns carried
                // across it meet generated text.
                let sizes = PieceSizes {
                    piece: 1 + (seed % 97) as usize,
                    long: 1 + (seed % 53) as usize,
                    run: 4 + (seed % 61) as usize,
                };
                let cut = a
                    .analyze_sized(&text, &Options::default(), sizes)
                    .map_err(|e| format!("analyze in pieces failed: {e}"))?;
                check_report(&text, &cut).map_err(|e| format!("in pieces {sizes:?}: {e}"))
            }
            Target::Wordlist => {
                let src = list.as_deref().unwrap_or_default();
                let parsed = match WordList::parse("fuzz.toml", src) {
                    Ok(l) => l,
                    Err(e) => {
                        let lines = src.split('\n').count();
                        if e.line == 0 || e.column == 0 || e.line > lines + 1 {
                            return Err(format!(
                                "error location {}:{} out of {lines} lines: {e}",
                                e.line, e.column
                            ));
                        }
                        return Ok(());
                    }
                };
                // With the built-in lists now and then (compiling them costs milliseconds), else
                // alone: the list's own matching and compiling is what this target is about.
                let analyzer = if seed % 256 == 0 {
                    Analyzer::with_extra_lists(vec![parsed])
                } else {
                    Analyzer::from_lists(vec![parsed])
                };
                match analyzer {
                    Ok(a) => analyse_twice(&a, &text).map(drop),
                    Err(_) => Ok(()),
                }
            }
            Target::Utf16 => {
                let r = analyse_twice(Analyzer::builtin().map_err(|e| e.to_string())?, &text)?;
                let mut pairs = slant_wasm::utf16_offsets_for_fuzzing(&text, &r);
                pairs.sort_unstable();
                // Counted in one pass: recounting from 0 per offset is quadratic on long texts.
                let (mut pos, mut want) = (0usize, 0usize);
                for (byte, units) in pairs {
                    want += text[pos..byte].encode_utf16().count();
                    pos = byte;
                    if units != want {
                        return Err(format!(
                            "UTF-16 offset of byte {byte}: {units}, should be {want}"
                        ));
                    }
                }
                Ok(())
            }
        }
    });
    match outcome {
        Ok(Ok(())) => Ok(()),
        Ok(Err(what)) => Err(fail(what)),
        Err(p) => {
            let msg = p
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| p.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            Err(fail(format!("panic: {msg}")))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_thousand_inputs_per_target_keep_the_invariants() {
        for t in Target::ALL {
            for seed in 0..1500 {
                if let Err(f) = run_one(t, seed) {
                    panic!(
                        "{}: seed {seed}: {}\n{:?}\n{:?}",
                        t.name(),
                        f.what,
                        f.input,
                        f.list
                    );
                }
            }
        }
    }

    #[test]
    fn the_checker_catches_a_wrong_span() {
        let text = "The notorious regime fell.";
        let mut r = slant_core::analyze(text).unwrap();
        assert!(check_report(text, &r).is_ok());
        r.flags[0].start += 1;
        assert!(check_report(text, &r).is_err());
    }

    #[test]
    fn generation_replays_from_its_seed() {
        assert_eq!(text(&mut Rng::new(7)), text(&mut Rng::new(7)));
        assert_eq!(wordlist(&mut Rng::new(7)), wordlist(&mut Rng::new(7)));
    }
}
