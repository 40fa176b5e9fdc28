"""The scorer on small hand-made gold and predicted lists, with exact expected numbers;
finding gold files and their articles; `annotator evaluate` on several articles at
once (real segmentation) and on the units stored for an ingested article; the gold
files kept in tests/data."""

import json
import re
import shutil
from itertools import pairwise
from pathlib import Path

import pytest
from click.testing import CliRunner

from annotator.errors import InputError
from annotator.nlp.evaluate import (
    MACRO_LABEL,
    find_article,
    format_score,
    format_table,
    gold_files,
    gold_slug,
    load_gold,
    macro_average,
    overlap,
    score,
    to_text_offsets,
    words,
)
from annotator.nlp.segmenter import KINDS
from tests.conftest import DATA, SEED, assert_one_line_error, invoke

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
    assert result["units_exact"] == 1.0
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
    # every kind: 2 of the 5 gold units have the same span and kind
    assert result["units_exact"] == pytest.approx(2 / 5)
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


# Several gold files: pure helpers --------------------------------------------------


def test_macro_average_is_the_unweighted_mean_and_counts_are_totals():
    perfect = score(GOLD, GOLD)
    poor = score(GOLD, [span("Zinc helps colds.", hedged=False), span("What is zinc?")])
    macro = macro_average([perfect, poor])
    assert macro["articles"] == 2
    for key in ("precision", "recall", "f1"):
        expected = (perfect["claims_exact"][key] + poor["claims_exact"][key]) / 2
        assert macro["claims_exact"][key] == pytest.approx(expected)
    assert macro["claims_relaxed"]["f1"] == pytest.approx(
        (1.0 + poor["claims_relaxed"]["f1"]) / 2)
    assert macro["kind_accuracy"] == pytest.approx((1.0 + poor["kind_accuracy"]) / 2)
    assert macro["hedge_accuracy"] == pytest.approx((1.0 + 0.0) / 2)
    assert macro["gold_claims"] == 6
    assert macro["non_claims_as_claims"] == 1
    assert macro_average([])["claims_exact"]["f1"] == 0.0


def test_format_table_aligns_one_row_per_article_and_the_macro_row():
    poor = score(GOLD, [span("Zinc helps colds.", hedged=False), span("What is zinc?")])
    table = format_table([("zinc", score(GOLD, GOLD)), ("a-longer-name", poor)], legend=False)
    lines = table.splitlines()
    assert lines[0].split() == [
        "article", "claims", "P", "R", "F1", "relaxed", "kinds", "hedges", "units",
        "non-claims"]
    assert lines[1].split() == ["zinc", "3", "1.000", "1.000", "1.000", "1.000", "1.000",
                                "1.000", "1.000", "0"]
    # exact: 1 of 2 predicted claims, 1 of 3 gold claims: P 0.5, R 0.333, F1 0.4
    assert lines[2].split() == ["a-longer-name", "3", "0.500", "0.333", "0.400", "0.400",
                                "0.500", "0.000", "0.200", "1"]
    assert set(lines[3]) == {"-"}
    assert lines[4].split() == ["macro", "average", "6", "0.750", "0.667", "0.700", "0.700",
                                "0.750", "0.500", "0.600", "1"]
    assert len({len(line) for line in lines}) == 1  # right-aligned columns, same width
    assert "macro average: the mean" in format_table([("zinc", score(GOLD, GOLD))])


def test_gold_files_takes_files_and_folders(tmp_path):
    for name in ("b.units.jsonl", "a.units.jsonl", "a.conflicts.jsonl", "notes.md"):
        (tmp_path / name).write_text("")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.units.jsonl").write_text("")
    single = tmp_path / "sub" / "c.units.jsonl"
    found = gold_files([str(single), str(tmp_path), str(tmp_path / "b.units.jsonl")])
    assert [p.name for p in found] == ["c.units.jsonl", "a.units.jsonl", "b.units.jsonl"]
    assert gold_slug(found[1]) == "a" and gold_slug("x/old.jsonl") == "old"
    with pytest.raises(InputError, match="no such file or folder"):
        gold_files([str(tmp_path / "missing.units.jsonl")])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match=r"empty: no \*\.units\.jsonl files"):
        gold_files([str(tmp_path / "empty")])


