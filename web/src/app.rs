//! The page: input, highlighted article, popover, summary, sentence view, custom lists, exports.
//!
//! Rendering cost is kept off the typing path: the textarea is not bound to state (its DOM value
//! is read when the debounce timer fires), and the highlighted article is its own component whose
//! props change only when a new analysis or filter arrives, so hovering or typing never re-renders
//! it.

use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use gloo_timers::callback::Timeout;
use slant_core::{Analyzer, Category, Options, Report, Voice, WordList, WordListError};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::article;
use crate::dom;
use crate::export;
use crate::layout::{self, Layout};
use crate::model::{self, cat_class, cat_index, cat_title, kind_label, Filter};

const EXAMPLE: &str = include_str!("../example-article.txt");
/// Quiet time after a keystroke before the article is analysed again.
const DEBOUNCE_MS: u32 = 250;
/// Files larger than this are refused: an article is far smaller.
const MAX_FILE_BYTES: f64 = 8.0 * 1024.0 * 1024.0;

const TEMPLATE: &str = r#"[list]
id = "my-desk"
category = "loaded_language"
kind = "pejorative"
description = "Words our desk avoids."

[[entry]]
term = "regime"
explain = "'Regime' signals disapproval of a government; name it neutrally."
suggest = ["government", "administration"]
"#;

// Markup that never changes is kept as text: written out through `html!`, each element costs
// code in the WebAssembly module; as a string it costs a few compressed bytes.
const HEADER: &str = r#"<header class="top"><div class="wrap">
<h1><span class="logo" aria-hidden="true">◩</span>Slant <span class="tagline">— see how an article frames its subject</span></h1>
<p class="privacy"><svg class="lock" viewBox="0 0 16 16" aria-hidden="true"><path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" stroke-width="1.6"/><rect x="2.5" y="7" width="11" height="7.5" rx="1.6" fill="currentColor"/></svg>Analysis runs in your browser; no text leaves this machine.</p>
</div></header>"#;

const FOOTER: &str = r#"<footer class="wrap foot"><p>Slant flags wording for a human to weigh; it does not judge truth. This page is a set of static files that can be copied to any web host; its security policy lets it contact only the host it came from, so the text you paste stays on this machine.</p></footer>"#;

/// The article pane before there is an article. The samples are drawn as the article draws
/// its highlights (not as marks, which the page and its test take for highlights); they also
/// let the browser find the article's fonts before the first paste.
const EMPTY_ARTICLE: &str = r#"<div id="article" class="article empty" role="region" aria-labelledby="article-title">
<p>Paste an article on the left, or <strong>load the example</strong>, to see its framing highlighted here.</p>
<ul class="empty-legend">
<li><span class="ex-mark ll">notorious</span> Loaded language: words that tell the reader how to feel.</li>
<li><span class="ex-mark as">a senior official</span> Anonymous sources: claims from people the reader cannot check.</li>
<li><span class="ex-ua">The group lied.</span> Unattributed assertions: charges stated as fact, with no source.</li>
<li><span class="ex-q">“in quotes”</span> Quoted speech: flags inside a quotation count a quarter.</li>
</ul></div>"#;

