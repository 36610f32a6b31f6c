#!/usr/bin/env bash
# Usage: scripts/smallest-order.sh WASM_OPT IN.wasm OUT.wasm
# Writes OUT: IN with each function after the ones most like it (scripts/order-functions.py
# names them in that order) so that gzip finds their repeats within its window. No pass runs,
# only the reordering, written with -Oz's levels; the target-features section goes only now
# (the first wasm-opt run needs it). The window order-functions.py looks back over changes the
# gzipped size by up to 0.9 KB as if by chance, build to build, so five are tried and the
# smallest kept (about 10 s each). The windows reach toward gzip's own 32 KiB: a function placed
# after like code that gzip can still see (on two page builds 16-32 KiB gave 0.6 and 1.2 KB less
# than the best of 0, 1, 2, 4 and 8 KiB; 48 KiB and more, past gzip's reach, gave more).
# Prints the kept module's gzipped size in bytes.
# Used by scripts/build-web.sh (the page) and scripts/build-wasm.sh (the npm modules).
set -euo pipefail
opt=$1 in=$2 out=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
best=""
for window in 4096 16384 24576 28672 32768; do
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
