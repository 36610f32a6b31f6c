#!/usr/bin/env python3
"""Which features of a loaded flag's context say more about annotator agreement than its
confidence already does: every loaded-language flag of BABE and BASIL (at --min-confidence 0)
with features of its sentence and article, binned per feature with the flags' agreement against
their mean confidence (obs/exp above 1: the confidence is too low there). With --sim, the BABE and
BASIL figures at the default cut after multiplying the confidence of the flags a feature selects
by a factor (scored as /work/shared/eval/score.py does), to try a factor before building it; with
--family-voice PRIOR, the same after replacing each voice's ratio by its list family's rate in that
voice (fitted on half A's flags outside quotations, shrunk towards the family's with PRIOR flags).
The simulation scales the rounded confidence the CLI prints, the engine the unrounded one: a flag
within a rounding step of the cut can land the other side, so build and measure whatever is kept.

Fit on dev half A; count half B (never read its sentences).
Usage: confidence_features.py SLANT_BIN HALVES_DIR SUFFIX [--voice outlet|attributed|quoted]
       [--cut 0.45] [--sim 'FEATURE=VALUE[,FEATURE=VALUE]:FACTOR[;...]' ...] [--family-voice PRIOR]
  e.g. --sim 'near=<=10:1.2' --sim 'headline=True:0.8;sent_idx=>10:0.9' (values as the tables print)
"""
import collections, json, os, re, subprocess, sys, tempfile

WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
TOK = re.compile(rb"[A-Za-z][A-Za-z'\-]*")
COPULA = {"is", "was", "are", "were", "be", "been", "being", "seem", "seems", "seemed", "looks",
          "looked", "remain", "remains", "remained", "become", "became", "sounds", "appeared", "'s"}
DET = {"a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our",
       "my", "your", "some", "any", "no", "such", "another", "every"}


def run(binary, rows, extra=()):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for r in rows:
            f.write(json.dumps({"id": r["id"], "text": r["text"]}) + "\n")
        path = f.name
    p = subprocess.run([binary, "check", "--jsonl", path, "--min-confidence", "0", *extra],
                       capture_output=True, check=False)
    os.unlink(path)
    return [json.loads(l) for l in p.stdout.decode().splitlines() if l.strip()]


