"""The interactive review loop, driven line by line through CliRunner(input=...)."""

import re

import pytest

from annotator.review.screen import View, render
from annotator.store.db import Store
from annotator.verdicts import ReviewState
from tests.reviewing import SLUG, claims, invoke, rows, seeded_copy, verdicts


@pytest.fixture
def db(tmp_path_factory, tmp_path):
    return seeded_copy(tmp_path_factory, tmp_path / "claims.db")


def review(runner, db, *keys, args=(), reviewer="ana"):
    """Run a session with one key (or typed text) per line."""
    text = "".join(f"{key}\n" for key in keys)
    return invoke(runner, "review", SLUG, "-d", db, "-r", reviewer, *args, input=text)


def positions(out):
    """The progress shown in each screen's header, in order (1-based)."""
    return [int(m.group(1)) for m in re.finditer(r" (\d+)/\d+$", out, re.M)]


def test_verdict_keys_save_and_move_on(runner, db):
    units = claims(db)
    result = review(runner, db, "s", "c", "u", "q")
    assert result.exit_code == 0, result.output
    mine = verdicts(db)
    assert {uid: v["verdict"] for uid, v in mine.items()} == {
        units[0]["id"]: "supported", units[1]["id"]: "contradictory",
        units[2]["id"]: "unsupported",
    }
    total = len(units)
    out = result.stdout
    assert positions(out) == [1, 2, 3, 4]
    assert f"Saved supported on 1/{total}." in out and f"Saved unsupported on 3/{total}." in out
    assert units[3]["text"][:40] in out  # the screen after the third verdict
    assert "This session: 3 tagged (1 supported, 1 contradictory, 1 unsupported); " \
        "3 changes saved, 0 undone, 0 skipped." in out
    assert f"ana has tagged 3/{total} claims of {SLUG}." in out
    assert f"Continue with: annotator review {SLUG} -r ana" in out
    assert "\x1b[" not in out  # no colour when stdout is not a terminal


def test_skip_and_back(runner, db):
    units = claims(db)
    total = len(units)
    result = review(runner, db, "k", "k", "b", "s", "q")
    assert result.exit_code == 0
    assert {uid: v["verdict"] for uid, v in verdicts(db).items()} == {
        units[1]["id"]: "supported"
    }
    out = result.stdout
    assert f"Skipped 1/{total}." in out and f"Skipped 2/{total}." in out
    assert f"Saved supported on 2/{total}." in out
    # b at the first claim goes nowhere
    again = review(runner, db, "g", str(units[0]["id"]), "b", "q")
    assert "This is the first one." in again.stdout
    assert "1 skipped." in result.stdout  # claim 1 skipped and never tagged


