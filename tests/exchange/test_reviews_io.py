"""Reviews in and out: the reference review, export round trips, merge."""

import json
import shutil

import pytest

from annotator.exchange.quotes import covered_units, locate
from annotator.store.db import Store
from tests.reviewing import (
    REFERENCE,
    SLUG,
    assert_one_line_error,
    claims,
    digest,
    invoke,
    rows,
    seeded_copy,
    verdicts,
)

REFERENCE_LINES = [json.loads(line) for line in REFERENCE.read_text().splitlines()]
KEYS = ("quote", "start", "end", "verdict", "rationale", "evidence")
COLUMNS = ("id", "reviewer", "role", "action", "verdict", "reasons", "rationale", "evidence",
           "correction", "created_at", "supersedes", "carried_from", "quote")


@pytest.fixture
def db(tmp_path_factory, tmp_path):
    return seeded_copy(tmp_path_factory, tmp_path / "claims.db")


@pytest.fixture
def other(tmp_path_factory, tmp_path):
    return seeded_copy(tmp_path_factory, tmp_path / "other.db")


def log(db):
    """The review log with units as offsets, comparable across databases."""
    store = Store.open(db)
    try:
        return sorted(
            (*(event[c] for c in COLUMNS), event["unit_start"], event["unit_end"])
            for event in store.query(
                "SELECT r.*, u.start AS unit_start, u.end AS unit_end FROM reviews r "
                "JOIN units u ON u.id = r.unit_id"
            )
        )
    finally:
        store.close()


def test_reference_review_matches_all_42_quotes(runner, db, seed_text):
    result = invoke(runner, "import-reviews", REFERENCE, "-r", "ana", "--json", "-d", db)
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert (report["lines"], report["matched"], report["unmatched"]) == (42, 42, [])
    assert report["added"] == len(rows(db)) >= 42
    assert result.stderr.startswith("Imported 42/42 reviews: ")
    units = claims(db, kinds=None)
    mine = verdicts(db)
    for line in REFERENCE_LINES:
        covered = covered_units(units, (line["start"], line["end"]))
        assert covered, line["quote"]
        for unit in covered:
            assert mine[unit["id"]]["verdict"] == line["verdict"]
            assert mine[unit["id"]]["evidence"] == line["evidence"]
            assert mine[unit["id"]]["reviewer"] == "ana"
        # The units a quote covers are the quote, give or take the split separators.
        assert seed_text[covered[0]["start"]:covered[-1]["end"]] == line["quote"]


def test_importing_twice_adds_nothing(runner, db):
    invoke(runner, "import-reviews", REFERENCE, "-r", "ana", "-d", db)
    before = log(db)
    again = invoke(runner, "import-reviews", REFERENCE, "-r", "ana", "-d", db)
    assert again.exit_code == 0
    assert ": 0 new events, " in again.stderr and " 0 unmatched" in again.stderr
    assert log(db) == before
    # The same file from another reviewer is another review.
    ben = invoke(runner, "import-reviews", REFERENCE, "-r", "ben", "-d", db)
    assert len(log(db)) == 2 * len(before) and "0 already present" in ben.stderr


def test_import_never_overwrites_newer_work_silently(runner, db):
    invoke(runner, "import-reviews", REFERENCE, "-r", "ana", "-d", db)
    unit = covered_units(claims(db, kinds=None), (1754, 1824))[0]["id"]
    invoke(runner, "tag", unit, "supported", "-r", "ana", "-d", db)  # changes her mind
    invoke(runner, "import-reviews", REFERENCE, "-r", "ana", "-d", db)
    assert verdicts(db)[unit]["verdict"] == "supported"
    amended = [r for r in rows(db) if r["unit_id"] == unit]
    assert amended[-1]["supersedes"] == amended[0]["id"]


def test_export_writes_the_reference_back_and_round_trips(runner, db, other, tmp_path):
    invoke(runner, "import-reviews", REFERENCE, "-r", "ana", "-d", db)
    first = tmp_path / "ana.review.jsonl"
    result = invoke(runner, "export-reviews", SLUG, "-o", first, "-d", db)
    assert result.stderr == f"Exported 42 review lines to {first}\n"
    lines = [json.loads(line) for line in first.read_text().splitlines()]
    assert [{k: line[k] for k in KEYS} for line in lines] == REFERENCE_LINES
    assert {line["reviewer"] for line in lines} == {"ana"}
    # Into another copy: the very same events, and the very same export.
    imported = invoke(runner, "import-reviews", first, "-r", "someone-else", "-d", other)
    assert " 0 unmatched" in imported.stderr
    assert log(other) == log(db)
    again = invoke(runner, "export-reviews", "-d", other).stdout
    assert again == first.read_text()


