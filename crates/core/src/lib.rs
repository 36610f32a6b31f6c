//! Slant's analysis engine: an English news article in, a report of loaded language, anonymous
//! sourcing and unattributed assertions out. Pure: no I/O, no printing.
//!
//! Data flows one way: text -> [`segment`] (paragraphs, tokens, quotations, sentences) ->
//! [`lexicon`] matches -> [`attribution`] model -> [`detect`]ors -> [`Report`] with scores.
//!
//! ```
//! let report = slant_core::analyze("The notorious regime massacred protesters.").unwrap();
//! assert!(report.flags.iter().any(|f| f.text == "notorious"));
//! ```

/// Whether a word is one of a few literals: `word_in!(w, "a" | "b" | "c")`, as `matches!`.
/// Natively it is `matches!` (compared in place, no lookup). In WebAssembly it is one
/// `sense::one_of` call on the literals as one string: compared in place, each literal is a call
/// with an address of its own (about 12 bytes of code that compress badly), at some 1,600 sites.
/// Defined before the modules, so that it is in scope in each with no `use` line. A literal
/// that is empty or holds a space would break the string form: refused at compile time.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! word_in {
    ($w:expr, $first:literal $(| $more:literal)* $(,)?) => {{
        const { assert!($crate::words::plain(&[$first $(, $more)*])) };
        matches!($w, $first $(| $more)*)
    }};
}
#[cfg(target_arch = "wasm32")]
macro_rules! word_in {
    // A token's word by its index: one call, not the token's lookup and then the compare.
    ($d:ident . norm_at($k:expr), $a:literal | $b:literal $(,)?) => {{
        const { assert!($crate::words::plain(&[$a, $b])) };
        $d.norm_either($k, concat!($a, " ", $b))
    }};
    ($d:ident . norm_at($k:expr), $first:literal $(| $more:literal)* $(,)?) => {{
        const { assert!($crate::words::plain(&[$first $(, $more)*])) };
        $d.norm_one_of($k, concat!($first $(, " ", $more)*))
    }};
    // The same through a field (`self.doc.norm_at(k)`).
    ($s:ident . $d:ident . norm_at($k:expr), $a:literal | $b:literal $(,)?) => {{
        const { assert!($crate::words::plain(&[$a, $b])) };
        $s.$d.norm_either($k, concat!($a, " ", $b))
    }};
    ($s:ident . $d:ident . norm_at($k:expr), $first:literal $(| $more:literal)* $(,)?) => {{
        const { assert!($crate::words::plain(&[$first $(, $more)*])) };
        $s.$d.norm_one_of($k, concat!($first $(, " ", $more)*))
    }};
    // A token's word: one call (`norm_in` scans the string, two words or more).
    ($d:ident . norm($t:expr), $first:literal $(| $more:literal)* $(,)?) => {{
        const { assert!($crate::words::plain(&[$first $(, $more)*])) };
        $d.norm_in($t, concat!($first $(, " ", $more)*))
    }};
    // Two words: one string, compared as `matches!` would (no scan), one address in the page.
    ($w:expr, $a:literal | $b:literal $(,)?) => {{
        const { assert!($crate::words::plain(&[$a, $b])) };
        $crate::words::either(concat!($a, " ", $b), $w)
    }};
    ($w:expr, $first:literal $(| $more:literal)* $(,)?) => {{
        const { assert!($crate::words::plain(&[$first $(, $more)*])) };
        $crate::sense::one_of(concat!($first $(, " ", $more)*), $w)
    }};
}

mod abbrev;
pub mod attribution;
pub mod case;
pub mod confidence;
pub mod detect;
// Without the `frame` feature the types stay (a report's `actors` is always typed) but nothing
// calls the finders.
#[cfg_attr(not(feature = "frame"), allow(dead_code))]
pub mod frame;
mod ignore;
pub mod lexicon;
pub mod report;
mod reported;
mod scan;
pub mod score;
mod search;
pub mod segment;
pub mod sense;
pub mod sort;
mod speaker;
pub mod wordlist;
mod words;

