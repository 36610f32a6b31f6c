//! Report -> plain JavaScript object, with UTF-16 offsets next to the UTF-8 byte offsets so that
//! `text.slice(flag.utf16Start, flag.utf16End)` is exact in JavaScript.
//!
//! The report is built by hand in the CLI's JSON schema (a native test compares it with serde's
//! JSON, so a field added to the core schema must be added here too), with the UTF-16 fields last
//! on each span object (flags, sentences, quotes, speakers, links, triggers).

use js_sys::{Array, Object, Reflect};
use slant_core::report::{Category, CategoryScore, Flag, QuoteKind, Report, Span, Trigger, Voice};
use wasm_bindgen::JsValue;

/// UTF-16 offsets of a set of byte offsets, computed in one forward pass over the text.
pub(crate) struct Utf16Map {
    bytes: Vec<usize>,
    units: Vec<usize>,
}

/// UTF-16 code units in these UTF-8 bytes: one per char, two for 4-byte chars (surrogate pairs).
fn utf16_units(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

impl Utf16Map {
    pub(crate) fn new(text: &str, mut offsets: Vec<usize>) -> Utf16Map {
        // The core's sort: in WebAssembly its small heapsort, not a copy of the standard sort.
        slant_core::sort::sort_values(&mut offsets);
        offsets.dedup();
        let bytes = text.as_bytes();
        let mut units = Vec::with_capacity(offsets.len());
        let (mut pos, mut count) = (0usize, 0usize);
        for &o in &offsets {
            let o = o.min(bytes.len());
            count += bytes.get(pos..o).map_or(0, utf16_units);
            pos = o;
            units.push(count);
        }
        Utf16Map {
            bytes: offsets,
            units,
        }
    }

    pub(crate) fn for_report(text: &str, report: &Report) -> Utf16Map {
        Utf16Map::new(text, report_offsets(report))
    }

    /// Offsets are all registered in `new`; an unknown one (a bug) is clamped rather than panicking.
    pub(crate) fn get(&self, byte: usize) -> usize {
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.units.get(i).copied().unwrap_or(0),
            Err(i) => i
                .checked_sub(1)
                .and_then(|j| self.units.get(j).copied())
                .unwrap_or(0),
        }
    }
}

/// Every byte offset the report carries.
fn report_offsets(r: &Report) -> Vec<usize> {
    let mut v = Vec::with_capacity(r.flags.len() * 2 + r.sentences.len() * 2 + r.quotes.len() * 2);
    for f in &r.flags {
        v.extend([f.start, f.end]);
        for s in f.speaker.iter().chain(&f.linked) {
            v.extend([s.start, s.end]);
        }
        for t in &f.triggers {
            v.extend([t.start, t.end]);
        }
    }
    for s in &r.sentences {
        v.extend([s.start, s.end]);
        if let Some(a) = &s.attribution {
            v.extend([a.start, a.end]);
        }
    }
    for q in &r.quotes {
        v.extend([q.start, q.end]);
        for s in q.speaker.iter().chain(&q.refers_to) {
            v.extend([s.start, s.end]);
        }
    }
    crate::frame::offsets(r, &mut v);
    v
}

/// Where the hand-built report goes: JavaScript values in the module ([`Js`]), a tree of our own
/// in the native tests (which compare it with serde's JSON). Built by hand rather than through
/// serde-wasm-bindgen: its serializer cost the lean module about 2 KB gzipped. Keys are set in the
/// schema's field order, so objects list their keys as before.
pub(crate) trait Out {
    type V;
    fn obj(&mut self) -> Self::V;
    fn set(&mut self, obj: &Self::V, key: &str, v: Self::V);
    fn arr(&mut self, items: Vec<Self::V>) -> Self::V;
    fn num(&mut self, n: f64) -> Self::V;
    /// Counts and offsets; only the native tree tells them from other numbers (serde's JSON does).
    fn int(&mut self, n: usize) -> Self::V;
    fn str(&mut self, s: &str) -> Self::V;
    fn bool(&mut self, b: bool) -> Self::V;
    fn null(&mut self) -> Self::V;
    /// The actors (frame feature), still through serde: the lean module has none.
    fn actors(&mut self, r: &Report) -> Result<Option<Self::V>, JsValue>;
}

pub(crate) struct Js;

