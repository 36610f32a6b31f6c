//! Large reports written piece by piece: the JSON of each piece's flags, sentences and quotes
//! goes to temporary files as the core hands the piece over (`Analyzer::analyze_by_piece`) and
//! the piece is dropped; the scores are summed as the flags pass. The report is then framed
//! from the files, byte for byte as `serde_json` writes the whole `Report`, so memory follows
//! the piece (half a megabyte of text), not the report (which on dense text is a hundred times
//! the text).

use std::fs::File;
use std::io::{self, BufWriter, Seek, Write};

use serde::Serialize;
use slant_core::{
    score::Tally, AnalyzeError, Analyzer, Category, Options, PieceSizes, Scores, Stats,
};

use crate::render::{self, Painter};

/// One JSON array written element by element to a temporary file.
struct SpilledArray {
    file: BufWriter<File>,
    len: usize,
    pretty: bool,
}

impl SpilledArray {
    fn new(pretty: bool) -> io::Result<Self> {
        Ok(SpilledArray {
            file: BufWriter::with_capacity(64 << 10, tempfile::tempfile()?),
            len: 0,
            pretty,
        })
    }

    fn push(&mut self, v: &impl Serialize) -> io::Result<()> {
        if self.pretty {
            // An element of a top-level field's array sits four spaces in.
            self.file
                .write_all(if self.len == 0 { b"\n    " } else { b",\n    " })?;
            serde_json::to_writer_pretty(Indent(&mut self.file, b"    "), v)?;
        } else {
            if self.len > 0 {
                self.file.write_all(b",")?;
            }
            serde_json::to_writer(&mut self.file, v)?;
        }
        self.len += 1;
        Ok(())
    }

    /// Writes `"name": [elements]` (the pretty or compact way) to `out`.
    fn write_field(self, out: &mut impl Write, name: &str) -> io::Result<()> {
        let pretty = self.pretty;
        let empty = self.len == 0;
        if pretty {
            write!(out, ",\n  \"{name}\": [")?;
        } else {
            write!(out, ",\"{name}\":[")?;
        }
        let mut file = self.file.into_inner().map_err(|e| e.into_error())?;
        file.rewind()?;
        io::copy(&mut file, out)?;
        out.write_all(if pretty && !empty { b"\n  ]" } else { b"]" })
    }
}

/// The fields of `Report` before its flags, in its order.
#[derive(Serialize)]
struct Head<'a> {
    schema_version: u32,
    id: &'a Option<String>,
    stats: &'a Stats,
    scores: &'a Scores,
}

/// A report kept in temporary files until it is printed.
pub struct Spilled {
    id: Option<String>,
    stats: Stats,
    pub scores: Scores,
    pretty: bool,
    flags: SpilledArray,
    sentences: SpilledArray,
    quotes: SpilledArray,
}

/// Why a report could not be spilled.
pub enum SpillError {
    Analyze(AnalyzeError),
    /// A temporary file could not be made or written.
    Io(io::Error),
}

impl From<io::Error> for SpillError {
    fn from(e: io::Error) -> Self {
        SpillError::Io(e)
    }
}

/// Analyses `text` a piece at a time into temporary files (in `TMPDIR`), keeping only flags of
/// at least `min_confidence` as `Report::keep_confident` does. `pretty` chooses the layout of
/// `serde_json::to_writer_pretty` over that of `to_writer`.
pub fn spill(
    analyzer: &Analyzer,
    text: &str,
    opts: &Options,
    min_confidence: f64,
    pretty: bool,
) -> Result<Spilled, SpillError> {
    spill_sized(
        analyzer,
        text,
        opts,
        min_confidence,
        pretty,
        PieceSizes::default(),
    )
}

/// `spill` with the given piece sizes (the tests use small ones).
fn spill_sized(
    analyzer: &Analyzer,
    text: &str,
    opts: &Options,
    min_confidence: f64,
    pretty: bool,
    sizes: PieceSizes,
) -> Result<Spilled, SpillError> {
    let mut flags = SpilledArray::new(pretty)?;
    let mut sentences = SpilledArray::new(pretty)?;
    let mut quotes = SpilledArray::new(pretty)?;
    let mut tally = Tally::default();
    let mut failed: Option<io::Error> = None;
    let stats = analyzer
        .analyze_by_piece_sized(text, opts, sizes, |piece| {
            if failed.is_some() {
                return;
            }
            let r = (|| {
                for f in &piece.flags {
                    if min_confidence <= 0.0 || f.confidence >= min_confidence {
                        tally.add(f);
                        flags.push(f)?;
                    }
                }
                piece.sentences.iter().try_for_each(|s| sentences.push(s))?;
                piece.quotes.iter().try_for_each(|q| quotes.push(q))
            })();
            failed = r.err();
        })
        .map_err(SpillError::Analyze)?;
    if let Some(e) = failed {
        return Err(SpillError::Io(e));
    }
    Ok(Spilled {
        id: opts.id.clone(),
        scores: tally.scores(stats.words),
        stats,
        pretty,
        flags,
        sentences,
        quotes,
    })
}

