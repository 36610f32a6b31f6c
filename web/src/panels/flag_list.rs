//! The sentence view: unattributed assertions and anonymous sources in reading order.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::view::View;

#[derive(Properties, PartialEq)]
pub struct FlagListProps {
    pub view: Option<Rc<View>>,
    pub on_jump: Callback<usize>,
}

/// The sentence view: unattributed assertions and anonymous sources in reading order. The list
/// is markup built with the article's (a long article lists hundreds); one delegated listener
/// serves every button.
#[function_component]
pub fn FlagList(p: &FlagListProps) -> Html {
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
