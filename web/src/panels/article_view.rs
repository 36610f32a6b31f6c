//! The reading view: the article with its highlights, each one opening the popover.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::panels::popover::{Active, PopMsg};
use crate::view::View;

/// What the reading view shows (a function of the App's render, as `legend::legend` is).
pub struct ArticleProps {
    pub view: Rc<View>,
    pub shade: bool,
    pub on_pop: Callback<PopMsg>,
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
pub fn article_view(p: ArticleProps) -> Html {
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
        <div id="article" CLASS={if p.shade { "article shade" } else { "article" }} role="region" aria-labelledby="article-title"
            {onmouseover} {onmouseleave} {onfocusin} {onfocusout} {onclick} {onkeydown}>
            { body }
        </div>
    }
}
