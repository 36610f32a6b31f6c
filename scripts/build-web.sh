#!/usr/bin/env bash
# Builds the web page (web/, crate slant-web) into web/dist/: static files that any web host can
# serve. Steps: cargo build for wasm32, wasm-bindgen --target web, wasm-opt -Oz (binaryen from
# tools/node_modules: Debian's is too old), then the static shell. Prints the gzipped size.
# Runs scripts/setup.sh first unless SLANT_SKIP_SETUP=1.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
say() { printf '[build-web] %s\n' "$*" >&2; }

if [ "${SLANT_SKIP_SETUP:-0}" != 1 ]; then
  scripts/setup.sh
fi

target_dir=${CARGO_TARGET_DIR:-$root/target}
case "$target_dir" in /*) ;; *) target_dir=$root/$target_dir ;; esac

# The release profile is tuned for native speed; for the browser, size matters more: these
# overrides apply to this build only (wasm32 artifacts live apart from native ones) and shrink
# the gzipped module by about 30% while analysis stays fast (a 10,000-word article in ~25 ms).
export CARGO_PROFILE_RELEASE_OPT_LEVEL=${CARGO_PROFILE_RELEASE_OPT_LEVEL:-z}
export CARGO_PROFILE_RELEASE_LTO=${CARGO_PROFILE_RELEASE_LTO:-fat}
export CARGO_PROFILE_RELEASE_CODEGEN_UNITS=${CARGO_PROFILE_RELEASE_CODEGEN_UNITS:-1}
# The page shows no list's source citation: its build leaves them out (crates/core/build.rs).
export SLANT_LISTS_WITHOUT_SOURCES=1
# Panic locations name their source files: without the cargo registry's absolute directory
# ("$CARGO_HOME/registry/src/index.crates.io-…/") they read "yew-0.23.0/src/…" (the workspace's
# own paths are already relative; std's "/rustc/…" ones come precompiled). Only with
# SLANT_PANIC_LOCATIONS=1 (below) do they go in at all.
for d in "${CARGO_HOME:-$HOME/.cargo}"/registry/src/*/; do
  [ -d "$d" ] && RUSTFLAGS="${RUSTFLAGS:-} --remap-path-prefix=$d="
done
# Panics in the page name no source location (the console says "<redacted>" where it gave a
# file, line and column): every bounds check, unwrap and expect otherwise carries a 16-byte
# location record and its file name into the module. -Zlocation-detail is a rustc option not
# yet stable, hence RUSTC_BOOTSTRAP for this build only (no logic changes: every location is
# one "<redacted>" record): 9.5 KB of the page gzipped. SLANT_PANIC_LOCATIONS=1 keeps them, for
# debugging a panic. (Cargo rebuilds the build scripts and proc macros once when it changes.)
# -Zfmt-debug=none (the same kind of option) makes every `{:?}` write nothing: the page shows no
# Debug output (it formats only with Display; Debug appears in tests and panic messages, such
# as an unwrapped error's), so the Debug impls, str's and char's escapers among them, go.
if [ "${SLANT_PANIC_LOCATIONS:-0}" != 1 ]; then
  export RUSTC_BOOTSTRAP=1
  RUSTFLAGS="${RUSTFLAGS:-} -Zlocation-detail=none -Zfmt-debug=none"
fi
export RUSTFLAGS=${RUSTFLAGS:-}
say "cargo build --release --target wasm32-unknown-unknown -p slant-web"
cargo build --release --target wasm32-unknown-unknown -p slant-web
wasm=$target_dir/wasm32-unknown-unknown/release/slant-web.wasm
[ -f "$wasm" ] || { say "missing $wasm"; exit 1; }

