//! Compare mode: two or more articles side by side, each analysed with its actors, then
//! `frame::compare`: their loaded-language and sourcing profiles, the shared actors with each
//! article's labels next to each other, and the words only one article uses. Everything shown
//! from the articles is text nodes.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use gloo_timers::callback::Timeout;
use slant_core::frame::compare::ActorSide;
use slant_core::frame::{compare, Comparison, VerbCount};
use slant_core::{CategoryScore, Report};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::article::Sink;
use crate::model::{count, excerpt};
use crate::panels::actors::{speech_line, text_el};
use crate::panels::fixed::fixed;
use crate::view::build_nodes;

/// More columns than this do not fit side by side on a laptop; the CLI takes any number.
const MAX_ARTICLES: usize = 6;
/// Quiet time after typing in a box before the articles are compared again.
const DEBOUNCE_MS: u32 = 400;

/// Analyses one article with its actors (the page's one analysis path, `view::analyze`).
pub type Analyse = Callback<String, Result<Report, String>>;

/// One compare run: the articles' box numbers (1-based) and the comparison; `serial` tells runs
/// apart without comparing their contents.
pub struct Outcome {
    serial: u64,
    numbers: Vec<usize>,
    firsts: Vec<String>,
    cmp: Comparison,
}

impl PartialEq for Outcome {
    fn eq(&self, o: &Self) -> bool {
        self.serial == o.serial
    }
}

#[derive(Clone, PartialEq, Default)]
enum State {
    /// Fewer than two articles hold text.
    #[default]
    Waiting,
    Error(String),
    Done(Rc<Outcome>),
}

static SERIAL: AtomicU64 = AtomicU64::new(1);

/// Analyses kept from the last run, by box: `(box id, its text, the report)`.
type Cache = Vec<(u32, String, Report)>;

/// Compares the boxes that hold text. Only a box whose text changed since the last run is
/// analysed again (typing in one box costs one analysis, not one per box).
fn run(texts: &[(u32, String)], analyse: &Analyse, cache: &mut Cache) -> State {
    let mut fresh: Cache = Vec::with_capacity(texts.len());
    let mut numbers = Vec::new();
    let mut firsts = Vec::new();
    for (i, (id, t)) in texts.iter().enumerate() {
        if t.trim().is_empty() {
            continue;
        }
        let kept = cache
            .iter()
            .position(|(k, old, _)| k == id && old == t)
            .map(|at| cache.swap_remove(at));
        let entry = match kept {
            Some(e) => e,
            None => match analyse.emit(t.clone()) {
                Ok(r) => (*id, t.clone(), r),
                Err(m) => return State::Error(format!("Article {}: {m}", i + 1)),
            },
        };
        fresh.push(entry);
        numbers.push(i + 1);
        firsts.push(excerpt(t.trim_start().lines().next().unwrap_or(""), 48));
    }
    *cache = fresh;
    if cache.len() < 2 {
        return State::Waiting;
    }
    let refs: Vec<&Report> = cache.iter().map(|(_, _, r)| r).collect();
    let serial = SERIAL.fetch_add(1, Ordering::Relaxed);
    State::Done(Rc::new(Outcome {
        serial,
        numbers,
        firsts,
        cmp: compare(&refs),
    }))
}

pub struct CompareProps {
    pub analyse: Analyse,
    /// The main text box: its article fills the first box when compare mode opens.
    pub input_ref: NodeRef,
}

/// The panel's state, in one cell: one re-render hook and two delegated listeners serve every
/// box and button (each hook and closure type is code in the WebAssembly module).
#[derive(Default)]
pub struct Model {
    open: bool,
    /// `(box id, its text)`, in order.
    boxes: Vec<(u32, String)>,
    next_id: u32,
    state: State,
    /// The last comparison as DOM nodes (see article.rs).
    result: Option<Html>,
    timer: Option<Timeout>,
    cache: Cache,
}

type Shared = Rc<RefCell<Model>>;

/// The panel's model and its redraw: hooks of the App, whose render calls `compare_panel`.
pub type CompareHooks = (Shared, UseForceUpdateHandle);

#[hook]
pub fn use_compare_panel() -> CompareHooks {
    (use_mut_ref(Model::default), use_force_update())
}

/// Compares the boxes now, stores the outcome and redraws.
fn compare_now(m: &Shared, analyse: &Analyse, redraw: &UseForceUpdateHandle) {
    {
        let mut guard = m.borrow_mut();
        let Model {
            boxes,
            cache,
            state,
            result,
            ..
        } = &mut *guard;
        *state = run(boxes, analyse, cache);
        *result = match state {
            State::Done(o) => Some(build_nodes("div", "cmp-result", |sink| {
                write_outcome(sink, o)
            })),
            _ => None,
        };
    }
    redraw.force_update();
}