impl Out for Js {
    type V = JsValue;
    fn obj(&mut self) -> JsValue {
        Object::new().into()
    }
    fn set(&mut self, obj: &JsValue, key: &str, v: JsValue) {
        // Setting a property of a fresh plain object cannot fail.
        let _ = Reflect::set(obj, &JsValue::from_str(key), &v);
    }
    fn arr(&mut self, items: Vec<JsValue>) -> JsValue {
        items.into_iter().collect::<Array>().into()
    }
    fn num(&mut self, n: f64) -> JsValue {
        JsValue::from_f64(n)
    }
    fn int(&mut self, n: usize) -> JsValue {
        JsValue::from_f64(n as f64)
    }
    fn str(&mut self, s: &str) -> JsValue {
        JsValue::from_str(s)
    }
    fn bool(&mut self, b: bool) -> JsValue {
        JsValue::from_bool(b)
    }
    fn null(&mut self) -> JsValue {
        JsValue::NULL
    }
    #[cfg(feature = "frame")]
    fn actors(&mut self, r: &Report) -> Result<Option<JsValue>, JsValue> {
        use serde::Serialize;
        let s = serde_wasm_bindgen::Serializer::json_compatible();
        Ok(match &r.actors {
            Some(a) => Some(a.serialize(&s)?),
            None => None,
        })
    }
    #[cfg(not(feature = "frame"))]
    fn actors(&mut self, _: &Report) -> Result<Option<JsValue>, JsValue> {
        Ok(None)
    }
}

/// An object of `start`, `end` and the fields `more` sets, then `utf16Start`/`utf16End`.
fn span<O: Out>(
    o: &mut O,
    map: &Utf16Map,
    start: usize,
    end: usize,
    more: impl FnOnce(&mut O, &O::V),
) -> O::V {
    let v = o.obj();
    set_int(o, &v, "start", start);
    set_int(o, &v, "end", end);
    more(o, &v);
    set_int(o, &v, "utf16Start", map.get(start));
    set_int(o, &v, "utf16End", map.get(end));
    v
}

pub(crate) fn set_str<O: Out>(o: &mut O, v: &O::V, key: &str, s: &str) {
    let x = o.str(s);
    o.set(v, key, x);
}

pub(crate) fn set_int<O: Out>(o: &mut O, v: &O::V, key: &str, n: usize) {
    let x = o.int(n);
    o.set(v, key, x);
}

pub(crate) fn set_num<O: Out>(o: &mut O, v: &O::V, key: &str, n: f64) {
    let x = o.num(n);
    o.set(v, key, x);
}

pub(crate) fn set_bool<O: Out>(o: &mut O, v: &O::V, key: &str, b: bool) {
    let x = o.bool(b);
    o.set(v, key, x);
}

fn text_span<O: Out>(o: &mut O, map: &Utf16Map, s: &Span) -> O::V {
    span(o, map, s.start, s.end, |o, v| {
        set_str(o, v, "text", &s.text)
    })
}

fn opt_span<O: Out>(o: &mut O, map: &Utf16Map, s: &Option<Span>) -> O::V {
    match s {
        Some(s) => text_span(o, map, s),
        None => o.null(),
    }
}

fn trigger<O: Out>(o: &mut O, map: &Utf16Map, t: &Trigger) -> O::V {
    span(o, map, t.start, t.end, |o, v| {
        set_str(o, v, "text", &t.text);
        set_str(o, v, "rule", &t.rule);
    })
}

fn flag<O: Out>(o: &mut O, map: &Utf16Map, f: &Flag) -> O::V {
    let v = o.obj();
    set_str(o, &v, "category", f.category.as_str());
    set_str(o, &v, "kind", &f.kind);
    for (k, n) in [
        ("start", f.start),
        ("end", f.end),
        ("line", f.line),
        ("column", f.column),
    ] {
        set_int(o, &v, k, n);
    }
    set_str(o, &v, "text", &f.text);
    set_str(o, &v, "message", &f.message);
    let s = f.suggestions.iter().map(|s| o.str(s)).collect();
    let s = o.arr(s);
    o.set(&v, "suggestions", s);
    set_str(o, &v, "rule", &f.rule);
    set_bool(o, &v, "in_quote", f.in_quote);
    let voice = match f.voice {
        Voice::Outlet => "outlet",
        Voice::Attributed => "attributed",
        Voice::Quoted => "quoted",
    };
    set_str(o, &v, "voice", voice);
    let s = opt_span(o, map, &f.speaker);
    o.set(&v, "speaker", s);
    set_num(o, &v, "weight", f.weight);
    set_num(o, &v, "confidence", f.confidence);
    if !f.triggers.is_empty() {
        let t = f.triggers.iter().map(|t| trigger(o, map, t)).collect();
        let t = o.arr(t);
        o.set(&v, "triggers", t);
    }
    if f.linked.is_some() {
        let s = opt_span(o, map, &f.linked);
        o.set(&v, "linked", s);
    }
    for (k, b) in [("utf16Start", f.start), ("utf16End", f.end)] {
        set_int(o, &v, k, map.get(b));
    }
    v
}

