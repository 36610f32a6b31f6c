//! The legend, which doubles as the category filter.

use slant_core::Category;
use yew::prelude::*;

use crate::model::{cat_index, cat_pick, cat_title, Filter};
use crate::panels::fixed::fixed;

/// What the legend shows and does. (A function of the App's render, not a component: its
/// callbacks are new at every App render, so it rendered with the App anyway, and each component
/// costs its own copy of yew's lifecycle code.)
pub struct LegendProps {
    pub counts: Option<[usize; 3]>,
    pub filter: Filter,
    pub shade: bool,
    pub on_toggle: Callback<Category>,
    pub on_quoted: Callback<Event>,
    pub on_shade: Callback<Event>,
}

/// A category's colour swatch (in the legend, the issue list, the summary, the popover).
pub fn swatch(c: Category) -> Html {
    html! { <span CLASS={cat_pick(c, ["sw ll", "sw as", "sw ua"])} aria-hidden="true"></span> }
}

/// A category's chip: a checkbox that shows or hides it, with its count when there is one (the
/// legend's and the issue list's).
pub fn chip(c: Category, on: bool, onchange: Callback<Event>, count: Option<usize>) -> Html {
    html! {
        <label CLASS={cat_pick(c, if on { ["chip ll", "chip as", "chip ua"] } else { ["chip ll off", "chip as off", "chip ua off"] })} data-cat={c.as_str()}>
            <input type="checkbox" checked={on} {onchange} />
            { swatch(c) }
            { cat_title(c) }
            if let Some(n) = count {
                <span class="count">{ n }</span>
            }
        </label>
    }
}

/// The legend doubles as the category filter.
pub fn legend(p: LegendProps) -> Html {
    html! {
        <fieldset class="legend">
            { fixed(r#"<legend class="sr">Show categories</legend>"#) }
            { for Category::ALL.iter().map(|&c| {
                let cb = p.on_toggle.clone();
                let count = p.counts.map(|n| n[cat_index(c)]);
                chip(c, p.filter.shows(c), Callback::from(move |_| cb.emit(c)), count)
            }) }
            { fixed(concat!(
                r#"<span class="chip plain conf-key" title="Less certain flags (confidence under 0.5) are outlined, not filled.">"#,
                r#"<span class="ex-mark ll lc" aria-hidden="true">abc</span> outlined: less certain</span>"#,
                r#"<span class="legend-sep" aria-hidden="true"></span>"#
            )) }
            <label class="chip plain" title="Words inside quotation marks are the speaker's, not the outlet's: they count a quarter. Untick to leave them out of the highlights and the score.">
                <input type="checkbox" id="toggle-quoted" checked={p.filter.include_quoted} onchange={p.on_quoted.clone()} />
                { "Count flags in quotes" }
            </label>
            <label class="chip plain" title="Colour quoted speech in the reading view, so whose words are whose stands out.">
                <input type="checkbox" id="toggle-shade" checked={p.shade} onchange={p.on_shade.clone()} />
                { "Colour " }<span class="q-sample">{ "“quotes”" }</span>
            </label>
        </fieldset>
    }
}