/// Compares at once (`now`), or after a pause in typing (a newer call cancels an older one).
fn schedule(m: &Shared, analyse: &Analyse, redraw: &UseForceUpdateHandle, now: bool) {
    if now {
        m.borrow_mut().timer = None;
        compare_now(m, analyse, redraw);
        return;
    }
    let (m2, analyse, redraw) = (m.clone(), analyse.clone(), redraw.clone());
    let t = Timeout::new(DEBOUNCE_MS, move || compare_now(&m2, &analyse, &redraw));
    m.borrow_mut().timer = Some(t);
}

/// The panel, a function of the App's render rather than a component: its props are new at
/// every App render anyway (the App makes `analyse` afresh), and a component's lifecycle is its
/// own code in the WebAssembly module. Its redraw renders the App.
pub fn compare_panel(p: CompareProps, (model, redraw): &CompareHooks) -> Html {
    // Every button says what it does in `data-act` (and `data-id` for a box).
    let onclick = {
        let (model, redraw) = (model.clone(), redraw.clone());
        let (analyse, input_ref) = (p.analyse.clone(), p.input_ref.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(b) = crate::dom::closest_target(&e, "button[data-act]") else {
                return;
            };
            let id = b
                .get_attribute("data-id")
                .and_then(|s| s.parse::<u32>().ok());
            {
                let mut m = model.borrow_mut();
                match b.get_attribute("data-act").as_deref() {
                    Some("open") => {
                        let first = input_ref
                            .cast::<HtmlTextAreaElement>()
                            .map(|t| String::from(crate::blocks::text_of(&t)))
                            .unwrap_or_default();
                        m.open = true;
                        m.next_id += 2;
                        m.boxes = vec![(m.next_id - 1, first), (m.next_id, String::new())];
                    }
                    Some("close") => *m = Model::default(),
                    Some("add") if m.boxes.len() < MAX_ARTICLES => {
                        m.next_id += 1;
                        let id = m.next_id;
                        m.boxes.push((id, String::new()));
                    }
                    Some("remove") => m.boxes.retain(|(k, _)| Some(*k) != id),
                    _ => return,
                }
            }
            schedule(&model, &analyse, &redraw, true);
        })
    };
    let oninput = {
        let (model, redraw, analyse) = (model.clone(), redraw.clone(), p.analyse.clone());
        Callback::from(move |e: InputEvent| {
            let ta: HtmlTextAreaElement = e.target_unchecked_into();
            let id = ta
                .id()
                .strip_prefix("cmp-text-")
                .and_then(|s| s.parse::<u32>().ok());
            if let Some(b) = model
                .borrow_mut()
                .boxes
                .iter_mut()
                .find(|(k, _)| Some(*k) == id)
            {
                b.1 = ta.value();
            }
            schedule(
                &model,
                &analyse,
                &redraw,
                e.input_type() == "insertFromPaste",
            );
        })
    };

    let m = model.borrow();
    if !m.open {
        return html! {
            <section class="card compare" aria-labelledby="compare-title" {onclick}>
                { fixed(concat!(
                    r#"<h2 id="compare-title">Compare articles</h2><p class="muted">Two or more versions of one story side by side: the actors they share and what each calls them, the loaded words only one uses, and how each sources its claims.</p>"#,
                    r#"<button type="button" class="btn" id="compare-open" data-act="open" aria-expanded="false">Compare articles</button>"#
                )) }
            </section>
        };
    }
    let n = m.boxes.len();
    html! {
        <section class="card compare" aria-labelledby="compare-title" {onclick}>
            { fixed(concat!(
                r#"<div class="card-head"><h2 id="compare-title">Compare articles</h2>"#,
                r#"<button type="button" class="btn small" id="compare-close" data-act="close" aria-expanded="true">Leave compare mode</button></div>"#,
                r#"<p class="muted small">Paste one article in each box (the first holds the article from the text box). Actors are matched by name, acronym or surname.</p>"#
            )) }
            <div class="cmp-boxes" {oninput}>
                { for m.boxes.iter().enumerate().map(|(i, (id, text))| {
                    let field = format!("cmp-text-{id}");
                    html! {
                        <div class="cmp-box" key={*id}>
                            <div class="cmp-box-head">
                                <label for={field.clone()}>{ format!("Article {}", i + 1) }</label>
                                if n > 2 {
                                    <button type="button" class="btn small" data-act="remove" data-id={id.to_string()}
                                        aria-label={format!("Remove article {}", i + 1)}>{ "Remove" }</button>
                                }
                            </div>
                            <textarea id={field} class="cmp-text" spellcheck="false" value={text.clone()}
                                placeholder="Paste an article here." />
                        </div>
                    }
                }) }
            </div>
            <div class="row">
                <button type="button" class="btn" id="compare-add" data-act="add" disabled={n >= MAX_ARTICLES}>{ "Add an article" }</button>
            </div>
            { outcome_html(&m.state, m.result.clone()) }
        </section>
    }
}

