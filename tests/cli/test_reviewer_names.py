"""A reviewer is one identity whatever the case and spacing of the name typed."""

import sqlite3

from tests.reviewing import invoke, seeded_copy


def test_names_differing_in_case_and_spaces_are_one_reviewer_shown_as_first_written(
    runner, tmp_path_factory, tmp_path
):
    db = seeded_copy(tmp_path_factory, tmp_path / "claims.db")
    invoke(runner, "tag", 10, "supported", "-r", "Dr Ana Lima", "-d", db)
    result = invoke(runner, "tag", 11, "unsupported", "-r", "  dr ana   LIMA ", "-d", db)
    assert result.stderr.startswith("Dr Ana Lima: unit 11 unsupported")
    undone = invoke(runner, "undo", 10, "-r", "DR ANA LIMA", "-d", db)
    assert undone.exit_code == 0, undone.output
    conn = sqlite3.connect(db)
    names = {row[0] for row in conn.execute("SELECT reviewer FROM reviews")}
    plan = " ".join(str(row) for row in conn.execute(
        "EXPLAIN QUERY PLAN SELECT reviewer FROM reviews WHERE lower(reviewer) = lower('x')"))
    conn.close()
    assert names == {"Dr Ana Lima"}
    assert "reviews_reviewer_lower" in plan


def test_an_adjudication_carries_the_evidence_of_the_reviewers_who_gave_that_verdict(
    runner, tmp_path_factory, tmp_path
):
    from annotator.store.db import Store

    db = seeded_copy(tmp_path_factory, tmp_path / "claims.db")
    invoke(runner, "tag", 10, "contradictory", "--reason", "outdated", "--rationale",
           "It takes about an hour.", "--evidence", "PMID: 31109201", "--correction",
           "It takes effect within an hour.", "-r", "ana", "-d", db)
    invoke(runner, "tag", 10, "supported", "-r", "ben", "-d", db)
    invoke(runner, "tag", 10, "contradictory", "--role", "editor", "-r", "eve", "-d", db)
    store = Store.open(db)
    final = store.final_verdicts(store.unit(10)["article_id"])[10]
    store.close()
    assert (final["verdict"], final["role"], final["decided_by"]) == (
        "contradictory", "editor", ["eve"])
    assert final["rationale"] == "It takes about an hour."
    assert final["correction"] == "It takes effect within an hour."
    assert final["reasons"] == ["outdated"]
    assert [e["value"] for e in final["evidence"]] == ["31109201"]
    # The editor's own rationale wins over the reviewers'.
    invoke(runner, "tag", 10, "contradictory", "--role", "editor", "--rationale", "Mine.",
           "-r", "eve", "-d", db)
    store = Store.open(db)
    final = store.final_verdicts(store.unit(10)["article_id"])[10]
    store.close()
    assert final["rationale"] == "Mine."
    assert final["correction"] == "It takes effect within an hour."


def test_a_session_without_r_says_whose_name_it_records(runner, tmp_path_factory, tmp_path,
                                                        monkeypatch):
    from annotator import identity

    db = seeded_copy(tmp_path_factory, tmp_path / "claims.db")
    monkeypatch.setattr(identity, "git_user_name", lambda: "Eve Editor")
    invoke(runner, "tag", 10, "supported", "-r", "ana", "-d", db)
    invoke(runner, "tag", 10, "unsupported", "-r", "ben", "-d", db)
    result = invoke(runner, "adjudicate", "ketamine-depression", "-d", db, input="q\n")
    assert ("Working as Eve Editor (from git config user.name); pass -r NAME to work as "
            "someone else.") in result.stderr
    result = invoke(runner, "review", "ketamine-depression", "-d", db, input="q\n")
    assert "Working as Eve Editor (from git config user.name)" in result.stderr
    assert "Eve Editor has tagged 0/" in result.stdout
    result = invoke(runner, "review", "ketamine-depression", "-r", "ana", "-d", db, input="q\n")
    assert "Working as" not in result.stderr
