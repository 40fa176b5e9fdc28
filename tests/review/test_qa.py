"""QA findings on the review log: old revisions, imports that would overwrite a
reviewer's work, merging what cannot be merged, loose review files, empty
values and reviewer names. Each test failed before its fix."""

import json
import os
import sqlite3

import pytest

from annotator import identity
from annotator.errors import BadReviewerName, NoReviewer, OldRevision
from annotator.store.db import Store
from tests.reviewing import (
    REFERENCE,
    SLUG,
    assert_one_line_error,
    claims,
    digest,
    invoke,
    rows,
    seeded_copy,
    verdicts,
)

OLD = "Ketamine is a general anesthetic that has been in use since the 1950s."
NEW = OLD.replace("1950s", "1960s")


@pytest.fixture
def db(tmp_path_factory, tmp_path):
    return seeded_copy(tmp_path_factory, tmp_path / "claims.db")


def unit_with(db, text, article=SLUG):
    store = Store.open(db)
    try:
        return next(u for u in store.units(store.article(article)["id"]) if u["text"] == text)
    finally:
        store.close()


def settled(db):
    """The file's digest once the WAL is checkpointed (so a refused command that
    wrote nothing leaves exactly these bytes)."""
    Store.open(db).close()
    return digest(db)


@pytest.fixture
def revised(runner, db, tmp_path, seed_text):
    """The seed article at revision 2: one claim changed (1950s → 1960s)."""
    changed = tmp_path / "changed.txt"
    changed.write_text(seed_text.replace(OLD, NEW), encoding="utf-8")
    result = invoke(runner, "ingest", changed, "--slug", SLUG, "-d", db)
    assert "revision 2" in result.stderr
    return db


# 1. Old revisions ------------------------------------------------------------------


def test_tag_and_undo_refuse_a_unit_of_an_old_revision(runner, revised, tmp_path):
    db = revised
    store = Store.open(db)
    first, latest = store.article("1"), store.article(SLUG)
    old_units = store.units(first["id"], kinds=("claim",))
    store.close()
    kept = next(u for u in old_units if u["text"] != OLD)  # unchanged in revision 2
    successor = unit_with(db, kept["text"])["id"]
    changed = next(u for u in old_units if u["text"] == OLD)
    before = settled(db)

    result = invoke(runner, "tag", kept["id"], "c", "-r", "zoe", "-d", db)
    assert_one_line_error(
        result,
        f"unit {kept['id']} is in revision 1 of {SLUG}, not the latest (revision 2, "
        f"article id {latest['id']}); its text is unit {successor} there: use that id",
    )
    result = invoke(runner, "tag", changed["id"], "s", "-r", "zoe", "-d", db)
    assert_one_line_error(result, "its text is not in the latest revision (changed or removed")
    assert_one_line_error(invoke(runner, "undo", kept["id"], "-r", "zoe", "-d", db),
                          f"its text is unit {successor} there")
    assert digest(db) == before and rows(db) == []

    # The library refuses too, whatever calls it.
    store = Store.open(db)
    with pytest.raises(OldRevision):
        store.record_review(kept["id"], "zoe", verdict="supported")
    with pytest.raises(OldRevision):
        store.retract_review(kept["id"], "zoe")
    store.close()

    # The id it names works, and history still reads the old unit.
    assert invoke(runner, "tag", successor, "c", "-r", "zoe", "-d", db).exit_code == 0
    assert verdicts(db, "zoe")[successor]["verdict"] == "contradictory"
    history = invoke(runner, "history", kept["id"], "-d", db)
    assert history.exit_code == 0 and history.stdout.startswith(f"unit {kept['id']}: ")


def test_tag_follows_the_text_through_several_revisions(runner, revised, tmp_path, seed_text):
    db = revised
    third = tmp_path / "third.txt"
    third.write_text(seed_text.replace(OLD, NEW.replace("1960s", "1970s")), encoding="utf-8")
    invoke(runner, "ingest", third, "--slug", SLUG, "-d", db)
    store = Store.open(db)
    first = store.units(store.article("1")["id"], kinds=("claim",))[1]
    store.close()
    newest = unit_with(db, first["text"])["id"]
    result = invoke(runner, "tag", first["id"], "s", "-r", "zoe", "-d", db)
    assert_one_line_error(result, f"revision 1 of {SLUG}, not the latest (revision 3, ")
    assert f"its text is unit {newest} there" in result.stderr


