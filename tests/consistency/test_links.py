"""Conflicts reviewers add by hand: `conflicts --add`, the review loop's `l`
key, undo, merge, the report, and what re-analysis must leave alone."""

import json

import pytest

from annotator.consistency.apply import analyse_article
from annotator.store.db import Store
from tests.conftest import assert_one_line_error
from tests.engines import engine, execute_raw, refused_by_trigger  # noqa: F401 - engine: both
from tests.reviewing import SLUG, claims, invoke, seeded_copy

WHY = "within minutes against about an hour"


@pytest.fixture
def db(tmp_path_factory, tmp_path):
    return seeded_copy(tmp_path_factory, tmp_path / "claims.db")


def listing(runner, db, *args):
    result = invoke(runner, "conflicts", SLUG, "--json", "-d", db, *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def unit_with(db, words):
    return next(u for u in claims(db) if words in u["text"])


def events(db):
    store = Store.open(db)
    try:
        return [tuple(row.values()) for row in store.query(
            "SELECT action, unit_id, other_unit_id, value, reviewer FROM unit_events "
            "ORDER BY created_at, id")]
    finally:
        store.close()


def added(runner, db, a, b, reviewer="ana", why=WHY):
    result = invoke(runner, "conflicts", SLUG, "--add", a, b, "--why", why, "-r", reviewer,
                    "-d", db)
    assert result.exit_code == 0, result.output
    return result


def test_a_reviewer_links_two_claims_as_a_confirmed_conflict(runner, db):
    late, early = unit_with(db, "about an hour"), unit_with(db, "within minutes")
    result = added(runner, db, late["id"], early["id"])
    assert f"units {early['id']} and {late['id']} linked as a conflict by ana" in result.stderr
    (linked,) = [c for c in listing(runner, db) if c["reason"] == "reviewer"]
    # Stored in article order whichever unit was named first.
    assert (linked["a"]["id"], linked["b"]["id"]) == (early["id"], late["id"])
    assert (linked["status"], linked["decided_by"], linked["detail"]) == ("confirmed", "ana", WHY)
    assert linked["score"] == 1.0
    assert events(db) == [("link", early["id"], late["id"], WHY, "ana")]


def test_undo_takes_the_link_back_and_the_log_keeps_both(runner, db):
    late, early = unit_with(db, "about an hour"), unit_with(db, "within minutes")
    added(runner, db, early["id"], late["id"])
    result = invoke(runner, "undo", late["id"], "-r", "ana", "-d", db)
    assert result.exit_code == 0 and "undid your conflict link" in result.stderr
    (linked,) = [c for c in listing(runner, db) if c["reason"] == "reviewer"]
    assert linked["status"] == "withdrawn"
    assert [e[0] for e in events(db)] == ["link", "retract"]
    # Linked again: confirmed again, one row.
    added(runner, db, early["id"], late["id"], why="again")
    rows = [c for c in listing(runner, db) if c["reason"] == "reviewer"]
    assert [(c["status"], c["detail"]) for c in rows] == [("confirmed", "again")]
    with pytest.raises(refused_by_trigger(), match="append-only"):
        execute_raw(db, "DELETE FROM unit_events")


def test_undo_reaches_the_latest_change_of_verdict_or_link(runner, db):
    early, late = unit_with(db, "within minutes"), unit_with(db, "about an hour")
    added(runner, db, early["id"], late["id"])
    invoke(runner, "tag", early["id"], "contradictory", "-r", "ana", "-d", db)
    result = invoke(runner, "undo", early["id"], "-r", "ana", "-d", db)
    assert "now untagged" in result.stderr  # the verdict came last
    assert [c["status"] for c in listing(runner, db) if c["reason"] == "reviewer"] == ["confirmed"]


def test_reanalysis_keeps_links(runner, db):
    early, late = unit_with(db, "within minutes"), unit_with(db, "about an hour")
    added(runner, db, early["id"], late["id"])
    store = Store.open(db)
    analyse_article(store, store.article(SLUG)["id"])
    store.close()
    assert [c["detail"] for c in listing(runner, db) if c["reason"] == "reviewer"] == [WHY]


@pytest.mark.parametrize("args, fragment", [
    (("--add", "{a}", "{a}", "--why", "x"), "cannot contradict itself"),
    (("--add", "{a}", "999999", "--why", "x"), "no unit '999999'"),
    (("--add", "{a}", "{b}", "--why", "   "), "--why is empty"),
])
def test_bad_links_are_refused_with_one_line_and_nothing_written(runner, db, args, fragment):
    a, b = (u["id"] for u in claims(db)[:2])
    before = listing(runner, db)
    filled = [arg.format(a=a, b=b) for arg in args]
    result = invoke(runner, "conflicts", SLUG, *filled, "-r", "ana", "-d", db)
    assert_one_line_error(result, fragment)
    assert listing(runner, db) == before and events(db) == []


def test_add_without_why_is_a_usage_error(runner, db):
    a, b = (u["id"] for u in claims(db)[:2])
    result = invoke(runner, "conflicts", SLUG, "--add", a, b, "-r", "ana", "-d", db)
    assert result.exit_code == 2 and "--add needs --why" in result.stderr
    assert events(db) == []


def test_a_unit_of_another_article_cannot_be_linked(runner, db, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Other article\n\nCoffee raises blood pressure.\n", "utf-8")
    invoke(runner, "ingest", other, "-d", db)
    store = Store.open(db)
    foreign = store.units(store.article("other")["id"])[-1]["id"]
    store.close()
    result = invoke(runner, "conflicts", SLUG, "--add", claims(db)[0]["id"], foreign,
                    "--why", "x", "-r", "ana", "-d", db)
    assert_one_line_error(result, f"unit {foreign} is not in {SLUG}")


def test_the_review_key_links_the_current_claim_by_search_and_z_undoes_it(runner, db):
    first, late = claims(db)[0], unit_with(db, "about an hour")
    result = invoke(runner, "review", SLUG, "-d", db, "-r", "ana",
                    input=f"l\nabout an hour\n{WHY}\nq\n")
    assert f"Linked as a conflict: this claim and unit {late['id']}." in result.stdout
    assert events(db) == [("link", first["id"], late["id"], WHY, "ana")]
    result = invoke(runner, "review", SLUG, "-d", db, "-r", "ana",
                    input=f"l\nabout an hour\n{WHY}\nz\nq\n")
    assert "Undid the conflict link" in result.stdout
    assert [e[0] for e in events(db)] == ["link", "link", "retract"]


def test_the_review_key_takes_a_claim_number_and_refuses_nonsense(runner, db):
    first, third = claims(db)[0], claims(db)[2]
    result = invoke(runner, "review", SLUG, "-d", db, "-r", "ana",
                    input=f"l\n#{third['id']}\n{WHY}\nl\nno such words anywhere\n"
                          f"l\n{first['id']}\nq\n")
    assert f"and unit {third['id']}." in result.stdout
    assert "No claim 'no such words anywhere' here: nothing linked." in result.stdout
    assert "A claim cannot contradict itself: nothing linked." in result.stdout
    assert len(events(db)) == 1


def test_links_merge_both_ways_idempotently(runner, db, tmp_path_factory, tmp_path):
    other = seeded_copy(tmp_path_factory, tmp_path / "other.db")
    early, late = unit_with(db, "within minutes"), unit_with(db, "about an hour")
    added(runner, other, early["id"], late["id"], reviewer="ben")
    invoke(runner, "undo", early["id"], "-r", "ben", "-d", other)
    added(runner, other, early["id"], late["id"], reviewer="ben", why="again")
    result = invoke(runner, "merge", other, "-d", db)
    assert "3 new events" in result.stderr
    assert events(db) == events(other)
    assert [(c["status"], c["detail"], c["decided_by"]) for c in listing(runner, db)
            if c["reason"] == "reviewer"] == [("confirmed", "again", "ben")]
    assert "0 new events" in invoke(runner, "merge", other, "-d", db).stderr
    invoke(runner, "merge", db, "-d", other)
    assert events(db) == events(other)


def test_the_report_lists_a_link_once_with_the_confirmed_conflicts(runner, db):
    early, late = unit_with(db, "within minutes"), unit_with(db, "about an hour")
    added(runner, db, early["id"], late["id"])
    report = invoke(runner, "report", SLUG, "-d", db).stdout
    confirmed = report.split("## The article contradicts itself (1)")[1].split("## ")[0]
    assert f"found by a reviewer: {WHY}" in confirmed and late["text"] in confirmed
    possible = report.split("## Possible contradictions")[1]
    assert "within minutes vs about an hour" not in possible
