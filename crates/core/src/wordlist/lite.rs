//! A small reader for the TOML that wordlists are written in (tables `[list]` and `[[entry]]`;
//! strings in all four forms, numbers, booleans and arrays), filling a `WordList` with the same
//! checks and messages as the `toml`-crate parser. Every WebAssembly build (the web page, the npm
//! modules) reads lists with it instead of the `toml` crate, whose parser and serde machinery
//! were 54 KiB of the gzipped page; native builds (CLI, Python) keep the `toml` crate (full TOML,
//! its error messages). The tests below hold this reader to it on every built-in list and on
//! broken ones.
//!
//! Left out, with a clear error rather than a different reading: dotted keys, inline tables and
//! dates (no wordlist field takes them).

use super::{
    build, error_at, Draft, DraftEntry, Problem as Fail, ENTRY_FIELDS as ENTRY_KEYS,
    LIST_FIELDS as LIST_KEYS,
};
use crate::search::Search;
use crate::{WordList, WordListError};

/// A TOML value with the byte offset where it starts (for error positions).
#[derive(Debug)]
enum Value {
    Str(String),
    Num(f64),
    Bool(bool),
    Array(Vec<(usize, Value)>),
}

impl Value {
    fn kind(&self) -> &'static str {
        match self {
            Value::Str(_) => "string",
            Value::Num(_) => "number",
            Value::Bool(_) => "boolean",
            Value::Array(_) => "array",
        }
    }
}

/// One table's keys in file order: (key, its offset, offset of its value, value).
#[derive(Default)]
struct Table {
    at: usize,
    keys: Vec<(String, usize, usize, Value)>,
}

struct Reader<'a> {
    s: &'a [u8],
    text: &'a str,
    i: usize,
    /// Arrays open around the cursor: hostile input must not exhaust the stack.
    depth: usize,
}

