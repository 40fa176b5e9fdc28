"""Scriptable reviews: tag, undo, history; errors write nothing; final verdicts."""

import json
import subprocess
import sys
from collections import Counter

import pytest

from annotator import identity
from annotator.errors import NoReviewer
from annotator.store.db import Store
from tests.conftest import ROOT
from tests.engines import engine  # noqa: F401 - runs on both engines
from tests.reviewing import (
    SLUG,
    assert_one_line_error,
    claims,
    digest,
    invoke,
    rows,
    seeded_copy,
    verdicts,
)


@pytest.fixture
def db(tmp_path_factory, tmp_path):
    return seeded_copy(tmp_path_factory, tmp_path / "claims.db")


@pytest.fixture
def unit(db):
    return claims(db)[0]["id"]


def test_tag_records_the_same_event_as_a_key_press(runner, db, unit):
    result = invoke(
        runner, "tag", unit, "contradictory", "--reason", "regulatory-status",
        "--reason", "1", "--rationale", "Only esketamine is approved.",
        "--evidence", "PMID: 31109201", "--evidence", "https://doi.org/10.1000/XYZ",
        "--correction", "Say: only esketamine is FDA-approved.", "-r", "ana", "--json", "-d", db,
    )
    assert result.exit_code == 0, result.output
    event = json.loads(result.stdout)[0]
    assert result.stderr == f"ana: unit {unit} contradictory (event {event['id']})\n"
    assert event["action"] == "tag" and event["role"] == "reviewer"
    assert event["reasons"] == ["overstated-certainty", "regulatory-status"]
    assert event["evidence"] == [
        {"kind": "pmid", "value": "31109201", "note": None},
        {"kind": "doi", "value": "10.1000/XYZ", "note": None},
    ]
    assert event["created_at"].endswith("+00:00")
    assert verdicts(db)[unit]["id"] == event["id"]


def test_retagging_amends_and_keeps_what_was_not_given(runner, db, unit):
    invoke(runner, "tag", unit, "s", "--rationale", "Agrees with the label.", "-r", "ana",
           "-d", db)
    invoke(runner, "tag", unit, "u", "--evidence", "doi:10.1000/abc", "-r", "ana", "-d", db)
    first, second = rows(db)
    assert second["supersedes"] == first["id"]
    assert (second["verdict"], second["rationale"]) == ("unsupported", "Agrees with the label.")
    assert first["verdict"] == "supported"  # never updated in place
    same = invoke(runner, "tag", unit, "unsupported", "-r", "ana", "-d", db)
    assert same.exit_code == 0
    assert "already unsupported; nothing changed" in same.stderr
    assert len(rows(db)) == 2


def test_reviewer_from_environment_and_git(runner, db, unit, tmp_path, monkeypatch):
    invoke(runner, "tag", unit, "s", "-d", db, env={"ANNOTATOR_REVIEWER": "Dr Ben"})
    assert verdicts(db, "Dr Ben")[unit]["verdict"] == "supported"
    config = tmp_path / "gitconfig"
    config.write_text("[user]\n\tname = Carla  Git\n")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", str(config))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.chdir(tmp_path)  # outside any repository with its own user.name
    assert identity.resolve_reviewer(None) == "Carla Git"
    monkeypatch.setattr(identity, "git_user_name", lambda: None)
    monkeypatch.setattr(identity.getpass, "getuser", lambda: "carla")
    assert identity.resolve_reviewer(None) == "carla"
    monkeypatch.setattr(identity, "login_name", lambda: "")
    with pytest.raises(NoReviewer):
        identity.resolve_reviewer(None)
    assert identity.resolve_reviewer("  Dr   Ana ") == "Dr Ana"


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["{unit}", "maybe"], "unknown verdict 'maybe'"),
        (["99999", "supported"], "no unit '99999'"),
        (["abc", "supported"], "no unit 'abc'"),
        (["{unit}", "supported", "-r", ""], "no reviewer name"),
        (["{unit}", "supported", "-r", "   "], "no reviewer name"),
        (["{unit}", "supported", "--reason", "vibes"], "unknown reason 'vibes'"),
        (["{unit}", "supported", "--evidence", " "], "bad evidence: empty"),
    ],
)
def test_tag_errors_write_nothing(runner, db, unit, args, fragment):
    invoke(runner, "tag", unit, "s", "-r", "ana", "-d", db)
    Store.open(db).close()  # settle the WAL so that the file itself can be compared
    before, count = digest(db), len(rows(db))
    args = [a.format(unit=unit) for a in args]
    if "-r" not in args:
        args += ["-r", "ana"]
    result = invoke(runner, "tag", *args, "-d", db)
    assert_one_line_error(result, fragment)
    assert digest(db) == before and len(rows(db)) == count


