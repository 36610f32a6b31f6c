//! The report as JSON for the page's export, written by hand: the same bytes as serde_json's
//! pretty writer on the core's derived `Serialize` (keys in their declared order,
//! `skip_serializing_if` fields left out the same way, two-space indent; each string and
//! float through `js_json`, which writes them as serde_json does), with
//! `start_utf16`/`end_utf16` after every `start`/`end` pair. The derives inlined serde_json's
//! writer for every field of every report type into the export, and the pretty layout and the
//! UTF-16 offsets were then a second and a third pass over the text; these calls are one small
//! function per type. `tests::same_as_serde_json` holds the output to those passes' output.

use std::fmt::Write;

use slant_core::frame::{Actor, ActorKind, LabelKind, LabelVoice, MentionKind, Via};
use slant_core::report::{QuoteKind, Span, Trigger, Voice};
use slant_core::{CategoryScore, Report};

struct W<'a> {
    out: String,
    depth: usize,
    /// The UTF-16 offset of every byte offset of the text (see `export::utf16_index`).
    utf16: &'a [u32],
}

impl W<'_> {
    fn line(&mut self) {
        self.out.push('\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }
    /// A comma unless a value opens the object or array it is in; then a new line.
    fn sep(&mut self) {
        if !self.out.ends_with(['{', '[']) {
            self.out.push(',');
        }
        self.line();
    }
    fn open(&mut self, c: char) {
        self.out.push(c);
        self.depth += 1;
    }
    /// `}` or `]`: on its own line, or right after its opening one when empty (`[]`).
    fn close(&mut self, c: char) {
        self.depth -= 1;
        if !self.out.ends_with(['{', '[']) {
            self.line();
        }
        self.out.push(c);
    }
    /// `"k": `, after a comma where one is due (keys are plain ASCII: nothing to escape).
    fn k(&mut self, k: &str) -> &mut Self {
        self.sep();
        self.out.push('"');
        self.out.push_str(k);
        self.out.push_str("\": ");
        self
    }
    fn s(&mut self, s: &str) {
        self.out.push_str(&crate::js_json::string(s));
    }
    fn n(&mut self, n: usize) {
        let _ = write!(self.out, "{n}");
    }
    fn f(&mut self, x: f64) {
        self.out.push_str(&crate::js_json::float(x));
    }
    fn b(&mut self, b: bool) {
        self.out.push_str(if b { "true" } else { "false" });
    }
    /// `[...]`: `each(self, i)` writes item `i` of `len`.
    fn arr(&mut self, len: usize, each: &dyn Fn(&mut Self, usize)) {
        self.open('[');
        for i in 0..len {
            self.sep();
            each(self, i);
        }
        self.close(']');
    }
    fn strs(&mut self, v: &[String]) {
        self.arr(v.len(), &|w, i| w.s(&v[i]));
    }
    /// `start` and `end`, then the same offsets in UTF-16 code units.
    fn pos(&mut self, start: usize, end: usize) {
        self.k("start").n(start);
        self.k("end").n(end);
        for (k, b) in [("start_utf16", start), ("end_utf16", end)] {
            let u = self.utf16.get(b).or(self.utf16.last()).copied();
            self.k(k).n(u.unwrap_or(0) as usize);
        }
    }
    /// `{` and the position and text of a span (left open for the caller's other fields).
    fn at(&mut self, start: usize, end: usize, text: &str) {
        self.open('{');
        self.pos(start, end);
        self.k("text").s(text);
    }
    fn span(&mut self, s: &Option<Span>) {
        match s {
            Some(s) => {
                self.at(s.start, s.end, &s.text);
                self.close('}');
            }
            None => self.out.push_str("null"),
        }
    }
    fn trigger(&mut self, t: &Trigger) {
        self.at(t.start, t.end, &t.text);
        self.k("rule").s(&t.rule);
        self.close('}');
    }
    fn score(&mut self, c: &CategoryScore) {
        self.open('{');
        self.k("count").n(c.count);
        self.k("weighted").f(c.weighted);
        self.k("per_1000_words").f(c.per_1000_words);
        self.k("weighted_per_1000_words")
            .f(c.weighted_per_1000_words);
        self.close('}');
    }
    /// A string field whose value is one of a unit enum's names.
    fn name(&mut self, k: &str, v: &str) {
        self.k(k).out.push('"');
        self.out.push_str(v);
        self.out.push('"');
    }
}

fn voice(v: Voice) -> &'static str {
    match v {
        Voice::Outlet => "outlet",
        Voice::Attributed => "attributed",
        Voice::Quoted => "quoted",
    }
}

