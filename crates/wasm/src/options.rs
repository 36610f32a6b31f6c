//! Reads the JavaScript options object by hand rather than through serde, so that every mistake
//! gets a message naming the function, the option and what was passed instead.

use js_sys::{Array, Object, Reflect};
use slant_core::Category;
use wasm_bindgen::{JsCast, JsValue};

use crate::errors::{describe, type_error};

/// A custom wordlist as given: its name for error messages and its TOML text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ListSource {
    pub origin: String,
    pub text: String,
}

/// Options as the caller gave them; `None` means "not given", so defaults can be layered.
#[derive(Debug, Default)]
pub(crate) struct JsOptions {
    pub categories: Option<Vec<Category>>,
    pub include_quoted: Option<bool>,
    pub id: Option<String>,
    pub wordlists: Option<Vec<ListSource>>,
    pub min_confidence: Option<f64>,
}

const KEYS: [&str; 5] = [
    "categories",
    "includeQuoted",
    "wordlists",
    "id",
    "minConfidence",
];

/// Parses `options` for the function `func` ("analyze()", "new Slant()"...). `undefined` and
/// `null` mean no options. `wordlists_allowed` is false where lists were compiled earlier.
pub(crate) fn parse(
    func: &str,
    options: &JsValue,
    wordlists_allowed: bool,
) -> Result<JsOptions, JsValue> {
    let mut out = JsOptions::default();
    if options.is_undefined() || options.is_null() {
        return Ok(out);
    }
    if !options.is_object() || Array::is_array(options) || options.is_function() {
        return Err(type_error(&format!(
            "{func}: options must be an object like {{ categories: [\"loaded_language\"] }}, got {}",
            describe(options)
        )));
    }
    let obj: &Object = options.unchecked_ref();
    for key in Object::keys(obj).iter() {
        let key = key.as_string().unwrap_or_default();
        let value = Reflect::get(obj, &JsValue::from_str(&key))?;
        // `{ categories: undefined }` is how JavaScript often says "not given".
        if value.is_undefined() {
            continue;
        }
        let here = |what: &str| format!("{func}: options.{key} {what}, got {}", describe(&value));
        match key.as_str() {
            "categories" => out.categories = Some(categories(func, &value)?),
            "includeQuoted" => match value.as_bool() {
                Some(b) => out.include_quoted = Some(b),
                None => return Err(type_error(&here("must be true or false"))),
            },
            "minConfidence" => match value.as_f64() {
                Some(p) if (0.0..=1.0).contains(&p) => out.min_confidence = Some(p),
                _ => return Err(type_error(&here("must be a number from 0 to 1"))),
            },
            "id" => match value.as_string() {
                Some(s) => out.id = Some(s),
                None => return Err(type_error(&here("must be a string"))),
            },
            "wordlists" if !wordlists_allowed => {
                return Err(type_error(&format!(
                    "{func}: options.wordlists cannot be given here; pass them to new Slant({{ wordlists }}), which compiles them once"
                )))
            }
            "wordlists" => out.wordlists = Some(wordlists(func, &value)?),
            other => {
                let squash = |s: &str| s.replace(['_', '-'], "").to_ascii_lowercase();
                let hint = KEYS
                    .iter()
                    .find(|k| squash(k) == squash(other))
                    .map(|k| format!(" (did you mean {k}?)"))
                    .unwrap_or_default();
                let allowed: Vec<&str> = KEYS
                    .iter()
                    .copied()
                    .filter(|k| wordlists_allowed || *k != "wordlists")
                    .collect();
                return Err(type_error(&format!(
                    "{func}: unknown option {other:?}{hint}; the options are {}",
                    allowed.join(", ")
                )));
            }
        }
    }
    Ok(out)
}

fn categories(func: &str, value: &JsValue) -> Result<Vec<Category>, JsValue> {
    let one = |v: &JsValue, at: &str| -> Result<Category, JsValue> {
        let Some(s) = v.as_string() else {
            return Err(type_error(&format!(
                "{func}: options.categories{at} must be a category name, got {}",
                describe(v)
            )));
        };
        Category::parse(&s).ok_or_else(|| {
            type_error(&format!(
                "{func}: options.categories{at} is {s:?}, which is not a category; use loaded_language, anonymous_source or unattributed_assertion"
            ))
        })
    };
    if Array::is_array(value) {
        let arr: &Array = value.unchecked_ref();
        let mut out = Vec::with_capacity(arr.length() as usize);
        for (i, v) in arr.iter().enumerate() {
            let c = one(&v, &format!("[{i}]"))?;
            if !out.contains(&c) {
                out.push(c);
            }
        }
        Ok(out)
    } else if value.is_string() {
        Ok(vec![one(value, "")?])
    } else {
        Err(type_error(&format!(
            "{func}: options.categories must be an array of category names, got {}",
            describe(value)
        )))
    }
}

fn wordlists(func: &str, value: &JsValue) -> Result<Vec<ListSource>, JsValue> {
    if !Array::is_array(value) {
        return Err(type_error(&format!(
            "{func}: options.wordlists must be an array of wordlist texts (TOML, as in the wordlists/ files), got {}",
            describe(value)
        )));
    }
    let arr: &Array = value.unchecked_ref();
    let mut out = Vec::with_capacity(arr.length() as usize);
    for (i, v) in arr.iter().enumerate() {
        let default_origin = format!("wordlists[{i}]");
        if let Some(text) = v.as_string() {
            out.push(ListSource {
                origin: default_origin,
                text,
            });
            continue;
        }
        // `{ name, text }` lets an editor name the list in error messages.
        let bad = || {
            type_error(&format!(
                "{func}: options.wordlists[{i}] must be a string of TOML or {{ name: string, text: string }}, got {}",
                describe(&v)
            ))
        };
        if !v.is_object() || Array::is_array(&v) {
            return Err(bad());
        }
        let text = Reflect::get(&v, &"text".into())?
            .as_string()
            .ok_or_else(bad)?;
        let name = Reflect::get(&v, &"name".into())?;
        let origin = if name.is_undefined() || name.is_null() {
            default_origin
        } else {
            name.as_string().ok_or_else(bad)?
        };
        out.push(ListSource { origin, text });
    }
    Ok(out)
}
