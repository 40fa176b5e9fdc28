"""Nothing a reviewer did is lost, and nothing outside annotator is touched:
another program's database, a file lying about its format, Unicode slugs,
removing an article, Ctrl-C in the middle of a parallel ingest."""

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT, SEED, assert_one_line_error, digest
from tests.reviewing import invoke, seeded_copy


@pytest.fixture
def foreign(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE patients (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO patients (name) VALUES ('A. Patient')")
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("args", [
    ["articles"], ["claims", "x"], ["search", "ketamine"], ["ingest", str(SEED)],
    ["tag", "1", "supported", "-r", "ana"], ["merge", str(SEED)],
])
def test_another_programs_database_is_refused_untouched(runner, foreign, args):
    before = digest(foreign)
    result = invoke(runner, *args, "-d", foreign)
    assert_one_line_error(result, f"{foreign} is not an annotator database "
                                  "(it holds other tables: patients)")
    assert digest(foreign) == before
    assert not foreign.with_name("other.db-wal").exists()


@pytest.mark.parametrize("head, what", [
    # Read as the PDF its bytes say it is (whatever the name), and this one is broken.
    (b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF\n", "a damaged PDF"),
    (b"PK\x03\x04\x14\x00\x06\x00", "a ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
])
def test_a_file_whose_name_lies_is_read_by_its_first_bytes(runner, tmp_path, head, what):
    lying = tmp_path / "article.txt"
    lying.write_bytes(head + b"plain words after the magic bytes\n" * 5)
    good = tmp_path / "good.txt"
    shutil.copy(SEED, good)
    db = tmp_path / "claims.db"
    result = invoke(runner, "ingest", lying, good, "-d", db)
    assert result.exit_code == 1
    assert f"Error: {lying}: {what}" in result.stderr
    if "PDF" not in what:
        assert "not text, whatever its name says" in result.stderr
    assert "good: new, revision 1" in result.stderr  # the good file of the same call
    assert result.stderr.endswith(f"Error: 1 of 2 inputs not ingested: {lying}\n")
    assert "Traceback" not in result.output


def test_unicode_file_names_and_slugs_and_slugs_typed_another_way(runner, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED, folder / "Café Ünïcode Article (v2).txt")
    shutil.copy(SEED, folder / "my_article.txt")
    db = tmp_path / "claims.db"
    assert invoke(runner, "ingest", folder, "-d", db).exit_code == 0
    result = invoke(runner, "ingest", SEED, "--slug", "café", "-d", db)
    assert result.exit_code == 0 and "café: new" in result.stderr
    slugs = {line.split()[1] for line in invoke(runner, "articles", "-d", db).stdout.splitlines()
             if line[:4].strip().isdigit()}
    assert slugs == {"café", "café-ünïcode-article-v2", "my-article"}
    for typed in ("my_article", "My-Article", "Café-Ünïcode-Article-v2"):
        assert invoke(runner, "claims", typed, "-d", db).exit_code == 0, typed
    close = invoke(runner, "claims", "my-artcle", "-d", db)
    assert_one_line_error(close, "no article 'my-artcle' (did you mean my-article?")


def test_remove_refuses_reviewed_work_unless_forced_and_exports_it_first(
    runner, tmp_path_factory, tmp_path, monkeypatch
):
    db = seeded_copy(tmp_path_factory, tmp_path / "claims.db")
    invoke(runner, "tag", 10, "contradictory", "--rationale", "an hour", "-r", "ana", "-d", db)
    before = digest(db)
    refused = invoke(runner, "remove", "ketamine-depression", "-d", db)
    assert_one_line_error(refused, "has 1 review events; pass --force")
    assert digest(db) == before
    monkeypatch.chdir(tmp_path)
    forced = invoke(runner, "remove", "ketamine-depression", "--force", "--export", "kept.jsonl",
                    "-d", db)
    assert forced.exit_code == 0, forced.output
    assert "Exported 1 review lines of ketamine-depression to kept.jsonl" in forced.stderr
    assert '"rationale": "an hour"' in (tmp_path / "kept.jsonl").read_text("utf-8")
    conn = sqlite3.connect(db)
    counts = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("articles", "units", "reviews", "conflicts", "units_fts")]
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    conn.close()
    assert counts == [0, 0, 0, 0, 0]
    assert {"conflict_decisions_no_delete", "unit_events_no_delete"} <= triggers
    # The exported work comes back on a fresh ingest.
    invoke(runner, "ingest", SEED, "-d", db)
    back = invoke(runner, "import-reviews", tmp_path / "kept.jsonl", "-a", "ketamine-depression",
                  "-d", db)
    assert "1 new events" in back.stderr


def test_remove_without_review_events_needs_no_force(runner, tmp_path_factory, tmp_path):
    db = seeded_copy(tmp_path_factory, tmp_path / "claims.db")
    result = invoke(runner, "remove", "ketamine-depression", "-d", db)
    assert result.stderr == "Removed ketamine-depression: 1 revision(s), 160 units\n"
    assert "No articles" in invoke(runner, "articles", "-d", db).stderr


def test_ctrl_c_in_a_parallel_ingest_is_one_line_exit_130_and_whole_articles(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(12):
        shutil.copy(SEED, folder / f"copy-{n:02}.txt")
    db = tmp_path / "claims.db"
    child = subprocess.Popen(
        [sys.executable, "-m", "annotator", "ingest", str(folder), "-j", "2", "-d", str(db)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True, env={**os.environ, "NO_COLOR": "1"},
    )
    first = child.stderr.readline()  # the first article stored
    assert first.startswith("copy-00: new"), first
    os.killpg(child.pid, signal.SIGINT)  # Ctrl-C at a terminal reaches the whole group
    start = time.monotonic()
    _, err = child.communicate(timeout=30)
    assert time.monotonic() - start < 10
    # (what it said goes with a failure: exit 1 was seen once, in a CI run on a machine
    # loaded by other work, and not again in 58 runs with and without load)
    assert child.returncode == 130, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert err.count("Interrupted; stored before that: copy-00") == 1
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    per_article = conn.execute(
        "SELECT count(u.id) FROM articles a LEFT JOIN units u ON u.article_id = a.id "
        "GROUP BY a.id").fetchall()
    conn.close()
    assert per_article and all(n == (160,) for n in per_article)  # whole articles only