def test_review_of_an_old_revision_reviews_the_latest_with_a_warning(runner, revised):
    db = revised
    result = invoke(runner, "review", "1", "-r", "ana", "-d", db, input="s\nq\n")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == (
        f"Warning: article 1 is revision 1 of 2 of {SLUG}; reviewing the latest, article id 2"
    )
    (event,) = rows(db)
    assert event["unit_id"] == claims(db)[0]["id"]  # a unit of revision 2
    assert verdicts(db)[event["unit_id"]]["verdict"] == "supported"


def test_adjudicate_an_old_revision_decides_on_the_latest(runner, revised):
    db = revised
    unit = claims(db)[0]["id"]
    invoke(runner, "tag", unit, "s", "-r", "ana", "-d", db)
    invoke(runner, "tag", unit, "c", "-r", "ben", "-d", db)
    result = invoke(runner, "adjudicate", "1", "-r", "eve", "-d", db, input="c\nq\n")
    assert result.exit_code == 0, result.output
    assert "reviewing the latest, article id 2" in result.stderr
    assert verdicts(db, "eve")[unit]["role"] == "editor"


# 2. import-reviews never replaces a reviewer's different current verdict ----------------


def test_import_keeps_a_different_current_verdict_unless_replace(runner, db):
    unit = unit_with(db, OLD)["id"]
    invoke(runner, "tag", unit, "s", "-r", "ana", "--rationale", "my careful rationale",
           "--evidence", "PMID: 1", "-d", db)
    mine = verdicts(db)[unit]

    result = invoke(runner, "import-reviews", REFERENCE, "-r", "ana", "--json", "-d", db)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"Warning: kept the current verdict of ana on 1 unit (id {unit}) where the file says "
        "otherwise; --replace to overwrite them",
        "Imported 42/42 reviews: 55 new events, 0 already present, 0 unmatched, 1 kept",
    ]
    assert json.loads(result.stdout)["kept"] == {"ana": [unit]}
    assert verdicts(db)[unit] == mine  # verdict, rationale and PMID as she left them
    assert len(verdicts(db)) > 40  # everything else came in

    before = rows(db)
    again = invoke(runner, "import-reviews", REFERENCE, "-r", "ana", "-d", db)
    assert "0 new events, 55 already present" in again.stderr and rows(db) == before

    replaced = invoke(runner, "import-reviews", REFERENCE, "-r", "ana", "--replace", "-d", db)
    assert replaced.stderr.splitlines()[0] == (
        f"Replaced the current verdict of ana on 1 unit (id {unit}) with the file's "
        "(the earlier one stays in the log)"
    )
    now = verdicts(db)[unit]
    assert now["verdict"] == "contradictory" and now["supersedes"] == mine["id"]
    log = rows(db)
    assert log[: len(before)] == before and len(log) == len(before) + 1  # appended only
    assert "0 new events" in invoke(runner, "import-reviews", REFERENCE, "-r", "ana",
                                    "--replace", "-d", db).stderr


def test_import_of_what_the_reviewer_already_says_adds_nothing(runner, db, tmp_path):
    unit = unit_with(db, OLD)["id"]
    invoke(runner, "tag", unit, "u", "--rationale", "No source.", "-r", "ana", "-d", db)
    path = tmp_path / "same.jsonl"
    path.write_text(json.dumps({"quote": OLD, "verdict": "unsupported",
                                "rationale": "No source."}) + "\n")
    result = invoke(runner, "import-reviews", path, "-a", SLUG, "-r", "ana", "-d", db)
    assert result.stderr == "Imported 1/1 reviews: 0 new events, 1 already present, 0 unmatched\n"
    assert len(rows(db)) == 1