fn actor(w: &mut W, a: &Actor) {
    w.open('{');
    w.k("name").s(&a.name);
    let kind = match a.kind {
        ActorKind::Person => "person",
        ActorKind::Organization => "organization",
        ActorKind::Other => "other",
    };
    w.name("kind", kind);
    w.k("aliases").strs(&a.aliases);
    w.k("mentions").arr(a.mentions.len(), &|w, i| {
        let m = &a.mentions[i];
        w.at(m.start, m.end, &m.text);
        let kind = match m.kind {
            MentionKind::Name => "name",
            MentionKind::Surname => "surname",
            MentionKind::Acronym => "acronym",
            MentionKind::Reference => "reference",
        };
        w.name("kind", kind);
        w.close('}');
    });
    w.k("labels").arr(a.labels.len(), &|w, i| {
        let l = &a.labels[i];
        w.at(l.start, l.end, &l.text);
        let kind = match l.kind {
            LabelKind::Title => "title",
            LabelKind::Appositive => "appositive",
            LabelKind::Predicate => "predicate",
            LabelKind::LabellingVerb => "labelling_verb",
            LabelKind::SelfDescription => "self_description",
            LabelKind::Reference => "reference",
            LabelKind::Flag => "flag",
        };
        w.name("kind", kind);
        let voice = match l.voice {
            LabelVoice::Outlet => "outlet",
            LabelVoice::Attributed => "attributed",
            LabelVoice::Quoted => "quoted",
            LabelVoice::Self_ => "self",
        };
        w.name("voice", voice);
        w.k("speaker").span(&l.speaker);
        w.k("loaded").b(l.loaded);
        if !l.rules.is_empty() {
            w.k("rules").strs(&l.rules);
        }
        w.close('}');
    });
    let sp = &a.speech;
    w.k("speech").open('{');
    w.k("count").n(sp.count);
    w.k("named").n(sp.named);
    w.k("anonymous").n(sp.anonymous);
    w.k("verbs").arr(sp.verbs.len(), &|w, i| {
        w.open('{');
        w.k("verb").s(&sp.verbs[i].verb);
        w.k("count").n(sp.verbs[i].count);
        w.close('}');
    });
    w.close('}');
    w.k("flags").arr(a.flags.len(), &|w, i| {
        let f = &a.flags[i];
        w.at(f.start, f.end, &f.text);
        w.k("rule").s(&f.rule);
        let via = match f.via {
            Via::Label => "label",
            Via::Subject => "subject",
            Via::Possessor => "possessor",
            Via::Agent => "agent",
            Via::Object => "object",
            Via::Topic => "topic",
            Via::Sentence => "sentence",
        };
        w.name("via", via);
        w.close('}');
    });
    w.close('}');
}

