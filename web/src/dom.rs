//! Small browser helpers. None of them panics: a missing window or element is treated as
//! "nothing to do", since a page that lost a node must keep working.

use std::cell::RefCell;

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{
    Blob, BlobPropertyBag, Element, HtmlAnchorElement, HtmlElement, HtmlTextAreaElement,
};

/// Builds elements straight into the DOM for [`crate::article::Sink`] writers: text becomes text
/// nodes (`Element.append` with a string) and attribute values go through `setAttribute`, so
/// nothing from the article or a user's list is ever parsed as HTML.
pub struct DomSink {
    doc: web_sys::Document,
    /// Open elements; the first is the detached root that `finish` returns.
    stack: Vec<Element>,
}

impl DomSink {
    /// A sink writing into a new detached `<tag class="class">`.
    pub fn new(tag: &str, class: &str) -> Option<DomSink> {
        let doc = document()?;
        let root = doc.create_element(tag).ok()?;
        root.set_class_name(class);
        Some(DomSink {
            doc,
            stack: vec![root],
        })
    }

    pub fn finish(self) -> Option<Element> {
        self.stack.into_iter().next()
    }
}

impl crate::article::Sink for DomSink {
    fn open(&mut self, tag: &'static str, attrs: &[(&'static str, &str)]) {
        let Some(parent) = self.stack.last().cloned() else {
            return;
        };
        match self.doc.create_element(tag) {
            Ok(el) => {
                for (name, value) in attrs {
                    let _ = el.set_attribute(name, value);
                }
                let _ = parent.append_child(&el);
                self.stack.push(el);
            }
            // Keeps opens and closes balanced if the browser refuses an element.
            Err(_) => self.stack.push(parent),
        }
    }
    fn text(&mut self, s: &str) {
        if let Some(top) = self.stack.last() {
            let _ = top.append_with_str_1(s);
        }
    }
    fn close(&mut self) {
        if self.stack.len() > 1 {
            self.stack.pop();
        }
    }
}

