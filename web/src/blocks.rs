//! The text box for a long text: from `MIN_UTF16` units on, the text is cut at paragraph ends
//! into blocks of about `BLOCK_UTF16` units, each a `<textarea>` of its own, stacked to read as
//! one document. A browser edits, lays out and paints a text box as a whole: typing in one
//! holding 2 MB, the longest main-thread task was 90-330 ms on a busy 2-core machine (a bare
//! `<textarea>` too); in 48 KB blocks it is under 50 ms (tests/e2e, profile-typing.js).
//!
//! `#article-input` is hidden meanwhile (by CSS, while the blocks' container has children), and
//! what reads the text reads it with [`text_of`]: the blocks joined. Caret, selection, undo and
//! IME input are each block's own, so a selection cannot span two blocks.

use std::cell::Cell;

use js_sys::JsString;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlTextAreaElement};

use crate::dom;

/// Texts from this length on (UTF-16 units, a textarea's) are edited in blocks.
pub const MIN_UTF16: u32 = 256 * 1024;
/// A block's length before it ends at the next paragraph end.
pub const BLOCK_UTF16: u32 = 48 * 1024;
pub const CONTAINER_ID: &str = "article-blocks";
/// The label the blocks' group is named by, and the hint that describes it (web/src/app.rs,
/// web/src/panels/editor.rs).
pub const LABEL_ID: &str = "article-label";
pub const HINT_ID: &str = "parts-hint";
/// The group's ARIA attributes, set only while it holds blocks (an empty labelled group would be
/// read out, and point at a hint that is not there).
const GROUP: [(&str, &str); 3] = [
    ("role", "group"),
    ("aria-labelledby", LABEL_ID),
    ("aria-describedby", HINT_ID),
];

thread_local! {
    /// The block an applied suggestion went into, which the Undo button undoes.
    static LAST: Cell<Option<u32>> = const { Cell::new(None) };
    /// Whether a block was edited since the text box last had the blocks written into it.
    static DIRTY: Cell<bool> = const { Cell::new(false) };
}

/// The whole text: the blocks joined in block mode, else what `model` (`#article-input`) holds.
/// As a JavaScript string, not copied through the module.
pub fn text_of(model: &HtmlTextAreaElement) -> JsString {
    parts(model)
        .iter()
        .fold(JsString::from(""), |s, p| s.concat(p))
}

/// The text in parts: the blocks' values in block mode, else `model`'s as one part.
pub fn parts(model: &HtmlTextAreaElement) -> Vec<JsString> {
    let all = blocks();
    if all.is_empty() {
        return vec![dom::value(model)];
    }
    all.iter().map(dom::value).collect()
}

/// `#article-input` with the edits in the blocks written into it: before the page replaces
/// the whole text, so that Undo there brings back the text as edited.
pub fn text_box(input_ref: &yew::NodeRef) -> Option<HtmlTextAreaElement> {
    let ta = input_ref.cast::<HtmlTextAreaElement>()?;
    if DIRTY.replace(false) {
        write_back(&ta);
    }
    Some(ta)
}

/// Notes an edit in a block. It is written into the text box only when the page replaces the
/// whole text ([`text_box`]), not with each key nor with each analysis: setting a 2 MB text
/// box's value took 13-17 ms.
pub fn edited() {
    DIRTY.set(true);
}

fn container() -> Option<HtmlElement> {
    dom::by_id(CONTAINER_ID)?.dyn_into().ok()
}

/// The blocks in order (none outside block mode).
pub fn blocks() -> Vec<HtmlTextAreaElement> {
    let Some(c) = container() else {
        return Vec::new();
    };
    let list = c.children();
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into().ok())
        .collect()
}

pub fn active() -> bool {
    container().is_some_and(|c| c.child_element_count() > 0)
}

/// The ends of the blocks of a text of `len` units: each just after the first paragraph end
/// (`"\n\n"`) at least `block` units on; failing one within another `block` units, after a line
/// end, then a space, else right there (not between the halves of a surrogate pair).
/// `find(needle, from)` is the text's `indexOf`; `low_surrogate(at)` says whether the unit at
/// `at` is the second half of a pair.
pub fn cut_points(
    len: u32,
    block: u32,
    find: impl Fn(&str, u32) -> Option<u32>,
    low_surrogate: impl Fn(u32) -> bool,
) -> Vec<u32> {
    let mut ends = Vec::new();
    let mut at = 0;
    while at < len {
        let min = at.saturating_add(block);
        let end = if min >= len {
            len
        } else {
            ["\n\n", "\n", " "]
                .iter()
                .find_map(|sep| {
                    find(sep, min)
                        .filter(|&i| i - min < block)
                        .map(|i| i + sep.len() as u32)
                })
                .unwrap_or(if low_surrogate(min) { min + 1 } else { min })
        };
        ends.push(end);
        at = end;
    }
    ends
}

