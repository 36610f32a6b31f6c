//! Slant's web page: paste an article and see its framing highlighted, all in the browser.
//! Built with `scripts/build-web.sh`; see README.

mod app;
mod article;
mod blocks;
mod codec;
mod dom;
mod export;
mod js_json;
mod layout;
mod lists;
mod model;
mod panels;
mod report_writer;
mod storage;
mod view;
mod worker;

// Talc in place of std's dlmalloc: a maintained allocator for wasm that does the same job in
// less code (2.5 KB of the page gzipped, with in-place realloc left out). The page's module runs
// on one thread (no atomics), which is what its single-threaded allocator assumes.
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    // In the analysis worker (worker.js) there is no page to render: it only calls
    // `worker::worker_analyze`.
    if web_sys::window().is_none() {
        return;
    }
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            // Drop the "loading" note that the static shell shows until the module runs.
            root.set_inner_html("");
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}