def test_find_article_beside_the_gold_then_in_the_sibling_corpus(tmp_path):
    gold = tmp_path / "gold" / "cbd.units.jsonl"
    gold.parent.mkdir()
    gold.write_text("")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "cbd.html").write_text("<p>x</p>")
    assert find_article(gold) == corpus / "cbd.html"
    (corpus / "cbd.txt").write_text("x")  # the .txt wins over the .html (shared/corpus)
    assert find_article(gold) == corpus / "cbd.txt"
    (gold.parent / "cbd.md").write_text("x")  # beside the gold file wins over ../corpus/
    assert find_article(gold) == gold.parent / "cbd.md"
    other = tmp_path / "other"
    other.mkdir()
    with pytest.raises(InputError, match=r"no cbd\.txt, cbd\.md or cbd\.html in .*other$"):
        find_article(gold, other)  # --corpus is the only place looked at
    (other / "cbd.txt").write_text("x")
    assert find_article(gold, other) == other / "cbd.txt"
    with pytest.raises(InputError, match="pass --corpus"):
        find_article(tmp_path / "corpus" / "none.units.jsonl")


def test_gold_offsets_on_the_raw_file_move_onto_the_text_ingest_reads():
    raw = "\ufeffTitle\r\n\r\nZinc helps.\rIt is cheap.\r\n"
    text = "Title\n\nZinc helps.\nIt is cheap.\n"
    units = [
        {"start": raw.index(q), "end": raw.index(q) + len(q), "kind": "claim", "hedged": False,
         "text": q}
        for q in ("Title", "Zinc helps.", "It is cheap.", "Zinc helps.\rIt is cheap.")
    ]
    moved = to_text_offsets(units, raw, text)
    assert [text[u["start"]:u["end"]] for u in moved] == [
        "Title", "Zinc helps.", "It is cheap.", "Zinc helps.\nIt is cheap."]
    assert all(u["text"] == text[u["start"]:u["end"]] for u in moved)
    with pytest.raises(ValueError):
        to_text_offsets(units, raw, text + "more")


# The gold files in tests/data ------------------------------------------------------

GOLD_FIELDS = ["start", "end", "kind", "hedged", "text"]
DATA_GOLD = sorted(DATA.glob("*.units.jsonl"))


def test_the_shared_gold_files_are_in_the_repository():
    assert [gold_slug(p) for p in DATA_GOLD] == [
        "ap-ketamine-hopes-and-hype", "heiko-taking-cbd", "janssen-esketamine-phase3",
        "ketamine-depression", "webmd-antidepressants",
    ]


@pytest.mark.parametrize("path", DATA_GOLD, ids=lambda p: gold_slug(p))
def test_gold_file_is_valid_json_lines_of_disjoint_units(path):
    lines = path.read_text(encoding="utf-8").splitlines()
    units = [json.loads(line) for line in lines]  # no blank lines either
    assert units
    for unit in units:
        assert list(unit) == GOLD_FIELDS
        assert isinstance(unit["hedged"], bool) and unit["kind"] in KINDS
        assert unit["text"] and unit["text"] == unit["text"].strip()
        assert unit["end"] - unit["start"] == len(unit["text"])
        assert not unit["hedged"] or unit["kind"] == "claim"
    for before, after in pairwise(units):
        assert before["end"] <= after["start"], (before, after)
    assert load_gold(path) == units


# annotator evaluate: several articles, real segmentation -----------------------------

CLEAN_ENV = {"ANNOTATOR_DB": None, "ANNOTATOR_MODEL": None}
ZINC = "Zinc and colds\n\nZinc lozenges shorten colds by a day. Vitamin C may prevent colds.\n"
MERGED = "Coffee cures heart disease. Tea prevents strokes.\n"


