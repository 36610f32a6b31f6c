//! Rendering reports: text for people, JSON for tools, and the score explanation.

use std::fmt::Display;
use std::io::{self, IsTerminal, Write};

use anstyle::{AnsiColor, Style};
use slant_core::{score, Category, Flag, Report, Scores, Stats, Voice};

use crate::args::ColorChoice;

/// Longest flag text shown in text output; whole-sentence flags are cut to this.
const MAX_SHOWN_CHARS: usize = 72;

/// Decides colour the way `anstream` does: an explicit `--color` wins; under `auto`, NO_COLOR
/// turns colour off, CLICOLOR_FORCE turns it on, otherwise only a terminal that is not "dumb".
pub fn use_color(choice: ColorChoice, is_terminal: bool) -> bool {
    let set = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty() && v != "0");
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) {
                false
            } else if set("CLICOLOR_FORCE") {
                true
            } else if std::env::var_os("CLICOLOR").is_some_and(|v| v == "0") {
                false
            } else {
                is_terminal && std::env::var_os("TERM").is_none_or(|t| t != "dumb")
            }
        }
    }
}

pub fn stdout_color(choice: ColorChoice) -> bool {
    use_color(choice, io::stdout().is_terminal())
}

pub fn stderr_color(choice: ColorChoice) -> bool {
    use_color(choice, io::stderr().is_terminal())
}

/// Applies styles only when colour is on.
#[derive(Debug, Clone, Copy)]
pub struct Painter {
    pub on: bool,
}

pub struct Painted<'a, T: Display>(&'a Painter, Style, T);

impl<T: Display> Display for Painted<'_, T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.0.on {
            write!(f, "{}{}{}", self.1.render(), self.2, self.1.render_reset())
        } else {
            write!(f, "{}", self.2)
        }
    }
}

impl Painter {
    pub fn paint<T: Display>(&self, style: Style, t: T) -> Painted<'_, T> {
        Painted(self, style, t)
    }
}

pub const BOLD: Style = Style::new().bold();
pub const DIM: Style = Style::new().dimmed();
pub const RED: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Red)));
pub const GREEN: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Green)));
const YELLOW: Style = Style::new().fg_color(Some(anstyle::Color::Ansi(AnsiColor::Yellow)));

fn category_style(c: Category) -> Style {
    let color = match c {
        Category::LoadedLanguage => AnsiColor::Yellow,
        Category::AnonymousSource => AnsiColor::Magenta,
        Category::UnattributedAssertion => AnsiColor::Cyan,
    };
    Style::new().fg_color(Some(anstyle::Color::Ansi(color)))
}

fn score_style(overall: f64) -> Style {
    if overall >= 50.0 {
        RED.bold()
    } else if overall >= 20.0 {
        YELLOW.bold()
    } else {
        GREEN.bold()
    }
}

/// One line of flag text: whitespace runs collapsed, cut at `MAX_SHOWN_CHARS` on a char boundary.
fn shown(text: &str) -> String {
    let mut s = String::with_capacity(text.len().min(MAX_SHOWN_CHARS * 4));
    let mut n = 0;
    for word in text.split_whitespace() {
        if n > 0 {
            s.push(' ');
            n += 1;
        }
        for ch in word.chars() {
            if n >= MAX_SHOWN_CHARS {
                s.push('…');
                return s;
            }
            s.push(ch);
            n += 1;
        }
    }
    s
}

/// The flags and the score summary of one article, as `path:line:col  category/kind  "text"
/// message → suggestion` lines.
pub fn text_report(
    out: &mut impl Write,
    p: &Painter,
    label: &str,
    report: &Report,
    categories: &[Category],
) -> io::Result<()> {
    for f in &report.flags {
        flag_line(out, p, label, f)?;
    }
    text_summary(
        out,
        p,
        label,
        &report.stats,
        &report.scores,
        categories,
        report.flags.is_empty(),
    )
}

/// One flag's line of text output.
pub fn flag_line(out: &mut impl Write, p: &Painter, label: &str, f: &Flag) -> io::Result<()> {
    write!(
        out,
        "{}  {}  \"{}\"  {}",
        p.paint(BOLD, format_args!("{}:{}:{}", label, f.line, f.column)),
        p.paint(
            category_style(f.category),
            format_args!("{}/{}", f.category.as_str(), f.kind)
        ),
        shown(&f.text),
        f.message,
    )?;
    if !f.suggestions.is_empty() {
        write!(
            out,
            " {} {}",
            p.paint(DIM, "→"),
            p.paint(GREEN, f.suggestions.join(" | "))
        )?;
    }
    match (f.voice, &f.speaker) {
        (Voice::Quoted, Some(sp)) => write!(
            out,
            "  {}",
            p.paint(DIM, format_args!("[in quote: {}]", shown(&sp.text)))
        )?,
        (Voice::Quoted, None) => write!(out, "  {}", p.paint(DIM, "[in quote]"))?,
        (Voice::Attributed, _) => write!(out, "  {}", p.paint(DIM, "[attributed]"))?,
        (Voice::Outlet, _) => {}
    }
    writeln!(out, "{}", p.paint(DIM, format_args!("  ({})", f.rule)))
}

