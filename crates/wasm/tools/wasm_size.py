#!/usr/bin/env python3
"""Where the bytes of a .wasm go (twiggy is not available here): code size per crate and the
biggest functions, from the name section, plus data and custom sections.

Usage: wasm_size.py FILE.wasm [TOP]   (run on cargo's output, which still has the name section)
"""
import os
import re
import sys
from collections import Counter

# The binary format readers are shared with the page scripts.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "scripts"))
from wasm_format import leb, skip_import_desc  # noqa: E402


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 25
    b = open(path, "rb").read()
    i = 8
    sections = []
    n_imported_funcs = 0
    bodies = []
    names = {}
    while i < len(b):
        sid = b[i]
        i += 1
        size, i = leb(b, i)
        end = i + size
        label = str(sid)
        if sid == 0:
            nl, j = leb(b, i)
            label = "custom:" + b[j : j + nl].decode("utf-8", "replace")
            if label == "custom:name":
                k = j + nl
                while k < end:
                    sub = b[k]
                    k += 1
                    ssize, k = leb(b, k)
                    if sub == 1:
                        cnt, m = leb(b, k)
                        for _ in range(cnt):
                            idx, m = leb(b, m)
                            ln, m = leb(b, m)
                            names[idx] = b[m : m + ln].decode("utf-8", "replace")
                            m += ln
                    k += ssize
        elif sid == 2:
            cnt, j = leb(b, i)
            for _ in range(cnt):
                for _ in range(2):
                    ln, j = leb(b, j)
                    j += ln
                kind, j = skip_import_desc(b, j)
                n_imported_funcs += kind == 0
            label = "import"
        elif sid == 10:
            cnt, j = leb(b, i)
            for f in range(cnt):
                bs, j2 = leb(b, j)
                bodies.append((n_imported_funcs + f, bs + (j2 - j)))
                j = j2 + bs
            label = "code"
        elif sid == 11:
            label = "data"
        sections.append((label, size))
        i = end
    total = len(b)
    print(f"{path}: {total} bytes")
    for label, size in sections:
        if size > 1000:
            print(f"  section {label:<28} {size:>9}  {100 * size / total:5.1f}%")

    def crate(name):
        # Legacy mangling: _ZN<len><segment>...; generic impls start "_<$LT$crate..Type".
        m = re.match(r"_ZN(\d+)", name)
        if m:
            seg = name[m.end() : m.end() + int(m.group(1))]
            inner = re.search(r"\$LT\$([A-Za-z_][A-Za-z0-9_]*)", seg)
            return inner.group(1) if inner else seg
        # v0 mangling: the first crate root is C<disambiguator>_<len><name>.
        m = re.search(r"C(?:s[0-9A-Za-z]*_)?(\d+)", name)
        if name.startswith("_R") and m:
            return name[m.end() : m.end() + int(m.group(1))]
        return name.split(":")[0][:30]

    per = Counter()
    for idx, size in bodies:
        per[crate(names.get(idx, "?"))] += size
    print("code by crate (first path segment of the symbol):")
    for c, s in per.most_common(top):
        print(f"  {c:<40} {s:>9}")
    print(f"largest functions:")
    for idx, size in sorted(bodies, key=lambda x: -x[1])[:top]:
        print(f"  {size:>8}  {names.get(idx, '?')[:120]}")


main()
