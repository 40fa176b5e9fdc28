"""Reviewers correct the segmenter: relabel, split, join (commands and review
keys), undo, history, merge, the report and the gold export."""

import json

import pytest

from annotator.nlp.segmenter import KINDS
from annotator.store.db import Store
from annotator.store.unit_events import UNIT_KINDS
from tests.conftest import assert_one_line_error
from tests.reviewing import SLUG, claims, invoke, seeded_copy

TIMING = "it takes effect within minutes and lasts up to four hours."


@pytest.fixture
def db(tmp_path_factory, tmp_path):
    return seeded_copy(tmp_path_factory, tmp_path / "claims.db")


def units(db, kinds=None):
    return claims(db, kinds=kinds or KINDS)


def unit_with(db, text):
    return next(u for u in units(db) if u["text"] == text)


def log(db):
    store = Store.open(db)
    try:
        return [(row["action"], row["unit_id"], row["value"]) for row in store.query(
            "SELECT action, unit_id, value FROM unit_events ORDER BY created_at, id")]
    finally:
        store.close()


def ok(result):
    assert result.exit_code == 0, result.output
    return result


def test_unit_kinds_are_the_segmenters():
    assert UNIT_KINDS == KINDS


def test_split_makes_two_units_in_place_and_undo_takes_it_back(runner, db):
    timing = unit_with(db, TIMING)
    before = [u["text"] for u in units(db)]
    result = ok(invoke(runner, "split", timing["id"], "--before", "and lasts", "-r", "ana",
                       "-d", db))
    assert "split before 'and lasts'" in result.stderr
    texts = [u["text"] for u in units(db)]
    at = before.index(TIMING)
    assert texts[at : at + 2] == ["it takes effect within minutes",
                                  "and lasts up to four hours."]
    assert texts[:at] == before[:at] and texts[at + 2 :] == before[at + 1 :]
    piece = unit_with(db, "and lasts up to four hours.")
    assert piece["kind"] == "claim" and piece["section"] == timing["section"]
    ok(invoke(runner, "undo", piece["id"], "-r", "ana", "-d", db))
    assert [u["text"] for u in units(db)] == before
    assert [row[0] for row in log(db)] == ["split", "retract"]


def test_relabel_takes_a_unit_out_of_review_and_brings_one_in(runner, db):
    timing = unit_with(db, TIMING)
    ok(invoke(runner, "relabel", timing["id"], "meta", "-r", "ana", "-d", db))
    assert timing["id"] not in [u["id"] for u in claims(db)]
    listing = json.loads(ok(invoke(runner, "claims", SLUG, "--json", "-d", db)).stdout)
    assert timing["id"] not in [u["id"] for u in listing]
    heading = next(u for u in units(db) if u["kind"] == "heading")
    ok(invoke(runner, "relabel", heading["id"], "claim", "-r", "ana", "-d", db))
    assert heading["text"] in [u["text"] for u in claims(db)]
    history = ok(invoke(runner, "history", heading["id"], "-d", db)).stdout
    assert "relabel  relabelling of unit" in history and "as claim" in history


def test_join_makes_one_unit_of_two_neighbours(runner, db):
    first, second = units(db)[4:6]
    assert first["text"] == "Relatively safe"
    ok(invoke(runner, "join", first["id"], "-r", "ana", "-d", db))
    joined = units(db)[4]
    assert joined["text"] == first["text"] + "; " + second["text"]
    assert (joined["start"], joined["end"]) == (first["start"], second["end"])
    history = ok(invoke(runner, "history", joined["id"], "-d", db)).stdout
    assert f"join of units {first['id']} and {second['id']}" in history


@pytest.mark.parametrize("args, fragment", [
    (("split", "{timing}", "--before", "not in it"), "'not in it' is not in unit"),
    (("split", "{timing}", "--before", "it takes"), "leaves an empty piece"),
    (("join", "{timing}"), "ends its paragraph: no next unit to join"),
    (("relabel", "{timing}", "claim"), "is already claim"),
    (("relabel", "999999", "meta"), "no unit '999999'"),
])
def test_bad_corrections_are_one_line_and_write_nothing(runner, db, args, fragment):
    timing = unit_with(db, TIMING)
    before = units(db)
    result = invoke(runner, *[a.format(timing=timing["id"]) for a in args], "-r", "ana",
                    "-d", db)
    assert_one_line_error(result, fragment)
    assert units(db) == before and log(db) == []


