//! Compiles wordlists into one matcher over the token stream. Built once per process (built-in
//! lists) or once per custom set; matching is a hash lookup per token, so analysis stays linear.

use std::cmp::Reverse;
use std::hash::{Hash, Hasher};
use std::ops::Range;

use rustc_hash::FxHasher;

use crate::segment::{Document, TermBuf, Token, TokenKind};
use crate::wordlist::{Entry, ListCategory, WordList, WordListError};

#[derive(Debug)]
pub struct CompiledEntry {
    pub list: usize,
    pub entry: Entry,
    pub category: ListCategory,
    /// `list-id/term`, the id users see in reports and pass to `slant explain`.
    pub rule: String,
    unless: Vec<Vec<String>>,
    /// Index in `Lexicon::regexes` of the entry's regex: its words only trigger it.
    regex: Option<u32>,
    /// For long `unless` lists: the contexts by shape and hash, so that a match costs a lookup
    /// per shape instead of a comparison per context.
    unless_index: Option<UnlessIndex>,
}

/// One token sequence of an entry: tokens `tok..tok + len` of `Lexicon::spans`.
#[derive(Debug, Clone, Copy)]
struct Pattern {
    tok: u32,
    len: u32,
    entry: u32,
    /// The entry's `category_slot`, and whether it has neither a regex nor `unless` contexts:
    /// copied here (by `build_index`) so that `find` reads the entry itself only when it must.
    slot: u8,
    plain: bool,
}

/// A node of the token trie: the patterns whose token sequence is the path from the root to
/// here end here (`Lexicon::patterns[pats]`). Matching walks the trie from each text token, so
/// its cost is the length of the longest match, however many patterns share a first token.
#[derive(Debug)]
struct Node {
    parent: u32,
    /// The token on the edge from the parent, a span in `Lexicon::words`.
    token: (u32, u32),
    /// Later lists first.
    pats: Range<u32>,
    /// The next node in this one's `Lexicon::index` chain, or `NONE`.
    next: u32,
    /// The token's bytes as `padded_word` reads them, when it has at most eight (most do):
    /// `find` compares them with a text token's in one step, without reading `words`, whose
    /// line was seldom in cache (a miss and a `memcmp` call at each edge the walk took).
    short: u64,
}

const NONE: u32 = u32::MAX;

/// How far (in bytes) past its trigger word a regex entry may match.
#[cfg_attr(not(feature = "regex"), allow(dead_code))]
const REGEX_REACH: usize = 300;

/// Longest shared prefix that `compiled_patterns` codes ('0' + 70 = 'v').
const MAX_SHARED: usize = 70;

/// Patterns live in a few flat arrays (token text back to back in one string), not in a box per
/// token: compiling the built-in lists was dominated by allocation, which is slowest in
/// WebAssembly, where it is part of the first `analyze` call.
#[derive(Debug, Default)]
pub struct Lexicon {
    pub lists: Vec<WordList>,
    pub entries: Vec<CompiledEntry>,
    /// Every pattern token's text, back to back; `spans` index into it.
    words: String,
    spans: Vec<(u32, u32)>,
    /// Grouped by the trie node where they end; in a node, later lists first.
    patterns: Vec<Pattern>,
    /// The token trie; node 0 is the root.
    nodes: Vec<Node>,
    /// `edge_key(parent, token hash)` -> a chain of nodes through `Node::next` (a collision
    /// costs a comparison, never a wrong match).
    index: Chains,
    /// One bit per `edge_key` of the trie (a Bloom filter with one hash): most text tokens start
    /// no pattern and continue none, and a clear bit answers that without probing `index`,
    /// whose table is too large to stay in the fastest cache.
    edge_bits: Vec<u64>,
    /// Entries that match by regular expression, compiled once; empty for most lists, and then
    /// `find` never looks at them.
    regexes: Vec<Regex>,
    /// Some pattern starts with a punctuation token (`#StopTheSteal`): such text tokens are
    /// looked up too (otherwise they are skipped, as most punctuation starts nothing).
    punct_first: bool,
}

/// Compiles a list entry's `regex` (a group named `flag`, if any, is the part flagged):
/// case-insensitive, ASCII classes (`\w`, `\d`, `\b`). regex-lite (the regex crate's
/// small sibling, without Unicode tables: the regex crate cost ~130 KiB of gzipped wasm) runs
/// in time linear in the text. An entry's regex only counts where it matches from its trigger
/// word on (`regex_at`), so the regex is anchored there (`\A(?:…)`): an unanchored search tried
/// every position of the 300 bytes after the trigger (122k instructions a search on PolNeAR).
/// The pattern as written is compiled first, so that a broken one fails as written; if the
/// anchored form does not compile (a `(?x)` comment at the end swallows its `)`), the pattern as
/// written is used, `regex_at` keeping only matches from the trigger either way.
#[cfg(feature = "regex")]
pub fn compile_regex(pattern: &str) -> Result<Regex, String> {
    let sized = |p: &str, limit: usize| {
        regex_lite::RegexBuilder::new(p)
            .case_insensitive(true)
            .size_limit(limit)
            .build()
    };
    let build = |p: &str| sized(p, 1 << 20);
    let anchored = format!("\\A(?:{pattern})");
    // The pattern as written must parse (`a)|(?:b` parses only wrapped), but its compiled form is
    // thrown away when the anchored one builds: a limit of 0 stops its build right after the
    // parse. (The anchored form is one state larger, so the plain one fits when it does.)
    let parses = sized(pattern, 0).map_or_else(
        |e| e.to_string() == "compiled regex exceeded size limit",
        |_| true,
    );
    if let Some(re) = parses.then(|| build(&anchored).ok()).flatten() {
        return Ok(re);
    }
    build(pattern)
        .map(|re| build(&anchored).unwrap_or(re))
        .map_err(|e| {
            let msg = e.to_string();
            let last = msg.lines().last().unwrap_or("invalid").trim();
            last.strip_prefix("error: ").unwrap_or(last).to_string()
        })
}

#[cfg(feature = "regex")]
pub type Regex = regex_lite::Regex;

/// Builds without the `regex` feature (the lean npm module, for its size budget) have no regex
/// engine: a regex entry in a user's list is refused with this message.
#[cfg(not(feature = "regex"))]
#[derive(Debug)]
pub enum Regex {}

#[cfg(not(feature = "regex"))]
pub fn compile_regex(_pattern: &str) -> Result<Regex, String> {
    Err(
        "regex entries need a build with the regex engine (in JavaScript: slant-wasm/frame; \
         the lean slant-wasm module leaves it out)"
            .to_string(),
    )
}

/// A matched entry: token index range `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub entry: u32,
    pub start: usize,
    pub end: usize,
}

/// `list-id/term`, the term lowercased. ASCII terms (nearly all) are lowered in place, with no
/// intermediate `String` from `case::lowercase`.
fn rule_id(list: &str, term: &str) -> String {
    let mut r = String::with_capacity(list.len() + 1 + term.len());
    r.push_str(list);
    r.push('/');
    if term.is_ascii() {
        r.extend(term.bytes().map(|b| char::from(b.to_ascii_lowercase())));
    } else {
        r.push_str(&crate::case::lowercase(term));
    }
    r
}

