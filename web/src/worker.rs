//! Analysis off the main thread. The page's own WebAssembly module (already downloaded, so the
//! bundle does not grow) also runs in a Web Worker (`worker.js`); the page posts the text there
//! and gets the report back in the compact form of `codec.rs`, so that typing in a long text is
//! never held up by its analysis. Only the newest request's answer is used: an older one that
//! arrives late is dropped. A worker that traps is replaced by a fresh one and the page says so;
//! where no worker can start (an old browser), analysis runs on the page as before.
//!
//! Short texts are still analysed on the page, within the paste or keystroke's own task: that
//! takes a few milliseconds and saves the trip (see `SYNC_MAX_BYTES`).

use slant_core::{Analyzer, Options, WordList};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use crate::codec;
use crate::dom;
use crate::lists;
use crate::storage::{self, SavedList};
use crate::view::{analyze_with, Engine, Full};

/// Texts up to this size are analysed on the page's thread: about 3,000 words, analysed in
/// under 10 ms, so a paste is highlighted in the same frame; longer ones go to the worker.
pub const SYNC_MAX_BYTES: usize = 20_000;

/// What to analyse for, besides the flags.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Ask {
    /// Actors and their labels (`Report::actors`). These are analysed on the page's thread:
    /// the worker's compact report does not carry them.
    pub actors: bool,
}

type Done = Box<dyn FnOnce(Result<Full, String>)>;

struct Pending {
    id: u32,
    js: js_sys::JsString,
    engine: Engine,
    t0: f64,
    done: Done,
}

#[derive(Default)]
struct Client {
    worker: Option<Worker>,
    /// Set when no worker could start here: analyse on the page from then on.
    unavailable: bool,
    /// Whether the current worker has answered anything (the warm-up at least).
    answered: bool,
    /// The newest request's id; answers to older ones are dropped.
    latest: u32,
    pending: Option<Pending>,
    /// The custom lists (JSON of their sources), sent with each request; the worker compiles
    /// them again only when they change.
    lists: Rc<str>,
    // Kept alive as long as the worker they listen to.
    on_message: Option<Closure<dyn FnMut(MessageEvent)>>,
    on_error: Option<Closure<dyn FnMut(web_sys::Event)>>,
}

thread_local! {
    static CLIENT: RefCell<Client> = RefCell::new(Client {
        lists: "[]".into(),
        ..Client::default()
    });
}

/// The custom lists the worker should add to the built-in ones (the page's `engine` already
/// holds them compiled for its own use).
pub fn set_lists(lists: &[SavedList]) {
    let json = storage::lists_json(lists);
    CLIENT.with(|c| c.borrow_mut().lists = json.into());
}

/// Analyses `text` (a JavaScript string, as read from the text box) with `engine` and hands
/// the result to `done`: at once for a short text, else when the worker answers, unless a newer
/// request was made meanwhile (then `done` is never called).
pub fn request_analysis(
    text: &JsValue,
    engine: &Engine,
    ask: Ask,
    done: impl FnOnce(Result<Full, String>) + 'static,
) {
    let id = CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        c.latest = c.latest.wrapping_add(1).max(1);
        c.pending = None;
        c.latest
    });
    // In UTF-16 units, without copying the text: close enough to bytes for this choice.
    let long = text.unchecked_ref::<js_sys::JsString>().length() as usize > SYNC_MAX_BYTES;
    let js: js_sys::JsString = text.clone().unchecked_into();
    if !long || ask.actors {
        let text = text.as_string().unwrap_or_default();
        done(analyze_with(&text, js, engine, ask));
        return;
    }
    // The page's copy of the text comes back with the report (see `codec::encode_with_text`).
    if !CLIENT.with(|c| post(&mut c.borrow_mut(), id, text)) {
        let text = text.as_string().unwrap_or_default();
        done(analyze_with(&text, js, engine, ask));
        return;
    }
    let pending = Pending {
        id,
        js,
        engine: engine.clone(),
        t0: dom::now(),
        done: Box::new(done),
    };
    CLIENT.with(|c| c.borrow_mut().pending = Some(pending));
}

/// Drops the request in flight, if any (the text was cleared).
pub fn cancel() {
    CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        c.latest = c.latest.wrapping_add(1).max(1);
        c.pending = None;
    });
}

/// Posts a request, starting a worker first if there is none; false if none can run here.
fn post(c: &mut Client, id: u32, text: &JsValue) -> bool {
    if c.unavailable {
        return false;
    }
    if c.worker.is_none() {
        match start() {
            Some((w, m, e)) => {
                c.answered = false;
                c.worker = Some(w);
                c.on_message = Some(m);
                c.on_error = Some(e);
            }
            None => {
                c.unavailable = true;
                return false;
            }
        }
    }
    let msg = js_sys::Object::new();
    let set = |k: &str, v: &JsValue| js_sys::Reflect::set(&msg, &k.into(), v).is_ok();
    let ok = set("id", &id.into()) && set("text", text) && set("lists", &(*c.lists).into());
    ok && c
        .worker
        .as_ref()
        .is_some_and(|w| w.post_message(&msg).is_ok())
}

type Started = (
    Worker,
    Closure<dyn FnMut(MessageEvent)>,
    Closure<dyn FnMut(web_sys::Event)>,
);

