#!/usr/bin/env python3
"""Names the functions of an optimised WebAssembly module so that wasm-opt's
`--reorder-functions-by-name` lays them out with like code next to like code.

gzip finds repeats only within its 32 KiB window, and a module's functions come in the order
the linker and wasm-opt left them: two copies of a generic function, or two components' render
code, can be hundreds of KiB apart. This chains them greedily: the next function is the not yet
placed one with the largest share of its 4-byte strings already in the last WINDOW bytes placed
(strings found in more than 300 functions are ignored as noise; WINDOW 0 looks at the last
function alone), and when none shares any, the first not yet placed. Each function is then named
after its place, in a name section that wasm-opt reads and leaves out of its output. Only the
order changes, so the module does what it did. Deterministic (no hashing).

Which window gives the smallest module is close to chance: on one build 1, 2, 4 and 8 KiB gave
348,159, 346,776, 346,913 and 346,958 bytes gzipped, on the next 347,030, 347,293, 347,902 and
347,870. So scripts/build-web.sh tries several and keeps the smallest.

    order-functions.py IN.wasm OUT.wasm [WINDOW]
"""
import collections, sys

from wasm_format import enc, leb, skip_import_desc

K, COMMON = 4, 300

src, dst = sys.argv[1], sys.argv[2]
WINDOW = int(sys.argv[3]) if len(sys.argv) > 3 else 4096
d = open(src, 'rb').read()


imported, bodies = 0, []
i = 8
while i < len(d):
    sid = d[i]; n, j = leb(d, i + 1); body = d[j:j + n]; i = j + n
    if sid == 0 and body[1:1 + body[0]] == b'name':
        sys.exit('the module already has a name section')
    if sid == 2:  # imports: functions imported come first in the index space
        count, p = leb(body, 0)
        for _ in range(count):
            for _ in range(2):
                m, p = leb(body, p); p += m
            kind, p = skip_import_desc(body, p)
            imported += kind == 0
    if sid == 10:
        count, p = leb(body, 0)
        for _ in range(count):
            size, p = leb(body, p); bodies.append(body[p:p + size]); p += size

n = len(bodies)
grams = [set(int.from_bytes(b[x:x + K], 'little') for x in range(len(b) - K + 1)) for b in bodies]
having = collections.defaultdict(list)
for f, g in enumerate(grams):
    for h in g:
        having[h].append(f)
placed = [False] * n
order = []
# How many functions in the window hold each string, and for each function how many of its
# strings the window holds: both kept up to date as functions enter and leave the window.
in_window = collections.Counter()
seen = [0] * n
window, window_bytes = collections.deque(), 0


def move(f, step):
    for h in grams[f]:
        fs = having[h]
        if len(fs) > COMMON:
            continue
        was = in_window[h]
        in_window[h] += step
        if (was == 0) != (in_window[h] == 0):
            for g in fs:
                seen[g] += step


cur = 0
while cur is not None:
    placed[cur] = True
    order.append(cur)
    move(cur, 1)
    window.append(cur)
    window_bytes += len(bodies[cur])
    while window_bytes - len(bodies[window[0]]) > WINDOW:
        old = window.popleft()
        window_bytes -= len(bodies[old])
        move(old, -1)
    best, best_share = None, 0.0
    for f in range(n):
        if not placed[f] and seen[f]:
            share = seen[f] / (len(grams[f]) + 1)
            if share > best_share:
                best, best_share = f, share
    cur = best if best is not None else next((f for f in range(n) if not placed[f]), None)

names = bytearray(enc(n))
place_of = {f: p for p, f in enumerate(order)}
for f in range(n):
    key = b'%06d' % place_of[f]
    names += enc(imported + f) + enc(len(key)) + key
section = enc(4) + b'name' + bytes([1]) + enc(len(names)) + names
open(dst, 'wb').write(d + bytes([0]) + enc(len(section)) + section)
print(f'ordered {n} functions')
