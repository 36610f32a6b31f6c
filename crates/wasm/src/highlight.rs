//! `highlight()`: marks flagged spans inside a DOM element.
//!
//! The page's markup is never rewritten: only text nodes are split, and each flagged piece is
//! moved into a new `<mark data-slant>` created with `createElement`. No string is ever parsed as
//! HTML, so article text (or a custom list's explanation) cannot inject markup. Marks from an
//! earlier call are unwrapped first, so calling twice does not nest them.

use js_sys::Reflect;
use slant_core::Report;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Node, Text};

use crate::errors::{describe, type_error};

/// Subtrees whose text is not article prose.
const SKIP: [&str; 9] = [
    "script", "style", "noscript", "template", "textarea", "select", "svg", "math", "iframe",
];

/// Elements that start a new paragraph in the extracted text (a blank line), so that headlines,
/// paragraphs and list items are not run together into one sentence.
const BLOCKS: [&str; 32] = [
    "address",
    "article",
    "aside",
    "blockquote",
    "caption",
    "dd",
    "details",
    "dialog",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "ul",
];
const CELLS: [&str; 4] = ["td", "th", "tr", "table"];

const ELEMENT_NODE: u16 = 1;
const TEXT_NODE: u16 = 3;
const CDATA_NODE: u16 = 4;

/// Accepts any DOM element, including one from another frame (so no `instanceof` check).
pub(crate) fn as_element<'a>(func: &str, v: &'a JsValue) -> Result<&'a Element, JsValue> {
    let node_type = if v.is_object() {
        Reflect::get(v, &"nodeType".into())?.as_f64()
    } else {
        None
    };
    if node_type == Some(f64::from(ELEMENT_NODE)) {
        Ok(v.unchecked_ref())
    } else {
        Err(type_error(&format!(
            "{func}: the first argument must be a DOM element (such as document.querySelector('article')), got {}",
            describe(v)
        )))
    }
}

/// A text node of the element and where its text sits in the extracted text, in UTF-16 units.
struct Piece {
    node: Text,
    start: usize,
    len: usize,
}

/// The element's prose: its text nodes in document order, with blank lines between blocks.
pub(crate) struct Extracted {
    pub text: String,
    pieces: Vec<Piece>,
    units: usize,
}

impl Extracted {
    fn push_str(&mut self, s: &str) {
        self.text.push_str(s);
        self.units += s.encode_utf16().count();
    }

    /// A paragraph break, unless the text already ends with one (or is empty).
    fn push_break(&mut self, blank_line: bool) {
        let want = if blank_line { "\n\n" } else { "\n" };
        if self.text.is_empty() || self.text.ends_with(want) {
            return;
        }
        self.push_str(want);
    }
}

fn tag(e: &Element) -> String {
    e.local_name().to_ascii_lowercase()
}

/// Removes the marks an earlier `highlight()` left, merging the text it had split.
pub(crate) fn unwrap_marks(root: &Element) -> Result<usize, JsValue> {
    let marks = root.query_selector_all("mark[data-slant]")?;
    let mut parents: Vec<Node> = Vec::new();
    for i in 0..marks.length() {
        let Some(mark) = marks.item(i) else { continue };
        let Some(parent) = mark.parent_node() else {
            continue;
        };
        while let Some(child) = mark.first_child() {
            parent.insert_before(&child, Some(&mark))?;
        }
        parent.remove_child(&mark)?;
        if !parents.iter().any(|p| p.is_same_node(Some(&parent))) {
            parents.push(parent);
        }
    }
    // Only where marks were: the rest of the page's text nodes are left as they are.
    for p in &parents {
        p.normalize();
    }
    Ok(marks.length() as usize)
}

/// Walks the element's subtree (without recursion, so deep pages cannot exhaust the stack).
pub(crate) fn extract(root: &Element) -> Result<Extracted, JsValue> {
    let mut out = Extracted {
        text: String::new(),
        pieces: Vec::new(),
        units: 0,
    };
    let root_node: &Node = root.as_ref();
    let mut next = root_node.first_child();
    while let Some(node) = next {
        let mut descend = false;
        match node.node_type() {
            TEXT_NODE | CDATA_NODE => {
                let t: Text = node.clone().unchecked_into();
                let data = t.data();
                // A lone surrogate becomes U+FFFD: still one UTF-16 unit, so offsets hold.
                let start = out.units;
                out.push_str(&data);
                out.pieces.push(Piece {
                    node: t,
                    start,
                    len: out.units - start,
                });
            }
            ELEMENT_NODE => {
                let e: &Element = node.unchecked_ref();
                let name = tag(e);
                if name == "br" {
                    out.push_break(false);
                } else if !SKIP.contains(&name.as_str()) {
                    if BLOCKS.contains(&name.as_str()) {
                        out.push_break(true);
                    } else if CELLS.contains(&name.as_str()) {
                        out.push_break(false);
                    }
                    descend = true;
                }
            }
            _ => {}
        }
        if descend {
            if let Some(child) = node.first_child() {
                next = Some(child);
                continue;
            }
        }
        // Next sibling, or climb until an ancestor (below the root) has one.
        let mut cur = node;
        next = loop {
            if let Some(sib) = cur.next_sibling() {
                break Some(sib);
            }
            match cur.parent_node() {
                Some(p) if !p.is_same_node(Some(root_node)) => {
                    if let Some(e) = p.dyn_ref::<Element>() {
                        if BLOCKS.contains(&tag(e).as_str()) {
                            out.push_break(true);
                        }
                    }
                    cur = p;
                }
                _ => break None,
            }
        };
    }
    Ok(out)
}

