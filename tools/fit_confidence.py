#!/usr/bin/env python3
"""Fits the agreement table behind every loaded-language flag's confidence
(crates/core/data/agreement.tsv): for each rule, each list (`list-id/*`), each voice
(`voice:outlet`...) and in all (`*`), how many flags there were on the annotated data and how
many of them an annotator agreed with (tools/flag_agreement.py decides agreement).

Fit on dev half A only; check calibration on half B (tools/reliability.py).
Usage: fit_confidence.py SLANT_BIN HALVES_DIR [SUFFIX=a] > crates/core/data/agreement.tsv
"""
import collections, json, subprocess, sys, os

binary, folder = sys.argv[1], sys.argv[2]
suffix = sys.argv[3] if len(sys.argv) > 3 else "a"
here = os.path.dirname(os.path.abspath(__file__))
out = subprocess.run([sys.executable, os.path.join(here, "flag_agreement.py"), binary, folder, suffix,
                      "--", "--min-confidence", "0"], capture_output=True, text=True, check=True).stdout
rec = collections.defaultdict(lambda: [0, 0])
for line in out.splitlines():
    f = json.loads(line)
    for key in (f["rule"], f["rule"].split("/")[0] + "/*", "voice:" + f["voice"], "*"):
        rec[key][0] += f["agree"]
        rec[key][1] += 1
print(f"# key\tagreeing flags\tflags: loaded-language flags on dev half {suffix} (BABE + BASIL) that an")
print("# annotator marked too. Written by tools/fit_confidence.py; read by crates/core/build.rs.")
for k in sorted(rec):
    print(f"{k}\t{rec[k][0]}\t{rec[k][1]}")
