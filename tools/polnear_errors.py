#!/usr/bin/env python3
"""PolNeAR sentence-level errors of the "attributed" decision, as shared/eval/score.py counts them
(gold: at least half the sentence covered by annotated content, or an annotated cue overlapping
it), for grouping errors by phenomenon. Each FP/FN sentence is printed with the sentence before
it, its coverage, the reason slant gave (first cue or rule) and, in the sentence, [content] and
{cue} as annotated. Unattributed-assertion flags follow (WRONG when more than half is content).
With --by-reason: per first reason (list or built-in rule), how many attributed sentences are
gold and how many are not. Study half A only.

Usage: polnear_errors.py SLANT_BIN POLNEAR_JSONL [--by-reason] [--fp-only | --fn-only]
"""
import collections, json, subprocess, sys


def main():
    args = sys.argv[1:]
    binary, path = args[0], args[1]
    by_reason = "--by-reason" in args
    kinds = {"--fp-only": ("fp",), "--fn-only": ("fn",)}
    want = next((kinds[a] for a in args if a in kinds), ("fp", "fn"))
    rows = [json.loads(l) for l in open(path)]
    out = subprocess.run([binary, "check", "--jsonl", path], capture_output=True).stdout
    reps = [json.loads(l) for l in out.decode().splitlines() if l.strip()]
    counts = collections.Counter()
    reasons = collections.defaultdict(lambda: [0, 0])
    for row, rep in zip(rows, reps):
        text = row["text"].encode()
        content = [tuple(s) for a in row["attributions"] for s in a["content"]]
        cues = [tuple(s) for a in row["attributions"] for s in a["cue"]]

        def cov(s, e):
            return sum(max(0, min(e, c[1]) - max(s, c[0])) for c in content) / max(1, e - s)

        sents = rep.get("sentences", [])
        for i, sent in enumerate(sents):
            s, e = sent["start"], sent["end"]
            c = cov(s, e)
            cue = any(a < e and s < b for a, b in cues)
            gold, pred = c >= 0.5 or cue, bool(sent.get("attributed"))
            k = "tp" if gold and pred else "fp" if pred else "fn" if gold else "tn"
            counts[k] += 1
            why = sent.get("attribution") or {}
            if pred:
                r = why.get("rule", "?")
                reasons[r if r.startswith("rule:") else r.split("/")[0]][0 if gold else 1] += 1
            if by_reason or k not in want:
                continue
            marks = []
            for spans, o, c_ in ((content, "[", "]"), (cues, "{", "}")):
                for a, b in spans:
                    if a < e and s < b:
                        marks += [(max(a, s), o), (min(b, e), c_)]
            seg = text[s:e]
            for pos, ch in sorted(marks, key=lambda m: -m[0]):
                seg = seg[: pos - s] + ch.encode() + seg[pos - s :]
            prev = sents[i - 1] if i else None
            print(f"== {k.upper()} {row['id']} [{s},{e}] cov={c:.2f} cue={cue} "
                  f"why={why.get('rule')}:{why.get('text')}")
            if prev:
                print("  prev: " + text[prev["start"]:prev["end"]].decode("utf-8", "replace")[-300:])
            print("  sent: " + seg.decode("utf-8", "replace").replace("\n", "\\n"))
        if by_reason:
            continue
        for f in rep.get("flags", []):
            if f.get("category") == "unattributed_assertion":
                c = cov(f["start"], f["end"])
                print(f"== UA {'WRONG' if c > 0.5 else 'ok'} {row['id']} cov={c:.2f} {f.get('rule')}: "
                      + text[f["start"]:f["end"]].decode("utf-8", "replace"))
    if by_reason:
        for r, (tp, fp) in sorted(reasons.items(), key=lambda x: -x[1][1]):
            print(f"{r:32s} gold {tp:5d} not {fp:4d} precision {tp / (tp + fp):.3f}")
    print(dict(counts), file=sys.stderr)


if __name__ == "__main__":
    main()