use lazy_static::lazy_static;
use std::sync::Arc;

pub use lexicon::Lexicon;
pub use report::{
    Category, CategoryScore, Flag, QuoteInfo, QuoteKind, Report, Scores, SentenceInfo, Span, Stats,
    Trigger, Voice,
};
pub use wordlist::{Entry, ListCategory, WordList, WordListError};

mod builtin {
    include!(concat!(env!("OUT_DIR"), "/builtin_lists.rs"));
}

/// The largest text analysed in one call; offsets are stored as `u32` to keep tokens small.
pub const MAX_TEXT_BYTES: usize = u32::MAX as usize - 1;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AnalyzeError {
    #[error("text is {0} bytes; Slant analyses at most {MAX_TEXT_BYTES} bytes at once: split it")]
    TooLarge(usize),
    #[error(transparent)]
    WordList(#[from] WordListError),
}

/// What to report.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// Categories to report; the others are neither reported nor scored.
    pub categories: Vec<Category>,
    /// Report flags inside quotations (they are marked `in_quote` and count for less).
    pub include_quoted: bool,
    /// Carried into the report's `id`.
    pub id: Option<String>,
    /// Find actors and what they are called (`Report::actors`). Off by default: it adds about
    /// as much time again as the rest of the analysis (see README, Speed).
    pub actors: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            categories: Category::ALL.to_vec(),
            include_quoted: true,
            id: None,
            actors: false,
        }
    }
}

/// Compiled wordlists, ready to analyse any number of texts. Cheap to clone.
#[derive(Debug, Clone)]
pub struct Analyzer {
    // Shared, so that cloning an analyzer (the built-in one included) is a pointer copy: callers
    // hold one `Analyzer` whether it is built-in or carries their own lists.
    lexicon: Arc<Lexicon>,
    /// Loaded-language rule id -> its entry's smoothed agreement rate (`confidence::entry_rate`).
    rates: Arc<confidence::Rates>,
}

/// The built-in lists parsed, for `builtin_lists` (set on first use).
static BUILTIN_PARSED: std::sync::OnceLock<Result<Vec<WordList>, WordListError>> =
    std::sync::OnceLock::new();

fn parse_builtin() -> Result<Vec<WordList>, WordListError> {
    #[cfg(not(target_arch = "wasm32"))]
    let parse = WordList::parse_builtin;
    #[cfg(target_arch = "wasm32")]
    let parse = WordList::parse;
    builtin::BUILTIN_LISTS
        .iter()
        .map(|(path, text)| parse(path, text).map(runnable_entries))
        .collect()
}

lazy_static! {
    // Compiled from `BUILTIN_PARSED` when that is set already, else parsed for itself: a process
    // seldom wants both (the CLI and the benchmark want the analyzer only), and a copy of every
    // entry cost about a twelfth of the lists' compile.
    static ref BUILTIN: Result<Analyzer, WordListError> = BUILTIN_PARSED
        .get()
        .map_or_else(parse_builtin, Clone::clone)
        .and_then(Analyzer::from_lists);
}

/// A built-in list as this build can run it: without the regex engine (the lean npm module and
/// the web page, for their size budgets) its regex entries are left out.
fn runnable_entries(mut list: WordList) -> WordList {
    if !cfg!(feature = "regex") {
        list.entries.retain(|e| e.regex.is_none());
    }
    list
}

/// The built-in lists' sources as (path, TOML text), as this build embeds them (in WebAssembly
/// without comments or test sentences): for the web page, which reads them with the small
/// reader in `wordlist::lite` in its shorthand mode (its download budget).
pub fn builtin_sources() -> &'static [(&'static str, &'static str)] {
    builtin::BUILTIN_LISTS
}

