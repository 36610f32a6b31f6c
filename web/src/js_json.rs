//! Reads the little JSON the page stores (settings, custom lists, ignored rules) and hands the
//! worker (its custom lists) with the browser's own `JSON.parse`, which works in the worker too:
//! no parser of ours to ship or keep. Never panics: text that
//! `JSON.parse` rejects, and a value of the wrong shape, read as `None`.
//!
//! The little JSON it writes is written here by hand, strings and floats byte for byte as
//! serde_json writes them (`tests` hold them to it): one generic instance of serde_json's writer
//! per stored type was more code than these lines, and serde_json's own string and float writers
//! (its float writer's tables) were more than `string` and `float`.

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

/// `s` as a JSON string, escaped as serde_json escapes it: `"` and `\` after a backslash, the
/// control characters that have a short escape by it (`\b \f \n \r \t`), the other control
/// characters as `\u00xx` (lower-case hex), everything else as it is.
pub fn string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' | b'\\' => b,
            8 => b'b',
            12 => b'f',
            b'\n' => b'n',
            b'\r' => b'r',
            b'\t' => b't',
            0..=31 => b'u',
            _ => continue,
        };
        // `i` is an ASCII byte's: a character boundary.
        out.push_str(&s[from..i]);
        out.push('\\');
        out.push(short as char);
        if short == b'u' {
            out.push_str("00");
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
        from = i + 1;
    }
    out.push_str(&s[from..]);
    out.push('"');
    out
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `x` as serde_json writes an f64: `null` when it is not finite, else its shortest digits that
/// read back as `x` (the browser's, from `JSON.stringify`; natively Rust's `{:e}`), laid out by
/// `serde_layout`.
pub fn float(x: f64) -> String {
    if !x.is_finite() {
        return "null".into();
    }
    // The browser writes -0 as "0"; serde_json keeps the sign.
    if x == 0.0 {
        return if x.is_sign_negative() { "-0.0" } else { "0.0" }.into();
    }
    #[cfg(target_arch = "wasm32")]
    let digits: String = JSON::stringify(&JsValue::from_f64(x))
        .map(String::from)
        .unwrap_or_default();
    #[cfg(not(target_arch = "wasm32"))]
    let digits = format!("{x:e}");
    serde_layout(&digits)
}

/// A nonzero number written in decimal (`"-12.5"`, `"0.0004"`, `"1e+21"`, `"1.5e-7"`) laid out as
/// serde_json lays out a float's shortest digits: plain from 1e-5 up to below 1e16, with `.0`
/// after a whole number (`12.0`, `0.0004`), else one digit, the rest after a point, and the
/// exponent with its sign (`1e+21`, `1.5e-7`).
fn serde_layout(s: &str) -> String {
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (mantissa, exp) = s.split_once(['e', 'E']).unwrap_or((s, "0"));
    let exp_neg = exp.starts_with('-');
    let mut e: i32 = 0;
    for b in exp.bytes().filter(u8::is_ascii_digit) {
        e = e.saturating_mul(10).saturating_add(i32::from(b - b'0'));
    }
    if exp_neg {
        e = -e;
    }
    // The digits without the point; `e` becomes the exponent of the first nonzero one.
    let whole = mantissa.find('.').unwrap_or(mantissa.len()) as i32;
    let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    let lead = digits.iter().take_while(|&&d| d == b'0').count();
    let digits = &digits[lead..];
    let len = digits.iter().rposition(|&d| d != b'0').map_or(0, |p| p + 1);
    let digits = std::str::from_utf8(&digits[..len]).unwrap_or("0");
    let e = e + whole - 1 - lead as i32;
    let n = len as i32;
    let mut out = String::with_capacity(len + 8);
    if neg {
        out.push('-');
    }
    if (-5..=15).contains(&e) {
        if n - 1 <= e {
            out.push_str(digits);
            out.extend(std::iter::repeat_n('0', (e - (n - 1)) as usize));
            out.push_str(".0");
        } else if e >= 0 {
            let (a, b) = digits.split_at(e as usize + 1);
            out.push_str(a);
            out.push('.');
            out.push_str(b);
        } else {
            out.push_str("0.");
            out.extend(std::iter::repeat_n('0', (-e - 1) as usize));
            out.push_str(digits);
        }
    } else {
        let (a, b) = digits.split_at(len.min(1));
        out.push_str(a);
        if !b.is_empty() {
            out.push('.');
            out.push_str(b);
        }
        out.push_str(if e < 0 { "e-" } else { "e+" });
        out.push_str(&e.unsigned_abs().to_string());
    }
    out
}

/// A JSON array of strings (`["a","b"]`), as serde_json writes one.
pub fn array<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    let items: Vec<String> = items.into_iter().map(string).collect();
    format!("[{}]", items.join(","))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let mut all: String = (0u8..128).map(char::from).collect();
        all.push_str("é “quoted” — 漢字 🙂 \u{7f}\u{2028}");
        for s in ["", "plain", "a\"b\\c", "\\", "\"", "tab\tend\n", &all] {
            assert_eq!(string(s), serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn floats_are_written_as_serde_json_writes_them() {
        let mut xs = vec![
            0.0,
            -0.0,
            1.0,
            -1.0,
            0.1,
            0.45,
            2.5,
            37.5,
            100.0,
            1e-5,
            1.5e-5,
            9.99e-6,
            1e-6,
            1e-7,
            1e15,
            9.999e15,
            1e16,
            1.2345e16,
            1e21,
            1e22,
            123456789012345680.0,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            2.2250738585072e-308,
            f64::EPSILON,
            1.0 / 3.0,
            2.0 / 3.0,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ];
        // Every power of ten and its neighbours, and a spread of bit patterns.
        for p in -330..=310 {
            let x = 10f64.powi(p);
            xs.extend([x, x * 1.5, x * 7.0, -x * 3.25, x * 9.999_999]);
        }
        let mut bits: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..200_000 {
            bits ^= bits << 13;
            bits ^= bits >> 7;
            bits ^= bits << 17;
            xs.push(f64::from_bits(bits));
            xs.push((bits % 100_000) as f64 / 1000.0);
        }
        // Natively the digits are Rust's, which round a tie between two shortest forms up where
        // serde_json (and the browser: ECMAScript picks the even one) rounds it to even: there
        // the two may differ in the last digit, both shortest forms of `x`.
        let mut ties = 0;
        for x in xs {
            let (ours, theirs) = (float(x), serde_json::to_string(&x).unwrap());
            if ours != theirs {
                assert_eq!(ours.len(), theirs.len(), "{x:e}");
                assert_eq!(ours.parse::<f64>().ok(), Some(x), "{x:e}");
                assert_eq!(theirs.parse::<f64>().ok(), Some(x), "{x:e}");
                ties += 1;
            }
        }
        assert!(ties < 100, "{ties}");
    }

    #[test]
    fn the_layout_reads_the_browser_s_forms() {
        // JSON.stringify's forms of numbers, which `float` lays out in WebAssembly.
        for (js, serde) in [
            ("12.5", "12.5"),
            ("-3", "-3.0"),
            ("0.0004", "0.0004"),
            ("0.000001", "1e-6"),
            ("1e-7", "1e-7"),
            ("1.5e-7", "1.5e-7"),
            ("123456789012345680", "1.2345678901234568e+17"),
            ("1e+21", "1e+21"),
            ("-1.7976931348623157e+308", "-1.7976931348623157e+308"),
            ("5e-324", "5e-324"),
            ("1000000000000000", "1000000000000000.0"),
        ] {
            assert_eq!(serde_layout(js), serde, "{js}");
        }
    }
}
