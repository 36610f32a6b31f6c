"""Custom wordlists: they flag, they equal the CLI's --wordlist, and their errors read as the CLI's."""

import json

import pytest

import slant
from conftest import run_cli

LIST = """\
[list]
id = "newsroom-test"
category = "loaded_language"
kind = "pejorative"
description = "Words our desk avoids."

[[entry]]
term = "frobnicate"
explain = "'Frobnicate' mocks what it describes."
suggest = ["change"]
"""

TEXT = "The council frobnicated the budget again. A notorious plan, officials said."


def test_custom_list_flags_and_equals_cli(cli, tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(LIST)
    a = slant.Analyzer(wordlists=[path])
    report = a.analyze(TEXT, id="t")
    hits = [f for f in report["flags"] if f["rule"] == "newsroom-test/frobnicate"]
    assert [h["text"] for h in hits] == ["frobnicated"]
    assert hits[0]["suggestions"] == ["change"]
    assert "newsroom-test/frobnicate" not in json.dumps(slant.analyze(TEXT))

    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "t", "text": TEXT}) + "\n")
    out = run_cli(cli, "check", "--jsonl", "--wordlist", path, src)
    assert out.returncode == 0, out.stderr.decode()
    assert json.loads(out.stdout) == report
    # The module-level function and a folder of lists do the same.
    assert slant.analyze(TEXT, wordlists=str(path), id="t") == report
    assert slant.analyze(TEXT, wordlists=[tmp_path], id="t") == report


BAD_LISTS = {
    "bad-toml": ("[list\nid = 1\n", None),
    "unknown-kind": (LIST.replace('kind = "pejorative"', 'kind = "nasty"'), (4, 8)),
    "bad-weight": (LIST.replace('description', 'weight = 99\ndescription'), (5, 10)),
    "unknown-field": (LIST + 'colour = "red"\n', None),
}


def cli_error(cli, *args):
    out = run_cli(cli, "check", *args, "-", input=b"text")
    assert out.returncode == 2
    first = out.stderr.decode().splitlines()[0]
    assert first.startswith("slant: error: ")
    return first[len("slant: error: "):]


@pytest.mark.parametrize("name", sorted(BAD_LISTS))
def test_malformed_list_raises_with_the_cli_message(cli, tmp_path, name):
    body, where = BAD_LISTS[name]
    path = tmp_path / f"{name}.toml"
    path.write_text(body)
    with pytest.raises(slant.WordListError) as info:
        slant.Analyzer(wordlists=[path])
    e = info.value
    assert str(e) == cli_error(cli, "--wordlist", path)
    assert e.file == str(path)
    assert isinstance(e.line, int) and isinstance(e.column, int)
    if where:
        assert (e.line, e.column) == where
    assert str(e) == f"{e.file}:{e.line}:{e.column}: {e.message}"
    with pytest.raises(ValueError):
        slant.analyze("x", wordlists=[path])


def test_missing_list_and_empty_folder(cli, tmp_path):
    missing = tmp_path / "nope.toml"
    with pytest.raises(slant.WordListError) as info:
        slant.Analyzer(wordlists=[missing])
    assert str(info.value) == cli_error(cli, "--wordlist", missing)
    assert (info.value.file, info.value.line, info.value.column) == (str(missing), None, None)

    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(slant.WordListError) as info:
        slant.Analyzer(wordlists=[empty])
    assert str(info.value) == cli_error(cli, "--wordlist", empty)


def test_wordlists_argument_is_checked():
    with pytest.raises(TypeError, match="wordlists"):
        slant.Analyzer(wordlists=[3])
    with pytest.raises(TypeError, match="wordlists"):
        slant.Analyzer(wordlists=3)


def test_analyzer_pickles_as_its_list_paths(tmp_path):
    import pickle

    path = tmp_path / "mine.toml"
    path.write_text(LIST)
    a = slant.Analyzer(wordlists=[path])
    assert str(path) in repr(a)
    b = pickle.loads(pickle.dumps(a))
    assert b.analyze(TEXT) == a.analyze(TEXT)
    assert any(f["rule"] == "newsroom-test/frobnicate" for f in b.analyze(TEXT)["flags"])
    plain = pickle.loads(pickle.dumps(slant.Analyzer()))
    assert plain.analyze(TEXT) == slant.analyze(TEXT)
    # The lists are read again where the analyzer is unpickled: a list gone by then is an error.
    path.unlink()
    with pytest.raises(slant.WordListError, match="no such file"):
        pickle.loads(pickle.dumps(a))
