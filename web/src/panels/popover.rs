//! The popover: one floating panel explaining the flags under the hovered, focused or tapped
//! highlight, and the state machine (show, pin, hide after a pause) that drives it.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use slant_core::Voice;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::article::Sink;
use crate::dom;
use crate::model::{self, cat_pick, cat_title, kind_label};
use crate::panels::actors::text_el;
use crate::panels::fixed::fixed;
use crate::panels::summary::write_swatch;
use crate::view::View;

/// The popover's subject: the flags under one element.
#[derive(Clone, Debug, PartialEq)]
pub struct Active {
    pub flags: Vec<usize>,
    pub anchor: String,
    pub pinned: bool,
}

/// What can be done with a flag (by its index in the view's report).
#[derive(Clone, Debug, PartialEq)]
pub enum Act {
    /// Replace the flagged words with this suggestion, or remove them (`None`).
    Apply(usize, Option<String>),
    /// Hide this one flag.
    Dismiss(usize),
    /// Hide every flag of this flag's rule, in this browser.
    Ignore(usize),
}

#[derive(Clone, Debug, PartialEq)]
pub enum PopMsg {
    Show(Active),
    TogglePin(Active),
    HideSoon,
    Keep,
    Hide,
}

/// The popover's state and the callback that drives it. Event handlers read `mirror`, which
/// never holds stale state (unlike a captured `UseStateHandle`).
#[hook]
pub fn use_popover() -> (Option<Active>, Callback<PopMsg>) {
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
                        .is_some_and(|o| o.anchor == a.anchor && o.flags == a.flags);
                    // (The flags too: in a long text, a block anchors all of its flags.)
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
    ((*active).clone(), on_pop)
}

/// Adds or removes `aria-describedby` pointing at the popover on the element `id`.
fn describe(id: &str, on: bool) {
    if let Some(el) = dom::by_id(id) {
        let _ = if on {
            el.set_attribute("aria-describedby", "slant-pop")
        } else {
            el.remove_attribute("aria-describedby")
        };
    }
}

pub struct PopoverProps {
    pub view: Option<Rc<View>>,
    pub active: Option<Active>,
    pub on_pop: Callback<PopMsg>,
    pub on_act: Callback<Act>,
}

