//! Compare mode: two or more articles side by side, each analysed with its actors, then
//! `frame::compare`: their loaded-language and sourcing profiles, the shared actors with each
//! article's labels next to each other, and the words only one article uses. Everything shown
//! from the articles is text nodes.

use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use gloo_timers::callback::Timeout;
use slant_core::frame::compare::{ActorSide, LabelBrief};
use slant_core::frame::{compare, Comparison, Speech, VerbCount};
use slant_core::{CategoryScore, Report};
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use crate::model::{count, excerpt};

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

#[derive(Clone, PartialEq)]
enum State {
    /// Fewer than two articles hold text.
    Waiting,
    Error(String),
    Done(Rc<Outcome>),
}

static SERIAL: AtomicU64 = AtomicU64::new(1);

/// Compares the boxes that hold text.
fn run(texts: &[(u32, String)], analyse: &Analyse) -> State {
    let mut numbers = Vec::new();
    let mut firsts = Vec::new();
    let mut reports = Vec::new();
    for (i, (_, t)) in texts.iter().enumerate() {
        if t.trim().is_empty() {
            continue;
        }
        match analyse.emit(t.clone()) {
            Ok(r) => reports.push(r),
            Err(m) => return State::Error(format!("Article {}: {m}", i + 1)),
        }
        numbers.push(i + 1);
        firsts.push(excerpt(t.trim_start().lines().next().unwrap_or(""), 48));
    }
    if reports.len() < 2 {
        return State::Waiting;
    }
    let refs: Vec<&Report> = reports.iter().collect();
    let serial = SERIAL.fetch_add(1, Ordering::Relaxed);
    State::Done(Rc::new(Outcome {
        serial,
        numbers,
        firsts,
        cmp: compare(&refs),
    }))
}

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub analyse: Analyse,
    /// The main text box: its article fills the first box when compare mode opens.
    pub input_ref: NodeRef,
}