const HOW_SCORES: &str = r#"<section class="card how" aria-labelledby="how-title">
<h2 id="how-title">How scores work</h2>
<p>Every flag weighs 1 (or its list entry's weight). Words in the outlet's own voice count in full, labels it attributes to someone count half, and words inside quotations a quarter.</p>
<p>Each category's load is its weighted flags per 1,000 words (short texts count as 150 words). The loads combine as loaded + 1.5 × anonymous + 2 × unattributed, and the score maps that onto 0–100: 0 means no flags, a combined load of 40 per 1,000 words gives 63, and it never reaches 100.</p>
<p class="muted">A score describes wording, not truth: read the highlights and decide.</p>
</section>"#;

static SERIAL: AtomicU64 = AtomicU64::new(1);
fn next_serial() -> u64 {
    SERIAL.fetch_add(1, Ordering::Relaxed)
}

/// The analyzer in use: the built-in lists, or those plus the user's (cheap to clone).
pub type Engine = Analyzer;

/// One analysis of the whole text with every category, before the legend's filter.
pub struct Full {
    serial: u64,
    text: Rc<str>,
    report: Report,
    engine: Engine,
    ms: f64,
}

impl PartialEq for Full {
    fn eq(&self, o: &Self) -> bool {
        self.serial == o.serial
    }
}

/// What the page shows: the filtered report, its layout and the article's markup.
pub struct View {
    serial: u64,
    text: Rc<str>,
    report: Report,
    layout: Layout,
    /// The highlighted article and the sentence view's list, built as DOM nodes (see article.rs).
    article: Html,
    jumps: Html,
    jump_count: usize,
    engine: Engine,
    ms: f64,
    legend: [usize; 3],
}

impl PartialEq for View {
    fn eq(&self, o: &Self) -> bool {
        self.serial == o.serial
    }
}

/// Elements written by `write` into a detached `<tag class>`, as a node yew inserts as is.
fn build_nodes(tag: &str, class: &str, write: impl FnOnce(&mut dom::DomSink)) -> Html {
    let Some(mut sink) = dom::DomSink::new(tag, class) else {
        return Html::default();
    };
    write(&mut sink);
    sink.finish()
        .map_or_else(Html::default, |el| Html::VRef(el.into()))
}

fn build_view(full: &Full, filter: &Filter) -> View {
    let report = model::view(&full.report, filter);
    let layout = layout::build(&full.text, &report.flags, &report.quotes);
    // Heights of what is on screen now, so a rebuild keeps the reader's place (see article.rs).
    let chunks = dom::heights("#article .chunk[data-k]");
    let items = dom::heights("ol.jumps li[data-k]");
    let mut jump_count = 0;
    let jumps = build_nodes("div", "jumps-box", |sink| {
        jump_count = article::write_jump_list(sink, &report, &|k| items.take(k));
    });
    let article = build_nodes("div", "chunks", |sink| {
        article::write_article(sink, &full.text, &report, &layout, &|k| chunks.take(k))
    });
    View {
        serial: next_serial(),
        article,
        jumps,
        jump_count,
        text: full.text.clone(),
        legend: model::legend_counts(&full.report, filter.include_quoted),
        report,
        layout,
        engine: full.engine.clone(),
        ms: full.ms,
    }
}

fn analyze(text: &str, engine: &Engine) -> Result<Full, String> {
    let t0 = dom::now();
    let report = engine
        .analyze(text, &Options::default())
        .map_err(|e| e.to_string())?;
    Ok(Full {
        serial: next_serial(),
        text: text.into(),
        report,
        engine: engine.clone(),
        ms: dom::now() - t0,
    })
}

/// The popover's subject: the flags under one element.
#[derive(Clone, Debug, PartialEq)]
pub struct Active {
    flags: Vec<usize>,
    anchor: String,
    pinned: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub enum PopMsg {
    Show(Active),
    TogglePin(Active),
    HideSoon,
    Keep,
    Hide,
}

#[derive(Clone, PartialEq)]
enum Notice {
    Info(String),
    Error(String),
}

fn notice_html(n: &Option<Notice>) -> Html {
    match n {
        Some(Notice::Info(m)) => html! { <p class="notice">{ m.clone() }</p> },
        Some(Notice::Error(m)) => html! { <p class="notice error">{ m.clone() }</p> },
        None => html! {},
    }
}

fn is_text_file(f: &web_sys::File) -> bool {
    let name = f.name().to_lowercase();
    let t = f.type_();
    [".txt", ".md", ".markdown", ".text"]
        .iter()
        .any(|e| name.ends_with(e))
        || t.starts_with("text/")
}

#[function_component]
pub fn App() -> Html {
    let input_ref = use_node_ref();
    let wl_ref = use_node_ref();
    let engine = use_mut_ref(|| Analyzer::builtin().ok().cloned());
    let full = use_state(|| None::<Rc<Full>>);
    let filter = use_state(Filter::default);
    let shade_quotes = use_state(|| true);
    let notice = use_state(|| None::<Notice>);
    let lists = use_state(|| Rc::new(Vec::<WordList>::new()));
    let wl_error = use_state(|| None::<(WordListError, String)>);
    let timer = use_mut_ref(|| None::<Timeout>);

    let fatal = Analyzer::builtin().err().map(|e| e.to_string());

    // Analyses what the textarea holds after `delay` ms; a newer call cancels an older one.
    let schedule = {
        let input_ref = input_ref.clone();
        let engine = engine.clone();
        let full = full.setter();
        let notice = notice.setter();
        let timer = timer.clone();
        use_callback((), move |delay: u32, _| {
            let input_ref = input_ref.clone();
            let engine = engine.clone();
            let full = full.clone();
            let notice = notice.clone();
            let run = move || {
                let Some(ta) = input_ref.cast::<HtmlTextAreaElement>() else {
                    return;
                };
                let text = ta.value();
                if text.trim().is_empty() {
                    full.set(None);
                    return;
                }
                let Some(e) = engine.borrow().clone() else {
                    return;
                };
                match analyze(&text, &e) {
                    Ok(f) => full.set(Some(Rc::new(f))),
                    Err(m) => notice.set(Some(Notice::Error(m))),
                }
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

    let view: Option<Rc<View>> = (*use_memo(((*full).clone(), *filter), |(full, filter)| {
        full.as_ref().map(|f| Rc::new(build_view(f, filter)))
    }))
    .clone();

    // Popover state. `mirror` is read by event handlers, which must not hold stale state.
    let active = use_state(|| None::<Active>);
    let mirror = use_mut_ref(|| None::<Active>);
    let hide_timer = use_mut_ref(|| None::<Timeout>);
    let on_pop = {
        let set = active.setter();
        let mirror = mirror.clone();
        let hide_timer = hide_timer.clone();
        use_callback((), move |m: PopMsg, _| {
            let hide = {
                let set = set.clone();
                let mirror = mirror.clone();
                move || {
                    let old = mirror.borrow_mut().take();
                    if let Some(old) = old {
                        describe(&old.anchor, false);
                        set.set(None);
                    }
                }
            };
            let show = |a: Active| {
                if let Some(old) = mirror.borrow().as_ref() {
                    if old.anchor != a.anchor {
                        describe(&old.anchor, false);
                    }
                }
                describe(&a.anchor, true);
                *mirror.borrow_mut() = Some(a.clone());
                set.set(Some(a));
            };
            match m {
                PopMsg::Show(a) => {
                    hide_timer.borrow_mut().take();
                    let same = mirror
                        .borrow()
                        .as_ref()
                        .is_some_and(|o| o.anchor == a.anchor);
                    if !same {
                        show(a);
                    }
                }
                PopMsg::TogglePin(a) => {
                    hide_timer.borrow_mut().take();
                    let pinned_here = mirror
                        .borrow()
                        .as_ref()
                        .is_some_and(|o| o.anchor == a.anchor && o.pinned);
                    if pinned_here {
                        hide();
                    } else {
                        show(Active { pinned: true, ..a });
                    }
                }
                PopMsg::HideSoon => {
                    if mirror.borrow().as_ref().is_some_and(|o| o.pinned) {
                        return;
                    }
                    *hide_timer.borrow_mut() = Some(Timeout::new(200, hide));
                }
                PopMsg::Keep => {
                    hide_timer.borrow_mut().take();
                }
                PopMsg::Hide => {
                    hide_timer.borrow_mut().take();
                    hide();
                }
            }
        })
    };

    // A new analysis or filter replaces the elements: close the popover (a no-op, with no
    // re-render, when none is open).
    {
        let on_pop = on_pop.clone();
        use_effect_with(view.clone(), move |_| on_pop.emit(PopMsg::Hide));
    }
    // Announced to screen readers; part of the same render as the highlights, so a new result
    // costs one render and one layout, not two.
    let status = view.as_ref().map_or(String::new(), |v| {
        let n = v.report.flags.len();
        format!(
            "Analysed {} words: {} flag{}, score {:.0} out of 100.",
            v.report.stats.words,
            n,
            if n == 1 { "" } else { "s" },
            v.report.scores.overall
        )
    });

    // After the first paint, compile the built-in lists and run the analysis and markup code
    // once on the example, so the first paste does not wait for the lists or for the browser's
    // first, unoptimised pass over that code.
    use_effect_with((), |_| {
        Timeout::new(0, || {
            if let Ok(a) = Analyzer::builtin() {
                if let Ok(f) = analyze(EXAMPLE, a) {
                    let _ = build_view(&f, &Filter::default());
                }
            }
        })
        .forget();
    });

    let on_jump = {
        let view = view.clone();
        use_callback(view, move |i: usize, view| {
            if let Some(id) = view
                .as_ref()
                .and_then(|v| v.layout.anchor.get(i).cloned().flatten())
            {
                dom::focus_and_scroll(&id);
            }
        })
    };

    let oninput = {
        let schedule = schedule.clone();
        let notice = notice.clone();
        Callback::from(move |e: InputEvent| {
            // Only when there is one: a state change re-renders the page, and this runs per key.
            if notice.is_some() {
                notice.set(None);
            }
            // A paste or drop is a whole article arriving: show it at once.
            let t = e.input_type();
            let now = t == "insertFromPaste" || t == "insertFromDrop";
            schedule.emit(if now { 0 } else { DEBOUNCE_MS });
        })
    };

    let set_article = {
        let input_ref = input_ref.clone();
        let schedule = schedule.clone();
        Callback::from(move |text: String| {
            if let Some(ta) = input_ref.cast::<HtmlTextAreaElement>() {
                ta.set_value(&text);
                ta.set_scroll_top(0);
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
                    "“{}” is {:.1} MB; Slant reads files up to 8 MB.",
                    f.name(),
                    f.size() / 1_048_576.0
                ))));
                return;
            }
            let set_article = set_article.clone();
            let notice = notice.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = f.name();
                match dom::read_text(f).await {
                    Ok(t) => {
                        set_article.emit(t);
                        notice.set(Some(Notice::Info(format!("Loaded “{name}”."))));
                    }
                    Err(m) => notice.set(Some(Notice::Error(format!("“{name}”: {m}")))),
                }
            });
        })
    };

    let ondrop = {
        let load_file = load_file.clone();
        Callback::from(move |e: DragEvent| {
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|l| l.get(0));
            if let Some(f) = file {
                e.prevent_default();
                load_file.emit(f);
            }
        })
    };
    let ondragover = Callback::from(|e: DragEvent| {
        let has_files = e.data_transfer().is_some_and(|d| {
            d.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        });
        if has_files {
            e.prevent_default();
        }
    });
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
        Callback::from(move |_| set_article.emit(EXAMPLE.to_string()))
    };
    let clear = {
        let set_article = set_article.clone();
        let input_ref = input_ref.clone();
        let notice = notice.setter();
        Callback::from(move |_| {
            set_article.emit(String::new());
            notice.set(None);
            if let Some(ta) = input_ref.cast::<HtmlElement>() {
                let _ = ta.focus();
            }
        })
    };

    let export_json = {
        let view = view.clone();
        let notice = notice.setter();
        Callback::from(move |_| {
            if let Some(v) = &view {
                if dom::download(
                    "slant-report.json",
                    "application/json",
                    &export::report_json(&v.report),
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
        let notice = notice.setter();
        Callback::from(move |_| {
            if let Some(v) = &view {
                let when = js_sys::Date::new_0()
                    .to_locale_string("en-GB", &wasm_bindgen::JsValue::UNDEFINED);
                let note = format!("Exported {}.", String::from(when));
                let h = export::standalone_html(&v.text, &v.report, &v.layout, &note);
                if dom::download("slant-article.html", "text/html", &h).is_err() {
                    notice.set(Some(Notice::Error("The download could not start.".into())));
                }
            }
        })
    };

    let toggle_cat = {
        let filter = filter.clone();
        Callback::from(move |c: Category| {
            let mut f = *filter;
            f.categories[cat_index(c)] = !f.categories[cat_index(c)];
            filter.set(f);
        })
    };
    let toggle_quoted = {
        let filter = filter.clone();
        Callback::from(move |_: Event| {
            filter.set(Filter {
                include_quoted: !filter.include_quoted,
                ..*filter
            })
        })
    };
    let toggle_shade = {
        let shade_quotes = shade_quotes.clone();
        Callback::from(move |_: Event| shade_quotes.set(!*shade_quotes))
    };

    // Custom wordlists: parse, compile with the built-ins, and re-analyse; errors go in place.
    let apply_lists = {
        let engine = engine.clone();
        let lists = lists.clone();
        let schedule = schedule.clone();
        Callback::from(move |(new, a): (Vec<WordList>, Option<Analyzer>)| {
            *engine.borrow_mut() = a.or_else(|| Analyzer::builtin().ok().cloned());
            lists.set(Rc::new(new));
            schedule.emit(0);
        })
    };
    let add_list = {
        let wl_ref = wl_ref.clone();
        let lists = lists.clone();
        let wl_error = wl_error.clone();
        let notice = notice.setter();
        let apply_lists = apply_lists.clone();
        Callback::from(move |origin: String| {
            let Some(ta) = wl_ref.cast::<HtmlTextAreaElement>() else {
                return;
            };
            let src = ta.value();
            match model::add_list(&lists, &origin, &src) {
                Ok((new, a)) => {
                    wl_error.set(None);
                    if let Some(l) = new.last() {
                        notice.set(Some(Notice::Info(format!(
                            "Added the list “{}” ({} entr{}).",
                            l.id,
                            l.entries.len(),
                            if l.entries.len() == 1 { "y" } else { "ies" }
                        ))));
                    }
                    apply_lists.emit((new, Some(a)));
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
                    wl_error.set(Some((e, line_text)));
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
        let notice = notice.setter();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let Some(f) = input.files().and_then(|l| l.get(0)) else {
                return;
            };
            input.set_value("");
            let wl_ref = wl_ref.clone();
            let add_list = add_list.clone();
            let notice = notice.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = f.name();
                match dom::read_text(f).await {
                    Ok(t) => {
                        if let Some(ta) = wl_ref.cast::<HtmlTextAreaElement>() {
                            ta.set_value(&t);
                        }
                        add_list.emit(name);
                    }
                    Err(m) => notice.set(Some(Notice::Error(format!("“{name}”: {m}")))),
                }
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
        let lists = lists.clone();
        let apply_lists = apply_lists.clone();
        let notice = notice.setter();
        Callback::from(move |id: String| {
            let rest: Vec<WordList> = lists.iter().filter(|l| l.id != id).cloned().collect();
            if rest.is_empty() {
                apply_lists.emit((rest, None));
            } else {
                match Analyzer::with_extra_lists(rest.clone()) {
                    Ok(a) => apply_lists.emit((rest, Some(a))),
                    Err(e) => notice.set(Some(Notice::Error(e.to_string()))),
                }
            }
        })
    };
    let show_error_line = {
        let wl_ref = wl_ref.clone();
        let wl_error = wl_error.clone();
        Callback::from(move |_| {
            if let (Some(ta), Some((e, _))) =
                (wl_ref.cast::<HtmlTextAreaElement>(), wl_error.as_ref())
            {
                dom::select_line(&ta, e.line);
            }
        })
    };

    let has_view = view.is_some();
    html! {
        <>
        <a class="skip" href="#article">{ "Skip to the highlighted article" }</a>
        { Html::from_html_unchecked(AttrValue::Static(HEADER)) }
        <main class="wrap">
            if let Some(m) = fatal {
                <p class="notice error">{ format!("The built-in wordlists failed to load: {m}") }</p>
            }
            <div class="toolbar" role="toolbar" aria-label="Article actions">
                <button type="button" class="btn primary" onclick={load_example}>{ "Load example article" }</button>
                <label class="btn">{ "Open .txt or .md…" }
                    <input type="file" class="sr" accept=".txt,.md,.markdown,text/plain,text/markdown" onchange={onfile} /></label>
                <button type="button" class="btn" onclick={clear}>{ "Clear" }</button>
                <span class="spacer"></span>
                <button type="button" class="btn" disabled={!has_view} onclick={export_json}>{ "Export JSON" }</button>
                <button type="button" class="btn" disabled={!has_view} onclick={export_html}>{ "Export HTML" }</button>
            </div>
            { notice_html(&notice) }
            <p class="sr" role="status" aria-live="polite">{ status }</p>
            <Summary view={view.clone()} />
            <section class="workspace">
                <div class="pane pane-input">
                    <label class="pane-title" for="article-input">{ "Article text" }</label>
                    <textarea id="article-input" ref={input_ref} spellcheck="false"
                        placeholder="Paste or type a news article here, or drop a .txt or .md file."
                        oninput={oninput} ondrop={ondrop} ondragover={ondragover} />
                    <p class="hint">{ "Highlights update as you type. Drop a .txt or .md file onto the box to load it." }</p>
                </div>
                <div class="pane pane-output">
                    <div class="pane-head">
                        <h2 class="pane-title" id="article-title">{ "Highlighted article" }</h2>
                        <Legend counts={view.as_ref().map(|v| v.legend)} filter={*filter} shade={*shade_quotes}
                            on_toggle={toggle_cat} on_quoted={toggle_quoted} on_shade={toggle_shade} />
                    </div>
                    if let Some(v) = view.clone() {
                        <ArticleView view={v} shade={*shade_quotes} on_pop={on_pop.clone()} />
                    } else {
                        { Html::from_html_unchecked(AttrValue::Static(EMPTY_ARTICLE)) }
                    }
                    <Popover view={view.clone()} active={(*active).clone()} on_pop={on_pop.clone()} />
                </div>
            </section>
            <section class="lower">
                <FlagList view={view.clone()} on_jump={on_jump} />
                <section class="card wordlists" aria-labelledby="wl-title">
                    <h2 id="wl-title">{ "Custom wordlist" }</h2>
                    <p class="muted">{ "Add your desk's own terms, in the same TOML format as Slant's list files. Entries for the same words override the built-in ones." }</p>
                    <label class="sr" for="wl-input">{ "Custom wordlist (TOML)" }</label>
                    <textarea id="wl-input" ref={wl_ref} class={classes!("wl-input", wl_error.is_some().then_some("invalid"))}
                        spellcheck="false" placeholder={TEMPLATE}
                        aria-invalid={if wl_error.is_some() { "true" } else { "false" }}
                        aria-describedby={wl_error.is_some().then_some("wl-err")} />
                    if let Some((e, line_text)) = (*wl_error).clone() {
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
                    if !lists.is_empty() {
                        <ul class="wl-lists" aria-label="Custom lists in use">
                            { for lists.iter().map(|l| {
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
                <HowScores />
            </section>
        </main>
        { Html::from_html_unchecked(AttrValue::Static(FOOTER)) }
        </>
    }
}

/// Adds or toggles `aria-describedby` pointing at the popover on the element `id`.
fn describe(id: &str, on: bool) {
    if let Some(el) = dom::by_id(id) {
        let _ = if on {
            el.set_attribute("aria-describedby", "slant-pop")
        } else {
            el.remove_attribute("aria-describedby")
        };
    }
}

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

// ---------------------------------------------------------------------------------------------

#[derive(Properties, PartialEq)]
struct LegendProps {
    counts: Option<[usize; 3]>,
    filter: Filter,
    shade: bool,
    on_toggle: Callback<Category>,
    on_quoted: Callback<Event>,
    on_shade: Callback<Event>,
}

/// The legend doubles as the category filter.
#[function_component]
fn Legend(p: &LegendProps) -> Html {
    html! {
        <fieldset class="legend">
            <legend class="sr">{ "Show categories" }</legend>
            { for Category::ALL.iter().map(|&c| {
                let on = p.filter.shows(c);
                let cb = p.on_toggle.clone();
                html! {
                    <label class={classes!("chip", cat_class(c), (!on).then_some("off"))} data-cat={c.as_str()}>
                        <input type="checkbox" checked={on} onchange={Callback::from(move |_| cb.emit(c))} />
                        <span class={classes!("sw", cat_class(c))} aria-hidden="true"></span>
                        { cat_title(c) }
                        if let Some(n) = p.counts {
                            <span class="count">{ n[cat_index(c)] }</span>
                        }
                    </label>
                }
            }) }
            <span class="legend-sep" aria-hidden="true"></span>
            <label class="chip plain">
                <input type="checkbox" id="toggle-quoted" checked={p.filter.include_quoted} onchange={p.on_quoted.clone()} />
                { "Flags in quotes" }
            </label>
            <label class="chip plain">
                <input type="checkbox" id="toggle-shade" checked={p.shade} onchange={p.on_shade.clone()} />
                { "Show " }<span class="q-sample">{ "“quotes”" }</span>
            </label>
        </fieldset>
    }
}

// ---------------------------------------------------------------------------------------------

#[derive(Properties, PartialEq)]
struct ArticleProps {
    view: Rc<View>,
    shade: bool,
    on_pop: Callback<PopMsg>,
}

fn flag_element(e: &Event) -> Option<Element> {
    let t: Element = e.target()?.dyn_into().ok()?;
    t.closest("[data-f]").ok().flatten()
}

fn active_for(el: &Element) -> Option<Active> {
    let flags: Vec<usize> = el
        .get_attribute("data-f")?
        .split(',')
        .filter_map(|s| s.parse().ok())
        .collect();
    Some(Active {
        flags,
        anchor: el.id(),
        pinned: false,
    })
}

/// The article with its highlights. One set of delegated listeners on the container serves all
/// marks, so a long article does not carry thousands of closures.
#[function_component]
fn ArticleView(p: &ArticleProps) -> Html {
    let body = p.view.article.clone();

    let on = p.on_pop.clone();
    let onmouseover = Callback::from(move |e: MouseEvent| {
        match flag_element(&e).and_then(|el| active_for(&el)) {
            Some(a) => on.emit(PopMsg::Show(a)),
            None => on.emit(PopMsg::HideSoon),
        }
    });
    let on = p.on_pop.clone();
    let onmouseleave = Callback::from(move |_: MouseEvent| on.emit(PopMsg::HideSoon));
    let on = p.on_pop.clone();
    let onfocusin = Callback::from(move |e: FocusEvent| {
        if let Some(a) = flag_element(&e).and_then(|el| active_for(&el)) {
            on.emit(PopMsg::Show(a));
        }
    });
    let on = p.on_pop.clone();
    let onfocusout = Callback::from(move |_: FocusEvent| on.emit(PopMsg::HideSoon));
    let on = p.on_pop.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        match flag_element(&e).and_then(|el| active_for(&el)) {
            Some(a) => on.emit(PopMsg::TogglePin(a)),
            None => on.emit(PopMsg::Hide),
        }
    });
    let on = p.on_pop.clone();
    let onkeydown = Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
        "Escape" => on.emit(PopMsg::Hide),
        "Enter" | " " => {
            if let Some(a) = flag_element(&e).and_then(|el| active_for(&el)) {
                e.prevent_default();
                on.emit(PopMsg::TogglePin(a));
            }
        }
        _ => {}
    });
    html! {
        <div id="article" class={classes!("article", p.shade.then_some("shade"))} role="region" aria-labelledby="article-title"
            {onmouseover} {onmouseleave} {onfocusin} {onfocusout} {onclick} {onkeydown}>
            { body }
        </div>
    }
}

// ---------------------------------------------------------------------------------------------

#[derive(Properties, PartialEq)]
struct PopoverProps {
    view: Option<Rc<View>>,
    active: Option<Active>,
    on_pop: Callback<PopMsg>,
}

/// One floating panel explaining the flags under the hovered, focused or tapped element.
#[function_component]
fn Popover(p: &PopoverProps) -> Html {
    let node = use_node_ref();
    let anchor = use_mut_ref(|| None::<String>);
    // Place after every render, and again when anything scrolls or the window resizes.
    {
        let node = node.clone();
        let anchor = anchor.clone();
        use_effect_with(p.active.clone(), move |a| {
            *anchor.borrow_mut() = a.as_ref().map(|a| a.anchor.clone());
            if let (Some(el), Some(a)) = (node.cast::<HtmlElement>(), a) {
                dom::place_popover(&el, &a.anchor);
            }
        });
    }
    {
        let node = node.clone();
        let anchor = anchor.clone();
        let on_pop = p.on_pop.clone();
        use_effect_with((), move |_| {
            let place = Closure::<dyn Fn()>::new(move || {
                if let (Some(el), Some(a)) = (node.cast::<HtmlElement>(), anchor.borrow().as_ref())
                {
                    dom::place_popover(&el, a);
                }
            });
            // A tap or click anywhere but on a highlight or the popover closes it.
            let outside = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
                let inside = e
                    .target()
                    .and_then(|t| t.dyn_into::<Element>().ok())
                    .and_then(|el| el.closest("#slant-pop, #article [data-f]").ok().flatten())
                    .is_some();
                if !inside {
                    on_pop.emit(PopMsg::Hide);
                }
            });
            let win = web_sys::window();
            if let Some(w) = &win {
                let f = place.as_ref().unchecked_ref();
                let _ = w.add_event_listener_with_callback_and_bool("scroll", f, true);
                let _ = w.add_event_listener_with_callback("resize", f);
                let _ = w.add_event_listener_with_callback(
                    "pointerdown",
                    outside.as_ref().unchecked_ref(),
                );
            }
            move || {
                if let Some(w) = &win {
                    let f = place.as_ref().unchecked_ref();
                    let _ = w.remove_event_listener_with_callback_and_bool("scroll", f, true);
                    let _ = w.remove_event_listener_with_callback("resize", f);
                    let _ = w.remove_event_listener_with_callback(
                        "pointerdown",
                        outside.as_ref().unchecked_ref(),
                    );
                }
                drop(place);
                drop(outside);
            }
        });
    }

    let on = p.on_pop.clone();
    let onmouseenter = Callback::from(move |_: MouseEvent| on.emit(PopMsg::Keep));
    let on = p.on_pop.clone();
    let onmouseleave = Callback::from(move |_: MouseEvent| on.emit(PopMsg::HideSoon));
    let on = p.on_pop.clone();
    let close = Callback::from(move |_: MouseEvent| on.emit(PopMsg::Hide));

    let content = match (&p.view, &p.active) {
        (Some(v), Some(a)) => {
            let items: Html = a
                .flags
                .iter()
                .filter_map(|&i| v.report.flags.get(i))
                .map(|f| pop_flag(v, f))
                .collect();
            Some(items)
        }
        _ => None,
    };
    let open = content.is_some();
    html! {
        <div id="slant-pop" ref={node} class={classes!("pop", open.then_some("open"))} role="tooltip"
            hidden={!open} {onmouseenter} {onmouseleave}>
            if let Some(c) = content {
                <button type="button" class="pop-close" aria-label="Close explanation" tabindex="-1" onclick={close}>{ "×" }</button>
                { c }
            }
        </div>
    }
}

fn pop_flag(v: &View, f: &slant_core::Flag) -> Html {
    let c = f.category;
    let voice = match f.voice {
        Voice::Outlet => "In the outlet's own voice: counts in full.".to_string(),
        Voice::Attributed => "A label the article attributes to someone: counts half.".to_string(),
        Voice::Quoted => match &f.speaker {
            Some(s) => format!(
                "Inside a quotation from {}: counts a quarter.",
                model::excerpt(&s.text, 60)
            ),
            None => "Inside a quotation: counts a quarter.".to_string(),
        },
    };
    let source = model::rule_source(&v.engine, &f.rule);
    html! {
        <section class={classes!("pop-flag", cat_class(c))} data-cat={c.as_str()}>
            <p class="pop-head">
                <span class={classes!("sw", cat_class(c))} aria-hidden="true"></span>
                <strong class="pop-cat">{ cat_title(c) }</strong>
                <span class="pop-kind">{ format!(" · {}", kind_label(&f.kind)) }</span>
            </p>
            <p class="pop-text">{ format!("“{}”", model::excerpt(&f.text, 140)) }</p>
            <p class="pop-msg">{ f.message.clone() }</p>
            if !f.suggestions.is_empty() {
                <p class="pop-sugg"><span class="lbl">{ "Neutral alternatives: " }</span>
                    { for f.suggestions.iter().map(|s| html! { <span class="sugg">{ s.clone() }</span> }) }
                </p>
            }
            if !f.triggers.is_empty() {
                <p class="pop-trig"><span class="lbl">{ "Triggered by: " }</span>
                    { f.triggers.iter().map(|t| format!("“{}”", t.text)).collect::<Vec<_>>().join(", ") }</p>
            }
            if let Some(l) = &f.linked {
                <p class="pop-trig"><span class="lbl">{ "Linked: " }</span>{ format!("“{}”", model::excerpt(&l.text, 80)) }</p>
            }
            <p class="pop-voice">{ voice }</p>
            <p class="pop-rule"><span class="lbl">{ "List entry: " }</span><code>{ f.rule.clone() }</code>
                if !source.is_empty() { <span class="muted">{ format!(" ({source})") }</span> }
            </p>
        </section>
    }
}

// ---------------------------------------------------------------------------------------------

#[derive(Properties, PartialEq)]
struct SummaryProps {
    view: Option<Rc<View>>,
}

fn band(score: f64) -> &'static str {
    match score {
        s if s < 25.0 => "Low",
        s if s < 50.0 => "Moderate",
        s if s < 75.0 => "High",
        _ => "Very high",
    }
}

/// Score gauge, per-category counts and densities with a bar chart, and the top terms.
#[function_component]
fn Summary(p: &SummaryProps) -> Html {
    let Some(v) = &p.view else {
        return html! {
            <section class="summary" aria-label="Summary">
                <div class="card score-card">
                    { gauge(None) }
                    <div><h2>{ "Slant score" }</h2><p class="muted">{ "Waiting for an article." }</p></div>
                </div>
                <div class="card"><h2>{ "By category" }</h2><p class="muted">{ "Counts and densities appear here." }</p></div>
                <div class="card"><h2>{ "Top terms" }</h2><p class="muted">{ "The most frequent flagged words." }</p></div>
            </section>
        };
    };
    let r = &v.report;
    let s = &r.scores;
    let max = Category::ALL
        .iter()
        .map(|&c| s.category(c).per_1000_words)
        .fold(10.0_f64, f64::max);
    let terms = model::top_terms(r, 6);
    html! {
        <section class="summary" aria-label="Summary">
            <div class="card score-card">
                { gauge(Some(s.overall)) }
                <div>
                    <h2>{ "Slant score" }</h2>
                    <p class="band" id="score-band">{ band(s.overall) }</p>
                    <p class="muted small" id="analysis-stats">{ format!(
                        "{} words · {} sentences · {} flags · analysed in {:.0} ms",
                        r.stats.words, r.stats.sentences, r.flags.len(), v.ms.max(1.0)
                    ) }</p>
                </div>
            </div>
            <div class="card">
                <h2>{ "By category" }</h2>
                <table class="cats">
                    <thead><tr><th scope="col">{ "Category" }</th><th scope="col" class="n c-flags">{ "Flags" }</th>
                        <th scope="col" class="n c-dens"><span class="wide">{ "per 1,000 words" }</span><span class="narrow">{ "/ 1k words" }</span></th><th scope="col" class="c-bar"><span class="sr">{ "Chart" }</span></th></tr></thead>
                    <tbody>
                    { for Category::ALL.iter().map(|&c| {
                        let cs = s.category(c);
                        let w = (cs.per_1000_words / max * 100.0).clamp(0.0, 100.0);
                        html! {
                            <tr data-cat={c.as_str()}>
                                <th scope="row"><span class={classes!("sw", cat_class(c))} aria-hidden="true"></span>{ cat_title(c) }</th>
                                <td class="n">{ cs.count }</td>
                                <td class="n" title={format!("weighted: {:.1} per 1,000 words", cs.weighted_per_1000_words)}>{ format!("{:.1}", cs.per_1000_words) }</td>
                                <td class="bar-cell" aria-hidden="true"><span class={classes!("bar", cat_class(c))} style={format!("width:{w:.1}%")}></span></td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
            </div>
            <div class="card">
                <h2>{ "Top terms" }</h2>
                if terms.is_empty() {
                    <p class="muted">{ "No loaded words or anonymous sources found." }</p>
                } else {
                    <ol class="terms">
                        { for terms.into_iter().map(|(t, c, n)| html! {
                            <li><span class={classes!("sw", cat_class(c))} aria-hidden="true"></span>
                                <span class="term">{ t }</span><span class="times">{ format!("×{n}") }</span></li>
                        }) }
                    </ol>
                }
            </div>
        </section>
    }
}

fn gauge(score: Option<f64>) -> Html {
    let v = score.unwrap_or(0.0).clamp(0.0, 100.0);
    let cls = match v {
        x if x < 25.0 => "g-low",
        x if x < 50.0 => "g-mid",
        x if x < 75.0 => "g-high",
        _ => "g-vhigh",
    };
    let label = match score {
        Some(s) => format!("Slant score {s:.0} out of 100"),
        None => "Slant score: no article yet".to_string(),
    };
    html! {
        <svg class="gauge" viewBox="0 0 120 70" role="img" aria-label={label}>
            <path class="g-track" d="M10 62 A50 50 0 0 1 110 62" pathLength="100" />
            if score.is_some() {
                <path class={classes!("g-val", cls)} d="M10 62 A50 50 0 0 1 110 62" pathLength="100"
                    stroke-dasharray={format!("{v:.1} 100")} />
            }
            <text x="60" y="58" text-anchor="middle" class="g-num" id="score-value">
                { score.map_or("–".to_string(), |s| format!("{s:.0}")) }</text>
        </svg>
    }
}

// ---------------------------------------------------------------------------------------------

#[derive(Properties, PartialEq)]
struct FlagListProps {
    view: Option<Rc<View>>,
    on_jump: Callback<usize>,
}

/// The sentence view: unattributed assertions and anonymous sources in reading order. The list
/// is markup built with the article's (a long article lists hundreds); one delegated listener
/// serves every button.
#[function_component]
fn FlagList(p: &FlagListProps) -> Html {
    let on_jump = p.on_jump.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        let i = e
            .target()
            .and_then(|t| t.dyn_into::<Element>().ok())
            .and_then(|el| el.closest("button.jump[data-i]").ok().flatten())
            .and_then(|b| b.get_attribute("data-i"))
            .and_then(|s| s.parse::<usize>().ok());
        if let Some(i) = i {
            on_jump.emit(i);
        }
    });
    let list = p.view.as_ref().filter(|v| v.jump_count > 0);
    html! {
        <section class="card sentences" aria-labelledby="sv-title">
            <h2 id="sv-title">{ "Sourcing and assertions" }</h2>
            <p class="muted">{ "Unattributed assertions and anonymous sources in reading order. Select one to find it in the article." }</p>
            if let Some(v) = list {
                <div {onclick}>{ v.jumps.clone() }</div>
            } else {
                <p class="muted empty-list">{ if p.view.is_some() { "None found (or hidden by the legend)." } else { "Nothing yet." } }</p>
            }
        </section>
    }
}

#[function_component]
fn HowScores() -> Html {
    Html::from_html_unchecked(AttrValue::Static(HOW_SCORES))
}
