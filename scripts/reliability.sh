#!/usr/bin/env bash
# Reproduces the table of docs/reliability.md: each attack on the CLI (release build) and on the
# WebAssembly module in Node, with its outcome, CPU time (user + sys: on a shared machine wall time
# measures the neighbours), wall time and peak memory (/usr/bin/time). Takes a few minutes and
# about 1 GB of disk in target/reliability; not part of CI.
#
#   scripts/reliability.sh            # CLI and wasm (the Node build of the module is built first)
#   SLANT_NO_WASM=1 scripts/reliability.sh   # CLI only
set -euo pipefail
cd "$(dirname "$0")/.."

dir=target/reliability
mkdir -p "$dir"
cargo build --release --locked -p slant >&2
slant=$PWD/target/release/slant
wasm_pkg=""
if [ -z "${SLANT_NO_WASM:-}" ]; then
  wasm_pkg=${SLANT_WASM_NODE:-$PWD/target/reliability/wasm-node}
  if [ ! -f "$wasm_pkg/slant_wasm.js" ]; then
    cargo build --release --locked -p slant-wasm --target wasm32-unknown-unknown >&2
    wasm-bindgen --target nodejs --out-dir "$wasm_pkg" target/wasm32-unknown-unknown/release/slant_wasm.wasm
  fi
fi
python3 scripts/reliability-inputs.py "$dir/in"
cd "$dir/in"

# Runs a command with a time limit; prints "outcome | time | peak RSS".
measure() {
  local limit=$1; shift
  local t0 t1 rc out err
  out=$(mktemp) err=$(mktemp)
  set +e
  /usr/bin/time -f '%e %M %U %S' -o "$out.time" timeout "$limit" "$@" >"$out" 2>"$err"
  rc=$?
  set -e
  # (time writes "Command exited with non-zero status N" first when the command fails.)
  read -r secs kb user sys < <(tail -n 1 "$out.time") || true
  local what
  case $rc in
    0) what=ok ;;
    1) what="ok (exit 1: score over --fail-over)" ;;
    2) what="clear error: $(grep -m1 -o 'slant: error: .*' "$err" | cut -c15-80 | tr '|' '/')" ;;
    124) what="TIMEOUT after $limit s" ;;
    *) what="FAIL (exit $rc): $(head -c 80 "$err" | tr '\n|' '  ')" ;;
  esac
  if [ $rc -eq 124 ]; then secs=">$limit"; fi
  printf '%s | %s s (%s s wall) | %s MB' "$what" "$(awk "BEGIN{print $user + $sys}")" "$secs" "$((kb / 1024))"
  rm -f "$out" "$out.time" "$err"
}

wasm() {
  [ -n "$wasm_pkg" ] || { printf 'not run | | '; return; }
  local res kb secs
  set +e
  res=$(/usr/bin/time -f '%e %M %U %S' -o wasm.time timeout 600 node ../../../scripts/reliability-wasm.cjs "$wasm_pkg" "$@" 2>&1 | tail -1)
  set -e
  read -r secs kb user sys < <(tail -n 1 wasm.time) || true
  local cpu
  cpu=$(awk "BEGIN{print $user + $sys}")
  case $res in
    ok*) printf 'ok (%s flags) | %s s (call %s s wall) | %s MB' "$(echo "$res" | cut -d' ' -f3)" "$cpu" "$(awk "BEGIN{print $(echo "$res" | cut -d' ' -f2)/1000}")" "$((kb / 1024))" ;;
    error*) printf 'clear error: %s | | %s MB' "$(echo "$res" | cut -d' ' -f3- | cut -c1-70 | tr '|' '/')" "$((kb / 1024))" ;;
    *) printf 'FAIL: %s | %s s | %s MB' "$(echo "$res" | cut -c1-70 | tr '|' '/')" "$cpu" "$((kb / 1024))" ;;
  esac
}

