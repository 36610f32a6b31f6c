#!/usr/bin/env python3
"""Quotation speakers measured against PolNeAR's annotated sources (issue 10).

usage: quote_speakers.py BIN HALF.jsonl [--dump FILE]

Runs `BIN check --jsonl` over PolNeAR-format articles and compares every quotation Slant
reports (`quotes[]`) with the attributions annotated by people.

Placing a quotation: the attribution whose content (union of its spans) covers at least half
of the quotation's bytes; among several (nested attributions), the one with the smallest
content, i.e. the innermost speaker. If that attribution has no overt source (no_source),
the quotation is counted apart ("in_no_source"). A quotation no content covers by half is
"outside" (a term or the outlet's own words): there a speaker is a possible false speaker.

Matching rule (speaker right):
  1. Slant's speaker span overlaps one of the source's spans (or its cue's: a few annotations
     swap the two roles, "Lee | said" as cue | source); or
  2. the two name the same person: each side is reduced to its name words (capitalised words
     of 3+ letters, minus titles and capitalised function words). An annotated source with
     no name word (a pronoun or descriptor: "he", "the senator"), or a Slant speaker that is a
     bare pronoun, borrows the name words of the nearest
     annotated source with name words that starts before it in the article (a stand-in for
     coreference); only one side may borrow (two descriptors would borrow the same
     neighbour). Right when the two sets share a word (a shared surname).
  3. otherwise rule 1 or 2 holds for an enclosing attribution that also covers the quotation
     (nested reporting: "the paper reports Smith said '...'" -- Smith is the quotation's
     speaker even where only the outer attribution covers it by half).
Anything else with a speaker is wrong; no speaker is missing. Quotations of kind "term" never
carry a speaker by design; they are counted in by_kind but matter only as "missing" there.
Prints a JSON of figures; --dump writes one line per placed quotation for reading.
"""
import json
import re
import subprocess
import sys

TITLES = {
    "the", "and", "for", "but", "his", "her", "its", "their", "our", "this", "that", "who",
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "president", "senator", "governor",
    "representative", "secretary", "speaker", "chairman", "director", "former", "vice",
    "candidate", "nominee", "democrat", "democrats", "republican", "republicans",
    "democratic", "gop", "party", "campaign", "house", "white", "state", "states", "united",
    "news", "according", "said", "says", "told", "she", "they", "them", "you", "one", "two",
    "some", "many", "several", "other", "others", "these", "those", "both", "all", "most",
    "another", "such", "once", "while", "after", "when", "then", "also", "there", "here",
    # Country abbreviations (trailing full stop stripped): "U.S. officials" and "U.S. Senator
    # Lee" share no person.
    "u.s", "u.k", "u.n",
}
PRONOUNS = {"he", "she", "they", "it", "i", "we", "you", "his", "her", "their", "its", "who",
            "him", "them", "which", "that"}
WORD = re.compile(r"[A-Z][\w'’.-]{2,}")


def names(s):
    out = set()
    for w in WORD.findall(s):
        w = re.sub(r"(['’]s?|\.)$", "", w).lower()
        if len(w) >= 3 and w not in TITLES:
            out.add(w)
    return out


def overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def main():
    binary, path = sys.argv[1], sys.argv[2]
    dump = sys.argv[sys.argv.index("--dump") + 1] if "--dump" in sys.argv else None
    arts = [json.loads(l) for l in open(path, encoding="utf-8")]
    out = subprocess.run([binary, "check", "--jsonl", path], capture_output=True, check=True)
    reps = {}
    for line in out.stdout.decode().splitlines():
        r = json.loads(line)
        reps[r["id"]] = r
    f = dict(quotes=0, inside_overt=0, has_speaker=0, right=0, wrong=0, missing=0,
             right_by_overlap=0, right_by_name=0, right_by_outer=0, in_no_source=0, in_no_source_with_speaker=0,
             outside=0, outside_with_speaker=0)
    by_kind = {}
    rows = []
    for a in arts:
        rep = reps.get(a["id"])
        if rep is None:
            continue
        text = a["text"].encode()
        atts = a["attributions"]
        # Sources that carry name words, by start: what a pronoun or descriptor borrows from.
        named = sorted((min(s for s, _ in at["source"]), names(at["source_text"]))
                       for at in atts if at["source"] and names(at["source_text"]))

        def resolve(start, words):
            if words:
                return words
            best = set()
            for s, w in named:
                if s >= start:
                    break
                best = w
            return best

        def match_names(a_start, a_text, b_start, b):
            # Slant's side `a` borrows only as a pronoun: its descriptors ("the disruptions")
            # are too often a wrong noun phrase that would borrow the right name by accident.
            # Two sides without names would borrow the same neighbour: only one may borrow.
            a = names(a_text)
            if not a and a_text.strip().lower() not in PRONOUNS:
                return False
            if not a and not b:
                return False
            return bool(resolve(a_start, a) & resolve(b_start, b))

        def same(ss, text_, o):
            if o["no_source"] or not o["source"]:
                return False
            if any(overlap(ss, s) for s in o["source"]):
                return True
            o_start = min(s for s, _ in o["source"])
            return match_names(ss[0], text_, o_start, names(o["source_text"]))

        for q in rep.get("quotes", []):
            f["quotes"] += 1
            qs = (q["start"], q["end"])
            qlen = max(1, qs[1] - qs[0])
            best = None
            covering = []
            for at in atts:
                cov = sum(overlap(qs, c) for c in at["content"])
                if 2 * cov >= qlen:
                    covering.append(at)
                    size = sum(e - s for s, e in at["content"])
                    if best is None or size < best[0]:
                        best = (size, at)
            sp = q.get("speaker")
            if best is None:
                f["outside"] += 1
                f["outside_with_speaker"] += sp is not None
                verdict = "outside"
                at = None
            else:
                at = best[1]
                if at["no_source"] or not at["source"]:
                    f["in_no_source"] += 1
                    f["in_no_source_with_speaker"] += sp is not None
                    verdict = "no_source"
                else:
                    f["inside_overt"] += 1
                    k = by_kind.setdefault(q.get("kind"), dict(n=0, right=0, wrong=0, missing=0))
                    k["n"] += 1
                    if sp is None:
                        verdict = "missing"
                    else:
                        f["has_speaker"] += 1
                        ss = (sp["start"], sp["end"])
                        src_start = min(s for s, _ in at["source"])
                        if any(overlap(ss, s) for s in at["source"] + at["cue"]):
                            verdict = "right"
                            f["right_by_overlap"] += 1
                        elif match_names(ss[0], sp["text"], src_start,
                                         names(at["source_text"])):
                            verdict = "right"
                            f["right_by_name"] += 1
                        elif any(same(ss, sp["text"], o) for o in covering if o is not at):
                            verdict = "right"
                            f["right_by_outer"] += 1
                        else:
                            verdict = "wrong"
                    f[verdict] += 1
                    k[verdict] += 1
            if dump:
                rows.append(dict(id=a["id"], verdict=verdict, kind=q.get("kind"),
                                 quote=text[qs[0]:qs[1]].decode(errors="replace")[:200],
                                 speaker=sp and sp["text"],
                                 source=at and at["source_text"], cue=at and at["cue_text"],
                                 start=qs[0], end=qs[1]))
    n = f["inside_overt"] or 1
    f["right_share"] = round(f["right"] / n, 4)
    f["right_of_with_speaker"] = round(f["right"] / (f["has_speaker"] or 1), 4)
    f["by_kind"] = by_kind
    print(json.dumps(f, sort_keys=True))
    if dump:
        with open(dump, "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
