"""Every query the review loop makes reaches `units` and `reviews` through an
index: a full scan of either would make each key press grow with the whole
database (a second per key press at a million units before m011). The queries
of a real session (keys through `annotator review`) are recorded with their
parameters and each is explained with SQLite's EXPLAIN QUERY PLAN."""

import re
import sqlite3

import pytest

from tests.reviewing import SLUG, invoke, seeded_copy

pytestmark = pytest.mark.sqlite_only  # SQLite's EXPLAIN QUERY PLAN

BIG_TABLES = ("units", "reviews")


def aliases(sql: str) -> dict[str, str]:
    """Alias (or name) → table, for the big tables named in FROM and JOIN."""
    found = {}
    for table, alias in re.findall(
            r"(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(?!WHERE|JOIN|ON|LEFT|INNER|GROUP|ORDER"
            r"|LIMIT|USING)(\w+))?", sql, re.IGNORECASE):
        if table in BIG_TABLES:
            found[alias or table] = table
            found[table] = table
    return found


def full_scans(conn: sqlite3.Connection, sql: str, parameters) -> list[str]:
    plan = conn.execute(f"EXPLAIN QUERY PLAN {sql}", parameters).fetchall()
    # The view's own aliases count too: current_reviews reads reviews as r, undo, later.
    names = aliases(sql) | {"r": "reviews", "undo": "reviews", "later": "reviews",
                            "undo2": "reviews", "current_reviews": "reviews"}
    scans = []
    for *_, detail in plan:
        found = re.match(r"SCAN (\w+)(.*)", detail)
        if found and found.group(1) in names and "USING" not in found.group(2):
            scans.append(f"{detail}  ←  {' '.join(sql.split())[:160]}")
    return scans


def test_the_review_loop_never_scans_units_or_reviews(tmp_path_factory, tmp_path, recorded_sql,
                                                      runner):
    db = seeded_copy(tmp_path_factory, tmp_path / "claims.db")
    # Someone else's verdicts first, so that the loop's queries meet a real log.
    assert invoke(runner, "tag", "1", "supported", "-r", "bo", "-d", db).exit_code == 0
    recorded_sql.clear()
    keys = ["s", "c", "r", "Because.", "u", "b", "z", "e", "PMID 31109201", "k", "g", "#5",
            "s", "q"]
    result = invoke(runner, "review", SLUG, "-r", "ana", "-d", db,
                    input="".join(f"{key}\n" for key in keys))
    assert result.exit_code == 0, result.output
    queries = {}
    for sql, parameters in recorded_sql:
        if sql.lstrip().upper().startswith(("SELECT", "WITH")):
            queries.setdefault(sql, parameters)  # one plan per statement
    assert len(queries) > 20  # the loop's queries were seen
    conn = sqlite3.connect(db)
    try:
        scans = [scan for sql, parameters in queries.items()
                 for scan in full_scans(conn, sql, parameters)]
    finally:
        conn.close()
    assert scans == []