fn outcome_html(s: &State, result: Option<Html>) -> Html {
    let (status, body) = match s {
        State::Waiting => (
            String::new(),
            html! { <p class="muted cmp-wait">{ "Paste at least two articles to compare them." }</p> },
        ),
        State::Error(m) => (
            m.clone(),
            html! { <p class="notice error">{ m.clone() }</p> },
        ),
        State::Done(o) => (
            format!(
                "Compared {}: {} in common.",
                count(o.numbers.len(), "article", "articles"),
                count(o.cmp.shared_actors.len(), "actor", "actors")
            ),
            result.unwrap_or_default(),
        ),
    };
    html! {
        <>
        <p class="sr" role="status" aria-live="polite">{ status }</p>
        { body }
        </>
    }
}

/// The table head: an empty corner (or "Actor"), then each article's number and first words.
fn write_heads(out: &mut impl Sink, o: &Outcome, corner: &str) {
    out.open("thead", &[]);
    out.open("tr", &[]);
    if corner.is_empty() {
        out.open("td", &[]);
        out.close();
    } else {
        text_el_attrs(out, "th", &[("scope", "col")], corner);
    }
    for (n, first) in o.numbers.iter().zip(&o.firsts) {
        out.open("th", &[("scope", "col")]);
        out.text(&format!("Article {n}"));
        text_el(out, "span", "cmp-first", first);
        out.close();
    }
    out.close();
    out.close();
}

fn text_el_attrs(out: &mut impl Sink, tag: &'static str, attrs: &[(&'static str, &str)], t: &str) {
    out.text_element(tag, attrs, t);
}

fn density(c: &CategoryScore) -> String {
    format!(
        "{} per 1,000 words ({})",
        crate::model::fixed(c.per_1000_words, 1),
        c.count
    )
}

fn verbs(v: &[VerbCount], max: usize) -> String {
    let v: Vec<String> = v
        .iter()
        .take(max)
        .map(|v| format!("{} {}", v.verb, v.count))
        .collect();
    if v.is_empty() {
        "—".into()
    } else {
        v.join(", ")
    }
}

/// In a sentence: the comparison's own note starts in lower case. The notes are ASCII:
/// `char::to_uppercase` would bring in Unicode's case table (page size).
fn sentence(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| format!("{}{}.", f.to_ascii_uppercase(), c.as_str()))
        .unwrap_or_default()
}

/// The comparison: the profile table, then the shared actors (or the note saying there are
/// none). Everything from the articles is text.
pub fn write_outcome(out: &mut impl Sink, o: &Outcome) {
    let a = &o.cmp.articles;
    let labels: Vec<String> = o.numbers.iter().map(|n| format!("Article {n}")).collect();
    out.open("table", &[("class", "cmp cmp-profile")]);
    text_el_attrs(out, "caption", &[], "Loaded language and sourcing");
    write_heads(out, o, "");
    out.open("tbody", &[]);
    let rows: [(&str, &dyn Fn(usize) -> String); 8] = [
        ("Score", &|i| {
            format!("{} out of 100", crate::model::fixed(a[i].overall, 0))
        }),
        ("Words", &|i| count(a[i].words, "word", "words")),
        ("Loaded language", &|i| density(&a[i].loaded_language)),
        ("Unattributed assertions", &|i| {
            density(&a[i].unattributed_assertion)
        }),
        ("Sources", &|i| {
            format!(
                "{} named, {} anonymous",
                a[i].named_sources, a[i].anonymous_sources
            )
        }),
        ("Sentences reporting speech", &|i| {
            format!("{}%", crate::model::fixed(a[i].attributed_share * 100.0, 0))
        }),
        ("Attribution verbs", &|i| verbs(&a[i].attribution_verbs, 6)),
        ("Loaded words only this article uses", &|i| {
            if a[i].only_here.is_empty() {
                "—".into()
            } else {
                a[i].only_here.join(", ")
            }
        }),
    ];
    for (head, cell) in rows {
        out.open("tr", &[]);
        text_el_attrs(out, "th", &[("scope", "row")], head);
        for (i, label) in labels.iter().enumerate() {
            text_el_attrs(out, "td", &[("data-label", label)], &cell(i));
        }
        out.close();
    }
    out.close();
    out.close();
    if let Some(note) = &o.cmp.note {
        text_el(out, "p", "cmp-note", &sentence(note));
        return;
    }
    out.open("table", &[("class", "cmp cmp-shared")]);
    let caption = format!("Shared actors ({})", o.cmp.shared_actors.len());
    text_el_attrs(out, "caption", &[], &caption);
    write_heads(out, o, "Actor");
    out.open("tbody", &[]);
    for s in &o.cmp.shared_actors {
        out.open("tr", &[]);
        text_el_attrs(out, "th", &[("scope", "row")], &s.name);
        for (side, label) in s.articles.iter().zip(&labels) {
            out.open("td", &[("data-label", label)]);
            write_side(out, side.as_ref());
            out.close();
        }
        out.close();
    }
    out.close();
    out.close();
}

