"""inflected_forms.py BIN [--all] [--class CLASS]

Lists the forms that automatic inflection adds to the loaded-language lists: for every entry of
wordlists/loaded/*.toml whose `inflect` is not false (entry, else list default), the endings the
engine puts on the first and last word of its term and variants (the rules of `inflections_into`
in crates/core/src/lexicon.rs), less the forms the entry already names. Each form is put in a
neutral carrier sentence and run through `BIN check --min-confidence 0`; a form is listed only if
the entry fires on it (--all lists those that do not too, marked '-'). Forms are grouped by the
entry's likely word class (its `pos`, else its ending), since the error depends on it: an
adjective has no plural (explosive -> explosives is a noun), a noun's -ed/-ing or a verb's -s can
be another word. Entries with a `regex` are skipped (they need context to fire).
Output: CLASS  list/term  form(s), one entry a line."""
import collections
import glob
import json
import os
import subprocess
import sys
import tempfile
import tomllib

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
VOWEL = set("aeiou")


def inflections(w):
    """Port of lexicon.rs inflections_into."""
    if len(w) < 3 or not all(c.isalpha() or c == "-" for c in w):
        return []
    last, c2, c3 = w[-1], w[-2], w[-3]
    if w.endswith("e"):
        return [w + "s", w + "d", w[:-1] + "ing"]
    if w.endswith("y") and c2 not in VOWEL:
        return [w[:-1] + "ies", w[:-1] + "ied", w + "ing"]
    if w.endswith(("s", "x", "z", "ch", "sh")):
        return [w + "es", w + "ed", w + "ing"]
    out = [w + "s", w + "ed", w + "ing"]
    if last not in VOWEL and last not in "wxy" and c2 in VOWEL and c3 not in VOWEL:
        out += [w + last + "ed", w + last + "ing"]
    return out


def word_class(e):
    if e.get("pos"):
        return e["pos"]
    w = e["term"].split()[-1].lower()
    for cls, ends in [
        ("adverb", ("ly",)),
        ("participle", ("ed", "ing")),
        ("adjective", ("ous", "ive", "ful", "less", "al", "ic", "able", "ible", "ish", "ent", "ant", "ary", "ile", "id", "est")),
        ("noun", ("tion", "sion", "ment", "ness", "ity", "ism", "ist", "er", "or", "ship", "hood", "cy", "age")),
    ]:
        if w.endswith(ends):
            return cls
    return "other"


def main():
    args = sys.argv[1:]
    binp = args[0] if args else os.path.join(ROOT, "target/release/slant")
    rows = []  # (class, rule, form)
    for path in sorted(glob.glob(os.path.join(ROOT, "wordlists/loaded/*.toml"))):
        d = tomllib.load(open(path, "rb"))
        lst = d["list"]
        for e in d.get("entry", []):
            if not e.get("inflect", lst.get("inflect", True)) or e.get("regex"):
                continue
            named = {v.lower() for v in [e["term"]] + e.get("variants", [])}
            forms = set()
            for s in [e["term"]] + e.get("variants", []):
                ws = s.lower().split()
                if not ws:
                    continue
                for pos in sorted({0, len(ws) - 1}):
                    for f in inflections(ws[pos]):
                        forms.add(" ".join(ws[:pos] + [f] + ws[pos + 1 :]))
            for f in sorted(forms - named):
                rows.append((word_class(e), f"{lst['id']}/{e['term']}", f))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as t:
        for i, (_, _, f) in enumerate(rows):
            t.write(json.dumps({"id": str(i), "text": f"The note said {f} again."}) + "\n")
    out = subprocess.run(
        [binp, "check", "--jsonl", t.name, "--format", "ndjson", "--min-confidence", "0"],
        capture_output=True, text=True,
    ).stdout
    os.unlink(t.name)
    fired = set()
    for line in out.splitlines():
        r = json.loads(line)
        cls, rule, form = rows[int(r["id"])]
        for fl in r.get("flags", []):
            if fl["rule"] == rule and fl["text"].lower() == form:
                fired.add(int(r["id"]))
    want = args[args.index("--class") + 1] if "--class" in args else None
    grouped = collections.defaultdict(list)
    for i, (cls, rule, form) in enumerate(rows):
        if i in fired or "--all" in args:
            grouped[(cls, rule)].append(form if i in fired else "-" + form)
    for (cls, rule), forms in sorted(grouped.items()):
        if want in (None, cls):
            print(f"{cls:10s} {rule:45s} {', '.join(forms)}")


if __name__ == "__main__":
    main()
