#!/usr/bin/env python3
"""Rewrites the core's "is token k's word in this class" tests as one call in the page.

Usage: python3 scripts/substitute-norm-one-of.py [FILE.rs ...]   (default: crates/core/src/**)
then `cargo fmt`. Drops a `few` import left unused. Idempotent: a second run changes nothing. Prints the count per file.

Each test below inlines, at every site in the WebAssembly module, the token lookup of
`norm_at` (bounds check, slice of the norms) before the class call; `Document::norm_one_of`
does both in one out-of-line call, as `norm_is`/`norm_either` do (session 48). RECV is
any receiver ending in `doc` (a `&Document`):

  one_of(CLASS, RECV.norm_at(K))             -> RECV.norm_one_of(K, CLASS)
  NAME.contains(&RECV.norm_at(K))            -> RECV.norm_one_of(K, NAME.0)
        (NAME a `const`/`static` of type `Words` declared in the crate, maybe path-qualified)
  few!("a" "b" ..).contains(&RECV.norm_at(K)) -> word_in!(RECV.norm_at(K), "a" | "b" | ..)
        (natively `matches!` where it was an array's `contains`: the same answer; the page's
        `word_in!` makes it `norm_either`/`norm_one_of` when RECV is a plain name)
  the first two with `RECV.norm(T)` (a token)  -> RECV.norm_in(T, ..)
  RECV.norm(T) == "w" / != "w"                -> RECV.norm_eq(T, "w") / !RECV.norm_eq(T, "w")
        (the token's word is worked out out of line already, but each site still received the
        `&str` through memory before its call or compare)

Natively `norm_one_of(k, c)` is `sense::one_of(c, self.norm_at(k))` and `Words::contains` is
`sense::one_of(self.0, w)`, `norm_in(t, c)` is `sense::one_of(c, self.norm(t))` and
`norm_eq(t, w)` is `self.norm(t) == w`: all but the `few!` forms are the old expressions by construction.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "crates/core/src"
RECV = r"((?:[A-Za-z_][A-Za-z_0-9]*\.)*doc)"


def close_paren(s, i):
    """Index of the `)` closing the `(` at s[i - 1], or -1."""
    depth = 1
    while i < len(s):
        c = s[i]
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i
        elif c == '"':
            i += 1
            while i < len(s) and s[i] != '"':
                i += 2 if s[i] == "\\" else 1
        i += 1
    return -1


def words_consts(files):
    names = set()
    for f in files:
        for m in re.finditer(r"\b(?:const|static)\s+([A-Z][A-Z0-9_]*)\s*:\s*(?:[a-z_:]*::)?Words\b", f.read_text()):
            names.add(m.group(1))
    return names


def rewrite(src, names):
    out, n, pos = [], 0, 0
    head = re.compile(
        r"(?<![A-Za-z_0-9.])(?:[a-z_][a-z_0-9]*::)*one_of\(\s*(?P<c>[A-Za-z_][A-Za-z_0-9:]*|\"[^\"\\\\]*\")\s*,\s*"
        + RECV.replace("(", "(?P<r1>", 1) + r"\.(?P<m1>norm_at|norm)\("
        r"|(?<![A-Za-z_0-9.])(?P<w>(?:[a-z_][a-z_0-9]*::)*(?P<wn>[A-Z][A-Z0-9_]*))\s*\.contains\(\s*&"
        + RECV.replace("(", "(?P<r2>", 1) + r"\.(?P<m2>norm_at|norm)\("
        r"|\bfew!\((?P<f>(?:\s*\"[^\"\\ ]+\")+)\s*\)\s*\.contains\(\s*&"
        + RECV.replace("(", "(?P<r3>", 1) + r"\.norm_at\("
        r"|(?<![A-Za-z_0-9.&])" + RECV.replace("(", "(?P<r4>", 1) + r"\.norm\("
    )
    while True:
        m = head.search(src, pos)
        if not m:
            break
        arg_end = close_paren(src, m.end())
        if arg_end < 0:
            break
        arg = src[m.end():arg_end]
        # The call's own `)` (of `one_of(` / `.contains(`) must follow the argument's.
        rest = re.match(r"\s*\)", src[arg_end + 1:])
        new = None
        if m.group("r4"):
            # `RECV.norm(T) == "w"` (or `!=`): `norm_eq`.
            eq = re.match(r"\s*(==|!=)\s*(\"[^\"\\\\]*\")", src[arg_end + 1:])
            if eq:
                end = arg_end + 1 + eq.end()
                neg = "!" if eq.group(1) == "!=" else ""
                new = f"{neg}{m.group('r4')}.norm_eq({arg}, {eq.group(2)})"
        elif rest:
            end = arg_end + 1 + rest.end()
            one = {"norm_at": "norm_one_of", "norm": "norm_in"}
            if m.group("c"):
                new = f"{m.group('r1')}.{one[m.group('m1')]}({arg}, {m.group('c')})"
            elif m.group("w") and m.group("wn") in names:
                new = f"{m.group('r2')}.{one[m.group('m2')]}({arg}, {m.group('w')}.0)"
            elif m.group("f"):
                lits = re.findall(r"\"[^\"]*\"", m.group("f"))
                new = f"word_in!({m.group('r3')}.norm_at({arg}), {' | '.join(lits)})"
        if new is None:
            out.append(src[pos:m.end()])
            pos = m.end()
            continue
        out.append(src[pos:m.start()] + new)
        pos = end
        n += 1
    out.append(src[pos:])
    src = "".join(out)
    if n and "few!(" not in src:
        # The last `few!` gone: its import would be unused.
        src = re.sub(r"use crate::words::few;\n", "", src)
        src = re.sub(r"use crate::words::\{few, (\w+)\};", r"use crate::words::\1;", src)
    return src, n


def main():
    files = [pathlib.Path(a) for a in sys.argv[1:]] or sorted(ROOT.rglob("*.rs"))
    names = words_consts(sorted(ROOT.rglob("*.rs")))
    total = 0
    for f in files:
        src = f.read_text()
        new, n = rewrite(src, names)
        if n:
            f.write_text(new)
            print(f"{f}: {n}")
            total += n
    print(f"{total} sites")


if __name__ == "__main__":
    main()
