//! `highlight()` on a real DOM, in headless Chromium (Node has no DOM).
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Reflect, JSON};
use slant_wasm::{highlight, unhighlight, AnalyzeOptionsArg, Slant};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};
use web_sys::{Document, Element};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    js_sys::global()
        .unchecked_into::<web_sys::Window>()
        .document()
        .expect("a document")
}

/// A detached-from-nothing test element attached to the body, with this (trusted) markup.
fn fixture(html: &str) -> Element {
    let doc = document();
    let el = doc.create_element("div").unwrap();
    el.set_inner_html(html);
    doc.body().unwrap().append_child(&el).unwrap();
    el
}

fn marks(el: &Element) -> Vec<Element> {
    let list = el.query_selector_all("mark[data-slant]").unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into::<Element>())
        .collect()
}

fn attr(e: &Element, name: &str) -> String {
    e.get_attribute(name).unwrap_or_default()
}

fn text_of(e: &Element) -> String {
    e.text_content().unwrap_or_default()
}

fn run(el: &Element) -> JsValue {
    highlight(el.clone().into(), None, None).unwrap_or_else(|e| panic!("highlight threw {e:?}"))
}

#[wasm_bindgen_test]
fn marks_flags_across_nested_elements_without_touching_the_markup() {
    let html = "<h2>Regime <i>news</i></h2><p class=\"lead\">The <em>notori</em>ous regime \
                <b>massacred</b> protesters, <a href=\"#x\">officials</a> said.</p>";
    let el = fixture(html);
    let before = text_of(&el);
    let report = run(&el);

    // The text is unchanged and the page's own elements are all still there.
    assert_eq!(text_of(&el), before);
    for sel in [
        "h2 > i",
        "p.lead > em",
        "p.lead > b",
        "p.lead > a[href='#x']",
    ] {
        assert!(el.query_selector(sel).unwrap().is_some(), "{sel} kept");
    }
    let ms = marks(&el);
    // "notorious" spans <em>notori</em> and "ous": two marks for one flag.
    let notorious: Vec<&Element> = ms
        .iter()
        .filter(|m| ["notori", "ous"].contains(&text_of(m).as_str()))
        .collect();
    assert_eq!(notorious.len(), 2, "one mark per text node");
    assert_eq!(
        attr(notorious[0], "data-slant-flag"),
        attr(notorious[1], "data-slant-flag")
    );
    assert_eq!(notorious[0].parent_element().unwrap().tag_name(), "EM");
    let idx: u32 = attr(notorious[0], "data-slant-flag").parse().unwrap();
    let flag = Array::from(&Reflect::get(&report, &"flags".into()).unwrap()).get(idx);
    assert_eq!(
        Reflect::get(&flag, &"text".into())
            .unwrap()
            .as_string()
            .unwrap(),
        "notorious"
    );
    let massacred = ms
        .iter()
        .find(|m| text_of(m) == "massacred")
        .expect("massacred marked");
    assert_eq!(massacred.parent_element().unwrap().tag_name(), "B");
    for m in &ms {
        assert!(attr(m, "data-slant").contains('_'), "category on the mark");
        assert!(!attr(m, "data-slant-rule").is_empty());
        assert!(!attr(m, "data-slant-kind").is_empty());
        assert!(!attr(m, "title").is_empty());
    }
    // The headline is its own paragraph: "Regime news" does not run into "The notorious...".
    let stats = Reflect::get(&report, &"stats".into()).unwrap();
    assert!(
        Reflect::get(&stats, &"paragraphs".into())
            .unwrap()
            .as_f64()
            .unwrap()
            >= 2.0
    );
    el.remove();
}