out=web/dist
tmp=$(mktemp -d "$root/web/.dist.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
say "wasm-bindgen --target web"
wasm-bindgen --target web --no-typescript --out-dir "$tmp" --out-name slant-web "$wasm"

say "shorten-imports.py"
python3 scripts/shorten-imports.py "$tmp/slant-web_bg.wasm" "$tmp/slant-web.js" >&2
# The same for the module's exports: the glue reads each one only as `wasm.NAME`, and the names
# of the closure shims wasm-bindgen exports run to 170 characters with hashes that do not
# compress (`wasm_bindgen_<hash>___convert__closures_____invoke___web_sys_<hash>___…`). Every
# export the glue reads that way, except `memory`, becomes `_0`, `_1`, … in both files: 0.6 KB
# gzipped (module 0.4, glue 0.2). The glue's own exported functions (`worker_analyze`, which
# worker.js imports) keep their names: only the module's export behind them is renamed.
say "shorten export names and the import module"
python3 - "$tmp/slant-web_bg.wasm" "$tmp/slant-web.js" <<'PY' >&2
import re, sys
sys.path.insert(0, 'scripts')
from wasm_format import enc, leb, skip_import_desc
wasm_path, js_path = sys.argv[1], sys.argv[2]
d = open(wasm_path, 'rb').read()
js = open(js_path, encoding='utf-8').read()
out, i, renamed = bytearray(d[:8]), 8, 0
while i < len(d):
    sid = d[i]; n, j = leb(d, i + 1); body = d[j:j + n]; i = j + n
    if sid == 2:
        # Every import comes from the glue's one import object, keyed "./slant-web_bg.js": the
        # key, repeated before each of about 200 imports, becomes "a" (87 bytes gzipped).
        count, p = leb(body, 0)
        new = bytearray(enc(count))
        for _ in range(count):
            k, p = leb(body, p)
            mod, field = body[p:p + k].decode(), p + k
            k, p = leb(body, field)
            _, p = skip_import_desc(body, p + k)
            if mod != './slant-web_bg.js':
                sys.exit(f'build-web.sh: an import from {mod}')
            new += enc(1) + b'a' + body[field:p]
        out += bytes([2]) + enc(len(new)) + new
        key = '"./slant-web_bg.js":'
        if js.count(key) != 1:
            sys.exit('build-web.sh: the glue should name its import object once')
        js = js.replace(key, 'a:')
        continue
    if sid != 7:
        out += bytes([sid]) + enc(n) + body
        continue
    count, p = leb(body, 0)
    exports = []
    for _ in range(count):
        k, p = leb(body, p)
        field = body[p:p + k].decode()
        _, q = leb(body, p + k + 1)
        exports.append((field, body[p + k:q]))
        p = q
    names = {f for f, _ in exports}
    new = bytearray(enc(count))
    for field, desc in exports:
        use = re.compile(r'(?<![\w$])wasm\.' + re.escape(field) + r'(?![\w$])')
        if field != 'memory' and use.search(js):
            short = f'_{renamed:x}'
            if short in names:
                sys.exit(f'build-web.sh: the module already exports {short}')
            renamed += 1
            js = use.sub('wasm.' + short, js)
            field = short
        new += enc(len(field.encode())) + field.encode() + desc
    out += bytes([7]) + enc(len(new)) + new
open(wasm_path, 'wb').write(out)
open(js_path, 'w', encoding='utf-8').write(js)
print(f'shortened {renamed} export names')
PY

opt=$root/tools/node_modules/.bin/wasm-opt
if [ -x "$opt" ]; then
  # Without one-caller inlining (as scripts/build-wasm.sh): -Oz would otherwise merge every
  # function with one caller into it, making giant functions; kept apart the gzipped module is
  # 2.2 KB smaller. (Other wasm-opt passes and opt-level "s" or 3 were measured: no better.)
  # --converge repeats the passes while they still shrink the module (2.3 KiB gzipped, as in
  # scripts/build-wasm.sh). --low-memory-unused lets it fold address arithmetic into loads and
  # stores (1.7 KiB): sound here because Rust's linker puts the 1 MiB stack first, growing down
  # from 1 MiB with data above it, so the lowest 1 KiB is never addressed.
  # As scripts/build-wasm.sh: producers and target-features sections are metadata no runtime
  # reads, --gufa-optimizing infers what each value can be and cleans up after it, and
  # --merge-similar-functions folds functions that differ only in constants (0.3 KiB in all).
  # --dealign writes every load's and store's alignment hint as 1 byte: the hint never changes
  # what an access does (the module has no atomics, which need theirs), engines ignore it, and
  # uniform memory operands compress better: 0.9 KiB gzipped, in each of the five orders below.
  # --reorder-functions-by-name last: functions in the order of the names shorten-imports.py
  # gave them (each trait method's impls together, a generic function's copies together), so
  # that gzip finds like code within its window: 2.9 KiB gzipped (name order as linked: 1.2).
  say "wasm-opt -Oz --converge --low-memory-unused --one-caller-inline-max-function-size=0 --gufa-optimizing --merge-similar-functions --dealign --reorder-functions-by-name"
  "$opt" -Oz --converge --low-memory-unused --one-caller-inline-max-function-size=0 \
    --strip-producers --gufa-optimizing --merge-similar-functions --dealign \
    --reorder-functions-by-name "$tmp/slant-web_bg.wasm" -o "$tmp/slant-web_bg.opt.wasm"
  # Then each function after the ones most like it, the smallest of five orders kept
  # (scripts/smallest-order.sh, which explains it): 4.9 KiB more. Its windows (how far back
  # order-functions.py looks for like code) reach toward gzip's own 32 KiB, where gzip can still
  # use what it finds: on two builds 4-32 KiB gave 0.9 and 1.2 KB less than the default 0-8 KiB
  # (48 KiB and more, past gzip's reach, gave more), in five runs as before.
  say "smallest-order.sh (order-functions.py, five windows; wasm-opt --reorder-functions-by-name)"
  best=$(scripts/smallest-order.sh "$opt" "$tmp/slant-web_bg.opt.wasm" "$tmp/slant-web_bg.wasm" \
    4096 16384 24576 28672 32768)
  say "kept the smallest: $best bytes gzipped"
  rm -f "$tmp/slant-web_bg.opt.wasm"
else
  say "tools/node_modules/.bin/wasm-opt is missing (run scripts/setup.sh): the module stays unoptimised"
fi

# The scripts minified (wasm-bindgen's glue 8.3 -> 6.5 KiB gzipped), with esbuild from
# tools/node_modules; copied as written when it is missing.
esbuild=$root/tools/node_modules/.bin/esbuild
for js in "$tmp/slant-web.js" web/boot.js web/worker.js; do
  out_js=$tmp/$(basename "$js")
  if [ -x "$esbuild" ]; then
    "$esbuild" "$js" --minify --format=esm --log-level=warning --outfile="$out_js.min" --allow-overwrite
    mv "$out_js.min" "$out_js"
  else
    [ "$js" = "$out_js" ] || cp "$js" "$out_js"
  fi
done
# The stylesheet without its comments, runs of whitespace and needless characters (about 1.3 KB less gzipped; the
# budget is 350 KiB gzipped for all files). Whitespace goes around { } ; and , > and after a
# colon; the stylesheet has no string holding ", " or ": ", so no value changes meaning.
python3 - web/style.css "$tmp/style.css" <<'PY'
import re, sys
css = open(sys.argv[1], encoding="utf-8").read()
css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)
css = re.sub(r"\s+", " ", css)
css = re.sub(r"\s*([{};,>])\s*", r"\1", css)
css = re.sub(r":\s+", ":", css)
# A declaration block's last semicolon and a fraction's leading zero (0.5 -> .5; not after a
# digit, letter, dot, hyphen or #, so 10.5, #0.5 or a class name are left): 14 bytes gzipped.
css = css.replace(";}", "}")
css = re.sub(r"(?<![\w.#-])0\.(\d)", r".\1", css)
open(sys.argv[2], "w", encoding="utf-8").write(css.strip() + "\n")
PY
# index.html without its comments (they explain the source, not the page: 98 bytes gzipped) and
# with the stylesheet inline (its CSP allows inline styles): one file fewer to download, and
# 32 bytes less gzipped than two (a gzip header and trailer, the <link> tag).
python3 - web/index.html "$tmp/style.css" "$tmp/index.html" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
html = re.sub(r"<!--.*?-->\n?", "", html, flags=re.S)
css = open(sys.argv[2], encoding="utf-8").read().strip()
link = '<link rel="stylesheet" href="style.css">'
if html.count(link) != 1 or "</style" in css:
    sys.exit("build-web.sh: index.html should link style.css once, and the stylesheet have no </style")
open(sys.argv[3], "w", encoding="utf-8").write(html.replace(link, "<style>" + css + "</style>"))
PY
rm "$tmp/style.css"
rm -rf "$out"
mv "$tmp" "$out"
chmod 755 "$out"
trap - EXIT

gz() { gzip -9c "$1" | wc -c; }
wasm_gz=$(gz "$out/slant-web_bg.wasm")
total_gz=0
for f in "$out"/*; do total_gz=$((total_gz + $(gz "$f"))); done
printf 'web/dist built: slant-web_bg.wasm %d KB raw, %d KB gzipped; all files %d KB gzipped\n' \
  $(( $(wc -c <"$out/slant-web_bg.wasm") / 1024 )) $((wasm_gz / 1024)) $((total_gz / 1024))
