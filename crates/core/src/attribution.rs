//! Who says what: attribution cues, quotation speakers, labels the text attributes to someone,
//! and which sentences are carried by an attribution. Detectors read this; it flags nothing.

use crate::lexicon::{Lexicon, Match};
use crate::report::Category;
use crate::segment::{Document, TokenKind};
use crate::wordlist::ListCategory;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// said, told, according to, claimed, critics say...
    Cue,
    /// believes, wants, supports, a poll shows: the sentence reports someone's view, but the
    /// word does not introduce a speaker (so it neither finds quotation speakers nor sources).
    Stance,
    /// read, continued: a cue only right after a quotation ("…," read the statement).
    QuoteCue,
    /// declared, designated, branded...: a following label is someone else's word.
    Labelling,
    /// Never flag what this matches.
    Allow,
    Other,
}

pub fn role(lex: &Lexicon, m: &Match) -> Role {
    let e = lex.entry(m);
    match (e.category, e.entry.kind.as_str()) {
        (ListCategory::Cue, "attribution_cue") => Role::Cue,
        (ListCategory::Cue, "quote_cue") => Role::QuoteCue,
        (ListCategory::Cue, "stance_cue") => Role::Stance,
        (ListCategory::Cue, "labelling_verb") => Role::Labelling,
        (ListCategory::Cue, "allow") => Role::Allow,
        (ListCategory::Flag(Category::LoadedLanguage), "attribution_verb") => Role::Cue,
        (ListCategory::Flag(Category::AnonymousSource), "vague_attribution") => Role::Cue,
        _ => Role::Other,
    }
}

#[derive(Debug)]
pub struct Attribution {
    /// Per sentence: quoted speech, or carries an attribution cue.
    pub attributed: Vec<bool>,
    /// Per attributed sentence: why, as (token range, rule) — the first cue, or a built-in rule.
    pub reasons: Vec<Option<(std::ops::Range<usize>, String)>>,
    /// Per sentence: at least half its words are inside quotation marks.
    pub quoted: Vec<bool>,
    /// Per quotation: token range of the speaker, when the text says who spoke.
    pub speakers: Vec<Option<std::ops::Range<usize>>>,
    /// Token ranges of cues (outside quotations), in order.
    pub cues: Vec<std::ops::Range<usize>>,
    /// Token ranges of labelling verbs.
    pub labelling: Vec<usize>,
    /// First tokens of stance cues (outside quotations).
    pub stance: Vec<usize>,
    /// Token ranges never to flag, in text order.
    pub allowed: Vec<std::ops::Range<usize>>,
    /// `allowed_reach[i]`: the furthest end of `allowed[..=i]`, so that `is_allowed` is a
    /// binary search, not a scan of every allowed range per match (an allow entry `the` made that
    /// quadratic).
    allowed_reach: Vec<usize>,
}

/// Quoted words from which a sentence counts as reporting someone's words.
const QUOTED_CLAUSE_WORDS: usize = 5;

/// Words that end a speaker's noun phrase.
const NP_STOP: &[&str] = &[
    "on",
    "in",
    "at",
    "during",
    "after",
    "before",
    "when",
    "while",
    "who",
    "which",
    "that",
    "as",
    "to",
    "from",
    "with",
    "and",
    "but",
    "because",
    "if",
    "said",
    "says",
    "told",
    "added",
    "was",
    "is",
    "has",
    "had",
    "have",
    "will",
    "would",
    "also",
    "later",
    "earlier",
    "then",
    "today",
    "yesterday",
    "recently",
];

impl Attribution {
    /// Whether an allow entry overlaps tokens `r` (allowed ranges start in text order).
    pub fn is_allowed(&self, r: std::ops::Range<usize>) -> bool {
        let before_end = self.allowed.partition_point(|a| a.start < r.end);
        before_end > 0 && self.allowed_reach[before_end - 1] > r.start
    }

