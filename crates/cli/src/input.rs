//! Finding and reading inputs: files, directories, standard input, wordlists.

use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use slant_core::{WordList, MAX_TEXT_BYTES};

/// How far into a file to look for NUL bytes, the mark of a binary file.
const BINARY_SNIFF: usize = 8 * 1024;

/// Extensions taken when walking a directory (explicit file paths are read whatever their name).
const TEXT_EXTENSIONS: &[&str] = &["txt", "md"];

#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{label}: no such file or directory; check the path")]
    NotFound { label: String },
    #[error("{label}: cannot read: {source}")]
    Io { label: String, source: io::Error },
    #[error("{label}: not valid UTF-8: first bad byte at offset {offset} (line {line}); nothing was analysed. Convert the file to UTF-8 (for example `iconv -f windows-1252 -t utf-8`) and try again")]
    InvalidUtf8 {
        label: String,
        offset: usize,
        line: usize,
    },
    #[error("{label}: looks like a binary file (NUL byte at offset {offset}); skipped. Slant reads plain-text articles")]
    Binary { label: String, offset: usize },
    #[error("{label}: {size} bytes is more than Slant analyses at once ({max} bytes); split the file", max = MAX_TEXT_BYTES)]
    TooLarge { label: String, size: u64 },
    #[error("{label}: standard input was given more than once; give `-` once")]
    StdinTwice { label: String },
    #[error("{label}: no .txt or .md files in this directory")]
    EmptyDir { label: String },
}

/// One input to analyse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Stdin,
    /// `special`: not a regular file (a FIFO, a device such as /dev/zero, a socket): its size is
    /// unknown and reading it may block, so it is read alone, after what comes before it is
    /// printed.
    File {
        path: PathBuf,
        size: u64,
        special: bool,
    },
}

/// A path as `Path::display` writes it, without the formatting machinery for the usual UTF-8
/// path (it cost 3,000 instructions a file, asked three times per file).
fn path_text(path: &std::path::Path) -> String {
    match path.to_str() {
        Some(s) => s.to_owned(),
        None => path.display().to_string(),
    }
}

impl Source {
    /// How the input is named in messages and text output.
    pub fn label(&self) -> String {
        match self {
            Source::Stdin => "<stdin>".to_string(),
            Source::File { path, .. } => path_text(path),
        }
    }

    /// The report's `id`: the path, or none for standard input.
    pub fn id(&self) -> Option<String> {
        match self {
            Source::Stdin => None,
            Source::File { path, .. } => Some(path_text(path)),
        }
    }

    /// Size in bytes when known before reading (used to size parallel batches).
    pub fn size_hint(&self) -> u64 {
        match self {
            Source::Stdin => 0,
            Source::File { size, .. } => *size,
        }
    }

    /// Standard input or a file that is not regular: read alone, as reading may block.
    pub fn is_stream(&self) -> bool {
        matches!(self, Source::Stdin | Source::File { special: true, .. })
    }
}

fn is_stdin(p: &Path) -> bool {
    p.as_os_str() == "-"
}

/// Expands the command-line paths into inputs, in a stable order: arguments as given,
/// directories walked with entries sorted by name. A path that cannot be used becomes an error in
/// its place, so that the others are still analysed.
pub fn collect(paths: &[PathBuf], walk_dirs: bool) -> Vec<Result<Source, InputError>> {
    let mut out = Vec::new();
    if paths.is_empty() {
        out.push(Ok(Source::Stdin));
        return out;
    }
    let mut stdin_seen = false;
    for p in paths {
        if is_stdin(p) {
            if stdin_seen {
                out.push(Err(InputError::StdinTwice { label: "-".into() }));
            } else {
                stdin_seen = true;
                out.push(Ok(Source::Stdin));
            }
            continue;
        }
        let label = p.display().to_string();
        match fs::metadata(p) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                out.push(Err(InputError::NotFound { label }))
            }
            Err(e) => out.push(Err(InputError::Io { label, source: e })),
            Ok(m) if m.is_dir() && walk_dirs => {
                let before = out.len();
                walk(p, &mut out);
                if out.len() == before {
                    out.push(Err(InputError::EmptyDir { label }));
                }
            }
            Ok(m) if m.is_dir() => out.push(Err(InputError::Io {
                label,
                source: io::Error::other("is a directory; give a JSONL file"),
            })),
            Ok(m) => out.push(Ok(Source::File {
                path: p.clone(),
                size: m.len(),
                special: !m.is_file(),
            })),
        }
    }
    out
}