/// Deeper than any wordlist field (an array of strings) needs.
const MAX_DEPTH: usize = 32;

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.s.get(self.i).copied()
    }
    fn at(&self, lit: &str) -> bool {
        self.s[self.i..].starts_with(lit.as_bytes())
    }
    fn fail<T>(&self, msg: &str) -> Result<T, Fail> {
        Err((self.i, msg.to_string()))
    }
    fn spaces(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.i += 1;
        }
    }
    /// A comment up to the line's end (not the newline).
    fn comment(&mut self) -> Result<(), Fail> {
        if self.peek() == Some(b'#') {
            while let Some(c) = self.peek() {
                if c == b'\n' || self.at("\r\n") {
                    break;
                }
                if c < 0x20 && c != b'\t' || c == 0x7f {
                    return self.fail("control character in a comment");
                }
                self.i += 1;
            }
        }
        Ok(())
    }
    /// The end of a line: spaces, an optional comment, then a newline or the end of the text.
    fn line_end(&mut self) -> Result<(), Fail> {
        self.spaces();
        self.comment()?;
        if self.at("\r\n") {
            self.i += 2;
        } else if self.peek() == Some(b'\n') {
            self.i += 1;
        } else if self.peek().is_some() {
            return self.fail("expected a newline after the value");
        }
        Ok(())
    }
    /// Spaces, newlines and comments (inside an array).
    fn blank(&mut self) -> Result<(), Fail> {
        loop {
            self.spaces();
            self.comment()?;
            if self.at("\r\n") {
                self.i += 2;
            } else if self.peek() == Some(b'\n') {
                self.i += 1;
            } else {
                return Ok(());
            }
        }
    }

    fn key(&mut self) -> Result<String, Fail> {
        let key = match self.peek() {
            Some(b'"') => {
                if self.at("\"\"\"") {
                    return self.fail("a key cannot be a multi-line string");
                }
                self.basic()?
            }
            Some(b'\'') => {
                if self.at("'''") {
                    return self.fail("a key cannot be a multi-line string");
                }
                self.literal()?
            }
            _ => {
                let start = self.i;
                while matches!(self.peek(), Some(c) if c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
                {
                    self.i += 1;
                }
                if start == self.i {
                    return self.fail("expected a key");
                }
                self.text[start..self.i].to_string()
            }
        };
        self.spaces();
        if self.peek() == Some(b'.') {
            return self.fail("dotted keys are not used in wordlists");
        }
        Ok(key)
    }

    fn value(&mut self) -> Result<Value, Fail> {
        match self.peek() {
            Some(b'"') if self.at("\"\"\"") => self.multi_basic().map(Value::Str),
            Some(b'"') => self.basic().map(Value::Str),
            Some(b'\'') if self.at("'''") => self.multi_literal().map(Value::Str),
            Some(b'\'') => self.literal().map(Value::Str),
            Some(b'[') => {
                if self.depth >= MAX_DEPTH {
                    return self.fail("arrays nested too deeply");
                }
                self.i += 1;
                self.depth += 1;
                let mut items = Vec::new();
                loop {
                    self.blank()?;
                    if self.peek() == Some(b']') {
                        self.i += 1;
                        self.depth -= 1;
                        return Ok(Value::Array(items));
                    }
                    let at = self.i;
                    items.push((at, self.value()?));
                    self.blank()?;
                    match self.peek() {
                        Some(b',') => self.i += 1,
                        Some(b']') => {}
                        _ => return self.fail("expected `,` or `]` in the array"),
                    }
                }
            }
            Some(b'{') => self.fail("inline tables are not used in wordlists"),
            Some(b't') if self.word("true") => Ok(Value::Bool(true)),
            Some(b'f') if self.word("false") => Ok(Value::Bool(false)),
            Some(c) if c.is_ascii_digit() || matches!(c, b'+' | b'-' | b'i' | b'n') => {
                self.number()
            }
            _ => self.fail("expected a value"),
        }
    }

    /// The page form's array of plain strings, `|a|b` to the line's end (`piped` in
    /// crates/core/page_form.rs).
    fn piped(&mut self) -> Value {
        let mut items = Vec::new();
        while self.peek() == Some(b'|') {
            self.i += 1;
            let at = self.i;
            while !matches!(self.peek(), None | Some(b'|' | b'\n' | b'\r')) {
                self.i += 1;
            }
            items.push((at, Value::Str(self.text[at..self.i].to_string())));
        }
        Value::Array(items)
    }

    /// `w` as a whole word (not the start of a longer one).
    fn word(&mut self, w: &str) -> bool {
        let end = self.i + w.len();
        if self.at(w)
            && !matches!(self.s.get(end), Some(c) if c.is_ascii_alphanumeric() || *c == b'_')
        {
            self.i = end;
            true
        } else {
            false
        }
    }

    fn number(&mut self) -> Result<Value, Fail> {
        let start = self.i;
        while matches!(self.peek(), Some(c) if c.is_ascii_alphanumeric() || matches!(c, b'_' | b'+' | b'-' | b'.' | b':'))
        {
            self.i += 1;
        }
        let raw = &self.text[start..self.i];
        // A date or time (1979-05-27, 07:32:00): no wordlist field takes one.
        let date = raw.has_char(':') || raw[1..].has_char('-') && !raw.contains(['e', 'E']);
        number(raw).map(Value::Num).ok_or_else(|| {
            let what = if date {
                "dates are not used in wordlists"
            } else {
                "invalid number"
            };
            (start, format!("{what}: `{raw}`"))
        })
    }

    /// A basic string ("..."), the cursor on its opening quote.
    fn basic(&mut self) -> Result<String, Fail> {
        self.i += 1;
        let mut out = String::new();
        loop {
            match self.peek() {
                None | Some(b'\n') | Some(b'\r') => return self.fail("unterminated string"),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => self.escape(&mut out)?,
                Some(_) => {
                    // The bytes up to the next quote, backslash or control byte at once: most
                    // strings have none of these inside (a char at a time was most of the
                    // reading). The run ends at an ASCII byte, so on a char boundary.
                    let run = self.s[self.i..]
                        .iter()
                        .position(|&b| matches!(b, b'"' | b'\\' | ..=0x1f | 0x7f))
                        .unwrap_or(self.s.len() - self.i);
                    if run == 0 {
                        self.char(&mut out)?;
                    } else {
                        out.push_str(&self.text[self.i..self.i + run]);
                        self.i += run;
                    }
                }
            }
        }
    }

    /// A multi-line basic string ("""..."""), the cursor on its opening quotes.
    fn multi_basic(&mut self) -> Result<String, Fail> {
        self.i += 3;
        self.first_newline();
        let mut out = String::new();
        loop {
            if self.at("\"\"\"") {
                return Ok(self.close_multi(b'"', out));
            }
            match self.peek() {
                None => return self.fail("unterminated string"),
                Some(b'\\') => {
                    // A backslash at a line's end joins the lines, dropping the blanks after it.
                    let mut j = self.i + 1;
                    while matches!(self.s.get(j), Some(b' ' | b'\t')) {
                        j += 1;
                    }
                    if matches!(self.s.get(j), Some(b'\n')) || self.s[j..].starts_with(b"\r\n") {
                        self.i = j;
                        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n')) || self.at("\r\n") {
                            self.i += 1;
                        }
                    } else {
                        self.escape(&mut out)?;
                    }
                }
                Some(b'\n') => {
                    out.push('\n');
                    self.i += 1;
                }
                Some(b'\r') if self.at("\r\n") => {
                    out.push_str("\r\n");
                    self.i += 2;
                }
                Some(_) => self.char(&mut out)?,
            }
        }
    }

    /// A literal string ('...'), the cursor on its opening quote.
    fn literal(&mut self) -> Result<String, Fail> {
        self.i += 1;
        let mut out = String::new();
        loop {
            match self.peek() {
                None | Some(b'\n') | Some(b'\r') => return self.fail("unterminated string"),
                Some(b'\'') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(_) => self.char(&mut out)?,
            }
        }
    }

    /// A multi-line literal string ('''...'''), the cursor on its opening quotes.
    fn multi_literal(&mut self) -> Result<String, Fail> {
        self.i += 3;
        self.first_newline();
        let mut out = String::new();
        loop {
            if self.at("'''") {
                return Ok(self.close_multi(b'\'', out));
            }
            match self.peek() {
                None => return self.fail("unterminated string"),
                Some(b'\n') => {
                    out.push('\n');
                    self.i += 1;
                }
                Some(b'\r') if self.at("\r\n") => {
                    out.push_str("\r\n");
                    self.i += 2;
                }
                Some(_) => self.char(&mut out)?,
            }
        }
    }

    /// A newline right after a multi-line string's opening quotes is not part of it.
    fn first_newline(&mut self) {
        if self.at("\r\n") {
            self.i += 2;
        } else if self.peek() == Some(b'\n') {
            self.i += 1;
        }
    }

    /// At three or more closing quotes: up to two of them belong to the string.
    fn close_multi(&mut self, q: u8, mut out: String) -> String {
        let mut n = 0;
        while self.peek() == Some(q) && n < 5 {
            self.i += 1;
            n += 1;
        }
        for _ in 3..n {
            out.push(q as char);
        }
        out
    }

    /// One character of a string's text (control characters other than tab are refused).
    fn char(&mut self, out: &mut String) -> Result<(), Fail> {
        let c = self.text[self.i..].chars().next().unwrap_or('\0');
        if (c < ' ' && c != '\t') || c == '\u{7f}' {
            return self.fail("control character in a string");
        }
        out.push(c);
        self.i += c.len_utf8();
        Ok(())
    }

    fn escape(&mut self, out: &mut String) -> Result<(), Fail> {
        let at = self.i;
        self.i += 1;
        let n = match self.peek() {
            Some(b'u') => 4,
            Some(b'U') => 8,
            Some(b'x') => 2,
            _ => 0,
        };
        if n > 0 {
            let digits = self.text.get(self.i + 1..self.i + 1 + n).unwrap_or("");
            let c = (digits.len() == n && digits.bytes().all(|b| b.is_ascii_hexdigit()))
                .then(|| u32::from_str_radix(digits, 16).ok())
                .flatten()
                .and_then(char::from_u32)
                .ok_or((at, "invalid unicode escape".to_string()))?;
            out.push(c);
            self.i += 1 + n;
            return Ok(());
        }
        match self.peek() {
            Some(b'b') => out.push('\u{8}'),
            Some(b't') => out.push('\t'),
            Some(b'n') => out.push('\n'),
            Some(b'f') => out.push('\u{c}'),
            Some(b'r') => out.push('\r'),
            Some(b'e') => out.push('\u{1b}'),
            Some(b'"') => out.push('"'),
            Some(b'\\') => out.push('\\'),
            _ => return Err((at, "invalid escape in a string".into())),
        }
        self.i += 1;
        Ok(())
    }
}