fn score<O: Out>(o: &mut O, c: &CategoryScore) -> O::V {
    let v = o.obj();
    set_int(o, &v, "count", c.count);
    set_num(o, &v, "weighted", c.weighted);
    set_num(o, &v, "per_1000_words", c.per_1000_words);
    set_num(o, &v, "weighted_per_1000_words", c.weighted_per_1000_words);
    v
}

/// The report in the CLI's JSON schema, UTF-16 offsets included, built by hand (see [`Out`]).
pub(crate) fn build<O: Out>(o: &mut O, r: &Report, map: &Utf16Map) -> Result<O::V, JsValue> {
    let v = o.obj();
    set_int(o, &v, "schema_version", r.schema_version as usize);
    let id = match &r.id {
        Some(id) => o.str(id),
        None => o.null(),
    };
    o.set(&v, "id", id);
    let st = &r.stats;
    let stats = o.obj();
    for (k, n) in [
        ("bytes", st.bytes),
        ("words", st.words),
        ("sentences", st.sentences),
        ("paragraphs", st.paragraphs),
        ("quotes", st.quotes),
        ("quoted_words", st.quoted_words),
    ] {
        set_int(o, &stats, k, n);
    }
    o.set(&v, "stats", stats);
    let scores = o.obj();
    set_num(o, &scores, "overall", r.scores.overall);
    for c in Category::ALL {
        let s = score(o, r.scores.category(c));
        o.set(&scores, c.as_str(), s);
    }
    o.set(&v, "scores", scores);
    let flags = r.flags.iter().map(|f| flag(o, map, f)).collect();
    let flags = o.arr(flags);
    o.set(&v, "flags", flags);
    let sentences = r
        .sentences
        .iter()
        .map(|s| {
            span(o, map, s.start, s.end, |o, v| {
                set_bool(o, v, "attributed", s.attributed);
                set_bool(o, v, "quoted", s.quoted);
                if let Some(a) = &s.attribution {
                    let a = trigger(o, map, a);
                    o.set(v, "attribution", a);
                }
            })
        })
        .collect();
    let sentences = o.arr(sentences);
    o.set(&v, "sentences", sentences);
    let quotes = r
        .quotes
        .iter()
        .map(|q| {
            span(o, map, q.start, q.end, |o, v| {
                let s = opt_span(o, map, &q.speaker);
                o.set(v, "speaker", s);
                // Present only when set, as in the JSON report.
                if q.refers_to.is_some() {
                    let r = opt_span(o, map, &q.refers_to);
                    o.set(v, "refers_to", r);
                }
                let kind = match q.kind {
                    QuoteKind::Speech => "speech",
                    QuoteKind::Term => "term",
                };
                set_str(o, v, "kind", kind);
            })
        })
        .collect();
    let quotes = o.arr(quotes);
    o.set(&v, "quotes", quotes);
    if let Some(a) = o.actors(r)? {
        o.set(&v, "actors", a);
    }
    Ok(v)
}

/// The report as a JavaScript object, UTF-16 offsets included.
/// `map` must come from [`Utf16Map::for_report`] on the analysed text.
pub(crate) fn report_to_js(report: &Report, map: &Utf16Map) -> Result<JsValue, JsValue> {
    let value = build(&mut Js, report, map)?;
    crate::frame::set_utf16(&value, report, map)?;
    Ok(value)
}

