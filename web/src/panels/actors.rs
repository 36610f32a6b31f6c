//! "Who is called what": the actors the article names, the labels the text pins on each (whose
//! words they are, and which are loaded) and how each is quoted. Selecting an actor marks its
//! mentions and labels in the text box (see `write_marks`). Names and labels are the article's
//! text: they are written as text nodes only.

use std::rc::Rc;

use slant_core::frame::{Actor, ActorKind, Label, LabelVoice, Speech};
use slant_core::{Category, Report};
use yew::prelude::*;

use crate::article::Sink;
use crate::model::{cat_title, count};
use crate::view::View;

/// Actors mentioned at least this often, or labelled, or quoted, are listed (as `slant actors`).
const MIN_MENTIONS: usize = 2;

/// The actors worth listing: the others are names met once in passing.
pub fn listed(actors: &[Actor]) -> impl Iterator<Item = &Actor> {
    actors
        .iter()
        .filter(|a| a.mentions.len() >= MIN_MENTIONS || !a.labels.is_empty() || a.speech.count > 0)
}

/// The byte spans to mark for `actor`: its mentions (`am`) and labels (`al`), sorted, overlaps
/// cut so that each byte is marked once (a label may contain a mention: "the terrorist
/// organization").
pub fn spans(actor: &Actor) -> Vec<(usize, usize, &'static str)> {
    let mut v: Vec<(usize, usize, &'static str)> = actor
        .mentions
        .iter()
        .map(|m| (m.start, m.end, "am"))
        .chain(actor.labels.iter().map(|l| (l.start, l.end, "al")))
        .filter(|(s, e, _)| s < e)
        .collect();
    // Mentions first at one start: a mention inside a label is still shown as a mention.
    v.sort_unstable_by_key(|&(s, e, c)| (s, c != "am", e));
    let mut out: Vec<(usize, usize, &'static str)> = Vec::with_capacity(v.len());
    let mut reach = 0;
    for (s, e, c) in v {
        let s = s.max(reach);
        if s < e {
            out.push((s, e, c));
            reach = e;
        }
    }
    out
}

/// The text with `spans` (from `spans`) as `<mark>`s, the rest as plain text: a layer laid out
/// exactly as the text box, drawn behind it. Spans off the text or off char boundaries are
/// skipped; the first mark gets the id `am0` (the page scrolls to it).
pub fn write_marks(out: &mut impl Sink, text: &str, spans: &[(usize, usize, &'static str)]) {
    let mut at = 0;
    let mut first = true;
    for &(s, e, class) in spans {
        let (Some(before), Some(inside)) = (text.get(at..s), text.get(s..e)) else {
            continue;
        };
        out.text(before);
        if first {
            out.open("mark", &[("class", class), ("id", "am0")]);
            first = false;
        } else {
            out.open("mark", &[("class", class)]);
        }
        out.text(inside);
        out.close();
        at = e;
    }
    out.text(text.get(at..).unwrap_or(""));
}

/// Whose words a label is, as a reader would say it.
fn whose(l: &Label) -> String {
    let who = l.speaker.as_ref().map(|s| s.text.as_str());
    match (l.voice, who) {
        (LabelVoice::Outlet, _) => "the outlet's words".into(),
        (LabelVoice::Self_, _) => "its own description".into(),
        (LabelVoice::Attributed, Some(s)) => format!("attributed to {s}"),
        (LabelVoice::Attributed, None) => "attributed to someone".into(),
        (LabelVoice::Quoted, Some(s)) => format!("quoting {s}"),
        (LabelVoice::Quoted, None) => "in a quotation".into(),
    }
}

/// The kind of the loaded-language flag on a label ("pejorative label"), when one is found.
fn flag_kind<'a>(report: &'a Report, l: &Label) -> Option<&'a str> {
    report
        .flags
        .iter()
        .find(|f| {
            f.category == Category::LoadedLanguage
                && f.start < l.end
                && l.start < f.end
                && l.rules.contains(&f.rule)
        })
        .map(|f| f.kind.as_str())
}

fn speech_line(s: &Speech) -> String {
    let verbs: Vec<String> = s
        .verbs
        .iter()
        .map(|v| format!("{} {}×", v.verb, v.count))
        .collect();
    format!(
        "Speaks {}× ({} named, {} through an anonymous source): {}.",
        s.count,
        s.named,
        s.anonymous,
        verbs.join(", ")
    )
}

fn kind_word(k: ActorKind) -> &'static str {
    match k {
        ActorKind::Person => "person",
        ActorKind::Organization => "organisation",
        ActorKind::Other => "name",
    }
}

#[derive(Properties, PartialEq)]
pub struct ActorsProps {
    pub view: Option<Rc<View>>,
    pub open: bool,
    pub on_open: Callback<bool>,
    /// The selected actor's name.
    pub selected: Option<String>,
    pub on_select: Callback<Option<String>>,
}

#[function_component]
pub fn ActorsPanel(p: &ActorsProps) -> Html {
    let head = html! { <h2 id="actors-title">{ "Who is called what" }</h2> };
    if !p.open {
        return html! {
            <section class="card actors" aria-labelledby="actors-title">
                { head }
                <p class="muted">{ "The people and organisations the article names, what the text calls each of them and in whose words, and who is quoted how." }</p>
                <button type="button" class="btn" id="actors-open" aria-expanded="false"
                    onclick={p.on_open.reform(|_| true)}>{ "Show who is called what" }</button>
            </section>
        };
    }
    let close = html! {
        <button type="button" class="btn small" id="actors-close" aria-expanded="true"
            onclick={p.on_open.reform(|_| false)}>{ "Hide" }</button>
    };
    let body = match p.view.as_ref().map(|v| (v, v.report.actors.as_deref())) {
        None => html! { <p class="muted">{ "Paste an article to see who it names." }</p> },
        Some((_, None)) => html! { <p class="muted" role="status">{ "Finding the actors…" }</p> },
        Some((v, Some(actors))) => actor_list(v, actors, p),
    };
    // Escape anywhere in the panel clears the marks in the text box.
    let onkeydown = {
        let on_select = p.on_select.clone();
        let any = p.selected.is_some();
        Callback::from(move |e: KeyboardEvent| {
            if any && e.key() == "Escape" {
                on_select.emit(None);
            }
        })
    };
    html! {
        <section class="card actors" aria-labelledby="actors-title" {onkeydown}>
            <div class="card-head">{ head }{ close }</div>
            { body }
        </section>
    }
}

fn actor_list(v: &View, actors: &[Actor], p: &ActorsProps) -> Html {
    let shown: Vec<&Actor> = listed(actors).collect();
    if shown.is_empty() {
        return html! { <p class="muted">{ "No actor named twice, labelled or quoted in this text." }</p> };
    }
    let selected = p.selected.as_deref();
    html! {
        <>
        <p class="muted small">{ format!("{} found; {} listed (named twice, labelled or quoted). Select one to mark its mentions (outlined) and labels (dashed) in the text box; Escape clears.",
            count(actors.len(), "actor", "actors"), shown.len()) }</p>
        <ul class="actor-list">
            { for shown.iter().map(|a| actor_item(v, a, selected == Some(a.name.as_str()), &p.on_select)) }
        </ul>
        </>
    }
}

fn actor_item(v: &View, a: &Actor, on: bool, on_select: &Callback<Option<String>>) -> Html {
    let name = a.name.clone();
    let onclick = on_select.reform(move |_| (!on).then(|| name.clone()));
    let aka = (!a.aliases.is_empty()).then(|| format!("also “{}”", a.aliases.join("”, “")));
    html! {
        <li class={classes!("actor", on.then_some("on"))}>
            <button type="button" class="actor-pick" aria-pressed={on.to_string()} {onclick}>
                <span class="actor-name">{ a.name.clone() }</span>
                <span class="actor-meta">{ format!("{} · {}", kind_word(a.kind), count(a.mentions.len(), "mention", "mentions")) }</span>
            </button>
            if let Some(aka) = aka { <p class="actor-aka">{ aka }</p> }
            if !a.labels.is_empty() {
                <ul class="labels" aria-label={format!("Labels for {}", a.name)}>
                    { for a.labels.iter().map(|l| label_item(v, l)) }
                </ul>
            }
            if a.speech.count > 0 { <p class="speech">{ speech_line(&a.speech) }</p> }
        </li>
    }
}

fn label_item(v: &View, l: &Label) -> Html {
    let loaded = l.loaded.then(|| {
        let kind = flag_kind(&v.report, l).map_or(String::new(), |k| format!(" · {k}"));
        format!("{}{kind}", cat_title(Category::LoadedLanguage))
    });
    html! {
        <li class={classes!(l.loaded.then_some("loaded"))}>
            <span class="label-text">{ format!("“{}”", l.text) }</span>
            <span class="label-who">{ whose(l) }</span>
            if let Some(t) = loaded { <span class="tag ll">{ t }</span> }
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Markup;
    use slant_core::{Analyzer, Options};

    const SEED: &str = include_str!("../../../tests/fixtures/seed-presstv-2009-06-15-mko.txt");

    fn actors(text: &str) -> Vec<Actor> {
        let opts = Options {
            actors: true,
            ..Options::default()
        };
        let r = Analyzer::builtin().unwrap().analyze(text, &opts).unwrap();
        r.actors.expect("actors requested")
    }

    #[test]
    fn marks_cover_each_byte_once_and_keep_the_text() {
        let all = actors(SEED);
        let mko = all.iter().find(|a| a.aliases.iter().any(|x| x == "MKO") || a.name == "MKO");
        let mko = mko.expect("the seed names the MKO");
        let s = spans(mko);
        assert!(s.windows(2).all(|w| w[0].1 <= w[1].0), "overlapping marks");
        assert!(s.iter().any(|x| x.2 == "al"), "labels are marked");
        let mut m = Markup::default();
        write_marks(&mut m, SEED, &s);
        assert_eq!(m.html.matches("<mark").count(), s.len());
        assert_eq!(m.html.matches("id=\"am0\"").count(), 1);
        let marked: Vec<&str> = s.iter().map(|x| &SEED[x.0..x.1]).collect();
        assert!(marked.contains(&"MKO"));
    }

    #[test]
    fn markup_in_a_name_is_escaped_and_bad_spans_are_skipped() {
        let t = "<img src=x onerror=alert(1)> Corp said so.";
        let mut m = Markup::default();
        // Inverted, off-boundary and out-of-range spans are skipped, not a panic.
        write_marks(&mut m, t, &[(0, 28, "am"), (40, 30, "al"), (41, 99, "al")]);
        assert!(m.html.starts_with("<mark class=\"am\" id=\"am0\">&lt;img"));
        assert!(m.html.ends_with("Corp said so."));
        let mut m = Markup::default();
        write_marks(&mut m, "é", &[(1, 2, "am")]);
        assert_eq!(m.html, "é");
    }

    #[test]
    fn labels_say_whose_words_they_are() {
        let all = actors(SEED);
        let mko = all
            .iter()
            .find(|a| a.aliases.iter().any(|x| x == "MKO") || a.name == "MKO")
            .unwrap();
        let who: Vec<String> = mko.labels.iter().map(whose).collect();
        assert!(who.iter().any(|w| w == "its own description"), "{who:?}");
        assert!(who.iter().any(|w| w == "the outlet's words"), "{who:?}");
        assert!(listed(&all).count() >= 2);
    }
}
