//! The text model: one pass over the text builds paragraphs, word tokens, quotations and
//! sentences, which every detector then reads. Offsets are UTF-8 byte offsets (half-open).

use crate::abbrev;
use crate::search::Search;
use crate::words::Words;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    norm_start: u32,
    norm_end: u32,
    pub kind: TokenKind,
    /// First char is an uppercase letter.
    pub cap: bool,
    /// Whitespace (or the paragraph start) precedes the token.
    pub space_before: bool,
    /// Index of the innermost quotation containing the token, if any.
    pub quote: Option<u32>,
    pub sentence: u32,
}

impl Token {
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

#[derive(Debug, Clone)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    /// Token index range.
    pub tokens: std::ops::Range<usize>,
    pub paragraph: usize,
}

#[derive(Debug, Clone)]
pub struct Quote {
    /// Including the marks; a quotation left open ends at its paragraph's end.
    pub start: usize,
    pub end: usize,
    /// Token index range of the quoted words (marks excluded).
    pub tokens: std::ops::Range<usize>,
    /// Index of the first token after the closing mark (the range's end when left open).
    pub after: usize,
    /// Open at the end of its paragraph and picked up by the next one (multi-paragraph quote).
    pub continues: bool,
    /// Continues a quotation from the previous paragraph.
    pub continued: bool,
    pub closed: bool,
    /// Quoted by the outer quotation (single quotes inside double quotes).
    pub nested: bool,
}

/// A 256-bit filter of the token hashes (`lexicon::token_hash`) of some classes' words: whether
/// a token may be one of them, asked of its hash alone (`Document::tokens_passing`).
pub(crate) struct HashFilter([u64; 4]);

impl HashFilter {
    pub(crate) fn new(classes: &[crate::words::Words]) -> HashFilter {
        let mut f = [0; 4];
        for w in classes.iter().flat_map(|c| c.0.split(' ')) {
            let (i, bit) = HashFilter::bit(crate::lexicon::token_hash(w));
            f[i] |= bit;
        }
        HashFilter(f)
    }
    fn bit(h: u64) -> (usize, u64) {
        let b = (h >> 56) as usize;
        (b >> 6, 1 << (b & 63))
    }
    fn has(&self, h: u64) -> bool {
        let (i, bit) = HashFilter::bit(h);
        self.0[i] & bit != 0
    }
}

#[derive(Debug)]
pub struct Document<'t> {
    pub text: &'t str,
    norms: String,
    pub tokens: Vec<Token>,
    /// `lexicon::token_hash` of each token's normal form, index for index.
    hashes: Vec<u64>,
    pub sentences: Vec<Sentence>,
    pub paragraphs: Vec<std::ops::Range<usize>>,
    pub quotes: Vec<Quote>,
}

impl<'t> Document<'t> {
    /// Lowercased form of a token, with curly apostrophes straightened and a possessive 's dropped.
    pub fn norm(&self, t: &Token) -> &str {
        &self.norms[t.norm_start as usize..t.norm_end as usize]
    }
    /// The `lexicon::token_hash` of each token's normal form, worked out by the tokenizer while
    /// the token's bytes are at hand (one pass over the text instead of a second one over the
    /// tokens in `Lexicon::find`).
    pub(crate) fn token_hashes(&self) -> &[u64] {
        &self.hashes
    }
    /// `norm` as bytes, natively without char-boundary checks (for `Lexicon::find`'s walk); the
    /// WebAssembly module goes through `norm`, whose code it has anyway.
    pub(crate) fn norm_bytes(&self, t: &Token) -> &[u8] {
        if cfg!(target_arch = "wasm32") {
            return self.norm(t).as_bytes();
        }
        &self.norms.as_bytes()[t.norm_start as usize..t.norm_end as usize]
    }
    /// `norm_bytes` as `lexicon::padded_word` reads them (`None` past eight bytes).
    pub(crate) fn norm_word(&self, t: &Token) -> Option<u64> {
        let (start, end) = (t.norm_start as usize, t.norm_end as usize);
        crate::lexicon::padded_word(self.norms.as_bytes(), start, end)
    }
    pub fn norm_at(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| self.norm(t))
    }
    /// `norm_at(i) == w`: in the page one call at each of the rules' many comparisons.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    pub fn norm_is(&self, i: usize, w: &str) -> bool {
        self.norm_at(i) == w
    }
    /// `word_in!(doc.norm_at(i), "a" | "b")` in the page: `pair` is "a b".
    #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
    #[inline(never)]
    pub(crate) fn norm_either(&self, i: usize, pair: &'static str) -> bool {
        crate::words::either(pair, self.norm_at(i))
    }
    /// `word_in!(doc.norm_at(i), "a" | "b" | "c")` in the page (`class` is "a b c"), and
    /// `doc.norm_one_of(i, class)` everywhere. Natively inlined: as fast as that expression.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(crate) fn norm_one_of(&self, i: usize, class: &'static str) -> bool {
        crate::sense::one_of(class, self.norm_at(i))
    }
    /// `norm(t) == w` and `one_of(class, norm(t))`: in the page one call at each site.
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(crate) fn norm_eq(&self, t: &Token, w: &str) -> bool {
        self.norm(t) == w
    }
    #[cfg_attr(target_arch = "wasm32", inline(never))]
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    pub(crate) fn norm_in(&self, t: &Token, class: &'static str) -> bool {
        crate::sense::one_of(class, self.norm(t))
    }
    /// The indices of the tokens whose hash passes `filter`, in order: a detector that acts
    /// only at a few words walks the hashes (eight bytes a token, no token or text read) in a
    /// tight search, not every token in its own loop.
    pub(crate) fn tokens_passing<'a>(
        &'a self,
        filter: &'a HashFilter,
    ) -> impl Iterator<Item = usize> + 'a {
        let mut from = 0;
        std::iter::from_fn(move || {
            let k = from
                + self
                    .hashes
                    .get(from..)?
                    .iter()
                    .position(|&h| filter.has(h))?;
            from = k + 1;
            Some(k)
        })
    }
    pub fn slice(&self, t: &Token) -> &'t str {
        &self.text[t.range()]
    }
    pub fn words(&self) -> usize {
        self.tokens
            .iter()
            .filter(|t| t.kind != TokenKind::Punct)
            .count()
    }

    pub fn new(text: &'t str) -> Document<'t> {
        // Sized for news text natively (a token per 4.5 bytes, a sentence per 110, a quotation
        // per 450), so that these are seldom grown and copied; the WebAssembly module keeps its
        // smaller code.
        let tokens_guess = text.len() / if cfg!(target_arch = "wasm32") { 5 } else { 4 };
        let mut doc = Document {
            text,
            norms: lowered(text),
            tokens: Vec::with_capacity(tokens_guess),
            hashes: Vec::with_capacity(tokens_guess),
            sentences: presized(text.len() / 64 + 1),
            paragraphs: Vec::new(),
            quotes: presized(text.len() / 256 + 1),
        };
        doc.paragraphs = paragraphs(text);
        let paras = std::mem::take(&mut doc.paragraphs);
        let mut carry_quote = false;
        // Paragraphs before this index (after an opener's) lie inside a quotation bridged to a
        // lone closing mark (`lone_closer_ahead`).
        let mut bridged_to = 0;
        for (pi, p) in paras.iter().enumerate() {
            let first = doc.tokens.len();
            tokenize_into(
                text,
                p.clone(),
                &mut doc.norms,
                &mut doc.tokens,
                &mut doc.hashes,
            );
            let last = doc.tokens.len();
            if pi < bridged_to {
                bridged_quote(&mut doc, first..last, p, pi + 1 == bridged_to);
            } else {
                let next = paras
                    .get(pi + 1)
                    .map_or("", |n| text[n.clone()].trim_start());
                let next_opens = next.starts_with(['"', '“']) || next.starts_with("''");
                let runs_on;
                (carry_quote, runs_on) = find_quotes(
                    &mut doc,
                    first..last,
                    carry_quote,
                    (next_opens, opens_single_quoted(next)),
                    p.end,
                );
                // A quotation that runs on to its paragraph's end, not reopened next (one cut at
                // an attribution, "…, Lee told reporters.", has ended), is bridged to a lone
                // closing mark ahead.
                let open = (runs_on && !next_opens)
                    .then(|| doc.quotes.iter().rposition(|q| !q.nested))
                    .flatten()
                    .filter(|&qi| doc.quotes[qi].tokens.end == last);
                if let Some(qi) = open {
                    if let Some(to) = lone_closer_ahead(text, &paras, pi) {
                        doc.quotes[qi].continues = true;
                        bridged_to = to + 1;
                    }
                }
            }
            split_sentences(&mut doc, first..last, pi);
        }
        doc.paragraphs = paras;
        doc
    }
}

/// A quotation split into one paragraph per sentence (text pasted from the web, a dataset's one
/// sentence per line) reopens no paragraph: the paragraphs after an open one carry no mark until
/// one ends with its closing mark. This many paragraphs at most; further, the opener was a stray.
const MAX_BRIDGED_PARAGRAPHS: usize = 8;

/// Double quotation marks in `s` ('' counts as one), of every kind `find_quotes` pairs.
fn double_marks(s: &str) -> usize {
    s.matches(|c| is_straight_or_closing(c) || is_double_open(c))
        .count()
        + pairs_of_straight_singles(s)
}

/// How many times `''` occurs in `s`, counted left to right without overlap (as
/// `s.matches("''").count()`, which in WebAssembly would bring in the standard substring
/// searcher: see search.rs).
fn pairs_of_straight_singles(s: &str) -> usize {
    if cfg!(not(target_arch = "wasm32")) {
        return s.matches("''").count();
    }
    straight_pairs(s.as_bytes())
}