#[function_component]
pub fn ComparePanel(p: &CompareProps) -> Html {
    let open = use_state(|| false);
    let boxes = use_state(Vec::<(u32, String)>::new);
    let next_id = use_mut_ref(|| 0u32);
    let state = use_state(|| State::Waiting);
    let timer = use_mut_ref(|| None::<Timeout>);

    // Sets the boxes and compares them: at once (`now`) or after a pause in typing.
    let update = {
        let boxes = boxes.clone();
        let state = state.setter();
        let timer = timer.clone();
        let analyse = p.analyse.clone();
        Callback::from(move |(new, now): (Vec<(u32, String)>, bool)| {
            boxes.set(new.clone());
            let state = state.clone();
            let analyse = analyse.clone();
            let go = move || state.set(run(&new, &analyse));
            if now {
                timer.borrow_mut().take();
                go();
            } else {
                *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, go));
            }
        })
    };

    let head = html! { <h2 id="compare-title">{ "Compare articles" }</h2> };
    if !*open {
        let onclick = {
            let open = open.clone();
            let update = update.clone();
            let input_ref = p.input_ref.clone();
            let next_id = next_id.clone();
            Callback::from(move |_| {
                let first = input_ref
                    .cast::<HtmlTextAreaElement>()
                    .map(|t| t.value())
                    .unwrap_or_default();
                let mut id = next_id.borrow_mut();
                *id += 2;
                open.set(true);
                update.emit((vec![(*id - 1, first), (*id, String::new())], true));
            })
        };
        return html! {
            <section class="card compare" aria-labelledby="compare-title">
                { head }
                <p class="muted">{ "Two or more versions of one story side by side: the actors they share and what each calls them, the loaded words only one uses, and how each sources its claims." }</p>
                <button type="button" class="btn" id="compare-open" aria-expanded="false" {onclick}>{ "Compare articles" }</button>
            </section>
        };
    }

    let close = {
        let open = open.clone();
        let timer = timer.clone();
        let state = state.setter();
        Callback::from(move |_| {
            timer.borrow_mut().take();
            state.set(State::Waiting);
            open.set(false);
        })
    };
    let add = {
        let boxes = boxes.clone();
        let update = update.clone();
        let next_id = next_id.clone();
        Callback::from(move |_| {
            let mut id = next_id.borrow_mut();
            *id += 1;
            let mut b = (*boxes).clone();
            b.push((*id, String::new()));
            update.emit((b, true));
        })
    };
    let n = boxes.len();
    html! {
        <section class="card compare" aria-labelledby="compare-title">
            <div class="card-head">{ head }
                <button type="button" class="btn small" id="compare-close" aria-expanded="true" onclick={close}>{ "Leave compare mode" }</button>
            </div>
            <p class="muted small">{ "Paste one article in each box (the first holds the article from the text box). Actors are matched by name, acronym or surname." }</p>
            <div class="cmp-boxes">
                { for boxes.iter().enumerate().map(|(i, (id, text))| {
                    let id = *id;
                    let oninput = {
                        let boxes = boxes.clone();
                        let update = update.clone();
                        Callback::from(move |e: InputEvent| {
                            let ta: HtmlTextAreaElement = e.target_unchecked_into();
                            let now = e.input_type() == "insertFromPaste";
                            let b = boxes.iter().map(|(k, t)| (*k, if *k == id { ta.value() } else { t.clone() })).collect();
                            update.emit((b, now));
                        })
                    };
                    let remove = {
                        let boxes = boxes.clone();
                        let update = update.clone();
                        Callback::from(move |_| {
                            let b = boxes.iter().filter(|(k, _)| *k != id).cloned().collect();
                            update.emit((b, true));
                        })
                    };
                    let field = format!("cmp-text-{id}");
                    html! {
                        <div class="cmp-box" key={id}>
                            <div class="cmp-box-head">
                                <label for={field.clone()}>{ format!("Article {}", i + 1) }</label>
                                if n > 2 {
                                    <button type="button" class="btn small" aria-label={format!("Remove article {}", i + 1)} onclick={remove}>{ "Remove" }</button>
                                }
                            </div>
                            <textarea id={field} class="cmp-text" spellcheck="false" value={text.clone()} {oninput}
                                placeholder="Paste an article here." />
                        </div>
                    }
                }) }
            </div>
            <div class="row">
                <button type="button" class="btn" id="compare-add" disabled={n >= MAX_ARTICLES} onclick={add}>{ "Add an article" }</button>
            </div>
            { outcome_html(&state) }
        </section>
    }
}

