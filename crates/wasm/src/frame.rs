//! Framing in JavaScript: UTF-16 offsets on the report's `actors`, and `compare()` (typed by
//! hand in js/api.d.ts).

use js_sys::{Array, Reflect};
use serde::Serialize;
use slant_core::{Options, Report};
use wasm_bindgen::prelude::*;

use crate::convert::Utf16Map;
use crate::errors::{analyze_error, describe, type_error};

/// Every byte offset in the report's actors.
pub(crate) fn offsets(r: &Report, v: &mut Vec<usize>) {
    for a in r.actors.iter().flatten() {
        for m in &a.mentions {
            v.extend([m.start, m.end]);
        }
        for l in &a.labels {
            v.extend([l.start, l.end]);
            if let Some(s) = &l.speaker {
                v.extend([s.start, s.end]);
            }
        }
        for f in &a.flags {
            v.extend([f.start, f.end]);
        }
    }
}

fn set(obj: &JsValue, map: &Utf16Map, start: usize, end: usize) -> Result<(), JsValue> {
    Reflect::set(obj, &"utf16Start".into(), &(map.get(start) as f64).into())?;
    Reflect::set(obj, &"utf16End".into(), &(map.get(end) as f64).into())?;
    Ok(())
}

fn list(obj: &JsValue, name: &str) -> Result<Array, JsValue> {
    let v = Reflect::get(obj, &name.into())?;
    Ok(if Array::is_array(&v) {
        v.unchecked_into()
    } else {
        Array::new()
    })
}

/// Sets `utf16Start`/`utf16End` on the actors' mentions, labels, speakers and flags.
pub(crate) fn set_utf16(value: &JsValue, r: &Report, map: &Utf16Map) -> Result<(), JsValue> {
    let Some(actors) = &r.actors else {
        return Ok(());
    };
    let js_actors = list(value, "actors")?;
    for (i, a) in actors.iter().enumerate() {
        let obj = js_actors.get(i as u32);
        let ms = list(&obj, "mentions")?;
        for (j, m) in a.mentions.iter().enumerate() {
            set(&ms.get(j as u32), map, m.start, m.end)?;
        }
        let ls = list(&obj, "labels")?;
        for (j, l) in a.labels.iter().enumerate() {
            let lo = ls.get(j as u32);
            set(&lo, map, l.start, l.end)?;
            if let Some(s) = &l.speaker {
                set(&Reflect::get(&lo, &"speaker".into())?, map, s.start, s.end)?;
            }
        }
        let fs = list(&obj, "flags")?;
        for (j, f) in a.flags.iter().enumerate() {
            set(&fs.get(j as u32), map, f.start, f.end)?;
        }
    }
    Ok(())
}

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