/// After the text in `model` was replaced from outside the blocks (a paste, a loaded file, an
/// undo, a restored text): cuts it into blocks again when it is long, or ends block mode when
/// it is short. The caret goes to the same place in the blocks when `model` had focus. Returns
/// whether the text is now in blocks.
pub fn sync(model: &HtmlTextAreaElement) -> bool {
    let long = model.text_length() >= MIN_UTF16;
    if !long && !active() {
        return false;
    }
    let Some(c) = container() else {
        return false;
    };
    let focused = dom::document()
        .and_then(|d| d.active_element())
        .is_some_and(|e| e == ***model);
    let caret = model.selection_end().ok().flatten().unwrap_or(0);
    leave();
    if !long {
        if focused {
            let _ = model.focus();
        }
        return false;
    }
    let Some(doc) = dom::document() else {
        return false;
    };
    let text = dom::value(model);
    let ends = cut_points(
        text.length(),
        BLOCK_UTF16,
        |sep, from| u32::try_from(text.index_of(sep, from as i32)).ok(),
        |at| (0xDC00..0xE000).contains(&(text.char_code_at(at) as u32)),
    );
    let mut start = 0;
    for (k, &end) in ends.iter().enumerate() {
        let Ok(ta) = doc
            .create_element("textarea")
            .map(JsCast::unchecked_into::<HtmlTextAreaElement>)
        else {
            return false;
        };
        ta.set_spellcheck(false);
        // An id for the popover to point at: flags in a long text have no highlight drawn.
        ta.set_id(&format!("part-{}", k + 1));
        // Only the first block is a Tab stop (the arrow keys cross blocks): Tab from any block
        // goes on to what follows the text, as from one text box (the open explanation first).
        if k > 0 {
            ta.set_tab_index(-1);
        }
        let _ = ta.set_attribute(
            "aria-label",
            &format!("Article text, part {} of {}", k + 1, ends.len()),
        );
        // As a JavaScript string: not copied through the module.
        let _ = js_sys::Reflect::set(&ta, &"value".into(), &text.slice(start, end));
        let _ = c.append_child(&ta);
        start = end;
    }
    for (name, value) in GROUP {
        let _ = c.set_attribute(name, value);
    }
    if focused {
        let (ta, at, _) = locate(model, caret, caret);
        let _ = ta.focus();
        let _ = ta.set_selection_range(at, at);
    }
    true
}

/// Ends block mode: the text box shows again, holding the whole text (call [`text_box`] first
/// when the edits in the blocks are to be kept).
pub fn leave() {
    LAST.set(None);
    DIRTY.set(false);
    if let Some(c) = container() {
        c.set_text_content(None);
        for (name, _) in GROUP {
            let _ = c.remove_attribute(name);
        }
    }
}

/// Focuses the first block, for the skip link and the label (the text box they name is hidden
/// while there are blocks). False outside block mode.
pub fn focus_first() -> bool {
    blocks().first().is_some_and(|b| b.focus().is_ok())
}

/// The element the popover points at for a flag: its highlight behind the text box (`id`), or
/// where none is drawn (a text over `view::EDITOR_MAX_BYTES`, so every text in blocks) the text
/// box or block that has focus, which it then describes.
pub fn anchor(id: String) -> String {
    if dom::by_id(&id).is_some() {
        return id;
    }
    dom::document()
        .and_then(|d| d.active_element())
        .filter(|a| a.tag_name() == "TEXTAREA")
        .map(|a| a.id())
        .filter(|a| !a.is_empty())
        .unwrap_or(id)
}

fn write_back(model: &HtmlTextAreaElement) {
    let _ = js_sys::Reflect::set(model, &"value".into(), &text_of(model));
}

/// Where the text's UTF-16 span `start..end` is: the block holding `start` and the span's
/// offsets in it (its end clamped to the block), or `model` itself outside block mode.
pub fn locate(
    model: &HtmlTextAreaElement,
    start: u32,
    end: u32,
) -> (HtmlTextAreaElement, u32, u32) {
    let mut before = 0;
    let all = blocks();
    let n = all.len();
    for (k, b) in all.into_iter().enumerate() {
        let len = b.text_length();
        if start < before + len || k + 1 == n {
            let s = start.saturating_sub(before).min(len);
            return (b, s, end.saturating_sub(before).clamp(s, len));
        }
        before += len;
    }
    (model.clone(), start, end)
}