def write_gold(path: Path, text: str, quotes: list[tuple[str, str, bool]]) -> None:
    """Gold units for ``quotes`` (text, kind, hedged), each found after the previous one."""
    rows, at = [], 0
    for quote, kind, hedged in quotes:
        start = text.index(quote, at)
        at = start + len(quote)
        rows.append({"start": start, "end": at, "kind": kind, "hedged": hedged, "text": quote})
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


@pytest.fixture(scope="module")
def gold_folder(tmp_path_factory):
    """gold/ with three gold files; the seed article and zinc.txt in the sibling
    corpus/; merged.md beside its gold file."""
    root = tmp_path_factory.mktemp("eval")
    gold, corpus = root / "gold", root / "corpus"
    gold.mkdir()
    corpus.mkdir()
    shutil.copy(DATA / "ketamine-depression.units.jsonl", gold)
    shutil.copy(DATA / "ketamine-depression.conflicts.jsonl", gold)
    shutil.copy(SEED, corpus)
    (corpus / "zinc.txt").write_text(ZINC, encoding="utf-8")
    write_gold(gold / "zinc.units.jsonl", ZINC, [
        ("Zinc and colds", "heading", False),
        ("Zinc lozenges shorten colds by a day.", "claim", False),
        ("Vitamin C may prevent colds.", "claim", True),
    ])
    (gold / "merged.md").write_text(MERGED, encoding="utf-8")
    # One claim where the segmenter sees two sentences: no exact or relaxed match.
    write_gold(gold / "merged.units.jsonl", MERGED, [(MERGED.strip(), "claim", False)])
    return gold


@pytest.fixture(scope="module")
def as_json(gold_folder):
    result = invoke(CliRunner(), "evaluate", gold_folder, "--json", env=CLEAN_ENV)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.fixture(scope="module")
def as_text(gold_folder):
    files = [gold_folder / f"{name}.units.jsonl" for name in ("zinc", "ketamine-depression",
                                                              "merged")]
    result = invoke(CliRunner(), "evaluate", *files, "--details", env=CLEAN_ENV)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_folder_as_json_one_entry_per_article_with_paths_and_full_scores(as_json, gold_folder):
    assert list(as_json) == ["articles", "macro"]
    rows = {row["article"]: row for row in as_json["articles"]}
    assert list(rows) == ["ketamine-depression", "merged", "zinc"]  # the folder, by name
    corpus = gold_folder.parent / "corpus"
    assert rows["zinc"]["gold"] == str(gold_folder / "zinc.units.jsonl")
    assert rows["zinc"]["article_path"] == str(corpus / "zinc.txt")
    assert rows["merged"]["article_path"] == str(gold_folder / "merged.md")
    assert rows["ketamine-depression"]["article_path"] == str(corpus / "ketamine-depression.txt")
    assert set(score(GOLD, GOLD)) < set(rows["zinc"])  # the whole score() result
    seed = rows["ketamine-depression"]
    assert seed["counts"]["gold_claims"] == 132
    assert seed["claims_exact"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "matched": 132}
    assert rows["merged"]["claims_exact"]["f1"] == rows["merged"]["claims_relaxed"]["f1"] == 0
    assert rows["zinc"]["counts"]["gold_claims"] == 2


def test_macro_is_the_mean_of_the_rows(as_json):
    rows, macro = as_json["articles"], as_json["macro"]
    assert macro["articles"] == 3
    for group in ("claims_exact", "claims_relaxed"):
        for key in ("precision", "recall", "f1"):
            mean = sum(row[group][key] for row in rows) / 3
            assert macro[group][key] == pytest.approx(mean)
    for key in ("kind_accuracy", "hedge_accuracy", "units_exact"):
        assert macro[key] == pytest.approx(sum(row[key] for row in rows) / 3)
    assert macro["gold_claims"] == 132 + 2 + 1
    assert macro["non_claims_as_claims"] == sum(len(r["non_claims_as_claims"]) for r in rows)