/// The built-in lists, parsed once per process.
pub fn builtin_lists() -> Result<&'static [WordList], WordListError> {
    BUILTIN_PARSED
        .get_or_init(parse_builtin)
        .as_ref()
        .map(Vec::as_slice)
        .map_err(Clone::clone)
}

/// Analyses `text` with the built-in lists and default options.
pub fn analyze(text: &str) -> Result<Report, AnalyzeError> {
    Analyzer::builtin()?.analyze(text, &Options::default())
}

impl Analyzer {
    /// The analyzer over the built-in lists, compiled once per process.
    pub fn builtin() -> Result<&'static Analyzer, WordListError> {
        BUILTIN.as_ref().map_err(Clone::clone)
    }

    /// Compiles exactly these lists.
    pub fn from_lists(lists: Vec<WordList>) -> Result<Analyzer, WordListError> {
        Ok(Analyzer::from_lexicon(Lexicon::new(lists)?))
    }

    /// An analyzer over an already compiled lexicon (e.g. one made by `Lexicon::from_compiled`).
    pub fn from_lexicon(lexicon: Lexicon) -> Analyzer {
        let rates = lexicon
            .entries
            .iter()
            .filter(|e| e.category == ListCategory::Flag(Category::LoadedLanguage))
            .map(|e| {
                let list = &lexicon.lists[e.list];
                let rate = list.confidence.unwrap_or_else(|| {
                    let ambiguous = e.entry.sense.restricted() || !e.entry.unless.is_empty();
                    confidence::entry_rate(&list.id, &e.rule, ambiguous)
                });
                (e.rule.clone(), rate)
            })
            .collect();
        Analyzer {
            lexicon: Arc::new(lexicon),
            rates: Arc::new(rates),
        }
    }

    /// The built-in lists plus the user's (a user's entry for the same words wins).
    pub fn with_extra_lists(extra: Vec<WordList>) -> Result<Analyzer, WordListError> {
        let mut lists = builtin_lists()?.to_vec();
        lists.extend(extra);
        Analyzer::from_lists(lists)
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    pub fn analyze(&self, text: &str, opts: &Options) -> Result<Report, AnalyzeError> {
        self.analyze_sized(text, opts, PieceSizes::default())
    }

    /// `analyze`, handing the report over a piece at a time instead of joined: `each` gets each
    /// piece's report as soon as the piece is analysed, with offsets, lines and columns on the
    /// whole text, and the whole text's stats are returned. The pieces' flags, sentences and
    /// quotes in order are `analyze`'s, and its scores are `score::compute` over those flags
    /// (`score::Tally` sums them as they pass). Memory then follows the piece, not the text:
    /// for a caller that writes each piece out and drops it (the CLI's large reports). With
    /// `Options::actors` the text is one piece, whose report carries the actors.
    pub fn analyze_by_piece(
        &self,
        text: &str,
        opts: &Options,
        each: impl FnMut(Report),
    ) -> Result<Stats, AnalyzeError> {
        self.analyze_by_piece_sized(text, opts, PieceSizes::default(), each)
    }

    /// `analyze` with the given piece sizes. Public for the tests that compare pieces with the
    /// whole.
    #[doc(hidden)]
    pub fn analyze_sized(
        &self,
        text: &str,
        opts: &Options,
        sizes: PieceSizes,
    ) -> Result<Report, AnalyzeError> {
        let mut joined: Option<Report> = None;
        let mut pieces = 0;
        let stats = self.analyze_by_piece_sized(text, opts, sizes, |mut r| {
            pieces += 1;
            match &mut joined {
                None => joined = Some(r),
                Some(j) => {
                    j.flags.append(&mut r.flags);
                    j.sentences.append(&mut r.sentences);
                    j.quotes.append(&mut r.quotes);
                }
            }
        })?;
        // (There is always a first piece, if only an empty one.)
        let mut j = joined.unwrap_or_else(|| self.analyze_piece("", opts, &[], 0));
        if pieces > 1 {
            j.stats = stats;
            j.scores = score::compute(&j.flags, j.stats.words);
        }
        Ok(j)
    }

    /// `analyze_by_piece` with the given piece sizes (for tests).
    #[doc(hidden)]
    pub fn analyze_by_piece_sized(
        &self,
        text: &str,
        opts: &Options,
        sizes: PieceSizes,
        mut each: impl FnMut(Report),
    ) -> Result<Stats, AnalyzeError> {
        if text.len() > MAX_TEXT_BYTES {
            return Err(AnalyzeError::TooLarge(text.len()));
        }
        // A byte-order mark is not text: analysed without it, so that it neither joins the first
        // word nor counts as a column; offsets are then moved back onto the caller's text.
        // (Only one: a second mark is text, and stripping marks one by one would recurse.)
        if let Some(rest) = text.strip_prefix('\u{FEFF}') {
            let by = '\u{FEFF}'.len_utf8();
            let mut stats = self.each_piece(rest, opts, sizes, |mut r| {
                report::shift_offsets(&mut r, by);
                r.stats.bytes += by;
                each(r)
            });
            stats.bytes = text.len();
            return Ok(stats);
        }
        Ok(self.each_piece(text, opts, sizes, each))
    }

    /// Cuts `text` into pieces (`PieceCutter`), each segmented and analysed alone, and hands
    /// each piece's report to `each` with offsets, lines and columns moved onto the whole text.
    /// Nothing the engine looks at crosses a blank line before a paragraph that does not open a
    /// quotation, so for any text with such a break at least every `sizes.long` bytes the
    /// pieces' reports joined are the whole text's report. Returns the whole text's stats.
    fn each_piece(
        &self,
        text: &str,
        opts: &Options,
        sizes: PieceSizes,
        mut each: impl FnMut(Report),
    ) -> Stats {
        // Actors gather mentions from the whole text, so with them the text is one piece.
        let sizes = if opts.actors {
            PieceSizes::whole()
        } else {
            sizes
        };
        let ignored = ignore::regions(text);
        let mut stats = Stats {
            bytes: text.len(),
            ..Stats::default()
        };
        let mut from = 0;
        let mut lines_before = 0;
        // Chars between the last line break before `from` and `from`: the columns a piece cut
        // inside a line adds to the flags on its first line.
        let mut column_before = 0;
        // Whether the piece starts inside a paragraph (cut at a sentence end or whitespace): its
        // first paragraph is then the last one's.
        let mut mid_paragraph = false;
        loop {
            let (to, mid) = sizes.piece_end(text, from);
            let mut r = self.analyze_piece(&text[from..to], opts, &ignored, from);
            stats.words += r.stats.words;
            stats.sentences += r.stats.sentences;
            stats.paragraphs += r.stats.paragraphs;
            if mid_paragraph {
                stats.paragraphs = stats.paragraphs.saturating_sub(1);
            }
            mid_paragraph = mid;
            stats.quotes += r.stats.quotes;
            stats.quoted_words += r.stats.quoted_words;
            if from > 0 {
                report::shift_offsets(&mut r, from);
                for f in &mut r.flags {
                    if f.line == 1 {
                        f.column += column_before;
                    }
                    f.line += lines_before;
                }
            }
            if to >= text.len() {
                each(r);
                return stats;
            }
            match line_ends(text, from, to).fold((0, None), |(n, _), e| (n + 1, Some(e))) {
                (0, _) => column_before += text[from..to].chars().count(),
                (n, last) => {
                    lines_before += n;
                    column_before = text[last.unwrap_or(to)..to].chars().count();
                }
            }
            each(r);
            from = to;
        }
    }

    /// The old name of `analyze_sized` with only the piece size given (the tests').
    #[doc(hidden)]
    pub fn analyze_in_pieces(&self, text: &str, opts: &Options, piece_bytes: usize) -> Report {
        let sizes = PieceSizes {
            piece: piece_bytes,
            ..PieceSizes::default()
        };
        match self.analyze_sized(text, opts, sizes) {
            Ok(r) => r,
            Err(_) => self.analyze_piece("", opts, &[], 0),
        }
    }

    /// Analyses `text`, which starts at byte `base` of the text that `ignored` was found in.
    fn analyze_piece(
        &self,
        text: &str,
        opts: &Options,
        ignored: &[ignore::Region],
        base: usize,
    ) -> Report {
        let doc = segment::Document::new(text);
        let matches = self.lexicon.find(&doc);
        let mut attr = attribution::Attribution::new(&doc, &self.lexicon, &matches);
        let mut loaded = detect::loaded::detect(&doc, &self.lexicon, &matches, &attr);
        let topic = confidence::topic_factor(&doc);
        let mut drafts = detect::assertion::detect(
            &doc,
            &self.lexicon,
            &matches,
            &attr,
            &loaded,
            (&self.rates, topic),
        );
        detect::assertion::count_words_once(&drafts, &mut loaded);
        drafts.extend(loaded);
        drafts.extend(detect::anonymous::detect(
            &doc,
            &self.lexicon,
            &matches,
            &attr,
        ));
        drafts.retain(|d| {
            opts.categories.contains(&d.category)
                && (opts.include_quoted || d.voice != Voice::Quoted)
                && !ignore::is_ignored(ignored, base + d.start, d.category)
        });
        sort::sort_by_key(&mut drafts, |d| (d.start, d.end, d.category));
        build_report(&doc, &mut attr, drafts, opts, (&self.rates, topic))
    }
}

