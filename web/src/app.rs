//! The page: it owns the state (text, analysis, filter, custom lists, notices) and places the
//! panels (see `panels/`).
//!
//! Rendering cost is kept off the typing path: the textarea is not bound to state (its DOM value
//! is read when the debounce timer fires), and the highlighted article is its own component whose
//! props change only when a new analysis or filter arrives, so hovering or typing never re-renders
//! it.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use slant_core::Category;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::blocks;
use crate::dom;
use crate::export;
use crate::lists;
use crate::model::{self, cat_index, Filter, SetAside};
use crate::panels::actors::{self, actors_panel, ActorsProps};
use crate::panels::article_view::{article_view, ArticleProps};
use crate::panels::compare::{self, compare_panel, CompareProps};
use crate::panels::editor::{self, use_editor, EditorProps};
use crate::panels::fixed::{self, EMPTY_ARTICLE, FOOTER, HEADER, HOW_SCORES};
use crate::panels::ignored::{ignored_panel, IgnoredProps};
use crate::panels::issues::{self, IssuesProps};
use crate::panels::legend::{legend, LegendProps};
use crate::panels::popover::{use_popover, use_popover_panel, Act, Active, PopMsg, PopoverProps};
use crate::panels::summary::summary;
use crate::panels::wordlists::{self, wordlist_panel, Custom, ListChange, WordlistProps};
use crate::storage;
use crate::view::{analyze, build_view, report_of, Full, View};
use crate::worker::{self, Ask};

const EXAMPLE: &str = include_str!("../example-article.txt");
/// Quiet time after a keystroke before the article is analysed again: 250 ms, and longer for a
/// long text, whose analysis holds the page for a moment (about 0.3 s for 2 MB), so that only
/// a real pause in typing pays for it (1.3 s for 2 MB).
fn debounce_ms(utf16_len: u32) -> u32 {
    250 + (utf16_len / 2000).min(1750)
}
/// Files larger than this are refused: an article is far smaller.
const MAX_FILE_BYTES: f64 = 8.0 * 1024.0 * 1024.0;

#[derive(Clone, PartialEq)]
enum Notice {
    Info(String),
    Error(String),
    /// Something done that an Undo button takes back: Clear, an applied suggestion, a
    /// dismissed or ignored flag.
    Undoable(String, Undo),
    /// A share link, shown so that it can also be copied by hand.
    Share(String),
}

/// The notice line. Information is announced politely, errors at once; the region stays in the
/// page so screen readers hear what appears in it.
/// How to take back what a notice reports.
#[derive(Clone, PartialEq)]
enum Undo {
    /// The text box's own undo (Ctrl+Z).
    Text,
    Dismiss(String),
    Ignore(String),
}

fn notice_html(n: &Option<Notice>, on_undo: Callback<Undo>) -> Html {
    let body = match n {
        Some(Notice::Info(m)) => html! { <p class="notice">{ m.clone() }</p> },
        Some(Notice::Error(m)) => html! { <p class="notice error">{ m.clone() }</p> },
        Some(Notice::Undoable(m, u)) => {
            let text_undo = matches!(u, Undo::Text);
            let u = u.clone();
            html! {
                <p class="notice">{ format!("{m} ") }
                    <button type="button" class="btn small" id="undo" onclick={on_undo.reform(move |_| u.clone())}>{ "Undo" }</button>
                    if text_undo { { " (or Ctrl+Z in the text box)" } }</p>
            }
        }
        Some(Notice::Share(link)) => html! {
            <div class="notice share">
                <label for="share-link">{ "Share link, copied to the clipboard. The text and settings travel after the “#”, which browsers never send to a server." }</label>
                <input id="share-link" type="text" readonly=true value={link.clone()} />
            </div>
        },
        None => html! {},
    };
    let error = matches!(n, Some(Notice::Error(_)));
    html! {
        <div class="notices" role={if error { "alert" } else { "status" }} aria-live={if error { "assertive" } else { "polite" }}>{ body }</div>
    }
}

fn is_text_file(f: &web_sys::File) -> bool {
    let name = slant_core::case::lowercase(&f.name());
    let t = f.type_();
    [".txt", ".md", ".markdown", ".text"]
        .iter()
        .any(|e| name.ends_with(e))
        || t.starts_with("text/")
}