/// A stretch of text covered by the same set of flags (flags may overlap).
struct Segment {
    start: usize,
    end: usize,
    flags: Vec<usize>,
}

/// Cuts the flags' UTF-16 ranges at every boundary, so overlapping flags give one mark per piece
/// listing all of them, instead of nested marks.
fn segments(ranges: &[(usize, usize)]) -> Vec<Segment> {
    let mut points: Vec<usize> = ranges
        .iter()
        .filter(|(s, e)| s < e)
        .flat_map(|&(s, e)| [s, e])
        .collect();
    points.sort_unstable();
    points.dedup();
    let mut out: Vec<Segment> = Vec::new();
    for w in points.windows(2) {
        let (a, b) = (w[0], w[1]);
        let flags: Vec<usize> = ranges
            .iter()
            .enumerate()
            .filter(|(_, &(s, e))| s <= a && b <= e && s < e)
            .map(|(i, _)| i)
            .collect();
        if flags.is_empty() {
            continue;
        }
        // Adjacent pieces with the same flags stay one segment.
        if let Some(last) = out.last_mut() {
            if last.end == a && last.flags == flags {
                last.end = b;
                continue;
            }
        }
        out.push(Segment {
            start: a,
            end: b,
            flags,
        });
    }
    out
}

fn unique_join<'a>(items: impl Iterator<Item = &'a str>, sep: &str) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for i in items {
        if !seen.contains(&i) {
            seen.push(i);
        }
    }
    seen.join(sep)
}

fn make_mark(doc: &Document, report: &Report, flags: &[usize]) -> Result<Element, JsValue> {
    let mark = doc.create_element("mark")?;
    let fs: Vec<&slant_core::Flag> = flags.iter().filter_map(|&i| report.flags.get(i)).collect();
    mark.set_attribute(
        "data-slant",
        &unique_join(fs.iter().map(|f| f.category.as_str()), " "),
    )?;
    mark.set_attribute(
        "data-slant-kind",
        &unique_join(fs.iter().map(|f| f.kind.as_str()), " "),
    )?;
    mark.set_attribute(
        "data-slant-rule",
        &unique_join(fs.iter().map(|f| f.rule.as_str()), " "),
    )?;
    let idx: Vec<String> = flags.iter().map(usize::to_string).collect();
    mark.set_attribute("data-slant-flag", &idx.join(" "))?;
    // An attribute value is text, never markup, whatever the message contains.
    let titles: Vec<String> = fs
        .iter()
        .map(|f| format!("{}: {}", f.category.label(), f.message))
        .collect();
    mark.set_attribute(
        "title",
        &unique_join(titles.iter().map(String::as_str), "\n"),
    )?;
    Ok(mark)
}

/// Wraps each flagged stretch in marks; a flag over several text nodes gets one mark per node.
/// `ranges` are the flags' UTF-16 ranges in `ex.text`, indexed like `report.flags`.
pub(crate) fn wrap(
    root: &Element,
    ex: &Extracted,
    report: &Report,
    ranges: &[(usize, usize)],
) -> Result<usize, JsValue> {
    let Some(doc) = root.owner_document() else {
        return Ok(0);
    };
    let segs = segments(ranges);
    let mut count = 0;
    let mut si = 0;
    for piece in &ex.pieces {
        let (p0, p1) = (piece.start, piece.start + piece.len);
        // Local [a, b) ranges in this node, in order.
        let mut local: Vec<(usize, usize, &[usize])> = Vec::new();
        while si < segs.len() && segs[si].end <= p0 {
            si += 1;
        }
        let mut sj = si;
        while sj < segs.len() && segs[sj].start < p1 {
            let s = &segs[sj];
            let (a, b) = (s.start.max(p0) - p0, s.end.min(p1) - p0);
            if a < b {
                local.push((a, b, &s.flags));
            }
            sj += 1;
        }
        // From the end, so the offsets of earlier ranges in the node stay valid.
        for &(a, b, flags) in local.iter().rev() {
            let node = &piece.node;
            // Compare with the node's current length: later ranges were already cut off it.
            if (b as u32) < node.length() {
                node.split_text(b as u32)?;
            }
            let target = if a > 0 {
                node.split_text(a as u32)?
            } else {
                node.clone()
            };
            let Some(parent) = target.parent_node() else {
                continue;
            };
            let mark = make_mark(&doc, report, flags)?;
            parent.insert_before(&mark, Some(&target))?;
            mark.append_child(&target)?;
            count += 1;
        }
    }
    Ok(count)
}
