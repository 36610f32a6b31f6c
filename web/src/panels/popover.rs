//! The popover: one floating panel explaining the flags under the hovered, focused or tapped
//! highlight, and the state machine (show, pin, hide after a pause) that drives it.

use std::rc::Rc;

use gloo_timers::callback::Timeout;
use slant_core::Voice;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

use crate::dom;
use crate::model::{self, cat_pick, cat_title, kind_label};
use crate::panels::fixed::fixed;
use crate::panels::legend::swatch;
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

#[derive(Properties, PartialEq)]
pub struct PopoverProps {
    pub view: Option<Rc<View>>,
    pub active: Option<Active>,
    pub on_pop: Callback<PopMsg>,
    pub on_act: Callback<Act>,
}

/// One floating panel explaining the flags under the hovered, focused or tapped element.
#[function_component]
pub fn Popover(p: &PopoverProps) -> Html {
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
    let on = p.on_pop.clone();
    let close = Callback::from(move |_: MouseEvent| on.emit(PopMsg::Hide));

    let content = match (&p.view, &p.active) {
        (Some(v), Some(a)) => {
            let items: Html = a
                .flags
                .iter()
                .filter_map(|&i| v.report.flags.get(i).map(|f| (i, f)))
                .map(|(i, f)| pop_flag(v, i, f, &p.on_act))
                .collect();
            Some(items)
        }
        _ => None,
    };
    let open = content.is_some();
    html! {
        <div id="slant-pop" ref={node} CLASS={if open { "pop open" } else { "pop" }} role="tooltip"
            hidden={!open} {onmouseenter} {onmouseleave}>
            if let Some(c) = content {
                <button type="button" class="pop-close" aria-label="Close explanation" tabindex="-1" onclick={close}>{ "×" }</button>
                { c }
            }
        </div>
    }
}

fn pop_flag(v: &View, i: usize, f: &slant_core::Flag, on_act: &Callback<Act>) -> Html {
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
        <section CLASS={cat_pick(c, ["pop-flag ll", "pop-flag as", "pop-flag ua"])} data-cat={c.as_str()}>
            <p class="pop-head">
                { swatch(c) }
                <strong class="pop-cat">{ cat_title(c) }</strong>
                <span class="pop-kind">{ format!(" · {}", kind_label(&f.kind)) }</span>
            </p>
            <p class="pop-text">{ format!("“{}”", model::excerpt(&f.text, 140)) }</p>
            <p class="pop-msg">{ f.message.clone() }</p>
            if !f.suggestions.is_empty() {
                <p class="pop-sugg">{ fixed(r#"<span class="lbl">Neutral alternatives: </span>"#) }
                    { for f.suggestions.iter().map(|s| {
                        let act = on_act.clone();
                        match model::suggestion(f.category, s) {
                            model::Suggestion::Replace(r) => html! {
                                <button type="button" class="sugg apply" title={format!("Replace “{}” with “{}” (undo with Ctrl+Z)", f.text, r)}
                                    onclick={Callback::from(move |_| act.emit(Act::Apply(i, Some(r.clone()))))}>{ s.clone() }</button>
                            },
                            model::Suggestion::Omit => html! {
                                <button type="button" class="sugg apply omit" title={format!("Remove “{}” (undo with Ctrl+Z)", f.text)}
                                    onclick={Callback::from(move |_| act.emit(Act::Apply(i, None)))}>{ "omit it" }</button>
                            },
                            model::Suggestion::Advice(a) => html! { <span class="sugg advice">{ a }</span> },
                        }
                    }) }
                </p>
            }
            if !f.triggers.is_empty() {
                <p class="pop-trig">{ fixed(r#"<span class="lbl">Triggered by: </span>"#) }
                    { f.triggers.iter().map(|t| format!("“{}”", t.text)).collect::<Vec<_>>().join(", ") }</p>
            }
            if let Some(l) = &f.linked {
                <p class="pop-trig">{ fixed(r#"<span class="lbl">Linked: </span>"#) }{ format!("“{}”", model::excerpt(&l.text, 80)) }</p>
            }
            <p class="pop-voice">{ voice }</p>
            <p class="pop-voice">{ format!("Confidence {}: how often careful readers agreed with flags like this one{}.", model::fixed(f.confidence, 2), if f.confidence < model::FAINT_BELOW { " (drawn fainter)" } else { "" }) }</p>
            <p class="pop-rule">{ fixed(r#"<span class="lbl">List entry: </span>"#) }<code>{ f.rule.clone() }</code>
                if !source.is_empty() { <span class="muted">{ format!(" ({source})") }</span> }
            </p>
            <p class="pop-acts">
                <button type="button" class="btn small dismiss" onclick={on_act.reform(move |_| Act::Dismiss(i))}>{ "Dismiss" }</button>
                <button type="button" class="btn small ignore" onclick={on_act.reform(move |_| Act::Ignore(i))}>
                    { if f.rule.starts_with("rule:") { "Ignore this rule".to_string() } else { format!("Ignore “{}”", model::excerpt(&f.text, 30)) } }
                </button>
            </p>
        </section>
    }
}
