#!/usr/bin/env python3
"""Actors against BASIL's annotated bias targets.

Usage: tools/basil_targets.py [--min-confidence P] [--misses] [--probe PROBE_BIN]
                              [--span-type TYPE] [SLANT_BIN] [BASIL_JSONL]
       (defaults: target/release/slant, ../shared/eval/basil-dev.jsonl, Slant's default cut)

`--min-confidence 0` keeps every loaded-language flag, so more annotated spans are flagged and
the attachment rules can be studied on more cases (a side figure; the issue's figure is at the
default cut). `--misses` prints each flagged lexical span whose actor is not its target, with
the rule that tied it, for reading (study half a only).

`--probe target/release/examples/frame_probe` is a diagnostic, not the issue's figure: it ties
*every* annotated span to an actor as if a loaded-language flag were on it (the attachment rules
of `frame/attach.rs` see the same text; only the span is given), so the rules can be read on all
of a half's spans, flagged or not. `--span-type informational` scores BASIL's informational
spans instead of the lexical ones (for reading more cases; also a diagnostic).

Runs `slant check --jsonl --actors` over the articles and reads only the documented JSON
(`flags`, `actors[].name/aliases/flags`). Reports:

- target match: of BASIL's lexical spans that a loaded_language flag overlaps, the share whose
  flag Slant ties to an actor (`actors[].flags`) that matches the span's annotated `target`;
- targets found: of the distinct (article, target) pairs, the share that match any actor of
  that article.

Names are normalised by lowercasing, turning '_' into spaces, dropping punctuation and a
possessive 's. Two names match when one is the initials of the other ("NRA" =
"National_Rifle_Association"), or when their last words match and every other word of the
shorter name (one-letter initials aside) is in the longer one: "Obama" = "Barack_Obama",
"Senate Democrats" = "senate_Democrats", "Hillary Rodham Clinton" = "Hillary_Clinton", but
"Bill Clinton" != "Hillary_Clinton", "Melania Trump" != "Donald_Trump" and "House Republicans"
!= "Senate_Republicans". Words, the last one too, compare by a light stem ("Democratic" =
"Democrats") and a long word may differ by one letter (a misspelt "Vincente", "protesters" =
"protestors"). The same words in another order
match ("Department of Justice" = "Justice_Department"). Names sharing a number of three or
more digits match, a measure being named by its number ("Senate Bill 1062" = "SB1062" =
"SB_1062_bill"). Nothing else is matched: an "Obama_administration" target is not "Obama", a
`SB_1062_bill` is not "Senate Bill".
"""
import collections
import json
import re
import subprocess
import sys


def words(name):
    name = name.replace("_", " ").lower()
    name = re.sub(r"['’]s\b", "", name)
    return [w for w in re.split(r"[^\w]+", name) if w]


GLUE = ("of", "the", "for", "and")


def initials(ws):
    return "".join(w[0] for w in ws if w not in GLUE) if len(ws) > 1 else None


def stem(w):
    """'Democrats', 'Democratic' -> 'democrat': a party's noun and adjective are one word."""
    for end in ("ic", "s"):
        if len(w) > 4 and w.endswith(end):
            return w[: -len(end)]
    return w


def close(a, b):
    """Same word, up to its stem or one letter in a long word ('Vincente' = 'Vicente')."""
    a, b = stem(a), stem(b)
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :] or (len(a) == len(b) and a[i + 1 :] == b[i + 1 :])


def numbers(ws):
    """The numbers in a name, also those joined to letters ("sb1062" has 1062)."""
    return {n for w in ws for n in re.findall(r"\d{3,}", w)}


def same(a, b):
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return False
    # A measure is named by its number: "Senate Bill 1062" = "SB1062" = "SB_1062_bill".
    if numbers(wa) & numbers(wb):
        return True
    if (len(wa) == 1 and wa[0] == initials(wb)) or (len(wb) == 1 and wb[0] == initials(wa)):
        return True
    # The same words in another order: "Department of Justice" = "Justice_Department".
    if len(wa) > 1 and sorted(stem(w) for w in wa if w not in GLUE) == sorted(
        stem(w) for w in wb if w not in GLUE
    ):
        return True
    # The last word compares like the others ("protesters" = "protestors").
    if not close(wa[-1], wb[-1]):
        return False
    # The shorter name's other words must be in the longer one: "Hillary Rodham Clinton" =
    # "Hillary_Clinton", but "Bill Clinton" != "Hillary_Clinton" and "House Republicans" !=
    # "Senate_Republicans". One-letter initials are left out ("Donald J. Trump").
    short, long_ = sorted((wa, wb), key=len)
    return all(any(close(w, v) for v in long_[:-1]) for w in short[:-1] if len(w) > 1)


def actor_matches(actor, target):
    return any(same(n, target) for n in [actor["name"], *actor.get("aliases", [])])


def run_slant(slant, rows, extra):
    feed = "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in rows)
    out = subprocess.run([slant, "check", "--jsonl", "--actors", "--format", "ndjson", *extra, "-"],
                         input=feed.encode(), capture_output=True, check=False).stdout
    reports = {}
    for line in out.decode().splitlines():
        rep = json.loads(line)
        reports[rep.get("id")] = rep
    return reports