def bucket(n, edges):
    for e in edges:
        if n <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def features(name, row, rep):
    text = row["text"].encode()
    sents = rep.get("sentences", [])
    loaded = [f for f in rep.get("flags", []) if f["category"] == "loaded_language"]
    headline_end = text.find(b"\n\n") if name == "basil" else -1
    words = rep["stats"]["words"]
    outlet_all = sum(f["voice"] == "outlet" for f in loaded)
    out = []
    for f in loaded:
        si = next((i for i, s in enumerate(sents) if s["start"] <= f["start"] < s["end"]), None)
        s = sents[si] if si is not None else {"start": 0, "end": len(text), "attributed": False}
        stext = text[s["start"]:s["end"]].decode(errors="replace")
        before = WORD.findall(text[s["start"]:f["start"]].decode(errors="replace").lower())
        after = WORD.findall(text[f["end"]:s["end"]].decode(errors="replace"))
        same = [g for g in loaded if g is not f and s["start"] <= g["start"] < s["end"]]
        term = f["rule"].split("/", 1)[1].lower()
        t = f["text"].lower()
        prev = before[-1] if before else ""
        nxt = after[0] if after else ""
        x = {
            "set": name,
            "voice": f["voice"],
            "kind": f["kind"],
            "family": f["rule"].split("/")[0],
            "family_voice": f["rule"].split("/")[0] + ":" + f["voice"],
            "sent_others": bucket(len(same), [0, 1]),
            "sent_others_outlet": bucket(sum(g["voice"] == "outlet" for g in same), [0, 1]),
            "sent_others_hi": bucket(sum(g["voice"] == "outlet" and g["confidence"] >= 0.45
                                         for g in same), [0, 1]),
            "art_outlet_others": bucket(outlet_all - (f["voice"] == "outlet"), [0, 2, 5, 10]),
            "art_outlet_per_250w": bucket(round(outlet_all * 250 / max(1, words), 1), [0.5, 1, 2, 4]),
            "headline": name == "basil" and 0 <= f["start"] < headline_end,
            "sent_idx": bucket(si if si is not None else -1, [0, 1, 3, 10]),
            "sent_attr": s.get("attributed"),
            "sent_quoted": s.get("quoted"),
            "sent_len": bucket(len(WORD.findall(stext)), [10, 20, 30, 45]),
            "sent_has_quote": any(c in stext for c in "\"“”"),
            "sent_bang_q": ("!" in stext) or ("?" in stext),
            "ly_form": t.endswith("ly") and not term.endswith("ly"),
            "form_differs": t != term,
            "multiword": " " in t.strip(),
            "cap_mid": f["text"][:1].isupper() and bool(before),
            "prev_det": prev in DET,
            "verb_entry_as_noun": f["kind"] == "attribution_verb" and prev in DET,
            "prev_copula": prev in COPULA,
            "next_lower_word": bool(nxt) and nxt[:1].islower(),
            "next_cap": bool(nxt) and nxt[:1].isupper(),
            "sentence_start": not before,
            "sent_digits": bool(re.search(r"\d", stext)),
            "adjacent": bucket(min([max(0, g["start"] - f["end"], f["start"] - g["end"]) for g in same]
                                   or [999]), [10, 20, 30, 60]),
            "near": bucket(min([max(0, g["start"] - f["end"], f["start"] - g["end"]) for g in loaded
                                if g is not f] or [999]), [10, 60]),
            "near_quote": any(c in text[max(0, f["start"] - 25):f["end"] + 25].decode(errors="replace")
                              for c in "\"“”"),
            "art_third": bucket(int(3 * f["start"] / max(1, len(text))), [0, 1]),
            "conf_bin": bucket(f["confidence"], [0.3, 0.4, 0.45, 0.5, 0.6, 0.7]),
        }
        out.append((f, x))
    return out


def gold_of(name, row):
    if name == "babe":
        return [(s["start"], s["end"]) for s in row["biased_word_spans"]]
    return [(s["start"], s["end"]) for s in row["spans"]]


def load(binary, folder, suffix):
    data = []
    for name in ("babe", "basil"):
        rows = [json.loads(l) for l in open(os.path.join(folder, f"{name}-{suffix}.jsonl"))]
        reps = run(binary, rows)
        for row, rep in zip(rows, reps):
            gold = gold_of(name, row)
            fl = []
            for f, x in features(name, row, rep):
                f["agree"] = any(f["start"] < e and s < f["end"] for s, e in gold)
                fl.append((f, x))
            data.append((name, row, rep, fl))
    return data


def scores(data, select, factor, cut):
    """BABE word P/R/F1 and BASIL P and lexical recall at `cut` after the factor."""
    tp = fp = fn = 0
    gold_n = hit = pred_n = pred_hit = 0
    for name, row, rep, fl in data:
        pred = []
        for f, x in fl:
            c = f["confidence"] * (select(f, x) if factor is None else factor if select(f, x) else 1.0)
            if round(c, 2) >= cut:
                pred.append((f["start"], f["end"]))
        ov = lambda a, b: a[0] < b[1] and b[0] < a[1]
        if name == "babe":
            gold = gold_of(name, row)
            for m in TOK.finditer(row["text"].encode()):
                sp = (m.start(), m.end())
                g = any(ov(sp, x) for x in gold)
                p = any(ov(sp, x) for x in pred)
                tp += g and p; fp += p and not g; fn += g and not p
        else:
            lex = [(s["start"], s["end"]) for s in row["spans"] if s["type"] == "lexical"]
            allg = gold_of(name, row)
            gold_n += len(lex)
            hit += sum(any(ov(g, p) for p in pred) for g in lex)
            pred_n += len(pred)
            pred_hit += sum(any(ov(p, g) for g in allg) for p in pred)
    P = tp / max(1, tp + fp); R = tp / max(1, tp + fn)
    return {"babe P": P, "babe R": R, "babe F1": 2 * P * R / max(1e-9, P + R),
            "basil P": pred_hit / max(1, pred_n), "basil R": hit / max(1, gold_n)}


