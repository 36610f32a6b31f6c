//! The text box with the highlights in it: a plain `<textarea>` (so caret, selection, undo,
//! IME input and paste behave as in any text box) over a backdrop that lays out the same text
//! with the same font and wrapping, draws the highlights, and scrolls with it. Text in the
//! backdrop is transparent: what is read and edited is the textarea's own text.
//!
//! Placing the caret in a highlight (click, tap or arrow keys) opens its explanation.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::panels::popover::{Active, PopMsg};
use crate::view::View;
use crate::{blocks, dom, layout};

pub struct EditorProps {
    pub input_ref: NodeRef,
    pub view: Option<Rc<View>>,
    pub oninput: Callback<InputEvent>,
    pub on_pop: Callback<PopMsg>,
    /// The selected actor's mentions and labels (see `panels::actors::write_marks`), drawn over
    /// the highlights and scrolled with them.
    pub marks: Option<Html>,
}

/// Byte offset in `text` of the UTF-16 offset `u16_at` (a textarea's selection), clamped.
pub fn byte_offset(text: &str, u16_at: u32) -> usize {
    let mut units = 0u32;
    for (i, c) in text.char_indices() {
        if units >= u16_at {
            return i;
        }
        units += c.len_utf16() as u32;
    }
    text.len()
}

/// UTF-16 offsets (a textarea's) of the byte span `start..end` of `text`, clamped.
pub fn utf16_span(text: &str, start: usize, end: usize) -> (u32, u32) {
    let len = |s: &str| s.encode_utf16().count() as u32;
    let s = text.get(..start).map_or(len(text), len);
    let e = s + text.get(start..end).map_or(0, len);
    (s, e)
}

/// The flags at byte `at` (a caret right after a word counts as in it), word-level ones first,
/// and the backdrop element to anchor their explanation to.
pub fn flags_at(v: &View, at: usize) -> Option<Active> {
    // Word-level flags first, each group in report order (a partition, not a sort: one generic
    // sort fewer in the module).
    let (mut hits, sentences): (Vec<usize>, Vec<usize>) = v
        .report
        .flags
        .iter()
        .enumerate()
        .filter(|(_, f)| f.start <= at && at <= f.end && f.start < f.end)
        .map(|(i, _)| i)
        .partition(|&i| !layout::is_sentence_level(v.report.flags[i].category));
    hits.extend(sentences);
    let first = *hits.first()?;
    let anchor = v.layout().anchor.get(first).cloned().flatten()?;
    Some(Active {
        flags: hits,
        anchor: blocks::anchor(format!("e{anchor}")),
        pinned: true,
    })
}

/// The latest render's callbacks, for listeners added once (on the blocks of a long text).
struct Latest {
    input: Callback<InputEvent>,
    pop: Callback<PopMsg>,
    /// Explains the flags at a selection of the whole text (UTF-16 offsets).
    at: Callback<(u32, u32)>,
}

