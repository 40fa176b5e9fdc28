"""What users can get wrong or run into: missing or mistyped databases, a busy
database, huge ids, unreadable input, closed or full outputs. One line, no traceback."""

import sqlite3
import subprocess
import sys

import pytest

from annotator.cli.main import cli
from annotator.store.db import Store
from annotator.store.migrations import migrations
from tests.conftest import SEED, assert_one_line_error, digest, invoke


def test_reading_commands_never_create_a_database(tmp_path, runner):
    missing = tmp_path / "typo.db"
    for args in (["articles"], ["claims", "x"], ["search", "x"], ["report", "x"]):
        assert_one_line_error(invoke(runner, *args, "-d", missing), "no database at")
    assert not missing.exists()


def test_an_empty_file_is_not_turned_into_a_database(tmp_path, runner):
    empty = tmp_path / "notes.txt"
    empty.write_text("")
    assert_one_line_error(invoke(runner, "articles", "-d", empty), "is empty")
    assert empty.read_bytes() == b""


def test_database_in_a_missing_folder(tmp_path, runner):
    result = invoke(runner, "ingest", SEED, "-d", tmp_path / "nope" / "x.db")
    assert_one_line_error(result, "no folder")


@pytest.mark.parametrize("ref", ["99999999999999999999", "9223372036854775808", "１"])
def test_ids_beyond_sqlite_integers_are_not_found(seeded, runner, ref):
    assert_one_line_error(invoke(runner, "claims", ref, "-d", seeded), "no article")
    assert_one_line_error(invoke(runner, "history", ref, "-d", seeded), "no unit")
    result = invoke(runner, "conflicts", "ketamine-depression", "--confirm", ref, "-d", seeded)
    assert_one_line_error(result, "no conflict candidate")


def test_a_busy_database_is_a_one_line_error(seeded, runner):
    holder = sqlite3.connect(seeded)
    holder.execute("BEGIN IMMEDIATE")
    try:
        before = digest(seeded)
        result = runner.invoke(
            cli, ["tag", "5", "supported", "-r", "ana", "-d", str(seeded)],
            env={"ANNOTATOR_BUSY_TIMEOUT": "0.2"},
        )
        assert_one_line_error(result, "the database is busy")
        assert digest(seeded) == before
    finally:
        holder.rollback()
        holder.close()


def test_new_database_opened_by_many_processes_at_once_is_migrated_once(tmp_path):
    path = tmp_path / "race.db"
    code = f"from annotator.store.db import Store; Store.open({str(path)!r}).close()"
    procs = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True)
             for _ in range(6)]
    errors = [proc.communicate(timeout=120)[1] for proc in procs]
    assert [proc.returncode for proc in procs] == [0] * 6, errors
    store = Store.open(path)
    names = [m.name for m in migrations.applied(store.db)]
    assert len(names) == len(set(names)) and names
    store.close()


def test_unreadable_input_file(tmp_path, runner, db_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").symlink_to("/proc/self/mem")
    assert_one_line_error(invoke(runner, "ingest", folder / "a.txt", "-d", db_path), "a.txt")



def test_full_disk_on_stdout_is_one_line(seeded):
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "annotator", "claims", "1", "--all", "--json", "-d",
             str(seeded)], stdout=full, stderr=subprocess.PIPE, text=True,
        )
    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == ["Error: No space left on device"]


def test_closed_pipe_stops_quietly(seeded):
    shell = (f"{sys.executable} -m annotator claims 1 --all --json -d {seeded} | head -c 10")
    done = subprocess.run(["bash", "-c", "set -o pipefail; " + shell],
                          capture_output=True, text=True)
    assert done.stdout == "[\n  {\n    \""[:10]
    assert "Traceback" not in done.stderr and "Exception" not in done.stderr
