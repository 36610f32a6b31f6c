#!/usr/bin/env python3
"""BABE sentences with an error, each word marked as the scorer counts it, for grouping errors by
phenomenon rather than by word: {word} a shown flag an annotator marked, <FP:word> a shown flag
no annotator marked, [[word]] a marked word no flag covers, <lo0.41:word> a flag under the cut
(confidence shown). Tokens as shared/eval/score.py. Study half A only.

Usage: babe_errors.py SLANT_BIN BABE_JSONL [--min-confidence C (0.45)] [--fp-only | --fn-only]
"""
import json, re, subprocess, sys

TOK = re.compile(rb"[A-Za-z][A-Za-z'\-]*")


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def main():
    args = sys.argv[1:]
    binary, path = args[0], args[1]
    cut = float(args[args.index("--min-confidence") + 1]) if "--min-confidence" in args else 0.45
    rows = [json.loads(l) for l in open(path)]
    inp = "\n".join(json.dumps({"id": r["id"], "text": r["text"]}) for r in rows)
    out = subprocess.run([binary, "check", "--jsonl", "-", "--min-confidence", "0"],
                         input=inp.encode(), capture_output=True, check=True).stdout.decode()
    reps = [json.loads(l) for l in out.splitlines() if l.strip()]
    for row, rep in zip(rows, reps):
        text = row["text"].encode()
        gold = [(s["start"], s["end"]) for s in row["biased_word_spans"]]
        flags = [f for f in rep.get("flags", []) if f["category"] == "loaded_language"]
        words, fp, fn = [], False, False
        for m in TOK.finditer(text):
            span, w = (m.start(), m.end()), m.group().decode()
            g = any(overlaps(span, x) for x in gold)
            hit = [f for f in flags if overlaps(span, (f["start"], f["end"]))]
            shown = hit and hit[0]["confidence"] >= cut
            if shown:
                w = "{" + w + "}" if g else "<FP:" + w + ">"
                fp |= not g
            elif hit:
                w = f"<lo{hit[0]['confidence']:.2f}:{w}>"
                fn |= g
            elif g:
                w, fn = "[[" + w + "]]", True
            words.append(w)
        if ("--fn-only" in args and fn) or ("--fp-only" in args and fp) or (
                "--fn-only" not in args and "--fp-only" not in args and (fp or fn)):
            print(row["label"][:3], " ".join(words))


if __name__ == "__main__":
    main()