/// A hook of the App's render rather than a component, as the popover: its props were new at
/// every App render anyway (`oninput`), and a component's lifecycle is its own code.
#[hook]
pub fn use_editor(p: EditorProps) -> Html {
    let backdrop = use_node_ref();
    let blocks_ref = use_node_ref();

    // The backdrop follows the text box's scrolling.
    {
        let backdrop = backdrop.clone();
        let input_ref = p.input_ref.clone();
        use_effect_with((), move |_| {
            let ta = input_ref.cast::<HtmlTextAreaElement>();
            let sync = {
                let ta = ta.clone();
                Closure::<dyn Fn()>::new(move || {
                    if let (Some(ta), Some(b)) = (&ta, backdrop.cast::<HtmlElement>()) {
                        b.set_scroll_top(ta.scroll_top());
                    }
                })
            };
            if let Some(ta) = &ta {
                let _ =
                    ta.add_event_listener_with_callback("scroll", sync.as_ref().unchecked_ref());
            }
            move || {
                if let Some(ta) = &ta {
                    let _ = ta.remove_event_listener_with_callback(
                        "scroll",
                        sync.as_ref().unchecked_ref(),
                    );
                }
                drop(sync);
            }
        });
    }
    // A new analysis: its highlights fit the text again, unless typing went on meanwhile.
    {
        let backdrop = backdrop.clone();
        let input_ref = p.input_ref.clone();
        use_effect_with(p.view.clone(), move |v| {
            if let (Some(b), Some(ta)) = (
                backdrop.cast::<HtmlElement>(),
                input_ref.cast::<HtmlTextAreaElement>(),
            ) {
                let fresh = v.as_ref().is_none_or(|v| v.fits(&ta));
                let _ = b.class_list().toggle_with_force("stale", !fresh);
                b.set_scroll_top(ta.scroll_top());
            }
        });
    }

    let oninput = {
        let backdrop = backdrop.clone();
        let forward = p.oninput.clone();
        Callback::from(move |e: InputEvent| {
            // The highlights no longer fit the text: hidden until the next analysis.
            if let Some(b) = backdrop.cast::<HtmlElement>() {
                let _ = b.class_list().add_1("stale");
            }
            // The text box's own input: typing (a no-op below `blocks::MIN_UTF16`), or a whole
            // new text, which a long one puts in blocks.
            if let Some(ta) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
            {
                blocks::sync(&ta);
            }
            forward.emit(e);
        })
    };
    let at = {
        let view = p.view.clone();
        let on_pop = p.on_pop.clone();
        let input_ref = p.input_ref.clone();
        Callback::from(move |(s, e): (u32, u32)| {
            let (Some(v), Some(ta)) = (&view, input_ref.cast::<HtmlTextAreaElement>()) else {
                return;
            };
            if !v.fits(&ta) {
                return;
            }
            // A selection is for editing, not asking.
            let hit = (s == e)
                .then(|| flags_at(v, byte_offset(&v.text, s)))
                .flatten();
            on_pop.emit(match hit {
                Some(a) => PopMsg::Show(a),
                None => PopMsg::Hide,
            });
        })
    };
    let latest = use_mut_ref(|| None::<Latest>);
    *latest.borrow_mut() = Some(Latest {
        input: p.oninput.clone(),
        pop: p.on_pop.clone(),
        at: at.clone(),
    });
    let at_caret = {
        let input_ref = p.input_ref.clone();
        move || {
            let Some(ta) = input_ref.cast::<HtmlTextAreaElement>() else {
                return;
            };
            if let (Ok(Some(s)), Ok(Some(e))) = (ta.selection_start(), ta.selection_end()) {
                at.emit((s, e));
            }
        }
    };
    let onclick = {
        let at_caret = at_caret.clone();
        Callback::from(move |_: MouseEvent| at_caret())
    };
    // On keydown, not keyup: a keyup listener on the page makes every keystroke wait for a
    // paint that has nothing to show. The caret has moved once the key's default action ran.
    let onkeydown = {
        let on_pop = p.on_pop.clone();
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Escape" => on_pop.emit(PopMsg::Hide),
            k if is_move(k) => {
                let at_caret = at_caret.clone();
                Timeout::new(0, at_caret).forget();
            }
            _ => {}
        })
    };
    // The same for the blocks of a long text, with listeners added once on their container:
    // an edit in a block is written back into the text box, then goes on as typing there would.
    {
        let blocks_ref = blocks_ref.clone();
        use_effect_with((), move |_| {
            let latest = move || {
                latest
                    .borrow()
                    .as_ref()
                    .map(|l| (l.input.clone(), l.pop.clone(), l.at.clone()))
            };
            let caret = {
                let latest = latest.clone();
                move |ta: &HtmlTextAreaElement| {
                    if let (Some((_, _, at)), Ok(Some(s)), Ok(Some(e))) =
                        (latest(), ta.selection_start(), ta.selection_end())
                    {
                        at.emit((blocks::global(ta, s), blocks::global(ta, e)));
                    }
                }
            };
            // One listener for the three events (one closure type fewer in the module).
            let on = Closure::<dyn Fn(Event)>::new(move |e: Event| {
                let Some(ta) = e
                    .target()
                    .and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok())
                else {
                    return;
                };
                if let Some(e) = e.dyn_ref::<InputEvent>() {
                    blocks::edited();
                    if let Some((input, _, _)) = latest() {
                        input.emit(e.clone());
                    }
                    return;
                }
                let Some(k) = e.dyn_ref::<KeyboardEvent>().map(|k| k.key()) else {
                    // A click.
                    caret(&ta);
                    return;
                };
                if k == "Escape" {
                    if let Some((_, pop, _)) = latest() {
                        pop.emit(PopMsg::Hide);
                    }
                } else if is_move(&k) {
                    if k.starts_with("Arrow") && blocks::cross(&ta, &k) {
                        e.prevent_default();
                    }
                    let caret = caret.clone();
                    Timeout::new(0, move || {
                        if let Some(ta) = dom::document()
                            .and_then(|d| d.active_element())
                            .and_then(|a| a.dyn_into::<HtmlTextAreaElement>().ok())
                        {
                            caret(&ta);
                        }
                    })
                    .forget();
                }
            });
            let c = blocks_ref.cast::<HtmlElement>();
            let set = move |add: bool| {
                let Some(c) = &c else { return };
                let f = on.as_ref().unchecked_ref();
                for name in ["input", "click", "keydown"] {
                    let _ = if add {
                        c.add_event_listener_with_callback(name, f)
                    } else {
                        c.remove_event_listener_with_callback(name, f)
                    };
                }
            };
            set(true);
            move || set(false)
        });
    }
    let copy_all = {
        let input_ref = p.input_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(ta) = input_ref.cast::<HtmlTextAreaElement>() {
                dom::copy(&String::from(blocks::text_of(&ta)));
            }
        })
    };

    let overlay = p.view.as_ref().and_then(|v| v.editor.clone());
    let too_long = p.view.as_ref().is_some_and(|v| v.editor.is_none());
    html! {
        <>
        // Read from the page at each render: a new text's analysis renders this again. Above
        // the box, so that Tab goes from the text to an open explanation's actions.
        if blocks::active() {
            <p class="hint"><span id={blocks::HINT_ID}>{ PARTS_HINT }</span>
                <button type="button" class="btn" onclick={copy_all}>{ "Copy all" }</button></p>
        }
        <div class="editor">
            <div class="blocks" id={blocks::CONTAINER_ID} ref={blocks_ref}></div>
            <div class="backdrop" ref={backdrop} aria-hidden="true">{ overlay.unwrap_or_default() }{ p.marks.clone().unwrap_or_default() }</div>
            <textarea id="article-input" ref={p.input_ref.clone()} spellcheck="false"
                placeholder="Paste or type a news article here, or drop a .txt or .md file anywhere on the page."
                oninput={oninput} {onclick} {onkeydown} />
        </div>
        if too_long {
            <p class="hint">{ TOO_LONG_HINT }</p>
        }
        </>
    }
}

