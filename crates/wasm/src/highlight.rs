//! `highlight()`: marks flagged spans inside a DOM element.
//!
//! The page's markup is never rewritten: only text nodes are split, and each flagged piece is
//! moved into a new `<mark data-slant>` created with `createElement`. No string is ever parsed as
//! HTML, so article text (or a custom list's explanation) cannot inject markup. Marks from an
//! earlier call are unwrapped first, so calling twice does not nest them.
//!
//! Only what this module made is ever undone: its marks and the text nodes it split off carry a
//! property under a registered symbol (never an attribute, so a copy of the markup is not ours).
//! Unwrapping moves the split pieces back into the node they came from, so a text node the page
//! holds is the same object, attached, with the same text after highlight -> unhighlight; marks
//! the page made itself, even `mark[data-slant]`, are left alone, and nothing is `normalize()`d.

use js_sys::{Array, Reflect, Symbol};
use slant_core::Report;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Node, Text};

use crate::errors::{describe, type_error};

/// Subtrees whose text is not article prose (a CSS selector list; `options.skip` replaces it):
/// code, form fields and editable regions, where a mark would get in the user's way.
pub const DEFAULT_SKIP: &str = "code, pre, kbd, samp, script, style, textarea, noscript, template, select, svg, math, iframe, [contenteditable]:not([contenteditable=false])";

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

/// The key of the property that tags what `highlight()` made: `true` on its marks, and on each
/// text node it split off, the node the piece came from. `Symbol.for`, so every copy of the
/// module (and a restarted one) recognises the marks another made.
fn tag_key() -> Symbol {
    Symbol::for_("slant-wasm.highlight")
}

fn is_ours(mark: &JsValue, key: &Symbol) -> bool {
    Reflect::get(mark, key).is_ok_and(|v| v.as_bool() == Some(true))
}

/// Removes the marks an earlier `highlight()` left and puts the text it split back into the
/// nodes it came from. Returns how many marks were removed.
pub(crate) fn unwrap_marks(root: &Element) -> Result<usize, JsValue> {
    let key = tag_key();
    let found = root.query_selector_all("mark[data-slant]")?;
    let origins = js_sys::Set::new(&JsValue::UNDEFINED);
    let mut removed = 0;
    for i in 0..found.length() {
        let Some(mark) = found.item(i) else { continue };
        if !is_ours(&mark, &key) {
            continue;
        }
        let Some(parent) = mark.parent_node() else {
            continue;
        };
        while let Some(child) = mark.first_child() {
            // A piece points at its original node; an original moved whole into a mark is its own.
            let origin = Reflect::get(&child, &key)?;
            if origin.is_object() {
                origins.add(&origin);
            } else if child.node_type() == TEXT_NODE {
                origins.add(&child);
            }
            parent.insert_before(&child, Some(&mark))?;
        }
        parent.remove_child(&mark)?;
        removed += 1;
    }
    // Each original is followed by its pieces, in order: one join and one write per node keeps
    // this linear, and goes through JavaScript strings so lone surrogates survive.
    let mut err = None;
    origins.for_each(&mut |origin, _, _| {
        if err.is_none() {
            if let Err(e) = rejoin(origin.unchecked_ref(), &key) {
                err = Some(e);
            }
        }
    });
    err.map_or(Ok(removed), Err)
}

fn rejoin(origin: &Node, key: &Symbol) -> Result<(), JsValue> {
    let data_key = JsValue::from_str("data");
    let parts = Array::of1(&Reflect::get(origin, &data_key)?);
    while let Some(next) = origin.next_sibling() {
        let from = Reflect::get(&next, key)?;
        if !(from.is_object() && origin.is_same_node(Some(from.unchecked_ref()))) {
            break;
        }
        parts.push(&Reflect::get(&next, &data_key)?);
        if let Some(parent) = next.parent_node() {
            parent.remove_child(&next)?;
        }
    }
    if parts.length() > 1 {
        Reflect::set(origin, &data_key, &parts.join("").into())?;
    }
    Ok(())
}

/// Whether an element's subtree is skipped: checked with `Element.matches`, once per element.
pub(crate) struct Skip(Option<String>);

impl Skip {
    /// `None` is the default list; `""` skips nothing. A selector the browser cannot parse is a
    /// TypeError naming the option, found here rather than halfway through the walk.
    pub(crate) fn new(
        func: &str,
        root: &Element,
        selector: Option<String>,
    ) -> Result<Skip, JsValue> {
        let selector = selector.unwrap_or_else(|| DEFAULT_SKIP.to_string());
        if selector.trim().is_empty() {
            return Ok(Skip(None));
        }
        if root.matches(&selector).is_err() {
            return Err(type_error(&format!(
                "{func}: options.skip must be a CSS selector list such as \"code, pre, .no-slant\", got {selector:?}"
            )));
        }
        Ok(Skip(Some(selector)))
    }

    fn skips(&self, e: &Element) -> bool {
        self.0
            .as_deref()
            .is_some_and(|s| e.matches(s).unwrap_or(false))
    }
}

/// Walks the element's subtree (without recursion, so deep pages cannot exhaust the stack).
pub(crate) fn extract(root: &Element, skip: &Skip) -> Result<Extracted, JsValue> {
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
                } else if !skip.skips(e) {
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
    // The core's sort: in WebAssembly its small heapsort, not a copy of the standard sort.
    slant_core::sort::sort_values(&mut points);
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
    let key = tag_key();
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
                let rest = node.split_text(b as u32)?;
                Reflect::set(&rest, &key, node)?;
            }
            let target = if a > 0 {
                let piece = node.split_text(a as u32)?;
                Reflect::set(&piece, &key, node)?;
                piece
            } else {
                node.clone()
            };
            let Some(parent) = target.parent_node() else {
                continue;
            };
            let mark = make_mark(&doc, report, flags)?;
            Reflect::set(&mark, &key, &JsValue::TRUE)?;
            parent.insert_before(&mark, Some(&target))?;
            mark.append_child(&target)?;
            count += 1;
        }
    }
    Ok(count)
}