fn word_in<'a>(words: &'a str, spans: &[(u32, u32)], i: u32) -> &'a str {
    let (a, b) = spans[i as usize];
    &words[a as usize..b as usize]
}

/// Chains of items by a key that is already a hash (`edge_key`): its low bits pick a chain, whose
/// head is here, and each item holds the next of its chain; a walk compares the items itself.
/// In place of a `HashMap<u64, u32>`: the page holds a hash table's code once per entry type,
/// and this is smaller than one. Sized once for the items it will hold (half full at most).
#[derive(Debug, Default)]
struct Chains(Vec<u32>);

impl Chains {
    fn new(items: usize) -> Chains {
        Chains(vec![NONE; (2 * items).next_power_of_two()])
    }

    fn slot(&self, key: u64) -> usize {
        key as usize & self.0.len().wrapping_sub(1)
    }

    /// The last item linked under `key`'s chain, or `NONE` (also before `new`).
    fn head(&self, key: u64) -> u32 {
        self.0.get(self.slot(key)).copied().unwrap_or(NONE)
    }

    /// Makes `item` the head of `key`'s chain; returns the head before, for `item` to link to.
    fn link(&mut self, key: u64, item: u32) -> u32 {
        let s = self.slot(key);
        std::mem::replace(&mut self.0[s], item)
    }
}

pub(crate) fn token_hash(s: &str) -> u64 {
    token_hash_bytes(s.as_bytes())
}

fn token_hash_bytes(s: &[u8]) -> u64 {
    if s.len() <= 8 {
        let mut w = [0u8; 8];
        w[..s.len()].copy_from_slice(s);
        return short_token_hash(u64::from_le_bytes(w), s.len());
    }
    let mut h = FxHasher::default();
    h.write(s);
    h.write_u8(0xff);
    h.finish()
}

/// `token_hash` of `norms[start..end]`. The tokenizer calls this for each token as it makes it
/// (`Document::token_hashes`), inlined there natively (out of line it cost 26 M instructions
/// more over PolNeAR).
#[cfg_attr(not(target_arch = "wasm32"), inline(always))]
pub(crate) fn norm_hash(norms: &[u8], start: usize, end: usize) -> u64 {
    match padded_word(norms, start, end) {
        Some(w) => short_token_hash(w, end - start),
        None => token_hash_bytes(&norms[start..end]),
    }
}

/// `norms[start..end]` as a little-endian `u64` padded with zeros, if at most eight bytes (most
/// tokens). Read in one load, the bytes after it masked off, when eight bytes stand there (no
/// copy of a variable length).
#[inline]
pub(crate) fn padded_word(norms: &[u8], start: usize, end: usize) -> Option<u64> {
    let len = end - start;
    if len > 8 {
        return None;
    }
    let mut w = [0u8; 8];
    match norms.get(start..start + 8) {
        Some(chunk) => {
            w.copy_from_slice(chunk);
            let keep = u64::MAX.checked_shr(64 - 8 * len as u32).unwrap_or(0);
            Some(u64::from_le_bytes(w) & keep)
        }
        None => {
            w[..len].copy_from_slice(&norms[start..end]);
            Some(u64::from_le_bytes(w))
        }
    }
}

/// The hash of a token of `len` <= 8 bytes, given as the little-endian `u64` of its bytes padded
/// with zeros (`norm_hash` reads it in one load): a folded multiply, with no branch on
/// the length (most tokens are this short, and the general hash's tests of the length were
/// mispredicted at a good share of them).
#[inline]
pub(crate) fn short_token_hash(word: u64, len: usize) -> u64 {
    let m = u128::from(word ^ 0x243f_6a88_85a3_08d3)
        * u128::from(0x1319_8a2e_0370_7344 ^ (len as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15));
    (m as u64) ^ ((m >> 64) as u64)
}

/// The index key of a trie edge: the parent node and the token's hash, mixed.
fn edge_key(parent: u32, token: u64) -> u64 {
    token
        ^ u64::from(parent)
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            .rotate_left(29)
}

/// `Lexicon::edge_bits` has `1 << EDGE_BITS_LOG2` bits (32 KiB): under 5% false hits for the
/// built-in lists' ~14k edges.
const EDGE_BITS_LOG2: u32 = 18;

/// The bit of `edge_bits` for an edge key: its top bits after a multiply, independent of the low
/// bits that place the key in `index`.
fn edge_bit(key: u64) -> (usize, u64) {
    let b = key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - EDGE_BITS_LOG2);
    ((b >> 6) as usize, 1 << (b & 63))
}

/// Scratch space for one entry's token sequences, reused across entries so that compiling a list
/// allocates per list, not per token.
#[derive(Default)]
struct Scratch {
    words: String,
    spans: Vec<(u32, u32)>,
    /// Ranges of `spans`, one per sequence, with the hash of its words.
    seqs: Vec<(u64, u32, u32)>,
    /// Inflected forms of one word.
    form_words: String,
    forms: Vec<Range<usize>>,
    term: TermBuf,
}

impl Scratch {
    fn word(&self, i: usize) -> &str {
        let (a, b) = self.spans[i];
        &self.words[a as usize..b as usize]
    }

    fn push_word(&mut self, w: &str) {
        let a = self.words.len() as u32;
        self.words.push_str(w);
        self.spans.push((a, self.words.len() as u32));
    }

    /// Adds the sequence `toks`, with token `pos` replaced by `form` when given.
    fn push_seq(&mut self, toks: Range<usize>, replace: Option<(usize, (u32, u32))>) {
        let start = self.spans.len() as u32;
        let mut h = FxHasher::default();
        for i in toks.clone() {
            let span = match replace {
                Some((pos, f)) if toks.start + pos == i => f,
                _ => self.spans[i],
            };
            self.spans.push(span);
            self.words[span.0 as usize..span.1 as usize].hash(&mut h);
        }
        self.seqs.push((h.finish(), start, toks.len() as u32));
    }

    fn seq_eq(&self, a: (u64, u32, u32), b: (u64, u32, u32)) -> bool {
        let words =
            |(_, s, n): (u64, u32, u32)| (s as usize..(s + n) as usize).map(|i| self.word(i));
        a.0 == b.0 && a.2 == b.2 && words(a).eq(words(b))
    }
}

impl Lexicon {
    pub fn new(lists: Vec<WordList>) -> Result<Lexicon, WordListError> {
        let mut lex = Lexicon::default();
        // Roughly ten patterns per entry (inflections of variants); reserving avoids regrowth.
        let n: usize = lists.iter().map(|l| l.entries.len()).sum();
        lex.patterns.reserve(n * 10);
        lex.spans.reserve(n * 14);
        lex.words.reserve(n * 100);
        lex.entries.reserve(n);
        let mut scratch = Scratch::default();
        for list in lists {
            lex.add_unsorted(list, &mut scratch)?;
        }
        lex.build_index();
        Ok(lex)
    }

