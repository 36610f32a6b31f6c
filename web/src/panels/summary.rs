//! The summary: score gauge, per-category counts and densities, and the top terms.

use std::rc::Rc;

use slant_core::Category;
use yew::prelude::*;

use crate::model::{self, cat_title};
use crate::panels::fixed::fixed;
use crate::panels::legend::swatch;
use crate::view::View;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub view: Option<Rc<View>>,
    /// What the filter leaves out, when it leaves anything out.
    pub filtered: Option<String>,
}

/// The summary before there is an article, as `Summary` and `gauge` would write it, kept as
/// text (see `fixed.rs`).
const WAITING: &str = concat!(
    r#"<section class="summary" aria-label="Summary"><div class="card score-card">"#,
    r#"<svg class="gauge" viewBox="0 0 120 70" role="img" aria-label="Slant score: no article yet">"#,
    r#"<path class="g-track" d="M10 62 A50 50 0 0 1 110 62" pathLength="100"></path>"#,
    r#"<text x="60" y="58" text-anchor="middle" class="g-num" id="score-value">–</text></svg>"#,
    r#"<div><h2>Slant score</h2><p class="muted">Waiting for an article.</p></div></div>"#,
    r#"<div class="card"><h2>By category</h2><p class="muted">Counts and densities appear here.</p></div>"#,
    r#"<div class="card"><h2>Top terms</h2><p class="muted">The most frequent flagged words.</p></div></section>"#,
);

fn band(score: f64) -> &'static str {
    match score {
        s if s < 25.0 => "Low",
        s if s < 50.0 => "Moderate",
        s if s < 75.0 => "High",
        _ => "Very high",
    }
}

/// Score gauge, per-category counts and densities with a bar chart, and the top terms.
#[function_component]
pub fn Summary(p: &SummaryProps) -> Html {
    let Some(v) = &p.view else {
        return fixed(WAITING);
    };
    let r = &v.report;
    let s = &r.scores;
    let max = Category::ALL
        .iter()
        .map(|&c| s.category(c).per_1000_words)
        .fold(10.0_f64, f64::max);
    let terms = model::top_terms(r, 6);
    html! {
        <section class="summary" aria-label="Summary">
            <div class="card score-card">
                { gauge(s.overall) }
                <div>
                    { fixed("<h2>Slant score</h2>") }
                    <p class="band" id="score-band">{ band(s.overall) }
                        if p.filtered.is_some() { <span class="filtered-badge">{ " · filtered" }</span> }</p>
                    <p class="muted small" id="analysis-stats">{ format!(
                        "{} · {} · {} · analysed in {} ms",
                        model::count(r.stats.words, "word", "words"),
                        model::count(r.stats.sentences, "sentence", "sentences"),
                        model::count(r.flags.len(), "flag", "flags"),
                        model::fixed(v.ms.max(1.0), 0)
                    ) }</p>
                    if let Some(f) = &p.filtered {
                        <p class="filtered-note small" id="filter-note">{ f.clone() }</p>
                    }
                </div>
            </div>
            <div class="card">
                { fixed("<h2>By category</h2>") }
                <table class="cats">
                    <thead><tr><th scope="col">{ "Category" }</th><th scope="col" class="n c-flags">{ "Flags" }</th>
                        <th scope="col" class="n c-dens"><span class="wide">{ "per 1,000 words" }</span><span class="narrow">{ "/ 1k words" }</span></th><th scope="col" class="c-bar"><span class="sr">{ "Chart" }</span></th></tr></thead>
                    <tbody>
                    { for Category::ALL.iter().map(|&c| {
                        let cs = s.category(c);
                        let w = (cs.per_1000_words / max * 100.0).clamp(0.0, 100.0);
                        html! {
                            <tr data-cat={c.as_str()}>
                                <th scope="row">{ swatch(c) }{ cat_title(c) }</th>
                                <td class="n">{ cs.count }</td>
                                <td class="n" title={format!("weighted: {} per 1,000 words", model::fixed(cs.weighted_per_1000_words, 1))}>{ model::fixed(cs.per_1000_words, 1) }</td>
                                <td class="bar-cell" aria-hidden="true"><span CLASS={model::cat_pick(c, ["bar ll", "bar as", "bar ua"])} style={format!("width:{}%", model::fixed(w, 1))}></span></td>
                            </tr>
                        }
                    }) }
                    </tbody>
                </table>
            </div>
            <div class="card">
                { fixed("<h2>Top terms</h2>") }
                if terms.is_empty() {
                    <p class="muted">{ "No loaded words or anonymous sources found." }</p>
                } else {
                    <ol class="terms">
                        { for terms.into_iter().map(|(t, c, n)| html! {
                            <li>{ swatch(c) }
                                <span class="term">{ t }</span><span class="times">{ format!("×{n}") }</span></li>
                        }) }
                    </ol>
                }
            </div>
        </section>
    }
}

fn gauge(score: f64) -> Html {
    let v = score.clamp(0.0, 100.0);
    // Its colour by an attribute, not a class: a computed `class` costs the page yew's class set
    // code, and an SVG element (unlike an HTML one) keeps an upper-case `CLASS` apart.
    let level = match v {
        x if x < 25.0 => "low",
        x if x < 50.0 => "mid",
        x if x < 75.0 => "high",
        _ => "vhigh",
    };
    let label = format!("Slant score {} out of 100", model::fixed(score, 0));
    html! {
        <svg class="gauge" viewBox="0 0 120 70" role="img" aria-label={label}>
            <path class="g-track" d="M10 62 A50 50 0 0 1 110 62" pathLength="100" />
            <path class="g-val" data-g={level} d="M10 62 A50 50 0 0 1 110 62" pathLength="100"
                stroke-dasharray={format!("{} 100", model::fixed(v, 1))} />
            <text x="60" y="58" text-anchor="middle" class="g-num" id="score-value">
                { model::fixed(score, 0) }</text>
        </svg>
    }
}
