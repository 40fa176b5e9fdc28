"""Consistency findings on the seed article, end to end: ingest, analysis, the
`conflicts` command, decisions, duplicates and suggested verdicts."""

import json
import shutil
import subprocess
import sys

import pytest
from click.testing import CliRunner

from annotator.cli.main import cli
from annotator.consistency.apply import analyse_article
from annotator.consistency.conflicts import REASONS
from annotator.store.db import Store
from tests.conftest import ingested_seed
from tests.engines import (  # noqa: F401 - engine: both engines
    engine,
    execute_raw,
    on_postgresql,
    refused_by_trigger,
    seeded_copy,
)

SLUG = "ketamine-depression"
# The four contradictions a reader finds in the seed article, by their words.
SEED_PAIRS = [
    ("Ketamine works by increasing levels of glutamate",
     "It works by blocking the receptors in the brain"),
    ("it takes effect within minutes",
     "It takes about an hour for the full effect of ketamine to kick in"),
    ("Ketamine works by blockading certain chemicals",
     "Ketamine works by activating the “reward” system"),
    ("in use since the 1950s", "used in medical procedures for more than 50 years"),
]


def run(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, catch_exceptions=False)


_ANALYSED: list = []


def analysed_db(tmp_path_factory):
    """The seed analysed once per session (SQLite)."""
    if not _ANALYSED:
        path = tmp_path_factory.mktemp("conflicts") / "claims.db"
        shutil.copy(ingested_seed(tmp_path_factory), path)
        store = Store.open(path)
        # Ingest may already have run the analysis; running it again must change nothing.
        analyse_article(store, store.article(SLUG)["id"])
        store.close()
        _ANALYSED.append(path)
    return _ANALYSED[0]


@pytest.fixture
def db(tmp_path_factory, tmp_path):
    if on_postgresql():  # ingest ran the same analysis there
        return seeded_copy(tmp_path_factory, tmp_path / "claims.db")
    path = tmp_path / "claims.db"
    shutil.copy(analysed_db(tmp_path_factory), path)
    return path


