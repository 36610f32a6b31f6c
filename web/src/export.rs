//! Exports: the report as JSON and the annotated article as one standalone HTML file.
//!
//! The HTML is built as a string, so every piece of the article and of the lists (which a user
//! may have written) goes through [`escape`]; nothing is trusted.

use std::fmt::Write;

use slant_core::{Category, Report};

use crate::js_json;
use crate::layout::{self, Layout};
use crate::model::{cat_class, cat_title, count, kind_label};

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    crate::article::escape_into(&mut out, s);
    out
}

/// What the page hid when a report was exported, said in the export itself.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Hidden {
    pub categories: Vec<Category>,
    pub quoted: bool,
    pub ignored_rules: Vec<String>,
    pub dismissed: usize,
}

impl Hidden {
    pub fn any(&self) -> bool {
        !self.categories.is_empty()
            || self.quoted
            || !self.ignored_rules.is_empty()
            || self.dismissed > 0
    }

    /// "Not shown: loaded language; flags inside quotations; 2 dismissed flags."
    pub fn sentence(&self) -> String {
        let mut parts: Vec<String> = self
            .categories
            .iter()
            .map(|c| c.label().to_string())
            .collect();
        if self.quoted {
            parts.push("flags inside quotations".into());
        }
        if !self.ignored_rules.is_empty() {
            parts.push(format!("ignored rules ({})", self.ignored_rules.join(", ")));
        }
        if self.dismissed > 0 {
            parts.push(format!(
                "{} dismissed flag{}",
                self.dismissed,
                if self.dismissed == 1 { "" } else { "s" }
            ));
        }
        format!(
            "Not shown, and not counted in the scores: {}.",
            parts.join("; ")
        )
    }
}

/// The report as JSON, as the page shows it: every span (`start`/`end`, UTF-8 byte offsets as
/// in the CLI) also gets `start_utf16`/`end_utf16`, the offsets JavaScript's `text.slice()`
/// takes; and a `view` object says what the page's filter left out. Keys in the CLI's order.
///
/// The offsets go into serde_json's pretty text as it is written, not through a
/// `serde_json::Value` tree (whose map and serializer were about 4 KiB of the gzipped module):
/// in that text every key starts its own line, and a string cannot hold a raw newline, so a
/// line `"start": N` can only be that key.
pub fn report_json(report: &Report, full: &Report, text: &str, hidden: &Hidden) -> String {
    let mut out = crate::report_writer::pretty(report, full, &utf16_index(text));
    let cats = js_json::array(hidden.categories.iter().map(|c| c.as_str()));
    let rules = js_json::array(hidden.ignored_rules.iter().map(String::as_str));
    if out.ends_with('}') {
        out.pop();
        while out.ends_with(char::is_whitespace) {
            out.pop();
        }
        let _ = write!(
            out,
            ",\n  \"view\": {{\n    \"filtered\": {},\n    \"hidden_categories\": {},\n    \"quoted_flags_hidden\": {},\n    \"ignored_rules\": {},\n    \"dismissed_flags\": {}\n  }}\n}}",
            hidden.any(),
            cats,
            hidden.quoted,
            rules,
            hidden.dismissed,
        );
    }
    out
}

/// Compact JSON laid out as serde_json's pretty writer lays it out (two-space indent, `": "`,
/// `[]` and `{}` when empty). With [`with_utf16`], what the page's export was before its writer
/// (`report_writer`): kept for the tests that hold that writer to it.
#[cfg(test)]
pub(crate) fn pretty(json: &str) -> String {
    let mut out = String::with_capacity(json.len() * 2);
    let mut depth = 0;
    let (mut in_str, mut escaped) = (false, false);
    let mut chars = json.chars().peekable();
    let line = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        out.push(c);
        if in_str {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_str = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => in_str = true,
            '{' | '[' => {
                if matches!(chars.peek(), Some('}' | ']')) {
                    out.extend(chars.next());
                } else {
                    depth += 1;
                    line(&mut out, depth);
                }
            }
            '}' | ']' => {
                out.pop();
                depth -= 1;
                line(&mut out, depth);
                out.push(c);
            }
            ',' => line(&mut out, depth),
            ':' => out.push(' '),
            _ => {}
        }
    }
    out
}

