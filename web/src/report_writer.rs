//! The report as compact JSON, written by hand: the same bytes as `serde_json::to_string` on
//! the core's derived `Serialize` (keys in their declared order, `skip_serializing_if` fields
//! left out the same way; each string and number through serde_json, so every escape and every
//! float is serde_json's). The derives inlined serde_json's writer for every field of every
//! report type into the export; these calls are one small function per type.
//! `tests::same_as_serde_json` holds the two to the same output.

use std::fmt::Write;

use slant_core::frame::{Actor, ActorKind, LabelKind, LabelVoice, MentionKind, Via};
use slant_core::report::{QuoteKind, Span, Trigger, Voice};
use slant_core::{CategoryScore, Report};

struct W(String);

impl W {
    /// A comma unless a value opens the object or array it is in.
    fn sep(&mut self) {
        if !self.0.ends_with(['{', '[']) {
            self.0.push(',');
        }
    }
    /// `"k":`, after a comma where one is due (keys are plain ASCII: nothing to escape).
    fn k(&mut self, k: &str) -> &mut Self {
        self.sep();
        self.0.push('"');
        self.0.push_str(k);
        self.0.push_str("\":");
        self
    }
    fn s(&mut self, s: &str) {
        self.0.push_str(&crate::js_json::string(s));
    }
    fn n(&mut self, n: usize) {
        let _ = write!(self.0, "{n}");
    }
    fn f(&mut self, x: f64) {
        self.0
            .push_str(&serde_json::to_string(&x).unwrap_or_default());
    }
    fn b(&mut self, b: bool) {
        self.0.push_str(if b { "true" } else { "false" });
    }
    fn raw(&mut self, s: &str) {
        self.0.push_str(s);
    }
    /// `[...]`: `each(self, i)` writes item `i` of `len`.
    fn arr(&mut self, len: usize, each: &dyn Fn(&mut W, usize)) {
        self.0.push('[');
        for i in 0..len {
            self.sep();
            each(self, i);
        }
        self.0.push(']');
    }
    fn strs(&mut self, v: &[String]) {
        self.arr(v.len(), &|w, i| w.s(&v[i]));
    }
    /// `{"start":..,"end":..,"text":..` (left open for the caller's other fields).
    fn at(&mut self, start: usize, end: usize, text: &str) {
        self.0.push('{');
        self.k("start").n(start);
        self.k("end").n(end);
        self.k("text").s(text);
    }
    fn span(&mut self, s: &Option<Span>) {
        match s {
            Some(s) => {
                self.at(s.start, s.end, &s.text);
                self.0.push('}');
            }
            None => self.raw("null"),
        }
    }
    fn trigger(&mut self, t: &Trigger) {
        self.at(t.start, t.end, &t.text);
        self.k("rule").s(&t.rule);
        self.0.push('}');
    }
    fn score(&mut self, c: &CategoryScore) {
        self.0.push('{');
        self.k("count").n(c.count);
        self.k("weighted").f(c.weighted);
        self.k("per_1000_words").f(c.per_1000_words);
        self.k("weighted_per_1000_words")
            .f(c.weighted_per_1000_words);
        self.0.push('}');
    }
    /// A string field whose value is one of a unit enum's names.
    fn name(&mut self, k: &str, v: &str) {
        self.k(k).raw("\"");
        self.raw(v);
        self.raw("\"");
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
    w.0.push('{');
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
        w.0.push('}');
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
        w.0.push('}');
    });
    let sp = &a.speech;
    w.k("speech").raw("{");
    w.k("count").n(sp.count);
    w.k("named").n(sp.named);
    w.k("anonymous").n(sp.anonymous);
    w.k("verbs").arr(sp.verbs.len(), &|w, i| {
        w.0.push('{');
        w.k("verb").s(&sp.verbs[i].verb);
        w.k("count").n(sp.verbs[i].count);
        w.0.push('}');
    });
    w.raw("}");
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
        w.0.push('}');
    });
    w.0.push('}');
}

/// `serde_json::to_string(report)`, byte for byte.
pub fn compact(r: &Report) -> String {
    let mut w = W(String::with_capacity(4096));
    w.0.push('{');
    w.k("schema_version").n(r.schema_version as usize);
    match &r.id {
        Some(id) => w.k("id").s(id),
        None => w.k("id").raw("null"),
    }
    let st = &r.stats;
    w.k("stats").raw("{");
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
    w.raw("}");
    let sc = &r.scores;
    w.k("scores").raw("{");
    w.k("overall").f(sc.overall);
    w.k("loaded_language").score(&sc.loaded_language);
    w.k("anonymous_source").score(&sc.anonymous_source);
    w.k("unattributed_assertion")
        .score(&sc.unattributed_assertion);
    w.raw("}");
    w.k("flags").arr(r.flags.len(), &|w, i| {
        let f = &r.flags[i];
        w.0.push('{');
        w.name("category", f.category.as_str());
        w.k("kind").s(&f.kind);
        w.k("start").n(f.start);
        w.k("end").n(f.end);
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
        w.0.push('}');
    });
    w.k("sentences").arr(r.sentences.len(), &|w, i| {
        let s = &r.sentences[i];
        w.0.push('{');
        w.k("start").n(s.start);
        w.k("end").n(s.end);
        w.k("attributed").b(s.attributed);
        w.k("quoted").b(s.quoted);
        if let Some(t) = &s.attribution {
            w.k("attribution").trigger(t);
        }
        w.0.push('}');
    });
    w.k("quotes").arr(r.quotes.len(), &|w, i| {
        let q = &r.quotes[i];
        w.0.push('{');
        w.k("start").n(q.start);
        w.k("end").n(q.end);
        w.k("speaker").span(&q.speaker);
        let kind = match q.kind {
            QuoteKind::Speech => "speech",
            QuoteKind::Term => "term",
        };
        w.name("kind", kind);
        w.0.push('}');
    });
    if let Some(actors) = &r.actors {
        w.k("actors")
            .arr(actors.len(), &|w, i| actor(w, &actors[i]));
    }
    w.0.push('}');
    w.0
}

#[cfg(test)]
mod tests {
    use super::*;
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
            assert_eq!(compact(&r), serde_json::to_string(&r).unwrap(), "{text}");
            r.id = Some("id \"1\"\n\u{2028}é".into());
            r.scores.overall = 1e-7;
            r.scores.loaded_language.weighted = 1e21;
            r.scores.anonymous_source.per_1000_words = f64::NAN;
            assert_eq!(compact(&r), serde_json::to_string(&r).unwrap(), "{text}");
        }
    }

    /// The repository's own texts (fixtures, examples, the page's example), texts with
    /// emoji, CJK, quotes, backslashes and control characters, and an empty one: every field,
    /// present and absent, written as serde_json writes it.
    #[test]
    fn same_as_serde_json() {
        let a = Analyzer::builtin().unwrap();
        let mut texts: Vec<String> = vec![
            String::new(),
            "The notorious regime lied.".into(),
            "Le 🙂 « notorious » régime, \"officials said\" {x} [y]: a, b.\n\nSources said the \\ plan failed.\t\u{1}".into(),
            "政府は声明で 🙂 \"extremist\" thugs, a source said.\r\n\"It was a disgrace,\" said Senator Jane Roe, a radical.".into(),
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
        let mut seen = [0; 8];
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
