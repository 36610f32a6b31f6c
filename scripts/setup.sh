#!/usr/bin/env bash
# Installs what Slant's build and tests need, skipping what is already there:
# the wasm32 target, the wasm-bindgen CLI of exactly the version in Cargo.lock, the npm tools
# (binaryen's wasm-opt, playwright-core) and, with --browser, Debian's chromium and chromedriver.
# Safe to run repeatedly; prints what it does.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=0
for a in "$@"; do
  case "$a" in
    --browser) want_browser=1 ;;
    *) echo "setup.sh: unknown option $a (use --browser)" >&2; exit 2 ;;
  esac
done

say() { printf '[setup] %s\n' "$*" >&2; }

if ! command -v cargo >/dev/null; then
  say "cargo is missing: install Rust with rustup (https://rustup.rs) and run this again."
  exit 2
fi

for comp in rustfmt clippy; do
  if ! cargo "${comp/rustfmt/fmt}" --version >/dev/null 2>&1; then
    say "adding the $comp component"
    rustup component add "$comp"
  fi
done

# wasm32 target, with the offline fallback for rustc 1.95.0 that ../shared/toolchain provides.
if ! rustc --print target-libdir --target wasm32-unknown-unknown >/dev/null 2>&1 \
   || [ ! -d "$(rustc --print target-libdir --target wasm32-unknown-unknown)" ] \
   || [ -z "$(ls "$(rustc --print target-libdir --target wasm32-unknown-unknown)" 2>/dev/null)" ]; then
  say "adding the wasm32-unknown-unknown target"
  if ! rustup target add wasm32-unknown-unknown; then
    fallback=../shared/toolchain/wasm32-rust-std-1.95.0.tar.xz
    if [ -f "$fallback" ] && rustc --version | grep -q '^rustc 1\.95\.0'; then
      say "rustup could not download; installing the wasm32 std from $fallback"
      tar -xJf "$fallback" -C "$(rustc --print sysroot)/lib/rustlib/"
    else
      say "could not install the wasm32 target"; exit 2
    fi
  fi
fi

# wasm-bindgen CLI: must match the library version in Cargo.lock exactly.
wb_version=$(awk '/^name = "wasm-bindgen"$/{getline; gsub(/[^0-9.]/,""); print; exit}' Cargo.lock)
if [ -z "$wb_version" ]; then
  say "Cargo.lock names no wasm-bindgen version"; exit 2
fi
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $wb_version"; then
  say "installing wasm-bindgen-cli $wb_version (a few minutes the first time)"
  # Not --locked: its lockfile wants crate versions the registry mirror may not have.
  cargo install wasm-bindgen-cli --version "$wb_version" --force
fi

# Node tools (wasm-opt from npm's binaryen: Debian's is too old for this output).
if ! command -v npm >/dev/null; then
  say "npm is missing: install Node.js 18+ (apt-get install nodejs npm) and run this again."
  exit 2
fi
if [ ! -x tools/node_modules/.bin/wasm-opt ] || [ tools/package.json -nt tools/node_modules/.package-lock.json ]; then
  say "installing npm tools in tools/"
  (cd tools && npm ci --no-audit --no-fund --loglevel=error)
fi

if [ "$want_browser" = 1 ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; }; then
  say "installing Debian's chromium and chromium-driver"
  if [ "$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi
say "ready"
