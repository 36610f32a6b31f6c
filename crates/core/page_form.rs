// The built-in lists' forms for WebAssembly builds: `lean_list` (comments and test sentences
// blanked) and the page's `page_entries`. Included by build.rs, which writes them, and by the
// tests of src/wordlist/lite.rs, which read every built-in list's page form back.

/// A list's TOML with comment lines and one-line `flag = [...]` / `pass = [...]` examples
/// blanked, `source = ...` lines too when `no_sources`, and `key = value` written `key=value`
/// (0.2 KiB of the page's gzipped budget). Lines stay where they were: the page cites an entry
/// by its file and line. (No built-in list has a multi-line string, so a line starting with `#`
/// is a comment and a line starting with a bare key is a key-value pair.)
pub(crate) fn lean_list(toml: &str, no_sources: bool) -> String {
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

/// The page's form of a lean list: an entry whose `term` comes first is written as its term
/// alone on the `[[entry]]` line (`smear` for `[[entry]]` and `term="smear"`; `bare_term`), and
/// the keys of `PAGE_KEYS` by their first letter (`v=[...]` for `variants=[...]`): 0.9 and 1 KB of
/// the page gzipped. The page cites an entry by its file and line, and only an entry's first
/// line: blank lines go, except before an entry, as many as keep its line that of the file,
/// and the reader counts a term alone as three lines (itself, the `term` line merged into it
/// and one before it; src/wordlist/lite.rs), so that most entries need none (0.35 KB). Where
/// fewer than two lines stand free before an entry the `[[entry]]` form stays.
pub(crate) fn page_entries(lean: &str) -> String {
    let mut lines: Vec<&str> = lean.split('\n').collect();
    // The page is built without the regex engine (web/Cargo.toml), and its reader drops regex
    // entries (web/src/lists.rs): they go, 0.5 KB of the page gzipped.
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
    // Lines the reader counts that the text does not hold (two per term alone): the next
    // line written is line `out.len() + implied + 1` to the reader, never past its file's.
    let mut implied = 0;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.is_empty() {
            i += 1;
            continue;
        }
        if line == "[[entry]]" {
            let free = i - (out.len() + implied);
            let next = lines.get(i + 1).copied().unwrap_or("");
            if next.starts_with("term=\"") && free >= 2 {
                out.extend(std::iter::repeat_n(String::new(), free - 2));
                implied += 2;
                out.push(bare_term(&next[5..]));
                i += 2;
                continue;
            }
            out.extend(std::iter::repeat_n(String::new(), free));
        }
        out.push(piped(without_array_spaces(&short_key(line))));
        i += 1;
    }
    out.join("\n")
}

/// A term's string (`"smear"`) without its quotes when they say nothing: no escape, quote, `=`
/// or `|` in it (the reader takes a line whose bare key and spaces are not followed by `=` or
/// `|` as a term to the line's end), opening with a letter or digit (not a table, comment or string).
/// 0.6 KB of the page gzipped.
fn bare_term(quoted: &str) -> String {
    match quoted.strip_prefix('"').and_then(|q| q.strip_suffix('"')) {
        Some(t)
            if t.starts_with(char::is_alphanumeric)
                && !t.ends_with([' ', '\t'])
                && !t.contains(['\\', '"', '=', '|']) =>
        {
            t.to_string()
        }
        _ => quoted.to_string(),
    }
}

/// Whether a line of the page form opens an entry: `[[entry]]`, or a term alone (quoted, or
/// bare: a line whose bare key and spaces are not followed by `=` or `|`).
pub(crate) fn opens_entry(line: &str) -> bool {
    line == "[[entry]]"
        || !line.is_empty()
            && !line.starts_with('[')
            && line
                .bytes()
                .find(|&b| !(b.is_ascii_alphanumeric() || b"_- \t".contains(&b)))
                .is_none_or(|b| !b"=|".contains(&b))
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
/// run first), written `k|a|b` when every item is a plain string (no `\`, `"` or `|`):
/// the quotes and commas were about 1 KB of the page's gzipped lists, the `=` 0.15 KB more.
/// src/wordlist/lite.rs reads a key followed by `|` this way; any other line is returned as it
/// is.
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
    format!("{key}|{}", items.join("|"))
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