/// The report as serde_json's pretty writer writes it, with UTF-16 offsets (`utf16`: the UTF-16
/// offset of every byte offset of the report's text). Its sentences, quotes and actors are
/// `full`'s: a view under the legend's filter shares them with the full report (`View::full`).
pub fn pretty(r: &Report, full: &Report, utf16: &[u32]) -> String {
    let mut w = W {
        out: String::with_capacity(8192),
        depth: 0,
        utf16,
    };
    w.open('{');
    w.k("schema_version").n(r.schema_version as usize);
    match &r.id {
        Some(id) => w.k("id").s(id),
        None => w.k("id").out.push_str("null"),
    }
    let st = &r.stats;
    w.k("stats").open('{');
    for (k, v) in [
        ("bytes", st.bytes),
        ("words", st.words),
        ("sentences", st.sentences),
        ("paragraphs", st.paragraphs),
        ("quotes", st.quotes),
        ("quoted_words", st.quoted_words),
    ] {
        w.k(k).n(v);
    }
    w.close('}');
    let sc = &r.scores;
    w.k("scores").open('{');
    w.k("overall").f(sc.overall);
    w.k("loaded_language").score(&sc.loaded_language);
    w.k("anonymous_source").score(&sc.anonymous_source);
    w.k("unattributed_assertion")
        .score(&sc.unattributed_assertion);
    w.close('}');
    w.k("flags").arr(r.flags.len(), &|w, i| {
        let f = &r.flags[i];
        w.open('{');
        w.name("category", f.category.as_str());
        w.k("kind").s(&f.kind);
        w.pos(f.start, f.end);
        w.k("line").n(f.line);
        w.k("column").n(f.column);
        w.k("text").s(&f.text);
        w.k("message").s(&f.message);
        w.k("suggestions").strs(&f.suggestions);
        w.k("rule").s(&f.rule);
        w.k("in_quote").b(f.in_quote);
        w.name("voice", voice(f.voice));
        w.k("speaker").span(&f.speaker);
        w.k("weight").f(f.weight);
        w.k("confidence").f(f.confidence);
        if !f.triggers.is_empty() {
            w.k("triggers")
                .arr(f.triggers.len(), &|w, i| w.trigger(&f.triggers[i]));
        }
        if f.linked.is_some() {
            w.k("linked").span(&f.linked);
        }
        w.close('}');
    });
    w.k("sentences").arr(full.sentences.len(), &|w, i| {
        let s = &full.sentences[i];
        w.open('{');
        w.pos(s.start, s.end);
        w.k("attributed").b(s.attributed);
        w.k("quoted").b(s.quoted);
        if let Some(t) = &s.attribution {
            w.k("attribution").trigger(t);
        }
        w.close('}');
    });
    w.k("quotes").arr(full.quotes.len(), &|w, i| {
        let q = &full.quotes[i];
        w.open('{');
        w.pos(q.start, q.end);
        w.k("speaker").span(&q.speaker);
        if q.refers_to.is_some() {
            w.k("refers_to").span(&q.refers_to);
        }
        let kind = match q.kind {
            QuoteKind::Speech => "speech",
            QuoteKind::Term => "term",
        };
        w.name("kind", kind);
        w.close('}');
    });
    if let Some(actors) = &full.actors {
        w.k("actors")
            .arr(actors.len(), &|w, i| actor(w, &actors[i]));
    }
    w.close('}');
    w.out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::{pretty as old_pretty, utf16_index, with_utf16};
    use slant_core::{Analyzer, Options};

    fn check(a: &Analyzer, text: &str) {
        for actors in [false, true] {
            let opts = Options {
                actors,
                ..Default::default()
            };
            let Ok(mut r) = a.analyze(text, &opts) else {
                continue;
            };
            let idx = utf16_index(text);
            let before =
                |r: &Report| with_utf16(&old_pretty(&serde_json::to_string(r).unwrap()), &idx);
            assert_eq!(pretty(&r, &r, &idx), before(&r), "{text}");
            r.id = Some("id \"1\"\n\u{2028}é".into());
            r.scores.overall = 1e-7;
            r.scores.loaded_language.weighted = 1e21;
            r.scores.anonymous_source.per_1000_words = f64::NAN;
            assert_eq!(pretty(&r, &r, &idx), before(&r), "{text}");
        }
    }

    /// The repository's own texts (fixtures, examples, the page's example), texts with
    /// emoji, CJK, quotes, backslashes and control characters, and an empty one: every field,
    /// present and absent, written as serde_json's pretty writer writes it, with the UTF-16
    /// offsets where the page's export put them before (`export::with_utf16`).
    #[test]
    fn same_as_serde_json() {
        let a = Analyzer::builtin().unwrap();
        let mut texts: Vec<String> = vec![
            String::new(),
            "The notorious regime lied.".into(),
            "Le 🙂 « notorious » régime, \"officials said\" {x} [y]: a, b.\n\nSources said the \\ plan failed.\t\u{1}".into(),
            "政府は声明で 🙂 \"extremist\" thugs, a source said.\r\n\"It was a disgrace,\" said Senator Jane Roe, a radical.".into(),
            // (A pronoun speaker with the name it stands for: `refers_to`.)
            "Omar Reyes on Monday delivered papers he described as \"a formality\" to the court.".into(),
            include_str!("../example-article.txt").into(),
        ];
        for dir in ["../tests/fixtures", "../examples"] {
            let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
            let Ok(rd) = std::fs::read_dir(dir) else {
                continue;
            };
            for e in rd.flatten() {
                if let Ok(t) = std::fs::read_to_string(e.path()) {
                    texts.push(t);
                }
            }
        }
        // Every paragraph of those alone, and the sentences the core's tests are written
        // around (the text between quotation marks in their sources, escapes as written).
        let paragraphs: Vec<String> = texts
            .iter()
            .flat_map(|t| t.split("\n\n").map(str::to_string).collect::<Vec<_>>())
            .collect();
        texts.extend(paragraphs);
        let tests = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../crates/core/tests");
        for e in std::fs::read_dir(tests).unwrap().flatten() {
            let src = std::fs::read_to_string(e.path()).unwrap_or_default();
            let pieces = src.split('"').skip(1).step_by(2);
            texts.extend(pieces.filter(|p| p.len() > 40).map(str::to_string));
        }
        texts.sort();
        texts.dedup();
        assert!(texts.len() > 500, "{} texts", texts.len());
        let mut seen = [0; 9];
        for t in &texts {
            check(a, t);
            let r = a
                .analyze(
                    t,
                    &Options {
                        actors: true,
                        ..Default::default()
                    },
                )
                .unwrap_or_else(|_| a.analyze("", &Options::default()).unwrap());
            seen[0] += r.flags.iter().filter(|f| f.linked.is_some()).count();
            seen[1] += r.flags.iter().filter(|f| !f.triggers.is_empty()).count();
            seen[2] += r.flags.iter().filter(|f| f.speaker.is_some()).count();
            seen[3] += r
                .sentences
                .iter()
                .filter(|s| s.attribution.is_some())
                .count();
            seen[4] += r
                .quotes
                .iter()
                .filter(|q| q.kind == QuoteKind::Term)
                .count();
            let labels = r.actors.iter().flatten().flat_map(|a| &a.labels);
            seen[5] += labels.clone().filter(|l| !l.rules.is_empty()).count();
            seen[6] += labels.filter(|l| l.voice == LabelVoice::Self_).count();
            seen[8] += r.quotes.iter().filter(|q| q.refers_to.is_some()).count();
            seen[7] += r
                .actors
                .iter()
                .flatten()
                .map(|a| a.flags.len())
                .sum::<usize>();
        }
        // Each optional field present somewhere (and absent elsewhere, in the short texts).
        assert!(seen.iter().all(|&n| n > 0), "{seen:?}");
    }
}
