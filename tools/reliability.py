#!/usr/bin/env python3
"""Reliability table of loaded-language confidence: flags binned by confidence, with the share
an annotator agreed with (BABE biased words, BASIL bias spans). Calibrated means the two columns
match. Run it on the half the table was not fitted on.
Usage: reliability.py SLANT_BIN HALVES_DIR SUFFIX   (prints a Markdown table)
"""
import json, os, subprocess, sys

binary, folder, suffix = sys.argv[1:4]
here = os.path.dirname(os.path.abspath(__file__))
out = subprocess.run([sys.executable, os.path.join(here, "flag_agreement.py"), binary, folder, suffix,
                      "--", "--min-confidence", "0"], capture_output=True, text=True, check=True).stdout
flags = [json.loads(l) for l in out.splitlines()]
edges = [0.0, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1.01]
print("| confidence | flags | mean confidence | annotator agreed |")
print("|---|---:|---:|---:|")
brier = 0.0
for lo, hi in zip(edges, edges[1:]):
    b = [f for f in flags if lo <= f["confidence"] < hi]
    if not b:
        continue
    mc = sum(f["confidence"] for f in b) / len(b)
    ag = sum(f["agree"] for f in b) / len(b)
    print(f"| {lo:.1f}–{min(hi, 1.0):.1f} | {len(b)} | {mc:.2f} | {ag:.2f} |")
for f in flags:
    brier += (f["confidence"] - f["agree"]) ** 2
n = len(flags)
base = sum(f["agree"] for f in flags) / n
print(f"\n{n} flags; agreement {base:.3f}; mean confidence {sum(f['confidence'] for f in flags)/n:.3f}; "
      f"Brier {brier/n:.4f} (constant {base:.2f}: {sum((base-f['agree'])**2 for f in flags)/n:.4f})")