    pub fn new(doc: &Document, lex: &Lexicon, matches: &[Match]) -> Attribution {
        let nsent = doc.sentences.len();
        let mut a = Attribution {
            attributed: vec![false; nsent],
            reasons: vec![None; nsent],
            quoted: vec![false; nsent],
            speakers: vec![None; doc.quotes.len()],
            cues: Vec::new(),
            labelling: Vec::new(),
            stance: Vec::new(),
            allowed: Vec::new(),
            allowed_reach: Vec::new(),
        };
        for m in matches {
            let outside = doc.tokens[m.start].quote.is_none();
            let attributes = match role(lex, m) {
                Role::Cue if outside => {
                    a.cues.push(m.start..m.end);
                    true
                }
                Role::QuoteCue if outside && after_quote(doc, m.start) => {
                    a.cues.push(m.start..m.end);
                    true
                }
                // Labelling verbs and stance cues report someone's words or views too ("critics
                // called the plan a bailout", "voters believe the economy is improving").
                Role::Labelling if outside => {
                    a.labelling.push(m.start);
                    true
                }
                Role::Stance if outside => {
                    a.stance.push(m.start);
                    true
                }
                Role::Allow => {
                    let reach = a.allowed_reach.last().map_or(m.end, |&r| r.max(m.end));
                    a.allowed.push(m.start..m.end);
                    a.allowed_reach.push(reach);
                    false
                }
                _ => false,
            };
            if attributes {
                let si = doc.tokens[m.start].sentence as usize;
                a.attribute(si, m.start..m.end, &lex.entry(m).rule);
            }
        }
        for (si, s) in doc.sentences.iter().enumerate() {
            let (mut words, mut quoted) = (0usize, 0usize);
            for t in &doc.tokens[s.tokens.clone()] {
                if t.kind != TokenKind::Punct {
                    words += 1;
                    quoted += t.quote.is_some() as usize;
                }
            }
            let first_quoted = || {
                let i = s.tokens.clone().find(|&i| doc.tokens[i].quote.is_some());
                i.map_or(s.tokens.start..s.tokens.start + 1, |i| i..i + 1)
            };
            if words > 0 && quoted * 2 >= words {
                a.quoted[si] = true;
                a.attribute(si, first_quoted(), "rule:quoted-speech");
            } else if quoted >= QUOTED_CLAUSE_WORDS {
                // Quoting a whole clause reports someone's words, even with no cue beside it;
                // shorter quotations are often scare quotes or titles.
                a.attribute(si, first_quoted(), "rule:quoted-clause");
            }
        }
        let regions = other_voices(doc);
        for (si, s) in doc.sentences.iter().enumerate() {
            if a.attributed[si] {
                continue;
            }
            if let Some(rule) = region_of(&regions, s.start) {
                a.attribute(si, s.tokens.clone(), rule);
            } else if colon_attribution(doc, s.tokens.clone()) {
                a.attribute(si, s.tokens.clone(), "rule:colon-attribution");
            } else if dash_signoff(doc, s.tokens.clone()) {
                a.attribute(si, s.tokens.clone(), "rule:dash-signoff");
            }
        }
        a.find_speakers(doc);
        a
    }

    /// Marks sentence `si` attributed, keeping the first reason found.
    fn attribute(&mut self, si: usize, tokens: std::ops::Range<usize>, rule: &str) {
        self.attributed[si] = true;
        if self.reasons[si].is_none() {
            self.reasons[si] = Some((tokens, rule.to_string()));
        }
    }

    pub fn is_cue_start(&self, tok: usize) -> Option<&std::ops::Range<usize>> {
        self.cues
            .binary_search_by(|c| c.start.cmp(&tok))
            .ok()
            .map(|i| &self.cues[i])
    }

