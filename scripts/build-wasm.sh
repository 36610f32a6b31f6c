#!/usr/bin/env bash
# Builds the npm package in crates/wasm/pkg/ (see crates/wasm/pkg/README.md for what each entry
# is for):
#   dist/slant_wasm.wasm   the module, shrunk with binaryen's wasm-opt -Oz (the only copy)
#   dist/slant_wasm.js     wasm-bindgen's glue (--target web), used only by dist/api.js
#   dist/*.js, *.d.ts      the hand-written API, entries and types from crates/wasm/js/
#   dist/wasm-inline.js    the module as a byte-per-character string, for the `slant-wasm/inline` entry
#   dist/node.cjs          the Node entry as CommonJS (esbuild)
#   dist/slant.global.js   an IIFE for a plain <script> tag: the global `slant` (inlined module)
#   dist/frame/            the same files for `slant-wasm/frame`: a second module built with the
#                          crate's `frame` feature (actors and compare()), loaded only by users
#                          who import that entry
#   inline/, frame/, frame/inline/ package.json files: the entries for resolvers without "exports"
# and copies the licence files. Prints the sizes and fails over the budgets for the lean module
# (250 KiB gzipped for the module, 340 KiB for the inlined entry). Framing took one module from
# 235 to 285 KiB gzipped, hence the second module; the lean one is built without it.
#
# --one-caller-inline-max-function-size=0: by default -Oz merges every function that has one
# caller into it, which turned Analyzer::analyze into one 47 KB function and Analyzer::from_lists
# into 17 KB. V8 compiles each function lazily on its first call and recompiles hot ones with
# TurboFan on background threads; for those giants that took ~75 ms of CPU and, on a 2-core
# machine, starved the main thread during the first analyze() (58 -> ~30 ms wall in Chromium).
# Kept apart, the functions are no bigger in total (the gzipped module is 2 KB smaller).
# --gufa-optimizing: whole-program inference of what each value can be, then -Oz's cleanups on
# what it proved (0.2 KiB gzipped off the lean module).
# --experimental-reset-state-function: the glue can replace a trapped instance (dist/api.js).
# Uses $CARGO_TARGET_DIR when set, else target/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh

# Panics in the npm modules name no source location, as on the page (scripts/build-web.sh): the
# console's "slant-wasm internal error" line says "<redacted>" where it gave a file, line and
# column. Every bounds check, unwrap and expect otherwise passes a location of its own (a
# constant at the call, different at every site) and carries a 16-byte record of it (1,218 in
# the lean module): about 10 KB of each module gzipped. `Index::index` is `#[track_caller]` in
# the trait itself, so no wrapper type in the code can share one location. -Zlocation-detail is
# not yet stable, hence RUSTC_BOOTSTRAP for this build only; no logic changes. With --target,
# build scripts and proc macros are built without RUSTFLAGS. SLANT_PANIC_LOCATIONS=1 keeps the
# locations, for debugging a panic.
if [ "${SLANT_PANIC_LOCATIONS:-0}" != 1 ]; then
  export RUSTC_BOOTSTRAP=1
  export RUSTFLAGS="${RUSTFLAGS:-} -Zlocation-detail=none"
fi

profile=wasm-release
target_dir=${CARGO_TARGET_DIR:-target}
wasm_opt=tools/node_modules/.bin/wasm-opt
esbuild=tools/node_modules/.bin/esbuild
pkg=crates/wasm/pkg
dist=$pkg/dist
say() { printf '[build-wasm] %s\n' "$*" >&2; }

# Keep the hand-written package.json and README.md; everything else in pkg/ is generated.
find "$pkg" -mindepth 1 -maxdepth 1 ! -name package.json ! -name README.md -exec rm -rf {} +
cp LICENSE-MIT LICENSE-APACHE "$pkg/"