    /// Adds a list. A user's entry for the same words as a built-in one wins: lists added later
    /// are tried first among matches of equal length.
    pub fn add(&mut self, list: WordList) -> Result<(), WordListError> {
        self.add_unsorted(list, &mut Scratch::default())?;
        self.build_index();
        Ok(())
    }

    fn word(&self, i: u32) -> &str {
        let (a, b) = self.spans[i as usize];
        &self.words[a as usize..b as usize]
    }

    /// A span's bytes: for comparisons in `find`, without `str` slicing's char-boundary checks.
    fn bytes(&self, (a, b): (u32, u32)) -> &[u8] {
        &self.words.as_bytes()[a as usize..b as usize]
    }

    /// `Lexicon::new` from patterns saved by [`Lexicon::compiled_patterns`] for the same lists,
    /// without tokenizing, inflecting or deduplicating terms again (slant-wasm saves them at build
    /// time, so a freshly loaded module does not compile the built-in lists). `None` when the
    /// text does not fit the lists; the caller then compiles them with `Lexicon::new`.
    pub fn from_compiled(
        lists: Vec<WordList>,
        patterns: &str,
    ) -> Option<Result<Lexicon, WordListError>> {
        let mut lex = Lexicon::default();
        let n: usize = lists.iter().map(|l| l.entries.len()).sum();
        lex.entries.reserve(n);
        lex.words.reserve(patterns.len());
        let mut tb = TermBuf::default();
        for list in lists {
            if let Err(e) = lex.add_entries(list, &mut tb) {
                return Some(Err(e));
            }
        }
        let mut lines = patterns.split_terminator('\n');
        let (mut prev, mut cur) = (String::new(), String::new());
        for entry in 0..lex.entries.len() as u32 {
            let line = lines.next()?;
            if line.is_empty() {
                continue;
            }
            prev.clear();
            for coded in line.split('\t') {
                let mut chars = coded.chars();
                let shared = (chars.next()? as usize).checked_sub('0' as usize)?;
                cur.clear();
                cur.push_str(prev.get(..shared)?);
                cur.push_str(chars.as_str());
                let tok = lex.spans.len() as u32;
                for t in cur.split(' ') {
                    if t.is_empty() {
                        return None;
                    }
                    let a = lex.words.len() as u32;
                    lex.words.push_str(t);
                    lex.spans.push((a, lex.words.len() as u32));
                }
                lex.patterns.push(Pattern {
                    tok,
                    len: lex.spans.len() as u32 - tok,
                    entry,
                    slot: 0,
                    plain: false,
                });
                std::mem::swap(&mut prev, &mut cur);
            }
        }
        if lines.next().is_some() {
            return None;
        }
        lex.build_index();
        Some(Ok(lex))
    }

    /// The patterns as text for [`Lexicon::from_compiled`]: a line per entry, its token
    /// sequences sorted and separated by tabs, tokens by spaces (tokens never contain
    /// whitespace). Each sequence starts with one character, `'0' + n`, saying that it begins
    /// with the first n bytes of the one before (front coding: a third of the size).
    pub fn compiled_patterns(&self) -> String {
        let mut by_entry: Vec<&Pattern> = self.patterns.iter().collect();
        crate::sort::sort_by_key(&mut by_entry, |p| (p.entry, p.tok));
        let mut it = by_entry.into_iter().peekable();
        let mut out = String::with_capacity(self.words.len());
        let mut seqs: Vec<String> = Vec::new();
        for e in 0..self.entries.len() as u32 {
            seqs.clear();
            while let Some(p) = it.next_if(|p| p.entry == e) {
                let toks: Vec<&str> = (0..p.len).map(|k| self.word(p.tok + k)).collect();
                seqs.push(toks.join(" "));
            }
            crate::sort::sort_values(&mut seqs);
            let mut prev = "";
            for (i, q) in seqs.iter().enumerate() {
                if i > 0 {
                    out.push('\t');
                }
                let shared: usize = prev
                    .chars()
                    .zip(q.chars())
                    .take_while(|(a, b)| a == b)
                    .map(|(a, _)| a.len_utf8())
                    .scan(0, |n, l| {
                        *n += l;
                        Some(*n)
                    })
                    .take_while(|&n| n <= MAX_SHARED)
                    .last()
                    .unwrap_or(0);
                out.push(char::from(b'0' + shared as u8));
                out.push_str(&q[shared..]);
                prev = q;
            }
            out.push('\n');
        }
        out
    }

    /// Builds the token trie and groups the patterns by the node where they end, later lists
    /// first in a node: the first hit wins. Linear (a hash lookup per pattern token, then a
    /// counting pass), not a sort of all patterns: this runs in the first `analyze` call of a
    /// freshly loaded WebAssembly module.
    fn build_index(&mut self) {
        let patterns = std::mem::take(&mut self.patterns);
        self.nodes.clear();
        // A node per pattern token at most, besides the root.
        self.index = Chains::new(patterns.iter().map(|p| p.len as usize).sum());
        self.edge_bits.clear();
        self.edge_bits.resize(1 << (EDGE_BITS_LOG2 - 6), 0);
        self.nodes.push(Node {
            parent: NONE,
            token: (0, 0),
            pats: 0..0,
            next: NONE,
            short: 0,
        });
        self.punct_first = false;
        let mut node_of: Vec<u32> = Vec::with_capacity(patterns.len());
        let mut counts: Vec<u32> = vec![0];
        for p in &patterns {
            let first = word_in(&self.words, &self.spans, p.tok);
            self.punct_first |= !first.starts_with(char::is_alphanumeric);
            let mut node = 0u32;
            for k in 0..p.len {
                node = self.child_or_insert(node, self.spans[(p.tok + k) as usize]);
            }
            counts.resize(self.nodes.len(), 0);
            counts[node as usize] += 1;
            node_of.push(node);
        }
        let mut at = 0;
        for (n, &c) in self.nodes.iter_mut().zip(&counts) {
            n.pats = at..at + c;
            at += c;
        }
        let mut fill: Vec<u32> = self.nodes.iter().map(|n| n.pats.start).collect();
        let mut sorted = patterns.clone();
        for (p, &n) in patterns.iter().zip(&node_of) {
            let ce = &self.entries[p.entry as usize];
            sorted[fill[n as usize] as usize] = Pattern {
                slot: category_slot(ce.category) as u8,
                plain: ce.regex.is_none() && ce.unless.is_empty(),
                ..*p
            };
            fill[n as usize] += 1;
        }
        for n in &self.nodes {
            // Ties (one entry's patterns at one node) have the same tokens, length and entry:
            // any order of them matches alike.
            crate::sort::sort_unstable_by_key(
                &mut sorted[n.pats.start as usize..n.pats.end as usize],
                |p| Reverse(p.entry),
            );
        }
        self.patterns = sorted;
    }