    /// The cue whose range contains `tok`, if any.
    pub fn cue_at(&self, tok: usize) -> Option<&std::ops::Range<usize>> {
        let i = self.cues.partition_point(|c| c.start <= tok);
        i.checked_sub(1)
            .map(|i| &self.cues[i])
            .filter(|c| c.contains(&tok))
    }

    fn find_speakers(&mut self, doc: &Document) {
        for qi in 0..doc.quotes.len() {
            let q = &doc.quotes[qi];
            if q.nested {
                continue;
            }
            let sp = self
                .speaker_after(doc, qi)
                .and_then(|r| plausible_speaker(doc, r))
                .or_else(|| {
                    self.speaker_before(doc, qi)
                        .and_then(|r| plausible_speaker(doc, r))
                });
            let sp = sp.or_else(|| {
                // A paragraph that continues a quotation keeps its speaker.
                (q.continued && qi > 0)
                    .then(|| self.speakers[qi - 1].clone())
                    .flatten()
            });
            self.speakers[qi] = sp;
        }
        // A multi-paragraph quotation often names its speaker only at the end.
        for qi in (0..doc.quotes.len()).rev() {
            if self.speakers[qi].is_none() && doc.quotes[qi].continues {
                if let Some(next) = (qi + 1..doc.quotes.len()).find(|&n| !doc.quotes[n].nested) {
                    self.speakers[qi] = self.speakers[next].clone();
                }
            }
        }
    }

    /// `"…," said Smith` / `"…," the official said` / `"…," IRIB quoted the official as saying`.
    fn speaker_after(&self, doc: &Document, qi: usize) -> Option<std::ops::Range<usize>> {
        let q = &doc.quotes[qi];
        let mut j = q.after;
        let sent = doc.tokens.get(q.tokens.end)?.sentence;
        while doc
            .tokens
            .get(j)
            .is_some_and(|t| t.kind == TokenKind::Punct && doc.norm(t) == ",")
        {
            j += 1;
        }
        let same = |i: usize| doc.tokens.get(i).is_some_and(|t| t.sentence == sent);
        if !same(j) {
            return None;
        }
        if let Some(c) = self.is_cue_start(j) {
            return noun_phrase_right(doc, c.end);
        }
        // Subject then cue, within a few words.
        let mut k = j;
        while k < j + 7 && same(k) {
            if let Some(c) = self.is_cue_start(k) {
                if k == j {
                    return None;
                }
                let cue = doc.norm_at(c.start);
                if matches!(cue, "quoted" | "quoting" | "cited" | "citing") {
                    let np = noun_phrase_right(doc, c.end)?;
                    return Some(np);
                }
                return Some(j..k);
            }
            if doc.tokens[k].kind == TokenKind::Punct && doc.norm_at(k) != "." {
                return None;
            }
            k += 1;
        }
        None
    }

    /// `Smith said: "…"` / `Smith told reporters, "…"`.
    fn speaker_before(&self, doc: &Document, qi: usize) -> Option<std::ops::Range<usize>> {
        let q = &doc.quotes[qi];
        let open = q.tokens.start.checked_sub(1)?;
        let sent = doc.tokens[open].sentence;
        let s = &doc.sentences[sent as usize];
        let lo = s.tokens.start.max(open.saturating_sub(5));
        let cue = (lo..open)
            .rev()
            .find_map(|k| self.cue_at(k).filter(|c| c.start >= lo).cloned())?;
        let mut start = cue.start;
        while start > s.tokens.start && cue.start - start < 6 {
            let t = doc.tokens[start - 1];
            if t.kind == TokenKind::Punct || NP_STOP.contains(&doc.norm(&t)) || t.quote.is_some() {
                break;
            }
            start -= 1;
        }
        (start < cue.start).then_some(start..cue.start)
    }
}

/// The quotation mark before `tok`, perhaps after a comma: a `quote_cue` counts only there.
fn after_quote(doc: &Document, tok: usize) -> bool {
    let mut k = tok;
    while k > 0 && k + 3 > tok {
        k -= 1;
        let n = doc.norm_at(k);
        if matches!(n, "\"" | "”" | "'" | "’") {
            return true;
        }
        if n != "," {
            return false;
        }
    }
    false
}