fn walk(dir: &Path, out: &mut Vec<Result<Source, InputError>>) {
    let rd = match fs::read_dir(dir) {
        Ok(rd) => rd,
        Err(e) => {
            out.push(Err(InputError::Io {
                label: dir.display().to_string(),
                source: e,
            }));
            return;
        }
    };
    let mut entries: Vec<fs::DirEntry> = Vec::new();
    for e in rd {
        match e {
            Ok(e) => entries.push(e),
            Err(e) => out.push(Err(InputError::Io {
                label: dir.display().to_string(),
                source: e,
            })),
        }
    }
    // Each name fetched once (`DirEntry::file_name` allocates; `sort_by_key` asked it twice per
    // comparison).
    entries.sort_by_cached_key(|e| e.file_name());
    for e in entries {
        let name = e.file_name();
        // Hidden files and folders (.git, editor backups) are not articles.
        if name.to_string_lossy().starts_with('.') {
            continue;
        }
        let path = e.path();
        let Ok(ft) = e.file_type() else { continue };
        if ft.is_dir() {
            walk(&path, out);
            continue;
        }
        // Symlinks are followed to files only, so that a link cycle cannot loop the walk.
        let meta = if ft.is_symlink() {
            match fs::metadata(&path) {
                Ok(m) if m.is_file() => m,
                _ => continue,
            }
        } else {
            match e.metadata() {
                Ok(m) => m,
                Err(err) => {
                    out.push(Err(InputError::Io {
                        label: path.display().to_string(),
                        source: err,
                    }));
                    continue;
                }
            }
        };
        if !meta.is_file() {
            continue;
        }
        let ext_ok = path.extension().is_some_and(|x| {
            let x = x.to_string_lossy().to_ascii_lowercase();
            TEXT_EXTENSIONS.contains(&x.as_str())
        });
        if ext_ok {
            out.push(Ok(Source::File {
                path,
                size: meta.len(),
                special: false,
            }));
        }
    }
}

/// Reads raw bytes, refusing anything over the core's limit before reading it. The first
/// chunk is checked before the rest is read, so that /dev/zero or /dev/urandom is refused at once
/// as binary or not UTF-8 instead of after 4 GiB.
fn read_bytes(src: &Source) -> Result<Vec<u8>, InputError> {
    let label = src.label();
    let limit = MAX_TEXT_BYTES as u64;
    let (reader, size): (Box<dyn Read>, u64) = match src {
        Source::Stdin => (Box::new(io::stdin().lock()), 0),
        Source::File { path, .. } => {
            let f = fs::File::open(path).map_err(|e| map_io(label.clone(), e))?;
            // The size is checked on the open file, not the earlier listing, in case it grew.
            let meta = f.metadata().map_err(|e| map_io(label.clone(), e))?;
            let size = if meta.is_file() { meta.len() } else { 0 };
            if size > limit {
                return Err(InputError::TooLarge { label, size });
            }
            (Box::new(f), size)
        }
    };
    let mut reader = reader.take(limit + 1);
    let mut buf = Vec::with_capacity(size as usize);
    let io_err = |e| map_io(src.label(), e);
    (&mut reader)
        .take(BINARY_SNIFF as u64)
        .read_to_end(&mut buf)
        .map_err(io_err)?;
    // A head shorter than the sniff is the whole input, which `decode` validates as UTF-8 anyway
    // (with the same error): only a longer input's head is validated here, before the rest is read.
    let more = buf.len() == BINARY_SNIFF;
    check_head(&label, &buf, more)?;
    reader.read_to_end(&mut buf).map_err(io_err)?;
    if buf.len() as u64 > limit {
        return Err(InputError::TooLarge {
            label,
            size: buf.len() as u64,
        });
    }
    Ok(buf)
}

/// The first chunk of an input: a NUL byte marks a binary file; when more follows
/// (`check_utf8`), bytes that are not UTF-8 (other than a character cut at the chunk's end) make
/// the whole input invalid before the rest is read.
fn check_head(label: &str, head: &[u8], check_utf8: bool) -> Result<(), InputError> {
    if let Some(offset) = nul_at(head) {
        return Err(InputError::Binary {
            label: label.to_string(),
            offset,
        });
    }
    if !check_utf8 {
        return Ok(());
    }
    if let Err(e) = std::str::from_utf8(head) {
        if e.error_len().is_some() {
            return Err(invalid_utf8(label.to_string(), head, e.valid_up_to()));
        }
    }
    Ok(())
}

