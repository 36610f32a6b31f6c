//! UTF-16 offsets on the report's `actors` (typed by hand in js/api.d.ts).

use js_sys::{Array, Reflect};
use slant_core::Report;
use wasm_bindgen::prelude::*;

use crate::convert::Utf16Map;

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