def test_an_article_before_the_unit_number_is_a_usage_error(runner, db, unit):
    result = invoke(runner, "tag", "ketamine-depression", unit, "supported", "-r", "ana",
                    "-d", db)
    assert result.exit_code == 2
    assert f"UNIT is a unit's number alone, as `annotator claims ketamine-depression` prints " \
           f"it: annotator tag {unit} …" in result.stderr
    assert "Traceback" not in result.stderr and rows(db) == []


def test_bad_role_is_a_usage_error(runner, db, unit):
    result = invoke(runner, "tag", unit, "s", "--role", "boss", "-r", "ana", "-d", db)
    assert result.exit_code == 2 and "'boss' is not one of" in result.stderr
    assert rows(db) == []


def test_undo_appends_retractions(runner, db, unit):
    invoke(runner, "tag", unit, "s", "-r", "ana", "-d", db)
    invoke(runner, "tag", unit, "c", "-r", "ana", "-d", db)
    first = invoke(runner, "undo", unit, "-r", "ana", "--json", "-d", db)
    assert first.stderr == f"ana: undid your latest change on unit {unit}; now supported\n"
    retraction = json.loads(first.stdout)[0]
    assert retraction["action"] == "retract" and retraction["verdict"] is None
    second = invoke(runner, "undo", unit, "-r", "ana", "-d", db)
    assert "now untagged" in second.stderr
    assert verdicts(db) == {}
    assert [r["action"] for r in rows(db)] == ["tag", "tag", "retract", "retract"]
    Store.open(db).close()
    before = digest(db)
    third = invoke(runner, "undo", unit, "-r", "ana", "-d", db)
    assert_one_line_error(third, f"ana has nothing to undo on unit {unit}")
    assert digest(db) == before
    other = invoke(runner, "undo", unit, "-r", "ben", "-d", db)  # ben never tagged it
    assert_one_line_error(other, "ben has nothing to undo")


def test_history_says_who_when_and_what_changed(runner, db, unit):
    invoke(runner, "tag", unit, "s", "-r", "ana", "-d", db)
    invoke(runner, "tag", unit, "c", "--rationale", "Approved in 1970.", "--reason", "outdated",
           "-r", "ana", "-d", db)
    invoke(runner, "tag", unit, "c", "-r", "ben", "-d", db)
    invoke(runner, "undo", unit, "-r", "ana", "-d", db)
    events = json.loads(invoke(runner, "history", unit, "--json", "-d", db).stdout)
    assert [(e["reviewer"], e["action"], e["change"]) for e in events] == [
        ("ana", "tag", "verdict supported"),
        ("ana", "tag", "verdict supported → contradictory; reasons +outdated; rationale added"),
        ("ben", "tag", "verdict contradictory"),
        ("ana", "retract",
         "undo: verdict contradictory → supported; reasons -outdated; rationale removed"),
    ]
    human = invoke(runner, "history", unit, "-d", db).stdout.splitlines()
    assert human[0].startswith(f"unit {unit}: ")
    assert len(human) == 5 and "ana (reviewer)  tag      verdict supported" in human[1]
    assert human[1][:4].isdigit() and human[1][10] == " "  # "YYYY-MM-DD HH:MM:SS"
    empty = invoke(runner, "history", claims(db)[1]["id"], "-d", db)
    assert empty.exit_code == 0 and empty.stderr == "No reviews yet.\n"


