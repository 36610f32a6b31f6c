#!/usr/bin/env python3
"""Shortens the names the page's WebAssembly module imports from its JavaScript glue.

wasm-bindgen names each import after its function plus a 16-digit hash
(`__wbg_setItem_cfa3cb31f271776a`); about 200 of them appear twice, in the module's import
section and as keys in the glue, and the hashes do not compress: about 5 KiB of the gzipped
page. This renames them `a`, `b`, ... `Z`, `aa`, ... in both files. Used by
scripts/build-web.sh after wasm-bindgen (pinned in Cargo.toml, so the glue's form is known);
it stops with an error rather than write a glue that does not match its module.

    shorten-imports.py MODULE.wasm GLUE.js
"""
import re, sys

wasm_path, js_path = sys.argv[1], sys.argv[2]
d = open(wasm_path, 'rb').read()

def leb(b, i):
    r = s = 0
    while True:
        x = b[i]; i += 1
        r |= (x & 0x7f) << s; s += 7
        if x < 0x80:
            return r, i

def enc(n):
    out = bytearray()
    while True:
        b = n & 0x7f; n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b); return bytes(out)

def name(b, i):
    n, i = leb(b, i)
    return b[i:i + n].decode(), i + n

def short(k):
    # a, b, ... z, A ... Z, then two letters: never a wasm-bindgen name (those start "__wb").
    letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
    s = ''
    k += 1
    while k:
        k -= 1
        s = letters[k % 52] + s
        k //= 52
    return s

out = bytearray(d[:8])
i = 8
renamed = {}
while i < len(d):
    sid = d[i]; n, j = leb(d, i + 1); body = d[j:j + n]; i = j + n
    if sid != 2:
        out += bytes([sid]) + enc(n) + body
        continue
    count, p = leb(body, 0)
    new = bytearray(enc(count))
    for _ in range(count):
        mod, p = name(body, p)
        field, p = name(body, p)
        start = p
        kind = body[p]; p += 1
        if kind == 0:
            _, p = leb(body, p)
        elif kind in (1, 2):
            if kind == 1:
                p += 1
            flags, p = leb(body, p)
            _, p = leb(body, p)
            if flags & 1:
                _, p = leb(body, p)
        elif kind == 3:
            p += 2
        elif kind == 4:
            p += 1; _, p = leb(body, p)
        else:
            sys.exit(f'unknown import kind {kind}')
        if field.startswith('__wb'):
            field = renamed.setdefault(field, short(len(renamed)))
        for s in (mod, field):
            new += enc(len(s.encode())) + s.encode()
        new += body[start:p]
    out += bytes([2]) + enc(len(new)) + new

js = open(js_path, encoding='utf-8').read()
for old, new in renamed.items():
    js, n = re.subn(r'(?<![\w$.])' + re.escape(old) + r'(?=\s*:)', new, js)
    if n != 1:
        sys.exit(f'{old}: found {n} times as a key in the glue')
open(wasm_path, 'wb').write(out)
open(js_path, 'w', encoding='utf-8').write(js)
print(f"shortened {len(renamed)} import names")
