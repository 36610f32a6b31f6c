//! Every failure becomes a JavaScript exception with a message a web developer can act on.
//! Nothing here panics: building an error must not fail in a way that hides the first one.

use js_sys::{Error, Reflect, TypeError};
use slant_core::{AnalyzeError, WordListError};
use wasm_bindgen::JsValue;

/// A wrong argument or option: the caller's code is wrong, so a `TypeError`.
pub(crate) fn type_error(message: &str) -> JsValue {
    TypeError::new(message).into()
}

/// A custom wordlist that does not parse or clashes with another list. The error's `name` is
/// `WordListError` and it carries `origin`, `line`, `column` and `reason`, so an editor can point
/// at the spot.
pub(crate) fn wordlist_error(e: &WordListError) -> JsValue {
    let err = Error::new(&e.to_string());
    err.set_name("WordListError");
    let value: JsValue = err.into();
    // Setting a property on a fresh Error object cannot fail; if it somehow did, the message
    // still says everything, so the result is ignored.
    let _ = Reflect::set(&value, &"origin".into(), &e.origin.as_str().into());
    let _ = Reflect::set(&value, &"line".into(), &(e.line as f64).into());
    let _ = Reflect::set(&value, &"column".into(), &(e.column as f64).into());
    let _ = Reflect::set(&value, &"reason".into(), &e.message.as_str().into());
    value
}

pub(crate) fn analyze_error(e: AnalyzeError) -> JsValue {
    match e {
        AnalyzeError::WordList(w) => wordlist_error(&w),
        AnalyzeError::TooLarge(_) => js_sys::RangeError::new(&e.to_string()).into(),
    }
}

/// What JavaScript calls a value, for messages like "got number".
pub(crate) fn describe(v: &JsValue) -> String {
    if v.is_undefined() {
        "undefined".into()
    } else if v.is_null() {
        "null".into()
    } else if js_sys::Array::is_array(v) {
        "an array".into()
    } else if let Some(s) = v.as_string() {
        let mut short: String = s.chars().take(40).collect();
        if short.len() < s.len() {
            short.push('…');
        }
        format!("the string {short:?}")
    } else {
        v.js_typeof()
            .as_string()
            .unwrap_or_else(|| "a value".into())
    }
}
