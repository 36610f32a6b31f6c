#!/usr/bin/env python3
"""Draws a seeded random sample of flags (or quotations) for blind judging.

Runs `slant check --jsonl` over an articles file ({"id", "text", ...} per line), then prints N
randomly chosen flags of one category, each with about 300 characters of context and the flagged
words marked [[like this]], or N quotations with the speaker Slant found. The verdict column is
left empty for the judge; the rubric is in docs/quality.md ("Judging sourcing flags and quotations").

Usage:
  tools/sample_sourcing.py SLANT_BIN ARTICLES.jsonl --category anonymous_source [--n 60] [--seed 10]
  tools/sample_sourcing.py SLANT_BIN ARTICLES.jsonl --quotes [--n 100] [--seed 10]
Output: JSON lines {"id", "start", "end", "text", "rule" | "speaker", "context", "verdict": ""}.
"""
import argparse
import json
import random
import subprocess
import sys
import tempfile

CONTEXT = 300


def context(raw, start, end):
    lo, hi = max(0, start - CONTEXT // 2), min(len(raw), end + CONTEXT // 2)
    dec = lambda b: b.decode("utf-8", "replace")
    return dec(raw[lo:start]) + "[[" + dec(raw[start:end]) + "]]" + dec(raw[end:hi])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("articles")
    ap.add_argument("--category", choices=["anonymous_source", "unattributed_assertion", "loaded_language"])
    ap.add_argument("--quotes", action="store_true")
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=10)
    a = ap.parse_args()
    if bool(a.category) == a.quotes:
        sys.exit("give one of --category CATEGORY or --quotes")
    rows = [json.loads(l) for l in open(a.articles, encoding="utf-8") if l.strip()]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "text": r["text"]}, ensure_ascii=False) + "\n")
    p = subprocess.run([a.binary, "check", "--jsonl", f.name], capture_output=True, check=True)
    reps = [json.loads(l) for l in p.stdout.decode("utf-8").splitlines() if l.strip()]
    pool = []
    for r, rep in zip(rows, reps):
        raw = r["text"].encode("utf-8")
        if a.quotes:
            for q in rep.get("quotes", []):
                sp, ref = q.get("speaker"), q.get("refers_to")
                # A pronoun speaker is shown with the name it stands for: "he (= Ann Lee)".
                if sp and ref:
                    sp = {"text": f'{sp["text"]} (= {ref["text"]})'}
                pool.append({"id": r["id"], "start": q["start"], "end": q["end"],
                             "text": raw[q["start"]:q["end"]].decode("utf-8", "replace"),
                             "speaker": sp["text"] if sp else None,
                             "kind": q.get("kind", "speech"),
                             "context": context(raw, q["start"], q["end"]), "verdict": ""})
        else:
            for fl in rep.get("flags", []):
                if fl["category"] == a.category:
                    pool.append({"id": r["id"], "start": fl["start"], "end": fl["end"],
                                 "text": fl["text"], "rule": fl["rule"],
                                 "context": context(raw, fl["start"], fl["end"]), "verdict": ""})
    random.Random(a.seed).shuffle(pool)
    for x in pool[: a.n]:
        print(json.dumps(x, ensure_ascii=False))
    print(f"# sampled {min(a.n, len(pool))} of {len(pool)}", file=sys.stderr)


if __name__ == "__main__":
    main()