/// Where a long text is cut into pieces (`Analyzer::analyze_by_piece`).
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PieceSizes {
    /// A piece ends at the first paragraph break at least this far from its start: the tokens
    /// of a piece take several times its size, its report only a fraction.
    pub piece: usize,
    /// When no paragraph break follows within this many bytes past `piece` (a paragraph of a
    /// quarter megabyte: not news), the piece ends at the next sentence end or line break
    /// instead.
    pub long: usize,
    /// A stretch this long without a sentence end or line break (not a sentence: a run of
    /// words, which costs far more memory per byte than prose) is cut at whitespace.
    pub run: usize,
}

impl Default for PieceSizes {
    fn default() -> Self {
        PieceSizes {
            piece: 64 << 10,
            long: 256 << 10,
            run: 128 << 10,
        }
    }
}

impl PieceSizes {
    fn whole() -> Self {
        PieceSizes {
            piece: usize::MAX,
            long: usize::MAX,
            run: usize::MAX,
        }
    }

    /// The end of the piece of `text` that starts at `from` (one pass over the piece), and
    /// whether it ends inside a paragraph. Only the paragraph cut keeps the report exactly as
    /// the whole text's; the other two are for text that is not prose.
    fn piece_end(&self, text: &str, from: usize) -> (usize, bool) {
        let b = text.as_bytes();
        let lo = from.saturating_add(self.piece);
        if lo >= b.len() {
            // The rest is one piece (an article: nothing to look at).
            return (b.len(), false);
        }
        let hi = lo.saturating_add(self.long);
        // Where the last sentence end or line break was.
        let mut stop = from;
        let mut i = from;
        while i < b.len() {
            match b[i] {
                b'\n' => {
                    if i >= lo {
                        match paragraph_cut(text, i) {
                            Cut::At(at) => return (at, false),
                            Cut::OnlyBlankAfter => return (b.len(), false),
                            // (Past the blank lines just looked at: each is looked at once.)
                            Cut::No { .. } if i >= hi => return (i + 1, true),
                            Cut::No { next } => {
                                stop = next;
                                i = next.max(i + 1);
                                continue;
                            }
                        }
                    }
                    stop = i;
                }
                b'.' | b'!' | b'?' => {
                    if i >= hi {
                        if let Some(at) = sentence_cut(b, i) {
                            return (at, true);
                        }
                    }
                    stop = i;
                }
                c if i - stop > self.run && c.is_ascii_whitespace() => {
                    let at = i + b[i..]
                        .iter()
                        .take_while(|c| c.is_ascii_whitespace())
                        .count();
                    return (at, true);
                }
                // Not even whitespace: cut at a char boundary.
                _ if i - stop > self.run.saturating_mul(2) && text.is_char_boundary(i) => {
                    return (i, true);
                }
                _ => {}
            }
            i += 1;
        }
        (b.len(), false)
    }
}

