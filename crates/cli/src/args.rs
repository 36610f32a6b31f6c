//! Command-line arguments (clap derive).

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use slant_core::Category;

#[derive(Debug, Parser)]
#[command(
    name = "slant",
    version,
    about = "Shows how a news article frames its subject: loaded language, anonymous sourcing, unattributed assertions.",
    after_help = "Exit codes: 0 ok, 1 an article scored above --fail-over, 2 an error (the message says what to do)."
)]
pub struct Cli {
    /// When to colour the output. `auto` colours a terminal unless NO_COLOR is set.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Analyse articles and report flags and scores.
    Check(CheckArgs),
    /// Show the wordlists with their entry counts.
    Lists(ListArgs),
    /// Explain a rule: `slant explain pejorative/notorious` or `slant explain notorious`.
    Explain(ExplainArgs),
    /// Who each article talks about and what it calls them: actors, labels, speech.
    Actors(FrameArgs),
    /// Two or more articles side by side: shared actors and their labels, loaded-language and
    /// sourcing profiles.
    Compare(FrameArgs),
}

#[derive(Debug, Args)]
pub struct FrameArgs {
    /// Article files; `-` or nothing reads standard input. With --jsonl: JSONL files, one
    /// article per line.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format: `text` for people (default), `json`, `ndjson` (compact, one per line; the
    /// default for `actors --jsonl`).
    #[arg(long, value_enum)]
    pub format: Option<FrameFormat>,

    /// Read JSON Lines: one object per line with `id` and `text`.
    #[arg(long)]
    pub jsonl: bool,

    /// Add a wordlist (a TOML list file, or a directory of them); repeatable.
    #[arg(long = "wordlist", value_name = "PATH")]
    pub wordlists: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FrameFormat {
    Text,
    Json,
    Ndjson,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Files or directories (walked recursively for .txt and .md files); `-` or nothing reads
    /// standard input. With --jsonl: JSONL files (`-` for standard input).
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,

    /// Output format: `text` for people (default), `json` (one pretty report, or an array for
    /// several files), `ndjson` (one compact report per line; the default with --jsonl).
    #[arg(long, value_enum)]
    pub format: Option<Format>,

    /// Read JSON Lines: one object per line with `id` and `text` (other fields are ignored).
    /// Prints one report per line, in input order; a malformed line gets an error object
    /// {"schema_version":1,"id":…,"line":N,"error":"…"} in its place.
    #[arg(long)]
    pub jsonl: bool,

    /// Only these categories (comma list: loaded_language, anonymous_source, unattributed_assertion;
    /// short forms loaded, anonymous, unattributed).
    #[arg(long, value_delimiter = ',', value_parser = parse_category, value_name = "CATS")]
    pub only: Vec<Category>,

    /// Leave out these categories (comma list, as for --only).
    #[arg(long, value_delimiter = ',', value_parser = parse_category, value_name = "CATS")]
    pub exclude: Vec<Category>,

    /// Drop flags inside quotations (they are neither reported nor scored).
    #[arg(long)]
    pub no_quoted: bool,

    /// Add a wordlist (a TOML list file, or a directory of them); repeatable.
    #[arg(long = "wordlist", value_name = "PATH")]
    pub wordlists: Vec<PathBuf>,

    /// Exit with code 1 when any article's overall score (0-100) is above SCORE.
    #[arg(long, value_name = "SCORE", value_parser = parse_score)]
    pub fail_over: Option<f64>,

    /// Show how each overall score was computed (on stderr for json/ndjson output).
    #[arg(long)]
    pub explain: bool,

    /// With --jsonl: the longest line read (bytes; K, M, G suffixes allowed). A longer line gets
    /// an error object in its place and is skipped; memory stays bounded by this limit.
    #[arg(long, value_name = "BYTES", default_value = "16M", value_parser = parse_bytes)]
    pub max_line_bytes: usize,

    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    pub jobs: Option<usize>,

    /// Add `actors` to the JSON report: who the article talks about and what it calls them
    /// (as `slant actors` shows).
    #[arg(long)]
    pub actors: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Also show these wordlists (TOML files or directories); repeatable.
    #[arg(long = "wordlist", value_name = "PATH")]
    pub wordlists: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// `list-id/term`, `kind/term`, a bare term ("notorious"), or a `rule:` name from a report.
    #[arg(value_name = "RULE")]
    pub rule: String,

    /// Also search these wordlists (TOML files or directories); repeatable.
    #[arg(long = "wordlist", value_name = "PATH")]
    pub wordlists: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
    Ndjson,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

fn parse_category(s: &str) -> Result<Category, String> {
    Category::parse(s).ok_or_else(|| {
        format!("unknown category {s:?}; use loaded_language, anonymous_source or unattributed_assertion")
    })
}

fn parse_bytes(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let (digits, unit) = match t.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => (&t[..i], c.to_ascii_uppercase()),
        _ => (t, 'B'),
    };
    let shift = match unit {
        'B' => 0,
        'K' => 10,
        'M' => 20,
        'G' => 30,
        _ => {
            return Err(format!(
                "{s:?}: use a number of bytes, optionally with K, M or G"
            ))
        }
    };
    digits
        .trim()
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_mul(1usize << shift))
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("{s:?} is not a size; give bytes such as 1048576, 512K or 16M"))
}

fn parse_score(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(v) if (0.0..=100.0).contains(&v) => Ok(v),
        _ => Err(format!("{s:?} is not a score; give a number from 0 to 100")),
    }
}
