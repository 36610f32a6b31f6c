//! The summary: score gauge, per-category counts and densities, and the top terms.

use std::rc::Rc;

use slant_core::{Category, Scores};
use yew::prelude::*;

use crate::article::Sink;
use crate::model::{self, cat_title};
use crate::panels::fixed::fixed;
use crate::view::{build_nodes, View};

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

/// Score gauge, per-category counts and densities with a bar chart, and the top terms;
/// `filtered` is what the filter leaves out, when it leaves anything out. Not a component: the
/// App memoises it on the same two values (one component's lifecycle code less in the page).
pub fn summary(view: &Option<Rc<View>>, filtered: &Option<String>) -> Html {
    let Some(v) = view else {
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
                        if filtered.is_some() { <span class="filtered-badge">{ " · filtered" }</span> }</p>
                    <p class="muted small" id="analysis-stats">{ format!(
                        "{} · {} · {} · analysed in {} ms",
                        model::count(r.stats.words, "word", "words"),
                        model::count(r.stats.sentences, "sentence", "sentences"),
                        model::count(r.flags.len(), "flag", "flags"),
                        model::fixed(v.ms.max(1.0), 0)
                    ) }</p>
                    if let Some(f) = filtered {
                        <p class="filtered-note small" id="filter-note">{ f.clone() }</p>
                    }
                </div>
            </div>
            { build_nodes("div", "card", |out| write_categories(out, s, max)) }
            { build_nodes("div", "card", |out| write_terms(out, terms)) }
        </section>
    }
}

/// The category table, written as DOM nodes (as the issue list is): through `html!` it was
/// about 1.5 KB of the page gzipped. The score card stays a yew node, so that the gauge's arc
/// moves from the old score to the new one.
fn write_categories(out: &mut impl Sink, s: &Scores, max: f64) {
    out.text_element("h2", &[], "By category");
    out.open("table", &[("class", "cats")]);
    out.open("thead", &[]);
    out.open("tr", &[]);
    for (class, head) in [("", "Category"), ("n c-flags", "Flags")] {
        let attrs = [("scope", "col"), ("class", class)];
        out.text_element("th", &attrs[..if class.is_empty() { 1 } else { 2 }], head);
    }
    out.open("th", &[("scope", "col"), ("class", "n c-dens")]);
    for (class, text) in [("wide", "per 1,000 words"), ("narrow", "/ 1k words")] {
        out.text_element("span", &[("class", class)], text);
    }
    out.close();
    out.open("th", &[("scope", "col"), ("class", "c-bar")]);
    out.text_element("span", &[("class", "sr")], "Chart");
    out.close();
    out.close();
    out.close();
    out.open("tbody", &[]);
    for &c in Category::ALL.iter() {
        let cs = s.category(c);
        let w = (cs.per_1000_words / max * 100.0).clamp(0.0, 100.0);
        out.open("tr", &[("data-cat", c.as_str())]);
        out.open("th", &[("scope", "row")]);
        write_swatch(out, c);
        out.text(&cat_title(c));
        out.close();
        out.text_element("td", &[("class", "n")], &cs.count.to_string());
        let title = format!(
            "weighted: {} per 1,000 words",
            model::fixed(cs.weighted_per_1000_words, 1)
        );
        out.text_element(
            "td",
            &[("class", "n"), ("title", &title)],
            &model::fixed(cs.per_1000_words, 1),
        );
        out.open("td", &[("class", "bar-cell"), ("aria-hidden", "true")]);
        let style = format!("width:{}%", model::fixed(w, 1));
        let class = model::cat_pick(c, ["bar ll", "bar as", "bar ua"]);
        out.open("span", &[("class", class), ("style", &style)]);
        out.close();
        out.close();
        out.close();
    }
    out.close();
    out.close();
}

/// The top terms card's contents, as DOM nodes (see `write_categories`).
fn write_terms(out: &mut impl Sink, terms: Vec<(String, Category, usize)>) {
    out.text_element("h2", &[], "Top terms");
    if terms.is_empty() {
        out.text_element(
            "p",
            &[("class", "muted")],
            "No loaded words or anonymous sources found.",
        );
        return;
    }
    out.open("ol", &[("class", "terms")]);
    for (t, c, n) in terms {
        out.open("li", &[]);
        write_swatch(out, c);
        out.text_element("span", &[("class", "term")], &t);
        out.text_element("span", &[("class", "times")], &format!("×{n}"));
        out.close();
    }
    out.close();
}

/// [`swatch`](crate::panels::legend::swatch) as DOM nodes.
pub fn write_swatch(out: &mut impl Sink, c: Category) {
    let class = model::cat_pick(c, ["sw ll", "sw as", "sw ua"]);
    out.open("span", &[("class", class), ("aria-hidden", "true")]);
    out.close();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Markup;

    /// The cards hold the elements, attributes and text that their `html!` form wrote.
    #[test]
    fn cards_write_what_the_markup_did() {
        let r = slant_core::analyze("The notorious regime, officials said, was doomed.").unwrap();
        let max = Category::ALL
            .iter()
            .map(|&c| r.scores.category(c).per_1000_words)
            .fold(10.0_f64, f64::max);
        let mut m = Markup::default();
        write_categories(&mut m, &r.scores, max);
        let html = m.html;
        assert!(html.starts_with(concat!(
            r#"<h2>By category</h2><table class="cats"><thead><tr><th scope="col">Category</th>"#,
            r#"<th scope="col" class="n c-flags">Flags</th><th scope="col" class="n c-dens">"#,
            r#"<span class="wide">per 1,000 words</span><span class="narrow">/ 1k words</span></th>"#,
            r#"<th scope="col" class="c-bar"><span class="sr">Chart</span></th></tr></thead><tbody>"#,
            r#"<tr data-cat="loaded_language"><th scope="row"><span class="sw ll" aria-hidden="true">"#,
            r#"</span>Loaded language</th><td class="n">"#,
        )));
        assert!(html.ends_with("</tr></tbody></table>"), "{html}");
        assert_eq!(html.matches("<tr data-cat=").count(), 3);
        assert!(html.contains(
            r#"<td class="bar-cell" aria-hidden="true"><span class="bar ua" style="width:"#
        ));

        let mut m = Markup::default();
        write_terms(&mut m, vec![("a & b".into(), Category::AnonymousSource, 2)]);
        assert_eq!(
            m.html,
            concat!(
                r#"<h2>Top terms</h2><ol class="terms"><li><span class="sw as" aria-hidden="true"></span>"#,
                r#"<span class="term">a &amp; b</span><span class="times">×2</span></li></ol>"#
            )
        );
        let mut m = Markup::default();
        write_terms(&mut m, Vec::new());
        assert_eq!(
            m.html,
            r#"<h2>Top terms</h2><p class="muted">No loaded words or anonymous sources found.</p>"#
        );
    }
}