fn straight_pairs(b: &[u8]) -> usize {
    let (mut i, mut n) = (0, 0);
    while i + 1 < b.len() {
        if b[i] == b'\'' && b[i + 1] == b'\'' {
            n += 1;
            i += 2;
        } else {
            i += 1;
        }
    }
    n
}

/// A straight double mark or a closing one (`”`, `»`).
fn is_straight_or_closing(c: char) -> bool {
    c == '"' || is_double_close(c)
}

/// The index of the paragraph after `pi` that closes a quotation left open in `pi`: within
/// `MAX_BRIDGED_PARAGRAPHS`, the first paragraph with a double mark has just that one, a closing
/// mark ending it (`… for the future."`, not an inch mark). Stops at the first paragraph with a
/// mark, so each paragraph is read by one search at most.
fn lone_closer_ahead(text: &str, paras: &[std::ops::Range<usize>], pi: usize) -> Option<usize> {
    let ahead = paras
        .iter()
        .enumerate()
        .skip(pi + 1)
        .take(MAX_BRIDGED_PARAGRAPHS);
    for (k, r) in ahead {
        let s = text[r.clone()].trim_end();
        match double_marks(s) {
            0 => continue,
            1 => {
                let body = s
                    .strip_suffix(is_straight_or_closing)
                    .or_else(|| s.strip_suffix("''"))
                    .unwrap_or(s);
                // (`5'10"` is feet and inches; `We won 3-1"` closes the quotation.)
                let digit = |t: &str| t.ends_with(|c: char| c.is_ascii_digit());
                let inches = body.trim_end_matches(|c: char| c.is_ascii_digit());
                let inch =
                    s.ends_with('"') && digit(body) && inches.strip_suffix('\'').is_some_and(digit);
                let closes =
                    s.len() > body.len() && body.ends_with(|c: char| !c.is_whitespace()) && !inch;
                return (closes && !credit_like(body)).then_some(k);
            }
            _ => return None,
        }
    }
    None
}

/// A pull quotation's credit ("Ann Lee", "Ann Lee." or "Ann Lee, a nurse.") before its closing
/// mark: two to four capitalised words, then a comma or the end. It names the speaker; it is not
/// her words.
fn credit_like(s: &str) -> bool {
    let mut words = s.split_whitespace().peekable();
    let mut caps = 0;
    while let Some(w) = words.next() {
        if !w.starts_with(char::is_uppercase) || caps == 4 {
            return false;
        }
        caps += 1;
        if w.ends_with(',') || words.peek().is_none() {
            return caps >= 2;
        }
    }
    false
}

/// Marks paragraph `p` (tokens `toks`) as quoted whole, continuing the quotation before it; the
/// `last` one ends with the closing mark, which stays outside the quoted words.
fn bridged_quote(
    doc: &mut Document,
    toks: std::ops::Range<usize>,
    p: &std::ops::Range<usize>,
    last: bool,
) {
    let mut inner = toks.clone();
    if last {
        while inner.end > inner.start && {
            let c = token_char(doc.text, &doc.tokens[inner.end - 1]);
            is_straight_or_closing(c) || c == '\''
        } {
            inner.end -= 1;
        }
    }
    let sp = Span {
        inner,
        start: p.start,
        end: p.end,
        after: toks.end,
        closed: last,
        nested: false,
        continues: true,
        continued: true,
    };
    push_quote(doc, sp);
}

/// A word written with a possessive "'s" (straight or curly apostrophe): "Lee's", "the firm’s".
pub(crate) fn ends_possessive(word: &str) -> bool {
    word.ends_with("'s") || word.ends_with("’s")
}

/// A vector with room for `n` items natively, an empty one in WebAssembly, where the module's
/// size counts for more than a few copies while it grows.
pub(crate) fn presized<T>(n: usize) -> Vec<T> {
    if cfg!(target_arch = "wasm32") {
        Vec::new()
    } else {
        Vec::with_capacity(n)
    }
}

/// Paragraphs are separated by blank lines, and by a line break unless the next line looks like
/// the continuation of a hard-wrapped line (starts lowercase, or the line before ends mid-clause).
fn paragraphs(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut cur: Option<std::ops::Range<usize>> = None;
    let mut pos = 0;
    for line in crate::scan::lines_inclusive(text) {
        let start = pos;
        pos += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            out.extend(cur.take());
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let range = start + lead..start + lead + trimmed.len();
        match cur.as_mut() {
            Some(c) if continues_line(&text[c.clone()], trimmed) => c.end = range.end,
            _ => {
                out.extend(cur.take());
                cur = Some(range);
            }
        }
    }
    out.extend(cur);
    out
}

fn continues_line(prev: &str, next: &str) -> bool {
    let first = next.chars().next().unwrap_or(' ');
    let last = prev.chars().next_back().unwrap_or('.');
    first.is_lowercase() || matches!(last, ',' | ';' | '-' | '(' | '—' | '–') && prev.len() > 40
}

/// The start of `Document::norms`: the text with ASCII letters lowercased (one pass that the
/// compiler vectorises), in which an ASCII token's normal form already stands at the token's own
/// offsets. Other normal forms are appended after it.
fn lowered(text: &str) -> String {
    let mut norms = String::with_capacity(text.len() + text.len() / 64);
    lower_into(&mut norms, text);
    norms
}

/// `text` into `norms` (cleared first) with ASCII letters lowered: the start of the normal forms
/// that `tokenize_into` extends.
fn lower_into(norms: &mut String, text: &str) {
    norms.clear();
    norms.push_str(text);
    norms.make_ascii_lowercase();
}

/// Appends the tokens of `range` to `tokens`, with their normal forms in `norms`, which starts
/// with `lowered(text)`: an ASCII token's is there already, others are appended. Each token's
/// `lexicon::token_hash` goes to `hashes`, index for index.
///
/// Walks bytes, decoding a char only at non-ASCII bytes: news text is nearly all ASCII, and this
/// runs over every byte of every text.
fn tokenize_into(
    text: &str,
    range: std::ops::Range<usize>,
    norms: &mut String,
    tokens: &mut Vec<Token>,
    hashes: &mut Vec<u64>,
) {
    let s = &text[range.clone()];
    let b = s.as_bytes();
    let base = range.start;
    let mut space_before = true;
    let mut i = 0;
    while i < b.len() {
        // ASCII whitespace and punctuation, most of the non-word bytes of news text, by table:
        // a punctuation byte is a token of its own, its normal form the byte itself.
        match ASCII_CLASS[usize::from(b[i])] {
            SPACE => {
                space_before = true;
                i += 1;
                continue;
            }
            PUNCT => {
                let at = (base + i) as u32;
                tokens.push(Token {
                    start: at,
                    end: at + 1,
                    norm_start: at,
                    norm_end: at + 1,
                    kind: TokenKind::Punct,
                    cap: false,
                    space_before,
                    quote: None,
                    sentence: 0,
                });
                // Its normal form is the byte itself (lowercasing leaves punctuation alone).
                hashes.push(crate::lexicon::short_token_hash(u64::from(b[i]), 1));
                // A space after it (", " ". ") without another turn of the loop.
                space_before = b.get(i + 1) == Some(&b' ');
                i += 1 + usize::from(space_before);
                continue;
            }
            WORD => {
                // A run of ASCII letters and digits that ends the word (at the end, or at an ASCII
                // byte that is no joiner, or at a joiner that joins nothing because no letter or
                // digit follows it: "word." "word, " "word--"): its normal form is its bytes
                // lowercased, in place, and it cannot end in "'s". Anything else takes the
                // general path below.
                // A word that ends within the eight bytes from its start (most do) is found by
                // one test of them, which also gives its normal form for the hash: setting bit 5
                // lowercases ASCII letters and leaves digits as they are.
                // (`first_chunk` after `i < b.len()`: one test of the length left, where
                // `get(i..i + 8)` also tested `i + 8` for overflow.)
                let (end, word) = match b[i..].first_chunk::<8>() {
                    Some(chunk) => {
                        let x = u64::from_le_bytes(*chunk);
                        let stop = alnum_stop(x);
                        if stop != 0 {
                            // At least one byte, b[i] being a letter or digit; at most seven.
                            let n = (stop.trailing_zeros() / 8) as usize;
                            let keep = (1u64 << (8 * n)) - 1;
                            (i + n, Some((x | 0x2020_2020_2020_2020) & keep))
                        } else {
                            (i + 8 + alnum_run(&b[i + 8..]), None)
                        }
                    }
                    None => (i + 1 + alnum_run(&b[i + 1..]), None),
                };
                if b.get(end).is_none_or(|&x| {
                    x < 0x80
                        && (!is_joiner(x)
                            || b.get(end + 1)
                                .is_none_or(|&y| y < 0x80 && !ASCII_ALNUM[usize::from(y)]))
                }) {
                    let (start, end) = ((base + i) as u32, (base + end) as u32);
                    tokens.push(Token {
                        start,
                        end,
                        norm_start: start,
                        norm_end: end,
                        // b[i] is a letter or digit: digits stand below 'A', and only
                        // uppercase letters have bit 5 clear.
                        kind: if b[i] < b'A' {
                            TokenKind::Number
                        } else {
                            TokenKind::Word
                        },
                        cap: b[i] & 0x20 == 0,
                        space_before,
                        quote: None,
                        sentence: 0,
                    });
                    hashes.push(match word {
                        Some(w) => crate::lexicon::short_token_hash(w, (end - start) as usize),
                        None => crate::lexicon::norm_hash(
                            norms.as_bytes(),
                            start as usize,
                            end as usize,
                        ),
                    });
                    i = end as usize - base;
                    // The space after a word, the usual next byte, without another turn of the
                    // loop.
                    space_before = b.get(i) == Some(&b' ');
                    i += usize::from(space_before);
                    continue;
                }
            }
            _ => {}
        }
        let (c, len) = char_at(s, i);
        if c.is_whitespace() {
            space_before = true;
            i += len;
            continue;
        }
        let start = i;
        let mut end = i + len;
        let kind;
        // Whether the token is all ASCII: then its normal form is its bytes lowercased.
        let mut ascii = len == 1;
        if is_alnum(c) {
            kind = if c.is_ascii_digit() {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            let mut prev = c;
            // Joiners ('-', '.', apostrophes, ',' between digits) stay inside a word only when an
            // alphanumeric char follows, so "U.S", "3.5", "don't", "proxy-army" are one token.
            while end < b.len() {
                // The common case, a run of ASCII letters and digits, without the checks below.
                let run = alnum_run(&b[end..]);
                if run > 0 {
                    end += run;
                    prev = char::from(b[end - 1]);
                    if end == b.len() {
                        break;
                    }
                }
                // An ASCII byte that is no joiner ends the word (a space, most often).
                if b[end] < 0x80 && !is_joiner(b[end]) {
                    break;
                }
                let (d, dlen) = char_at(s, end);
                if is_alnum(d) || d == '\u{AD}' {
                    ascii &= dlen == 1;
                    end += dlen;
                    prev = d;
                    continue;
                }
                let after = if end + dlen < b.len() {
                    char_at(s, end + dlen).0
                } else {
                    ' '
                };
                let joins = match d {
                    '-' | '‑' | '\'' | '’' => is_alnum(after),
                    '.' => is_alnum(prev) && is_alnum(after),
                    ',' => prev.is_ascii_digit() && after.is_ascii_digit(),
                    _ => false,
                };
                if !joins {
                    break;
                }
                ascii &= dlen == 1;
                end += dlen;
                prev = d;
            }
        } else {
            kind = TokenKind::Punct;
        }
        let tok_text = &s[start..end];
        let (norm_start, mut norm_end);
        if ascii {
            (norm_start, norm_end) = (base + start, base + end);
        } else {
            norm_start = norms.len();
            for ch in tok_text.chars() {
                match ch {
                    '’' | '‘' => norms.push('\''),
                    '‑' => norms.push('-'),
                    '\u{AD}' => {}
                    c if c.is_ascii() => norms.push(c.to_ascii_lowercase()),
                    c => norms.push(crate::case::lower(c)),
                }
            }
            norm_end = norms.len();
        }
        if kind == TokenKind::Word
            && norm_end - norm_start > 3
            && norms.as_bytes()[..norm_end].ends_with(b"'s")
            // "Let's" is "let us", an exhortation, not the verb of "let go" (a dismissal).
            && &norms.as_bytes()[norm_start..norm_end] != b"let's"
        {
            norm_end -= 2;
            if !ascii {
                norms.truncate(norm_end);
            }
        }
        tokens.push(Token {
            start: (base + start) as u32,
            end: (base + end) as u32,
            norm_start: norm_start as u32,
            norm_end: norm_end as u32,
            kind,
            cap: c.is_uppercase(),
            space_before,
            quote: None,
            sentence: 0,
        });
        hashes.push(crate::lexicon::norm_hash(
            norms.as_bytes(),
            norm_start,
            norm_end,
        ));
        space_before = false;
        i = end;
    }
}

/// `char::is_alphanumeric`, answering at once for the General Punctuation block (U+2000 to
/// U+206F: curly quotes, dashes, ellipsis, none of them letters or digits), the non-ASCII chars
/// of most news text, which the general test looks up in two Unicode tables.
#[inline]
fn is_alnum(c: char) -> bool {
    !('\u{2000}'..='\u{206F}').contains(&c) && c.is_alphanumeric()
}

/// Which bytes are ASCII letters and digits: a table lookup is cheaper than the range tests.
static ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = (i as u8).is_ascii_alphanumeric();
        i += 1;
    }
    t
};

