//! The JavaScript API, run by wasm-bindgen-test under Node and (WASM_BINDGEN_USE_BROWSER=1) in
//! headless Chromium: reports, UTF-16 offsets, options, custom wordlists and error paths.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, JsString, Reflect, JSON};
use serde_json::Value;
use slant_wasm::{analyze, lists, version, AnalyzeOptionsArg, Slant, SlantOptionsArg};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const SEED: &str = include_str!("../../../tests/fixtures/seed-presstv-2009-06-15-mko.txt");

const MY_LIST: &str = r#"
[list]
id = "mine"
category = "loaded_language"
kind = "pejorative"
description = "Test list."

[[entry]]
term = "grumpy"
explain = "A test entry."
suggest = ["unhappy"]

[[entry]]
term = "dissident"
explain = "Another test entry."
"#;

fn js(json: &str) -> JsValue {
    JSON::parse(json).expect("test JSON parses")
}

fn opts<T: JsCast>(json: &str) -> Option<T> {
    Some(js(json).unchecked_into())
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).expect("property read")
}

fn num(v: &JsValue, key: &str) -> usize {
    get(v, key)
        .as_f64()
        .unwrap_or_else(|| panic!("{key} is a number"))
        .round() as usize
}

fn string(v: &JsValue, key: &str) -> String {
    get(v, key)
        .as_string()
        .unwrap_or_else(|| panic!("{key} is a string"))
}

fn arr(v: &JsValue, key: &str) -> Array {
    let a = get(v, key);
    assert!(Array::is_array(&a), "{key} is an array");
    a.unchecked_into()
}

fn run(text: &str, o: Option<AnalyzeOptionsArg>) -> JsValue {
    analyze(text.into(), o).unwrap_or_else(|e| panic!("analyze threw {e:?}"))
}

/// (name, message) of a thrown error.
fn thrown(r: Result<JsValue, JsValue>) -> (String, String) {
    let e = r.expect_err("the call should throw");
    let err: &js_sys::Error = e.dyn_ref().expect("an Error object");
    (err.name().into(), err.message().into())
}

fn js_slice(text: &JsString, v: &JsValue) -> String {
    text.slice(num(v, "utf16Start") as u32, num(v, "utf16End") as u32)
        .into()
}

/// Every span in the report, with its JS slice and its byte slice of `text`, agrees.
fn assert_offsets_exact(text: &str, report: &JsValue) {
    let jtext = JsString::from(text);
    let check = |span: &JsValue, what: &str| {
        let (s, e) = (num(span, "start"), num(span, "end"));
        let by_bytes = text
            .get(s..e)
            .unwrap_or_else(|| panic!("{what}: bytes {s}..{e} on char boundaries"));
        assert_eq!(js_slice(&jtext, span), by_bytes, "{what}");
        if let Some(t) = get(span, "text").as_string() {
            assert_eq!(t, by_bytes, "{what} text");
        }
    };
    for f in arr(report, "flags").iter() {
        check(&f, "flag");
        for key in ["speaker", "linked"] {
            let s = get(&f, key);
            if s.is_object() {
                check(&s, key);
            }
        }
        if let Ok(ts) = get(&f, "triggers").dyn_into::<Array>() {
            for t in ts.iter() {
                check(&t, "trigger");
            }
        }
    }
    for s in arr(report, "sentences").iter() {
        check(&s, "sentence");
    }
    for q in arr(report, "quotes").iter() {
        check(&q, "quote");
        let s = get(&q, "speaker");
        if s.is_object() {
            check(&s, "quote speaker");
        }
    }
}

fn flag_texts(report: &JsValue) -> Vec<String> {
    arr(report, "flags")
        .iter()
        .map(|f| string(&f, "text"))
        .collect()
}

fn rules(report: &JsValue) -> Vec<String> {
    arr(report, "flags")
        .iter()
        .map(|f| string(&f, "rule"))
        .collect()
}

