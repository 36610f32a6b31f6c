"""The pandas helpers: one row per flag, one row per article."""

import pandas as pd

import slant

TEXTS = [
    "The notorious regime massacred protesters, a senior official said.",
    "Officials said the bridge would reopen on Monday.",
    '"These thugs must go," the spokesman said. Critics say the plan is clearly a disaster.',
]


def test_flags_frame_has_one_row_per_flag():
    # min_confidence=0: the quoted flag is a less certain one, hidden at the default.
    reports = slant.analyze_many(TEXTS, ids=["a", "b", "c"], min_confidence=0)
    df = slant.flags_frame(reports)
    assert isinstance(df, pd.DataFrame)
    assert len(df) == sum(len(r["flags"]) for r in reports)
    flat = [(i, r["id"], f["start"], f["end"], f["rule"], f["category"])
            for i, r in enumerate(reports) for f in r["flags"]]
    assert list(df[["article", "id", "start", "end", "rule", "category"]].itertuples(index=False, name=None)) == flat
    assert {"speaker_text", "speaker_start", "suggestions", "voice", "weight", "message"} <= set(df.columns)
    quoted = df[df["in_quote"]]
    assert len(quoted) and (quoted["speaker_text"] == "the spokesman").all()
    # Counts per article and category agree with the report's scores.
    counts = df.groupby(["article", "category"]).size()
    for (i, cat), n in counts.items():
        assert reports[i]["scores"][cat]["count"] == n


def test_articles_frame_has_one_row_per_article():
    reports = slant.analyze_many(TEXTS, ids=["a", "b", "c"])
    df = slant.articles_frame(reports)
    assert list(df["id"]) == ["a", "b", "c"]
    assert list(df["overall"]) == [r["scores"]["overall"] for r in reports]
    assert list(df["words"]) == [r["stats"]["words"] for r in reports]
    for cat in ("loaded_language", "anonymous_source", "unattributed_assertion"):
        for k in ("count", "weighted", "per_1000_words", "weighted_per_1000_words"):
            assert list(df[f"{cat}_{k}"]) == [r["scores"][cat][k] for r in reports]


def test_frames_of_nothing_and_of_one_report():
    assert len(slant.flags_frame([])) == 0
    assert "category" in slant.flags_frame([]).columns
    assert len(slant.articles_frame([])) == 0
    neutral = slant.analyze("The bridge reopened on Monday.")
    assert len(slant.flags_frame([neutral])) == len(neutral["flags"])
    assert len(slant.articles_frame(neutral)) == 1


def test_frames_reject_what_is_not_a_report():
    import pytest

    with pytest.raises(TypeError, match="not a Slant report"):
        slant.flags_frame([{"a": 1}])
