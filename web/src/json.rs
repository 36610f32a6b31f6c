//! Reads the little JSON the page stores (settings, custom lists, ignored rules) and hands the
//! worker (its custom lists). Writing stays serde_json's; reading with its deserializer and the
//! derived visitors was about 4 KiB of the gzipped module for three small shapes. Never panics:
//! anything malformed (or nested deeper than any stored value) reads as `None`.

/// A JSON value (numbers are read past, not kept: nothing stored holds one).
#[derive(Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number,
    Str(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

impl Json {
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(o) => o.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::Str(s) => Some(s),
            _ => None,
        }
    }
    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(a) => Some(a),
            _ => None,
        }
    }
}

/// The JSON text `s` (one value, surrounding whitespace allowed).
pub fn parse(s: &str) -> Option<Json> {
    let mut r = Reader {
        s: s.as_bytes(),
        i: 0,
    };
    let v = r.value(0)?;
    r.ws();
    (r.i == r.s.len()).then_some(v)
}

/// Deeper than anything the page stores; keeps hostile input from exhausting the stack.
const MAX_DEPTH: usize = 32;

struct Reader<'a> {
    s: &'a [u8],
    i: usize,
}

impl Reader<'_> {
    fn ws(&mut self) {
        while matches!(self.s.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }
    fn eat(&mut self, lit: &str) -> Option<()> {
        self.s[self.i..]
            .starts_with(lit.as_bytes())
            .then(|| self.i += lit.len())
    }
    fn value(&mut self, depth: usize) -> Option<Json> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.ws();
        match *self.s.get(self.i)? {
            b'n' => self.eat("null").map(|_| Json::Null),
            b't' => self.eat("true").map(|_| Json::Bool(true)),
            b'f' => self.eat("false").map(|_| Json::Bool(false)),
            b'"' => self.string().map(Json::Str),
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                self.ws();
                if self.eat("]").is_some() {
                    return Some(Json::Array(items));
                }
                loop {
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    if self.eat(",").is_none() {
                        self.eat("]")?;
                        return Some(Json::Array(items));
                    }
                }
            }
            b'{' => {
                self.i += 1;
                let mut fields = Vec::new();
                self.ws();
                if self.eat("}").is_some() {
                    return Some(Json::Object(fields));
                }
                loop {
                    self.ws();
                    let k = self.string()?;
                    self.ws();
                    self.eat(":")?;
                    fields.push((k, self.value(depth + 1)?));
                    self.ws();
                    if self.eat(",").is_none() {
                        self.eat("}")?;
                        return Some(Json::Object(fields));
                    }
                }
            }
            b'-' | b'0'..=b'9' => {
                let start = self.i;
                while matches!(
                    self.s.get(self.i),
                    Some(b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E')
                ) {
                    self.i += 1;
                }
                // At least one digit, and a digit last ("1.", "-" and "2e" are not numbers).
                (self.s[self.i - 1].is_ascii_digit()
                    && self.s[start..self.i].iter().any(u8::is_ascii_digit))
                .then_some(Json::Number)
            }
            _ => None,
        }
    }
    /// A string, the cursor on its opening quote.
    fn string(&mut self) -> Option<String> {
        if self.s.get(self.i) != Some(&b'"') {
            return None;
        }
        self.i += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            match *self.s.get(self.i)? {
                b'"' => {
                    self.i += 1;
                    return String::from_utf8(out).ok();
                }
                b'\\' => {
                    self.i += 1;
                    let c = match *self.s.get(self.i)? {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let hi = self.hex4()?;
                            let code = if (0xD800..0xDC00).contains(&hi) {
                                // A surrogate pair: the low half must follow as its own escape.
                                self.i += 1;
                                self.eat("\\u")?;
                                self.i -= 1;
                                let lo = self.hex4()?;
                                if !(0xDC00..0xE000).contains(&lo) {
                                    return None;
                                }
                                0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00)
                            } else {
                                hi
                            };
                            char::from_u32(code)?
                        }
                        _ => return None,
                    };
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                    self.i += 1;
                }
                c if c < 0x20 => return None,
                c => {
                    out.push(c);
                    self.i += 1;
                }
            }
        }
    }
    /// The four hex digits after a `u` (the cursor on the `u`), leaving the cursor on the last.
    fn hex4(&mut self) -> Option<u32> {
        let digits = self.s.get(self.i + 1..self.i + 5)?;
        let mut v = 0;
        for &d in digits {
            v = v * 16 + (d as char).to_digit(16)?;
        }
        self.i += 4;
        Some(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_serde_json_writes() {
        let strings = vec![
            "plain".to_string(),
            "quote \" backslash \\ tab \t newline \n nul \u{0} é 🙂 \u{2028}".to_string(),
            String::new(),
        ];
        let text = serde_json::to_string(&strings).unwrap();
        let v = parse(&text).unwrap();
        let back: Vec<&str> = v
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect();
        assert_eq!(back, strings);
        // Escapes serde_json does not write but other writers may.
        let v = parse(
            r#" {"a": "\ud83d\ude42\u00e9\/", "b": [true, false, null, -1.5e3, 0], "c": {}} "#,
        )
        .unwrap();
        assert_eq!(v.get("a").and_then(Json::as_str), Some("🙂é/"));
        assert_eq!(
            v.get("b").and_then(Json::as_array).unwrap(),
            &[
                Json::Bool(true),
                Json::Bool(false),
                Json::Null,
                Json::Number,
                Json::Number
            ]
        );
        assert_eq!(v.get("c"), Some(&Json::Object(vec![])));
    }

    #[test]
    fn malformed_reads_as_none() {
        for bad in [
            "",
            "{",
            "[1,]",
            "[1 2]",
            "{\"a\" 1}",
            "{\"a\":}",
            "\"open",
            "\"bad \\q\"",
            "\"lone \\ud83d\"",
            "\"\\u12\"",
            "tru",
            "1.",
            "-",
            "[] []",
            "\"raw\nnewline\"",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
        let deep = "[".repeat(10_000) + &"]".repeat(10_000);
        assert_eq!(parse(&deep), None);
    }
}