pub fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// The element matching `selector` that an event landed on or inside: what a delegated
/// listener (one for a panel's many buttons) acts on.
pub fn closest_target(e: &web_sys::Event, selector: &str) -> Option<Element> {
    e.target()?
        .dyn_into::<Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

pub fn by_id(id: &str) -> Option<Element> {
    document()?.get_element_by_id(id)
}

/// Rendered heights of elements by their `data-k` key, in document order per key: sorted by
/// key (stable, so each key's heights stay in document order), with the next one to give per
/// key. (Not a hash map of queues: the page would carry a hash table's code for this type alone.)
#[derive(Default)]
pub struct Heights {
    hs: Vec<(u64, f64)>,
    /// At each key's first index: the index of its next height.
    next: RefCell<Vec<usize>>,
}

impl Heights {
    /// From (key, height) pairs in document order.
    fn new(mut hs: Vec<(u64, f64)>) -> Heights {
        slant_core::sort::sort_by(&mut hs, |a, b| a.0.cmp(&b.0));
        let next = RefCell::new((0..hs.len()).collect());
        Heights { hs, next }
    }

    /// The next height recorded for key `k`; the last one is kept for any further element
    /// with the same key.
    pub fn take(&self, k: u64) -> Option<f64> {
        let lo = self.hs.partition_point(|e| e.0 < k);
        if self.hs.get(lo)?.0 != k {
            return None;
        }
        let hi = lo + self.hs[lo..].partition_point(|e| e.0 == k);
        let mut next = self.next.borrow_mut();
        let at = next[lo];
        if hi - at > 1 {
            next[lo] = at + 1;
        }
        Some(self.hs[at].1)
    }
}

/// The heights of the elements matching `selector` that carry a `data-k` key. An element the
/// browser has not laid out (`content-visibility: auto`) reports its placeholder height.
pub fn heights(selector: &str) -> Heights {
    let mut hs: Vec<(u64, f64)> = Vec::new();
    let Some(list) = document().and_then(|d| d.query_selector_all(selector).ok()) else {
        return Heights::default();
    };
    for i in 0..list.length() {
        let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        let Some(k) = el.get_attribute("data-k").and_then(|k| k.parse().ok()) else {
            continue;
        };
        let h = el.get_bounding_client_rect().height();
        if h > 0.0 {
            hs.push((k, h));
        }
    }
    Heights::new(hs)
}

/// Milliseconds from the page's time origin (0 when there is no clock).
/// A text box's value as a JavaScript string, not copied into the module.
pub fn value(ta: &web_sys::HtmlTextAreaElement) -> js_sys::JsString {
    js_sys::Reflect::get(ta, &"value".into())
        .ok()
        .and_then(|v| v.dyn_into().ok())
        .unwrap_or_else(|| js_sys::JsString::from(""))
}

pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Offers `content` as a file download, without any network request.
pub fn download(filename: &str, mime: &str, content: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(content));
    let opts = BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let doc = document().ok_or("no document")?;
    let a: HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(filename);
    a.style().set_property("display", "none")?;
    let body = doc.body().ok_or("no body")?;
    body.append_child(&a)?;
    a.click();
    a.remove();
    // Revoke later: some browsers start the download after the click handler returns.
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Reads a dropped or chosen file as UTF-8 text, then calls `done`: a callback rather than a
/// future, so that the page holds no async runtime (its task queue and wakers). One function
/// serves as both of the promise's handlers, so it is called once and then freed: `Blob.text()`
/// fulfils with a string and rejects with an exception object, never a string.
pub fn read_text(file: &web_sys::File, done: impl FnOnce(Result<String, String>) + 'static) {
    let handler = Closure::once_into_js(move |v: JsValue| {
        done(
            v.as_string()
                .ok_or_else(|| "the file could not be read".into()),
        )
    });
    let promise = file.text();
    if let Ok(then) = js_sys::Reflect::get(&promise, &"then".into()) {
        let _ = then
            .unchecked_into::<js_sys::Function>()
            .call2(&promise, &handler, &handler);
    }
}

fn matches_media(q: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(q).ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Phone-width windows show the popover as a sheet at the bottom (CSS places it).
pub fn narrow() -> bool {
    matches_media("(max-width: 640px)")
}

/// Places the popover `pop` next to the element `anchor_id`: below its first line box, or above
/// when there is no room below, kept inside the viewport. Coordinates are for `position: fixed`.
pub fn place_popover(pop: &HtmlElement, anchor_id: &str) {
    let style = pop.style();
    if narrow() {
        for p in ["top", "left"] {
            let _ = style.remove_property(p);
        }
        return;
    }
    let (Some(anchor), Some(win)) = (by_id(anchor_id), web_sys::window()) else {
        return;
    };
    let rects = anchor.get_client_rects();
    let r = match rects.get(0) {
        Some(r) => r,
        None => anchor.get_bounding_client_rect(),
    };
    let vw = win
        .inner_width()
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(1024.0);
    let vh = win
        .inner_height()
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(768.0);
    let pw = f64::from(pop.offset_width());
    let ph = f64::from(pop.offset_height());
    let gap = 8.0;
    let mut top = r.bottom() + gap;
    if top + ph > vh - gap && r.top() - gap - ph >= gap {
        top = r.top() - gap - ph;
    }
    // Kept on screen: an anchor can be taller than the window (a block of a long text, see
    // `blocks::anchor`).
    top = top.min(vh - ph - gap).max(gap);
    let left = r.left().min(vw - pw - gap).max(gap);
    let _ = style.set_property("top", &format!("{}px", crate::model::fixed(top, 0)));
    let _ = style.set_property("left", &format!("{}px", crate::model::fixed(left, 0)));
}

/// Selects line `line` (1-based) of a textarea and focuses it, so an error is shown in place.
pub fn select_line(ta: &HtmlTextAreaElement, line: usize) {
    let text = ta.value();
    // Selection offsets are UTF-16 code units.
    let mut start = 0u32;
    let mut end = 0u32;
    for (i, l) in text.split('\n').enumerate() {
        let len = l.encode_utf16().count() as u32;
        if i + 1 == line {
            end = start + len;
            break;
        }
        start += len + 1;
        end = start;
    }
    let _ = ta.focus();
    let _ = ta.set_selection_range(start, end);
    // Scroll the textarea so that the line is visible.
    let lines = text.split('\n').count().max(1) as f64;
    let h = f64::from(ta.scroll_height());
    ta.set_scroll_top(((line as f64 - 3.0).max(0.0) / lines * h) as i32);
}

/// Runs an editing command on the focused field (`document.execCommand`): the change goes into
/// the field's own undo history, so Ctrl+Z undoes it. False when the browser refused it.
fn exec(command: &str, value: &str) -> bool {
    document()
        .and_then(|d| d.dyn_into::<web_sys::HtmlDocument>().ok())
        .and_then(|d| {
            d.exec_command_with_show_ui_and_value(command, false, value)
                .ok()
        })
        .unwrap_or(false)
}

/// Replaces the text between UTF-16 offsets `start` and `end` of `ta` with `with`, undoably
/// (see [`exec`]); sets the value directly, without undo, where the browser has no such command.
pub fn replace_range(ta: &HtmlTextAreaElement, start: u32, end: u32, with: &str) {
    let _ = ta.focus();
    let _ = ta.set_selection_range(start, end);
    let done = if with.is_empty() {
        start == end || exec("delete", "")
    } else {
        exec("insertText", with)
    };
    if !done {
        let _ = ta.set_range_text_with_start_and_end(with, start, end);
        // Bubbling, so the page's delegated listener hears it as it hears typing.
        let init = web_sys::InputEventInit::new();
        init.set_bubbles(true);
        init.set_input_type("insertReplacementText");
        if let Ok(e) = web_sys::InputEvent::new_with_event_init_dict("input", &init) {
            let _ = ta.dispatch_event(&e);
        }
    }
}

/// Replaces the whole text of `ta`, undoably.
pub fn replace_all(ta: &HtmlTextAreaElement, with: &str) {
    let len = ta.value().encode_utf16().count() as u32;
    replace_range(ta, 0, len, with);
    ta.set_scroll_top(0);
}

/// Undoes the last edit of `ta` (as Ctrl+Z would).
pub fn undo(ta: &HtmlTextAreaElement) {
    let _ = ta.focus();
    exec("undo", "");
}

/// The page's address without its fragment.
pub fn base_url() -> Option<String> {
    let l = web_sys::window()?.location();
    Some(format!(
        "{}{}{}",
        l.origin().ok()?,
        l.pathname().ok()?,
        l.search().ok()?
    ))
}

pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Drops the fragment from the address bar without reloading or adding a history entry.
pub fn clear_hash() {
    let (Some(w), Some(url)) = (web_sys::window(), base_url()) else {
        return;
    };
    if let Ok(h) = w.history() {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(&url));
    }
}

/// Puts `text` on the clipboard when the browser allows it (the result is not awaited: the
/// page shows the text as well).
pub fn copy(text: &str) {
    if let Some(w) = web_sys::window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

pub fn encode_uri(s: &str) -> String {
    js_sys::encode_uri_component(s).into()
}

pub fn decode_uri(s: &str) -> Option<String> {
    js_sys::decode_uri_component(s).ok().map(String::from)
}

#[cfg(test)]
mod tests {
    use super::Heights;

    /// Each key gives its heights in document order, then keeps giving its last one.
    #[test]
    fn heights_come_in_document_order_per_key() {
        let h = Heights::new(vec![(7, 1.0), (3, 2.0), (7, 3.0), (3, 4.0), (9, 5.0)]);
        assert_eq!(h.take(7), Some(1.0));
        assert_eq!(h.take(3), Some(2.0));
        assert_eq!(h.take(7), Some(3.0));
        assert_eq!(h.take(7), Some(3.0));
        assert_eq!(h.take(3), Some(4.0));
        assert_eq!(h.take(3), Some(4.0));
        assert_eq!(h.take(9), Some(5.0));
        assert_eq!(h.take(9), Some(5.0));
        assert_eq!(h.take(5), None);
        assert_eq!(h.take(10), None);
        assert_eq!(Heights::default().take(1), None);
    }
}