def test_several_files_print_one_row_each_in_order_then_the_macro_average(as_text, as_json):
    table = as_text[as_text.index("article "):].splitlines()
    assert [line.split()[0] for line in table[1:4]] == ["zinc", "ketamine-depression", "merged"]
    assert table[5].startswith(MACRO_LABEL)
    seed = table[2].split()
    assert seed[1:5] == ["132", "1.000", "1.000", "1.000"]
    assert table[3].split()[4:6] == ["0.000", "0.000"]  # merged: exact and relaxed F1
    # The same numbers as --json, in the order the files were given.
    rows = {row["article"]: row for row in as_json["articles"]}
    expected = format_table([(name, rows[name]) for name in ("zinc", "ketamine-depression",
                                                             "merged")])
    # Then the conflict pairs' table (ketamine-depression has them).
    assert as_text.split(expected + "\n")[1].startswith("\narticle ")


def test_details_show_each_articles_mismatches(as_text):
    for name in ("zinc", "ketamine-depression", "merged"):
        assert f"== {name} (" in as_text
    merged = as_text[as_text.index("== merged"):as_text.index("article ")]
    assert "missed claims (no exact span): 1" in merged
    assert "Coffee cures heart disease. Tea prevents strokes." in merged


def test_a_missing_article_is_one_error_line(runner, tmp_path):
    write_gold(tmp_path / "lost.units.jsonl", MERGED, [(MERGED.strip(), "claim", False)])
    result = invoke(runner, "evaluate", tmp_path / "lost.units.jsonl", env=CLEAN_ENV)
    assert_one_line_error(result, "lost.units.jsonl: its article is missing: no lost.txt")
    assert result.stdout == ""


def test_a_missing_gold_path_is_one_error_line(runner, tmp_path):
    result = invoke(runner, "evaluate", tmp_path / "none.units.jsonl", env=CLEAN_ENV)
    assert_one_line_error(result, "none.units.jsonl: no such file or folder")


def test_gold_of_another_article_is_one_error_line(runner, tmp_path):
    shutil.copy(DATA / "heiko-taking-cbd.units.jsonl", tmp_path)
    shutil.copy(SEED, tmp_path / "heiko-taking-cbd.txt")
    write_gold(tmp_path / "zinc.units.jsonl", ZINC, [("Zinc and colds", "heading", False)])
    (tmp_path / "zinc.txt").write_text(ZINC, encoding="utf-8")
    result = invoke(runner, "evaluate", tmp_path, "--corpus", tmp_path, env=CLEAN_ENV)
    assert_one_line_error(result, "heiko-taking-cbd.units.jsonl, line 1: the text at")
    assert "differs from the article's" in result.stderr


def test_articles_are_read_as_ingest_reads_them(runner, tmp_path):
    """A byte-order mark and CRLF line ends, which ingest drops: gold offsets on the
    file as it is and on the text ingest stores both score."""
    raw = "\ufeffZinc and colds\r\n\r\n" + ZINC.split("\n\n", 1)[1].replace("\n", "\r\n")
    quotes = [("Zinc lozenges shorten colds by a day.", "claim", False),
              ("Vitamin C may prevent colds.", "claim", True)]
    (tmp_path / "raw.txt").write_bytes(raw.encode("utf-8"))
    write_gold(tmp_path / "raw.units.jsonl", raw, quotes)
    (tmp_path / "ingested.txt").write_bytes(raw.encode("utf-8"))
    write_gold(tmp_path / "ingested.units.jsonl", ZINC, quotes)
    result = invoke(runner, "evaluate", tmp_path, "--json", env=CLEAN_ENV)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)["articles"]
    assert [row["article"] for row in rows] == ["ingested", "raw"]
    assert rows[0]["claims_exact"] == rows[1]["claims_exact"]
    assert rows[1]["counts"]["gold_claims"] == 2


