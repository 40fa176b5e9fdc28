"""The store: migrations, refusing bad files, revisions, transactions."""

import hashlib
import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from sqlite_utils import Database

from annotator.errors import NoSuchArticle, NoSuchUnit, NotADatabase, SchemaTooNew
from annotator.nlp.parse import pack
from annotator.nlp.segmenter import Unit, segment
from annotator.store.db import Store
from annotator.store.migrations import migrations
from tests.conftest import digest

TEXT = "Heading\n\nKetamine is old. It blocks NMDA receptors.\n"


def units_of(text, pieces, kinds=None):
    """Units for the given substrings of ``text``, found left to right."""
    found, cursor = [], 0
    for index, piece in enumerate(pieces):
        start = text.index(piece, cursor)
        cursor = start + len(piece)
        kind = (kinds or {}).get(index, "claim")
        found.append(Unit(start, cursor, kind, piece, "Heading", False, piece.lower()))
    return found


def add(store, text=TEXT, pieces=("Heading", "Ketamine is old.", "It blocks NMDA receptors.")):
    sha = hashlib.sha256(text.encode()).hexdigest()
    return store.add_article(
        slug="k", text=text, sha256=sha, units=units_of(text, pieces, {0: "heading"}),
        model="test", title="Heading",
    )


@pytest.mark.sqlite_only  # SQLite's migrations table, pragmas or lock
def test_open_creates_schema_and_migrations_are_idempotent(db_path):
    store = Store.open(db_path)
    tables = set(store.db.table_names())
    assert {"articles", "units", "reviews", "conflicts", "units_fts"} <= tables
    assert "current_reviews" in store.db.view_names()
    applied = [m.name for m in migrations.applied(store.db)]
    migrations.apply(store.db)  # a second run applies nothing
    assert [m.name for m in migrations.applied(store.db)] == applied
    store.close()
    again = Store.open(db_path)
    assert [m.name for m in migrations.applied(again.db)] == applied
    assert again.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert again.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert again.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000


@pytest.mark.sqlite_only  # SQLite's migrations table, pragmas or lock
def test_units_keep_their_parse_and_older_units_have_none(db_path):
    # A database from before m005_unit_parse, with one unit.
    db = Database(db_path)
    migrations.apply(db, stop_before="m005_unit_parse")
    assert "parse" not in db["units"].columns_dict
    old = db["articles"].insert({"slug": "old", "text": "Zinc is cheap.", "sha256": "0",
                                 "revision": 1, "ingested_at": "2024-01-01"}).last_pk
    db["units"].insert({"article_id": old, "seq": 1, "start": 0, "end": 14,
                        "text": "Zinc is cheap.", "kind": "claim", "hedged": 0})
    db.close()
    store = Store.open(db_path)
    assert [u["parse"] for u in store.consistency_units(old)] == [None]
    text = "Zinc is cheap. It helps with colds.\n"
    sha = hashlib.sha256(text.encode()).hexdigest()
    new = store.add_article(slug="new", text=text, sha256=sha, units=segment(text),
                            model="test").article_id
    stored = store.consistency_units(new)
    assert [u["parse"] for u in stored] == [u.parse for u in segment(text)]
    assert json.loads(stored[1]["parse"])[1][:5] == ["helps", "help", "VERB", "VBZ", "ROOT"]
    store.close()


def test_not_sqlite_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n")
    before = digest(path)
    with pytest.raises(NotADatabase, match="not an SQLite database"):
        Store.open(path)
    assert digest(path) == before


@pytest.mark.sqlite_only  # SQLite's migrations table, pragmas or lock
def test_schema_newer_than_code_is_refused_untouched(db_path):
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
        "VALUES ('annotator', 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.close()
    before = digest(db_path)
    with pytest.raises(SchemaTooNew, match="m999_from_the_future"):
        Store.open(db_path)
    assert digest(db_path) == before


def test_add_article_and_lookups(db_path):
    store = Store.open(db_path)
    result = add(store)
    assert (result.slug, result.revision, result.status, result.units, result.claims) == (
        "k", 1, "new", 3, 2,
    )
    article = store.article("k")
    assert store.article(str(article["id"]))["slug"] == "k"
    rows = store.units(article["id"], kinds=["claim"])
    assert [(r["seq"], r["text"]) for r in rows] == [
        (2, "Ketamine is old."), (3, "It blocks NMDA receptors."),
    ]
    for row in store.units(article["id"]):
        assert article["text"][row["start"]:row["end"]] == row["text"]
    with pytest.raises(NoSuchArticle):
        store.article("nope")
    with pytest.raises(NoSuchUnit):
        store.unit("999")
    listed = store.articles()
    assert [(a["slug"], a["units"], a["claims"], a["reviewed"]) for a in listed] == [
        ("k", 3, 2, 0)
    ]


def test_a_long_article_is_stored_whole_batch_after_batch(db_path):
    # More units than one insert batch (500): the rows are made as they are
    # inserted, and every one arrives, in order, with its parse unpacked.
    sentences = [f"Dose {n} of zinc is {n} mg." for n in range(1, 1203)]
    text = "\n".join(sentences) + "\n"
    parsed = json.dumps([["Dose", "dose", "NOUN", "NN", "ROOT", 0, 0]])
    units = [replace(unit, kind="claim", packed=pack(parsed))
             for unit in units_of(text, sentences)]
    store = Store.open(db_path)
    sha = hashlib.sha256(text.encode()).hexdigest()
    result = store.add_article(slug="long", text=text, sha256=sha, units=units, model="test")
    assert (result.units, result.claims) == (1202, 1202)
    rows = store.consistency_units(result.article_id)
    assert [row["text"] for row in rows] == sentences
    assert {row["parse"] for row in rows} == {parsed}
    store.close()


