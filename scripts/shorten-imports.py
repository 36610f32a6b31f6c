#!/usr/bin/env python3
"""Shortens the names the page's WebAssembly module imports from its JavaScript glue.

wasm-bindgen names each import after its function plus a 16-digit hash
(`__wbg_setItem_cfa3cb31f271776a`); about 200 of them appear twice, in the module's import
section and as keys in the glue, and the hashes do not compress: about 5 KiB of the gzipped
page. This renames them `a`, `b`, ... `Z`, `aa`, ... in both files.

It also renames the module's functions in its name section (which only wasm-opt reads, and
which it leaves out of its output) so that wasm-opt's `--reorder-functions-by-name` puts like
code side by side, where gzip finds it within its 32 KiB window: `<X as Trait>::method::h…`
becomes `Trait::method X` (every type's `clone`, `drop` or `next` together), other names lose
their hash, and each name ends with the function's index so that ties keep the linker's
order. About 3 KB of the gzipped module. Used by
scripts/build-web.sh after wasm-bindgen (pinned in Cargo.toml, so the glue's form is known);
it stops with an error rather than write a glue that does not match its module.

    shorten-imports.py MODULE.wasm GLUE.js
"""
import re, sys

from wasm_format import enc, leb, skip_import_desc

wasm_path, js_path = sys.argv[1], sys.argv[2]
d = open(wasm_path, 'rb').read()


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

def sort_key(fn):
    fn = re.sub(r'::h[0-9a-f]{16}', '', fn)
    fn = re.sub(r'\[[0-9a-f]{16}\]', '', fn)
    m = re.match(r'<(.*) as (.*)>::(.*)$', fn)
    return f'{m.group(2)}::{m.group(3)} {m.group(1)}' if m else fn

def names(body):
    """The name section with each function's name replaced by its sort key."""
    n, p = leb(body, 0)
    new = bytearray(body[:p + n])
    p += n
    while p < len(body):
        sub = body[p]; size, q = leb(body, p + 1); end = q + size
        if sub == 1:
            count, q = leb(body, q)
            sub_body = bytearray(enc(count))
            for _ in range(count):
                idx, q = leb(body, q)
                fn, q = name(body, q)
                key = f'{sort_key(fn)} {idx:06d}'.encode()
                sub_body += enc(idx) + enc(len(key)) + key
            new += bytes([1]) + enc(len(sub_body)) + sub_body
        else:
            new += body[p:end]
        p = end
    return bytes(new)

out = bytearray(d[:8])
i = 8
renamed = {}
while i < len(d):
    sid = d[i]; n, j = leb(d, i + 1); body = d[j:j + n]; i = j + n
    if sid == 0 and body[1:1 + body[0]] == b'name':
        body = names(body)
        out += bytes([sid]) + enc(len(body)) + body
        continue
    if sid != 2:
        out += bytes([sid]) + enc(n) + body
        continue
    count, p = leb(body, 0)
    new = bytearray(enc(count))
    for _ in range(count):
        mod, p = name(body, p)
        field, p = name(body, p)
        start = p
        _, p = skip_import_desc(body, p)
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
