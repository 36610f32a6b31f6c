#!/usr/bin/env python3
"""Fits the agreement table behind every loaded-language flag's confidence
(crates/core/data/agreement.tsv): for each rule, each list (`list-id/*`), each voice
(`voice:outlet`, `voice:attributed`), entries with and without sense restrictions
(`ambiguous:yes`/`ambiguous:no`) and in all (`*`), how many flags there were on the annotated data
and how many of them an annotator agreed with (tools/flag_agreement.py decides agreement).

Quoted flags are left out: BABE and BASIL annotators mark the outlet's bias, not the loaded words
of the people it quotes, so their agreement on a quoted word says little about whether the word is
loaded (which is all a flag marked `quoted` claims). crates/core/src/confidence.rs gives quoted
flags their entry's rate.

An entry is ambiguous when its list gives it a sense restriction (`pos`, `not_when`) or `unless`
contexts: someone found it used in a neutral sense too. crates/core/src/confidence.rs reads the
same fields.

Fit on dev half A only; check calibration on half B (tools/reliability.py).
Usage: fit_confidence.py SLANT_BIN HALVES_DIR [SUFFIX=a] > crates/core/data/agreement.tsv
"""
import collections, glob, json, subprocess, sys, os, tomllib

binary, folder = sys.argv[1], sys.argv[2]
suffix = sys.argv[3] if len(sys.argv) > 3 else "a"
here = os.path.dirname(os.path.abspath(__file__))


def ambiguous_rules():
    out = set()
    for path in glob.glob(os.path.join(here, "..", "wordlists", "loaded", "*.toml")):
        with open(path, "rb") as f:
            d = tomllib.load(f)
        for e in d.get("entry", []):
            # Unasserted uses (as crates/core/src/sense.rs `restricted`) are no second sense.
            senses = set(e.get("not_when", [])) - {"negated", "conditional", "hypothetical", "quoted"}
            if e.get("pos") or senses or e.get("unless"):
                out.add(f"{d['list']['id']}/{e['term']}")
    return out


ambiguous = ambiguous_rules()
out = subprocess.run([sys.executable, os.path.join(here, "flag_agreement.py"), binary, folder, suffix,
                      "--", "--min-confidence", "0"], capture_output=True, text=True, check=True).stdout
rec = collections.defaultdict(lambda: [0, 0])
for line in out.splitlines():
    f = json.loads(line)
    if f["voice"] == "quoted":
        continue
    amb = "ambiguous:yes" if f["rule"] in ambiguous else "ambiguous:no"
    for key in (f["rule"], f["rule"].split("/")[0] + "/*", "voice:" + f["voice"], amb, "*"):
        rec[key][0] += f["agree"]
        rec[key][1] += 1
print(f"# key\tagreeing flags\tflags: loaded-language flags outside quotations on dev half {suffix} (BABE +")
print("# BASIL) that an annotator marked too. Written by tools/fit_confidence.py; read by crates/core/build.rs.")
for k in sorted(rec):
    print(f"{k}\t{rec[k][0]}\t{rec[k][1]}")
