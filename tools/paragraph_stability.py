#!/usr/bin/env python3
"""Do flags survive the loss of paragraph breaks?

Runs `slant check --jsonl` on a JSONL file of articles ({"id", "text"}) twice: as given, and with
every line break (and the whitespace around it) collapsed to one space, as text pasted from a web
page or wire copy arrives. Flags are compared by category and position (mapped to the flattened
text). Prints the share of identical flags: |same| / |union of both runs|.

Usage: tools/paragraph_stability.py SLANT_BIN ARTICLES.jsonl [--show N]
"""
import json
import re
import subprocess
import sys
import tempfile


def flatten(text):
    """Collapses each whitespace run holding a line break to one space. Returns the new text and
    a map from old byte offsets to new byte offsets."""
    raw = text.encode("utf-8")
    out = bytearray()
    old_to_new = [0] * (len(raw) + 1)
    i = 0
    for m in re.finditer(rb"[ \t]*(\r?\n)\s*", raw):
        for k in range(i, m.start()):
            old_to_new[k] = len(out)
            out.append(raw[k])
        for k in range(m.start(), m.end()):
            old_to_new[k] = len(out)
        out.append(0x20)
        i = m.end()
    for k in range(i, len(raw)):
        old_to_new[k] = len(out)
        out.append(raw[k])
    old_to_new[len(raw)] = len(out)
    return out.decode("utf-8"), old_to_new


def run(binary, rows):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n")
        path = f.name
    p = subprocess.run([binary, "check", "--jsonl", path], capture_output=True, check=False)
    return [json.loads(l) for l in p.stdout.decode("utf-8").splitlines() if l.strip()]


def main():
    binary, data = sys.argv[1], sys.argv[2]
    show = int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 0
    rows = [json.loads(l) for l in open(data, encoding="utf-8") if l.strip()]
    flat_rows, maps = [], []
    for r in rows:
        t, m = flatten(r["text"])
        flat_rows.append({"id": r["id"], "text": t})
        maps.append(m)
    orig, flat = run(binary, rows), run(binary, flat_rows)
    same = union = 0
    shown = 0
    for r, fr, a, b, m in zip(rows, flat_rows, orig, flat, maps):
        fa = {(f["category"], m[f["start"]], m[f["end"]]) for f in a["flags"]}
        fb = {(f["category"], f["start"], f["end"]) for f in b["flags"]}
        same += len(fa & fb)
        union += len(fa | fb)
        for d in sorted(fa ^ fb)[: max(0, show - shown)]:
            shown += 1
            side = "original only" if d in fa else "flattened only"
            t = fr["text"].encode("utf-8")
            ctx = t[max(0, d[1] - 80): d[2] + 40].decode("utf-8", "replace")
            print(f"{side:15} {d[0]:24} {ctx!r}")
    share = same / union if union else 1.0
    print(f"articles {len(rows)}  flags same {same}  union {union}  share identical {share:.4f}")


if __name__ == "__main__":
    main()
