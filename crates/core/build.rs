//! Embeds every `wordlists/**/*.toml` file in the library, so that adding a list needs no code.
use std::{env, fs, path::Path};

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "toml") {
            out.push(p);
        }
    }
}

fn main() {
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("../../wordlists");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    // In WebAssembly builds (the web page, the npm modules) every byte is downloaded: the lists
    // go in without their comments and test sentences (`flag`/`pass`, read only by `slant lists
    // --check` on the host), as blank lines so that line numbers stay those of the files.
    let lean = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32");
    // The web page (scripts/build-web.sh sets this) shows no list's `source` citation; the npm
    // modules do (their list info), so only the page's build leaves them out. The page reads
    // them with the small reader (src/wordlist/lite.rs) in its shorthand mode, which takes the
    // entry shorthand that `page_entries` writes; the `toml` crate does not.
    println!("cargo:rerun-if-env-changed=SLANT_LISTS_WITHOUT_SOURCES");
    let no_sources = lean && env::var_os("SLANT_LISTS_WITHOUT_SOURCES").is_some();
    let out_dir = Path::new(&env::var("OUT_DIR").unwrap()).join("wordlists");
    let mut code = String::from("/// (path relative to wordlists/, contents)\npub static BUILTIN_LISTS: &[(&str, &str)] = &[\n");
    for f in &files {
        println!("cargo:rerun-if-changed={}", f.display());
        let rel = f
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let mut abs = fs::canonicalize(f).unwrap();
        if lean {
            let lean_path = out_dir.join(&rel);
            fs::create_dir_all(lean_path.parent().unwrap()).unwrap();
            let mut text = lean_list(&fs::read_to_string(f).unwrap(), no_sources);
            if no_sources {
                text = page_entries(&text);
                // A list of regex entries only has none left for the page (a list without
                // entries is an error): the page goes without it, as it would run none of it.
                // (An entry opens with `[[entry]]`, or with its term's string alone.)
                if !text.lines().any(|l| l == "[[entry]]" || l.starts_with('"')) {
                    continue;
                }
            }
            fs::write(&lean_path, text).unwrap();
            abs = lean_path;
        }
        code.push_str(&format!(
            "    ({:?}, include_str!({:?})),\n",
            format!("wordlists/{rel}"),
            abs.display().to_string()
        ));
    }
    code.push_str("];\n");
    fs::write(
        Path::new(&env::var("OUT_DIR").unwrap()).join("builtin_lists.rs"),
        code,
    )
    .unwrap();
    agreement();
}

