//! `slant lists` and `slant explain`.

use std::io::{self, Write};

use slant_core::lexicon::{inflections, CompiledEntry};
use slant_core::wordlist::known_kinds;
use slant_core::{Category, Lexicon, ListCategory};

use crate::render::{Painter, BOLD, DIM, GREEN, RED};

/// Prints a table of the lists: id, category, kind, entries, description.
pub fn print_lists(out: &mut impl Write, p: &Painter, lex: &Lexicon) -> io::Result<()> {
    let rows: Vec<[String; 5]> = lex
        .lists
        .iter()
        .map(|l| {
            [
                l.id.clone(),
                l.category.to_string(),
                l.kind.clone(),
                l.entries.len().to_string(),
                l.description.clone(),
            ]
        })
        .collect();
    let head = ["LIST", "CATEGORY", "KIND", "ENTRIES", "DESCRIPTION"];
    let mut w = head.map(str::len);
    for r in &rows {
        for i in 0..4 {
            w[i] = w[i].max(r[i].chars().count());
        }
    }
    let line = |r: [&str; 5]| {
        format!(
            "{:<w0$}  {:<w1$}  {:<w2$}  {:>w3$}  {}",
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            w0 = w[0],
            w1 = w[1],
            w2 = w[2],
            w3 = w[3]
        )
    };
    writeln!(out, "{}", p.paint(BOLD, line(head)))?;
    for r in &rows {
        writeln!(
            out,
            "{}",
            line([&r[0], &r[1], &r[2], &r[3], &r[4]]).trim_end()
        )?;
    }
    let flagging = lex
        .lists
        .iter()
        .filter(|l| l.category != ListCategory::Cue)
        .count();
    writeln!(
        out,
        "{}",
        p.paint(
            DIM,
            format!(
                "{} lists ({} flagging, {} cue lists read by the detectors), {} entries. `slant explain TERM` shows an entry.",
                lex.lists.len(),
                flagging,
                lex.lists.len() - flagging,
                lex.entries.len()
            )
        )
    )?;
    Ok(())
}

/// Whether `term` (lower case) names this entry: its term, a variant, or an inflected form.
fn names_entry(e: &CompiledEntry, term: &str) -> bool {
    let t = e.entry.term.to_lowercase();
    t == term
        || e.entry.variants.iter().any(|v| v.to_lowercase() == term)
        || (e.entry.inflect && inflections(&t).iter().any(|f| f == term))
}

/// Entries a rule names: `list-id/term` exactly, `list-id|kind|category/term`, or a bare term
/// (every list that has it).
pub fn find<'a>(lex: &'a Lexicon, rule: &str) -> Vec<&'a CompiledEntry> {
    let q = rule.trim().to_lowercase();
    if let Some(e) = lex.entries.iter().find(|e| e.rule == q) {
        return vec![e];
    }
    let (prefix, term) = match q.split_once('/') {
        Some((p, t)) => (Some(p.trim()), t.trim()),
        None => (None, q.as_str()),
    };
    lex.entries
        .iter()
        .filter(|e| names_entry(e, term))
        .filter(|e| {
            prefix.is_none_or(|p| {
                let l = &lex.lists[e.list];
                l.id == p
                    || e.entry.kind == p
                    || e.category.to_string() == p
                    || Category::parse(p).is_some_and(|c| e.category == ListCategory::Flag(c))
            })
        })
        .collect()
}

/// Prints everything known about an entry.
pub fn print_entry(
    out: &mut impl Write,
    p: &Painter,
    lex: &Lexicon,
    e: &CompiledEntry,
) -> io::Result<()> {
    let l = &lex.lists[e.list];
    let en = &e.entry;
    let field = |name: &str| format!("  {:<14}", format!("{name}:"));
    writeln!(out, "{}", p.paint(BOLD, &e.rule))?;
    writeln!(out, "{}{}", field("term"), en.term)?;
    if !en.variants.is_empty() {
        writeln!(out, "{}{}", field("variants"), en.variants.join(", "))?;
    }
    writeln!(
        out,
        "{}{}{}",
        field("list"),
        l.id,
        if l.description.is_empty() {
            String::new()
        } else {
            format!(" — {}", l.description)
        }
    )?;
    writeln!(out, "{}{}", field("category"), e.category)?;
    writeln!(out, "{}{}", field("kind"), en.kind)?;
    writeln!(out, "{}{}", field("weight"), en.weight)?;
    writeln!(
        out,
        "{}{}",
        field("inflected"),
        if en.inflect {
            "yes (plural, past and -ing forms match too)"
        } else {
            "no (only the forms written)"
        }
    )?;
    if !en.explain.is_empty() {
        writeln!(out, "{}{}", field("explanation"), en.explain)?;
    }
    if !en.suggest.is_empty() {
        writeln!(
            out,
            "{}{}",
            field("suggestions"),
            p.paint(GREEN, en.suggest.join(" | "))
        )?;
    }
    if !en.unless.is_empty() {
        let u: Vec<String> = en.unless.iter().map(|u| format!("\"{u}\"")).collect();
        writeln!(out, "{}not in {}", field("unless"), u.join(", "))?;
    }
    for ex in &en.flag_examples {
        writeln!(out, "{}{}", field("flags"), ex)?;
    }
    for ex in &en.pass_examples {
        writeln!(out, "{}{}", field("passes"), ex)?;
    }
    if !l.source.is_empty() {
        writeln!(out, "{}{}", field("source"), l.source)?;
    }
    writeln!(
        out,
        "{}{}",
        field("defined at"),
        p.paint(DIM, format!("{}:{}", l.origin, en.line))
    )?;
    Ok(())
}

