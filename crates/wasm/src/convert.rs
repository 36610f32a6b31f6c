//! Report -> plain JavaScript object, with UTF-16 offsets next to the UTF-8 byte offsets so that
//! `text.slice(flag.utf16Start, flag.utf16End)` is exact in JavaScript.
//!
//! The report is serialized with serde-wasm-bindgen exactly as the CLI's JSON (so fields added to
//! the core schema appear here with no code change); the UTF-16 fields are then set on the span
//! objects (flags, sentences, quotes, speakers, links, triggers).

use js_sys::{Array, Reflect};
use serde::Serialize;
use slant_core::Report;
use wasm_bindgen::{JsCast, JsValue};

/// UTF-16 offsets of a set of byte offsets, computed in one forward pass over the text.
pub(crate) struct Utf16Map {
    bytes: Vec<usize>,
    units: Vec<usize>,
}

/// UTF-16 code units in these UTF-8 bytes: one per char, two for 4-byte chars (surrogate pairs).
fn utf16_units(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

impl Utf16Map {
    pub(crate) fn new(text: &str, mut offsets: Vec<usize>) -> Utf16Map {
        offsets.sort_unstable();
        offsets.dedup();
        let bytes = text.as_bytes();
        let mut units = Vec::with_capacity(offsets.len());
        let (mut pos, mut count) = (0usize, 0usize);
        for &o in &offsets {
            let o = o.min(bytes.len());
            count += bytes.get(pos..o).map_or(0, utf16_units);
            pos = o;
            units.push(count);
        }
        Utf16Map {
            bytes: offsets,
            units,
        }
    }

    pub(crate) fn for_report(text: &str, report: &Report) -> Utf16Map {
        Utf16Map::new(text, report_offsets(report))
    }

    /// Offsets are all registered in `new`; an unknown one (a bug) is clamped rather than panicking.
    pub(crate) fn get(&self, byte: usize) -> usize {
        match self.bytes.binary_search(&byte) {
            Ok(i) => self.units.get(i).copied().unwrap_or(0),
            Err(i) => i
                .checked_sub(1)
                .and_then(|j| self.units.get(j).copied())
                .unwrap_or(0),
        }
    }
}

/// Every byte offset the report carries.
fn report_offsets(r: &Report) -> Vec<usize> {
    let mut v = Vec::with_capacity(r.flags.len() * 2 + r.sentences.len() * 2 + r.quotes.len() * 2);
    for f in &r.flags {
        v.extend([f.start, f.end]);
        for s in f.speaker.iter().chain(&f.linked) {
            v.extend([s.start, s.end]);
        }
        for t in &f.triggers {
            v.extend([t.start, t.end]);
        }
    }
    for s in &r.sentences {
        v.extend([s.start, s.end]);
        if let Some(a) = &s.attribution {
            v.extend([a.start, a.end]);
        }
    }
    for q in &r.quotes {
        v.extend([q.start, q.end]);
        if let Some(s) = &q.speaker {
            v.extend([s.start, s.end]);
        }
    }
    crate::frame::offsets(r, &mut v);
    v
}

struct Keys {
    start16: JsValue,
    end16: JsValue,
}

fn set_span(
    obj: &JsValue,
    keys: &Keys,
    map: &Utf16Map,
    start: usize,
    end: usize,
) -> Result<(), JsValue> {
    Reflect::set(
        obj,
        &keys.start16,
        &JsValue::from_f64(map.get(start) as f64),
    )?;
    Reflect::set(obj, &keys.end16, &JsValue::from_f64(map.get(end) as f64))?;
    Ok(())
}

fn field(obj: &JsValue, name: &str) -> Result<JsValue, JsValue> {
    Reflect::get(obj, &JsValue::from_str(name))
}

fn array(obj: &JsValue, name: &str) -> Result<Array, JsValue> {
    let v = field(obj, name)?;
    if Array::is_array(&v) {
        Ok(v.unchecked_into())
    } else {
        Ok(Array::new())
    }
}

/// The report as a JavaScript object, UTF-16 offsets included.
/// `map` must come from [`Utf16Map::for_report`] on the analysed text.
pub(crate) fn report_to_js(report: &Report, map: &Utf16Map) -> Result<JsValue, JsValue> {
    let value = report.serialize(&serde_wasm_bindgen::Serializer::json_compatible())?;
    let keys = Keys {
        start16: JsValue::from_str("utf16Start"),
        end16: JsValue::from_str("utf16End"),
    };
    let flags = array(&value, "flags")?;
    for (i, f) in report.flags.iter().enumerate() {
        let obj = flags.get(i as u32);
        set_span(&obj, &keys, map, f.start, f.end)?;
        if let Some(s) = &f.speaker {
            set_span(&field(&obj, "speaker")?, &keys, map, s.start, s.end)?;
        }
        if let Some(s) = &f.linked {
            set_span(&field(&obj, "linked")?, &keys, map, s.start, s.end)?;
        }
        if !f.triggers.is_empty() {
            let ts = array(&obj, "triggers")?;
            for (j, t) in f.triggers.iter().enumerate() {
                set_span(&ts.get(j as u32), &keys, map, t.start, t.end)?;
            }
        }
    }
    let sentences = array(&value, "sentences")?;
    for (i, s) in report.sentences.iter().enumerate() {
        let obj = sentences.get(i as u32);
        set_span(&obj, &keys, map, s.start, s.end)?;
        if let Some(a) = &s.attribution {
            set_span(&field(&obj, "attribution")?, &keys, map, a.start, a.end)?;
        }
    }
    let quotes = array(&value, "quotes")?;
    for (i, q) in report.quotes.iter().enumerate() {
        let obj = quotes.get(i as u32);
        set_span(&obj, &keys, map, q.start, q.end)?;
        if let Some(s) = &q.speaker {
            set_span(&field(&obj, "speaker")?, &keys, map, s.start, s.end)?;
        }
    }
    crate::frame::set_utf16(&value, report, map)?;
    Ok(value)
}

/// Every byte offset of the report with the UTF-16 offset the map gives it (crates/fuzz checks
/// these against `str::encode_utf16`).
pub(crate) fn utf16_pairs_for_fuzzing(text: &str, r: &Report) -> Vec<(usize, usize)> {
    let map = Utf16Map::for_report(text, r);
    report_offsets(r)
        .into_iter()
        .map(|b| (b, map.get(b)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_offsets_match_encode_utf16() {
        let text = "é😀 a中b\u{10FFFF}c";
        let offsets: Vec<usize> = text
            .char_indices()
            .map(|(i, _)| i)
            .chain([text.len()])
            .collect();
        let map = Utf16Map::new(text, offsets.clone());
        for o in offsets {
            assert_eq!(map.get(o), text[..o].encode_utf16().count(), "at byte {o}");
        }
    }
}
