//! What the page keeps so nothing is lost: the text, the settings and the custom lists in
//! `localStorage` (this browser only), and the share link's URL fragment (never sent to a
//! server: browsers keep everything after `#` to themselves).
//!
//! The share link's encoding is a pure function, tested natively; stored JSON is read with the
//! browser's `JSON.parse` (see `js_json`), so the browser test covers reading it back. The
//! storage calls never panic and report a failure (private mode, quota) as an error string for
//! the page to show.

use wasm_bindgen::{JsCast, JsValue};

use crate::js_json;
use crate::model::Filter;

const TEXT_KEY: &str = "slant.v1.text";
const SETTINGS_KEY: &str = "slant.v1.settings";
const LISTS_KEY: &str = "slant.v1.lists";
const IGNORED_KEY: &str = "slant.v1.ignored";

/// The page's settings: the legend's filter and the display toggles.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    pub categories: [bool; 3],
    pub include_quoted: bool,
    pub shade_quotes: bool,
    pub reading_view: bool,
}

impl Default for Settings {
    fn default() -> Self {
        let f = Filter::default();
        Settings {
            categories: f.categories,
            include_quoted: f.include_quoted,
            shade_quotes: true,
            reading_view: false,
        }
    }
}

impl Settings {
    /// Settings as stored (JSON); a missing or mistyped field keeps its default, so settings
    /// saved by an older page still read.
    pub fn from_json(text: &str) -> Settings {
        let mut s = Settings::default();
        let Some(v) = js_json::parse(text) else {
            return s;
        };
        let flag = |k: &str| js_json::field(&v, k).and_then(|f| f.as_bool());
        let categories = js_json::field(&v, "categories").and_then(|c| js_json::items(&c));
        if let Some([a, b, c]) = categories.as_deref() {
            if let (Some(a), Some(b), Some(c)) = (a.as_bool(), b.as_bool(), c.as_bool()) {
                s.categories = [a, b, c];
            }
        }
        s.include_quoted = flag("include_quoted").unwrap_or(s.include_quoted);
        s.shade_quotes = flag("shade_quotes").unwrap_or(s.shade_quotes);
        s.reading_view = flag("reading_view").unwrap_or(s.reading_view);
        s
    }

    /// The settings as stored: the JSON that `from_json` reads (the fields in their order).
    pub fn to_json(self) -> String {
        let [a, b, c] = self.categories;
        format!(
            "{{\"categories\":[{a},{b},{c}],\"include_quoted\":{},\"shade_quotes\":{},\"reading_view\":{}}}",
            self.include_quoted, self.shade_quotes, self.reading_view
        )
    }

    pub fn filter(&self) -> Filter {
        Filter {
            categories: self.categories,
            include_quoted: self.include_quoted,
        }
    }
}

/// Custom lists as stored (a JSON array of `{origin, src}`); `None` if any is malformed.
pub fn lists_from_json(text: &str) -> Option<Vec<SavedList>> {
    js_json::items(&js_json::parse(text)?)?
        .iter()
        .map(|l| {
            Some(SavedList {
                origin: js_json::field(l, "origin")?.as_string()?,
                src: js_json::field(l, "src")?.as_string()?,
            })
        })
        .collect()
}

/// Custom lists as stored and as the worker takes them: the JSON that `lists_from_json` reads.
pub fn lists_json(lists: &[SavedList]) -> String {
    let items: Vec<String> = lists
        .iter()
        .map(|l| {
            format!(
                "{{\"origin\":{},\"src\":{}}}",
                js_json::string(&l.origin),
                js_json::string(&l.src)
            )
        })
        .collect();
    format!("[{}]", items.join(","))
}