def test_identical_text_is_a_no_op(db_path):
    store = Store.open(db_path)
    add(store)
    again = add(store)
    assert again.status == "unchanged" and again.revision == 1
    assert store.db["articles"].count == 1 and store.db["units"].count == 3


def test_new_revision_keeps_verdicts_of_unchanged_units(db_path):
    store = Store.open(db_path)
    add(store)
    old = {r["text"]: r["id"] for r in store.units(store.article("k")["id"])}
    with store.write() as db:
        db["reviews"].insert_all(
            [
                {"id": "e1", "unit_id": old["Ketamine is old."], "reviewer": "ana",
                 "role": "reviewer", "action": "tag", "verdict": "supported",
                 "created_at": "2026-01-01T00:00:00+00:00"},
                {"id": "e2", "unit_id": old["It blocks NMDA receptors."], "reviewer": "ana",
                 "role": "reviewer", "action": "tag", "verdict": "supported",
                 "created_at": "2026-01-01T00:00:01+00:00"},
            ]
        )
    changed = TEXT.replace("It blocks NMDA receptors.", "It blocks AMPA receptors.")
    result = add(store, changed, ("Heading", "Ketamine is old.", "It blocks AMPA receptors."))
    assert (result.status, result.revision, result.carried_reviews) == ("revised", 2, 1)
    new = store.units(store.article("k")["id"])
    by_text = {r["text"]: r for r in new}
    assert by_text["Ketamine is old."]["previous_unit_id"] == old["Ketamine is old."]
    assert by_text["It blocks AMPA receptors."]["previous_unit_id"] is None
    carried = store.query(
        "SELECT * FROM current_reviews WHERE unit_id = ?", [by_text["Ketamine is old."]["id"]]
    )
    assert [(c["verdict"], c["reviewer"], c["carried_from"]) for c in carried] == [
        ("supported", "ana", "e1")
    ]
    # The old revision and its events are still there.
    assert store.db["reviews"].count == 3
    assert [a["revision"] for a in store.articles(all_revisions=True)] == [1, 2]
    assert store.units(store.article("k")["id"], status="unreviewed")[1]["text"] == (
        "It blocks AMPA receptors."
    )


def test_interrupted_add_leaves_nothing(db_path, monkeypatch):
    store = Store.open(db_path)

    def explode(*args, **kwargs):
        raise KeyboardInterrupt

    # The article row is in; its units are not.
    monkeypatch.setattr(Store, "insert_rows", explode)
    with pytest.raises(KeyboardInterrupt):
        add(store)
    monkeypatch.undo()
    assert store.db["articles"].count == 0
    assert store.db["units"].count == 0
    assert add(store).status == "new"


@pytest.mark.sqlite_only  # SQLite's migrations table, pragmas or lock
def test_many_writes_waits_for_the_disk_once_at_the_end(db_path):
    store = Store.open(db_path)

    def synchronous():
        return store.db.execute("PRAGMA synchronous").fetchone()[0]

    assert synchronous() == 2  # FULL: a lone commit is on disk when it returns
    with pytest.raises(KeyboardInterrupt), store.many_writes():
        assert synchronous() == 1  # NORMAL: commits inside do not wait for the disk
        add(store)
        raise KeyboardInterrupt
    assert synchronous() == 2  # back to FULL, however the writes ended
    # The article committed inside is in the database file itself (checkpointed):
    # an immutable reader, which never looks at the write-ahead log, sees it.
    other = sqlite3.connect(f"{Path(db_path).absolute().as_uri()}?immutable=1", uri=True)
    assert other.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
    other.close()


@pytest.mark.sqlite_only  # SQLite's migrations table, pragmas or lock
def test_second_writer_waits_instead_of_failing(db_path):
    first = Store.open(db_path)
    second = Store.open(db_path)
    second.db.conn.execute("PRAGMA busy_timeout = 50")
    with first.write(), pytest.raises(sqlite3.OperationalError, match="locked"), second.write():
        pass
    with second.write() as db:  # once the first commits, the second goes ahead
        db["conflicts"].count  # noqa: B018


class _InterruptedAtBegin:
    """A connection on which Ctrl-C lands as ``BEGIN IMMEDIATE`` returns: the
    transaction is open, and the statement raises KeyboardInterrupt."""

    def __init__(self, conn):
        self._conn = conn

    def __getattr__(self, name):
        return getattr(self._conn, name)

    def execute(self, sql, *args):
        cursor = self._conn.execute(sql, *args)
        if sql == "BEGIN IMMEDIATE":
            raise KeyboardInterrupt
        return cursor


@pytest.mark.sqlite_only  # BEGIN IMMEDIATE is SQLite's
def test_ctrl_c_as_a_write_begins_leaves_no_transaction_open(tmp_path):
    # (seen in CI once: the open transaction then made many_writes' closing PRAGMA fail,
    # a traceback and exit 1 instead of Ctrl-C's one line and exit 130)
    store = Store.open(tmp_path / "claims.db")
    real = store.db.conn
    store.db.conn = _InterruptedAtBegin(real)
    try:
        with pytest.raises(KeyboardInterrupt), store.many_writes(), store.write():
            pass
    finally:
        store.db.conn = real
    assert not real.in_transaction
