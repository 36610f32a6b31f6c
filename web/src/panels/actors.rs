//! "Who is called what": the actors the article names, the labels the text pins on each (whose
//! words they are, and which are loaded) and how each is quoted. Selecting an actor marks its
//! mentions and labels in the text box (see `write_marks`). Names and labels are the article's
//! text: they are written as text nodes only.

use std::rc::Rc;

use slant_core::frame::{Actor, ActorKind, Label, LabelVoice, Speech};
use slant_core::{Category, Report};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::article::Sink;
use crate::dom;
use crate::model::{cat_title, count};
use crate::view::{build_nodes, View};

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
    // Both lists come sorted by start: merged, not sorted again (no sort code in the module).
    let mut m = actor
        .mentions
        .iter()
        .map(|m| (m.start, m.end, "am"))
        .peekable();
    let mut l = actor
        .labels
        .iter()
        .map(|l| (l.start, l.end, "al"))
        .peekable();
    let mut out: Vec<(usize, usize, &'static str)> = Vec::new();
    let mut reach = 0;
    loop {
        // Mentions first at one start: a mention inside a label is still shown as a mention.
        let next = match (m.peek(), l.peek()) {
            (Some(a), Some(b)) if b.0 < a.0 => l.next(),
            (Some(_), _) => m.next(),
            (None, _) => l.next(),
        };
        let Some((s, e, c)) = next else { break };
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

/// The kind of the loaded-language flag on a label ("pejorative"), when one is found.
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

/// "Speaks 3× (2 named, 1 through an anonymous source): said 2×, claimed 1×."
pub fn speech_line(s: &Speech) -> String {
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

/// An element holding only text.
pub fn text_el(out: &mut impl Sink, tag: &'static str, class: &str, text: &str) {
    out.text_element(tag, &[("class", class)], text);
}

/// The listed actors as `<li>`s, each with a button (`data-a`: its index in `actors`) that
/// selects it, its labels and its speech. Everything from the article is text. The page marks
/// the selected one (`aria-pressed`, class `on`) in place.
/// `actors`: `report`'s (the page reads them from the full report, `View::actors`).
pub fn write_actor_list(out: &mut impl Sink, report: &Report, actors: &[Actor]) {
    out.open("ul", &[("class", "actor-list")]);
    for (i, a) in actors.iter().enumerate() {
        if !(a.mentions.len() >= MIN_MENTIONS || !a.labels.is_empty() || a.speech.count > 0) {
            continue;
        }
        out.open("li", &[("class", "actor")]);
        let index = i.to_string();
        out.open(
            "button",
            &[
                ("type", "button"),
                ("class", "actor-pick"),
                ("data-a", &index),
                ("aria-pressed", "false"),
            ],
        );
        text_el(out, "span", "actor-name", &a.name);
        // Places, countries and groups are not told apart: they get no kind.
        let kind = match a.kind {
            ActorKind::Person => "person · ",
            ActorKind::Organization => "organisation · ",
            ActorKind::Other => "",
        };
        let meta = format!("{kind}{}", count(a.mentions.len(), "mention", "mentions"));
        text_el(out, "span", "actor-meta", &meta);
        out.close();
        if !a.aliases.is_empty() {
            let aka = format!("also “{}”", a.aliases.join("”, “"));
            text_el(out, "p", "actor-aka", &aka);
        }
        if !a.labels.is_empty() {
            out.open("ul", &[("class", "labels")]);
            for l in &a.labels {
                out.open("li", &[]);
                text_el(out, "span", "label-text", &format!("“{}”", l.text));
                text_el(out, "span", "label-who", &whose(l));
                if l.loaded {
                    let kind = flag_kind(report, l)
                        .map_or(String::new(), |k| format!(" · {}", k.replace('_', " ")));
                    let tag = format!("{}{kind}", cat_title(Category::LoadedLanguage));
                    text_el(out, "span", "tag ll", &tag);
                }
                out.close();
            }
            out.close();
        }
        if a.speech.count > 0 {
            text_el(out, "p", "speech", &speech_line(&a.speech));
        }
        out.close();
    }
    out.close();
}

/// The selected actor's mentions and labels as a layer for the text box's backdrop (only where
/// the highlights are drawn: texts up to `EDITOR_MAX_BYTES`). When the selection changes, the
/// text box scrolls to the first mark, and the page to the box only when it is out of sight.
#[hook]
pub fn use_marks(
    view: Option<Rc<View>>,
    selected: Option<String>,
    input_ref: NodeRef,
) -> Option<Html> {
    let marks = (*use_memo((view, selected.clone()), |(view, selected)| {
        let v = view.as_ref().filter(|v| v.editor.is_some())?;
        let actors = v.actors()?;
        let a = actors.iter().find(|a| Some(&a.name) == selected.as_ref())?;
        let spans = spans(a);
        Some(build_nodes("div", "actor-layer", |sink| {
            write_marks(sink, &v.text, &spans)
        }))
    }))
    .clone();
    use_effect_with(marks.is_some().then_some(selected), move |on| {
        if on.is_none() {
            return;
        }
        let el = dom::by_id("am0").and_then(|e| e.dyn_into::<HtmlElement>().ok());
        if let (Some(el), Some(ta)) = (el, input_ref.cast::<HtmlTextAreaElement>()) {
            ta.set_scroll_top(el.offset_top() - ta.client_height() / 3);
            // On a phone the panel is screens below the text box: bring the box into view when
            // none of it shows (focus stays on the actor's button).
            let r = ta.get_bounding_client_rect();
            let vh = web_sys::window()
                .and_then(|w| w.inner_height().ok())
                .and_then(|h| h.as_f64())
                .unwrap_or(f64::MAX);
            if r.bottom() < 0.0 || r.top() > vh {
                ta.scroll_into_view_with_bool(r.bottom() < 0.0);
            }
        }
    });
    marks
}

pub struct ActorsProps {
    pub view: Option<Rc<View>>,
    pub open: bool,
    pub on_open: Callback<bool>,
    /// The selected actor's name.
    pub selected: Option<String>,
    pub on_select: Callback<Option<String>>,
}

/// The panel's list as DOM nodes, and the effect that marks its selected button: hooks of the
/// App, whose render calls `actors_panel`.
#[hook]
pub fn use_actors_panel(
    view: &Option<Rc<View>>,
    selected: &Option<String>,
    open: bool,
) -> Rc<Option<Html>> {
    // Built as DOM nodes once per analysis (see article.rs), not as yew markup: much less code in
    // the WebAssembly module. A selection only updates the buttons, so focus stays on the one
    // pressed (Enter, then Escape, then Enter again works from the keyboard).
    let list = use_memo(view.clone(), |v| {
        v.as_ref()
            .and_then(|v| Some((v, v.actors()?)))
            .map(|(v, a)| {
                build_nodes("div", "actor-box", |sink| {
                    write_actor_list(sink, &v.report, a)
                })
            })
    });
    {
        let view = view.clone();
        use_effect_with(
            (list.clone(), selected.clone(), open),
            move |(_, selected, _)| {
                let actors = view.as_ref().and_then(|v| v.actors());
                let buttons = dom::document()
                    .and_then(|d| d.query_selector_all(".actor-list button[data-a]").ok());
                let (Some(actors), Some(buttons)) = (actors, buttons) else {
                    return;
                };
                for k in 0..buttons.length() {
                    let Some(b) = buttons.get(k).and_then(|n| n.dyn_into::<Element>().ok()) else {
                        continue;
                    };
                    let i = b
                        .get_attribute("data-a")
                        .and_then(|s| s.parse::<usize>().ok());
                    let on = i.and_then(|i| actors.get(i)).map(|a| &a.name) == selected.as_ref();
                    let _ = b.set_attribute("aria-pressed", if on { "true" } else { "false" });
                    if let Some(li) = b.parent_element() {
                        let _ = li.class_list().toggle_with_force("on", on);
                    }
                }
            },
        );
    }
    list
}

/// The panel, a function of the App's render rather than a component: its props are new at
/// every App render anyway (the App makes `on_open` and `on_select` afresh), and a component's
/// lifecycle is its own code in the WebAssembly module.
pub fn actors_panel(p: ActorsProps, list: &Rc<Option<Html>>) -> Html {
    let onclick = {
        let view = p.view.clone();
        let on_select = p.on_select.clone();
        let selected = p.selected.clone();
        Callback::from(move |e: MouseEvent| {
            let i = crate::dom::closest_target(&e, "button[data-a]")
                .and_then(|b| b.get_attribute("data-a"))
                .and_then(|s| s.parse::<usize>().ok());
            let actors = view.as_ref().and_then(|v| v.report.actors.as_deref());
            if let Some(a) = i.and_then(|i| actors?.get(i)) {
                let again = selected.as_deref() == Some(a.name.as_str());
                on_select.emit((!again).then(|| a.name.clone()));
            }
        })
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
    let actors = p.view.as_ref().map(|v| v.report.actors.as_deref());
    let listed = actors.flatten().map_or(0, |a| listed(a).count());
    html! {
        <section class="card actors" aria-labelledby="actors-title" {onkeydown}>
            <div class="card-head"><h2 id="actors-title">{ "Who is called what" }</h2>
                <button type="button" class="btn small" id={if p.open { "actors-close" } else { "actors-open" }}
                    aria-expanded={p.open.to_string()} onclick={p.on_open.reform({ let o = p.open; move |_| !o })}>
                    { if p.open { "Hide" } else { "Show who is called what" } }</button>
            </div>
            <p class="muted small">{ match actors {
                _ if !p.open => "The people and organisations the article names, what the text calls each of them and in whose words, and who is quoted how.".to_string(),
                None => "Paste an article to see who it names.".into(),
                Some(None) => "Finding the actors…".into(),
                Some(Some(_)) if listed == 0 => "No actor named twice, labelled or quoted in this text.".into(),
                Some(Some(a)) => format!("{} found; {listed} listed (named twice, labelled or quoted). {}",
                    count(a.len(), "actor", "actors"),
                    if p.view.as_ref().is_some_and(|v| v.editor.is_some()) {
                        "Select one to mark its mentions (outlined) and labels (dashed) in the text box; Escape clears."
                    } else {
                        "This text is too long for marks in the text box."
                    }),
            } }</p>
            if p.open {
                <div {onclick}>{ (**list).clone().unwrap_or_default() }</div>
            }
        </section>
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
        let mko = all
            .iter()
            .find(|a| a.aliases.iter().any(|x| x == "MKO") || a.name == "MKO");
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
    fn the_list_writes_names_and_labels_as_text() {
        let opts = Options {
            actors: true,
            ..Options::default()
        };
        let a = Analyzer::builtin().unwrap();
        let r = a.analyze(SEED, &opts).unwrap();
        let mut m = Markup::default();
        write_actor_list(&mut m, &r, r.actors.as_deref().unwrap_or(&[]));
        assert!(m.html.contains(
            "“Marxist-Islamist guerilla army”</span><span class=\"label-who\">its own description"
        ));
        assert_eq!(
            m.html.matches("aria-pressed").count(),
            listed(r.actors.as_deref().unwrap()).count()
        );
        let t = "<b>Acme</b> Corp, a notorious polluter, said so. Acme Corp shut. <b>Acme</b> Corp lied.";
        let r = a.analyze(t, &opts).unwrap();
        let mut m = Markup::default();
        write_actor_list(&mut m, &r, r.actors.as_deref().unwrap_or(&[]));
        assert!(!m.html.contains("<b>"), "{}", m.html);
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