fn write_side(out: &mut impl Sink, side: Option<&ActorSide>) {
    let Some(x) = side else {
        text_el(out, "span", "muted", "not named");
        return;
    };
    let mentions = count(x.mentions, "mention", "mentions");
    text_el(out, "p", "cmp-as", &format!("as “{}”, {mentions}", x.name));
    if !x.labels.is_empty() {
        out.open("ul", &[("class", "labels")]);
        for l in &x.labels {
            out.open("li", &[]);
            text_el(out, "span", "label-text", &format!("“{}”", l.text));
            if l.loaded {
                text_el(out, "span", "tag ll", "loaded");
            }
            if x.only_here.contains(&slant_core::case::lowercase(&l.text)) {
                text_el(out, "span", "tag only", "only here");
            }
            out.close();
        }
        out.close();
    }
    if !x.loaded.is_empty() {
        let loaded = format!("Loaded words about it: {}", x.loaded.join(", "));
        text_el(out, "p", "cmp-loaded", &loaded);
    }
    if x.speech.count > 0 {
        text_el(out, "p", "speech", &speech_line(&x.speech));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_comparison_is_written_as_text() {
        let a = slant_core::Analyzer::builtin().unwrap();
        let opts = slant_core::Options {
            actors: true,
            ..Default::default()
        };
        let one =
            "Governor <b>Ann</b> Lee, a radical populist, signed the bill. Lee said it was fair.";
        let two = "Governor Ann Lee signed the bill on Friday. Lee told reporters it was overdue.";
        let reports: Vec<Report> = [one, two]
            .iter()
            .map(|t| a.analyze(t, &opts).unwrap())
            .collect();
        let refs: Vec<&Report> = reports.iter().collect();
        let o = Outcome {
            serial: 1,
            numbers: vec![1, 2],
            firsts: vec![excerpt(one, 48), excerpt(two, 48)],
            cmp: compare(&refs),
        };
        let mut m = crate::article::Markup::default();
        write_outcome(&mut m, &o);
        assert!(
            m.html.contains("<th scope=\"row\">Ann Lee</th>"),
            "{}",
            m.html
        );
        assert!(m.html.contains("Governor &lt;b&gt;Ann&lt;/b&gt;"));
        assert!(!m.html.contains("<b>"));
        assert!(m.html.contains("data-label=\"Article 2\""));
    }

    #[test]
    fn only_a_changed_box_is_analysed_again() {
        let calls = Rc::new(std::cell::Cell::new(0));
        let analyse: Analyse = {
            let calls = calls.clone();
            Callback::from(move |t: String| {
                calls.set(calls.get() + 1);
                let opts = slant_core::Options {
                    actors: true,
                    ..Default::default()
                };
                slant_core::Analyzer::builtin()
                    .map_err(|e| e.to_string())?
                    .analyze(&t, &opts)
                    .map_err(|e| e.to_string())
            })
        };
        let mut cache = Cache::new();
        let a = "Governor Ann Lee signed the bill. Lee said it was fair.".to_string();
        let b = "Governor Ann Lee signed it on Friday. Lee told reporters.".to_string();
        let mut boxes = vec![(1, a), (2, String::new())];
        assert!(matches!(run(&boxes, &analyse, &mut cache), State::Waiting));
        assert_eq!(calls.get(), 1);
        boxes[1].1 = b;
        let State::Done(o) = run(&boxes, &analyse, &mut cache) else {
            panic!("two articles compare");
        };
        assert_eq!(calls.get(), 2);
        assert_eq!(o.numbers, vec![1, 2]);
        assert_eq!(o.cmp.shared_actors[0].name, "Ann Lee");
        boxes[1].1.push_str(" Lee left.");
        assert!(matches!(run(&boxes, &analyse, &mut cache), State::Done(_)));
        assert_eq!(calls.get(), 3, "the unchanged box is not analysed again");
        boxes.remove(0);
        assert!(matches!(run(&boxes, &analyse, &mut cache), State::Waiting));
        assert_eq!((calls.get(), cache.len()), (3, 1));
    }

    #[test]
    fn the_note_reads_as_a_sentence() {
        assert_eq!(sentence("no actor in common"), "No actor in common.");
        assert_eq!(sentence(""), "");
    }
}
