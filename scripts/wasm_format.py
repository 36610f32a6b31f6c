"""Pieces of the WebAssembly binary format shared by the scripts that rewrite the page's module
(shorten-imports.py, order-functions.py) and by crates/wasm/tools/wasm_size.py: LEB128 numbers and import descriptors."""
import sys


def leb(b, i):
    """The unsigned LEB128 number at b[i:], and the index after it."""
    r = s = 0
    while True:
        x = b[i]; i += 1
        r |= (x & 0x7f) << s; s += 7
        if x < 0x80:
            return r, i


def enc(n):
    """n as unsigned LEB128 bytes."""
    out = bytearray()
    while True:
        b = n & 0x7f; n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b); return bytes(out)


def skip_import_desc(body, p):
    """Reads an import's kind byte and descriptor at body[p:]; returns (kind, index after it)."""
    kind = body[p]; p += 1
    if kind == 0:  # function: a type index
        _, p = leb(body, p)
    elif kind in (1, 2):  # table (element type, limits) or memory (limits)
        if kind == 1:
            p += 1
        flags, p = leb(body, p)
        _, p = leb(body, p)
        if flags & 1:
            _, p = leb(body, p)
    elif kind == 3:  # global: value type, mutability
        p += 2
    elif kind == 4:  # tag: attribute, type index
        p += 1; _, p = leb(body, p)
    else:
        sys.exit(f'unknown import kind {kind}')
    return kind, p