/// How many bytes at the start of `b` are ASCII letters and digits. Eight bytes at a time (bit
/// tricks on a `u64`): most words end in their first eight bytes, so the loop's exit is
/// predictable, where a byte loop mispredicts its exit at every word's end. Inlined natively
/// (called for every word; the call cost a tenth of the tokenizer's instructions).
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn alnum_run(b: &[u8]) -> usize {
    let mut n = 0;
    while let Some(chunk) = b.get(n..n + 8) {
        let stop = alnum_stop(le_word(chunk));
        if stop != 0 {
            return n + (stop.trailing_zeros() / 8) as usize;
        }
        n += 8;
    }
    n + b[n..]
        .iter()
        .position(|&x| !ASCII_ALNUM[usize::from(x)])
        .unwrap_or(b.len() - n)
}

/// Eight bytes as a little-endian `u64` (`b` has eight).
#[inline]
fn le_word(b: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(b);
    u64::from_le_bytes(w)
}

/// The high bit of each byte of `x` that is not an ASCII letter or digit.
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
fn alnum_stop(x: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    let low7 = x & !HIGH;
    // Byte by byte, with no carry between bytes (each sum stays below 0x100): the high bit of
    // `v + (0x80 - lo)` is set when v >= lo.
    let at_least = |v: u64, lo: u64| v + ONES * (0x80 - lo);
    // Setting bit 5 folds 'A'..='Z' onto 'a'..='z' and nothing else onto them.
    let folded = low7 | (ONES * 0x20);
    let alpha = at_least(folded, 0x61) & !at_least(folded, 0x7b);
    let digit = at_least(low7, 0x30) & !at_least(low7, 0x3a);
    (!(alpha | digit) & HIGH) | (x & HIGH)
}

/// The ASCII bytes that may join two parts of a word (see `tokenize_into`).
fn is_joiner(b: u8) -> bool {
    matches!(b, b'-' | b'\'' | b'.' | b',')
}

/// `ASCII_CLASS` values: whitespace (as `char::is_whitespace`), punctuation (every other ASCII
/// byte that is not a letter or digit), letters and digits, and non-ASCII bytes.
const SPACE: u8 = 2;
const PUNCT: u8 = 3;
const WORD: u8 = 1;
const OTHER: u8 = 0;

static ASCII_CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        t[i] = if matches!(c, b' ' | 0x09..=0x0d) {
            SPACE
        } else if c.is_ascii_alphanumeric() {
            WORD
        } else {
            PUNCT
        };
        i += 1;
    }
    t
};

/// The char starting at byte `i` of `s` (a char boundary) and its length in bytes.
#[inline]
fn char_at(s: &str, i: usize) -> (char, usize) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        return (char::from(b), 1);
    }
    let c = s[i..].chars().next().unwrap_or(' ');
    (c, c.len_utf8())
}

fn is_double_open(c: char) -> bool {
    matches!(c, '“' | '„' | '«')
}
fn is_double_close(c: char) -> bool {
    matches!(c, '”' | '»')
}
/// The first char of token `t` of `text`, read at its start without slicing the token (which
/// checks char boundaries): most tokens asked about are one ASCII byte of punctuation.
fn token_char(text: &str, t: &Token) -> char {
    char_at(text, t.start as usize).0
}

/// Which way a quotation mark faces, judged from the spacing around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Facing {
    Open,
    Close,
    /// Spaced (or attached) on both sides: the state of the paragraph decides.
    Either,
}

/// Words that, right after a closing mark, say someone spoke: evidence that a closing mark with
/// no opener before it ends a quotation ("… here," said the driver).
const SPEECH_VERBS: Words = Words("said says say told tells added adds asked asks explained explains wrote writes tweeted continued according insisted noted stated recalled replied warned argued claimed declared admitted acknowledged remarked posted shouted recounted conceded joked laughed");

/// A quotation unclosed before the next opening mark runs on over this many sentences at most
/// (the news convention: each paragraph of a long quotation reopens it); longer, the opening mark
/// was a stray and the quotation ends with its first sentence. (Six: a paragraph of an analyst's
/// words in a market round-up runs to five or six short sentences.)
const MAX_RUN_ON_SENTENCES: usize = 6;

/// A single quotation closes within this many tokens of its opener, or the opener was an
/// apostrophe.
const MAX_SINGLE_QUOTE_TOKENS: usize = 80;

/// An inner double quotation opens within this many tokens of the outer one's opening mark (so
/// each mark costs constant work).
const MAX_INNER_QUOTE_REACH: usize = 120;

struct Span {
    /// Token range of the quoted words (marks excluded).
    inner: std::ops::Range<usize>,
    start: usize,
    end: usize,
    after: usize,
    closed: bool,
    nested: bool,
    continues: bool,
    continued: bool,
}

