"""The team database on PostgreSQL: `team init/add/list`, what the server
enforces (roles, own names, append-only logs), writers taking turns, 8
reviewers at once, merging both ways, and the README's walk-through, on a
server the test session starts itself (tests/pg.py)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import threading
import time

import psycopg
import pytest
from click.testing import CliRunner

from annotator.store.db import Store
from tests.conftest import ROOT, SEED, assert_one_line_error, digest, invoke

SLUG = "ketamine-depression"


def as_login(url: str, login: str) -> str:
    return url.replace("annotator_admin@", f"{login}@", 1)


@pytest.fixture
def team(make_pg_database, runner):
    """A team database: schema, the seed ingested by the editor eve, two
    reviewers ana and ben. Returns the owner's URL."""
    url = make_pg_database()
    ok(invoke(runner, "team", "init", url))
    for name, role in (("ana", "reviewer"), ("ben", "reviewer"), ("eve", "editor")):
        ok(invoke(runner, "team", "add", name, "--role", role, "-d", url))
    ok(invoke(runner, "ingest", SEED, "-d", as_login(url, "eve")))
    return url


def ok(result):
    assert result.exit_code == 0, result.output
    return result


def claim_ids(url: str) -> list[int]:
    store = Store.open(url)
    try:
        return [u["id"] for u in store.units(store.article(SLUG)["id"], kinds=["claim"])]
    finally:
        store.close()


def test_init_is_idempotent_and_lists_the_team(team, runner):
    again = ok(invoke(runner, "team", "init", team))
    assert again.stderr.startswith("Already set up: ")
    people = json.loads(ok(invoke(runner, "team", "list", "-d", team, "--json")).stdout)
    assert {(p["name"], p["role"]) for p in people} >= {
        ("ana", "reviewer"), ("ben", "reviewer"), ("eve", "editor")}
    ok(invoke(runner, "team", "add", "ben", "--role", "editor", "-d", team))
    people = json.loads(invoke(runner, "team", "list", "-d", team, "--json").stdout)
    assert ("ben", "editor") in {(p["name"], p["role"]) for p in people}
    ok(invoke(runner, "team", "add", "ben", "--role", "reviewer", "-d", team))


def test_a_database_without_the_schema_says_to_run_team_init(make_pg_database, runner):
    url = make_pg_database()
    assert_one_line_error(invoke(runner, "claims", SLUG, "-d", url), "run `annotator team init")


def test_a_password_in_the_url_is_never_printed(runner):
    url = "postgresql://ana:s3cret-pw@127.0.0.1:1/claims?connect_timeout=2"
    result = invoke(runner, "articles", "-d", url)
    assert result.exit_code == 1 and "s3cret-pw" not in result.output
    assert "cannot connect to postgresql://ana:***@127.0.0.1:1/claims" in result.stderr


def test_a_reviewer_records_under_their_login_only(team, runner):
    ana = as_login(team, "ana")
    unit = claim_ids(team)[0]
    tagged = ok(invoke(runner, "tag", unit, "supported", "-d", ana))
    assert tagged.output.startswith("ana: unit")
    refused = invoke(runner, "tag", unit, "unsupported", "-r", "ben", "-d", ana)
    assert_one_line_error(refused, "you record as your login 'ana'")
    # The server refuses it too, whatever the client does.
    with psycopg.connect(ana) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(
            "INSERT INTO reviews (id, unit_id, reviewer, role, action, verdict, created_at)"
            " VALUES ('x1', %s, 'ben', 'reviewer', 'tag', 'supported', '2026-01-01')", [unit])
    store = Store.open(team)
    assert [(r["reviewer"], r["verdict"]) for r in store.query("SELECT * FROM reviews")] == [
        ("ana", "supported")]
    store.close()


@pytest.mark.parametrize("statement", [
    "UPDATE reviews SET verdict = 'unsupported'",
    "DELETE FROM reviews",
    "UPDATE unit_events SET value = 'x'",
    "DELETE FROM conflict_decisions",
])
def test_the_server_refuses_a_reviewer_changing_the_event_logs(team, runner, statement):
    ana = as_login(team, "ana")
    ok(invoke(runner, "tag", claim_ids(team)[0], "supported", "-d", ana))
    with psycopg.connect(ana) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute(statement)
    # Not even the owner changes a logged event: the logs are append-only.
    with psycopg.connect(team) as conn, pytest.raises(psycopg.errors.RaiseException,
                                                      match="append-only"):
        conn.execute("UPDATE reviews SET verdict = 'unsupported'")


def test_a_reviewer_cannot_ingest_or_adjudicate(team, runner, tmp_path):
    ana = as_login(team, "ana")
    before = digest(team)
    other = tmp_path / "other.txt"
    other.write_text("Other\n\nZinc cures colds.\n")
    assert_one_line_error(invoke(runner, "ingest", other, "-d", ana), "permission denied")
    assert digest(team) == before
    eve = as_login(team, "eve")
    unit = claim_ids(team)[0]
    as_editor = ("tag", unit, "supported", "--role", "editor", "--rationale", "Checked.")
    assert_one_line_error(invoke(runner, *as_editor, "-d", ana), "only an editor")
    ok(invoke(runner, *as_editor, "-d", eve))