enum Cut {
    /// The piece ends here, at the start of the next paragraph.
    At(usize),
    /// Only blank space follows: no piece to cut off.
    OnlyBlankAfter,
    /// Not here; `next` is where the search goes on.
    No { next: usize },
}

/// Whether the line break at `nl` is followed by a blank line before a paragraph that does not
/// open with a quotation mark (a quotation may run on across such a paragraph break): then the
/// next piece starts after the blank line.
fn paragraph_cut(text: &str, nl: usize) -> Cut {
    let b = text.as_bytes();
    let line_start = nl + 1;
    let line_end = b[line_start..]
        .iter()
        .position(|&c| c == b'\n')
        .map_or(b.len(), |k| line_start + k);
    if line_end == b.len() || !text[line_start..line_end].trim().is_empty() {
        return Cut::No { next: line_start };
    }
    let rest = &text[line_end + 1..];
    let next = rest.trim_start();
    if next.is_empty() {
        return Cut::OnlyBlankAfter;
    }
    if !next.starts_with(['"', '\u{201C}'])
        && !next.starts_with("''")
        && !segment::opens_single_quoted(next)
    {
        return Cut::At(line_end + 1);
    }
    Cut::No {
        next: line_end + 1 + (rest.len() - next.len()),
    }
}

/// A sentence end at `i` that no abbreviation or quotation blurs: three lowercase letters, `.`,
/// `!` or `?`, spaces, and a capital letter, where the next piece then starts.
fn sentence_cut(b: &[u8], i: usize) -> Option<usize> {
    if i < 3 || !b[i - 3..i].iter().all(u8::is_ascii_lowercase) || b.get(i + 1) != Some(&b' ') {
        return None;
    }
    let next = i + 1 + b[i + 1..].iter().take_while(|&&c| c == b' ').count();
    b.get(next)
        .is_some_and(u8::is_ascii_uppercase)
        .then_some(next)
}