#[function_component]
pub fn App() -> Html {
    let input_ref = use_node_ref();
    // Custom lists saved on an earlier visit, compiled again once.
    let restored = use_memo((), |_| {
        let r = wordlists::restore(&storage::load_lists());
        worker::set_lists(&r.0 .0.iter().map(|(_, s)| s.clone()).collect::<Vec<_>>());
        r
    });
    let engine = {
        let r = restored.clone();
        use_mut_ref(move || r.0 .1.clone().or_else(|| lists::builtin().ok().cloned()))
    };
    let lists: UseStateHandle<Custom> = {
        let r = restored.clone();
        use_state(move || Rc::new(r.0 .0.clone()))
    };
    let notice = {
        let r = restored.clone();
        use_state(move || {
            (!r.1.is_empty()).then(|| {
                Notice::Error(format!(
                    "A saved custom list no longer loads and was left out: {}",
                    r.1.join("; ")
                ))
            })
        })
    };
    let full = use_state(|| None::<Rc<Full>>);
    let settings = use_state(storage::load_settings);
    let aside = use_state(|| SetAside {
        ignored: storage::load_ignored(),
        dismissed: Vec::new(),
    });
    let filter = settings.filter();
    let timer = use_mut_ref(|| None::<Timeout>);
    // Actors cost about as much again as the rest of the analysis: asked for only while the
    // "Who is called what" panel is open.
    // Whether that panel is open, and the actor selected in it: one state (each state type is
    // code in the WebAssembly module).
    let actors = use_state(|| (false, None::<String>));
    let want_actors = use_mut_ref(|| false);
    let save_failed = use_mut_ref(|| false);
    let wordlist_hooks = wordlists::use_wordlist_panel();
    let compare_hooks = compare::use_compare_panel();
    {
        use_effect_with(*settings, |s| {
            let _ = storage::save_settings(s);
        });
    }

    let fatal = lists::builtin().err().map(|e| e.to_string());

    // Analyses what the textarea holds after `delay` ms; a newer call cancels an older one.
    let schedule = {
        let input_ref = input_ref.clone();
        let engine = engine.clone();
        let full = full.setter();
        let notice = notice.setter();
        let timer = timer.clone();
        let save_failed = save_failed.clone();
        let want_actors = want_actors.clone();
        use_callback((), move |delay: u32, _| {
            let input_ref = input_ref.clone();
            let engine = engine.clone();
            let full = full.clone();
            let notice = notice.clone();
            let save_failed = save_failed.clone();
            let want_actors = want_actors.clone();
            let run = move || {
                let Some(ta) = input_ref.cast::<HtmlTextAreaElement>() else {
                    return;
                };
                // Kept a JavaScript string: it goes to storage and to the analysis worker as it
                // is (a 2 MB text costs about 20 ms to copy into the module).
                let text = blocks::text_of(&ta);
                // Saved at each analysis, so a reload or a closed tab loses at most the last
                // pause's typing (and `pagehide` saves that too). Said once if it fails. In a
                // task of its own, so it does not add to this one.
                {
                    let ta = ta.clone();
                    let notice = notice.clone();
                    let save_failed = save_failed.clone();
                    Timeout::new(0, move || {
                        if let Err(m) = storage::save_text(&blocks::parts(&ta)) {
                            if !save_failed.replace(true) {
                                notice.set(Some(Notice::Error(format!(
                                    "This text is not being saved in this browser ({m}): keep a copy."
                                ))));
                            }
                        }
                    })
                    .forget();
                }
                if text.trim().length() == 0 {
                    worker::cancel();
                    full.set(None);
                    return;
                }
                let Some(e) = engine.borrow().clone() else {
                    return;
                };
                let full = full.clone();
                let notice = notice.clone();
                let ask = Ask {
                    actors: *want_actors.borrow(),
                };
                worker::request_analysis(&text, &e, ask, move |r| match r {
                    Ok(f) => full.set(Some(Rc::new(f))),
                    Err(m) => notice.set(Some(Notice::Error(m))),
                });
            };
            // A paste, drop or loaded file is analysed within its own event, so the text and
            // its highlights reach the screen in the same frame; typing waits for a pause.
            if delay == 0 {
                timer.borrow_mut().take();
                run();
            } else {
                *timer.borrow_mut() = Some(Timeout::new(delay, run));
            }
        })
    };

    let view: Option<Rc<View>> = (*use_memo(
        (
            (*full).clone(),
            filter,
            (*aside).clone(),
            settings.reading_view,
        ),
        |(full, filter, aside, reading)| {
            full.as_ref()
                .map(|f| Rc::new(build_view(f, filter, aside, *reading)))
        },
    ))
    .clone();
    let issues_hooks = issues::use_issues(&view);
    let actors_list = actors::use_actors_panel(&view, &actors.1, actors.0);

    let (active, on_pop) = use_popover();

    // A new analysis or filter replaces the elements: close the popover (a no-op, with no
    // re-render, when none is open).
    {
        let on_pop = on_pop.clone();
        use_effect_with(view.clone(), move |_| on_pop.emit(PopMsg::Hide));
    }
    // Announced to screen readers; part of the same render as the highlights, so a new result
    // costs one render and one layout, not two.
    let status = view.as_ref().map_or(String::new(), |v| {
        format!(
            "Analysed {}: {}, score {} out of 100.",
            model::count(v.report.stats.words, "word", "words"),
            model::count(v.report.flags.len(), "flag", "flags"),
            model::fixed(v.report.scores.overall, 0)
        )
    });
    // What the legend and the user's choices leave out: said on the score and in exports.
    let hidden = export::Hidden {
        categories: Category::ALL
            .iter()
            .copied()
            .filter(|&c| !filter.shows(c))
            .collect(),
        quoted: !filter.include_quoted,
        ignored_rules: aside.ignored.clone(),
        dismissed: aside.dismissed.len(),
    };

    // After the first paint, compile the built-in lists and run the analysis and markup code
    // once on the example, so the first paste does not wait for the lists or for the browser's
    // first, unoptimised pass over that code.
    // Three runs, each a task of its own (no long task at start): the browser optimises a
    // function only after it has run a while, and the first paste should meet optimised code
    // (seed paste-to-paint, first paste: 50-66 ms with one run, 27-47 ms with three).
    use_effect_with((), |_| {
        for _ in 0..3 {
            Timeout::new(0, || {
                if let Ok(a) = lists::builtin() {
                    if let Ok(f) = analyze(EXAMPLE, a, Ask::default()) {
                        let _ = build_view(&f, &Filter::default(), &SetAside::default(), true);
                    }
                }
            })
            .forget();
        }
    });

    // The issues list selects a flag's words in the text box and explains them.
    let on_jump = {
        let view = view.clone();
        let input_ref = input_ref.clone();
        let on_pop = on_pop.clone();
        Callback::from(move |i: usize| {
            let (Some(v), Some(ta)) = (&view, input_ref.cast::<HtmlTextAreaElement>()) else {
                return;
            };
            let Some(f) = v.report.flags.get(i) else {
                return;
            };
            if !v.fits(&ta) {
                return;
            }
            let (s16, e16) = editor::utf16_span(&v.text, f.start, f.end);
            let anchor = v.layout().anchor.get(i).cloned().flatten();
            if blocks::active() {
                let (b, s, e) = blocks::locate(&ta, s16, e16);
                let _ = b.focus();
                let _ = b.set_selection_range(s, e);
                blocks::reveal(&b, s);
            } else {
                let _ = ta.focus();
                let _ = ta.set_selection_range(s16, e16);
                ta.scroll_into_view_with_bool(false);
                if let Some(el) = anchor
                    .as_ref()
                    .and_then(|id| dom::by_id(&format!("e{id}")))
                    .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    ta.set_scroll_top(el.offset_top() - ta.client_height() / 3);
                }
            }
            if let Some(id) = anchor {
                on_pop.emit(PopMsg::Show(Active {
                    flags: vec![i],
                    anchor: blocks::anchor(format!("e{id}")),
                    pinned: true,
                }));
            }
        })
    };
    // Acting on a flag from its explanation.
    let on_act = {
        let view = view.clone();
        let input_ref = input_ref.clone();
        let schedule = schedule.clone();
        let aside = aside.clone();
        let notice = notice.setter();
        let on_pop = on_pop.clone();
        Callback::from(move |a: Act| {
            let Some(v) = &view else { return };
            let i = match &a {
                Act::Apply(i, _) | Act::Dismiss(i) | Act::Ignore(i) => *i,
            };
            let Some(f) = v.report.flags.get(i) else {
                return;
            };
            on_pop.emit(PopMsg::Hide);
            match a {
                Act::Apply(_, with) => {
                    let Some(ta) = input_ref.cast::<HtmlTextAreaElement>() else {
                        return;
                    };
                    // Offsets are the analysed text's: only while the box still holds it.
                    if !v.fits(&ta) {
                        return;
                    }
                    let words = model::excerpt(&f.text, 60);
                    let message = match &with {
                        Some(w) => {
                            let (s16, e16) = editor::utf16_span(&v.text, f.start, f.end);
                            // In a long text, in the block that holds it.
                            let (ta, s16, e16) = blocks::edit_target(&ta, s16, e16);
                            dom::replace_range(&ta, s16, e16, w);
                            // A part to fill in ("backed by …") is left selected.
                            if let Some(at) = w.find('…') {
                                let at16 = s16 + w[..at].encode_utf16().count() as u32;
                                let _ = ta.set_selection_range(at16, at16 + 1);
                            }
                            format!("Replaced “{words}” with “{w}”.")
                        }
                        None => {
                            let (s, e) = model::omit_span(&v.text, f.start, f.end);
                            let (s16, e16) = editor::utf16_span(&v.text, s, e);
                            let (ta, s16, e16) = blocks::edit_target(&ta, s16, e16);
                            dom::replace_range(&ta, s16, e16, "");
                            format!("Removed “{words}”.")
                        }
                    };
                    schedule.emit(0);
                    notice.set(Some(Notice::Undoable(message, Undo::Text)));
                }
                Act::Dismiss(_) => {
                    let key = model::dismiss_key(&v.text, f);
                    let mut s = (*aside).clone();
                    s.dismissed.push(key.clone());
                    aside.set(s);
                    notice.set(Some(Notice::Undoable(
                        format!("Dismissed “{}”.", model::excerpt(&f.text, 60)),
                        Undo::Dismiss(key),
                    )));
                }
                Act::Ignore(_) => {
                    let mut s = (*aside).clone();
                    if !s.ignored.contains(&f.rule) {
                        s.ignored.push(f.rule.clone());
                    }
                    let _ = storage::save_ignored(&s.ignored);
                    aside.set(s);
                    notice.set(Some(Notice::Undoable(
                        format!(
                            "Ignoring {} in this browser (listed under “Set aside”).",
                            f.rule
                        ),
                        Undo::Ignore(f.rule.clone()),
                    )));
                }
            }
        })
    };
    let restore_rule = {
        let aside = aside.clone();
        Callback::from(move |rule: String| {
            let mut s = (*aside).clone();
            s.ignored.retain(|r| *r != rule);
            let _ = storage::save_ignored(&s.ignored);
            aside.set(s);
        })
    };
    let restore_dismissed = {
        let aside = aside.clone();
        Callback::from(move |()| {
            aside.set(SetAside {
                dismissed: Vec::new(),
                ..(*aside).clone()
            })
        })
    };
    let export_ignored = {
        let engine = engine.clone();
        let aside = aside.clone();
        let notice = notice.setter();
        Callback::from(move |()| {
            let e = engine.borrow().clone();
            let Some(a) = e.as_ref().or_else(|| lists::builtin().ok()) else {
                return;
            };
            let toml = model::allow_list_toml(a, &aside.ignored);
            if dom::download("slant-ignored.toml", "application/toml", &toml).is_err() {
                notice.set(Some(Notice::Error("The download could not start.".into())));
            }
        })
    };
    let on_undo = {
        let input_ref = input_ref.clone();
        let schedule = schedule.clone();
        let aside = aside.clone();
        let notice = notice.setter();
        Callback::from(move |u: Undo| {
            match u {
                Undo::Text => {
                    if let Some(ta) = input_ref.cast::<HtmlTextAreaElement>() {
                        dom::undo(&blocks::undo_target(&ta));
                    }
                    schedule.emit(0);
                }
                Undo::Dismiss(key) => {
                    let mut s = (*aside).clone();
                    s.dismissed.retain(|k| *k != key);
                    aside.set(s);
                }
                Undo::Ignore(rule) => {
                    let mut s = (*aside).clone();
                    s.ignored.retain(|r| *r != rule);
                    let _ = storage::save_ignored(&s.ignored);
                    aside.set(s);
                }
            }
            notice.set(None);
        })
    };

    let oninput = {
        let schedule = schedule.clone();
        let notice = notice.clone();
        let input_ref = input_ref.clone();
        Callback::from(move |e: InputEvent| {
            // Only when there is one: a state change re-renders the page, and this runs per key.
            if notice.is_some() {
                notice.set(None);
            }
            // A paste or drop is a whole article arriving: show it at once.
            // So is an undo or redo, which may bring back a whole article.
            let t = e.input_type();
            let now = matches!(
                t.as_str(),
                "insertFromPaste" | "insertFromDrop" | "historyUndo" | "historyRedo"
            );
            // The length without copying the text out of the box.
            let len = input_ref
                .cast::<HtmlTextAreaElement>()
                .map_or(0, |ta| ta.text_length());
            schedule.emit(if now { 0 } else { debounce_ms(len) });
        })
    };

    let set_article = {
        let input_ref = input_ref.clone();
        let schedule = schedule.clone();
        Callback::from(move |text: String| {
            // Undoable: Ctrl+Z brings back what was there before. A long text in blocks is
            // whole in the text box again first (the new one is cut anew when long).
            if let Some(ta) = blocks::text_box(&input_ref) {
                blocks::leave();
                dom::replace_all(&ta, &text);
            }
            schedule.emit(0);
        })
    };

    let load_file = {
        let set_article = set_article.clone();
        let notice = notice.setter();
        Callback::from(move |f: web_sys::File| {
            if !is_text_file(&f) {
                notice.set(Some(Notice::Error(format!(
                    "“{}” is not a .txt or .md file; Slant reads plain text.",
                    f.name()
                ))));
                return;
            }
            if f.size() > MAX_FILE_BYTES {
                notice.set(Some(Notice::Error(format!(
                    "“{}” is {} MB; Slant reads files up to 8 MB.",
                    f.name(),
                    model::fixed(f.size() / 1_048_576.0, 1)
                ))));
                return;
            }
            let set_article = set_article.clone();
            let notice = notice.clone();
            let name = f.name();
            dom::read_text(&f, move |r| match r {
                Ok(t) => {
                    set_article.emit(t);
                    notice.set(Some(Notice::Info(format!("Loaded “{name}”."))));
                }
                Err(m) => notice.set(Some(Notice::Error(format!("“{name}”: {m}")))),
            });
        })
    };

    let onfile = {
        let load_file = load_file.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(f) = input.files().and_then(|l| l.get(0)) {
                load_file.emit(f);
            }
            input.set_value("");
        })
    };
    let load_example = {
        let set_article = set_article.clone();
        let notice = notice.setter();
        Callback::from(move |_| {
            notice.set(None);
            set_article.emit(EXAMPLE.to_string())
        })
    };
    let clear = {
        let set_article = set_article.clone();
        let input_ref = input_ref.clone();
        let notice = notice.setter();
        Callback::from(move |_| {
            let has_text = input_ref
                .cast::<HtmlTextAreaElement>()
                .is_some_and(|ta| ta.text_length() > 0);
            if has_text {
                set_article.emit(String::new());
                notice.set(Some(Notice::Undoable("Cleared.".into(), Undo::Text)));
            }
        })
    };
    let share = {
        let input_ref = input_ref.clone();
        let settings = *settings;
        let notice = notice.setter();
        Callback::from(move |_: MouseEvent| {
            let (Some(ta), Some(base)) = (input_ref.cast::<HtmlTextAreaElement>(), dom::base_url())
            else {
                return;
            };
            let text = String::from(blocks::text_of(&ta));
            let link = base + &storage::fragment(&text, &settings, dom::encode_uri);
            dom::copy(&link);
            notice.set(Some(Notice::Share(link)));
        })
    };

    // On the first render: the saved text (or a shared one, from the link's fragment), and
    // listeners that catch a file dropped anywhere on the page and save the text as it closes.
    {
        let input_ref = input_ref.clone();
        let schedule = schedule.clone();
        let settings = settings.clone();
        let notice = notice.setter();
        let load_file = load_file.clone();
        use_effect_with((), move |_| {
            if let Some(ta) = input_ref.cast::<HtmlTextAreaElement>() {
                let saved = storage::load_text().unwrap_or_default();
                ta.set_value(&saved);
                if let Some(shared) = storage::parse_fragment(&dom::hash(), dom::decode_uri) {
                    // The fragment has done its job: later reloads show the saved text.
                    dom::clear_hash();
                    settings.set(storage::Settings {
                        reading_view: settings.reading_view,
                        ..shared.settings
                    });
                    if shared.text != saved {
                        dom::replace_all(&ta, &shared.text);
                        if !saved.trim().is_empty() {
                            notice.set(Some(Notice::Info(
                                "Opened the shared text. Your own text is one Undo (Ctrl+Z) away."
                                    .into(),
                            )));
                        }
                    }
                }
                // A long text restored (set without an input event) is edited in blocks.
                if !blocks::active() {
                    blocks::sync(&ta);
                }
                if !ta.value().trim().is_empty() {
                    schedule.emit(0);
                }
            }
            let files = |e: &web_sys::DragEvent| {
                e.data_transfer().filter(|d| {
                    d.types()
                        .iter()
                        .any(|t| t.as_string().as_deref() == Some("Files"))
                })
            };
            // Without these the browser opens a dropped file in place of the page.
            let dragover =
                Closure::<dyn Fn(web_sys::DragEvent)>::new(move |e: web_sys::DragEvent| {
                    if files(&e).is_some() {
                        e.prevent_default();
                    }
                });
            let drop = Closure::<dyn Fn(web_sys::DragEvent)>::new(move |e: web_sys::DragEvent| {
                if let Some(d) = files(&e) {
                    e.prevent_default();
                    if let Some(f) = d.files().and_then(|l| l.get(0)) {
                        load_file.emit(f);
                    }
                }
            });
            let input_ref = input_ref.clone();
            let pagehide = Closure::<dyn Fn()>::new(move || {
                if let Some(ta) = input_ref.cast::<HtmlTextAreaElement>() {
                    let _ = storage::save_text(&blocks::parts(&ta));
                }
            });
            let win = web_sys::window();
            if let Some(w) = &win {
                let _ = w.add_event_listener_with_callback(
                    "dragover",
                    dragover.as_ref().unchecked_ref(),
                );
                let _ = w.add_event_listener_with_callback("drop", drop.as_ref().unchecked_ref());
                let _ = w.add_event_listener_with_callback(
                    "pagehide",
                    pagehide.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(w) = &win {
                    let _ = w.remove_event_listener_with_callback(
                        "dragover",
                        dragover.as_ref().unchecked_ref(),
                    );
                    let _ = w
                        .remove_event_listener_with_callback("drop", drop.as_ref().unchecked_ref());
                    let _ = w.remove_event_listener_with_callback(
                        "pagehide",
                        pagehide.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }

    let export_json = {
        let view = view.clone();
        let hidden = hidden.clone();
        let notice = notice.setter();
        Callback::from(move |_| {
            if let Some(v) = &view {
                if dom::download(
                    "slant-report.json",
                    "application/json",
                    &export::report_json(&v.report, &v.full, &v.text, &hidden),
                )
                .is_err()
                {
                    notice.set(Some(Notice::Error("The download could not start.".into())));
                }
            }
        })
    };
    let export_html = {
        let view = view.clone();
        let hidden = hidden.clone();
        let notice = notice.setter();
        Callback::from(move |_| {
            if let Some(v) = &view {
                let when = js_sys::Date::new_0()
                    .to_locale_string("en-GB", &wasm_bindgen::JsValue::UNDEFINED);
                let note = format!("Exported {}.", String::from(when));
                let h = export::standalone_html(&v.text, &v.report, v.layout(), &note, &hidden);
                if dom::download("slant-article.html", "text/html", &h).is_err() {
                    notice.set(Some(Notice::Error("The download could not start.".into())));
                }
            }
        })
    };

    let toggle_cat = {
        let settings = settings.clone();
        Callback::from(move |c: Category| {
            let mut s = *settings;
            s.categories[cat_index(c)] = !s.categories[cat_index(c)];
            settings.set(s);
        })
    };
    // One closure type for the three switches (each closure type is code in the page).
    let flip = |f: fn(&mut storage::Settings)| {
        let settings = settings.clone();
        Callback::from(move |_: Event| {
            let mut s = *settings;
            f(&mut s);
            settings.set(s);
        })
    };
    let toggle_quoted = flip(|s| s.include_quoted = !s.include_quoted);
    let toggle_reading = flip(|s| s.reading_view = !s.reading_view);
    let toggle_shade = flip(|s| s.shade_quotes = !s.shade_quotes);

    // Custom wordlists: the panel parses and compiles them; the page re-analyses with them.
    let apply_lists = {
        let engine = engine.clone();
        let lists = lists.clone();
        let schedule = schedule.clone();
        let notice = notice.setter();
        Callback::from(move |(new, a): ListChange| {
            *engine.borrow_mut() = a.or_else(|| lists::builtin().ok().cloned());
            let saved: Vec<storage::SavedList> = new.iter().map(|(_, s)| s.clone()).collect();
            worker::set_lists(&saved);
            if let Err(m) = storage::save_lists(&saved) {
                notice.set(Some(Notice::Error(format!(
                    "The custom lists are not saved in this browser ({m})."
                ))));
            }
            lists.set(Rc::new(new));
            schedule.emit(0);
        })
    };
    let on_list_notice = {
        let notice = notice.setter();
        Callback::from(move |m: Result<String, String>| {
            notice.set(Some(match m {
                Ok(m) => Notice::Info(m),
                Err(m) => Notice::Error(m),
            }))
        })
    };

    // Opening the actors panel re-analyses the text with actors when the last analysis had none.
    {
        let want_actors = want_actors.clone();
        let schedule = schedule.clone();
        let has_actors = full.as_ref().is_none_or(|f| f.report.actors.is_some());
        use_effect_with(actors.0, move |&open| {
            *want_actors.borrow_mut() = open;
            if open && !has_actors {
                schedule.emit(0);
            }
        });
    }
    let on_actors_open = {
        let actors = actors.clone();
        Callback::from(move |open: bool| {
            // Closing clears the selection.
            actors.set((open, actors.1.clone().filter(|_| open)));
        })
    };
    let on_select_actor = {
        let actors = actors.clone();
        Callback::from(move |a: Option<String>| actors.set((actors.0, a)))
    };
    let marks = actors::use_marks(view.clone(), actors.1.clone(), input_ref.clone());
    // Compare mode analyses each of its articles with actors, through the same function.
    let compare_analyse = {
        let engine = engine.clone();
        Callback::from(move |text: String| {
            let e = engine.borrow().clone();
            let a = e
                .as_ref()
                .or_else(|| lists::builtin().ok())
                .ok_or_else(|| "The wordlists failed to load.".to_string())?;
            // On this thread: the worker's compact report does not carry actors.
            report_of(&text, a, Ask { actors: true })
        })
    };

    // As a component would, the summary is built again only when its inputs change (yew then
    // finds the same nodes and leaves the gauge and the tables alone).
    let summary = use_memo(
        (view.clone(), hidden.any().then(|| hidden.sentence())),
        |(v, f)| summary(v, f),
    );
    let has_view = view.is_some();
    // The text box's hooks before the popover's: their effects run in the order the two
    // components' did.
    let editor = use_editor(EditorProps {
        input_ref: input_ref.clone(),
        view: view.clone(),
        oninput,
        on_pop: on_pop.clone(),
        marks,
    });
    let popover = use_popover_panel(PopoverProps {
        view: view.clone(),
        active,
        on_pop: on_pop.clone(),
        on_act,
    });
    // A long text's text box is hidden: the skip link and the label go to its first part.
    let to_text = Callback::from(|e: MouseEvent| {
        if blocks::focus_first() {
            e.prevent_default();
        }
    });
    html! {
        <>
        <a class="skip" href="#article-input" onclick={to_text.clone()}>{ "Skip to the article text" }</a>
        { fixed::fixed(HEADER) }
        <main class="wrap">
            if let Some(m) = fatal {
                <p class="notice error">{ format!("The built-in wordlists failed to load: {m}") }</p>
            }
            <div class="toolbar" role="toolbar" aria-label="Article actions">
                <button type="button" class="btn primary" onclick={load_example}>{ "Load example article" }</button>
                <label class="btn">{ "Open .txt or .md…" }
                    <input type="file" class="sr" accept=".txt,.md,.markdown,text/plain,text/markdown" onchange={onfile} /></label>
                <button type="button" class="btn" onclick={clear}>{ "Clear" }</button>
                <button type="button" class="btn" disabled={!has_view} onclick={share}>{ "Share link" }</button>
                <label class="btn check"><input type="checkbox" id="toggle-reading" checked={settings.reading_view} onchange={toggle_reading} />{ "Reading view" }</label>
                <span class="spacer"></span>
                <span class="btn-group">
                    <button type="button" class="btn" disabled={!has_view} onclick={export_json}>{ "Export JSON" }</button>
                    <button type="button" class="btn" disabled={!has_view} onclick={export_html}>{ "Export HTML" }</button>
                </span>
            </div>
            { notice_html(&notice, on_undo) }
            <p class="sr" role="status" aria-live="polite">{ status }</p>
            <section class="workspace">
                <div class="pane pane-input">
                    <div class="pane-head">
                        <label class="pane-title" id={blocks::LABEL_ID} for="article-input" onclick={to_text}>{ "Article text" }</label>
                        { legend(LegendProps { counts: view.as_ref().map(|v| v.legend), filter, shade: settings.shade_quotes,
                            on_toggle: toggle_cat, on_quoted: toggle_quoted, on_shade: toggle_shade }) }
                    </div>
                    { editor }
                    // Right after the text box, so Tab goes from the text to an open explanation's
                    // actions (it is placed on screen by position, not by this order).
                    { popover }
                    { fixed::fixed(r#"<p class="hint">Highlights update as you type. Put the cursor in one (click or arrow keys) to see why it is there; Tab then reaches what you can do about it.</p>"#) }
                </div>
                { issues::issues(IssuesProps { view: view.clone(), on_jump }, &issues_hooks) }
            </section>
            { (*summary).clone() }
            if settings.reading_view {
                <section class="pane pane-output">
                    { fixed::fixed(r#"<div class="pane-head"><h2 class="pane-title" id="article-title">Reading view</h2></div>"#) }
                    if let Some(v) = view.clone() {
                        { article_view(ArticleProps { view: v, shade: settings.shade_quotes, on_pop: on_pop.clone() }) }
                    } else {
                        { fixed::fixed(EMPTY_ARTICLE) }
                    }
                </section>
            }
            // After the reading view: Tab goes from the issues to the article's highlights.
            <section class="framing">
                { actors_panel(ActorsProps { view: view.clone(), open: actors.0, on_open: on_actors_open,
                    selected: actors.1.clone(), on_select: on_select_actor }, &actors_list) }
                { compare_panel(CompareProps { analyse: compare_analyse, input_ref: input_ref.clone() }, &compare_hooks) }
            </section>
            <section class="lower">
                { wordlist_panel(WordlistProps { lists: (*lists).clone(), on_change: apply_lists, on_notice: on_list_notice }, &wordlist_hooks) }
                { ignored_panel(IgnoredProps { ignored: Rc::new(aside.ignored.clone()), dismissed: aside.dismissed.len(),
                    on_restore: restore_rule, on_restore_dismissed: restore_dismissed, on_export: export_ignored }) }
                // Further panels mount here, taking `view.clone()` like the others.
                { fixed::fixed(HOW_SCORES) }
            </section>
        </main>
        { fixed::fixed(FOOTER) }
        </>
    }
}