/// The score summary under an article's flags.
pub fn text_summary(
    out: &mut impl Write,
    p: &Painter,
    label: &str,
    s: &Stats,
    scores: &Scores,
    categories: &[Category],
    no_flags: bool,
) -> io::Result<()> {
    if s.words == 0 {
        writeln!(
            out,
            "{}: empty input (no words): nothing to analyse; score {}",
            p.paint(BOLD, label),
            p.paint(score_style(0.0), "0.0/100")
        )?;
        return Ok(());
    }
    writeln!(
        out,
        "{}: score {}  ({} word{}, {} sentence{}{})",
        p.paint(BOLD, label),
        p.paint(
            score_style(scores.overall),
            format_args!("{:.1}/100", scores.overall)
        ),
        s.words,
        if s.words == 1 { "" } else { "s" },
        s.sentences,
        if s.sentences == 1 { "" } else { "s" },
        if no_flags { ", no flags" } else { "" },
    )?;
    for c in Category::ALL {
        let name = format!("{:<24}", c.label());
        if !categories.contains(&c) {
            writeln!(
                out,
                "  {}{}",
                p.paint(DIM, name),
                p.paint(DIM, "not checked")
            )?;
            continue;
        }
        let cs = scores.category(c);
        writeln!(
            out,
            "  {}{:>4} {}  {:>6.1} per 1,000 words",
            p.paint(category_style(c), name),
            cs.count,
            if cs.count == 1 { "flag " } else { "flags" },
            cs.per_1000_words,
        )?;
    }
    Ok(())
}

/// How the overall score was reached, recomputed from the flags with `slant_core::score`'s
/// constants, so that a reader can check every step.
pub fn explain_score(out: &mut impl Write, label: &str, report: &Report) -> io::Result<()> {
    let words = report.stats.words;
    let floored = words.max(score::MIN_WORDS);
    let per = 1000.0 / floored as f64;
    writeln!(out, "How the score of {label} was computed:")?;
    writeln!(
        out,
        "  each flag weighs its entry's weight x a voice factor (outlet's own words {}, attributed {}, in a quotation {}) x its confidence",
        slant_core::detect::voice_factor(Voice::Outlet),
        slant_core::detect::voice_factor(Voice::Attributed),
        slant_core::detect::voice_factor(Voice::Quoted),
    )?;
    writeln!(
        out,
        "  words: {words}; loads are per 1,000 of max(words, {}) = {floored}",
        score::MIN_WORDS
    )?;
    writeln!(
        out,
        "  {:<24}{:>6}{:>10}{:>9}{:>8}{:>14}",
        "category", "flags", "weighted", "load", "factor", "contribution"
    )?;
    let mut r = 0.0;
    for c in Category::ALL {
        let (count, weighted) = report
            .flags
            .iter()
            .filter(|f| f.category == c)
            .fold((0usize, 0.0f64), |(n, w), f| {
                (n + 1, w + f.weight * f.confidence)
            });
        let load = weighted * per;
        let factor = score::category_factor(c);
        r += factor * load;
        writeln!(
            out,
            "  {:<24}{:>6}{:>10.2}{:>9.2}{:>8}{:>14.2}",
            c.as_str(),
            count,
            weighted,
            load,
            format!("x{factor}"),
            factor * load
        )?;
    }
    let overall = 100.0 * (1.0 - (-r / score::SCALE).exp());
    writeln!(out, "  R = sum of contributions = {r:.2}")?;
    writeln!(
        out,
        "  overall = 100 x (1 - exp(-R / {})) = 100 x (1 - exp({:.3})) = {:.1}",
        score::SCALE,
        -r / score::SCALE,
        overall
    )?;
    if ((overall * 10.0).round() / 10.0 - report.scores.overall).abs() > 0.051 {
        writeln!(
            out,
            "  note: the report says {:.1}; the difference comes from rounding of flag weights",
            report.scores.overall
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shown_collapses_and_cuts() {
        assert_eq!(shown("a\n  b"), "a b");
        let long = "é".repeat(200);
        let s = shown(&long);
        assert_eq!(s.chars().count(), MAX_SHOWN_CHARS + 1);
        assert!(s.ends_with('…'));
    }

    #[test]
    fn explained_score_matches_the_report() {
        let text = "The notorious regime massacred protesters, officials said. The dictator clearly masterminded it.";
        let r = slant_core::analyze(text).unwrap();
        let mut buf = Vec::new();
        explain_score(&mut buf, "t", &r).unwrap();
        let s = String::from_utf8(buf).unwrap();
        assert!(s.contains(&format!("= {:.1}\n", r.scores.overall)), "{s}");
        assert!(!s.contains("note:"), "{s}");
    }
}
