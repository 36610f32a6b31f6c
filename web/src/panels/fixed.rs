//! Markup that never changes, kept as text: written out through `html!`, each element costs
//! code in the WebAssembly module; as a string it costs a few compressed bytes.

use yew::prelude::*;

pub const HEADER: &str = r#"<header class="top"><div class="wrap">
<h1><span class="logo" aria-hidden="true">◩</span>Slant <span class="tagline">— see how an article frames its subject</span></h1>
<p class="privacy"><svg class="lock" viewBox="0 0 16 16" aria-hidden="true"><path d="M4.5 7V5a3.5 3.5 0 0 1 7 0v2" fill="none" stroke="currentColor" stroke-width="1.6"/><rect x="2.5" y="7" width="11" height="7.5" rx="1.6" fill="currentColor"/></svg>Analysis runs in your browser; no text leaves this machine.</p>
</div></header>"#;

pub const FOOTER: &str = r#"<footer class="wrap foot"><p>Slant flags wording for a human to weigh; it does not judge truth. This page is a set of static files that can be copied to any web host; its security policy lets it contact only the host it came from, so the text you paste stays on this machine.</p></footer>"#;

/// The article pane before there is an article. The samples are drawn as the article draws
/// its highlights (not as marks, which the page and its test take for highlights); they also
/// let the browser find the article's fonts before the first paste.
pub const EMPTY_ARTICLE: &str = r#"<div id="article" class="article empty" role="region" aria-labelledby="article-title">
<p>Paste an article in the text box above, or <strong>load the example</strong>, to read it here with its highlights.</p>
<ul class="empty-legend">
<li><span class="ex-mark ll">notorious</span> Loaded language: words that tell the reader how to feel.</li>
<li><span class="ex-mark as">a senior official</span> Anonymous sources: claims from people the reader cannot check.</li>
<li><span class="ex-ua">The group lied.</span> Unattributed assertions: charges stated as fact, with no source.</li>
<li><span class="ex-q">“in quotes”</span> Quoted speech: flags inside a quotation count a quarter.</li>
</ul></div>"#;

pub const HOW_SCORES: &str = r#"<section class="card how" aria-labelledby="how-title">
<h2 id="how-title">How scores work</h2>
<p>Every flag weighs 1 (or its list entry's weight). Words in the outlet's own voice count in full, labels it attributes to someone count half, and words inside quotations a quarter.</p>
<p>Each category's load is its weighted flags per 1,000 words (short texts count as 150 words). The loads combine as loaded + 1.5 × anonymous + 2 × unattributed, and the score maps that onto 0–100: 0 means no flags, a combined load of 40 per 1,000 words gives 63, and it never reaches 100.</p>
<p class="muted">A score describes wording, not truth: read the highlights and decide.</p>
</section>"#;

/// Static markup as a node yew inserts as is.
pub fn fixed(markup: &'static str) -> Html {
    Html::from_html_unchecked(AttrValue::Static(markup))
}