    fn child_or_insert(&mut self, parent: u32, token: (u32, u32)) -> u32 {
        let w = &self.words.as_bytes()[token.0 as usize..token.1 as usize];
        let new = self.nodes.len() as u32;
        let key = edge_key(parent, token_hash_bytes(w));
        let (word, bit) = edge_bit(key);
        self.edge_bits[word] |= bit;
        let mut n = self.index.head(key);
        while let Some(node) = self.nodes.get(n as usize) {
            if node.parent == parent && self.bytes(node.token) == w {
                return n;
            }
            n = node.next;
        }
        let short = padded_word(w, 0, w.len()).unwrap_or(0);
        let next = self.index.link(key, new);
        self.nodes.push(Node {
            parent,
            token,
            pats: 0..0,
            next,
            short,
        });
        new
    }

    /// The Bloom filter as an array of its fixed size, so that an index (`edge_bit`'s top bits)
    /// needs no bounds check; `None` before the lists are compiled, when it is empty.
    #[inline]
    fn edge_filter(&self) -> Option<&[u64; 1 << (EDGE_BITS_LOG2 - 6)]> {
        self.edge_bits.as_slice().try_into().ok()
    }

    /// The indices of the tokens (of hashes `hashes`) whose root edge passes the Bloom filter,
    /// gathered without a branch on the test. Out of line: inside `find` the loop kept its
    /// vectors and the filter on the stack and reloaded them for every token of the text.
    #[inline(never)]
    fn root_candidates(&self, hashes: &[u64]) -> Vec<u32> {
        // (An empty filter, before the lists are compiled, passes nothing.)
        let Some(bits) = self.edge_filter() else {
            return Vec::new();
        };
        let mut starts = vec![0u32; hashes.len()];
        let mut n = 0;
        for (i, &h) in hashes.iter().enumerate() {
            starts[n] = i as u32;
            // The root's edge key is the token's hash (`edge_key(0, h)`).
            let (word, bit) = edge_bit(edge_key(0, h));
            n += usize::from(bits[word] & bit != 0);
        }
        starts.truncate(n);
        starts
    }

    /// The child of `parent` along token `tk` of `doc`, whose `token_hash` is `hash`. (The
    /// token's normal form is read, as bytes, only past the Bloom filter and the index: most
    /// walks end at the filter, and slicing it as a `str` checks char boundaries.)
    fn child_hashed(&self, parent: u32, doc: &Document, tk: &Token, hash: u64) -> Option<u32> {
        let key = edge_key(parent, hash);
        let (word, bit) = edge_bit(key);
        if self.edge_filter()?[word] & bit == 0 {
            return None;
        }
        self.child_indexed(parent, doc, tk, key)
    }

    /// `child_hashed` past the Bloom filter, by the edge's key. Inlined natively (a call from
    /// each of the ~300k tokens that start a walk, whose register saves cost a fifth of it).
    #[cfg_attr(not(target_arch = "wasm32"), inline(always))]
    fn child_indexed(&self, parent: u32, doc: &Document, tk: &Token, key: u64) -> Option<u32> {
        let mut n = self.index.head(key);
        let norm = doc.norm_bytes(tk);
        let word = doc.norm_word(tk);
        while let Some(node) = self.nodes.get(n as usize) {
            if node.parent == parent
                && (node.token.1 - node.token.0) as usize == norm.len()
                && word.map_or_else(|| self.bytes(node.token) == norm, |w| w == node.short)
            {
                return Some(n);
            }
            n = node.next;
        }
        None
    }

    fn add_unsorted(&mut self, list: WordList, sc: &mut Scratch) -> Result<(), WordListError> {
        let first = self.entries.len();
        self.add_entries(list, &mut sc.term)?;
        // Taken out while its entries are read, and put back.
        if let Some(list) = self.lists.pop() {
            for (k, e) in list.entries.iter().enumerate() {
                self.add_patterns(e, (first + k) as u32, sc);
            }
            self.lists.push(list);
        }
        Ok(())
    }

    /// The list and its entries, without patterns.
    fn add_entries(&mut self, list: WordList, tb: &mut TermBuf) -> Result<(), WordListError> {
        if let Some(prev) = self.lists.iter().find(|l| l.id == list.id) {
            return Err(WordListError {
                origin: list.origin.clone(),
                line: 1,
                column: 1,
                message: format!("list id \"{}\" is already used by {}", list.id, prev.origin),
            });
        }
        let li = self.lists.len();
        for e in &list.entries {
            let mut regex = None;
            if let Some(r) = &e.regex {
                let re = compile_regex(r).map_err(|m| WordListError {
                    origin: list.origin.clone(),
                    line: e.line,
                    column: 1,
                    message: format!("bad regex: {m}"),
                })?;
                regex = Some(self.regexes.len() as u32);
                self.regexes.push(re);
            }
            let unless: Vec<Vec<String>> = e
                .unless
                .iter()
                .map(|u| tb.split(u).map(str::to_string).collect::<Vec<_>>())
                .filter(|u| !u.is_empty())
                .collect();
            self.entries.push(CompiledEntry {
                regex,
                list: li,
                rule: rule_id(&list.id, &e.term),
                category: list.category,
                unless_index: (unless.len() > UNLESS_SCAN_MAX).then(|| UnlessIndex::new(&unless)),
                unless,
                entry: e.clone(),
            });
        }
        self.lists.push(list);
        Ok(())
    }

    /// The token sequences of entry `ei`: term and variants, and their inflections.
    fn add_patterns(&mut self, e: &Entry, ei: u32, sc: &mut Scratch) {
        sc.words.clear();
        sc.spans.clear();
        sc.seqs.clear();
        for s in std::iter::once(&e.term).chain(&e.variants) {
            let base = sc.spans.len();
            let mut tb = std::mem::take(&mut sc.term);
            for t in tb.split(s) {
                sc.push_word(t);
            }
            sc.term = tb;
            let n = sc.spans.len() - base;
            if n == 0 {
                continue;
            }
            if e.inflect {
                // First and last token inflected (once for a single word).
                let ends: &[usize] = if n == 1 { &[0] } else { &[0, n - 1] };
                for &pos in ends {
                    sc.forms.clear();
                    sc.form_words.clear();
                    let (a, b) = sc.spans[base + pos];
                    let w = &sc.words[a as usize..b as usize];
                    inflections_into(w, &mut sc.form_words, &mut sc.forms);
                    for fi in 0..sc.forms.len() {
                        let a = sc.words.len() as u32;
                        sc.words.push_str(&sc.form_words[sc.forms[fi].clone()]);
                        let f = (a, sc.words.len() as u32);
                        sc.push_seq(base..base + n, Some((pos, f)));
                    }
                }
            }
            sc.push_seq(base..base + n, None);
        }
        let mut seqs = std::mem::take(&mut sc.seqs);
        // Duplicates (a variant that is also an inflected form) would only be tried twice.
        // Order does not matter here: the index is sorted later.
        crate::sort::sort_unstable_by_key(&mut seqs, |q| q.0);
        seqs.dedup_by(|a, b| sc.seq_eq(*a, *b));
        for &(_, start, n) in &seqs {
            let tok = self.spans.len() as u32;
            for i in start..start + n {
                let a = self.words.len() as u32;
                self.words.push_str(sc.word(i as usize));
                self.spans.push((a, self.words.len() as u32));
            }
            self.patterns.push(Pattern {
                tok,
                len: n,
                entry: ei,
                slot: 0,
                plain: false,
            });
        }
        sc.seqs = seqs;
    }