def test_a_later_export_of_the_same_work_continues_it(runner, db, tmp_path, tmp_path_factory):
    laptop = seeded_copy(tmp_path_factory, tmp_path / "laptop.db")
    unit = unit_with(db, OLD)["id"]
    invoke(runner, "tag", unit, "s", "-r", "ana", "-d", laptop)
    first = tmp_path / "first.jsonl"
    invoke(runner, "export-reviews", SLUG, "-o", first, "-d", laptop)
    invoke(runner, "import-reviews", first, "-r", "x", "-d", db)
    invoke(runner, "tag", unit, "c", "--rationale", "Approved in 1970.", "-r", "ana",
           "-d", laptop)
    second = tmp_path / "second.jsonl"
    invoke(runner, "export-reviews", SLUG, "-o", second, "-d", laptop)
    result = invoke(runner, "import-reviews", second, "-r", "x", "-d", db)
    assert "kept" not in result.stderr  # the file holds all her events: it continues them
    assert verdicts(db)[unit]["verdict"] == "contradictory"
    # Newer work the file does not know about is kept...
    invoke(runner, "tag", unit, "s", "-r", "ana", "-d", db)
    invoke(runner, "tag", unit, "u", "-r", "ana", "-d", laptop)
    third = tmp_path / "third.jsonl"
    invoke(runner, "export-reviews", SLUG, "-o", third, "-d", laptop)
    result = invoke(runner, "import-reviews", third, "-r", "x", "-d", db)
    assert f"kept the current verdict of ana on 1 unit (id {unit})" in result.stderr
    assert verdicts(db)[unit]["verdict"] == "supported"
    # ...while older history that changes nothing current comes in as history.
    invoke(runner, "tag", unit, "c", "-r", "ana", "-d", db)
    history = invoke(runner, "import-reviews", third, "-r", "x", "--json", "-d", db)
    assert json.loads(history.stdout)["kept"] == {} and "1 new events" in history.stderr
    assert verdicts(db)[unit]["verdict"] == "contradictory"


# 3. merge refuses what it cannot merge faithfully -------------------------------------


@pytest.mark.sqlite_only  # writes SQLite's migrations table
def test_merge_refuses_a_database_with_a_newer_schema(runner, db, tmp_path, tmp_path_factory):
    other = seeded_copy(tmp_path_factory, tmp_path / "other.db")
    invoke(runner, "tag", claims(other)[0]["id"], "s", "-r", "ben", "-d", other)
    conn = sqlite3.connect(other)
    with conn:
        conn.execute("ALTER TABLE reviews ADD COLUMN confidence REAL")
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
            "VALUES ('annotator', 'm999_review_confidence', '2030-01-01')"
        )
    conn.close()
    before, theirs = settled(db), digest(other)
    result = invoke(runner, "merge", other, "-d", db)
    assert_one_line_error(
        result, f"{other} was written by a newer annotator (unknown migrations: "
        "m999_review_confidence); upgrade annotator to use it",
    )
    assert digest(db) == before and digest(other) == theirs and rows(db) == []


@pytest.mark.sqlite_only  # the same file under another name
def test_merge_refuses_the_database_itself(runner, db, tmp_path):
    invoke(runner, "tag", claims(db)[0]["id"], "s", "-r", "ana", "-d", db)
    before = settled(db)
    assert_one_line_error(invoke(runner, "merge", db, "-d", db),
                          "is the database being merged into")
    link = tmp_path / "link.db"
    os.symlink(db, link)
    assert_one_line_error(invoke(runner, "merge", link, "-d", db),
                          "is the database being merged into")
    assert digest(db) == before
    assert_one_line_error(invoke(runner, "merge", "", "-d", db), "OTHER is empty", code=2)


# 4. Loose review files ----------------------------------------------------------------


def write_lines(path, *lines):
    path.write_text("".join(json.dumps(line) + "\n" for line in lines))
    return path


def test_a_single_reason_may_be_a_string(runner, db, tmp_path):
    path = write_lines(tmp_path / "one.jsonl",
                       {"quote": OLD, "verdict": "contradictory", "reasons": "outdated"})
    result = invoke(runner, "import-reviews", path, "-a", SLUG, "-r", "ana", "-d", db)
    assert result.exit_code == 0, result.output
    assert verdicts(db)[unit_with(db, OLD)["id"]]["reasons"] == ["outdated"]


