//! A report in bytes, for the trip from the analysis worker to the page: numbers as varints and
//! each distinct string once (a long article repeats the same rules, messages and words
//! thousands of times). Both ends are this same module, so the form is private to the page;
//! decoding still checks every read and returns an error, never panics, on damaged input.
//!
//! Not carried: `actors` (the page asks for actors on its own thread, see `worker.rs`).

use rustc_hash::FxHashMap as HashMap;
use std::rc::Rc;

use slant_core::report::{
    CategoryScore, QuoteInfo, QuoteKind, Scores, SentenceInfo, Span, Stats, Trigger, SCHEMA_VERSION,
};
use slant_core::{Category, Flag, Report, Voice};

/// Bumped when the form changes (the worker and the page always come from one build, but a
/// cached worker script could be older than the page).
const FORM: usize = 2;

#[derive(Default)]
struct Writer {
    out: Vec<u8>,
    /// Owned keys: `(String, usize)` is the core's map type, so the page carries one hash
    /// table's code for both (a string is copied once, when first sent).
    seen: HashMap<String, usize>,
}

impl Writer {
    fn u(&mut self, mut v: usize) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.out.push(b);
                return;
            }
            self.out.push(b | 0x80);
        }
    }
    fn f(&mut self, v: f64) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }
    fn b(&mut self, v: bool) {
        self.u(v as usize);
    }
    /// 0 and the bytes for a string not seen before; else 1 + its index among those sent.
    fn s(&mut self, v: &str) {
        if let Some(&i) = self.seen.get(v) {
            self.u(i + 1);
            return;
        }
        self.seen.insert(v.to_string(), self.seen.len());
        self.u(0);
        self.u(v.len());
        self.out.extend_from_slice(v.as_bytes());
    }
    fn span(&mut self, v: &Option<Span>) {
        match v {
            None => self.u(0),
            Some(s) => {
                self.u(1);
                self.u(s.start);
                self.u(s.end);
                self.s(&s.text);
            }
        }
    }
    fn trigger(&mut self, t: &Trigger) {
        self.u(t.start);
        self.u(t.end);
        self.s(&t.text);
        self.s(&t.rule);
    }
    fn score(&mut self, c: &CategoryScore) {
        self.u(c.count);
        self.f(c.weighted);
        self.f(c.per_1000_words);
        self.f(c.weighted_per_1000_words);
    }
}

struct Reader<'a> {
    data: &'a [u8],
    at: usize,
    /// Where each string sent so far lies in `data` (checked as UTF-8 when first read).
    strings: Vec<(usize, usize)>,
}

type Res<T> = Result<T, String>;

impl<'a> Reader<'a> {
    fn u(&mut self) -> Res<usize> {
        let mut v: usize = 0;
        let mut shift = 0;
        loop {
            let b = *self.data.get(self.at).ok_or("the report ends early")?;
            self.at += 1;
            if shift >= usize::BITS {
                return Err("a number in the report is too large".into());
            }
            v |= ((b & 0x7f) as usize) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
            shift += 7;
        }
    }
    fn take(&mut self, n: usize) -> Res<&'a [u8]> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.data.len());
        let end = end.ok_or("the report ends early")?;
        let bytes = &self.data[self.at..end];
        self.at = end;
        Ok(bytes)
    }
    fn f(&mut self) -> Res<f64> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(f64::from_le_bytes(a))
    }
    fn b(&mut self) -> Res<bool> {
        Ok(self.u()? != 0)
    }
    fn s(&mut self) -> Res<String> {
        let i = self.u()?;
        if i > 0 {
            let &(from, to) = self
                .strings
                .get(i - 1)
                .ok_or("a string index is out of range")?;
            let bytes = self.data.get(from..to).unwrap_or_default();
            return Ok(String::from_utf8_lossy(bytes).into_owned());
        }
        let n = self.u()?;
        let from = self.at;
        let s = std::str::from_utf8(self.take(n)?).map_err(|_| "a string is not UTF-8")?;
        self.strings.push((from, from + n));
        Ok(s.to_string())
    }
    /// A count of items to read, each at least one byte: bounds allocation on damaged input.
    fn len(&mut self) -> Res<usize> {
        let n = self.u()?;
        if n > self.data.len() - self.at {
            return Err("a count in the report is too large".into());
        }
        Ok(n)
    }
    fn span(&mut self) -> Res<Option<Span>> {
        Ok(match self.u()? {
            0 => None,
            _ => Some(Span {
                start: self.u()?,
                end: self.u()?,
                text: self.s()?,
            }),
        })
    }
    fn trigger(&mut self) -> Res<Trigger> {
        Ok(Trigger {
            start: self.u()?,
            end: self.u()?,
            text: self.s()?,
            rule: self.s()?,
        })
    }
    fn score(&mut self) -> Res<CategoryScore> {
        Ok(CategoryScore {
            count: self.u()?,
            weighted: self.f()?,
            per_1000_words: self.f()?,
            weighted_per_1000_words: self.f()?,
        })
    }
}

