#!/usr/bin/env bash
# Builds the npm package in crates/wasm/pkg/: the `--target web` module at the top (browsers and
# bundlers) and the `--target nodejs` module in pkg/node/ (Node, CommonJS, no init call), each
# .wasm shrunk with binaryen's wasm-opt -Oz from tools/node_modules. Prints the sizes.
#
# --one-caller-inline-max-function-size=0: by default -Oz merges every function that has one
# caller into it, which turned Analyzer::analyze into one 47 KB function and Analyzer::from_lists
# into 17 KB. V8 compiles each function lazily on its first call and recompiles hot ones with
# TurboFan on background threads; for those giants that took ~75 ms of CPU and, on a 2-core
# machine, starved the main thread during the first analyze() (58 -> ~30 ms wall in Chromium).
# Kept apart, the functions are no bigger in total (the gzipped module is 2 KB smaller).
# Uses $CARGO_TARGET_DIR when set, else target/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh

profile=wasm-release
target_dir=${CARGO_TARGET_DIR:-target}
wasm_opt=tools/node_modules/.bin/wasm-opt
pkg=crates/wasm/pkg
say() { printf '[build-wasm] %s\n' "$*" >&2; }

say "cargo build -p slant-wasm (wasm32, profile $profile)"
cargo build -p slant-wasm --target wasm32-unknown-unknown --profile "$profile"
wasm="$target_dir/wasm32-unknown-unknown/$profile/slant_wasm.wasm"

# Keep the hand-written package.json and README.md; everything else in pkg/ is generated.
find "$pkg" -mindepth 1 -maxdepth 1 ! -name package.json ! -name README.md -exec rm -rf {} +

say "wasm-bindgen --target web -> $pkg"
wasm-bindgen --target web --out-dir "$pkg" "$wasm"
say "wasm-bindgen --target nodejs -> $pkg/node"
wasm-bindgen --target nodejs --out-dir "$pkg/node" "$wasm"
# pkg/ is an ES module package; the Node build is CommonJS.
printf '{\n  "type": "commonjs"\n}\n' > "$pkg/node/package.json"

raw=$(stat -c %s "$pkg/slant_wasm_bg.wasm")
for f in "$pkg/slant_wasm_bg.wasm" "$pkg/node/slant_wasm_bg.wasm"; do
  say "wasm-opt -Oz $f"
  "$wasm_opt" -Oz --one-caller-inline-max-function-size=0 "$f" -o "$f.opt"
  mv "$f.opt" "$f"
done

# The package's version must be the crate's.
crate_version=$(awk -F'"' '/^version = /{print $2; exit}' Cargo.toml)
pkg_version=$(node -p "require('./$pkg/package.json').version")
if [ "$crate_version" != "$pkg_version" ]; then
  say "crates/wasm/pkg/package.json has version $pkg_version but the workspace is $crate_version"
  exit 1
fi

opt=$(stat -c %s "$pkg/slant_wasm_bg.wasm")
gz=$(gzip -9 -c "$pkg/slant_wasm_bg.wasm" | wc -c)
budget=$((250 * 1024))
printf 'slant_wasm_bg.wasm: %d bytes from wasm-bindgen, %d after wasm-opt -Oz, %d gzipped (-9) = %.1f KiB of the 250 KiB budget\n' \
  "$raw" "$opt" "$gz" "$(awk "BEGIN{print $gz / 1024}")"
if [ "$gz" -gt "$budget" ]; then
  say "over the size budget"
  exit 1
fi
