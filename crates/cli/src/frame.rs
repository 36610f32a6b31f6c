//! `slant actors` and `slant compare`: who each article talks about and what it calls them, and
//! two or more articles side by side. The analysis is the core's; this reads inputs and renders.

use std::io::{self, BufRead, Write};

use serde::Serialize;
use slant_core::frame::{self, Actor, Comparison, LabelVoice};
use slant_core::{Analyzer, Options, Report};

use crate::args::{FrameArgs, FrameFormat};
use crate::input::{self, Source};
use crate::render::{Painter, BOLD, DIM, RED};

/// One article read from the inputs.
struct Article {
    label: String,
    id: Option<String>,
    text: String,
}

/// Reads files, standard input or (with --jsonl) one article per JSON line. Errors name the input
/// and, for JSONL, the line.
fn read_articles(args: &FrameArgs) -> Result<Vec<Article>, String> {
    let mut out = Vec::new();
    for src in input::collect(&args.paths, false) {
        let src = src.map_err(|e| e.to_string())?;
        if !args.jsonl {
            let text = input::read_text(&src).map_err(|e| e.to_string())?;
            out.push(Article {
                label: src.label(),
                id: src.id(),
                text,
            });
            continue;
        }
        let origin = src.label();
        let reader: Box<dyn BufRead> = match &src {
            Source::Stdin => Box::new(io::BufReader::new(io::stdin())),
            Source::File { path, .. } => Box::new(io::BufReader::new(
                std::fs::File::open(path).map_err(|e| format!("{origin}: cannot read: {e}"))?,
            )),
        };
        for (n, line) in reader.split(b'\n').enumerate() {
            let at = format!("{origin}:{}", n + 1);
            let line = line.map_err(|e| format!("{at}: cannot read: {e}"))?;
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let v: serde_json::Value = serde_json::from_slice(&line)
                .map_err(|e| format!("{at}: not a JSON object with \"id\" and \"text\" ({e})"))?;
            let text = v
                .get("text")
                .and_then(|t| t.as_str())
                .ok_or_else(|| format!("{at}: no \"text\" string"))?;
            let id = match v.get("id") {
                None | Some(serde_json::Value::Null) => None,
                Some(serde_json::Value::String(s)) => Some(s.clone()),
                Some(other) => Some(other.to_string()),
            };
            out.push(Article {
                label: id.clone().unwrap_or_else(|| at.clone()),
                id,
                text: text.to_string(),
            });
        }
    }
    Ok(out)
}

fn analyse(analyzer: &Analyzer, articles: &[Article]) -> Result<Vec<Report>, String> {
    articles
        .iter()
        .map(|a| {
            let opts = Options {
                id: a.id.clone(),
                actors: true,
                ..Options::default()
            };
            analyzer
                .analyze(&a.text, &opts)
                .map_err(|e| format!("{}: {e}", a.label))
        })
        .collect()
}

fn fail(err_p: &Painter, msg: &str) -> i32 {
    say!("{} {msg}", err_p.paint(RED.bold(), "slant: error:"));
    2
}

#[derive(Serialize)]
struct ActorsJson<'a> {
    schema_version: u32,
    id: Option<&'a str>,
    actors: &'a [Actor],
}

/// `slant actors`: a table per article, or JSON (`{"schema_version","id","actors"}`; an array
/// for several articles; one per line with --jsonl).
pub fn actors(
    args: &FrameArgs,
    analyzer: &Analyzer,
    p: &Painter,
    err_p: &Painter,
) -> io::Result<i32> {
    let reports = match read_articles(args).and_then(|a| analyse(analyzer, &a).map(|r| (a, r))) {
        Ok(r) => r,
        Err(e) => return Ok(fail(err_p, &e)),
    };
    let (articles, reports) = reports;
    let mut out = io::BufWriter::new(io::stdout().lock());
    let format = args.format.unwrap_or(if args.jsonl {
        FrameFormat::Ndjson
    } else {
        FrameFormat::Text
    });
    let items: Vec<ActorsJson> = reports
        .iter()
        .map(|r| ActorsJson {
            schema_version: slant_core::report::SCHEMA_VERSION,
            id: r.id.as_deref(),
            actors: r.actors.as_deref().unwrap_or(&[]),
        })
        .collect();
    match format {
        FrameFormat::Json if items.len() == 1 => {
            serde_json::to_writer_pretty(&mut out, &items[0])?;
            writeln!(out)?;
        }
        FrameFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &items)?;
            writeln!(out)?;
        }
        FrameFormat::Ndjson => {
            for i in &items {
                serde_json::to_writer(&mut out, i)?;
                writeln!(out)?;
            }
        }
        FrameFormat::Text => {
            for (i, (a, item)) in articles.iter().zip(&items).enumerate() {
                if i > 0 {
                    writeln!(out)?;
                }
                actors_table(&mut out, p, &a.label, item.actors)?;
            }
        }
    }
    out.flush()?;
    Ok(0)
}