#[wasm_bindgen_test]
fn calling_twice_does_not_double_wrap_and_unhighlight_restores() {
    let html = "<p>The notorious regime massacred protesters.</p><p>A senior official, who spoke \
                on condition of anonymity, said the <span>brutal crackdown</span> would go on.</p>";
    let el = fixture(html);
    let original = el.inner_html();
    run(&el);
    let once = el.inner_html();
    assert_ne!(once, original, "something was marked");
    run(&el);
    assert_eq!(el.inner_html(), once, "second call gives the same DOM");
    assert!(
        el.query_selector("mark mark").unwrap().is_none(),
        "no nested marks"
    );
    // Different options re-mark from scratch.
    let only_anon: AnalyzeOptionsArg = JSON::parse(r#"{"categories": ["anonymous_source"]}"#)
        .unwrap()
        .unchecked_into();
    highlight(el.clone().into(), Some(only_anon), None).unwrap();
    assert!(marks(&el)
        .iter()
        .all(|m| attr(m, "data-slant") == "anonymous_source"));
    assert!(!marks(&el).is_empty());
    let removed = unhighlight(el.clone().into()).unwrap();
    assert!(removed > 0);
    assert_eq!(
        el.inner_html(),
        original,
        "the page's markup comes back exactly"
    );
    assert_eq!(el.child_nodes().length(), 2);
    el.remove();
}

#[wasm_bindgen_test]
fn script_like_text_stays_text_and_scripts_are_skipped() {
    // Escaped markup in the article is text; a real <script> and <style> are not prose.
    let html = "<p>&lt;script&gt;alert(1)&lt;/script&gt; The notorious &lt;b&gt;regime&lt;/b&gt; \
                replied.</p><script type=\"text/plain\">notorious regime massacred</script>\
                <style>.notorious { color: red }</style><textarea>notorious</textarea>";
    let el = fixture(html);
    let text_before = text_of(&el);
    // A custom list whose explanation looks like markup: it must end up as attribute text.
    let list = r#"
[list]
id = "xss"
category = "loaded_language"
kind = "pejorative"
[[entry]]
term = "replied"
inflect = false
explain = "<img src=x onerror=\"window.__slantXss = 1\"><script>window.__slantXss = 2</script>"
"#;
    let o = JSON::parse("{}").unwrap();
    Reflect::set(&o, &"wordlists".into(), &Array::of1(&list.into())).unwrap();
    let slant = Slant::new(Some(o.unchecked_into())).unwrap();
    slant.highlight(el.clone().into(), None, None).unwrap();

    assert_eq!(text_of(&el), text_before, "no text added or lost");
    assert_eq!(el.query_selector_all("script").unwrap().length(), 1);
    assert!(el.query_selector("img").unwrap().is_none());
    assert!(el
        .query_selector("script mark, style mark, textarea mark")
        .unwrap()
        .is_none());
    let script = el.query_selector("script").unwrap().unwrap();
    assert_eq!(text_of(&script), "notorious regime massacred");
    let ms = marks(&el);
    assert!(ms.iter().any(|m| text_of(m) == "notorious"));
    let replied = ms
        .iter()
        .find(|m| text_of(m) == "replied")
        .expect("custom term marked");
    assert!(attr(replied, "title").contains("<img src=x onerror="));
    assert!(replied.children().length() == 0, "the mark holds only text");
    let flag = Reflect::get(&js_sys::global(), &"__slantXss".into()).unwrap();
    assert!(flag.is_undefined(), "nothing ran");
    el.remove();
}

#[wasm_bindgen_test]
fn overlapping_flags_become_one_mark_per_piece() {
    // An assertion flag and a loaded-language flag may cover the same words.
    // An unattributed assertion covers its whole sentence; the loaded words inside it overlap.
    let el = fixture(
        "<p>The <i>notorious</i> regime undoubtedly masterminded the massacre. Critics disagree.</p>",
    );
    let report = run(&el);
    let flags = Array::from(&Reflect::get(&report, &"flags".into()).unwrap());
    assert!(flags.length() > 0);
    // Every flag's text is covered by marks that list its index.
    for i in 0..flags.length() {
        let f = flags.get(i);
        let want = Reflect::get(&f, &"text".into())
            .unwrap()
            .as_string()
            .unwrap();
        let got: String = marks(&el)
            .iter()
            .filter(|m| {
                attr(m, "data-slant-flag")
                    .split(' ')
                    .any(|x| x == i.to_string())
            })
            .map(text_of)
            .collect();
        assert_eq!(got, want, "flag {i}");
    }
    assert!(el.query_selector("mark mark").unwrap().is_none());
    let shared = marks(&el)
        .iter()
        .filter(|m| attr(m, "data-slant-flag").contains(' '))
        .count();
    assert!(shared > 0, "some marks carry two flags");
    assert!(marks(&el).iter().any(|m| attr(m, "data-slant")
        == "unattributed_assertion loaded_language"
        || attr(m, "data-slant") == "loaded_language unattributed_assertion"));
    el.remove();
}

#[wasm_bindgen_test]
fn highlight_rejects_what_is_not_an_element() {
    for bad in [
        JsValue::from_str("#article"),
        JsValue::NULL,
        JSON::parse("{}").unwrap(),
        document().create_text_node("x").into(),
    ] {
        let e = highlight(bad, None, None).unwrap_err();
        let err: &js_sys::Error = e.dyn_ref().unwrap();
        assert_eq!(String::from(err.name()), "TypeError");
        assert!(String::from(err.message()).contains("must be a DOM element"));
    }
    // An empty element is fine: nothing to mark.
    let el = fixture("");
    let r = run(&el);
    assert_eq!(
        Array::from(&Reflect::get(&r, &"flags".into()).unwrap()).length(),
        0
    );
    el.remove();
}

/// Every text node under `root`, in document order.
fn text_nodes(root: &Element) -> Vec<web_sys::Node> {
    let mut out = Vec::new();
    let mut stack = vec![web_sys::Node::from(root.clone())];
    while let Some(n) = stack.pop() {
        if n.node_type() == web_sys::Node::TEXT_NODE {
            out.push(n.clone());
        }
        let kids = n.child_nodes();
        for i in (0..kids.length()).rev() {
            stack.extend(kids.item(i));
        }
    }
    out
}

#[wasm_bindgen_test]
fn the_pages_text_nodes_stay_attached_and_identical_after_unhighlight() {
    // Flags at the start, middle and end of text nodes, a flag covering a whole node, and
    // several flags in one node: every way highlight() splits text.
    let html = "<p>Notorious officials said the regime massacred protesters, and the \
                <b>brutal</b> crackdown was clearly a shameful betrayal.</p>\
                <p>Sources said it <i>was</i> notorious</p>";
    let el = fixture(html);
    // Adjacent text nodes the page made itself: normalize() would merge them into one.
    let doc = document();
    let p = doc.create_element("p").unwrap();
    for part in ["The notorious ", "regime ", "massacred protesters."] {
        p.append_child(&doc.create_text_node(part)).unwrap();
    }
    el.append_child(&p).unwrap();
    let html = el.inner_html();
    let held = text_nodes(&el);
    let data: Vec<String> = held.iter().map(|n| n.text_content().unwrap()).collect();
    let parents: Vec<web_sys::Node> = held.iter().map(|n| n.parent_node().unwrap()).collect();
    run(&el);
    assert!(marks(&el).len() >= 5, "flags were marked");
    run(&el); // re-highlighting undoes and redoes the same way
    assert!(unhighlight(el.clone().into()).unwrap() >= 5);
    assert_eq!(el.inner_html(), html);
    let now = text_nodes(&el);
    assert_eq!(now.len(), held.len(), "no text node added or merged away");
    for (i, n) in held.iter().enumerate() {
        assert!(n.is_connected(), "text node {i} still in the page");
        assert!(
            n.is_same_node(Some(&now[i])),
            "text node {i} is the same object"
        );
        assert!(n.parent_node().unwrap().is_same_node(Some(&parents[i])));
        assert_eq!(
            n.text_content().unwrap(),
            data[i],
            "text node {i} has its text"
        );
    }
    el.remove();
}

#[wasm_bindgen_test]
fn the_pages_own_marks_survive() {
    // A legend made of the page's own marks, with the same attribute highlight() uses.
    let html = "<p><mark data-slant=\"loaded_language\">loaded language</mark> \
                <mark data-slant=\"anonymous_source\" class=\"x\">notorious</mark></p>\
                <p>The notorious regime massacred protesters.</p>";
    let el = fixture(html);
    run(&el);
    run(&el);
    assert!(marks(&el).len() > 2, "highlight() added its marks");
    unhighlight(el.clone().into()).unwrap();
    assert_eq!(
        el.inner_html(),
        html,
        "only highlight()'s marks were removed"
    );
    // unhighlight() with nothing of ours to remove leaves the page's marks.
    assert_eq!(unhighlight(el.clone().into()).unwrap(), 0);
    assert_eq!(marks(&el).len(), 2);
    el.remove();
}

#[wasm_bindgen_test]
fn code_and_editable_regions_are_skipped_by_default_and_skip_changes_that() {
    let html = "<p>The notorious regime.</p><p><code>notorious</code> <kbd>notorious</kbd> \
                <samp>notorious</samp></p><pre>notorious</pre>\
                <div contenteditable=\"true\">The notorious regime.</div>\
                <div contenteditable=\"false\"><p class=\"no-slant\">Brutal.</p><p>Notorious.</p></div>";
    let el = fixture(html);
    run(&el);
    for sel in ["code", "kbd", "samp", "pre", "[contenteditable=true]"] {
        assert!(
            el.query_selector(&format!("{sel} mark")).unwrap().is_none(),
            "{sel} skipped"
        );
    }
    assert!(
        el.query_selector("p mark").unwrap().is_some(),
        "prose marked"
    );
    assert!(
        el.query_selector("[contenteditable=false] mark")
            .unwrap()
            .is_some(),
        "contenteditable=false is not an editable region"
    );
    let opts = |json: &str| -> Option<AnalyzeOptionsArg> {
        Some(JSON::parse(json).unwrap().unchecked_into())
    };
    // Nothing skipped: code is marked too.
    highlight(el.clone().into(), None, Some(String::new())).unwrap();
    assert!(el.query_selector("code mark").unwrap().is_some());
    // A custom list: only .no-slant is skipped.
    highlight(el.clone().into(), opts("{}"), Some(".no-slant".into())).unwrap();
    assert!(el.query_selector(".no-slant mark").unwrap().is_none());
    assert!(el.query_selector("pre mark").unwrap().is_some());
    // A selector the browser cannot parse is a TypeError naming the option.
    let e = highlight(el.clone().into(), None, Some("p[".into())).unwrap_err();
    let err: &js_sys::Error = e.dyn_ref().unwrap();
    assert_eq!(String::from(err.name()), "TypeError");
    assert!(String::from(err.message()).contains("options.skip"));
    unhighlight(el.clone().into()).unwrap();
    assert_eq!(el.inner_html(), html);
    el.remove();
}