def run_probe(probe, rows, span_type):
    """Reports in the CLI's shape from the frame_probe example: each span of `span_type` is a
    loaded-language flag, and the actors are those framing ties them to."""
    feed = b""
    for r in rows:
        spans = [(s["start"], s["end"]) for s in r["spans"] if s["type"] == span_type]
        text = r["text"].encode()
        feed += f"{len(spans)} {len(text)}\n".encode()
        feed += "".join(f"{a} {b}\n" for a, b in spans).encode() + text
    out = subprocess.run([probe], input=feed, capture_output=True, check=True).stdout.decode()
    reports = {}
    blocks = out.split("\n.\n")
    for r, block in zip(rows, blocks):
        actors = []
        for line in block.splitlines():
            parts = line.split("\t")
            if parts[0] == "A":
                actors.append({"name": parts[1], "aliases": [a for a in parts[2].split("|") if a],
                               "flags": []})
            elif parts[0] == "F":
                actors[-1]["flags"].append({"start": int(parts[1]), "end": int(parts[2]),
                                            "via": parts[3].lower()})
        flags = [{"start": s["start"], "end": s["end"], "category": "loaded_language"}
                 for s in r["spans"] if s["type"] == span_type]
        reports[r["id"]] = {"actors": actors, "flags": flags}
    return reports


def main():
    args = sys.argv[1:]
    extra = []
    show_misses = "--misses" in args
    args = [a for a in args if a != "--misses"]
    if "--min-confidence" in args:
        i = args.index("--min-confidence")
        extra = ["--min-confidence", args[i + 1]]
        del args[i : i + 2]
    probe = None
    if "--probe" in args:
        i = args.index("--probe")
        probe = args[i + 1]
        del args[i : i + 2]
    span_type = "lexical"
    if "--span-type" in args:
        i = args.index("--span-type")
        span_type = args[i + 1]
        del args[i : i + 2]
    slant = args[0] if args else "target/release/slant"
    data = args[1] if len(args) > 1 else "../shared/eval/basil-dev.jsonl"
    rows = [json.loads(l) for l in open(data, encoding="utf-8")]
    if probe:
        reports = run_probe(probe, rows, span_type)
    else:
        reports = run_slant(slant, rows, extra)

    flagged = matched = 0
    via = collections.Counter()
    via_hit = collections.Counter()
    pairs = found = 0
    lex_pairs = lex_found = 0
    missed = collections.Counter()
    for r in rows:
        rep = reports.get(r["id"])
        if rep is None or "actors" not in rep:
            continue
        actors = rep["actors"]
        owner = {}
        for a in actors:
            for f in a["flags"]:
                owner[(f["start"], f["end"])] = (a, f["via"])
        loaded = [f for f in rep["flags"] if f["category"] == "loaded_language"]
        for s in r["spans"]:
            if s["type"] != span_type:
                continue
            hits = [f for f in loaded if f["start"] < s["end"] and f["end"] > s["start"]]
            if not hits:
                continue
            if probe:  # the span's own probe, not a neighbour's
                hits = [f for f in hits if (f["start"], f["end"]) == (s["start"], s["end"])]
            flagged += 1
            a, v = owner.get((hits[0]["start"], hits[0]["end"]), (None, "none"))
            via[v] += 1
            if a is not None and actor_matches(a, s["target"]):
                matched += 1
                via_hit[v] += 1
            elif show_misses:
                text = r["text"].encode()
                f = hits[0]
                # The flag's sentence, at most 300 bytes either side.
                lo = max(text.rfind(b". ", 0, f["start"]) + 1, f["start"] - 300)
                hi = text.find(b". ", f["end"])
                hi = min(len(text) if hi < 0 else hi + 1, f["end"] + 300)
                while lo > 0 and text[lo] & 0xC0 == 0x80:
                    lo -= 1
                while hi < len(text) and text[hi] & 0xC0 == 0x80:
                    hi += 1
                ctx = (text[lo:f["start"]] + b"[" + text[f["start"]:f["end"]] + b"]" + text[f["end"]:hi]).decode()
                print(f"MISS {r['id']} target={s['target']} got={a['name'] if a else None} via={v}")
                print("   ", " ".join(ctx.split()))
        targets = {s["target"] for s in r["spans"]}
        lex_targets = {s["target"] for s in r["spans"] if s["type"] == "lexical"}
        for t in targets:
            ok = any(actor_matches(a, t) for a in actors)
            pairs += 1
            found += ok
            if t in lex_targets:
                lex_pairs += 1
                lex_found += ok
            if not ok:
                missed[t] += 1

    def share(a, b):
        return a / b if b else 0.0

    print(f"articles: {len(rows)}")
    print(f"{span_type} spans flagged by loaded_language{' (probe: every span)' if probe else ''}: {flagged}")
    print(f"target match (flag's actor = annotated target): {matched}/{flagged} = {share(matched, flagged):.3f}")
    for v in sorted(via):
        print(f"  via {v:8s}: {via_hit[v]}/{via[v]} match")
    print(f"targets found as actors (all spans):     {found}/{pairs} = {share(found, pairs):.3f}")
    print(f"targets found as actors (lexical spans): {lex_found}/{lex_pairs} = {share(lex_found, lex_pairs):.3f}")
    print("targets not found:", ", ".join(f"{t} ({n})" for t, n in missed.most_common()))


if __name__ == "__main__":
    main()
