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

mod abbrev;
pub mod attribution;
pub mod confidence;
pub mod detect;
// Without the `frame` feature the types stay (a report's `actors` is always typed) but nothing
// calls the finders.
#[cfg_attr(not(feature = "frame"), allow(dead_code))]
pub mod frame;
mod ignore;
pub mod lexicon;
pub mod report;
pub mod score;
pub mod segment;
pub mod sense;
mod speaker;
pub mod wordlist;

use lazy_static::lazy_static;
use rustc_hash::FxHashMap;
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
    rates: Arc<FxHashMap<String, f64>>,
}

lazy_static! {
    static ref BUILTIN_PARSED: Result<Vec<WordList>, WordListError> = builtin::BUILTIN_LISTS
        .iter()
        .map(|(path, text)| WordList::parse(path, text).map(runnable_entries))
        .collect();
    static ref BUILTIN: Result<Analyzer, WordListError> =
        BUILTIN_PARSED.clone().and_then(Analyzer::from_lists);
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
/// without comments or test sentences): for the web page, which reads them with its own small
/// parser instead of the `toml` crate (its download budget).
pub fn builtin_sources() -> &'static [(&'static str, &'static str)] {
    builtin::BUILTIN_LISTS
}

/// The built-in lists, parsed once per process.
pub fn builtin_lists() -> Result<&'static [WordList], WordListError> {
    BUILTIN_PARSED
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
                let rate = list
                    .confidence
                    .unwrap_or_else(|| confidence::entry_rate(&list.id, &e.rule));
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
        if text.len() > MAX_TEXT_BYTES {
            return Err(AnalyzeError::TooLarge(text.len()));
        }
        // A byte-order mark is not text: analysed without it, so that it neither joins the first
        // word nor counts as a column; offsets are then moved back onto the caller's text.
        // (Only one: a second mark is text, and stripping marks one by one would recurse.)
        if let Some(rest) = text.strip_prefix('\u{FEFF}') {
            let mut report = self.analyze_text(rest, opts);
            report::shift_offsets(&mut report, '\u{FEFF}'.len_utf8());
            report.stats.bytes = text.len();
            return Ok(report);
        }
        Ok(self.analyze_text(text, opts))
    }

    fn analyze_text(&self, text: &str, opts: &Options) -> Report {
        // Actors gather mentions from the whole text, so with them the text is one piece.
        let piece = if opts.actors { usize::MAX } else { PIECE_BYTES };
        self.analyze_in_pieces(text, opts, piece)
    }

    /// `analyze` a piece at a time: a text longer than `piece_bytes` is cut at blank lines (where
    /// no quotation continues) into pieces of about that size, each segmented and analysed alone,
    /// and the reports joined. Nothing the engine looks at crosses a blank line before a
    /// paragraph that does not open a quotation, so the report is the same; memory then follows
    /// the piece, not the whole text. Public for the tests that compare it with the whole.
    #[doc(hidden)]
    pub fn analyze_in_pieces(&self, text: &str, opts: &Options, piece_bytes: usize) -> Report {
        debug_assert!(
            !opts.actors || piece_bytes >= text.len(),
            "actors need the whole text"
        );
        let ignored = ignore::regions(text);
        let mut from = 0;
        let mut lines_before = 0;
        let mut joined: Option<Report> = None;
        loop {
            let to = piece_end(text, from, piece_bytes);
            let mut r = self.analyze_piece(&text[from..to], opts, &ignored, from);
            if to == text.len() && from == 0 {
                return r;
            }
            report::shift_offsets(&mut r, from);
            for f in &mut r.flags {
                f.line += lines_before;
            }
            lines_before += line_ends(text, from, to).count();
            match &mut joined {
                None => joined = Some(r),
                Some(j) => {
                    j.flags.append(&mut r.flags);
                    j.sentences.append(&mut r.sentences);
                    j.quotes.append(&mut r.quotes);
                    j.stats.words += r.stats.words;
                    j.stats.sentences += r.stats.sentences;
                    j.stats.paragraphs += r.stats.paragraphs;
                    j.stats.quotes += r.stats.quotes;
                    j.stats.quoted_words += r.stats.quoted_words;
                }
            }
            from = to;
            if from >= text.len() {
                break;
            }
        }
        let mut j = joined.unwrap_or_else(|| self.analyze_piece("", opts, &[], 0));
        j.stats.bytes = text.len();
        j.scores = score::compute(&j.flags, j.stats.words);
        j
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
        let attr = attribution::Attribution::new(&doc, &self.lexicon, &matches);
        let loaded = detect::loaded::detect(&doc, &self.lexicon, &matches, &attr);
        let mut drafts =
            detect::assertion::detect(&doc, &self.lexicon, &matches, &attr, &loaded, &self.rates);
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
        drafts.sort_by_key(|d| (d.start, d.end, d.category));
        build_report(&doc, &attr, drafts, opts, &self.rates)
    }
}

