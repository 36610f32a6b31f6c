#!/usr/bin/env python3
"""Writes the attack inputs of docs/reliability.md into a directory (argument 1).

Every sentence here is written for this script (no dataset text). Sizes are the issue's.
"""
import json
import os
import sys

out = sys.argv[1]
os.makedirs(out, exist_ok=True)


def write(name, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(os.path.join(out, name), mode) as f:
        f.write(data)


PROSE = (
    "The mayor said on Tuesday that the new bridge would open in March, after a long delay. "
    "Critics called the plan a disaster, and officials who spoke on condition of anonymity said "
    "the budget had doubled. \u201cWe are proud of this work,\u201d the engineer told reporters. "
    "Clearly the project was mismanaged from the start.\n\n"
)


def list_toml(entries, list_id="user", category="loaded_language", kind="pejorative"):
    head = f'[list]\nid = "{list_id}"\ncategory = "{category}"\nkind = "{kind}"\n'
    return head + "".join(entries)


def prose(n_bytes):
    return PROSE * (n_bytes // len(PROSE) + 1)


# Texts.
write("comment-open-close.txt", "<!-->")
write("comment-open-dash.txt", "<!--->")
write("regions-128k.txt", "word <!-- slant-disable --> x <!-- slant-enable -->\n" * (8_000_000 // 50))
write("anonymity-32k.txt", "the officials who spoke on condition of anonymity and " * 32_000)
write("regime-10mb.txt", "regime " * (10_000_000 // 7))
write("regime-1mb.txt", "regime " * (1_000_000 // 7))
# Dense flags that the default --min-confidence keeps (two per 16 bytes), in one line.
write("thugs-10mb.txt", "notorious thugs " * (10_000_000 // 16))
# Prose: the news corpus beside the checkout, repeated to size (read at run time, never copied
# into the repository), or this script's own paragraph when the corpus is absent.
corpus_dir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../shared/corpus/polnear")
news = ""
if os.path.isdir(corpus_dir):
    for name in sorted(os.listdir(corpus_dir)):
        with open(os.path.join(corpus_dir, name), encoding="utf-8") as f:
            news += f.read() + "\n\n"
if not news:
    news = PROSE
for mb in (1.7, 5, 50, 200):
    n = int(mb * 1_000_000)
    data = (news * (n // len(news) + 1)).encode()[:n].decode("utf-8", "ignore")
    write(f"prose-{mb}mb.txt", data)
write("bom.txt", "\ufeffThe notorious regime fell.")
write("lone-cr.txt", "First line.\rThe notorious regime fell.")
write("u2028.txt", "First line.\u2028The notorious regime fell.")

# Wordlists.
for n in (10_000, 100_000):
    write(
        f"list-{n // 1000}k.toml",
        list_toml(f'[[entry]]\nterm = "zqx{i} word{i}"\n' for i in range(n)),
    )
write(
    "list-the-10k.toml",
    list_toml(f'[[entry]]\nterm = "the zqx{i}"\n' for i in range(10_000)),
)
write(
    "list-unless-50k.toml",
    list_toml(
        ['[[entry]]\nterm = "regime"\nunless = [' + ", ".join(f'"zq{i} regime"' for i in range(50_000)) + "]\n"]
    ),
)
write(
    "list-allow-the.toml",
    list_toml(['[[entry]]\nterm = "the"\n'], list_id="user-allow", category="cue", kind="allow"),
)
write("list-hashtag.toml", list_toml(['[[entry]]\nterm = "#StopTheSteal"\n']))
write("hashtag.txt", "They chanted #StopTheSteal outside.")
write("invalid-utf8.txt", b"The regime \xff fell.")
write("binary.bin.txt", b"PK\x03\x04\x00\x00 not text")

# JSONL: 200 MB of news as rows of twenty paragraphs each (streaming memory).
paras = news.split("\n\n")
with open(os.path.join(out, "news-200mb.jsonl"), "w") as f:
    written, i = 0, 0
    while written < 200_000_000:
        row = json.dumps({"id": i, "text": "\n\n".join(paras[i % len(paras) : i % len(paras) + 20])}) + "\n"
        f.write(row)
        written += len(row)
        i += 20

# JSONL.
write(
    "jsonl-mixed.jsonl",
    json.dumps({"id": "a", "text": "The notorious regime fell."}) + "\n\n"
    + '{"id": 123456789012345678901234567890, "text": "A regime."}\n'
    + json.dumps({"id": "c", "text": "x" * 2_000_000}) + "\n"
    + json.dumps({"id": "d", "text": "<!-->"}) + "\n"
    + json.dumps({"id": "e", "text": "Fine."}) + "\n",
)
