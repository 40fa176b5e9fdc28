"""Full-text search on both engines (FTS5 with the Porter stemmer on SQLite; a GIN
index on the English stems on PostgreSQL): same units found, best first."""

import json

from tests.conftest import invoke


def search(runner, db, *args):
    result = invoke(runner, "search", *args, "--json", "-d", db)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout) if result.stdout else []


def test_inflections_articles_kinds_and_reviewer_counts(seeded, runner, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Other Title\n\nEsketamine blocked NMDA receptors in one trial.\n")
    assert invoke(runner, "ingest", other, "-d", seeded).exit_code == 0
    rows = search(runner, seeded, "blocking receptor")
    assert {(r["article"], r["text"]) for r in rows} == {
        ("other", "Esketamine blocked NMDA receptors in one trial."),
        ("ketamine-depression", "It works by blocking the receptors in the brain that are "
         "responsible for feeling pain and sadness."),
        ("ketamine-depression", "It is an NMDA receptor antagonist, which blocks the "
         "communication between receptors in the brain and sends signals that lead to "
         "feelings of pleasure and happiness."),
    }
    assert [r["article"] for r in search(runner, seeded, "blocking receptor", "-a", "other")] \
        == ["other"]
    unit = rows[0]["id"]
    assert invoke(runner, "tag", unit, "supported", "-r", "ana", "-d", seeded).exit_code == 0
    again = {r["id"]: r["reviewers"] for r in search(runner, seeded, "blocking receptor")}
    assert again[unit] == 1 and sum(again.values()) == 1


def test_best_match_first_and_no_match(seeded, runner):
    rows = search(runner, seeded, "glutamate")
    assert rows and all("glutamate" in r["text"].lower() for r in rows)
    # The unit that says "glutamate" twice, in few words, ranks above one that says it once.
    counts = [r["text"].lower().count("glutamate") for r in rows]
    assert counts[0] == max(counts)
    none = invoke(runner, "search", "xylophone", "-d", seeded)
    assert none.exit_code == 0 and none.stdout == ""
    assert none.stderr.strip() == "No claims match 'xylophone'."
    # Operators are words, never syntax: no error on either engine.
    assert invoke(runner, "search", 'NOT " OR (', "-d", seeded).exit_code == 0
