//! What an analysis returns. This is the JSON contract (`schema_version` 1) that the CLI, the
//! WebAssembly module and outside tools rely on: add fields, never rename or remove them.

use serde::Serialize;

/// Version of the report schema; bump only on a breaking change.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    LoadedLanguage,
    AnonymousSource,
    UnattributedAssertion,
}

impl Category {
    pub const ALL: [Category; 3] = [
        Category::LoadedLanguage,
        Category::AnonymousSource,
        Category::UnattributedAssertion,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Category::LoadedLanguage => "loaded_language",
            Category::AnonymousSource => "anonymous_source",
            Category::UnattributedAssertion => "unattributed_assertion",
        }
    }

    /// Accepts the snake_case name and a few forgiving spellings ("loaded", "anonymous").
    pub fn parse(s: &str) -> Option<Category> {
        match s.trim().to_ascii_lowercase().replace('-', "_").as_str() {
            "loaded_language" | "loaded" => Some(Category::LoadedLanguage),
            "anonymous_source" | "anonymous" | "anon" => Some(Category::AnonymousSource),
            "unattributed_assertion" | "unattributed" => Some(Category::UnattributedAssertion),
            _ => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Category::LoadedLanguage => "loaded language",
            Category::AnonymousSource => "anonymous source",
            Category::UnattributedAssertion => "unattributed assertion",
        }
    }
}

/// Whose words a flag is: the outlet's own, a label the text attributes to someone, or a quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Voice {
    Outlet,
    Attributed,
    Quoted,
}

/// A byte span with its text, used for speakers, triggers and links.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// What made an unattributed-assertion flag fire.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Trigger {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub rule: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flag {
    pub category: Category,
    pub kind: String,
    /// UTF-8 byte offsets, half-open, on char boundaries.
    pub start: usize,
    pub end: usize,
    /// 1-based line and column of `start`; the column counts chars.
    pub line: usize,
    pub column: usize,
    pub text: String,
    pub message: String,
    pub suggestions: Vec<String>,
    /// `list-id/term` of the entry, or `rule:name` for built-in rules.
    pub rule: String,
    pub in_quote: bool,
    pub voice: Voice,
    /// Who is quoted, when the text says.
    pub speaker: Option<Span>,
    /// Weight after the voice factor; the scores add up weight × confidence.
    pub weight: f64,
    /// How often a careful annotator would agree with this flag, estimated in [0, 1] from the
    /// entry's record on annotated news and the flag's voice (see `confidence.rs`, README).
    pub confidence: f64,
    /// For unattributed assertions: what in the sentence triggered the flag; for an anonymous
    /// source merged with its anonymity clause: the source and the clause, each with its entry.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub triggers: Vec<Trigger>,
    /// For anonymous sources: the anonymity clause describing the source, or the source a clause
    /// describes, when both are in one sentence.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub linked: Option<Span>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentenceInfo {
    pub start: usize,
    pub end: usize,
    /// Quoted speech, or a sentence that carries or sits inside an attribution.
    pub attributed: bool,
    /// Most of the sentence is inside quotation marks.
    pub quoted: bool,
    /// Why the sentence counts as attributed: the cue that fired (its span and list entry), or a
    /// built-in rule (`rule:quoted-speech`, `rule:quoted-clause`, `rule:colon-attribution`,
    /// `rule:dash-signoff`) with the span it looked at.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub attribution: Option<Trigger>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteInfo {
    /// Span including the quotation marks (a quote left open runs to its paragraph's end).
    pub start: usize,
    pub end: usize,
    pub speaker: Option<Span>,
    /// When the speaker is "he" or "she": the name it stands for, when the sentence plainly
    /// names that person before it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub refers_to: Option<Span>,
    /// Speech, or a quoted term (a word or short phrase mentioned or scare-quoted, with no
    /// speaker expected).
    pub kind: QuoteKind,
}

/// What a quotation is: someone's words, or a term set in quotation marks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    #[default]
    Speech,
    Term,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Stats {
    pub bytes: usize,
    pub words: usize,
    pub sentences: usize,
    pub paragraphs: usize,
    pub quotes: usize,
    pub quoted_words: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct CategoryScore {
    pub count: usize,
    /// Sum of flag weights times their confidence (quoted, attributed and doubtful flags count
    /// for less).
    pub weighted: f64,
    /// Flags per 1,000 words.
    pub per_1000_words: f64,
    /// Weighted flags per 1,000 words.
    pub weighted_per_1000_words: f64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Scores {
    /// 0 (neutral) to 100 (heavily slanted); see `score.rs` and README for the formula.
    pub overall: f64,
    pub loaded_language: CategoryScore,
    pub anonymous_source: CategoryScore,
    pub unattributed_assertion: CategoryScore,
}

impl Scores {
    pub fn category(&self, c: Category) -> &CategoryScore {
        match c {
            Category::LoadedLanguage => &self.loaded_language,
            Category::AnonymousSource => &self.anonymous_source,
            Category::UnattributedAssertion => &self.unattributed_assertion,
        }
    }
    pub(crate) fn category_mut(&mut self, c: Category) -> &mut CategoryScore {
        match c {
            Category::LoadedLanguage => &mut self.loaded_language,
            Category::AnonymousSource => &mut self.anonymous_source,
            Category::UnattributedAssertion => &mut self.unattributed_assertion,
        }
    }
}

impl Report {
    /// Drops the flags whose confidence is below `min` and scores what is left, as if they had
    /// never been found.
    pub fn keep_confident(&mut self, min: f64) {
        if min <= 0.0 {
            return;
        }
        self.flags.retain(|f| f.confidence >= min);
        self.scores = crate::score::compute(&self.flags, self.stats.words);
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub schema_version: u32,
    pub id: Option<String>,
    pub stats: Stats,
    pub scores: Scores,
    /// Sorted by start, then end.
    pub flags: Vec<Flag>,
    pub sentences: Vec<SentenceInfo>,
    pub quotes: Vec<QuoteInfo>,
    /// Who the article talks about and what it calls them (when `Options::actors` is on).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actors: Option<Vec<crate::frame::Actor>>,
}

/// Moves every byte offset of a report `by` bytes later: for a text analysed without a prefix
/// (the byte-order mark) that the caller's offsets count.
pub(crate) fn shift_offsets(report: &mut Report, by: usize) {
    fn span(s: &mut Span, by: usize) {
        s.start += by;
        s.end += by;
    }
    for f in &mut report.flags {
        f.start += by;
        f.end += by;
        f.speaker
            .iter_mut()
            .chain(&mut f.linked)
            .for_each(|s| span(s, by));
        for t in &mut f.triggers {
            t.start += by;
            t.end += by;
        }
    }
    for s in &mut report.sentences {
        s.start += by;
        s.end += by;
        if let Some(t) = &mut s.attribution {
            t.start += by;
            t.end += by;
        }
    }
    for q in &mut report.quotes {
        q.start += by;
        q.end += by;
        q.speaker.iter_mut().for_each(|s| span(s, by));
    }
    for a in report.actors.iter_mut().flatten() {
        for m in &mut a.mentions {
            m.start += by;
            m.end += by;
        }
        for l in &mut a.labels {
            l.start += by;
            l.end += by;
            l.speaker.iter_mut().for_each(|s| span(s, by));
        }
        for f in &mut a.flags {
            f.start += by;
            f.end += by;
        }
    }
}