fn category_code(c: Category) -> usize {
    Category::ALL.iter().position(|&x| x == c).unwrap_or(0)
}

const VOICES: [Voice; 3] = [Voice::Outlet, Voice::Attributed, Voice::Quoted];

pub fn encode(r: &Report) -> Vec<u8> {
    let mut w = Writer::default();
    w.u(FORM);
    match &r.id {
        None => w.u(0),
        Some(id) => {
            w.u(1);
            w.s(id);
        }
    }
    let st = &r.stats;
    for v in [
        st.bytes,
        st.words,
        st.sentences,
        st.paragraphs,
        st.quotes,
        st.quoted_words,
    ] {
        w.u(v);
    }
    w.f(r.scores.overall);
    for c in Category::ALL {
        w.score(r.scores.category(c));
    }
    w.u(r.flags.len());
    for f in &r.flags {
        w.u(category_code(f.category));
        w.s(&f.kind);
        w.u(f.start);
        w.u(f.end);
        w.u(f.line);
        w.u(f.column);
        w.s(&f.text);
        w.s(&f.message);
        w.u(f.suggestions.len());
        for s in &f.suggestions {
            w.s(s);
        }
        w.s(&f.rule);
        w.b(f.in_quote);
        w.u(VOICES.iter().position(|&v| v == f.voice).unwrap_or(0));
        w.span(&f.speaker);
        w.f(f.weight);
        w.f(f.confidence);
        w.u(f.triggers.len());
        for t in &f.triggers {
            w.trigger(t);
        }
        w.span(&f.linked);
    }
    w.u(r.sentences.len());
    for s in &r.sentences {
        w.u(s.start);
        w.u(s.end);
        w.b(s.attributed);
        w.b(s.quoted);
        match &s.attribution {
            None => w.u(0),
            Some(t) => {
                w.u(1);
                w.trigger(t);
            }
        }
    }
    w.u(r.quotes.len());
    for q in &r.quotes {
        w.u(q.start);
        w.u(q.end);
        w.span(&q.speaker);
        w.span(&q.refers_to);
        w.b(q.kind == QuoteKind::Term);
    }
    w.out
}

/// `encode`, followed by the text analysed: the page gets it back as UTF-8, which costs far
/// less than encoding its own JavaScript copy again (about 2 ms against 20-50 ms for 2 MB).
pub fn encode_with_text(r: &Report, text: &str) -> Vec<u8> {
    let mut out = encode(r);
    out.reserve_exact(text.len());
    out.extend_from_slice(text.as_bytes());
    out
}

/// Undoes `encode_with_text` in one go.
#[cfg(test)]
fn decode_with_text(data: &[u8]) -> Result<(Report, Rc<str>), String> {
    let mut d = Decoding::start(data.to_vec())?;
    while !d.step(usize::MAX)? {}
    d.finish()
}

#[cfg(test)]
fn decode(data: &[u8]) -> Result<Report, String> {
    let mut d = Decoding::start(data.to_vec())?;
    while !d.step(usize::MAX)? {}
    if d.at != d.data.len() {
        return Err("the report has bytes left over".into());
    }
    Ok(d.report)
}

