"""Shared fixtures: the CLI to compare against, the seed article and the PolNeAR corpus.

The CLI binary comes from $SLANT_CLI (scripts/test-python.sh builds it), else target/release or
target/debug. The data live in ../shared beside the repository ($SLANT_SHARED overrides).
A missing binary or corpus is an error, never a skip: these tests are the proof of equality.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
SHARED = Path(os.environ.get("SLANT_SHARED", REPO.parent / "shared"))


def _cli() -> Path:
    env = os.environ.get("SLANT_CLI")
    candidates = [Path(env)] if env else [REPO / "target/release/slant", REPO / "target/debug/slant"]
    for c in candidates:
        if c.is_file():
            return c
    raise RuntimeError(
        f"no slant CLI at {', '.join(map(str, candidates))}: run scripts/test-python.sh "
        "(or cargo build -p slant and set SLANT_CLI)"
    )


@pytest.fixture(scope="session")
def cli() -> Path:
    return _cli()


def run_cli(cli: Path, *args, input: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([str(cli), *map(str, args)], input=input, capture_output=True)


@pytest.fixture(scope="session")
def seed_path() -> Path:
    p = SHARED / "seed" / "presstv-2009-06-15-mko.txt"
    assert p.is_file(), f"seed article missing: {p}"
    return p


@pytest.fixture(scope="session")
def polnear() -> list:
    """(id, text) for every PolNeAR article, sorted by file name."""
    d = SHARED / "corpus" / "polnear"
    files = sorted(d.glob("*.txt"))
    assert len(files) >= 100, f"PolNeAR corpus missing or short: {d}"
    return [(f.name, f.read_text(encoding="utf-8")) for f in files]


@pytest.fixture(scope="session")
def cli_polnear(cli, polnear, tmp_path_factory) -> dict:
    """The CLI's --jsonl output line for every PolNeAR article, by id."""
    src = tmp_path_factory.mktemp("polnear") / "articles.jsonl"
    with src.open("w", encoding="utf-8") as f:
        for id_, text in polnear:
            f.write(json.dumps({"id": id_, "text": text}) + "\n")
    out = run_cli(cli, "check", "--jsonl", src)
    assert out.returncode == 0, out.stderr.decode()
    lines = out.stdout.decode("utf-8").splitlines()
    assert len(lines) == len(polnear)
    return {id_: line for (id_, _), line in zip(polnear, lines)}