/// A short noun phrase starting at `from`: determiners, modifiers, names; ends at a stop word.
pub fn noun_phrase_right(doc: &Document, from: usize) -> Option<std::ops::Range<usize>> {
    let sent = doc.tokens.get(from)?.sentence;
    let mut end = from;
    while end < from + 8 {
        let Some(t) = doc.tokens.get(end) else { break };
        if t.sentence != sent || t.kind == TokenKind::Punct || NP_STOP.contains(&doc.norm(t)) {
            break;
        }
        end += 1;
    }
    (end > from).then_some(from..end)
}

/// Capitalized words before a colon that label page furniture, not a speaker.
const COLON_LABELS: &[&str] = &[
    "source",
    "sources",
    "contributing",
    "correction",
    "corrections",
    "clarification",
    "note",
    "byline",
    "dateline",
    "email",
    "e-mail",
    "twitter",
    "facebook",
    "instagram",
    "online",
    "previously",
    "related",
    "transcript",
    "photo",
    "photos",
    "credit",
    "credits",
    "video",
    "watch",
    "listen",
    "latest",
    "notice",
    "follow",
    "subscribe",
    "contact",
    "tags",
    "topics",
    "filed",
];

/// A speaker's name and a colon open the sentence ("Graham: The party is in trouble."), or a colon
/// introduces a quotation ("The statement read: \"…\""): both attribute what follows.
fn colon_attribution(doc: &Document, toks: std::ops::Range<usize>) -> bool {
    let mut names = 0;
    for i in toks.clone().take(7) {
        let t = &doc.tokens[i];
        let n = doc.norm(t);
        if n == ":" {
            // Something must follow: "CORRECTION:" alone introduces nothing anyone said.
            let more = (i + 1..toks.end).any(|k| doc.tokens[k].kind != TokenKind::Punct);
            return names > 0 && more;
        }
        match t.kind {
            // Page furniture ("Contributing: …", "Source: …", "The Latest: …") is no speaker.
            TokenKind::Word if COLON_LABELS.contains(&n) => return false,
            TokenKind::Word if t.cap => names += 1,
            TokenKind::Punct if matches!(n, "." | "'" | "’") => {}
            _ => break,
        }
    }
    toks.clone().any(|i| {
        doc.norm_at(i) == ":"
            && i + 1 < toks.end
            && matches!(doc.norm_at(i + 1), "\"" | "“" | "'" | "‘")
    })
}

/// A sentence signed off with a dash and a name ("… the vote was rigged. ― Jane Roe") is that
/// person's words.
fn dash_signoff(doc: &Document, toks: std::ops::Range<usize>) -> bool {
    let mut names = 0;
    for i in toks.clone().rev() {
        let t = &doc.tokens[i];
        match t.kind {
            TokenKind::Word if t.cap => names += 1,
            TokenKind::Punct if matches!(doc.norm(t), "―" | "—" | "–" | "--") => {
                return (1..=4).contains(&names) && i > toks.start;
            }
            TokenKind::Punct if names == 0 => {} // trailing full stop or closing mark
            _ => return false,
        }
        if names > 4 {
            return false;
        }
    }
    false
}

/// Headings after which the text is readers' comments, not the outlet's report.
const COMMENT_HEADINGS: &[&str] = &[
    "comments",
    "reader comments",
    "readers' comments",
    "readers’ comments",
    "your comments",
    "what readers say",
    "what our readers say",
    "join the conversation",
    "reader reactions",
    "letters",
    "letters to the editor",
];

/// Headings of a signed piece by someone other than the outlet's reporters.
const COLUMN_HEADINGS: &[&str] = &[
    "guest column",
    "guest opinion",
    "guest commentary",
    "guest post",
    "op-ed",
    "opinion column",
    "viewpoint",
    "my view",
    "letter to the editor",
];