fn outcome_html(s: &State) -> Html {
    let (status, body) = match s {
        State::Waiting => (
            String::new(),
            html! { <p class="muted cmp-wait">{ "Paste at least two articles to compare them." }</p> },
        ),
        State::Error(m) => (m.clone(), html! { <p class="notice error">{ m.clone() }</p> }),
        State::Done(o) => (
            format!(
                "Compared {}: {} in common.",
                count(o.numbers.len(), "article", "articles"),
                count(o.cmp.shared_actors.len(), "actor", "actors")
            ),
            html! { <CompareResult outcome={o.clone()} /> },
        ),
    };
    html! {
        <>
        <p class="sr" role="status" aria-live="polite">{ status }</p>
        { body }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ResultProps {
    outcome: Rc<Outcome>,
}

/// Column headings: the box's number and the article's first words.
fn heads(o: &Outcome) -> Html {
    html! {
        { for o.numbers.iter().zip(&o.firsts).map(|(n, first)| html! {
            <th scope="col">{ format!("Article {n}") }<span class="cmp-first">{ first.clone() }</span></th>
        }) }
    }
}

fn density(c: &CategoryScore) -> String {
    format!("{:.1} per 1,000 words ({})", c.per_1000_words, c.count)
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

fn speech(s: &Speech) -> String {
    format!(
        "Speaks {}× ({} named, {} anonymous): {}",
        s.count,
        s.named,
        s.anonymous,
        verbs(&s.verbs, 6)
    )
}

/// In a sentence: the comparison's own note starts in lower case.
fn sentence(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect::<String>() + ".")
        .unwrap_or_default()
}

#[function_component]
fn CompareResult(p: &ResultProps) -> Html {
    let o = &p.outcome;
    let a = &o.cmp.articles;
    // One profile row: a heading and each article's cell.
    let row = |head: &str, cell: &dyn Fn(usize) -> String| {
        html! {
            <tr><th scope="row">{ head.to_string() }</th>
                { for (0..a.len()).map(|i| html! { <td data-label={format!("Article {}", o.numbers[i])}>{ cell(i) }</td> }) }
            </tr>
        }
    };
    html! {
        <div class="cmp-result">
            <table class="cmp cmp-profile">
                <caption>{ "Loaded language and sourcing" }</caption>
                <thead><tr><td></td>{ heads(o) }</tr></thead>
                <tbody>
                    { row("Score", &|i| format!("{:.0} out of 100", a[i].overall)) }
                    { row("Words", &|i| count(a[i].words, "word", "words")) }
                    { row("Loaded language", &|i| density(&a[i].loaded_language)) }
                    { row("Unattributed assertions", &|i| density(&a[i].unattributed_assertion)) }
                    { row("Sources", &|i| format!("{} named, {} anonymous", a[i].named_sources, a[i].anonymous_sources)) }
                    { row("Sentences reporting speech", &|i| format!("{:.0}%", a[i].attributed_share * 100.0)) }
                    { row("Attribution verbs", &|i| verbs(&a[i].attribution_verbs, 6)) }
                    { row("Loaded words only this article uses", &|i| if a[i].only_here.is_empty() { "—".into() } else { a[i].only_here.join(", ") }) }
                </tbody>
            </table>
            if let Some(note) = &o.cmp.note {
                <p class="cmp-note">{ sentence(note) }</p>
            } else {
                <table class="cmp cmp-shared">
                    <caption>{ format!("Shared actors ({})", o.cmp.shared_actors.len()) }</caption>
                    <thead><tr><th scope="col">{ "Actor" }</th>{ heads(o) }</tr></thead>
                    <tbody>
                        { for o.cmp.shared_actors.iter().map(|s| html! {
                            <tr><th scope="row">{ s.name.clone() }</th>
                                { for s.articles.iter().enumerate().map(|(i, side)| html! {
                                    <td data-label={format!("Article {}", o.numbers[i])}>{ side_html(side.as_ref()) }</td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            }
        </div>
    }
}

fn side_html(side: Option<&ActorSide>) -> Html {
    let Some(x) = side else {
        return html! { <span class="muted">{ "not named" }</span> };
    };
    html! {
        <>
        <p class="cmp-as">{ format!("as “{}”, {}", x.name, count(x.mentions, "mention", "mentions")) }</p>
        if !x.labels.is_empty() {
            <ul class="labels">{ for x.labels.iter().map(|l| label_html(l, &x.only_here)) }</ul>
        }
        if !x.loaded.is_empty() {
            <p class="cmp-loaded">{ format!("Loaded words about it: {}", x.loaded.join(", ")) }</p>
        }
        if x.speech.count > 0 { <p class="speech">{ speech(&x.speech) }</p> }
        </>
    }
}

fn label_html(l: &LabelBrief, only_here: &[String]) -> Html {
    let only = only_here.contains(&l.text.to_lowercase());
    html! {
        <li class={classes!(l.loaded.then_some("loaded"))}>
            <span class="label-text">{ format!("“{}”", l.text) }</span>
            if l.loaded { <span class="tag ll">{ "loaded" }</span> }
            if only { <span class="tag only">{ "only here" }</span> }
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_note_reads_as_a_sentence() {
        assert_eq!(sentence("no actor in common"), "No actor in common.");
        assert_eq!(sentence(""), "");
    }
}