/// JSON numbers as f64 (a JS number 81 and Rust's 81.0 are the same value), UTF-16 keys dropped.
fn normalize(v: Value) -> Value {
    match v {
        Value::Number(n) => n
            .as_f64()
            .and_then(serde_json::Number::from_f64)
            .map_or(Value::Null, Value::Number),
        Value::Array(a) => Value::Array(a.into_iter().map(normalize).collect()),
        Value::Object(o) => Value::Object(
            o.into_iter()
                .filter(|(k, _)| k != "utf16Start" && k != "utf16End")
                .map(|(k, v)| (k, normalize(v)))
                .collect(),
        ),
        other => other,
    }
}

#[wasm_bindgen_test]
fn report_is_the_cli_json_schema_plus_utf16_offsets() {
    let report = run(SEED, None);
    let from_js: Value =
        serde_json::from_str(&String::from(JSON::stringify(&report).unwrap())).unwrap();
    // The JavaScript API turns actors on.
    let opts = slant_core::Options {
        actors: true,
        ..slant_core::Options::default()
    };
    let core = slant_core::Analyzer::builtin()
        .unwrap()
        .analyze(SEED, &opts)
        .unwrap();
    let core = serde_json::to_value(core).unwrap();
    assert_eq!(normalize(from_js), normalize(core));
    assert_eq!(num(&report, "schema_version"), 1);
    assert!(get(&report, "id").is_null());
    let flags = arr(&report, "flags");
    assert!(flags.length() > 5, "the seed article is flagged");
    assert_offsets_exact(SEED, &report);
    // Plain objects and arrays, not Maps.
    assert!(
        get(&report, "scores").is_object()
            && !get(&report, "scores").is_instance_of::<js_sys::Map>()
    );
}

#[wasm_bindgen_test]
fn utf16_offsets_are_exact_with_emoji_accents_and_cjk() {
    let text = "Le régime 😀😀 — the notorious regime massacred protesters, officials said. \
                中文新闻: “The regime is brutal,” said 李明. 🇫🇷 Critics slammed the café owner's \
                shameful plan.\n\nA senior official, who spoke on condition of anonymity, said 💥 the regime clearly wanted war.";
    let report = run(text, None);
    let texts = flag_texts(&report);
    for w in ["notorious", "massacred"] {
        assert!(texts.iter().any(|t| t == w), "{w} flagged in {texts:?}");
    }
    // The first flag sits after multi-byte characters, so bytes and UTF-16 offsets differ.
    let first = arr(&report, "flags").get(0);
    assert!(num(&first, "start") > num(&first, "utf16Start"));
    assert_offsets_exact(text, &report);
}

#[wasm_bindgen_test]
fn a_lone_surrogate_in_the_js_string_keeps_offsets_aligned() {
    // JavaScript strings may hold unpaired surrogates; Rust sees U+FFFD, one UTF-16 unit too.
    let text =
        JsString::from_char_code1(0xD800).concat(&JsValue::from_str(" The notorious regime."));
    let report = analyze(text.clone().into(), None).unwrap();
    let f = arr(&report, "flags")
        .iter()
        .find(|f| string(f, "text") == "notorious")
        .expect("flagged");
    assert_eq!(js_slice(&text, &f), "notorious");
}