/// Finds quotations among the tokens of one paragraph and marks the tokens they contain.
/// Returns whether a double quotation is left open into the next paragraph, and whether one runs
/// on to the paragraph's end (reopened next or not).
///
/// Marks are paired by the evidence around each, not by counting: a straight mark with a space
/// before and a word after opens, one attached to the word before closes; an opening mark while a
/// quotation is open ends that one (at its last sentence end: a multi-paragraph quotation whose
/// breaks were lost); a closing mark with no opener ends a quotation only when a speech verb
/// follows it. So one stray mark cannot swap quotation and narration for the rest of the text.
fn find_quotes(
    doc: &mut Document,
    toks: std::ops::Range<usize>,
    carried: bool,
    (next_opens, next_opens_single): (bool, bool),
    para_end: usize,
) -> (bool, bool) {
    let text = doc.text;
    // The opening double mark: (its last token, its first byte). NYT-style text writes a double
    // quotation mark as two apostrophes (''), so a mark may be two tokens.
    let mut open_double: Option<(usize, usize)> = None;
    let mut open_single: Option<usize> = None;
    // A double quotation opened inside an open one, mid-sentence: (its last token, first byte).
    let mut open_inner: Option<(usize, usize)> = None;
    let mut spans: Vec<Span> = Vec::new();
    let mut skip_to = 0;
    // Where the last quotation ended: a stray closer's quotation starts no earlier.
    let mut floor = toks.start;
    let mut continued_next = carried;
    let mut from = toks.start;
    // (A straight mark or a non-ASCII char: the curly and angled marks.)
    let mark = |b| matches!(b, b'"' | b'\'' | 0x80..);
    while let Some(i) = next_punct(doc, from.max(skip_to), toks.end, mark) {
        from = i + 1;
        let t = doc.tokens[i];
        let mut c = token_char(text, &t);
        let next = doc
            .tokens
            .get(i + 1)
            .filter(|n| n.start as usize <= para_end && i + 1 < toks.end);
        let next_adjacent = next.is_some_and(|n| n.start == t.end);
        let prev_word = i > toks.start && !t.space_before;
        // Two apostrophes in a row are one straight double quotation mark.
        let mut mark_end = i;
        if c == '\'' && next_adjacent && next.is_some_and(|n| &text[n.range()] == "'") {
            c = '"';
            mark_end = i + 1;
            skip_to = i + 2;
        }
        let mark_end_byte = doc.tokens[mark_end].end as usize;
        if c == '"' || is_double_open(c) || is_double_close(c) {
            // (`"systemically important “ and`: a “ with a space after it, inside an open
            // quotation, is its closing mark miswritten.)
            let facing = if c == '“' && open_double.is_some() && !next_adjacent {
                Facing::Close
            } else if is_double_open(c) {
                Facing::Open
            } else if is_double_close(c) {
                Facing::Close
            } else {
                straight_facing(doc, i, mark_end, &toks, para_end)
            };
            let opening = match facing {
                Facing::Open => true,
                Facing::Close => false,
                Facing::Either => open_double.is_none(),
            };
            if opening {
                if open_double.is_some_and(|(o, _)| {
                    open_inner.is_none() && inner_opener(doc, o, i, toks.start)
                }) {
                    open_inner = Some((mark_end, t.start as usize));
                    continue;
                }
                open_inner = None;
                if let Some((o, o_start)) = open_double.take() {
                    // Never closed: a quotation run on past a lost paragraph break, or a stray.
                    let (span, run_on) = unclosed(doc, o, o_start, i, true, toks.start);
                    floor = span.after;
                    spans.push(Span {
                        continues: run_on,
                        continued: std::mem::take(&mut continued_next),
                        ..span
                    });
                    continued_next = run_on;
                } else if continued_next && spans.is_empty() && first_punct(doc, &toks) != i {
                    continued_next = false;
                }
                open_double = Some((mark_end, t.start as usize));
            } else if let Some((o, o_start)) = open_inner.take() {
                // `"… caught on "mike" saying …"`: the inner quotation closes, the outer goes on.
                spans.push(Span {
                    inner: o + 1..i,
                    start: o_start,
                    end: mark_end_byte,
                    after: mark_end + 1,
                    closed: true,
                    nested: true,
                    continues: false,
                    continued: false,
                });
            } else if let Some((o, o_start)) = open_double.take() {
                if let Some(s) = open_single.take() {
                    if s > o {
                        spans.push(Span {
                            inner: s + 1..i,
                            start: doc.tokens[s].start as usize,
                            end: t.start as usize,
                            after: i,
                            closed: false,
                            nested: true,
                            continues: false,
                            continued: false,
                        });
                    } else {
                        open_single = Some(s);
                    }
                }
                spans.push(Span {
                    inner: o + 1..i,
                    start: o_start,
                    end: mark_end_byte,
                    after: mark_end + 1,
                    closed: true,
                    nested: false,
                    continues: false,
                    continued: std::mem::take(&mut continued_next),
                });
                floor = mark_end + 1;
            } else if let Some(from) = stray_closer_start(doc, floor, i, mark_end, &toks) {
                // A closing mark with no opener, a speech verb after it: the quotation began at
                // its sentence's start (or where the paragraph or the last quotation ended).
                spans.push(Span {
                    inner: from..i,
                    start: doc.tokens[from].start as usize,
                    end: mark_end_byte,
                    after: mark_end + 1,
                    closed: true,
                    nested: false,
                    continues: false,
                    continued: false,
                });
                floor = mark_end + 1;
            }
        } else if (c == '\'' || c == '’')
            && open_inner.is_none()
            && open_double.is_some_and(|(o, _)| open_single.is_none_or(|s| s < o))
            && single_closes_double(doc, text, i, &toks)
        {
            // `“We will win,’ Lee said.`: a double quotation closed by a single mark, as a
            // speech verb right after shows; left open, it would swallow the narration after.
            if let Some((o, o_start)) = open_double.take() {
                spans.push(Span {
                    inner: o + 1..i,
                    start: o_start,
                    end: t.end as usize,
                    after: i + 1,
                    closed: true,
                    nested: false,
                    continues: false,
                    continued: std::mem::take(&mut continued_next),
                });
                floor = i + 1;
            }
        } else if c == '\'' || c == '‘' || c == '’' {
            let can_open = (c != '’') && (!prev_word || i == toks.start) && next_adjacent;
            // `‘The workers’ rights come first,’`: a plural's apostrophe before a lowercase word,
            // with a closer to come (read at most MAX_SINGLE_QUOTE_TOKENS ahead), owns the word.
            let closer = |k: usize| {
                let m = &doc.tokens[k];
                !m.space_before && matches!(token_char(text, m), '\'' | '’')
            };
            let owner = open_single.is_some()
                && i > toks.start
                && doc.norm_at(i - 1).ends_with('s')
                && next.is_some_and(|n| {
                    n.kind == TokenKind::Word
                        && !n.cap
                        && !doc.norm_in(n, crate::attribution::NP_STOP.0)
                        && !doc.norm(n).starts_with("wh")
                })
                && (i + 2..toks.end.min(i + MAX_SINGLE_QUOTE_TOKENS)).any(closer);
            let can_close = (c != '‘')
                && prev_word
                && !owner
                && !next.is_some_and(|n| next_adjacent && n.kind != TokenKind::Punct);
            // An opener left far behind was an apostrophe ("the '90s"), not a quotation mark.
            if open_single.is_some_and(|s| i - s > MAX_SINGLE_QUOTE_TOKENS) {
                open_single = None;
            }
            if can_close && open_single.is_some() {
                let s = open_single.take().unwrap_or(i);
                let nested = open_double.is_some_and(|(o, _)| o < s);
                spans.push(Span {
                    inner: s + 1..i,
                    start: doc.tokens[s].start as usize,
                    end: t.end as usize,
                    after: i + 1,
                    closed: true,
                    nested,
                    continues: false,
                    continued: s == toks.start && std::mem::take(&mut continued_next),
                });
            } else if can_open {
                open_single = Some(i);
            }
        }
    }
    let mut continues = false;
    let mut runs_on = false;
    // British style: `'…,' she said. '… ` left open at the paragraph's end, the next paragraph
    // reopening it with a single mark: one quotation over both paragraphs.
    if let Some(s) = open_single.filter(|&s| {
        open_double.is_none() && next_opens_single && opens_sentence(doc, s, toks.start)
    }) {
        spans.push(Span {
            inner: s + 1..toks.end,
            start: doc.tokens[s].start as usize,
            end: para_end,
            after: toks.end,
            closed: false,
            nested: false,
            continues: true,
            continued: s == toks.start && continued_next,
        });
        continues = true;
    }
    if let Some((o, o_start)) = open_double {
        let (mut span, run_on) = unclosed(doc, o, o_start, toks.end, false, toks.start);
        runs_on = run_on;
        if run_on {
            // Left open at the paragraph's end: a multi-paragraph quotation when the next
            // paragraph reopens it.
            span.end = para_end;
            continues = next_opens;
        }
        spans.push(Span {
            continues,
            continued: continued_next,
            ..span
        });
    }
    crate::sort::sort_by_key(&mut spans, |s| (s.start, std::cmp::Reverse(s.end)));
    for sp in spans {
        push_quote(doc, sp);
    }
    (continues, runs_on)
}

/// Whether a paragraph opens with a single quotation mark before a capital (`'We …`, where
/// `'90s` opens with an apostrophe).
pub(crate) fn opens_single_quoted(p: &str) -> bool {
    p.strip_prefix(['\'', '‘'])
        .is_some_and(|r| r.starts_with(char::is_uppercase))
}

/// The first token in `from..end` that is punctuation whose first byte passes `first`. The loops
/// that act only at some marks (quotation marks, sentence ends), heavy with state, cost more per
/// token than this search over the tokens between.
fn next_punct(doc: &Document, from: usize, end: usize, first: fn(u8) -> bool) -> Option<usize> {
    let text = doc.text.as_bytes();
    let marks = doc.tokens.get(from..end)?.iter().position(|t| {
        t.kind == TokenKind::Punct && text.get(t.start as usize).is_some_and(|&b| first(b))
    });
    marks.map(|k| from + k)
}

/// Records a quotation and marks the tokens it contains.
fn push_quote(doc: &mut Document, sp: Span) {
    let qi = doc.quotes.len() as u32;
    for t in &mut doc.tokens[sp.inner.clone()] {
        t.quote = Some(qi);
    }
    doc.quotes.push(Quote {
        start: sp.start,
        end: sp.end,
        tokens: sp.inner,
        after: sp.after,
        continues: !sp.closed && !sp.nested && sp.continues,
        continued: !sp.nested && sp.continued,
        closed: sp.closed,
        nested: sp.nested,
    });
}