/// UTF-16 offset of every byte offset of `text` (a byte inside a char maps to the char's start).
pub(crate) fn utf16_index(text: &str) -> Vec<u32> {
    let mut out = Vec::with_capacity(text.len() + 1);
    let mut units = 0u32;
    for c in text.chars() {
        for _ in 0..c.len_utf8() {
            out.push(units);
        }
        units += c.len_utf16() as u32;
    }
    out.push(units);
    out
}

/// serde_json's pretty `json` with `start_utf16`/`end_utf16` after every `"start": N` line
/// that an `"end": M` line at the same indent follows.
#[cfg(test)]
pub(crate) fn with_utf16(json: &str, index: &[u32]) -> String {
    let at = |b: u64| index.get(b as usize).or(index.last()).copied().unwrap_or(0);
    let number = |line: &str, key: &str| -> Option<(usize, u64, bool)> {
        let body = line.trim_start();
        let indent = line.len() - body.len();
        let rest = body.strip_prefix(key)?;
        let (digits, comma) = match rest.strip_suffix(',') {
            Some(d) => (d, true),
            None => (rest, false),
        };
        let n = digits.parse().ok()?;
        Some((indent, n, comma))
    };
    let mut out = String::with_capacity(json.len() + json.len() / 4);
    let mut start: Option<(usize, u64)> = None;
    for line in json.split('\n') {
        if !out.is_empty() {
            out.push('\n');
        }
        if let Some((indent, s)) = start.take() {
            if let Some((i, e, comma)) = number(line, "\"end\": ") {
                if i == indent {
                    let pad = &line[..indent];
                    let _ = write!(
                        out,
                        "{pad}\"end\": {e},\n{pad}\"start_utf16\": {},\n{pad}\"end_utf16\": {}{}",
                        at(s),
                        at(e),
                        if comma { "," } else { "" }
                    );
                    continue;
                }
            }
        }
        if let Some((indent, s, _)) = number(line, "\"start\": ") {
            start = Some((indent, s));
        }
        out.push_str(line);
    }
    out
}

