//! The text model: one pass over the text builds paragraphs, word tokens, quotations and
//! sentences, which every detector then reads. Offsets are UTF-8 byte offsets (half-open).

use crate::abbrev;

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

#[derive(Debug)]
pub struct Document<'t> {
    pub text: &'t str,
    norms: String,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub paragraphs: Vec<std::ops::Range<usize>>,
    pub quotes: Vec<Quote>,
}

impl<'t> Document<'t> {
    /// Lowercased form of a token, with curly apostrophes straightened and a possessive 's dropped.
    pub fn norm(&self, t: &Token) -> &str {
        &self.norms[t.norm_start as usize..t.norm_end as usize]
    }
    pub fn norm_at(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| self.norm(t))
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
        let mut doc = Document {
            text,
            norms: String::with_capacity(text.len()),
            tokens: Vec::with_capacity(text.len() / 5),
            sentences: Vec::new(),
            paragraphs: Vec::new(),
            quotes: Vec::new(),
        };
        doc.paragraphs = paragraphs(text);
        let paras = std::mem::take(&mut doc.paragraphs);
        let mut carry_quote = false;
        for (pi, p) in paras.iter().enumerate() {
            let first = doc.tokens.len();
            tokenize_into(text, p.clone(), &mut doc.norms, &mut doc.tokens);
            let last = doc.tokens.len();
            let next_opens = paras.get(pi + 1).is_some_and(|n| {
                text[n.clone()].trim_start().starts_with(['"', '“'])
                    || text[n.clone()].trim_start().starts_with("''")
            });
            carry_quote = find_quotes(&mut doc, first..last, carry_quote, next_opens, p.end);
            split_sentences(&mut doc, first..last, pi);
        }
        doc.paragraphs = paras;
        doc
    }
}

/// Paragraphs are separated by blank lines, and by a line break unless the next line looks like
/// the continuation of a hard-wrapped line (starts lowercase, or the line before ends mid-clause).
fn paragraphs(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut cur: Option<std::ops::Range<usize>> = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
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

/// Appends the tokens of `range` to `tokens`, writing their normal forms into `norms`.
fn tokenize_into(
    text: &str,
    range: std::ops::Range<usize>,
    norms: &mut String,
    tokens: &mut Vec<Token>,
) {
    let s = &text[range.clone()];
    let base = range.start;
    let mut it = s.char_indices().peekable();
    let mut space_before = true;
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            space_before = true;
            continue;
        }
        let start = i;
        let mut end = i + c.len_utf8();
        let kind;
        if c.is_alphanumeric() {
            kind = if c.is_ascii_digit() {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            let mut prev = c;
            // Joiners ('-', '.', apostrophes, ',' between digits) stay inside a word only when an
            // alphanumeric char follows, so "U.S", "3.5", "don't", "proxy-army" are one token.
            while let Some(&(j, d)) = it.peek() {
                if d.is_alphanumeric() || d == '\u{AD}' {
                    it.next();
                    end = j + d.len_utf8();
                    prev = d;
                    continue;
                }
                let after = s[j + d.len_utf8()..].chars().next().unwrap_or(' ');
                let joins = match d {
                    '-' | '‑' | '\'' | '’' => after.is_alphanumeric(),
                    '.' => prev.is_alphanumeric() && after.is_alphanumeric(),
                    ',' => prev.is_ascii_digit() && after.is_ascii_digit(),
                    _ => false,
                };
                if !joins {
                    break;
                }
                it.next();
                end = j + d.len_utf8();
                prev = d;
            }
        } else {
            kind = TokenKind::Punct;
        }
        let tok_text = &s[start..end];
        let norm_start = norms.len();
        for ch in tok_text.chars() {
            match ch {
                '’' | '‘' => norms.push('\''),
                '‑' => norms.push('-'),
                '\u{AD}' => {}
                c if c.is_ascii() => norms.push(c.to_ascii_lowercase()),
                c => norms.extend(c.to_lowercase()),
            }
        }
        if kind == TokenKind::Word && norms.len() - norm_start > 3 && norms.ends_with("'s") {
            norms.truncate(norms.len() - 2);
        }
        tokens.push(Token {
            start: (base + start) as u32,
            end: (base + end) as u32,
            norm_start: norm_start as u32,
            norm_end: norms.len() as u32,
            kind,
            cap: c.is_uppercase(),
            space_before,
            quote: None,
            sentence: 0,
        });
        space_before = false;
    }
}

fn is_double_open(c: char) -> bool {
    matches!(c, '“' | '„' | '«')
}
fn is_double_close(c: char) -> bool {
    matches!(c, '”' | '»')
}
fn first_char(s: &str) -> char {
    s.chars().next().unwrap_or(' ')
}