/// Faces a straight mark (tokens `i..=mark_end`) by its spacing.
fn straight_facing(
    doc: &Document,
    i: usize,
    mark_end: usize,
    toks: &std::ops::Range<usize>,
    para_end: usize,
) -> Facing {
    let t = &doc.tokens[i];
    let prev = (i > toks.start).then(|| &doc.tokens[i - 1]);
    let open_left = i == toks.start
        || t.space_before
        || prev
            .is_some_and(|p| matches!(token_char(doc.text, p), '(' | '[' | '—' | '–' | ':' | '-'));
    let next = doc
        .tokens
        .get(mark_end + 1)
        .filter(|n| n.start as usize <= para_end && mark_end + 1 < toks.end);
    let attached_right = next.is_some_and(|n| n.start == doc.tokens[mark_end].end);
    match (open_left, attached_right) {
        (true, true) => Facing::Open,
        (false, false) => Facing::Close,
        (false, true) => {
            // `."We` is ambiguous; `"),` or `".` closes.
            if next.is_some_and(|n| n.kind == TokenKind::Punct) {
                Facing::Close
            } else {
                Facing::Either
            }
        }
        (true, false) => Facing::Either,
    }
}

/// Token indices of sentence-ending punctuation in `range`: a terminal (with any closers glued to
/// it) followed by a space and a capital, a number or an opening mark.
fn sentence_ends(doc: &Document, range: std::ops::Range<usize>) -> Vec<usize> {
    let mut out = Vec::new();
    let mut k = range.start;
    while k < range.end {
        let t = &doc.tokens[k];
        if t.kind == TokenKind::Punct && is_terminal(token_char(doc.text, t)) {
            let mut last = k;
            while last + 1 < range.end {
                let n = &doc.tokens[last + 1];
                let nc = token_char(doc.text, n);
                if n.kind == TokenKind::Punct
                    && (is_terminal(nc) || is_closer(nc))
                    && !n.space_before
                    && !matches!(nc, '"' | '\'')
                {
                    last += 1;
                } else {
                    break;
                }
            }
            // (`the U.S. Virgin Islands`: an abbreviation's period, as the sentence splitter
            // reads it, ends no quoted sentence either.)
            let starts = doc
                .tokens
                .get(last + 1)
                .filter(|_| last + 1 < range.end)
                .is_some_and(|n| {
                    n.space_before
                        && (n.cap
                            || n.kind == TokenKind::Number
                            || matches!(token_char(doc.text, n), '"' | '“' | '‘' | '\''))
                        && (last > k
                            || token_char(doc.text, t) != '.'
                            || period_ends_sentence(doc, k, n))
                });
            if starts || last + 1 == range.end {
                out.push(last);
            }
            k = last + 1;
        } else {
            k += 1;
        }
    }
    out
}

/// The quotation opened at token `o` and never closed before token `limit` (the next opening mark
/// when `before_opener`, else the paragraph's end). Returns it and whether it runs on to `limit`
/// (a quotation whose paragraph ended, perhaps with the break lost) rather than ending with its
/// first sentence (a stray mark).
fn unclosed(
    doc: &Document,
    o: usize,
    o_start: usize,
    limit: usize,
    before_opener: bool,
    para_start: usize,
) -> (Span, bool) {
    let ends = sentence_ends(doc, o + 1..limit);
    let last_before_limit = ends.last().is_some_and(|&e| e + 1 == limit);
    // Only a quotation that opens a sentence runs on; one opened mid-sentence ("called it
    // "a farce.") is a partial quotation whose closing mark went missing.
    let run_on = ends.is_empty()
        || (ends.len() <= MAX_RUN_ON_SENTENCES
            && (last_before_limit || !before_opener)
            && opens_sentence(doc, o, para_start));
    let end_tok = if run_on { limit } else { ends[0] + 1 };
    // The quotation's last sentence may end with the attribution its closing mark should have
    // set off ("… on spending, Lee told reporters."): the quotation ends at that comma.
    let last_start = ends
        .iter()
        .rev()
        .find(|&&e| e + 1 < end_tok)
        .map_or(o + 1, |&e| e + 1);
    let end_tok = attribution_tail(doc, last_start, end_tok).unwrap_or(end_tok);
    let end = if end_tok > o + 1 {
        doc.tokens[end_tok - 1].end as usize
    } else {
        doc.tokens[o].end as usize
    };
    (
        Span {
            inner: o + 1..end_tok,
            start: o_start,
            end,
            after: end_tok,
            closed: false,
            nested: false,
            continues: false,
            continued: false,
        },
        run_on,
    )
}

/// In the sentence `start..end` (its last token the sentence end), a comma followed, within
/// eight tokens of the end, by capitalised words, a verb of saying and at most three lowercase
/// words (`, Ann Lee told reporters.`): the token after that comma.
fn attribution_tail(doc: &Document, start: usize, end: usize) -> Option<usize> {
    let last = end.checked_sub(1).filter(|&l| l > start)?;
    let lo = start.max(last.saturating_sub(8));
    let comma = (lo..last).rev().find(|&k| doc.norm_is(k, ","))?;
    // Verbs of an attribution that closes a sentence (`…, Lee said.`).
    let verb = (comma + 2..last).find(|&k| {
        word_in!(
            doc.norm_at(k),
            "said" | "says" | "told" | "added" | "tweeted" | "wrote"
        )
    })?;
    let cap = |k: usize| doc.tokens[k].cap;
    (last - verb < 5 && (comma + 1..verb).all(cap) && !(verb + 1..last).any(cap))
        .then_some(comma + 1)
}

/// An opening double mark at token `i`, while the quotation opened at token `o` is open, quotes
/// inside it (`"… was caught on "mike" saying …,"`) rather than ending it: it stands mid-sentence,
/// after a word, near the open quotation's start: in its first sentence, or its second when it
/// began a sentence ("Sen." may end one). A stray opener further back ends at its sentence, as
/// `unclosed` decides.
fn inner_opener(doc: &Document, o: usize, i: usize, para_start: usize) -> bool {
    // (`"I said it before, "cheap" costs …"`: after a comma too, set off by a space, when the
    // two marks are alike: a curly one after a straight opener starts a quotation of its own.)
    let after_word = i > para_start
        && (doc.tokens[i - 1].kind != TokenKind::Punct
            || (doc.norm_is(i - 1, ",")
                && doc.tokens[i].space_before
                && token_char(doc.text, &doc.tokens[o]) == token_char(doc.text, &doc.tokens[i])));
    if !after_word || i - o > MAX_INNER_QUOTE_REACH {
        return false;
    }
    match sentence_ends(doc, o + 1..i).len() {
        0 => true,
        1 => opens_sentence(doc, o, para_start),
        _ => false,
    }
}

/// The quotation whose opening mark ends at token `o` starts a sentence: a capital after the
/// mark, and before it the paragraph's start, a sentence end, or a colon or comma.
fn opens_sentence(doc: &Document, o: usize, para_start: usize) -> bool {
    let first = doc.tokens.get(o + 1);
    if !first.is_some_and(|t| t.cap || t.kind == TokenKind::Number) {
        return false;
    }
    let mark_start = if o > 0 && doc.norm_is(o, "'") && doc.norm_is(o - 1, "'") {
        o - 1
    } else {
        o
    };
    if mark_start <= para_start {
        return true;
    }
    let prev = &doc.tokens[mark_start - 1];
    let pc = token_char(doc.text, prev);
    // A round-up's capitalised header ("ANN LEE, ANALYST, ACME BANK, NEW YORK \"…") ends
    // without punctuation before the quotation it introduces.
    let upper = |k: usize| {
        let w = &doc.text[doc.tokens[k].range()];
        doc.tokens[k].is_word() && w.len() > 1 && !w.chars().any(|c| c.is_lowercase())
    };
    let header = mark_start >= para_start + 3
        && upper(mark_start - 1)
        && (upper(mark_start - 2) || (doc.norm_is(mark_start - 2, ",") && upper(mark_start - 3)));
    header
        || (prev.kind == TokenKind::Punct
            && (is_terminal(pc) || is_closer(pc) || matches!(pc, ':' | ',')))
}

/// For a closing mark (tokens `i..=mark_end`) with no opener: the first quoted token, when a
/// speech verb within a few words after the mark says someone spoke.
fn stray_closer_start(
    doc: &Document,
    floor: usize,
    i: usize,
    mark_end: usize,
    toks: &std::ops::Range<usize>,
) -> Option<usize> {
    let spoke = (mark_end + 1..(mark_end + 6).min(toks.end))
        .take_while(|&k| {
            let t = &doc.tokens[k];
            t.kind != TokenKind::Punct || doc.norm_eq(t, ",")
        })
        .any(|k| doc.norm_one_of(k, SPEECH_VERBS.0));
    if !spoke || i <= floor {
        return None;
    }
    let from = sentence_ends(doc, floor..i)
        .last()
        .map_or(floor, |&e| e + 1);
    // Words, not just punctuation, must lie between.
    (from..i)
        .any(|k| doc.tokens[k].kind != TokenKind::Punct)
        .then_some(from)
}

fn first_punct(doc: &Document, toks: &std::ops::Range<usize>) -> usize {
    toks.clone()
        .find(|&i| doc.tokens[i].kind == TokenKind::Punct)
        .unwrap_or(usize::MAX)
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
}

