//! `compare()` for JavaScript (typed by hand in js/api.d.ts); only in the `frame` build.

use js_sys::{Array, Reflect};
use serde::Serialize;
use slant_core::{Options, Report};
use wasm_bindgen::prelude::*;

use crate::errors::{analyze_error, describe, type_error};

/// Compares two or more articles (strings, or `{id, text}` objects) on the same story: shared
/// actors with each article's labels, the words only one uses, loaded-language and sourcing
/// profiles. Articles with nothing in common still compare (`note` says so). Throws a
/// `TypeError` for fewer than two articles or an entry that is not text.
#[wasm_bindgen(unchecked_return_type = "Comparison")]
pub fn compare(
    #[wasm_bindgen(unchecked_param_type = "CompareInput[]")] articles: JsValue,
) -> Result<JsValue, JsValue> {
    const F: &str = "compare()";
    crate::install_panic_hook();
    if !Array::is_array(&articles) {
        return Err(type_error(&format!(
            "{F}: expected an array of articles (strings or {{id, text}} objects), got {}",
            describe(&articles)
        )));
    }
    let arr: Array = articles.unchecked_into();
    if arr.length() < 2 {
        return Err(type_error(&format!(
            "{F}: give at least two articles, got {}",
            arr.length()
        )));
    }
    let engine = crate::builtin()?;
    let mut reports = Vec::with_capacity(arr.length() as usize);
    for (i, item) in arr.iter().enumerate() {
        let (id, text) = if let Some(t) = item.as_string() {
            (None, t)
        } else if item.is_object() {
            let text = Reflect::get(&item, &"text".into())?
                .as_string()
                .ok_or_else(|| type_error(&format!("{F}: article {i} has no string `text`")))?;
            let id = Reflect::get(&item, &"id".into())?.as_string();
            (id, text)
        } else {
            return Err(type_error(&format!(
                "{F}: article {i} must be a string or {{id, text}}, got {}",
                describe(&item)
            )));
        };
        let opts = Options {
            id,
            actors: true,
            ..Options::default()
        };
        reports.push(engine.analyze(&text, &opts).map_err(analyze_error)?);
    }
    let refs: Vec<&Report> = reports.iter().collect();
    Ok(slant_core::frame::compare(&refs)
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())?)
}