fn voice(l: LabelVoice, speaker: Option<&str>) -> String {
    match (l, speaker) {
        (LabelVoice::Outlet, _) => "outlet".into(),
        (LabelVoice::Self_, _) => "self".into(),
        (LabelVoice::Attributed, Some(s)) => format!("by {s}"),
        (LabelVoice::Attributed, None) => "attributed".into(),
        (LabelVoice::Quoted, Some(s)) => format!("quoting {s}"),
        (LabelVoice::Quoted, None) => "quoted".into(),
    }
}

/// Actors with at least this many mentions, or any label or speech, are listed.
const MIN_MENTIONS: usize = 2;

fn actors_table(
    out: &mut impl Write,
    p: &Painter,
    label: &str,
    actors: &[Actor],
) -> io::Result<()> {
    let shown: Vec<&Actor> = actors
        .iter()
        .filter(|a| a.mentions.len() >= MIN_MENTIONS || !a.labels.is_empty() || a.speech.count > 0)
        .collect();
    writeln!(
        out,
        "{}  {} actors ({} shown: mentioned twice, labelled or quoted)",
        p.paint(BOLD, label),
        actors.len(),
        shown.len()
    )?;
    if shown.is_empty() {
        return Ok(());
    }
    writeln!(
        out,
        "{}",
        p.paint(
            DIM,
            format!(
                "  {:<32} {:>8}  {}",
                "ACTOR", "MENTIONS", "LABELS (whose words; * loaded)"
            )
        )
    )?;
    for a in shown {
        let mut name = a.name.clone();
        if !a.aliases.is_empty() {
            name = format!("{name} ({})", a.aliases.join(", "));
        }
        if name.chars().count() > 32 {
            name = name.chars().take(31).chain(['…']).collect();
        }
        let labels: Vec<String> = a
            .labels
            .iter()
            .map(|l| {
                format!(
                    "\"{}\"{} ({})",
                    l.text,
                    if l.loaded { "*" } else { "" },
                    voice(l.voice, l.speaker.as_ref().map(|s| s.text.as_str()))
                )
            })
            .collect();
        let first = labels.first().cloned().unwrap_or_else(|| "-".into());
        writeln!(out, "  {:<32} {:>8}  {first}", name, a.mentions.len())?;
        for l in labels.iter().skip(1) {
            writeln!(out, "  {:<32} {:>8}  {l}", "", "")?;
        }
        if a.speech.count > 0 {
            let verbs: Vec<String> = a
                .speech
                .verbs
                .iter()
                .map(|v| format!("{} {}", v.verb, v.count))
                .collect();
            writeln!(
                out,
                "  {:<32} {:>8}  speaks {}x ({} named, {} anonymous): {}",
                "",
                "",
                a.speech.count,
                a.speech.named,
                a.speech.anonymous,
                verbs.join(", ")
            )?;
        }
    }
    Ok(())
}

/// `slant compare`: two or more articles side by side, or the comparison as JSON.
pub fn compare(
    args: &FrameArgs,
    analyzer: &Analyzer,
    p: &Painter,
    err_p: &Painter,
) -> io::Result<i32> {
    let (articles, reports) =
        match read_articles(args).and_then(|a| analyse(analyzer, &a).map(|r| (a, r))) {
            Ok(r) => r,
            Err(e) => return Ok(fail(err_p, &e)),
        };
    if reports.len() < 2 {
        return Ok(fail(
            err_p,
            &format!(
                "compare needs at least two articles, got {}; give two files, or a JSONL file with two lines or more",
                reports.len()
            ),
        ));
    }
    let refs: Vec<&Report> = reports.iter().collect();
    let cmp = frame::compare(&refs);
    let mut out = io::BufWriter::new(io::stdout().lock());
    match args.format.unwrap_or(FrameFormat::Text) {
        FrameFormat::Json => {
            serde_json::to_writer_pretty(&mut out, &cmp)?;
            writeln!(out)?;
        }
        FrameFormat::Ndjson => {
            serde_json::to_writer(&mut out, &cmp)?;
            writeln!(out)?;
        }
        FrameFormat::Text => {
            let labels: Vec<&str> = articles.iter().map(|a| a.label.as_str()).collect();
            side_by_side(&mut out, p, &labels, &cmp)?;
        }
    }
    out.flush()?;
    Ok(0)
}

/// Width of the row names in side-by-side output, and of the whole table.
const HEAD: usize = 22;
const WIDTH: usize = 118;

/// Prints one row: a name, then each article's cell wrapped to its column.
fn row(out: &mut impl Write, head: &str, cells: &[String]) -> io::Result<()> {
    let col = ((WIDTH - HEAD) / cells.len().max(1)).max(16) - 2;
    let wrapped: Vec<Vec<String>> = cells.iter().map(|c| wrap(c, col)).collect();
    let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1).max(1);
    for i in 0..lines {
        let h = if i == 0 { head } else { "" };
        write!(out, "{h:<HEAD$}")?;
        for (ci, w) in wrapped.iter().enumerate() {
            let cell = w.get(i).map_or("", String::as_str);
            if ci + 1 == wrapped.len() {
                write!(out, "{cell}")?;
            } else {
                let pad = col - cell.chars().count().min(col);
                write!(out, "{cell}{}| ", " ".repeat(pad + 1))?;
            }
        }
        writeln!(out)?;
    }
    Ok(())
}