impl Spilled {
    /// Writes the report as `serde_json` writes the whole `Report` (without a final newline).
    pub fn write_to(self, out: &mut impl Write) -> io::Result<()> {
        let head = Head {
            schema_version: slant_core::report::SCHEMA_VERSION,
            id: &self.id,
            stats: &self.stats,
            scores: &self.scores,
        };
        let mut json = if self.pretty {
            serde_json::to_vec_pretty(&head)?
        } else {
            serde_json::to_vec(&head)?
        };
        // The head object stays open for the arrays: its closing brace (and, pretty, the line
        // break before it) goes.
        json.truncate(json.len() - if self.pretty { 2 } else { 1 });
        out.write_all(&json)?;
        self.flags.write_field(out, "flags")?;
        self.sentences.write_field(out, "sentences")?;
        self.quotes.write_field(out, "quotes")?;
        out.write_all(if self.pretty { b"\n}" } else { b"}" })
    }
}

/// A large text's text output: its flag lines in a temporary file, and the summary's figures.
pub struct SpilledText {
    lines: BufWriter<File>,
    stats: Stats,
    pub scores: Scores,
    flags: usize,
}

/// Analyses `text` a piece at a time, writing each kept flag's line of text output (as
/// `render::text_report` writes it) to a temporary file.
pub fn spill_text(
    analyzer: &Analyzer,
    text: &str,
    opts: &Options,
    min_confidence: f64,
    painter: &Painter,
    label: &str,
) -> Result<SpilledText, SpillError> {
    let mut lines = BufWriter::with_capacity(64 << 10, tempfile::tempfile()?);
    let mut tally = Tally::default();
    let mut flags = 0;
    let mut failed: Option<io::Error> = None;
    let stats = analyzer
        .analyze_by_piece(text, opts, |piece| {
            for f in &piece.flags {
                if failed.is_none() && (min_confidence <= 0.0 || f.confidence >= min_confidence) {
                    tally.add(f);
                    flags += 1;
                    failed = render::flag_line(&mut lines, painter, label, f).err();
                }
            }
        })
        .map_err(SpillError::Analyze)?;
    if let Some(e) = failed {
        return Err(SpillError::Io(e));
    }
    Ok(SpilledText {
        lines,
        scores: tally.scores(stats.words),
        stats,
        flags,
    })
}

impl SpilledText {
    /// Writes the flag lines and the summary, as `render::text_report` does.
    pub fn write_to(
        self,
        out: &mut impl Write,
        painter: &Painter,
        label: &str,
        categories: &[Category],
    ) -> io::Result<()> {
        let mut file = self.lines.into_inner().map_err(|e| e.into_error())?;
        file.rewind()?;
        io::copy(&mut file, out)?;
        render::text_summary(
            out,
            painter,
            label,
            &self.stats,
            &self.scores,
            categories,
            self.flags == 0,
        )
    }
}

/// Puts `prefix` after every line break: nested pretty JSON. (serde_json escapes line breaks
/// inside strings, so every raw one is layout.)
pub struct Indent<'p, W: Write>(pub W, pub &'p [u8]);