    pub fn entry(&self, m: &Match) -> &CompiledEntry {
        &self.entries[m.entry as usize]
    }

    pub fn find_rule(&self, rule: &str) -> Option<&CompiledEntry> {
        let rule = crate::case::lowercase(rule);
        self.entries.iter().find(|e| e.rule == rule).or_else(|| {
            self.entries
                .iter()
                .find(|e| crate::case::lowercase(&e.entry.term) == rule)
        })
    }

    /// All matches, in token order. At each start token, the longest match of each list category
    /// is kept; matches cancelled by an entry's `unless` contexts are dropped.
    pub fn find(&self, doc: &Document) -> Vec<Match> {
        // News text has about a match per 20 tokens; sized so that it is seldom grown.
        let mut out = crate::segment::presized(doc.tokens.len() / 16);
        let toks = &doc.tokens;
        // Each token's hash, worked out once by the tokenizer (a walk from an earlier token may
        // look it up again), and the tokens whose root edge passes the Bloom filter, gathered in
        // a pass without branches on the test: about three tokens in five start nothing, in no
        // predictable order, and a mispredicted branch for each cost more than the lookup itself.
        let hashes = doc.token_hashes();
        let starts = self.root_candidates(hashes);
        // (node, end token) of each trie node on the current path where patterns end.
        let mut ends: Vec<(u32, usize)> = Vec::new();
        for i in starts.into_iter().map(|i| i as usize) {
            let t = &toks[i];
            if t.kind == TokenKind::Punct
                && !self.punct_first
                && !doc.norm(t).chars().any(char::is_alphanumeric)
            {
                continue;
            }
            ends.clear();
            // The root edge passed the Bloom filter in `root_candidates`: looked up at once.
            let Some(mut node) = self.child_indexed(0, doc, t, edge_key(0, hashes[i])) else {
                continue;
            };
            if !self.nodes[node as usize].pats.is_empty() {
                ends.push((node, i + 1));
            }
            for (j, tk) in toks.iter().enumerate().skip(i + 1) {
                if tk.sentence != t.sentence {
                    break;
                }
                let Some(c) = self.child_hashed(node, doc, tk, hashes[j]) else {
                    break;
                };
                node = c;
                if !self.nodes[c as usize].pats.is_empty() {
                    ends.push((c, j + 1));
                }
            }
            let mut seen: [bool; 4] = [false; 4];
            // Longest first.
            for &(n, end) in ends.iter().rev() {
                let pats = &self.nodes[n as usize].pats;
                for p in &self.patterns[pats.start as usize..pats.end as usize] {
                    let slot = usize::from(p.slot);
                    if seen[slot] {
                        continue;
                    }
                    let mut m = Match {
                        entry: p.entry,
                        start: i,
                        end,
                    };
                    if !p.plain {
                        let ce = &self.entries[p.entry as usize];
                        if let Some(r) = ce.regex {
                            match self.regex_at(doc, r, i) {
                                Some(span) => (m.start, m.end) = span,
                                None => continue,
                            }
                        }
                        if self.cancelled(doc, ce, &m) {
                            continue;
                        }
                    }
                    seen[slot] = true;
                    out.push(m);
                }
            }
        }
        out
    }

    /// A regex entry's match starting at its trigger word `at` (the term or a variant): the
    /// regex runs on at most `REGEX_REACH` bytes of the sentence from there, so each trigger costs
    /// a bounded amount and analysis stays linear. The match (or its group named `flag`) must
    /// start and end on token boundaries; returns its token range.
    #[cfg(not(feature = "regex"))]
    fn regex_at(&self, _doc: &Document, regex: u32, _at: usize) -> Option<(usize, usize)> {
        match self.regexes[regex as usize] {}
    }

    #[cfg(feature = "regex")]
    fn regex_at(&self, doc: &Document, regex: u32, at: usize) -> Option<(usize, usize)> {
        let toks = &doc.tokens;
        let t = &toks[at];
        let sent = &doc.sentences[t.sentence as usize];
        let from = t.start as usize;
        let mut to = sent.end.min(from + REGEX_REACH);
        while !doc.text.is_char_boundary(to) {
            to -= 1;
        }
        let re = &self.regexes[regex as usize];
        let caps = re.captures(&doc.text[from..to])?;
        if caps.get(0)?.start() != 0 {
            return None;
        }
        let group = re
            .capture_names()
            .position(|n| n == Some("flag"))
            .unwrap_or(0);
        let hit = caps.get(group)?;
        let (hs, he) = (from + hit.start(), from + hit.end());
        let start = toks.partition_point(|t| (t.start as usize) < hs);
        let end = toks.partition_point(|t| (t.end as usize) <= he);
        (start < end && toks[start].start as usize == hs && toks[end - 1].end as usize == he)
            .then_some((start, end))
    }

    fn cancelled(&self, doc: &Document, ce: &CompiledEntry, m: &Match) -> bool {
        if let Some(index) = &ce.unless_index {
            return index.cancels(doc, &ce.unless, m.start);
        }
        // A context word matches the text's only if their first bytes agree (`loose_eq`): tested
        // here, in line, most of the entry's (context, position) pairs end without a call.
        let first = doc.norm_at(m.start).as_bytes().first();
        ce.unless.iter().any(|u| {
            (0..u.len()).any(|k| u[k].as_bytes().first() == first && unless_at(doc, u, k, m.start))
        })
    }
}

/// `unless` lists up to this long are scanned; longer ones are indexed (`UnlessIndex`).
const UNLESS_SCAN_MAX: usize = 8;

/// Whether context `u`, with its token `k` on text token `at`, is in the text (same sentence;
/// `*` stands for any token).
fn unless_at(doc: &Document, u: &[String], k: usize, at: usize) -> bool {
    if k > at || !loose_eq(&u[k], doc.norm_at(at)) {
        return false;
    }
    let sent = doc.tokens[at].sentence;
    let from = at - k;
    u.iter().enumerate().all(|(j, w)| {
        doc.tokens
            .get(from + j)
            .is_some_and(|t| t.sentence == sent && (w == "*" || loose_eq(w, doc.norm(t))))
    })
}

/// An entry's `unless` contexts grouped by shape (length, where the matched token sits, which
/// tokens are `*`), each context keyed by the hash of its stems: a match hashes the text around
/// it once per shape, however many contexts there are.
#[derive(Debug)]
struct UnlessIndex {
    /// (position of the matched token, is each token a wildcard).
    shapes: Vec<(usize, Vec<bool>)>,
    /// (shape, hash of the non-wildcard stems, index into `unless`, next in its chain): a
    /// context once per position of its own (each a shape of its own), chained by
    /// `edge_key(shape, hash)`.
    contexts: Vec<(u32, u64, u32, u32)>,
    chains: Chains,
    /// The largest position of a matched token in a shape: a shape's window starts at most this
    /// many tokens before the match.
    reach: usize,
}

