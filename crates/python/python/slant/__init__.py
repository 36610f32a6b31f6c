"""Slant: how a news article frames its subject (loaded language, anonymous sourcing,
unattributed assertions), for notebooks and Spark.

Reports are dicts with exactly the fields of the CLI's JSON report (``slant check --format
json``); the schema is documented once, in the project's README ("JSON report").

>>> import slant
>>> report = slant.analyze("The notorious regime massacred protesters.", min_confidence=0)
>>> [(f["text"], f["confidence"] >= 0.5) for f in report["flags"] if f["category"] == "loaded_language"]
[('notorious', True), ('regime', False), ('massacred', False)]
"""

from __future__ import annotations

import os
from typing import Iterable, Optional, Sequence, Union

from ._slant import Analyzer, WordListError, __version__
from .frames import articles_frame, flags_frame

__all__ = [
    "Analyzer",
    "WordListError",
    "analyze",
    "analyze_json",
    "analyze_many",
    "articles_frame",
    "flags_frame",
    "__version__",
]

_Paths = Union[str, "os.PathLike[str]", Iterable[Union[str, "os.PathLike[str]"]]]
_Only = Union[str, Iterable[str], None]

_builtin: Optional[Analyzer] = None


def _analyzer(wordlists: Optional[_Paths]) -> Analyzer:
    # The built-in lists are compiled once per process; custom lists on every call (build an
    # Analyzer yourself to reuse them).
    global _builtin
    if wordlists is not None:
        return Analyzer(wordlists=wordlists)
    if _builtin is None:
        _builtin = Analyzer()
    return _builtin


def analyze(
    text: str,
    *,
    only: _Only = None,
    include_quoted: bool = True,
    wordlists: Optional[_Paths] = None,
    id: Optional[str] = None,
    min_confidence: Optional[float] = None,
) -> dict:
    """Analyses one article and returns its report (a dict, the CLI's JSON report).

    ``only`` limits the categories (``"loaded_language"``, ``"anonymous_source"``,
    ``"unattributed_assertion"``, or a list of them); ``include_quoted=False`` drops flags inside
    quotations; ``wordlists`` adds TOML lists (paths to files or folders) to the built-in ones;
    ``id`` is carried into the report; flags with a ``confidence`` under ``min_confidence`` are
    left out (``None``: the CLI's default, 0.45; ``0`` keeps every flag). Raises ``TypeError`` if ``text`` is not a str and
    ``WordListError`` if a list is malformed.
    """
    return _analyzer(wordlists).analyze(
        text, only=only, include_quoted=include_quoted, id=id, min_confidence=min_confidence
    )


def analyze_json(
    text: str,
    *,
    only: _Only = None,
    include_quoted: bool = True,
    wordlists: Optional[_Paths] = None,
    id: Optional[str] = None,
    min_confidence: Optional[float] = None,
) -> str:
    """As :func:`analyze`, but the report as compact JSON: the CLI's ``--format ndjson`` line."""
    return _analyzer(wordlists).analyze_json(
        text, only=only, include_quoted=include_quoted, id=id, min_confidence=min_confidence
    )


def analyze_many(
    texts: Iterable[str],
    threads: Optional[int] = None,
    *,
    ids: Optional[Sequence[Optional[str]]] = None,
    only: _Only = None,
    include_quoted: bool = True,
    wordlists: Optional[_Paths] = None,
    min_confidence: Optional[float] = None,
) -> list:
    """Analyses many articles in parallel (one thread per core, or ``threads``), without holding
    the GIL, and returns their reports in input order. ``ids`` (one per text) go into the reports.
    """
    return _analyzer(wordlists).analyze_many(
        texts,
        ids=ids,
        threads=threads,
        only=only,
        include_quoted=include_quoted,
        min_confidence=min_confidence,
    )