row() { # name, input, cli-measure..., then wasm args after "--wasm"
  local name=$1 input=$2; shift 2
  local cli=() w=()
  while [ $# -gt 0 ] && [ "$1" != --wasm ]; do cli+=("$1"); shift; done
  [ $# -gt 0 ] && shift && w=("$@")
  printf '| %s | %s | %s | ' "$name" "$input" "$(measure 300 "${cli[@]}")"
  if [ ${#w[@]} -gt 0 ]; then wasm "${w[@]}"; else printf 'n/a | | '; fi
  printf ' |\n'
}

nd=(check --format ndjson)
echo '| attack | input | CLI outcome | CLI CPU time | CLI peak RSS | wasm (Node) outcome | wasm CPU time (whole process) | wasm peak RSS |'
echo '|---|---|---|---|---|---|---|---|'
row "empty comment" '`<!-->`' "$slant" "${nd[@]}" comment-open-close.txt --wasm comment-open-close.txt
row "empty comment" '`<!--->`' "$slant" "${nd[@]}" comment-open-dash.txt --wasm comment-open-dash.txt
row "many ignore regions" "128k regions, 8.3 MB" "$slant" "${nd[@]}" regions-128k.txt --wasm regions-128k.txt
row "clause-to-source linking" '"the officials who spoke on condition of anonymity and " x 32k, 1.7 MB' "$slant" "${nd[@]}" anonymity-32k.txt --wasm anonymity-32k.txt
row "allow entry \`the\`" "1.7 MB news" "$slant" "${nd[@]}" --wordlist list-allow-the.toml prose-1.7mb.txt --wasm prose-1.7mb.txt list-allow-the.toml
row "no allow entry (baseline)" "1.7 MB news" "$slant" "${nd[@]}" prose-1.7mb.txt --wasm prose-1.7mb.txt
row "phrases sharing a first token" '10k entries "the zqxN", 1.7 MB news' "$slant" "${nd[@]}" --wordlist list-the-10k.toml prose-1.7mb.txt --wasm prose-1.7mb.txt list-the-10k.toml
row "long \`unless\` list" '50k contexts, 1 MB of "regime "' "$slant" "${nd[@]}" --wordlist list-unless-50k.toml regime-1mb.txt --wasm regime-1mb.txt list-unless-50k.toml
row "wordlist load" "10k entries (0.36 MB)" "$slant" "${nd[@]}" --wordlist list-10k.toml hashtag.txt --wasm hashtag.txt list-10k.toml
row "wordlist load" "100k entries (3.8 MB)" "$slant" "${nd[@]}" --wordlist list-100k.toml hashtag.txt --wasm hashtag.txt list-100k.toml
row "term starting with punctuation" '`#StopTheSteal`' "$slant" "${nd[@]}" --wordlist list-hashtag.toml hashtag.txt --wasm hashtag.txt list-hashtag.toml
row "byte-order mark" "BOM + sentence" "$slant" "${nd[@]}" bom.txt --wasm bom.txt
row "lone CR / U+2028" "two lines" "$slant" "${nd[@]}" lone-cr.txt u2028.txt --wasm u2028.txt
row "memory, prose" "5 MB news" "$slant" "${nd[@]}" prose-5mb.txt --wasm prose-5mb.txt
row "memory, prose" "50 MB news" "$slant" "${nd[@]}" prose-50mb.txt --wasm prose-50mb.txt
row "memory, prose" "200 MB news" "$slant" "${nd[@]}" prose-200mb.txt
row "memory, adversarial" '10 MB of "regime "' "$slant" "${nd[@]}" regime-10mb.txt --wasm regime-10mb.txt
row "memory, adversarial" '10 MB of "notorious thugs " (1.25M flags kept)' "$slant" "${nd[@]}" thugs-10mb.txt --wasm thugs-10mb.txt
row "invalid UTF-8" "one bad byte" "$slant" "${nd[@]}" invalid-utf8.txt
row "binary file" "zip header" "$slant" "${nd[@]}" binary.bin.txt
row "device as a path" "/dev/zero" "$slant" "${nd[@]}" /dev/zero
row "JSONL mixed" "blank line, 30-digit id, 2 MB line over --max-line-bytes 1M, \`<!-->\`" "$slant" check --jsonl --max-line-bytes 1M jsonl-mixed.jsonl
row "JSONL streaming" "200 MB of news as rows of 20 paragraphs" "$slant" check --jsonl news-200mb.jsonl
row "JSONL endless line" "a row, then 1 GB of NUL bytes without a newline (--max-line-bytes 1M)" bash -c "{ echo '{\"id\":\"a\",\"text\":\"The regime fell.\"}'; head -c 1000000000 /dev/zero; } | $slant check --jsonl --max-line-bytes 1M -"
rm -f wasm.time
