"""Reports from Python equal the CLI's JSON: the seed article and the PolNeAR corpus."""

import json

import pytest

import slant
from conftest import run_cli


def cli_json(cli, *args):
    out = run_cli(cli, "check", "--format", "json", *args)
    assert out.returncode == 0, out.stderr.decode()
    return json.loads(out.stdout)


@pytest.mark.parametrize(
    "cli_args, kwargs",
    [
        ([], {}),
        (["--only", "loaded_language"], {"only": "loaded_language"}),
        (["--only", "anonymous,unattributed"], {"only": ["anonymous_source", "unattributed"]}),
        (["--no-quoted"], {"include_quoted": False}),
    ],
)
def test_seed_report_equals_cli(cli, seed_path, cli_args, kwargs):
    expected = cli_json(cli, *cli_args, seed_path)
    text = seed_path.read_text(encoding="utf-8")
    got = slant.analyze(text, id=str(seed_path), **kwargs)
    assert expected["flags"], "the seed article should have flags"
    assert got == expected


def test_seed_json_is_the_cli_ndjson_line(cli, seed_path):
    out = run_cli(cli, "check", "--format", "ndjson", seed_path)
    assert out.returncode == 0
    text = seed_path.read_text(encoding="utf-8")
    assert slant.analyze_json(text, id=str(seed_path)) + "\n" == out.stdout.decode()


def test_100_polnear_reports_equal_cli(polnear, cli_polnear):
    analyzer = slant.Analyzer()
    for id_, text in polnear[:100]:
        assert analyzer.analyze(text, id=id_) == json.loads(cli_polnear[id_]), id_


def test_whole_polnear_json_equals_cli_line_for_line(polnear, cli_polnear):
    ids = [i for i, _ in polnear]
    got = slant.Analyzer().analyze_many_json([t for _, t in polnear], ids=ids, threads=2)
    mismatched = [i for i, line in zip(ids, got) if line != cli_polnear[i]]
    assert not mismatched, f"{len(mismatched)} articles differ from the CLI, first {mismatched[:3]}"


def test_whole_polnear_dicts_equal_cli(polnear, cli_polnear):
    ids = [i for i, _ in polnear]
    got = slant.analyze_many([t for _, t in polnear], ids=ids)
    assert [r["id"] for r in got] == ids
    for r in got:
        assert r == json.loads(cli_polnear[r["id"]]), r["id"]