/// Splits one paragraph's tokens into sentences. News prose has many periods that do not end a
/// sentence ("U.S.", "Dec. 22", "Mr.", initials, "a.m."), so a period ends one only when what
/// follows looks like a sentence start.
fn split_sentences(doc: &mut Document, toks: std::ops::Range<usize>, paragraph: usize) {
    let text = doc.text;
    let mut start = toks.start;
    let mut i = toks.start;
    // (A terminal's first byte: '.', '!', '?', or a non-ASCII one, as '…' has.)
    let terminal = |b| matches!(b, b'.' | b'!' | b'?' | 0x80..);
    while i < toks.end {
        // Only a terminal ends a sentence: the tokens before the next that can be one are passed
        // over at once (to the last token, which ends the paragraph's last sentence).
        i = next_punct(doc, i, toks.end, terminal).unwrap_or(toks.end - 1);
        let t = doc.tokens[i];
        // Only punctuation can end a sentence: words are not sliced and decoded to find out.
        let c = if t.kind == TokenKind::Punct {
            token_char(text, &t)
        } else {
            ' '
        };
        let mut boundary = false;
        let mut last = i;
        if t.kind == TokenKind::Punct && is_terminal(c) {
            // Absorb further terminals ("?!", "...") and closing quotes/brackets.
            while last + 1 < toks.end {
                let n = doc.tokens[last + 1];
                let nc = token_char(text, &n);
                if n.kind == TokenKind::Punct
                    && (is_terminal(nc) || is_closer(nc))
                    && n.start == doc.tokens[last].end
                {
                    last += 1;
                } else {
                    break;
                }
            }
            boundary = match doc.tokens.get(last + 1).filter(|_| last + 1 < toks.end) {
                None => true,
                Some(n) => {
                    let nc = token_char(text, n);
                    // ("… were false. * Ann Lee filed": a bullet opens the next item of a list.)
                    let starts = n.cap
                        || n.kind == TokenKind::Number
                        || matches!(nc, '"' | '“' | '‘' | '(' | '\'' | '—' | '-' | '*' | '•');
                    if !starts || !n.space_before {
                        false
                    } else if c == '.' && i == last && i > start {
                        period_ends_sentence(doc, i, n)
                    } else {
                        true
                    }
                }
            };
        }
        if boundary || last + 1 >= toks.end {
            push_sentence(doc, start..last + 1, paragraph);
            start = last + 1;
        }
        i = last + 1;
    }
}

fn period_ends_sentence(doc: &Document, dot: usize, next: &Token) -> bool {
    // A text may open with its period (". U.S. …"): nothing before it to join.
    let Some(&prev) = dot.checked_sub(1).and_then(|i| doc.tokens.get(i)) else {
        return true;
    };
    if prev.end != doc.tokens[dot].start || prev.kind == TokenKind::Punct {
        return true;
    }
    let word = doc.norm(&prev);
    // (Most words before a period are longer than any abbreviation: the lists are skipped.)
    let listed = |list: Words| word.len() <= abbrev::LONGEST && list.contains(&word);
    // A capitalised title joined to a prefix ("then-Sen.", "ex-Gov.") is still a title.
    let capital_after_hyphen = || {
        let joined = doc.slice(&prev).rsplit_once('-');
        joined.is_some_and(|(_, t)| t.starts_with(|c: char| c.is_ascii_uppercase()))
    };
    let title = match word.rsplit_once('-') {
        Some((_, t)) if capital_after_hyphen() => t,
        Some(_) => "",
        None => word,
    };
    if title.len() <= abbrev::LONGEST && abbrev::TITLES.contains(&title) {
        return false;
    }
    if listed(abbrev::MONTHS) && next.kind == TokenKind::Number {
        return false;
    }
    let single_letter = word.chars().count() == 1 && prev.cap;
    let dotted = word.has_char('.') && word.chars().all(|c| c.is_alphabetic() || c == '.');
    // ("… and Washington D.C.  Judge Lee said": two spaces after it are the writer's break.)
    let wide_gap = next.start.saturating_sub(doc.tokens[dot].end) >= 2;
    if single_letter || dotted || listed(abbrev::OTHER) {
        return (wide_gap && !single_letter) || doc.norm_in(next, abbrev::SENTENCE_STARTERS.0);
    }
    true
}

fn push_sentence(doc: &mut Document, toks: std::ops::Range<usize>, paragraph: usize) {
    if toks.is_empty() {
        return;
    }
    let si = doc.sentences.len() as u32;
    for t in &mut doc.tokens[toks.clone()] {
        t.sentence = si;
    }
    doc.sentences.push(Sentence {
        start: doc.tokens[toks.start].start as usize,
        end: doc.tokens[toks.end - 1].end as usize,
        tokens: toks,
        paragraph,
    });
}

/// Splits a term from a wordlist into normal forms with the same rules as the text.
pub fn term_tokens(term: &str) -> Vec<String> {
    TermBuf::default().split(term).map(str::to_string).collect()
}

/// Buffers for splitting terms, reused across a list's thousands of terms: a fresh set per term
/// (normal forms, tokens, hashes) cost the lexicon's compile more in allocation than in splitting.
#[derive(Default)]
pub(crate) struct TermBuf {
    norms: String,
    toks: Vec<Token>,
    hashes: Vec<u64>,
}

impl TermBuf {
    /// `term_tokens` without the owned strings.
    pub(crate) fn split(&mut self, term: &str) -> impl Iterator<Item = &str> {
        lower_into(&mut self.norms, term);
        self.toks.clear();
        self.hashes.clear();
        tokenize_into(
            term,
            0..term.len(),
            &mut self.norms,
            &mut self.toks,
            &mut self.hashes,
        );
        let norms = &self.norms;
        self.toks
            .iter()
            .map(move |t| &norms[t.norm_start as usize..t.norm_end as usize])
    }
}

/// A single closing mark at token `i` ends an open double quotation: it follows the quoted
/// words' closing punctuation (",’" ".’" "?’" "!’"), stands apart from the next word, and a
/// speech verb follows within a few words (`“…,’ Ann Lee said`, `“…,’ said Lee`).
fn single_closes_double(
    doc: &Document,
    text: &str,
    i: usize,
    toks: &std::ops::Range<usize>,
) -> bool {
    let t = &doc.tokens[i];
    if i <= toks.start || t.space_before {
        return false;
    }
    let prev = &doc.tokens[i - 1];
    if prev.kind != TokenKind::Punct || !word_in!(&text[prev.range()], "," | "." | "?" | "!") {
        return false;
    }
    let next_apart = doc
        .tokens
        .get(i + 1)
        .is_some_and(|n| i + 1 < toks.end && n.space_before && n.kind == TokenKind::Word);
    // (Not a verb opening a quotation of its own: "… now.' She said, ‘well …".)
    let is_mark = |k: usize| {
        doc.tokens
            .get(k)
            .is_some_and(|m| m.kind == TokenKind::Punct && is_quote_char(&text[m.range()]))
    };
    // (`of “junior envoy,’ fell …, and of “clerk,” …`: the next mark, at most
    // MAX_SINGLE_QUOTE_TOKENS ahead, opens a double quotation, so none closes this one.)
    let reopened = || {
        (i + 1..toks.end.min(i + MAX_SINGLE_QUOTE_TOKENS))
            .find(|&k| is_mark(k))
            .is_some_and(|k| {
                let c = token_char(text, &doc.tokens[k]);
                c == '“'
                    || c == '"'
                        && doc.tokens[k].space_before
                        && doc.tokens.get(k + 1).is_some_and(|n| !n.space_before)
            })
    };
    next_apart
        && ((i + 1..toks.end.min(i + 6)).any(|k| {
            word_in!(
                doc.norm_at(k),
                "said" | "says" | "told" | "added" | "asked" | "wrote" | "replied" | "declared"
            ) && !is_mark(k + 1)
                && !(word_in!(doc.norm_at(k + 1), "," | ":") && is_mark(k + 2))
        }) || reopened())
}