impl UnlessIndex {
    fn new(unless: &[Vec<String>]) -> UnlessIndex {
        let mut shapes: Vec<(usize, Vec<bool>)> = Vec::new();
        let mut contexts = Vec::new();
        let mut chains = Chains::new(unless.iter().map(Vec::len).sum());
        for (ui, u) in unless.iter().enumerate() {
            for k in 0..u.len() {
                let wild: Vec<bool> = u
                    .iter()
                    .enumerate()
                    .map(|(j, w)| j != k && w == "*")
                    .collect();
                // A linear search: `cancels` tries every shape at each match anyway, so they are
                // few (at most the longest context's length times its wildcard patterns).
                let shape = match shapes.iter().position(|s| s.0 == k && s.1 == wild) {
                    Some(i) => i,
                    None => {
                        shapes.push((k, wild));
                        shapes.len() - 1
                    }
                } as u32;
                let wild = &shapes[shape as usize].1;
                let h = stems_hash(u.iter().zip(wild).map(|(w, &x)| (!x).then(|| stem_hash(w))));
                let next = chains.link(edge_key(shape, h), contexts.len() as u32);
                contexts.push((shape, h, ui as u32, next));
            }
        }
        UnlessIndex {
            reach: shapes.iter().map(|s| s.0).max().unwrap_or(0),
            shapes,
            contexts,
            chains,
        }
    }

    fn cancels(&self, doc: &Document, unless: &[Vec<String>], at: usize) -> bool {
        let sent = doc.tokens[at].sentence;
        // Each token's stem is hashed once per match, not once per shape over it (an entry has
        // many shapes, mostly over the same few tokens). Token `base + j` is kept in `memo[j]`.
        let base = at.saturating_sub(self.reach);
        let mut memo = [None; STEM_MEMO];
        let mut stem_at = |i: usize| match memo.get_mut(i - base) {
            Some(Some(h)) => *h,
            Some(slot) => *slot.insert(stem_hash(doc.norm_at(i))),
            None => stem_hash(doc.norm_at(i)),
        };
        self.shapes.iter().enumerate().any(|(si, (k, wild))| {
            let Some(from) = at.checked_sub(*k) else {
                return false;
            };
            let Some(window) = doc.tokens.get(from..from + wild.len()) else {
                return false;
            };
            if window.iter().any(|t| t.sentence != sent) {
                return false;
            }
            let h = stems_hash((0..wild.len()).map(|j| (!wild[j]).then(|| stem_at(from + j))));
            let mut c = self.chains.head(edge_key(si as u32, h));
            while let Some(&(s, ch, ui, next)) = self.contexts.get(c as usize) {
                if s == si as u32 && ch == h && unless_at(doc, &unless[ui as usize], *k, at) {
                    return true;
                }
                c = next;
            }
            false
        })
    }
}

/// Tokens around a match whose stem hashes `UnlessIndex::cancels` keeps (more than the widest
/// shape of the built-in lists spans; tokens beyond are hashed each time).
const STEM_MEMO: usize = 16;

/// The hash of a word's `stem`.
fn stem_hash(w: &str) -> u64 {
    let mut h = FxHasher::default();
    h.write(stem(w).as_bytes());
    h.finish()
}

/// A context's hash from its words' `stem_hash`es, `None` for a wildcard. (Only a filter:
/// `unless_at` checks every context it finds.)
fn stems_hash(words: impl Iterator<Item = Option<u64>>) -> u64 {
    words.fold(0, |h, w| {
        (h.rotate_left(5) ^ w.unwrap_or(0xff)).wrapping_mul(0x517c_c1b7_2722_0a95)
    })
}

fn category_slot(c: ListCategory) -> usize {
    use crate::report::Category::*;
    match c {
        ListCategory::Flag(LoadedLanguage) => 0,
        ListCategory::Flag(AnonymousSource) => 1,
        ListCategory::Flag(UnattributedAssertion) => 2,
        ListCategory::Cue => 3,
    }
}

/// Equal, or equal once a common inflectional ending is removed ("claimed" ~ "claims").
fn loose_eq(a: &str, b: &str) -> bool {
    // A stem is the word or a prefix of it, so words with different first bytes have different
    // stems: most comparisons (an entry's `unless` contexts against the text) stop there.
    a == b || (a.as_bytes().first() == b.as_bytes().first() && stem(a) == stem(b))
}

fn stem(w: &str) -> &str {
    for suf in ["ing", "ed", "es", "s", "d"] {
        if w.len() > suf.len() + 2 {
            if let Some(s) = w.strip_suffix(suf) {
                // A consonant doubled after a short vowel before -ing/-ed ("spotting", "stopped")
                // is single in the base word; not l, s, z or f, which bases double too
                // ("falling"), nor after a first-letter vowel ("added", "erred").
                let vowel = |c: &u8| b"aeiou".contains(c);
                return match s.as_bytes() {
                    [.., c, v, a, b]
                        if a == b
                            && suf != "es"
                            && vowel(v)
                            && !vowel(c)
                            && !vowel(b)
                            && !b"lszf".contains(b) =>
                    {
                        &s[..s.len() - 1]
                    }
                    _ => s,
                };
            }
        }
    }
    w
}

/// English inflections of a word: plural/3rd person, past, progressive. Over-generation is
/// harmless (forms that do not exist never occur in text); a list sets `inflect = false` where a
/// generated form would be a different word.
pub fn inflections(w: &str) -> Vec<String> {
    let mut out = String::new();
    let mut forms = Vec::new();
    inflections_into(w, &mut out, &mut forms);
    forms.into_iter().map(|r| out[r].to_string()).collect()
}