/// Undoes `encode_with_text` a slice at a time, so that a long text's report (tens of
/// thousands of flags and sentences) is decoded over several short tasks rather than one long
/// one: `start`, then `step` until it says done, then `finish`.
pub struct Decoding {
    data: Vec<u8>,
    at: usize,
    strings: Vec<(usize, usize)>,
    report: Report,
    /// Items left to read in the current part (flags, then sentences, then quotes).
    left: usize,
    part: u8,
}

impl Decoding {
    /// Reads the report's header.
    pub fn start(data: Vec<u8>) -> Result<Decoding, String> {
        let mut d = Decoding {
            data,
            at: 0,
            strings: Vec::new(),
            report: Report {
                schema_version: SCHEMA_VERSION,
                id: None,
                stats: Stats::default(),
                scores: Scores::default(),
                flags: Vec::new(),
                sentences: Vec::new(),
                quotes: Vec::new(),
                actors: None,
            },
            left: 0,
            part: 0,
        };
        d.with_reader(|r, report| {
            if r.u()? != FORM {
                return Err(
                    "the analysis worker is from another version of the page: reload it".into(),
                );
            }
            report.id = match r.u()? {
                0 => None,
                _ => Some(r.s()?),
            };
            report.stats = Stats {
                bytes: r.u()?,
                words: r.u()?,
                sentences: r.u()?,
                paragraphs: r.u()?,
                quotes: r.u()?,
                quoted_words: r.u()?,
            };
            report.scores = Scores {
                overall: r.f()?,
                loaded_language: r.score()?,
                anonymous_source: r.score()?,
                unattributed_assertion: r.score()?,
            };
            Ok(())
        })?;
        Ok(d)
    }

    fn with_reader<T>(&mut self, f: impl FnOnce(&mut Reader<'_>, &mut Report) -> Res<T>) -> Res<T> {
        let mut r = Reader {
            data: &self.data,
            at: self.at,
            strings: std::mem::take(&mut self.strings),
        };
        let out = f(&mut r, &mut self.report);
        self.at = r.at;
        self.strings = r.strings;
        out
    }

    /// Decodes up to `budget` more items; true once the whole report is read.
    pub fn step(&mut self, mut budget: usize) -> Result<bool, String> {
        loop {
            // Parts 1, 2, 3: flags, sentences, quotes, each after its count.
            while self.left == 0 {
                if self.part == 3 {
                    return Ok(true);
                }
                self.part += 1;
                self.left = self.with_reader(|r, _| r.len())?;
            }
            if budget == 0 {
                return Ok(false);
            }
            let n = self.left.min(budget);
            let part = self.part;
            self.with_reader(|r, report| {
                for _ in 0..n {
                    match part {
                        1 => report.flags.push(r.flag()?),
                        2 => report.sentences.push(r.sentence()?),
                        _ => report.quotes.push(r.quote()?),
                    }
                }
                Ok(())
            })?;
            self.left -= n;
            budget -= n;
        }
    }

    /// The report and the text after it.
    pub fn finish(self) -> Result<(Report, Rc<str>), String> {
        let text = self.data.get(self.at..).unwrap_or_default();
        let text = std::str::from_utf8(text).map_err(|_| "the text came back damaged")?;
        Ok((self.report, Rc::from(text)))
    }
}

impl Reader<'_> {
    fn flag(&mut self) -> Res<Flag> {
        let category = *Category::ALL.get(self.u()?).ok_or("unknown category")?;
        let kind = self.s()?;
        let (start, end, line, column) = (self.u()?, self.u()?, self.u()?, self.u()?);
        let text = self.s()?;
        let message = self.s()?;
        let ns = self.len()?;
        let suggestions = (0..ns).map(|_| self.s()).collect::<Res<Vec<_>>>()?;
        let rule = self.s()?;
        let in_quote = self.b()?;
        let voice = *VOICES.get(self.u()?).ok_or("unknown voice")?;
        let speaker = self.span()?;
        let (weight, confidence) = (self.f()?, self.f()?);
        let nt = self.len()?;
        let triggers = (0..nt).map(|_| self.trigger()).collect::<Res<Vec<_>>>()?;
        let linked = self.span()?;
        Ok(Flag {
            category,
            kind,
            start,
            end,
            line,
            column,
            text,
            message,
            suggestions,
            rule,
            in_quote,
            voice,
            speaker,
            weight,
            confidence,
            triggers,
            linked,
        })
    }

