//! One analysis of the text (`Full`) and what the page shows of it under the legend's filter
//! (`View`): the filtered report, its layout, and the article and list markup built once.

use std::cell::OnceCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicU64, Ordering};

use slant_core::frame::Actor;
use slant_core::{Analyzer, Options, Report};
use yew::Html;

use crate::article::{self, For};
use crate::dom;
use crate::layout::{self, Layout};
use crate::model::{self, Filter, SetAside};
use crate::worker::Ask;

/// Longest text highlighted in the text box itself (the reading view has no limit): about
/// 10,000 words. Behind the box the whole text is laid out at once, and with each analysis;
/// above this, keystrokes during a re-analysis of a 10,000-word article were measured at up to
/// 300 ms to paint.
pub const EDITOR_MAX_BYTES: usize = 60_000;

/// Issues listed with each analysis; the sidebar lists the rest when asked (each item is a few
/// elements, rebuilt with every analysis: a long article has thousands).
pub const ISSUES_LISTED: usize = 200;

static SERIAL: AtomicU64 = AtomicU64::new(1);
fn next_serial() -> u64 {
    SERIAL.fetch_add(1, Ordering::Relaxed)
}

/// The analyzer in use: the built-in lists, or those plus the user's (cheap to clone).
pub type Engine = Analyzer;

/// One analysis of the whole text with every category, before the legend's filter.
pub struct Full {
    pub serial: u64,
    pub text: Rc<str>,
    /// The same text as a JavaScript string: compared with the text box's value without
    /// copying that into the module (a 2 MB text costs 20-50 ms to copy).
    pub js: js_sys::JsString,
    pub report: Rc<Report>,
    pub engine: Engine,
    pub ms: f64,
}

impl PartialEq for Full {
    fn eq(&self, o: &Self) -> bool {
        self.serial == o.serial
    }
}

/// What the page shows: the filtered report, its layout and the article's markup.
pub struct View {
    pub serial: u64,
    pub text: Rc<str>,
    /// See `Full::js`.
    pub js: js_sys::JsString,
    /// Shared with `Full` when nothing is filtered out (a long text's report is costly to copy
    /// and to free). A filtered copy has only the flags, stats and scores: the filter leaves
    /// sentences, quotes and actors as they are, and the page reads them from `full`.
    pub report: Rc<Report>,
    /// `Full`'s report.
    pub full: Rc<Report>,
    /// See [`View::layout`].
    layout: OnceCell<Layout>,
    /// The highlighted article for the reading view, built as DOM nodes (see article.rs).
    pub article: Html,
    /// The issues sidebar's list, built as DOM nodes (see article.rs).
    pub issues: Html,
    /// The highlights drawn behind the text box; `None` for a text over `EDITOR_MAX_BYTES`.
    pub editor: Option<Html>,
    pub engine: Engine,
    pub ms: f64,
    pub legend: [usize; 3],
}

impl View {
    /// The actors of the analysis (none when it was made without them). Read from the full
    /// report: a filtered copy holding its own would carry a deep copy of every actor's
    /// mentions and labels into the page.
    pub fn actors(&self) -> Option<&[Actor]> {
        self.full.actors.as_deref()
    }

    /// The highlights' nesting, built when first needed: a text in blocks with the reading view
    /// off draws none, and for 2 MB building it (and freeing it at the next analysis) was about
    /// half of the page's 40-50 ms redraw after each pause in typing.
    pub fn layout(&self) -> &Layout {
        self.layout
            .get_or_init(|| layout::build(&self.text, &self.report.flags, &self.full.quotes))
    }

    /// Whether the text box still holds the text this view was made from.
    pub fn fits(&self, ta: &web_sys::HtmlTextAreaElement) -> bool {
        crate::blocks::text_of(ta) == self.js
    }
}

impl PartialEq for View {
    fn eq(&self, o: &Self) -> bool {
        self.serial == o.serial
    }
}

/// Elements written by `write` into a detached `<tag class>`, as a node yew inserts as is.
pub fn build_nodes(tag: &str, class: &str, write: impl FnOnce(&mut dom::DomSink)) -> Html {
    let Some(mut sink) = dom::DomSink::new(tag, class) else {
        return Html::default();
    };
    write(&mut sink);
    sink.finish()
        .map_or_else(Html::default, |el| Html::VRef(el.into()))
}

/// `reading`: build the reading view's article too (it is optional, and as costly as the rest).
pub fn build_view(full: &Full, filter: &Filter, aside: &SetAside, reading: bool) -> View {
    let unfiltered = *filter == Filter::default() && aside == &SetAside::default();
    let report = if unfiltered {
        full.report.clone()
    } else {
        Rc::new(model::view(&full.report, &full.text, filter, aside))
    };
    let layout = OnceCell::new();
    let lay =
        || layout.get_or_init(|| layout::build(&full.text, &report.flags, &full.report.quotes));
    // Heights of what is on screen now, so a rebuild keeps the reader's place (see article.rs).
    let chunks = dom::heights("#article .chunk[data-k]");
    let items = dom::heights("ol.issue-list li[data-k]");
    let issues = build_nodes("div", "issues-box", |sink| {
        article::write_issue_list(sink, &report, ISSUES_LISTED, &|k| items.take(k))
    });
    let article = if !reading {
        Html::default()
    } else {
        build_nodes("div", "chunks", |sink| {
            article::write_article(
                sink,
                &full.text,
                &report,
                lay(),
                &|k| chunks.take(k),
                For::Reading,
            )
        })
    };
    // Behind the text box the whole text is laid out at once (it must break lines exactly as
    // the box does), so a very long text is shown without highlights there.
    let editor = (full.text.len() <= EDITOR_MAX_BYTES).then(|| {
        build_nodes("div", "chunks", |sink| {
            article::write_article(sink, &full.text, &report, lay(), &|_| None, For::Editor)
        })
    });
    View {
        serial: next_serial(),
        article,
        issues,
        editor,
        text: full.text.clone(),
        js: full.js.clone(),
        legend: model::legend_counts(&full.report, &full.text, filter.include_quoted, aside),
        report,
        full: full.report.clone(),
        layout,
        engine: full.engine.clone(),
        ms: full.ms,
    }
}

/// Analyses `text` on this thread (see `worker::request_analysis` for the page's entry point).
pub fn analyze(text: &str, engine: &Engine, ask: Ask) -> Result<Full, String> {
    analyze_with(text, text.into(), engine, ask)
}

/// `analyze` for a text the caller also has as a JavaScript string (`js`).
pub fn analyze_with(
    text: &str,
    js: js_sys::JsString,
    engine: &Engine,
    ask: Ask,
) -> Result<Full, String> {
    let t0 = dom::now();
    let report = report_of(text, engine, ask)?;
    Ok(Full::new(text.into(), js, report, engine.clone(), t0))
}

/// The report alone (compare mode keeps no `Full`: wrapping it in one and unwrapping it again
/// carried a deep copy of a report into the page for a case that never happens).
pub fn report_of(text: &str, engine: &Engine, ask: Ask) -> Result<Report, String> {
    let opts = Options {
        actors: ask.actors,
        ..Options::default()
    };
    engine.analyze(text, &opts).map_err(|e| e.to_string())
}

impl Full {
    /// `t0`: when the analysis was asked for (`dom::now()`), for the time shown.
    pub fn new(
        text: Rc<str>,
        js: js_sys::JsString,
        report: Report,
        engine: Engine,
        t0: f64,
    ) -> Full {
        Full {
            serial: next_serial(),
            text,
            js,
            report: Rc::new(report),
            engine,
            ms: dom::now() - t0,
        }
    }
}