/// One floating panel explaining the flags under the hovered, focused or tapped element.
/// A hook of the App's render rather than a component: its props were new at every App render
/// anyway (the App makes `on_act` afresh), and a component's lifecycle is its own code in the
/// WebAssembly module.
#[hook]
pub fn use_popover_panel(p: PopoverProps) -> Html {
    let node = use_node_ref();
    // The subject placed last (the same type as `use_popover`'s mirror: one hook type fewer).
    let anchor = use_mut_ref(|| None::<Active>);
    // Place after every render, and again when anything scrolls or the window resizes.
    {
        let node = node.clone();
        let anchor = anchor.clone();
        use_effect_with(p.active.clone(), move |a| {
            *anchor.borrow_mut() = a.clone();
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
                    dom::place_popover(&el, &a.anchor);
                }
            });
            // A tap or click anywhere but on a highlight or the popover closes it.
            let outside = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
                let inside = e
                    .target()
                    .and_then(|t| t.dyn_into::<Element>().ok())
                    .and_then(|el| {
                        el.closest("#slant-pop, #article [data-f], #article-input, .blocks")
                            .ok()
                            .flatten()
                    })
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
    // Every button says what it does in `data-act`, and on which flag in `data-i` (as compare's
    // do): one listener instead of a callback per button, and the items written as DOM nodes.
    let onclick = {
        let (on, on_act) = (p.on_pop.clone(), p.on_act.clone());
        Callback::from(move |e: MouseEvent| {
            let Some(b) = crate::dom::closest_target(&e, "button[data-act]") else {
                return;
            };
            let i = b.get_attribute("data-i").and_then(|s| s.parse().ok());
            match (b.get_attribute("data-act").as_deref(), i) {
                (Some("close"), _) => on.emit(PopMsg::Hide),
                // Without `data-r`, "omit it": the words go.
                (Some("apply"), Some(i)) => on_act.emit(Act::Apply(i, b.get_attribute("data-r"))),
                (Some("dismiss"), Some(i)) => on_act.emit(Act::Dismiss(i)),
                (Some("ignore"), Some(i)) => on_act.emit(Act::Ignore(i)),
                _ => {}
            }
        })
    };

    // Built once per subject and analysis: the parent's other renders keep the same nodes (and
    // so a focused button keeps its focus).
    let content = use_memo((p.view.clone(), p.active.clone()), |(v, a)| match (v, a) {
        (Some(v), Some(a)) => Some(
            a.flags
                .iter()
                .filter_map(|&i| v.report.flags.get(i).map(|f| (i, f)))
                .map(|(i, f)| pop_flag(v, i, f))
                .collect::<Html>(),
        ),
        _ => None,
    });
    let open = content.is_some();
    html! {
        <div id="slant-pop" ref={node} CLASS={if open { "pop open" } else { "pop" }} role="tooltip"
            hidden={!open} {onmouseenter} {onmouseleave} {onclick}>
            if let Some(c) = (*content).clone() {
                { fixed(r#"<button type="button" class="pop-close" aria-label="Close explanation" tabindex="-1" data-act="close">×</button>"#) }
                { c }
            }
        </div>
    }
}

/// One flag's explanation: a `<section>` written as DOM nodes.
fn pop_flag(v: &View, i: usize, f: &slant_core::Flag) -> Html {
    let c = f.category;
    let Some(mut sink) = dom::DomSink::new(
        "section",
        cat_pick(c, ["pop-flag ll", "pop-flag as", "pop-flag ua"]),
    ) else {
        return Html::default();
    };
    write_flag(&mut sink, i, f, &model::rule_source(&v.engine, &f.rule));
    sink.finish().map_or_else(Html::default, |el| {
        let _ = el.set_attribute("data-cat", c.as_str());
        Html::VRef(el.into())
    })
}

/// A bold label before a line's content.
fn label(out: &mut impl Sink, text: &str) {
    text_el(out, "span", "lbl", text);
}

/// The inside of flag `i`'s section; `source`: where its list entry is defined.
fn write_flag(out: &mut impl Sink, i: usize, f: &slant_core::Flag, source: &str) {
    let c = f.category;
    let i = i.to_string();
    out.open("p", &[("class", "pop-head")]);
    write_swatch(out, c);
    text_el(out, "strong", "pop-cat", &cat_title(c));
    text_el(
        out,
        "span",
        "pop-kind",
        &format!(" · {}", kind_label(&f.kind)),
    );
    out.close();
    text_el(
        out,
        "p",
        "pop-text",
        &format!("“{}”", model::excerpt(&f.text, 140)),
    );
    text_el(out, "p", "pop-msg", &f.message);
    if !f.suggestions.is_empty() {
        out.open("p", &[("class", "pop-sugg")]);
        label(out, "Neutral alternatives: ");
        for s in &f.suggestions {
            match model::suggestion(c, s) {
                model::Suggestion::Replace(r) => {
                    let title = format!("Replace “{}” with “{}” (undo with Ctrl+Z)", f.text, r);
                    out.text_element(
                        "button",
                        &[
                            ("type", "button"),
                            ("class", "sugg apply"),
                            ("title", &title),
                            ("data-act", "apply"),
                            ("data-i", &i),
                            ("data-r", &r),
                        ],
                        s,
                    );
                }
                model::Suggestion::Omit => {
                    let title = format!("Remove “{}” (undo with Ctrl+Z)", f.text);
                    out.text_element(
                        "button",
                        &[
                            ("type", "button"),
                            ("class", "sugg apply omit"),
                            ("title", &title),
                            ("data-act", "apply"),
                            ("data-i", &i),
                        ],
                        "omit it",
                    );
                }
                model::Suggestion::Advice(a) => text_el(out, "span", "sugg advice", &a),
            }
        }
        out.close();
    }
    if !f.triggers.is_empty() {
        out.open("p", &[("class", "pop-trig")]);
        label(out, "Triggered by: ");
        let t: Vec<String> = f.triggers.iter().map(|t| format!("“{}”", t.text)).collect();
        out.text(&t.join(", "));
        out.close();
    }
    if let Some(l) = &f.linked {
        out.open("p", &[("class", "pop-trig")]);
        label(out, "Linked: ");
        out.text(&format!("“{}”", model::excerpt(&l.text, 80)));
        out.close();
    }
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
    text_el(out, "p", "pop-voice", &voice);
    text_el(
        out,
        "p",
        "pop-voice",
        &format!(
            "Confidence {}: how often careful readers agreed with flags like this one{}.",
            model::fixed(f.confidence, 2),
            if f.confidence < model::FAINT_BELOW {
                " (drawn fainter)"
            } else {
                ""
            }
        ),
    );
    out.open("p", &[("class", "pop-rule")]);
    label(out, "List entry: ");
    out.text_element("code", &[], &f.rule);
    if !source.is_empty() {
        text_el(out, "span", "muted", &format!(" ({source})"));
    }
    out.close();
    out.open("p", &[("class", "pop-acts")]);
    for (act, class) in [
        ("dismiss", "btn small dismiss"),
        ("ignore", "btn small ignore"),
    ] {
        out.open(
            "button",
            &[
                ("type", "button"),
                ("class", class),
                ("data-act", act),
                ("data-i", &i),
            ],
        );
        if act == "dismiss" {
            out.text("Dismiss");
        } else if f.rule.starts_with("rule:") {
            out.text("Ignore this rule");
        } else {
            out.text(&format!("Ignore “{}”", model::excerpt(&f.text, 30)));
        }
        out.close();
    }
    out.close();
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Markup;

    /// A flag's section holds what its `html!` form wrote, each button naming its act.
    #[test]
    fn flag_writes_what_the_markup_did() {
        let r = slant_core::analyze("The notorious & shady mayor won.").unwrap();
        let (i, f) = r
            .flags
            .iter()
            .enumerate()
            .find(|(_, f)| f.text == "notorious")
            .unwrap();
        let mut m = Markup::default();
        write_flag(&mut m, i, f, "a <list>");
        let html = m.html;
        let i = format!("data-i=\"{i}\"");
        assert!(
            html.starts_with(concat!(
                r#"<p class="pop-head"><span class="sw ll" aria-hidden="true"></span>"#,
                r#"<strong class="pop-cat">Loaded language</strong><span class="pop-kind"> · "#,
            )),
            "{html}"
        );
        assert!(html.contains(r#"<p class="pop-text">“notorious”</p><p class="pop-msg">"#));
        assert!(html.contains(r#"<p class="pop-sugg"><span class="lbl">Neutral alternatives: </span><button type="button" class="sugg apply" title="Replace “notorious” with “"#));
        assert!(html.contains(&format!(
            r#" (undo with Ctrl+Z)" data-act="apply" {i} data-r=""#
        )));
        assert!(html.contains(concat!(
            r#"<p class="pop-voice">In the outlet&#39;s own voice: counts in full.</p>"#,
            r#"<p class="pop-voice">Confidence "#
        )));
        assert!(html.contains(r#"<p class="pop-rule"><span class="lbl">List entry: </span><code>pejorative/notorious</code><span class="muted"> (a &lt;list&gt;)</span></p>"#), "{html}");
        assert!(html.ends_with(&format!(
            r#"<p class="pop-acts"><button type="button" class="btn small dismiss" data-act="dismiss" {i}>Dismiss</button><button type="button" class="btn small ignore" data-act="ignore" {i}>Ignore “notorious”</button></p>"#
        )), "{html}");
    }
}
