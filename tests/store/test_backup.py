"""``annotator backup``: a consistent copy while another connection writes."""

import sqlite3
import threading

import pytest

from annotator.store.db import Store
from tests.conftest import assert_one_line_error, digest
from tests.reviewing import SLUG, claims, invoke, seeded_copy

pytestmark = pytest.mark.sqlite_only  # SQLite's online backup API and the file it writes


def test_backup_is_consistent_while_a_reviewer_writes(runner, tmp_path_factory, tmp_path):
    db = seeded_copy(tmp_path_factory, tmp_path / "claims.db")
    units = [u["id"] for u in claims(db)]
    stop = threading.Event()
    written = []

    def reviewer():
        # Each transaction tags two claims: a copy taken half-way through one
        # would hold an odd number of this reviewer's events.
        store = Store.open(db)
        try:
            n = 0
            while not stop.is_set():
                verdict = ("supported", "unsupported")[n % 2]
                with store.write():
                    for unit in units[:2]:
                        store.record_review(unit, "writer", verdict=verdict)
                n += 1
                written.append(n)
        finally:
            store.close()

    thread = threading.Thread(target=reviewer)
    thread.start()
    seen = []
    try:
        for i in range(8):
            out = tmp_path / f"copy-{i}.db"
            result = invoke(runner, "backup", out, "-d", db)
            assert result.exit_code == 0, result.output
            assert f"Backed up {db} to {out}" in result.stderr
            conn = sqlite3.connect(out)
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
            events = conn.execute(
                "SELECT count(*) FROM reviews WHERE reviewer = 'writer'").fetchone()[0]
            conn.close()
            assert events % 2 == 0, f"copy {i} holds half a transaction"
            seen.append(events)
            assert not list(tmp_path.glob(".copy-*.partial"))
            # The copy is an annotator database in its own right.
            listed = invoke(runner, "claims", SLUG, "-d", out, "--json")
            assert listed.exit_code == 0 and '"text"' in listed.output
    finally:
        stop.set()
        thread.join()
    assert written, "the writer never wrote"
    assert seen == sorted(seen) and seen[-1] > 0  # copies taken while it wrote


def test_backup_refuses_to_overwrite_or_copy_onto_itself(runner, tmp_path_factory, tmp_path):
    db = seeded_copy(tmp_path_factory, tmp_path / "claims.db")
    out = tmp_path / "copy.db"
    out.write_bytes(b"someone's file")
    assert_one_line_error(invoke(runner, "backup", out, "-d", db),
                          f"{out} exists; pass --force to replace it")
    assert out.read_bytes() == b"someone's file"
    before = digest(db)
    assert_one_line_error(invoke(runner, "backup", db, "-d", db, "--force"),
                          "is the database itself")
    assert digest(db) == before
    assert invoke(runner, "backup", out, "-d", db, "--force").exit_code == 0
    assert out.read_bytes().startswith(b"SQLite format 3\x00")
    missing = tmp_path / "nowhere" / "copy.db"
    assert_one_line_error(invoke(runner, "backup", missing, "-d", db),
                          f"cannot write {missing}: no folder")
