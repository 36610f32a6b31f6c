#!/usr/bin/env bash
# Runs every test: formatting, lints, the Rust tests (engine, CLI, wordlist examples, property
# tests), a short fuzz run (crates/fuzz), the Python package's tests (pytest, Spark in local
# mode), the WebAssembly module's tests (Node and headless Chromium) and the web page's end-to-end
# test in headless Chromium. Installs what is missing first (scripts/setup.sh;
# scripts/test-python.sh for its own tools).
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n==> %s\n' "$*"; }

step "setup"
scripts/setup.sh --browser

step "cargo fmt --check"
cargo fmt --all -- --check

step "cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings

step "cargo test (engine, CLI, wordlist examples, properties)"
cargo test --workspace --locked

step "fuzzing: 30 s per target (analyze, wordlist, utf16); the long run is in docs/reliability.md"
cargo run --release --locked -p slant-fuzz -- all --seconds "${SLANT_FUZZ_SECONDS:-30}"

if [ -x scripts/test-python.sh ]; then
  step "Python package: maturin wheel, pytest (reports equal the CLI's, pandas, Spark local[2])"
  scripts/test-python.sh
fi

if [ -x scripts/test-wasm.sh ]; then
  step "WebAssembly module: wasm-bindgen tests (Node, Chromium) and Node package test"
  scripts/test-wasm.sh
fi

if [ -x scripts/test-web.sh ]; then
  step "web page: end-to-end test in headless Chromium"
  scripts/test-web.sh
fi

step "all tests passed"