/// The ends of the line breaks that start in `text[from..to]`: LF, CRLF, a lone CR, and the
/// Unicode line and paragraph separators (U+2028, U+2029), as editors count lines.
fn line_ends(text: &str, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
    let b = text.as_bytes();
    (from..to).filter_map(move |i| match b[i] {
        b'\n' => Some(i + 1),
        // A CR before an LF is counted at the LF.
        b'\r' if b.get(i + 1) != Some(&b'\n') => Some(i + 1),
        0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)) => {
            Some(i + 3)
        }
        _ => None,
    })
}

/// Adds the line breaks that start in `text[from..to]` to `line`, and moves `line_start` to the
/// end of the last one: `line_ends`, with a fast path for text whose only breaks are LF.
/// `lf_only`: the whole text has no break but LF (`scan::only_lf_breaks`), looked at once per text
/// rather than once per flag.
fn count_lines(
    text: &str,
    (from, to): (usize, usize),
    lf_only: bool,
    line: &mut usize,
    line_start: &mut usize,
) {
    if !lf_only {
        for end in line_ends(text, from, to) {
            *line += 1;
            *line_start = end;
        }
        return;
    }
    let b = &text.as_bytes()[from..to];
    let (n, last) = count_lf(b);
    if n > 0 {
        *line += n;
        *line_start = from + last + 1;
    }
}

