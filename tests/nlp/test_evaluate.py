"""The scorer on small hand-made gold and predicted lists, with exact expected numbers."""

import json

import pytest

from annotator.errors import InputError
from annotator.nlp.evaluate import format_score, load_gold, overlap, score, words

ARTICLE = "Zinc helps colds. It is cheap, and it is safe. What is zinc? Buy zinc now."


def unit(start, end, kind="claim", hedged=False):
    return {"start": start, "end": end, "kind": kind, "hedged": hedged, "text": ARTICLE[start:end]}


def span(text, kind="claim", hedged=False):
    start = ARTICLE.index(text)
    return unit(start, start + len(text), kind, hedged)


GOLD = [
    span("Zinc helps colds.", hedged=True),
    span("It is cheap"),
    span("and it is safe."),
    span("What is zinc?", "question"),
    span("Buy zinc now.", "advice"),
]


def test_words_and_overlap():
    whole = span("It is cheap, and it is safe.")
    left = span("It is cheap")
    assert words(left) == {18, 21, 24}
    # 3 shared words out of max(3, 7)
    assert overlap(left, whole) == pytest.approx(3 / 7)
    assert overlap(left, span("It is cheap,")) == 1.0  # punctuation is not a word


def test_perfect_prediction():
    result = score(GOLD, GOLD)
    assert result["claims_exact"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "matched": 3}
    assert result["claims_relaxed"]["f1"] == 1.0
    assert result["kind_accuracy"] == 1.0
    assert result["hedge_accuracy"] == 1.0
    assert result["kind_confusion"] == {
        "advice": {"advice": 1},
        "claim": {"claim": 3},
        "question": {"question": 1},
    }
    assert result["missed_claims"] == result["spurious_claims"] == []


def test_imperfect_prediction():
    predicted = [
        span("Zinc helps colds.", hedged=False),  # exact, hedge wrong
        span("It is cheap, and it is safe."),  # unsplit: no exact match
        span("What is zinc?"),  # a question predicted as a claim
        span("Buy zinc now.", "advice"),
    ]
    result = score(GOLD, predicted)
    # exact: 1 of 3 predicted claims, 1 of 3 gold claims
    assert result["claims_exact"]["precision"] == pytest.approx(1 / 3)
    assert result["claims_exact"]["recall"] == pytest.approx(1 / 3)
    assert result["claims_exact"]["f1"] == pytest.approx(1 / 3)
    # relaxed: "and it is safe." shares 4 of max(4, 7) words (< 0.8): still 1 match
    assert result["claims_relaxed"]["matched"] == 1
    # same spans: "Zinc helps colds.", "What is zinc?", "Buy zinc now."; the question is wrong
    assert result["counts"]["matched_spans"] == 3
    assert result["kind_accuracy"] == pytest.approx(2 / 3)
    assert result["kind_confusion"]["question"] == {"claim": 1}
    assert result["hedge_accuracy"] == 0.0
    assert result["hedge_counts"] == {"matched_claims": 1, "agree": 0}
    assert [m["gold"]["text"] for m in result["non_claims_as_claims"]] == ["What is zinc?"]
    assert [m["text"] for m in result["missed_claims"]] == ["It is cheap", "and it is safe."]
    assert [m["text"] for m in result["spurious_claims"]] == [
        "It is cheap, and it is safe.",
        "What is zinc?",
    ]
    assert result["hedge_mismatches"][0]["gold"]["text"] == "Zinc helps colds."
    text = format_score(result)
    assert "claims exact     P 0.333  R 0.333  F1 0.333  (1 matched)" in text
    assert "What is zinc?" in text


def test_relaxed_match_tolerates_a_boundary_shift():
    gold = [span("and it is safe.")]
    predicted = [unit(gold[0]["start"] + 4, gold[0]["end"])]  # "it is safe." (3 of 4 words)
    assert score(gold, predicted)["claims_relaxed"]["matched"] == 0
    predicted = [unit(gold[0]["start"], gold[0]["end"] - 1)]  # full stop dropped
    result = score(gold, predicted)
    assert result["claims_exact"]["matched"] == 0
    assert result["claims_relaxed"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "matched": 1}


def test_empty_prediction():
    result = score(GOLD, [])
    assert result["claims_exact"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "matched": 0}
    assert result["kind_accuracy"] == 0.0


def test_load_gold_round_trip(tmp_path, gold_units):
    path = tmp_path / "g.units.jsonl"
    path.write_text("\n".join(json.dumps(u) for u in GOLD) + "\n\n", encoding="utf-8")
    assert load_gold(path) == GOLD
    assert len(gold_units) == 160


@pytest.mark.parametrize(
    "line, message",
    [
        ("{not json", "not JSON"),
        ("[1, 2]", "expected an object"),
        ('{"start": "a", "end": 3, "kind": "claim", "text": "x"}', "integers"),
        ('{"start": 0}', "integers"),
        ('{"start": 0, "end": 3, "kind": "fact", "text": "abc"}', "kind must be"),
        ('{"start": 0, "end": 3, "kind": "claim", "text": 3}', "text must be"),
        ('{"start": 0, "end": 3, "kind": "claim", "text": "abc", "hedged": "no"}', "hedged"),
        ('{"start": 0, "end": 3, "kind": "claim", "text": "xyz"}', "differs from the article"),
    ],
)
def test_load_gold_refuses_bad_lines_with_their_number(tmp_path, line, message):
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"start": 0, "end": 3, "kind": "claim", "text": "abc"}\n\n' + line + "\n")
    with pytest.raises(InputError, match=f"line 3: .*{message}"):
        load_gold(gold, "abcdef")


def test_load_gold_refuses_non_utf8(tmp_path):
    gold = tmp_path / "g.jsonl"
    gold.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(InputError, match="UTF-8"):
        load_gold(gold)
