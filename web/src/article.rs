//! The highlighted article (reading view and text-box backdrop), written through a [`Sink`].
//!
//! A long article is thousands of elements. Building them through yew's virtual DOM means a diff
//! and several JS calls per element (about 40 ms for 10,000 words); writing them straight into
//! the DOM ([`crate::dom::DomSink`]) is far cheaper. The user's text only ever becomes text nodes
//! and attribute values (never markup the browser parses). Tests write the same tree as an
//! escaped string (`Markup`).

use std::hash::{DefaultHasher, Hash, Hasher};

use slant_core::{Category, Report};

use crate::layout::{self, Layout};
use crate::model::{self, cat_class, conf_class, excerpt};

/// Where elements go. Attribute values and text are data, never parsed as HTML.
pub trait Sink {
    fn open(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]);
    fn text(&mut self, s: &str);
    fn close(&mut self);
    /// `<tag …>s</tag>`: an element that holds only text.
    fn text_element(&mut self, tag: &'static str, attrs: &[(&'static str, &str)], s: &str) {
        self.open(tag, attrs);
        self.text(s);
        self.close();
    }
}

/// The tree as an HTML string, every value escaped (for tests: the page builds DOM nodes).
#[cfg(test)]
#[derive(Default)]
pub struct Markup {
    pub html: String,
    open: Vec<&'static str>,
}

#[cfg(test)]
impl Sink for Markup {
    fn open(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) {
        self.html.push('<');
        self.html.push_str(tag);
        for (name, value) in attrs {
            self.html.push(' ');
            self.html.push_str(name);
            self.html.push_str("=\"");
            escape_into(&mut self.html, value);
            self.html.push('"');
        }
        self.html.push('>');
        self.open.push(tag);
    }
    fn text(&mut self, s: &str) {
        escape_into(&mut self.html, s);
    }
    fn close(&mut self) {
        if let Some(tag) = self.open.pop() {
            self.html.push_str("</");
            self.html.push_str(tag);
            self.html.push('>');
        }
    }
}

/// Appends `s` escaped for element content and double-quoted attribute values. NUL, which the
/// HTML parser would drop, becomes U+FFFD as it would in any other text the page shows.
pub fn escape_into(out: &mut String, s: &str) {
    let mut last = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            0 => "\u{FFFD}",
            _ => continue,
        };
        out.push_str(&s[last..i]);
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(&s[last..]);
}

/// Text bytes per `div.chunk`, at least (chunks end only at a line break outside any flag).
const CHUNK_BYTES: usize = 2500;