def main():
    args = sys.argv[1:]
    binary, folder, suffix = args[:3]
    cut = float(args[args.index("--cut") + 1]) if "--cut" in args else 0.45
    voice = args[args.index("--voice") + 1] if "--voice" in args else None
    sims = [args[i + 1] for i, a in enumerate(args) if a == "--sim"]
    data = load(binary, folder, suffix)
    if "--family-voice" in args:
        prior = float(args[args.index("--family-voice") + 1])
        fit = data if suffix.upper() == "A" else load(binary, folder, "A")
        fv = family_voice(fit, prior)
        print("start", " ".join(f"{k} {v:.4f}" for k, v in scores(data, lambda f, x: False, 1.0, cut).items()))
        r = scores(data, lambda f, x: 1.0 if f["voice"] == "quoted" else fv.get(x["family_voice"], 1.0),
                   None, cut)
        print(f"family-voice {prior:g}", " ".join(f"{k} {v:.4f}" for k, v in r.items()))
        return
    if sims:
        base = scores(data, lambda f, x: False, 1.0, cut)
        print("start", " ".join(f"{k} {v:.4f}" for k, v in base.items()))
        for s in sims:
            # `;` joins terms: each is conditions (`,`-joined feature=value) and a factor.
            terms = []
            for t in s.split(";"):
                spec, fac = t.rsplit(":", 1)
                terms.append(([c.split("=", 1) for c in spec.split(",")], float(fac)))
            def scale(f, x):
                m = 1.0
                for conds, fac in terms:
                    if all(str(x[k]) == v for k, v in conds):
                        m *= fac
                return m
            r = scores(data, scale, None, cut)
            print(s, " ".join(f"{k} {v:.4f}" for k, v in r.items()))
        return
    flags = [(f, x) for _, _, _, fl in data for f, x in fl if not voice or f["voice"] == voice]
    keys = [k for k in flags[0][1]]
    for k in keys:
        print(f"\n{k}")
        groups = collections.defaultdict(list)
        for f, x in flags:
            groups[(x["set"], x[k])].append(f)
        for (st, v), fs in sorted(groups.items(), key=lambda kv: (kv[0][0], str(kv[0][1]))):
            n = len(fs); a = sum(f["agree"] for f in fs); e = sum(f["confidence"] for f in fs)
            near = [f for f in fs if 0.3 <= f["confidence"] < 0.6]
            na = sum(f["agree"] for f in near); ne = sum(f["confidence"] for f in near)
            print(f"  {st:5s} {str(v):22s} n {n:4d} agree {a/n:.2f} conf {e/n:.2f} obs/exp {a/max(e,1e-9):.2f}"
                  f"   near-cut n {len(near):4d} obs/exp {na/max(ne,1e-9):.2f}")



def family_voice(fit, prior):
    """Factor per (family, voice) outside quotations: the pair's agreement rate shrunk towards its
    family's, over the family's, in place of the voice's own ratio (fitted on `fit`'s flags)."""
    rec = collections.defaultdict(lambda: [0, 0])
    for _, _, _, fl in fit:
        for f, x in fl:
            if f["voice"] == "quoted":
                continue
            for k in ("*", x["family"], "v:" + f["voice"], x["family_voice"]):
                rec[k][0] += f["agree"]; rec[k][1] += 1
    all_ = rec["*"][0] / rec["*"][1]
    shrink = lambda k, to, p: (rec[k][0] + p * to) / (rec[k][1] + p)
    out = {}
    for k in rec:
        if k.count(":") == 1 and not k.startswith("v:"):
            fam, v = k.split(":")
            fr = shrink(fam, all_, 20)
            out[k] = (shrink(k, fr, prior) / fr) / (shrink("v:" + v, all_, 20) / all_)
    return out


if __name__ == "__main__":
    main()