def test_final_verdicts_editor_wins_else_agreement(runner, db):
    a, b, c = (u["id"] for u in claims(db)[:3])
    for reviewer, unit, verdict, extra in [
        ("ana", a, "s", ["--reason", "dosage", "--evidence", "PMID: 1"]),
        ("ben", a, "s", ["--reason", "outdated", "--evidence", "PMID: 1", "--rationale", "ok"]),
        ("ana", b, "s", []), ("ben", b, "c", []), ("ana", c, "u", []),
    ]:
        invoke(runner, "tag", unit, verdict, *extra, "-r", reviewer, "-d", db)
    store = Store.open(db)
    article = store.article(SLUG)["id"]
    finals = store.final_verdicts(article)
    assert finals[a]["verdict"] == "supported" and finals[a]["decided_by"] == ["ana", "ben"]
    assert finals[a]["reasons"] == ["outdated", "dosage"]  # canonical order, union
    assert finals[a]["evidence"] == [{"kind": "pmid", "value": "1", "note": None}]
    assert finals[a]["rationale"] == "ok" and finals[a]["role"] == "reviewer"
    assert finals[b]["verdict"] == "disagreement" and finals[b]["decided_by"] == []
    assert finals[b]["votes"] == {"ana": "supported", "ben": "contradictory"}
    store.close()
    invoke(runner, "tag", b, "c", "--role", "editor", "--rationale", "Label says so.",
           "-r", "eve", "-d", db)
    store = Store.open(db)
    final = store.final_verdicts(article)[b]
    assert (final["verdict"], final["decided_by"], final["role"]) == (
        "contradictory", ["eve"], "editor",
    )
    assert final["reviewers"] == ["ana", "ben", "eve"] and final["rationale"] == "Label says so."
    finals = store.final_verdicts(article)
    assert Counter(f["verdict"] for f in finals.values()) == {
        "supported": 1, "contradictory": 1, "unsupported": 1,
    }
    claim_ids = {u["id"] for u in claims(db)}
    assert finals.keys() == {a, b, c} <= claim_ids  # 3 claims reviewed, the rest not
    current = store.current_reviews(article)
    assert Counter(op["reviewer"] for ops in current.values() for op in ops) == {
        "ana": 3, "ben": 2, "eve": 1,
    }
    assert len(store.review_events(article)) == 6
    store.close()


def test_review_commands_do_not_import_spacy(db, tmp_path, tmp_path_factory, unit):
    # Merging the database into itself is refused: another copy of the seed.
    other = seeded_copy(tmp_path_factory, tmp_path / "other.db")
    script = f"""
import sys
from click.testing import CliRunner
from annotator.cli.main import cli
db = {str(db)!r}
for args in (["tag", "{unit}", "s", "-r", "ana"], ["history", "{unit}"], ["undo", "{unit}",
             "-r", "ana"], ["export-reviews"], ["import-reviews", {str(tmp_path / 'x.jsonl')!r},
             "-r", "ana"], ["review", "{SLUG}", "-r", "ana"], ["merge", {str(other)!r}],
             ["agreement", "{SLUG}"], ["adjudicate", "{SLUG}", "-r", "eve"]):
    result = CliRunner().invoke(cli, [*args, "-d", db], input="q\\n")
    assert result.exit_code == 0, (args, result.output)
loaded = sorted(m for m in sys.modules if m.split(".")[0] == "spacy" or m == "annotator.nlp.model")
assert not loaded, loaded
print("ok")
"""
    (tmp_path / "x.jsonl").write_text("")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert done.stdout.strip() == "ok", done.stderr


def test_history_follows_the_text_into_a_new_revision(runner, db, unit, tmp_path, seed_text):
    invoke(runner, "tag", unit, "u", "--rationale", "No source.", "-r", "ana", "-d", db)
    changed = tmp_path / "changed.txt"
    old = "Ketamine is a general anesthetic that has been in use since the 1950s."
    changed.write_text(seed_text.replace(old, old.replace("1950s", "1960s")), encoding="utf-8")
    result = invoke(runner, "ingest", changed, "--slug", SLUG, "-d", db)
    assert "revision 2" in result.stderr and "1 verdicts kept" in result.stderr
    store = Store.open(db)
    text = store.unit(unit)["text"]
    new_unit = next(u for u in store.units(store.article(SLUG)["id"]) if u["text"] == text)
    store.close()
    events = json.loads(invoke(runner, "history", new_unit["id"], "--json", "-d", db).stdout)
    assert [(e["revision"], e["change"]) for e in events] == [
        (1, "verdict unsupported; rationale added"),
        (2, "verdict unsupported; rationale added (kept from the previous revision)"),
    ]
    by_slug = invoke(runner, "export-reviews", SLUG, "-d", db).stdout.splitlines()
    by_id = invoke(runner, "export-reviews", "1", "-d", db).stdout.splitlines()
    assert len(by_slug) == 2 and len(by_id) == 1
    assert json.loads(by_slug[0])["sha256"] == json.loads(by_id[0])["sha256"]


def test_same_verdict_as_editor_is_an_adjudication(runner, db, unit):
    invoke(runner, "tag", unit, "c", "-r", "eve", "-d", db)
    result = invoke(runner, "tag", unit, "c", "--role", "editor", "-r", "eve", "-d", db)
    assert "nothing changed" not in result.stderr
    assert [r["role"] for r in rows(db)] == ["reviewer", "editor"]
    store = Store.open(db)
    assert store.final_verdicts(store.article(SLUG)["id"])[unit]["role"] == "editor"
    store.close()
