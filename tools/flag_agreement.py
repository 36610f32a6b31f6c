#!/usr/bin/env python3
"""Per-flag agreement with human annotators: runs `slant check --jsonl` over BABE and BASIL files
and prints one JSON line per loaded-language flag with `agree` (the flag overlaps a BABE biased
word, or any BASIL bias span). It is what tools/fit_confidence.py fits and what the reliability
table in docs/quality.md is computed from.

Usage: flag_agreement.py SLANT_BIN DIR SUFFIX [--context] [-- extra slant args]
  reads DIR/babe-SUFFIX.jsonl and DIR/basil-SUFFIX.jsonl
"""
import json, os, subprocess, sys, tempfile


def run(binary, rows, extra):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "text": r["text"]}) + "\n")
        path = f.name
    p = subprocess.run([binary, "check", "--jsonl", path, *extra], capture_output=True, check=False)
    os.unlink(path)
    return [json.loads(l) for l in p.stdout.decode().splitlines() if l.strip()]


def main():
    args = sys.argv[1:]
    extra = []
    if "--" in args:
        i = args.index("--")
        args, extra = args[:i], args[i + 1:]
    context = "--context" in args
    args = [a for a in args if a != "--context"]
    binary, folder, suffix = args
    for name in ("babe", "basil"):
        path = os.path.join(folder, f"{name}-{suffix}.jsonl")
        rows = [json.loads(l) for l in open(path)]
        reps = run(binary, rows, extra)
        for row, rep in zip(rows, reps):
            if name == "babe":
                gold = [(s["start"], s["end"]) for s in row["biased_word_spans"]]
            else:
                gold = [(s["start"], s["end"]) for s in row["spans"]]
            text = row["text"].encode()
            for f in rep.get("flags", []):
                if f["category"] != "loaded_language":
                    continue
                out = {"set": name, "rule": f["rule"], "kind": f["kind"], "voice": f["voice"],
                       "text": f["text"], "confidence": f.get("confidence"),
                       "agree": any(f["start"] < e and s < f["end"] for s, e in gold)}
                if context:
                    a, b = max(0, f["start"] - 120), f["end"] + 120
                    out["ctx"] = (text[a:f["start"]].decode(errors="replace") + "[[" + f["text"] + "]]"
                                  + text[f["end"]:b].decode(errors="replace")).replace("\n", " ")
                print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