/// Greedy word wrap by chars; a word longer than the width is cut.
fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in s.split_whitespace() {
        let word: String = word.chars().take(width).collect();
        let cur = lines.last_mut().expect("never empty");
        let len = cur.chars().count();
        if len > 0 && len + 1 + word.chars().count() > width {
            lines.push(word);
        } else {
            if len > 0 {
                cur.push(' ');
            }
            cur.push_str(&word);
        }
    }
    lines
}

fn side_by_side(
    out: &mut impl Write,
    p: &Painter,
    labels: &[&str],
    c: &Comparison,
) -> io::Result<()> {
    let cells = |f: &dyn Fn(usize) -> String| -> Vec<String> { (0..labels.len()).map(f).collect() };
    let names: Vec<String> = labels
        .iter()
        .enumerate()
        .map(|(i, l)| format!("[{}] {l}", i + 1))
        .collect();
    writeln!(out, "{}", p.paint(BOLD, "Articles"))?;
    row(out, "", &names)?;
    let a = &c.articles;
    row(
        out,
        "overall score",
        &cells(&|i| format!("{:.1}", a[i].overall)),
    )?;
    row(out, "words", &cells(&|i| a[i].words.to_string()))?;
    row(
        out,
        "loaded /1000 words",
        &cells(&|i| {
            format!(
                "{:.1} ({} flags)",
                a[i].loaded_language.per_1000_words, a[i].loaded_language.count
            )
        }),
    )?;
    row(
        out,
        "sources named/anon",
        &cells(&|i| format!("{} / {}", a[i].named_sources, a[i].anonymous_sources)),
    )?;
    row(
        out,
        "attributed sentences",
        &cells(&|i| format!("{:.0}%", a[i].attributed_share * 100.0)),
    )?;
    row(
        out,
        "unattributed /1000",
        &cells(&|i| format!("{:.1}", a[i].unattributed_assertion.per_1000_words)),
    )?;
    row(
        out,
        "attribution verbs",
        &cells(&|i| {
            let v: Vec<String> = a[i]
                .attribution_verbs
                .iter()
                .take(6)
                .map(|v| format!("{} {}", v.verb, v.count))
                .collect();
            if v.is_empty() {
                "-".into()
            } else {
                v.join(", ")
            }
        }),
    )?;
    row(
        out,
        "loaded, only here",
        &cells(&|i| {
            if a[i].only_here.is_empty() {
                "-".into()
            } else {
                a[i].only_here.join(", ")
            }
        }),
    )?;
    writeln!(out)?;
    writeln!(out, "{}", p.paint(BOLD, "Shared actors"))?;
    if let Some(note) = &c.note {
        writeln!(out, "  {note}")?;
    }
    for s in &c.shared_actors {
        writeln!(out, "{}", p.paint(BOLD, &s.name))?;
        row(
            out,
            "  mentions",
            &cells(&|i| {
                s.articles[i]
                    .as_ref()
                    .map_or("-".into(), |x| format!("{} as {}", x.mentions, x.name))
            }),
        )?;
        row(
            out,
            "  labels (*loaded)",
            &cells(&|i| {
                s.articles[i].as_ref().map_or("-".into(), |x| {
                    let l: Vec<String> = x
                        .labels
                        .iter()
                        .map(|l| format!("\"{}\"{}", l.text, if l.loaded { "*" } else { "" }))
                        .collect();
                    if l.is_empty() {
                        "-".into()
                    } else {
                        l.join(", ")
                    }
                })
            }),
        )?;
        let sides = || s.articles.iter().flatten();
        if sides().any(|x| !x.only_here.is_empty()) {
            row(
                out,
                "  only this article",
                &cells(&|i| {
                    s.articles[i]
                        .as_ref()
                        .filter(|x| !x.only_here.is_empty())
                        .map_or("-".into(), |x| x.only_here.join(", "))
                }),
            )?;
        }
        if sides().any(|x| !x.loaded.is_empty()) {
            row(
                out,
                "  loaded, about it",
                &cells(&|i| {
                    s.articles[i]
                        .as_ref()
                        .filter(|x| !x.loaded.is_empty())
                        .map_or("-".into(), |x| x.loaded.join(", "))
                }),
            )?;
        }
        if sides().any(|x| x.speech.count > 0) {
            row(
                out,
                "  speaks",
                &cells(&|i| {
                    s.articles[i].as_ref().map_or("-".into(), |x| {
                        let v: Vec<String> = x
                            .speech
                            .verbs
                            .iter()
                            .map(|v| format!("{} {}", v.verb, v.count))
                            .collect();
                        format!("{}x {}", x.speech.count, v.join(", "))
                    })
                }),
            )?;
        }
    }
    Ok(())
}
