"""Throughput of the Python package on a folder of articles (default: ../shared/corpus/polnear),
against the CLI, and of the Spark recipes in local[2] mode. Not a test: prints figures for
docs/scale.md. Run with the venv that scripts/test-python.sh makes:

    target/python-venv/bin/python crates/python/bench/throughput.py [--spark] [--cli target/release/slant]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import slant

REPO = Path(__file__).resolve().parents[3]


def cpu():
    # This process's threads and finished child processes (the CLI): CPU seconds are steadier
    # than wall time on a machine shared with other jobs.
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def best(f, runs):
    """(wall, cpu) seconds of the fastest run."""
    times = []
    for _ in range(runs):
        t, c = time.perf_counter(), cpu()
        f()
        times.append((time.perf_counter() - t, cpu() - c))
    return min(times)


def line(what, seconds, n, mb):
    wall, cpu_s = seconds if isinstance(seconds, tuple) else (seconds, None)
    per_core = f"  {mb / cpu_s:6.1f} MB per CPU-s" if cpu_s else ""
    print(f"{what:46s} {wall:7.3f} s  {n / wall:7.0f} articles/s  {mb / wall:6.1f} MB/s{per_core}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(REPO.parent / "shared/corpus/polnear"))
    ap.add_argument("--cli", default=str(REPO / "target/release/slant"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--spark", action="store_true", help="also time Spark local[2]")
    ap.add_argument("--spark-copies", type=int, default=10, help="corpus copies for Spark")
    a = ap.parse_args()

    files = sorted(Path(a.corpus).glob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    ids = [f.name for f in files]
    n, mb = len(texts), sum(len(t.encode()) for t in texts) / 1e6
    print(f"corpus: {n} articles, {mb:.2f} MB; {os.cpu_count()} cores; slant {slant.__version__}")

    t = time.perf_counter()
    analyzer = slant.Analyzer()
    print(f"Analyzer() with the built-in lists: {1000 * (time.perf_counter() - t):.1f} ms")

    for threads in (1, 2):
        line(f"analyze_many_json, threads={threads}",
             best(lambda: analyzer.analyze_many_json(texts, ids=ids, threads=threads), a.runs), n, mb)
    for threads in (1, 2):
        line(f"analyze_many (dicts), threads={threads}",
             best(lambda: analyzer.analyze_many(texts, ids=ids, threads=threads), a.runs), n, mb)
    line("analyze() one by one (dicts)", best(lambda: [analyzer.analyze(x) for x in texts], a.runs), n, mb)

    if Path(a.cli).is_file():
        for jobs in (1, 2):
            cmd = [a.cli, "check", "--format", "ndjson", "-j", str(jobs), a.corpus]
            line(f"CLI --format ndjson -j {jobs} (process included)",
                 best(lambda: subprocess.run(cmd, stdout=subprocess.DEVNULL, check=True), a.runs), n, mb)
    else:
        print(f"(no CLI at {a.cli}: cargo build --release -p slant)")

    if a.spark:
        spark_bench(texts, ids, a)


def spark_bench(texts, ids, a):
    from pyspark.sql import SparkSession
    from pyspark.sql import functions as F

    from slant import spark as slant_spark

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    spark = (SparkSession.builder.master("local[2]").appName("slant-bench")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
             .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
             .config("spark.driver.memory", "4g").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    k = a.spark_copies
    rows = [(f"{c}/{i}", t) for c in range(k) for i, t in zip(ids, texts)]
    mb = k * sum(len(t.encode()) for t in texts) / 1e6
    df = spark.createDataFrame(rows, schema="id string, text string").repartition(4).cache()
    df.count()

    def run_pandas():
        slant_spark.reports(df).write.format("noop").mode("overwrite").save()

    def run_pipe():
        (df.select(F.to_json(F.struct("id", "text"))).rdd.map(lambda r: r[0])
         .pipe(f"{a.cli} check --jsonl -").count())

    def run_flags():
        slant_spark.flags(slant_spark.reports(df)).write.format("noop").mode("overwrite").save()

    for what, f in (("Spark local[2] mapInPandas reports", run_pandas),
                    ("Spark local[2] reports + flags table", run_flags),
                    ("Spark local[2] RDD.pipe(slant check --jsonl -)", run_pipe)):
        f()  # warm the Python workers and the JVM
        # Wall time only: Spark's JVM and Python workers are not this process's CPU time.
        line(f"{what} ({len(rows)} articles)", best(f, 3)[0], len(rows), mb)
    spark.stop()


if __name__ == "__main__":
    main()
