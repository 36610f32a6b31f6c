"""The API itself: order and threads in analyze_many, the GIL, argument checking."""

import threading
import time

import pytest

import slant

TEXTS = [
    "The notorious regime massacred protesters.",
    "Officials said the bridge would reopen on Monday.",
    "A senior official, speaking on condition of anonymity, said talks had stalled.",
    "",
    "Critics say the so-called reform is clearly a disaster. \u00c9lys\u00e9e officials declined to comment.",
    "The minister claimed the figures were accurate.",
] * 7


def texts_numbered():
    # Each text differs, so that a report in the wrong place cannot go unnoticed.
    return [f"{t} Item {i}." for i, t in enumerate(TEXTS)]


@pytest.mark.parametrize("threads", [None, 1, 2, 3])
def test_analyze_many_keeps_input_order(threads):
    texts = texts_numbered()
    ids = [f"a{i}" for i in range(len(texts))]
    reports = slant.Analyzer().analyze_many(texts, ids=ids, threads=threads)
    assert [r["id"] for r in reports] == ids
    assert [r["stats"]["bytes"] for r in reports] == [len(t.encode()) for t in texts]
    assert reports == [slant.analyze(t, id=i) for t, i in zip(texts, ids)]


def test_thread_counts_agree_and_json_matches_dicts():
    import json

    texts = texts_numbered()
    a = slant.Analyzer()
    one = a.analyze_many(texts, threads=1)
    assert a.analyze_many(texts, threads=2) == one
    assert slant.analyze_many(texts) == one
    assert [json.loads(s) for s in a.analyze_many_json(texts, threads=2)] == one


def test_analyze_many_takes_any_iterable_and_empty_input():
    texts = texts_numbered()
    assert slant.analyze_many(t for t in texts) == slant.analyze_many(texts)
    assert slant.analyze_many([]) == []
    assert slant.analyze_many(texts[:3], ids=(i for i in [1, None, "x"]))[0]["id"] == "1"


def test_analyze_many_releases_the_gil(polnear):
    """While analyze_many runs in one thread, another thread keeps running Python code."""
    texts = [t for _, t in polnear] * 2
    span = {}

    def work():
        span["start"] = time.perf_counter()
        slant.analyze_many(texts, threads=1)
        span["end"] = time.perf_counter()

    ticks = []
    worker = threading.Thread(target=work)
    worker.start()
    while worker.is_alive():
        ticks.append(time.perf_counter())
        time.sleep(0.001)
    worker.join()
    during = [t for t in ticks if span["start"] < t < span["end"]]
    # Holding the GIL for the whole call would leave no tick inside it.
    assert span["end"] - span["start"] > 0.02
    assert len(during) >= 5, (len(during), span)


def test_threads_must_be_positive():
    with pytest.raises(ValueError, match="threads must be at least 1"):
        slant.analyze_many(["x"], threads=0)


@pytest.mark.parametrize("bad", [b"The notorious regime.", None, 42, 3.5, ["a list"]])
def test_non_str_text_raises_type_error(bad):
    with pytest.raises(TypeError, match="text must be a str"):
        slant.analyze(bad)
    with pytest.raises(TypeError, match="text must be a str"):
        slant.Analyzer().analyze_json(bad)
    with pytest.raises(TypeError, match=r"texts\[1\] must be a str"):
        slant.analyze_many(["fine", bad])


def test_bytes_error_says_how_to_fix():
    with pytest.raises(TypeError, match="decode"):
        slant.analyze(b"bytes")


def test_a_single_str_is_not_taken_as_many_texts():
    with pytest.raises(TypeError, match="use analyze"):
        slant.analyze_many("one text")
    with pytest.raises(TypeError, match="iterable"):
        slant.analyze_many(5)


def test_ids_are_checked():
    with pytest.raises(ValueError, match="one id per text"):
        slant.analyze_many(["a", "b"], ids=["only one"])
    with pytest.raises(TypeError, match=r"ids\[0\] must be a str, an int or None"):
        slant.analyze_many(["a"], ids=[1.5])
    with pytest.raises(TypeError, match="id must be"):
        slant.analyze("a", id=object())


def test_unknown_category_uses_the_cli_wording():
    with pytest.raises(ValueError, match='unknown category "bogus"; use loaded_language'):
        slant.analyze("x", only=["loaded", "bogus"])
    with pytest.raises(ValueError, match="no category"):
        slant.analyze("x", only=[])
    with pytest.raises(TypeError):
        slant.analyze("x", only=[1])


def test_only_and_quoted_filter_flags():
    text = 'The notorious regime fell. "These thugs must go," the spokesman said.'
    full = slant.analyze(text, min_confidence=0)
    assert {f["category"] for f in full["flags"]} >= {"loaded_language"}
    only = slant.analyze(text, only="loaded_language")
    assert {f["category"] for f in only["flags"]} == {"loaded_language"}
    assert any(f["in_quote"] for f in full["flags"])
    assert not any(f["in_quote"] for f in slant.analyze(text, include_quoted=False)["flags"])


def test_lone_surrogates_are_an_error_not_a_crash():
    with pytest.raises(UnicodeEncodeError):
        slant.analyze("bad \ud800 text")


def test_version_and_types():
    assert slant.__version__.count(".") == 2
    assert issubclass(slant.WordListError, ValueError)


def test_one_analyzer_shared_by_python_threads():
    from concurrent.futures import ThreadPoolExecutor

    texts = texts_numbered()
    a = slant.Analyzer()
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(a.analyze, texts))
    assert together == [a.analyze(t) for t in texts]
    assert a.analyze_many(texts, 2) == together


def test_docstring_example_runs():
    import doctest

    assert doctest.testmod(slant, raise_on_error=True).attempted >= 1


def test_min_confidence_defaults_to_the_clis_and_zero_keeps_every_flag():
    text = "The notorious regime claimed a massacre. The dictator's terrorist organization fell."
    default = slant.analyze(text)
    every = slant.analyze(text, min_confidence=0)
    assert all(f["confidence"] >= 0.45 for f in default["flags"])
    assert len(every["flags"]) > len(default["flags"])
    assert any(f["confidence"] < 0.45 for f in every["flags"])
    strict = slant.analyze_many([text], min_confidence=0.9)[0]
    assert all(f["confidence"] >= 0.9 for f in strict["flags"])
    with pytest.raises(ValueError, match="min_confidence"):
        slant.analyze(text, min_confidence=1.5)
