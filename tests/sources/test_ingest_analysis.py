"""Ingest computes the consistency analysis before it takes the write lock, and
writes the article, its units and the analysis in one short transaction."""

import re
import sqlite3

import pytest
from click.testing import CliRunner

from annotator.cli.main import cli
from annotator.consistency import apply as consistency_store
from annotator.consistency.apply import Plan, analyse_article, apply_plan
from annotator.nlp.model import load
from annotator.sources.pipeline import _chunks, ingest_sources
from annotator.sources.read import read_source
from annotator.store.db import Store
from tests.conftest import SEED

TEXT = (
    "Coffee and the heart\n\n"
    "Coffee raises blood pressure. Coffee lowers blood pressure.\n\n"
    "Coffee raises blood pressure.\n"
)


def source(text=TEXT, slug="coffee"):
    return read_source(f"{slug}.txt", text.encode(), slug=slug)


def contents(path):
    conn = sqlite3.connect(path)
    try:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()
            for table in ("articles", "units", "conflicts", "suggestions")
        }
    finally:
        conn.close()


def test_the_analysis_is_computed_while_another_writer_holds_the_lock(db_path, monkeypatch):
    store = Store.open(db_path)
    # Waiting for the lock fails fast: an ingest that took the lock before its
    # analysis would fail here with "database is locked".
    store.db.execute("PRAGMA busy_timeout = 200")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    seen = []
    find_conflicts = consistency_store.find_conflicts

    def while_locked(*args, **kwargs):
        seen.append((other.in_transaction, store.db.conn.in_transaction))
        found = find_conflicts(*args, **kwargs)
        other.execute("ROLLBACK")  # the other writer is done once the analysis is
        return found

    monkeypatch.setattr(consistency_store, "find_conflicts", while_locked)
    (result,) = list(ingest_sources(store, [source()], load))
    assert seen == [(True, False)]
    assert (result.status, result.duplicates, result.conflicts) == ("new", 1, 1)
    (candidate,) = store.conflict_candidates(result.article_id)
    assert (candidate["a"]["text"], candidate["b"]["text"]) == (
        "Coffee raises blood pressure.", "Coffee lowers blood pressure.",
    )
    other.close()
    store.close()


def test_an_ingest_interrupted_while_writing_its_analysis_leaves_nothing(db_path, monkeypatch):
    store = Store.open(db_path)

    def explode(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(Store, "replace_conflicts", explode)
    with pytest.raises(KeyboardInterrupt):
        list(ingest_sources(store, [source()], load))
    monkeypatch.undo()
    assert store.db["articles"].count == 0 and store.db["units"].count == 0
    (result,) = list(ingest_sources(store, [source()], load))
    assert (result.status, result.conflicts) == ("new", 1)
    store.close()


def test_ingest_stores_what_analysing_the_stored_article_finds(tmp_path):
    db = tmp_path / "claims.db"
    result = CliRunner().invoke(cli, ["ingest", str(SEED), "-d", str(db)])
    assert result.exit_code == 0, result.output
    found = re.search(r"7 repeated claims; (\d+) conflict candidates", result.stderr)
    assert found, result.stderr
    before = contents(db)
    store = Store.open(db)
    again = analyse_article(store, store.article(SEED.stem)["id"])
    store.close()
    assert (again.duplicates, again.conflicts) == (7, int(found.group(1)))
    assert contents(db) == before


def test_an_article_stored_meanwhile_gets_no_second_analysis(db_path, monkeypatch):
    store = Store.open(db_path)
    list(ingest_sources(store, [source()], load))
    before = contents(db_path)
    # Another ingest stores the same text between ingest's first look and its
    # write: the look finds nothing, add_article then finds the text stored.
    looks = iter([None])
    unchanged = store.unchanged
    monkeypatch.setattr(store, "unchanged", lambda *args: next(looks, unchanged(*args)))

    def apply_plan(*args, **kwargs):
        raise AssertionError("analysis written for an unchanged article")

    monkeypatch.setattr(consistency_store, "apply_plan", apply_plan)
    (result,) = list(ingest_sources(store, [source()], load))
    assert (result.status, result.duplicates, result.conflicts) == ("unchanged", 0, 0)
    assert contents(db_path) == before
    store.close()


def test_a_plan_names_units_by_position(db_path):
    store = Store.open(db_path)
    (result,) = list(ingest_sources(store, [source()], load))
    plan = Plan(units=2, duplicates=[], conflicts=[], suggestions=[])
    with pytest.raises(ValueError, match="a plan for 2 units, not 4"):
        apply_plan(store, result.article_id, plan)
    store.close()


def test_parallel_ingest_stores_what_one_process_stores(tmp_path):
    # -j 2 hands whole articles to worker processes (segmentation and analysis);
    # the database must not differ from a one-process ingest in anything but time.
    texts = [SEED.read_text(encoding="utf-8"), TEXT, TEXT.replace("Coffee", "Tea"),
             "Salt and water\n\nSalt raises blood pressure. Water does not.\n"]
    # Enough short articles that a worker takes several at once.
    texts += [f"Drug {n}\n\nDrug {n} raises blood pressure by {n} mmHg. It lowers heart "
              f"rate.\n" for n in range(20)]
    reviewed = tmp_path / "reviewed.db"
    store = Store.open(reviewed)
    list(ingest_sources(store, [source(TEXT, "earlier")], load))
    unit = store.query("SELECT id FROM units WHERE kind = 'claim' ORDER BY seq LIMIT 1")[0]
    store.record_review(unit["id"], "ann", verdict="supported", rationale="So it is.")
    store.close()
    databases = []
    for jobs in (1, 2):
        path = tmp_path / f"j{jobs}.db"
        path.write_bytes(reviewed.read_bytes())
        store = Store.open(path)
        sources = [source(text, f"a{n}") for n, text in enumerate(texts)]
        results = list(ingest_sources(store, sources, load, jobs=jobs))
        assert [r.slug for r in results] == [f"a{n}" for n in range(len(texts))]
        store.close()
        databases.append(path)
    one, two = (without_times(contents(path)) for path in databases)
    assert one == two
    assert one["conflicts"] and one["suggestions"]  # the analysis ran in the workers


def test_workers_take_short_articles_a_few_at_a_time_and_long_ones_alone():
    short = [source(f"Claim {n} is stated here.\n", f"s{n}") for n in range(40)]
    long = source("A long claim is stated here. " * 1000, "long")
    todo = [*short[:20], long, *short[20:]]
    chunks = _chunks(todo, jobs=2)
    assert [s.slug for chunk in chunks for s in chunk] == [s.slug for s in todo]  # in order
    # 41 articles over 2 workers: up to 41 // 8 = 5 a share, four shares a worker or more.
    assert max(len(chunk) for chunk in chunks) == 5
    assert [long] in chunks  # 29,000 characters: alone
    # Few articles: one each, so both workers have work.
    assert [len(chunk) for chunk in _chunks(short[:4], jobs=2)] == [1, 1, 1, 1]


def without_times(tables):
    """Rows with the moment they were written (ingested_at, created_at) left out."""
    return {
        table: [tuple(v for v in row if not (isinstance(v, str) and re.fullmatch(
            r"\d{4}-\d\d-\d\dT[\d:.]+Z?(?:[+-]\d\d:\d\d)?", v))) for row in rows]
        for table, rows in tables.items()
    }