def test_round_trip_keeps_notes_undo_amendments_and_roles(runner, db, other, tmp_path):
    units = [u["id"] for u in claims(db)[:3]]
    invoke(runner, "review", SLUG, "-r", "ana", "-d", db,
           input="r\nfirst thoughts\ne\nPMID 7\ns\nb\nx\nSay less.\nc\nz\nq\n")
    invoke(runner, "tag", units[2], "u", "--role", "editor", "--reason", "dosage", "-r", "eve",
           "-d", db)
    invoke(runner, "undo", units[0], "-r", "ana", "-d", db)
    store = Store.open(db)  # an event written before events kept their quote (m002)
    with store.write() as write:
        write["reviews"].insert({
            "id": "legacy-1", "unit_id": units[1], "reviewer": "old", "role": "reviewer",
            "action": "tag", "verdict": "supported", "reasons": "[]", "evidence": "[]",
            "created_at": "2020-01-01T00:00:00.000000+00:00",
        })
    store.close()
    exported = invoke(runner, "export-reviews", "-d", db).stdout
    actions = [json.loads(line)["action"] for line in exported.splitlines()]
    assert actions.count("note") == 2 and actions.count("retract") == 2
    path = tmp_path / "all.jsonl"
    path.write_text(exported)
    invoke(runner, "import-reviews", path, "-d", other, "-r", "x")
    assert log(other) == log(db)
    assert invoke(runner, "export-reviews", "-d", other).stdout == exported
    assert invoke(runner, "export-reviews", "--by", "eve", "-d", other).stdout.count("\n") == 1


def test_unmatched_quotes_are_reported(runner, db, tmp_path):
    path = tmp_path / "mixed.jsonl"
    good = dict(REFERENCE_LINES[0])
    moved = {"quote": "Ketamine  is a general anesthetic that has been in use since the 1950s.",
             "verdict": "supported", "rationale": "whitespace differs", "evidence": []}
    missing = {"quote": "Ketamine cures everything overnight.", "verdict": "contradictory",
               "rationale": "", "evidence": []}
    path.write_text("\n".join(json.dumps(x) for x in (good, moved, missing)) + "\n")
    result = invoke(runner, "import-reviews", path, "--article", SLUG, "-r", "ana", "-d", db)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "Warning: line 3: no unit matches 'Ketamine cures everything overnight.'",
        "Imported 2/3 reviews: 2 new events, 0 already present, 1 unmatched",
    ]
    Store.open(db).close()
    before = digest(db)
    strict = invoke(runner, "import-reviews", path, "--article", SLUG, "--strict",
                    "-r", "ben", "-d", db)
    assert_one_line_error(strict, "mixed.jsonl:3: no unit matches")
    assert digest(db) == before and "ben" not in {r["reviewer"] for r in rows(db)}


@pytest.mark.parametrize(
    "content, fragment",
    [
        ('{"quote": "x", "verdict": "supported"}\nnot json\n', "bad.jsonl:2: not JSON"),
        ('{"quote": "x", "verdict": "maybe"}\n', "bad.jsonl:1: unknown verdict 'maybe'"),
        ('{"quote": "x", "verdict": "s"}\n', "bad.jsonl:1: verdict must be supported"),
        ('[1, 2]\n', "bad.jsonl:1: expected a JSON object"),
        ('{"quote": "x", "verdict": "supported", "evidence": [{"kind": "isbn", "value": "1"}]}\n',
         "bad.jsonl:1: bad evidence: kind 'isbn'"),
        ('{"quote": "x", "verdict": "supported", "reasons": ["vibes"]}\n',
         "bad.jsonl:1: unknown reason 'vibes'"),
        ('{"quote": "x", "verdict": "supported", "created_at": "yesterday"}\n',
         "is not an ISO 8601 time"),
        ('{"quote": "x", "action": "retract"}\n', "a retract line needs the events it undoes"),
    ],
)
def test_bad_review_files_write_nothing(runner, db, tmp_path, content, fragment):
    path = tmp_path / "bad.jsonl"
    path.write_text(content)
    Store.open(db).close()
    before = digest(db)
    result = invoke(runner, "import-reviews", path, "--article", SLUG, "-r", "ana", "-d", db)
    assert_one_line_error(result, fragment)
    assert digest(db) == before