def listing(db, *args):
    result = run("conflicts", SLUG, "--json", "-d", db, *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def involves(candidate, first, second):
    texts = (candidate["a"]["text"], candidate["b"]["text"])
    return any(first in x and second in y for x, y in (texts, texts[::-1]))


def test_the_four_seed_contradictions_are_found_ranked_and_capped(db):
    found = listing(db)
    assert 4 <= len(found) <= 25
    for first, second in SEED_PAIRS:
        assert any(involves(c, first, second) for c in found), (first, second)
    scores = [c["score"] for c in found]
    assert scores == sorted(scores, reverse=True)
    # The dated pair and the timing pair are the most checkable: they come first.
    assert involves(found[0], *SEED_PAIRS[3]) or involves(found[0], *SEED_PAIRS[1])


def test_conflicts_json_shape(db, seed_text):
    found = listing(db)
    for candidate in found:
        assert set(candidate) >= {"a", "b", "reason", "detail", "score", "status"}
        assert candidate["reason"] in REASONS
        assert candidate["status"] == "open" and candidate["detail"]
        for side in ("a", "b"):
            unit = candidate[side]
            assert set(unit) == {"id", "start", "end", "text"}
            assert seed_text[unit["start"] : unit["end"]] == unit["text"]
        assert candidate["a"]["start"] < candidate["b"]["start"]
    assert listing(db, "--status", "confirmed") == []
    assert len(listing(db, "--limit", "3")) == 3


def test_analysing_again_keeps_candidates_and_their_ids(db):
    before = listing(db)
    store = Store.open(db)
    analyse_article(store, store.article(SLUG)["id"])
    store.close()
    assert listing(db) == before


def test_confirm_and_dismiss_are_appended_with_who_and_when(db):
    first = listing(db)[0]
    result = run("conflicts", SLUG, "--confirm", first["id"], "-r", "ana", "-d", db)
    assert result.exit_code == 0
    assert f"candidate {first['id']} confirmed by ana" in result.stderr
    assert run("conflicts", SLUG, "--dismiss", first["id"], "-r", "ben", "-d", db).exit_code == 0

    now = {c["id"]: c for c in listing(db)}[first["id"]]
    assert (now["status"], now["decided_by"]) == ("dismissed", "ben")
    store = Store.open(db)
    decisions = store.conflict_decisions(first["id"])
    assert [(d["status"], d["decided_by"]) for d in decisions] == [
        ("confirmed", "ana"), ("dismissed", "ben"),
    ]
    assert decisions[0]["decided_at"] < decisions[1]["decided_at"]
    assert now["decided_at"] == decisions[1]["decided_at"]
    # The log refuses to be rewritten, whoever writes.
    store.close()
    with pytest.raises(refused_by_trigger(), match="append-only"):
        execute_raw(db, "UPDATE conflict_decisions SET status = 'confirmed'")
    with pytest.raises(refused_by_trigger(), match="append-only"):
        execute_raw(db, "DELETE FROM conflict_decisions")
    # A decided candidate survives a new analysis with its decisions.
    store = Store.open(db)
    analyse_article(store, store.article(SLUG)["id"])
    assert len(store.conflict_decisions(first["id"])) == 2
    store.close()


def snapshot(db):
    store = Store.open(db)
    try:
        return [store.query(f"SELECT * FROM {t} ORDER BY id")
                for t in ("conflicts", "conflict_decisions")]
    finally:
        store.close()


@pytest.mark.parametrize("bad", ["999999", "abc", "-1", " "])
def test_bad_candidate_number_is_one_line_and_writes_nothing(db, bad):
    before = snapshot(db)
    result = run("conflicts", SLUG, "--confirm", bad, "-r", "ana", "-d", db)
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: no conflict candidate")
    assert "Traceback" not in result.output
    assert snapshot(db) == before


def test_a_candidate_of_another_article_is_refused(db, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text(
        "Other article\n\nCoffee raises blood pressure. Coffee lowers blood pressure.\n"
    )
    assert run("ingest", other, "-d", db).exit_code == 0
    store = Store.open(db)
    analyse_article(store, store.article("other")["id"])
    (theirs,) = store.conflict_candidates(store.article("other")["id"])
    store.close()
    before = snapshot(db)
    result = run("conflicts", SLUG, "--dismiss", theirs["id"], "-r", "ana", "-d", db)
    assert result.exit_code == 1 and "no conflict candidate" in result.stderr
    assert snapshot(db) == before


def test_confirm_and_dismiss_together_is_a_usage_error(db):
    result = run("conflicts", SLUG, "--confirm", "1", "--dismiss", "2", "-d", db)
    assert result.exit_code == 2


def test_the_summary_box_repeated_in_the_pros_list_is_linked(db):
    store = Store.open(db)
    units = store.consistency_units(store.article(SLUG)["id"])
    by_id = {u["id"]: u for u in units}
    links = {by_id[u["duplicate_of"]]["text"]: u["text"] for u in units if u["duplicate_of"]}
    assert links["Relatively safe"] == "It is relatively safe"
    assert links["Fast-acting"] == "It is fast-acting"
    assert links["it takes effect within minutes and lasts up to four hours."] == \
        "it takes effect within minutes and lasts up to four hours."
    copy = next(u for u in units if u["text"] == "It is fast-acting")
    assert [u["text"] for u in store.duplicate_group(copy["id"])] == ["Fast-acting"]
    # The review session shows a repeated claim the candidates of its first occurrence.
    timing = next(
        u for u in units if u["text"].startswith("it takes effect within") and u["duplicate_of"]
    )
    shown = store.open_conflicts_for_unit(timing["id"])
    assert any(c["other_text"].startswith("It takes about an hour") for c in shown)
    store.close()


def test_a_verdict_on_a_repeated_claim_is_offered_for_its_copies(db):
    store = Store.open(db)
    units = store.consistency_units(store.article(SLUG)["id"])
    original = next(u for u in units if u["text"] == "Relatively safe")
    copy = next(u for u in units if u["duplicate_of"] == original["id"])
    store.record_review(
        original["id"], "ana", verdict="unsupported", rationale="Not at high doses."
    )
    (offer,) = store.suggestions_for(copy["id"])
    assert (offer["origin"], offer["verdict"], offer["rationale"]) == (
        "duplicate", "unsupported", "Not at high doses.",
    )
    assert offer["source_unit_id"] == original["id"] and offer["source_article"] == SLUG
    store.close()


def test_verdicts_from_other_articles_are_suggested_not_recorded(db, tmp_path):
    store = Store.open(db)
    seed_units = store.consistency_units(store.article(SLUG)["id"])
    reviewed = next(
        u for u in seed_units if u["text"].startswith("Ketamine has been used for decades")
    )
    store.record_review(reviewed["id"], "ana", verdict="supported",
                        rationale="In clinical use since 1970.")
    store.close()

    other = tmp_path / "newer.txt"
    other.write_text(
        "A newer article\n\n"
        "Ketamine is a drug that has been used as an anesthetic for decades. "
        "Ketamine is sold as a nasal spray.\n"
    )
    assert run("ingest", other, "-d", db).exit_code == 0
    store = Store.open(db)
    article = store.article("newer")
    result = analyse_article(store, article["id"])
    assert result.suggestions == 1
    claim = next(u for u in store.consistency_units(article["id"]) if "for decades" in u["text"])
    (offer,) = store.suggestions_for(claim["id"])
    assert offer["origin"] == "corpus" and offer["source_article"] == SLUG
    assert (offer["verdict"], offer["rationale"], offer["reviewer"]) == (
        "supported", "In clinical use since 1970.", "ana",
    )
    assert offer["source_text"] == reviewed["text"]
    # A suggestion is not a verdict until a reviewer accepts it.
    assert store.query("SELECT count(*) AS n FROM current_reviews WHERE unit_id = ?",
                       [claim["id"]])[0]["n"] == 0
    store.close()


def test_the_human_listing_and_that_it_needs_no_spacy(db):
    # A fresh interpreter: the listing must not import spaCy (nothing is parsed).
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from annotator.cli.main import cli\n"
        f"r = CliRunner().invoke(cli, ['conflicts', {SLUG!r}, '--limit', '2', '-d', {str(db)!r}])\n"
        "assert r.exit_code == 0, r.output\n"
        "assert 'spacy' not in sys.modules\n"
        "print(r.stdout, end='')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    top = listing(db, "--limit", "2")
    lines = done.stdout.splitlines()
    assert len(lines) == 6  # a line for each candidate and one for each of its claims
    assert lines[0].split()[:3] == [str(top[0]["id"]), f"{top[0]['score']:.2f}", top[0]["reason"]]
    assert top[0]["detail"] in lines[0]
    assert lines[1].split(maxsplit=1) == [str(top[0]["a"]["id"]), top[0]["a"]["text"]]


def test_a_decision_moves_to_the_next_revision_with_its_claims(db, tmp_path, seed_text):
    first = listing(db)[0]
    assert run("conflicts", SLUG, "--confirm", first["id"], "-r", "ana", "-d", db).exit_code == 0
    revised = tmp_path / "revised.txt"
    revised.write_text(seed_text + "\nKetamine is sold as a nasal spray.\n", encoding="utf-8")
    assert run("ingest", revised, "--slug", SLUG, "-d", db).exit_code == 0
    store = Store.open(db)
    article = store.article(SLUG)
    assert article["revision"] == 2
    analyse_article(store, article["id"])
    store.close()
    again = next(c for c in listing(db) if c["a"]["text"] == first["a"]["text"]
                 and c["b"]["text"] == first["b"]["text"])
    assert again["id"] != first["id"]
    assert (again["status"], again["decided_by"]) == ("confirmed", "ana")


def test_analysis_reads_the_parse_stored_at_ingest_without_spacy(db):
    # A fresh interpreter: with every unit's parse stored, the analysis needs no
    # spaCy; a unit stored without one (an older database) is parsed again.
    before = listing(db)
    code = (
        "import json, sys\n"
        "from annotator.consistency.apply import analyse_article\n"
        "from annotator.store.db import Store\n"
        f"store = Store.open({str(db)!r})\n"
        f"article = store.article({SLUG!r})['id']\n"
        "first = analyse_article(store, article)\n"
        "assert 'spacy' not in sys.modules\n"
        "unit = store.conflict_candidates(article)[0]['a']['id']\n"
        "with store.write():\n"
        "    store.db.execute('UPDATE units SET parse = NULL WHERE id = ?', [unit])\n"
        "second = analyse_article(store, article)\n"
        "print(json.dumps([first.conflicts, first.duplicates, second.conflicts,\n"
        "                  'spacy' in sys.modules]))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # The seed's findings when every candidate claim was parsed again at analysis.
    first, duplicates, second, parsed = json.loads(done.stdout)
    assert first == second == len(before) and 4 <= len(before) <= 25
    assert (duplicates, parsed) == (7, True)
    assert listing(db) == before


def test_units_stored_without_a_parse_are_parsed_again_to_the_same_candidates(db):
    before = listing(db)
    execute_raw(db, "UPDATE units SET parse = NULL")
    store = Store.open(db)
    analyse_article(store, store.article(SLUG)["id"])  # loads the default pipeline
    store.close()
    assert listing(db) == before