fn start() -> Option<Started> {
    let opts = WorkerOptions::new();
    opts.set_type(WorkerType::Module);
    let w = Worker::new_with_options("worker.js", &opts).ok()?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|e: MessageEvent| answer(e.data()));
    // The worker's script failed to load or threw outside a request.
    let on_error = Closure::<dyn FnMut(web_sys::Event)>::new(|e: web_sys::Event| {
        e.prevent_default();
        fail("the analysis worker stopped".into());
    });
    w.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    w.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // Compiles the built-in lists there now, so that the first long text does not wait for it.
    let warm = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&warm, &"id".into(), &0.into());
    let _ = js_sys::Reflect::set(&warm, &"text".into(), &"".into());
    let _ = js_sys::Reflect::set(&warm, &"lists".into(), &"[]".into());
    let _ = w.post_message(&warm);
    Some((w, on_message, on_error))
}

/// The worker's answer: `{id, bytes}` or `{id, error, fatal}`.
fn answer(data: JsValue) {
    let get = |k: &str| js_sys::Reflect::get(&data, &k.into()).unwrap_or(JsValue::UNDEFINED);
    let id = get("id").as_f64().unwrap_or(-1.0);
    CLIENT.with(|c| c.borrow_mut().answered = true);
    if get("fatal").is_truthy() {
        let msg = get("error").as_string().unwrap_or_default();
        fail(format!("the analysis stopped ({msg})"));
        return;
    }
    let Some(p) = CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        let current = c
            .pending
            .as_ref()
            .is_some_and(|p| f64::from(p.id) == id && p.id == c.latest);
        if current {
            c.pending.take()
        } else {
            None
        }
    }) else {
        return;
    };
    if let Some(m) = get("error").as_string() {
        (p.done)(Err(m));
        return;
    }
    match get("bytes").dyn_into::<js_sys::Uint8Array>() {
        Ok(bytes) => match codec::Decoding::start(bytes.to_vec()) {
            Ok(d) => decode_later(d, p),
            Err(m) => (p.done)(Err(m)),
        },
        Err(_) => (p.done)(Err("the analysis worker sent no report".into())),
    }
}

/// Items (flags, sentences, quotes) decoded per task: a 2 MB text's report has about 35,000,
/// which in one task held the page for 20-60 ms.
const DECODE_STEP: usize = 5_000;

/// Decodes the answer over several tasks, then draws the page from it in a task of its own;
/// dropped as soon as a newer request is made.
fn decode_later(mut d: codec::Decoding, p: Pending) {
    gloo_timers::callback::Timeout::new(0, move || {
        if CLIENT.with(|c| c.borrow().latest) != p.id {
            return;
        }
        match d.step(DECODE_STEP) {
            Ok(false) => decode_later(d, p),
            Ok(true) => {
                let result = d
                    .finish()
                    .map(|(report, text)| Full::new(text, p.js, report, p.engine, p.t0));
                let (id, done) = (p.id, p.done);
                gloo_timers::callback::Timeout::new(0, move || {
                    if CLIENT.with(|c| c.borrow().latest) == id {
                        done(result);
                    }
                })
                .forget();
            }
            Err(m) => (p.done)(Err(m)),
        }
    })
    .forget();
}

/// The worker is gone (a trap, or its script failed): the next request starts a fresh one, and
/// the request it held (if it is the newest) ends with `why`.
/// A worker that never answered at all (its script cannot run in this browser) is not tried
/// again: the request, and later ones, are analysed on the page.
fn fail(why: String) {
    let (p, never_ran) = CLIENT.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(w) = c.worker.take() {
            w.terminate();
        }
        c.on_message = None;
        c.on_error = None;
        let never_ran = !c.answered;
        c.unavailable |= never_ran;
        // Whatever it held is lost with it: only the newest request is still wanted.
        let newest = c.pending.as_ref().is_some_and(|p| p.id == c.latest);
        (c.pending.take().filter(|_| newest), never_ran)
    });
    let Some(p) = p else {
        return;
    };
    if never_ran {
        let text = p.js.as_string().unwrap_or_default();
        (p.done)(analyze_with(&text, p.js, &p.engine, Ask::default()));
    } else {
        (p.done)(Err(format!("{why}; it restarts with your next edit.")));
    }
}

thread_local! {
    /// In the worker: the custom lists' JSON and the analyzer compiled from them.
    static COMPILED: RefCell<Option<(String, Analyzer)>> = const { RefCell::new(None) };
}

/// The worker's entry point (called by `worker.js`): the report on `text` with the built-in
/// lists plus `lists` (JSON of `SavedList`s, compiled once per distinct value), in the form of
/// `codec.rs`, followed by the text.
#[wasm_bindgen]
pub fn worker_analyze(text: &str, lists: &str) -> Result<Vec<u8>, String> {
    let engine = COMPILED.with(|cell| -> Result<Engine, String> {
        let mut cell = cell.borrow_mut();
        if let Some((key, a)) = cell.as_ref() {
            if key == lists {
                return Ok(a.clone());
            }
        }
        let a = compile(lists)?;
        *cell = Some((lists.to_string(), a.clone()));
        Ok(a)
    })?;
    let report = engine
        .analyze(text, &Options::default())
        .map_err(|e| e.to_string())?;
    Ok(codec::encode_with_text(&report, text))
}

/// The built-in lists plus the saved ones, compiled in one go (a later list with the same id
/// replaces an earlier one, as when it was added on the page).
fn compile(lists: &str) -> Result<Analyzer, String> {
    let saved = storage::lists_from_json(lists).ok_or("the custom lists could not be read")?;
    if saved.is_empty() {
        return lists::builtin().cloned().map_err(|e| e.to_string());
    }
    let mut parsed: Vec<WordList> = Vec::new();
    for s in &saved {
        let l = lists::parse(&s.origin, &s.src).map_err(|e| e.to_string())?;
        parsed.retain(|o| o.id != l.id);
        parsed.push(l);
    }
    lists::with_extra_lists(parsed).map_err(|e| e.to_string())
}
