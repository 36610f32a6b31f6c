"""The Spark recipes in local[2] over the PolNeAR corpus: results equal the CLI's, article by
article. Spark runs the package in its Python workers exactly as on a cluster's executors."""

import json
import os
import sys
import time

import pytest

import slant
from slant import spark as slant_spark


@pytest.fixture(scope="module")
def spark():
    from pyspark.sql import SparkSession

    # Workers must import the same slant as this process.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    # Local mode talks to itself only: keep the driver on the loopback interface.
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    session = (
        SparkSession.builder.master("local[2]")
        .appName("slant-test")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def articles(spark, polnear):
    return spark.createDataFrame(polnear, schema="id string, text string").repartition(2)


def test_mapinpandas_reports_equal_cli(articles, cli_polnear):
    start = time.perf_counter()
    rows = slant_spark.reports(articles).collect()
    elapsed = time.perf_counter() - start
    got = {r["id"]: r["report"] for r in rows}
    assert len(rows) == len(cli_polnear) == len(got)
    mismatched = [i for i, line in cli_polnear.items() if got.get(i) != line]
    assert not mismatched, f"{len(mismatched)} differ from the CLI, first {mismatched[:3]}"
    print(f"\nSpark local[2] mapInPandas: {len(rows)} articles in {elapsed:.1f} s "
          f"({len(rows) / elapsed:.0f} articles/s, Spark overheads included)")


def test_flags_and_scores_tables_agree_with_cli(articles, cli_polnear):
    reports = slant_spark.reports(articles).cache()
    flags = slant_spark.flags(reports)
    expected = {i: json.loads(line) for i, line in cli_polnear.items()}
    assert flags.count() == sum(len(r["flags"]) for r in expected.values())
    per_article = {r["id"]: r["n"] for r in flags.groupBy("id").count().withColumnRenamed("count", "n").collect()}
    for i, r in expected.items():
        assert per_article.get(i, 0) == len(r["flags"]), i
    one = next(i for i, r in expected.items() if any(f["speaker"] for f in r["flags"]))
    got_flags = flags.where(flags.id == one).orderBy("start", "end", "category").collect()
    want = sorted(expected[one]["flags"], key=lambda f: (f["start"], f["end"], f["category"]))
    assert [(f["rule"], f["start"], f["voice"], f["weight"]) for f in got_flags] == \
           [(f["rule"], f["start"], f["voice"], f["weight"]) for f in want]
    assert any(f["speaker"] is not None and f["speaker"]["text"] for f in got_flags)

    scores = {r["id"]: r for r in slant_spark.scores(reports).collect()}
    assert len(scores) == len(expected)
    for i, r in expected.items():
        s = scores[i]
        assert s["overall"] == r["scores"]["overall"]
        assert s["words"] == r["stats"]["words"]
        assert s["anonymous_source_weighted_per_1000_words"] == \
            r["scores"]["anonymous_source"]["weighted_per_1000_words"]


def test_rdd_pipe_through_the_jsonl_cli_equals_cli(articles, cli, cli_polnear):
    from pyspark.sql import functions as F

    lines = (
        articles.select(F.to_json(F.struct("id", "text")).alias("j"))
        .rdd.map(lambda r: r.j)
        .pipe(f"{cli} check --jsonl -")
        .collect()
    )
    got = {json.loads(line)["id"]: line for line in lines}
    assert len(lines) == len(cli_polnear)
    assert got == cli_polnear


def test_a_missing_text_fails_with_its_article_named(spark):
    df = spark.createDataFrame([("ok", "Fine text."), ("gap", None)], schema="id string, text string")
    with pytest.raises(Exception, match=r"article 'gap': text must be a str, not NoneType"):
        slant_spark.reports(df).collect()


def test_analyzer_is_built_once_per_process():
    assert slant_spark.analyzer() is slant_spark.analyzer()
    assert slant_spark.analyzer(()) is not None