fn is_quote_char(s: &str) -> bool {
    s.chars()
        .next()
        .is_some_and(|c| matches!(c, '"' | '\'' | '‘' | '’' | '“' | '”' | '„' | '«' | '»'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A hash filter passes every token of its words, however written (short and long words,
    /// capitals, a possessive), and turns most other words away.
    #[test]
    fn tokens_passing_finds_every_word_of_the_class() {
        let f = HashFilter::new(&[crate::words::Words("critics organizations name")]);
        let d =
            Document::new("Critics and organizations' staff gave no name; critics’ views vary.");
        let found: Vec<&str> = d.tokens_passing(&f).map(|k| d.norm_at(k)).collect();
        for w in ["critics", "organizations", "name"] {
            assert!(found.contains(&w), "{w}: {found:?}");
        }
        assert!(found.len() <= 6, "{found:?}");
    }

    /// The page's one-call forms of `word_in!(doc.norm_at(i), …)` answer as the native `matches!`.
    #[test]
    fn norm_either_and_norm_one_of_answer_as_word_in() {
        let d = Document::new("The aid, as an A1 said: no. Says");
        for i in 0..d.tokens.len() + 2 {
            let w = d.norm_at(i);
            assert_eq!(
                d.norm_either(i, "as said"),
                word_in!(w, "as" | "said"),
                "{w:?}"
            );
            assert_eq!(d.norm_either(i, ", the"), word_in!(w, "," | "the"), "{w:?}");
            let three = word_in!(w, "no" | "an" | "says" | ".");
            assert_eq!(d.norm_one_of(i, "no an says ."), three, "{w:?}");
            assert_eq!(d.norm_is(i, "aid"), w == "aid", "{w:?}");
            if let Some(t) = d.tokens.get(i) {
                assert_eq!(d.norm_in(t, "no an says ."), three, "{w:?}");
                assert_eq!(d.norm_in(t, "as said"), word_in!(d.norm(t), "as" | "said"));
                assert_eq!(d.norm_eq(t, "aid"), w == "aid", "{w:?}");
            }
        }
    }

    #[test]
    fn straight_pairs_count_as_matches_does() {
        for s in ["", "'", "''", "'''", "''''", "a''b''c", "é'' ’’ ''"] {
            assert_eq!(
                straight_pairs(s.as_bytes()),
                s.matches("''").count(),
                "{s:?}"
            );
        }
    }

    #[test]
    fn a_reused_term_buffer_splits_as_a_fresh_one() {
        // Longer, shorter, non-ASCII (its forms go past the text's copy) and possessive terms
        // in turn: nothing of one term may stay behind for the next.
        let terms = [
            "so-called “experts”",
            "a",
            "Ökonom’s",
            "",
            "régime change",
            "Lee's",
            "U.S. officials",
        ];
        let mut buf = TermBuf::default();
        for t in terms {
            let fresh: Vec<String> = {
                let mut norms = lowered(t);
                let mut toks = Vec::new();
                tokenize_into(t, 0..t.len(), &mut norms, &mut toks, &mut Vec::new());
                toks.iter()
                    .map(|k| norms[k.norm_start as usize..k.norm_end as usize].to_string())
                    .collect()
            };
            assert_eq!(buf.split(t).collect::<Vec<_>>(), fresh, "{t}");
        }
        assert_eq!(term_tokens("Ökonom’s view"), ["ökonom", "view"]);
    }

    fn sents(text: &str) -> Vec<&str> {
        let d = Document::new(text);
        d.sentences.iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn is_alnum_agrees_with_the_standard_test() {
        for c in ('\0'..='\u{3000}').chain(['\u{10400}', '\u{1F600}']) {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn alnum_run_agrees_with_a_byte_loop() {
        let bytes: Vec<u8> = (0..=255u8).collect();
        for &stop in &bytes {
            for at in 0..20 {
                let mut b = b"abcXYZ0189mnopqrstuvwQ".to_vec();
                if at < b.len() {
                    b[at] = stop;
                }
                let want = |b: &[u8]| {
                    b.iter()
                        .position(|x| !x.is_ascii_alphanumeric())
                        .unwrap_or(b.len())
                };
                for from in 0..b.len() {
                    let b = &b[from..];
                    assert_eq!(alnum_run(b), want(b), "byte {stop:#x} at {at}, from {from}");
                }
            }
        }
    }

    #[test]
    fn news_abbreviations_do_not_split() {
        let t = "The U.S. Army said on Dec. 22 that Mr. Smith and John F. Kennedy Jr. met at 9 a.m. on Monday. Prices rose 3.5 percent. It ended.";
        assert_eq!(
            sents(t),
            vec![
                "The U.S. Army said on Dec. 22 that Mr. Smith and John F. Kennedy Jr. met at 9 a.m. on Monday.",
                "Prices rose 3.5 percent.",
                "It ended."
            ]
        );
    }

    #[test]
    fn plural_and_prefixed_titles_do_not_split() {
        let t = "Sens. Ann Lee and Reps. Tom Orr spoke. Sales reps. The list. Then-Sen. Jo Ames and ex-Gov. Al Roe agreed. It was a yes-or-no. The end.";
        assert_eq!(
            sents(t),
            vec![
                "Sens. Ann Lee and Reps. Tom Orr spoke.",
                "Sales reps.",
                "The list.",
                "Then-Sen. Jo Ames and ex-Gov. Al Roe agreed.",
                "It was a yes-or-no.",
                "The end."
            ]
        );
    }

    #[test]
    fn abbreviation_before_a_sentence_starter_splits() {
        assert_eq!(
            sents("He flew to the U.S. The trip was long."),
            vec!["He flew to the U.S.", "The trip was long."]
        );
    }

    #[test]
    fn an_abbreviation_before_two_spaces_splits() {
        assert_eq!(
            sents("He will stay in Ohio and Washington D.C.  Judge Okafor set the bond."),
            vec![
                "He will stay in Ohio and Washington D.C.",
                "Judge Okafor set the bond."
            ]
        );
        // One space after it stays inside the sentence.
        assert_eq!(sents("The U.S. Army left.").len(), 1);
    }

    #[test]
    fn quote_ending_sentence_and_said() {
        let t = "\"We will leave,\" he said. \"Now?\" she asked. \"Yes.\" Then silence.";
        assert_eq!(
            sents(t),
            vec![
                "\"We will leave,\" he said.",
                "\"Now?\" she asked.",
                "\"Yes.\"",
                "Then silence."
            ]
        );
    }

    #[test]
    fn ellipsis_and_headlines() {
        let t = "Iraq rejects guarantees\n\nHe paused... and went on. Wait... The end.";
        assert_eq!(
            sents(t),
            vec![
                "Iraq rejects guarantees",
                "He paused... and went on.",
                "Wait...",
                "The end."
            ]
        );
    }

    #[test]
    fn wrapped_lines_join_but_headlines_split() {
        let t = "BAGHDAD\nThe official said the talks\nwould continue next week.";
        assert_eq!(
            sents(t),
            vec![
                "BAGHDAD",
                "The official said the talks\nwould continue next week."
            ]
        );
    }

    #[test]
    fn tokens_keep_compounds_and_strip_possessive() {
        let d = Document::new("Iraq’s proxy-army don't U.S. 1,000 3.5");
        let n: Vec<&str> = d.tokens.iter().map(|t| d.norm(t)).collect();
        assert_eq!(
            n,
            vec!["iraq", "proxy-army", "don't", "u.s", ".", "1,000", "3.5"]
        );
    }

    #[test]
    fn a_joiner_that_joins_nothing_ends_the_word() {
        // A word before ". , - '" with no letter or digit after it (the tokenizer's fast path)
        // splits as one before a joiner that joins (the general path).
        let d = Document::new("Ends. Then, so-- x'. 1,000, a-b. Ab.é end- it's 3.5,");
        let n: Vec<&str> = d.tokens.iter().map(|t| d.norm(t)).collect();
        assert_eq!(
            n,
            vec![
                "ends", ".", "then", ",", "so", "-", "-", "x", "'", ".", "1,000", ",", "a-b", ".",
                "ab.é", "end", "-", "it", "3.5", ","
            ]
        );
        let kinds: Vec<TokenKind> = d.tokens.iter().map(|t| t.kind).collect();
        assert_eq!(kinds[10], TokenKind::Number);
        assert!(d.tokens[0].cap && d.tokens[2].cap && !d.tokens[4].cap);
        assert!(!d.tokens[1].space_before && d.tokens[2].space_before);
    }

    #[test]
    fn non_ascii_letters_joiners_and_spaces_tokenize_as_ascii_ones() {
        // The tokenizer walks ASCII bytes on a fast path: mixed text must split the same way.
        let d = Document::new("Ünïted\u{A0}naïve co\u{AD}op ROCK’S x‑ray Señor’s ²3 a.é «É»");
        let n: Vec<&str> = d.tokens.iter().map(|t| d.norm(t)).collect();
        assert_eq!(
            n,
            vec![
                "ünïted", "naïve", "coop", "rock", "x-ray", "señor", "²3", "a.é", "«", "é", "»"
            ]
        );
        let kinds: Vec<TokenKind> = d.tokens.iter().map(|t| t.kind).collect();
        assert_eq!(kinds[6], TokenKind::Word);
        assert!(d.tokens[0].cap && d.tokens[9].cap && !d.tokens[1].cap);
        assert!(d.tokens[1].space_before && !d.tokens[9].space_before);
    }

    #[test]
    fn word_hashes_agree_with_the_normal_forms_at_every_length() {
        // A word ending in its first eight bytes is hashed from those bytes with bit 5 set; each
        // token's hash must be its normal form's, whichever path took it, and so must the
        // splits: the same words after a non-ASCII char, an emoji, CJK or curly quotes.
        let words = "I Go FOX Unit 2024 Mayor PLANNED Overseer Governors a1b2C3d4e Z9 \
                     Responsibility inCOMPREHENSIBLY x";
        let want: Vec<String> = words.split_whitespace().map(str::to_lowercase).collect();
        for (text, times) in [
            (words.to_string(), 1),
            (format!("{words}."), 1),
            (format!("é {words}, “{words}” 😀{words}—日本 {words}’"), 4),
        ] {
            let d = Document::new(&text);
            for (t, &h) in d.tokens.iter().zip(d.token_hashes()) {
                assert_eq!(h, crate::lexicon::token_hash(d.norm(t)), "{:?}", d.norm(t));
            }
            let n: Vec<&str> = d.tokens.iter().map(|t| d.norm(t)).collect();
            let found: Vec<&str> = n
                .iter()
                .copied()
                .filter(|w| want.iter().any(|x| x == w))
                .collect();
            let expect: Vec<&str> = (0..times)
                .flat_map(|_| want.iter().map(String::as_str))
                .collect();
            assert_eq!(found, expect, "{n:?}");
        }
    }

    #[test]
    fn quotes_straight_curly_nested_and_apostrophes() {
        let t = "He said \"we 'won' it\" and “they didn't” lose; the students' fees rose.";
        let d = Document::new(t);
        let q: Vec<&str> = d.quotes.iter().map(|q| &t[q.start..q.end]).collect();
        assert_eq!(q, vec!["\"we 'won' it\"", "'won'", "“they didn't”"]);
        assert!(d.quotes[1].nested);
        let fees = d.tokens.iter().find(|x| d.norm(x) == "fees").unwrap();
        assert!(fees.quote.is_none());
    }

    #[test]
    fn two_apostrophes_make_a_double_quotation_mark() {
        let t = "''It is anti-reform,'' said the director. He doesn't agree. ''It's fine.''";
        let d = Document::new(t);
        let q: Vec<&str> = d.quotes.iter().map(|q| &t[q.start..q.end]).collect();
        assert_eq!(q, vec!["''It is anti-reform,''", "''It's fine.''"]);
        assert_eq!(d.norm_at(d.quotes[0].after), "said");
        assert_eq!(
            d.sentences
                .iter()
                .map(|s| &t[s.start..s.end])
                .collect::<Vec<_>>(),
            vec![
                "''It is anti-reform,'' said the director.",
                "He doesn't agree.",
                "''It's fine.''"
            ]
        );
    }

    #[test]
    fn multi_paragraph_quote_continues() {
        let t = "\"First part of the quote.\n\n\"Second part,\" he said.\n\nOutside.";
        let d = Document::new(t);
        assert_eq!(d.quotes.len(), 2);
        assert!(d.quotes[0].continues && !d.quotes[0].closed);
        assert!(d.quotes[1].continued);
        let outside = d.tokens.iter().find(|x| d.norm(x) == "outside").unwrap();
        assert!(outside.quote.is_none());
    }

    #[test]
    fn unbalanced_quote_ends_at_paragraph() {
        let t = "He said \"this never ends\n\nNew paragraph here.";
        let d = Document::new(t);
        assert_eq!(d.quotes.len(), 1);
        assert_eq!(&t[d.quotes[0].start..d.quotes[0].end], "\"this never ends");
        assert!(!d.quotes[0].continues);
    }
    fn quoted_words(text: &str) -> Vec<String> {
        let d = Document::new(text);
        d.quotes
            .iter()
            .filter(|q| !q.nested)
            .map(|q| {
                q.tokens
                    .clone()
                    .filter(|&k| d.tokens[k].kind != TokenKind::Punct)
                    .map(|k| d.slice(&d.tokens[k]))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    fn is_quoted(text: &str, word: &str) -> bool {
        let d = Document::new(text);
        let t = d.tokens.iter().find(|t| d.slice(t) == word).unwrap();
        t.quote.is_some()
    }

    #[test]
    fn one_paragraph_per_line_keeps_quotes_apart() {
        let t = "The mayor spoke at noon.\n\"We will rebuild the pier,\" she said.\nCritics were unmoved.\n\"It is too late,\" said Ann Vole.";
        let d = Document::new(t);
        assert_eq!(d.paragraphs.len(), 4);
        assert_eq!(
            quoted_words(t),
            vec!["We will rebuild the pier", "It is too late"]
        );
        assert!(!is_quoted(t, "Critics"));
    }

    #[test]
    fn a_quotation_split_one_sentence_per_paragraph_runs_to_its_lone_closer() {
        for (open, close) in [("\"", "\""), ("“", "”"), ("''", "''")] {
            let t = format!(
                "The harbour master spoke on Monday.\n\n{open}The works will take 26 weeks.\n\nThe pier stays shut until spring.\n\nWe regret the delay.{close}\n\nThe council meets on Friday."
            );
            let d = Document::new(&t);
            assert_eq!(
                quoted_words(&t),
                vec![
                    "The works will take 26 weeks",
                    "The pier stays shut until spring",
                    "We regret the delay"
                ],
                "{t}"
            );
            assert!(d.quotes[0].continues && d.quotes[1].continued, "{t}");
            assert!(d.quotes[2].closed && d.quotes[2].continued, "{t}");
            assert!(!is_quoted(&t, "council"), "{t}");
            assert!(!is_quoted(&t, "harbour"), "{t}");
        }
    }

    #[test]
    fn no_bridge_to_a_credit_line_a_paired_paragraph_or_a_far_closer() {
        let opened = "\"The works will take 26 weeks.\n\nThe pier stays shut.\n\n";
        for tail in [
            "Tam Brook, harbour master.\"",         // a credit line, not her words
            "Tam Brook.\"",                         // likewise
            "Tam Brook\"",                          // likewise
            "She called it \"a pity\" and left.\"", // more than one mark
            "The council meets on Friday.\n\nIt ends.", // no closer at all
            "The new keeper stands 6'2\"",          // an inch mark, not a closer
        ] {
            let t = format!("{opened}{tail}");
            assert!(!is_quoted(&t, "pier"), "{t}");
        }
        // A score or a year before the closer is no inch mark: the quotation closes.
        for tail in ["We won 3-1\"", "It opens in 2027\""] {
            let t = format!("{opened}{tail}");
            assert!(is_quoted(&t, "pier"), "{t}");
        }
        let far = format!("{opened}{}We regret it.\"", "One more line.\n\n".repeat(8));
        assert!(!is_quoted(&far, "pier"), "{far}");
        // A quotation ended by its attribution has ended; a guillemet paragraph has marks.
        for t in [
            "\"The works will take 26 weeks, Lee told reporters.\n\nThe pier stays shut.\n\nWe regret it.\"",
            "\"The works will take 26 weeks.\n\nThe pier, said Le Monde, is «a farce».\n\nWe regret it.\"",
        ] {
            assert!(!is_quoted(t, "pier"), "{t}");
        }
    }

    #[test]
    fn run_on_quotation_without_line_breaks() {
        // A two-paragraph quotation whose break was lost: the next opening mark arrives before
        // any closing one.
        for (open, close) in [("\"", "\""), ("“", "”")] {
            let t = format!(
                "The plan was set out on Monday. {open}The works will take 26 weeks. {open}We are going to keep the ferry running,{close} said Tam Brook, the harbour master. Narration resumes here."
            );
            let d = Document::new(&t);
            assert_eq!(
                quoted_words(&t),
                vec![
                    "The works will take 26 weeks",
                    "We are going to keep the ferry running"
                ],
                "{t}"
            );
            assert!(d.quotes[0].continues && d.quotes[1].continued, "{t}");
            assert!(!is_quoted(&t, "Narration"), "{t}");
            assert!(!is_quoted(&t, "plan"), "{t}");
        }
    }

    #[test]
    fn single_quoted_paragraph_runs_on_when_the_next_reopens_it() {
        // British style: a single-quoted paragraph left open, the next paragraph reopening it.
        for (open, close) in [("'", "'"), ("‘", "’")] {
            let t = format!(
                "Ms Kerr backed the plan.\n{open}It helps the shops,{close} she said. {open}It keeps the buses moving.\n{open}We have listened to everyone.{close}\nThe vote was 9 to 4."
            );
            let d = Document::new(&t);
            assert_eq!(
                quoted_words(&t),
                vec![
                    "It helps the shops",
                    "It keeps the buses moving",
                    "We have listened to everyone"
                ],
                "{t}"
            );
            assert!(d.quotes[1].continues && d.quotes[2].continued, "{t}");
            assert!(!is_quoted(&t, "vote"), "{t}");
        }
        // Not reopened (or reopened by an apostrophe), the open mark stays unpaired.
        for next in ["The vote was 9 to 4.", "'90s prices are gone."] {
            let t = format!(
                "Ms Kerr backed it.\n'It helps the shops,' she said. 'It keeps us going.\n{next}"
            );
            assert_eq!(quoted_words(&t), vec!["It helps the shops"], "{t}");
        }
    }

    #[test]
    fn a_stray_mark_of_each_kind_does_not_flip_the_rest() {
        let tail =
            " The council met on Friday. \"Nothing changes,\" said the clerk. The vote was close.";
        for stray in [
            "He called it \"a farce. The pier stays shut.", // straight double, never closed
            "He called it “a farce. The pier stays shut.",  // curly open, never closed
            "He called it a farce.” The pier stays shut.",  // curly close, no opener
            "He called it a farce.\" The pier stays shut.", // straight close, no opener
            "He called it 'a farce. The pier stays shut.",  // single, never closed
        ] {
            let t = format!("{stray}{tail}");
            assert!(!is_quoted(&t, "pier"), "{t}");
            assert!(!is_quoted(&t, "council"), "{t}");
            assert!(!is_quoted(&t, "vote"), "{t}");
            assert!(is_quoted(&t, "Nothing"), "{t}");
        }
    }

    #[test]
    fn a_double_quotation_inside_an_open_one_does_not_end_it() {
        for t in [
            "“The mayor was caught on “tape” saying the pier was safe,” Ruiz wrote. The vote was close.",
            "\"The mayor was caught on \"tape\" saying the pier was safe,\" Ruiz wrote. The vote was close.",
        ] {
            assert_eq!(
                quoted_words(t),
                vec!["The mayor was caught on tape saying the pier was safe"],
                "{t}"
            );
            assert!(!is_quoted(t, "vote"), "{t}");
        }
        // A quotation run on past a lost paragraph break still ends at the next sentence's
        // opening mark, and a stray opener far back does not swallow a later partial quotation.
        let t = "“We are going home. “The pier is shut,” Ruiz said.";
        assert_eq!(
            quoted_words(t),
            vec!["We are going home", "The pier is shut"]
        );
        let t = "The “best plan is here. Ruiz called it “a farce” today.";
        assert!(quoted_words(t).contains(&"a farce".to_string()), "{t}");
        let t = "“It is over. Ruiz left early. The pier shut. Vale called it “a farce” today.";
        assert!(quoted_words(t).contains(&"a farce".to_string()), "{t}");
    }

    #[test]
    fn a_closing_mark_with_a_speech_verb_ends_a_quotation() {
        // A snippet that begins inside a quotation.
        let t = "the pier was never safe,\" said the diver. She left early.";
        assert_eq!(quoted_words(t), vec!["the pier was never safe"]);
        assert!(!is_quoted(t, "She"));
    }
}
