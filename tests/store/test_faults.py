"""The database cannot be written: a read-only file, a full disk (a file size
limit), another command holding the lock past the busy timeout. Each is one line
on stderr, exit 1, and nothing changed."""

import os
import resource
import signal
import sqlite3
import subprocess
import sys

import pytest

from tests.conftest import ROOT, assert_one_line_error, digest
from tests.reviewing import REFERENCE, SLUG, invoke, seeded_copy

pytestmark = pytest.mark.sqlite_only  # faults of the SQLite file: permissions, disk, lock


def snapshot(db) -> dict:
    """Every row of every table: equal before and after means nothing changed."""
    conn = sqlite3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {t: conn.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    finally:
        conn.close()


@pytest.fixture
def db(tmp_path_factory, tmp_path):
    return seeded_copy(tmp_path_factory, tmp_path / "claims.db")


@pytest.mark.parametrize("args", [
    ["tag", "1", "supported", "-r", "ana"],
    ["import-reviews", REFERENCE, "-r", "ref"],
    ["relabel", "1", "heading", "-r", "ana"],
    ["remove", SLUG],
])
def test_a_read_only_database_is_refused_even_for_root(runner, db, args):
    before = snapshot(db)
    os.chmod(db, 0o444)
    try:
        result = invoke(runner, *args, "-d", db)
        assert_one_line_error(result, f"{db} is read-only and this command writes to it; "
                                      "nothing was changed")
        # Reading commands still work on it.
        listed = invoke(runner, "claims", SLUG, "-d", db)
        assert listed.exit_code == 0 and "ketamine" in listed.output.lower()
    finally:
        os.chmod(db, 0o644)
    assert snapshot(db) == before


def _limited(limit: int):
    def preexec():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return preexec


def test_a_full_disk_is_one_line_and_the_import_is_not_half_done(db):
    before = snapshot(db)
    # No file may grow past 64 KiB: importing the reference review needs more
    # (its write-ahead log), as a full disk would refuse it.
    done = subprocess.run(
        [sys.executable, "-m", "annotator", "import-reviews", str(REFERENCE), "-r", "ref",
         "-d", str(db)],
        capture_output=True, text=True, cwd=ROOT, preexec_fn=_limited(64 * 1024), timeout=120,
    )
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), done.stderr
    assert "nothing was changed" in lines[0]
    assert "full" in lines[0] or "I/O error" in lines[0]
    assert snapshot(db) == before
    # Room again: the same import goes through whole.
    again = subprocess.run(
        [sys.executable, "-m", "annotator", "import-reviews", str(REFERENCE), "-r", "ref",
         "-d", str(db)], capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert again.returncode == 0, again.stderr
    assert len(snapshot(db)["reviews"]) > len(before["reviews"])


def test_a_lock_held_past_the_busy_timeout_is_one_line_and_changes_nothing(runner, db):
    before = snapshot(db)
    holder = sqlite3.connect(db)
    holder.execute("BEGIN IMMEDIATE")  # another writer that does not let go
    try:
        result = invoke(runner, "tag", "1", "supported", "-r", "ana", "-d", db,
                        env={"ANNOTATOR_BUSY_TIMEOUT": "0.2"})
        assert_one_line_error(result, "the database is busy: another annotator command has "
                                      "been writing to it for over 0.2 s; nothing was changed")
    finally:
        holder.rollback()
        holder.close()
    assert snapshot(db) == before


def test_a_database_in_a_folder_that_does_not_exist_is_one_line(runner, tmp_path):
    missing = tmp_path / "nowhere" / "claims.db"
    result = invoke(runner, "tag", "1", "supported", "-r", "ana", "-d", missing)
    assert_one_line_error(result, f"no database at {missing}")
    assert not missing.parent.exists()


def test_the_seed_copy_is_untouched_by_reading(runner, db):
    before = digest(db)
    assert invoke(runner, "articles", "-d", db).exit_code == 0
    assert digest(db) == before