def test_a_verdict_stays_on_what_it_was_given_and_the_report_shows_it(runner, db):
    timing = unit_with(db, TIMING)
    ok(invoke(runner, "tag", timing["id"], "contradictory", "--rationale", "an hour, not minutes",
              "-r", "ana", "-d", db))
    ok(invoke(runner, "split", timing["id"], "--before", "and lasts", "-r", "ana", "-d", db))
    result = invoke(runner, "tag", timing["id"], "supported", "-r", "ana", "-d", db)
    assert_one_line_error(result, f"unit {timing['id']} was corrected away")
    report = ok(invoke(runner, "report", SLUG, "-d", db)).stdout
    assert f"Unit {timing['id']}" in report and "[since split or joined by a reviewer]" in report
    assert "an hour, not minutes" in report
    piece = unit_with(db, "it takes effect within minutes")
    ok(invoke(runner, "tag", piece["id"], "unsupported", "-r", "ana", "-d", db))


def test_the_corrected_units_are_a_gold_file_that_scores_one_against_itself(
    runner, db, tmp_path
):
    timing = unit_with(db, TIMING)
    ok(invoke(runner, "split", timing["id"], "--before", "and lasts", "-r", "ana", "-d", db))
    ok(invoke(runner, "relabel", units(db)[4]["id"], "meta", "-r", "ana", "-d", db))
    gold = tmp_path / "corrected.units.jsonl"
    ok(invoke(runner, "export-units", SLUG, "--gold", "-o", gold, "-d", db))
    lines = [json.loads(line) for line in gold.read_text("utf-8").splitlines()]
    assert [(x["start"], x["end"], x["kind"], x["text"]) for x in lines] == [
        (u["start"], u["end"], u["kind"], u["text"]) for u in units(db)]
    assert {"text": "and lasts up to four hours."}.items() <= next(
        x for x in lines if x["text"].startswith("and lasts")).items()
    scored = json.loads(ok(invoke(runner, "evaluate", gold, "--article", SLUG, "--json",
                                  "-d", db)).stdout)
    assert scored["claims_exact"]["f1"] == 1.0 and scored["kind_accuracy"] == 1.0


def test_merge_carries_corrections_and_verdicts_on_pieces_both_ways(
    runner, db, tmp_path_factory, tmp_path
):
    other = seeded_copy(tmp_path_factory, tmp_path / "other.db")
    timing = unit_with(other, TIMING)
    ok(invoke(runner, "split", timing["id"], "--before", "and lasts", "-r", "ben", "-d", other))
    piece = unit_with(other, "and lasts up to four hours.")
    ok(invoke(runner, "tag", piece["id"], "supported", "-r", "ben", "-d", other))
    ok(invoke(runner, "join", piece["id"] - 1, "-r", "ben", "-d", other))
    ok(invoke(runner, "undo", piece["id"] - 1, "-r", "ben", "-d", other))
    result = ok(invoke(runner, "merge", other, "-d", db))
    # split, verdict, join, undo of the join
    assert "4 new events" in result.stderr and "Warning" not in result.stderr
    mine = [(u["start"], u["end"], u["kind"], u["text"]) for u in units(db)]
    theirs = [(u["start"], u["end"], u["kind"], u["text"]) for u in units(other)]
    assert mine == theirs
    here = unit_with(db, "and lasts up to four hours.")
    tagged = ok(invoke(runner, "history", here["id"], "--json", "-d", db)).stdout
    assert '"verdict": "supported"' in tagged
    assert "0 new events" in ok(invoke(runner, "merge", other, "-d", db)).stderr
    ok(invoke(runner, "merge", db, "-d", other))
    assert log(db) == log(other)