/// Byte ranges of text in other voices, each with the rule that says whose: embedded posts
/// (`<tweet …>…</tweet>`), readers' comments under a comments heading, and a signed column under
/// a column heading ("Guest column" then "By Jane Roe"). Sorted and disjoint.
fn other_voices(doc: &Document) -> Vec<(std::ops::Range<usize>, &'static str)> {
    let text = doc.text;
    let mut out: Vec<(std::ops::Range<usize>, &'static str)> = Vec::new();
    // Most texts have no tag at all: one vectorised search for '<' says so.
    let mut from = if text.contains('<') { 0 } else { text.len() };
    while let Some(open) = text[from..].find("<tweet").map(|k| k + from) {
        let Some(close) = text[open..]
            .find("</tweet>")
            .map(|k| k + open + "</tweet>".len())
        else {
            break;
        };
        out.push((open..close, "rule:embedded-post"));
        from = close;
    }
    for (pi, p) in doc.paragraphs.iter().enumerate() {
        // Headings are short: test the length before copying anything.
        let heading = text[p.clone()]
            .trim()
            .trim_end_matches(':')
            .trim_end_matches(|c: char| c.is_ascii_digit() || c == '(' || c == ')' || c == ' ');
        if heading.len() > 40 {
            continue;
        }
        let heading = heading.to_lowercase();
        let rest = p.end..text.len();
        if COMMENT_HEADINGS.contains(&heading.as_str()) {
            out.push((rest, "rule:readers-comments"));
            break;
        }
        let signed = doc.paragraphs.get(pi + 1).is_some_and(|n| {
            let n = &text[n.clone()];
            n.starts_with("By ") && n[3..].starts_with(|c: char| c.is_uppercase())
        });
        if signed && COLUMN_HEADINGS.contains(&heading.as_str()) {
            out.push((rest, "rule:signed-column"));
            break;
        }
    }
    out.sort_by_key(|(r, _)| r.start);
    // A comments block swallows any embedded posts inside it.
    out.dedup_by(|b, a| b.0.start < a.0.end);
    out
}

/// The rule of the other-voice region holding byte `at`, if any.
fn region_of(
    regions: &[(std::ops::Range<usize>, &'static str)],
    at: usize,
) -> Option<&'static str> {
    let i = regions.partition_point(|(r, _)| r.end <= at);
    regions
        .get(i)
        .filter(|(r, _)| r.start <= at)
        .map(|(_, rule)| *rule)
}

/// A speaker is a noun phrase: adverbs at its edges go ("said quickly"), and a phrase that opens
/// a new clause ("while the party said") or holds a verb ("I am") is no speaker.
fn plausible_speaker(
    doc: &Document,
    mut r: std::ops::Range<usize>,
) -> Option<std::ops::Range<usize>> {
    let adverb = |k: usize| {
        let t = &doc.tokens[k];
        let n = doc.norm(t);
        !t.cap && n.len() > 4 && n.ends_with("ly") && !matches!(n, "family" | "ally" | "italy")
    };
    while r.start < r.end && adverb(r.start) {
        r.start += 1;
    }
    while r.end > r.start && adverb(r.end - 1) {
        r.end -= 1;
    }
    if r.is_empty() {
        return None;
    }
    let opens_clause = matches!(
        doc.norm_at(r.start),
        "while"
            | "whereas"
            | "but"
            | "and"
            | "as"
            | "because"
            | "although"
            | "though"
            | "when"
            | "if"
    );
    let holds_verb = r.clone().any(|k| {
        matches!(
            doc.norm_at(k),
            "am" | "is" | "are" | "was" | "were" | "be" | "been" | "i'm" | "it's" | "we're"
        )
    });
    (!opens_clause && !holds_verb).then_some(r)
}