# annotator evaluate: the units stored for an ingested article ------------------------

SEED_GOLD = DATA / "ketamine-depression.units.jsonl"


def test_article_option_scores_the_stored_units(runner, seeded):
    result = invoke(runner, "evaluate", SEED_GOLD, "--article", "ketamine-depression",
                    "-d", seeded)
    assert result.exit_code == 0, result.output
    assert "claims exact     P 1.000  R 1.000  F1 1.000  (132 matched)" in result.stdout
    # The older form, ARTICLE after GOLD, says the same.
    older = invoke(runner, "evaluate", SEED_GOLD, "ketamine-depression", "-d", seeded)
    assert older.exit_code == 0, older.output
    assert older.stdout == result.stdout
    as_json = invoke(runner, "evaluate", SEED_GOLD, "--article", "1", "-d", seeded, "--json")
    assert json.loads(as_json.stdout)["claims_exact"]["f1"] == 1.0


def test_article_option_takes_one_gold_file_and_no_corpus(runner, seeded, tmp_path):
    result = invoke(runner, "evaluate", DATA, "--article", "ketamine-depression", "-d", seeded)
    assert result.exit_code == 2 and "exactly one GOLD file" in result.stderr
    result = invoke(runner, "evaluate", SEED_GOLD, "--article", "ketamine-depression",
                    "--corpus", tmp_path, "-d", seeded)
    assert result.exit_code == 2 and "--article scores the stored units" in result.stderr
    result = invoke(runner, "evaluate", SEED_GOLD, "--article", "nothing", "-d", seeded)
    assert_one_line_error(result, "no article 'nothing'")


def test_conflict_pairs_beside_a_gold_file_are_scored(as_json, gold_folder):
    rows = {row["article"]: row for row in as_json["articles"]}
    assert "conflicts" not in rows["zinc"]  # no zinc.conflicts.jsonl
    scored = rows["ketamine-depression"]["conflicts"]
    pairs = [json.loads(line) for line in
             (gold_folder / "ketamine-depression.conflicts.jsonl").read_text("utf-8").splitlines()]
    assert [p["topic"] for p in scored["gold"]] == [p["topic"] for p in pairs]
    # The seed's four pairs are all listed, the clear one among the first ten.
    ranks = {p["topic"]: p["rank"] for p in scored["gold"]}
    assert all(rank is not None and rank <= 25 for rank in ranks.values()), ranks
    assert ranks["onset: minutes or an hour"] <= 10
    assert scored["found"]["25"] == 4 and scored["clear_found"]["25"] == 1
    assert scored["recall"]["25"] == 1.0
    assert len(scored["candidates"]) <= 25
    first = scored["candidates"][0]
    assert set(first) == {"rank", "reason", "detail", "score", "a", "b"}


def test_conflict_table_and_details_in_text(as_text):
    assert "conflict pairs:" in as_text and "[clear] onset: minutes or an hour" in as_text
    table = as_text.split("\narticle ")[-1]
    assert re.search(r"^ketamine-depression\s+4\s+1\s+\d+\s+4\s+1\s+\d+$", table, re.M), table


def test_a_conflict_pair_quoting_what_the_article_does_not_say_is_one_error_line(
    runner, tmp_path
):
    write_gold(tmp_path / "zinc.units.jsonl", ZINC, [("Zinc and colds", "heading", False)])
    (tmp_path / "zinc.txt").write_text(ZINC, encoding="utf-8")
    bad = {"topic": "t", "a": "Zinc cures colds", "a_start": 0, "b": "x", "b_start": 5,
           "why": "w", "strength": "clear"}
    (tmp_path / "zinc.conflicts.jsonl").write_text(json.dumps(bad) + "\n", "utf-8")
    result = invoke(runner, "evaluate", tmp_path, env=CLEAN_ENV)
    assert_one_line_error(result, "zinc.conflicts.jsonl, line 1: quote 'a' is not in the article")