/// `inflections`, appending the forms to `out` and their ranges to `forms` (no allocation once
/// the buffers have grown).
fn inflections_into(w: &str, out: &mut String, forms: &mut Vec<Range<usize>>) {
    if w.len() < 3 || !w.chars().all(|c| c.is_alphabetic() || c == '-') {
        return;
    }
    let mut rev = w.chars().rev();
    let last = rev.next().unwrap_or(' ');
    let (c2, c3) = (rev.next(), rev.next());
    // matches!, not "aeiou".contains: the string searcher is slow code in WebAssembly's baseline
    // compiler, and this runs for every inflected word while the lists compile.
    let vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u');
    let mut push = |parts: &[&str]| {
        let a = out.len();
        for p in parts {
            out.push_str(p);
        }
        forms.push(a..out.len());
    };
    if let Some(stem) = w.strip_suffix('e') {
        push(&[w, "s"]);
        push(&[w, "d"]);
        push(&[stem, "ing"]);
    } else if let Some(stem) = w.strip_suffix('y').filter(|_| !c2.is_some_and(vowel)) {
        push(&[stem, "ies"]);
        push(&[stem, "ied"]);
        push(&[w, "ing"]);
    } else if w.ends_with('s')
        || w.ends_with('x')
        || w.ends_with('z')
        || w.ends_with("ch")
        || w.ends_with("sh")
    {
        push(&[w, "es"]);
        push(&[w, "ed"]);
        push(&[w, "ing"]);
    } else {
        push(&[w, "s"]);
        push(&[w, "ed"]);
        push(&[w, "ing"]);
        // Short consonant-vowel-consonant verbs double the consonant: slam -> slammed.
        if let (Some(c2), Some(c3)) = (c2, c3) {
            if !vowel(last) && !matches!(last, 'w' | 'x' | 'y') && vowel(c2) && !vowel(c3) {
                let mut buf = [0u8; 4];
                let l = &*last.encode_utf8(&mut buf);
                push(&[w, l, "ed"]);
                push(&[w, l, "ing"]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_consonant_doubled_before_an_ending_is_single_in_the_base() {
        for (a, b) in [
            ("spot", "spotting"),
            ("stop", "stopped"),
            ("plan", "planned"),
        ] {
            assert!(loose_eq(a, b), "{a} ~ {b}");
        }
        for (a, b) in [("fall", "falling"), ("add", "added"), ("fill", "filled")] {
            assert!(loose_eq(a, b), "{a} ~ {b}");
        }
        assert!(!loose_eq("spot", "spotted dick") && !loose_eq("plan", "planet"));
    }

    fn lex(toml: &str) -> Lexicon {
        Lexicon::new(vec![WordList::parse("t", toml).unwrap()]).unwrap()
    }

    const LIST: &str = r#"
[list]
id = "t"
category = "loaded_language"
kind = "pejorative"
[[entry]]
term = "massacre"
[[entry]]
term = "regime"
[[entry]]
term = "claim"
kind = "attribution_verb"
unless = ["claimed the title", "insurance claim"]
[[entry]]
term = "terrorist"
[[entry]]
term = "terrorist organization"
"#;

    fn found(l: &Lexicon, text: &str) -> Vec<String> {
        let d = Document::new(text);
        l.find(&d)
            .iter()
            .map(|m| {
                text[d.tokens[m.start].start as usize..d.tokens[m.end - 1].end as usize].to_string()
            })
            .collect()
    }

    #[test]
    fn inflected_forms_and_case() {
        let l = lex(LIST);
        assert_eq!(
            found(&l, "They Massacred many; massacres went on."),
            vec!["Massacred", "massacres"]
        );
    }

    #[test]
    fn word_boundaries() {
        let l = lex(LIST);
        assert!(found(&l, "A strict regimen of exercise.").is_empty());
        assert_eq!(found(&l, "The regime's army."), vec!["regime's"]);
    }

    #[test]
    fn longest_phrase_wins_and_unless_cancels() {
        let l = lex(LIST);
        assert_eq!(
            found(&l, "a terrorist organization"),
            vec!["terrorist organization"]
        );
        assert!(found(&l, "She claimed the title in 2004.").is_empty());
        assert!(found(&l, "He filed an insurance claim.").is_empty());
        assert_eq!(found(&l, "He claimed victory."), vec!["claimed"]);
    }

    /// Trie edges of at most eight bytes are compared as one padded `u64`, longer ones byte by
    /// byte: a token that shares such a word's bytes but not its length is no match.
    #[test]
    fn tokens_compared_exactly_around_eight_bytes() {
        let l = lex(r#"
[list]
id = "t"
category = "loaded_language"
kind = "pejorative"
[[entry]]
term = "strident"
[[entry]]
term = "wildly sectarian"
"#);
        assert_eq!(
            found(&l, "A strident, stridentx and stri voice."),
            vec!["strident"]
        );
        assert_eq!(
            found(
                &l,
                "A wildly sectarian, wildly sectarianx or wildly sectaria view."
            ),
            vec!["wildly sectarian"]
        );
        assert!(found(&l, "Stridentness and wildly sectarianism.").is_empty());
    }

    #[test]
    fn phrases_do_not_cross_sentences() {
        let l = lex(LIST);
        assert_eq!(
            found(&l, "He is a terrorist. Organization matters."),
            vec!["terrorist"]
        );
    }

    #[test]
    fn inflection_rules() {
        assert!(inflections("slam").contains(&"slammed".to_string()));
        assert!(inflections("tragedy").contains(&"tragedies".to_string()));
        assert!(inflections("massacre").contains(&"massacred".to_string()));
        assert!(inflections("ax").is_empty());
    }

    #[test]
    fn a_later_list_wins_for_the_same_words() {
        let user = LIST.replace("id = \"t\"", "id = \"user\"");
        let l = Lexicon::new(vec![
            WordList::parse("a", LIST).unwrap(),
            WordList::parse("b", &user).unwrap(),
        ])
        .unwrap();
        let d = Document::new("The regime fell.");
        let m = l.find(&d);
        assert_eq!(m.len(), 1);
        assert_eq!(l.entry(&m[0]).rule, "user/regime");
    }

    #[test]
    fn compiled_patterns_round_trip() {
        let lists = || {
            let user = LIST.replace("id = \"t\"", "id = \"user\"");
            vec![
                WordList::parse("a", LIST).unwrap(),
                WordList::parse("b", &user).unwrap(),
            ]
        };
        let l = Lexicon::new(lists()).unwrap();
        let text = l.compiled_patterns();
        // Front-coded: "massacre", then "massacre" + "d", "massacre" + "s".
        assert!(text.contains("0massacre\t8d\t8s"), "{text}");
        let c = Lexicon::from_compiled(lists(), &text).unwrap().unwrap();
        assert_eq!(c.compiled_patterns(), text);
        for t in [
            "The regime massacred them.",
            "a terrorist organization",
            "She claimed the title.",
        ] {
            let d = Document::new(t);
            assert_eq!(l.find(&d), c.find(&d), "{t}");
        }
        // Text for other lists does not fit.
        assert!(Lexicon::from_compiled(lists(), "").is_none());
        assert!(Lexicon::from_compiled(lists(), &(text.clone() + "x\n")).is_none());
        assert!(Lexicon::from_compiled(lists()[..1].to_vec(), &text).is_none());
    }

    const REGEX_LIST: &str = r#"
[list]
id = "r"
category = "loaded_language"
kind = "doubt"
[[entry]]
term = "so-called"
[[entry]]
term = "dismiss"
regex = '(?P<flag>dismiss(ed)?)\s+(\w+\s+){1,3}as\s+(a\s+)?(stunt|hoax)'
[[entry]]
term = "per"
regex = 'per year'
"#;

    #[cfg(feature = "regex")]
    #[test]
    fn regex_entries_match_on_token_boundaries_and_flag_their_group() {
        let l = lex(REGEX_LIST);
        assert_eq!(
            found(
                &l,
                "He dismissed the report as a stunt. A so-called expert."
            ),
            vec!["dismissed", "so-called"]
        );
        assert!(found(&l, "They dismissed him as coach.").is_empty());
        // Only where the term stands, and only on token boundaries.
        assert!(found(&l, "Up 15 peryear.").is_empty());
        assert_eq!(found(&l, "Up 15 per year."), vec!["per year"]);
    }

    #[cfg(feature = "regex")]
    #[test]
    fn regexes_are_anchored_at_their_trigger() {
        let re = compile_regex(r"(?P<flag>milk(ed)?)\s+the\s+(crisis|panic)").unwrap();
        let hit = re.captures("milked the panic, they say").unwrap();
        assert_eq!(hit.name("flag").unwrap().as_str(), "milked");
        // A match further on is no match from the trigger.
        assert!(re.captures("we milked the crisis").is_none());
        // A pattern whose anchored form does not compile is used as written.
        let verbose = compile_regex("(?x) milk \\s+ it # a comment").unwrap();
        assert!(verbose.is_match("they milk it"));
        // Broken patterns fail as written, even when wrapping would balance them.
        assert!(compile_regex("a)|(?:b").is_err());
    }

    #[cfg(not(feature = "regex"))]
    #[test]
    fn without_the_engine_regex_entries_are_refused_and_builtins_drop_theirs() {
        let list = WordList::parse("r.toml", REGEX_LIST).unwrap();
        let e = Lexicon::new(vec![list]).unwrap_err();
        assert!(e.origin == "r.toml" && e.line > 1, "{e}");
        assert!(e.message.contains("regex engine"), "{e}");
        let lists = crate::builtin_lists().unwrap();
        assert!(lists
            .iter()
            .all(|l| l.entries.iter().all(|e| e.regex.is_none())));
        assert!(crate::Analyzer::builtin().is_ok());
    }

    #[cfg(feature = "regex")]
    #[test]
    fn a_bad_regex_names_its_file_and_line() {
        let bad = REGEX_LIST.replace("(stunt|hoax)", "(stunt|hoax");
        let e = WordList::parse("r.toml", &bad).unwrap_err();
        assert_eq!((e.origin.as_str(), e.line), ("r.toml", 10), "{e}");
        assert!(e.message.starts_with("bad regex"), "{e}");
    }

    #[test]
    fn long_unless_lists_cancel_as_short_ones() {
        let mut contexts: Vec<String> = (0..50).map(|i| format!("zq{i} regime")).collect();
        contexts.push("the * regime of".into());
        contexts.push("regimes changed".into());
        // Wider than the stems `cancels` keeps per match (`STEM_MEMO`).
        contexts.push("a b c d e f g h i j k l m n o p q r regime".into());
        let list = |unless: &[String]| {
            format!(
                "[list]\nid = \"t\"\ncategory = \"loaded_language\"\nkind = \"pejorative\"\n[[entry]]\nterm = \"regime\"\nunless = {unless:?}\n"
            )
        };
        let long = lex(&list(&contexts));
        let short = lex(&list(&contexts[48..]));
        assert!(long.entries[0].unless_index.is_some());
        assert!(short.entries[0].unless_index.is_none());
        for (text, kept) in [
            ("The zq7 regime fell.", false),
            ("The zq49 regime fell.", false),
            ("The zq50 regime fell.", true),
            ("It was the old regime of fear.", false),
            ("It was the old regime. Of fear.", true),
            ("The regimes changed.", false),
            ("The regime changed.", true),
            ("A regime.", true),
            ("Regime", true),
            ("So a b c d e f g h i j k l m n o p q r regime.", false),
            ("So a b c d e f g h i j k l m n o p q regime.", true),
        ] {
            assert_eq!(!found(&long, text).is_empty(), kept, "{text}");
        }
        for text in [
            "The zq49 regime fell.",
            "the old regime of x",
            "regime changes",
        ] {
            assert_eq!(
                found(&long, text).is_empty(),
                found(&short, text).is_empty(),
                "{text}"
            );
        }
    }

    #[test]
    fn chains_keep_every_item_of_a_shared_slot() {
        let mut c = Chains::default();
        assert_eq!(c.head(7), NONE);
        c = Chains::new(2);
        // Four slots: keys 1, 5 and 9 share one, and each item links to the one before.
        assert_eq!(c.link(1, 0), NONE);
        assert_eq!(c.link(5, 1), 0);
        assert_eq!(c.link(9, 2), 1);
        assert_eq!((c.head(9), c.head(1), c.head(2)), (2, 2, NONE));
    }

    #[test]
    fn many_phrases_sharing_a_first_token() {
        let mut toml = String::from(
            "[list]\nid = \"t\"\ncategory = \"loaded_language\"\nkind = \"pejorative\"\ninflect = false\n",
        );
        for i in 0..3000 {
            toml.push_str(&format!("[[entry]]\nterm = \"the zq{i} word\"\n"));
        }
        toml.push_str("[[entry]]\nterm = \"the\"\n[[entry]]\nterm = \"the zq7\"\n");
        let l = lex(&toml);
        assert_eq!(found(&l, "See the zq7 word."), vec!["the zq7 word"]);
        assert_eq!(found(&l, "See the zq7 thing."), vec!["the zq7"]);
        assert_eq!(found(&l, "See the zq9 thing."), vec!["the"]);
        assert_eq!(
            found(&l, "The zq2999 word. The"),
            vec!["The zq2999 word", "The"]
        );
    }

    #[test]
    fn terms_starting_with_punctuation_match() {
        let l = lex(
            "[list]\nid = \"t\"\ncategory = \"loaded_language\"\nkind = \"pejorative\"\n[[entry]]\nterm = \"#StopTheSteal\"\n",
        );
        assert!(l.punct_first);
        assert_eq!(
            found(&l, "They chanted #StopTheSteal outside."),
            vec!["#StopTheSteal"]
        );
        assert!(found(&l, "They chanted StopTheSteal outside.").is_empty());
    }

    #[test]
    fn duplicate_list_id_is_an_error() {
        let a = WordList::parse("a.toml", LIST).unwrap();
        let b = WordList::parse("b.toml", LIST).unwrap();
        let e = Lexicon::new(vec![a, b]).unwrap_err();
        assert!(e.to_string().contains("b.toml") && e.message.contains("a.toml"));
    }

    #[test]
    fn the_tokenizer_hashes_each_token_as_its_normal_form() {
        // Words of every length up to past eight bytes, non-ASCII normal forms (appended after
        // the text), a possessive, an empty normal form (a lone soft hyphen), words before a
        // joiner that joins nothing, and short words at the very end, whose eight bytes would
        // run past the end.
        let text = "A ab abc abcd abcde abcdef abcdefg abcdefgh abcdefghi Zoë’s \u{AD} NAÏVE x. \
                    Ends. Then, so-- it's 3.5, U.S. rock'n'roll well-\nknown Ab.é ab";
        let doc = Document::new(text);
        assert_eq!(doc.token_hashes().len(), doc.tokens.len());
        for (t, &h) in doc.tokens.iter().zip(doc.token_hashes()) {
            assert_eq!(h, token_hash(doc.norm(t)), "{:?}", doc.norm(t));
        }
    }
}
