//! The issues sidebar: every flag the view shows, in reading order, filterable by category;
//! selecting one finds it in the text box.

use std::rc::Rc;

use slant_core::Category;
use yew::prelude::*;

use crate::article;
use crate::model::{self, cat_class, cat_index, CERTAIN_FROM, FAINT_BELOW};
use crate::panels::fixed::fixed;
use crate::panels::legend::chip;
use crate::view::{build_nodes, View, ISSUES_LISTED};

pub struct IssuesProps {
    pub view: Option<Rc<View>>,
    pub on_jump: Callback<usize>,
}

/// What the list shows: the categories ticked, the least confidence listed (0 for all,
/// FAINT_BELOW for "likely" or CERTAIN_FROM), and the analysis for which "Show all" was pressed
/// (a new one lists the first ISSUES_LISTED again).
#[derive(Clone, Copy, PartialEq)]
pub struct Listing {
    shown: [bool; 3],
    min_conf: f64,
    all_for: u64,
}

/// The list's settings and the whole list once "Show all" is pressed: hooks of the App, whose
/// render calls `issues`.
pub type IssuesHooks = (UseStateHandle<Listing>, Rc<Option<Html>>);

#[hook]
pub fn use_issues(view: &Option<Rc<View>>) -> IssuesHooks {
    // One state for the three settings: each state type is code in the WebAssembly module.
    let listing = use_state(|| Listing {
        shown: [true; 3],
        min_conf: 0.0,
        all_for: 0,
    });
    let serial = view.as_ref().map_or(0, |v| v.serial);
    let all = listing.all_for == serial && serial != 0;
    let view = view.clone();
    let full_list = use_memo((serial, all), move |&(_, all)| {
        view.filter(|v| all && v.report.flags.len() > ISSUES_LISTED)
            .map(|v| {
                build_nodes("div", "issues-box", |sink| {
                    article::write_issue_list(sink, &v.report, usize::MAX, &|_| None)
                })
            })
    });
    (listing, full_list)
}

/// The list, a function of the App's render rather than a component: its props are new at
/// every App render anyway (the App makes `on_jump` afresh), and a component's lifecycle is its
/// own code in the WebAssembly module.
pub fn issues(p: IssuesProps, (listing, full_list): &IssuesHooks) -> Html {
    let Listing {
        shown,
        min_conf,
        all_for,
    } = **listing;
    let serial = p.view.as_ref().map_or(0, |v| v.serial);
    let all = all_for == serial && serial != 0;
    let on_jump = p.on_jump.clone();
    // One delegated listener serves every item.
    let onclick = Callback::from(move |e: MouseEvent| {
        let i = crate::dom::closest_target(&e, "button.issue[data-i]")
            .and_then(|b| b.get_attribute("data-i"))
            .and_then(|s| s.parse::<usize>().ok());
        if let Some(i) = i {
            on_jump.emit(i);
        }
    });
    let Some(v) = &p.view else {
        return fixed(concat!(
            r#"<section class="card issues" aria-labelledby="issues-title"><h2 id="issues-title">Issues</h2>"#,
            r#"<p class="muted">Every flag in reading order appears here, with what to do about it.</p></section>"#
        ));
    };
    let mut counts = [0usize; 3];
    for f in &v.report.flags {
        counts[cat_index(f.category)] += 1;
    }
    let total = v
        .report
        .flags
        .iter()
        .filter(|f| shown[cat_index(f.category)] && f.confidence >= min_conf)
        .count();
    let filtered = shown.iter().any(|s| !s) || min_conf > 0.0;
    // The list is built once per analysis (see article.rs); unticking a category hides its
    // items by a class on the box.
    // (One string, which yew splits into its classes: `classes!` has set code of its own.)
    let mut hide = String::from("issue-scroll");
    for &c in Category::ALL.iter().filter(|&&c| !shown[cat_index(c)]) {
        hide.push_str(" hide-");
        hide.push_str(cat_class(c));
    }
    if min_conf >= FAINT_BELOW {
        hide.push_str(" hide-lc");
    }
    if min_conf >= CERTAIN_FROM {
        hide.push_str(" hide-mc");
    }
    let on_conf = {
        let listing = listing.clone();
        Callback::from(move |e: Event| {
            let sel: web_sys::HtmlSelectElement = e.target_unchecked_into();
            // By position, not by parsing the value: no float parser in the module for this.
            let levels = [0.0, FAINT_BELOW, CERTAIN_FROM];
            listing.set(Listing {
                min_conf: levels
                    .get(sel.selected_index().max(0) as usize)
                    .copied()
                    .unwrap_or(0.0),
                ..*listing
            });
        })
    };
    html! {
        <section class="card issues" aria-labelledby="issues-title">
            <h2 id="issues-title">{ format!("Issues ({})", v.report.flags.len()) }</h2>
            <fieldset class="issue-filter">
                { fixed(r#"<legend class="sr">List these categories</legend>"#) }
                { for Category::ALL.iter().map(|&c| {
                    let k = cat_index(c);
                    let on = shown[k];
                    let handle = listing.clone();
                    let toggle = Callback::from(move |_: Event| {
                        let mut l = *handle;
                        l.shown[k] = !l.shown[k];
                        handle.set(l);
                    });
                    chip(c, on, toggle, Some(counts[k]))
                }) }
            </fieldset>
            <label class="conf-filter">{ "Confidence: " }
                <select id="conf-filter" onchange={on_conf}>
                    <option value="0" selected={min_conf == 0.0}>{ "all flags" }</option>
                    <option value="likely" selected={min_conf == FAINT_BELOW}>{ format!("likely ({} and up)", model::fixed(FAINT_BELOW, 1)) }</option>
                    <option value="certain" selected={min_conf == CERTAIN_FROM}>{ format!("most certain ({} and up)", model::fixed(CERTAIN_FROM, 2)) }</option>
                </select>
            </label>
            if filtered {
                <p class="filtered-note" role="status">{ format!("Listing {total} of {}: some categories are unticked or less certain flags hidden above.", v.report.flags.len()) }</p>
            }
            if total == 0 {
                <p class="muted empty-list">{ "No issues to list." }</p>
            }
            <div CLASS={hide} {onclick}>
                { (**full_list).clone().unwrap_or_else(|| v.issues.clone()) }
                if v.report.flags.len() > ISSUES_LISTED && !all {
                    <button type="button" class="btn small more" onclick={{
                        let listing = listing.clone();
                        Callback::from(move |_| listing.set(Listing { all_for: serial, ..*listing }))
                    }}>{ format!("Show all {} (the first {ISSUES_LISTED} are listed)", v.report.flags.len()) }</button>
                }
            </div>
        </section>
    }
}
