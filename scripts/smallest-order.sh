#!/usr/bin/env bash
# Usage: scripts/smallest-order.sh WASM_OPT IN.wasm OUT.wasm [WINDOW...]
# Writes OUT: IN with each function after the ones most like it (scripts/order-functions.py
# names them in that order) so that gzip finds their repeats within its window. No pass runs,
# only the reordering, written with -Oz's levels; the target-features section goes only now
# (the first wasm-opt run needs it). The window order-functions.py looks back over changes the
# gzipped size by up to 0.9 KB as if by chance, build to build, so five are tried and the
# smallest kept (about 10 s each): the WINDOWs given, by default 0, 1, 2, 4 and 8 KiB. The page
# passes windows reaching toward gzip's own 32 KiB (see scripts/build-web.sh); the npm modules
# keep the default (one of them, the framing module, came out 0.2 KB larger with the page's).
# Prints the kept module's gzipped size in bytes.
# Used by scripts/build-web.sh (the page) and scripts/build-wasm.sh (the npm modules).
set -euo pipefail
opt=$1 in=$2 out=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
best=""
windows=("${@:4}")
[ ${#windows[@]} -gt 0 ] || windows=(0 1024 2048 4096 8192)
for window in "${windows[@]}"; do
  python3 "$(dirname "$0")/order-functions.py" "$in" "$dir/named.wasm" "$window" >&2
  "$opt" -ol 2 -s 2 --generate-stack-ir --optimize-stack-ir --reorder-functions-by-name \
    --strip-target-features "$dir/named.wasm" -o "$dir/try.wasm"
  size=$(gzip -9c "$dir/try.wasm" | wc -c)
  if [ -z "$best" ] || [ "$size" -lt "$best" ]; then
    best=$size
    mv "$dir/try.wasm" "$out"
  fi
done
echo "$best"
