"""Slant on Spark: a DataFrame of articles (``id``, ``text``) -> reports, flags and scores.

The analysis runs in ``mapInPandas``: each Python worker process compiles the wordlists once
(cached below, and Spark reuses workers across tasks) and analyses a whole Arrow batch per call.
Each report is kept as the CLI's JSON line, so nothing is lost or re-mapped; :func:`flags` and
:func:`scores` read the fields they need from it with ``from_json``.

    from slant import spark as slant_spark
    reports = slant_spark.reports(articles)            # id, report (JSON string)
    flags = slant_spark.flags(reports)                 # one row per flag
    scores = slant_spark.scores(reports)               # one row per article

Custom ``wordlists`` must be paths readable on every executor (shared storage or SparkFiles).
"""

from __future__ import annotations

from typing import Iterator, Optional, Sequence

from ._slant import Analyzer

REPORTS_SCHEMA = "id string, report string"

_SPAN = "struct<start:long,end:long,text:string>"
_FLAG = (
    "struct<category:string,kind:string,start:long,end:long,line:int,column:int,text:string,"
    f"message:string,suggestions:array<string>,rule:string,in_quote:boolean,voice:string,"
    f"speaker:{_SPAN},weight:double>"
)
_CATEGORY = (
    "struct<count:long,weighted:double,per_1000_words:double,weighted_per_1000_words:double>"
)
# The part of the report that flags() and scores() read; other fields stay in the JSON.
REPORT_FIELDS = (
    f"struct<stats:struct<bytes:long,words:long,sentences:long,paragraphs:long,quotes:long,"
    f"quoted_words:long>,scores:struct<overall:double,loaded_language:{_CATEGORY},"
    f"anonymous_source:{_CATEGORY},unattributed_assertion:{_CATEGORY}>,flags:array<{_FLAG}>>"
)

_analyzers: dict = {}


def analyzer(wordlists: Sequence[str] = ()) -> Analyzer:
    """The analyzer for these lists, compiled once per Python process (so once per executor
    worker, not per row or per batch)."""
    key = tuple(str(w) for w in wordlists)
    a = _analyzers.get(key)
    if a is None:
        a = _analyzers[key] = Analyzer(wordlists=list(key) or None)
    return a


def analyze_batches(
    batches: Iterator,
    id_col: str = "id",
    text_col: str = "text",
    *,
    only=None,
    include_quoted: bool = True,
    wordlists: Sequence[str] = (),
    threads: Optional[int] = 1,
) -> Iterator:
    """The ``mapInPandas`` function: pandas batches of articles -> batches of (id, report JSON).

    One thread per task by default: Spark already runs one task per core.
    """
    import pandas as pd

    a = analyzer(wordlists)
    for pdf in batches:
        ids = [None if v is None else str(v) for v in pdf[id_col].tolist()]
        texts = pdf[text_col].tolist()
        try:
            reports = a.analyze_many_json(
                texts, threads, ids=ids, only=only, include_quoted=include_quoted
            )
        except TypeError as e:
            # Name the article: a null text is the usual cause in a large archive.
            bad = next((i for i, t in enumerate(texts) if not isinstance(t, str)), None)
            if bad is None:
                raise
            raise TypeError(
                f"article {ids[bad]!r}: {text_col} must be a str, not "
                f"{type(texts[bad]).__name__}; drop or fill missing texts first, e.g. "
                f"df.where(df['{text_col}'].isNotNull())"
            ) from e
        yield pd.DataFrame({"id": ids, "report": reports})


def reports(
    df,
    id_col: str = "id",
    text_col: str = "text",
    *,
    only=None,
    include_quoted: bool = True,
    wordlists: Sequence[str] = (),
):
    """``df`` (with ``id_col`` and ``text_col``) -> DataFrame ``id string, report string``, the
    report being the CLI's ``--jsonl`` output line for that article."""
    wordlists = [str(w) for w in wordlists]

    def run(batches):
        return analyze_batches(
            batches,
            id_col,
            text_col,
            only=only,
            include_quoted=include_quoted,
            wordlists=wordlists,
        )

    return df.select(id_col, text_col).mapInPandas(run, schema=REPORTS_SCHEMA)


def flags(reports_df):
    """One row per flag: ``id`` and the flag's fields (``speaker`` as a struct)."""
    from pyspark.sql import functions as F

    parsed = reports_df.select("id", F.from_json("report", REPORT_FIELDS).alias("r"))
    return parsed.select("id", F.explode("r.flags").alias("f")).select("id", "f.*")


def scores(reports_df):
    """One row per article: ``id``, the stats, ``overall`` and each category's scores as
    ``<category>_<field>``."""
    from pyspark.sql import functions as F

    parsed = reports_df.select("id", F.from_json("report", REPORT_FIELDS).alias("r"))
    cols = [F.col("id")]
    cols += [F.col(f"r.stats.{k}").alias(k) for k in
             ("bytes", "words", "sentences", "paragraphs", "quotes", "quoted_words")]
    cols.append(F.col("r.scores.overall").alias("overall"))
    for cat in ("loaded_language", "anonymous_source", "unattributed_assertion"):
        for k in ("count", "weighted", "per_1000_words", "weighted_per_1000_words"):
            cols.append(F.col(f"r.scores.{cat}.{k}").alias(f"{cat}_{k}"))
    return parsed.select(*cols)