/// A list's TOML with comment lines and one-line `flag = [...]` / `pass = [...]` examples
/// blanked, `source = ...` lines too when `no_sources`, and `key = value` written `key=value`
/// (0.2 KiB of the page's gzipped budget). Lines stay where they were: the page cites an entry
/// by its file and line. (No built-in list has a multi-line string, so a line starting with `#`
/// is a comment and a line starting with a bare key is a key-value pair.)
fn lean_list(toml: &str, no_sources: bool) -> String {
    toml.lines()
        .map(|line| {
            // An example may carry a note after it (`flag = [...]  # why`).
            let t = without_trailing_comment(line).trim();
            let example = (t.starts_with("flag ")
                || t.starts_with("flag=")
                || t.starts_with("pass ")
                || t.starts_with("pass="))
                && t.ends_with(']');
            let source = no_sources && (t.starts_with("source ") || t.starts_with("source="));
            if t.starts_with('#') || example || source {
                String::new()
            } else {
                let key_len = line
                    .bytes()
                    .take_while(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
                    .count();
                let line = without_trailing_comment(line);
                match line[key_len..].strip_prefix(" = ") {
                    Some(value) if key_len > 0 => format!("{}={value}", &line[..key_len]),
                    _ => line.to_string(),
                }
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The page's form of a lean list: an entry whose `term` comes first is written as its term's
/// string alone on the `[[entry]]` line (`"smear"` for `[[entry]]` and `term="smear"`), with a
/// blank line after its keys so that every entry keeps its line number (the page cites entries
/// by file and line; only an entry's first line is ever cited). 0.9 KB of the page gzipped,
/// and the keys of `PAGE_KEYS` by their first letter (`v=[...]` for `variants=[...]`) 1 KB more.
fn page_entries(lean: &str) -> String {
    let mut lines: Vec<&str> = lean.split('\n').collect();
    // The page is built without the regex engine (web/Cargo.toml), and its reader drops regex
    // entries (web/src/lists.rs): they go as blank lines, 0.5 KB of the page gzipped.
    let mut i = 0;
    while i < lines.len() {
        let end = (i + 1..lines.len())
            .find(|&j| lines[j].starts_with('['))
            .unwrap_or(lines.len());
        if lines[i] == "[[entry]]" && lines[i..end].iter().any(|l| l.starts_with("regex=")) {
            lines[i..end].fill("");
        }
        i = end;
    }
    let mut out: Vec<String> = Vec::with_capacity(lines.len());
    let mut owed = 0;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let next = lines.get(i + 1).copied().unwrap_or("");
        if line == "[[entry]]" && next.starts_with("term=\"") {
            out.push(next[5..].to_string());
            owed += 1;
            i += 2;
            continue;
        }
        // The owed lines go before the next blank line or table, after the entry's keys.
        if owed > 0 && (line.is_empty() || line.starts_with('[')) {
            out.extend(std::iter::repeat_n(String::new(), owed));
            owed = 0;
        }
        out.push(piped(without_array_spaces(&short_key(line))));
        i += 1;
    }
    out.extend(std::iter::repeat_n(String::new(), owed));
    out.join("\n")
}

/// The keys the page form writes by their first letter: each letter stands for one key, and
/// web/src/lists.rs reads them back with this same string.
const PAGE_KEYS: &str =
    "variants inflect unless not_when capitalised explain suggest pos kind weight";

fn short_key(line: &str) -> String {
    match line.split_once('=') {
        Some((key, value)) if PAGE_KEYS.split(' ').any(|k| k == key) => {
            format!("{}={value}", &key[..1])
        }
        _ => line.to_string(),
    }
}

/// A `key=[...]` line without the spaces between its array's items (`["a","b"]`, as TOML
/// allows): 0.2 KiB of the page's gzipped lists. Only spaces outside strings go, so no item
/// changes; other lines are returned as they are.
fn without_array_spaces(line: &str) -> String {
    if !line
        .split_once('=')
        .is_some_and(|(_, v)| v.starts_with('['))
    {
        return line.to_string();
    }
    let mut out = String::with_capacity(line.len());
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for c in line.chars() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' && q == '"' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == ' ' || c == '\t' => continue,
            None => {}
        }
        out.push(c);
    }
    out
}

/// A `k=["a","b"]` line, as `without_array_spaces` leaves it (no space between items: it must
/// run first), written `k=|a|b` when every item is a plain string (no `\`, `"` or `|`):
/// the quotes and commas were about 1 KB of the page's gzipped lists. web/src/lists.rs reads a
/// value that starts with `|` this way; any other line is returned as it is.
fn piped(line: String) -> String {
    let Some((key, rest)) = line.split_once("=[\"") else {
        return line;
    };
    let bare = |k: &str| {
        k.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    };
    let Some(body) = rest.strip_suffix("\"]").filter(|_| bare(key)) else {
        return line;
    };
    let items: Vec<&str> = body.split("\",\"").collect();
    if items.iter().any(|i| i.contains(['\\', '"', '|'])) {
        return line;
    }
    format!("{key}=|{}", items.join("|"))
}

/// The line without a comment after its value (`term="x"  # why`): the first `#` outside a
/// string starts it. The page never shows these notes; they were 7.9 KB of its lists.
fn without_trailing_comment(line: &str) -> &str {
    let mut quote: Option<u8> = None;
    let mut escaped = false;
    for (i, b) in line.bytes().enumerate() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if b == b'\\' && q == b'"' {
                    escaped = true;
                } else if b == q {
                    quote = None;
                }
            }
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'#' => return line[..i].trim_end(),
            None => {}
        }
    }
    line
}

/// `data/agreement.tsv` (key, agreeing flags, flags; `#` comments) as a sorted static table.
fn agreement() {
    let path = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("data/agreement.tsv");
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(&path).unwrap_or_default();
    let mut rows: Vec<(String, u32, u32)> = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let bad = || {
            panic!(
                "{}:{}: expected key<TAB>agree<TAB>flags",
                path.display(),
                i + 1
            )
        };
        if f.len() != 3 {
            bad();
        }
        let (a, n) = match (f[1].parse(), f[2].parse()) {
            (Ok(a), Ok(n)) if a <= n => (a, n),
            _ => bad(),
        };
        rows.push((f[0].to_string(), a, n));
    }
    rows.sort();
    rows.dedup_by(|a, b| a.0 == b.0);
    // One string of "key<TAB>agree<TAB>flags" lines rather than a slice of tuples: in the
    // WebAssembly module every tuple costs a pointer, a length and two integers, which compress
    // far worse than the text (about 2 KiB gzipped of the npm module's size budget).
    // Rule ids share their list's id: keys without a list come first, then each list's rows
    // under an "@list-id" line, keyed by the rest ("@judgement", "cruel<TAB>3<TAB>5"). Half the
    // text, 0.4 KiB less of the page's gzipped budget.
    let mut table = String::new();
    let (plain, listed): (Vec<_>, Vec<_>) = rows.into_iter().partition(|r| !r.0.contains('/'));
    for (k, a, n) in plain {
        table.push_str(&format!("{k}\t{a}\t{n}\n"));
    }
    let mut list = "";
    for (k, a, n) in &listed {
        let (id, rest) = k.split_once('/').unwrap();
        if id != list {
            table.push_str(&format!("@{id}\n"));
            list = id;
        }
        table.push_str(&format!("{rest}\t{a}\t{n}\n"));
    }
    let code = format!(
        "/// \"key<TAB>agreeing flags<TAB>flags\" lines: keys without a list first, then \"@list-id\"\n/// lines, each followed by its rows keyed by what follows \"list-id/\".\npub static AGREEMENT: &str = {table:?};\n"
    );
    fs::write(
        Path::new(&env::var("OUT_DIR").unwrap()).join("agreement.rs"),
        code,
    )
    .unwrap();
}