def review(runner, db, *keys):
    return invoke(runner, "review", SLUG, "-d", db, "-r", "ana",
                  input="".join(f"{key}\n" for key in keys))


def test_review_keys_correct_units_and_move_around(runner, db):
    timing = unit_with(db, TIMING)
    out = ok(review(runner, db, "g", f"#{timing['id']}", "p", "and lasts", "n", "", "m",
                    "/", "glutamate", "v", "q")).stdout
    # Another session of the same reviewer (another terminal) has nothing of its own to undo.
    assert "Nothing to undo in this session." in ok(review(runner, db, "z", "q")).stdout
    assert "Split unit" in out and "is now meta" in out
    assert "ends its paragraph: no next unit to join" in out
    texts = [u["text"] for u in claims(db)]
    assert "it takes effect within minutes" not in texts  # now meta
    assert "and lasts up to four hours." in texts
    # v printed the whole claim the search found.
    glutamate = next(t for t in texts if "glutamate" in t)
    assert glutamate in out.split("\n")
    assert [row[0] for row in log(db)] == ["split", "relabel"]
    # annotator undo takes back the reviewer's latest, wherever it was made.
    piece = next(u for u in units(db) if u["text"] == "it takes effect within minutes")
    assert "undid your relabelling" in ok(invoke(runner, "undo", piece["id"], "-r", "ana",
                                                 "-d", db)).stderr
    out = ok(review(runner, db, "g", str(piece["id"]), "p", "within minutes", "z", "q")).stdout
    assert f"Undid the split of unit {piece['id']}." in out
    assert "it takes effect within minutes" in [u["text"] for u in claims(db)]


def test_review_keys_refuse_what_they_cannot_do_without_writing(runner, db):
    out = ok(review(runner, db, "g", "9999", "/", "no such words", "n", "nonsense",
                    "p", "not in the unit", "q")).stdout
    assert "No claim #9999 here." in out
    assert "No claim contains 'no such words'." in out
    assert "Unknown kind 'nonsense': nothing changed." in out
    assert "Not saved: 'not in the unit' is not in unit" in out
    assert log(db) == []


def test_a_new_revision_keeps_the_corrections_of_unchanged_text(runner, db, tmp_path, seed_text):
    timing = unit_with(db, TIMING)
    ok(invoke(runner, "split", timing["id"], "--before", "and lasts", "-r", "ana", "-d", db))
    first = units(db)[4]
    ok(invoke(runner, "relabel", first["id"], "meta", "-r", "ana", "-d", db))
    old = "Ketamine is a general anesthetic that has been in use since the 1950s."
    changed = tmp_path / "changed.txt"
    changed.write_text("Added line.\n\n" + seed_text.replace(old, old.replace("1950s", "1960s")),
                       encoding="utf-8")
    result = ok(invoke(runner, "ingest", changed, "--slug", SLUG, "-d", db))
    assert "revision 2" in result.stderr
    texts = {(u["kind"], u["text"]) for u in units(db)}  # the latest revision
    assert ("claim", "it takes effect within minutes") in texts
    assert ("claim", "and lasts up to four hours.") in texts
    assert ("meta", first["text"]) in texts


def test_e_lists_what_is_cited_and_removes_one_item(runner, db):
    first = claims(db)[0]
    out = ok(review(runner, db, "e", "PMID: 31109201", "e", "doi:10.1000/XYZ", "e", "-1",
                    "e", "-7", "e", "PMID: abc", "q")).stdout
    assert "  1 PMID 31109201\n  2 doi:10.1000/XYZ\n" in out
    assert "Evidence removed: PMID 31109201" in out
    assert "Nothing removed: give -1 to -1." in out
    assert "Not saved: bad evidence: 'PMID: abc': a PMID is digits only" in out
    store = __import__("annotator.store.db", fromlist=["Store"]).Store.open(db)
    cited = store.reviewer_state(first["id"], "ana").evidence
    store.close()
    assert [e.label() for e in cited] == ["doi:10.1000/XYZ"]