def test_details_before_the_verdict_are_saved_at_once_and_kept(runner, db):
    first = claims(db)[0]["id"]
    result = review(
        runner, db, "r", "Ketamine was approved in 1970.", "e", "doi:10.1000/XYZ  FDA label",
        "e", "PMID: 31109201", "x", "Say 1970, not the 1950s.", "t", "1 dosage", "c", "q",
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Rationale saved." in out and "Evidence added: doi:10.1000/XYZ (FDA label)" in out
    assert "Reasons: overstated-certainty, dosage." in out
    assert "you: no verdict yet · reasons overstated-certainty, dosage · rationale ✓" in out
    log = rows(db)
    assert [row["action"] for row in log] == ["note"] * 5 + ["tag"]
    verdict = verdicts(db)[first]
    assert verdict["verdict"] == "contradictory"
    assert verdict["rationale"] == "Ketamine was approved in 1970."
    assert verdict["correction"] == "Say 1970, not the 1950s."
    assert verdict["reasons"] == ["overstated-certainty", "dosage"]
    assert verdict["evidence"] == [
        {"kind": "doi", "value": "10.1000/XYZ", "note": "FDA label"},
        {"kind": "pmid", "value": "31109201", "note": None},
    ]


def test_amending_appends_an_event_that_supersedes(runner, db):
    first = claims(db)[0]["id"]
    review(runner, db, "s", "b", "r", "Two RCTs agree.", "e", "https://example.org/a", "q")
    log = rows(db)
    assert [row["action"] for row in log] == ["tag", "tag", "tag"]
    assert log[1]["supersedes"] == log[0]["id"] and log[2]["supersedes"] == log[1]["id"]
    assert log[0]["rationale"] is None  # the first event is untouched
    current = verdicts(db)[first]
    assert (current["verdict"], current["rationale"]) == ("supported", "Two RCTs agree.")
    assert current["evidence"] == [{"kind": "url", "value": "https://example.org/a", "note": None}]


def test_clearing_and_keeping_text(runner, db):
    first = claims(db)[0]["id"]
    review(runner, db, "r", "first try", "r", "", "x", "fix it", "x", "-", "s", "q")
    current = verdicts(db)[first]
    assert current["rationale"] == "first try" and current["correction"] is None


def test_undo_key(runner, db):
    units = claims(db)
    total = len(units)
    result = review(runner, db, "s", "c", "z", "z", "z", "q")
    out = result.stdout
    assert f"Undid verdict contradictory on 2/{total}." in out
    assert f"Undid verdict supported on 1/{total}." in out
    assert "Nothing to undo in this session." in out
    assert verdicts(db) == {}
    log = rows(db)
    assert [row["action"] for row in log] == ["tag", "tag", "retract", "retract"]
    assert log[2]["supersedes"] == log[1]["id"] and log[3]["supersedes"] == log[0]["id"]
    assert "This session: 0 tagged (0 supported, 0 contradictory, 0 unsupported); " \
        "2 changes saved, 2 undone, 0 skipped." in out


def test_undo_of_an_amendment_restores_the_earlier_verdict(runner, db):
    first = claims(db)[0]["id"]
    review(runner, db, "s", "b", "u", "z", "q")
    assert verdicts(db)[first]["verdict"] == "supported"


def test_resume_where_left(runner, db):
    units = claims(db)
    total = len(units)
    review(runner, db, "s", "k", "s", "q")  # tags 1 and 3, skips 2
    result = review(runner, db, "q")
    assert positions(result.stdout) == [4]  # where ana stopped
    assert units[3]["text"][:40] in result.stdout
    # Another reviewer starts at the first claim nobody has tagged.
    other = review(runner, db, "q", reviewer="ben")
    assert positions(other.stdout) == [2]
    # ben tags 2, then 3 (ana's verdict there is hers, not his).
    after = review(runner, db, "u", "s", "q", reviewer="ben")
    assert f"Saved unsupported on 2/{total}." in after.stdout
    assert positions(after.stdout) == [2, 3, 4]
    # Back for ana at the end of what she did, the skipped claim comes round again.
    review(runner, db, "g", str(units[-1]["id"]), "s", "q")
    assert positions(review(runner, db, "q").stdout) == [2]


def test_redo_walks_claims_already_tagged(runner, db):
    units = claims(db)
    total = len(units)
    review(runner, db, "s", "s", "q")
    result = review(runner, db, "c", "q", args=["--redo"])
    out = result.stdout
    assert positions(out) == [1, 2]
    assert "you: supported" in out  # the current verdict is shown
    mine = verdicts(db)
    assert mine[units[0]["id"]]["verdict"] == "contradictory"
    assert mine[units[1]["id"]]["verdict"] == "supported"
    assert mine[units[0]["id"]]["supersedes"] is not None
    # Pressing the verdict a claim already has writes nothing.
    before = len(rows(db))
    same = review(runner, db, "c", "q", args=["--redo"])
    assert f"Unchanged: contradictory on 1/{total}." in same.stdout
    assert len(rows(db)) == before


def test_all_kinds_walks_non_claims(runner, db):
    everything = claims(db, kinds=None)
    result = review(runner, db, "k", "s", "q", args=["--all-kinds"])
    out = result.stdout
    assert positions(out) == [1, 2, 3]
    assert f" 1/{len(everything)}\n" in out
    first = everything[0]
    assert first["kind"] != "claim" and f"[{first['kind']}] {first['text']}" in out
    assert verdicts(db) == {everything[1]["id"]: verdicts(db)[everything[1]["id"]]}
    assert f"units of {SLUG}" in out


def test_nothing_left_to_review(runner, db):
    store = Store.open(db)
    for unit in store.units(store.article(SLUG)["id"], kinds=["claim"]):
        store.record_review(unit["id"], "ana", verdict="supported")
    store.close()
    result = review(runner, db, "q")
    assert result.exit_code == 0
    assert result.stdout.startswith("Nothing to review: ana has tagged all ")
    assert "(--redo walks them again)" in result.stdout


def test_help_unknown_key_and_bad_input(runner, db):
    result = review(runner, db, "?", "j", "t", "nonsense", "e", "", "q")
    out = result.stdout
    assert "e      evidence: PMID, DOI, URL or a citation" in out
    assert "Unknown key 'j': press ? for help." in out
    assert "Not saved: unknown reason 'nonsense'" in out
    assert "Evidence unchanged." in out
    assert rows(db) == []


def test_end_of_input_ends_the_session_with_a_summary(runner, db):
    result = review(runner, db, "s")
    assert result.exit_code == 0
    assert "This session: 1 tagged (1 supported" in result.stdout


def test_last_claim_ends_the_article(runner, db):
    units = claims(db)
    store = Store.open(db)
    for unit in units[:-1]:
        store.record_review(unit["id"], "ana", verdict="supported")
    store.close()
    result = review(runner, db, "u")
    assert "End of the article." in result.stdout
    assert f"ana has tagged {len(units)}/{len(units)} claims" in result.stdout
    assert "Continue with" not in result.stdout


def test_screen_shows_context_hedge_duplicates_and_conflicts(runner, db):
    units = claims(db)
    everything = claims(db, kinds=None)
    index = next(i for i, u in enumerate(units) if u["hedged"] and i > 0)
    target = units[index]
    at = [u["id"] for u in everything].index(target["id"])
    previous, following = everything[at - 1], everything[at + 1]
    # What annotator.consistency.repeats would find: the target repeats the first claim, and
    # the first claim (so the target too) conflicts with the second.
    other, rival = units[0], units[1]
    store = Store.open(db)
    with store.write() as write:
        write.execute("UPDATE units SET duplicate_of = ? WHERE id = ?",
                      [other["id"], target["id"]])
        write.execute(
            "INSERT INTO conflicts (article_id, unit_a, unit_b, reason, detail, score, status)"
            " VALUES (1, ?, ?, 'numbers', '1950s vs 1970', 0.9, 'open')",
            [other["id"], rival["id"]],
        )
    store.close()
    store = Store.open(db)
    for unit in units[:index]:
        store.record_review(unit["id"], "ana", verdict="supported")
    store.close()
    out = review(runner, db, "q").stdout
    screen = out.split("This session")[0]
    assert "hedged" in screen and f"also said at #{other['id']}" in screen
    assert "1 conflict" in screen and f"⚠ numbers with #{rival['id']}" in screen
    assert "suggested: supported (ana on the same claim)" in screen
    assert f"§ {target['section']}" in screen
    for neighbour in (previous, following):
        if neighbour["kind"] != "heading":
            assert neighbour["text"][:30] in screen


def _view(unit, width_text="", **extra):
    return View(
        title="Ketamine: A Drug That Could Revolutionize Depression Treatment", slug=SLUG,
        position=17, total=132, reviewer="Dr Ana Lima", tagged=16, unit=unit,
        previous="Prior sentence " * 12, following="Next sentence " * 12,
        state=ReviewState(verdict="contradictory", reasons=("dosage",), rationale="r"),
        context={"conflicts": [
            {"reason": "numbers", "other_id": 3, "other_text": "x " * 80},
            {"reason": "negation", "other_id": 4, "other_text": "y " * 80},
        ], "duplicates": [{"id": 9, "seq": 9, "text": "z"}], "suggestions": [
            {"origin": "corpus", "verdict": "supported", "reviewer": "ben",
             "source_article": "other-article"},
        ]},
        **extra,
    )


def test_every_claim_fits_80x24_and_wide_terminals_are_used(db):
    width_seen = 0
    for unit in claims(db, kinds=None):
        lines = render(_view(unit, message="Saved."), 80, 24, colour=False)
        assert len(lines) <= 23, unit["text"]
        assert max(len(line) for line in lines) <= 80
        assert "17/132" in lines[0] and unit["text"].split()[0] in "\n".join(lines)
        wide = render(_view(unit), 160, 50, colour=False)
        width_seen = max(width_seen, max(len(line) for line in wide))
    assert width_seen > 100  # text wraps wider than 80 columns when there is room


def test_render_colour_only_when_asked():
    unit = {"id": 1, "kind": "claim", "text": "Ketamine works.", "section": "S", "hedged": 1}
    plain = "\n".join(render(_view(unit), 80, 24, colour=False))
    painted = "\n".join(render(_view(unit), 80, 24, colour=True))
    assert not re.search(r"\x1b\[", plain)
    assert re.search(r"\x1b\[[0-9;]*m", painted)
    assert re.sub(r"\x1b\[[0-9;]*m", "", painted) == plain


def test_article_without_claims(runner, tmp_path):
    db = tmp_path / "empty.db"
    source = tmp_path / "faq.txt"
    source.write_text("Sleep FAQ\n\nWhat is sleep?\n")
    invoke(runner, "ingest", source, "-d", db)
    result = invoke(runner, "review", "faq", "-r", "ana", "-d", db, input="q\n")
    assert result.exit_code == 0 and result.stdout == "faq has no claims to review.\n"


def test_a_accepts_the_verdict_suggested_by_a_repeat_of_the_claim(runner, db):
    units = claims(db)
    by_id = {unit["id"]: unit for unit in units}
    store = Store.open(db)
    linked = store.query(
        "SELECT id, duplicate_of FROM units WHERE duplicate_of IS NOT NULL ORDER BY seq"
    )
    store.close()
    copy, original = linked[0]["id"], linked[0]["duplicate_of"]
    assert by_id[copy]["text"] != by_id[original]["text"]  # reworded, yet the same claim
    tagged = invoke(runner, "tag", copy, "contradictory", "--rationale", "Too strong.",
                    "--evidence", "PMID: 31109201", "-d", db, "-r", "ana")
    assert tagged.exit_code == 0, tagged.output
    assert original not in verdicts(db, "bo")  # a suggestion is not a verdict
    position = [unit["id"] for unit in units].index(original)
    result = review(runner, db, *(["k"] * position), "a", "q", reviewer="bo")
    assert result.exit_code == 0, result.output
    assert "suggested: contradictory (ana on the same claim) · a accepts" in result.stdout
    assert "“Too strong.”" in result.stdout
    accepted = verdicts(db, "bo")[original]
    assert (accepted["verdict"], accepted["rationale"]) == ("contradictory", "Too strong.")
    assert accepted["evidence"] == [{"kind": "pmid", "value": "31109201", "note": None}]


def test_a_without_a_suggestion_records_nothing(runner, db):
    result = review(runner, db, "a", "q")
    assert "No suggestion to accept." in result.stdout
    assert verdicts(db) == {}


def test_w_restates_the_claim_for_fact_check_feeds_and_it_travels(
        runner, db, tmp_path, tmp_path_factory):
    units = claims(db)
    result = review(runner, db, "w", "Ketamine was first approved for anaesthesia", "c", "q")
    assert result.exit_code == 0, result.output
    assert "Restated claim saved." in result.stdout
    (tag,) = [r for r in rows(db) if r["action"] == "tag"]
    assert (tag["unit_id"], tag["verdict"], tag["claim_text"]) == (
        units[0]["id"], "contradictory", "Ketamine was first approved for anaesthesia")
    assert "restated claim added" in invoke(runner, "history", units[0]["id"], "-d", db).output
    # Exported with the review log and imported elsewhere, the restatement stays.
    log = tmp_path / "ana.review.jsonl"
    assert invoke(runner, "export-reviews", SLUG, "-o", log, "-d", db).exit_code == 0
    assert '"claim_text": "Ketamine was first approved for anaesthesia"' in log.read_text()
    other = seeded_copy(tmp_path_factory, tmp_path / "other.db")
    assert invoke(runner, "import-reviews", log, "-d", other).exit_code == 0
    (copied,) = [r for r in rows(other) if r["action"] == "tag"]
    assert copied["claim_text"] == tag["claim_text"] and copied["id"] == tag["id"]