/// The UTF-16 offset in the whole text of offset `at` in block `ta` (`at` itself outside
/// block mode).
pub fn global(ta: &HtmlTextAreaElement, at: u32) -> u32 {
    blocks()
        .iter()
        .take_while(|b| *b != ta)
        .map(|b| b.text_length())
        .sum::<u32>()
        + at
}

/// Like [`locate`], and remembers the block for [`undo_target`]: an edit the page makes.
pub fn edit_target(
    model: &HtmlTextAreaElement,
    start: u32,
    end: u32,
) -> (HtmlTextAreaElement, u32, u32) {
    let (ta, s, e) = locate(model, start, end);
    let all = blocks();
    LAST.set(all.iter().position(|b| *b == ta).map(|k| k as u32));
    (ta, s, e)
}

/// The text box whose last edit the Undo button takes back: the block the page last edited.
pub fn undo_target(model: &HtmlTextAreaElement) -> HtmlTextAreaElement {
    LAST.get()
        .and_then(|k| blocks().into_iter().nth(k as usize))
        .unwrap_or_else(|| model.clone())
}

/// Arrow keys cross from a block's end into the next block and from its start into the one
/// before, so the caret moves through the text as through one box. True when it moved.
pub fn cross(ta: &HtmlTextAreaElement, key: &str) -> bool {
    let (Ok(Some(s)), Ok(Some(e))) = (ta.selection_start(), ta.selection_end()) else {
        return false;
    };
    let forward = matches!(key, "ArrowDown" | "ArrowRight");
    let all = blocks();
    let Some(k) = all.iter().position(|b| b == ta) else {
        return false;
    };
    let next = if forward {
        (s == e && e == ta.text_length())
            .then(|| all.get(k + 1))
            .flatten()
    } else {
        (s == e && s == 0 && k > 0)
            .then(|| all.get(k - 1))
            .flatten()
    };
    let Some(next) = next else {
        return false;
    };
    let at = if forward { 0 } else { next.text_length() };
    let _ = next.focus();
    let _ = next.set_selection_range(at, at);
    true
}

/// Scrolls the blocks' container so that offset `at` of block `ta` shows a third of the way
/// down (by its share of the block's height: blocks have no scrolling of their own).
pub fn reveal(ta: &HtmlTextAreaElement, at: u32) {
    let Some(c) = container() else {
        return;
    };
    let share = f64::from(at) / f64::from(ta.text_length().max(1));
    let y = f64::from(ta.offset_top()) + share * f64::from(ta.offset_height());
    c.set_scroll_top((y - f64::from(c.client_height()) / 3.0) as i32);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cuts(text: &str, block: u32) -> Vec<String> {
        let units: Vec<u16> = text.encode_utf16().collect();
        let find = |sep: &str, from: u32| {
            let sep: Vec<u16> = sep.encode_utf16().collect();
            (from as usize..units.len().saturating_sub(sep.len() - 1))
                .find(|&i| units[i..].starts_with(&sep))
                .map(|i| i as u32)
        };
        let low = |at: u32| {
            units
                .get(at as usize)
                .is_some_and(|u| (0xDC00..0xE000).contains(u))
        };
        let mut start = 0;
        cut_points(units.len() as u32, block, find, low)
            .into_iter()
            .map(|end| {
                let s = String::from_utf16(&units[start..end as usize]).unwrap();
                start = end as usize;
                s
            })
            .collect()
    }

    #[test]
    fn blocks_end_at_paragraph_ends_and_join_to_the_text() {
        let text = "One two.\n\nThree.\n\nSix.\nSeven\nEight nine ten\n\nEleven.";
        let parts = cuts(text, 6);
        assert_eq!(parts.concat(), text);
        assert_eq!(parts[0], "One two.\n\n");
        assert_eq!(parts[1], "Three.\n\n");
        // No paragraph end within reach: a line end, then a space.
        assert_eq!(parts[2], "Six.\nSeven\n");
        assert_eq!(parts[3], "Eight nine ");
        assert!(parts[..parts.len() - 1].iter().all(|p| p.len() >= 6));
        assert!(cuts("", 6).is_empty());
        assert_eq!(cuts("short", 64), vec!["short"]);
    }

    #[test]
    fn a_text_without_breaks_is_cut_between_characters() {
        let text = "🙂".repeat(10);
        // 20 units; a cut at an odd unit would split a pair: it moves one on.
        let parts = cuts(&text, 3);
        assert_eq!(parts.concat(), text);
        assert!(parts.iter().all(|p| p.chars().count() == 2));
        let text = "a".repeat(10);
        assert_eq!(cuts(&text, 4), vec!["aaaa", "aaaa", "aa"]);
    }
}