def test_writers_take_turns(team):
    first, second = Store.open(team), Store.open(team)
    order = []

    def write_second():
        with second.write():
            order.append("second")

    with first.write():
        thread = threading.Thread(target=write_second)
        thread.start()
        time.sleep(0.3)
        order.append("first")  # the second writer is still waiting for the lock
    thread.join(10)
    assert order == ["first", "second"]
    first.close()
    second.close()


def test_eight_reviewers_at_once_lose_nothing(make_pg_database, runner):
    url = make_pg_database()
    ok(invoke(runner, "team", "init", url))
    ok(invoke(runner, "ingest", SEED, "-d", url))
    names = [f"r{n}" for n in range(8)]
    for name in names:
        ok(invoke(runner, "team", "add", name, "--role", "reviewer", "-d", url))
    units = claim_ids(url)
    script = (
        "import sys\n"
        "from annotator.store.db import Store\n"
        "store = Store.open(sys.argv[1])\n"
        "units = [int(u) for u in sys.argv[3].split(',')]\n"
        "for n in range(250):\n"
        "    verdict = ('supported', 'unsupported')[n % 2]\n"
        "    store.record_review(units[n % len(units)], sys.argv[2], verdict=verdict,\n"
        "                        rationale=f'pass {n}')\n"
        "store.close()\n"
    )
    listed = ",".join(map(str, units))
    children = [subprocess.Popen([sys.executable, "-c", script, as_login(url, name), name,
                                  listed], cwd=ROOT, stderr=subprocess.PIPE, text=True)
                for name in names]
    for child in children:
        _, err = child.communicate(timeout=300)
        assert child.returncode == 0, err
    store = Store.open(url)
    counts = {row["reviewer"]: row["n"] for row in store.query(
        "SELECT reviewer, count(*) AS n FROM reviews GROUP BY reviewer")}
    store.close()
    assert counts == {name: 250 for name in names}


def test_merge_both_ways_between_a_train_and_the_team(team, runner, tmp_path):
    ana = as_login(team, "ana")
    units = claim_ids(team)
    ok(invoke(runner, "tag", units[0], "supported", "-d", ana))
    train = tmp_path / "train.db"  # ana's own copy, offline
    ok(invoke(runner, "ingest", SEED, "-d", train))
    ok(invoke(runner, "merge", team, "-d", train))
    ok(invoke(runner, "tag", units[1], "contradictory", "--reason", "dosage",
              "-r", "ana", "-d", train))
    # Back online: an editor merges the train's work into the team database.
    eve = as_login(team, "eve")
    first = ok(invoke(runner, "merge", train, "-d", eve))
    assert "1 new events, 1 already present" in first.stderr
    assert "0 new events, 2 already present" in ok(invoke(runner, "merge", train, "-d", eve)).stderr

    def exported(target):
        return sorted(ok(invoke(runner, "export-reviews", "-d", target)).stdout.splitlines())

    assert exported(team) == exported(train)


def walkthrough() -> list[str]:
    """The shell lines of README.md's team walk-through."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- team walk-through -->\n```bash\n(.*?)```", text, re.S)
    assert block, "README.md has no team walk-through"
    return block.group(1)


def test_the_readme_walkthrough_gives_the_report_sqlite_gives(pg_cluster, make_pg_database,
                                                              tmp_path):
    url = make_pg_database()
    dbname = url.split("/")[3].split("?")[0]
    query = url.split("?", 1)[1]
    # The README's server: postgresql://NAME@db.example.org:5432/claims → ours
    # (whose owner is annotator_admin).
    login = {"admin": "annotator_admin"}
    script = re.sub(r"postgresql://(\w+)@db\.example\.org:5432/claims",
                    lambda m: f"postgresql://{login.get(m[1], m[1])}@/{dbname}?{query}",
                    walkthrough())
    (tmp_path / "corpus").symlink_to(ROOT / "corpus")
    env = {**os.environ, "PATH": f"{os.path.dirname(sys.executable)}:{os.environ['PATH']}",
           "NO_COLOR": "1"}
    env.pop("ANNOTATOR_DB", None)
    run = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    team_report = (tmp_path / "team-report.md").read_text(encoding="utf-8")
    # The same events on SQLite: ingest the seed, merge the team's log in.
    local = tmp_path / "local.db"
    runner = CliRunner()
    ok(invoke(runner, "ingest", SEED, "-d", local))
    ok(invoke(runner, "merge", url, "-d", local))
    local_report = tmp_path / "local-report.md"
    ok(invoke(runner, "report", SLUG, "--format", "md", "-o", local_report, "-d", local))
    assert team_report == local_report.read_text(encoding="utf-8")
    assert "Editor (adjudication)" in team_report and "Reviewer 2" in team_report
    assert "Onset takes hours; the effect lasts days." in team_report


def test_only_the_owner_sets_up_and_adds_people(team, runner, make_pg_database):
    ana = as_login(team, "ana")
    assert_one_line_error(invoke(runner, "team", "add", "mallory", "--role", "editor",
                                 "-d", ana), "permission denied")
    # A database ana does not own: she cannot create the schema there either.
    other = make_pg_database()
    assert_one_line_error(invoke(runner, "team", "init", as_login(other, "ana")),
                          "the team database refused")
    assert_one_line_error(invoke(runner, "claims", SLUG, "-d", other), "team init")