const STYLE: &str = r#"
:root{color-scheme:light dark;--bg:#fff;--fg:#1c1d21;--muted:#5b5f6b;--line:#d9dbe1;
--ll:#fde68a;--ll-edge:#b45309;--as:#ddd6fe;--as-edge:#6d28d9;--ua:#be123c;--ua-bg:#fff1f2;--q:#0f766e}
@media (prefers-color-scheme:dark){:root{--bg:#16171b;--fg:#e6e7ea;--muted:#a3a7b3;--line:#33353d;
--ll:#6b4e0a;--ll-edge:#fbbf24;--as:#43316e;--as-edge:#c4b5fd;--ua:#fb7185;--ua-bg:#2a1a1f;--q:#5eead4}}
body{margin:0;background:var(--bg);color:var(--fg);font:16px/1.6 system-ui,-apple-system,"Segoe UI",sans-serif}
main{max-width:46rem;margin:0 auto;padding:1.5rem 1rem 3rem}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:2rem 0 .5rem}
.muted{color:var(--muted);font-size:.9rem}
table{border-collapse:collapse;width:100%;font-size:.95rem}th,td{text-align:left;padding:.3rem .5rem;border-bottom:1px solid var(--line)}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.article{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Times New Roman",serif;font-size:1.05rem;line-height:1.75}
mark{color:inherit;border-radius:3px;padding:0 1px}
mark.ll{background:var(--ll);box-shadow:inset 0 -2px var(--ll-edge)}
mark.as{background:var(--as);box-shadow:inset 0 -2px var(--as-edge)}
span.ua{background:var(--ua-bg);text-decoration:underline wavy var(--ua);text-underline-offset:4px;text-decoration-thickness:1.5px}
.q{color:var(--q);font-style:italic}
.sw{display:inline-block;width:.8em;height:.8em;border-radius:2px;vertical-align:-.05em;margin-right:.35em}
.sw.ll{background:var(--ll);outline:2px solid var(--ll-edge)}.sw.as{background:var(--as);outline:2px solid var(--as-edge)}.sw.ua{background:var(--ua-bg);outline:2px solid var(--ua)}
ol.flags li{margin:.4rem 0}code{font-size:.85em}
"#;

/// The annotated article as a complete HTML document that needs no other file.
/// `generated` is a human-readable note (a date, say), shown as given.
pub fn standalone_html(
    text: &str,
    report: &Report,
    layout: &Layout,
    generated: &str,
    hidden: &Hidden,
) -> String {
    let mut h = String::with_capacity(text.len() * 2 + 8192);
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>Slant report</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n\
         <h1>Slant report</h1>\n<p class=\"muted\">How this article frames its subject. {} \
         Generated by Slant in the browser; scores range from 0 (neutral) to 100 (heavily slanted).</p>\n",
        escape(generated)
    );
    let s = &report.scores;
    let _ = writeln!(
        h,
        "<p><strong>Overall score: {} / 100</strong> <span class=\"muted\">({}, {})</span></p>",
        crate::model::fixed(s.overall, 0),
        count(report.stats.words, "word", "words"),
        count(report.stats.sentences, "sentence", "sentences")
    );
    if hidden.any() {
        let _ = writeln!(
            h,
            "<p class=\"muted\"><strong>Filtered view.</strong> {}</p>",
            escape(&hidden.sentence())
        );
    }
    h.push_str(
        "<table>\n<thead><tr><th>Category</th><th class=\"n\">Flags</th><th class=\"n\">per 1,000 words</th></tr></thead>\n<tbody>\n",
    );
    for c in Category::ALL {
        let cs = s.category(c);
        let _ = writeln!(
            h,
            "<tr><td><span class=\"sw {}\"></span>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            cat_class(c),
            cat_title(c),
            cs.count,
            crate::model::fixed(cs.per_1000_words, 1)
        );
    }
    h.push_str("</tbody>\n</table>\n<h2>Article</h2>\n<div class=\"article\">");
    for o in &layout.outer {
        let of = o.flag.and_then(|i| report.flags.get(i));
        if let Some(f) = of {
            let _ = write!(
                h,
                "<span class=\"ua\" id=\"{}\" title=\"{}\">",
                layout::outer_id(o.id),
                escape(&tooltip(f))
            );
        }
        for g in &o.inner {
            let gf = g.primary.and_then(|i| report.flags.get(i));
            if let Some(f) = gf {
                let title: Vec<String> = g
                    .flags
                    .iter()
                    .filter_map(|&i| report.flags.get(i))
                    .map(tooltip)
                    .collect();
                let _ = write!(
                    h,
                    "<mark class=\"{}\" id=\"{}\" title=\"{}\">",
                    cat_class(f.category),
                    layout::inner_id(g.id),
                    escape(&title.join("\n\n"))
                );
            }
            for leaf in &g.leaves {
                let t = escape(text.get(leaf.start..leaf.end).unwrap_or(""));
                if leaf.quoted {
                    let _ = write!(h, "<span class=\"q\">{t}</span>");
                } else {
                    h.push_str(&t);
                }
            }
            if gf.is_some() {
                h.push_str("</mark>");
            }
        }
        if of.is_some() {
            h.push_str("</span>");
        }
    }
    h.push_str("</div>\n<h2>Flags</h2>\n<ol class=\"flags\">\n");
    for f in &report.flags {
        let _ = write!(
            h,
            "<li><span class=\"sw {}\"></span><strong>{}</strong> ({}), line {}: “{}”<br>{}",
            cat_class(f.category),
            escape(&cat_title(f.category)),
            escape(&kind_label(&f.kind)),
            f.line,
            escape(&crate::model::excerpt(&f.text, 160)),
            escape(&f.message)
        );
        if !f.suggestions.is_empty() {
            let _ = write!(
                h,
                " <em>Consider:</em> {}",
                escape(&suggestions(&f.suggestions))
            );
        }
        let _ = writeln!(h, " <code>{}</code></li>", escape(&f.rule));
    }
    h.push_str("</ol>\n</main>\n</body>\n</html>\n");
    h
}

fn tooltip(f: &slant_core::Flag) -> String {
    let mut t = format!(
        "{} ({}): {}",
        cat_title(f.category),
        kind_label(&f.kind),
        f.message
    );
    if !f.suggestions.is_empty() {
        let _ = write!(t, " Consider: {}", suggestions(&f.suggestions));
    }
    t
}

/// "a; b." without doubling a full stop that the last suggestion already has.
fn suggestions(s: &[String]) -> String {
    let mut out = s.join("; ");
    if !out.ends_with(['.', '!', '?', '…']) {
        out.push('.');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use slant_core::analyze;

    #[test]
    fn escapes_all_five() {
        assert_eq!(
            escape(r#"<a href="x" title='y'>&</a>"#),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;"
        );
        assert_eq!(escape("plain é"), "plain é");
    }

    fn export(text: &str) -> String {
        let r = analyze(text).unwrap();
        let l = layout::build(text, &r.flags, &r.quotes);
        standalone_html(text, &r, &l, "<b>today</b>", &Hidden::default())
    }

    #[test]
    fn markup_in_the_article_comes_out_as_text() {
        let text = "<img src=x onerror=alert(1)> The notorious regime said \"<script>alert('x')</script>\".";
        let h = export(text);
        assert!(!h.contains("<img"), "{h}");
        assert!(!h.contains("<script>"));
        assert!(h.contains("&lt;img src=x onerror=alert(1)&gt;"));
        assert!(h.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assert!(!h.contains("<b>today"));
        // The only tags are ours: every '<' starts a known tag.
        for (i, _) in h.match_indices('<') {
            let rest = &h[i + 1..];
            let name: String = rest
                .trim_start_matches('/')
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '!')
                .collect();
            assert!(
                [
                    "!doctype", "html", "head", "meta", "title", "style", "body", "main", "h1",
                    "h2", "p", "strong", "span", "table", "thead", "tbody", "tr", "th", "td",
                    "div", "mark", "ol", "li", "br", "em", "code"
                ]
                .contains(&name.as_str()),
                "unexpected tag {name:?}"
            );
        }
    }

    #[test]
    fn seed_export_marks_every_flag_and_keeps_the_text() {
        let text = include_str!("../../tests/fixtures/seed-presstv-2009-06-15-mko.txt");
        let h = export(text);
        let r = analyze(text).unwrap();
        let marks = h.matches("<mark ").count();
        let word_flags = r
            .flags
            .iter()
            .filter(|f| f.category != Category::UnattributedAssertion)
            .count();
        assert!(marks >= word_flags, "{marks} marks for {word_flags} flags");
        assert_eq!(
            h.matches("<span class=\"ua\"").count(),
            r.flags
                .iter()
                .filter(|f| f.category == Category::UnattributedAssertion)
                .count()
        );
        assert!(h.contains("masterminded</mark>"));
    }

    #[test]
    fn a_filtered_export_says_what_it_leaves_out() {
        let text = "The notorious regime lied.";
        let r = analyze(text).unwrap();
        let l = layout::build(text, &r.flags, &r.quotes);
        let plain = standalone_html(text, &r, &l, "", &Hidden::default());
        assert!(!plain.contains("Filtered view"));
        let hidden = Hidden {
            categories: vec![Category::UnattributedAssertion],
            quoted: true,
            ignored_rules: vec!["x/<b>".into()],
            dismissed: 2,
        };
        let h = standalone_html(text, &r, &l, "", &hidden);
        assert!(h.contains("<strong>Filtered view.</strong> Not shown, and not counted in the scores: unattributed assertion"), "{h}");
        assert!(h.contains("2 dismissed flags") && h.contains("x/&lt;b&gt;"));
    }

    #[test]
    fn pretty_is_serde_json_pretty() {
        let text = "Le 🙂 « notorious » régime, \"officials said\" {x} [y]: a, b.\n\nSources said the \\ plan failed.";
        let r = analyze(text).unwrap();
        assert_eq!(
            pretty(&serde_json::to_string(&r).unwrap()),
            serde_json::to_string_pretty(&r).unwrap()
        );
        let v = serde_json::json!({"a": [], "b": {}, "c": [1, {"d": "x,y:{}[]\\\"", "e": [[]]}], "f": null});
        assert_eq!(
            pretty(&serde_json::to_string(&v).unwrap()),
            serde_json::to_string_pretty(&v).unwrap()
        );
    }

    #[test]
    fn suggestions_end_with_one_full_stop() {
        assert_eq!(suggestions(&["a".into(), "b".into()]), "a; b.");
        assert_eq!(suggestions(&["Cite it.".into()]), "Cite it.");
    }

    #[test]
    fn json_has_utf16_offsets_and_says_what_was_hidden() {
        let text = "Le 🙂 « notorious » régime.";
        let r = analyze(text).unwrap();
        let hidden = Hidden {
            categories: vec![Category::AnonymousSource],
            quoted: false,
            ignored_rules: vec![],
            dismissed: 1,
        };
        let v: serde_json::Value =
            serde_json::from_str(&report_json(&r, &r, text, &hidden)).unwrap();
        let f = v["flags"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["text"] == "notorious")
            .unwrap();
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let (s, e) = (
            f["start_utf16"].as_u64().unwrap() as usize,
            f["end_utf16"].as_u64().unwrap() as usize,
        );
        assert_eq!(String::from_utf16(&utf16[s..e]).unwrap(), "notorious");
        assert_ne!(f["start"], f["start_utf16"]);
        assert_eq!(v["view"]["filtered"], true);
        assert_eq!(v["view"]["hidden_categories"][0], "anonymous_source");
        assert!(
            hidden.sentence().contains("anonymous sources")
                || hidden.sentence().contains("anonymous source")
        );
    }

    #[test]
    fn json_round_trips() {
        let r = analyze("The notorious regime.").unwrap();
        let v: serde_json::Value = serde_json::from_str(&report_json(
            &r,
            &r,
            "The notorious regime.",
            &Hidden::default(),
        ))
        .unwrap();
        assert_eq!(v["schema_version"], 1);
        let flags = v["flags"].as_array().unwrap();
        assert_eq!(flags.len(), r.flags.len());
        assert!(flags
            .iter()
            .any(|f| f["text"] == "notorious" && f["category"] == "loaded_language"));
    }

    /// A filtered view's report has no sentences, quotes or actors of its own (`model::view`):
    /// its export takes them from the full report and writes what a full copy would.
    #[test]
    fn a_filtered_export_writes_the_full_sentences_quotes_and_actors() {
        let text =
            "Officials say the notorious Harbor Union lied. \"We never agreed,\" Mayor Dana \
                    Quill said on Monday. Quill called the union reckless. The union denied it.";
        let opts = slant_core::Options {
            actors: true,
            ..Default::default()
        };
        let r = slant_core::Analyzer::builtin()
            .unwrap()
            .analyze(text, &opts)
            .unwrap();
        assert!(!r.quotes.is_empty() && r.actors.as_ref().is_some_and(|a| !a.is_empty()));
        let filter = crate::model::Filter {
            categories: [false, true, true],
            include_quoted: false,
        };
        let filtered = crate::model::view(&r, text, &filter, &Default::default());
        assert!(filtered.flags.len() < r.flags.len());
        let copy = Report {
            sentences: r.sentences.clone(),
            quotes: r.quotes.clone(),
            actors: r.actors.clone(),
            ..filtered.clone()
        };
        let hidden = Hidden::default();
        assert_eq!(
            report_json(&filtered, &r, text, &hidden),
            report_json(&copy, &copy, text, &hidden)
        );
    }

    /// Every object with `start`/`end` (flags, triggers, spans, quotes, sentences, actors'
    /// mentions) carries the matching UTF-16 offsets.
    #[test]
    fn every_span_gets_utf16_offsets() {
        let text = include_str!("../../tests/fixtures/seed-presstv-2009-06-15-mko.txt");
        let text = format!("Ça « dit » 🙂. {text}");
        let opts = slant_core::Options {
            actors: true,
            ..Default::default()
        };
        let r = slant_core::Analyzer::builtin()
            .unwrap()
            .analyze(&text, &opts)
            .unwrap();
        let json = report_json(&r, &r, &text, &Hidden::default());
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let utf16: Vec<u16> = text.encode_utf16().collect();
        fn walk(v: &serde_json::Value, text: &str, utf16: &[u16], n: &mut usize) {
            match v {
                serde_json::Value::Object(o) => {
                    if let (Some(s), Some(e)) = (o.get("start"), o.get("end")) {
                        let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
                        let s16 = o["start_utf16"].as_u64().unwrap() as usize;
                        let e16 = o["end_utf16"].as_u64().unwrap() as usize;
                        assert_eq!(String::from_utf16(&utf16[s16..e16]).unwrap(), text[s..e]);
                        *n += 1;
                    }
                    o.values().for_each(|c| walk(c, text, utf16, n));
                }
                serde_json::Value::Array(a) => a.iter().for_each(|c| walk(c, text, utf16, n)),
                _ => {}
            }
        }
        let mut n = 0;
        walk(&v, &text, &utf16, &mut n);
        assert!(n > r.flags.len() * 2, "{n} spans");
        assert!(v["actors"].as_array().is_some_and(|a| !a.is_empty()));
        assert_eq!(v["view"]["filtered"], false);
    }
}
