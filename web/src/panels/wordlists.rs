//! The custom wordlist panel: paste, upload or template a TOML list; parse errors are shown in
//! place; the lists in use can be removed. The page owns the lists: this panel proposes a new
//! set through `on_change`.

use std::rc::Rc;

use slant_core::{Analyzer, WordList, WordListError};
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::dom;
use crate::lists;
use crate::model::{self, kind_label};
use crate::panels::fixed::fixed;
use crate::storage::SavedList;

pub const TEMPLATE: &str = r#"[list]
id = "my-desk"
category = "loaded_language"
kind = "pejorative"
description = "Words our desk avoids."

[[entry]]
term = "regime"
explain = "'Regime' signals disapproval of a government; name it neutrally."
suggest = ["government", "administration"]
"#;

/// The custom lists in use, each with the source it was parsed from (kept for the next visit).
pub type Custom = Rc<Vec<(WordList, SavedList)>>;

/// A new set of custom lists and the analyzer compiled from them (`None`: built-ins only).
pub type ListChange = (Vec<(WordList, SavedList)>, Option<Analyzer>);

/// Compiles saved lists again (after a reload); a list that no longer parses is left out and
/// named in the returned errors.
pub fn restore(saved: &[SavedList]) -> (ListChange, Vec<String>) {
    let mut lists: Vec<(WordList, SavedList)> = Vec::new();
    let mut analyzer = None;
    let mut errors = Vec::new();
    for s in saved {
        let current: Vec<WordList> = lists.iter().map(|(l, _)| l.clone()).collect();
        match model::add_list(&current, &s.origin, &s.src) {
            Ok((new, a)) => {
                lists = pair(new, &lists, s);
                analyzer = Some(a);
            }
            Err(e) => errors.push(e.to_string()),
        }
    }
    ((lists, analyzer), errors)
}

/// `new` (from `model::add_list`: the old lists minus any with the added one's id, then the
/// added one) with each list's source: the old ones' from `old`, the added one's `added`.
fn pair(
    new: Vec<WordList>,
    old: &[(WordList, SavedList)],
    added: &SavedList,
) -> Vec<(WordList, SavedList)> {
    let last = new.len().saturating_sub(1);
    new.into_iter()
        .enumerate()
        .map(|(i, l)| {
            let src = match old.iter().find(|(o, _)| o.id == l.id) {
                Some((_, s)) if i != last => s.clone(),
                _ => added.clone(),
            };
            (l, src)
        })
        .collect()
}

pub struct WordlistProps {
    pub lists: Custom,
    pub on_change: Callback<ListChange>,
    /// A short message for the page's notice line (`Ok`: information, `Err`: an error).
    pub on_notice: Callback<Result<String, String>>,
}

/// The panel's last word on an added list, in one state (each state type is code in the
/// WebAssembly module): the error that stopped it, with the line it points at, or what was
/// added (said here, beside the button pressed: the page's notice line is out of sight).
#[derive(Default)]
pub struct Status {
    error: Option<(WordListError, String)>,
    added: Option<String>,
}

/// The panel's text box and status: hooks of the App, whose render calls `wordlist_panel`.
pub type WordlistHooks = (NodeRef, UseStateHandle<Status>);

#[hook]
pub fn use_wordlist_panel() -> WordlistHooks {
    (use_node_ref(), use_state(Status::default))
}

