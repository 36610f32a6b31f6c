"""Reports -> tidy pandas DataFrames. pandas is imported only when one of these is called, so
it stays an optional dependency (``pip install slant[pandas]``).

Columns come from the reports themselves (nested objects flattened with ``_``), so fields added
to the report schema appear here without changes.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping

# Used only to give an empty frame its columns; rows carry whatever the reports hold.
_FLAG_COLUMNS = [
    "article", "id", "category", "kind", "start", "end", "line", "column", "text", "message",
    "suggestions", "rule", "in_quote", "voice", "speaker_start", "speaker_end", "speaker_text",
    "weight",
]


def _pandas():
    try:
        import pandas
    except ImportError as e:  # pragma: no cover - exercised only without pandas
        raise ImportError(
            "slant's DataFrame helpers need pandas: pip install pandas (or slant[pandas])"
        ) from e
    return pandas


def _flatten(prefix: str, value: Any, row: dict) -> None:
    # Objects become prefix_key columns; lists and scalars stay as they are.
    if isinstance(value, Mapping):
        for k, v in value.items():
            _flatten(f"{prefix}_{k}" if prefix else k, v, row)
    else:
        row[prefix] = value


def _reports(reports: Iterable[Mapping]) -> list:
    if isinstance(reports, Mapping):
        reports = [reports]
    out = list(reports)
    for i, r in enumerate(out):
        if not isinstance(r, Mapping) or "flags" not in r:
            raise TypeError(f"reports[{i}] is not a Slant report (a dict with 'flags')")
    return out


def flags_frame(reports: Iterable[Mapping]):
    """One row per flag: ``article`` (the report's position), ``id``, then the flag's fields
    (``speaker`` as ``speaker_start``/``speaker_end``/``speaker_text``; ``suggestions``,
    ``triggers`` stay lists)."""
    pd = _pandas()
    rows = []
    for i, r in enumerate(_reports(reports)):
        for flag in r["flags"]:
            row = {"article": i, "id": r.get("id")}
            for k, v in flag.items():
                if isinstance(v, Mapping):
                    _flatten(k, v, row)
                elif v is None and k == "speaker":
                    row.update(speaker_start=None, speaker_end=None, speaker_text=None)
                else:
                    row[k] = v
            rows.append(row)
    if not rows:
        return pd.DataFrame(columns=_FLAG_COLUMNS)
    return pd.DataFrame.from_records(rows)


def articles_frame(reports: Iterable[Mapping]):
    """One row per article: ``article``, ``id``, the stats (``words``, ``sentences``...),
    ``overall`` and each category's scores as ``<category>_<field>`` (e.g.
    ``loaded_language_count``, ``anonymous_source_weighted_per_1000_words``)."""
    pd = _pandas()
    rows = []
    for i, r in enumerate(_reports(reports)):
        row = {"article": i, "id": r.get("id")}
        _flatten("", r.get("stats", {}), row)
        _flatten("", r.get("scores", {}), row)
        rows.append(row)
    return pd.DataFrame.from_records(rows, columns=None if rows else ["article", "id"])