    fn sentence(&mut self) -> Res<SentenceInfo> {
        Ok(SentenceInfo {
            start: self.u()?,
            end: self.u()?,
            attributed: self.b()?,
            quoted: self.b()?,
            attribution: match self.u()? {
                0 => None,
                _ => Some(self.trigger()?),
            },
        })
    }

    fn quote(&mut self) -> Res<QuoteInfo> {
        Ok(QuoteInfo {
            start: self.u()?,
            end: self.u()?,
            speaker: self.span()?,
            refers_to: self.span()?,
            kind: if self.b()? {
                QuoteKind::Term
            } else {
                QuoteKind::Speech
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use slant_core::{Analyzer, Options};

    fn report(text: &str) -> Report {
        let opts = Options {
            id: Some("doc-1".into()),
            ..Options::default()
        };
        Analyzer::builtin().unwrap().analyze(text, &opts).unwrap()
    }

    #[test]
    fn a_report_comes_back_as_it_was() {
        let text = concat!(
            include_str!("../example-article.txt"),
            "\n\n\u{201c}The notorious regime has lied again,\u{201d} said Omar Haddad, the \
             opposition leader."
        );
        let r = report(&format!("{text}\n\n{text}"));
        assert!(r.flags.len() > 10 && !r.sentences.is_empty());
        assert!(r.flags.iter().any(|f| !f.triggers.is_empty()));
        assert!(r.flags.iter().any(|f| f.speaker.is_some()));
        assert!(r.quotes.iter().any(|q| q.speaker.is_some()));
        let bytes = encode(&r);
        assert_eq!(decode(&bytes).unwrap(), r);
        // Each repeated string is sent once: the second copy of the article costs far less.
        let once = encode(&report(text)).len();
        assert!(
            bytes.len() < once * 2 - once / 4,
            "{} vs {once}",
            bytes.len()
        );
    }

    #[test]
    fn the_text_travels_with_its_report() {
        let text = "The notorious regime, officials said, \u{201c}won\u{201d}. \u{1f600}";
        let r = report(text);
        let (back, t) = decode_with_text(&encode_with_text(&r, text)).unwrap();
        assert_eq!((back, &*t), (r.clone(), text));
        let mut bytes = encode_with_text(&r, text);
        let n = bytes.len();
        bytes[n - 2] = 0xff;
        assert!(decode_with_text(&bytes).is_err());
        assert!(decode(&encode_with_text(&r, text)).is_err());
    }

    #[test]
    fn a_report_decoded_a_few_items_at_a_time_is_the_same() {
        let text = include_str!("../example-article.txt");
        let r = report(text);
        let mut d = Decoding::start(encode_with_text(&r, text)).unwrap();
        let mut steps = 0;
        while !d.step(3).unwrap() {
            steps += 1;
        }
        assert!(steps > 5, "{steps} steps");
        let (back, t) = d.finish().unwrap();
        assert_eq!((back, &*t), (r, text));
    }

    #[test]
    fn an_empty_report_round_trips() {
        let r = report("");
        assert_eq!(decode(&encode(&r)).unwrap(), r);
    }

    #[test]
    fn damaged_bytes_give_an_error_not_a_panic() {
        let bytes = encode(&report(include_str!("../example-article.txt")));
        for cut in (0..bytes.len()).step_by(7) {
            assert!(decode(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        let mut flipped = bytes.clone();
        for i in (1..flipped.len()).step_by(5) {
            flipped[i] ^= 0xa5;
            let _ = decode(&flipped);
        }
        assert!(decode(&[2]).is_err());
        assert!(
            decode(&[1, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f])
                .is_err()
        );
    }
}