/// Every byte offset of the report with the UTF-16 offset the map gives it (crates/fuzz checks
/// these against `str::encode_utf16`).
pub(crate) fn utf16_pairs_for_fuzzing(text: &str, r: &Report) -> Vec<(usize, usize)> {
    let map = Utf16Map::for_report(text, r);
    report_offsets(r)
        .into_iter()
        .map(|b| (b, map.get(b)))
        .collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A native [`Out`]: nodes in an arena, rendered as JSON text with serde_json's own number and
    /// string writers, so the hand-built report can be compared with serde's JSON byte for byte.
    pub(crate) enum Node {
        Obj(Vec<(String, usize)>),
        Arr(Vec<usize>),
        Raw(String),
    }

    #[derive(Default)]
    pub(crate) struct Tree(pub Vec<Node>);

    impl Tree {
        fn push(&mut self, n: Node) -> usize {
            self.0.push(n);
            self.0.len() - 1
        }
        fn raw<T: serde::Serialize + ?Sized>(&mut self, v: &T) -> usize {
            let s = serde_json::to_string(v).unwrap();
            self.push(Node::Raw(s))
        }
        /// JSON text of node `i`, leaving out the UTF-16 keys (serde's JSON has none); each
        /// object that has them must have them last, as the earlier conversion set them.
        pub(crate) fn render(&self, i: usize, utf16: &mut Vec<(usize, usize)>) -> String {
            match &self.0[i] {
                Node::Raw(s) => s.clone(),
                Node::Arr(items) => {
                    let parts: Vec<String> = items.iter().map(|&j| self.render(j, utf16)).collect();
                    format!("[{}]", parts.join(","))
                }
                Node::Obj(fields) => {
                    let keys: Vec<&str> = fields.iter().map(|(k, _)| k.as_str()).collect();
                    let n = keys.len();
                    if keys.contains(&"utf16Start") {
                        assert_eq!(keys[n - 2..], ["utf16Start", "utf16End"]);
                        let num = |key: &str| {
                            let j = fields.iter().find(|(k, _)| k == key).unwrap().1;
                            let Node::Raw(s) = &self.0[j] else { panic!() };
                            s.parse::<usize>().unwrap()
                        };
                        utf16.extend(
                            [("start", "utf16Start"), ("end", "utf16End")]
                                .map(|(b, u)| (num(b), num(u))),
                        );
                    }
                    let parts: Vec<String> = fields
                        .iter()
                        .filter(|(k, _)| !k.starts_with("utf16"))
                        .map(|(k, j)| {
                            format!(
                                "{}:{}",
                                serde_json::to_string(k).unwrap(),
                                self.render(*j, utf16)
                            )
                        })
                        .collect();
                    format!("{{{}}}", parts.join(","))
                }
            }
        }
    }

    impl Out for Tree {
        type V = usize;
        fn obj(&mut self) -> usize {
            self.push(Node::Obj(Vec::new()))
        }
        fn set(&mut self, obj: &usize, key: &str, v: usize) {
            let Node::Obj(fields) = &mut self.0[*obj] else {
                panic!("not an object")
            };
            fields.push((key.to_string(), v));
        }
        fn arr(&mut self, items: Vec<usize>) -> usize {
            self.push(Node::Arr(items))
        }
        fn num(&mut self, n: f64) -> usize {
            self.raw(&n)
        }
        fn int(&mut self, n: usize) -> usize {
            self.raw(&n)
        }
        fn str(&mut self, s: &str) -> usize {
            self.raw(s)
        }
        fn bool(&mut self, b: bool) -> usize {
            self.raw(&b)
        }
        fn null(&mut self) -> usize {
            self.raw(&())
        }
        fn actors(&mut self, r: &Report) -> Result<Option<usize>, JsValue> {
            Ok(r.actors.as_ref().map(|a| self.raw(a)))
        }
    }

    /// The hand-built report is serde's JSON of the report (the earlier serde-wasm-bindgen
    /// conversion), plus the UTF-16 offsets the map gives, on varied texts and every option.
    #[test]
    fn hand_built_report_is_the_serde_json_plus_utf16_offsets() {
        use slant_core::{Category, Options};
        let texts = [
            "",
            "Critics say the reckless plan is a disaster, officials who asked not to be named said.",
            "The mayor said: \"This is an outrageous scandal 😀.\" Sources close to the talks said the deal was doomed.\n\nIt is clear that the regime lied.",
            "北京 — The senator, who spoke 🎉 on condition of anonymity, called the bill “a shameful sham”. Everyone knows it failed.",
            "Régime thugs stormed the village, according to one witness. The so-called “reform” was a \u{10FFFF} blatant power grab.",
            include_str!("../../../tests/fixtures/seed-presstv-2009-06-15-mko.txt"),
            // A pronoun speaker with the name it refers to (`refers_to`), accents and an emoji.
            "Zoë Réyes on Monday delivered papers she described as \"a formality 😀\" to the court.",
        ];
        let custom = crate::compile(&[crate::options::ListSource {
            origin: "mine".into(),
            text: "[list]\nid = \"mine\"\ncategory = \"loaded_language\"\nkind = \"pejorative\"\ndescription = \"Test list.\"\n\n[[entry]]\nterm = \"sham\"\n".into(),
        }])
        .unwrap();
        let builtin = crate::builtin().unwrap();
        let mut seen_actors = false;
        for a in [builtin, &custom] {
            for text in texts {
                for (cats, quoted, id, min, actors) in [
                    (Category::ALL.to_vec(), true, None, 0.0, false),
                    (
                        vec![Category::AnonymousSource],
                        false,
                        Some("x 😀 \"y\""),
                        0.0,
                        true,
                    ),
                    (
                        vec![Category::LoadedLanguage, Category::UnattributedAssertion],
                        true,
                        Some(""),
                        0.6,
                        true,
                    ),
                ] {
                    let opts = Options {
                        categories: cats,
                        include_quoted: quoted,
                        id: id.map(Into::into),
                        actors,
                    };
                    let mut r = a.analyze(text, &opts).unwrap();
                    r.keep_confident(min);
                    seen_actors |= r.actors.as_ref().is_some_and(|a| !a.is_empty());
                    let map = Utf16Map::for_report(text, &r);
                    let mut tree = Tree::default();
                    let root = build(&mut tree, &r, &map).unwrap();
                    let mut utf16 = Vec::new();
                    assert_eq!(
                        tree.render(root, &mut utf16),
                        serde_json::to_string(&r).unwrap()
                    );
                    // Every span has UTF-16 offsets (the actors' are set by frame.rs), those
                    // of `encode_utf16`.
                    let mut frame = Vec::new();
                    crate::frame::offsets(&r, &mut frame);
                    assert_eq!(utf16.len(), report_offsets(&r).len() - frame.len());
                    for (b, u) in utf16 {
                        assert_eq!(u, text[..b].encode_utf16().count(), "at byte {b}");
                    }
                }
            }
        }
        assert!(seen_actors || !cfg!(feature = "frame"));
    }

    /// The hand-built list descriptions are serde's JSON of the earlier `ListInfo` struct.
    #[test]
    fn hand_built_lists_are_the_serde_json() {
        #[derive(serde::Serialize)]
        struct ListInfo<'a> {
            id: &'a str,
            origin: &'a str,
            category: String,
            kind: &'a str,
            description: &'a str,
            source: &'a str,
            weight: f64,
            builtin: bool,
            entries: usize,
            terms: Vec<&'a str>,
        }
        let lists = crate::builtin::lists().unwrap();
        for n in [0, 1, lists.len()] {
            let want: Vec<ListInfo> = lists
                .iter()
                .enumerate()
                .map(|(i, l)| ListInfo {
                    id: &l.id,
                    origin: &l.origin,
                    category: l.category.to_string(),
                    kind: &l.kind,
                    description: &l.description,
                    source: &l.source,
                    weight: l.weight,
                    builtin: i < n,
                    entries: l.entries.len(),
                    terms: l.entries.iter().map(|e| e.term.as_str()).collect(),
                })
                .collect();
            let mut tree = Tree::default();
            let root = crate::lists_out(&mut tree, lists, n);
            assert_eq!(
                tree.render(root, &mut Vec::new()),
                serde_json::to_string(&want).unwrap()
            );
        }
    }

    #[test]
    fn utf16_offsets_match_encode_utf16() {
        let text = "é😀 a中b\u{10FFFF}c";
        let offsets: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let map = Utf16Map::new(text, offsets.clone());
        for o in offsets {
            assert_eq!(map.get(o), text[..o].encode_utf16().count(), "at byte {o}");
        }
    }
}