#[wasm_bindgen_test]
fn options_select_categories_quotes_and_id() {
    let all = run(SEED, None);
    let cats = |r: &JsValue| -> Vec<String> {
        arr(r, "flags")
            .iter()
            .map(|f| string(&f, "category"))
            .collect()
    };
    assert!(cats(&all).iter().any(|c| c != "loaded_language"));
    let loaded = run(SEED, opts(r#"{"categories": ["loaded_language"]}"#));
    assert!(!cats(&loaded).is_empty());
    assert!(cats(&loaded).iter().all(|c| c == "loaded_language"));
    // A single name and the short forms are accepted.
    let anon = run(SEED, opts(r#"{"categories": "anonymous"}"#));
    assert!(cats(&anon).iter().all(|c| c == "anonymous_source") && !cats(&anon).is_empty());

    let quoted = "The minister said: \"These notorious thugs massacred our people.\"";
    let with = run(quoted, None);
    assert!(arr(&with, "flags")
        .iter()
        .any(|f| get(&f, "in_quote").as_bool() == Some(true)));
    let without = run(quoted, opts(r#"{"includeQuoted": false}"#));
    assert!(arr(&without, "flags")
        .iter()
        .all(|f| get(&f, "in_quote").as_bool() == Some(false)));
    assert!(arr(&without, "flags").length() < arr(&with, "flags").length());

    // An option set to `undefined` counts as not given.
    let o = js(r#"{"id": "story-42"}"#);
    Reflect::set(&o, &"categories".into(), &JsValue::UNDEFINED).unwrap();
    let with_id = run("Text.", Some(o.unchecked_into()));
    assert_eq!(string(&with_id, "id"), "story-42");
}

#[wasm_bindgen_test]
fn custom_wordlists_add_flags_per_call_and_per_instance() {
    let text = "The grumpy dissident spoke. The notorious regime replied.";
    let plain = run(text, None);
    assert!(!rules(&plain).iter().any(|r| r.starts_with("mine/")));

    let o = js(r#"{"wordlists": []}"#);
    Reflect::set(&o, &"wordlists".into(), &Array::of1(&MY_LIST.into())).unwrap();
    let custom = run(text, Some(o.clone().unchecked_into()));
    let rs = rules(&custom);
    assert!(rs.contains(&"mine/grumpy".to_string()), "{rs:?}");
    assert!(rs.contains(&"mine/dissident".to_string()), "{rs:?}");
    // Built-in lists still apply.
    assert!(flag_texts(&custom).contains(&"notorious".to_string()));
    // Same lists again: same result (served from the compiled cache).
    assert_eq!(rules(&run(text, Some(o.unchecked_into()))), rs);

    // Compiled once in a Slant, used for many texts; defaults from the constructor.
    let so = js(r#"{"categories": ["loaded_language"]}"#);
    let named = js(r#"{"name": "my-list.toml"}"#);
    Reflect::set(&named, &"text".into(), &MY_LIST.into()).unwrap();
    Reflect::set(&so, &"wordlists".into(), &Array::of1(&named)).unwrap();
    let slant = Slant::new(Some(so.unchecked_into::<SlantOptionsArg>())).unwrap();
    for t in [text, "Only a grumpy man.", SEED] {
        let r = slant.analyze(t.into(), None).unwrap();
        assert!(arr(&r, "flags")
            .iter()
            .all(|f| string(&f, "category") == "loaded_language"));
        assert_offsets_exact(t, &r);
    }
    let r = slant.analyze("Only a grumpy man.".into(), None).unwrap();
    assert_eq!(rules(&r), vec!["mine/grumpy"]);
    // Per-call options override the instance's defaults.
    let r = slant
        .analyze(
            SEED.into(),
            Some(js(r#"{"categories": ["anonymous_source"]}"#).unchecked_into()),
        )
        .unwrap();
    assert!(arr(&r, "flags")
        .iter()
        .all(|f| string(&f, "category") == "anonymous_source"));

    let ls = Array::from(&slant.lists().unwrap());
    let last = ls.get(ls.length() - 1);
    assert_eq!(string(&last, "id"), "mine");
    assert_eq!(string(&last, "origin"), "my-list.toml");
    assert_eq!(get(&last, "builtin").as_bool(), Some(false));
    assert_eq!(num(&last, "entries"), 2);
    assert_eq!(ls.length(), Array::from(&lists().unwrap()).length() + 1);
}

#[wasm_bindgen_test]
fn a_malformed_wordlist_throws_a_located_wordlist_error() {
    let bad = MY_LIST.replace("kind = \"pejorative\"", "kind = \"nasty\"");
    let o = js("{}");
    Reflect::set(&o, &"wordlists".into(), &Array::of1(&bad.into())).unwrap();
    let e = analyze("text".into(), Some(o.unchecked_into())).unwrap_err();
    let err: &js_sys::Error = e.dyn_ref().unwrap();
    assert_eq!(String::from(err.name()), "WordListError");
    let msg = String::from(err.message());
    assert!(msg.starts_with("wordlists[0]:5:"), "{msg}");
    assert!(msg.contains("unknown kind \"nasty\""), "{msg}");
    assert_eq!(num(&e, "line"), 5);
    assert_eq!(num(&e, "column"), 8);
    assert_eq!(string(&e, "origin"), "wordlists[0]");
    assert!(string(&e, "reason").contains("unknown kind"));

    // TOML syntax error, named list, through the Slant constructor.
    let broken = js(r#"{"name": "broken.toml", "text": "[list]\nid = \"x\nkind = 1"}"#);
    let o = js("{}");
    Reflect::set(&o, &"wordlists".into(), &Array::of1(&broken)).unwrap();
    let e = Slant::new(Some(o.unchecked_into())).err().expect("throws");
    let msg = String::from(e.unchecked_ref::<js_sys::Error>().message());
    assert!(msg.starts_with("broken.toml:2:"), "{msg}");

    // A custom list may not reuse a built-in list's id.
    let builtin_id = string(&Array::from(&lists().unwrap()).get(0), "id");
    let clash = MY_LIST.replace("id = \"mine\"", &format!("id = \"{builtin_id}\""));
    let o = js("{}");
    Reflect::set(&o, &"wordlists".into(), &Array::of1(&clash.into())).unwrap();
    let (name, msg) = thrown(analyze("text".into(), Some(o.unchecked_into())));
    assert_eq!(name, "WordListError");
    assert!(msg.contains("already used"), "{msg}");
}

#[wasm_bindgen_test]
fn wrong_arguments_and_options_throw_type_errors() {
    let cases: [(&str, &str); 10] = [
        (
            r#"{"categorys": ["loaded"]}"#,
            "unknown option \"categorys\"",
        ),
        (
            r#"{"include_quoted": false}"#,
            "did you mean includeQuoted?",
        ),
        (
            r#"{"categories": 3}"#,
            "options.categories must be an array",
        ),
        (
            r#"{"categories": ["loaded", 7]}"#,
            "options.categories[1] must be a category name, got number",
        ),
        (
            r#"{"categories": ["loded"]}"#,
            "\"loded\", which is not a category",
        ),
        (
            r#"{"includeQuoted": "no"}"#,
            "options.includeQuoted must be true or false, got the string \"no\"",
        ),
        (
            r#"{"wordlists": "[list]"}"#,
            "options.wordlists must be an array",
        ),
        (
            r#"{"wordlists": [42]}"#,
            "options.wordlists[0] must be a string of TOML",
        ),
        (r#"{"id": 5}"#, "options.id must be a string"),
        (r#"[1, 2]"#, "options must be an object"),
    ];
    for (o, want) in cases {
        let (name, msg) = thrown(analyze("text".into(), opts(o)));
        assert_eq!(name, "TypeError", "{o}");
        assert!(msg.starts_with("analyze(): "), "{msg}");
        assert!(msg.contains(want), "{o}: {msg}");
    }
    for bad in [
        JsValue::from_f64(42.0),
        JsValue::UNDEFINED,
        JsValue::NULL,
        js("{}"),
    ] {
        let (name, msg) = thrown(analyze(bad, None));
        assert_eq!(name, "TypeError");
        assert!(msg.contains("the text must be a string"), "{msg}");
    }
    // `null`/`undefined` options mean defaults.
    assert!(analyze("text".into(), Some(JsValue::NULL.unchecked_into())).is_ok());
    // Lists are compiled by the constructor, not per call on an instance.
    let slant = Slant::new(None).unwrap();
    let (name, msg) = thrown(slant.analyze("text".into(), opts(r#"{"wordlists": []}"#)));
    assert_eq!(name, "TypeError");
    assert!(msg.contains("pass them to new Slant"), "{msg}");
    let (_, msg) = thrown(slant.analyze(JsValue::from_bool(true), None));
    assert!(
        msg.starts_with("Slant.analyze(): the text must be a string, got boolean"),
        "{msg}"
    );
}

#[wasm_bindgen_test]
fn lists_and_version_describe_the_module() {
    assert_eq!(version(), env!("CARGO_PKG_VERSION"));
    let ls = Array::from(&lists().unwrap());
    assert!(ls.length() >= 5);
    let mut cats: Vec<String> = ls.iter().map(|l| string(&l, "category")).collect();
    cats.sort();
    cats.dedup();
    for c in [
        "anonymous_source",
        "cue",
        "loaded_language",
        "unattributed_assertion",
    ] {
        assert!(cats.contains(&c.to_string()), "{c} in {cats:?}");
    }
    for l in ls.iter() {
        assert!(string(&l, "origin").starts_with("wordlists/"));
        assert_eq!(get(&l, "builtin").as_bool(), Some(true));
        assert_eq!(num(&l, "entries") as u32, arr(&l, "terms").length());
        assert!(num(&l, "entries") > 0);
    }
}

/// Inputs no article has: nothing may throw or trap, and offsets stay exact.
#[wasm_bindgen_test]
fn odd_inputs_never_trap() {
    let pieces = [
        "",
        " ",
        "\n\n",
        "\"",
        "“",
        "”",
        "'",
        "said",
        "officials",
        "notorious",
        "regime",
        ".",
        "?!",
        "é",
        "😀",
        "中",
        "\u{200b}",
        "\r\n",
        "—",
        "(",
        ")",
        "Mr.",
        "U.S.",
        "clearly",
        "a source said",
        "«",
        "»",
        "\t",
        "\u{feff}",
        "1,000",
        "who spoke on condition of anonymity",
    ];
    let mut seed: u64 = 0x5eed;
    for _ in 0..300 {
        let mut text = String::new();
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let n = (seed >> 33) % 40;
        for _ in 0..n {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            text.push_str(pieces[(seed >> 33) as usize % pieces.len()]);
            if (seed >> 20) % 3 == 0 {
                text.push(' ');
            }
        }
        let report = analyze(text.as_str().into(), None)
            .unwrap_or_else(|e| panic!("analyze threw {e:?} on {text:?}"));
        assert_offsets_exact(&text, &report);
    }
}

#[wasm_bindgen_test]
fn report_has_actors_with_utf16_offsets() {
    let text = "« Ünïcode » first. Former dictator Arlo Brandt, a notorious crook, left.";
    let r = analyze(JsValue::from_str(text), None).expect("analyses");
    let v: Value = serde_json::from_str(&String::from(JSON::stringify(&r).unwrap())).unwrap();
    let actors = v["actors"].as_array().expect("actors");
    let brandt = actors
        .iter()
        .find(|a| a["name"] == "Arlo Brandt")
        .expect("Arlo Brandt");
    let utf16: Vec<u16> = text.encode_utf16().collect();
    for l in brandt["labels"].as_array().unwrap() {
        let (s, e) = (
            l["utf16Start"].as_u64().unwrap() as usize,
            l["utf16End"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            String::from_utf16(&utf16[s..e]).unwrap(),
            l["text"].as_str().unwrap()
        );
    }
    assert!(brandt["labels"]
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l["text"] == "notorious crook" && l["loaded"] == true));
}

#[wasm_bindgen_test]
fn compare_articles_and_errors() {
    let arts = js(
        r#"["Mayor Ruth Calder branded the Harbor Union a gang of thugs.",
                     {"id": "b", "text": "The Harbor Union, a dockworkers association, met Ruth Calder."}]"#,
    );
    let c = slant_wasm::compare(arts).expect("compares");
    let v: Value = serde_json::from_str(&String::from(JSON::stringify(&c).unwrap())).unwrap();
    assert_eq!(v["articles"][1]["id"], "b");
    assert!(v["shared_actors"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["name"] == "Harbor Union"));
    for bad in [
        r#"["only one"]"#,
        r#""not an array""#,
        r#"["a", 5]"#,
        r#"["a", {"id": "x"}]"#,
    ] {
        let e = slant_wasm::compare(js(bad)).expect_err(bad);
        assert_eq!(get(&e, "name"), JsValue::from_str("TypeError"), "{bad}");
    }
}