/// The first NUL byte. Texts have none: `contains` (a vectorised search) answers that at a
/// fraction of the cost of a byte-by-byte scan.
fn nul_at(bytes: &[u8]) -> Option<usize> {
    if !bytes.contains(&0) {
        return None;
    }
    bytes.iter().position(|&b| b == 0)
}

fn invalid_utf8(label: String, bytes: &[u8], offset: usize) -> InputError {
    let line = bytes[..offset].iter().filter(|&&b| b == b'\n').count() + 1;
    InputError::InvalidUtf8 {
        label,
        offset,
        line,
    }
}

fn map_io(label: String, e: io::Error) -> InputError {
    if e.kind() == io::ErrorKind::NotFound {
        InputError::NotFound { label }
    } else {
        InputError::Io { label, source: e }
    }
}

/// Reads an article: checked for binary content and UTF-8 before anything is analysed.
pub fn read_text(src: &Source) -> Result<String, InputError> {
    let bytes = read_bytes(src)?;
    // `read_bytes` has looked for NUL bytes in the head already.
    decode(src.label(), bytes, false)
}

/// Validates text bytes: NUL bytes near the start mark a binary file; invalid UTF-8 is an error
/// naming the first bad byte.
pub fn decode(label: String, bytes: Vec<u8>, sniff_binary: bool) -> Result<String, InputError> {
    if sniff_binary {
        if let Some(offset) = nul_at(&bytes[..bytes.len().min(BINARY_SNIFF)]) {
            return Err(InputError::Binary { label, offset });
        }
    }
    String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        invalid_utf8(label, e.as_bytes(), offset)
    })
}

/// A wordlist that could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum ListLoadError {
    #[error(transparent)]
    Input(#[from] InputError),
    #[error(transparent)]
    Parse(#[from] slant_core::WordListError),
    #[error("{0}: no .toml wordlists in this directory")]
    Empty(String),
}

/// Loads `--wordlist` paths: a TOML file, or every `.toml` file under a directory (sorted).
pub fn load_wordlists(paths: &[PathBuf]) -> Result<Vec<WordList>, ListLoadError> {
    let mut files = Vec::new();
    for p in paths {
        let label = p.display().to_string();
        match fs::metadata(p) {
            Err(e) => return Err(map_io(label, e).into()),
            Ok(m) if m.is_dir() => {
                let before = files.len();
                toml_files(p, &mut files)?;
                if files.len() == before {
                    return Err(ListLoadError::Empty(label));
                }
            }
            Ok(_) => files.push(p.clone()),
        }
    }
    let mut lists = Vec::with_capacity(files.len());
    for f in files {
        let label = f.display().to_string();
        let bytes = fs::read(&f).map_err(|e| map_io(label.clone(), e))?;
        let text = decode(label.clone(), bytes, false)?;
        lists.push(WordList::parse(&label, &text)?);
    }
    Ok(lists)
}

fn toml_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), InputError> {
    let label = dir.display().to_string();
    let rd = fs::read_dir(dir).map_err(|e| map_io(label.clone(), e))?;
    let mut paths: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() {
            toml_files(&p, out)?;
        } else if p.extension().is_some_and(|x| x == "toml") {
            out.push(p);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decode_reports_offset_and_line() {
        let e = decode("f.txt".into(), b"ab\ncd\xffe".to_vec(), true).unwrap_err();
        match e {
            InputError::InvalidUtf8 { offset, line, .. } => assert_eq!((offset, line), (5, 2)),
            other => panic!("{other}"),
        }
    }

    #[test]
    fn decode_spots_binary() {
        let e = decode("f.bin".into(), b"PK\x03\x04\x00\x00".to_vec(), true).unwrap_err();
        assert!(matches!(e, InputError::Binary { offset: 4, .. }), "{e}");
        assert!(e.to_string().contains("f.bin"));
    }

    #[test]
    fn no_paths_means_stdin() {
        assert_eq!(collect(&[], true).len(), 1);
        assert!(matches!(collect(&[], true)[0], Ok(Source::Stdin)));
    }
}