/// Finds quotations among the tokens of one paragraph and marks the tokens they contain.
/// Returns whether a double quotation is left open into the next paragraph.
fn find_quotes(
    doc: &mut Document,
    toks: std::ops::Range<usize>,
    carried: bool,
    next_opens: bool,
    para_end: usize,
) -> bool {
    let text = doc.text;
    // The opening double mark: (its last token, its first byte). NYT-style text writes a double
    // quotation mark as two apostrophes (''), so a mark may be two tokens.
    let mut open_double: Option<(usize, usize)> = None;
    let mut open_single: Option<usize> = None;
    let mut spans: Vec<(usize, usize, usize, usize, bool, bool)> = Vec::new(); // (open tok, close tok(excl), start, end, closed, nested)
    let mut para_first_quote = true;
    let mut skip_to = 0;
    for i in toks.clone() {
        if i < skip_to {
            continue;
        }
        let t = doc.tokens[i];
        if t.kind != TokenKind::Punct {
            continue;
        }
        let mut c = first_char(&text[t.range()]);
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
            let opening = match c {
                '"' => open_double.is_none(),
                c => is_double_open(c),
            };
            if opening && open_double.is_none() {
                open_double = Some((mark_end, t.start as usize));
            } else if !opening || open_double.is_some() {
                if let Some((o, o_start)) = open_double.take() {
                    if let Some(s) = open_single.take() {
                        if s > o {
                            spans.push((
                                s,
                                i,
                                doc.tokens[s].start as usize,
                                t.start as usize,
                                false,
                                true,
                            ));
                        } else {
                            open_single = Some(s);
                        }
                    }
                    spans.push((o, i, o_start, mark_end_byte, true, false));
                } else if para_first_quote && carried {
                    // A closing mark with no opener in a carried-over quotation: leave as is.
                }
                if opening {
                    // Curly opener while open: the earlier one was never closed; restart here.
                    open_double = Some((mark_end, t.start as usize));
                }
            }
            para_first_quote = false;
        } else if c == '\'' || c == '‘' || c == '’' {
            let can_open = (c != '’') && (!prev_word || i == toks.start) && next_adjacent;
            let can_close = (c != '‘')
                && prev_word
                && !next.is_some_and(|n| next_adjacent && n.kind != TokenKind::Punct);
            if can_close && open_single.is_some() {
                let s = open_single.take().unwrap_or(i);
                let nested = open_double.is_some_and(|(o, _)| o < s);
                spans.push((
                    s,
                    i,
                    doc.tokens[s].start as usize,
                    t.end as usize,
                    true,
                    nested,
                ));
            } else if can_open {
                open_single = Some(i);
            }
        }
    }
    let mut continues = false;
    if let Some((o, o_start)) = open_double {
        continues = next_opens;
        spans.push((o, toks.end, o_start, para_end, false, false));
    }
    spans.sort_by_key(|s| (s.2, std::cmp::Reverse(s.3)));
    for (o, c, start, end, closed, nested) in spans {
        let qi = doc.quotes.len() as u32;
        let inner = o + 1..c;
        // First token after the closing mark, which may be two apostrophes.
        let two_apostrophes = |k: usize| {
            let t = &doc.tokens[k];
            doc.text[t.range()] == *"'"
                && doc
                    .tokens
                    .get(k + 1)
                    .is_some_and(|n| n.start == t.end && doc.text[n.range()] == *"'")
        };
        let after = if !closed {
            c
        } else if !nested && two_apostrophes(c) {
            c + 2
        } else {
            c + 1
        };
        for t in &mut doc.tokens[inner.clone()] {
            t.quote = Some(qi);
        }
        let is_cont = !nested
            && carried
            && doc.quotes.last().is_some_and(|q| q.continues)
            && o == first_punct(doc, &toks);
        doc.quotes.push(Quote {
            start,
            end,
            tokens: inner,
            after,
            continues: !closed && !nested && continues,
            continued: is_cont,
            closed,
            nested,
        });
    }
    continues
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
    while i < toks.end {
        let t = doc.tokens[i];
        let c = first_char(&text[t.range()]);
        let mut boundary = false;
        let mut last = i;
        if t.kind == TokenKind::Punct && is_terminal(c) {
            // Absorb further terminals ("?!", "...") and closing quotes/brackets.
            while last + 1 < toks.end {
                let n = doc.tokens[last + 1];
                let nc = first_char(&text[n.range()]);
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
                    let nt = &text[n.range()];
                    let nc = first_char(nt);
                    let starts = n.cap
                        || n.kind == TokenKind::Number
                        || matches!(nc, '"' | '“' | '‘' | '(' | '\'' | '—' | '-');
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
    let prev = doc.tokens[dot - 1];
    if prev.end != doc.tokens[dot].start || prev.kind == TokenKind::Punct {
        return true;
    }
    let word = doc.norm(&prev);
    let next_norm = doc.norm(next);
    let starter = abbrev::SENTENCE_STARTERS.contains(&next_norm);
    if abbrev::TITLES.contains(&word) {
        return false;
    }
    if abbrev::MONTHS.contains(&word) && next.kind == TokenKind::Number {
        return false;
    }
    let single_letter = word.chars().count() == 1 && prev.cap;
    let dotted = word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.');
    if single_letter || dotted || abbrev::OTHER.contains(&word) {
        return starter;
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
    let mut norms = String::new();
    let mut toks = Vec::new();
    tokenize_into(term, 0..term.len(), &mut norms, &mut toks);
    toks.iter()
        .map(|t| norms[t.norm_start as usize..t.norm_end as usize].to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sents(text: &str) -> Vec<&str> {
        let d = Document::new(text);
        d.sentences.iter().map(|s| &text[s.start..s.end]).collect()
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
    fn abbreviation_before_a_sentence_starter_splits() {
        assert_eq!(
            sents("He flew to the U.S. The trip was long."),
            vec!["He flew to the U.S.", "The trip was long."]
        );
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
}