/// The panel, a function of the App's render rather than a component: its props are new at
/// every App render anyway (the App makes its callbacks afresh), and a component's lifecycle
/// is its own code in the WebAssembly module.
pub fn wordlist_panel(p: WordlistProps, (wl_ref, st): &WordlistHooks) -> Html {
    let add_list = {
        let wl_ref = wl_ref.clone();
        let lists = p.lists.clone();
        let st = st.clone();
        let on_change = p.on_change.clone();
        Callback::from(move |origin: String| {
            let Some(ta) = wl_ref.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let src = ta.value();
            let current: Vec<WordList> = lists.iter().map(|(l, _)| l.clone()).collect();
            match model::add_list(&current, &origin, &src) {
                Ok((new, a)) => {
                    let added = new.last().map(|l| {
                        format!(
                            "Added the list “{}” ({} entr{}).",
                            l.id,
                            l.entries.len(),
                            if l.entries.len() == 1 { "y" } else { "ies" }
                        )
                    });
                    st.set(Status {
                        error: None,
                        added: added.or_else(|| st.added.clone()),
                    });
                    let saved = SavedList {
                        origin: origin.clone(),
                        src: src.clone(),
                    };
                    on_change.emit((pair(new, &lists, &saved), Some(a)));
                }
                Err(e) => {
                    let line_text = src
                        .lines()
                        .nth(e.line.saturating_sub(1))
                        .unwrap_or("")
                        .to_string();
                    if e.origin == origin {
                        dom::select_line(&ta, e.line);
                    }
                    st.set(Status {
                        error: Some((e, line_text)),
                        added: None,
                    });
                }
            }
        })
    };
    let on_add_click = {
        let add_list = add_list.clone();
        Callback::from(move |_| add_list.emit("custom list".to_string()))
    };
    let on_wl_file = {
        let wl_ref = wl_ref.clone();
        let add_list = add_list.clone();
        let on_notice = p.on_notice.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(f) = input.files().and_then(|l| l.get(0)) else {
                return;
            };
            input.set_value("");
            let wl_ref = wl_ref.clone();
            let add_list = add_list.clone();
            let on_notice = on_notice.clone();
            let name = f.name();
            dom::read_text(&f, move |r| match r {
                Ok(t) => {
                    if let Some(ta) = wl_ref.cast::<HtmlTextAreaElement>() {
                        ta.set_value(&t);
                    }
                    add_list.emit(name);
                }
                Err(m) => on_notice.emit(Err(format!("“{name}”: {m}"))),
            });
        })
    };
    let insert_template = {
        let wl_ref = wl_ref.clone();
        Callback::from(move |_| {
            if let Some(ta) = wl_ref.cast::<HtmlTextAreaElement>() {
                ta.set_value(TEMPLATE);
                let _ = ta.focus();
            }
        })
    };
    let remove_list = {
        let lists = p.lists.clone();
        let on_change = p.on_change.clone();
        let on_notice = p.on_notice.clone();
        Callback::from(move |id: String| {
            let rest: Vec<(WordList, SavedList)> =
                lists.iter().filter(|(l, _)| l.id != id).cloned().collect();
            if rest.is_empty() {
                on_change.emit((rest, None));
            } else {
                let compiled = rest.iter().map(|(l, _)| l.clone()).collect();
                match lists::with_extra_lists(compiled) {
                    Ok(a) => on_change.emit((rest, Some(a))),
                    Err(e) => on_notice.emit(Err(e.to_string())),
                }
            }
        })
    };
    let show_error_line = {
        let wl_ref = wl_ref.clone();
        let st = st.clone();
        Callback::from(move |_| {
            if let (Some(ta), Some((e, _))) =
                (wl_ref.cast::<HtmlTextAreaElement>(), st.error.as_ref())
            {
                dom::select_line(&ta, e.line);
            }
        })
    };

    html! {
        <section class="card wordlists" aria-labelledby="wl-title">
            { fixed(concat!(
                r#"<h2 id="wl-title">Custom wordlist</h2><p class="muted">Add your desk's own terms, in the same TOML format as Slant's list files. Entries for the same words override the built-in ones.</p>"#,
                r#"<label class="sr" for="wl-input">Custom wordlist (TOML)</label>"#
            )) }
            <textarea id="wl-input" ref={wl_ref.clone()} CLASS={if st.error.is_some() { "wl-input invalid" } else { "wl-input" }}
                spellcheck="false" placeholder={TEMPLATE}
                aria-invalid={if st.error.is_some() { "true" } else { "false" }}
                aria-describedby={st.error.is_some().then_some("wl-err")} />
            if let Some((e, line_text)) = st.error.clone() {
                <div class="wl-error" id="wl-err" role="alert">
                    <p><strong>{ format!("{}, line {}, column {}:", e.origin, e.line, e.column) }</strong>{ " " }{ e.message.clone() }</p>
                    <pre class="snippet"><code>{ snippet(&line_text, e.line, e.column) }</code></pre>
                    <button type="button" class="btn small" onclick={show_error_line}>{ "Show in editor" }</button>
                </div>
            }
            <div class="row">
                <button type="button" class="btn primary" onclick={on_add_click}>{ "Add list" }</button>
                <label class="btn">{ "Upload .toml…" }
                    <input type="file" class="sr" accept=".toml,.txt,text/plain" onchange={on_wl_file} /></label>
                <button type="button" class="btn" onclick={insert_template}>{ "Insert template" }</button>
            </div>
            <p class="wl-added" role="status">{ st.added.clone().unwrap_or_default() }</p>
            if !p.lists.is_empty() {
                <ul class="wl-lists" aria-label="Custom lists in use">
                    { for p.lists.iter().map(|(l, _)| {
                        let id = l.id.clone();
                        let remove = remove_list.clone();
                        html! {
                            <li>
                                <code>{ l.id.clone() }</code>
                                <span class="muted">{ format!(" {} · {} · {} entr{}", l.category, kind_label(&l.kind), l.entries.len(), if l.entries.len() == 1 { "y" } else { "ies" }) }</span>
                                <button type="button" class="btn small" aria-label={format!("Remove list {}", l.id)}
                                    onclick={Callback::from(move |_| remove.emit(id.clone()))}>{ "Remove" }</button>
                            </li>
                        }
                    }) }
                </ul>
            }
        </section>
    }
}

/// The error's line with a caret under its column.
fn snippet(line_text: &str, line: usize, column: usize) -> String {
    let gutter = format!("{line:>4} | ");
    let pad: String = line_text
        .chars()
        .take(column.saturating_sub(1))
        .map(|c| if c == '\t' { '\t' } else { ' ' })
        .collect();
    format!(
        "{gutter}{line_text}\n{}| {pad}^",
        " ".repeat(gutter.len() - 2)
    )
}
