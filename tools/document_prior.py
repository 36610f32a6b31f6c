#!/usr/bin/env python3
"""Tests a document-level prior on outlet-voice loaded-language confidence: does the share of a
document's sentences that are attributed or quoted tell right outlet-voice flags from wrong ones?
Reads BASIL (whole articles) of two dev halves, fits on the first one coefficient b of

    logit(confidence') = logit(confidence) + b * (attributed_share - 0.85)

to the annotators' agreement (maximum likelihood, grid of 0.1), and prints agreement by share on
both halves and the Brier score of outlet-voice flags on the second half with and without the
fitted b. Session 8 (docs/quality.md) ran it and dropped the prior.
Usage: document_prior.py SLANT_BIN HALVES_DIR [FIT=a] [CHECK=b]
"""
import json, math, os, subprocess, sys

binary, folder = sys.argv[1], sys.argv[2]
fit_half = sys.argv[3] if len(sys.argv) > 3 else "a"
check_half = sys.argv[4] if len(sys.argv) > 4 else "b"
CENTRE = 0.85


def outlet_flags(half):
    rows = [json.loads(l) for l in open(os.path.join(folder, f"basil-{half}.jsonl"))]
    inp = "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in rows)
    out = subprocess.run([binary, "check", "--jsonl", "-", "--min-confidence", "0"],
                         input=inp.encode(), capture_output=True, check=True).stdout.decode()
    flags = []
    for row, line in zip(rows, out.splitlines()):
        rep = json.loads(line)
        sents = rep["sentences"]
        share = sum(1 for s in sents if s["attributed"] or s["quoted"]) / max(len(sents), 1)
        gold = [(s["start"], s["end"]) for s in row["spans"]]
        for f in rep["flags"]:
            if f["category"] == "loaded_language" and f["voice"] == "outlet":
                agree = any(f["start"] < e and s < f["end"] for s, e in gold)
                flags.append((f["confidence"], share, agree))
    return flags


def adjusted(c, share, b):
    c = min(max(c, 0.01), 0.99)
    return 1 / (1 + math.exp(-(math.log(c / (1 - c)) + b * (share - CENTRE))))


def nll(flags, b):
    return -sum(math.log(p if a else 1 - p) for p, a in ((adjusted(c, s, b), a) for c, s, a in flags))


def brier(flags, b):
    return sum((adjusted(c, s, b) - a) ** 2 for c, s, a in flags) / len(flags)


halves = {h: outlet_flags(h) for h in (fit_half, check_half)}
for h, flags in halves.items():
    print(f"half {h}: {len(flags)} outlet-voice flags on BASIL")
    print("| attributed share | flags | mean confidence | annotator agreed |")
    print("|---|---:|---:|---:|")
    for lo, hi in ((0, 0.8), (0.8, 0.9), (0.9, 1.01)):
        b = [f for f in flags if lo <= f[1] < hi]
        if b:
            print(f"| {lo:.1f}–{min(hi, 1.0):.1f} | {len(b)} | {sum(f[0] for f in b) / len(b):.2f} "
                  f"| {sum(f[2] for f in b) / len(b):.2f} |")
best = min((nll(halves[fit_half], k / 10), k / 10) for k in range(-100, 101))[1]
print(f"\nfitted on half {fit_half}: b = {best:+.1f} (negative would lower outlet flags in attributed documents)")
print(f"half {check_half} Brier, outlet-voice flags: without {brier(halves[check_half], 0):.4f}, "
      f"with b {brier(halves[check_half], best):.4f}")