/// A TOML integer or float as `f64`, without the standard library's float parser (its tables
/// are 10 KiB of the module): digits and a power of ten, exact while both fit in an `f64`
/// (every weight and confidence a list uses), else within a rounding step. Public for the npm
/// module's list blob (crates/wasm), which reads its numbers with it for the same reason.
pub fn number(raw: &str) -> Option<f64> {
    let (neg, body) = match raw.as_bytes().first()? {
        b'-' => (true, &raw[1..]),
        b'+' => (false, &raw[1..]),
        _ => (false, raw),
    };
    let v = match body {
        "inf" => f64::INFINITY,
        "nan" => f64::NAN,
        _ if body.starts_with("0x") || body.starts_with("0o") || body.starts_with("0b") => {
            let radix = match &body[..2] {
                "0x" => 16,
                "0o" => 8,
                _ => 2,
            };
            if raw.len() != body.len() {
                return None;
            }
            let digits = underscored(&body[2..])?;
            u64::from_str_radix(&digits, radix).ok()? as f64
        }
        _ => {
            let (mant, exp) = match body.find(['e', 'E']) {
                Some(k) => (&body[..k], Some(&body[k + 1..])),
                None => (body, None),
            };
            let (int, frac) = match mant.split_once('.') {
                Some((i, f)) => (i, Some(f)),
                None => (mant, None),
            };
            let int = underscored(int)?;
            let decimal = |d: &String| d.bytes().all(|b| b.is_ascii_digit());
            if !decimal(&int) || int.len() > 1 && int.starts_with('0') {
                return None;
            }
            let frac = match frac {
                Some(f) => underscored(f).filter(decimal)?,
                None => String::new(),
            };
            let mut e10: i64 = match exp {
                Some(e) => {
                    let (eneg, e) = match e.as_bytes().first()? {
                        b'-' => (true, &e[1..]),
                        b'+' => (false, &e[1..]),
                        _ => (false, e),
                    };
                    let e = underscored(e).filter(decimal)?;
                    let v: i64 = e
                        .bytes()
                        .take(6)
                        .fold(0, |a, b| a * 10 + i64::from(b - b'0'));
                    if eneg {
                        -v
                    } else {
                        v
                    }
                }
                None => 0,
            };
            // Significant digits (at most 19 fit a u64; later ones only move the exponent).
            let mut m: u64 = 0;
            let mut kept = 0;
            for (k, b) in int.bytes().chain(frac.bytes()).enumerate() {
                let is_frac = k >= int.len();
                if kept < 19 {
                    if m > 0 || b != b'0' {
                        kept += 1;
                    }
                    m = m * 10 + u64::from(b - b'0');
                    if is_frac {
                        e10 -= 1;
                    }
                } else if !is_frac {
                    e10 += 1;
                }
            }
            scale(m, e10)
        }
    };
    Some(if neg { -v } else { v })
}