/// The detector rules that are not list entries (`rule:` ids in reports).
fn explain_builtin_rule(
    out: &mut impl Write,
    p: &Painter,
    lex: &Lexicon,
    rule: &str,
) -> io::Result<bool> {
    let Some(kind) = rule.strip_prefix("rule:unattributed-") else {
        return Ok(false);
    };
    let kind = kind.replace('-', "_");
    let mut kinds: Vec<&str> = known_kinds(ListCategory::Flag(Category::UnattributedAssertion))
        .split(' ')
        .collect();
    kinds.push("loaded_wording");
    if !kinds.contains(&kind.as_str()) {
        return Ok(false);
    }
    writeln!(out, "{}", p.paint(BOLD, rule))?;
    writeln!(out, "  {:<14}unattributed_assertion", "category:")?;
    writeln!(out, "  {:<14}{kind}", "kind:")?;
    writeln!(
        out,
        "  {:<14}A sentence in the outlet's own voice (not quoted, not attributed to anyone) that states something contestable. The whole sentence is flagged; its triggers say why.",
        "explanation:"
    )?;
    let trigger = match kind.as_str() {
        "loaded_wording" => "loaded labels or judgements in the outlet's voice (up to one point each by entry weight; commentary and puffery half)".to_string(),
        "certainty" => "a certainty frame (half a point) with more evidence in the sentence".to_string(),
        k => format!("an unattributed_assertion entry of kind {k} (one point, enough alone)"),
    };
    writeln!(
        out,
        "  {:<14}{} points of evidence in one sentence, each word counted once; one doubtful word is not enough",
        "fires at:",
        slant_core::detect::assertion::ASSERTION_THRESHOLD
    )?;
    writeln!(out, "  {:<14}{trigger}", "triggered by:")?;
    let examples: Vec<&str> = lex
        .entries
        .iter()
        .filter(|e| {
            e.category == ListCategory::Flag(Category::UnattributedAssertion)
                && e.entry.kind == kind
        })
        .map(|e| e.rule.as_str())
        .take(8)
        .collect();
    if !examples.is_empty() {
        writeln!(out, "  {:<14}{}", "entries:", examples.join(", "))?;
    }
    writeln!(
        out,
        "  {:<14}Name who makes the claim, or cite the evidence for it.",
        "suggestion:"
    )?;
    Ok(true)
}

/// Runs `slant explain`; returns the exit code.
pub fn explain(
    out: &mut impl Write,
    p: &Painter,
    err_p: &Painter,
    lex: &Lexicon,
    rule: &str,
) -> io::Result<i32> {
    let q = rule.trim().to_lowercase();
    if q.starts_with("rule:") && explain_builtin_rule(out, p, lex, &q)? {
        return Ok(0);
    }
    let found = find(lex, &q);
    if found.is_empty() {
        let close = closest(lex, &q);
        let hint = if close.is_empty() {
            "run `slant lists` to see the lists".to_string()
        } else {
            format!("did you mean {}?", close.join(", "))
        };
        out.flush()?;
        say!(
            "{} no rule or term {:?}; {hint}",
            err_p.paint(RED.bold(), "slant: error:"),
            rule
        );
        return Ok(2);
    }
    for (i, e) in found.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        print_entry(out, p, lex, e)?;
    }
    Ok(0)
}

/// Up to five rules or terms close to `q` by edit distance.
fn closest(lex: &Lexicon, q: &str) -> Vec<String> {
    let term_q = q.rsplit('/').next().unwrap_or(q);
    let limit = (q.chars().count() / 3).max(2);
    let mut scored: Vec<(usize, &str)> = lex
        .entries
        .iter()
        .map(|e| {
            let d = levenshtein(q, &e.rule).min(levenshtein(term_q, &e.entry.term.to_lowercase()));
            (d, e.rule.as_str())
        })
        .filter(|(d, _)| *d <= limit)
        .collect();
    scored.sort();
    scored.dedup_by(|a, b| a.1 == b.1);
    scored
        .into_iter()
        .take(5)
        .map(|(_, r)| r.to_string())
        .collect()
}

fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.iter().enumerate() {
        cur[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex() -> &'static Lexicon {
        slant_core::Analyzer::builtin().unwrap().lexicon()
    }

    #[test]
    fn finds_by_rule_term_and_inflection() {
        let l = lex();
        assert_eq!(
            find(l, "pejorative/notorious")[0].rule,
            "pejorative/notorious"
        );
        assert_eq!(find(l, "Notorious")[0].rule, "pejorative/notorious");
        assert_eq!(find(l, "claimed")[0].entry.term, "claim");
        assert_eq!(find(l, "attribution_verb/claim")[0].entry.term, "claim");
        assert!(find(l, "anonymous_source/notorious").is_empty());
    }

    #[test]
    fn suggests_close_rules() {
        assert!(closest(lex(), "notorius")
            .iter()
            .any(|r| r == "pejorative/notorious"));
        assert_eq!(levenshtein("kitten", "sitting"), 3);
    }
}
