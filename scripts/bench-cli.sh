#!/usr/bin/env bash
# The whole-process speed of docs/cli-speed.md: `slant check --jobs 1 --format ndjson` over the
# news corpus as a directory, against a bare Aho-Corasick scan of a 2,000-phrase list over the same
# files (crates/cli/examples/bare_scan.rs), measured in the same run, alternating, on one core.
# CPU time (user + sys) is compared, as other processes on a shared machine inflate wall time.
#
#   scripts/bench-cli.sh [CORPUS_DIR] [ROUNDS]     (defaults: ../shared/corpus/polnear, 5)
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=${1:-../shared/corpus/polnear}
rounds=${2:-5}
[ -d "$corpus" ] || { echo "bench-cli: no corpus at $corpus" >&2; exit 2; }
cargo build --release --locked -p slant -p slant-cli --example bare_scan >&2
# The corpus ten times over (as ten directory arguments), so that a run takes seconds, not
# milliseconds.
dirs=()
for _ in 1 2 3 4 5 6 7 8 9 10; do dirs+=("$corpus"); done
bytes=$(( $(cat "$corpus"/*.txt | wc -c) * 10 ))
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)

cpu() { # prints user+sys seconds of the command
  /usr/bin/time -f '%U %S' -o /tmp/bench-cli.time "${pin[@]}" "$@" >/dev/null
  awk '{printf "%.3f", $1 + $2}' /tmp/bench-cli.time
}

best_slant=999 best_bare=999
for r in $(seq "$rounds"); do
  b=$(cpu target/release/examples/bare_scan "${dirs[@]}")
  s=$(cpu target/release/slant check --jobs 1 --format ndjson "${dirs[@]}")
  printf 'round %s: bare scan %s s, slant %s s CPU\n' "$r" "$b" "$s"
  best_bare=$(awk -v a="$best_bare" -v b="$b" 'BEGIN{print (b<a)?b:a}')
  best_slant=$(awk -v a="$best_slant" -v b="$s" 'BEGIN{print (b<a)?b:a}')
done
awk -v b="$best_bare" -v s="$best_slant" -v n="$bytes" 'BEGIN{
  printf "best of rounds: bare scan %.3f s (%.0f MB/s), slant %.3f s (%.0f MB/s); slant / bare speed = %.2fx\n",
    b, n/b/1e6, s, n/s/1e6, b/s }'
rm -f /tmp/bench-cli.time