/// Digits with single underscores between them, the underscores removed; `None` otherwise.
fn underscored(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let ok = !b.is_empty()
        && b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.last().is_some_and(u8::is_ascii_alphanumeric)
        && !s.has("__")
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_');
    ok.then(|| s.replace('_', ""))
        .filter(|d| d.bytes().all(|c| c.is_ascii_hexdigit()))
}

/// `m` × 10^`e`: exact when `m` < 2^53 and |e| ≤ 22 (one correctly rounded operation).
fn scale(m: u64, e: i64) -> f64 {
    const P: [f64; 23] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];
    let m = m as f64;
    if m == 0.0 {
        return 0.0;
    }
    let mut v = m;
    let mut e = e.clamp(-400, 400);
    while e > 22 {
        v *= 1e22;
        e -= 22;
    }
    while e < -22 {
        v /= 1e22;
        e += 22;
    }
    if e >= 0 {
        v * P[e as usize]
    } else {
        v / P[(-e) as usize]
    }
}

/// The keys that the page's form of the built-in lists writes by their first letter (as
/// crates/core/build.rs's `PAGE_KEYS`).
const PAGE_KEYS: &str =
    "variants inflect unless not_when capitalised explain suggest pos kind weight";

/// The `[list]` table and the `[[entry]]` tables of a wordlist, in order. With `short` (the
/// page's own built-in lists only), a line that is a string alone, or a bare term (a line
/// that is no `key =`), opens an entry with that `term`, and a key of one letter stands for
/// the key of `PAGE_KEYS` it starts: the form
/// crates/core/build.rs writes them in for the page.
fn read(text: &str, short: bool) -> Result<(Option<Table>, Vec<Table>), Fail> {
    let mut r = Reader {
        s: text.as_bytes(),
        text,
        // A byte-order mark is not part of the TOML.
        i: if text.starts_with('\u{feff}') { 3 } else { 0 },
        depth: 0,
    };
    let mut list: Option<Table> = None;
    let mut entries: Vec<Table> = Vec::new();
    // Which table the keys go to: none yet, the list, or the last entry.
    enum In {
        Top,
        List,
        Entry,
    }
    let mut into = In::Top;
    loop {
        r.blank()?;
        let Some(c) = r.peek() else { break };
        let at = r.i;
        // A bare key and spaces not followed by `=` (or `|`, an array's) open a term written
        // without its quotes, to the line's end (crates/core/page_form.rs, `bare_term`).
        let bare = short
            && c != b'['
            && r.s[r.i..]
                .iter()
                .find(|&&b| !(b.is_ascii_alphanumeric() || b"_- \t".contains(&b)))
                .is_none_or(|b| !b"=|".contains(b));
        if bare {
            let end = r.s[r.i..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(r.s.len(), |n| r.i + n);
            let value = if c == b'"' {
                let v = r.value()?;
                r.line_end()?;
                v
            } else {
                let v = Value::Str(r.text[r.i..end].to_string());
                r.i = end;
                v
            };
            entries.push(Table {
                at,
                keys: vec![("term".into(), at, at, value)],
            });
            into = In::Entry;
            continue;
        }
        if c == b'[' {
            let array = r.at("[[");
            r.i += if array { 2 } else { 1 };
            r.spaces();
            let name = r.key()?;
            let close = if array { "]]" } else { "]" };
            if !r.at(close) {
                return r.fail(&format!("expected `{close}`"));
            }
            r.i += close.len();
            r.line_end()?;
            match (name.as_str(), array) {
                ("list", false) => {
                    if list.is_some() {
                        return Err((at, "duplicate table `list`".into()));
                    }
                    list = Some(Table {
                        at,
                        ..Table::default()
                    });
                    into = In::List;
                }
                ("entry", true) => {
                    entries.push(Table {
                        at,
                        ..Table::default()
                    });
                    into = In::Entry;
                }
                ("list", true) => return Err((at, "`list` is a table: write [list]".into())),
                ("entry", false) => {
                    return Err((at, "`entry` is an array of tables: write [[entry]]".into()))
                }
                (other, _) => {
                    return Err((
                        at,
                        format!("unknown field `{other}`; a list has [list] and [[entry]] tables"),
                    ))
                }
            }
            continue;
        }
        let mut key = r.key()?;
        if short && key.len() == 1 {
            if let Some(k) = PAGE_KEYS.split(' ').find(|k| k.starts_with(&key)) {
                key = k.to_string();
            }
        }
        // The page form writes an array of plain strings as `key|a|b`, without the `=`.
        let piped = short && r.peek() == Some(b'|');
        if !piped {
            if r.peek() != Some(b'=') {
                return r.fail("expected `=` after the key");
            }
            r.i += 1;
            r.spaces();
        }
        let vat = r.i;
        let value = if piped { r.piped() } else { r.value()? };
        r.line_end()?;
        let table = match into {
            In::Top => {
                return Err((
                    at,
                    format!("unknown field `{key}`; a list has [list] and [[entry]] tables"),
                ))
            }
            In::List => list.as_mut(),
            In::Entry => entries.last_mut(),
        };
        let Some(table) = table else { break };
        // A table has at most 14 keys of its own, so one with more holds an unknown key, an
        // error once it is read (`Fields::new`): checking for duplicates stops there, and a
        // hostile table of many keys still takes linear time.
        if table.keys.len() < 16 && table.keys.iter().any(|(k, ..)| *k == key) {
            return Err((at, format!("duplicate key `{key}`")));
        }
        table.keys.push((key, at, vat, value));
    }
    Ok((list, entries))
}

/// Typed reads from a table, each unknown or mistyped key an error at its place.
struct Fields {
    table: Table,
}

impl Fields {
    /// Refuses keys outside `known`, with the core's message.
    fn new(table: Table, what: &str, known: &str) -> Result<Fields, Fail> {
        if let Some((k, at, ..)) = table
            .keys
            .iter()
            .find(|(k, ..)| !known.split(' ').any(|x| x == k))
        {
            return Err((
                *at,
                format!(
                    "unknown field `{k}` in {what}; use {}",
                    known.replace(' ', ", ")
                ),
            ));
        }
        Ok(Fields { table })
    }
    fn take(&mut self, key: &str) -> Option<(usize, Value)> {
        let i = self.table.keys.iter().position(|(k, ..)| k == key)?;
        let (_, _, at, v) = self.table.keys.remove(i);
        Some((at, v))
    }
    fn str(&mut self, key: &str) -> Result<Option<(usize, String)>, Fail> {
        match self.take(key) {
            None => Ok(None),
            Some((at, Value::Str(s))) => Ok(Some((at, s))),
            Some((at, v)) => Err(mistyped(key, at, v, "a string")),
        }
    }
    fn need_str(&mut self, key: &str) -> Result<(usize, String), Fail> {
        self.str(key)?
            .ok_or((self.table.at, format!("missing field `{key}`")))
    }
    fn num(&mut self, key: &str) -> Result<Option<(usize, f64)>, Fail> {
        match self.take(key) {
            None => Ok(None),
            Some((at, Value::Num(n))) => Ok(Some((at, n))),
            Some((at, v)) => Err(mistyped(key, at, v, "a number")),
        }
    }
    fn bool(&mut self, key: &str) -> Result<Option<bool>, Fail> {
        match self.take(key) {
            None => Ok(None),
            Some((_, Value::Bool(b))) => Ok(Some(b)),
            Some((at, v)) => Err(mistyped(key, at, v, "true or false")),
        }
    }
    fn strs(&mut self, key: &str) -> Result<Option<Vec<(usize, String)>>, Fail> {
        match self.take(key) {
            None => Ok(None),
            Some((_, Value::Array(items))) => items
                .into_iter()
                .map(|(at, v)| match v {
                    Value::Str(s) => Ok((at, s)),
                    v => Err(mistyped(key, at, v, "a string")),
                })
                .collect::<Result<Vec<_>, _>>()
                .map(Some),
            Some((at, v)) => Err(mistyped(key, at, v, "an array of strings")),
        }
    }
    fn texts(&mut self, key: &str) -> Result<Vec<String>, Fail> {
        Ok(self
            .strs(key)?
            .unwrap_or_default()
            .into_iter()
            .map(|(_, s)| s)
            .collect())
    }
}

/// `r`'s value, or a default one where it failed, keeping the first failure in `first`.
fn ok<T: Default>(first: &mut Option<Fail>, r: Result<T, Fail>) -> T {
    r.unwrap_or_else(|f| {
        first.get_or_insert(f);
        T::default()
    })
}

/// The core's message for a value of the wrong type (which says "integer" or "float" where this
/// reader says "number").
fn mistyped(key: &str, at: usize, v: Value, want: &str) -> Fail {
    (at, format!("`{key}` must be {want}, not {}", v.kind()))
}

/// Parses one list as `WordList::parse` does (`origin` names it in errors), taking the entry
/// shorthand of the page's built-in lists when `short` (see `read`).
pub fn parse(origin: &str, text: &str, short: bool) -> Result<WordList, WordListError> {
    parse_with(origin, text, short, true)
}

/// `parse`, compiling each entry's regex to check it only when `check_regexes`.
pub(crate) fn parse_with(
    origin: &str,
    text: &str,
    short: bool,
    check_regexes: bool,
) -> Result<WordList, WordListError> {
    let fail = |f: Fail| error_at(origin, text, f);
    let (list, raw_entries) = read(text, short).map_err(fail)?;
    let list = list.ok_or_else(|| fail((0, "missing the [list] table".into())))?;
    let list_at = list.at;
    let mut l = Fields::new(list, "[list]", LIST_KEYS).map_err(fail)?;
    // Each read below keeps the first failure and goes on with a default value; the failure is
    // returned once the table is read (the same one as returning at once would give; and each
    // early return would cost its own code to drop what was read before it).
    let mut first: Option<Fail> = None;
    let mut draft = Draft {
        at: list_at,
        id: ok(&mut first, l.need_str("id")),
        category: ok(&mut first, l.need_str("category")),
        kind: ok(&mut first, l.need_str("kind")),
        description: ok(&mut first, l.str("description")).unwrap_or_default().1,
        source: ok(&mut first, l.str("source")).unwrap_or_default().1,
        weight: ok(&mut first, l.num("weight")),
        confidence: ok(&mut first, l.num("confidence")),
        inflect: ok(&mut first, l.bool("inflect")).unwrap_or(true),
        not_when: ok(&mut first, l.strs("not_when")).unwrap_or_default(),
        entries: Vec::with_capacity(raw_entries.len()),
    };
    if let Some(f) = first.take() {
        return Err(fail(f));
    }
    // In the page form an entry that is a term alone stands for three lines of its file, the
    // text holding one (crates/core/build.rs, `page_entries`).
    let mut lines_merged = 0;
    // Every entry is read before anything is checked, as the core reads the whole file first.
    for t in raw_entries {
        let t_at = t.at;
        if short && text.as_bytes().get(t_at) != Some(&b'[') {
            lines_merged += 2;
        }
        let mut e = Fields::new(t, "[[entry]]", ENTRY_KEYS).map_err(fail)?;
        draft.entries.push(DraftEntry {
            at: t_at,
            lines_merged,
            term: ok(&mut first, e.need_str("term")),
            kind: ok(&mut first, e.str("kind")),
            variants: ok(&mut first, e.texts("variants")),
            inflect: ok(&mut first, e.bool("inflect")),
            weight: ok(&mut first, e.num("weight")),
            explain: ok(&mut first, e.str("explain")).unwrap_or_default().1,
            suggest: ok(&mut first, e.texts("suggest")),
            unless: ok(&mut first, e.texts("unless")),
            flag: ok(&mut first, e.texts("flag")),
            pass: ok(&mut first, e.texts("pass")),
            pos: ok(&mut first, e.str("pos")),
            capitalised: ok(&mut first, e.bool("capitalised")),
            regex: ok(&mut first, e.str("regex")),
            not_when: ok(&mut first, e.strs("not_when")),
        });
        if let Some(f) = first.take() {
            return Err(fail(f));
        }
    }
    build(origin, text, draft, check_regexes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reader on a list in plain TOML.
    fn lite(origin: &str, text: &str) -> Result<WordList, WordListError> {
        parse(origin, text, false)
    }

    /// Both parsers on `text`: the same list, or both an error (on the same line when `line`).
    fn same(text: &str) -> Result<WordList, Box<(WordListError, WordListError)>> {
        let core = WordList::parse("t.toml", text);
        let mine = lite("t.toml", text);
        match (core, mine) {
            (Ok(c), Ok(m)) => {
                assert_eq!(format!("{c:?}"), format!("{m:?}"), "{text}");
                Ok(m)
            }
            (Err(c), Err(m)) => Err(Box::new((c, m))),
            (c, m) => panic!("core {c:?}\nmine {m:?}\nfor {text}"),
        }
    }

    #[test]
    fn every_builtin_list_reads_as_the_core_reads_it() {
        for (path, text) in crate::builtin_sources() {
            let core = WordList::parse(path, text).unwrap();
            let mine = lite(path, text).unwrap();
            assert_eq!(format!("{core:?}"), format!("{mine:?}"), "{path}");
        }
        // And their full files, comments and test sentences included.
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../wordlists");
        let mut n = 0;
        for dir in std::fs::read_dir(root).unwrap().flatten() {
            for f in std::fs::read_dir(dir.path()).unwrap().flatten() {
                let text = std::fs::read_to_string(f.path()).unwrap();
                let core = WordList::parse("f", &text).unwrap();
                let mine = lite("f", &text).unwrap();
                assert_eq!(format!("{core:?}"), format!("{mine:?}"), "{:?}", f.path());
                n += 1;
            }
        }
        assert!(n > 10, "{n} lists");
    }

    /// crates/core/build.rs's forms of the built-in lists.
    mod page_form {
        include!(concat!(env!("CARGO_MANIFEST_DIR"), "/page_form.rs"));
    }

    #[test]
    fn every_builtin_list_s_page_form_reads_as_its_file() {
        // The same entries on the same lines as the file's, bar what the page form leaves out:
        // test sentences, the source, regex entries.
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../wordlists");
        let mut n = 0;
        for dir in std::fs::read_dir(root).unwrap().flatten() {
            for f in std::fs::read_dir(dir.path()).unwrap().flatten() {
                let text = std::fs::read_to_string(f.path()).unwrap();
                let page = page_form::page_entries(&page_form::lean_list(&text, true));
                let mut core = WordList::parse("f", &text).unwrap();
                core.source = String::new();
                core.entries.retain(|e| e.regex.is_none());
                if core.entries.is_empty() {
                    continue;
                }
                for e in &mut core.entries {
                    e.flag_examples.clear();
                    e.pass_examples.clear();
                }
                let mine = parse("f", &page, true).unwrap();
                assert_eq!(format!("{core:?}"), format!("{mine:?}"), "{:?}", f.path());
                // build.rs's test for a list with entries on the page.
                let opening = page.lines().filter(|l| page_form::opens_entry(l)).count();
                assert_eq!(opening, mine.entries.len(), "{:?}", f.path());
                n += 1;
            }
        }
        assert!(n > 10, "{n} lists");
    }

    const HEAD: &str =
        "[list]\nid = \"mine\"\ncategory = \"loaded_language\"\nkind = \"pejorative\"\n";

    #[test]
    fn the_page_form_of_a_list_reads_as_its_toml() {
        // The form crates/core/build.rs writes the page's built-in lists in: `[[entry]]` and a
        // first `term` as the term alone (bare or quoted), which counts as three lines (the two
        // before it not written), blank lines only before an entry, some keys by their first
        // letter.
        // Arrays of plain strings as `|a|b` (with spaces, commas and `#` kept in the items).
        let toml = format!("{HEAD}\n# why\n[[entry]]\nterm = \"smear\"\nvariants = [\"smears\"]\nunless = [\"a, b #1\", \"\", \"c\"]\n\n[[entry]]\nterm=\"x \\\"y\\\"\"\n[[entry]]\nterm = \"z\"\npos = \"noun\"\n");
        let page = format!(
            "{HEAD}smear\nv=[\"smears\"]\nu|a, b #1||c\n\"x \\\"y\\\"\"\n\n[[entry]]\nterm=\"z\"\np=\"noun\"\n"
        );
        let a = lite("t", &toml).unwrap();
        let b = parse("t", &page, true).unwrap();
        assert_eq!(format!("{a:?}"), format!("{b:?}"));
        assert_eq!(
            b.entries.iter().map(|e| e.line).collect::<Vec<_>>(),
            [7, 12, 14]
        );
        assert_eq!(b.entries[1].term, "x \"y\"");
        // Anywhere else a string alone on a line is no key, as in the core.
        assert!(lite("t", &page).is_err() && WordList::parse("t", &page).is_err());
        // Every short key stands for its own.
        for key in PAGE_KEYS.split(' ') {
            let letter = &key[..1];
            let at = |text: &str| read(text, true).unwrap().1[0].keys[1].0.clone();
            assert_eq!(at(&format!("\"w\"\n{letter}=1\n")), key);
        }
    }

    #[test]
    fn toml_forms_read_alike() {
        let lists = [
            // Strings in all four forms, escapes, a quoted key, comments, CRLF, arrays over lines.
            "[list] # the list\r\nid = 'mine'\r\ncategory = \"loaded\"\r\nkind = \"pejorative\"\r\nweight = 2\r\n\r\n[[entry]]\r\nterm = \"say \\\"so\\\" \\u00e9\\t\"\r\n\"explain\" = \"\"\"\nTwo\nlines \\\n   joined\"\"\"\r\nsuggest = ['''\nraw \\n ''', \"b\",]\r\n",
            &format!("{HEAD}weight = 1.5e0\nconfidence = 0.25\ninflect = false\nnot_when = [\"negated\", # why\n  \"counted\"\n]\n\n[[entry]]\nterm = \"x1\"\nweight = 0.3\nvariants = []\n[[entry]]\nterm=\"y\"\npos=\"noun\"\ncapitalised=true\nnot_when=[]\nkind = \"puffery\"\n"),
            &format!("{HEAD}weight = +1_0.0\n[[entry]]\nterm = \"a\"\nexplain = \"\"\"quote: \"\"\"\"\"\n"),
            &format!("[[entry]]\nterm = \"first\"\n{HEAD}"),
        ];
        for l in lists {
            same(l).unwrap();
        }
        let w = same(&format!(
            "{HEAD}weight = 0.1\nconfidence = 0.7\n[[entry]]\nterm = \"a\"\nweight = 1e-1\n"
        ))
        .unwrap();
        assert_eq!(w.weight, 0.1);
        assert_eq!(w.confidence, Some(0.7));
        assert_eq!(w.entries[0].weight, 0.1);
    }

    #[test]
    fn broken_lists_fail_alike() {
        let bad = [
            "",
            "[list]\nid = \"x\"\n",
            HEAD,
            &format!("{HEAD}colour = \"red\"\n[[entry]]\nterm = \"a\"\n"),
            &format!("{HEAD}[[entry]]\nterm = \"a\"\nshade = 1\n"),
            &format!("{HEAD}[[entry]]\nterm = 3\n"),
            &format!("{HEAD}[[entry]]\nterm = \"a\"\nterm = \"b\"\n"),
            &format!("{HEAD}[[entry]]\nterm = \"unterminated\n"),
            &format!("{HEAD}[[entry]]\nterm = \"a\" junk\n"),
            &format!("{HEAD}[[entry]]\nterm = \"a\"\nvariants = [\"b\" \"c\"]\n"),
            &format!("{HEAD}[[entry]]\nterm = \"a\"\nvariants = [1]\n"),
            &format!("{HEAD}[[entry]]\nterm = \"--\"\n"),
            &format!("{HEAD}[[entry]]\nterm = \"a\"\npos = \"adverb\"\n"),
            &format!("{HEAD}[[entry]]\nterm = \"a\"\nnot_when = [\"never\"]\n"),
            &format!("{HEAD}[[entry]]\nterm = \"a\"\nweight = 11\n"),
            &format!("{HEAD}confidence = 1.5\n[[entry]]\nterm = \"a\"\n"),
            &format!("{HEAD}[[entry]]\nterm = \"a\"\nkind = \"nice\"\n"),
            "[list]\nid = \"a b\"\ncategory = \"loaded\"\nkind = \"pejorative\"\n[[entry]]\nterm = \"a\"\n",
            "[list]\nid = \"a\"\ncategory = \"opinion\"\nkind = \"pejorative\"\n[[entry]]\nterm = \"a\"\n",
            &format!("{HEAD}[list]\n"),
            &format!("{HEAD}[other]\n"),
            &format!("{HEAD}[[entry]]\nterm = \"\\q\"\n"),
            &format!("{HEAD}[[entry]]\nterm = {{ a = 1 }}\n"),
            &format!("{HEAD}[[entry]]\nterm = \"a\"\ninflect = yes\n"),
            "id = \"a\"\n",
            "<list>\n",
            &format!("{HEAD}[[entry]]\nterm = \"a\"\nregex = \"(\"\n"),
            &format!("{HEAD}weight = 1979-05-27\n[[entry]]\nterm = \"a\"\n"),
            &format!("{HEAD}[[entry]]\nterm = \"a\"\nweight = 07:32:00\n"),
            &format!("{HEAD}[[entry]]\nterm = \"a\"\nweight = 1x\n"),
            &format!("{HEAD}[[entry]]\nterm.x = \"a\"\n"),
        ];
        for b in bad {
            let (core, mine) = *same(b).unwrap_err();
            // On the same line as the core's; for what is read after the TOML is parsed, the
            // same words too (but "number" for the core's "integer" or "float").
            assert_eq!(core.line, mine.line, "{b}\n{core}\n{mine}");
            // The page's message names the place too; for checks after reading, the same words
            // at the same place.
            assert!(mine.line >= 1 && mine.column >= 1, "{mine}");
            let checked = [
                "unknown field",
                "missing",
                "unknown category",
                "unknown kind",
                "list id",
                "weight must",
                "confidence must",
                "the list has no",
                "unknown context",
                "term must",
                "unknown pos",
                "bad regex",
            ];
            if checked.iter().any(|c| mine.message.starts_with(c)) {
                assert_eq!(core.message, mine.message, "{b}");
            }
            if b.contains("1979") || b.contains("07:") {
                assert!(mine.message.starts_with("dates are not used"), "{mine}");
            }
            if mine.message.contains(" must be ") {
                assert_eq!(
                    core.message.replace("integer", "number"),
                    mine.message,
                    "{b}"
                );
            }
        }
    }

    #[test]
    fn numbers() {
        for (s, v) in [
            ("0", 0.0),
            ("1", 1.0),
            ("-2", -2.0),
            ("0.5", 0.5),
            ("1_000.25", 1000.25),
            ("1e2", 100.0),
            ("2.5E-3", 0.0025),
            ("0x1f", 31.0),
            ("inf", f64::INFINITY),
            ("0.1000000000000000000000001", 0.1),
        ] {
            assert_eq!(number(s), Some(v), "{s}");
        }
        assert!(number("nan").unwrap().is_nan());
        for s in [
            "",
            "01",
            "1__0",
            "_1",
            "1.",
            ".5",
            "1e",
            "0xg",
            "1979-05-27",
            "+0x1",
        ] {
            assert_eq!(number(s), None, "{s}");
        }
    }

    /// Linear time on a table of many keys (each an unknown field) or many entries.
    #[test]
    fn many_keys_take_linear_time() {
        let keys: String = (0..200_000).map(|i| format!("k{i} = 1\n")).collect();
        let t = std::time::Instant::now();
        let e = lite("t", &format!("{HEAD}{keys}")).unwrap_err();
        assert!(e.message.starts_with("unknown field `k0`"), "{e}");
        let entries = "[[entry]]\nterm = \"a\"\n".repeat(100_000);
        assert_eq!(
            lite("t", &format!("{HEAD}{entries}"))
                .unwrap()
                .entries
                .len(),
            100_000
        );
        assert!(t.elapsed().as_secs() < 10, "{:?}", t.elapsed());
    }

    proptest::proptest! {
        /// Random text, and a list with random characters spliced in: an error or a list.
        #[test]
        fn never_panics(s in "\\PC{0,300}", at in 0usize..400, junk in "[\"'\\[\\]=#\\\\\n\r{}.,:0-9a-z\u{e9}\u{1f642}]{1,4}") {
            let _ = parse("t", &s, false);
            let _ = parse("t", &s, true);
            let list = format!("{HEAD}[[entry]]\nterm = \"a\"\nvariants = ['b', \"c\"]\nweight = 1.5\n");
            let mut cut = at.min(list.len());
            while !list.is_char_boundary(cut) {
                cut -= 1;
            }
            let spliced = format!("{}{junk}{}", &list[..cut], &list[cut..]);
            let _ = parse("t", &spliced, false);
            let _ = parse("t", &spliced, true);
        }
    }

    /// Never a panic: deep nesting, cut-off and mangled lists, stray multi-byte characters.
    #[test]
    fn hostile_input_is_an_error_not_a_panic() {
        let deep = format!(
            "{HEAD}[[entry]]\nterm = \"a\"\nvariants = {}\n",
            "[".repeat(100_000)
        );
        assert!(lite("t", &deep).unwrap_err().message.contains("nested"));
        for odd in [
            "é = 1",
            "[list]\n\\é",
            "[list]\nid = \"\\é\"",
            "# 🙂\n[list]\nid = '🙂",
            "\u{feff}",
        ] {
            let _ = lite("t", odd);
        }
        let (_, text) = crate::builtin_sources()[0];
        let text: Vec<char> = text.chars().take(3000).collect();
        for cut in (0..text.len()).step_by(7) {
            let s: String = text[..cut].iter().collect();
            let _ = lite("t", &s);
            let mangled: String = text
                .iter()
                .enumerate()
                .map(|(i, &c)| {
                    if i == cut {
                        ['"', '[', '\\', '🙂', '\n', '\''][cut % 6]
                    } else {
                        c
                    }
                })
                .collect();
            let _ = lite("t", &mangled);
        }
    }
}
