//! Reads the little JSON the page stores (settings, custom lists, ignored rules) and hands the
//! worker (its custom lists) with the browser's own `JSON.parse`, which works in the worker too:
//! no parser of ours to ship or keep. Never panics: text that
//! `JSON.parse` rejects, and a value of the wrong shape, read as `None`.
//!
//! The little JSON it writes is written here by hand, each string through serde_json (so every
//! byte is what serde_json's derived writer gave): one generic instance of serde_json's
//! writer per stored type was more code than these lines.

use js_sys::{Array, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

/// The value of the JSON text `text`; `None` where `JSON.parse` throws.
pub fn parse(text: &str) -> Option<JsValue> {
    JSON::parse(text).ok()
}

/// The field `key` of an object; `None` if it is missing or `v` is not an object.
pub fn field(v: &JsValue, key: &str) -> Option<JsValue> {
    if !v.is_object() {
        return None;
    }
    Reflect::get(v, &JsValue::from_str(key))
        .ok()
        .filter(|f| !f.is_undefined())
}

/// The items of an array; `None` if `v` is not one.
pub fn items(v: &JsValue) -> Option<Vec<JsValue>> {
    v.dyn_ref::<Array>().map(Array::to_vec)
}

/// The strings of an array of strings; `None` if `v` is not one.
pub fn strings(v: &JsValue) -> Option<Vec<String>> {
    items(v)?.iter().map(JsValue::as_string).collect()
}

/// `s` as a JSON string, escaped as serde_json escapes it.
pub fn string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// A JSON array of strings (`["a","b"]`), as serde_json writes one.
pub fn array<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.into_iter().map(string).collect();
    format!("[{}]", items.join(","))
}
