#!/usr/bin/env python3
"""Draws a seeded random sample of flags of one category from `slant check --jsonl` over a JSON
Lines corpus (default ../shared/corpus/reuters-2017/articles.jsonl) and prints each flag with
about 300 characters of context, for blind judging with the rubric in docs/quality.md. The flag
is shown between [[ ]]; the judge sees neither its confidence nor the build it came from.

Usage: sample_flags.py SLANT_BIN [--corpus FILE] [--category loaded_language] [-n 150]
                       [--seed 9] [--jsonl] [-- extra slant args, e.g. --min-confidence 0]
  --jsonl prints one JSON object per flag (id, start, end, rule, text, flag_says_whose, context)
  instead of text, so that verdicts can be joined back to the flags. Each flag says whose words it
  calls them (the outlet's, quoted and by whom, attributed and to whom): the rubric's V verdict
  needs it.
"""
import argparse, json, random, subprocess, sys


def main():
    argv = sys.argv[1:]
    extra = []
    if "--" in argv:
        i = argv.index("--")
        argv, extra = argv[:i], argv[i + 1:]
    ap = argparse.ArgumentParser()
    ap.add_argument("slant")
    ap.add_argument("--corpus", default="../shared/corpus/reuters-2017/articles.jsonl")
    ap.add_argument("--category", default="loaded_language")
    ap.add_argument("-n", type=int, default=150)
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--jsonl", action="store_true")
    a = ap.parse_args(argv)
    texts = {}
    with open(a.corpus, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                row = json.loads(line)
                texts[str(row["id"])] = row["text"].encode()
    out = subprocess.run([a.slant, "check", "--jsonl", a.corpus, *extra],
                         capture_output=True, check=False).stdout.decode()
    flags, words = [], 0
    for line in out.splitlines():
        rep = json.loads(line)
        if "error" in rep:
            continue
        words += rep["stats"]["words"]
        flags += [(str(rep["id"]), f) for f in rep["flags"] if f["category"] == a.category]
    rng = random.Random(a.seed)
    sample = rng.sample(flags, min(a.n, len(flags)))
    print(f"# {len(flags)} {a.category} flags in {words} words "
          f"({1000 * len(flags) / max(words, 1):.2f} per 1,000 words); sample of {len(sample)}, seed {a.seed}",
          file=sys.stderr)
    for k, (doc, f) in enumerate(sample, 1):
        t = texts[doc]
        lo, hi = max(0, f["start"] - 150), min(len(t), f["end"] + 150)
        ctx = (t[lo:f["start"]].decode(errors="replace") + "[[" + f["text"] + "]]"
               + t[f["end"]:hi].decode(errors="replace")).replace("\n", " ")
        whose = says_whose(f)
        if a.jsonl:
            print(json.dumps({"n": k, "id": doc, "start": f["start"], "end": f["end"], "rule": f["rule"],
                              "text": f["text"], "flag_says_whose": whose, "context": ctx},
                             ensure_ascii=False))
        else:
            print(f"{k}. {doc} {f['start']}-{f['end']} ({f['rule']}; {whose})\n   …{ctx}…\n")


def says_whose(flag):
    """Whose words the flag says these are, in the reader's terms: the judge needs it for the V
    verdict (a loaded word given to the wrong voice or speaker)."""
    sp = flag.get("speaker")
    name = sp.get("text") if isinstance(sp, dict) else sp
    by = f" ({name})" if name else ""
    return {"outlet": "the outlet's own words",
            "quoted": "inside a quotation" + by,
            "attributed": "words the text attributes to someone" + by}.get(flag.get("voice"), "unknown")


if __name__ == "__main__":
    main()