/// The number of LF bytes in `b` and the offset of the last one (0 when there is none). Counted
/// in 64-byte chunks whose tally is a `u8`, a sum the compiler vectorises sixteen bytes to an
/// instruction (a `usize` count widens every byte first); the last LF is looked for only inside
/// the last chunk that has one, not byte by byte back from the end.
fn count_lf(b: &[u8]) -> (usize, usize) {
    const CHUNK: usize = 64;
    let mut n = 0;
    let mut last_chunk = None;
    for (k, chunk) in b.chunks(CHUNK).enumerate() {
        let here = chunk.iter().fold(0u8, |a, &c| a + u8::from(c == b'\n'));
        if here > 0 {
            n += usize::from(here);
            last_chunk = Some(k * CHUNK);
        }
    }
    let last = last_chunk.map_or(0, |at| {
        at + b[at..(at + CHUNK).min(b.len())]
            .iter()
            .rposition(|&c| c == b'\n')
            .unwrap_or(0)
    });
    (n, last)
}

/// Builds the report from the drafts; the sentences' attribution reasons are moved out of `attr`
/// into the report (their last reader), not copied.
fn build_report(
    doc: &segment::Document,
    attr: &mut attribution::Attribution,
    drafts: Vec<detect::Draft>,
    opts: &Options,
    (rates, topic): (&confidence::Rates, f64),
) -> Report {
    let text = doc.text;
    let span = |r: &std::ops::Range<usize>| {
        let (s, mut e) = (
            doc.tokens[r.start].start as usize,
            doc.tokens[r.end - 1].end as usize,
        );
        // `Trump’s claim that …`: the owner of the words is the speaker; the label is the name
        // without its possessive ending.
        let last = &text[doc.tokens[r.end - 1].start as usize..e];
        // (`Moody's said`: a firm's name keeps its 's.)
        if segment::ends_possessive(last)
            && last.chars().count() > 3
            && !speaker::possessive_name(doc, r.end)
        {
            e -= last.chars().next_back().map_or(0, char::len_utf8)
                + last.chars().rev().nth(1).map_or(0, char::len_utf8);
        }
        Span {
            start: s,
            end: e,
            text: text[s..e].to_string(),
        }
    };
    // Line/column in one forward pass: flags are sorted by start.
    let mut line = 1usize;
    let mut line_start = 0usize;
    let mut pos = 0usize;
    let mut col_cache = (0usize, 1usize); // (byte, column) last computed on this line
    let lf_only = scan::only_lf_breaks(text);
    // Words and quoted words in one pass, before the flags: `sparse` needs the count. Without a
    // branch per token (word or not is in no predictable order).
    let (words, quoted_words) = doc.tokens.iter().fold((0, 0), |(w, q), t| {
        let word = usize::from(t.kind != segment::TokenKind::Punct);
        (w + word, q + (word & usize::from(t.quote.is_some())))
    });
    let sparse = confidence::sparse_factor(
        words,
        drafts
            .iter()
            .filter(|d| d.category == Category::LoadedLanguage && d.voice == Voice::Outlet)
            .count(),
    );
    let flags: Vec<Flag> = drafts
        .into_iter()
        .map(|d| {
            count_lines(text, (pos, d.start), lf_only, &mut line, &mut line_start);
            pos = d.start;
            if col_cache.0 < line_start || col_cache.0 > d.start || line_start > d.start {
                col_cache = (line_start, 1);
            }
            let column = col_cache.1 + text[col_cache.0..d.start].chars().count();
            col_cache = (d.start, column);
            let weight = d.base_weight * detect::voice_factor(d.voice);
            // (`topic` and `sparse` only touch loaded language: the other categories have fixed
            // rates.)
            let rate = rates.get(&d.rule)
                * match d.voice {
                    Voice::Quoted => 1.0,
                    Voice::Outlet if d.kind != "attribution_verb" => topic * sparse,
                    _ => topic,
                };
            let confidence = confidence::of_flag(d.category, rate, d.voice);
            Flag {
                category: d.category,
                kind: d.kind,
                start: d.start,
                end: d.end,
                line,
                column,
                text: text[d.start..d.end].to_string(),
                message: d.message,
                suggestions: d.suggestions,
                rule: d.rule,
                in_quote: d.voice == Voice::Quoted,
                voice: d.voice,
                speaker: d.speaker.map(|(s, e)| Span {
                    start: s,
                    end: e,
                    text: text[s..e].to_string(),
                }),
                weight: (weight * 100.0).round() / 100.0,
                confidence,
                triggers: d.triggers,
                linked: d.linked,
            }
        })
        .collect();
    let stats = Stats {
        bytes: text.len(),
        words,
        sentences: doc.sentences.len(),
        paragraphs: doc.paragraphs.len(),
        quotes: doc.quotes.iter().filter(|q| !q.nested).count(),
        quoted_words,
    };
    let quotes = doc
        .quotes
        .iter()
        .zip(attr.speakers.iter().zip(&attr.terms))
        .filter(|(q, _)| !q.nested)
        .map(|(q, (sp, &term))| QuoteInfo {
            start: q.start,
            end: q.end,
            speaker: sp.as_ref().map(span),
            refers_to: sp
                .as_ref()
                .and_then(|r| speaker::pronoun_name(doc, attr, r, q))
                .map(|r| span(&r)),
            kind: if term {
                QuoteKind::Term
            } else {
                QuoteKind::Speech
            },
        })
        .collect();
    let scores = score::compute(&flags, words);
    #[cfg(feature = "frame")]
    let actors = opts.actors.then(|| frame::actors(doc, attr, &flags));
    #[cfg(not(feature = "frame"))]
    let actors = None;
    // Last: the reasons are taken out of `attr`, which the actors above still read.
    let reasons = std::mem::take(&mut attr.reasons);
    debug_assert_eq!(reasons.len(), doc.sentences.len());
    let sentences = doc
        .sentences
        .iter()
        .zip(reasons)
        .enumerate()
        .map(|(i, (s, reason))| SentenceInfo {
            start: s.start,
            end: s.end,
            attributed: attr.attributed[i],
            quoted: attr.quoted[i],
            attribution: reason.map(|(r, rule)| {
                let (start, end) = (
                    doc.tokens[r.start].start as usize,
                    doc.tokens[r.end - 1].end as usize,
                );
                Trigger {
                    start,
                    end,
                    text: text[start..end].to_string(),
                    rule,
                }
            }),
        })
        .collect();
    Report {
        schema_version: report::SCHEMA_VERSION,
        id: opts.id.clone(),
        stats,
        scores,
        flags,
        sentences,
        quotes,
        actors,
    }
}