# Builds one module and its entries into $2: $1 is "lean" (no framing) or "frame".
build_module() {
  local kind=$1 out=$2 features
  if [ "$kind" = lean ]; then features=(--no-default-features); else features=(); fi
  say "cargo build -p slant-wasm ${features[*]} (wasm32, profile $profile) -> $out"
  cargo build -p slant-wasm --target wasm32-unknown-unknown --profile "$profile" "${features[@]}"
  local wasm="$target_dir/wasm32-unknown-unknown/$profile/slant_wasm.wasm"
  mkdir -p "$out"
  wasm-bindgen --target web --no-typescript --omit-default-module-path \
    --experimental-reset-state-function --out-dir "$out" --out-name slant_wasm "$wasm"
  if [ "$kind" = lean ]; then raw=$(stat -c %s "$out/slant_wasm_bg.wasm"); fi
  # Import names without wasm-bindgen's hashes (as the page does; scripts/shorten-imports.py).
  python3 scripts/shorten-imports.py "$out/slant_wasm_bg.wasm" "$out/slant_wasm.js" >&2
  # --converge repeats -Oz until it stops shrinking (0.5 KB); producers and target-features
  # sections are metadata no runtime reads. --low-memory-unused folds address arithmetic into
  # loads and stores: sound because Rust's linker puts the 1 MiB stack first (growing down from
  # 1 MiB, data above it), so the lowest 1 KiB is never addressed. --dealign writes every
  # alignment hint as 1 byte, as the page's build does (hints change no access; no atomics).
  # --reorder-functions-by-name last, then scripts/order-functions.py and a second run that only
  # reorders (as scripts/build-web.sh does, which explains them): each function next to the ones
  # most like it, so that gzip finds their repeats within its window; the order changes nothing
  # the module does. The smallest of five orders is kept (scripts/smallest-order.sh; five more
  # wasm-opt runs per module): lean module 254,466 -> 249,660 bytes gzipped.
  "$wasm_opt" -Oz --converge --low-memory-unused --strip-producers \
    --one-caller-inline-max-function-size=0 --gufa-optimizing --dealign --reorder-functions-by-name \
    "$out/slant_wasm_bg.wasm" -o "$out/opt.wasm"
  local best
  best=$(scripts/smallest-order.sh "$wasm_opt" "$out/opt.wasm" "$out/slant_wasm.wasm")
  say "$kind module: kept the smallest function order, $best bytes gzipped"
  rm -f "$out/slant_wasm_bg.wasm" "$out/opt.wasm"

  cp crates/wasm/js/*.js crates/wasm/js/*.d.ts "$out/"
  rm "$out/framing-frame.js"
  if [ "$kind" = frame ]; then cp crates/wasm/js/framing-frame.js "$out/framing.js"; fi
  # The same declarations for `require()`: a .d.cts describes a CommonJS module, and may only
  # re-export other .d.cts files.
  cp "$out/api.d.ts" "$out/api.d.cts"
  sed "s#'./api.js'#'./api.cjs'#g" "$out/index.d.ts" > "$out/index.d.cts"
  # One character per byte (printable ASCII as itself, every other byte as \xNN), not base64:
  # the string keeps the module's byte alignment, so gzip finds the module's own repetitions
  # (inlined entry 350 -> about 280 KiB gzipped). ASCII only, so the page's charset cannot
  # garble it.
  node -e '
    const fs = require("fs");
    let s = "";
    for (const b of fs.readFileSync(process.argv[1])) {
      s += b >= 0x20 && b < 0x7f && b !== 0x22 && b !== 0x5c
        ? String.fromCharCode(b)
        : "\\x" + b.toString(16).padStart(2, "0");
    }
    fs.writeFileSync(process.argv[2], "// Generated by scripts/build-wasm.sh: slant_wasm.wasm, one character per byte.\nexport const wasmBytes = \"" + s + "\";\n");
  ' "$out/slant_wasm.wasm" "$out/wasm-inline.js"

  # CommonJS has no import.meta.url: the bundle gets its own file URL instead.
  "$esbuild" "$out/node.js" --bundle --format=cjs --platform=node --target=node18 \
    --define:import.meta.url=__slant_module_url \
    --banner:js="const __slant_module_url = require('node:url').pathToFileURL(__filename).href;" \
    --outfile="$out/node.cjs" --log-level=warning
  "$esbuild" "$out/inline.js" --bundle --format=iife --global-name=slant --minify --target=es2022 \
    --outfile="$out/slant.global.js" --log-level=warning
}

# The framing module first: both builds write the same target file, and the lean one is the
# one `cargo test` and the next build find.
build_module frame "$dist/frame"
build_module lean "$dist"

# For resolvers that predate package.json "exports" (TypeScript's node10, old bundlers).
mkdir -p "$pkg/inline" "$pkg/frame/inline"
printf '{\n  "main": "../dist/node.cjs",\n  "module": "../dist/inline.js",\n  "types": "../dist/inline.d.ts"\n}\n' > "$pkg/inline/package.json"
printf '{\n  "main": "../dist/frame/node.cjs",\n  "module": "../dist/frame/index.js",\n  "types": "../dist/frame/index.d.ts"\n}\n' > "$pkg/frame/package.json"
printf '{\n  "main": "../../dist/frame/node.cjs",\n  "module": "../../dist/frame/inline.js",\n  "types": "../../dist/frame/inline.d.ts"\n}\n' > "$pkg/frame/inline/package.json"

# The package's version must be the crate's.
crate_version=$(awk -F'"' '/^version = /{print $2; exit}' Cargo.toml)
pkg_version=$(node -p "require('./$pkg/package.json').version")
if [ "$crate_version" != "$pkg_version" ]; then
  say "crates/wasm/pkg/package.json has version $pkg_version but the workspace is $crate_version"
  exit 1
fi

gz() { gzip -9 -c "$@" | wc -c; }
kib() { awk "BEGIN{printf \"%.1f\", $1 / 1024}"; }
opt=$(stat -c %s "$dist/slant_wasm.wasm")
wasm_gz=$(gz "$dist/slant_wasm.wasm")
# The inlined entry as a page downloads it: one script with the API, the glue and the module.
inline_gz=$(gz "$dist/slant.global.js")
printf 'slant_wasm.wasm: %d bytes from wasm-bindgen, %d after wasm-opt -Oz, %d gzipped (-9) = %s KiB of the 250 KiB budget\n' \
  "$raw" "$opt" "$wasm_gz" "$(kib "$wasm_gz")"
printf 'inlined entry (slant.global.js): %d bytes, %d gzipped = %s KiB of the 340 KiB budget\n' \
  "$(stat -c %s "$dist/slant.global.js")" "$inline_gz" "$(kib "$inline_gz")"
frame_gz=$(gz "$dist/frame/slant_wasm.wasm")
printf 'framing module (frame/slant_wasm.wasm, loaded only by slant-wasm/frame): %d gzipped = %s KiB; its inlined entry %s KiB\n' \
  "$frame_gz" "$(kib "$frame_gz")" "$(kib "$(gz "$dist/frame/slant.global.js")")"
if [ "$wasm_gz" -gt $((250 * 1024)) ] || [ "$inline_gz" -gt $((340 * 1024)) ]; then
  say "over the size budget"
  exit 1
fi