impl<W: Write> Write for Indent<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while let Some(i) = rest.iter().position(|&b| b == b'\n') {
            self.0.write_all(&rest[..=i])?;
            self.0.write_all(self.1)?;
            rest = &rest[i + 1..];
        }
        self.0.write_all(rest)?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A multi-paragraph text of our own with flags of every category, quotations (one running
    /// on across a paragraph break), an attributed sentence and an ignore region.
    fn article() -> String {
        let paras = [
            "The notorious regime massacred protesters on Tuesday, officials who spoke on condition of anonymity said.",
            "\u{201C}We will never surrender to these thugs,\u{201D} the mayor told reporters. Clearly the plan was a disaster.",
            "\u{201C}It is a shameful day,",
            "\u{201C}and a brutal one,\u{201D} a spokesman said. Sources say the dictator fled.",
            "<!-- slant-disable loaded_language -->\nThe radical scheme collapsed.\n<!-- slant-enable -->",
            "Critics called the budget a scandal. The council met on Friday to discuss the roads.",
        ];
        let mut text = String::from("\u{FEFF}");
        for i in 0..40 {
            text.push_str(paras[i % paras.len()]);
            text.push_str(if i % 7 == 3 { "\r\n\r\n" } else { "\n\n" });
        }
        text
    }

    fn spilled(text: &str, opts: &Options, min: f64, pretty: bool, sizes: PieceSizes) -> Vec<u8> {
        let a = Analyzer::builtin().unwrap();
        let Ok(spilled) = spill_sized(a, text, opts, min, pretty, sizes) else {
            panic!("spilling failed");
        };
        let mut out = Vec::new();
        spilled.write_to(&mut out).unwrap();
        out
    }

    #[test]
    fn spilled_json_is_the_whole_reports_json() {
        let text = article();
        let a = Analyzer::builtin().unwrap();
        let opts = Options {
            id: Some("art \"1\"".into()),
            ..Options::default()
        };
        for min in [0.0, 0.5] {
            let mut whole = a.analyze(&text, &opts).unwrap();
            whole.keep_confident(min);
            assert!(whole.flags.len() > 40 && whole.quotes.len() > 20, "{min}");
            let compact = serde_json::to_vec(&whole).unwrap();
            let pretty = serde_json::to_vec_pretty(&whole).unwrap();
            for piece in [1, 300, 2_000, 1 << 20] {
                let sizes = PieceSizes {
                    piece,
                    ..PieceSizes::default()
                };
                let s = spilled(&text, &opts, min, false, sizes);
                assert!(s == compact, "compact, piece {piece}, min {min}");
                let s = spilled(&text, &opts, min, true, sizes);
                assert!(
                    s == pretty,
                    "pretty, piece {piece}, min {min}:\n{}",
                    String::from_utf8_lossy(&s[..s.len().min(3000)])
                );
            }
        }
        // Through `spill` itself (default pieces: one here).
        let s = spill(a, &text, &opts, 0.5, false).ok().unwrap();
        let mut out = Vec::new();
        s.write_to(&mut out).unwrap();
        let mut whole = a.analyze(&text, &opts).unwrap();
        whole.keep_confident(0.5);
        assert!(out == serde_json::to_vec(&whole).unwrap());
    }

    #[test]
    fn an_empty_report_frames_like_serde() {
        let a = Analyzer::builtin().unwrap();
        let opts = Options::default();
        let whole = a.analyze("", &opts).unwrap();
        for pretty in [false, true] {
            let s = spill(a, "", &opts, 0.0, pretty).ok().unwrap();
            let mut out = Vec::new();
            s.write_to(&mut out).unwrap();
            let want = if pretty {
                serde_json::to_vec_pretty(&whole).unwrap()
            } else {
                serde_json::to_vec(&whole).unwrap()
            };
            assert_eq!(
                String::from_utf8(out).unwrap(),
                String::from_utf8(want).unwrap()
            );
        }
    }

    #[test]
    fn spilled_text_is_the_whole_reports_text() {
        let text = article();
        let a = Analyzer::builtin().unwrap();
        let opts = Options::default();
        let cats = [
            slant_core::Category::LoadedLanguage,
            slant_core::Category::AnonymousSource,
        ];
        for (min, on) in [(0.0, false), (0.5, true)] {
            let p = Painter { on };
            let mut whole = a.analyze(&text, &opts).unwrap();
            whole.keep_confident(min);
            let mut want = Vec::new();
            render::text_report(&mut want, &p, "a.txt", &whole, &cats).unwrap();
            let s = spill_text(a, &text, &opts, min, &p, "a.txt").ok().unwrap();
            let mut got = Vec::new();
            s.write_to(&mut got, &p, "a.txt", &cats).unwrap();
            assert!(want.len() > 4_000);
            assert_eq!(
                String::from_utf8(got).unwrap(),
                String::from_utf8(want).unwrap()
            );
        }
    }

    #[test]
    fn indent_indents_every_line() {
        let mut buf = Vec::new();
        Indent(&mut buf, b"  ")
            .write_all(b"{\n\"a\": 1\n}")
            .unwrap();
        assert_eq!(buf, b"{\n  \"a\": 1\n  }");
    }
}
