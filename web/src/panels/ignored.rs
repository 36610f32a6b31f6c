//! What the user set aside in this browser: ignored rules (each can be restored) and how many
//! single flags were dismissed; the ignored terms export as a wordlist the CLI reads.

use std::rc::Rc;

use yew::prelude::*;

use crate::panels::fixed::fixed;

/// What the panel lists and does (a function of the App's render, as `legend::legend` is).
pub struct IgnoredProps {
    pub ignored: Rc<Vec<String>>,
    pub dismissed: usize,
    pub on_restore: Callback<String>,
    pub on_restore_dismissed: Callback<()>,
    pub on_export: Callback<()>,
}

pub fn ignored_panel(p: IgnoredProps) -> Html {
    html! {
        <section class="card ignored" aria-labelledby="ignored-title">
            { fixed(r#"<h2 id="ignored-title">Set aside</h2>"#) }
            if p.ignored.is_empty() && p.dismissed == 0 {
                <p class="muted">{ "Flags you dismiss, and terms or rules you ignore, are listed here (ignored ones are remembered in this browser)." }</p>
            }
            if !p.ignored.is_empty() {
                <ul class="wl-lists" aria-label="Ignored in this browser">
                    { for p.ignored.iter().map(|r| {
                        let restore = p.on_restore.clone();
                        let rule = r.clone();
                        html! {
                            <li><code>{ r.clone() }</code>
                                <button type="button" class="btn small" aria-label={format!("Stop ignoring {r}")}
                                    onclick={Callback::from(move |_| restore.emit(rule.clone()))}>{ "Stop ignoring" }</button></li>
                        }
                    }) }
                </ul>
                <div class="row">
                    <button type="button" class="btn" id="export-ignored" onclick={p.on_export.reform(|_| ())}>{ "Export as wordlist (.toml)" }</button>
                </div>
            }
            if p.dismissed > 0 {
                <p class="row">{ format!("{} flag{} dismissed in this text. ", p.dismissed, if p.dismissed == 1 { "" } else { "s" }) }
                    <button type="button" class="btn small" onclick={p.on_restore_dismissed.reform(|_| ())}>{ "Show them again" }</button></p>
            }
        </section>
    }
}