/// Identifies a chunk or list item by its text, so its rendered height can be reused when the
/// page is rebuilt after an edit.
pub fn key(s: &str) -> u64 {
    let mut h = DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

/// The children of `#article`: blocks of paragraphs (`div.chunk`, which the browser lays out
/// only when they scroll into view), holding sentence-level flags as `span.ua`, word-level
/// flags as `mark.f`, quotations as `span.q`, and screen-reader labels as `span.sr`. Element
/// ids come from the layout, so `layout.anchor` points into this tree.
///
/// Until the browser lays a chunk out, its height is a placeholder: `known(key)` gives the
/// height in pixels that a chunk with the same text had on screen before, so a rebuild after an
/// edit does not move what the reader is looking at; otherwise it is estimated from the text.
///
/// `For::Editor` writes the highlights drawn behind the text box instead: the same text and
/// nesting (so every line breaks where the text box breaks it) in one block, with element ids
/// prefixed `e`, and nothing focusable or read aloud (the text box is what is read).
pub fn write_article(
    out: &mut impl Sink,
    text: &str,
    report: &Report,
    layout: &Layout,
    known: &dyn Fn(u64) -> Option<f64>,
    target: For,
) {
    let flags = &report.flags;
    let editor = target == For::Editor;
    let starts = if editor {
        vec![0]
    } else {
        chunk_starts(text, layout)
    };
    let prefix = if editor { "e" } else { "" };
    let tabindex: &[(&'static str, &str)] = if editor { &[] } else { &[("tabindex", "0")] };
    let mut next = 1;
    open_chunk(out, text, &starts, 0, known);
    for o in &layout.outer {
        let outer = o.flag.and_then(|i| flags.get(i).map(|f| (i, f)));
        if let Some((i, f)) = outer {
            let id = format!("{prefix}{}", layout::outer_id(o.id));
            let index = i.to_string();
            let mut class = String::from(if f.in_quote { "ua inq" } else { "ua" });
            if let Some(c) = conf_class(f.confidence) {
                class.push(' ');
                class.push_str(c);
            }
            let attrs = [
                ("id", id.as_str()),
                ("class", &class),
                ("data-f", &index),
                ("data-cat", f.category.as_str()),
            ];
            out.open("span", &[&attrs[..], tabindex].concat());
            if !editor {
                out.text_element("span", &[("class", "sr")], "Unattributed assertion: ");
            }
        }
        for g in &o.inner {
            let mark = g.primary.and_then(|i| flags.get(i));
            if let Some(f) = mark {
                let id = format!("{prefix}{}", layout::inner_id(g.id));
                let mut class = format!("f {}", cat_class(f.category));
                if f.in_quote {
                    class.push_str(" inq");
                }
                if let Some(c) = conf_class(f.confidence) {
                    class.push(' ');
                    class.push_str(c);
                }
                let indexes: Vec<String> = g.flags.iter().map(|i| i.to_string()).collect();
                let indexes = indexes.join(",");
                let attrs = [
                    ("id", id.as_str()),
                    ("class", &class),
                    ("data-f", &indexes),
                    ("data-cat", f.category.as_str()),
                    ("data-rule", &f.rule),
                ];
                out.open("mark", &[&attrs[..], tabindex].concat());
            }
            for leaf in &g.leaves {
                let mut t = text.get(leaf.start..leaf.end).unwrap_or("");
                let mut at = leaf.start;
                // Chunks start only in plain text (see `chunk_starts`).
                while let Some(&c) = starts.get(next).filter(|&&c| c > at && c <= leaf.end) {
                    out.text(t.get(..c - at).unwrap_or(""));
                    t = t.get(c - at..).unwrap_or("");
                    at = c;
                    out.close();
                    open_chunk(out, text, &starts, next, known);
                    next += 1;
                }
                if leaf.quoted {
                    out.text_element("span", &[("class", "q")], t);
                } else if !t.is_empty() {
                    out.text(t);
                }
            }
            if mark.is_some() && editor {
                out.close();
            } else if mark.is_some() {
                // Screen readers hear the categories of every flag on this run.
                let mut cats: Vec<Category> = g
                    .flags
                    .iter()
                    .filter_map(|&i| flags.get(i))
                    .map(|f| f.category)
                    .collect();
                cats.dedup();
                let labels: Vec<&str> = cats.iter().map(|c| c.label()).collect();
                out.text_element(
                    "span",
                    &[("class", "sr")],
                    &format!(" ({})", labels.join(", ")),
                );
                out.close();
            }
        }
        if outer.is_some() && editor {
            out.close();
        } else if outer.is_some() {
            out.text_element(
                "span",
                &[("class", "sr")],
                " (end of unattributed assertion)",
            );
            out.close();
        }
    }
    out.close();
}

/// Who the article's markup is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum For {
    /// The reading view: focusable highlights with screen-reader labels.
    Reading,
    /// The highlights behind the text box.
    Editor,
}

/// [`write_article`] as an escaped HTML string.
#[cfg(test)]
pub fn html(
    text: &str,
    report: &Report,
    layout: &Layout,
    known: &dyn Fn(u64) -> Option<f64>,
) -> String {
    let mut m = Markup::default();
    write_article(&mut m, text, report, layout, known, For::Reading);
    m.html
}

/// The issues list (`ol.issue-list`): one button per flag, in report (reading) order, carrying
/// the flag's index in `data-i` and its category as a class, so the sidebar's filter is a CSS
/// class on the list rather than a rebuild. Items are keyed like chunks (`known` gives the
/// height an item with the same words had).
/// Only the first `limit` flags are written.
pub fn write_issue_list(
    out: &mut impl Sink,
    report: &Report,
    limit: usize,
    known: &dyn Fn(u64) -> Option<f64>,
) {
    out.open("ol", &[("class", "issue-list")]);
    for (i, f) in report.flags.iter().enumerate().take(limit) {
        let (cls, tag) = match f.category {
            Category::LoadedLanguage => ("ll", "Loaded"),
            Category::AnonymousSource => ("as", "Anonymous"),
            Category::UnattributedAssertion => ("ua", "Unattributed"),
        };
        let ex = excerpt(&f.text, 90);
        let k = key(&ex);
        let k_attr = k.to_string();
        let li_class = match conf_class(f.confidence) {
            Some(c) => format!("i-{cls} {c}"),
            None => format!("i-{cls}"),
        };
        match known(k) {
            Some(px) => {
                let style = format!("contain-intrinsic-size:auto {}px", model::fixed(px, 2));
                out.open(
                    "li",
                    &[("class", &li_class), ("data-k", &k_attr), ("style", &style)],
                );
            }
            None => out.open("li", &[("class", &li_class), ("data-k", &k_attr)]),
        }
        let button_class = format!("issue {cls}");
        let index = i.to_string();
        out.open(
            "button",
            &[
                ("type", "button"),
                ("class", &button_class),
                ("data-cat", f.category.as_str()),
                ("data-i", &index),
            ],
        );
        let tag_class = format!("tag {cls}");
        out.text_element("span", &[("class", &tag_class)], tag);
        out.text_element("span", &[("class", "ex")], &ex);
        if let Some(s) = f.suggestions.first() {
            out.text_element("span", &[("class", "alt")], &format!("→ {s}"));
        }
        out.close();
        out.close();
    }
    out.close();
}

/// [`write_issue_list`] as an escaped HTML string.
#[cfg(test)]
pub fn issue_list(report: &Report) -> String {
    let mut m = Markup::default();
    write_issue_list(&mut m, report, usize::MAX, &|_| None);
    m.html
}

/// Where the chunks start (the first at 0): after the first run of line breaks in plain text
/// (outside flags and quotations) at least `CHUNK_BYTES` past the previous start, never at the
/// very end of the text.
fn chunk_starts(text: &str, layout: &Layout) -> Vec<usize> {
    let mut starts = vec![0];
    for o in layout.outer.iter().filter(|o| o.flag.is_none()) {
        for g in o.inner.iter().filter(|g| g.primary.is_none()) {
            for leaf in g.leaves.iter().filter(|l| !l.quoted) {
                let b = text.as_bytes().get(leaf.start..leaf.end).unwrap_or(&[]);
                let mut from = 0;
                loop {
                    let last = starts.last().copied().unwrap_or(0);
                    let mut i = (last + CHUNK_BYTES).saturating_sub(leaf.start).max(from);
                    if i > b.len() {
                        break;
                    }
                    // On to the end of the line (unless `i` is at a line start already), then
                    // past any blank lines.
                    if !(i > 0 && b[i - 1] == b'\n') {
                        while i < b.len() && b[i] != b'\n' {
                            i += 1;
                        }
                    }
                    while i < b.len() && b[i] == b'\n' {
                        i += 1;
                    }
                    if i > 0 && b[i - 1] == b'\n' && leaf.start + i < text.len() && i > from {
                        starts.push(leaf.start + i);
                        from = i;
                    } else {
                        break;
                    }
                }
            }
        }
    }
    starts
}

/// Opens chunk `n` (text from `starts[n]` to the next start), with its key and its
/// placeholder height.
fn open_chunk(
    out: &mut impl Sink,
    text: &str,
    starts: &[usize],
    n: usize,
    known: &dyn Fn(u64) -> Option<f64>,
) {
    let start = starts.get(n).copied().unwrap_or(text.len());
    let end = starts.get(n + 1).copied().unwrap_or(text.len());
    let t = text.get(start..end).unwrap_or("");
    let k = key(t);
    let height = match known(k) {
        Some(px) => format!("{}px", model::fixed(px, 2)),
        None => {
            // 80 characters a line, at the article's line height of 1.8em.
            let lines: usize = t
                .split_inclusive('\n')
                .map(|l| l.chars().count().div_ceil(80).max(1))
                .sum();
            format!("{}em", model::fixed(lines as f64 * 1.8, 1))
        }
    };
    let style = format!("contain-intrinsic-size:auto {height}");
    out.open(
        "div",
        &[
            ("class", "chunk"),
            ("data-k", &k.to_string()),
            ("style", &style),
        ],
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use slant_core::analyze;

    /// The text a browser shows for `h` once `.sr` labels are left out: tags dropped, entities
    /// decoded. Enough for the markup produced here (no comments, no raw-text elements).
    fn visible_text(h: &str) -> String {
        let mut out = String::new();
        let mut rest = h;
        let mut sr_depth: Option<usize> = None;
        let mut depth = 0usize;
        while let Some(i) = rest.find(['<', '&']) {
            if sr_depth.is_none() {
                out.push_str(&rest[..i]);
            }
            rest = &rest[i..];
            if rest.starts_with('&') {
                let end = rest.find(';').expect("entity ends");
                let ent = match &rest[..=end] {
                    "&amp;" => "&",
                    "&lt;" => "<",
                    "&gt;" => ">",
                    "&quot;" => "\"",
                    "&#39;" => "'",
                    e => panic!("unknown entity {e}"),
                };
                if sr_depth.is_none() {
                    out.push_str(ent);
                }
                rest = &rest[end + 1..];
            } else {
                let end = rest.find('>').expect("tag ends");
                let tag = &rest[..=end];
                if tag.starts_with("</") {
                    depth -= 1;
                    if sr_depth == Some(depth) {
                        sr_depth = None;
                    }
                } else {
                    if tag.contains("class=\"sr\"") && sr_depth.is_none() {
                        sr_depth = Some(depth);
                    }
                    depth += 1;
                }
                rest = &rest[end + 1..];
            }
        }
        out.push_str(rest);
        assert_eq!(depth, 0, "unbalanced tags");
        out
    }

    fn render(text: &str) -> String {
        let r = analyze(text).unwrap();
        let l = layout::build(text, &r.flags, &r.quotes);
        html(text, &r, &l, &|_| None)
    }

    #[test]
    fn escape_covers_markup_quotes_and_nul() {
        let mut s = String::new();
        escape_into(&mut s, "a<b>&\"'\0é");
        assert_eq!(s, "a&lt;b&gt;&amp;&quot;&#39;\u{FFFD}é");
    }

    #[test]
    fn seed_text_is_shown_whole_with_every_flag_anchored() {
        let text = include_str!("../../tests/fixtures/seed-presstv-2009-06-15-mko.txt");
        let r = analyze(text).unwrap();
        let l = layout::build(text, &r.flags, &r.quotes);
        let h = html(text, &r, &l, &|_| None);
        assert_eq!(visible_text(&h), text);
        for id in l.anchor.iter().flatten() {
            assert!(h.contains(&format!("id=\"{id}\"")), "no element {id}");
        }
        assert!(h.contains("data-rule=\"pejorative/notorious\""));
        assert!(h.contains("<span class=\"sr\"> (loaded language)</span></mark>"));
        let ua = r
            .flags
            .iter()
            .filter(|f| f.category == Category::UnattributedAssertion)
            .count();
        assert_eq!(h.matches("<span id=\"s").count(), ua);
    }

    #[test]
    fn editor_markup_is_the_bare_text_with_marks() {
        let text = include_str!("../../tests/fixtures/seed-presstv-2009-06-15-mko.txt");
        let r = analyze(text).unwrap();
        let l = layout::build(text, &r.flags, &r.quotes);
        let mut m = Markup::default();
        write_article(&mut m, text, &r, &l, &|_| None, For::Editor);
        let h = m.html;
        // Nothing but the text itself takes room, so its lines break where the text box's do.
        assert!(!h.contains("class=\"sr\"") && !h.contains("tabindex"));
        assert_eq!(visible_text(&h), text);
        assert_eq!(h.matches("<div").count(), 1);
        for id in l.anchor.iter().flatten() {
            assert!(h.contains(&format!("id=\"e{id}\"")), "no element e{id}");
        }
    }

    #[test]
    fn markup_in_the_article_stays_text() {
        let text = "Breaking: <img src=x onerror=alert(1)> The notorious regime <script>x()</script> said \"<b>hi</b>\" & left.";
        let h = render(text);
        assert_eq!(visible_text(&h), text);
        for bad in ["<img", "<script", "<b>"] {
            assert!(!h.contains(bad), "{bad} in {h}");
        }
    }

    #[test]
    fn a_rule_with_quotes_cannot_break_out_of_its_attribute() {
        let list = "[list]\nid = \"x\"\ncategory = \"loaded_language\"\nkind = \"pejorative\"\n\n[[entry]]\nterm = \"regime\"\nexplain = \"e\"\n";
        let (_, a) = crate::model::add_list(&[], "t", list).unwrap();
        let text = "The regime spoke.";
        let mut r = a.analyze(text, &Default::default()).unwrap();
        for f in &mut r.flags {
            f.rule = "x/\"><img src=y>".into();
        }
        let l = layout::build(text, &r.flags, &r.quotes);
        let h = html(text, &r, &l, &|_| None);
        assert!(
            h.contains("data-rule=\"x/&quot;&gt;&lt;img src=y&gt;\""),
            "{h}"
        );
        assert_eq!(visible_text(&h), text);
    }

    #[test]
    fn issue_list_names_every_flag_in_order_and_escapes_it() {
        let text = "The <b>notorious</b> group masterminded the attack. Officials who spoke on condition of anonymity said so.";
        let r = analyze(text).unwrap();
        let h = issue_list(&r);
        assert!(!r.flags.is_empty());
        assert_eq!(h.matches("<button").count(), r.flags.len());
        assert!(!h.contains("<b>"), "{h}");
        let mut at = 0;
        for i in 0..r.flags.len() {
            let p = h
                .find(&format!("data-i=\"{i}\""))
                .expect("every flag listed");
            assert!(p > at || i == 0);
            at = p;
        }
    }

    #[test]
    fn empty_text_gives_one_empty_chunk() {
        assert!(render("").ends_with("em\"></div>"));
    }

    #[test]
    fn a_long_text_is_cut_into_chunks_at_line_breaks_outside_flags() {
        let seed = include_str!("../../tests/fixtures/seed-presstv-2009-06-15-mko.txt");
        let text = [seed; 12].join("\n\n");
        let h = render(&text);
        assert_eq!(visible_text(&h), text);
        let chunks: Vec<&str> = h.split("<div class=\"chunk\"").skip(1).collect();
        assert!(chunks.len() >= 8, "{} chunks", chunks.len());
        for c in &chunks {
            // Each chunk is balanced (no flag or quotation is cut) and ends at a line break.
            let body = &c[c.find('>').unwrap() + 1..c.rfind("</div>").unwrap()];
            assert_eq!(
                body.matches("<span").count() + body.matches("<mark").count(),
                body.matches("</span>").count() + body.matches("</mark>").count()
            );
            assert!(body.ends_with('\n') || std::ptr::eq(c, chunks.last().unwrap()));
        }
    }
}
