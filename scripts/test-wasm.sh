#!/usr/bin/env bash
# Tests slant-wasm: the wasm-bindgen-test suites under Node and in headless Chromium (Debian's
# chromium + chromedriver), then the Node tests of the built package (tests/node/: API, types,
# embed example) and the consumer matrix (tests/consumers/run.mjs: the npm pack tarball installed
# in Node, esbuild, Vite, webpack, a static folder, a worker and a strict CSP; npm publish
# --dry-run, publint, attw). Builds the package first (scripts/build-wasm.sh) unless --no-build.
# Uses $CARGO_TARGET_DIR when set, else target/.
set -euo pipefail
cd "$(dirname "$0")/.."

build=1
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    *) echo "test-wasm.sh: unknown option $a (use --no-build)" >&2; exit 2 ;;
  esac
done

scripts/setup.sh --browser
say() { printf '[test-wasm] %s\n' "$*" >&2; }

export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner

say "wasm-bindgen-test under Node (api)"
cargo test -p slant-wasm --target wasm32-unknown-unknown --test api

say "wasm-bindgen-test in headless Chromium (api, dom)"
WASM_BINDGEN_USE_BROWSER=1 CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver} \
  cargo test -p slant-wasm --target wasm32-unknown-unknown --tests

say "native unit tests (blob decoding, UTF-16 map)"
cargo test -p slant-wasm --lib

if [ "$build" = 1 ]; then
  scripts/build-wasm.sh
fi
say "node --test tests/node"
node --test tests/node/
say "consumer matrix (tests/consumers/run.mjs; installs its pinned tools with npm ci)"
node tests/consumers/run.mjs