/// Said under a text over `view::EDITOR_MAX_BYTES` (a literal: a `format!` costs the module).
const TOO_LONG_HINT: &str =
    "This text is over 60 KB: its highlights are in the reading view, not in the text box.";

/// Said under a text in blocks (the sizes are `blocks::MIN_UTF16` and `blocks::BLOCK_UTF16`).
const PARTS_HINT: &str = "Over 256 KB, the text is edited in parts of about 48 KB (in one box that size, each key is slow): a selection stays within one part, and Ctrl+A selects a part. ";

/// Keys that move the caret (after which the flags at it are explained).
fn is_move(key: &str) -> bool {
    matches!(
        key,
        "ArrowLeft"
            | "ArrowRight"
            | "ArrowUp"
            | "ArrowDown"
            | "Home"
            | "End"
            | "PageUp"
            | "PageDown"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::EDITOR_MAX_BYTES;

    #[test]
    fn the_parts_hint_gives_the_sizes_in_use() {
        let sizes = format!(
            "Over {} KB, the text is edited in parts of about {} KB",
            blocks::MIN_UTF16 / 1024,
            blocks::BLOCK_UTF16 / 1024
        );
        assert!(PARTS_HINT.starts_with(&sizes));
    }

    #[test]
    fn the_long_text_hint_gives_the_size_in_use() {
        let size = format!("over {} KB:", EDITOR_MAX_BYTES / 1000);
        assert!(TOO_LONG_HINT.contains(&size));
    }

    #[test]
    fn utf16_offsets_map_to_bytes() {
        let t = "é🙂a";
        assert_eq!(byte_offset(t, 0), 0);
        assert_eq!(byte_offset(t, 1), 2);
        assert_eq!(byte_offset(t, 3), 6);
        assert_eq!(byte_offset(t, 4), 7);
        assert_eq!(byte_offset(t, 99), 7);
        // Inside a surrogate pair: the char's end.
        assert_eq!(byte_offset(t, 2), 6);
        assert_eq!(utf16_span(t, 2, 6), (1, 3));
        assert_eq!(utf16_span(t, 99, 100), (4, 4));
    }
}