#[cfg(test)]
mod line_count_tests {
    use super::count_lf;

    fn naive(b: &[u8]) -> (usize, usize) {
        let n = b.iter().filter(|&&c| c == b'\n').count();
        (n, b.iter().rposition(|&c| c == b'\n').unwrap_or(0))
    }

    #[test]
    fn counts_lfs_as_a_byte_loop_does() {
        // LFs at every position of a chunk and in the tail, next to bytes that differ from LF in
        // one bit (0x0b, 0x8a, 0x0e) or that could carry into a neighbour (0x00, 0xff).
        let mut cases: Vec<Vec<u8>> = vec![
            vec![],
            b"\n".to_vec(),
            b"no breaks".to_vec(),
            vec![b'\n'; 200],
        ];
        // Lengths around the 64-byte chunks too.
        for len in (0..24).chain([63, 64, 65, 127, 128, 129, 200]) {
            for at in 0..len {
                for fill in [b'a', 0x0b, 0x8a, 0x0e, 0x00, 0xff] {
                    let mut v = vec![fill; len];
                    v[at] = b'\n';
                    cases.push(v.clone());
                    v[len - 1 - (at / 2)] = b'\n';
                    cases.push(v);
                }
            }
        }
        for c in &cases {
            assert_eq!(count_lf(c), naive(c), "{c:?}");
        }
    }
}