def test_missing_file_is_one_line(runner, db, tmp_path):
    result = invoke(runner, "import-reviews", tmp_path / "nope.jsonl", "-r", "ana", "-d", db)
    assert_one_line_error(result, "cannot read")


def test_locate_quotes(seed_text):
    quote = "Ketamine is a general anesthetic that has been in use since the 1950s."
    start = seed_text.index(quote)
    assert locate(seed_text, quote) == (start, start + len(quote))
    assert locate(seed_text, None, start, start + 8) == (start, start + 8)
    assert locate(seed_text, quote, start + 5, start + 20) == (start, start + len(quote))
    loose = quote.replace(" is a ", "\n is   a ")
    assert locate(seed_text, loose) == (start, start + len(quote))
    assert locate(seed_text, "Not in the article at all.") is None
    assert locate(seed_text, "  ") is None


def test_merge_is_idempotent_and_order_free(runner, db, other, tmp_path):
    units = [u["id"] for u in claims(db)[:2]]
    invoke(runner, "tag", units[0], "s", "-r", "ana", "-d", db)
    invoke(runner, "tag", units[1], "c", "-r", "ben", "-d", other)
    invoke(runner, "tag", units[0], "u", "-r", "ben", "-d", other)
    ours, theirs = log(db), log(other)
    before_other = digest(other)
    result = invoke(runner, "merge", other, "--json", "-d", db)
    assert result.stderr == f"Merged {other}: 2 new events, 0 already present\n"
    assert json.loads(result.stdout)["added"] == 2
    assert digest(other) == before_other  # only read
    assert log(db) == sorted(ours + theirs)
    again = invoke(runner, "merge", other, "-d", db)
    assert "0 new events, 2 already present" in again.stderr
    invoke(runner, "merge", db, "-d", other)
    assert log(other) == log(db)
    store = Store.open(db)
    finals = store.final_verdicts(store.article(SLUG)["id"])
    assert finals[units[0]]["verdict"] == "disagreement"
    store.close()


def test_merge_reports_articles_it_cannot_place(runner, db, tmp_path):
    elsewhere = tmp_path / "elsewhere.db"
    text = tmp_path / "sleep.txt"
    text.write_text("Sleep Facts\n\nAdults need seven hours of sleep.\n")
    invoke(runner, "ingest", text, "-d", elsewhere)
    store = Store.open(elsewhere)
    unit = store.units(store.article("sleep")["id"], kinds=["claim"])[0]["id"]
    store.close()
    invoke(runner, "tag", unit, "s", "-r", "ana", "-d", elsewhere)
    result = invoke(runner, "merge", elsewhere, "-d", db)
    assert result.stderr.splitlines() == [
        "Warning: 1 events on 'sleep' have no matching article text here "
        "(ingest the same text first)",
        f"Merged {elsewhere}: 0 new events, 0 already present",
    ]
    assert rows(db) == []


@pytest.mark.sqlite_only  # copies and breaks the SQLite file
def test_merge_refuses_what_is_not_a_database(runner, db, tmp_path):
    notes = tmp_path / "notes.db"
    notes.write_text("not a database")
    assert_one_line_error(invoke(runner, "merge", notes, "-d", db), "is not an SQLite database")
    assert_one_line_error(invoke(runner, "merge", tmp_path / "none.db", "-d", db),
                          "does not exist")
    plain = tmp_path / "plain.db"
    shutil.copy(db, plain)
    import sqlite3

    conn = sqlite3.connect(plain)
    conn.execute("DROP VIEW current_reviews")
    conn.execute("DROP TABLE reviews")
    conn.close()
    assert_one_line_error(invoke(runner, "merge", plain, "-d", db), "not an annotator database")


def test_which_article_a_file_is_about(runner, db, tmp_path):
    line = json.dumps(REFERENCE_LINES[0]) + "\n"
    named = tmp_path / "notes.jsonl"  # not named after the article: the only one is used
    named.write_text(line)
    assert "Imported 1/1 reviews" in invoke(runner, "import-reviews", named, "-r", "ana",
                                            "-d", db).stderr
    unknown = invoke(runner, "import-reviews", named, "--article", "nope", "-r", "ana", "-d", db)
    assert_one_line_error(unknown, "no article 'nope'")
    text = tmp_path / "sleep.txt"
    text.write_text("Sleep Facts\n\nAdults need seven hours of sleep.\n")
    invoke(runner, "ingest", text, "-d", db)  # now there are two articles
    result = invoke(runner, "import-reviews", named, "-r", "ben", "-d", db)
    assert result.stderr.splitlines()[0] == \
        "Warning: line 1: no article to put it in (pass --article)"