@pytest.mark.parametrize(
    "extra, fragment",
    [
        ({"reviewer": 7}, "reviewer must be a non-empty name, not 7"),
        ({"reviewer": "  "}, "reviewer must be a non-empty name, not '  '"),
        ({"reviewer": "\x1b[31mred"}, "reviewer name '\\x1b[31mred' contains control characters"),
        ({"reasons": 5}, "reasons must be a list of reason tags, not 5"),
        ({"reasons": [1]}, "reasons must be a list of reason tags, not [1]"),
        ({"reasons": "vibes"}, "unknown reason 'vibes'"),
        ({"sha256": 5, "article": SLUG}, "sha256 must be text"),
        ({"article": ["x"]}, "article must be text"),
        ({"start": "12"}, "start must be a character offset (an integer), not '12'"),
        ({"events": "abc"}, "events must be a list of objects"),
        ({"events": [{"unit_start": 1}]}, "every item of events needs its id"),
    ],
)
def test_review_file_fields_of_the_wrong_type_are_one_line_errors(
    runner, db, tmp_path, extra, fragment
):
    path = write_lines(tmp_path / "bad.jsonl", {"quote": OLD, "verdict": "supported", **extra})
    before = settled(db)
    result = invoke(runner, "import-reviews", path, "-a", SLUG, "-r", "ana", "-d", db)
    assert_one_line_error(result, f"bad.jsonl:1: {fragment}")
    assert digest(db) == before


def test_quotes_matching_a_small_part_or_no_claim_are_warned_about(runner, db, tmp_path):
    title = unit_with(db, "Ketamine: A Drug That Could Revolutionize Depression Treatment")
    claim = unit_with(db, OLD)
    path = write_lines(
        tmp_path / "loose.jsonl",
        {"quote": "Ketamine", "verdict": "supported"},
        {"quote": "general anesthetic", "verdict": "supported"},
        {"quote": OLD, "verdict": "supported"},  # a whole claim: no warning
    )
    result = invoke(runner, "import-reviews", path, "-a", SLUG, "-r", "ana", "-d", db)
    length = title["end"] - title["start"]
    assert result.stderr.splitlines() == [
        f"Warning: line 1: the quote 'Ketamine' is only part of unit {title['id']}, a heading "
        f"(8 of {length} characters) and matches no claim; imported anyway, check it",
        f"Warning: line 2: the quote 'general anesthetic' is only part of unit {claim['id']}, "
        f"a claim (18 of {len(OLD)} characters); imported anyway, check it",
        "Imported 3/3 reviews: 3 new events, 0 already present, 0 unmatched",
    ]


def test_the_reference_review_needs_no_warning(runner, db):
    # Its one review of a promo line quotes the whole line: deliberate, not a slip.
    result = invoke(runner, "import-reviews", REFERENCE, "-r", "ana", "-d", db)
    assert not [line for line in result.stderr.splitlines() if line.startswith("Warning")]


def test_a_file_named_after_no_article_says_where_it_went(runner, db, tmp_path):
    path = write_lines(tmp_path / "zzz.jsonl", {"quote": OLD, "verdict": "supported"},
                       {"quote": "Fast-acting", "verdict": "supported"})
    result = invoke(runner, "import-reviews", path, "-r", "ana", "-d", db)
    assert result.stderr.splitlines()[0] == (
        f"Warning: 2 lines put into {SLUG} (id 1), the only article here: the file name "
        "'zzz.jsonl' names none (pass --article to choose)"
    )
    named = write_lines(tmp_path / f"{SLUG}.review.jsonl", {"quote": OLD, "verdict": "supported"})
    quiet = invoke(runner, "import-reviews", named, "-r", "ben", "-d", db)
    assert not quiet.stderr.startswith("Warning")
    elsewhere = write_lines(tmp_path / f"{SLUG}.x.jsonl",
                            {"quote": OLD, "verdict": "supported", "article": "sleep-facts"})
    moved = invoke(runner, "import-reviews", elsewhere, "-r", "cy", "-d", db)
    assert moved.stderr.splitlines()[0] == (
        f"Warning: line 1: no article 'sleep-facts' here; put into {SLUG} (id 1) instead"
    )


# 5. Empty values are given values ---------------------------------------------------------


@pytest.mark.parametrize(
    "args, fragment",
    [
        (["conflicts", SLUG, "--confirm", "", "-r", "ana"], "--confirm is empty"),
        (["conflicts", SLUG, "--dismiss", "", "-r", "ana"], "--dismiss is empty"),
        (["export-reviews", ""], "ARTICLE is empty"),
        (["export-reviews", "  "], "ARTICLE is empty"),
        (["export-reviews", "--by", ""], "--by is empty"),
        (["import-reviews", str(REFERENCE), "-a", "", "-r", "ana"], "--article is empty"),
    ],
)
def test_empty_values_are_one_line_usage_errors(runner, db, args, fragment):
    invoke(runner, "tag", claims(db)[0]["id"], "s", "-r", "ana", "-d", db)
    before = settled(db)
    result = invoke(runner, *args, "-d", db)
    assert_one_line_error(result, fragment, code=2)
    assert result.stdout == "" and digest(db) == before