/// Texts longer than this are analysed in pieces of about this size (`analyze_in_pieces`): the
/// tokens of a piece take several times its size, the report only a fraction.
const PIECE_BYTES: usize = 512 << 10;

/// Where the piece starting at `from` ends: after the first blank line at least `piece_bytes`
/// on whose next paragraph does not open with a quotation mark (a quotation may run on across
/// such a paragraph break); the end of the text if there is none.
fn piece_end(text: &str, from: usize, piece_bytes: usize) -> usize {
    let b = text.as_bytes();
    let mut i = from.saturating_add(piece_bytes);
    while i < b.len() {
        let Some(nl) = b[i..].iter().position(|&c| c == b'\n') else {
            break;
        };
        let line_start = i + nl + 1;
        let line_end = b[line_start..]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(b.len(), |k| line_start + k);
        if line_end < b.len() && text[line_start..line_end].trim().is_empty() {
            let next = text[line_end + 1..].trim_start();
            if next.is_empty() {
                break; // only blank space follows: no piece to cut off
            }
            if !next.starts_with(['"', '“']) && !next.starts_with("''") {
                return line_end + 1;
            }
        }
        i = line_start;
    }
    b.len()
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
/// end of the last one: `line_ends`, with a fast path for text whose only breaks are LF (a
/// vectorised count over the bytes instead of a match on each).
fn count_lines(text: &str, from: usize, to: usize, line: &mut usize, line_start: &mut usize) {
    // (`contains` is a vectorised search: cheaper than one pass that looks at every byte.)
    let (s, b) = (&text[from..to], &text.as_bytes()[from..to]);
    if b.contains(&b'\r') || s.contains('\u{2028}') || s.contains('\u{2029}') {
        for end in line_ends(text, from, to) {
            *line += 1;
            *line_start = end;
        }
        return;
    }
    // Summed in chunks of bytes (at most 128 LFs each, so a u8 never overflows): the form the
    // compiler turns into vector compares.
    let n: usize = b
        .chunks(128)
        .map(|c| usize::from(c.iter().map(|&x| u8::from(x == b'\n')).sum::<u8>()))
        .sum();
    if n > 0 {
        *line += n;
        *line_start = from + b.iter().rposition(|&c| c == b'\n').map_or(0, |k| k + 1);
    }
}

fn build_report(
    doc: &segment::Document,
    attr: &attribution::Attribution,
    drafts: Vec<detect::Draft>,
    opts: &Options,
    rates: &FxHashMap<String, f64>,
) -> Report {
    let text = doc.text;
    let span = |r: &std::ops::Range<usize>| {
        let (s, e) = (
            doc.tokens[r.start].start as usize,
            doc.tokens[r.end - 1].end as usize,
        );
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
    let flags: Vec<Flag> = drafts
        .into_iter()
        .map(|d| {
            count_lines(text, pos, d.start, &mut line, &mut line_start);
            pos = d.start;
            if col_cache.0 < line_start || col_cache.0 > d.start || line_start > d.start {
                col_cache = (line_start, 1);
            }
            let column = col_cache.1 + text[col_cache.0..d.start].chars().count();
            col_cache = (d.start, column);
            let weight = d.base_weight * detect::voice_factor(d.voice);
            let rate = rates.get(&d.rule).copied().unwrap_or(0.5);
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
    let words = doc.words();
    let quoted_words = doc
        .tokens
        .iter()
        .filter(|t| t.kind != segment::TokenKind::Punct && t.quote.is_some())
        .count();
    let stats = Stats {
        bytes: text.len(),
        words,
        sentences: doc.sentences.len(),
        paragraphs: doc.paragraphs.len(),
        quotes: doc.quotes.iter().filter(|q| !q.nested).count(),
        quoted_words,
    };
    let sentences = doc
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| SentenceInfo {
            start: s.start,
            end: s.end,
            attributed: attr.attributed[i],
            quoted: attr.quoted[i],
            attribution: attr.reasons[i].as_ref().map(|(r, rule)| {
                let (start, end) = (
                    doc.tokens[r.start].start as usize,
                    doc.tokens[r.end - 1].end as usize,
                );
                Trigger {
                    start,
                    end,
                    text: text[start..end].to_string(),
                    rule: rule.clone(),
                }
            }),
        })
        .collect();
    let quotes = doc
        .quotes
        .iter()
        .zip(attr.speakers.iter().zip(&attr.terms))
        .filter(|(q, _)| !q.nested)
        .map(|(q, (sp, &term))| QuoteInfo {
            start: q.start,
            end: q.end,
            speaker: sp.as_ref().map(span),
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