/// A custom list as the user gave it, so it can be compiled again after a reload.
#[derive(Debug, Clone, PartialEq)]
pub struct SavedList {
    pub origin: String,
    pub src: String,
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

fn get(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

fn set(key: &str, value: &str) -> Result<(), String> {
    let s = storage().ok_or("this browser keeps no local storage here")?;
    s.set_item(key, value)
        .map_err(|_| "the browser's local storage is full or switched off".to_string())
}

/// The key of the text's part `k` (see [`save_text`]).
fn text_key(k: usize) -> String {
    if k == 0 {
        TEXT_KEY.into()
    } else {
        format!("{TEXT_KEY}.{k}")
    }
}

/// The saved text: its parts joined, up to the first missing one.
pub fn load_text() -> Option<String> {
    let mut text = get(TEXT_KEY)?;
    let mut k = 1;
    while let Some(p) = get(&text_key(k)) {
        text.push_str(&p);
        k += 1;
    }
    Some(text)
}

/// Saves the text in `parts` (a long text's blocks, else the whole text), each under a key of
/// its own and written only when it differs from the stored one: after typing in one block of
/// a 2 MB text, storing it whole held the page 10-60 ms; one part takes well under 1 ms. The
/// parts stay JavaScript strings, compared and stored without a copy into the module.
pub fn save_text(parts: &[js_sys::JsString]) -> Result<(), String> {
    let s = storage().ok_or("this browser keeps no local storage here")?;
    let call = |name: &str, k: usize, v: Option<&JsValue>| {
        let f = js_sys::Reflect::get(&s, &name.into())?.dyn_into::<js_sys::Function>()?;
        let key = text_key(k).into();
        v.map_or_else(|| f.call1(&s, &key), |v| f.call2(&s, &key, v))
    };
    // Removes the stored parts from `k` on (an earlier, longer text's).
    let drop_from = |mut k: usize| {
        while call("getItem", k, None).is_ok_and(|v| !v.is_null()) {
            let _ = call("removeItem", k, None);
            k += 1;
        }
    };
    for (k, part) in parts.iter().enumerate() {
        if call("getItem", k, None).ok().as_ref() != Some(part.as_ref())
            && call("setItem", k, Some(part)).is_err()
        {
            // Parts before `k` are new and the rest old: the new ones alone are kept. (A
            // first part that fails leaves the old text whole.)
            if k > 0 {
                drop_from(k);
            }
            return Err("the browser's local storage is full or switched off".into());
        }
    }
    drop_from(parts.len());
    Ok(())
}

pub fn load_settings() -> Settings {
    get(SETTINGS_KEY)
        .map(|s| Settings::from_json(&s))
        .unwrap_or_default()
}

pub fn save_settings(s: &Settings) -> Result<(), String> {
    set(SETTINGS_KEY, &s.to_json())
}

pub fn load_lists() -> Vec<SavedList> {
    get(LISTS_KEY)
        .and_then(|s| lists_from_json(&s))
        .unwrap_or_default()
}

pub fn save_lists(lists: &[SavedList]) -> Result<(), String> {
    set(LISTS_KEY, &lists_json(lists))
}

/// Rules ignored in this browser.
pub fn load_ignored() -> Vec<String> {
    get(IGNORED_KEY)
        .and_then(|s| js_json::strings(&js_json::parse(&s)?))
        .unwrap_or_default()
}

pub fn save_ignored(ignored: &[String]) -> Result<(), String> {
    set(
        IGNORED_KEY,
        &js_json::array(ignored.iter().map(String::as_str)),
    )
}

/// What a share link carries.
#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    pub text: String,
    pub settings: Settings,
}

/// `#v=1&hide=ll,as&quotes=0&shade=0&text=…`: short keys, then the text, percent-encoded by
/// `encode` (`encodeURIComponent` in the page).
pub fn fragment(text: &str, s: &Settings, encode: impl Fn(&str) -> String) -> String {
    let mut out = String::from("#v=1");
    let hidden: Vec<&str> = slant_core::Category::ALL
        .iter()
        .zip(s.categories)
        .filter(|(_, on)| !on)
        .map(|(c, _)| crate::model::cat_class(*c))
        .collect();
    if !hidden.is_empty() {
        out.push_str("&hide=");
        out.push_str(&hidden.join(","));
    }
    if !s.include_quoted {
        out.push_str("&quotes=0");
    }
    if !s.shade_quotes {
        out.push_str("&shade=0");
    }
    out.push_str("&text=");
    out.push_str(&encode(text));
    out
}

/// Reads a fragment written by [`fragment`] (with or without its `#`); `None` when it carries
/// no text or is not one of ours. `decode` undoes the percent-encoding (`None` on bad input).
pub fn parse_fragment(frag: &str, decode: impl Fn(&str) -> Option<String>) -> Option<Shared> {
    let frag = frag.strip_prefix('#').unwrap_or(frag);
    // The first "&text=", found byte by byte: `split_once` with a `&str` would bring the
    // standard library's two-way searcher into the page's own code (a copy of its own) for
    // this one search. ASCII, so both ends fall on character boundaries.
    const TEXT: &[u8] = b"&text=";
    let at = (0..frag.len()).find(|&i| frag.as_bytes()[i..].starts_with(TEXT))?;
    let (head, enc) = (&frag[..at], &frag[at + TEXT.len()..]);
    let mut parts = head.split('&');
    if parts.next() != Some("v=1") {
        return None;
    }
    let mut settings = Settings::default();
    for p in parts {
        match p.split_once('=') {
            Some(("hide", v)) => {
                for c in v.split(',') {
                    if let Some(i) = slant_core::Category::ALL
                        .iter()
                        .position(|&k| crate::model::cat_class(k) == c)
                    {
                        settings.categories[i] = false;
                    }
                }
            }
            Some(("quotes", "0")) => settings.include_quoted = false,
            Some(("shade", "0")) => settings.shade_quotes = false,
            _ => {}
        }
    }
    Some(Shared {
        text: decode(enc)?,
        settings,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The stored JSON is byte for byte what serde_json's derived writer gave for these types.
    #[test]
    fn stored_json_is_serde_json_s() {
        #[derive(serde::Serialize)]
        struct SettingsAsDerived {
            categories: [bool; 3],
            include_quoted: bool,
            shade_quotes: bool,
            reading_view: bool,
        }
        #[derive(serde::Serialize)]
        struct ListAsDerived<'a> {
            origin: &'a str,
            src: &'a str,
        }
        let s = Settings {
            categories: [true, false, true],
            include_quoted: false,
            shade_quotes: true,
            reading_view: true,
        };
        let derived = SettingsAsDerived {
            categories: s.categories,
            include_quoted: s.include_quoted,
            shade_quotes: s.shade_quotes,
            reading_view: s.reading_view,
        };
        assert_eq!(s.to_json(), serde_json::to_string(&derived).unwrap());
        let lists = vec![
            SavedList {
                origin: "my \"desk\".toml".into(),
                src: "[list]\nid = \"d\"\t\u{7}é\u{2028}<\\>".into(),
            },
            SavedList {
                origin: String::new(),
                src: "x".into(),
            },
        ];
        let derived: Vec<ListAsDerived> = lists
            .iter()
            .map(|l| ListAsDerived {
                origin: &l.origin,
                src: &l.src,
            })
            .collect();
        assert_eq!(lists_json(&lists), serde_json::to_string(&derived).unwrap());
        assert_eq!(lists_json(&[]), "[]");
        let ignored = ["a/b", "c \"d\"", "\\"];
        assert_eq!(
            js_json::array(ignored.iter().copied()),
            serde_json::to_string(&ignored).unwrap()
        );
        assert_eq!(js_json::array([]), "[]");
    }

    // A stand-in for encodeURIComponent: enough to check the round trip and that the text
    // cannot break out of its parameter.
    fn enc(s: &str) -> String {
        let mut o = String::new();
        for b in s.bytes() {
            if b.is_ascii_alphanumeric() || b"-_.!~*'()".contains(&b) {
                o.push(b as char);
            } else {
                o.push_str(&format!("%{b:02X}"));
            }
        }
        o
    }
    fn dec(s: &str) -> Option<String> {
        let b = s.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'%' {
                let h = std::str::from_utf8(b.get(i + 1..i + 3)?).ok()?;
                out.push(u8::from_str_radix(h, 16).ok()?);
                i += 3;
            } else {
                out.push(b[i]);
                i += 1;
            }
        }
        String::from_utf8(out).ok()
    }

    #[test]
    fn fragment_round_trips_text_and_settings() {
        let s = Settings {
            categories: [false, true, false],
            include_quoted: false,
            shade_quotes: false,
            reading_view: false,
        };
        let text = "Le régime « notorious » &text=x #2 — 🙂\nline two";
        let f = fragment(text, &s, enc);
        assert!(
            f.starts_with("#v=1&hide=ll,ua&quotes=0&shade=0&text="),
            "{f}"
        );
        let back = parse_fragment(&f, dec).unwrap();
        assert_eq!(back.text, text);
        assert_eq!(back.settings, s);
    }

    #[test]
    fn default_settings_give_a_short_head() {
        let f = fragment("a b", &Settings::default(), enc);
        assert_eq!(f, "#v=1&text=a%20b");
        assert_eq!(
            parse_fragment(&f, dec).unwrap().settings,
            Settings::default()
        );
    }

    #[test]
    fn foreign_or_broken_fragments_are_ignored() {
        assert_eq!(parse_fragment("", dec), None);
        assert_eq!(parse_fragment("#article", dec), None);
        assert_eq!(parse_fragment("#v=2&text=a", dec), None);
        assert_eq!(parse_fragment("#v=1&text=%E9", dec), None);
    }
}