# 6. Reviewer names ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["\x1b[31mred", "ana\x07", "ana\tbell", "a\nb", "eve\u202e",
                                  "\x9bx"])
def test_reviewer_names_with_control_characters_are_refused(runner, db, name):
    before = settled(db)
    result = invoke(runner, "tag", claims(db)[0]["id"], "s", "-r", name, "-d", db)
    assert_one_line_error(result, f"reviewer name {name!r} contains control characters")
    assert "\x1b" not in result.stderr and digest(db) == before
    env = invoke(runner, "tag", claims(db)[0]["id"], "s", "-d", db,
                 env={"ANNOTATOR_REVIEWER": name})
    assert_one_line_error(env, "contains control characters")
    assert rows(db) == []


def test_reviewer_names_are_stripped_and_never_empty(runner, db, monkeypatch):
    unit = claims(db)[0]["id"]
    invoke(runner, "tag", unit, "s", "-r", "\n  Dr   Ana Lima \t", "-d", db)
    assert [r["reviewer"] for r in rows(db)] == ["Dr Ana Lima"]
    assert identity.clean_name("Zoë  Ng") == "Zoë Ng"
    with pytest.raises(NoReviewer):
        identity.clean_name(" \t ")
    monkeypatch.setattr(identity, "git_user_name", lambda: "\x1b]0;pwned\x07Eve")
    with pytest.raises(BadReviewerName, match=r"git config user\.name"):
        identity.resolve_reviewer(None)
    store = Store.open(db)
    with pytest.raises(BadReviewerName):
        store.record_review(unit, "\x1b[2Jx", verdict="supported")
    store.close()


def test_a_revision_ingested_during_a_session_is_not_written_to(runner, db, tmp_path,
                                                                seed_text, monkeypatch):
    from annotator.review import session as review_module

    changed = tmp_path / "changed.txt"
    changed.write_text(seed_text.replace(OLD, NEW), encoding="utf-8")
    real = review_module._apply

    def ingest_first(session, *args):  # another reviewer ingests revision 2 meanwhile
        if not rows(db) and "revision 2" not in str(session.store.articles()):
            invoke(runner, "ingest", changed, "--slug", SLUG, "-d", db)
        return real(session, *args)

    monkeypatch.setattr(review_module, "_apply", ingest_first)
    result = invoke(runner, "review", SLUG, "-r", "ana", "-d", db, input="s\nq\n")
    assert result.exit_code == 0, result.output
    shown = " ".join(result.stdout.split())  # the message wraps on the screen
    assert "Not saved: unit " in shown and "not the latest (revision 2" in shown
    assert "This session: 0 tagged" in result.stdout and rows(db) == []


def test_reimport_after_the_reviewer_changed_a_verdict_keeps_it_or_replaces_it(runner, db):
    assert invoke(runner, "import-reviews", REFERENCE, "-r", "ana", "-d", db).exit_code == 0
    unit = unit_with(db, OLD)["id"]
    imported = verdicts(db)[unit]
    invoke(runner, "tag", unit, "supported", "--rationale", "changed my mind", "-r", "ana",
           "-d", db)
    changed = verdicts(db)[unit]

    kept = invoke(runner, "import-reviews", REFERENCE, "-r", "ana", "-d", db)
    assert kept.stderr.splitlines()[0] == (
        f"Warning: kept the current verdict of ana on 1 unit (id {unit}) where the file says "
        "otherwise; --replace to overwrite them"
    )
    assert verdicts(db)[unit] == changed

    before = rows(db)
    replaced = invoke(runner, "import-reviews", REFERENCE, "-r", "ana", "--replace", "-d", db)
    assert replaced.stderr.startswith(f"Replaced the current verdict of ana on 1 unit (id {unit})")
    now = verdicts(db)[unit]
    assert (now["verdict"], now["rationale"]) == (imported["verdict"], imported["rationale"])
    assert now["supersedes"] == changed["id"] and now["id"] != imported["id"]
    assert rows(db)[: len(before)] == before  # appended only

    after = rows(db)
    again = invoke(runner, "import-reviews", REFERENCE, "-r", "ana", "--replace", "-d", db)
    assert "0 new events" in again.stderr and rows(db) == after
